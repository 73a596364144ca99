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
