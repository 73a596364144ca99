"""Round 20 (senses of verbs that also name a coercion, ...): sentences written for these tests."""

from extract_helpers import actions_by_key as _actions
from extract_helpers import result


def test_a_verb_of_arrest_that_also_means_to_stop_codes_an_arrest_only_with_people_as_object():
    # «أوقف» arrests people; with an activity as its object it stops it
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقفت الصين استيراد جميع منتجات الدواجن الأمريكية."))
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقف البنك المركزي الروسي بشكل مؤقت شراء الدولار."))
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأوقفت الحكومة المصرية المشروع على الفور."))
    assert any(t == "COERCE" for _a, t, _g in _actions("أوقفت الشرطة الإسبانية رجلا من مليلية."))
    assert any(t == "COERCE" for _a, t, _g in _actions("أوقفت قوة من الجيش اللبناني 23 شخصاً سورياً في عرسال."))
    assert any(t == "COERCE" for _a, t, _g in _actions("وقالت الشرطة الإسرائيلية إنها أوقفت يهوديين اثنين."))


def test_a_bare_country_after_a_definite_title_or_head_is_no_genitive_of_it():
    # «الأمين العام» carries the article, so Israel is the object, not the owner; «رئيس مصر» owns Egypt
    r = result("وحمّل الأمين العام إسرائيل المسؤولية الكاملة عن تبعات الاعتداءات.")
    assert not any(e.type == "Person" and e.country == "israel" for e in r.entities.values()), r.entities
    r = result("وحمل وزير الخارجية إسرائيل المسؤولية الكاملة عن الاعتداءات.")
    assert not any(e.type == "Organization" and e.country == "israel" for e in r.entities.values()), r.entities
    r = result("وهنأ مجلس الوزراء مصر على افتتاح مشروع قناة السويس الجديدة.")
    assert "مجلس الوزراء مصر" not in {m.text for m in r.mentions}, r.mentions
    r = result("وقال رئيس مصر إن الوضع مستقر.")
    assert any(m.text == "رئيس مصر" and r.entities[m.entity].type == "Person" for m in r.mentions), r.mentions


def test_an_unnamed_source_is_placed_only_by_a_body_right_after_its_description():
    # «من الحوثيين» belongs to the words said (casualties among them), not to the sources
    r = result("وأكدت مصادر محلية سقوط قتلى وجرحى من الحوثيين في العملية.")
    assert not r.statements, r.statements
    r = result("وقال مصدر أمني رفيع بوزارة الداخلية البحرينية في تصريح إن الوضع مستقر.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Organization"], r.statements


def test_two_units_joined_by_and_are_a_range_not_a_compound_number():
    # «أربعة وستة أسابيع» is four to six weeks, never ten; «خمسة وعشرون» is twenty-five
    values = {(f.value, f.measure) for f in result("وسيغيب لمدة تتراوح بين أربعة وستة أسابيع للعلاج.").figures}
    assert (10, "weeks") not in values, values
    assert (25, "killed") in {(f.value, f.measure) for f in result("وقتل خمسة وعشرون شخصا في الهجوم.").figures}


def test_a_former_office_named_without_a_name_is_not_the_holder_of_the_day():
    # «السابق»: someone who held it before; the listed past holder the article names, else one of this article
    r = result("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وقال الرئيس الأمريكي السابق إن الاتفاق سيئ.",
               dateline="الأحد 9 أغسطس 2015\n")  # Obama in office that day
    speakers = [r.entities[s.speaker].label_en for s in r.statements]
    assert speakers[0] == "Barack Obama" and speakers[1] != "Barack Obama", speakers
    r = result("انتقد وزير الخارجية الجزائري تصريحات نيكولا ساركوزي الرئيس الفرنسي السابق حول الجزائر.")
    assert any(m.text == "الرئيس الفرنسي السابق" and m.entity == "sarkozy" for m in r.mentions), r.mentions


def test_a_listed_body_right_after_a_place_noun_is_the_place():
    # «منطقة الفاو» (Al-Faw, Yemen/Iraq) is no mention of the FAO, which stays «الفاو» elsewhere
    r = result("وأشارت المصادر إلى أن غارتين في منطقة الفاو استهدفت إحداها تجمعا للحوثيين.")
    assert "fao" not in r.entities and not any(a.actor == "fao" for a in r.actions), r.entities
    assert "fao" in result("وقالت الفاو إن أسعار الغذاء ارتفعت.").entities


def test_a_coalition_after_a_force_noun_takes_its_whole_listed_name():
    # «طيران التحالف العربي لدعم الشرعية»: the name runs on, so the positions after the raids are the target's
    got = _actions("وفي مأرب، شن طيران التحالف العربي لدعم الشرعية غارات جوية على مواقع للحوثيين في المحافظة.")
    assert ("saudi_led_coalition", "ASSAULT", "houthis") in got, got
    got = _actions("وقصفت طائرات التحالف الدولي مواقع لتنظيم داعش في الرقة السورية.")
    assert ("anti_isis_coalition", "ASSAULT", "isis") in got, got


def test_a_noun_that_refers_back_may_carry_an_adjective_that_judges_it():
    # «التنظيم الإرهابي», «التنظيم المتشدد»: IS again; «الحركة الاحتجاجية» classifies, so it names something new
    lead = "قال مسؤول عراقي إن تنظيم داعش سيطر على البلدة. "
    assert ("anti_isis_coalition", "ASSAULT", "isis") in _actions(
        lead + "وقصفت قوات التحالف الدولي مواقع التنظيم الإرهابي قرب الموصل.")
    assert ("anti_isis_coalition", "ASSAULT", "isis") in _actions(
        lead + "وقصفت قوات التحالف الدولي مواقع للتنظيم المتشدد قرب الموصل.")


def test_what_is_rejected_names_its_state_by_an_adjective():
    # «للتوسع الإيراني»: Iran's expansion is rejected; «رفض المبعوث الأمريكي التعليق»: the envoy refuses, no target
    got = _actions("وقال التقرير إن إيران تتوسع في المنطقة. والأهم من ذلك رفض المجتمع الدولي للتوسع الإيراني.")
    assert any(t == "REJECT" and g == "iran" for _a, t, g in got), got
    got = _actions("قال مسؤول إن الولايات المتحدة قدمت مقترحا. ورفض المبعوث الأمريكي التعليق.")
    assert not any(t == "REJECT" and g == "usa" for _a, t, g in got), got


def test_a_vice_president_named_in_the_article_is_not_the_president():
    # «Vice President of the United States» had been read as a president's office: «الرئيس الأمريكي» was Pence
    r = result("وقال نائب الرئيس الأمريكي مايك بنس إن الاتفاق جيد. وقال الرئيس الأمريكي إن الاتفاق سيئ.")
    speakers = [r.entities[s.speaker].label_en for s in r.statements]
    assert speakers[0] == "Mike Pence" and speakers[1] != "Mike Pence", speakers
    r = result("وقال حسين الشيخ إن الاتفاق جيد. وقال الرئيس الفلسطيني إن الاتفاق سيئ.")
    assert [r.entities[s.speaker].label_en for s in r.statements][1] == "Mahmoud Abbas", r.statements


def test_a_noun_with_a_feminine_pronoun_is_no_act_of_a_plural_of_people():
    # «رفضها» is Washington's refusal («ها»); the opponents («المعارضين») would be «رفضهم»
    got = _actions("غير أن المعارضين ينظرون إلى الأمر من زاوية «استغلال النصرة لمواقف واشنطن الأخيرة حيال سوريا، "
                   "وتحديدا تجاه رفضها المنطقة العازلة».")
    assert not any(t == "REJECT" and a == "syria_opposition" for a, t, _g in got), got


def test_a_club_regaining_a_player_is_no_mobilization():
    # two words of sport («الإعارة», «الموسم») make «استعاد» a club's signing, not forces retaking ground
    got = _actions("واستعاد الفريق خدمات أحمد عبد المقصود من فريق أم صلال الذي انتقل إليه على سبيل الإعارة في الموسم "
                   "الماضي، كما استعاد ناصر خلفان من الفريق ذاته.")
    assert not any(t == "MOBILIZE" for _a, t, _g in got), got


def test_a_state_with_bi_right_after_the_body_that_refuses_is_where_it_is():
    # «محكمة الأسرة بمصر»: Egypt's court, not a party refused; «ندد بإسرائيل» keeps its object with ب
    assert not any(g == "egypt" for _a, t, g in _actions("رفضت محكمة الأسرة بمصر دعوى أقامها زوج ضد زوجته."))
    assert any(t == "ACCUSE" and g == "israel"
               for _a, t, g in _actions("ونددت وزارة الخارجية السعودية بإسرائيل بسبب الاعتداءات."))


def test_a_verb_carrying_him_points_to_the_man_the_sentence_named_before():
    # «واتهمه»: Benomar, criticized in the clause before; «وشكره لصاحب السمو» is his thanks, a noun
    got = _actions("وكان وليام سكاباس قد أدى عملا قانونيا لمنظمة التحرير الفلسطينية واتهمته إسرائيل بالتحيز.")
    assert any(a == "israel" and t == "ACCUSE" and g and g.startswith("person_") for a, t, g in got), got
    r = result("عبّر اللواء سليمان السحيباني عن اعتزازه البالغ وشكره لصاحب السمو الملكي الأمير محمد بن نايف.")
    thanked = [r.entities[a.target].label_ar for a in r.actions if a.target]
    assert not any("السحيباني" in (t or "") for t in thanked), thanked


def test_the_side_whose_positions_an_attack_hit_is_its_target():
    # «وآخر مواقع تمركز مليشيات الحوثي»: the positions seized were the Houthis'
    got = _actions("وسيطر الجيش الوطني والمقاومة الشعبية أمس على معسكر لبوزة الإستراتيجي وآخر مواقع تمركز مليشيات "
                   "الحوثي في محافظة لحج.")
    assert ("yemen_popular_resistance", "ASSAULT", "houthis") in got, got
