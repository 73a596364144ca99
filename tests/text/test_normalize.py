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


def test_offsets_of_text_without_marks_and_with_a_mark_at_each_end():
    plain = "قال الوزير في ٢٠٢٣ إن «الاتفاق» صامد"
    nt = normalize_with_offsets(plain)
    assert nt.offsets == tuple(range(len(plain))) and nt.text == 'قال الوزير في 2023 ان "الاتفاق" صامد'
    marked = "ـقالَ الوزيرُّ"
    nt = normalize_with_offsets(marked)
    assert nt.text == "قال الوزير"
    assert [marked[o] for o in nt.offsets] == list("قال الوزير")
    # the last word's span runs to the end of the text, its marks included
    tokens = analyse(marked).tokens
    assert [marked[t.span.begin:t.span.end] for t in tokens] == ["قالَ", "الوزيرُّ"]



def test_each_token_is_lowered_on_its_own_whatever_the_text_holds():
    # the text is lowered once where that gives each token's own lowering; «İ» (two characters lowered) and «Σ»
    # (lowered by what follows it) make the tokens lowered one by one
    for text in ("قال CNN إن BBC", "قال CNN ΟΔΟΣ ΣΑΣ", "İstanbul قال ΣΑΣ", "اسطنبول İSTANBUL Ab"):
        nt = normalize_with_offsets(text)
        assert len(nt.text) == len(text)  # no mark dropped: the offsets are the normalized text's
        tokens = analyse(text).tokens
        assert [t.norm for t in tokens] == [nt.text[t.span.begin:t.span.end].lower() for t in tokens]
        assert "ΟΔΟΣ" not in text or "οδος" in [t.norm for t in tokens]  # the final sigma of the word itself


def test_skeleton_folds_a_repeated_letter_as_the_template_did():
    """skeleton's repeated letters collapse through a function, not re's r"\\1" template (parsed on every call)."""
    import re

    from kg.text.normalize import _REPEATS, _one_of_the_run

    for word in ("توكاييف", "جومارت", "آآبب", "aabbb", "x", ""):
        assert _REPEATS.sub(_one_of_the_run, word) == re.sub(r"(.)\1+", r"\1", word)
