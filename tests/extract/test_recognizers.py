"""Each recognizer of kg/extract/recognizers/ on sentences of our own, through the public API: `find_mentions` with
only that recognizer switched on proposes the candidate, and the whole finder keeps it."""

from pathlib import Path

import pytest

from kg.extract.mentions import RECOGNIZERS, find_mentions
from kg.text.analysis import analyse

CASES = [
    ("titles", "وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.",
     ("وزير الخارجية الروسي سيرغي لافروف", "Person", "lavrov")),
    ("institutions", "وأعلنت وزارة الداخلية السعودية القبض على المتهم.",
     ("وزارة الداخلية السعودية", "Organization", "saudi_arabia_interior_ministry")),
    ("named", "وفاز حزب الأصالة والمعاصرة بالانتخابات.", ("حزب الأصالة والمعاصرة", "Organization", None)),
    ("forces", "وتقدمت قوات الرئيس السابق علي عبدالله صالح نحو المدينة.",
     ("قوات الرئيس السابق علي عبدالله صالح", "Group", "ali_abdullah_saleh_forces")),
    ("groups", "وقصفت القوات الروسية المدينة.", ("القوات الروسية", "Group", "russia_forces")),
    ("places", "ووصل الوفد إلى محافظة البيضاء أمس.", ("محافظة البيضاء", "Place", None)),
    ("facilities", "وهبطت الطائرة في مطار جدة الدولي.", ("مطار جدة", "Place", "jeddah_airport")),
    ("credits", "المصدر | واس", ("واس", "Organization", "spa")),
    ("listed", "وزار الرئيس الفرنسي موسكو.", ("موسكو", "State", "russia")),
    ("names", "وقال محمد العتيبي إن المشروع اكتمل.", ("محمد العتيبي", "Person", None)),
    ("names", "وقال جون كيربي إن الهجوم فشل.", ("جون كيربي", "Person", None)),
    ("kingdom", "وقالت وزارة الخارجية السعودية إن المملكة ترفض التدخل.", ("المملكة", "State", "saudi_arabia")),
]


def _found(text: str, recognizers=None) -> set[tuple[str, str, str | None]]:
    mentions, _focus = find_mentions(analyse(text), recognizers=recognizers)
    return {(text[m.span.begin:m.span.end], m.type, m.key) for m in mentions}


@pytest.mark.parametrize(("module", "text", "expected"), CASES, ids=[c[0] + str(i) for i, c in enumerate(CASES)])
def test_a_recognizer_alone_proposes_its_candidate_and_the_finder_keeps_it(module, text, expected):
    surface, typ, key = expected
    alone = _found(text, {module})
    assert any(s == surface and t == typ and (key is None or k == key) for s, t, k in alone), alone
    assert any(s == surface and t == typ and (key is None or k == key) for s, t, k in _found(text)), _found(text)


def test_without_its_recognizer_the_candidate_is_not_proposed():
    text = "ووصل الوفد إلى محافظة البيضاء أمس."
    others = {module for module, _method in RECOGNIZERS} - {"places"}
    assert not any(s == "محافظة البيضاء" for s, _t, _k in _found(text, others))


def test_a_kingdom_is_no_focus_state_when_two_kingdoms_are_named():
    text = "وقالت وزارة الخارجية السعودية إن المملكة تشكر المملكة المغربية على موقفها."
    assert not any(s == "المملكة" and k == "saudi_arabia" for s, _t, k in _found(text, {"kingdom"}))


def test_every_recognizer_module_is_asked():
    folder = Path(__file__).resolve().parents[2] / "kg" / "extract" / "recognizers"
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "shared"}
    assert modules == {module for module, _method in RECOGNIZERS}


def test_a_body_sited_in_a_town_belongs_to_the_towns_state():
    """«مكتب الأمم المتحدة في أربيل»: its country is Iraq; Erbil is a place and the shapes allow only a state."""
    from kg.pipeline import extract_text
    result = extract_text("نظم العشرات وقفة احتجاجية أمام مكتب الأمم المتحدة في أربيل أمس.")
    offices = [e for e in result.entities.values() if e.key.endswith("_erbil") and e.type == "Organization"]
    assert offices and all(e.country == "iraq" for e in offices)


def test_the_site_of_an_accident_is_no_web_site():
    """«موقع الحادث», «الموقع الإلكتروني للمسابقة»: after «موقع» a definite common word is a place or the web site
    of something, not a body's name; a listed site («موقع تويتر») still names it."""
    from kg.pipeline import extract_text
    for text in ("وهرعت فرق الإسعاف إلى موقع الحادث فور وقوعه.",
                 "ويبدأ تلقي الطلبات عبر الموقع الإلكتروني للمسابقة حتى نهاية أكتوبر."):
        assert extract_text(text).mentions == [], text
    assert "twitter" in extract_text("ونشر على موقع تويتر صورة للقاء.").entities


def test_a_two_letter_name_is_read_as_written_hamza_and_madda_too():
    month = "وتقام المزادات شهريا ما عدا شهر أغسطس (آب) من كل عام."
    assert not any(k == "ibb" for _s, _t, k in _found(month)), _found(month)
    city = "وقصفت الطائرات مواقع في مدينة إب اليمنية."
    assert any(k and k.startswith("ibb") for _s, _t, k in _found(city)), _found(city)


def test_a_bare_body_in_the_title_after_a_listed_name_is_a_body_of_that_persons_state():
    yemen = "وتعاني اليمن من الحرب، وتلقت اليمن مساعدات جديدة. "
    chain = "وأمر الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء بإرسال المساعدات."
    found = _found(yemen + chain)
    assert ("مجلس الوزراء", "Organization", "saudi_arabia_government") in found, found
    # the title belongs to someone else when a preposition comes between («مع رئيس»): the story's country
    met = "وعقد محمد بن سلمان جلسة مباحثات مع رئيس مجلس الوزراء في صنعاء."
    assert ("مجلس الوزراء", "Organization", "yemen_government") in _found(yemen + met), _found(yemen + met)


def test_an_institution_takes_the_nisba_after_one_adjective_but_an_ambiguous_head_does_not():
    swiss = "وتقيم سويسرا تحقيقا في سويسرا. "
    text = swiss + "وتطالب السلطات القضائية الأمريكية بتسليم الموقوفين."
    assert ("السلطات القضائية الأمريكية", "Organization", "usa_government") in _found(text), _found(text)
    text = "وقال البنك إن النظام المالي السعودي متين."  # a system, not the regime
    assert not any(k == "saudi_arabia_government" for _s, _t, k in _found(text)), _found(text)


def test_a_rank_and_a_nationality_without_a_name_is_no_office():
    text = "وسبق أن خطف الفريق القطري بطاقة العبور بعد فوزه في الرياض."  # the Qatari team
    assert not any(t == "Person" for _s, t, _k in _found(text)), _found(text)
    text = "وقال الرئيس الكازاخستاني إن الحل سياسي."  # an office: its holder is resolved later
    assert any(s == "الرئيس الكازاخستاني" and t == "Person" for s, t, _k in _found(text)), _found(text)


def test_one_common_word_after_a_title_is_no_name_but_a_foreign_one_is():
    for text in ("ويواصل الفريق طيلة الأسبوع تدريباته.", "وقال الفريق بيد أن المدرب غائب."):
        assert not any(t == "Person" for _s, t, _k in _found(text)), _found(text)
    text = "وقال مدرب الفريق دونيس إن اللاعبين جاهزون."  # a coach's foreign name
    assert any(s.endswith("دونيس") and t == "Person" for s, t, _k in _found(text)), _found(text)


def test_the_strength_of_a_thing_is_no_force():
    text = "وتراجعت الأسهم بفعل قوة الدولار أمام العملات."
    assert not any(t == "Organization" for _s, t, _k in _found(text)), _found(text)
    # «بقوة» is "strongly"; «قوة» before a verb is "a force" of no name
    for text in ("وأيدوا بقوة بذل المزيد من الجهود لتقويض تنظيم داعش.", "وقال إن قوة تقدمت نحو المدينة."):
        assert not any(t == "Organization" and k != "isis" for _s, t, k in _found(text)), _found(text)


def test_a_head_noun_with_a_possessed_noun_names_nothing_but_a_known_place_after_it_does():
    text = "وأشاد المدرب بقيادة فريقها للمباراة وبحث عن موقع سقوطها."
    assert not any(t == "Organization" for _s, t, _k in _found(text)), _found(text)
    assert any(s == "جامعة فيينا" and t == "Organization" for s, t, _k in _found("وتخرج من جامعة فيينا عام 1990."))


def test_a_formula_an_unnamed_facility_and_a_byline_city_are_no_names():
    text = "وهنأ رئيس مجلس الشورى خادم الحرمين الشريفين ـ حفظه الله ـ وعموم المسلمين."
    assert not any("حفظه" in s for s, _t, _k in _found(text)), _found(text)
    text = "وأوقفت الشرطة مغني الراب في مطار بإيطاليا أمس."  # an airport in Italy, not Italy's airport
    assert not any(k == "italy_airport" for _s, _t, k in _found(text)), _found(text)
    text = "أحمد علي- سبق- القاهرة: حذف موقع تويتر صورة الخلفية."  # the city the story was filed from
    assert ("القاهرة", "Place", "cairo") in _found(text), _found(text)


def test_a_term_of_office_is_no_place():
    text = "وأعيد انتخاب بلاتر لولاية خامسة على رأس الاتحاد."
    assert not any(t == "Place" for _s, t, _k in _found(text)), _found(text)
    text = "وزار الوفد محافظة حقل أمس."  # a governorate with a name that is also a common word
    assert any(s == "محافظة حقل" and t == "Place" for s, t, _k in _found(text)), _found(text)


def test_a_title_after_a_comma_and_a_conjunction_is_another_persons():
    text = "وحضر اللقاء وزير المالية، والدكتور عادل الطريفي وزير الثقافة والإعلام."
    found = _found(text)
    assert not any(s.startswith("وزير المالية") and "الطريفي" in s for s, _t, _k in found), found
    assert any(s.endswith("عادل الطريفي") and t == "Person" for s, t, _k in found), found
    text = "واستقبل هادي مبعوث الأمين العام للأمم المتحدة في الرياض."  # «مبعوث» in construct is a title
    assert not any(s == "هادي مبعوث" for s, _t, _k in _found(text)), _found(text)


def test_an_airport_that_acts_is_its_operator_an_entity_apart_from_the_place():
    place = _found("وهبطت الطائرة في مطار عدن الدولي أمس.")
    actor = _found("حيث استقبل مطار عدن الدولي أول طائرة عسكرية سعودية.")
    assert ("مطار عدن", "Place", "aden_airport") in place, place
    assert ("مطار عدن", "Organization", "aden_airport_operator") in actor, actor


def test_one_facility_as_a_place_and_as_an_actor_in_two_articles_builds_a_valid_graph():
    from kg.api import to_graph
    from kg.validate import validate

    g = to_graph({"a.txt": "الأحد 9 أغسطس 2015\nوهبطت الطائرة في مطار عدن الدولي أمس.",
                  "b.txt": "الأحد 9 أغسطس 2015\nحيث استقبل مطار عدن الدولي أول طائرة عسكرية سعودية."})
    assert validate(g).conforms
