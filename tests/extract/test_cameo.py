"""The CAMEO verb dictionary as kg reads it: lemmas, visible inflection, the crosswalk to PLOVER."""

from pathlib import Path

from kg.extract import cameo
from kg.text.normalize import norm

ROOT = Path(__file__).resolve().parents[2]


def test_one_lemma_covers_person_tense_and_clitics():
    for word in ("يعتقل", "واعتقلت", "اعتقلوا", "سيعتقلون"):
        assert cameo.verb_lemma(norm(word), past_only=False) == "اعتقل", word
    assert cameo.verb_lemma(norm("يعتقل")) is None  # the extractor asks for past forms only
    assert cameo.verb_lemma(norm("اعتقلتهم")) == "اعتقل"


def test_nouns_with_the_article_and_bare_forms_are_not_inflected_verbs():
    assert cameo.verb_lemma(norm("الاعتقال")) is None
    assert cameo.inflection(norm("قصف"), "قصف") is None  # may be the verbal noun
    assert cameo.inflection(norm("وتطالب"), "طالب") == "present"
    assert cameo.inflection(norm("هاجموا"), "هاجم") == "verb"
    assert cameo.inflection(norm("واتهمهم"), "اتهم") == "verb"
    assert cameo.inflection(norm("استقالته"), "استقال") == "object"  # also "his resignation": needs a subject


def test_crosswalk_follows_plover():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from convert_cameo import load_crosswalk, plover_of

    xw = load_crosswalk()
    assert plover_of("173", xw) == "COERCE"
    assert plover_of("1712", xw) == "ASSAULT"  # destroying property is an assault, not coercion
    assert plover_of("0841", xw) == "RETREAT"
    assert plover_of("1041", xw) == "REQUEST"  # CAMEO's demands are PLOVER requests
    assert plover_of("163", xw) == "COERCE"
    assert plover_of("010", xw) == "-"  # statements are not actions


def test_converted_dictionary_keeps_its_licence_and_codes():
    text = (ROOT / "kg" / "data" / "lexicon" / "cameo_verbs.tsv").read_text(encoding="utf-8")
    assert "MIT License" in text and "843e3cd9f9af4465417d9dbe383a14fadb8885d9" in text
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    assert all(len(r) == 6 and r[3].isdigit() for r in rows)
    assert any(r[0] == "رفض" and r[4] == "REJECT" and r[5] == "verb" for r in rows)
