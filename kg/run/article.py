"""One article, read and extracted: the only place that decides when an article is skipped, and why."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import ArticleResult
from kg.pipeline import extract  # module-level: tests replace kg.run.article.extract with a slow one
from kg.run.config import BuildConfig


@dataclass
class Built:
    result: ArticleResult
    times: dict[str, float] = field(default_factory=dict)  # seconds per stage ("read", "extract")


@dataclass
class Skipped:
    path: Path
    reason: str  # "file: why", as printed after "skipped: "

    def __str__(self) -> str:
        return self.reason


def build_article(path: Path, config: BuildConfig) -> Built | Skipped:
    """Read and extract `path`. An article that cannot be read, fails, or runs past the time budget is Skipped:
    one pathological article must not stop a batch of thousands."""
    from kg.read import InputError, read_article
    from kg.run.limits import TimeBudgetExceeded, time_budget

    times: dict[str, float] = {}
    t0 = time.perf_counter()
    try:
        with time_budget(config.time_budget):
            article = read_article(path, max_bytes=config.max_bytes)
            t1 = time.perf_counter()
            result = extract(article)
    except InputError as exc:
        return Skipped(path, str(exc))
    except TimeBudgetExceeded as exc:
        return Skipped(path, f"{path}: {exc} (--time-budget)")
    except Exception as exc:
        return Skipped(path, f"{path}: extraction failed ({type(exc).__name__}: {exc})")
    times["read"] = t1 - t0
    times["extract"] = time.perf_counter() - t1
    return Built(result, times)


def build_batch(config: BuildConfig, paths: list[Path]) -> list[Built | Skipped]:
    """build_article over a batch (the task a process pool or a dask worker runs)."""
    config.apply()
    if config.time_budget:
        warm()
    return build_articles(paths, config)


def build_articles(paths: Iterable[Path], config: BuildConfig) -> list[Built | Skipped]:
    """build_article of each path, with the English labels of new names made in one model pass for them all
    (kg.text.romanize.deferred_labels): the romanizer's ONNX decoder costs about as much per step for one name as
    for forty. A label's spelling does not depend on the names decoded with it, so the labels are the ones made
    one by one; an article whose facts still hold a mark after filling (code that changed a label before it was
    filled, or private-use characters of its own) is extracted again with labels made at once."""
    from kg.text.romanize import Deferred, deferred_labels

    paths = [Path(p) for p in paths]
    with deferred_labels() as labels:
        built = [build_article(p, config) for p in paths]
    if not labels.names:
        return built
    t = time.perf_counter()
    # only the labels that are written: those of the entities and the outlet (fill() below reads no others)
    labels.resolve(text for outcome in built if isinstance(outcome, Built)
                   for text in (*(e.label_en for e in outcome.result.entities.values()),
                                outcome.result.article.outlet))
    share = (time.perf_counter() - t) / len(built)
    for k, outcome in enumerate(built):
        if not isinstance(outcome, Built):
            continue
        outcome.times["extract"] = outcome.times.get("extract", 0.0) + share
        r = outcome.result
        for e in r.entities.values():
            e.label_en = labels.fill(e.label_en)
        r.article.outlet = labels.fill(r.article.outlet)
        if Deferred.left_in(repr((r.entities, r.mentions, r.statements, r.actions, r.figures, r.article.outlet))):
            built[k] = build_article(paths[k], config)
    return built


def warm() -> None:
    """Load the lexicons, gazetteer and shapes once, before forking (or in each spawned worker), and outside any
    time budget: an alarm never leaves them half-built."""
    from kg.lexicon import DATA
    from kg.pipeline import extract_text
    from kg.validate import shapes_graph

    # a sentence that reaches every extractor (speech, an unknown name, an action, figures, a date): each loads its
    # lexicons, lemmatizer or model on first use, and a first article that paid for that could miss a short budget
    if _GC_SETTLED:  # loaded in this process already: a batch of a long build would pay an extract for nothing
        return
    text = (DATA / "warm_up.txt").read_text(encoding="utf-8")
    # the first time, loading makes hundreds of thousands of objects that all stay: the collector would walk them
    # again and again (0.15 s); they are collected once, then frozen (_settle_gc)
    enabled = gc.isenabled()
    gc.disable()
    try:
        extract_text(text)
        shapes_graph()
    finally:
        if enabled:
            gc.enable()
    _settle_gc()


_GC_SETTLED = False


def _settle_gc() -> None:
    """Once per process, after the lexicons, gazetteer, automata and shapes are loaded: move them out of the cyclic
    garbage collector's sight (gc.freeze) and collect the young generation less often. A full collection walked
    those hundreds of thousands of long-lived objects again and again: a tenth of a build's CPU went to the
    collector, less than half of that now. Nothing is leaked: cycles are still collected, only less often. Since an
    article's objects no longer form cycles (kg.extract.mentions keeps no bound methods), they are freed as soon as
    they go out of use, and a collection of the young generation finds next to nothing: 200,000 allocations between
    collections instead of 10,000 (the collector's seconds over 1,000 articles, run side by side: 0.52 -> 0.29 on a
    quiet machine, 1.6-1.9 -> about 0.8 on a loaded one; 100,000 saved less, 400,000 about as much)."""
    global _GC_SETTLED
    if _GC_SETTLED:
        return
    _GC_SETTLED = True
    gc.collect()
    gc.freeze()
    gc.set_threshold(200_000, 10, 10)


def split_name_clashes(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """(paths to build, "file: reason" for the others). An article's IRIs come from its file name without the
    extension, so two inputs with the same name (in two folders, or .txt and .html) would be merged into one
    article graph: the first (in path order) is kept. The name "entities" is the shared entity graph's."""
    from kg.rdf.writer import IRIs
    from kg.read import article_name

    iris = IRIs()
    kept: list[Path] = []
    clashes: list[str] = []
    first: dict[str, Path] = {}
    for path in paths:
        key = iris.doc_slug(article_name(path))
        if key == "entities":
            clashes.append(f"{path}: the article name 'entities' is reserved for the shared entity graph; "
                           "rename the file")
        elif key in first:
            clashes.append(f"{path}: same article name as {first[key]} (article IRIs come from the file name "
                           "without its extension); rename one of them")
        else:
            first[key] = path
            kept.append(path)
    return kept, clashes
