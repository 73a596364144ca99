"""Arabic text analysis: normalized tokens with original character offsets, grouped into sentences.

Tokenization follows camel-tools' simple_word_tokenize (words and single punctuation marks), done on the normalized
text so that every token keeps the span of the characters it came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import attrgetter

from kg.model import Sentence, Span, Token
from kg.text.normalize import NormText, normalize_with_offsets, orthography

# A word: letters/digits (Arabic, Latin), possibly joined by '.' or ',' (or the Arabic separators) inside numbers
# (4,200 / 3.5).
_SEPARATORS = "".join(c for c, _t in orthography("decimal_separator") + orthography("thousands_separator"))
# a clitic written onto a number keeps it whole, separators and all ("و2,8 مليون", "بـ1.5 مليار": not "و2" "," "8")
_TOKEN = re.compile(r"\d+(?:[.," + _SEPARATORS + r"]\d+)*|[^\W\d_]+(?:\d+(?:[.," + _SEPARATORS + r"]\d+)*)?|\S",
                    re.UNICODE)
_SENTENCE_END = {".", "!", "?", "…"} | {c for c, _t in orthography("sentence_end")}
_TITLE_LETTERS = frozenset(t for _c, t in orthography("title_abbreviation"))
_BEGIN = attrgetter("span.begin")
_NORM_OF = attrgetter("norm")


@dataclass(slots=True)
class Analysis:
    text: str
    normalized: NormText
    tokens: list[Token]
    sentences: list[Sentence]

    def sentence_of(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.span.begin <= offset < s.span.end:
                return s
        return None


# A Span made without its frozen dataclass __init__ (two object.__setattr__ calls): the same object, made at half the
# cost, once per token
_new = object.__new__
_set_begin = Span.begin.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]


def _lowered(text: str) -> str | None:
    """text.lower() when each character lowers to one character on its own, so that the slice of a token is the
    token lowered (else None): a character lowering to two («İ») shifts the offsets, and «Σ» lowers by context."""
    low = text.lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


def tokenize(text: str) -> tuple[NormText, list[Token]]:
    nt = normalize_with_offsets(text)
    tokens: list[Token] = []
    append = tokens.append
    new, set_begin, set_end = _new, _set_begin, _set_end
    low = _lowered(nt.text)  # the whole text lowered once, not each token
    if len(nt.text) == len(text):  # nothing was dropped: each normalized character is the original one's
        for m in _TOKEN.finditer(nt.text):
            b, e = m.span()
            span = new(Span)
            set_begin(span, b)
            set_end(span, e)
            append(Token(span, text[b:e], low[b:e] if low is not None else m.group().lower()))
        return nt, tokens
    # NormText.original_span inlined: a token is never empty, so its end maps through the next kept character
    offsets, size, last = nt.offsets, len(nt.offsets), nt.original_length
    for m in _TOKEN.finditer(nt.text):
        s, e = m.span()
        lowered = low[s:e] if low is not None else m.group().lower()
        b = offsets[s]
        e = offsets[e] if e < size else last
        span = new(Span)
        set_begin(span, b)
        set_end(span, e)
        append(Token(span, text[b:e], lowered))
    return nt, tokens


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences end at . ! ? (and the Arabic question mark) and at line breaks (headlines and captions carry no
    final stop)."""
    # the token positions a sentence starts at, then one slice per sentence: a step in Python per line break and per
    # stop, not per token (the loop that tested every token was a fifth of the text analysis)
    n = len(tokens)
    cuts = {0, n}
    # a line break between two tokens (a token holds none): the token after it opens a sentence
    find, at = text.find, text.find("\n")
    while at != -1:
        cuts.add(bisect_right(tokens, at, key=_BEGIN))
        at = find("\n", at + 1)
    # a stop ends the sentence unless it sits inside a number or precedes a closing quote
    norms = list(map(_NORM_OF, tokens))
    for i in compress(range(n), map(_SENTENCE_END.__contains__, norms)):
        if (i + 1 == n or norms[i + 1] not in ('"', ")")) and not _title_stop(text, tokens, norms, i):
            cuts.add(i + 1)
    sentences: list[Sentence] = []
    bounds = sorted(cuts)
    # each cut but the last opens a sentence (0 and n are cuts: a break before the first token opens none)
    for a, b in pairwise(bounds):
        part = tokens[a:b]
        sentences.append(Sentence(Span(part[0].span.begin, part[-1].span.end), part))
    return sentences


def _title_stop(text: str, tokens: list[Token], norms: list[str], i: int) -> bool:
    """The stop at i abbreviates a title before a name on the same line ("وقال د. محمد", "اللواء م.ناصر"), not
    after a number ("عام 1436هـ. ثم"): the sentence goes on."""
    if i == 0 or i + 1 >= len(tokens) or norms[i - 1] not in _TITLE_LETTERS or norms[i] != ".":
        return False
    if i > 1 and norms[i - 2][-1:].isdigit() or "\n" in text[tokens[i].span.end:tokens[i + 1].span.begin]:
        return False
    return "\u0621" <= norms[i + 1][:1] <= "\u064a"


def analyse(text: str) -> Analysis:
    nt, tokens = tokenize(text)
    return Analysis(text, nt, tokens, split_sentences(text, tokens))
