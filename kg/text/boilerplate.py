"""Find site boilerplate in article text: related-article links, tag lists, newsletter and cookie prompts, share
widgets... Facts must not be taken from these spans.

The patterns live in `kg/data/boilerplate.tsv` (columns `pattern`, `scope`, `note`). A pattern is a Python regex
that must match a whole line, after the line is stripped and normalized the same way as the pattern itself:
Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef) and tatweel removed, alef variants (أ إ آ ٱ) -> ا,
ى -> ي, ة -> ه, Arabic-Indic digits -> ASCII, bidi/zero-width marks removed, runs of whitespace (NBSP included)
-> one space. Matching ignores case. The first matching pattern decides the scope of a line:

* `line`: the line itself (without its surrounding whitespace);
* `rest`: that line and everything after it, to the end of the text;
* `tail`: the pattern is searched in the line instead and must reach its end: from where it matches to the end of
  the line (a tag list a site appends to the last sentence of a paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import Span
from kg.text.normalize import Translator, orthography

__all__ = ["BOILERPLATE_TSV", "Rule", "find_boilerplate", "load_rules", "normalize_line"]

BOILERPLATE_TSV = Path(__file__).resolve().parent.parent / "data" / "boilerplate.tsv"
SCOPES = ("line", "rest", "tail")

_DROP_CLASS = "\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c"
_DROP = re.compile(f"[{_DROP_CLASS}]")
# alef variants, alef maksura, teh marbuta and digits as in kg/data/lexicon/orthography.tsv
_CHARS = str.maketrans({**dict(orthography("letter")), **dict(orthography("digit"))})
_SPACE = re.compile(r"\s+")


def _class_chars(spec: str) -> list[str]:
    """The characters of a regex character class body made of single characters and ranges ("a-cx")."""
    out, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return out


# _DROP then _CHARS as one table (a dropped character is dropped whatever _CHARS says of it)
_FOLD = {**_CHARS, **dict.fromkeys(map(ord, _class_chars(_DROP_CLASS)))}


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    scope: str
    note: str = ""


_FOLDER = Translator(_FOLD)  # s.translate(_FOLD), faster on a whole text


def _fold(s: str) -> str:
    return _FOLDER(s)  # = _DROP.sub("", s).translate(_CHARS)


def normalize_line(line: str) -> str:
    """The form a line is matched in (see the module doc)."""
    # = _SPACE.sub(" ", folded).strip(): str.split, re's \s and str.strip take the same characters for white space
    return " ".join(_fold(line).split())


def load_rules(path: Path = BOILERPLATE_TSV) -> list[Rule]:
    """Read a boilerplate TSV; a bad row raises ValueError naming the file and line."""
    rules: list[Rule] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].rstrip("\r").split("\t")[:2] != ["pattern", "scope"]:
        raise ValueError(f"{path}: header must be 'pattern<TAB>scope<TAB>note'")
    for n, raw in enumerate(lines[1:], start=2):
        row = raw.rstrip("\r")
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        cols = row.split("\t")
        if len(cols) < 2:
            raise ValueError(f"{path}:{n}: want pattern<TAB>scope<TAB>note, got {row!r}")
        pattern, scope = cols[0], cols[1].strip()
        if scope not in SCOPES:
            raise ValueError(f"{path}:{n}: scope must be one of {SCOPES}, got {scope!r}")
        try:
            # the pattern is folded like the text (only letters and marks change, never regex syntax)
            compiled = re.compile(_fold(pattern), re.IGNORECASE)
        except re.error as e:
            raise ValueError(f"{path}:{n}: bad regex {pattern!r}: {e}") from None
        rules.append(Rule(compiled, scope, cols[2].strip() if len(cols) > 2 else ""))
    return rules


@lru_cache(maxsize=1)
def _default_rules() -> tuple[Rule, ...]:
    return tuple(load_rules(BOILERPLATE_TSV))


_LAST: list = [None, ()]  # the text last searched with the default rules, and its spans


def find_boilerplate(text: str, rules: list[Rule] | tuple[Rule, ...] | None = None) -> list[Span]:
    """Spans of site boilerplate in `text`, sorted and non-overlapping. The answer for the text last searched with
    the default rules is kept: the reader searches an article's text, and extraction asks again when it found
    nothing."""
    if rules is None and text is _LAST[0]:
        return list(_LAST[1])
    spans = _find(text, rules)
    if rules is None:
        _LAST[:] = [text, tuple(spans)]
    return spans


_LENGTH_CAP = re.compile(r"\(\?=\.\{0,(\d+)\}\$\)")


def _lookahead_end(pattern: str) -> int | None:
    """The index just past the lookahead "(?=...)" that opens `pattern` (escapes and [...] classes skipped)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None


@lru_cache(maxsize=256)
def _gate(pattern: re.Pattern[str]) -> tuple[int | None, re.Pattern[str] | None]:
    """A test a line must pass for `pattern` to fullmatch it, cheaper than the pattern: (longest line, text the line
    must contain). A line here has no line break, so a pattern opening with "(?=.{0,N}$)" fullmatches no line of
    more than N characters, and one opening with "(?=.*X)" none in which X is not found. The pattern itself still
    decides; these rows backtracked through every position of every long line (most of the search's time)."""
    source = pattern.pattern
    if (m := _LENGTH_CAP.match(source)) is not None:
        return int(m.group(1)), None
    if source.startswith("(?=.*") and (end := _lookahead_end(source)) is not None:
        try:
            return None, re.compile(source[5:end - 1], pattern.flags)
        except re.error:  # pragma: no cover - a lookahead that only parses in place: no gate
            return None, None
    return None, None


@lru_cache(maxsize=16)
def _opening_test(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that matches at the start of every line one of `patterns` fullmatches: their alternation, asked
    with match(). A line it does not match is fullmatched by none of them, so those rules are skipped there at the
    cost of one call; most lines of an article open with no boilerplate word. None when the patterns cannot be
    joined (a group name or reference of their own)."""
    if not patterns or len({p.flags for p in patterns}) != 1:
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


@lru_cache(maxsize=64)
def _tail_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A tail rule as searched: anchored at the line's end, so the first match found is the tail (not an earlier
    occurrence that stops short of the end), and without its "(?=.*X)" gate, which _gate has already tested: in the
    search the lookahead rescanned the rest of the line from every position, quadratic in the line's length (a
    1.3 MB one-line article spent 87 s there)."""
    source = pattern.pattern
    if _gate(pattern)[1] is not None and (end := _lookahead_end(source)) is not None:
        source = source[end:]
    return re.compile(f"(?:{source})\\Z", pattern.flags)


def _find(text: str, rules: list[Rule] | tuple[Rule, ...] | None) -> list[Span]:
    active = _default_rules() if rules is None else rules
    gated = [(rule, *_gate(rule.pattern)) for rule in active]
    # the rules without a gate of their own are skipped together on a line that none of them can open (_opening_test)
    opening = _opening_test(tuple(rule.pattern for rule, longest, needs in gated if longest is None and needs is None))
    only_gated = [row for row in gated if row[1] is not None or row[2] is not None]
    spans: list[Span] = []
    pos = 0
    # the text folded at once (folding neither makes nor drops a line break): its lines are the lines folded
    for line, folded in zip(text.split("\n"), _fold(text).split("\n"), strict=True):
        start = pos
        pos += len(line) + 1
        norm = " ".join(folded.split())  # normalize_line(line)
        if not norm:
            continue
        size = len(norm)
        for rule, longest, needs in gated if opening is None or opening.match(norm) else only_gated:
            if longest is not None and size > longest or needs is not None and needs.search(norm) is None:
                continue  # the rule cannot fullmatch this line (_gate)
            if rule.scope == "tail":
                if (m := _tail_pattern(rule.pattern).search(norm)) is not None:
                    spans.append(Span(start + _raw_index(line, m.start()), start + len(line.rstrip())))
                    break
                continue
            if rule.pattern.fullmatch(norm):
                stripped = line.strip()
                begin = start + line.index(stripped)
                if rule.scope == "rest":
                    spans.append(Span(begin, len(text)))
                    return _merge(spans)
                spans.append(Span(begin, begin + len(stripped)))
                break
    return _merge(spans)


def _raw_index(line: str, index: int) -> int:
    """The index in `line` of the character at `index` of normalize_line(line): folding drops marks and the
    normalized form has one space for each run of whitespace and none at the start."""
    n, space = 0, True  # space: the last kept character was whitespace (or none was kept yet)
    for k, c in enumerate(line):
        f = _fold(c)
        if not f:
            continue
        if f.isspace():
            if not space:
                if n == index:
                    return k
                n += 1
            space = True
            continue
        if n == index:
            return k
        n += len(f)
        space = False
    return len(line)


def _merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.begin, s.end)):
        if out and s.begin < out[-1].end:
            if s.end > out[-1].end:
                out[-1] = Span(out[-1].begin, s.end)
        else:
            out.append(s)
    return out
