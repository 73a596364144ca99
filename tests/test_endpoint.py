"""kg load against a real Oxigraph server (the `oxigraph` PyPI package's binary), started on a free loopback
port for these tests and stopped after them."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.endpoint import Credentials, EndpointError, GraphStore, select
from kg.read import iter_inputs
from kg.resources import queries_path
from kg.run.memory import extract_all
from kg.run.store import KGStore

KG = [sys.executable, "-m", "kg.cli"]
TOKEN, USER, PASSWORD = "tok-9f3a77c1e2", "researcher", "pw-5b1d0e8a44"


def oxigraph_binary() -> str | None:
    from kg.commands.serve import oxigraph_binary as find

    return find()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} in {seconds} s")


@pytest.fixture()
def server(tmp_path):
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the Oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def seed_store(seeds_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "s"
    with KGStore(path) as store:
        store.put_results(extract_all(iter_inputs([seeds_dir])).results)
        counts = {g.value: len(list(store.oxigraph.quads_for_pattern(None, None, None, g))) for g in store.graphs()}
    return path, counts


def graph_counts(url: str) -> dict[str, int]:
    rows = select(url + "/query", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


def load(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, **(env or {})}
    return subprocess.run(KG + ["load", *args], capture_output=True, text=True, env=full)


def test_load_puts_one_graph_per_article_and_reloading_replaces(server, seed_store):
    path, counts = seed_store
    for _ in range(2):  # the second load replaces every graph: nothing is duplicated
        p = load("--endpoint", server + "/store", "--graph-per-article", "--data", str(path),
                 env={"KG_ENDPOINT_TOKEN": TOKEN})
        assert p.returncode == 0, p.stderr
        assert TOKEN not in p.stdout + p.stderr
        assert graph_counts(server) == counts
    articles = [g for g in counts if g.rsplit("/", 1)[-1] not in ("entities", "ontology")]
    assert len(articles) == 5
    # the server answers the project's queries like the local store does
    text = queries_path("who_said_what_when.rq").read_text(encoding="utf-8")
    with KGStore(path, read_only=True) as store:
        local = store.query(text)[1]
    remote = select(server + "/query", text)
    assert len(remote) == len(local) > 20


def test_load_a_file_into_one_graph_or_one_graph_per_article(server, seeds_dir, tmp_path):
    nq, ttl = tmp_path / "kg.nq", tmp_path / "kg.ttl"
    for out in (nq, ttl):
        subprocess.run(KG + ["build", str(seeds_dir), "--out", str(out), "-q"], check=True)
    p = load("--endpoint", server + "/store", "--graph-per-article", "--data", str(nq))
    assert p.returncode == 0, p.stderr
    assert len(graph_counts(server)) == 6  # 5 articles + entities
    p = load("--endpoint", server + "/store", "--data", str(ttl), "--graph", "http://example.org/all")
    assert p.returncode == 0, p.stderr
    assert graph_counts(server)["http://example.org/all"] > 3000
    refused = load("--endpoint", server + "/store", "--graph-per-article", "--data", str(ttl))
    assert refused.returncode == 2 and "named graphs" in refused.stderr


def test_credentials_never_show_in_errors(server, seed_store):
    path, _ = seed_store
    env = {"KG_ENDPOINT_USER": USER, "KG_ENDPOINT_PASSWORD": PASSWORD}
    p = load("--endpoint", server + "/no-such-service", "--graph-per-article", "--data", str(path), env=env)
    assert p.returncode == 1 and "HTTP 404" in p.stderr
    basic = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert PASSWORD not in p.stdout + p.stderr and basic not in p.stdout + p.stderr
    in_url = load("--endpoint", f"http://{USER}:{PASSWORD}@127.0.0.1:1/store", "--data", str(path))
    assert in_url.returncode == 2 and PASSWORD not in in_url.stderr and "KG_ENDPOINT_USER" in in_url.stderr
    closed = load("--endpoint", f"http://127.0.0.1:{free_port()}/store", "--data", str(path),
                  env={"KG_ENDPOINT_TOKEN": TOKEN})
    assert closed.returncode == 1 and TOKEN not in closed.stderr
    creds = Credentials.from_env({"KG_ENDPOINT_TOKEN": TOKEN})
    assert TOKEN not in repr(creds) and creds.mask(f"x {TOKEN} y") == "x *** y"
    with pytest.raises(EndpointError, match="both"):
        Credentials.from_env({"KG_ENDPOINT_USER": USER})


def test_the_authorization_header_is_sent():
    """A small local HTTP server that records what it receives (Oxigraph's server has no authentication)."""
    seen: list[tuple[str, str | None, str | None]] = []

    class Recorder(BaseHTTPRequestHandler):
        def do_PUT(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.path, self.headers.get("Authorization"), self.headers.get("Content-Type")))
            code = 415 if len(seen) == 1 else 204  # refuse the first content type: the client tries the next
            self.send_response(code)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        gs = GraphStore(f"http://127.0.0.1:{httpd.server_port}/store",
                        Credentials.from_env({"KG_ENDPOINT_USER": USER, "KG_ENDPOINT_PASSWORD": PASSWORD}))
        assert gs.put("http://example.org/g", b"<http://a> <http://b> <http://c> .\n") == 204
    finally:
        httpd.shutdown()
    basic = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert [s[1] for s in seen] == [basic, basic]
    assert seen[0][0] == "/store?graph=http%3A%2F%2Fexample.org%2Fg"
    assert seen[0][2].startswith("application/n-triples") and seen[1][2].startswith("text/turtle")
