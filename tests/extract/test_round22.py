"""Round 22: the office of a listed body named with no name after it («الأمين العام للأمم المتحدة») is its holder
that day, else that office as a person; a deputy's feminine title is the deputy's office. Sentences written for
these tests."""

from extract_helpers import result

DAY_2015 = "الأحد 9 أغسطس 2015\n"
DAY_2020 = "الأحد 9 أغسطس 2020\n"


def _speakers(text: str, dateline: str = DAY_2015) -> list[str]:
    r = result(text, dateline)
    return [r.entities[s.speaker].label_en for s in r.statements]


def test_a_bodys_secretary_general_with_no_name_is_the_holder_that_day():
    text = "وأكد الأمين العام للأمم المتحدة أن الحل في سوريا يجب أن يكون سياسيا."
    assert _speakers(text) == ["Ban Ki-moon"]
    assert _speakers(text, DAY_2020) == ["António Guterres"]
    assert _speakers("وقال الأمين العام لمجلس التعاون الخليجي إن الدول الأعضاء تدعم الحكومة اليمنية.") == \
        ["Abdullatif bin Rashid Al Zayani"]
    assert _speakers("وقال الأمين العام لجامعة الدول العربية إن الجامعة تدعم الحكومة اليمنية.") == \
        ["Nabil Elaraby"]


def test_an_office_of_a_body_no_list_dates_is_a_person_of_no_country():
    r = result("وقال الأمين العام للإنتربول إن الشرطة الدولية حددت هويات آلاف المقاتلين الأجانب.", DAY_2015)
    speakers = [r.entities[s.speaker] for s in r.statements]
    assert [(e.type, e.country) for e in speakers] == [("Person", None)], speakers
    assert "Interpol" in speakers[0].label_en


def test_the_holder_the_article_names_keeps_the_bare_title():
    r = result("وقدم الأمين العام لمنظمة التعاون الإسلامي إياد بن أمين مدني تعازيه لأسر الضحايا. "
               "ودعا الأمين العام لمنظمة التعاون الإسلامي الدول الأعضاء إلى تكثيف جهودها في مكافحة الإرهاب.",
               DAY_2015)
    named = {m.entity for m in r.mentions if "مدني" in m.text}
    assert named and {s.speaker for s in r.statements} <= named, [r.entities[s.speaker] for s in r.statements]


def test_a_title_and_a_name_after_the_body_name_the_holder_not_the_office():
    names = _speakers("وطالب الأمين العام لرابطة العالم الإسلامي الشيخ الدكتور عبدالله بن عبدالمحسن التركي "
                      "المسلمين بالتوعية بخطورة التطرف.")
    assert names and not any("Secretary" in n for n in names), names


def test_a_womans_deputy_title_is_the_deputys_office():
    assert _speakers("قالت نائبة وزير الخارجية الإسرائيلي تسيبي حوتوفلي، أمس، إن المعارضة للاتفاق ستبقى.") == \
        ["Deputy Foreign Minister of Israel"]
