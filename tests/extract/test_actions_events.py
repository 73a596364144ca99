"""Protests and attacks said the common ways news says them: sentences written for these tests."""

from kg.pipeline import extract_text

DATELINE = "الأحد 9 مارس 2025\n"


def _actions(body: str) -> set[tuple[str, str, str | None]]:
    r = extract_text(DATELINE + body, "a.txt")
    return {(a.actor, a.type, a.target) for a in r.actions}


def _types(body: str) -> set[str]:
    return {t for _a, t, _ in _actions(body)}


def test_people_no_entity_names_who_protest_are_the_countrys_protesters():
    assert ("iraq_protesters", "PROTEST", None) in _actions("وفي العراق تظاهر ناشطون أمام مقر المحافظة.")
    assert "PROTEST" in _types("وفي السودان نفذ الأطباء إضرابا عن العمل في المستشفيات الحكومية.")


def test_whose_supporters_protest_is_not_whom_they_protest():
    got = _actions("تظاهر أنصار حزب العمال الكردستاني في بلدة جنوب شرق تركيا.")
    assert ("turkey_protesters", "PROTEST", None) in got and not any(t == "pkk" for _a, _t, t in got)


def test_a_protest_named_by_its_noun_after_a_light_verb():
    assert "PROTEST" in _types("وفي الأردن نظم العشرات من المعلمين وقفة احتجاجية أمام وزارة التربية.")
    assert "PROTEST" in _types("وفي لبنان خرج مئات المواطنين في مظاهرة للمطالبة بتحسين الخدمات.")
    assert "PROTEST" in _types("وفي تونس دخل عشرات الموقوفين في إضراب عن الطعام.")


def test_chanting_is_a_protest_only_when_protesters_chant():
    assert "PROTEST" in _types("وفي الجزائر هتف المتظاهرون بشعارات تطالب برحيل الحكومة.")
    assert "PROTEST" not in _types("وفي الجزائر هتف الجمهور للاعبين بعد المباراة.")


def test_a_story_that_names_no_country_still_has_protesters():
    got = _actions("احتج المئات من سكان المدينة على انقطاع الكهرباء.")
    assert ("world_protesters", "PROTEST", None) in got


def test_a_story_that_names_only_a_capital_is_about_its_country():
    got = _actions("تظاهر آلاف الطلاب أمام مقر البرلمان في الخرطوم.")
    assert {a for a, t, _ in got if t == "PROTEST"} == {"sudan_protesters"}


def test_opening_fire_on_someone_is_an_attack():
    got = _actions("وفي ليبيا أطلق مسلحون النار على دورية للشرطة في بنغازي.")
    assert {t for _a, t, _ in got} == {"ASSAULT"}


def test_the_coalition_a_force_noun_names_by_its_bare_head():
    # the theatre: in Yemen, the coalition is the one at war there
    assert ("saudi_led_coalition", "ASSAULT", "houthis") in _actions(
        "وفي اليمن قصفت طائرات التحالف مواقع الحوثيين في صعدة.")
    # the leader named after it
    assert "anti_isis_coalition" in {a for a, _t, _ in _actions(
        "وقصفت طائرات التحالف بقيادة الولايات المتحدة مواقع لتنظيم داعش.")}
    # no coalition named, none at war in the story's country: no entity
    assert not _actions("قصفت طائرات التحالف مواقع في مالي.")


def test_expressing_condemnation_is_an_accusation():
    assert ("kuwait", "ACCUSE", None) in _actions("وأعربت دولة الكويت عن إدانتها واستنكارها للتفجير الإرهابي.")
    assert "ACCUSE" in _types("وأعرب وزير الخارجية المصري سامح شكري في بيان عن استنكاره للهجوم.")


def test_a_light_verb_that_has_its_object_already_takes_no_later_one():
    # the channel published a video; «قوات» further on belongs to a place's name, no deployment
    assert not _actions("ونشرت قناة الإخبارية اليوم تسجيلا مصورا لآثار تفجير مسجد قوات الطوارئ.")
    assert ("russia", "MOBILIZE", "syria") in _actions("ونشرت روسيا أمس قوات في سوريا.")


def test_a_short_name_after_the_full_one_is_the_same_body():
    got = _actions("وشن الجيش التركي غارات على مواقع حزب العمال الكردستاني. وتبنى حزب العمال الأربعاء قتل شرطيين.")
    assert ("pkk", "ASSAULT", None) in got and not any(a == "labour_uk" for a, _t, _g in got)


def test_what_prompted_someone_is_no_request_of_anyone():
    got = _actions("وانضم ألفا بريطاني إلى داعش في سوريا والعراق، مما دعا كاميرون لتوجيه خطاب إلى الشعب البريطاني.")
    assert not any(t == "REQUEST" for _a, t, _g in got)
