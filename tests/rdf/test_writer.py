from pathlib import Path

import pytest
from rdflib import RDF, Graph

from kg.model import Entity
from kg.pipeline import extract_text
from kg.rdf.serialize import format_for, to_bytes, write_atomic
from kg.rdf.writer import EntityTable, IRIs, build_dataset
from kg.vocab import KGO

TEXT = "الأحد 9 مارس 2025\nوقال وزير الخارجية الأردني أيمن الصفدي، الأحد، إن الأردن يرفض التهجير.\n"


def test_one_named_graph_per_article_plus_shared_entities_and_exact_evidence():
    r = extract_text(TEXT, "a b.txt")
    ds = build_dataset([r])
    names = {str(g.identifier) for g in ds.graphs()}
    assert any("graph/a_b" in n for n in names) and any(n.endswith("graph/entities") for n in names)
    union = Graph()
    for q in ds.quads((None, None, None, None)):
        union.add(q[:3])
    for span in union.subjects(RDF.type, KGO.TextSpan):
        b, e = int(union.value(span, KGO.begin)), int(union.value(span, KGO.end))
        assert str(union.value(span, KGO.text)) == r.article.text[b:e]


def test_iris_are_safe_whatever_the_key_or_file_name():
    iris = IRIs()
    iri = iris.entity('x> } UNION { <http://evil/')
    assert " " not in iri and ">" not in iri and "{" not in iri
    assert iris.article("تقرير خاص.txt").startswith(iris.base)


def test_entity_table_is_independent_of_article_order():
    a = Entity("p1", "Person", "جومرت توكاييف", "Tokayev")
    b = Entity("p1", "Person", "قاسم جومارت توكاييف", "Kassym Tokayev", roles={"الرئيس"})
    t1, t2 = EntityTable(), EntityTable()
    t1.add([a])
    t1.add([b])
    t2.add([Entity(b.key, b.type, b.label_ar, b.label_en, roles=set(b.roles))])
    t2.add([Entity(a.key, a.type, a.label_ar, a.label_en)])
    assert t1.graph(IRIs()).serialize(format="nt") == t2.graph(IRIs()).serialize(format="nt") or \
        sorted(t1.graph(IRIs())) == sorted(t2.graph(IRIs()))
    assert t1.entities["p1"].label_ar == "قاسم جومارت توكاييف"


def test_formats_and_atomic_writes(tmp_path: Path, monkeypatch):
    with pytest.raises(ValueError):
        format_for(Path("x.xml"))
    out = tmp_path / "kg.nt"
    write_atomic(out, b"old\n")

    def crash(_fd):
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", crash)
    with pytest.raises(OSError):
        write_atomic(out, b"new\n")
    monkeypatch.undo()
    assert out.read_bytes() == b"old\n"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    ds = build_dataset([extract_text(TEXT, "a.txt")])
    nt = to_bytes(ds, "nt").decode()
    assert nt.splitlines() == sorted(nt.splitlines())
