"""SHACL validation of N articles three ways; run by bench/run.py in its own process, prints one JSON object.

    python -m bench.shacl_compare INPUT_DIR

- per article: each article's graph with the descriptions of the entities it uses, one pyshacl run each;
- per batch: kg.parallel's way (BATCH articles per run, as `kg build --out FILE.nq` and the dask shards do);
- whole graph: kg.rdf.writer.build_dataset of all articles, one run (as `kg build --out FILE.ttl` does);
- engines: the same whole graph (its union) through pyshacl and pyshacl-turbo with their defaults (no SHACL-AF, no
  option at all: the shapes are core SHACL), and through kg.validate (the shapes plus kg's own span-length check).
  The verdicts must agree.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    args = ap.parse_args(argv)

    from rdflib import Graph

    from kg.build import extract_all
    from kg.parallel import BATCH, batches, entity_graph
    from kg.rdf.writer import IRIs, article_graph
    from kg.reader import iter_inputs
    from kg.run.memory import build_dataset
    from kg.validate import validate

    results = extract_all(iter_inputs([args.input])).results
    iris = IRIs()
    validate(Graph())  # parse the shapes once, outside the timings

    def run(groups: list[list]) -> tuple[float, int, bool]:
        t = time.perf_counter()
        triples, ok = 0, True
        for group in groups:
            g = Graph()
            for r in group:
                for triple in article_graph(r, iris):
                    g.add(triple)
            for triple in entity_graph([e for r in group for e in r.entities.values()], iris):
                g.add(triple)
            triples += len(g)
            ok = validate(g).conforms and ok
        return time.perf_counter() - t, triples, ok

    per_article = run([[r] for r in results])
    per_batch = run(batches(results, BATCH))
    t = time.perf_counter()
    ds = build_dataset(results)
    whole_triples = len(ds)
    whole_ok = validate(ds).conforms
    whole = time.perf_counter() - t
    n = len(results)
    engines = compare_engines(ds)

    def row(seconds: float, triples: int, ok: bool) -> dict:
        return {"seconds": seconds, "ms_per_article": 1000 * seconds / n, "triples": triples,
                "ms_per_1000_triples": 1000 * seconds / triples * 1000, "conforms": ok}

    print(json.dumps({"articles": n, "batch": BATCH, "per_article": row(*per_article), "per_batch": row(*per_batch),
                      "whole_graph": row(whole, whole_triples, whole_ok), "engines": engines}))
    return 0


def compare_engines(ds) -> dict:
    """{engine: {"seconds", "conforms"}} on the union of `ds`, each validator with its default options."""
    import pyshacl

    from kg.validate import _as_graph, shapes_graph, span_length_violations, validate

    graph = _as_graph(ds)
    out: dict = {"triples": len(graph)}
    engines = {"pyshacl": pyshacl.validate}
    try:
        import pyshacl_turbo

        engines["pyshacl-turbo"] = pyshacl_turbo.validate
    except ImportError:  # optional
        pass
    for name, fn in engines.items():
        t = time.perf_counter()
        conforms = fn(graph, shacl_graph=shapes_graph())[0]
        out[name] = {"seconds": time.perf_counter() - t, "conforms": bool(conforms)}
    t = time.perf_counter()
    spans_ok = not span_length_violations(graph)
    out["kg span-length check"] = {"seconds": time.perf_counter() - t, "conforms": spans_ok}
    t = time.perf_counter()
    conforms = validate(graph).conforms
    out["kg.validate"] = {"seconds": time.perf_counter() - t, "conforms": conforms}
    return out


if __name__ == "__main__":
    raise SystemExit(main())
