"""Round 21 of the names (#12): a listed city or state the model reads as an organization in a sentence of sport is
its team. Sentences of our own."""

from __future__ import annotations

import pytest

from kg import pipeline
from kg.extract import statistical_ner as sn
from kg.extract.mentions import find_mentions
from kg.text.analysis import analyse

needs_model = pytest.mark.skipif(not sn.model_available(), reason="the model is not built (scripts/train_ner.py)")


def _teams(text: str, word: str) -> list[tuple[str, str | None]]:
    """(type, key) of the rule mentions after `_model_teams`, when the model reads `word` alone as an organization."""
    a = analyse(text)
    raw, _focus = find_mentions(a)
    found = []
    for sent in a.sentences:
        norms = [t.norm for t in sent.tokens]
        found.append([(norms.index(word), norms.index(word) + 1, "Organization")] if word in norms else [])
    out = sn._model_teams(a, raw, found, sn._Guard(a, raw, sn.MERGED_TYPES))
    return [(m.type, m.key) for m in out if word in a.text[m.span.begin:m.span.end] or
            word in a.text[m.span.begin:m.span.end].replace("ة", "ه")]


def test_a_city_the_model_calls_an_organization_in_a_sentence_of_sport_is_its_team():
    assert _teams("وهزم تشيلسي برشلونة بركلات الترجيح في المباراة الودية.", "برشلونه") == \
        [("Organization", "barcelona_team")]


def test_outside_sport_or_inside_a_club_name_the_city_stays():
    assert _teams("وزار الرئيس برشلونة أمس لحضور المؤتمر الاقتصادي.", "برشلونه") == [("Place", "barcelona")]
    # the city inside «نادي نجران» stays the city: the club is the name around it
    assert ("Place", "najran") in _teams("وانضم اللاعب إلى نادي نجران بالإعارة لمدة موسم واحد.", "نجران")


@needs_model
def test_kg_build_with_the_model_reads_the_club_where_the_rules_read_the_city(monkeypatch):
    monkeypatch.setattr(pipeline, "EXTRA_RECOGNIZERS", {"model"})
    r = pipeline.extract_text("وهزم تشيلسي برشلونة بركلات الترجيح في كأس الأبطال الدولية.")
    assert {(r.entities[m.entity].type, r.entities[m.entity].key) for m in r.mentions if m.text == "برشلونة"} == \
        {("Organization", "barcelona_team")}
    monkeypatch.setattr(pipeline, "EXTRA_RECOGNIZERS", set())
    r = pipeline.extract_text("وهزم تشيلسي برشلونة بركلات الترجيح في كأس الأبطال الدولية.")
    assert {r.entities[m.entity].type for m in r.mentions if m.text == "برشلونة"} == {"Place"}  # the rules alone
