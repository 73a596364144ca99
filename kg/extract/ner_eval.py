"""Scoring helpers for entity-recognition benchmarks: BIO decoding, nested-mention views, span alignment, P/R/F1.

Pure functions over character spans; nothing here knows about a particular corpus. A mention is a `Tagged`
(begin, end, type, text); gold and predicted mentions are aligned one-to-one in three strictness levels:

- ``exact``: same begin and end;
- ``clitic``: exact, or the spans differ only by ONE leading proclitic letter (و ف ب ل ك, optionally followed by
  a space when the corpus writes clitics as separate tokens) on either side;
- ``overlap``: any character overlap (greedy, one-to-one: identical spans first, then pairs whose types agree,
  then larger overlaps).

Each level is run untyped (any types) and typed (the types must agree). Per type, recall counts the gold mentions of
that type that were matched and precision counts the predicted mentions of that type that were matched; in the
untyped alignment a Person prediction matched to a Group gold mention counts for Person precision and Group recall.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

PROCLITICS = frozenset("وفبلك")
LEVELS = ("exact", "clitic", "overlap")


@dataclass(frozen=True, slots=True)
class Tagged:
    """A mention: half-open character range [begin, end), its type and its text."""

    begin: int
    end: int
    type: str
    text: str = ""

    def overlap(self, other: Tagged) -> int:
        return max(0, min(self.end, other.end) - max(self.begin, other.begin))


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first token, end token exclusive, class) of every BIO chunk. An I- tag that does not continue a chunk of
    the same class starts a new one (the usual lenient reading); 'O' and empty tags close the current chunk."""
    out: list[tuple[int, int, str]] = []
    start, cls = -1, ""
    for i, tag in enumerate(tags):
        tag = tag.strip()
        prefix, _, name = tag.partition("-")
        if prefix == "I" and cls == name and start >= 0:
            continue
        if start >= 0:
            out.append((start, i, cls))
            start, cls = -1, ""
        if prefix in ("B", "I") and name:
            start, cls = i, name
    if start >= 0:
        out.append((start, len(tags), cls))
    return out


def outermost(mentions: Iterable[Tagged]) -> list[Tagged]:
    """Drop every mention nested inside a longer one and duplicate spans (the first of a span wins)."""
    ordered = sorted(mentions, key=lambda m: (m.begin, -m.end))
    out: list[Tagged] = []
    seen: set[tuple[int, int]] = set()
    for m in ordered:
        if (m.begin, m.end) in seen:
            continue
        if any(o.begin <= m.begin and m.end <= o.end for o in out):
            continue
        seen.add((m.begin, m.end))
        out.append(m)
    return out


def dedupe(mentions: Iterable[Tagged]) -> list[Tagged]:
    """One mention per span (the first wins), in text order."""
    out: dict[tuple[int, int], Tagged] = {}
    for m in mentions:
        out.setdefault((m.begin, m.end), m)
    return sorted(out.values(), key=lambda m: (m.begin, -m.end))


def _clitic_prefix(longer: str, shorter: str) -> bool:
    """True when `longer` is one proclitic letter (plus optional spaces) followed by `shorter`."""
    if not shorter or not longer.endswith(shorter):
        return False
    head = longer[:len(longer) - len(shorter)].strip()
    return len(head) == 1 and head in PROCLITICS


def same_modulo_clitic(a: Tagged, b: Tagged) -> bool:
    """Same span, or the same span but for one leading proclitic letter on either side (texts are compared, so the
    mentions must carry their text)."""
    if (a.begin, a.end) == (b.begin, b.end):
        return True
    if a.end != b.end:
        return False
    return _clitic_prefix(a.text, b.text) if a.begin < b.begin else _clitic_prefix(b.text, a.text)


def align(gold: Sequence[Tagged], pred: Sequence[Tagged], level: str, typed: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs at the given level. Candidates are taken greedily: identical
    spans first, then pairs whose types agree, then larger overlaps, then text order."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = g.overlap(p)
            if ov <= 0 or (typed and g.type != p.type):
                continue
            exact = (g.begin, g.end) == (p.begin, p.end)
            if level == "exact" and not exact:
                continue
            if level == "clitic" and not (exact or same_modulo_clitic(g, p)):
                continue
            cands.append((not exact, g.type != p.type, -ov, g.begin, p.begin, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


@dataclass
class PRF:
    gold: int = 0
    pred: int = 0
    tp_gold: int = 0  # gold mentions matched
    tp_pred: int = 0  # predicted mentions matched

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred

    def as_dict(self) -> dict:
        return {"gold": self.gold, "pred": self.pred, "tp_gold": self.tp_gold, "tp_pred": self.tp_pred,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Scores:
    """PRF per (level, typed|untyped, type or pooled group), accumulated over documents."""

    types: tuple[str, ...]
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> types pooled ("overall")
    table: dict[tuple[str, str, str], PRF] = field(default_factory=dict)

    def add_document(self, gold: Sequence[Tagged], pred: Sequence[Tagged]) -> dict[tuple[str, bool], list]:
        """Score one document; returns the pairs per (level, typed) for error analysis."""
        out = {}
        for level in LEVELS:
            for typed in (False, True):
                pairs = align(gold, pred, level, typed)
                out[(level, typed)] = pairs
                mg = {gi for gi, _ in pairs}
                mp = {pi for _, pi in pairs}
                mode = "typed" if typed else "untyped"
                names = {t: (t,) for t in self.types} | self.groups
                for name, members in names.items():
                    cell = self.table.setdefault((level, mode, name), PRF())
                    cell.gold += sum(1 for g in gold if g.type in members)
                    cell.pred += sum(1 for p in pred if p.type in members)
                    cell.tp_gold += sum(1 for gi in mg if gold[gi].type in members)
                    cell.tp_pred += sum(1 for pi in mp if pred[pi].type in members)
        return out

    def get(self, level: str, typed: bool, name: str) -> PRF:
        return self.table.get((level, "typed" if typed else "untyped", name), PRF())

    def as_dict(self) -> dict:
        out: dict = {}
        for (level, mode, name), cell in sorted(self.table.items()):
            out.setdefault(level, {}).setdefault(mode, {})[name] = cell.as_dict()
        return out


# ------------------------------------------------------------------------------------------------ splits
TRAIN_FRACTION = 0.8  # NewsFANE's README: a model may learn from the first 80% of sentences; the rest is for measuring
VALIDATION_FRACTION = 0.1  # the tail of the training part, held out to choose a model (the test split never is)
SPLITS = ("all", "train", "fit", "validation", "test")


def split(items: Sequence, part: str, train_fraction: float = TRAIN_FRACTION,
          validation_fraction: float = VALIDATION_FRACTION) -> list:
    """A part of a corpus split by position: "train" = the first `train_fraction` of the items, "test" = the rest;
    "train" itself = "fit" (what a model learns from) + "validation" (its last `validation_fraction`)."""
    if part not in SPLITS:
        raise ValueError(f"unknown split {part!r}")
    cut = int(len(items) * train_fraction)
    held = cut - int(cut * validation_fraction)
    bounds = {"all": (0, len(items)), "train": (0, cut), "fit": (0, held), "validation": (held, cut),
              "test": (cut, len(items))}
    b, e = bounds[part]
    return list(items[b:e])
