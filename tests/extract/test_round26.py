"""Round 26: the words naming people an action is aimed at when no entity names them (kgo:targetText)."""

import pytest

from tests.extract.extract_helpers import result


def _phrases(body: str) -> set[tuple[str, str, str | None]]:
    """(actor key, PLOVER type, target words) of every action without an entity target."""
    return {(a.actor, a.type, a.target_text) for a in result(body).actions if a.target is None}


@pytest.mark.parametrize(("body", "kind", "words"), [
    ("واعتقلت قوات الاحتلال الإسرائيلي ثلاثة مواطنين فلسطينيين من مدينة الخليل.", "COERCE",
     "ثلاثة مواطنين فلسطينيين"),
    ("وقتل تنظيم القاعدة في بلاد المغرب الإسلامي 14 جنديا جزائريا في كمين.", "ASSAULT", "14 جنديا جزائريا"),
    ("واعتقلت الشرطة الفرنسية رجلين وضبطت أسلحة.", "COERCE", "رجلين"),
    ("وقتل تنظيم داعش 4 مدنيين، بينهم طفل.", "ASSAULT", "4 مدنيين"),
    # after the preposition that introduces the trigger's target
    ("ألقت قوات الأمن اللبناني القبض على أربعة أشخاص ينتمون إلى مجموعات مسلحة.", "COERCE", "أربعة أشخاص"),
    ("وكان تنظيم داعش قد شن هجوما جديدا على القوات الحكومية السورية المتمركزة في قاعدة جوية.", "ASSAULT",
     "القوات الحكومية السورية"),
])
def test_people_no_entity_names_are_the_target_as_written(body, kind, words):
    assert any(t == kind and w == words for _a, t, w in _phrases(body)), _phrases(body)


@pytest.mark.parametrize("body", [
    "ورفضت إيران حتى الآن نشر القوات.",  # a time, not whom
    "واقتحم الجيش الإسرائيلي عدة منازل في الخليل.",  # houses, not people
    "واستهدفت عناصر جيش الفتح عددا من النقاط.",  # the subject's noun, completed by its name
    "وطالب علي حسن عيسى «يمني» بإطلاق سراحه.",  # one national after the subject: his apposition
    "وتظاهر آلاف العراقيين في بغداد احتجاجا على انقطاع الكهرباء.",  # who protests, not whom
    "وشنت الطائرات التركية غارات على مواقع في شمال العراق.",  # positions, no people
])
def test_no_target_words_for_things_times_or_the_subject(body):
    assert all(w is None for _a, _t, w in _phrases(body)), _phrases(body)


def test_an_entity_target_leaves_no_target_words():
    r = result("واعتقلت الشرطة التركية ثلاثة عناصر من تنظيم داعش.")
    assert [(a.type, r.entities[a.target].label_en, a.target_text) for a in r.actions] == \
        [("COERCE", "Islamic State", None)]


def test_a_rank_with_rukn_is_a_title_not_part_of_the_name():
    r = result("وقال اللواء ركن أحمد عسيري إن طيران التحالف قصف مواقع الحوثيين.")
    assert "ahmed_asiri" in {m.entity for m in r.mentions}
    assert not any("ركن" in r.entities[m.entity].label_ar for m in r.mentions if r.entities[m.entity].type == "Person")


def test_the_preposition_before_people_of_a_body_governs_the_body():
    r = result("شن تنظيم داعش عملية عسكرية جديدة ضد مقاتلين من المعارضة السورية المسلحة، شمال مدينة حلب.")
    assert [(a.type, r.entities[a.target].label_en if a.target else None) for a in r.actions] == \
        [("ASSAULT", "opposition")]


def test_a_call_continuing_an_unnamed_speaker_is_not_given_to_the_one_he_spoke_of():
    unnamed = "وقال وزير الخارجية إن إيران تدعم الإرهاب، داعيا المجتمع الدولي إلى التحرك."
    assert not result(unnamed).actions
    named = "وقال وزير الخارجية السعودي عادل الجبير إن إيران تدعم الإرهاب، داعيا المجتمع الدولي إلى التحرك."
    r = result(named)
    assert [(r.entities[a.actor].label_en, a.type) for a in r.actions] == [("Adel al-Jubeir", "REQUEST")]


def test_an_arrest_named_by_its_noun_is_not_the_reporting_person_s():
    reported = ("وأوضح الناطق الإعلامي لشرطة منطقة حائل الرائد سامي بن فهيد الشمري أن المختصين بالشرطة باشروا "
                "إجراءات الضبط والتحقيق والقبض على الجاني.")
    assert not any(a.type == "COERCE" for a in result(reported).actions)
    ordered = result("وأمر الرئيس بوتين باعتقال ميخائيل خودوركوفسكي.")
    assert [(ordered.entities[a.actor].label_en, a.type) for a in ordered.actions] == [("Vladimir Putin", "COERCE")]
    directed = result("ووجه أمير منطقة مكة المكرمة الأمير خالد الفيصل بسرعة القبض على الشبان الذين تحرشوا بفتاتين.")
    assert [(directed.entities[a.actor].label_en, a.type) for a in directed.actions] == \
        [("Khalid bin Faisal Al Saud", "COERCE")]
    own = result("وطردت تونس السفير السوري احتجاجا على قمع الرئيس السوري بشار الأسد للاحتجاجات.")
    assert ("Bashar al-Assad", "COERCE") in {(own.entities[a.actor].label_en, a.type) for a in own.actions}


def test_a_plural_imperfect_of_a_listed_call_verb_is_a_call_too():
    """«يطالب» is listed; «يطالبون» is the same verb: what they demand has not happened."""
    r = result("وافادت تقارير ان الخاطفين يطالبون بانسحاب حزب الله من سوريا.")
    assert not any(a.type == "RETREAT" for a in r.actions), r.actions
    from kg.lexicon import lexicons
    assert lexicons().actions.match(["يطالبون"], 0)[2][0]["type"] == "REQUEST"
    assert lexicons().actions.match(["يدعون"], 0) is None  # also "they claim": not read from «يدعو»


def test_a_family_name_after_a_rank_says_nothing_of_the_story_s_country():
    r = result("ووصف اللواء التركي العملية بالجبانة. وتوعدت وزارة الداخلية بملاحقة منفذي الهجوم على المسجد في عسير "
               "بالسعودية.")
    assert [(r.entities[a.actor].label_en, a.type) for a in r.actions] == \
        [("Ministry of Internal Affairs of Saudi Arabia", "THREATEN")]


@pytest.mark.parametrize("body", [
    "وأصدر مجلس الأمن 6 قرارات ما بين 2006 و2010، يطالب فيها إيران بوقف تخصيب اليورانيوم.",
    "وطالب الصرخي بإصدار قرار صريح وواضح وشديد اللهجة يطالب إيران بالخروج من العراق.",
])
def test_a_document_past_its_adjectives_or_with_fiha_is_the_one_asking(body):
    r = result(body)
    assert not any(r.entities[a.actor].label_en == "Iran" for a in r.actions), r.actions


def test_the_one_met_is_not_the_subject_of_the_next_visit():
    r = result("كما زار الوفد الغرفة التجارية الصناعية بالمنطقة الشرقية والتقى بأمينها العام عبدالرحمن الوابل، وزار "
               "مصفاة رأس تنورة والتقى مديرها العام إبراهيم النعيمي، وزار شركة أرامكو بالظهران.")
    assert not any(a.type == "CONSULT" and "Wabil" in r.entities[a.actor].label_en for a in r.actions), r.actions


@pytest.mark.parametrize("body", [
    "وتعقيبا على تصريحات السفير الليبي، رفض ستيفان دجريك، الناطق الرسمي باسم أمين عام الأمم المتحدة، أن يعلق "
    "مباشرة عليها.",
    'ورفض معاطي في تصريحات إلى "الوطن" أمس التعليق على ما جاء في ادعاءات عبدالهادي.',
])
def test_declining_to_comment_past_an_aside_is_no_rejection(body):
    assert not any(a.type == "REJECT" for a in result(body).actions)


def test_a_rejection_of_a_proposal_stays():
    assert any(a.type == "REJECT" for a in result("ورفضت الحكومة الإسرائيلية الاقتراح الفرنسي.").actions)
