"""Names read by how they are written: «علي» apart from «على», and a listed name that ends where it ends."""

from kg.pipeline import extract_text


def _persons(body: str) -> set[str]:
    r = extract_text("خبر\n" + body, "a.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "Person"}


def test_ali_is_a_name_where_the_article_writes_the_preposition_with_alef_maqsura():
    assert "علي النعيمي" in _persons("وقال وزير النفط السعودي علي النعيمي إن الإنتاج مستقر، وأكد على أهميته.")
    assert "علي الزهراني" in _persons("وأشار علي الزهراني إلى أن المشروع سيكتمل قريبا.")


def test_an_article_that_writes_every_final_alef_maqsura_as_yeh_tells_nothing():
    assert not _persons("وقال علي الزهراني إن الإنتاج مستقر ويعتمد علي الطلب.")


def test_not_before_a_common_word_nor_with_a_shadda():
    # some papers write «على» both ways; «عليّ» is "on me"
    assert not _persons("وأكد الوزير إلى جانب زملائه علي مواصلة العمل.")
    assert not _persons("وعرض عليّ لقطات فيديو إلى جانب الصور.")


def test_a_listed_name_runs_on_only_into_a_word_of_a_name():
    # «محمد مرسي» is listed: the verbal noun after it is not his family name; a family name after a listed name is
    assert "محمد مرسي" in _persons("ودعا محمد مرسي لمخاطبة الشعب إلى الهدوء.")
    assert "إيلون ماسك" in _persons("وقال إيلون ماسك مؤسس الشركة إن الإطلاق نجح.")


def test_the_complementizer_is_not_the_link_van():
    # «فإن» folds onto «فان» (van): written with its hamza it opens a clause, not a name
    assert not _persons("ووفقا للمتحدث باسم الجيش الإسرائيلي، فإن الصاروخ سقط في منطقة مفتوحة.")
    assert "لويس فان خال" in _persons("وقال المدرب لويس فان خال إن الفريق جاهز.")


def _states(body: str) -> set[str]:
    r = extract_text("خبر\n" + body, "a.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "State"}


def test_the_storys_own_capital_as_the_subject_of_a_clause_is_its_state():
    # the story is American (the nisba), so «واشنطن» is a place unless it acts: here it is the clause's subject
    assert "واشنطن" in _states("وقال المتحدث باسم وزارة الخارجية الأمريكية إن واشنطن تدعم الحل السياسي.")
    assert "واشنطن" not in _states("وقال المتحدث باسم وزارة الخارجية الأمريكية إن واشنطن مدينة جميلة.")
