"""Python API for notebooks.

    import kg.api as kg
    ds = kg.build(["seeds/"])                        # rdflib.Dataset: a named graph per article + entities
    g = kg.to_graph({"a.txt": "قال الرئيس ..."})      # rdflib.Graph: the union
    df = kg.query_df("who_said_what_when", ds)        # pandas.DataFrame, with <var>_label columns for IRIs
    df = kg.query_df("figure_changes", "store/", measure="kgo:killed")
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.run.memory import BuildReport
from kg.vocab import DEFAULT_BASE, XSD_INTEGERS

if TYPE_CHECKING:
    import pandas as pd

Inputs = Mapping[str, str] | str | Path | Iterable[str | Path]
_XSD = "http://www.w3.org/2001/XMLSchema#"
_FLOATS = {_XSD + n for n in ("decimal", "double", "float")}


def build_with_report(inputs: Inputs, base: str = DEFAULT_BASE) -> tuple[Dataset, BuildReport]:
    """Like `build`, and the BuildReport (counts, skipped files, warnings)."""
    from kg.read import iter_inputs
    from kg.run.memory import build_dataset, build_from_texts, extract_all

    if isinstance(inputs, Mapping):
        return build_from_texts(dict(inputs), base)
    paths = [Path(inputs)] if isinstance(inputs, str | Path) else [Path(p) for p in inputs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such file or folder: {', '.join(missing)}")
    report = extract_all(iter_inputs(paths))
    for s in report.skipped:
        warnings.warn(f"skipped: {s}", stacklevel=3)
    if not report.results:
        raise ValueError("no article could be read from the inputs")
    return build_dataset(report.results, base), report


def build(inputs: Inputs, base: str = DEFAULT_BASE) -> Dataset:
    """The knowledge graph of some articles: `inputs` is a list of files/folders (or one), or a dict
    {file name: article text}. One named graph per article plus the shared entity graph."""
    return build_with_report(inputs, base)[0]


def to_graph(inputs: Inputs | Dataset, base: str = DEFAULT_BASE) -> Graph:
    """The union of all graphs, as one rdflib.Graph (inputs as for `build`, or an already built Dataset)."""
    from kg.rdf.serialize import union_graph

    return union_graph(inputs if isinstance(inputs, Dataset) else build(inputs, base))


def _query_text(query: str | Path) -> str:
    from kg.resources import queries_path

    if isinstance(query, Path):
        return query.read_text(encoding="utf-8")
    if "{" in query:
        return query
    for cand in (Path(query), queries_path(query if query.endswith(".rq") else query + ".rq")):
        if cand.is_file():
            return cand.read_text(encoding="utf-8")
    raise FileNotFoundError(f"{query!r} is neither SPARQL text, a .rq file nor a query in queries/")


def open_store(data: Any) -> ox.Store:
    """A pyoxigraph store over `data`: an rdflib Dataset or Graph, a KGStore, a pyoxigraph Store, or a path to a
    graph file or a store folder (opened read-only)."""
    from kg.query import open_data
    from kg.rdf.serialize import to_bytes
    from kg.run.store import KGStore

    if isinstance(data, ox.Store):
        return data
    if isinstance(data, KGStore):
        return data.oxigraph
    if isinstance(data, str | Path):
        return open_data(Path(data))
    store = ox.Store()
    if isinstance(data, Dataset):
        store.load(to_bytes(data, "nquads"), format=ox.RdfFormat.N_QUADS)
    elif isinstance(data, Graph):
        store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    else:
        raise TypeError(f"cannot query a {type(data).__name__}")
    return store


def _term(name: str, value: Any) -> ox.NamedNode | ox.Literal:
    from rdflib import Literal, URIRef

    from kg.query import PREFIXES, parse_binding

    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, Literal):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)) if value.datatype else None)
    if isinstance(value, bool | int | float):
        return ox.Literal(value)
    return parse_binding(f"{name}={value}", PREFIXES)[1]


def _py(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in XSD_INTEGERS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if dt == _XSD + "boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def query_df(query: str | Path, data: Any, **bindings: Any) -> pd.DataFrame:
    """Run a SPARQL SELECT (text, a .rq file, or the name of a query in queries/, e.g. "who_said_what_when")
    on `data` (see `open_store`) and return a DataFrame. Keyword arguments bind query variables
    (IRIs, prefixed names such as kgo:killed, or literals). Each IRI column that has labels gets a
    `<column>_label` column beside it (English label, else Arabic)."""
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError("query_df needs pandas: pip install 'kg[notebook]' (or pip install pandas)") from exc
    from kg.query import labels, run

    store = open_store(data)
    names, rows = run(store, _query_text(query), {k: _term(k, v) for k, v in bindings.items()})
    names_of = labels(store)
    cols: dict[str, list[Any]] = {}
    for n in names:
        cols[n] = [_py(r[n]) for r in rows]
        iris = [r[n] for r in rows]
        if any(isinstance(t, ox.NamedNode) and t.value in names_of for t in iris) and f"{n}_label" not in names:
            cols[f"{n}_label"] = [names_of.get(t.value) if isinstance(t, ox.NamedNode) else None for t in iris]
    return pd.DataFrame(cols, columns=list(cols))
