"""Round 20 (senses of verbs that also name a coercion, ...): sentences written for these tests."""

from extract_helpers import actions_by_key as _actions


def test_a_verb_of_arrest_that_also_means_to_stop_codes_an_arrest_only_with_people_as_object():
    # «أوقف» arrests people; with an activity as its object it stops it
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقفت الصين استيراد جميع منتجات الدواجن الأمريكية."))
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقف البنك المركزي الروسي بشكل مؤقت شراء الدولار."))
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقفت الحكومة المصرية المشروع على الفور."))
    assert any(t == "COERCE" for _a, t, _g in _actions("أوقفت الشرطة الإسبانية رجلا من مليلية."))
    assert any(t == "COERCE" for _a, t, _g in _actions("أوقفت قوة من الجيش اللبناني 23 شخصاً سورياً في عرسال."))
    assert any(t == "COERCE" for _a, t, _g in _actions("وقالت الشرطة الإسرائيلية إنها أوقفت يهوديين اثنين."))
