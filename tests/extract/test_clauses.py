"""The clause reader on sentences written for these tests: subjects, governed actors, clause ends and targets."""

from datetime import date

from kg.extract.actions import ActionExtractor
from kg.extract.context import DocContext
from kg.extract.mentions import find_mentions_with_outlet
from kg.extract.resolve import resolve
from kg.extract.statements import extract_statements
from kg.model import Article
from kg.text.analysis import analyse


def _reader(text: str) -> ActionExtractor:
    analysis = analyse(text)
    raw, focus, _outlet = find_mentions_with_outlet(analysis, skip=[])
    entities, _mentions = resolve(raw, focus, text)
    ctx = DocContext(Article(doc="c.txt", text=text), analysis, raw, entities, focus, date(2025, 3, 12))
    return ActionExtractor(ctx, set(), extract_statements(ctx, set()))


def _at(reader: ActionExtractor, word: str) -> int:
    return next(k for k, t in enumerate(reader.toks) if t.text == word)


def test_conjunction_and_article_do_not_make_a_governed_actor():
    r = _reader("وأدانت فرنسا والولايات المتحدة الهجوم، ودعت لوزارة الخارجية بالتحقيق.")
    usa = r.ctx.mention_at(_at(r, "والولايات"))
    ministry = r.ctx.mention_at(_at(r, "لوزارة"))
    assert usa is not None and not r._governed(usa)
    assert ministry is not None and r._governed(ministry)


def test_the_subject_after_the_verb_skips_adverbs_and_stops_at_a_preposition():
    r = _reader("وحذرت فيه واشنطن من العواقب. وقالت في بيان إن الوضع خطير.")
    subj = r._subject_after(_at(r, "فيه"), len(r.keys))
    assert subj is not None and subj.key == "usa"
    assert r._subject_after(_at(r, "في"), len(r.keys)) is None


def test_a_clause_ends_at_a_participle_or_a_relative_ma():
    r = _reader("وحذر المبعوث من عودة التنظيم، مطالبا مجلس الأمن بالتحرك، ما دفع روسيا إلى الرد.")
    start = _at(r, "من")
    assert r.keys[r._clause_end(start, len(r.keys))] == "،"
    assert r._clause_end(start, len(r.keys)) < _at(r, "مطالبا")


def test_a_target_described_by_the_speaker_is_read_past_the_description():
    r = _reader('وأمر الرئيس التونسي قيس سعيد بإطلاق النار، على من وصفهم بـ"المجرمين".')
    start = _at(r, "النار") + 1
    target = r._target(start, len(r.keys), "علي", "kais_saied", "COERCE")
    assert target is not None and target.endswith("armed_groups")
