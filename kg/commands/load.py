"""kg load --endpoint URL [--graph-per-article] [--data FILE_or_STORE] [--graph IRI]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "load", help="push the graph to a SPARQL server (Graph Store HTTP Protocol, one PUT per graph)",
        description="Credentials are read from the environment only: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD "
                    "(HTTP Basic) or KG_ENDPOINT_TOKEN (Bearer). Exit 1 if the server refuses a graph.")
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph), "
                        "http://localhost:3030/ds/data (Fuseki), http://localhost:7200/repositories/kg/rdf-graphs/"
                        "service (GraphDB)")
    p.add_argument("--data", type=Path, default=Path("kg.ttl"),
                   help="a store folder (kg build --store) or a graph file (.trig/.nq keep the named graphs)")
    p.add_argument("--graph-per-article", action="store_true",
                   help="replace each named graph (one per article, plus the entities and ontology graphs) "
                        "with its own PUT ?graph=IRI; rebuilding an article then replaces just its graph")
    p.add_argument("--graph", metavar="IRI", default=None,
                   help="without --graph-per-article: the graph to replace with everything (default: the "
                        "server's default graph)")
    p.add_argument("--timeout", type=float, default=120, help="seconds to wait for each request")
    p.add_argument("--quiet", "-q", action="store_true", help="no line per graph")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.endpoint import Credentials, EndpointError, GraphStore, ntriples, read_graphs
    from kg.run.store import StoreError

    try:
        creds = Credentials.from_env()
        gs = GraphStore(args.endpoint, creds, args.timeout)
        if not args.data.exists():
            raise ValueError(f"no such file or store: {args.data}")
        graphs = read_graphs(args.data)
    except (EndpointError, StoreError, ValueError, OSError, SyntaxError) as exc:
        print(f"kg load: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.graph_per_article:
        if None in graphs:
            print(f"kg load: {args.data} has triples outside named graphs; --graph-per-article needs a store "
                  "or a .trig/.nq file (kg build --out kg.nq)", file=sys.stderr)
            return EXIT_USAGE
        plan = sorted(graphs.items())
    else:
        plan = [(args.graph, [t for ts in graphs.values() for t in ts])]
    if creds.header and gs.url.startswith("http://") and not _local(gs.url):
        print("kg load: warning: sending credentials over plain http", file=sys.stderr)
    total = 0
    for graph, triples in plan:
        try:
            status = gs.put(graph, ntriples(triples))
        except EndpointError as exc:
            print(f"kg load: {exc}", file=sys.stderr)
            print(f"kg load: {total} triples in earlier graphs were loaded; run again to retry", file=sys.stderr)
            return EXIT_INVALID
        total += len(triples)
        if not args.quiet:
            print(f"{status} {graph or 'default graph'}: {len(triples)} triples", file=sys.stderr)
    print(f"loaded {total} triples in {len(plan)} graph(s) into {gs.url}")
    return EXIT_OK


def _local(url: str) -> bool:
    from kg.endpoint import is_loopback

    return is_loopback(url)
