"""Round 18 (light verbs that carry an event noun, and the crowds that protest): sentences written for these tests."""

from extract_helpers import actions_by_key as _actions
from extract_helpers import result as _result


def test_a_light_verb_codes_the_event_noun_it_carries_with_its_own_subject():
    # «قام ب» carries any event noun: the subject of «قام» did it, the noun's object is the target
    assert ("saudi_led_coalition", "ASSAULT", "houthis") in _actions(
        "وقامت قوات التحالف العربي بقصف مواقع الحوثيين في صنعاء.")
    assert ("yemen_army", "ASSAULT", "houthis") in _actions("وقام الجيش اليمني بقصف مواقع الحوثيين.")
    # «واصل» and «شارك في» carry the nouns of their types
    assert ("saudi_arabia", "ASSAULT", "houthis") in _actions("وواصلت السعودية قصف مواقع الحوثيين في صنعاء.")
    assert ("iraq_protesters", "PROTEST", None) in _actions(
        "وشارك المئات في مظاهرات للمطالبة بحل أزمة الكهرباء في كربلاء.")


def test_a_light_verb_carries_only_a_noun_of_its_types_and_never_an_inflected_verb():
    # «واصل» carries attacks, not talks: the talks are not coded with «واصلت» as their verb
    r = _result("وواصلت السعودية محادثات مع مصر.")
    assert not any(a.trigger.startswith("وواصلت") for a in r.actions), r.actions
    # «قام» with no «ب» on the noun is "arose": «قامت» is no verb of the protests
    r = _result("وقامت السعودية احتجاجات في المدينة أمس.")
    assert not any(a.trigger.startswith("وقامت") for a in r.actions), r.actions
    # a past verb after «نفذ» is no noun it carries
    r = _result("ونفذت الشرطة التونسية أمس استهدف المسلحين.")
    assert not any(a.trigger.startswith("ونفذت") for a in r.actions), r.actions


def test_protesters_are_of_the_country_where_they_stand_not_of_the_embassy_they_face():
    got = _actions("شارك مئات الأشخاص في وقفة احتجاجية أمام السفارة الروسية في كييف.")
    assert any(a == "ukraine_protesters" and t == "PROTEST" for a, t, _g in got), got
    assert not any(a == "russia_protesters" for a, _t, _g in got), got
    got = _actions("تظاهر طلاب جامعة القاهرة ضد قرار إدارة الجامعة.")
    assert any(a == "egypt_protesters" for a, _t, _g in got), got


def test_the_noun_naming_a_crowd_that_protested_is_a_mention_of_the_protesters():
    r = _result("وقام الأهالي بوقفة احتجاجية أمام مقر المعتمدية في تونس.")
    assert ("الأهالي", "tunisia_protesters") in {(m.text, m.entity) for m in r.mentions}, r.mentions
    assert any(a.actor == "tunisia_protesters" and a.type == "PROTEST" for a in r.actions), r.actions
    # a count is no name of the crowd
    r = _result("تظاهر العشرات في بغداد.")
    assert any(a.actor == "iraq_protesters" for a in r.actions), r.actions
    assert not any(m.entity == "iraq_protesters" for m in r.mentions), r.mentions


def test_members_of_a_group_named_with_min_act_for_it():
    assert ("al_qaeda", "ASSAULT", None) in _actions("هاجم عناصر من تنظيم القاعدة معسكرا للجيش في محافظة أبين.")
    got = _actions("وقتل جنديان في هجوم شنه مقاتلون من حركة الشباب على قاعدة للجيش الصومالي.")
    assert any(a == "al_shabaab" and t == "ASSAULT" for a, t, _g in got), got


def _speakers(body: str) -> list[str]:
    r = _result(body)
    return [r.entities[s.speaker].label_ar for s in r.statements]


def test_an_unknown_speaker_named_before_a_title_in_apposition_is_a_person():
    assert _speakers("وقال بيجان فارنودي المتحدث باسم مؤسسة كوفي أنان إن أنان ليس الشخص المناسب.") == ["بيجان فارنودي"]
    # a nisba after a given name closes the name though it is also a word ("golden")
    assert _speakers("بدوره، أكد محمد الذهبي أستاذ القانون الدستوري أن القرار يمثل كارثة قانونية.") == ["محمد الذهبي"]
    assert _speakers("وقال محمد الذهبي إن القرار كارثة.") == ["محمد الذهبي"]


def test_unnamed_sources_stay_no_speaker():
    assert _speakers("وقالت مصادر محلية، إن القرار كارثة.") == []
    assert _speakers("وقال شهود عيان، إن القرار كارثة.") == []


def test_managing_to_do_an_act_codes_the_act_for_the_subject():
    got = _actions("وتمكنت قوات الأمن السعودية من القبض على المتهم.")
    assert any(a == "saudi_arabia_security_forces" and t == "COERCE" for a, t, _g in got), got
    got = _actions("ونجحت طائرات التحالف العربي في القضاء على مسلحين حوثيين.")
    assert ("saudi_led_coalition", "ASSAULT", "houthis") in got, got
    # no act carried: a match won
    assert _actions("ونجح المنتخب السعودي في الفوز على نظيره الإماراتي.") == set()
    # an arrest announced by a body is its own; a passive one has no actor
    got = _actions("وأعلنت وزارة الداخلية السعودية القبض على خلية إرهابية في القطيف.")
    assert any(a == "saudi_arabia_interior_ministry" and t == "COERCE" for a, t, _g in got), got
    assert _actions("وتم القبض على المتهم في الرياض.") == set()


def test_settlers_helicopters_and_strikes():
    got = _actions("هاجم مستوطنون فلسطينيين في قرية قرب نابلس.")
    assert any(a.endswith("_settlers") and t == "ASSAULT" for a, t, _g in got), got
    got = _actions("أضرب عمال الموانئ في تونس عن العمل للمطالبة برفع الأجور.")
    assert any(a == "tunisia_protesters" and t == "PROTEST" for a, t, _g in got), got
    got = _actions("نظم أنصار الرئيس المعزول مسيرة في الإسكندرية.")
    assert any(a == "egypt_protesters" and t == "PROTEST" for a, t, _g in got), got


def test_the_occupation_forces_of_a_named_state_are_its_forces():
    got = _actions("اقتحمت قوات الاحتلال الإسرائيلي المسجد الأقصى واعتدت على المصلين.")
    assert any(a == "israel_forces" and t == "ASSAULT" for a, t, _g in got), got
    # with no state named, «قوات الاحتلال» is nobody's
    assert _actions("اقتحمت قوات الاحتلال المسجد الأقصى.") == set()


def test_the_nationality_of_an_attack_that_took_place_names_the_attacker():
    assert ("israel", "ASSAULT", "south_lebanon") in _actions("وقتل خمسة مدنيين في غارة إسرائيلية على جنوب لبنان.")
    assert any(a == "russia" and t == "ASSAULT" for a, t, _g in _actions("وقتل عشرة أشخاص بقصف روسي على ريف إدلب."))
    # a strike denied, feared or asked to stop did not take place
    for body in ("ونفت موسكو وقوع غارات روسية على المدنيين.", "وهدد الحوثيون بالرد على أي غارات سعودية جديدة.",
                 "وحذر من أن غارات أمريكية قد تستهدف المدينة.", "وطالبت المعارضة بوقف الغارات الروسية على إدلب."):
        assert not any(t == "ASSAULT" for _a, t, _g in _actions(body)), body
    # the state's own army is not the target of its strike
    got = _actions("وقتل ثمانية جنود في غارة أميركية على حاجز للجيش.")
    assert not any(a == "usa" and g and g.startswith("usa") for a, _t, g in got), got


def test_two_triggers_of_one_event_are_one_action():
    r = _result("وفي سياق آخر، نفذت المقاومة الشعبية هجوماً استهدف دورية عسكرية تابعة للحوثيين شرق مدينة تعز.")
    got = [(a.actor, a.type, a.target) for a in r.actions]
    assert [t for a, t, g in got if a.endswith("popular_resistance") and g == "houthis"] == ["ASSAULT"], r.actions
    assert len([a for a in r.actions if a.type == "ASSAULT"]) == 1, r.actions


def test_renewing_is_speech_only_with_a_word_of_speech_as_its_object():
    assert _speakers("وجدد الرئيس الأمريكي باراك أوباما دعوته للشعب الأميركي لتأييد الاتفاق.") == ["باراك أوباما"]
    assert _speakers("وجددت مليشيات الحوثي قصفها بصواريخ الكاتيوشا قرى جبل صبر.") == []
    assert _speakers("وجددت الجماهير ثقتها في مجلس الإدارة.") == []


def test_a_name_whose_first_letter_is_waw_is_no_conjunction():
    # «وزارة الصحة» after the subject is the one asked, not a second speaker joined by «و»
    r = _result("ودعا الرئيس المصري عبد الفتاح السيسي وزارة الصحة إلى التدخل السريع لمعالجة الأوضاع.")
    assert [s.speaker for s in r.statements] == ["sisi"], r.statements
    assert [(a.actor, a.type, a.target) for a in r.actions] == [("sisi", "REQUEST", "egypt_health_ministry")]
    # a real conjunction still joins two speakers
    r = _result("وقال الرئيس الروسي فلاديمير بوتين والرئيس الفرنسي فرانسوا هولاند إن الاتفاق مهم.")
    assert sorted(s.speaker for s in r.statements) == ["hollande", "putin"], r.statements


def test_an_office_holder_named_after_the_office_is_not_whom_he_acted_on():
    got = _actions("اتهم وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إيران بالتورط في "
                   "الإخلال بأمن البحرين.")
    assert ("bahrain_interior_minister", "ACCUSE", "iran") in got, got
    # another office and its holder stay the target (the Saudi foreign minister of the article's day, 2025)
    got = _actions("والتقى وزير الخارجية السعودي نظيره الأمريكي جون كيري.")
    assert ("faisal_bin_farhan", "CONSULT", "john_kerry") in got, got


def test_a_person_name_ends_before_a_state_named_after_it():
    r = _result("وقال العميد الركن نومان الزوبعي إن الجيش مستمر، واتهم الشيخ راشد آل خليفة إيران بالتورط.")
    labels = {m.text for m in r.mentions}
    assert "العميد الركن نومان الزوبعي" in labels and "إيران" in labels, labels


def test_a_state_of_emergency_ended_is_none_imposed():
    assert not any(t == "COERCE" for _a, t, _g in _actions("وأنهت السعودية حالة الطوارئ في المنطقة."))
    assert not any(t == "SANCTION" for _a, t, _g in _actions("وقررت الحكومة وقف العقوبات على روسيا."))


def test_a_verbal_noun_joined_to_a_passive_one_is_passive_too():
    got = _actions("وأعلنت قيادة عمليات بغداد عن مقتل 17 مسلحا شرقي الفلوجة.\n"
                   "كما تم تفكيك 21 عبوة ناسفة ، وتدمير عجلة مسلحة وأخرى تحمل مسلحين ، وتدمير خندق .")
    assert not any(t == "ASSAULT" for _a, t, _g in got), got
    # a verbal noun with its own subject before it stays active
    got = _actions("وقامت القوات العراقية بتفكيك العبوات وتدمير مواقع داعش.")
    assert ("iraq_forces", "ASSAULT", "isis") in got, got


def test_a_carrier_verb_carries_only_a_noun_close_after_its_subject():
    got = _actions("وقال المحافظ إن الشرطة اليمنية بدأت بالعمل، إلا أن بعض العراقيل تعتلي عودتهم بسبب تدمير المباني.")
    assert not any(t == "ASSAULT" for _a, t, _g in got), got
    got = _actions("وقامت المقاومة الشعبية بمحافظة الضالع باقتحام مواقع الحوثيين.")
    assert any(t == "ASSAULT" and g == "houthis" for _a, t, g in got), got


def test_an_ambassador_expelled_or_summoned_stands_for_his_state():
    assert ("tunisia", "SANCTION", "syria") in _actions("وكانت تونس أول بلد طرد السفير السوري في بداية 2012.")
    got = _actions("واستدعت وزارة الخارجية البحرينية السفير العراقي لديها احتجاجا على التصريحات.")
    assert ("bahrain_foreign_ministry", "ACCUSE", "iraq") in got, got
