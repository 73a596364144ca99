"""kg evaluate --gold DIR --data GRAPH"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.exitcodes import EXIT_OK, EXIT_USAGE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="score a built graph against gold annotations (JSON, one file per article)")
    p.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    p.add_argument("--data", type=Path, required=True, help="built graph file or store folder")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.evaluate import render, score

    if not args.gold.is_dir() or not any(args.gold.glob("*.json")):
        print(f"kg evaluate: no gold JSON files in {args.gold}", file=sys.stderr)
        return EXIT_USAGE
    result = score(args.gold, args.data)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return EXIT_OK
