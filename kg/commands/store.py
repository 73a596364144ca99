"""kg store list|remove DOC...|dump FILE --store DIR"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.exitcodes import EXIT_OK, EXIT_USAGE


def register(sub: argparse._SubParsersAction) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store folder (kg build --store)")
    p = sub.add_parser("store", help="list, remove or dump the articles of a persistent store")
    actions = p.add_subparsers(dest="action", required=True)
    actions.add_parser("list", parents=[common], help="the stored articles, one file name a line")
    rm = actions.add_parser("remove", parents=[common],
                            help="remove articles, and the entities that only they mentioned")
    rm.add_argument("docs", nargs="+", metavar="DOC", help="file name of the article, as `kg store list` shows it")
    dump = actions.add_parser("dump", parents=[common], help="write every public graph to an N-Quads file")
    dump.add_argument("file", type=Path, help="output file (.nq)")
    dump.add_argument("--no-ontology", action="store_true", help="leave the ontology graph out")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.run.store import KGStore, StoreError

    if not args.store.is_dir():
        print(f"kg store: no store at {args.store}", file=sys.stderr)
        return EXIT_USAGE
    if args.action == "dump" and args.file.suffix.lower() != ".nq":
        print("kg store dump: the output is N-Quads; name the file *.nq", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = KGStore(args.store, read_only=args.action != "remove")
    except (StoreError, OSError) as exc:
        print(f"kg store: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with store:
        if args.action == "list":
            for doc in store.articles():
                print(doc)
            return EXIT_OK
        if args.action == "dump":
            n = store.dump(args.file, include_ontology=not args.no_ontology)
            print(f"wrote {n} quads to {args.file}", file=sys.stderr)
            return EXIT_OK
        missing = [d for d in args.docs if not store.remove_article(d)]
        for d in missing:
            print(f"kg store remove: {d} is not in the store", file=sys.stderr)
        return EXIT_USAGE if missing else EXIT_OK
