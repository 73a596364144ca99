"""The in-memory build: every article's extraction result kept, then one rdflib Dataset (any file format, the
Python API, the store). Extraction runs on any backend (kg.run.backends)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from rdflib import Dataset

from kg.model import Article, ArticleResult
from kg.run.article import Built, build_batch, split_name_clashes
from kg.run.backends import batches, mapper_for, ticker
from kg.run.config import BuildConfig
from kg.vocab import DEFAULT_BASE


@dataclass
class BuildReport:
    results: list[ArticleResult] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "file: reason"
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        ents = {k for r in self.results for k in r.entities}
        return {
            "articles": len(self.results),
            "skipped": len(self.skipped),
            "entities": len(ents),
            "mentions": sum(len(r.mentions) for r in self.results),
            "statements": sum(len(r.statements) for r in self.results),
            "actions": sum(len(r.actions) for r in self.results),
            "figures": sum(len(r.figures) for r in self.results),
        }


def extract_all(paths: Iterable[Path], *, max_bytes: int = 20_000_000, progress: bool = False,
                time_budget: float | None = None, workers: int = 1, client: Any | None = None) -> BuildReport:
    """Extract every article (on `workers` processes, or on a dask `client`); one that cannot be read, fails, or
    takes longer than `time_budget` seconds (None: no limit) is skipped with its reason in report.skipped, and
    the batch goes on. The report is the same, in the same order, whatever runs it."""
    config = BuildConfig.here(max_bytes=max_bytes, time_budget=time_budget, workers=workers, progress=progress)
    return extract_with(paths, config, client)


def extract_with(paths: Iterable[Path], config: BuildConfig, client: Any | None = None) -> BuildReport:
    """extract_all with a BuildConfig (kg build hands its own)."""
    report = BuildReport()
    items, report.skipped = split_name_clashes(paths)
    run = mapper_for(config.workers, client)
    with ticker(len(items), config.progress) as tick:
        for outcomes in run(partial(build_batch, config), batches(items, config.batch_for(len(items)))):
            for outcome in outcomes:
                if isinstance(outcome, Built):
                    report.results.append(outcome.result)
                    report.warnings.extend(outcome.result.warnings)
                else:
                    report.skipped.append(outcome.reason)
                tick()
    return report


def build_dataset(results: Iterable[ArticleResult], base: str = DEFAULT_BASE) -> Dataset:
    """A named graph per article, in the given order, plus the shared graph (kg.run.shared)."""
    from kg.rdf.writer import IRIs, article_graph
    from kg.run.shared import SharedGraph

    iris = IRIs(base)
    ds = Dataset()
    shared = SharedGraph(iris)
    for r in results:
        shared.add_result(r)
        ng = ds.graph(iris.graph(r.article.doc))
        for t in article_graph(r, iris):
            ng.add(t)
    sg = ds.graph(iris.entities_graph())
    for t in shared.graph():
        sg.add(t)
    return ds


def build_from_texts(texts: dict[str, str], base: str = DEFAULT_BASE) -> tuple[Dataset, BuildReport]:
    """Build from {file name: article text} (notebooks and tests)."""
    from kg.pipeline import extract

    report = BuildReport()
    for doc, text in texts.items():
        headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
        report.results.append(extract(Article(doc=doc, text=text, headline=headline)))
    return build_dataset(report.results, base), report
