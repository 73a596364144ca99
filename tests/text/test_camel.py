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
