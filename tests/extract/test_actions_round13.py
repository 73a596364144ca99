"""Actions, round 13 (verbs behind a conjunction, arrests): sentences written for these tests."""

from kg.pipeline import extract_text

DATELINE = "الأحد 9 مارس 2025\n"


def _actions(body: str) -> set[tuple[str, str, str | None]]:
    r = extract_text(DATELINE + body, "a.txt")
    return {(r.entities[a.actor].label_en, a.type, r.entities[a.target].label_en if a.target else None)
            for a in r.actions}


def test_a_conjunction_on_a_verb_opening_with_alif_lam_is_not_the_article():
    # «والتقى» and «وألقت» fold to «والتقي», «والقت»: و + the verb, not و + ال + a noun
    got = _actions("والتقى الرئيس المصري عبد الفتاح السيسي الملك سلمان بن عبد العزيز في الرياض.")
    assert any(t == "CONSULT" and a == "Abdel Fattah el-Sisi" for a, t, _ in got), got
    got = _actions("وألقت الشرطة السعودية القبض على ثلاثة مطلوبين في جدة.")
    assert any(t == "COERCE" for _a, t, _ in got), got


def test_an_arrest_made_is_coded_for_who_made_it_and_the_passive_names_nobody():
    got = _actions("ألقت السلطات الألمانية القبض على شخص يشتبه في انتمائه لتنظيم داعش.")
    assert {t for _a, t, _ in got} == {"COERCE"}, got
    assert not _actions("وألقي القبض على سبعة من المتهمين في ألمانيا.")
    # the same verb, spelled with ي in a paper that writes ى so, keeps its subject when it is not form IV
    got = _actions("والتقي الرئيس المصري عبد الفتاح السيسي الملك سلمان بن عبد العزيز في الرياض.")
    assert any(t == "CONSULT" for _a, t, _ in got), got
