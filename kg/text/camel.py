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
    from kg.extract.mentions import RawMention
    from kg.model import Span
    from kg.text.translit import transliterate
    from kg.vocab import slug

    covered = {k for m in raw for k in range(m.first, m.last)}
    out = list(raw)
    base = 0
    for sent in analysis.sentences:
        words = [t.text for t in sent.tokens]
        for b, e, etype in camel_entities(words):
            first, last = base + b, base + e
            if any(k in covered for k in range(first, last)):
                continue
            span = Span(sent.tokens[b].span.begin, sent.tokens[e - 1].span.end)
            name = " ".join(t.norm for t in sent.tokens[b:e])
            key = f"{etype.lower()}_" + slug(transliterate(name).lower().replace("'", ""))
            out.append(RawMention(first, last, span, etype, "camel", key=key, name=tuple(name.split()),
                                  label_ar=name, label_en=transliterate(name), extra={"unknown": True}))
        base += len(sent.tokens)
    return out
