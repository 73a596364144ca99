"""kg report: one self-contained HTML file that shows the story in a graph (statements, actions, figures,
entities), drawn from the rows of the SPARQL files in `queries/`."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.report.data import QUERIES, collect
from kg.report.page import render

__all__ = ["QUERIES", "build_report", "collect", "render", "write_report"]


def build_report(store: ox.Store, title: str = "kg report", source: str = "") -> str:
    """The HTML text of the report on an Oxigraph store."""
    return render(collect(store), title=title, source=source)


def write_report(store: ox.Store, out: Path, title: str = "kg report", source: str = "") -> Path:
    """Write the report next to its final place first, then move it there (no half-written file)."""
    out = Path(out)
    text = build_report(store, title=title, source=source)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
