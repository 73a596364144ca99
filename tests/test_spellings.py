"""kg.spellings: one record per token spelling, shared by the extractors that read facts of the spelling alone."""

from kg import spellings
from kg.extract.mentions import MentionFinder, _nisba_of
from kg.extract.recognizers.shared import _SPORT_WORDS, word_of
from kg.lexicon import gazetteer, token_keys
from kg.text.analysis import analyse


def test_one_record_per_spelling_and_list():
    keys = ["قال", "الرئيس", "قال", "المصري"]
    recs = spellings.records(keys)
    assert len(recs) == 4 and recs[0] is recs[2] and recs[0] is not recs[1]
    assert spellings.records(keys) is recs  # kept for the list
    assert spellings.records(list(keys))[1] is recs[1]  # another list, the same spellings' records
    fresh = spellings.Spelling()
    assert fresh.nisba is fresh.mask is fresh.opens is fresh.sport is fresh.weekday is spellings.UNKNOWN


def test_fields_hold_what_the_memos_they_replace_held():
    analysis = analyse("فازت السعودية على الفريق المصري في مباراة كرة القدم، وقال الوزير السعودي إن المنتخب فاز.")
    finder = MentionFinder(analysis)
    finder.find()
    keys = token_keys(analysis)
    gaz = gazetteer()
    for key, rec in zip(keys, spellings.records(keys), strict=True):
        if rec.nisba is not spellings.UNKNOWN:
            assert rec.nisba == _nisba_of(gaz, key)
        assert rec.sport is spellings.UNKNOWN or rec.sport == word_of(key, _SPORT_WORDS)
    assert any(rec.sport is True for rec in spellings.records(keys))


def test_records_start_again_when_the_lexicons_or_an_index_they_read_change(monkeypatch):
    class Index:
        _generation = 0

    class Lex:
        actions, speech = Index(), Index()

    lex, gaz = Lex(), object()
    monkeypatch.setattr(spellings, "owners", lambda: (lex, gaz))
    keys = ["قال", "الرئيس"]
    first = spellings.records(keys)
    first[0].nisba = "x"
    assert spellings.records(list(keys))[0] is first[0]
    lex.speech = Index()
    lex.speech._generation = 1  # an entry added to the speech lexicon
    again = spellings.records(list(keys))
    assert again[0] is not first[0] and again[0].nisba is spellings.UNKNOWN
    monkeypatch.setattr(spellings, "owners", lambda: (Lex(), gaz))  # other lexicons
    assert spellings.records(list(keys))[0] is not again[0]
