import pytest

from kg.text import camel


def test_without_camel_data_the_optional_models_are_reported_absent_and_yield_nothing(monkeypatch, tmp_path):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "none"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert camel.camel_data_dir() is None
    assert not camel.ner_available() and not camel.morphology_available()
    assert camel.camel_entities(["قال", "بوتين"]) == []


@pytest.mark.skipif(not camel.ner_available(), reason="camel-tools NER data (camel_data) is not installed here")
def test_with_camel_data_the_ner_model_finds_a_person():
    spans = camel.camel_entities(["قال", "الرئيس", "فلاديمير", "بوتين", "إن"])
    assert any(t == "Person" for _b, _e, t in spans)


def test_camel_tools_offline_utilities_are_used():
    from camel_tools.tokenizers.word import simple_word_tokenize

    assert simple_word_tokenize("قال: «نعم»") == ["قال", ":", "«", "نعم", "»"]


def test_kg_build_with_camel_ner_refuses_clearly_when_the_data_is_absent(tmp_path, monkeypatch):
    import subprocess
    import sys

    if camel.ner_available():
        pytest.skip("camel-tools NER data is installed here; the refusal path cannot be shown")
    (tmp_path / "a.txt").write_text("قال الرئيس إن الوضع مستقر.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path), "--out", str(tmp_path / "o.ttl"),
                           "--ner", "camel", "-q"], capture_output=True, text=True)
    assert proc.returncode == 2 and "camel-tools" in proc.stderr
    assert not (tmp_path / "o.ttl").exists()


def test_camel_spans_are_merged_only_where_ours_found_nothing(monkeypatch):
    from kg.extract.mentions import find_mentions
    from kg.text.analysis import analyse

    a = analyse("قال فلاديمير بوتين إن سلوم حداد وصل.")
    raw, _focus = find_mentions(a)
    monkeypatch.setattr(camel, "camel_entities", lambda words: [(1, 3, "Person"), (4, 6, "Person")])
    merged = camel.merge_camel_mentions(a, raw)
    added = [m for m in merged if m.kind == "camel"]
    assert [a.text[m.span.begin:m.span.end] for m in added] == ["سلوم حداد"]
