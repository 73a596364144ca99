"""Articles whose own graph breaks the shapes are set aside, with the reason, so that one bad fact does not withhold
the output of a build of thousands (a graph is still written only when everything written conforms)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

# lines of the SHACL report kept in the skip message (the first few say which node and shape)
REPORT_LINES = 6


def set_aside(items: Sequence[T], check: Callable[[Sequence[T]], str | None]) -> tuple[list[T], list[tuple[T, str]],
                                                                                     str | None]:
    """`check` returns None when the graph of the given items conforms, else the report. When the items fail
    together, each is checked alone and those that fail alone are set aside. Returns what is kept, what is set
    aside with its own report, and the verdict on what is kept: it can still fail when articles clash only
    together (then nothing is set aside and the caller refuses to write, as before)."""
    verdict = check(items)
    if verdict is None:
        return list(items), [], None
    alone = [(it, check([it]) if len(items) > 1 else verdict) for it in items]
    bad = [(it, report) for it, report in alone if report]
    if not bad:
        return list(items), [], verdict
    kept = [it for it, report in alone if not report]
    return kept, bad, check(kept) if kept else None


def skip_reason(doc: str, report: str) -> str:
    """The "file: why" line of an article set aside."""
    lines = report.strip().splitlines()
    more = f"\n  ... {len(lines) - REPORT_LINES} more lines" if len(lines) > REPORT_LINES else ""
    shown = "\n".join(f"  {line}" for line in lines[:REPORT_LINES])
    return (f"{doc}: its graph does not conform to ontology/shapes.ttl (a fact kg made is malformed); the article "
            f"is left out of the output, please report it:\n{shown}{more}")
