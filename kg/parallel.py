"""Builds over many articles: extraction on a process pool, and a streaming N-Quads build with bounded memory.

`extract_parallel` is `kg.build.extract_all` on N processes: results come back in input order, so whatever is built
from them is byte-identical to a one-process build.

`build_nquads` (used by `kg build --out FILE.nq`) never holds the graph: each worker reads, extracts, makes the
article's named graph, validates it against the SHACL shapes together with the descriptions of the entities it uses,
and returns it as sorted N-Quads lines; the parent appends them to the output in input order and keeps only the
merged entity table and the statements' speakers and contents (for kgo:sameStatementAs). The shared graph (entities
and links) is validated and written last. The file holds one block per article graph, in input order, each sorted,
then the shared graph, sorted: the same quads as the in-memory build, in an order that does not depend on the number
of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.build import BuildReport, extract_path
from kg.model import Article, ArticleResult, Entity, Span
from kg.rdf.writer import IRIs
from kg.vocab import DEFAULT_BASE

STAGES = ("read", "extract", "rdf", "shacl", "serialize", "write", "shared")


# ---------------------------------------------------------------------------------------------------------------
# process pool


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork shares the parsed lexicons and shapes with the workers; elsewhere the platform default (spawn)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)


@dataclass(frozen=True)
class Options:
    """What every worker needs to know, whatever starts it (fork, spawn, a dask worker)."""

    max_bytes: int = 20_000_000
    base: str = DEFAULT_BASE
    validate: bool = True
    time_budget: float | None = None  # seconds per article (kg.limits); None: no limit
    recognizers: frozenset[str] = frozenset()  # kg.pipeline.EXTRA_RECOGNIZERS to switch on (e.g. "camel")

    @classmethod
    def here(cls, **kw) -> Options:
        """Options with this process's extra recognizers (kg build --ner camel sets them before building)."""
        from kg import pipeline

        return cls(recognizers=frozenset(getattr(pipeline, "EXTRA_RECOGNIZERS", ())), **kw)

    def apply(self) -> None:
        if self.recognizers:
            from kg import pipeline

            pipeline.EXTRA_RECOGNIZERS.update(self.recognizers)


def _warm() -> None:
    """Load the lexicons, gazetteer and shapes once, before forking (or in each spawned worker), and outside any
    time budget: an alarm never leaves them half-built."""
    from kg.pipeline import extract_text
    from kg.validate import shapes_graph

    extract_text("قال الرئيس إن الوضع مستقر.")
    shapes_graph()


def imap_ordered(func: Callable, items: Sequence, workers: int) -> Iterator:
    """func over items on `workers` processes, results in input order; in this process when workers <= 1."""
    if workers <= 1 or len(items) <= 1:
        yield from map(func, items)
        return
    workers = min(workers, len(items))
    chunksize = max(1, min(8, len(items) // (workers * 16)))
    ctx = _pool_context()
    forked = ctx.get_start_method() == "fork"
    if forked:
        _warm()
    with ctx.Pool(workers, initializer=None if forked else _warm) as pool:
        yield from pool.imap(func, items, chunksize)


# ---------------------------------------------------------------------------------------------------------------
# extraction only


def _extract_one(args: tuple[Path, Options]) -> ArticleResult | str:
    from kg.limits import TimeBudgetExceeded
    from kg.reader import InputError

    path, opts = args
    opts.apply()
    try:
        return extract_path(path, opts.max_bytes, opts.time_budget)
    except InputError as exc:  # as kg.build.extract_all
        return str(exc)
    except TimeBudgetExceeded as exc:
        return f"{path}: {exc} (--time-budget)"
    except Exception as exc:  # one pathological article must not stop a batch
        return f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def extract_parallel(paths: Iterable[Path], workers: int, max_bytes: int = 20_000_000,
                     progress: bool = False, time_budget: float | None = None) -> BuildReport:
    """kg.build.extract_all on `workers` processes; the report is the same, in the same order."""
    from kg.build import split_name_clashes

    report = BuildReport()
    items, report.skipped = split_name_clashes(paths)
    opts = Options.here(max_bytes=max_bytes, time_budget=time_budget)
    with _progress(len(items), progress) as tick:
        for outcome in imap_ordered(_extract_one, [(p, opts) for p in items], workers):
            if isinstance(outcome, str):
                report.skipped.append(outcome)
            else:
                report.results.append(outcome)
                report.warnings.extend(outcome.warnings)
            tick()
    return report


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    from kg.interrupt import check

    if not enabled or total <= 1:
        yield check
        return
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr)

    def tick() -> None:
        check()  # a Ctrl-C swallowed by native code still stops the build here
        bar.update()

    try:
        yield tick
    finally:
        bar.close()


# ---------------------------------------------------------------------------------------------------------------
# one article, start to finish (in a worker)


@dataclass(slots=True)
class StatementKey:
    """What kgo:sameStatementAs needs of a statement (kg.rdf.writer.link_repeated_statements)."""

    speaker: str
    content: str
    cue_span: Span
    content_span: Span


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


def entity_graph(entities: Iterable[Entity], iris: IRIs) -> Graph:
    from kg.rdf.writer import EntityTable

    table = EntityTable()
    table.add(entities)
    return table.graph(iris)


def read_and_extract(path: Path, opts: Options, times: dict[str, float]) -> ArticleResult | str:
    """kg.build.extract_path, timed; a string says why the article was skipped (as kg.build.extract_all)."""
    from kg.limits import TimeBudgetExceeded, time_budget
    from kg.pipeline import extract
    from kg.reader import InputError, read_article

    t0 = time.perf_counter()
    try:
        with time_budget(opts.time_budget):
            article = read_article(path, max_bytes=opts.max_bytes)
            t1 = time.perf_counter()
            result = extract(article)
        times["read"] = t1 - t0
        times["extract"] = time.perf_counter() - t1
        return result
    except InputError as exc:
        return str(exc)
    except TimeBudgetExceeded as exc:
        return f"{path}: {exc} (--time-budget)"
    except Exception as exc:  # one pathological article must not stop a batch
        return f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def process_articles(paths: Sequence[Path], opts: Options | None = None) -> list[ArticleOutput | str]:
    """Read, extract, make each article's graph, validate them together (one SHACL run per batch costs about
    two thirds of one run per article), serialize each; a string says why an article was skipped."""
    from kg.rdf.writer import article_graph

    opts = opts or Options()
    opts.apply()
    if opts.time_budget:
        _warm()
    iris = IRIs(opts.base)
    made: list[tuple[ArticleResult, Graph, dict[str, float]] | str] = []
    for path in paths:
        times: dict[str, float] = {}
        result = read_and_extract(Path(path), opts, times)
        if isinstance(result, str):
            made.append(result)
            continue
        t = time.perf_counter()
        g = article_graph(result, iris)
        times["rdf"] = time.perf_counter() - t
        made.append((result, g, times))
    done = [m for m in made if not isinstance(m, str)]
    violations = None
    if opts.validate and done:
        from kg.validate import validate as shacl

        t = time.perf_counter()
        check = Graph()
        for _result, g, _times in done:
            for triple in g:
                check.add(triple)
        for triple in entity_graph([e for result, _g, _t in done for e in result.entities.values()], iris):
            check.add(triple)
        verdict = shacl(check)
        share = (time.perf_counter() - t) / len(done)
        for _r, _g, times in done:
            times["shacl"] = share
        if not verdict.conforms:
            docs = ", ".join(r.article.doc for r, _g, _t in done)
            violations = f"{docs}:\n{verdict.report_text}"
    out: list[ArticleOutput | str] = []
    for m in made:
        if isinstance(m, str):
            out.append(m)
            continue
        result, g, times = m
        out.append(_output(result, g, times, iris, violations))
        violations = None  # reported once, with the first article of the batch
    return out


def _output(result: ArticleResult, g: Graph, times: dict[str, float], iris: IRIs,
            violations: str | None) -> ArticleOutput:
    doc = result.article.doc
    t = time.perf_counter()
    graph_iri = iris.graph(doc)
    lines = nquads_lines(g, graph_iri)
    data = ("\n".join(lines) + "\n").encode("utf-8", "replace") if lines else b""
    times["serialize"] = time.perf_counter() - t
    counts = {"mentions": len(result.mentions), "statements": len(result.statements),
              "actions": len(result.actions), "figures": len(result.figures)}
    keys = [StatementKey(s.speaker, s.content, s.cue_span, s.content_span) for s in result.statements]
    return ArticleOutput(doc, str(graph_iri), data, len(lines), list(result.entities.values()), keys, counts,
                         list(result.warnings), violations, times, len(result.article.text.split()))


BATCH = 8  # articles per task and per SHACL run


def batches(items: Sequence, size: int = BATCH) -> list[list]:
    return [list(items[k:k + size]) for k in range(0, len(items), max(1, size))]


def _process_batch(args: tuple[list[Path], Options]) -> list[ArticleOutput | str]:
    return process_articles(*args)


# ---------------------------------------------------------------------------------------------------------------
# merging in the parent


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
    """Collects article outputs in input order; keeps the entity table and statement keys, not the graphs."""

    def __init__(self, base: str = DEFAULT_BASE, validate: bool = True) -> None:
        from kg.rdf.writer import EntityTable

        self.iris = IRIs(base)
        self.validate = validate
        self.table = EntityTable()
        self.statements: list[tuple[str, list[StatementKey]]] = []
        self.report = StreamReport(validated=validate)
        self.graphs: set[str] = set()
        self.totals = {"mentions": 0, "statements": 0, "actions": 0, "figures": 0}

    def add(self, outcome: ArticleOutput | str) -> ArticleOutput | None:
        rep = self.report
        if isinstance(outcome, str):
            rep.skipped.append(outcome)
            return None
        if outcome.graph in self.graphs:
            rep.warnings.append(f"{outcome.doc}: another input has the same file name; their graphs merge")
        self.graphs.add(outcome.graph)
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
        self.table.add(outcome.entities)
        if outcome.statements:
            self.statements.append((outcome.doc, outcome.statements))
        return outcome

    def shared_lines(self) -> list[str]:
        """The shared graph (entities, kgo:sameStatementAs) as sorted N-Quads lines, validated on its own."""
        from kg.rdf.writer import link_repeated_statements

        t = time.perf_counter()
        g = self.table.graph(self.iris)
        stubs = [ArticleResult(Article(doc=doc, text=""), {}, [], list(sts), [], [])  # type: ignore[arg-type]
                 for doc, sts in self.statements]
        for triple in link_repeated_statements(stubs, self.iris):
            g.add(triple)
        if self.validate:
            from kg.validate import validate as shacl

            verdict = shacl(g)
            if not verdict.conforms:
                self.report.violations.append(f"shared entity graph:\n{verdict.report_text}")
        lines = nquads_lines(g, self.iris.entities_graph())
        self.report.triples += len(lines)
        self.report.counts = {"articles": self.report.articles, "skipped": len(self.report.skipped),
                              "entities": len(self.table.entities), **self.totals}
        self.report.times["shared"] = time.perf_counter() - t
        return lines


# ---------------------------------------------------------------------------------------------------------------
# the streaming build


def build_nquads(paths: Iterable[Path], out: Path, *, base: str = DEFAULT_BASE, workers: int = 1,
                 max_bytes: int = 20_000_000, validate: bool = True, progress: bool = False,
                 time_budget: float | None = None) -> StreamReport:
    """Build `out` (N-Quads) article by article. The file appears (atomically) only if everything conforms, or
    with validate=False; otherwise report.violations says why and nothing is written."""
    from kg.build import split_name_clashes

    start = time.perf_counter()
    items, clashes = split_name_clashes(paths)
    out = Path(out)
    opts = Options.here(max_bytes=max_bytes, base=base, validate=validate, time_budget=time_budget)
    merger = Merger(base, validate)
    merger.report.skipped.extend(clashes)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            jobs = [(b, opts) for b in batches(items)]
            write = 0.0
            with _progress(len(items), progress) as tick:
                for outcomes in imap_ordered(_process_batch, jobs, workers):
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
        from kg.interrupt import check

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


def summary(report: StreamReport, rows: int = 30, table_limit: int = 2_000_000) -> str:
    """The text kg build prints after a streaming build; the who-said-what table is read back from the file
    (skipped above `table_limit` triples, where loading it would cost more than the build's memory)."""
    c = report.counts
    verdict = ("conforms to ontology/shapes.ttl (each article graph with its entities, then the shared graph)"
               if report.validated else "not checked (--no-validate)")
    lines = [f"Built {report.out}: {report.triples} triples from {c.get('articles', 0)} articles"
             + (f" ({c['skipped']} skipped)" if c.get("skipped") else ""),
             f"  entities {c.get('entities', 0)}  mentions {c.get('mentions', 0)}  statements "
             f"{c.get('statements', 0)}  actions {c.get('actions', 0)}  figures {c.get('figures', 0)}",
             f"  SHACL: {verdict}",
             "  seconds per stage: " + "  ".join(f"{k} {report.times[k]:.1f}" for k in STAGES if k in report.times)]
    if report.out is not None and report.out.is_dir():
        lines.append(f"  shards: {report.out}/manifest.json lists them in order; bulk-load them into any store")
        return "\n".join(lines)
    if report.out is None or report.triples > table_limit:
        if report.out is not None:
            lines.append(f"\n(kg query queries/who_said_what_when.rq --data {report.out} lists who said what, when)")
        return "\n".join(lines)
    import pyoxigraph as ox

    from kg.query import labels, render, run
    from kg.resources import queries_path

    store = ox.Store()
    store.bulk_load(path=str(report.out), format=ox.RdfFormat.N_QUADS)
    names, result = run(store, queries_path("who_said_what_when.rq").read_text(encoding="utf-8"))
    keep = ["date", "speaker", "kind", "text", "doc"]
    lines += ["", "Who said what, when:",
              render(keep, [{k: r[k] for k in keep} for r in result[:rows]], "table", labels(store), width=70)]
    if len(result) > rows:
        lines.append(f"... {len(result) - rows} more (kg query queries/who_said_what_when.rq --data {report.out})")
    return "\n".join(lines)


def print_streaming_outcome(report: StreamReport, quiet: bool, rows: int) -> int:
    """Messages and exit code of a streaming or distributed `kg build`."""
    from kg.cli import EXIT_INVALID, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for s in report.skipped:
        print(f"skipped: {s}", file=sys.stderr)
    if not report.articles:
        print("kg build: nothing could be read; no output written", file=sys.stderr)
        return EXIT_USAGE
    if not report.conforms:
        print("kg build: the built graph does not conform to ontology/shapes.ttl; nothing written.\n"
              + "\n".join(report.violations), file=sys.stderr)
        return EXIT_INVALID
    if not quiet:
        print(summary(report, rows))
    return EXIT_SKIPPED if report.skipped else EXIT_OK
