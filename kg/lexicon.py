"""Loads the lexicons and the gazetteer (data files under kg/data/) into lookup structures.

Every form is normalized once here, so the extractors compare normalized tokens only.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from operator import attrgetter
from pathlib import Path

from kg.text.normalize import norm, skeleton

DATA = Path(str(resources.files("kg") / "data"))

# Proclitics (normalized): conjunctions, prepositions and their combinations with the article.
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل")
_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV data file; lines starting with '#' are comments, the first other line is the header."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    # csv.DictReader's rows (tab-delimited, QUOTE_NONE: a line split at its tabs, with its newline dropped; a short
    # row's missing fields None, a long row's extra ones under the key None), made without its Python reader loop
    # and, for a header of distinct names, by one zip per row (~35,000 rows at every start-up)
    header, *rows = (line.rstrip("\n").split("\t") for line in lines)
    if all(header) and len(set(header)) == len(header):
        pad = [""] * len(header)  # zip stops at the header's end: a long row's extra fields are dropped
        return [dict(zip(header, map(str.strip, row if len(row) >= len(header) else row + pad), strict=False))
                for row in rows]
    return [_tsv_row(header, row) for row in rows]


def _tsv_row(header: list[str], row: list[str]) -> dict[str, str]:
    """A row as DictReader gives it (a repeated name takes its last field, a missing field None), without the
    nameless fields, each value stripped."""
    fields: dict = dict(zip(header, row, strict=False))
    for name in header[len(row):]:
        fields[name] = None
    return {k: (v or "").strip() for k, v in fields.items() if k}


def split_cell(cell: str) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


_FEMININE_NISBA, _FEMININE_NISBA_MIN = "يه", 4  # the ending match_key folds, on a token longer than this


def match_key(token: str) -> str:
    """Comparison key of a normalized token: feminine nisba endings fold onto the masculine (الوطنيه -> الوطني)."""
    if token.endswith(_FEMININE_NISBA) and len(token) > _FEMININE_NISBA_MIN:
        return token[:-1]
    return token


# the prefixes of each list by their first letter, in the list's order: a token is tried only against those that
# open with its own first letter (most tokens open with none of them: «ال...», a name), the same readings in the
# same order at a fraction of the startswith calls (the automata's patterns read ~70,000 spellings at start-up)
_ARTICLE_PREFIXES_BY_LETTER = {c: tuple(p for p in _ARTICLE_PREFIXES if p[0] == c) for c in {p[0] for p in
                                                                                          _ARTICLE_PREFIXES}}
_PREFIXES_BY_LETTER = {c: tuple(p for p in _PREFIXES if p[0] == c) for c in {p[0] for p in _PREFIXES}}


@lru_cache(maxsize=1 << 18)
def clitic_variants(token: str) -> tuple[tuple[str, str], ...]:
    """(prefix, stem) readings of a normalized token, the token itself first. Cached: every recognizer asks it of the
    same tokens again (half the extraction time was spent here before)."""
    plain = _PREFIXES_BY_LETTER.get(token[:1])
    if plain is None:  # (every article prefix opens with a letter of _PREFIXES)
        return (("", token),)
    out = [("", token)]
    for p in _ARTICLE_PREFIXES_BY_LETTER.get(token[:1], ()):
        if token.startswith(p) and len(token) - len(p) >= 2:
            out.append((p, "ال" + token[len(p):]))
    for p in plain:
        if token.startswith(p) and len(token) - len(p) >= 3:
            out.append((p, token[len(p):]))
    return tuple(out)


@lru_cache(maxsize=1 << 18)
def _first_keys(token: str) -> tuple[tuple[str, str], ...]:
    """(prefix, comparison key) of each clitic reading of a phrase's first token."""
    return tuple((prefix, match_key(stem)) for prefix, stem in clitic_variants(token))


_G_LETTERS = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "ة": "", "ه": ""})


@lru_cache(maxsize=1 << 18)
def fuzzy_key(token: str) -> str:
    """Skeleton of a foreign name with the letters used for /g/ unified (غ ج ق ك)."""
    return skeleton(token).translate(_G_LETTERS)


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(match_key(t) for t in norm(text).lower().split())


_MISSING = object()
_NORM_OF = attrgetter("norm")
# a keys list shorter than this is matched token by token: callers build one-token lists on the fly ([tok]), and
# memoizing those would push the article's own lists out of the memo
_MEMO_MIN_KEYS = 8
_MEMO_LISTS = 4  # the keys lists of one article (mentions, context, dates...) are asked about at the same time


@dataclass
class PhraseIndex:
    """Multi-word phrases keyed by their normalized tokens; longest match first.

    Matching runs one compiled Aho–Corasick automaton (pyahocorasick) over the space-joined keys of a whole token
    list: every clitic spelling of a phrase's first token ("والرياض", "بالرياض" for "الرياض") is a pattern of its
    own, so the text is scanned once, not retried variant by variant at each position. The answers of one scan
    (every position, with and without clitics) are kept for the keys list that was scanned: the extractors ask
    about the same article's tokens many times. A keys list must not change after it was asked about."""

    entries: dict[tuple[str, ...], list[dict]] = field(default_factory=lambda: defaultdict(list))
    max_len: int = 0
    # first token -> the phrase lengths that start with it, longest first: most tokens start no phrase, and the
    # others are tried only at the lengths that exist
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _automaton: object = field(default=None, repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _last: tuple = field(default=(None, -1, (), ()), repr=False, compare=False)
    _generation: int = field(default=0, repr=False, compare=False)  # changes with every add()
    grouped: bool = field(default=False, repr=False, compare=False)  # scanned with the others (_ScanGroup)
    _spelling_memos: dict = field(default_factory=dict, repr=False, compare=False)  # see spelling_memo()

    def add(self, phrase: str, payload: dict) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        if payload not in self.entries[key]:
            self.entries[key].append(payload)
        self.max_len = max(self.max_len, len(key))
        self.lengths[key[0]] = tuple(sorted({*self.lengths.get(key[0], ()), len(key)}, reverse=True))
        self._automaton = None
        self._memo.clear()
        self._last = (None, -1, (), ())
        self._generation += 1
        self._spelling_memos.clear()

    def spelling_memo(self, name: str) -> dict:
        """A dict named `name` kept with this index, for an extractor's answers that depend on a token's spelling
        and this index alone (asked at nearly every token of every article, the same few thousand spellings): it
        is emptied when the index changes (add) and when it holds 2**18 answers (bounded on endless streams)."""
        memo = self._spelling_memos.get(name)
        if memo is None or len(memo) >= 1 << 18:
            memo = self._spelling_memos[name] = {}
        return memo

    def match(self, keys: list[str], i: int, *, clitics: bool = True) -> tuple[int, str, list[dict]] | None:
        """Longest phrase starting at token i: (number of tokens, clitic prefix of the first token, payloads)."""
        last = self._last  # the keys list asked about last, its length and answers: most calls ask about it again
        if last[0] is keys and last[1] == len(keys):
            return (last[2] if clitics else last[3])[i] if 0 <= i < last[1] else None
        if not 0 <= i < len(keys):  # callers look one token ahead, also past the last one
            return None
        if len(keys) < _MEMO_MIN_KEYS:
            return self._match_at(keys, i, clitics)
        return self._answers(keys)[2 if clitics else 3][i]

    def matches(self, keys: list[str], *, clitics: bool = True) -> list[tuple[int, str, list[dict]] | None]:
        """match(keys, i) for every i, from one scan: a caller that walks a whole token list indexes this instead of
        calling match per token. The list is shared with later calls: read it, do not change it."""
        if len(keys) < _MEMO_MIN_KEYS:
            return [self._match_at(keys, i, clitics) for i in range(len(keys))]
        return self._answers(keys)[2 if clitics else 3]

    def _answers(self, keys: list[str]) -> tuple:
        memo = self._memo.get(id(keys))
        if memo is None or memo[0] is not keys or memo[1] != len(keys):
            memo = None
            if self.grouped and _scan_group().scan(keys):  # every lexicon's answers from one pass
                memo = self._memo.get(id(keys))
                if memo is not None and (memo[0] is not keys or memo[1] != len(keys)):
                    memo = None
            if memo is None:  # not a member of the group (a cache was cleared), or no joined text
                memo = self._scan(keys)
        self._last = memo
        return memo

    def _match_at(self, keys: list[str], i: int, clitics: bool) -> tuple[int, str, list[dict]] | None:
        """The same answer without the automaton: each clitic reading of token i, each phrase length."""
        firsts = [(prefix, k, self.lengths[k]) for prefix, k in
                  (_first_keys(keys[i]) if clitics else (("", match_key(keys[i])),)) if k in self.lengths]
        if not firsts:
            return None
        room = len(keys) - i
        for n in sorted({n for _p, _k, ns in firsts for n in ns if n <= room}, reverse=True):
            rest = tuple(keys[i + 1:i + n])
            for prefix, first, ns in firsts:
                if n in ns and (hit := self.entries.get((first,) + rest)):
                    return n, prefix, hit
        return None

    def _patterns(self) -> dict[str, tuple]:
        """The automaton's patterns: one " x k1 … kn " per phrase (k0 k1 … kn) and per token x that reads as k0
        (clitic readings, the nisba ending), valued (pattern length, n, rank of the reading among x's readings,
        prefix, payloads)."""
        best: dict[str, tuple] = {}
        firsts: dict[str, list[tuple[str, int, str]]] = {}  # k0 -> (x, rank, prefix) of each token x reading as k0
        for key, hit in self.entries.items():
            if not hit:
                continue
            tail, n = (" " + " ".join(key[1:]) + " " if len(key) > 1 else " "), len(key)
            spellings = firsts.get(key[0])
            if spellings is None:
                spellings = firsts[key[0]] = list(_spellings(key[0]))
            for x, rank, prefix in spellings:
                pattern = " " + x + tail
                # two phrases may spell the same pattern through two readings of x: the earlier reading
                old = best.get(pattern)
                if old is None or rank < old[2]:
                    best[pattern] = (len(pattern), n, rank, prefix, hit)
        return best

    def _compile(self):
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for pattern, value in self._patterns().items():
            automaton.add_word(pattern, value)
        automaton.make_automaton()
        return automaton

    def _scan(self, keys: list[str]) -> tuple:
        text, starts = _joined(keys)
        if text is None:  # a token with a space: not a list the joined text can stand for
            with_c = [self._match_at(keys, i, True) for i in range(len(keys))]
            without = [self._match_at(keys, i, False) for i in range(len(keys))]
        else:
            if self._automaton is None:
                self._automaton = self._compile() if self.entries else False
            with_c = [None] * len(keys)
            without = [None] * len(keys)
            if self._automaton:
                ranks: dict[int, tuple[int, int]] = {}
                for end, (plen, n, rank, prefix, hit) in self._automaton.iter(text):
                    # every space of the text is a token boundary, so a pattern starts at a token's leading space
                    t = bisect.bisect_left(starts, end + 1 - plen)
                    # longest phrase first; of two as long, the earlier reading of the first token
                    old = ranks.get(t)
                    if old is None or n > old[0] or (n == old[0] and rank < old[1]):
                        ranks[t] = (n, rank)
                        with_c[t] = (n, prefix, hit)
                    if rank == 0 and (without[t] is None or n > without[t][0]):
                        without[t] = (n, prefix, hit)
        return self._remember((keys, len(keys), with_c, without))

    def _remember(self, memo: tuple) -> tuple:
        if len(self._memo) >= _MEMO_LISTS:
            del self._memo[next(iter(self._memo))]
        self._memo[id(memo[0])] = memo
        return memo


class _ScanGroup:
    """The lexicons and the gazetteer scanned together: one automaton holds the patterns of every member, valued by
    member, so that a keys list is read once for all of them instead of once per lexicon (a dozen passes over each
    article's text). Each member gets the answers its own automaton gives: the same patterns and values, and a
    member's answer at a token does not depend on the order of the hits (see PhraseIndex._scan)."""

    def __init__(self, members: list[PhraseIndex]) -> None:
        self.members = members
        self._automaton = None
        self._generations: tuple[int, ...] = ()

    def automaton(self):
        generations = tuple(m._generation for m in self.members)
        if self._automaton is None or generations != self._generations:
            import ahocorasick

            # pattern -> one entry per member that has it: (member, pattern length, n, rank, the answer), the answer
            # made here once, not at each of the scans' hits
            combined: dict[str, tuple] = {}
            for p, member in enumerate(self.members):
                for pattern, (plen, n, rank, prefix, hit) in member._patterns().items():
                    entry = (p, plen, n, rank, (n, prefix, hit))
                    old = combined.get(pattern)
                    combined[pattern] = (entry,) if old is None else (*old, entry)
            automaton = ahocorasick.Automaton()
            for pattern, entries in combined.items():
                automaton.add_word(pattern, entries)
            automaton.make_automaton()
            self._automaton, self._generations = automaton, generations
        return self._automaton

    def scan(self, keys: list[str]) -> bool:
        """Every member's answers for keys, kept in its memo; False when the joined text cannot stand for keys."""
        text, starts = _joined(keys)
        if text is None:
            return False
        size = len(keys)
        found = [([None] * size, [None] * size, {}) for _m in self.members]
        where = bisect.bisect_left
        for end, entries in self.automaton().iter(text):
            for entry in entries:
                p, plen, n, rank, answer = entry
                with_c, without, ranks = found[p]
                # every space of the text is a token boundary, so a pattern starts at a token's leading space
                t = where(starts, end + 1 - plen)
                # longest phrase first; of two as long, the earlier reading of the first token (the entry kept holds
                # its n and rank)
                old = ranks.get(t)
                if old is None or n > old[2] or (n == old[2] and rank < old[3]):
                    ranks[t] = entry
                    with_c[t] = answer
                if rank == 0 and (without[t] is None or n > without[t][0]):
                    without[t] = answer
        for member, (with_c, without, _ranks) in zip(self.members, found, strict=True):
            member._remember((keys, size, with_c, without))
        return True


_GROUP: list[_ScanGroup | None] = [None]


def _scan_group() -> _ScanGroup:
    """The group of lexicons() and gazetteer() indexes (made again when either cache was cleared)."""
    lex, gaz = lexicons(), gazetteer()
    members = [lex.speech, lex.titles, lex.institutions, lex.groups, lex.force_nouns, lex.actions,
               lex.light_actions, lex.action_context, lex.qualifiers, lex.months, lex.relative_days, gaz.names]
    group = _GROUP[0]
    if group is None or len(group.members) != len(members) or \
            any(a is not b for a, b in zip(group.members, members, strict=True)):
        group = _GROUP[0] = _ScanGroup(members)
    return group


_JOINED: dict[int, tuple[list[str], str | None, list[int]]] = {}


def _joined(keys: list[str]) -> tuple[str | None, list[int]]:
    """The text the automata scan (" k0 k1 … kn ") and the offset of each token's leading space, made once per keys
    list for every index; None when a token holds a space."""
    held = _JOINED.get(id(keys))
    if held is not None and held[0] is keys:
        return held[1], held[2]
    text: str | None = " " + " ".join(keys) + " "
    if text.count(" ") != len(keys) + 1:
        text = None
    starts = [0, *accumulate(len(k) + 1 for k in keys)][:len(keys)]
    if len(_JOINED) >= _MEMO_LISTS:
        del _JOINED[next(iter(_JOINED))]
    _JOINED[id(keys)] = (keys, text, starts)
    return text, starts


_KEYS: dict[int, tuple[object, list[str]]] = {}


def token_keys(analysis) -> list[str]:
    """The match keys of an analysis's tokens, one list per analysis: the mention finder and the article context
    share it, so the automata scan it once (their answers are kept per list). Do not change it."""
    held = _KEYS.get(id(analysis))
    if held is not None and held[0] is analysis:
        return held[1]
    # match_key inlined, its rule read from the same two names (one call per token of every article cost more
    # than the test)
    end, shortest = _FEMININE_NISBA, _FEMININE_NISBA_MIN
    keys = [n[:-1] if n.endswith(end) and len(n) > shortest else n for n in map(_NORM_OF, analysis.tokens)]
    if len(_KEYS) >= _MEMO_LISTS:
        del _KEYS[next(iter(_KEYS))]
    _KEYS[id(analysis)] = (analysis, keys)
    return keys


def _surfaces(first: str) -> set[str]:
    """Tokens that may read as the phrase key `first`: itself, its nisba spelling in ه, and each with a proclitic
    (والرياض, بالرياض, للرياض for الرياض). A superset: the caller keeps those whose readings include `first`."""
    stems = [first, first + "ه"] if first.endswith("ي") and len(first) >= 4 else [first]
    out = set(stems)
    for s in stems:
        if s.startswith("ال"):
            out.update(p + s[2:] for p in _ARTICLE_PREFIXES)
        if len(s) >= 3:
            out.update(p + s for p in _PREFIXES)
    return out


def _spellings(first: str) -> Iterator[tuple[str, int, str]]:
    """(x, rank, prefix) for each token x that reads as the phrase key `first`: the rank and proclitic of x's first
    clitic reading whose comparison key is `first` (readings made one at a time and uncached: a lexicon's surfaces
    would fill the caches the text's tokens need)."""
    for x in _surfaces(first):
        found = _first_reading(x, first)
        if found is not None:
            yield x, *found


def _first_reading(token: str, key: str) -> tuple[int, str] | None:
    """(rank, prefix) of the first of clitic_variants(token) whose stem's comparison key is `key`, else None: the
    readings tried in clitic_variants' order and given up at the first that fits (the automata's ~96,000 patterns
    are made at every start-up; building every reading of each surface was half of that)."""
    if match_key(token) == key:
        return 0, ""
    plain = _PREFIXES_BY_LETTER.get(token[:1])
    if plain is None:
        return None
    rank = 0
    for p in _ARTICLE_PREFIXES_BY_LETTER.get(token[:1], ()):
        if token.startswith(p) and len(token) - len(p) >= 2:
            rank += 1
            if match_key("ال" + token[len(p):]) == key:
                return rank, p
    for p in plain:
        if token.startswith(p) and len(token) - len(p) >= 3:
            rank += 1
            if match_key(token[len(p):]) == key:
                return rank, p
    return None


@dataclass
class Gazetteer:
    names: PhraseIndex
    rows: dict[str, dict]  # key -> row (with "type")
    nisba: dict[str, str]  # normalized adjective (any gender/number, with or without ال) -> state key
    capitals: dict[str, str]  # capital place key -> state key
    role_holders: dict[tuple[str, str], str]  # (role, state key) -> person key
    fuzzy: dict[tuple[str, ...], dict]  # spelling-tolerant keys of foreign names -> payload
    offices: dict[tuple[str, str], list[tuple[str, str, str]]] = field(default_factory=dict)  # (role, state) ->
    # [(start YYYYMMDD or "", end YYYYMMDD or "", person key)], from offices.tsv
    _fuzzy_firsts: set[str] | None = field(default=None, repr=False, compare=False)
    # first word's key -> the word counts of the fuzzy names it opens (made with _fuzzy_firsts)
    _fuzzy_sizes: dict[str, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)
    nisba_memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)  # mentions._nisba_of
    _fuzzy_openers: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    def holder_on(self, role: str | None, country: str | None, day: str | None) -> str | None:
        """Who held an office on a day ("2012-07-09"): the one listed holder whose term covers it, else None."""
        if not (role and country and day):
            return None
        d = day.replace("-", "")[:8]
        found = {key for start, end, key in self.offices.get((role, country), ())
                 if (not start or start <= d) and (not end or d <= end)}
        return found.pop() if len(found) == 1 else None

    def undated_holder(self, role: str | None, country: str | None) -> str | None:
        """The one listed person whose role is this office, when no term of his in it is known (a known term that
        does not cover the day leaves the office to nobody)."""
        key = self.role_holders.get((role or "", country or ""))
        if key is None or any(k == key for _s, _e, k in self.offices.get((role or "", country or ""), ())):
            return None
        return key

    def fuzzy_match(self, keys: list[str], i: int) -> tuple[int, dict] | None:
        """Foreign names spelled another way (تيليجرام/تيليغرام, مانجيستاو/مانغيستاو): longest match first."""
        if self._fuzzy_firsts is None:
            self._fuzzy_firsts = {fk[0] for fk in self.fuzzy}
            sizes: dict[str, set[int]] = {}
            for fk in self.fuzzy:
                sizes.setdefault(fk[0], set()).add(len(fk))
            self._fuzzy_sizes = {first: frozenset(ns) for first, ns in sizes.items()}
        if not 0 <= i < len(keys):
            return None
        # the readings of token i whose key can open a listed name: most tokens have none (kept per spelling)
        firsts = self._fuzzy_openers.get(keys[i])
        if firsts is None:
            if len(self._fuzzy_openers) >= 1 << 18:
                self._fuzzy_openers.clear()
            firsts = self._fuzzy_openers[keys[i]] = tuple(
                first for _p, first in clitic_variants(keys[i]) if fuzzy_key(first) in self._fuzzy_firsts)
        if not firsts:
            return None
        for n in (3, 2, 1):
            if i + n > len(keys):
                continue
            for first in firsts:
                if n not in self._fuzzy_sizes[fuzzy_key(first)]:
                    continue  # no listed name of n words opens here: the next tokens' keys are not made (most)
                fk = (fuzzy_key(first),) + tuple(fuzzy_key(k) for k in keys[i + 1:i + n])
                if all(len(t) >= 4 for t in fk) and fk in self.fuzzy:
                    hit = self.fuzzy[fk]
                    written = (first,) + tuple(keys[i + 1:i + n])
                    # a spelling variant differs by one letter at most per word (تيليجرام/تيليغرام); a common word
                    # that merely shares the consonants ("وتوقف"/ويتكوف, "بإنجاز"/بنغازي, "فرانس"/فرانسيس) is not one
                    if any(all(_near(_g_form(w), f) for w, f in zip(written, forms, strict=True))
                           for forms in hit["forms"]):
                        return n, hit
        return None


def _g_form(token: str) -> str:
    return norm(token).translate(_G_LETTERS)


def _near(a: str, b: str) -> bool:
    """Levenshtein distance of at most one."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


def _nisba_forms(adj: str) -> list[str]:
    base = norm(adj)
    forms = {base, base + "ه", base + "ين", base + "ون", base + "ان", base + "تين", base + "ة"}
    return sorted(forms | {"ال" + f for f in forms})


def _joined_divine(name: str, divine: set[str]) -> list[str]:
    """A person's listed name with a word before the name of God written as one word too: news writes «الحمد الله»
    and «الحمدالله», «نصر الله» and «نصرالله»; the list need not carry both."""
    words_ = norm(name).split()
    return [" ".join(words_[:k] + [words_[k] + words_[k + 1]] + words_[k + 2:])
            for k in range(len(words_) - 1) if words_[k + 1] in divine]


@cache
def gazetteer() -> Gazetteer:
    gdir = DATA / "gazetteer"
    names = PhraseIndex()
    rows: dict[str, dict] = {}
    nisba: dict[str, str] = {}
    capitals: dict[str, str] = {}
    holders: dict[tuple[str, str], str] = {}
    fuzzy: dict[tuple[str, ...], dict] = {}
    divine = {norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv") if r.get("class") == "divine"}
    # people_petrarch.tsv (UniversalPetrarch) and places_geonames.tsv (GeoNames) are converted, not hand-checked:
    # they come last, so a hand-checked row wins over them
    specs = (("states.tsv", "State"), ("places.tsv", "Place"), ("organizations.tsv", "Organization"),
             ("people.tsv", "Person"), ("people_petrarch.tsv", "Person"), ("places_geonames.tsv", "Place"))
    for fname, etype in specs:
        path = gdir / fname
        if not path.exists():
            continue
        for row in read_tsv(path):
            key = row.get("key")
            if not key or key in rows:
                continue
            # a named armed group is a Group, though the organizations file lists it (its "type" column)
            row = dict(row, type=row.get("type") or etype)
            row["names"] = split_cell(row.get("names_ar", ""))
            rows[key] = row
            for name in row["names"]:
                names.add(name, {"key": key, "type": row["type"]})
                if etype == "Person":
                    for joined in _joined_divine(name, divine):
                        names.add(joined, {"key": key, "type": row["type"]})  # "رامي الحمدالله"
            if etype == "Organization" and row.get("label_en") and len(row["label_en"]) > 3:
                names.add(row["label_en"], {"key": key, "type": row["type"]})  # "REUTERS" in a photo credit
            # a spelling one letter off a small town's name is more often another word than the town
            if etype != "State" and fname != "places_geonames.tsv":
                for name in row["names"]:
                    fk = tuple(fuzzy_key(t) for t in norm(name).split())
                    if len(fk) <= 3 and all(len(t) >= 4 for t in fk):
                        hit = fuzzy.setdefault(fk, {"key": key, "type": row["type"], "forms": []})
                        if hit["key"] == key:  # every spelling the row lists is a reference for the distance
                            hit["forms"].append(tuple(_g_form(t) for t in norm(name).split()))
            if etype == "State":
                for adj in split_cell(row.get("nisba_ar", "")):
                    for form in _nisba_forms(adj):
                        nisba.setdefault(match_key(form), key)
                for dem in split_cell(row.get("demonym_pl_ar", "")):
                    names.add(dem, {"key": key, "type": "State", "demonym": True})
                    names.add("ال" + norm(dem), {"key": key, "type": "State", "demonym": True})
                # a capital stands for the present-day state (Moscow: Russia, not the Soviet Union)
                if row.get("capital_key"):
                    capitals.setdefault(row["capital_key"], key)
            if etype == "Person" and row.get("role_en") and row.get("country_key"):
                office = (person_role_key(row["role_en"], rows.get(row["country_key"], {}).get("label_en", "")),
                          row["country_key"])
                # an office several listed people held ("الرئيس العراقي": Saddam Hussein or Barham Salih?) has no
                # holder the list can name without a date; the article's own naming decides, or nobody
                holders[office] = "" if office in holders else key
    holders = {office: key for office, key in holders.items() if key}
    # an abbreviation of two bodies names neither ("RSF": Reporters Without Borders or the Rapid Support Forces)
    owners: dict[str, list[dict]] = defaultdict(list)
    for key, row in rows.items():
        for abbrev in split_cell(row.get("abbrev", "")):
            owners[abbrev].append({"key": key, "type": row["type"]})
    for abbrev, payloads in owners.items():
        if len(payloads) == 1:
            names.add(abbrev, payloads[0])
    offices: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    hand: set[tuple[tuple[str, str], str]] = set()
    for fname in ("offices_hand.tsv", "offices.tsv"):
        if not (gdir / fname).exists():
            continue
        for row in read_tsv(gdir / fname):
            if row.get("person_key") in rows and row.get("country_key"):
                office = (role_key(row["role_en"]), row["country_key"])
                if fname == "offices_hand.tsv":
                    hand.add((office, row["person_key"]))
                elif (office, row["person_key"]) in hand:
                    continue  # a term checked by hand replaces the converted one ("President of Iran" ends in 2021)
                offices[office].append((row.get("start", ""), row.get("end", ""), row["person_key"]))
    names.grouped = True
    return Gazetteer(names, rows, nisba, capitals, holders, fuzzy, dict(offices))


# the words of a head of state's or government's office, in the order that decides ("Crown Prince and Prime
# Minister": the prime minister's office; a vice president's or a deputy's is not the president's)
_OFFICE_WORDS = (("deputy crown prince", "deputy_crown_prince"), ("deputy prime minister", "deputy_prime_minister"),
                 ("prime minister", "prime_minister"), ("vice president", "vice_president"),
                 ("vice-president", "vice_president"),
                 ("foreign", "foreign_minister"), ("secretary of state", "foreign_minister"),
                 ("minister of defen", "defense_minister"),
                 ("defence minister", "defense_minister"), ("defense minister", "defense_minister"),
                 ("secretary of defense", "defense_minister"), ("minister of interior", "interior_minister"),
                 ("interior minister", "interior_minister"), ("president", "president"),
                 ("emir", "emir"), ("king", "king"), ("crown prince", "crown_prince"), ("chancellor", "chancellor"),
                 ("secretary-general", "secretary_general"), ("supreme leader", "supreme_leader"), ("sultan", "sultan"))


def _office_word(text: str) -> str | None:
    return next((key for word, key in _OFFICE_WORDS if word in text), None)


def person_role_key(role_en: str, country_label: str) -> str:
    """The office a listed person's role names: a head of state's or government's office (role_key) only when the
    role is held in the person's own country ("Minister of Foreign Affairs of Pakistan"); "President of the European
    Council" (a Belgian) or "National Security Advisor of the United Arab Emirates" are offices of their own."""
    label = country_label.lower()
    r = role_en.lower()
    for tail in (f" of the {label}", f" of {label}"):
        if label and r.endswith(tail) and (key := _office_word(r[:-len(tail)])):
            return key
    return r.replace(" ", "_")


def role_key(role_en: str) -> str:
    r = role_en.lower()
    return _office_word(r) or r.replace(" ", "_")


@dataclass
class Lexicons:
    speech: PhraseIndex
    titles: PhraseIndex
    institutions: PhraseIndex
    groups: PhraseIndex
    force_nouns: PhraseIndex
    actions: PhraseIndex
    light_actions: PhraseIndex  # "أجرى … اتصالا هاتفيا": a verb whose object may come after the subject
    action_context: PhraseIndex  # words around a trigger that change what it codes (action_context.tsv)
    measures: dict[str, tuple[str, str]]
    numbers: dict[str, tuple[int, bool]]
    qualifiers: PhraseIndex
    vague: set[str]
    months: PhraseIndex
    weekdays: dict[str, int]
    relative_days: PhraseIndex


_VERB_SUFFIXES = ("", "ت", "تا", "ا", "وا")


def _verb_forms(stem: str) -> list[str]:
    """Past-tense forms of a verb (the first word of a phrase): masculine, feminine, dual, plural."""
    s, _sp, rest = norm(stem).partition(" ")
    forms = [s + suf for suf in _VERB_SUFFIXES]
    if s.endswith("ي") or s.endswith("ا"):  # نفى/دعا -> نفت/دعت, نفوا/دعوا
        forms += [s[:-1] + "ت", s[:-1] + "وا", s[:-1] + "تا"]
    return [f"{f} {rest}" if rest else f for f in forms]


def _present_forms(stem: str) -> list[str]:
    """Imperfect forms from the 3rd-person masculine one (يقول): he/she/they/the two (يقول تقول يقولون يقولان)."""
    s, _sp, rest = norm(stem).partition(" ")
    if not s.startswith("ي") or len(s) < 3:
        return []
    base = s[1:]
    plural = base[:-1] if base.endswith(("و", "ي", "ا")) and len(base) > 2 else base  # يدعو -> يدعون
    forms = ["ي" + base, "ت" + base, "ي" + plural + "ون", "ي" + base + "ان", "ت" + base + "ان"]
    return [f"{f} {rest}" if rest else f for f in forms]


def _present_plurals(form: str) -> list[str]:
    """A listed 3rd-person imperfect with its plural and dual ("يطالب" -> "يطالبون", "يطالبان"); not of a weak
    final letter ("يدعون" is also "they claim") nor of a phrase."""
    s = norm(form)
    if not s.startswith("ي") or " " in s or s.endswith(("و", "ي", "ا")):
        return [form]
    return [form, s + "ون", s + "ان"]


@cache
def head_labels() -> dict[str, str]:
    """Normalized head noun -> English label template of a name it opens ("حزب" -> "{name} Party")."""
    return {norm(r["head"]): r["label_en"] for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")
            if r.get("label_en")}


@cache
def lexicons() -> Lexicons:
    ldir = DATA / "lexicon"
    speech = PhraseIndex()
    for row in read_tsv(ldir / "speech_cues.tsv"):
        kind, guarded = row["kind"], row["kind"] == "guarded"
        forms = _verb_forms(row["form"]) if kind in ("verb", "guarded") else [row["form"]]
        required = tuple(norm(r) for r in split_cell(row.get("requires") or ""))
        extra = {"requires": required} if required else {}
        for f in _present_forms(row.get("present") or ""):
            speech.add(f, {"kind": kind if guarded else "present", "action": row.get("action") or None,
                           "lemma": row["form"], "object": row.get("object") == "1", **extra})
        for f in forms:
            speech.add(f, {"kind": kind, "action": row.get("action") or None, "lemma": row["form"],
                           "object": row.get("object") == "1", **extra})
    titles = PhraseIndex()
    for row in read_tsv(ldir / "titles.tsv"):
        payload = {"role": row["role"], "label_en": row["label_en"], "head_of_state": row["head_of_state"] == "1",
                   "country": row.get("country") or None, "named_only": row.get("named_only") in ("1", "2"),
                   "full_name": row.get("named_only") == "2", "body_office": row.get("body_office") == "1"}
        titles.add(row["title"], payload)
    institutions = PhraseIndex()
    for row in read_tsv(ldir / "institutions.tsv"):
        institutions.add(row["head"], {"key": row["key"], "label_en": row["label_en"], "type": row["type"],
                                       "foreign_as_state": row["foreign_as_state"] == "1",
                                       "needs_owner": row.get("needs_owner") == "1"})
    groups = PhraseIndex()
    canonical: dict[str, str] = {}
    for row in read_tsv(ldir / "groups.tsv"):
        canonical.setdefault(row["key"], row["form"])
        groups.add(row["form"], {"key": row["key"], "label_en": row["label_en"], "label_ar": canonical[row["key"]],
                                 "scope": row.get("scope") or "focus", "homograph": row.get("homograph") == "1",
                                 "short": row.get("short") == "1"})
    forces = PhraseIndex()
    for row in read_tsv(ldir / "force_nouns.tsv"):
        forces.add(row["form"], {})
        forces.add(" ".join("ال" + w for w in row["form"].split()), {})
    actions = PhraseIndex()
    light = PhraseIndex()
    for row in read_tsv(ldir / "actions.tsv"):
        verb, gap, obj = (part.strip() for part in row["form"].partition("…"))
        forms = _verb_forms(verb) if row["kind"] == "verb" else \
            _present_plurals(verb) if row["kind"] == "present" else [verb]
        prep = row.get("target") or ""
        payload = {"type": row["type"], "kind": row["kind"], "target": match_key(norm(prep)) if prep else None,
                   "form": row["form"], "requires": row.get("requires") or None}
        for f in forms:
            if gap:
                light.add(f, {**payload, "object": phrase_key(obj)})
            else:
                actions.add(f, payload)
    for row in read_tsv(ldir / "carriers.tsv"):  # after the listed pairings: a listed "verb … noun" is read first
        payload = {"type": None, "kind": "verb", "target": None, "form": row["form"] + " …", "requires": None,
                   "carrier": norm(row["prefix"]), "types": frozenset(row["types"].split())}
        for f in _verb_forms(row["form"]):
            light.add(f, payload)
    context = PhraseIndex()
    for row in read_tsv(ldir / "action_context.tsv"):
        forms = _verb_forms(row["form"]) if row["kind"] == "verb" else [row["form"]]
        for f in forms:
            context.add(f, {"role": row["role"], "types": set(row["applies_to"].split()),
                            "becomes": row.get("becomes") or None})
    measures = {match_key(norm(r["form"])): (r["measure"], r["position"]) for r in read_tsv(ldir / "measures.tsv")}
    numbers = {norm(r["word"]): (int(r["value"]), r["scale"] == "1") for r in read_tsv(ldir / "numbers.tsv")}
    qualifiers = PhraseIndex()
    for row in read_tsv(ldir / "qualifiers.tsv"):
        qualifiers.add(row["form"], {"qualifier": row["qualifier"]})
    vague = {norm(r["form"]) for r in read_tsv(ldir / "vague_quantities.tsv")}
    months = PhraseIndex()
    weekdays: dict[str, int] = {}
    relative = PhraseIndex()
    for row in read_tsv(ldir / "dates.tsv"):
        if row["kind"] == "month":
            months.add(row["form"], {"month": int(row["value"])})
        elif row["kind"] == "weekday":
            weekdays[norm(row["form"])] = int(row["value"])
        elif row["kind"] == "relative":
            relative.add(row["form"], {"days": int(row["value"])})
    for index in (speech, titles, institutions, groups, forces, actions, light, context, qualifiers, months, relative):
        index.grouped = True  # scanned together with the gazetteer (_scan_group)
    return Lexicons(speech, titles, institutions, groups, forces, actions, light, context, measures, numbers,
                    qualifiers, vague, months, weekdays, relative)


@cache
def word_classes(fname: str) -> dict[str, tuple[dict[str, str], ...]]:
    """The rows of a word-class data file under kg/data/lexicon (a `word` and a `class` column: the Arabic word
    lists of one extractor), by class, each class in file order."""
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_tsv(DATA / "lexicon" / fname):
        out[row["class"]].append(row)
    return {cls: tuple(rows) for cls, rows in out.items()}


def words(fname: str, cls: str) -> tuple[str, ...]:
    """The normalized words of one class of a word-class data file, in file order; a class the file does not have
    is an error (KeyError), not an empty list."""
    return tuple(norm(row["word"]) for row in word_classes(fname)[cls])
