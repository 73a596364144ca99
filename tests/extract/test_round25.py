"""Round 25 (the fourteenth session): a past verb of the dictionary after a title is no name; the merge guard reads
a family name in «ي» the model cut off as the name's end; a word inside the name of a body is no trigger; a
separate object pronoun after a trigger («متهما إياه») names the person named before; the object
after three coordinated subjects, a campaign launched «على» a party; a call going on a speaker's words calls on the
body after it; a unit of an army named by its number; an institute; the state whose policy is criticised; a manner
of death after the verb makes it passive; a protest against a state's raids; a clause opened two words after a comma.
Sentences written for these tests."""

from extract_helpers import guarded_words, result


def test_a_past_verb_of_the_dictionary_after_a_title_is_no_name():
    # «أطلق» (launched) opens the clause the prime minister is subject of: no person «Atlaq»
    r = result("وكان رئيس الحكومة أطلق السبت رسميا مبادرة المصالحة الوطنية.")
    assert not any("أطلق" in m.text for m in r.mentions)
    # a given name that is also a verb is still a name
    r = result("وقال الرئيس حسن روحاني إن المفاوضات ستستمر.")
    assert any(e.label_en == "Hassan Rouhani" for e in r.entities.values())


def test_a_family_name_the_model_cut_off_ends_the_name():
    # the model's «عمرو بن»: through the link and on to the family name, not dropped as a name cut short
    assert guarded_words("وفي غزوة الخندق قتل عمرو بن ود العامري في المبارزة.", "عمرو بن") == "عمرو بن ود العامري"
    # a nationality after the name is no family name: the span stays as it was
    assert guarded_words("وصافح محمد سالم المصري الوفد الزائر.", "محمد سالم") != "محمد سالم المصري"


def test_a_word_inside_the_name_of_a_body_is_no_event():
    # «دعم» of «تحالف دعم الشرعية» (the Coalition to Support Legitimacy) is the name, not support of the soldier
    r = result("وأعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن مقتل الجندي يوسف الفلاسي.")
    assert not [a for a in r.actions if a.type == "SUPPORT"]
    r = result("ودعمت السعودية الحكومة اليمنية في مواجهة الحوثيين.")
    assert [a for a in r.actions if a.type == "SUPPORT"]


def test_a_separate_object_pronoun_after_a_trigger_names_who_is_meant_before():
    # «متهما إياه» (accusing him): the man named before the trigger, not a target left unread
    r = result("وهاجم النائب زيد أبو زيد رئيس الوزراء العراقي السابق نوري المالكي متهما إياه بإثارة الفتنة الطائفية.")
    accusing = [a for a in r.actions if a.trigger == "متهما"]
    assert [r.entities[a.target].label_en for a in accusing if a.target] == ["Nouri al-Maliki"]
    # with no person named before it, «إياه» is read as no one
    r = result("وانتقدت الحكومة قرار البرلمان متهمة إياه بتعطيل الموازنة.")
    assert not [a for a in r.actions if a.type == "ACCUSE" and a.target]


def test_a_third_coordinated_subject_is_no_target_and_the_object_after_it_is():
    r = result("وتتهم واشنطن ولندن وباريس الجيش السوري بشن هجمات بغاز الكلور على المدنيين.")
    accused = {(r.entities[a.actor].label_en, r.entities[a.target].label_en)
               for a in r.actions if a.type == "ACCUSE" and a.target}
    assert ("France", "Armed Forces of Syria") in accused and ("United States", "Armed Forces of Syria") in accused


def test_a_campaign_launched_on_a_party_targets_it():
    r = result("وشنت الحكومة المصرية حملة أمنية صارمة على جماعة الإخوان ومؤيديها.")
    assert any(a.type == "COERCE" and a.target and r.entities[a.target].label_en == "Muslim Brotherhood"
               for a in r.actions)


def test_a_call_going_on_a_speakers_words_calls_on_the_body_after_it():
    # «ودعا البرلمان لنزع الحصانة»: Erdogan calls on parliament; parliament calls on no one
    r = result("وقال الرئيس التركي رجب طيب أردوغان إن عملية السلام باتت مستحيلة ودعا البرلمان لنزع الحصانة عن النواب.")
    calls = {(r.entities[a.actor].label_en, a.target and r.entities[a.target].label_en)
             for a in r.actions if a.type == "REQUEST"}
    assert calls == {("Recep Tayyip Erdoğan", "Parliament of Turkey")}
    # a bare noun referring back to the one the sentence's actor acted on is the one asked
    r = result("وأجرى مسعود البارزاني اتصالا بحزب العمال الكردستاني وطالب الحزب بالعودة إلى جبال قنديل.")
    assert [(r.entities[a.actor].label_en, r.entities[a.target].label_en) for a in r.actions if a.type == "REQUEST"] \
        == [("Masoud Barzani", "Kurdistan Workers' Party")]
    # a state named in full after the verb is a new caller
    r = result("وقال أردوغان إن الوضع خطير، ودعا الرئيس الروسي فلاديمير بوتين إلى ضبط النفس.")
    assert {r.entities[a.actor].label_en for a in r.actions if a.type == "REQUEST"} == {"Vladimir Putin"}


def test_a_unit_of_an_army_named_by_its_number_is_an_organization_and_a_target():
    r = result("وقصف طيران التحالف العربي مبنى قيادة اللواء 17 مشاة في مدينة تعز اليمنية.")
    units = {m.text: r.entities[m.entity] for m in r.mentions if "17" in m.text}
    assert [(e.type, e.label_en) for e in units.values()] == [("Organization", "Brigade 17 (Yemen)")]
    assert any(a.type == "ASSAULT" and a.target == next(iter(units.values())).key for a in r.actions)
    # a unit belongs to the country of the place it is named at, not to the state the story is about
    r = result("وقالت إيران إنها تدعم الحوثيين، وقال وزير الخارجية الإيراني إن إيران لن تتخلى عنهم. "
               "وشن طيران التحالف غارات على معسكر اللواء 35 مدرع في مدينة تعز.")
    assert {e.label_en for e in r.entities.values() if "35" in e.label_ar} == {"Brigade 35 (Yemen)"}
    # the rank «اللواء» before a name is no unit
    r = result("وقال اللواء محمد العلي إن القوات تقدمت في المدينة.")
    assert not any(e.type == "Organization" for e in r.entities.values())


def test_an_institute_is_an_organization_and_the_state_of_a_policy_criticised_is_its_target():
    r = result("وقال معهد البترول الأمريكي إن مخزونات النفط تراجعت الأسبوع الماضي.")
    assert any(e.type == "Organization" and "معهد" in e.label_ar for e in r.entities.values())
    body = "وكانت الولايات المتحدة قد فرضت عقوبات جديدة. "
    r = result(body + "وانتقد وزير الخارجية الإيراني محمد جواد ظريف السياسة الأمريكية في المنطقة.")
    assert [r.entities[a.target].label_en for a in r.actions if a.type == "ACCUSE" and a.target] == ["United States"]
    # a body with the state's adjective is itself accused, not its state
    r = result(body + "ووصف ظريف التقارير بالأكاذيب، متهما المعهد الأمريكي بمحاولة التشويش على الاتفاق.")
    assert not [a for a in r.actions if a.type == "ACCUSE" and a.target and r.entities[a.target].type == "State"]


def test_a_manner_of_death_after_the_verb_makes_it_passive():
    # «أعدم شنقا»: he was hanged («أُعدم»); the man executed executes no one
    r = result("وقالت شبكتا التلفزيون إن يعقوب مأمون أعدم شنقا في الصباح الباكر في سجن ناغبور.")
    assert not [a for a in r.actions if a.type == "COERCE"]


def test_a_protest_against_a_states_raids_targets_the_state():
    r = result("وقالت تركيا إن الغارات مستمرة. وتظاهر عشرات الأكراد في محافظة السليمانية مساء السبت، "
               "احتجاجا على الغارات الجوية التركية على أهداف لحزب العمال الكردستاني.")
    assert [r.entities[a.target].label_en for a in r.actions if a.type == "PROTEST" and a.target] == ["Turkey"]


def test_a_verb_two_words_after_a_comma_opens_a_clause_the_target_is_not_read_from():
    r = result("وقتل مدني في قصف شنه الحوثيون على أحياء سكنية في مدينة تعز، ليلة السبت، في وقت شن طيران التحالف "
               "غارات على معسكر اللواء 35 في مدينة المخاء.")
    houthi = [a for a in r.actions if a.actor == "houthis"]
    assert houthi and all(a.target is None for a in houthi)
