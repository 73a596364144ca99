"""kg serve --store DIR [--host 127.0.0.1] [--port 7878] [--timeout SECONDS] [--engine auto|oxigraph|python]

A read-only SPARQL endpoint over a store (SPARQL 1.1 protocol at /query; the default graph is the union of the
graphs). The default engine is a small standard-library server that runs each query in a worker process over a
read-only pyoxigraph store and kills it at the time limit (pyoxigraph cannot cancel a query). `--engine oxigraph`
runs the Oxigraph server binary (`pip install oxigraph`) instead: faster, but its --timeout-s did not stop a
runaway COUNT query in our test.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue
import shutil
import signal
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from kg.exitcodes import EXIT_USAGE

_RESULTS = {"application/sparql-results+json": "JSON", "application/json": "JSON",
            "application/sparql-results+xml": "XML", "text/csv": "CSV", "text/tab-separated-values": "TSV"}
_GRAPHS = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE", "application/rdf+xml": "RDF_XML"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="a read-only SPARQL endpoint over a store (http://HOST:PORT/query)")
    p.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store folder (kg build --store)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--timeout", type=float, default=30, metavar="SECONDS", help="time limit of one query")
    p.add_argument("--workers", type=int, default=2, help="queries answered at once (python engine)")
    p.add_argument("--engine", choices=("python", "oxigraph"), default="python",
                   help="python (default): built-in server whose query processes are killed at the time limit; "
                        "oxigraph: the Oxigraph server binary (pip install oxigraph), faster, but its time limit "
                        "does not stop every query")
    p.set_defaults(func=run)


def oxigraph_binary() -> str | None:
    """The `oxigraph` server binary of the PyPI package `oxigraph`: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() and os.access(beside, os.X_OK) else shutil.which("oxigraph")


def run(args: argparse.Namespace) -> int:
    from kg.run.store import KGStore, StoreError

    try:
        KGStore(args.store, read_only=True).close()
    except (StoreError, OSError) as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    binary = oxigraph_binary() if args.engine == "oxigraph" else None
    if args.engine == "oxigraph" and binary is None:
        print("kg serve: the Oxigraph server binary is not installed (pip install oxigraph)", file=sys.stderr)
        return EXIT_USAGE
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"kg serve: SPARQL endpoint at http://{host}:{args.port}/query (read-only; Ctrl-C stops it)",
          file=sys.stderr, flush=True)
    if binary:
        cmd = [binary, "serve-read-only", "--location", str(args.store), "--bind", f"{host}:{args.port}",
               "--union-default-graph", "--timeout-s", str(max(1, round(args.timeout)))]
        sys.stdout.flush()
        os.execv(binary, cmd)  # the server takes this process over: signals reach it directly
    server = make_server(args.store, args.host, args.port, args.timeout, args.workers)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()  # type: ignore[attr-defined]
    return 0


def _evaluate(store, query: str, accept: str) -> tuple[int, bytes, str]:
    import pyoxigraph as ox

    try:
        res = store.query(query, use_default_graph_as_union=True)
        if isinstance(res, ox.QueryTriples):
            ctype = next((c for c in _GRAPHS if c in accept), "application/n-triples")
            return 200, ox.serialize(res, format=getattr(ox.RdfFormat, _GRAPHS[ctype])), ctype
        ctype = next((c for c in _RESULTS if c in accept), "application/sparql-results+json")
        return 200, res.serialize(format=getattr(ox.QueryResultsFormat, _RESULTS[ctype])), ctype
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        return 400, f"{exc}\n".encode(), "text/plain"


def _worker(store_dir: str, conn: Connection) -> None:
    """A query process: it can be killed when a query runs over the time limit (pyoxigraph cannot cancel)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(store_dir)
    while True:
        try:
            query, accept = conn.recv()
        except (EOFError, OSError):  # the server is gone
            return
        conn.send(_evaluate(store, query, accept))


class _Pool:
    """Query processes over the store; one that runs over the time limit is killed and replaced."""

    def __init__(self, store_dir: Path, size: int) -> None:
        self.store_dir = str(store_dir)
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        for _ in range(size):
            self.idle.put(self._start())

    def _start(self) -> tuple[BaseProcess, Connection]:
        mine, theirs = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(self.store_dir, theirs), daemon=True)
        proc.start()
        return proc, mine

    def run(self, query: str, accept: str, timeout: float) -> tuple[int, bytes, str]:
        try:
            proc, conn = self.idle.get(timeout=timeout)
        except queue.Empty:
            return 503, b"busy: every query process is taken\n", "text/plain"
        try:
            conn.send((query, accept))
            if conn.poll(timeout):
                result = conn.recv()
                self.idle.put((proc, conn))
                return result
        except (OSError, EOFError):
            pass
        proc.kill()
        proc.join()
        self.idle.put(self._start())
        return 503, f"query stopped after the {timeout:g} s time limit\n".encode(), "text/plain"

    def close(self) -> None:
        while not self.idle.empty():
            proc, _conn = self.idle.get_nowait()
            proc.kill()


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def make_server(store_dir: Path, host: str, port: int, timeout: float, workers: int = 2) -> ThreadingHTTPServer:
    """The built-in endpoint: GET/POST /query, each query in a process killed after `timeout` seconds."""
    pool = _Pool(store_dir, workers)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"

        def log_message(self, fmt: str, *a: object) -> None:  # quiet; errors still go to stderr
            pass

        def do_GET(self) -> None:  # noqa: N802
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/query":
                return self._send(404, b"SPARQL endpoint: /query\n", "text/plain")
            self._answer(urllib.parse.parse_qs(url.query).get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802
            if urllib.parse.urlsplit(self.path).path != "/query":
                return self._send(404, b"SPARQL endpoint: /query (read-only)\n", "text/plain")
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if ctype == "application/sparql-query":
                return self._answer(body)
            self._answer(urllib.parse.parse_qs(body).get("query", [None])[0])

        def _send(self, code: int, data: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype if ctype == "text/plain" else f"{ctype}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _answer(self, query: str | None) -> None:
            if not query:
                return self._send(400, b"no query\n", "text/plain")
            self._send(*pool.run(query, self.headers.get("Accept") or "", timeout))

    server = ThreadingHTTPServer((host, port), Handler)
    server.pool = pool  # type: ignore[attr-defined]
    return server
