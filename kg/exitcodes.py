"""Exit codes of the `kg` commands, here so that library code that reports an outcome needs no CLI import."""

from __future__ import annotations

EXIT_OK = 0  # success
EXIT_INVALID = 1  # the graph failed validation, a query failed, a server refused a graph
EXIT_USAGE = 2  # usage or input error
EXIT_SKIPPED = 3  # built, but some inputs were skipped
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
