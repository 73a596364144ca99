"""Capabilities of the extractors, pinned on sentences written for these tests (not taken from the seeds)."""

import pytest

from kg.build import build_from_texts
from kg.pipeline import extract_text
from kg.vocab import KGO

DATELINE = "الخميس 13 مارس 2025\n"


def _run(body: str, doc: str = "t.txt"):
    return extract_text(DATELINE + body, doc)


def _by_text(r):
    return {m.text: r.entities[m.entity] for m in r.mentions}


@pytest.mark.parametrize("sentence, name", [
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده تتابع الوضع.", "أنور إبراهيم"),
    ("وأكد الأمين العام للجامعة العربية أحمد أبو الغيط أن الحل سياسي.", "أحمد أبو الغيط"),
    ("وصرح السفير الصيني تشانغ جون بأن بكين تدعم الحوار.", "تشانغ جون"),
    ("وقال المبعوث الأممي هانس غروندبرغ إن الهدنة صامدة.", "هانس غروندبرغ"),
])
def test_people_introduced_by_a_title_are_found_even_when_no_list_knows_them(sentence, name):
    ents = _by_text(_run(sentence))
    assert ents[name].type == "Person"


def test_institutions_are_built_from_a_head_noun_and_an_owner():
    r = _run("ودانت وزارة الخارجية الروسية الهجوم، فيما دعا مجلس الأمن الدولي إلى ضبط النفس.")
    ents = _by_text(r)
    ministry = ents["وزارة الخارجية الروسية"]
    assert ministry.type == "Organization" and ministry.key.startswith("russia")
    assert ents["مجلس الأمن الدولي"].type == "Organization"


def test_militant_groups_and_places_after_place_nouns():
    r = _run("وتبنت حركة الشباب الهجوم الذي وقع في مدينة بيدوا جنوب غرب الصومال.")
    ents = _by_text(r)
    assert any(e.type == "Group" and "Shabaab" in (e.label_en or "") for e in ents.values())
    assert any(e.type == "Place" for t, e in ents.items() if "بيدوا" in t)


def test_anaphoric_ministry_and_continuing_speech_keep_speaker_and_date():
    r = _run("وقالت وزارة الصحة العراقية، الثلاثاء، إن 12 شخصا أصيبوا. وأضافت الوزارة أن الحالات مستقرة.")
    first, second = r.statements[:2]
    assert first.speaker == second.speaker and "health" in first.speaker
    assert str(first.date) == "2025-03-11" and second.date == first.date


def test_joint_statement_gives_one_statement_per_speaker():
    r = _run("وأكد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني، الأربعاء، "
             "رفضهما تهجير الفلسطينيين.")
    speakers = {s.speaker for s in r.statements}
    assert len(speakers) >= 2


def test_repeated_statement_across_articles_is_linked():
    text = DATELINE + "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة لن تقبل بتقسيم سوريا.\n"
    ds, _report = build_from_texts({"a.txt": text, "b.txt": text.replace("وقال", "وأكد")})
    assert len(list(ds.quads((None, KGO.sameStatementAs, None, None)))) >= 2


def test_verb_subject_object_order_and_passive_and_modal_forms():
    r = _run("واعتقلت الشرطة الفرنسية ثلاثة مشتبه بهم. واعتُقِل صحفي في طهران. "
             "وقد يفرض الاتحاد الأوروبي عقوبات على موسكو إذا لم تنسحب.")
    coded = {(r.entities[a.actor].type, a.type) for a in r.actions}
    assert ("Organization", "COERCE") in coded
    assert not any(a.trigger.startswith("واعتُقِل") for a in r.actions)


def test_figures_understand_words_digits_and_qualifiers():
    r = _run("وأعلنت وزارة الصحة اللبنانية مقتل ٤٥ شخصا على الأقل وإصابة نحو ألفين آخرين، "
             "فيما اعتقلت السلطات عشرين ألف شخص.")
    got = {(f.value, f.measure): f for f in r.figures}
    assert (45, "killed") in got and got[(45, "killed")].qualifier == "at_least"
    assert (2000, "injured") in got and got[(2000, "injured")].qualifier == "about"
    assert (20000, "arrested") in got
    assert got[(45, "killed")].reporter and "health" in got[(45, "killed")].reporter


def test_names_opened_by_a_head_noun_become_organizations_and_places():
    r = _run('وتبنت حركة النجباء العراقية الهجوم، ونقلت صحيفة "الوطن" عن مصادر أن مخيم جباليا تعرض للقصف.')
    ents = _by_text(r)
    assert ents["حركة النجباء العراقية"].type == "Group"  # a named armed group
    assert ents['صحيفة "الوطن"'].type == "Organization"
    assert any(e.type == "Place" for t, e in ents.items() if "جباليا" in t)
    assert not any("تعرض" in t for t in ents)


def test_a_head_noun_with_an_adjective_is_not_a_name():
    ents = _by_text(_run("وطلب الرئيس الدعم من تحالف عسكري إقليمي."))
    assert not any("تحالف" in t for t in ents)


def test_a_source_line_names_the_outlet():
    r = _run("وقال المتحدث إن الاجتماع انتهى.\n\nالمصدر | رويترز\n")
    assert r.article.outlet == "Reuters"
    assert any(r.entities[m.entity].label_en == "Reuters" for m in r.mentions)
