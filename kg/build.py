"""The build job: read inputs, extract, make RDF, validate, write. Used by the CLI and the Python API."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from kg.model import Article, ArticleResult
from kg.pipeline import extract
from kg.rdf.writer import build_dataset
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


def extract_path(path: Path, max_bytes: int, time_budget: float | None = None) -> ArticleResult:
    """Read and extract one article; with `time_budget` (seconds) raise kg.limits.TimeBudgetExceeded past it."""
    from kg.limits import time_budget as budget
    from kg.reader import read_article

    with budget(time_budget):
        return extract(read_article(path, max_bytes=max_bytes))


def split_name_clashes(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """(paths to build, "file: reason" for the others). An article's IRIs come from its file name without the
    extension, so two inputs with the same name (in two folders, or .txt and .html) would be merged into one
    article graph: the first (in path order) is kept. The name "entities" is the shared entity graph's."""
    from kg.rdf.writer import IRIs
    from kg.reader import article_name

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


def _check() -> None:
    from kg.interrupt import check as interrupt_check

    interrupt_check()


def extract_all(paths: Iterable[Path], *, max_bytes: int = 20_000_000, progress: bool = False,
                time_budget: float | None = None) -> BuildReport:
    """Extract every article; one that cannot be read, fails, or takes longer than `time_budget` seconds (None:
    no limit) is skipped with its reason in report.skipped, and the batch goes on."""
    from kg.limits import TimeBudgetExceeded
    from kg.reader import InputError

    report = BuildReport()
    items, report.skipped = split_name_clashes(paths)
    if time_budget and items:  # load the lexicons outside any budget: an alarm never leaves them half-built
        from kg.pipeline import extract_text

        extract_text("قال الرئيس إن الوضع مستقر.")
    bar = None
    if progress and len(items) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="article", file=sys.stderr)
    for path in items:
        try:
            result = extract_path(path, max_bytes, time_budget)
            report.results.append(result)
            report.warnings.extend(result.warnings)
        except InputError as exc:
            report.skipped.append(str(exc))
        except TimeBudgetExceeded as exc:
            report.skipped.append(f"{path}: {exc} (--time-budget)")
        except Exception as exc:  # one pathological article must not stop a batch of thousands
            report.skipped.append(f"{path}: extraction failed ({type(exc).__name__}: {exc})")
        _check()  # a Ctrl-C swallowed by native code still stops the batch here
        if bar:
            bar.update()
    if bar:
        bar.close()
    return report


def build_from_texts(texts: dict[str, str], base: str = DEFAULT_BASE) -> tuple[Dataset, BuildReport]:
    """Build from {file name: article text} (notebooks and tests)."""
    report = BuildReport()
    for doc, text in texts.items():
        headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
        report.results.append(extract(Article(doc=doc, text=text, headline=headline)))
    return build_dataset(report.results, base), report
