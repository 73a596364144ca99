"""Sport (round 17): a game's score makes a sentence one of sport for the rules' teams, and in such a sentence the
statistical model's one-word clubs and players pass the merge guard. Sentences of our own."""

from __future__ import annotations

import pytest

from kg.extract import statistical_ner as sn
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


def _span(toks, word: str) -> tuple[int, int]:
    k = next(i for i, t in enumerate(toks) if t.norm == word)
    return k, k + 1


SPORT = "وخسر النادي أمام ليفربول بهدفين، وقال كارفاليو إن الفريق سيعود."
NEWS = "وأعلنت الشركة أن كارفاليو سيفتح فرعا لها في ليفربول."


def test_in_a_sentence_of_sport_one_word_the_model_calls_a_club_or_a_player_passes():
    a = analyse(SPORT)
    toks = a.sentences[0].tokens
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    assert guard(toks, *_span(toks, "ليفربول"), "Organization")[:2] == _span(toks, "ليفربول")
    assert guard(toks, *_span(toks, "كارفاليو"), "Person") == (*_span(toks, "كارفاليو"), "", "كارفاليو")


def test_outside_sport_one_word_stays_out():
    a = analyse(NEWS)
    toks = a.sentences[0].tokens
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    assert guard(toks, *_span(toks, "ليفربول"), "Organization") is None
    assert guard(toks, *_span(toks, "كارفاليو"), "Person") is None


@pytest.mark.parametrize("text, word", [
    ("وسجل الفريق هدفين، ووصف المدرب لاعبه بأنه تنافسي جدا.", "تنافسي"),  # an adjective: no foreign shape
    ("وسجل الفريق هدفين وأضاف توماس مولر الثالث.", "توماس"),  # a name the model cut short
    ("وسجل الفريق هدفين في الشوط الأول.", "الفريق"),  # a side nobody names
    ("وسجل الفريق هدفين وبث اللقاء تلفزيونياً.", "تلفزيونيا"),  # an adverb
])
def test_in_sport_a_common_word_a_cut_name_or_a_side_is_no_player(text, word):
    a = analyse(text)
    toks = a.sentences[0].tokens
    assert sn._Guard(a, [], sn.MERGED_TYPES)(toks, *_span(toks, word), "Person") is None
