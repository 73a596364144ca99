"""kg report --data GRAPH [-o report.html] [--title TITLE]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kg.formats import SUFFIXES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write one self-contained HTML report (timeline, network, figures, entities)")
    p.add_argument("--data", type=Path, required=True, help=f"graph file ({SUFFIXES}) or store dir")
    p.add_argument("--out", "-o", type=Path, default=Path("report.html"), help="the HTML file to write")
    p.add_argument("--title", default="kg report", help="title of the page")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.query import open_data
    from kg.report import write_report

    try:
        store = open_data(args.data)
    except (OSError, ValueError, SyntaxError) as exc:
        print(f"kg report: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        out = write_report(store, args.out, title=args.title, source=args.data.name)
    except (SyntaxError, ValueError) as exc:
        print(f"kg report: a query failed: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except OSError as exc:
        print(f"kg report: cannot write {args.out}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK
