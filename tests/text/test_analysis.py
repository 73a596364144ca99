"""Sentences of kg.text.analysis: where a stop ends one and where it abbreviates a title."""

from kg.pipeline import extract_text
from kg.text.analysis import analyse


def _sentences(text: str) -> list[str]:
    return [text[s.span.begin:s.span.end] for s in analyse(text).sentences]


def test_the_stop_of_an_abbreviated_title_before_a_name_ends_no_sentence():
    assert _sentences("وقال اللواء د.أحمد عبد الحليم إن الجيش قوي. وأضاف أن") == [
        "وقال اللواء د.أحمد عبد الحليم إن الجيش قوي.", "وأضاف أن"]
    assert len(_sentences("وأوضح م. سفيان الهادي أن المطار سيفتتح قريبا.")) == 1
    assert len(_sentences("وقال أ.د. عبدالرحمن العمري إن الجامعة ستفتتح.")) == 1


def test_a_stop_after_a_year_or_at_a_line_end_still_ends_the_sentence():
    assert _sentences("ولد عام 2015 م. ثم سافر") == ["ولد عام 2015 م.", "ثم سافر"]
    assert _sentences("وانتهى الاجتماع عند النقطة د.\nوبدأ غيره") == ["وانتهى الاجتماع عند النقطة د.", "وبدأ غيره"]


def test_a_speaker_named_after_an_abbreviated_title_is_found():
    r = extract_text("خبر\nوقال د. عبدالعزيز الغميز إن المشروع سيكتمل العام المقبل.", "a.txt")
    assert [r.entities[s.speaker].label_ar for s in r.statements] == ["عبدالعزيز الغميز"], r.statements


def test_a_clitic_written_onto_a_decimal_number_keeps_the_number_whole():
    # «و2,8 مليون»: one token, not «و2» «،» «8»; «بـ273.5 مليون» ends no sentence at its decimal point
    a = analyse("وبلغ عدد اللاجئين 2 مليون لاجئ عراقي، و2,8 مليون لاجئ سوري. وقدرت الإعانة بـ273.5 مليون دولار.")
    assert "و2,8" in [t.norm for t in a.tokens]
    assert len(a.sentences) == 2
