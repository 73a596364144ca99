from datetime import date

import pytest

from kg.extract.dates import publication_date
from kg.pipeline import extract_text
from kg.text.analysis import analyse


@pytest.mark.parametrize("dateline, expected", [
    ("نشر: 2024-03-12 10:15", date(2024, 3, 12)),
    ("الثلاثاء 12 آذار 2024", date(2024, 3, 12)),
    ("12 مارس 2024", date(2024, 3, 12)),
    ("آخر تحديث: 12/03/2024 - 10:15", date(2024, 3, 12)),
    ("٢٠٢٤/٠٣/١٢", date(2024, 3, 12)),
])
def test_datelines_in_the_formats_of_arabic_news_sites(dateline, expected):
    text = f"عنوان الخبر\n{dateline}\nقال وزير الخارجية إن المحادثات مستمرة."
    assert publication_date(analyse(text))[0] == expected


def test_no_date_no_invented_date():
    r = extract_text("عنوان\nوقال الوزير، الجمعة، إن المحادثات مستمرة.", "x.txt")
    assert r.article.published is None
    assert all(s.date is None for s in r.statements)
    assert any("no publication date" in w for w in r.warnings)


def test_weekdays_resolve_to_the_latest_such_day_on_or_before_publication():
    r = extract_text("السبت 8 يناير 2022\nوقال وزير الداخلية الكويتي، الخميس، إن الوضع مستقر. "
                     "وأعلنت الشرطة اليوم توقيف 5 أشخاص، بحسب بيان أمس.", "y.txt")
    assert str(r.statements[0].date) == "2022-01-06"


def test_a_day_still_to_come_dates_nothing():
    r = extract_text("الأربعاء 15 يناير 2025\nوقالت حركة حماس إن الهدنة تبدأ الأحد المقبل.", "z.txt")
    assert r.statements[0].date is None or str(r.statements[0].date) == "2025-01-15"
    assert all(str(s.date) != "2025-01-12" for s in r.statements)


@pytest.mark.parametrize("phrase, expected", [
    ("أمس", date(2022, 1, 7)),
    ("أمس الأول", date(2022, 1, 6)),  # the day before yesterday, not yesterday
    ("البارحة", date(2022, 1, 7)),
])
def test_relative_days_before_publication(phrase, expected):
    r = extract_text(f"السبت 8 يناير 2022\nوقال وزير الداخلية الكويتي {phrase} إن الوضع مستقر.", "r.txt")
    (st,) = r.statements
    assert st.date == expected


def test_an_occasion_marker_is_no_date_of_its_own():
    # "بدوره" ties a statement to the occasion just dated; with nothing dated before it, it dates nothing
    r = extract_text("السبت 8 يناير 2022\nتوقفت المفاوضات.\nبدوره، قال وزير الداخلية الكويتي إن الوضع مستقر.",
                     "o.txt")
    (st,) = r.statements
    assert st.date is None
