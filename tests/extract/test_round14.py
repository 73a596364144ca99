"""Round 14 (held-out SaudiNewsNet errors): sentences written for these tests."""

from kg.pipeline import extract_text


def _keys(text: str) -> set[str]:
    return {m.entity for m in extract_text(text, "a.txt").mentions}


def test_the_dateline_capital_owns_an_unqualified_ministry_over_one_passing_nisba():
    body = ("دعت وزارة الداخلية المواطنين إلى عدم التعامل مع العمالة المخالفة، بعد أن استغل بعضهم فترة "
            "تصحيح أوضاع الأشقاء اليمنيين.")
    keys = _keys("واس- الرياض: " + body)
    assert "saudi_arabia_interior_ministry" in keys and "yemen_interior_ministry" not in keys, keys
    # no dateline: the one state the story names still owns it
    assert "yemen_interior_ministry" in _keys(body)
