"""kg.text.boilerplate: site boilerplate lines are found, news sentences are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Span
from kg.text.boilerplate import BOILERPLATE_TSV, find_boilerplate, load_rules, normalize_line

ROOT = Path(__file__).resolve().parents[2]

BODY_1 = "قال وزير الخارجية المصري سامح شكري إن القاهرة تواصل اتصالاتها مع جميع الأطراف."
BODY_2 = "وأعلنت وزارة الداخلية توقيف أكثر من 4200 شخص على خلفية أعمال الشغب."

BOILERPLATE_LINES = [
    # related-article links
    'اقرأ أيضاً : رئيس كازاخستان يرفض التفاوض ويسمح "بإطلاق النار بهدف القتل"',
    "اقرأ أيضا: الصفدي يدعو إلى وقف فوري لإطلاق النار",
    "اقرأ أيضاً:",
    "اقرأ ايضا",
    "إقرأ أيضًا >> بوتين يهاتف توكاييف",
    "اقْرَأْ أَيْضًا:",  # with diacritics
    "اقـــرأ أيضـــا",  # with tatweel
    "طالع أيضا: تطورات الأزمة",
    "شاهد أيضاً: لحظة وصول الوفد",
    "Read more: Kazakhstan unrest",
    "الأكثر قراءة",
    "الاكثر مشاهدة",
    # newsletter / stay in touch
    "newsletter",
    "Sign up for our Newsletter",
    "اشترك في النشرة البريدية",
    "احصل على النشرة الإخبارية",
    "اشترك الآن",
    "ابق على اتصال",
    "البريد الإلكتروني",
    # cookie notices
    "نستخدم في موقعنا ملف تعريف الارتباط (كوكيز)، لعدة أسباب، منها تقديم ما يهمك من مواضيع.",
    "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. بمتابعة التصفح فإنك توافق على ذلك.",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "قبول الكل",
    # share / toolbar widgets
    "شارك القصة",
    "شارك",
    "شارك:",
    "شارك هذا المقال",
    "شارك الخبر عبر واتساب",
    "مشاركة",
    "فيسبوك تويتر واتساب",
    "Facebook | Twitter | WhatsApp | Email",
    "Open toolbar",
    "Resize text",
    "+ الخط -",
    "طباعة",
    "نسخ الرابط",
    "الرابط المختصر: https://example.com/x1",
    # follow-us lines
    "Google News تابعوا أخبار الشرق عبر Google News",
    "تابعوا آخر الأخبار عبر تطبيق تلغرام",
    "تابعونا على فيسبوك وتويتر",
    "لمتابعة آخر الأخبار اشترك في قناتنا على تلغرام",
    # section labels, credits, copyright
    "عربي دولي",
    "المساهمون",
    "الرئيسية > أخبار > عربي دولي",
    "جميع الحقوق محفوظة © 2024",
    "© 2022 Asharq News. All rights reserved.",
    # one example for each remaining rule
    "اقرأ: بوتين يهاتف توكاييف",
    "قد يهمك أيضا",
    "#كازاخستان #روسيا #بوتين",
    "النشرة الإخبارية",
    "Stay informed with our daily briefing",
    "سياسة الخصوصية",
    "حفظ",
    "العودة إلى الأعلى",
    "Follow us",
    "للمزيد من الأخبار حمّل تطبيق الشرق",
    # ads / comments / more
    "إعلان",
    "التعليقات (3)",
    "تحميل المزيد",
]

REST_HEADERS = [
    "أخبار ذات صلة",
    "مواضيع ذات صلة",
    "مقالات ذات صلة:",
    "قد يعجبك ايضا",
    "قد يعجبك أيضاً",
    "المزيد من الأخبار",
    "كلمات مفتاحية",
    "الكلمات الدالة:",
    "وسوم: كازاخستان، روسيا",
    "Related articles",
]

NEWS_SENTENCES = [
    BODY_1,
    BODY_2,
    "شارك آلاف المتظاهرين في مسيرة وسط العاصمة للمطالبة بخفض أسعار الوقود.",
    "شارك على مدار الأسبوع آلاف المحتجين في مسيرات سلمية.",
    "وشارك في الاجتماع وزراء خارجية الدول الأعضاء في منظمة معاهدة الأمن الجماعي.",
    "وقال إن بلاده شاركت في قوات حفظ السلام، وإن الجنود سيعودون قريباً.",
    "وقال مسؤول إن الملايين تابعوا الخطاب عبر يوتيوب والتلفزيون الرسمي.",
    "تابع الرئيس الروسي فلاديمير بوتين التطورات عبر اتصالات هاتفية مع نظيره الكازاخستاني.",
    "أعلنت غوغل أنها ستتوقف عن دعم ملفات تعريف الارتباط الخاصة بالأطراف الثالثة في متصفح كروم.",
    "ذكرت النشرة الإخبارية للتلفزيون الرسمي أن الحكومة استقالت.",
    "وأكد الصفدي أن طباعة الكتب المدرسية ستستأنف الأسبوع المقبل.",
    "رفض التفاوض",
    "حصيلة العنف",
    "واشنطن تسمح بمغادرة موظفين بقنصليتها",
    "العلامات التجارية الكبرى تنسحب من السوق الروسية بعد العقوبات.",
    "وسحبت وزارة الإعلام الكازاخية تصريحات نشرت في وقت سابق عبر تطبيق تيليجرام.",
    "المصدر | الحرة",
    "نشر: 2022-01-08 07:09 آخر تحديث: 2022-01-08 08:49",
    "Kazakhstan's president said the constitutional order had been restored.",
    "The site uses cookies, the minister said, calling the claim absurd and saying his ministry would respond.",
]


def doc(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("line", BOILERPLATE_LINES)
def test_boilerplate_line_is_found(line):
    text = doc(BODY_1, line, BODY_2)
    begin = text.index(line)
    assert find_boilerplate(text) == [Span(begin, begin + len(line))]


@pytest.mark.parametrize("sentence", NEWS_SENTENCES)
def test_news_sentence_is_not_boilerplate(sentence):
    assert find_boilerplate(doc(BODY_1, sentence, BODY_2)) == []


@pytest.mark.parametrize("header", REST_HEADERS)
def test_rest_scope_covers_to_the_end(header):
    text = doc(BODY_1, header, "كازاخستان روسيا أمريكا بوتين", "تركيا وروسيا تؤكدان دعم جهود القيادة في كازاخستان")
    begin = text.index(header)
    assert find_boilerplate(text) == [Span(begin, len(text))]


def test_span_excludes_surrounding_whitespace_and_lines_before_rest_are_kept():
    text = f"{BODY_1}\n  \u00a0اقرأ أيضاً: عنوان آخر \t\n{BODY_2}\nأخبار ذات صلة\nعنوان"
    spans = find_boilerplate(text)
    assert [s.text(text) for s in spans] == ["اقرأ أيضاً: عنوان آخر", "أخبار ذات صلة\nعنوان"]
    assert spans[1].end == len(text)
    assert find_boilerplate("") == []
    assert find_boilerplate(BODY_1) == []


def test_line_spans_before_a_rest_span_are_kept_and_merged():
    text = "Open toolbar\nشارك القصة\n" + BODY_1 + "\nكلمات مفتاحية\nشارك\n"
    spans = find_boilerplate(text)
    assert spans == [Span(0, 12), Span(13, 23), Span(text.index("كلمات"), len(text))]


def test_normalization():
    assert normalize_line("  اقْرَأْ\u00a0 أَيْضًا  ") == "اقرا ايضا"
    assert normalize_line("الإخباريـــة") == "الاخباريه"
    assert normalize_line("إلى\u200b") == "الي"


def test_seed_articles_match_the_gold_boilerplate_list():
    """shared gold README lists exactly these lines as boilerplate in the five seed articles."""
    seeds = ROOT / "seeds"
    if not (seeds / "000_3dca4d5ce07bc398.txt").exists():
        pytest.skip("seed articles not present")
    expected = {
        "000_3dca4d5ce07bc398.txt": ["عربي دولي", "اقرأ أيضاً : رئيس", "أخبار ذات صلة\n\nnewsletter"],
        "001_731c2aa32baeb440.txt": ["+ الخط -", "المساهمون"],
        "002_b1f33944bee6a34c.txt": ["قد يعجبك ايضا\n\nابق على اتصال\n\nاحصل على النشرة الإخبارية"],
        "003_f9868a9bebca5033.txt": [
            "Open toolbar",
            "شارك القصة",
            "Resize text",
            "اقرأ أيضاً:",
            "Google News تابعوا أخبار الشرق عبر Google News",
            "نستخدم في موقعنا ملف تعريف الارتباط",
        ],
        "004_d47a0e498ccdc5c2.txt": ["كلمات مفتاحية\n\nكازاخستان روسيا"],
    }
    for name, starts in expected.items():
        text = (seeds / name).read_text(encoding="utf-8")
        spans = find_boilerplate(text)
        got = [s.text(text) for s in spans]
        assert len(got) == len(starts), (name, got)
        for g, want in zip(got, starts, strict=True):
            assert g.startswith(want), (name, g)
        if name in ("000_3dca4d5ce07bc398.txt", "002_b1f33944bee6a34c.txt", "004_d47a0e498ccdc5c2.txt"):
            assert spans[-1].end == len(text)


TAIL_EXAMPLE = "وقتل ثلاثة في الهجوم. سمات الرمادي داعش هجوم مسلح"


def test_data_file_loads_and_every_rule_is_exercised():
    rules = load_rules()
    assert len(rules) >= 20
    assert {r.scope for r in rules} == {"line", "rest", "tail"}
    assert BOILERPLATE_TSV.read_text(encoding="utf-8").startswith("pattern\tscope\tnote\n")
    used = set()
    for line in BOILERPLATE_LINES + REST_HEADERS:
        norm = normalize_line(line)
        used.add(next(i for i, r in enumerate(rules) if r.scope != "tail" and r.pattern.fullmatch(norm)))
    used |= {i for i, r in enumerate(rules) if r.scope == "tail" and r.pattern.search(TAIL_EXAMPLE)}
    # every rule row is the first match for at least one example above (a dead or shadowed row is noticed)
    unused = [rules[i].note for i in range(len(rules)) if i not in used]
    assert unused == []


def test_custom_rules_file(tmp_path):
    tsv = tmp_path / "bp.tsv"
    tsv.write_text("pattern\tscope\tnote\n# comment\nإعلان ممول.*\tline\tad\nنهاية\trest\tend\n", encoding="utf-8")
    rules = load_rules(tsv)
    text = f"{BODY_1}\nاعلان ممول: شركة\n{BODY_2}\nنهاية\nذيل"
    spans = find_boilerplate(text, rules)
    assert [s.text(text) for s in spans] == ["اعلان ممول: شركة", "نهاية\nذيل"]


@pytest.mark.parametrize(
    ("row", "error"),
    [("x\tparagraph\tn", "scope"), ("(unclosed\tline\tn", "bad regex"), ("only-one-column", "want pattern")],
)
def test_bad_rules_file(tmp_path, row, error):
    tsv = tmp_path / "bad.tsv"
    tsv.write_text(f"pattern\tscope\tnote\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_rules(tsv)
    (tmp_path / "nohead.tsv").write_text("x\tline\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header"):
        load_rules(tmp_path / "nohead.tsv")


def test_tail_scope_covers_a_tag_list_after_the_last_sentence_to_the_line_end():
    # marks and a run of spaces before the tags: the span still starts at the tag word in the raw text
    line = "وقُتِل ثلاثة في الهجوم.   سمات  الرمادي داعش هجوم مسلح  "
    text = doc(BODY_1, line, BODY_2)
    spans = find_boilerplate(text)
    begin = text.index("سمات")
    assert [s.text(text) for s in spans] == ["سمات  الرمادي داعش هجوم مسلح"] and spans[0].begin == begin
    # a sentence that opens with the word and ends with a full stop, or the word inside a sentence, is news
    for news in ("سمات الشخصية القيادية كثيرة.", "وقال إن سمات المرحلة تغيرت", "انتهى الاجتماع. سمات المرحلة: الحوار"):
        assert find_boilerplate(doc(BODY_1, news, BODY_2)) == [], news


def test_tail_scope_finds_the_tag_list_at_the_line_end_after_a_sentence_that_opens_with_the_word():
    # the first «سمات» after a full stop opens a sentence of news that stops short of the end; the tags come last
    line = "انتهى الاجتماع. سمات المرحلة: الحوار بين الأطراف. وقتل ثلاثة في الهجوم. سمات الرمادي داعش هجوم"
    text = doc(BODY_1, line, BODY_2)
    spans = find_boilerplate(text)
    assert [s.text(text) for s in spans] == ["سمات الرمادي داعش هجوم"]
    assert spans[0].begin == text.rindex("سمات")
