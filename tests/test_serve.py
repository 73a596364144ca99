"""kg serve: a real read-only SPARQL endpoint over a seeds store, with both engines, queried over HTTP."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from kg.commands.serve import oxigraph_binary
from kg.endpoint import EndpointError, select
from kg.read import iter_inputs
from kg.resources import queries_path
from kg.run.memory import extract_all
from kg.run.store import KGStore

KG = [sys.executable, "-m", "kg.cli"]
# a cross product of every triple with itself three times: far too long to finish
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def seed_store(seeds_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "s"
    with KGStore(path) as store:
        store.put_results(extract_all(iter_inputs([seeds_dir])).results)
    return path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store, engine: str, timeout: float = 30) -> tuple[subprocess.Popen, str]:
    if engine == "oxigraph" and oxigraph_binary() is None:
        pytest.skip("the Oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    proc = subprocess.Popen(KG + ["serve", "--store", str(store), "--port", str(port), "--engine", engine,
                                  "--timeout", str(timeout)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    end = time.monotonic() + 30
    while time.monotonic() < end:
        assert proc.poll() is None, proc.stderr.read().decode()
        try:
            urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("kg serve did not answer in 30 s")


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize("engine", ["oxigraph", "python"])
def test_serve_answers_the_project_queries_read_only(seed_store, engine):
    text = queries_path("who_said_what_when.rq").read_text(encoding="utf-8")
    with KGStore(seed_store, read_only=True) as store:
        local = store.query(text)[1]
    proc, url = start(seed_store, engine)
    try:
        t0 = time.perf_counter()
        rows = select(url, text)
        elapsed = time.perf_counter() - t0
        assert len(rows) == len(local) > 20 and elapsed < 5
        assert {r["doc"] for r in rows} == {r["doc"].value for r in local}
        # while it serves, the store can still be read by kg query (both are read-only)
        q = subprocess.run(KG + ["query", str(queries_path("figures.rq")), "--data", str(seed_store),
                                 "--format", "csv"], capture_output=True, text=True)
        assert q.returncode == 0 and q.stdout.count("\n") > 5, q.stderr
        # GET works too, and an update is refused
        get = urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK { ?s ?p ?o }"), timeout=10).read()
        assert b"true" in get
        with pytest.raises(urllib.error.HTTPError):
            req = urllib.request.Request(url.replace("/query", "/update"), method="POST",
                                         data=b"update=DROP%20ALL",
                                         headers={"Content-Type": "application/x-www-form-urlencoded"})
            urllib.request.urlopen(req, timeout=10)
        assert len(select(url, text)) == len(local)
        with pytest.raises(EndpointError, match="HTTP 400"):
            select(url, "SELECT WHERE {")
    finally:
        stop(proc)


@pytest.mark.slow
def test_a_query_over_the_time_limit_is_stopped_and_the_server_goes_on(seed_store):
    # python engine only: the Oxigraph binary's --timeout-s did not stop this query within 30 s (0.5.13)
    proc, url = start(seed_store, "python", timeout=1)
    try:
        t0 = time.perf_counter()
        with pytest.raises(EndpointError, match="HTTP 503.*time limit"):
            select(url, SLOW, timeout=30)
        assert time.perf_counter() - t0 < 10
        assert select(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] != "0"
    finally:
        stop(proc)


def test_serve_refuses_a_folder_that_is_not_a_store(tmp_path):
    p = subprocess.run(KG + ["serve", "--store", str(tmp_path), "--port", str(free_port())], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == 2 and "not a kg store" in p.stderr
