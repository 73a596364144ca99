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


def extract_path(path: Path, max_bytes: int) -> ArticleResult:
    from kg.reader import read_article

    return extract(read_article(path, max_bytes=max_bytes))


def extract_all(paths: Iterable[Path], *, max_bytes: int = 20_000_000, progress: bool = False) -> BuildReport:
    from kg.reader import InputError

    report = BuildReport()
    items = list(paths)
    bar = None
    if progress and len(items) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(items), unit="article", file=sys.stderr)
    for path in items:
        try:
            result = extract_path(path, max_bytes)
            report.results.append(result)
            report.warnings.extend(result.warnings)
        except InputError as exc:
            report.skipped.append(str(exc))
        except Exception as exc:  # one pathological article must not stop a batch of thousands
            report.skipped.append(f"{path}: extraction failed ({type(exc).__name__}: {exc})")
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
