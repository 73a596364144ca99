"""Round 19 of the names (#12): a club named by its city or country with a masculine nationality after it, or its
country between brackets, in a sentence of sport; a game's meeting names its teams. Sentences of our own."""

from __future__ import annotations

from kg.pipeline import extract_text


def _orgs(text: str) -> dict[str, str]:
    r = extract_text(text, "t.txt")
    return {m.text: r.entities[m.entity].key for m in r.mentions if r.entities[m.entity].type == "Organization"}


def test_a_city_with_a_masculine_nationality_after_it_in_a_sentence_of_sport_is_a_club():
    orgs = _orgs("وأكد مدرب الفريق أن اللاعب سينتقل إلى موناكو الفرنسي بعد نهاية الدوري.")
    assert orgs.get("موناكو", "").endswith("_team")


def test_a_city_with_a_feminine_nationality_after_it_stays_the_city():
    orgs = _orgs("وأقام المنتخب معسكره في مدينة ميلانو الإيطالية قبل البطولة.")
    assert not any(k.endswith("_team") for k in orgs.values())


def test_a_city_with_its_country_between_brackets_in_results_is_a_club():
    orgs = _orgs("وفي نتائج الجولة الثانية من البطولة: برشلونة ( إسبانيا ) - ليون ( فرنسا ) 2 - 1.")
    assert orgs.get("برشلونة", "").endswith("_team")


def test_a_country_after_the_noun_of_a_meeting_in_a_sentence_of_sport_is_a_team():
    orgs = _orgs("وطالب المدرب اللاعبين ببذل الجهد في لقاء الأردن غدا في التصفيات.")
    assert orgs.get("الأردن", "").endswith("_team")
