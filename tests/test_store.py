"""The persistent store (kg/run/store.py, kg build --store, kg store ...) on the real seed articles."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pyoxigraph as ox
import pytest

from kg.rdf.serialize import to_bytes
from kg.rdf.writer import IRIs
from kg.read import iter_inputs
from kg.resources import queries_path
from kg.run.memory import build_dataset, extract_all
from kg.run.store import INTERNAL, KGStore, StoreError

KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def results(seeds_dir):
    return extract_all(iter_inputs([seeds_dir])).results


def expected(results) -> bytes:
    return to_bytes(build_dataset(results), "nquads")


def dumped(store: KGStore, tmp_path, name: str = "dump.nq") -> bytes:
    store.dump(tmp_path / name, include_ontology=False)
    return (tmp_path / name).read_bytes()


def test_store_holds_exactly_what_build_writes(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        assert store.articles() == sorted(r.article.doc for r in results)
        assert dumped(store, tmp_path) == expected(results)


def test_building_again_replaces_and_never_duplicates(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        size = len(store.oxigraph)
        store.put_results(results)
        store.put_result(results[0])
        assert len(store.oxigraph) == size
        assert dumped(store, tmp_path) == expected(results)


def test_article_by_article_in_any_order_gives_the_same_graph(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        for r in reversed(results):
            store.put_result(r)  # each one recomputes the shared graph in its own transaction
        assert dumped(store, tmp_path) == expected(results)


def test_removing_an_article_drops_the_entities_only_it_mentioned(results, tmp_path):
    gone, kept = results[1], [r for i, r in enumerate(results) if i != 1]
    only_there = set(gone.entities) - {k for r in kept for k in r.entities}
    shared = set(gone.entities) & {k for r in kept for k in r.entities}
    assert only_there and shared, "the seeds should have both kinds of entity"
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        assert store.remove_article(gone.article.doc)
        assert not store.remove_article(gone.article.doc)
        assert gone.article.doc not in store.articles()
        assert dumped(store, tmp_path) == expected(kept)
        iris = IRIs(store.base)
        ents = store.shared_graph()
        for key in only_there:
            assert not list(store.oxigraph.quads_for_pattern(ox.NamedNode(str(iris.entity(key))), None, None, ents))
        for key in shared:
            assert list(store.oxigraph.quads_for_pattern(ox.NamedNode(str(iris.entity(key))), None, None, ents))


def test_the_ontology_has_its_own_graph(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        onto = store.ontology_graph()
        assert onto.value == store.base + "graph/ontology"
        assert len(list(store.oxigraph.quads_for_pattern(None, None, None, onto))) > 100
        n = store.dump(tmp_path / "all.nq")
    text = (tmp_path / "all.nq").read_text(encoding="utf-8")
    assert n == len(text.splitlines()) and f"<{onto.value}> ." in text and "urn:kg:store" not in text


def test_a_failed_update_leaves_the_store_as_it_was(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        before = dumped(store, tmp_path, "before.nq")
        g = store.article_graph(results[0].article.doc)
        # drop an article, then fail inside the same transaction: the drop must be rolled back
        with pytest.raises(Exception, match="already exists"):
            store._write([f"DROP GRAPH {g}", f"CREATE GRAPH {store.shared_graph()}"])

        def broken():
            yield from [ox.Triple(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/b"), ox.Literal("c"))] * 10
            raise RuntimeError("extraction blew up half-way through the article")

        with pytest.raises(RuntimeError):
            store.put_article(results[0].article.doc, broken(), [])
        assert dumped(store, tmp_path, "after.nq") == before


_WRITER = textwrap.dedent("""
    import sys, pyoxigraph as ox
    from kg.run.store import KGStore
    store = KGStore(sys.argv[1])
    def graph(tag, n):
        return [ox.Triple(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(f"{tag}{i}"))
                for i in range(n)]
    versions = [graph("A", 20000), graph("B", 15000)]
    store.put_article("big.txt", versions[0], [])
    print("ready", flush=True)
    i = 1
    while True:
        store.put_article("big.txt", versions[i % 2], [])
        i += 1
""")


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.25, 0.6, 1.1])
def test_a_killed_writer_never_leaves_half_an_article(tmp_path, delay):
    path = tmp_path / "s"
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    with KGStore(path) as store:
        assert store.articles() == ["big.txt"]
        objs = {q.object.value for q in store.oxigraph.quads_for_pattern(None, None, None,
                                                                          store.article_graph("big.txt"))}
        tags = {o[0] for o in objs}
        assert (tags, len(objs)) in (({"A"}, 20000), ({"B"}, 15000))


def test_a_deferred_shared_graph_is_caught_up_on_the_next_open(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        for r in results:
            store.put_result(r, refresh=False)  # what an interrupted `kg build --store` leaves behind
        assert list(store.oxigraph.quads_for_pattern(INTERNAL, None, None, INTERNAL))
    with KGStore(tmp_path / "s") as store:
        assert dumped(store, tmp_path) == expected(results)


def test_names_that_clash_are_refused(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="reserved"):
            store.put_article("entities.txt", [], [])
        store.put_article("a.txt", [], [])
        with pytest.raises(StoreError, match="same graph IRI"):
            store.put_article("a.html", [], [])
    with pytest.raises(StoreError, match="base IRI"):
        KGStore(tmp_path / "s", "http://example.org/other/")
    (tmp_path / "notastore").mkdir()
    (tmp_path / "notastore" / "x.txt").write_text("x")
    with pytest.raises(StoreError, match="not a kg store"):
        KGStore(tmp_path / "notastore")


def test_query_uses_the_union_of_graphs_and_binds_safely(results, tmp_path):
    with KGStore(tmp_path / "s") as store:
        store.put_results(results)
        names, rows = store.query(queries_path("figure_changes.rq").read_text(encoding="utf-8"),
                                  {"measure": "kgo:killed"})
        assert rows and all(r["measure"].value.endswith("#killed") for r in rows)


def test_cli_build_store_query_list_remove_dump(seeds_dir, tmp_path):
    store = tmp_path / "store"
    for _ in range(2):  # the second build replaces each article's graph
        p = subprocess.run(KG + ["build", str(seeds_dir), "--store", str(store), "-q"], capture_output=True,
                           text=True)
        assert p.returncode == 0, p.stderr
    assert not (tmp_path / "kg.ttl").exists()
    docs = subprocess.run(KG + ["store", "list", "--store", str(store)], capture_output=True, text=True)
    assert docs.returncode == 0 and len(docs.stdout.split()) == 5
    # kg query opens the store read-only (no writer holds it now); same rows as from the built file
    nq = tmp_path / "kg.nq"
    subprocess.run(KG + ["build", str(seeds_dir), "--out", str(nq), "-q"], check=True)
    q = str(queries_path("who_said_what_when.rq"))
    from_store = subprocess.run(KG + ["query", q, "--data", str(store), "--format", "csv"], capture_output=True,
                                text=True)
    from_file = subprocess.run(KG + ["query", q, "--data", str(nq), "--format", "csv"], capture_output=True,
                               text=True)
    assert from_store.returncode == 0, from_store.stderr
    # the same rows (ties of the query's ORDER BY may come in another order)
    assert sorted(from_store.stdout.splitlines()) == sorted(from_file.stdout.splitlines())
    assert from_store.stdout.count("\n") > 20
    doc = docs.stdout.split()[0]
    rm = subprocess.run(KG + ["store", "remove", doc, "--store", str(store)], capture_output=True, text=True)
    assert rm.returncode == 0, rm.stderr
    again = subprocess.run(KG + ["store", "remove", doc, "--store", str(store)], capture_output=True, text=True)
    assert again.returncode == 2 and "not in the store" in again.stderr
    out = tmp_path / "dump.nq"
    d = subprocess.run(KG + ["store", "dump", str(out), "--store", str(store)], capture_output=True, text=True)
    assert d.returncode == 0, d.stderr
    text = out.read_text(encoding="utf-8")
    assert doc.rsplit(".", 1)[0] not in text and "graph/ontology>" in text


def test_a_second_writer_is_refused_while_one_holds_the_store(seeds_dir, tmp_path):
    with KGStore(tmp_path / "s"):
        p = subprocess.run(KG + ["build", str(seeds_dir), "--store", str(tmp_path / "s"), "-q"],
                           capture_output=True, text=True)
    assert p.returncode == 2 and "another kg process" in p.stderr
