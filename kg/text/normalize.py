"""Arabic normalization that keeps a map back to the original character offsets.

Matching happens on the normalized string; every match is mapped back so that mentions and evidence are exact
substrings of the article as written (diacritics, hamza forms and all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

_ORTHOGRAPHY = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "orthography.tsv"


@cache
def orthography(cls: str) -> tuple[tuple[str, str], ...]:
    """(character, replacement) pairs of one class of kg/data/lexicon/orthography.tsv, in file order. A plain
    reader: kg.lexicon's loaders depend on this module."""
    with _ORTHOGRAPHY.open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    return tuple((r[0], r[1]) for r in rows[1:] if r[2] == cls)


# Harakat, Quranic marks, superscript alef and tatweel: removed.
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_DIGITS = str.maketrans("".join(c for c, _t in orthography("digit")), "".join(t for _c, t in orthography("digit")))
# One-character substitutions that keep string length: hamza seats on alef, alef maksura, teh marbuta, Persian
# letters common in scraped text, and unusual spaces.
_SUBST = str.maketrans({
    **dict(orthography("letter")), **dict(orthography("persian")),
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200a": " ",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "″": '"',
})


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalized string and, for each of its characters, the offset of the original character."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def original_span(self, begin: int, end: int) -> tuple[int, int]:
        """Map a half-open range of the normalized text back to the original text."""
        if begin >= len(self.offsets):
            return self.original_length, self.original_length
        ob = self.offsets[begin]
        if end <= begin:
            return ob, ob
        # trailing diacritics belong to the last letter: extend up to the next kept character
        oe = self.offsets[end] if end < len(self.offsets) else self.original_length
        return ob, oe


_KEPT = re.compile("[^\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")


def _composed(*tables: dict[int, int | str | None]) -> dict[int, str]:
    """One translation table doing what the tables do one after the other (str.translate costs per character)."""
    out: dict[int, str] = {}
    for code in {c for t in tables for c in t}:
        text = chr(code)
        for t in tables:
            text = text.translate(t)
        if text != chr(code):
            out[code] = text
    return out


_SUBST_DIGITS = _composed(_SUBST, _DIGITS)


class Translator:
    """str.translate(table) for a whole text, done as one str.replace per character of the table the text holds.
    str.translate looks a dict up for every character of a non-ASCII string; replace runs in C over the text: a
    whole article folds ~13x faster (boilerplate search and tokenization each fold every article once). The same
    result: each key maps to one character or none, and no output character is a key, so the replacements
    cannot feed one another (checked when made; a table that breaks this falls back to str.translate)."""

    __slots__ = ("pairs", "table")

    def __init__(self, table: dict[int, int | str | None]) -> None:
        self.table = table
        pairs: list[tuple[str, str]] | None = []
        for code, out in table.items():
            text = "" if out is None else chr(out) if isinstance(out, int) else out
            if len(text) > 1 or text and ord(text) in table:
                pairs = None
                break
            pairs.append((chr(code), text))
        self.pairs: tuple[tuple[str, str], ...] | None = tuple(pairs) if pairs is not None else None

    def __call__(self, text: str) -> str:
        if self.pairs is None or text.isascii():  # str.translate has its own fast path for ASCII
            return text.translate(self.table)
        for old, new in self.pairs:
            if old in text:
                text = text.replace(old, new)
        return text


_FOLD_SUBST_DIGITS = Translator(_SUBST_DIGITS)
_RANGE: tuple[int, ...] = ()  # 0, 1, 2 ...: sliced for a text without dropped marks (no new int objects)


def _identity(n: int) -> tuple[int, ...]:
    global _RANGE
    if n > len(_RANGE):
        _RANGE = tuple(range(max(n, 2 * len(_RANGE), 1 << 16)))
    return _RANGE[:n]


def normalize_with_offsets(text: str) -> NormText:
    # whole-string work: the substitutions keep length, and the dropped marks are cut out run by run (a loop over
    # characters in Python was a tenth of the extraction time)
    if not _DROP.search(text):
        return NormText(_FOLD_SUBST_DIGITS(text), _identity(len(text)), len(text))
    kept = []
    offsets: list[int] = []
    for m in _KEPT.finditer(text):
        kept.append(m.group())
        offsets.extend(range(m.start(), m.end()))
    return NormText(_FOLD_SUBST_DIGITS("".join(kept)), tuple(offsets), len(text))


# camel-tools' dediac_ar (its AR_DIAC_CHARSET: tanwin, harakat, shadda, sukun, superscript alef), tatweel, and its
# normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, as one table: importing camel_tools.utils
# builds its character tables from all of Unicode, ~0.7 s of every run
_CAMEL = str.maketrans({**dict.fromkeys("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"),
                        "\u0625": "\u0627", "\u0623": "\u0627", "\u0671": "\u0627", "\u0622": "\u0627",
                        "\u0649": "\u064a", "\u0629": "\u0647"})


_NORM = _composed(_CAMEL, _SUBST, _DIGITS)


@lru_cache(maxsize=1 << 18)  # a 10,000-article build meets ~200,000 distinct tokens: a smaller cache thrashed
def norm(text: str) -> str:
    """Normalize a lexicon entry or a token (camel-tools' normalizers, _CAMEL, plus digits and quote marks)."""
    return " ".join(text.translate(_NORM).split())


_LONG_VOWELS = re.compile("[" + "".join(c for c, _t in orthography("long_vowel")) + "]")
_ARTICLE = orthography("article")[0][0]
_REPEATS = re.compile(r"(.)\1+")


def _one_of_the_run(m: re.Match) -> str:
    """The repeated letter once: what the template r"\\1" gives, without re parsing a template on every call (4 µs,
    most of skeleton's time; few words repeat a letter)."""
    return m.group(1)


@lru_cache(maxsize=1 << 18)
def skeleton(name: str) -> str:
    """A spelling-tolerant key for foreign names: جومرت/جومارت, توكاييف/توكايف share it."""
    out = []
    for word in norm(name).split():
        if word.startswith(_ARTICLE) and len(word) > 4:
            word = word[len(_ARTICLE):]
        head, rest = word[:1], _LONG_VOWELS.sub("", word[1:])
        word = head + _REPEATS.sub(_one_of_the_run, rest)
        out.append(word)
    return " ".join(out)
