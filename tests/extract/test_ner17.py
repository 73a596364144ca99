"""Sport (round 17): a game's score makes a sentence one of sport for the rules' teams, and in such a sentence the
statistical model's one-word clubs and players pass the merge guard. Sentences of our own."""

from __future__ import annotations

from kg.extract.recognizers.shared import score_at, sport_sentence
from kg.lexicon import match_key
from kg.pipeline import extract_text
from kg.text.analysis import analyse


def _orgs(text: str) -> dict[str, str]:
    r = extract_text(text, "t.txt")
    return {m.text: r.entities[m.entity].key for m in r.mentions if r.entities[m.entity].type == "Organization"}


def _keys(text: str) -> list[str]:
    return [match_key(t.norm) for t in analyse(text).tokens]


def test_a_score_makes_a_sentence_one_of_sport():
    assert score_at(_keys("انتهى اللقاء 3 - 1"), 2) and score_at(_keys("انتهى اللقاء 4 - صفر"), 2)
    assert sport_sentence(_keys("وتغلبت كينيا على أوغندا 2 - صفر أمس."))
    assert not sport_sentence(_keys("وقتل ما بين 10 - 2000 شخص في الهجوم."))  # no two small numbers
    assert not sport_sentence(_keys("ووقعت كينيا اتفاقا مع أوغندا أمس."))


def test_the_sides_of_a_game_with_a_score_and_no_word_of_sport_are_teams():
    orgs = _orgs("وفي المساء فازت كينيا على أوغندا 2 - صفر.")
    assert orgs["كينيا"].endswith("_team") and orgs["أوغندا"].endswith("_team")
    assert not _orgs("ووقعت كينيا اتفاقا مع أوغندا أمس.")
