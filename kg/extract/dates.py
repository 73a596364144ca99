"""Dates: the publication date from the dateline, and the day a statement or event refers to.

Weekday names resolve to the most recent such day on or before publication, أمس/اليوم against it, explicit dates
("في 5 يناير", "2 يناير الجاري", "8 يناير 2022", ISO) as written. Nothing is guessed without a textual anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta
from itertools import chain, compress, islice, repeat
from operator import attrgetter, is_not, or_

from kg.lexicon import DATA, clitic_variants, lexicons, read_tsv
from kg.positions import positions_of
from kg.spellings import UNKNOWN, owners, records
from kg.text.analysis import Analysis
from kg.text.normalize import norm, orthography

_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# numeric datelines: 12/03/2024, 12-03-2024, 12.03.2024 (day first, as in the Arab press) and 2024/03/12
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/.-])")
_YMD = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?![\d/.-])")
_ARABIC_DIGITS = str.maketrans("".join(c for c, _t in orthography("digit")),
                               "".join(t for _c, t in orthography("digit")))
# words after a weekday (past, future) and before اليوم (not_dating): kinds of kg/data/lexicon/dates.tsv
_KINDS: dict[str, set[str]] = {}
for _row in read_tsv(DATA / "lexicon" / "dates.tsv"):
    _KINDS.setdefault(_row["kind"], set()).add(norm(_row["form"]))
_PAST = _KINDS["past"]
_FUTURE = _KINDS["future"]
_NOT_DATING = _KINDS["not_dating"]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def explicit_date_at(keys: list[str], i: int, year_hint: int | None) -> tuple[date | None, int]:
    """A "<day> <month> [<year>|الجاري]" expression starting at token i: (date or None, tokens used)."""
    lex = lexicons()
    if i >= len(keys) or not keys[i].isdecimal() or not 1 <= int(keys[i]) <= 31:  # isdigit() takes '²'
        return None, 0
    m = lex.months.match(keys, i + 1, clitics=False)
    if not m:
        return None, 0
    n = 1 + m[0]
    year = year_hint
    if i + n < len(keys) and re.fullmatch(r"(19|20)\d\d", keys[i + n]):
        year = int(keys[i + n])
        n += 1
    if year is None:
        return None, n
    return _safe_date(year, m[2][0]["month"], int(keys[i])), n


def publication_date(analysis: Analysis, max_lines: int = 8) -> tuple[date | None, str | None]:
    """Date of the dateline near the top (ISO or '8 يناير 2022'); else inferred from the latest explicit date in
    the text and the weekdays the text names (an article cannot predate what it reports). Returns (date, how)."""
    text = analysis.text
    lines = [ln for ln in text.split("\n") if ln.strip()][:max_lines]
    for raw in lines:
        line = raw.translate(_ARABIC_DIGITS)
        m = _ISO.search(line)
        if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
            return d, "dateline"
        m = _YMD.search(line)
        if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
            return d, "dateline"
        m = _DMY.search(line)
        if m and len(line.split()) <= 12 and (d := _safe_date(int(m[3]), int(m[2]), int(m[1]))):
            return d, "dateline"
    head_end = text.find(lines[-1]) + len(lines[-1]) if lines else 0
    keys = [t.norm for t in analysis.tokens]
    found: list[tuple[date, int]] = []
    for i, tok in enumerate(analysis.tokens):
        if not keys[i].isdecimal():
            continue  # explicit_date_at's first test, without the call
        d, _n = explicit_date_at(keys, i, None)
        if d is None:
            continue
        if tok.span.begin < head_end and _short_line(text, tok.span.begin):
            return d, "dateline"
        found.append((d, tok.span.end))
    if not found:
        return None, None
    anchor, head_end = max(found)
    # news leads name the day of the news: the first weekday after the top lines, on or after the anchor
    weekdays = lexicons().weekdays
    first = next((weekdays[t.norm] for t in analysis.tokens if t.span.begin >= head_end and t.norm in weekdays),
                 None)
    if first is None:
        return anchor, "inferred from the latest date in the text"
    return anchor + timedelta(days=(first - anchor.weekday()) % 7), \
        "inferred from the latest date in the text and the weekday of the lead"


def _short_line(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)]
    return len(line.split()) <= 10


_WEEKDAYS: list = [None, {}]  # the lexicons the memo below was made with, and token -> weekday (None: none)


def _weekday_of(lex, token: str) -> int | None:
    """The weekday of the first clitic reading of `token` that names one, else None; kept per spelling (date_in
    asks it at every token of the stretches it reads, and the statements read every sentence)."""
    if _WEEKDAYS[0] is not lex or len(_WEEKDAYS[1]) >= 1 << 18:
        _WEEKDAYS[:] = [lex, {}]
    memo = _WEEKDAYS[1]
    if token in memo:
        return memo[token]
    weekdays, wd = lex.weekdays, None
    for _p, stem in clitic_variants(token):  # a loop, not a generator: once per new spelling
        if stem in weekdays:
            wd = weekdays[stem]
            break
    memo[token] = wd
    return wd


def _weekdays_of(lex, keys: list[str]) -> list[int | None]:
    """_weekday_of each token, the memo read in one pass."""
    if lex is owners()[0]:  # the process's lexicons: from the spellings' records (kg.spellings)
        recs = records(keys)
        found: list = list(map(_WEEKDAY_FIELD, recs))
        for i in positions_of(found, UNKNOWN):
            rec = recs[i]
            if rec.weekday is UNKNOWN:
                rec.weekday = _weekday_of(lex, keys[i])
            found[i] = rec.weekday
        return found
    if _WEEKDAYS[0] is not lex or len(_WEEKDAYS[1]) >= 1 << 18:
        _WEEKDAYS[:] = [lex, {}]
    out = list(map(_WEEKDAYS[1].get, keys, repeat(_UNSEEN)))
    for i in positions_of(out, _UNSEEN):
        out[i] = _weekday_of(lex, keys[i])
    return out


_UNSEEN = object()
_WEEKDAY_FIELD = attrgetter("weekday")
# id(keys) -> (keys, its length, the relative-day index, its generation, _date_openings)
_OPENINGS: dict[int, tuple] = {}


def _date_openings(keys: list[str], lex) -> list[int]:
    """The positions of keys at which date_in may do more than step to the next token (a day number, a token
    before a word of the future, a weekday, a relative day), then len(keys). Made once per keys list and kept for
    the last few lists: the statements call date_in over the same article's stretches again and again."""
    index = lex.relative_days
    held = _OPENINGS.get(id(keys))
    if held is not None and held[0] is keys and held[1] == len(keys) and held[2] is index and \
            held[3] == index._generation:
        return held[4]
    size, relative, weekdays = len(keys), index.matches(keys), _weekdays_of(lex, keys)
    # i where keys[i] is a number, a relative day or a weekday, or keys[i + 1] a word of the future: the four tests
    # mapped over the lists, no Python step per token
    before_future = chain(map(_FUTURE.__contains__, islice(keys, 1, None)), (False,))
    out = list(compress(range(size), map(or_, map(or_, map(str.isdecimal, keys), map(bool, relative)),
                                         map(or_, map(is_not, weekdays, repeat(None)), before_future))))
    out.append(size)
    if len(_OPENINGS) >= 4:
        del _OPENINGS[next(iter(_OPENINGS))]
    _OPENINGS[id(keys)] = (keys, size, index, index._generation, out)
    return out


def date_in(keys: list[str], start: int, end: int, published: date | None) -> date | None:
    """The first date expression in keys[start:end]."""
    lex = lexicons()
    i = start
    year = published.year if published else None
    openings, size = _date_openings(keys, lex), len(keys)
    while i < end:
        if 0 <= i < size:  # to the next position where the tests below may pass (at the others they step on)
            at = openings[bisect_left(openings, i)]
            if at != i:
                i = at
                continue
        # a date opens with a day number: explicit_date_at's first test, without the call
        d, n = explicit_date_at(keys, i, year) if i < len(keys) and keys[i].isdecimal() else (None, 0)
        if n:
            if d:
                return d
            i += n
            continue
        if published is not None:
            if i + 1 < len(keys) and keys[i + 1] in _FUTURE:
                i += 2  # "الأحد المقبل": a day still to come dates neither a statement nor an event
                continue
            wd = _weekday_of(lex, keys[i])
            if wd is not None:
                delta = (published.weekday() - wd) % 7
                if delta == 0 and i + 1 < len(keys) and keys[i + 1] in _PAST:
                    delta = 7
                return published - timedelta(days=delta)
            rel = lex.relative_days.match(keys, i)
            if rel:
                nxt = i + rel[0]
                # "اليوم السبت": the weekday decides; "اليوم" alone is the publication day
                if nxt < len(keys) and keys[nxt] in lex.weekdays:
                    i = nxt
                    continue
                if rel[2][0]["days"] == 0 and i > 0 and keys[i - 1] in _NOT_DATING:
                    i += 1  # "في اليوم نفسه" / "حتى اليوم" are not a dating of the clause
                    continue
                return published + timedelta(days=rel[2][0]["days"])
        i += 1
    return None
