"""The notebook API (kg/api.py) on the real seed articles."""

from __future__ import annotations

import sys

import pytest
import rdflib

import kg.api as api
from kg.read import iter_inputs
from kg.run.memory import extract_all
from kg.run.store import KGStore
from kg.vocab import KGO


@pytest.fixture(scope="module")
def ds(seeds_dir):
    return api.build([seeds_dir])


def test_build_gives_a_graph_per_article_and_the_entities(ds, seeds_dir):
    names = {str(g.identifier).rsplit("/", 1)[-1] for g in ds.graphs() if len(g)}
    assert len(names) == 6 and "entities" in names
    assert (None, rdflib.RDF.type, KGO.Statement) in api.to_graph(ds)
    # one path, or a list of files, work too
    assert len(api.to_graph(str(seeds_dir))) == len(api.to_graph(ds))


def test_build_from_texts(seeds_dir):
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))[:2]}
    g = api.to_graph(texts)
    docs = {str(o) for o in g.objects(None, KGO.fileName)}
    assert docs == set(texts) and len(g) > 300


def test_build_reports_missing_paths(tmp_path):
    with pytest.raises(FileNotFoundError):
        api.build([tmp_path / "nope"])


def test_query_df_has_label_columns(ds):
    df = api.query_df("who_said_what_when", ds)
    assert len(df) > 20 and {"doc", "speaker", "speaker_label", "text"} <= set(df.columns)
    assert list(df.columns).index("speaker_label") == list(df.columns).index("speaker") + 1
    assert df["speaker_label"].notna().all()


def test_query_df_binds_and_converts_numbers(ds, tmp_path, seeds_dir):
    df = api.query_df("figure_changes.rq", ds, measure="kgo:killed")
    assert len(df) > 0 and (df["measure"] == str(KGO.killed)).all()
    assert str(df["value"].dtype).startswith("int")
    # the same on a store folder and on an rdflib Graph, with an rdflib term as the binding
    with KGStore(tmp_path / "s") as store:
        store.put_results(extract_all(iter_inputs([seeds_dir])).results)
        from_store = api.query_df("figure_changes", store, measure=KGO.killed)
    assert sorted(from_store["value"]) == sorted(df["value"])
    from_graph = api.query_df("SELECT ?v WHERE { ?f <" + str(KGO.value) + "> ?v }", api.to_graph(ds))
    assert len(from_graph) == len(api.query_df("figures", ds))


def test_query_df_explains_a_missing_pandas(ds, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"kg\[notebook\]"):
        api.query_df("figures", ds)


def test_query_df_rejects_an_unknown_query(ds):
    with pytest.raises(FileNotFoundError):
        api.query_df("no_such_query", ds)
