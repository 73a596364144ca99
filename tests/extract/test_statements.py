from kg.pipeline import extract_text

PUBLISHED = "الأربعاء 12 مارس 2025\n"


def test_direct_quote_in_guillemets_with_speaker_and_weekday_date():
    r = extract_text(PUBLISHED + "وقال وزير الخارجية الأردني أيمن الصفدي، الثلاثاء: «لن نقبل بالتهجير».", "a.txt")
    (st,) = r.statements
    assert st.kind == "direct"
    assert st.content == "لن نقبل بالتهجير"
    assert st.cue == "وقال"
    assert str(st.date) == "2025-03-11"
    assert r.article.text[st.content_span.begin:st.content_span.end] == st.content


def test_indirect_speech_drops_the_complementizer_and_continuation_keeps_speaker_and_date():
    text = PUBLISHED + ("أعلنت وزارة الصحة الفلسطينية، أمس، أن المستشفيات تعاني نقصا حادا في الوقود. "
                        "وأضافت أن الطواقم تعمل دون توقف.")
    r = extract_text(text, "b.txt")
    assert len(r.statements) == 2
    first, second = r.statements
    assert first.content.startswith("المستشفيات تعاني")
    assert str(first.date) == "2025-03-11"
    assert second.speaker == first.speaker and second.date == first.date


def test_attribution_names_the_speaker_and_a_relaying_agency_is_a_channel():
    text = PUBLISHED + ("وقالت وزارة الدفاع التركية، وفق وكالة الأناضول، إن قواتها دمرت مواقع للمسلحين. "
                        "وتراجعت أسعار النفط، بحسب وكالة رويترز.")
    r = extract_text(text, "c.txt")
    by_speaker = {r.entities[s.speaker].label_en: s for s in r.statements}
    ministry = next(s for s in r.statements if r.entities[s.speaker].type == "Organization"
                    and "Defence" in (r.entities[s.speaker].label_en or ""))
    assert ministry.channel is not None and "Anadolu" in (r.entities[ministry.channel].label_en or "")
    assert any("Reuters" in (name or "") for name in by_speaker)


def test_a_repeated_paragraph_is_one_statement():
    para = "وقال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تتحمل مسؤولياتها. "
    r = extract_text(PUBLISHED + para + "\n" + para, "d.txt")
    assert len(r.statements) == 1


def test_possessive_attribution_takes_the_quotation_before_it():
    text = PUBLISHED + ('واتهمت وزارة الخارجية السودانية، في بيان، قوات الدعم السريع بارتكاب انتهاكات، في حين '
                        '"تواصل القوات المسلحة حماية المدنيين"، بحسب قولها.')
    r = extract_text(text, "p.txt")
    quoted = [s for s in r.statements if s.cue.endswith("قولها")]
    assert quoted and quoted[0].kind == "direct" and quoted[0].content == "تواصل القوات المسلحة حماية المدنيين"
    assert "foreign_ministry" in quoted[0].speaker


def test_a_new_speech_clause_ends_the_previous_content():
    text = PUBLISHED + ("وأعلنت الحكومة العراقية، الاثنين، انتهاء العملية العسكرية، في حين ذكرت وكالة رويترز أن "
                        "الاشتباكات مستمرة.")
    r = extract_text(text, "q.txt")
    assert len(r.statements) == 2
    assert "رويترز" not in r.statements[0].content


def test_a_participle_speaks_for_the_main_verb_s_subject_not_for_the_reported_actors():
    r = extract_text(PUBLISHED + "وأفاد مصدر أمني بأن المسلحين استخدموا أسلحة متوسطة، مضيفا أن الجيش وصل إلى المكان.",
                     "p.txt")
    assert not any(r.entities[s.speaker].type == "Group" for s in r.statements)


def test_a_coordinated_speech_verb_keeps_the_speaker_and_its_objects_are_accused():
    r = extract_text(PUBLISHED + "وأعربت جبهة البوليساريو عن رفضها للقرار، واتهمت فرنسا بالانحياز للمغرب.", "q.txt")
    assert {r.entities[s.speaker].label_en for s in r.statements} == {"Polisario Front"}


def test_an_unknown_subject_after_a_speech_verb_is_not_the_previous_speaker():
    r = extract_text(PUBLISHED + "وقال الرئيس المالي أسيمي غويتا إن الوضع تحت السيطرة. "
                     "وأعلن المكتب الإعلامي فتح تحقيق في الحادث. وأضاف البيان أن التحقيق سيستمر.", "u.txt")
    speakers = [r.entities[s.speaker].label_en for s in r.statements]
    assert speakers[0].startswith("Assimi") and len(speakers) == 1 or speakers.count(speakers[0]) < 3
    assert not any("فتح تحقيق" in s.content and r.entities[s.speaker].label_en.startswith("Assimi")
                   for s in r.statements)


def test_a_head_noun_and_its_owner_speak_as_the_owner():
    r = extract_text(PUBLISHED + "وقال رئيس الحكومة الليبية عبد الحميد الدبيبة إن الهدنة صامدة. "
                     "ودعت بعثة الأمم المتحدة جميع الأطراف إلى الحفاظ على الهدوء.", "r.txt")
    assert [r.entities[s.speaker].label_en for s in r.statements][-1] == "United Nations"


def test_a_bare_head_noun_refers_back_to_the_organization_it_heads():
    r = extract_text(PUBLISHED + "وأعلنت حركة حماس موافقتها على الاتفاق. وقالت الحركة في بيان إن الاحتلال يماطل. "
                     "وقال المرصد السوري لحقوق الإنسان إن القصف مستمر. وأضاف المرصد أن القصف طال المدارس.", "s.txt")
    assert [r.entities[s.speaker].label_en for s in r.statements] == [
        "Hamas", "Hamas", "Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"]


def test_a_club_named_after_prisoners_is_a_name_and_speaks_again_as_the_club():
    r = extract_text(PUBLISHED + "واعتقلت القوات الإسرائيلية 25 فلسطينيا، بحسب نادي الأسير الفلسطيني. "
                     "وقال النادي في بيان إن عدد المعتقلين ارتفع إلى 5875.", "v.txt")
    assert len({s.speaker for s in r.statements}) == 1
    assert all(f.reporter == r.statements[0].speaker for f in r.figures)
