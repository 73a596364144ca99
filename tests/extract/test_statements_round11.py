"""Statements, round 11: speakers read from inside the words, or from a common noun read as a name."""

from kg.pipeline import extract_text

PUBLISHED = "الأربعاء 12 مارس 2025\n"


def _statements(text: str):
    r = extract_text(PUBLISHED + text, "r11.txt")
    return r, [(r.entities[s.speaker].label_en, s.cue, s.content) for s in r.statements]


def test_a_name_inside_the_last_words_is_not_the_subject_the_next_cue_continues():
    _r, got = _statements("وقالت الممثلة ليلى سعيد إن دورها الجديد صعب. وعن الأعمال المشتركة لها رأي واضح: «أنا أجدها "
                          "تشد المشاهد. فمن ناحيتي استمتعت بمتابعة أداء الممثلين عابد فهد وماجد المصري في مسلسل (لعبة "
                          "الموت)». وأضافت: «هذه الخلطات جعلتنا نهتم بالمسلسل ككل».")
    assert [speaker for speaker, _cue, _c in got] == ["Leila Said"]


def test_a_feminine_common_noun_after_a_title_opens_no_name():
    _r, got = _statements("وقالت مديرة مكتبة الأندلس البحثية في الجامعة لينا ورال إن المخطوط يعود إلى القرن "
                          "الثامن.")
    assert not any("Maktab" in speaker for speaker, _cue, _c in got)
    r, _got = _statements("وقال مدير مدرسة بلير إن المدرسة ستفتح أبوابها الشهر المقبل.")
    assert not any(e.type == "Person" and "مدرس" in (e.label_ar or "") for e in r.entities.values())
