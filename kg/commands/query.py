"""kg query FILE --data GRAPH [--bind NAME=VALUE] [--format table|csv|json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kg.formats import SUFFIXES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("query", help="run a SPARQL file on a built graph (file or Oxigraph store folder)")
    p.add_argument("query", type=Path, help="a .rq file, e.g. queries/who_said_what_when.rq")
    p.add_argument("--data", type=Path, required=True, help=f"graph file ({SUFFIXES}) or store dir")
    p.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a query variable to an IRI or literal (kgo:/kg:/plover: prefixes work)")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.query import PREFIXES, labels, open_data, parse_binding, render
    from kg.query import run as run_query

    try:
        text = args.query.read_text(encoding="utf-8")
        bindings = dict(parse_binding(b, PREFIXES) for b in args.bind)
        store = open_data(args.data)
    except (OSError, ValueError) as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        names, rows = run_query(store, text, bindings)
    except (SyntaxError, ValueError, OSError) as exc:
        print(f"kg query: {args.query}: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(render(names, rows, args.format, labels(store)))
    if args.format == "table":
        print(f"({len(rows)} rows)", file=sys.stderr)
    return EXIT_OK
