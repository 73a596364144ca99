"""The extractors' closed word classes are data (kg/data/lexicon/*_words.tsv, issue #11): the files load, every
class is read by its code, and the recognizers that read them still work on sentences of our own."""

from pathlib import Path

import pytest

from kg.lexicon import word_classes, words
from kg.pipeline import extract_text
from kg.text.normalize import norm

EXTRACT = Path(__file__).resolve().parents[2] / "kg" / "extract"
# word-class file -> the modules that read it
READERS = {
    "mention_words.tsv": ("mentions.py", "resolve.py", "recognizers/shared.py"),
    "action_words.tsv": ("actions.py",),
    "clause_words.tsv": ("clauses.py",),
    "context_words.tsv": ("context.py",),
    "ner_words.tsv": ("statistical_ner.py",),
    "statement_words.tsv": ("statements.py", "figures.py"),
}


def _entities(text):
    r = extract_text(text, "t.txt")
    return r, {m.text: r.entities[m.entity] for m in r.mentions}


@pytest.mark.parametrize("fname", sorted(READERS))
def test_every_class_of_a_word_file_is_read_by_its_code(fname):
    classes = word_classes(fname)
    assert classes, fname
    source = "".join((EXTRACT / module).read_text(encoding="utf-8") for module in READERS[fname])
    unread = [cls for cls in classes if f'"{cls}"' not in source]
    assert not unread, f"{fname}: classes no code reads: {unread}"
    for cls in classes:
        assert all(w and w == norm(w) for w in words(fname, cls))  # loaded normalized, no empty row


def test_classes_carry_their_values_and_keep_file_order():
    kinds = {r["value"] for r in word_classes("mention_words.tsv")["place_noun"]}
    assert kinds == {"city", "region", "district"}
    assert all(len(r["value"].split("|")) == 2 for r in word_classes("mention_words.tsv")["facility"])
    anaphors = {r["refers_to"] for r in word_classes("context_words.tsv")["anaphor"]}
    assert {"agency", "person", "source", "head"} <= anaphors
    # the outlet heads are tried in file order: the order is the data's
    heads = [norm(r["word"]) for r in word_classes("mention_words.tsv")["credit_head"]]
    assert list(words("mention_words.tsv", "credit_head")) == heads


def test_a_class_the_file_lacks_is_an_error():
    with pytest.raises(KeyError):
        words("mention_words.tsv", "no_such_class")


def test_an_admin_noun_and_the_place_after_it_are_one_place():
    _r, ents = _entities("فرضت السلطات حظر التجول في محافظة البيضاء أمس.")
    assert ents["محافظة البيضاء"].type == "Place"


def test_a_facility_is_named_after_its_town():
    _r, ents = _entities("هبطت الطائرة في مطار جدة مساء الأحد.")
    airport = ents["مطار جدة"]
    assert airport.type == "Place" and airport.key.endswith("_airport") and airport.key != ents["جدة"].key


def test_a_media_head_before_a_quoted_name_names_the_outlet():
    r, ents = _entities('وقالت وكالة "سبوتنيك" الروسية إن الوفد وصل إلى موسكو.')
    outlet = ents['وكالة "سبوتنيك"']
    assert outlet.type == "Organization" and outlet.key == ents["سبوتنيك"].key
    assert r.statements and r.statements[0].speaker == outlet.key


def test_a_speaker_name_stops_at_the_outlet_he_spoke_to():
    r, ents = _entities("وقال جون كيربي لوكالة رويترز إن الوضع خطير.")
    assert ents["جون كيربي"].type == "Person"
    assert r.statements[0].speaker == ents["جون كيربي"].key


def test_a_chain_of_fathers_names_is_one_person():
    r, ents = _entities("وأكد الأمير فيصل بن سلمان بن عبدالعزيز أهمية المشروع.")
    person = ents["فيصل بن سلمان بن عبدالعزيز"]
    assert person.type == "Person" and ents["الأمير فيصل بن سلمان بن عبدالعزيز"].key == person.key


def test_a_bare_head_noun_refers_back_to_the_body_named_with_it():
    r, ents = _entities("أعلنت حركة حماس رفضها للقرار. وقالت الحركة في بيان إن القرار مرفوض.")
    hamas = ents["حركة حماس"].key
    assert [s.speaker for s in r.statements] == [hamas, hamas]


def test_an_envoys_title_runs_past_the_body_and_the_country_he_is_posted_to():
    r, ents = _entities("وقال المبعوث الأممي إلى اليمن هانس غروندبرغ إن المحادثات مستمرة.")
    envoy = ents["هانس غروندبرغ"]
    assert envoy.type == "Person" and "المبعوث الأممي إلى اليمن" in envoy.roles
    assert envoy.country != ents["اليمن"].key  # posted to Yemen, not Yemen's envoy
    assert r.statements[0].speaker == envoy.key
