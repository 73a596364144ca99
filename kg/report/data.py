"""The report's data: the rows of the project's own SPARQL files in `queries/`, run on the graph as they are, so
that what a panel shows is exactly what a query returns."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.query import labels, run
from kg.resources import queries_path

# panel key -> the query file whose rows it shows
QUERIES: dict[str, str] = {
    "statements": "who_said_what_when.rq",  # timeline
    "actions": "actions.rq",  # network of actors
    "figures": "figure_changes.rq",  # one chart per measure
    "entities": "entities.rq",  # entity index
}
# Only used for the publication date of each article (the timeline's fallback date); not shown as a panel.
PUBLISHED_QUERIES: tuple[str, ...] = ("statements_by_speaker.rq", "figure_changes.rq")

Row = dict[str, str | None]


def term_value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    """An IRI or a literal's lexical form; None for an unbound variable."""
    return None if term is None else term.value


def run_file(store: ox.Store, name: str) -> dict[str, Any]:
    """{"query": name, "columns": [...], "rows": [{column: value}]} for one file of `queries/`."""
    text = queries_path(name).read_text(encoding="utf-8")
    columns, rows = run(store, text)
    return {"query": name, "columns": columns,
            "rows": [{c: term_value(r[c]) for c in columns} for r in rows]}


def published_dates(results: list[dict[str, Any]]) -> dict[str, str]:
    """doc -> publication date, from any query rows that carry both ?doc and ?published."""
    out: dict[str, str] = {}
    for result in results:
        for row in result["rows"]:
            doc, published = row.get("doc"), row.get("published")
            if doc and published:
                out.setdefault(doc, published)
    return out


def _iris(results: dict[str, dict[str, Any]]) -> set[str]:
    return {v for res in results.values() for row in res["rows"] for v in row.values()
            if v and v.startswith(("http://", "https://", "urn:"))}


def collect(store: ox.Store) -> dict[str, Any]:
    """Everything the page needs: the rows of every panel's query, the publication date of each article and the
    labels (English, else Arabic) of the IRIs that appear in those rows."""
    results = {key: run_file(store, name) for key, name in QUERIES.items()}
    extra = [results["figures"] if name == QUERIES["figures"] else run_file(store, name)
             for name in PUBLISHED_QUERIES]
    used = _iris(results)
    names = {iri: label for iri, label in labels(store).items() if iri in used}
    articles = {doc: {"published": date} for doc, date in sorted(published_dates(extra).items())}
    return {"queries": results, "articles": articles, "labels": names,
            "publishedFrom": list(PUBLISHED_QUERIES)}
