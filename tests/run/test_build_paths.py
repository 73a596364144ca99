"""Every way of building gives the same quads (kg.run): in memory, the streaming N-Quads file on one and two
processes, shards on a pool and on dask, the store, and the CLI's --store; including kgo:sameStatementAs when
three articles quote one statement (a star on the first report: 4 links, kg.run.shared)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.serialize import to_bytes
from kg.read import iter_inputs
from kg.run.memory import build_dataset, extract_all
from kg.run.shards import build_shards, read_manifest
from kg.run.store import KGStore
from kg.run.stream import build_nquads
from kg.vocab import KGO

QUOTE = "إن بلاده ستواصل دعم الحوار بين الأطراف في المنطقة حتى يتحقق السلام."
ARTICLES = {
    "a.txt": f"باريس - الأحد 12 مارس 2023\nقال الرئيس الفرنسي إيمانويل ماكرون {QUOTE}\n"
             "وزار وزير الخارجية الفرنسي القاهرة.",
    "b.txt": "القاهرة - الاثنين 13 مارس 2023\nالتقى وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة.\n"
             f"وقال الرئيس الفرنسي إيمانويل ماكرون {QUOTE}",
    "c.txt": "بيروت - الثلاثاء 14 مارس 2023\nأعلنت الحكومة اللبنانية عن خطة جديدة للنقل العام.\n"
             f"وكان الرئيس الفرنسي إيمانويل ماكرون قد قال {QUOTE}",
}
SAME = f"<{KGO.sameStatementAs}>"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def expected(folder: Path) -> set[str]:
    report = extract_all(iter_inputs([folder]))
    assert [r.article.doc for r in report.results] == ["a.txt", "b.txt", "c.txt"]
    return lines(to_bytes(build_dataset(report.results), "nquads"))


def lines(data: bytes) -> set[str]:
    return {ln for ln in data.decode("utf-8").splitlines() if ln.strip()}


def links(quads: set[str]) -> list[tuple[str, str]]:
    """(subject, object) of every kgo:sameStatementAs, by article slug."""
    out = []
    for q in quads:
        s, p, o = q.split(" ")[:3]
        if p == SAME:
            out.append((s.rsplit("/", 2)[-2], o.rsplit("/", 2)[-2]))
    return sorted(out)


def test_the_repeated_statement_is_linked_to_its_first_report(folder: Path, expected: set[str]) -> None:
    assert links(expected) == [("a", "b"), ("a", "c"), ("b", "a"), ("c", "a")]
    # the first report is the first in file-name order, whatever order the articles come in
    results = extract_all(iter_inputs([folder])).results
    assert links(lines(to_bytes(build_dataset(results[::-1]), "nquads"))) == links(expected)


def test_streaming_on_one_and_two_processes(folder: Path, tmp_path: Path, expected: set[str]) -> None:
    for workers in (1, 2):
        out = tmp_path / f"w{workers}.nq"
        assert build_nquads(iter_inputs([folder]), out, workers=workers).conforms
        assert lines(out.read_bytes()) == expected


def test_shards_on_a_pool(folder: Path, tmp_path: Path, expected: set[str]) -> None:
    report = build_shards(iter_inputs([folder]), tmp_path / "shards", workers=2, batch=1)
    assert report.conforms and report.articles == 3
    assert lines(b"".join(p.read_bytes() for p in read_manifest(tmp_path / "shards"))) == expected


def test_shards_on_dask(folder: Path, tmp_path: Path, expected: set[str]) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=None) as lc, \
            distributed.Client(lc) as client:
        report = build_shards(iter_inputs([folder]), tmp_path / "shards", client, batch=2)
    assert report.conforms
    assert lines(b"".join(p.read_bytes() for p in read_manifest(tmp_path / "shards"))) == expected


def store_lines(store: KGStore, tmp_path: Path) -> set[str]:
    out = tmp_path / "dump.nq"
    store.dump(out, include_ontology=False)
    return lines(out.read_bytes())


def test_the_store_holds_what_the_file_build_writes(folder: Path, tmp_path: Path, expected: set[str]) -> None:
    results = extract_all(iter_inputs([folder])).results
    with KGStore(tmp_path / "store") as store:
        store.put_results(results)
        assert store_lines(store, tmp_path) == expected
        # articles added one at a time, in another order, and one removed and put back: the same graph
        store.remove_article("a.txt")
        assert links(store_lines(store, tmp_path)) == [("b", "c"), ("c", "b")]
        store.put_result(results[0])
        assert store_lines(store, tmp_path) == expected


def test_the_cli_builds_agree(folder: Path, tmp_path: Path, expected: set[str]) -> None:
    kg = [sys.executable, "-m", "kg.cli", "build", str(folder), "-q"]
    for extra in (["--out", str(tmp_path / "kg.trig")], ["--store", str(tmp_path / "store")]):
        proc = subprocess.run(kg + extra, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    with KGStore(tmp_path / "store", read_only=True) as store:
        assert store_lines(store, tmp_path) == expected
    ds = ox.Store()
    ds.load(path=str(tmp_path / "kg.trig"), format=ox.RdfFormat.TRIG)
    trig = ox.serialize(ds, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    assert len(lines(trig.encode("utf-8"))) == len(expected)


def test_warm_loads_once_per_process_and_then_costs_nothing(monkeypatch):
    import kg.pipeline
    from kg.run.article import warm

    warm()  # loads whatever this process has not loaded yet
    calls = []
    monkeypatch.setattr(kg.pipeline, "extract_text", lambda *a, **k: calls.append(a))
    warm()  # every batch of a long build calls it again
    assert calls == []
