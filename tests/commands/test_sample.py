"""kg sample: random facts of one kind with their evidence, drawn reproducibly from a built graph."""

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.commands.sample import draw, facts_of, render
from kg.pipeline import extract_text
from kg.rdf.serialize import to_bytes
from kg.run.memory import build_dataset

TEXT = ("الأحد 9 مارس 2025\n"
        "وقال وزير الخارجية الأردني أيمن الصفدي، الأحد، إن الأردن يرفض التهجير. "
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحل. "
        "وأعلنت وزارة الداخلية مقتل 12 شخصا وإصابة 30 آخرين في الهجوم. "
        "واعتقلت الشرطة 7 أشخاص بعد يومين من الانفجار.\n")


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    s.load(to_bytes(build_dataset([extract_text(TEXT, "a.txt")]), "nquads"), format=ox.RdfFormat.N_QUADS)
    return s


def test_every_kind_reads_its_facts_with_evidence_at_their_offsets(store):
    for kind in ("statement", "figure", "entity"):
        facts = facts_of(store, kind)
        assert facts, kind
        for f in facts:
            assert f.doc == "a.txt"
            assert TEXT[f.begin:f.end] == f.evidence


def test_figures_are_summarised_with_value_and_measure(store):
    summaries = {f.summary.split(" [")[0] for f in facts_of(store, "figure")}
    assert any(s.startswith("12 killed") for s in summaries)
    assert any(s.startswith("7 arrested") for s in summaries)


def test_the_same_seed_draws_the_same_facts_and_n_caps_the_draw(store):
    every = facts_of(store, "figure")
    assert len(every) >= 3
    one = draw(store, "figure", 2, seed=5)
    assert len(one) == 2 and one == draw(store, "figure", 2, seed=5)
    assert len({f.iri for f in one}) == 2
    # asking for more than there are gives each fact once
    assert sorted(f.iri for f in draw(store, "figure", 100, seed=1)) == sorted(f.iri for f in every)
    assert draw(store, "figure", 0, seed=1) == []


def test_articles_folder_adds_the_sentence_and_a_wrong_folder_is_harmless(store, tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    facts = draw(store, "figure", 10, seed=0, articles=tmp_path)
    twelve = next(f for f in facts if f.summary.startswith("12 killed"))
    assert twelve.sentence == "وأعلنت وزارة الداخلية مقتل 12 شخصا وإصابة 30 آخرين في الهجوم."
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("نص آخر لا علاقة له بالمقال.\n", encoding="utf-8")
    assert all(f.sentence is None for f in draw(store, "figure", 10, seed=0, articles=other))


def test_markdown_has_a_row_per_fact_with_empty_verdict_columns(store):
    md = render(draw(store, "statement", 5, seed=0), "markdown").splitlines()
    assert md[0].endswith("| verdict | reason |")
    assert len(md) == 2 + len(facts_of(store, "statement"))
    assert all(row.endswith("| | |") for row in md[2:])


def test_cli_builds_then_samples(tmp_path, capsys):
    art = tmp_path / "in"
    art.mkdir()
    (art / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert main(["build", str(art), "--out", str(out), "-q"]) == 0
    capsys.readouterr()
    assert main(["sample", "--data", str(out), "--n", "1", "--kind", "figure", "--seed", "3",
                 "--articles", str(art)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("[1] figure: ") and "article:  a.txt" in text and "sentence: " in text
    assert main(["sample", "--data", str(tmp_path / "missing.ttl")]) == 2


def test_an_action_on_people_no_entity_names_shows_their_words_as_target():
    text = "الأحد 9 مارس 2025\nواعتقلت قوات الاحتلال الإسرائيلي ثلاثة مواطنين فلسطينيين من مدينة الخليل.\n"
    s = ox.Store()
    s.load(to_bytes(build_dataset([extract_text(text, "a.txt")]), "nquads"), format=ox.RdfFormat.N_QUADS)
    (fact,) = facts_of(s, "action")
    assert fact.summary.startswith("Israel forces COERCE «ثلاثة مواطنين فلسطينيين» [«واعتقلت»")
