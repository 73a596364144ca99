from kg.text.analysis import analyse
from kg.text.normalize import norm, normalize_with_offsets, skeleton


def test_offsets_map_back_to_the_text_as_written():
    text = "اعتُقِل أَحمدُ في ألما آتا"
    nt = normalize_with_offsets(text)
    assert nt.text == "اعتقل احمد في الما اتا"
    begin = nt.text.index("احمد")
    b, e = nt.original_span(begin, begin + 4)
    assert text[b:e] == "أَحمدُ"


def test_spelling_variants_share_a_normal_form():
    assert norm("الأميركية") != norm("الأمريكية")  # different letters: kept apart by norm ...
    assert skeleton("قاسم جومرت توكاييف") == skeleton("قاسم جومارت توكايف")  # ... but names meet in skeleton
    assert norm("٢٠٢٢") == "2022"
    assert norm("مُستشفى") == "مستشفي"


def test_tokens_keep_their_spans_and_sentences_split_at_stops_and_lines():
    text = "العنوان هنا\nقال الوزير: «نرفض ذلك». وأضاف أن ٣ أشخاص قتلوا."
    a = analyse(text)
    assert [text[t.span.begin:t.span.end] for t in a.tokens][:3] == ["العنوان", "هنا", "قال"]
    assert len(a.sentences) == 3
    three = next(t for t in a.tokens if t.norm == "3")
    assert text[three.span.begin:three.span.end] == "٣"
