import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg.pipeline import extract_text
from kg.query import PREFIXES, bind, labels, parse_binding, render, run
from kg.rdf.serialize import to_bytes
from kg.resources import queries_path
from kg.run.memory import build_dataset

TEXT = ("الأحد 9 مارس 2025\nوقال وزير الخارجية الأردني أيمن الصفدي، الأحد، إن الأردن يرفض التهجير. "
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل.\n")


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    s.load(to_bytes(build_dataset([extract_text(TEXT, "a.txt")]), "nquads"), format=ox.RdfFormat.N_QUADS)
    return s


def test_bound_speaker_selects_only_that_speakers_statements(store):
    q = queries_path("who_said_what_when.rq").read_text(encoding="utf-8")
    _names, everything = run(store, q)
    assert len(everything) == 2
    speaker = everything[0]["speaker"].value
    _names, one = run(store, q, dict([parse_binding(f"speaker={speaker}")]))
    assert len(one) == 1 and one[0]["speaker"].value == speaker


def test_hostile_binding_values_stay_values(store):
    q = queries_path("who_said_what_when.rq").read_text(encoding="utf-8")
    name, value = parse_binding('speaker=x" } UNION { ?s ?p ?o } #')
    assert isinstance(value, ox.Literal)
    _names, rows = run(store, q, {name: value})
    assert rows == []
    with pytest.raises(ValueError):
        parse_binding("no-equals-sign")
    assert parse_binding("measure=kgo:killed", PREFIXES)[1] == ox.NamedNode(PREFIXES["kgo"] + "killed")


def test_bindings_open_the_outer_where_group_and_select_the_same_rows(store):
    speaker = ox.NamedNode(run(store, queries_path("who_said_what_when.rq").read_text(encoding="utf-8"))[1][0]
                           ["speaker"].value)
    q = ("# a comment with WHERE { in it\nSELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "
         "?label . { SELECT ?s WHERE { ?s ?p ?o } } }")
    bound = bind(q, {"s": speaker})
    assert bound.index("VALUES") < bound.index("rdf-schema#label")  # first in the outer group, not the comment's
    trailing = f"{q}\nVALUES (?s) {{ ({speaker}) }}"
    rows = [sorted(map(str, store.query(x, use_default_graph_as_union=True))) for x in (bound, trailing)]
    assert rows[0] == rows[1] and rows[0]
    grouped = "SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s"
    assert bind(grouped, {"s": speaker}).rstrip().endswith(f"VALUES (?s) {{ ({speaker}) }}")


def test_rendering_uses_readable_labels(store):
    q = queries_path("who_said_what_when.rq").read_text(encoding="utf-8")
    names, rows = run(store, q)
    table = render(names, rows, "table", labels(store))
    assert "Emmanuel Macron" in table or "ماكرون" in table
    assert render(names, rows, "csv", labels(store)).splitlines()[0].startswith("doc,statement,speaker")
    assert '"speaker_label"' in render(names, rows, "json", labels(store))


def test_cli_query_on_a_built_file(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "kg.trig"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "in"), "--out", str(out), "-q"],
                   check=True)
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "query", str(queries_path("figures.rq")), "--data",
                           str(out), "--format", "csv"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("doc,figure,value")
