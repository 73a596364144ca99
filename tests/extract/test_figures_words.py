"""Counts written in words, and the measures of releases, abductions and deployments: sentences of our own."""

from kg.pipeline import extract_text


def _figures(body: str) -> set[tuple[int, str]]:
    r = extract_text("خبر\n" + body, "a.txt")
    return {(f.value, f.measure) for f in r.figures}


def test_number_words_joined_by_waw_add_up():
    assert _figures("وبلغ عدد اللاجئين في البلاد مليونا ومئتي ألف لاجئ.") == {(1200000, "refugees")}
    assert _figures("وقتل ألفان وخمسمائة شخص في المعارك.") == {(2500, "killed")}
    assert _figures("وقتل ثلاثة وعشرون شخصا في الانفجار.") == {(23, "killed")}


def test_a_dual_of_millions_is_two_millions():
    assert _figures("ونزح أكثر من مليوني شخص منذ بداية النزاع.") == {(2000000, "displaced")}


def test_detainees_set_free_are_released_not_arrested():
    assert _figures("وأفرجت السلطات عن 300 معتقل بمناسبة العيد.") == {(300, "released")}


def test_abducted_by_the_verb_of_abduction():
    assert _figures("واختطف مسلحون 20 عاملا أجنبيا في جنوب البلاد.") == {(20, "kidnapped")}


def test_soldiers_are_troops_only_where_they_are_sent_or_stationed():
    assert _figures("ونشرت الولايات المتحدة 3500 جندي في المنطقة.") == {(3500, "troops")}
    assert _figures("وقتل 4 جنود في الهجوم.") == {(4, "killed")}
    assert not any(m == "troops" for _v, m in _figures("وكان 12 جنديا وطاقم من خمسة أفراد قد قتلوا في الحادث."))


def test_a_preposition_on_a_number_keeps_its_scale():
    assert _figures("وقدر عدد الجرحى بـ19 ألف شخص.") == {(19000, "injured")}
