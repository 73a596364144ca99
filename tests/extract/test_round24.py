"""Round 24: an adjective after a body named between a title and its holder describes the body, not the title.
Sentences written for these tests."""

from extract_helpers import result

DATELINE_2015 = "الأحد 9 أغسطس 2015\n"


def _speakers(body: str) -> set[str | None]:
    r = result(body, DATELINE_2015)
    return {r.entities[s.speaker].label_en for s in r.statements}


def test_an_adjective_after_a_named_body_is_the_bodys_not_the_titles():
    # «التونسية» agrees with «حركة», so this is the movement's head, not the President of Tunisia
    r = result("وقال رئيس حركة النهضة التونسية إن الحكومة فشلت في إدارة الأزمة.", DATELINE_2015)
    assert not any(e.key.endswith(("essebsi", "president")) or e.label_en == "Beji Caid Essebsi"
                   for e in r.entities.values())
    assert "Beji Caid Essebsi" in _speakers("وقال الرئيس التونسي إن الحكومة فشلت في إدارة الأزمة.")
