"""Latency of each query of queries/ on one graph: Oxigraph (through kg.query.run) and rdflib's own engine.

    python -m bench.queries oxigraph DATA.nq                      # picks the bindings, prints one JSON object
    python -m bench.queries rdflib DATA.nq --bindings JSON --timeout S

Selective queries bind one entity the way `kg query --bind` does (the engine gets a term, never spliced text): the
busiest speaker, actor, pair of actors and organization of the graph (the worst case of their kind), or kgo:killed.
Where kg.query.run cannot bind a variable (Oxigraph substitutes only projected variables), a VALUES clause does.
Full listings run unbound and are also given per 1,000 rows. rdflib runs each query once under a time limit.
Selective rows give the median wall time and the median CPU time of the process (the same unless the cores are
shared).
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import time
from pathlib import Path

from kg.resources import queries_path

KGO = "https://w3id.org/kg-arabic-news/ontology#"

# query file -> (what is bound, {query variable: binding name})
SELECTIVE = {
    "statements_by_speaker.rq": ("one speaker", {"speaker": "speaker"}),
    "who_said_what_when.rq": ("one speaker", {"speaker": "speaker"}),
    "repeated_statements.rq": ("one speaker", {"speaker": "speaker"}),
    "actions.rq": ("one actor", {"actor": "actor"}),
    "actions_between.rq": ("one pair of actors", {"a": "pair_a", "b": "pair_b"}),
    "organization_involvement.rq": ("one organization", {"org": "org"}),
    "entities.rq": ("one organization", {"entity": "org"}),
    "figures.rq": ("one measure", {"measure": "measure"}),
    "figure_changes.rq": ("one measure", {"measure": "measure"}),
}

_BUSIEST = {
    "speaker": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s kgo:speaker ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "actor": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s kgo:actor ?x } GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1",
    "pair": "SELECT ?x ?y (COUNT(*) AS ?n) WHERE { ?s kgo:actor ?x ; kgo:target ?y } GROUP BY ?x ?y "
            "ORDER BY DESC(?n) ?x ?y LIMIT 1",
    "org": "SELECT ?x (COUNT(*) AS ?n) WHERE { ?m kgo:mentionOf ?x . ?x a kgo:Organization } GROUP BY ?x "
           "ORDER BY DESC(?n) ?x LIMIT 1",
}


def query_files() -> list[Path]:
    return sorted(queries_path("who_said_what_when.rq").parent.glob("*.rq"))


def pick_bindings(store) -> dict[str, str]:
    from kg.query import run

    out = {"measure": KGO + "killed"}
    for name, q in _BUSIEST.items():
        _names, rows = run(store, f"PREFIX kgo: <{KGO}>\n{q}")
        if rows:
            if name == "pair":
                out["pair_a"], out["pair_b"] = rows[0]["x"].value, rows[0]["y"].value
            else:
                out[name] = rows[0]["x"].value
    return out


def bindings_for(path: Path, chosen: dict[str, str]) -> tuple[str, dict[str, str]] | None:
    spec = SELECTIVE.get(path.name)
    if spec is None:
        return None
    what, variables = spec
    if not all(chosen.get(b) for b in variables.values()):
        return None
    return what, {var: chosen[b] for var, b in variables.items()}


def with_values(text: str, binds: dict[str, str]) -> str:
    """The query with `VALUES (?v ...) { (<iri> ...) }` first in its WHERE clause: the same solutions as binding the
    variables. Used where kg.query.run cannot bind (Oxigraph substitutes only variables of the SELECT clause)."""
    at = text.index("WHERE {") + len("WHERE {")
    names = " ".join(f"?{k}" for k in binds)
    terms = " ".join(f"<{v}>" for v in binds.values())
    return f"{text[:at]}\n  VALUES ({names}) {{ ({terms}) }}{text[at:]}"


def _row(seconds: float, rows: int) -> dict:
    return {"ms": 1000 * seconds, "rows": rows, "ms_per_1000_rows": 1000 * seconds / rows * 1000 if rows else None}


def oxigraph(data: Path) -> dict:
    import pyoxigraph as ox

    from kg.query import run

    t = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    load = time.perf_counter() - t
    chosen = pick_bindings(store)
    results = {}
    for path in query_files():
        text = path.read_text(encoding="utf-8")
        entry: dict = {}
        runs = []
        for _ in range(2):
            t = time.perf_counter()
            _names, rows = run(store, text)
            runs.append(time.perf_counter() - t)
        entry["full"] = _row(min(runs), len(rows))
        sel = bindings_for(path, chosen)
        if sel:
            what, binds = sel
            terms: dict | None = {k: ox.NamedNode(v) for k, v in binds.items()}
            how, bound_text = "kg.query.run bindings", text
            try:
                run(store, text, terms)  # warm
            except RuntimeError:  # "does not contains variable ?x in its SELECT projection"
                how, bound_text, terms = "VALUES (kg.query.run cannot bind it)", with_values(text, binds), None
                run(store, bound_text)
            runs, cpu = [], []
            for _ in range(5):
                t, c = time.perf_counter(), time.process_time()
                _names, rows = run(store, bound_text, terms)
                runs.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
            # CPU time beside wall time: on a shared machine the wall time also counts the waits for a core
            entry["selective"] = {"bound": what, "how": how, **_row(statistics.median(runs), len(rows)),
                                  "cpu_ms": 1000 * statistics.median(cpu)}
        results[path.name] = entry
    return {"engine": "oxigraph", "triples": len(store), "load_seconds": load, "bindings": chosen,
            "queries": results}


class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout


def rdflib_engine(data: Path, chosen: dict[str, str], timeout: float) -> dict:
    from rdflib import Dataset, URIRef, Variable

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(str(data), format="nquads")
    load = time.perf_counter() - t
    signal.signal(signal.SIGALRM, _alarm)

    def timed(text: str, binds: dict[str, str] | None) -> dict:
        init = {Variable(k): URIRef(v) for k, v in (binds or {}).items()}
        signal.setitimer(signal.ITIMER_REAL, timeout)
        t = time.perf_counter()
        try:
            rows = len(list(ds.query(text, initBindings=init)))
        except _Timeout:
            return {"ms": None, "rows": None, "timed_out_after_s": timeout}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        return _row(time.perf_counter() - t, rows)

    results = {}
    for path in query_files():
        text = path.read_text(encoding="utf-8")
        entry: dict = {}
        sel = bindings_for(path, chosen)
        if sel:
            what, binds = sel
            entry["selective"] = {"bound": what, **timed(text, binds)}
        entry["full"] = timed(text, None)
        results[path.name] = entry
    return {"engine": "rdflib", "triples": len(ds), "load_seconds": load, "timeout_s": timeout,
            "queries": results}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("engine", choices=["oxigraph", "rdflib"])
    ap.add_argument("data", type=Path)
    ap.add_argument("--bindings", default="{}", help="JSON from the oxigraph run (rdflib uses the same entities)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per rdflib query")
    args = ap.parse_args(argv)
    if args.engine == "oxigraph":
        out = oxigraph(args.data)
    else:
        out = rdflib_engine(args.data, json.loads(args.bindings), args.timeout)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
