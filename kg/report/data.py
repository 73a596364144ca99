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
    """doc -> publication date as stated (sidecar, HTML metadata, dateline): rows with ?doc and ?published."""
    return _dates_of(results, "published")


def inferred_publication_dates(results: list[dict[str, Any]]) -> dict[str, str]:
    """doc -> publication date kg guessed from the dates the text mentions (?publishedInferred)."""
    return _dates_of(results, "publishedInferred")


def _dates_of(results: list[dict[str, Any]], column: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for result in results:
        for row in result["rows"]:
            doc, day = row.get("doc"), row.get(column)
            if doc and day:
                out.setdefault(doc, day)
    return out


def article_dates(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """doc -> {"published": day} for a stated date, {"published": day, "inferred": True} for a guessed one."""
    out: dict[str, dict[str, Any]] = {doc: {"published": day, "inferred": True}
                                      for doc, day in inferred_publication_dates(results).items()}
    out.update({doc: {"published": day} for doc, day in published_dates(results).items()})
    return dict(sorted(out.items()))


def _iris(results: dict[str, dict[str, Any]]) -> set[str]:
    return {v for res in results.values() for row in res["rows"] for v in row.values()
            if v and v.startswith(("http://", "https://", "urn:"))}


def collect(store: ox.Store) -> dict[str, Any]:
    """Everything the page needs: the rows of every panel's query, the publication date of each article (stated,
    or inferred and flagged so) and the labels (English, else Arabic) of the IRIs that appear in those rows."""
    results = {key: run_file(store, name) for key, name in QUERIES.items()}
    extra = [results["figures"] if name == QUERIES["figures"] else run_file(store, name)
             for name in PUBLISHED_QUERIES]
    used = _iris(results)
    names = {iri: label for iri, label in labels(store).items() if iri in used}
    articles = article_dates(extra)
    return {"queries": results, "articles": articles, "labels": names,
            "publishedFrom": list(PUBLISHED_QUERIES)}
