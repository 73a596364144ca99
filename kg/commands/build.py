"""kg build INPUT... --out FILE"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from kg.formats import SUFFIXES
from kg.rdf.serialize import format_for, to_bytes, write_atomic
from kg.run.limits import DEFAULT_TIME_BUDGET
from kg.vocab import DEFAULT_BASE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="build the knowledge graph from article files or folders")
    p.add_argument("inputs", nargs="+", type=Path, help="article files (.txt, .html) or folders of them")
    p.add_argument("--out", "-o", type=Path, default=None,
                   help=f"output file; the format follows the extension: {SUFFIXES} "
                        "(default kg.ttl, or none when --store is given)")
    p.add_argument("--store", type=Path, default=None, metavar="DIR",
                   help="also (or, without --out, only) write into this persistent Oxigraph store folder: each "
                        "article replaces its own named graph, one transaction per article")
    p.add_argument("--base", default=DEFAULT_BASE, help="base IRI under which entities and facts are minted")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation of the built graph")
    p.add_argument("--ner", choices=("none", "model", "camel", "kg"), default="none",
                   help="none (default, or kg): kg's rules and gazetteer only; model: plus its statistical NER "
                        "(spaCy, trained on NewsFANE) where the rules found nothing; camel: plus camel-tools' NER "
                        "(needs its data)")
    p.add_argument("--max-bytes", type=int, default=20_000_000, help="skip articles larger than this")
    p.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                   help="skip an article whose reading and extraction take longer than this (0: no limit; "
                        f"default {DEFAULT_TIME_BUDGET:g})")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    p.add_argument("--rows", type=int, default=30, help="rows of the who-said-what-when table in the summary")
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="extract on N processes (the output is byte-identical to one process); with an .nq "
                        "output each worker also builds, validates and serializes its articles")
    p.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="run on this dask.distributed scheduler (e.g. tcp://10.0.0.5:8786); needs --shards")
    p.add_argument("--shards", type=Path, default=None, metavar="DIR",
                   help="write one N-Quads shard per article plus one for the shared entity graph into DIR "
                        "(a folder every dask worker can write to), for a store to bulk-load")
    p.set_defaults(func=run)


def _usage(msg: str) -> int:
    print(f"kg build: {msg}", file=sys.stderr)
    return EXIT_USAGE


def _recognizers(args: argparse.Namespace) -> str | None:
    """Switch on the extra recognizers before any worker starts (BuildConfig.here() hands them to every worker);
    a message when one cannot run here."""
    from kg.pipeline import EXTRA_RECOGNIZERS

    if args.ner == "model":
        from kg.extract.statistical_ner import spacy_installed

        if not spacy_installed():
            return "--ner model needs spaCy (pip install 'kg[ner]'); it is not installed here"
        EXTRA_RECOGNIZERS.add("model")
    if args.ner == "camel":
        from kg.text.camel import ner_available

        if not ner_available():
            return ("--ner camel needs camel-tools' NER data (camel_data -i ner-arabert, or set "
                    "CAMELTOOLS_DATA); it is not installed here")
        EXTRA_RECOGNIZERS.add("camel")
    return None


def run(args: argparse.Namespace) -> int:
    from kg.read import InputError, iter_inputs
    from kg.run.config import BuildConfig

    sharded = args.dask is not None or args.shards is not None
    if sharded and args.shards is None:
        return _usage("--dask writes shards: give --shards DIR")
    if sharded and (args.out is not None or args.store is not None):
        return _usage("--shards writes its own files; it cannot be combined with --out or --store")
    problem = _recognizers(args)
    if problem:
        return _usage(problem)
    if args.workers < 1:
        return _usage("--workers must be at least 1")
    if not sharded and args.out is None and args.store is None:
        args.out = Path("kg.ttl")
    try:
        fmt = format_for(args.out) if args.out is not None else None
    except ValueError as exc:
        return _usage(str(exc))
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        return _usage(f"no such file or folder: {', '.join(missing)}")
    try:
        paths = iter_inputs(args.inputs)
    except InputError as exc:
        return _usage(str(exc))
    if not paths:
        return _usage("no article files (.txt, .html) in the inputs")
    config = BuildConfig.here(base=args.base, max_bytes=args.max_bytes, validate=not args.no_validate,
                              time_budget=args.time_budget, workers=args.workers, progress=not args.quiet)
    if sharded:
        return _shards(args, paths, config)
    if fmt == "nquads" and args.store is None:  # streaming: article graphs go to the file as they are made
        from kg.run.stream import stream_nquads

        return _streamed(stream_nquads(paths, args.out, config), args)
    return _in_memory(args, paths, config, fmt)


def _shards(args: argparse.Namespace, paths: list[Path], config) -> int:
    from kg.run.shards import ShardsError, connect, write_shards

    client = None
    if args.dask is not None:
        try:
            client = connect(args.dask)
        except (OSError, TimeoutError, ValueError) as exc:
            return _usage(f"cannot reach the dask scheduler {args.dask}: {exc}")
    try:
        report = write_shards(paths, args.shards, config, client)
    except ShardsError as exc:
        return _usage(str(exc))
    finally:
        if client is not None:
            cluster = client.cluster if args.dask.startswith("local") else None
            client.close()
            if cluster is not None:
                cluster.close()
    return _streamed(report, args)


def _in_memory(args: argparse.Namespace, paths: list[Path], config, fmt: str | None) -> int:
    from kg.run.memory import build_dataset, extract_with

    store = None
    if args.store is not None:  # opened first: a store in use or built with another --base fails fast
        from kg.run.store import KGStore, StoreError

        try:
            store = KGStore(args.store, args.base)
        except StoreError as exc:
            return _usage(str(exc))
    report = extract_with(paths, config)
    verdict = "not checked (--no-validate)"
    problem, ds = None, None
    if config.validate and report.results:
        problem, ds = _set_aside_nonconforming(report, args.base)
        verdict = "conforms to ontology/shapes.ttl"
    _print_notes(report.warnings, report.skipped)
    if problem is not None:
        print("kg build: the built graph does not conform to ontology/shapes.ttl; nothing written.\n" + problem,
              file=sys.stderr)
        return EXIT_INVALID
    if not report.results:
        print("kg build: nothing could be read; no output written", file=sys.stderr)
        return EXIT_USAGE
    if ds is None:
        ds = build_dataset(report.results, args.base)
    if args.out is not None:
        data = to_bytes(ds, fmt)
        from kg.run.interrupt import check

        check()  # never publish the output of an interrupted build
        write_atomic(args.out, data)
    if store is not None:
        store.put_results(report.results)
        store.close()
    if not args.quiet:
        print(summary(report, ds, verdict, args.out or args.store, args.rows))
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def _set_aside_nonconforming(report, base: str):
    """Validate the results' graph; an article whose own graph does not conform moves from report.results to
    report.skipped (kg.run.quarantine). Returns the report when what is left still does not conform (else None)
    and the dataset of what is left, when it was built."""
    from kg.run.memory import build_dataset
    from kg.run.quarantine import set_aside, skip_reason
    from kg.validate import validate

    built: dict[tuple[int, ...], object] = {}

    def check(results) -> str | None:
        ds = built[tuple(map(id, results))] = build_dataset(results, base)
        result = validate(ds)
        return None if result.conforms else result.report_text

    kept, aside, problem = set_aside(report.results, check)
    report.results = kept
    report.skipped.extend(skip_reason(r.article.doc, why) for r, why in aside)
    return problem, built.get(tuple(map(id, kept)))


def _print_notes(warnings: list[str], skipped: list[str]) -> None:
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for s in skipped:
        print(f"skipped: {s}", file=sys.stderr)


def _who_said_what(store, out: Path, rows: int) -> list[str]:
    """The who-said-what-when table of the summary."""
    from kg.query import labels, render
    from kg.query import run as run_query
    from kg.resources import queries_path

    names, result = run_query(store, queries_path("who_said_what_when.rq").read_text(encoding="utf-8"))
    keep = ["date", "speaker", "kind", "text", "doc"]
    lines = ["", "Who said what, when:",
             render(keep, [{k: r[k] for k in keep} for r in result[:rows]], "table", labels(store), width=70)]
    if len(result) > rows:
        lines.append(f"... {len(result) - rows} more (kg query queries/who_said_what_when.rq --data {out})")
    return lines


def _head(out: Path, triples: int, c: dict[str, int], verdict: str) -> list[str]:
    return [f"Built {out}: {triples} triples from {c.get('articles', 0)} articles"
            + (f" ({c['skipped']} skipped)" if c.get("skipped") else ""),
            f"  entities {c.get('entities', 0)}  mentions {c.get('mentions', 0)}  statements "
            f"{c.get('statements', 0)}  actions {c.get('actions', 0)}  figures {c.get('figures', 0)}",
            f"  SHACL: {verdict}"]


def summary(report, ds, verdict: str, out: Path, rows: int) -> str:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(to_bytes(ds, "nquads"), format=ox.RdfFormat.N_QUADS)
    return "\n".join(_head(out, len(ds), report.counts(), verdict) + _who_said_what(store, out, rows))


def stream_summary(report, rows: int = 30, table_limit: int = 2_000_000) -> str:
    """The text printed after a streaming or sharded build; the who-said-what table is read back from the file
    (skipped above `table_limit` triples, where loading it would cost more than the build's memory)."""
    from kg.run.stream import STAGES

    verdict = ("conforms to ontology/shapes.ttl (each article graph with its entities, then the shared graph)"
               if report.validated else "not checked (--no-validate)")
    lines = _head(report.out, report.triples, report.counts, verdict)
    lines.append("  seconds per stage: " + "  ".join(f"{k} {report.times[k]:.1f}" for k in STAGES
                                                    if k in report.times))
    if report.out is not None and report.out.is_dir():
        lines.append(f"  shards: {report.out}/manifest.json lists them in order; bulk-load them into any store")
        return "\n".join(lines)
    if report.out is None or report.triples > table_limit:
        if report.out is not None:
            lines.append(f"\n(kg query queries/who_said_what_when.rq --data {report.out} lists who said what, when)")
        return "\n".join(lines)
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(report.out), format=ox.RdfFormat.N_QUADS)
    return "\n".join(lines + _who_said_what(store, report.out, rows))


def _streamed(report, args: argparse.Namespace) -> int:
    """Messages and exit code of a streaming or sharded build."""
    _print_notes(report.warnings, report.skipped)
    if not report.articles:
        print("kg build: nothing could be read; no output written", file=sys.stderr)
        return EXIT_USAGE
    if not report.conforms:
        print("kg build: the built graph does not conform to ontology/shapes.ttl; nothing written.\n"
              + "\n".join(report.violations), file=sys.stderr)
        return EXIT_INVALID
    if not args.quiet:
        print(stream_summary(report, args.rows))
    return EXIT_SKIPPED if report.skipped else EXIT_OK
