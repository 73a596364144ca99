"""Builds that never hold the graph: the streaming N-Quads file (`kg build --out FILE.nq`) and, through
kg.run.shards, one N-Quads shard per article.

Each worker reads, extracts (kg.run.article), makes the article's named graph, validates a batch of them against
the SHACL shapes together with the descriptions of the entities they use, and returns each as sorted N-Quads lines;
the parent takes them in input order and keeps only what the shared graph needs (kg.run.shared: entities and
statement keys). The shared graph is validated and written last. The file holds one block per article graph, in
input order, each sorted, then the shared graph, sorted: the same quads as the in-memory build, in an order that
does not depend on the number of workers.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from kg.model import ArticleResult, Entity
from kg.rdf.writer import EntityTable, IRIs
from kg.run.article import Built, Skipped, build_articles, split_name_clashes, warm
from kg.run.backends import batches, mapper_for, ticker
from kg.run.config import BuildConfig
from kg.run.quarantine import set_aside, skip_reason
from kg.run.shared import SharedGraph, StatementKey
from kg.vocab import DEFAULT_BASE

STAGES = ("read", "extract", "rdf", "shacl", "serialize", "write", "shared")


@dataclass
class ArticleOutput:
    doc: str
    graph: str  # IRI of the article's named graph
    nquads: bytes  # the named graph as sorted N-Quads lines
    triples: int
    entities: list[Entity]
    statements: list[StatementKey]
    counts: dict[str, int]
    warnings: list[str]
    violations: str | None  # SHACL report text when the article's graph does not conform
    times: dict[str, float]
    words: int


def nquads_lines(g: Graph, graph_iri: URIRef) -> list[str]:
    """The triples of g as N-Quads lines in graph_iri, sorted; each line as rdflib's N-Quads serializer writes it
    (kg.rdf.serialize.to_bytes), so that the streamed file has the in-memory build's lines."""
    try:
        from rdflib.plugins.serializers.nquads import _nq_row
    except ImportError:  # pragma: no cover - a private helper of rdflib; fall back to the public serializer
        ds = Dataset()
        ng = ds.graph(graph_iri)
        for t in g:
            ng.add(t)
        return sorted(line for line in ds.serialize(format="nquads").splitlines() if line.strip())
    return sorted(_nq_row(t, graph_iri).rstrip("\n") for t in g)


def process_articles(paths: Sequence[Path], config: BuildConfig | None = None) -> list[ArticleOutput | Skipped]:
    """Read, extract, make each article's graph and its N-Quads lines, validate them together (one SHACL run per
    batch costs about two thirds of one run per article; the engine reads the lines, see _validate)."""
    config = config or BuildConfig()
    config.apply()
    if config.time_budget:
        warm()
    iris = IRIs(config.base)
    made: list[_Made | Skipped] = []
    for outcome in build_articles(paths, config):  # the batch's new names romanized together
        made.append(_make(outcome, iris))
    done = [m for m in made if not isinstance(m, Skipped)]
    violations = None
    if config.validate and done:
        _kept, aside, violations = set_aside(done, lambda ms: _validate(ms, iris))
        left_out = {id(m): report for m, report in aside}
        where = {id(m): Path(p) for m, p in zip(made, paths, strict=True)}
        made = [Skipped(where[id(m)], skip_reason(str(where[id(m)]), left_out[id(m)])) if id(m) in left_out else m
                for m in made]
    out: list[ArticleOutput | Skipped] = []
    for m in made:
        if isinstance(m, Skipped):
            out.append(m)
            continue
        out.append(_output(m, violations))
        violations = None  # reported once, with the first article of the batch
    return out


def _make(outcome: Built | Skipped, iris: IRIs) -> _Made | Skipped:
    """The article's sorted N-Quads lines, made as text (kg.rdf.writer.article_nquads: the lines rdflib's serializer
    writes for article_graph, without building that graph)."""
    from kg.rdf.writer import article_nquads

    if isinstance(outcome, Skipped):
        return outcome
    t = time.perf_counter()
    graph_iri = iris.graph(outcome.result.article.doc)
    lines = article_nquads(outcome.result, iris, graph_iri)
    text = "\n".join(lines) + "\n" if lines else ""  # what the file gets, and what the check reads (_validate)
    outcome.times["rdf"] = time.perf_counter() - t
    outcome.times["serialize"] = 0.0
    return _Made(outcome.result, graph_iri, lines, text, outcome.times)


@dataclass
class _Made:
    """An article extracted, as its sorted N-Quads lines."""

    result: ArticleResult
    graph_iri: URIRef
    lines: list[str]
    text: str  # the lines joined, each ending in a newline
    times: dict[str, float]


def _ntriples(made: _Made) -> list[str]:
    """The article's N-Quads lines without their graph name: N-Triples lines."""
    cut = len(f" {made.graph_iri.n3()} .")
    return [line[:-cut] + " .\n" for line in made.lines]


def _ntriples_text(made: _Made) -> str | None:
    """"".join(_ntriples(made)), made from the article's text by one replace: each of its lines ends in the graph
    name, the only place where the name is followed by a newline. None when a line holds a newline of its own or
    does not end so (never in kg's lines): then the lines are read one by one."""
    tail = f" {made.graph_iri.n3()} .\n"
    if made.text.count("\n") != len(made.lines) or made.text.count(tail) != len(made.lines):
        return None
    return made.text.replace(tail, " .\n")


def _validate(done: list[_Made], iris: IRIs) -> str | None:
    """The batch's article graphs and the descriptions of the entities they use, validated as one graph: the SHACL
    engine reads their N-Triples text (kg.validate.validate_ntriples_text), so no rdflib graph is built. The
    articles' texts are joined as they are: repeated lines change no verdict, and cutting, deduplicating and
    joining the lines again one by one cost about a tenth as much as the engine."""
    from kg.validate import validate_ntriples, validate_ntriples_text

    t = time.perf_counter()
    table = EntityTable()
    table.add(e for m in done for e in m.result.entities.values())
    described = table.ntriples(iris)
    texts, table_text = list(map(_ntriples_text, done)), "".join(described)
    if None in texts or table_text.count("\n") != len(described) or \
            not all(map(str.endswith, described, repeat("\n"))):  # a line that is not one line: one by one
        verdict = validate_ntriples([line for m in done for line in _ntriples(m)] + described)
    else:
        verdict = validate_ntriples_text("".join(texts) + table_text)
    share = (time.perf_counter() - t) / len(done)
    for m in done:
        m.times["shacl"] = share
    if verdict.conforms:
        return None
    docs = ", ".join(m.result.article.doc for m in done)
    return f"{docs}:\n{verdict.report_text}"


def _output(made: _Made, violations: str | None) -> ArticleOutput:
    result, lines = made.result, made.lines
    t = time.perf_counter()
    data = made.text.encode("utf-8", "replace")
    made.times["serialize"] += time.perf_counter() - t
    counts = {"mentions": len(result.mentions), "statements": len(result.statements),
              "actions": len(result.actions), "figures": len(result.figures)}
    keys = [StatementKey.of(s) for s in result.statements]
    return ArticleOutput(result.article.doc, str(made.graph_iri), data, len(lines), list(result.entities.values()),
                         keys, counts, list(result.warnings), violations, made.times,
                         len(result.article.text.split()))


def _process_batch(config: BuildConfig, paths: list[Path]) -> list[ArticleOutput | Skipped]:
    return process_articles(paths, config)


@dataclass
class StreamReport:
    """What a streaming or distributed build did; `counts` has the keys of BuildReport.counts()."""

    out: Path | None = None
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    triples: int = 0
    words: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    times: dict[str, float] = field(default_factory=dict)  # seconds per stage, summed over the articles
    validated: bool = True
    wall: float = 0.0

    @property
    def conforms(self) -> bool:
        return not self.violations


class Merger:
    """Collects article outputs in input order; keeps what the shared graph needs, not the graphs."""

    def __init__(self, base: str = DEFAULT_BASE, validate: bool = True) -> None:
        self.iris = IRIs(base)
        self.validate = validate
        self.shared = SharedGraph(self.iris)
        self.report = StreamReport(validated=validate)
        self.totals = {"mentions": 0, "statements": 0, "actions": 0, "figures": 0}

    def add(self, outcome: ArticleOutput | Skipped) -> ArticleOutput | None:
        rep = self.report
        if isinstance(outcome, Skipped):
            rep.skipped.append(outcome.reason)
            return None
        rep.articles += 1
        rep.triples += outcome.triples
        rep.words += outcome.words
        rep.warnings.extend(outcome.warnings)
        if outcome.violations:
            rep.violations.append(outcome.violations)
        for k, v in outcome.counts.items():
            self.totals[k] += v
        for k, v in outcome.times.items():
            rep.times[k] = rep.times.get(k, 0.0) + v
        self.shared.add(outcome.doc, outcome.entities, outcome.statements)
        return outcome

    def shared_lines(self) -> list[str]:
        """The shared graph (entities, kgo:sameStatementAs) as sorted N-Quads lines, validated on its own."""
        t = time.perf_counter()
        triples = self.shared.ntriples()  # the lines of self.shared.graph(), made without the rdflib graph
        if self.validate:
            from kg.validate import validate_ntriples

            verdict = validate_ntriples(triples)
            if not verdict.conforms:
                self.report.violations.append(f"shared entity graph:\n{verdict.report_text}")
        suffix = f" {self.iris.entities_graph().n3()} ."
        lines = sorted(line[:-3] + suffix for line in triples)  # "s p o .\n" -> "s p o g ."
        self.report.triples += len(lines)
        self.report.counts = {"articles": self.report.articles, "skipped": len(self.report.skipped),
                              "entities": self.shared.entity_count(), **self.totals}
        self.report.times["shared"] = time.perf_counter() - t
        return lines


def build_nquads(paths: Iterable[Path], out: Path, *, base: str = DEFAULT_BASE, workers: int = 1,
                 max_bytes: int = 20_000_000, validate: bool = True, progress: bool = False,
                 time_budget: float | None = None, client: Any | None = None) -> StreamReport:
    """Build `out` (N-Quads) article by article. The file appears (atomically) only if everything conforms, or
    with validate=False; otherwise report.violations says why and nothing is written."""
    config = BuildConfig.here(max_bytes=max_bytes, base=base, validate=validate, time_budget=time_budget,
                              workers=workers, progress=progress)
    return stream_nquads(paths, out, config, client)


def stream_nquads(paths: Iterable[Path], out: Path, config: BuildConfig, client: Any | None = None) -> StreamReport:
    start = time.perf_counter()
    items, clashes = split_name_clashes(paths)
    out = Path(out)
    merger = Merger(config.base, config.validate)
    merger.report.skipped.extend(clashes)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    run = mapper_for(config.workers, client)
    jobs = batches(items, config.batch_for(len(items)))
    try:
        with os.fdopen(fd, "wb") as fh:
            write = 0.0
            with ticker(len(items), config.progress) as tick:
                for outcomes in run(partial(_process_batch, config), jobs):
                    for outcome in outcomes:
                        got = merger.add(outcome)
                        if got is not None and not merger.report.violations:
                            t = time.perf_counter()
                            fh.write(got.nquads)
                            write += time.perf_counter() - t
                        tick()
            if merger.report.articles:
                shared = merger.shared_lines()
                t = time.perf_counter()
                fh.write(("\n".join(shared) + "\n").encode("utf-8", "replace"))
                fh.flush()
                os.fsync(fh.fileno())
                write += time.perf_counter() - t
            merger.report.times["write"] = write
        from kg.run.interrupt import check

        check()  # never publish the output of an interrupted build
        if merger.report.articles and merger.report.conforms:
            os.replace(tmp, out)
            merger.report.out = out
        else:
            Path(tmp).unlink(missing_ok=True)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    merger.report.wall = time.perf_counter() - start
    return merger.report
