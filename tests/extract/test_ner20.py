"""Round 20 of the names (#12). Sentences of our own."""

from __future__ import annotations

from extract_helpers import guard as _guard

from kg.pipeline import extract_text


def _persons(text: str) -> set[str]:
    r = extract_text(text, "t.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "Person"}


def test_a_name_ends_before_a_preposition_a_noun_and_his_pronoun():
    persons = _persons("وتأهل الروسي دميتري تورسونوف بفوزه على الإسباني كارلوس مويا 7 - 6 في الدور الثاني.")
    assert "دميتري تورسونوف" in persons and not any("بفوزه" in p for p in persons)
    persons = _persons("وجاء تقديم الأمير فهد بن خالد لاستقالته من رئاسة النادي متوقعا.")
    assert "فهد بن خالد" in persons and not any("لاستقالته" in p for p in persons)


def _orgs(text: str) -> set[str]:
    r = extract_text(text, "t.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "Organization"}


def test_movement_of_a_common_noun_is_no_organization_but_a_named_movement_is():
    assert not any("حركة" in o for o in _orgs("وشهدت حركة السوق ارتفاعا، وتكون حركة الرياح السطحية شمالية."))
    assert not any("حركة" in o for o in _orgs("وأعاق الإضراب حركة البضائع والركاب عبر الميناء."))
    assert "حركة العدل والمساواة" in _orgs("وقال المتحدث باسم حركة العدل والمساواة إن الهجوم فشل.")


def test_the_merge_takes_no_movement_of_a_common_noun_from_the_model():
    assert _guard("وزادت حركة المسافرين عبر المطار هذا العام.", "حركه المسافرين", "Organization") is None
    assert _guard("وزادت حركة المسافرين عبر المطار هذا العام.", "حركه", "Organization") is None


def test_a_foreign_given_name_in_the_list_opens_a_name_with_no_title():
    assert "خوان بيريز" in _persons("ووصل خوان بيريز إلى العاصمة أمس في زيارة قصيرة.")
    assert "سيباستيان فيتيل" in _persons("وحضر الحفل سيباستيان فيتيل وعدد من السائقين.")


def test_a_name_opened_by_a_given_name_ends_before_a_verb():
    persons = _persons("وأكد المدرب في المؤتمر الصحفي أن خوان سيبقى مع الفريق هذا الموسم.")
    assert not any("سيبقى" in p for p in persons)


def test_the_word_after_a_name_link_is_read_as_a_name_not_a_verb():
    assert any("سيلفا" in p for p in _persons("ووصل خورخي دا سيلفا إلى الرياض أمس لتوقيع العقد."))


def test_a_definite_body_with_adjectives_ending_in_a_superlative_is_a_name():
    text = "وأصدرت المحكمة الدستورية العليا حكمها أمس."
    assert _guard(text, "المحكمه الدستوريه العليا", "Organization") is not None
    assert _guard(text, "المحكمه الدستوريه", "Organization") is None  # a head and one adjective describe


def test_a_given_name_before_a_common_word_opens_no_name_though_the_word_is_also_a_name():
    assert not any("كبير" in p for p in _persons("وقال مسؤول تركي كبير إن جنديا قتل في الاشتباك."))
    assert not any("احد" in p or "أحد" in p for p in _persons("وكان فهد أحد المرشحين الأربعة في الانتخابات."))


def test_a_name_the_model_cut_at_a_link_takes_the_word_after_it():
    text = "ونال المهاجم سامر أبو عرقوب البطاقة الحمراء في الشوط الثاني."
    kept = _guard(text, "سامر ابو")
    assert kept is not None and kept[1] - kept[0] == 3


def test_a_family_name_spelled_as_a_title_closes_a_given_name():
    assert "أحمد السيد" in _persons("وأكد أحمد السيد أن الشركة ستواصل العمل في المشروع.")
    assert "محمد السيد" not in _persons("واستقبل الوزير محمد السيد الأمين العام للمنظمة.")


def test_a_noun_with_the_pronoun_spelled_as_a_given_name_with_ta_marbuta_opens_no_name():
    text = "وعاد الكاتب إلى ناديه الأدبي بعد غياب طويل."
    assert not any("ناديه" in p for p in _persons(text))
    assert _guard("وفي المساء، ناديه الأدبي استقبل الضيوف.", "ناديه الادبي") is None
    assert "نادية السقاف" in _persons("وقالت نادية السقاف إن الحكومة مستمرة في عملها.")
