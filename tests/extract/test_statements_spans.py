"""Where reported words open and end, and who a participle or a second verb belongs to (judged-sample error
classes: spans opened by a relative clause, an apposition or a circumstance; spans running into the reporter's next
report; participles of someone else)."""

from kg.pipeline import extract_text

PUBLISHED = "الأربعاء 12 مارس 2025\n"


def _statements(text: str):
    r = extract_text(PUBLISHED + text, "s.txt")
    return r, [(r.entities[s.speaker].label_en or s.speaker, s.cue, s.content) for s in r.statements]


def test_a_relative_clause_on_the_speaker_does_not_open_the_words():
    _r, found = _statements("وأفادت وزارة الصحة السعودية، التي نقلت الخبر عن صحيفة «الوطن» المحلية، أن المستشفيات "
                            "استقبلت عشرين مصابا.")
    assert [c for _s, _q, c in found] == ["المستشفيات استقبلت عشرين مصابا"]


def test_a_relative_clause_with_no_words_after_it_gives_no_statement():
    _r, found = _statements("وقال وزير الخارجية الأردني أيمن الصفدي الذي وصل إلى القاهرة أمس في زيارة رسمية.")
    assert found == []


def test_a_quoted_age_after_the_name_is_not_the_words():
    _r, found = _statements("وأكد محمد عبدالله الزهراني \"22 عاما\" المصاب بكسر في الساق أن الطريق يحتاج إلى إنارة.")
    assert [c for _s, _q, c in found] == ["الطريق يحتاج إلى إنارة"]


def test_a_quoted_name_inside_the_circumstance_is_passed_and_the_colon_opens_the_words():
    _r, found = _statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود مفتوحة. وقال خلال تدشينه أمس صحيفة "
                            "\"الرأي\" الصادرة عن دار النشر في \"عمان\": \"الإعلام شريك في التنمية\".")
    assert found[-1][2] == "الإعلام شريك في التنمية"
    assert found[-1][1] == "وقال"


def test_a_reporters_new_report_inside_the_words_ends_them():
    _r, found = _statements("أعلنت وزارة الداخلية العراقية أن حصيلة التفجير ارتفعت إلى 66 قتيلا من جهة أخرى أفاد "
                            "مصدر أمني في محافظة الأنبار بأن عملية عسكرية بدأت، مشيرا إلى أن القوات تقدمت.")
    ministry = [c for s, q, c in found if q == "أعلنت"]
    assert ministry == ["حصيلة التفجير ارتفعت إلى 66 قتيلا"]
    assert not any(q == "مشيرا" for _s, q, _c in found)  # the unnamed source's participle


def test_a_second_cue_after_a_contrast_ends_the_words():
    _r, found = _statements("ورأى وزير الخارجية الأردني أيمن الصفدي أن المفاوضات تعثرت، لكن بالمقابل أكد أن الحوار "
                            "مستمر.")
    assert found[0][2] == "المفاوضات تعثرت"


def test_whoever_claims_is_no_speaker():
    _r, found = _statements("ورد وزير الخارجية الأردني أيمن الصفدي على من يزعمون تدخل إيران في شؤون اليمن بأن "
                            "التدخل قائم.")
    assert not any(q == "يزعمون" for _s, q, _c in found)


def test_a_masculine_participle_does_not_go_on_with_a_feminine_verbs_subject():
    _r, found = _statements("تمكنت المقاومة الشعبية اليمنية من أسر القيادي الحوثي حسين قناف الذي عرف بظهوره في "
                            "قناة تلفزيونية، مؤكدا لزعيمه أنه مستعد للقتال.")
    assert found == []


def test_being_briefed_is_not_speech_and_the_next_verb_keeps_the_subject():
    _r, found = _statements("واطلع مجلس الوزراء السعودي بعد ذلك على جملة من التقارير عن الأحداث في المنطقة، ورحب في "
                            "هذا السياق بالبيان المشترك الصادر عن الاجتماع.")
    cues = [q for _s, q, _c in found]
    assert "واطلع" not in cues
    assert "ورحب" in cues


def test_a_feminine_participle_right_after_an_indefinite_noun_is_an_adjective():
    _r, found = _statements("وقال الرئيس الأمريكي باراك أوباما إن أفريقيا تتقدم. وتعقد القمة وسط إجراءات أمنية مشددة "
                            "أدت إلى إغلاق الطرق.")
    assert [q for _s, q, _c in found] == ["وقال"]


def test_a_negated_present_verb_reports_no_words():
    _r, found = _statements("ولا يرى وزير الخارجية الأردني أيمن الصفدي إمكانية لعقد الاجتماع قريبا.")
    assert found == []


def test_according_to_him_is_not_the_words_of_whoever_speaks_in_its_own_clause():
    _r, found = _statements("ولفت إلى أن لجنته أنجزت عملها، وقد أشاد بها وزير الخارجية الأردني أيمن الصفدي لحرصها "
                            "على النزاهة بحسب قوله.")
    assert not any(q == "بحسب قوله" for _s, q, _c in found)


def test_a_negated_verb_after_a_comma_is_the_reporters_and_ends_the_words():
    _r, found = _statements("وأشار وزير الخارجية الأردني أيمن الصفدي إلى أن الدعم الحالي كاف في الوقت الراهن، ولم يؤكد "
                            "أو ينفي نية تقديم دعم جديد.")
    assert [c for _s, _q, c in found] == ["الدعم الحالي كاف في الوقت الراهن"]


def test_a_participle_of_a_simple_verb_opens_the_next_report():
    _r, found = _statements("وأوضح وزير الخارجية الأردني أيمن الصفدي أن المتحف يضم جناحا للعملات النادرة، كاشفا أن "
                            "هناك مخطوطات قديمة في جناح آخر.")
    assert [(q, c) for _s, q, c in found] == [("وأوضح", "المتحف يضم جناحا للعملات النادرة"),
                                              ("كاشفا", "هناك مخطوطات قديمة في جناح آخر")]


def test_a_participle_the_lexicon_lacks_still_ends_the_words_before_its_complementizer():
    _r, found = _statements("وأوضح وزير الخارجية الأردني أيمن الصفدي أن المتحف يضم جناحا للعملات النادرة، شارحا أن "
                            "هناك مخطوطات قديمة في جناح آخر.")
    assert [c for _s, _q, c in found] == ["المتحف يضم جناحا للعملات النادرة"]


def test_unnamed_experts_inside_the_words_end_them_with_the_reporters_concession():
    _r, found = _statements("وأكد رئيس الوزراء الإسرائيلي بنيامين نتنياهو أن الخيار العسكري يبقى مطروحا رغم أن خبراء "
                            "يرون أن الضربة غير مرجحة.")
    assert [c for _s, _q, c in found] == ["الخيار العسكري يبقى مطروحا"]


def test_unnamed_specialists_before_their_verb_are_not_the_last_speaker():
    _r, found = _statements("وقال وزير الخارجية الأردني أيمن الصفدي إن الأسعار ستنخفض. غير أن مختصين آخرين يقولون "
                            "\"إن التراجع لن يكون كارثيا\".")
    assert [q for _s, q, _c in found] == ["وقال"]


def test_the_paper_that_published_a_study_does_not_speak_for_it():
    _r, found = _statements("وراجعت الدراسة التي نشرتها صحيفة الإندبندنت البريطانية نتائج خمسين تقريرا. وأشارت إلى أن "
                            "القراءة تساعد على التركيز.")
    assert found == []


def test_a_state_after_a_name_we_did_not_read_is_the_object_not_the_next_sentences_speaker():
    _r, found = _statements("ودعا -روبيرت بايبر- إسرائيل إلى تجميد عمليات الهدم. وأضاف بايبر، خلال زيارة قام بها، أن "
                            "الهدم محظور، داعيا السلطات الإسرائيلية إلى وقفه.")
    assert found == []


def test_the_holder_named_after_a_spokesmans_title_speaks():
    r, found = _statements("وقال الرئيس اليمني عبدربه منصور هادي إن الهدنة مستمرة. وأوضح المتحدث الرسمي باسم الدفاع "
                           "المدني بمنطقة مكة المكرمة، المقدم محمد عثمان القرني، أن الحريق أخمد.")
    assert found[-1][2] == "الحريق أخمد"
    # the spokesman is no word referring back to the president named before: his name follows his title
    assert r.entities[r.statements[-1].speaker].label_ar == "محمد عثمان القرني"


def test_who_leads_the_speaker_is_not_the_words():
    _r, found = _statements("وأعلن التحالف العربي بقيادة المملكة السبت الهدنة استجابة لطلب الرئيس اليمني.")
    assert [c for _s, _q, c in found] == ["الهدنة استجابة لطلب الرئيس اليمني"]


def test_a_discourse_marker_between_the_speaker_and_the_words_is_passed():
    _r, found = _statements("ودعا وزير الخارجية الأردني أيمن الصفدي من جهة ثانية الحكومة إلى العودة للحوار.")
    assert [c for _s, _q, c in found] == ["الحكومة إلى العودة للحوار"]


def test_a_family_name_that_is_also_a_verb_closes_the_name_and_an_apposition_on_him_is_passed():
    r, found = _statements("قال ناصر العجي طالب، أحد أبرز مشايخ قبيلة مراد في مأرب، في تصريح لصحيفة الرياض إن "
                           "الميليشيات انقلبت على الشرعية.")
    assert [(q, c) for _s, q, c in found] == [("قال", "الميليشيات انقلبت على الشرعية")]


def test_a_member_of_an_actors_party_is_not_the_actor():
    _r, found = _statements("قال عضو في حزب الرئيس اليمني المخلوع علي عبدالله صالح إن ممثلين للحزب يجرون محادثات.")
    assert found == []


def test_the_person_named_after_a_members_office_speaks_not_the_body():
    r, found = _statements("أكد عضو شرف نادي الهلال موسى الموسى أن تعنت الأندية أفشل الصفقات.")
    assert [r.entities[s.speaker].label_ar for s in r.statements] == ["موسي الموسي"]  # as the finder reads it


def test_the_agency_that_relayed_a_statement_does_not_speak():
    _r, found = _statements("وأوضح بيان للمنسقية العامة لرئاسة الوزراء نقلته وكالة الأناضول للأنباء أن العملية "
                            "العسكرية بدأت.")
    assert found == []


def test_a_participle_does_not_go_on_with_the_last_speaker_when_its_verb_has_an_unread_subject():
    _r, found = _statements("وقال وزير الخارجية الأردني أيمن الصفدي إن الحفل ناجح. من جانبه عبر المواطن سالم "
                            "الحربي عن سعادته بالبرنامج، مطالبا بتكثيف الإعلانات.")
    assert [q for _s, q, _c in found] == ["وقال"]


def test_a_quoted_name_inside_a_long_circumstance_does_not_stop_the_search_for_the_words():
    _r, found = _statements("وقال محمد عبد السلام، الناطق باسم الحوثيين، في تصريح صحافي بثته وكالة الأنباء اليمنية "
                            "«سبأ» التي تخضع لسيطرة الحوثيين، إن الغارات لم تحقق أهدافها.")
    assert [c for _s, _q, c in found] == ["الغارات لم تحقق أهدافها"]


def test_a_circumstance_set_off_by_dashes_closes_at_the_second_dash():
    _r, found = _statements("من جانبه، أعرب وزير الخارجية الأردني أيمن الصفدي - في كلمة له - عن سعادته بالتواجد في "
                            "الأكاديمية، مؤكدا أنها فرصة جيدة للبحث.")
    assert [(q, c) for _s, q, c in found] == [("أعرب", "سعادته بالتواجد في الأكاديمية"),
                                              ("مؤكدا", "أنها فرصة جيدة للبحث")]


def test_the_official_named_last_in_a_long_title_speaks():
    r, found = _statements("وطالب الأمين العام للمركز العربي الأوروبي لحقوق الإنسان والقانون الدولي بمملكة النرويج في "
                           "أوسلو الدكتور محمد الشمري، بضرورة التصدي لتلك الأعمال.")
    assert [r.entities[s.speaker].label_ar for s in r.statements] == ["محمد الشمري"]
    assert found[0][2] == "بضرورة التصدي لتلك الأعمال"


def test_the_one_thanked_right_after_the_subject_does_not_speak():
    r, _found = _statements("وشكر أمين الطائف المهندس محمد بن عبدالرحمن المخرج الأمير خالد الفيصل على دعمه المستمر "
                            "للمشاريع البلدية.")
    assert "خالد الفيصل" not in [r.entities[s.speaker].label_ar for s in r.statements]


def test_the_outlet_that_relayed_the_speaker_is_not_his_words():
    _r, found = _statements("من جانبه، قال وزير الخارجية الأردني أيمن الصفدي، كما نقل عنه موقع العربية نت إنه سيتم "
                            "وضع قائمة للكتب.")
    assert [c for _s, _q, c in found] == ["إنه سيتم وضع قائمة للكتب"]


def test_a_plural_nisba_after_an_unnamed_subject_is_not_its_state():
    _r, found = _statements("كشف أسرى يمنيون وقعوا بأيدي المقاومة، أن المتمردين اختطفوهم أثناء سفرهم.")
    assert found == []


def test_a_date_phrase_runs_to_the_complementizer():
    _r, found = _statements("أكد الرئيس الأمريكي باراك أوباما في اليوم الأول من زيارة غير مسبوقة إلى كينيا السبت أن "
                            "أفريقيا تسير قدما.")
    assert [c for _s, _q, c in found] == ["أفريقيا تسير قدما"]


def test_confirming_what_was_reported_gives_no_words_but_his_participle_does():
    _r, found = _statements("أكد وزير التعليم المصري السابق الدكتور محمود أبو النصر ذلك العدد، موضحا أن الوزارة تعمل "
                            "على مشروعات لمساعدة الأطفال.")
    assert [(q, c) for _s, q, c in found] == [("موضحا", "الوزارة تعمل على مشروعات لمساعدة الأطفال")]


def test_a_quoted_name_we_did_not_read_speaks_only_when_it_names_the_last_speaker():
    _r, found = _statements("أعلنت شركة «هوندا موتور» اليابانية أنها بدأت الإنتاج في نيجيريا. وقالت «هوندا»، ثالث "
                            "أكبر شركة في اليابان، في بيان إنها تخطط لإنتاج ألف سيارة. وقالت «مواصفات» إنها تعد نظاما.")
    assert [c for _s, _q, c in found] == ["أنها بدأت الإنتاج في نيجيريا", "إنها تخطط لإنتاج ألف سيارة"]


def test_a_title_set_off_by_dashes_with_a_quoted_name_is_not_the_words():
    _r, found = _statements("ولفت ناصر العريني -مدير عام برنامج \"فطن\"- إلى أن رعاية الوزير للبرنامج تأتي من الشعور "
                            "بالمسؤولية.")
    assert [c for _s, _q, c in found] == ["رعاية الوزير للبرنامج تأتي من الشعور بالمسؤولية"]


def test_a_colon_opening_a_link_opens_no_words():
    _r, found = _statements("وبين وزير الخارجية الأردني أيمن الصفدي أن المقابلات تبدأ غدا، داعيا المرشحين إلى طباعة "
                            "الموعد عبر الرابط التالي : http://example.")
    assert all("http" not in c or c.startswith("المرشحين") for _s, _q, c in found)
    assert found[-1][2].startswith("المرشحين")


def test_a_new_report_with_an_honorific_subject_ends_the_words():
    _r, found = _statements("وأكد وزير الخارجية الأردني أيمن الصفدي أنها جريمة تتعارض مع الدين، وقبل نهاية حديثه قال "
                            "فضيلته إن الاعتداءات لن تزيدنا إلا تماسكا.")
    assert found[0][2] == "أنها جريمة تتعارض مع الدين"


def test_a_relative_clause_on_the_attributed_channel_is_not_the_words():
    _r, found = _statements("وحسب موقع \"روسيا اليوم\" الذي بث شريط فيديو للدبابات، قالت التقارير الصادرة إن اللجان "
                            "استعادت القاعدة.")
    assert found == []


def test_an_attribution_set_off_by_commas_after_the_verb_is_the_channel_not_the_speaker():
    r, found = _statements("من جهته، دعا الرئيس التركي رجب طيب أردوغان إلى التعاون. وأكد، بحسب وكالة «إيرنا»، أن "
                           "التعاون بين البلدين مهم.")
    labels = [r.entities[s.speaker].label_ar for s in r.statements]
    assert found[-1][2] == "التعاون بين البلدين مهم"
    assert labels[-1] == labels[0]  # the president goes on; the agency relayed him
