"""Reported figures on sentences written for these tests, in the ways papers phrase counts."""

import pytest

from kg.pipeline import extract_text

PUBLISHED = "السبت 15 فبراير 2025\n"


def figures(sentence: str) -> set[tuple[int, str]]:
    return {(f.value, f.measure) for f in extract_text(PUBLISHED + sentence, "f.txt").figures}


@pytest.mark.parametrize("sentence, expected", [
    ("ولقي ثلاثة أشخاص مصرعهم في حادث سير على طريق المطار.", {(3, "killed")}),
    ("وأسفر الانفجار عن مصرع 9 جنود وإصابة أربعة آخرين.", {(9, "killed"), (4, "injured")}),
    ("ووقع حادث مروري راح ضحيته 7 أشخاص من عائلة واحدة.", {(7, "killed")}),
    ("وارتفعت حصيلة القتلى إلى 120 في المدينة المحاصرة.", {(120, "killed")}),
    ("وتمكنت الشرطة من القبض على 14 متهما بالسرقة.", {(14, "arrested")}),
    ("وأعلنت الشرطة مقتل أحد قادة العصابة.", {(1, "killed")}),
    ("وقتل ثلاثة عشر مدنيا في القصف.", {(13, "killed")}),
    ("وخرج نحو 800 متظاهر إلى الشوارع.", {(800, "protesters")}),
    ("ووصل 2500 لاجئ إلى الحدود خلال الليل.", {(2500, "refugees")}),
    ("وأصيب جريحين في الحادث.", {(2, "injured")}),
])
def test_how_papers_phrase_counts(sentence, expected):
    assert figures(sentence) >= expected


def test_an_event_word_beats_the_noun_naming_who_was_counted():
    got = figures("وأعلن الجيش مقتل 12 مسلحا واعتقال 5 متظاهرين.")
    assert (12, "killed") in got and (5, "arrested") in got
    assert not {(12, "attackers"), (5, "protesters")} & got


def test_a_coordinated_count_and_a_part_of_a_count_keep_the_measure():
    got = figures("وشهد الشهر الماضي مقتل 240 مدنيا و 95 عسكريا في المحافظة.")
    assert {(240, "killed"), (95, "killed")} <= got
    got = figures("وأدى الهجوم إلى مقتل 30 شخصا بينهم 12 طفلا.")
    assert {(30, "killed"), (12, "killed")} <= got


def test_durations_of_one_and_number_words_after_a_definite_unit():
    assert (1, "weeks") in figures("وعاد الوفد إلى العاصمة بعد أسبوع من المفاوضات.")
    assert (1, "days") in figures("وأفرج عنه قبل نحو يوم من المحاكمة.")
    assert (3, "weeks") in figures("وتواصلت الاحتجاجات على مدى الأسابيع الثلاثة الماضية.")
    assert (4, "days") in figures("ويبدأ الوزير جولة تستمر أربعة أيام.")


def test_named_days_are_not_durations():
    got = figures("وعقد الاجتماع يوم الجمعة، على أن يستأنف بعد يوم أمس.")
    assert not any(m == "days" for _v, m in got)


def test_a_unit_further_on_is_not_what_a_number_counts():
    got = figures("واعتقلت الشرطة 7 أشخاص بعد يومين من الانفجار.")
    assert (7, "arrested") in got and (7, "days") not in got


def test_one_of_counts_only_after_an_event_word():
    assert figures("وقال أحد المسؤولين إن المفاوضات مستمرة منذ مقتل القائد.") == set()


def test_money_percentages_ages_seats_and_scores_are_not_counts():
    got = figures("وقتل شاب يبلغ 25 عاما، وخصصت الحكومة 300 مليون ريال، "
                  "وارتفعت نسبة المشاركة إلى 40 بالمئة، وفاز الحزب بـ 12 مقعدا، وسجل الفريق 3 أهداف.")
    assert {v for v, _m in got}.isdisjoint({25, 300, 300_000_000, 40, 12, 3})


def test_two_people_named_by_a_dual_noun():
    assert (2, "killed") in figures("وأسفر التفجير عن مقتل جنديين قرب الحدود.")
    assert (2, "killed") in figures("ولقي شخصان مصرعهما في انقلاب سيارة.")
    assert (2, "arrested") in figures("واعتقلت الشرطة شخصين في العاصمة.")
    assert figures("وأكد أن الزواج شراكة بين شخصين متفاهمين.") == set()


def test_asides_in_parentheses_do_not_hide_the_trigger():
    got = figures("وأوقفت قوة من الجيش في بلدة الأولى (شرق البلاد) والثانية (شمالها) 31 شخصا.")
    assert (31, "arrested") in got


def test_a_trigger_far_before_the_number_is_not_its_measure():
    got = figures("واعتقل رجل مسن الأسبوع الماضي للاشتباه بصلته بحوادث سطو متكررة على خمسة بنوك في الولاية.")
    assert not any(v == 5 for v, _m in got)


def test_half_a_million_and_a_count_of_both_dead_and_wounded():
    assert (500_000, "displaced") in figures("وتوقع عودة نصف مليون نازح إلى المدينة.")
    assert figures("وارتفعت حصيلة التفجير إلى 66 قتيلا وجريحا.") == set()
    assert figures("وسجلت الوزارة 191 مصابا بداء السكري.") == set()


def test_more_of_the_same_count_after_in_addition_to():
    got = figures("وأسفر الهجوم عن مقتل 8 جنود من حرس الحدود، إضافة إلى 2 من المدنيين.")
    assert {(8, "killed"), (2, "killed")} <= got
    assert figures("وخصصت الوزارة 5 ملايين ريال، إضافة إلى 300 منحة دراسية.") == set()


def test_sentences_and_executions():
    assert (153, "sentenced") in figures("وقضت المحكمة بسجن 153 متهما مدى الحياة.")
    assert (17, "executed") in figures("وأعلنت السلطات إعدام 17 مدانا بتهريب المخدرات.")


def test_decimal_millions_and_twelve_in_words():
    assert {(2_200_000, "displaced"), (500_000, "displaced")} <= figures(
        "ونزح أكثر من 2.2 مليون شخص، بينهم 500 ألف فروا إلى الخارج.")
    assert not any(v == 1_000_000 for v, _m in figures("ونزح 2.2 مليون شخص من الإقليم."))
    assert (12, "arrested") in figures("وأعلنت الشرطة اعتقال اثني عشر شخصا.")


def test_names_ranks_ages_and_year_ranges_are_not_counts():
    assert figures("وقال قائد الفرقة 30 إن مسلحين خطفوا عددا من عناصره.") == set()
    assert figures("وأصيب والداه وشقيقه ( 4 أعوام ) بحروق.") == set()
    assert figures("وقتل الآلاف في الحرب التي دارت بين 1993 و2006.") == set()


def test_armed_men_are_attackers_only_where_an_attack_is_named():
    assert (5000, "attackers") in figures("وتعرضت المدينة لهجوم من قبل خمسة آلاف مسلح.")
    assert figures("وتضم القوة نحو 4 آلاف مقاتل.") == set()


def test_deaths_of_the_sick_are_not_killed():
    assert (5, "killed") in figures("وأسفر حادث التصادم عن 5 وفيات.")
    assert figures("وسجلت الوزارة 3 وفيات بفيروس كورونا.") == set()


def test_death_sentences_years_in_lists_and_counts_named_by_their_noun():
    assert (24, "sentenced") in figures("وأصدرت المحكمة حكما بإعدام 24 متهما.")
    assert (1700, "executed") in figures("وكان التنظيم قد أعدم نحو 1700 من الأسرى.")
    assert figures("1951 - وفاة ملك الأردن في القدس.") == set()
    assert {(4, "killed"), (13, "injured")} <= figures("ونتج عن الحوادث أربع وفيات، و13 إصابة.")
    assert (1, "days") not in figures("وتتزايد أعدادهم يوما بعد يوم.")


def test_prison_sentences():
    assert (31, "sentenced") in figures("وقال مصدر قضائي إن 31 من المحكوم عليهم نقلوا إلى سجن آخر.")
    assert (12, "sentenced") in figures("وقضت المحكمة بالسجن على 12 متهما في القضية.")
    assert figures("وينص القانون على المعاقبة بالسجن والغرامة التي لا تقل عن 250 ألف درهم.") == set()


def test_a_prison_term_between_the_verdict_and_the_count_does_not_hide_the_count():
    assert figures("وقضت المحكمة بالسجن بين خمس و7 سنوات على 40 من عناصر الخلية.") == {(40, "sentenced")}
    assert figures("وأصدرت المحكمة حكما بالسجن ثلاث سنوات في حق ستة متهمين.") == {(6, "sentenced")}


def test_a_range_gives_no_figure_but_alternatives_give_both_ends():
    got = figures("ويستغرق علاج المصاب بين يومين وثمانية أيام.")
    assert not any(m == "days" for _v, m in got)
    got = figures("وسيغيب اللاعب عن الملاعب من 4 إلى 6 أسابيع.")
    assert not any(m == "weeks" for _v, m in got)
    assert not any(m == "days" for _v, m in figures("وتستمر الدورة 3 - 5 أيام."))
    assert {(2, "days"), (3, "days")} <= figures("وسيعلن القرار في غضون يومين أو ثلاثة أيام.")


def test_a_toll_that_rose_from_one_number_to_another_keeps_the_new_count():
    assert (15, "killed") in figures("وارتفع عدد الضحايا من 10 إلى 15 قتيلا.")


def test_a_named_span_of_days_or_a_named_week_is_no_duration():
    assert not any(m == "days" for _v, m in figures("وتحدث الكاتب عن حرب الأيام الستة في مقاله."))
    assert not any(m == "weeks" for _v, m in figures("وحضرت المصممة خلال أسبوع باريس للموضة."))


def test_heads_of_livestock_and_dates_with_slashes_are_not_counts():
    got = figures("وألقت الشرطة القبض على مهرب حاول تهريب 300 رأس من الأغنام.")
    assert (300, "arrested") not in got
    got = figures("وأعلنت الشرطة أسماء الموقوفين بتاريخ 5/7/1436.")
    assert not any(m == "arrested" for _v, m in got)


def test_eyewitnesses_are_no_reporter():
    doc = extract_text(PUBLISHED + "وأفاد شهود عيان بمقتل 12 شخصا في القصف.", "f.txt")
    assert [(f.value, f.reporter) for f in doc.figures if f.measure == "killed"] == [(12, None)]


def test_eleven_is_not_one_of_and_teams_or_hijri_years_are_no_counts():
    assert (11, "killed") in figures("وشهد العام الماضي مقتل أحد عشر صحافيا في البلاد.")
    assert not any(m == "injured" for _v, m in figures("وتم توجيه 4 فرق من الهلال الأحمر بعد إصابات متعددة."))
    assert (1436, "injured") not in figures("وقالت الوزارة إن إصابة العام 1436هـ كانت طفيفة.")


def test_an_ordinal_or_an_age_is_no_count():
    assert not figures("لقي شاب في الخامسة عشرة من عمره مصرعه أمس إثر سقوطه من منحدر.")
    assert not figures("وقتل طفل يبلغ 12 من عمره في القصف.")
    assert (12, "killed") in figures("وقتل 12 من عناصر الأمن في القصف.")


def test_objects_after_a_number_are_no_count_of_people():
    assert not figures("وأصيب والده بثلاث رصاصات في صدره.")
    assert not figures("وقد قاموا بتكوين 4 خلايا بعد القبض عليهم.")


def test_hundreds_written_as_one_word():
    assert (300000, "killed") in figures("وأدى النزاع إلى قتل أكثر من ثلاثمائة ألف مواطن.")
    assert (1000, "killed") not in figures("وأدى النزاع إلى قتل أكثر من ثلاثمائة ألف مواطن.")


def test_a_preposition_written_onto_a_number_is_read_off_it():
    from kg.pipeline import extract_text

    text = "وخفض البرنامج قيمة القسائم الغذائية لـ240 ألف لاجئ سوري خارج المخيمات."
    assert [(f.value, f.measure) for f in extract_text(text, "x.txt").figures] == [(240000, "refugees")]


def test_a_count_after_a_conjunction_keeps_its_decimal_and_a_rate_s_base_is_no_count():
    from kg.pipeline import extract_text

    r = extract_text("ووصل عدد اللاجئين إلى حوالي 2 مليون لاجئ عراقي، و2,8 مليون لاجئ سوري.", "t.txt")
    assert sorted(f.value for f in r.figures) == [2_000_000, 2_800_000]
    r = extract_text("وتبلغ نسبة الإصابة إصابة لكل 100 امرأة.", "t.txt")
    assert not r.figures


def test_a_conjoined_number_with_a_separator_adds_its_value():
    from kg.pipeline import extract_text

    # «و2.500» after a number word is read whole (it had crashed the figure reader once the clitic kept it whole)
    extract_text("وبلغ عدد النازحين مليونين و2.500 شخص.", "t.txt")
    r = extract_text("وبلغ عدد القتلى خمسة ملايين و630 ألفا.", "t.txt")
    assert [f.value for f in r.figures] == [5_630_000]
