"""kg build INPUT... --out FILE"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli import EXIT_INVALID, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from kg.limits import DEFAULT_TIME_BUDGET
from kg.vocab import DEFAULT_BASE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="build the knowledge graph from article files or folders")
    p.add_argument("inputs", nargs="+", type=Path, help="article files (.txt, .html) or folders of them")
    p.add_argument("--out", "-o", type=Path, default=None,
                   help="output file; the format follows the extension: .ttl .nt .trig .nq .jsonld "
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


def run(args: argparse.Namespace) -> int:
    from kg.build import extract_all, split_name_clashes
    from kg.rdf.serialize import format_for, to_bytes, write_atomic
    from kg.rdf.writer import build_dataset
    from kg.reader import iter_inputs

    if args.ner == "model":  # set before any worker starts: Options.here() hands it to every worker
        from kg.pipeline import EXTRA_RECOGNIZERS

        EXTRA_RECOGNIZERS.add("model")
    if args.dask is not None or args.shards is not None:  # one shard per article, on a dask cluster
        from kg.distributed import run_build

        return run_build(args)
    if args.ner == "camel":
        from kg.pipeline import EXTRA_RECOGNIZERS
        from kg.text.camel import ner_available

        if not ner_available():
            print("kg build: --ner camel needs camel-tools' NER data (camel_data -i ner-arabert, or set "
                  "CAMELTOOLS_DATA); it is not installed here", file=sys.stderr)
            return EXIT_USAGE
        EXTRA_RECOGNIZERS.add("camel")
    if args.workers < 1:
        print("kg build: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.out is None and args.store is None:
        args.out = Path("kg.ttl")
    try:
        fmt = format_for(args.out) if args.out is not None else None
    except ValueError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return EXIT_USAGE
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"kg build: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    paths = iter_inputs(args.inputs)
    if not paths:
        print("kg build: no article files (.txt, .html) in the inputs", file=sys.stderr)
        return EXIT_USAGE
    paths, clashes = split_name_clashes(paths)  # two inputs that would share one article graph
    store = None
    if args.store is not None:  # opened first: a store in use or built with another --base fails fast
        from kg.store import KGStore, StoreError

        try:
            store = KGStore(args.store, args.base)
        except StoreError as exc:
            print(f"kg build: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if fmt == "nquads" and store is None:  # streaming: article graphs go to the file as they are made
        from kg.parallel import build_nquads, print_streaming_outcome

        streamed = build_nquads(paths, args.out, base=args.base, workers=args.workers, max_bytes=args.max_bytes,
                                validate=not args.no_validate, progress=not args.quiet, time_budget=args.time_budget)
        streamed.skipped[:0] = clashes
        return print_streaming_outcome(streamed, args.quiet, args.rows)
    if args.workers > 1:
        from kg.parallel import extract_parallel

        report = extract_parallel(paths, args.workers, args.max_bytes, progress=not args.quiet,
                                  time_budget=args.time_budget)
    else:
        report = extract_all(paths, max_bytes=args.max_bytes, progress=not args.quiet,
                             time_budget=args.time_budget)
    report.skipped[:0] = clashes
    for w in report.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for s in report.skipped:
        print(f"skipped: {s}", file=sys.stderr)
    if not report.results:
        print("kg build: nothing could be read; no output written", file=sys.stderr)
        return EXIT_USAGE
    ds = build_dataset(report.results, args.base)
    verdict = "not checked (--no-validate)"
    if not args.no_validate:
        from kg.validate import validate

        result = validate(ds)
        if not result.conforms:
            print("kg build: the built graph does not conform to ontology/shapes.ttl; nothing written.\n"
                  + result.report_text, file=sys.stderr)
            return EXIT_INVALID
        verdict = "conforms to ontology/shapes.ttl"
    if args.out is not None:
        data = to_bytes(ds, fmt)
        from kg.interrupt import check

        check()  # never publish the output of an interrupted build
        write_atomic(args.out, data)
    if store is not None:
        store.put_results(report.results)
        store.close()
    if not args.quiet:
        print(summary(report, ds, verdict, args.out or args.store, args.rows))
    return EXIT_SKIPPED if report.skipped else EXIT_OK


def summary(report, ds, verdict: str, out: Path, rows: int) -> str:
    import pyoxigraph as ox

    from kg.query import labels, render, run
    from kg.rdf.serialize import to_bytes
    from kg.resources import queries_path

    c = report.counts()
    store = ox.Store()
    store.load(to_bytes(ds, "nquads"), format=ox.RdfFormat.N_QUADS)
    lines = [f"Built {out}: {len(ds)} triples from {c['articles']} articles"
             + (f" ({c['skipped']} skipped)" if c["skipped"] else ""),
             f"  entities {c['entities']}  mentions {c['mentions']}  statements {c['statements']}  "
             f"actions {c['actions']}  figures {c['figures']}",
             f"  SHACL: {verdict}", "", "Who said what, when:"]
    names, result = run(store, queries_path("who_said_what_when.rq").read_text(encoding="utf-8"))
    keep = ["date", "speaker", "kind", "text", "doc"]
    shown = [{k: r[k] for k in keep} for r in result[:rows]]
    lines.append(render(keep, shown, "table", labels(store), width=70))
    if len(result) > rows:
        lines.append(f"... {len(result) - rows} more (kg query queries/who_said_what_when.rq --data {out})")
    return "\n".join(lines)
