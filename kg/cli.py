"""Command line: kg build | query | evaluate | ... (each subcommand lives in kg/commands/)."""

from __future__ import annotations

import argparse
import importlib
import sys

# Exit codes: 0 success; 1 the graph failed validation or a query failed; 2 usage or input error;
# 3 built, but some inputs were skipped.
EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

COMMANDS = ("build", "query", "evaluate", "store", "load", "serve", "report", "sample")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Knowledge graphs from Arabic news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"kg.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kg.commands.{name}":
                raise
            continue
        module.register(sub)
    args = parser.parse_args(argv)
    from kg.interrupt import install

    install()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted; earlier output is left as it was", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
