"""Actions, round 13 (verbs behind a conjunction, arrests): sentences written for these tests."""

from extract_helpers import actions_by_label as _actions

from kg.pipeline import extract_text

DATELINE = "الأحد 9 مارس 2025\n"


def test_a_conjunction_on_a_verb_opening_with_alif_lam_is_not_the_article():
    # «والتقى» and «وألقت» fold to «والتقي», «والقت»: و + the verb, not و + ال + a noun
    got = _actions("والتقى الرئيس المصري عبد الفتاح السيسي الملك سلمان بن عبد العزيز في الرياض.")
    assert any(t == "CONSULT" and a == "Abdel Fattah el-Sisi" for a, t, _ in got), got
    got = _actions("وألقت الشرطة السعودية القبض على ثلاثة مطلوبين في جدة.")
    assert any(t == "COERCE" for _a, t, _ in got), got


def test_an_arrest_made_is_coded_for_who_made_it_and_the_passive_names_nobody():
    got = _actions("ألقت السلطات الألمانية القبض على شخص يشتبه في انتمائه لتنظيم داعش.")
    assert {t for _a, t, _ in got} == {"COERCE"}, got
    assert not _actions("وألقي القبض على سبعة من المتهمين في ألمانيا.")
    # the same verb, spelled with ي in a paper that writes ى so, keeps its subject when it is not form IV
    got = _actions("والتقي الرئيس المصري عبد الفتاح السيسي الملك سلمان بن عبد العزيز في الرياض.")
    assert any(t == "CONSULT" for _a, t, _ in got), got


def test_killed_by_someone_s_bullets_is_a_passive_whose_subject_is_the_victim():
    got = _actions("وكان الشاب محمد علان الذي قتل برصاص الشرطة الإسرائيلية قد شارك في المسيرة.")
    assert not any(t == "ASSAULT" and a != "Police of Israel" for a, t, _ in got), got  # not the victim
    got = _actions("وقتلت الشرطة الإسرائيلية الشاب محمد علان أمس.")
    assert any(t == "ASSAULT" for _a, t, _ in got), got


def test_an_actor_inside_a_phrase_the_sentence_opens_with_is_not_the_subject():
    got = _actions("وردا على أسئلة وكالة فرانس برس، نفى الرئيس الفرنسي فرانسوا هولاند الاتهامات.")
    assert got == {("François Hollande", "REJECT", None)}, got
    got = _actions("وتعقيبا على تصريحات السفير الليبي، رفض الأمين العام للأمم المتحدة بان كي مون التعليق.")
    assert not any(a == "Ambassador of Libya" for a, _t, _ in got), got


def test_a_document_that_calls_for_something_is_not_its_owner_asking():
    assert not _actions("مؤكدة أنها تتعارض مع ميثاق منظمة التعاون الإسلامي الذي يدعو إلى تعزيز العلاقات.")
    # the owner of a call made by a person still asks
    got = _actions("وانتقد الوزير الأمين العام للأمم المتحدة بان كي مون الذي دعا إلى وقف القتال.")
    assert any(t == "REQUEST" and a == "Ban Ki-moon" for a, t, _ in got), got


def test_whom_a_relative_clause_after_the_object_names_is_not_the_target():
    got = _actions("استقبل محافظ الخرج محمد العتيبي، في ديوان المحافظة مديري الإدارات الحكومية ومجلس الأهالي، الذين "
                   "قدموا لتهنئة وكيل المحافظة خالد الشهري، بمناسبة تعيينه.")
    assert not any(tg for _a, _t, tg in got), got  # the directors were received, not the deputy they came to greet


def test_what_a_hostile_act_names_is_not_whom_a_friendly_one_backs():
    got = _actions("وأيدت واشنطن حق حليفتها في الحلف بقصف مواقع حزب العمال الكردستاني في العراق.")
    assert not any(tg == "Kurdistan Workers' Party" for _a, t, tg in got if t == "SUPPORT"), got
    got = _actions("وأيدت الولايات المتحدة الحكومة اليمنية في حربها.")
    assert any(t == "SUPPORT" and a == "United States" for a, t, _ in got), got


def test_civilians_killed_and_wounded_are_victims_and_a_call_for_protests_is_no_protest():
    got = _actions("وأفاد ناشطون أن «عشرات المدنيين قتلوا وجرحوا، صباح الاثنين، في غارات جوية على ريف إدلب».")
    assert not any(t == "ASSAULT" for _a, t, _ in got), got
    got = _actions("وأقدمت جماعة الحوثي على الدعوة لمظاهرات في العاصمة صنعاء.")
    assert not any(t == "PROTEST" for _a, t, _ in got), got
    # protests that happened are still coded
    got = _actions("وخرج آلاف اليمنيين في مظاهرات في صنعاء تلبية لدعوة جماعة الحوثي.")
    assert any(t == "PROTEST" for _a, t, _ in got), got


def test_a_stray_quote_mark_leaves_no_name_and_the_next_verb_ends_the_object():
    got = _actions("قصفت تركيا أمس مواقع لتنظيم ا»داعش» في سوريا.")
    assert got == {("Turkey", "ASSAULT", "Islamic State")}, got
    got = _actions("وقال المتحدث إن الميليشيات قتلت الأطفال والنساء في الشوارع ونطالب وزارة الصحة اليمنية "
                   "بإرسال فريق طبي.")
    assert not any(t == "ASSAULT" and tg == "Ministry of Health of Yemen" for _a, t, tg in got), got


def test_filling_in_forms_is_no_mobilization():
    for text in ("وتستقبل وزارة التعليم السعودية المعلمين لتعبئة النماذج الوظيفية.",
                 "وقامت وزارة التعليم السعودية بتعبئة خزانات المياه في المدارس."):
        assert not any(t == "MOBILIZE" for _a, t, _ in _actions(text)), _actions(text)


def test_a_first_person_verb_in_a_quotation_with_no_speaker_found_is_nobody_s():
    got = _actions("وأضاف: الميليشيات الحوثية قتلت الأطفال في الشوارع ونطالب وزارة الصحة اليمنية بإرسال فريق طبي.")
    assert not any(t == "REQUEST" for _a, t, _ in got), got
    got = _actions("وقال وزير الخارجية اليمني رياض ياسين: نطالب مجلس الأمن بفرض عقوبات على الحوثيين.")
    assert any(t == "REQUEST" and tg == "United Nations Security Council" for _a, t, tg in got), got


def test_condemned_written_without_hamza_is_a_condemnation_not_the_act_condemned():
    got = _actions("ودانت جامعة الدول العربية بشدة اقتحام قوات الاحتلال الإسرائيلي باحات المسجد الأقصى.")
    assert {t for a, t, _ in got if a == "Arab League"} == {"ACCUSE"}, got
    assert not _actions("وزرع المزارع مئة فدان من القمح.")  # «فدان» (acre) is no «ف + دان»


def test_a_document_opening_the_sentence_is_the_subject_and_a_relative_pronoun_ends_a_body_s_name():
    assert not _actions("البند الثاني من هذه الوثيقة، يطالب إيران بتقليص مخزونها من اليورانيوم.")
    text = "واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة بقصف الناقلات."
    r = extract_text(DATELINE + text, "a.txt")
    assert not any("التي" in e.label_ar for e in r.entities.values()), [e.label_ar for e in r.entities.values()]


def test_what_a_participle_of_accusation_alleges_is_no_event():
    got = _actions("ونشر السفير الإسرائيلي السابق مقالات، متهما الرئيس الأمريكي باراك أوباما بتدمير العلاقات بين "
                   "الولايات المتحدة وإسرائيل.")
    assert not any(t == "ASSAULT" for _a, t, _ in got), got


def test_killed_in_a_raid_is_a_passive_and_the_one_asked_to_back_someone_backs_nobody_yet():
    assert not _actions("وكان زعيم تنظيم القاعدة في جزيرة العرب ناصر الوحيشي الذي قتل في غارة استهدفته في المكلا.")
    got = _actions("وقتل مسلحو تنظيم داعش جنديين عراقيين في هجوم على الرمادي.")
    assert any(t == "ASSAULT" and a == "Islamic State" for a, t, _ in got), got
    got = _actions("وطالب رئيس اللجنة في بيان له اليوم المجتمع الدولي بدعم جهود المملكة العربية السعودية.")
    assert not any(a == "international community" for a, _t, _ in got), got


def test_a_foiled_plan_of_attack_is_no_attack():
    assert not _actions("وقد أحبطت القوات السعودية اليوم مخطط هجوم لمليشيات الحوثي على منفذ الطوال الحدودي.")
    got = _actions("وشن الحوثيون هجوما على منفذ الطوال الحدودي.")
    assert any(t == "ASSAULT" for _a, t, _ in got), got


def test_a_crushing_in_a_football_match_is_no_assault():
    assert not _actions("وهو من قاد الأرجنتين في نهائي كأس العالم أمام ألمانيا التي سحقت البرازيل في المباراة.")
