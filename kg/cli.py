"""Command line: kg build | query | evaluate | ... (each subcommand lives in kg/commands/)."""

from __future__ import annotations

import argparse
import importlib
import sys

from kg.exitcodes import EXIT_INTERRUPTED, EXIT_INVALID, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "main"]  # the codes, for older callers

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
    from kg.run.interrupt import install

    install()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted; earlier output is left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
