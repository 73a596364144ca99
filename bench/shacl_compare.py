"""SHACL validation of N articles three ways; run by bench/run.py in its own process, prints one JSON object.

    python -m bench.shacl_compare INPUT_DIR

- per article: each article's graph with the descriptions of the entities it uses, one pyshacl run each;
- per batch: kg.parallel's way (BATCH articles per run, as `kg build --out FILE.nq` and the dask shards do);
- whole graph: kg.rdf.writer.build_dataset of all articles, one run (as `kg build --out FILE.ttl` does).
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
    from kg.rdf.writer import IRIs, article_graph, build_dataset
    from kg.reader import iter_inputs
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

    def row(seconds: float, triples: int, ok: bool) -> dict:
        return {"seconds": seconds, "ms_per_article": 1000 * seconds / n, "triples": triples,
                "ms_per_1000_triples": 1000 * seconds / triples * 1000, "conforms": ok}

    print(json.dumps({"articles": n, "batch": BATCH, "per_article": row(*per_article), "per_batch": row(*per_batch),
                      "whole_graph": row(whole, whole_triples, whole_ok)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
