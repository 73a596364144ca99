"""Actions, round 12 (precision at scale on held-out news): sentences written for these tests."""

from kg.pipeline import extract_text

DATELINE = "الأحد 9 مارس 2025\n"


def _actions(body: str) -> set[tuple[str, str, str | None]]:
    r = extract_text(DATELINE + body, "a.txt")
    return {(r.entities[a.actor].label_en, a.type, r.entities[a.target].label_en if a.target else None)
            for a in r.actions}


def test_what_a_state_will_go_on_doing_or_was_kept_from_doing_is_no_event():
    assert not _actions("وقال المتحدث إن طهران ستواصل دعمها للحكومة العراقية في حربها.")
    assert not _actions("وحالت الخلافات فترة طويلة دون قيام الرئيس الأمريكي باراك أوباما بزيارة كوبا.")
    # the same visit, made, is still a meeting
    assert any(t == "CONSULT" for _a, t, _ in _actions("وقام الرئيس الأمريكي باراك أوباما بزيارة كوبا أمس."))


def test_a_release_asked_for_is_no_release():
    assert not _actions("وتدرس وزارة الخارجية المصرية طلب الإفراج عن خمسة صيادين ليبيين.")


def test_a_doctoral_student_asks_for_nothing():
    assert not _actions("ويقول خالد العمري طالب دكتوراه في الهندسة بجامعة ليدز إن الغربة صعبة.")


def test_a_body_that_reports_strikes_and_raids_does_not_make_them():
    got = _actions("وأعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام أحياء في مدينة دوما.")
    assert not any(a == "Syrian Observatory for Human Rights" for a, _t, _ in got)
    got = _actions("وأدانت منظمة هيومن رايتس ووتش اختطاف الصحفي في صنعاء.")
    assert not any(t == "ASSAULT" for _a, t, _ in got)


def test_an_act_condemned_or_criticized_is_not_the_condemners_own():
    got = _actions("وانتقد وزير الخارجية الروسي سيرغي لافروف دعم الولايات المتحدة للمعارضة المسلحة في سوريا.")
    assert ("Sergey Lavrov", "ACCUSE", "United States") in got
    assert not any(t == "SUPPORT" for _a, t, _ in got)


def test_the_one_named_with_the_charge_right_after_is_accused_not_accusing():
    assert not _actions("ولا يزال وزير الداخلية الكيني متهما بارتكاب جرائم خلال الانتخابات.")
    assert ("Pakistan", "ACCUSE", "India") in _actions("واتهمت باكستان الهند بانتهاك وقف إطلاق النار.")
    assert any(t == "ACCUSE" for _a, t, _ in _actions("واتهمته الحكومة المصرية بالتحريض على العنف."))


def test_other_senses_a_hospitals_emergency_a_hosts_welcome_a_subject_studied_to_death():
    assert not _actions("وأعلنت وزارة الصحة السعودية حالة الطوارئ في مستشفيات جازان بعد الحادث.")
    assert not _actions("ورحب الأمير خالد الفيصل في بداية الحفل بالحضور وبوزير الخارجية عادل الجبير.")
    assert not any(t == "ASSAULT" for _a, t, _ in _actions("وتبحث الحكومة المصرية مشروعا - قتل بحثا - لتحلية المياه."))


def test_a_promised_act_is_no_act():
    got = _actions("ووعد الرئيس الإيراني حسن روحاني باستمرار دعم حلفاء إيران في المنطقة.")
    assert not any(t == "SUPPORT" for _a, t, _ in got)


def test_the_subjects_backers_and_masters_are_not_the_target():
    got = _actions("اختطف مسلحون تابعون لجماعة الحوثي في صنعاء عددا من الصحفيين.")
    assert not any(tgt == "Houthis" for _a, _t, tgt in got)
    got = _actions("واقتحمت المقاومة الشعبية بدعم من طائرات التحالف العربي قاعدة العند الجوية.")
    assert not any(tgt == "Saudi-led coalition in Yemen" for _a, t, tgt in got if t == "ASSAULT")


def test_a_verbal_noun_with_the_feminine_possessive_is_no_mans_act():
    got = _actions("وقال محمد العتيبي إن طهران تنفق الأموال على الميليشيات ودعمها للحوثيين في اليمن.")
    assert not any(a == "Mohamed Al-Otaibi" for a, t, _ in got if t == "SUPPORT")
    assert not any(t == "SUPPORT" and a not in ("Iran", "Government of Iran") for a, t, _ in got)


def test_a_place_phrase_with_w_set_off_by_a_comma_gives_no_subject():
    assert not _actions("وفي ولاية هكاري الحدودية مع إيران والعراق، قتل ثلاثة جنود في انفجار لغم.")


def test_a_person_then_killed_then_the_day_is_the_one_killed():
    assert not _actions("وقالت مصادر إن القيادي المعارض محمد مرسي قتل يوم أمس في هجوم على سيارته.")


def test_who_is_warned_comes_before_what_he_is_warned_of():
    assert not _actions("وحذر عبدالله النسور من جماعات تتربص بأمن الأردن واستقراره.")
    assert any(t == "THREATEN" for _a, t, _ in _actions("وحذر صندوق النقد الدولي اليابان من الإفراط في الاقتراض."))


def test_greetings_conveyed_are_no_request():
    assert not _actions("وفي ختام اللقاء طلب الرئيس المصري عبد الفتاح السيسي نقل تحياته إلى الملك سلمان بن عبدالعزيز.")


def test_some_of_them_is_the_subject_after_the_verb():
    got = _actions("وانتقدت مصر الاتفاق، ويرفض بعضهم هذا القول.")
    assert ("Egypt", "ACCUSE", None) in got
    assert not any(t == "REJECT" for _a, t, _ in got)


def test_a_person_after_a_visit_is_the_visitor():
    got = _actions("وتخشى المنظمات أن تفسر السلطات الإثيوبية زيارة أوباما بمثابة ترخيص لقمع المعارضة.")
    assert not any(t == "CONSULT" and a == "Government of Ethiopia" for a, t, _ in got)
    assert ("Barack Obama", "CONSULT", "Kenya") in _actions("وبدأ الرئيس الأمريكي باراك أوباما أمس زيارة إلى كينيا.")


def test_counterfactuals_debts_and_worry_are_no_events():
    assert not _actions("وأضاف المسؤول اليمني أن الحوثيين لولا دعم إيران لهم لما صمدوا.")
    assert not _actions("وقال الوزير: لولا دعم السعودية لليمن لسقطت عدن.")
    assert not _actions("ويرى المحللون أن النظام السوري يدين لروسيا ببقائه.")
    assert not _actions("وقالت الخارجية إن مصر قلقة من التصعيد في ليبيا.")
    # concern expressed is a pessimistic comment (CAMEO 012, a public statement): no PLOVER event
    assert not _actions("وأعربت مصر عن قلقها من التصعيد في ليبيا.")
    assert ("Egypt", "ACCUSE", None) in _actions("وأعربت مصر عن إدانتها للهجوم.")


def test_regaining_credibility_or_recalling_a_day_is_no_mobilization():
    assert not _actions("واستعاد الرئيس الأمريكي باراك أوباما تفاصيل يوم الهجوم.")
    assert any(t == "MOBILIZE" for _a, t, _ in _actions("واستعاد الجيش السوري السيطرة على بلدة مورك."))


def test_the_victim_of_an_act_condemned_and_the_actors_parent_are_no_targets():
    got = _actions("وأدانت منظمة العفو الدولية اختطاف الصحفي عبدالقادر الجنيد في تعز.")
    assert ("Amnesty International", "ACCUSE", None) in got
    got = _actions("خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين.")
    assert not any(tgt == "al-Qaeda" for _a, _t, tgt in got)
    assert ("Egypt", "ACCUSE", "Israel") in _actions("وأدانت مصر غارات إسرائيل على غزة.")


def test_a_visit_is_coded_only_for_the_one_said_to_make_it():
    assert not _actions("ومن المنتظر أن يقوم رئيس الاتحاد السعودي الدكتور قاسم المعيدي بزيارة إلى مقر نادي هجر.")
    assert not _actions("وأشار أحمد سعدات، خلال زيارة محامي نادي الأسير له في سجن نفحه، إلى أن التصعيد قادم.")
    assert ("Adel al-Jubeir", "CONSULT", "Egypt") in _actions("وقام وزير الخارجية السعودي عادل الجبير بزيارة إلى مصر.")


def test_the_owner_of_what_was_hit_is_the_target():
    # «تابع» after a noun that names no actor: the one after it owns what the attack hit (and «تابع» is no speech verb)
    got = _actions("وقصفت إسرائيل معسكر تدريب تابعا لحركة حماس في قطاع غزة.")
    assert ("Israel", "ASSAULT", "Hamas") in got
    got = _actions("نفذ مسلحون مجهولون هجوما مسلحا على نقطة تابعة لميليشيات الحوثي في المحافظة.")
    assert any(t == "ASSAULT" and target == "Houthis" for _a, t, target in got)


def test_the_office_set_after_the_actors_name_is_his_own_and_no_target():
    got = _actions("ونفى السفير إبراهيم الدباشي، مندوب ليبيا لدى الأمم المتحدة، أن تكون الحكومة طلبت تدخلا.")
    assert not any(target == "United Nations" for _a, t, target in got if t == "REJECT")
    # an office with a name of its own is another man
    got = _actions("واستقبل الملك سلمان بن عبدالعزيز وزير الخارجية الأمريكي جون كيري في جدة.")
    assert ("Salman of Saudi Arabia", "CONSULT", "John Kerry") in got or any(
        t == "CONSULT" and target == "John Kerry" for _a, t, target in got)


def test_a_light_verbs_subject_named_before_its_object_beats_an_actor_before_the_verb():
    got = _actions("وينشط طيران التحالف في مأرب التي يسيطر عليها الحوثيون فخلال أسبوع شن التحالف قرابة 30 غارة "
                   "على مواقع وتجمعات للحوثيين.")
    assert any(a == "Saudi-led coalition in Yemen" and t == "ASSAULT" for a, t, _target in got)
    assert not any(a == "Houthis" for a, _t, _target in got)


def test_the_conjuncts_of_a_governed_actor_are_governed_too():
    # "على الصين والولايات المتحدة والمجتمع الدولي": all three after the preposition, none the subject of «وطلبت»
    got = _actions("وقالت الوزارة إن الحركة خطر على الصين والولايات المتحدة والمجتمع الدولي وطلبت من الولايات "
                   "المتحدة التعاون.")
    assert not any(a in ("United States", "international community") for a, _t, _target in got)


def test_a_verb_of_harm_with_a_person_after_it_and_no_object_is_the_passive():
    assert not _actions("وفي النهاية قتل القذافي، وانتصر الثائرون.")
    assert not _actions("وقال المتحدث إن الغارة استهدفت الفضلي، الكويتي الجنسية، قرب البلدة.")
    # an attack is also said of words, and a person who attacks something named is its actor
    got = _actions("وهاجم الرئيس الأمريكي باراك أوباما في خطابه الحزب الجمهوري.")
    assert any(a == "Barack Obama" for a, _t, _target in got)


def test_declining_to_comment_or_confirm_rejects_nothing():
    assert not _actions("كما رفضت أبل التعليق قائلة إن التحقيق لا يزال مستمرا.")
    assert not _actions("ورفضت إيران تأكيد الخبر.")
    assert ("Government of Egypt", "REJECT", "Egyptian opposition") in _actions(
        "ورفضت الحكومة المصرية مطالب المعارضة المصرية.") or any(
        t == "REJECT" for _a, t, _target in _actions("ورفضت الحكومة المصرية مطالب المعارضة المصرية."))


def test_a_person_before_a_verb_of_harm_and_a_time_or_place_is_the_one_killed():
    assert not _actions("وقالت وزارة الدفاع الأمريكية في بيان إن الفضلي قتل هذا الشهر قرب بلدة سرمدا السورية.")
    got = _actions("وقالت الشرطة العراقية إن المسلحين قتلوا أمام المسجد ثلاثة مصلين.")
    assert any(t == "ASSAULT" for _a, t, _target in got)


def test_a_man_named_by_his_title_after_a_feminine_verb_is_its_object():
    got = _actions("كانت العناوين الرئيسية في الصحف تحث رئيس الوزراء ديفيد كاميرون على إرسال الجيش.")
    assert not any(a == "David Cameron" for a, _t, _target in got)
    got = _actions("وطالب رئيس الوزراء البريطاني ديفيد كاميرون الحكومة الفرنسية بالتعاون.")
    assert any(a == "David Cameron" and t == "REQUEST" for a, t, _target in got)


def test_after_a_relative_pronoun_a_verb_with_its_object_pronoun_has_its_subject_after_it():
    got = _actions("وأدى ذلك إلى انهيار الحكومة الليبية التي دعمها حلف شمال الأطلنطي.")
    assert any(a == "NATO" and t == "SUPPORT" for a, t, _target in got)
    assert not any(t == "SUPPORT" and target == "NATO" for _a, t, target in got)


def test_sanctions_or_bans_lifted_are_not_imposed():
    assert not _actions("وفي مقابل ذلك سترفع الولايات المتحدة والاتحاد الأوروبي عقوباتها المفروضة على إيران.")
    assert not _actions("هل ترفع واشنطن حظر «جبهة النصرة»؟")
    assert ("United States", "SANCTION", "Iran") in _actions("وفرضت الولايات المتحدة عقوبات جديدة على إيران.")


def test_a_second_subject_after_an_adjective_is_no_target_when_the_object_follows_a_comma():
    got = _actions("حيث اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين بخرقها منذ الساعات الأولى.")
    assert any(t == "ACCUSE" and target == "Houthis" for _a, t, target in got)
    assert not any(target == "Saudi-led coalition in Yemen" for _a, _t, target in got)


def test_an_aside_set_off_by_commas_after_the_actor_describes_him_and_names_no_target():
    got = _actions("وحذر الدكتور عبدالله المسند، أستاذ الجغرافيا المشارك بجامعة القصيم، من إغلاق زجاج السيارة.")
    assert not any(target for _a, _t, target in got)
    got = _actions("ودعا الرئيس اليمني عبدربه منصور هادي، أمس، الصين إلى دور فاعل في إعادة الإعمار.")
    assert any(t == "REQUEST" and target == "China" for _a, t, target in got)


def test_a_person_after_a_verb_of_harm_then_an_aside_is_the_one_harmed():
    assert not _actions("واعتقل محمد علان (30 عامًا) وهو محام في نوفمبر من العام الماضي.")


def test_a_verb_after_an_indefinite_document_noun_has_the_document_as_subject():
    assert not _actions("تتبنى الجمعية بغالبية ساحقة قرارا يطالب اسرائيل بتفكيك معظم اجزاء الجدار.")
    assert ("UN Security Council", "REQUEST", "Iran") in _actions(
        "وأصدر مجلس الأمن الدولي قرارا يدعو إيران إلى وقف التخصيب.") or any(
        t == "REQUEST" and target == "Iran" for _a, t, target in _actions(
            "وأصدر مجلس الأمن الدولي قرارا يدعو إيران إلى وقف التخصيب."))


def test_an_unnamed_definite_subject_after_a_complementizer_leaves_the_one_after_the_verb_its_object():
    assert not _actions("وقالت مصادر طبية إن القوات قتلت المدنيين في مدينة مركة الساحلية.")
    got = _actions("وأكد المتحدث أن الحكومة العراقية طالبت الأمم المتحدة بالتدخل.")
    assert any(t == "REQUEST" and target == "United Nations" for _a, t, target in got)


def test_a_question_or_what_a_vote_is_about_asserts_no_act():
    assert not _actions("هل هاجم الحوثيون مدينة عدن؟")
    assert not _actions("هل اعتقلت الشرطة المصرية الصحفي؟")
    assert not _actions("ويسعى كاميرون لإجراء تصويت جديد في البرلمان بشأن قصف سوريا.")
