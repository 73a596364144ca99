"""Optional camel-tools models (morphology, NER) when the user has installed their data.

Importing camel_tools.morphology / .ner fetches a catalogue over the network at import time, so nothing here imports
them unless the data is present on disk; without it kg uses its own recognizers only.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


def camel_data_dir() -> Path | None:
    """The camel-tools data folder if one with content exists (CAMELTOOLS_DATA or ~/.camel_tools)."""
    for cand in (os.environ.get("CAMELTOOLS_DATA"), str(Path.home() / ".camel_tools")):
        if cand and Path(cand).is_dir() and any(Path(cand).rglob("*")):
            return Path(cand)
    return None


def ner_available() -> bool:
    d = camel_data_dir()
    return d is not None and any(p.is_dir() for p in d.glob("data/ner/*"))


def morphology_available() -> bool:
    d = camel_data_dir()
    return d is not None and any(p.is_dir() for p in d.glob("data/morphology_db/*"))


@cache
def _ner():
    from camel_tools.ner import NERecognizer  # only imported when the model is on disk

    return NERecognizer.pretrained()


_LABELS = {"PERS": "Person", "ORG": "Organization", "LOC": "Place", "GPE": "State"}


def camel_entities(tokens: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, our type) spans from camel-tools' NER; [] when its model is not installed."""
    if not ner_available():
        return []
    labels = _ner().predict_sentence(tokens)
    spans, start, kind = [], None, None
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and not lab.startswith("I-"):
            spans.append((start, i, _LABELS.get(kind, "Place")))
            start = None
        if lab.startswith("B-"):
            start, kind = i, lab[2:]
    return spans


def merge_camel_mentions(analysis, raw: list) -> list:
    """Add the names camel-tools' NER finds where our recognizers found nothing (sentence by sentence)."""
    found = [camel_entities([t.text for t in sent.tokens]) for sent in analysis.sentences]
    return merge_ner_spans(analysis, raw, found, "camel")


def merge_ner_spans(analysis, raw: list, found: list, kind: str, accept=None) -> list:
    """Add a statistical recognizer's spans (per sentence: (first token, end token, type), token indices within the
    sentence) where none of our mentions overlaps them. `accept(sentence tokens, b, e, type)` may veto a span or
    return (b, e, prefix, first word): trimmed token bounds, the proclitic letters of the first token that are not
    part of the name (the mention's span starts after them) and the name's first word without them. Persons go to
    `resolve` as names (kind "person", keyed by family name, so a bare surname later joins the full name); the
    other types get a key from the transliterated name."""
    from kg.doc import RawMention
    from kg.model import Span
    from kg.text.translit import transliterate
    from kg.vocab import slug

    covered = {k for m in raw for k in range(m.first, m.last)}
    out = list(raw)
    base = 0
    for sent, spans in zip(analysis.sentences, found, strict=False):
        for b, e, etype in spans:
            prefix, head = "", sent.tokens[b].norm
            if accept is not None:
                kept = accept(sent.tokens, b, e, etype)
                if kept is None:
                    continue
                b, e, prefix, head = kept
            first, last = base + b, base + e
            if any(k in covered for k in range(first, last)):
                continue
            covered.update(range(first, last))
            span = Span(name_start(sent.tokens[b], head), sent.tokens[e - 1].span.end)
            words = [head] + [t.norm for t in sent.tokens[b + 1:e]]
            name = " ".join(words)
            if etype == "Person" and kind != "camel":
                out.append(RawMention(first, last, span, "Person", "person", name=tuple(words), prefix=prefix,
                                      extra={"recognizer": kind}))
                continue
            key = f"{etype.lower()}_" + slug(transliterate(name).lower().replace("'", ""))
            out.append(RawMention(first, last, span, etype, kind, key=key, name=tuple(words), label_ar=name,
                                  label_en=transliterate(name), extra={"unknown": True, "recognizer": kind},
                                  prefix=prefix))
        base += len(sent.tokens)
    out.sort(key=lambda m: (m.span.begin, -m.span.end))
    return out


def name_start(token, head: str) -> int:
    """Where a name whose first word is `head` starts inside a token: after the proclitic letters when the token
    ends with it ("وسالم" -> "سالم"), else at the token ("للدوسكي" for "الدوسكي": the alef is not written)."""
    norm_ = token.norm
    return _skip_letters(token, len(norm_) - len(head)) if head and norm_.endswith(head) else token.span.begin


def _skip_letters(token, n: int) -> int:
    """Offset in the article after the first n letters of a token as written (diacritics and tatweel skipped)."""
    from kg.text.normalize import norm

    pos = token.span.begin
    for ch in token.text:
        if norm(ch):
            if n == 0:
                break
            n -= 1
        pos += 1
    return pos
