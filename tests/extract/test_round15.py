"""Round 15 (judged SaudiNewsNet errors, re-read at the current code): sentences written for these tests."""

from extract_helpers import actions_by_label as _actions

from kg.pipeline import extract_text


def test_a_state_in_an_office_before_its_holder_gives_the_holder_as_target():
    got = _actions("استقبل الرئيس عبد ربه منصور هادي في الرياض أمس رئيس وزراء لبنان الأسبق سعد الحريري.")
    assert ("Abdrabbuh Mansur Hadi", "CONSULT", "Saad Hariri") in got, got
    assert not any(t == "Lebanon" for _a, _t, t in got), got
    # the state alone, with no holder named after it, stays the target
    got = _actions("استقبل الرئيس عبد ربه منصور هادي في الرياض أمس سفير لبنان.")
    assert ("Abdrabbuh Mansur Hadi", "CONSULT", "Lebanon") in got, got


def test_a_tag_list_after_the_last_sentence_yields_no_fact_and_no_mention():
    body = ("وقالت الشرطة إن التحقيقات مستمرة في الحادث الذي وقع مساء أمس في المدينة. "
            "سمات داعش هجوم مسلح الرمادي")
    r = extract_text("الأحد 9 مارس 2025\n" + body, "a.txt")
    assert not r.actions, r.actions
    assert not any(m.text in ("داعش", "الرمادي") for m in r.mentions), r.mentions
    # the same words in a sentence are news
    r = extract_text("الأحد 9 مارس 2025\nشن تنظيم داعش هجوما مسلحا على الرمادي.", "a.txt")
    assert any(a.type == "ASSAULT" for a in r.actions), r.actions


def test_a_relative_or_a_lawyer_of_someone_is_the_one_acted_on_not_him():
    got = _actions("وقالت وكالة الأنباء إن السلطات السورية اعتقلت أحد أقارب الرئيس بشار الأسد بعد احتجاجات.")
    assert not any(t == "Bashar al-Assad" for _a, _t, t in got), got
    got = _actions("وطلبت الحكومة الإسرائيلية من محامي المعتقل محمد علان زيارة موكله.")
    assert not any(t and "Allan" in t for _a, _t, t in got), got
    # the people of a country («أبناء سوريا») are coded as the country they belong to
    got = _actions("ودعا الرئيس بشار الأسد أبناء سوريا إلى الوقوف مع الجيش.")
    assert ("Bashar al-Assad", "REQUEST", "Syria") in got, got


def test_a_phone_call_with_a_newspaper_is_an_interview_not_a_meeting():
    got = _actions("وقال مدير الدفاع المدني خالد الحربي في اتصال هاتفي مع «عكاظ» إن الفرق باشرت الحادث.")
    assert not any(t == "CONSULT" for _a, t, _ in got), got
    got = _actions("وأجرى الرئيس عبد ربه منصور هادي اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.")
    assert any(t == "CONSULT" for _a, t, _ in got), got


def _statements(body: str) -> list[tuple[str, str]]:
    r = extract_text("الأحد 9 مارس 2025\n" + body, "a.txt")
    return [(r.entities[s.speaker].label_ar, s.content) for s in r.statements]


def test_the_cue_preposition_after_the_speaker_title_opens_the_words_not_the_title():
    got = _statements("وأكد نايف القحطاني أحد عملاء شركات التأمين على أن الحل الوحيد هو توحيد الأسعار.")
    assert got and got[0][1] == "الحل الوحيد هو توحيد الأسعار", got
    got = _statements("وأشار نايف الحربي مالك المستودعات إلى أن المبيعات مرت بانخفاض طفيف.")
    assert got and got[0][1] == "المبيعات مرت بانخفاض طفيف", got
    # a noun that governs the preposition is part of what he said
    got = _statements("وأكد الوزير نايف الحربي حرصه على أن تستمر المبيعات.")
    assert got and got[0][1].startswith("حرصه على أن"), got


def test_a_quotation_after_the_speaker_title_opens_the_words():
    got = _statements('وقال مارتن أونيل مدرب أيرلندا "ويلز تسير بشكل رائع في التصفيات".')
    assert got and got[0][1] == "ويلز تسير بشكل رائع في التصفيات", got


def test_for_the_hajj_is_no_yemeni_governorate_that_makes_the_story_yemeni():
    # no country named: the listed places decide the story's country, and «للحج» is ل + الحج when the story
    # writes «الحج» too, not "to Lahj"
    text = ("الأحد 9 مارس 2025\nطالب أصحاب الشركات وزارة الحج بإعادة النظر في الأسعار. وقال أحدهم إن الاستعداد "
            "للحج بدأ مبكرا هذا العام، وإن وزارة الصحة تتابع الاستعدادات للحج. وأكد أن الحج موسم مهم.")
    keys = {m.entity for m in extract_text(text, "a.txt").mentions}
    assert not any(k.startswith("yemen") for k in keys), keys


def test_the_official_spokesman_of_a_body_is_no_anaphor_for_the_last_person():
    got = _actions("وقال الرئيس اليمني السابق علي عبدالله صالح إن قواته تقدمت. إلى ذلك، نفى المتحدث الرسمي باسم "
                   "انصار الله، وهي التسمية التي يستخدمها المتمردون الحوثيون، محمد عبد السلام ما نقل عن زعيمهم.")
    assert not any(a == "Ali Abdullah Saleh" and t == "REJECT" for a, t, _ in got), got


def test_the_people_a_crowd_of_protesters_is_made_of_is_not_whom_they_protest():
    got = _actions("وتظاهر مئات الفلسطينيين في غزة أمس، أمام مقر وكالة الغوث الدولية احتجاجا على سياسة تقليص "
                   "خدماتها.")
    assert got and all(t != "Palestinians" for _a, _t, t in got), got


def test_a_man_a_relative_clause_says_was_arrested_later_is_no_arrester():
    got = _actions("وشكل الضباط خلية بقيادة الضابط عصام القمري الذي اعتقل لاحقا.")
    assert not any(t == "COERCE" for _a, t, _ in got), got
    got = _actions("واعتقلت الشرطة المصرية مؤخرا خمسة أشخاص في القاهرة.")
    assert any(t == "COERCE" for _a, t, _ in got), got


def test_a_common_noun_phrase_after_that_is_the_subject_and_the_actor_after_the_verb_its_object():
    got = _actions("وأوضح المفتي أن دين الإسلام السمح حث المسلمين جميعا على القراءة والتعلم.")
    assert not any(a == "Muslims" for a, _t, _ in got), got
    got = _actions("وأكد المرصد أن النظام السوري قصف المدينة.")
    assert any(t == "ASSAULT" for _a, t, _ in got), got


def test_a_counted_object_closed_by_the_next_clause_keeps_that_clause_actors_out_of_the_target():
    got = _actions("وقالت السلطات الرومانية إن الشرطة اعتقلت أربعة رجال وضبطت 320 كيلوجراما من الهيروين المتجه "
                   "إلى هولندا.")
    assert got and all(t != "Netherlands" for _a, _t, t in got), got
    got = _actions("وقتلت القوات العراقية 20 مسلحا من تنظيم داعش.")
    assert any(t == "ASSAULT" and tg == "Islamic State" for _a, t, tg in got), got


def test_the_body_a_member_arrested_belongs_to_is_the_target_not_a_place():
    got = _actions("وقالت المقاومة الشعبية في اليمن إنها اعتقلت قياديًا كبيرًا في حركة الحوثي.")
    assert any(t == "COERCE" and tg == "Houthis" for _a, t, tg in got), got
    got = _actions("واعتقلت الشرطة المصرية ثلاثة أشخاص في سوريا.")
    assert not any(tg == "Syria" for _a, _t, tg in got), got


def test_the_state_whose_doing_is_condemned_is_the_target_not_an_institution_of_it():
    got = _actions("بدورها، أدانت الحكومة العراقية الغارات التركية في شمال العراق وقالت إن تركيا تجاوزت الحدود.")
    assert ("Government of Iraq", "ACCUSE", "Turkey") in got, got
    # a body the adjective describes is itself what is criticized
    got = _actions("وقالت الولايات المتحدة إن الاتفاق صامد. وانتقد وزير الخارجية الإيراني محمد جواد ظريف المعهد "
                   "الأمريكي للدراسات.")
    assert not any(t == "ACCUSE" and tg == "United States" for _a, t, tg in got), got
    got = _actions("وقالت الولايات المتحدة إن الاتفاق صامد. وانتقد وزير الخارجية الإيراني محمد جواد ظريف "
                   "الغارات الأمريكية.")
    assert ("Mohammad Javad Zarif", "ACCUSE", "United States") in got, got
