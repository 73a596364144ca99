"""Round 22: the office of a listed body named with no name after it («الأمين العام للأمم المتحدة») is its holder
that day, else that office as a person; a deputy's feminine title is the deputy's office. Sentences written for
these tests."""

from extract_helpers import result

DAY_2015 = "الأحد 9 أغسطس 2015\n"
DAY_2020 = "الأحد 9 أغسطس 2020\n"


def _speakers(text: str, dateline: str = DAY_2015) -> list[str]:
    r = result(text, dateline)
    return [r.entities[s.speaker].label_en for s in r.statements]


def test_a_bodys_secretary_general_with_no_name_is_the_holder_that_day():
    text = "وأكد الأمين العام للأمم المتحدة أن الحل في سوريا يجب أن يكون سياسيا."
    assert _speakers(text) == ["Ban Ki-moon"]
    assert _speakers(text, DAY_2020) == ["António Guterres"]
    assert _speakers("وقال الأمين العام لمجلس التعاون الخليجي إن الدول الأعضاء تدعم الحكومة اليمنية.") == \
        ["Abdullatif bin Rashid Al Zayani"]
    assert _speakers("وقال الأمين العام لجامعة الدول العربية إن الجامعة تدعم الحكومة اليمنية.") == \
        ["Nabil Elaraby"]


def test_an_office_of_a_body_no_list_dates_is_a_person_of_no_country():
    r = result("وقال الأمين العام للإنتربول إن الشرطة الدولية حددت هويات آلاف المقاتلين الأجانب.", DAY_2015)
    speakers = [r.entities[s.speaker] for s in r.statements]
    assert [(e.type, e.country) for e in speakers] == [("Person", None)], speakers
    assert "Interpol" in speakers[0].label_en


def test_the_holder_the_article_names_keeps_the_bare_title():
    r = result("وقدم الأمين العام لمنظمة التعاون الإسلامي إياد بن أمين مدني تعازيه لأسر الضحايا. "
               "ودعا الأمين العام لمنظمة التعاون الإسلامي الدول الأعضاء إلى تكثيف جهودها في مكافحة الإرهاب.",
               DAY_2015)
    named = {m.entity for m in r.mentions if "مدني" in m.text}
    assert named and {s.speaker for s in r.statements} <= named, [r.entities[s.speaker] for s in r.statements]


def test_a_title_and_a_name_after_the_body_name_the_holder_not_the_office():
    names = _speakers("وطالب الأمين العام لرابطة العالم الإسلامي الشيخ الدكتور عبدالله بن عبدالمحسن التركي "
                      "المسلمين بالتوعية بخطورة التطرف.")
    assert names and not any("Secretary" in n for n in names), names


def test_a_womans_deputy_title_is_the_deputys_office():
    assert _speakers("قالت نائبة وزير الخارجية الإسرائيلي تسيبي حوتوفلي، أمس، إن المعارضة للاتفاق ستبقى.") == \
        ["Deputy Foreign Minister of Israel"]


def _entity_of(r, text: str):
    return {m.text: r.entities[m.entity].label_en for m in r.mentions}.get(text)


def test_an_office_in_apposition_after_a_speech_verb_or_a_comma_is_the_named_persons():
    r = result("وقال سالم أحمد المري وزير الخارجية العماني إن الاتفاق تاريخي.")
    assert _entity_of(r, "وزير الخارجية العماني") == _entity_of(r, "سالم أحمد المري")
    r = result("وقال روبرتو أزيفيدو، المدير العام لمنظمة التجارة العالمية، إن التجارة تتباطأ.")
    assert _entity_of(r, "المدير العام لمنظمة التجارة العالمية") == _entity_of(r, "روبرتو أزيفيدو")


def test_an_office_after_a_name_may_be_another_person():
    # the object of a verb that is no speech verb
    r = result("واستقبل الملك سلمان وزير الخارجية الإيراني في الرياض.")
    assert _entity_of(r, "وزير الخارجية الإيراني") != _entity_of(r, "الملك سلمان")
    # a conjunction adds another person
    r = result("وقال سالم أحمد المري، ووزير الخارجية العماني إن الاتفاق تاريخي.")
    assert _entity_of(r, "ووزير الخارجية العماني") != _entity_of(r, "سالم أحمد المري")
    # an adviser read into the name is not the office he advises
    r = result("وقال جلال محمد مستشار رئيس الجمهورية العراقي إن الحكومة عاجزة.")
    assert _entity_of(r, "رئيس الجمهورية العراقي") in (None, "President of Iraq")


def test_a_body_whose_name_goes_on_gives_no_office():
    r = result("وقال الأمين العام لمجلس الأمن القومي إن الوضع مستقر.")
    assert not any("Secretary" in (e.label_en or "") for e in r.entities.values())
    r = result("وأعلنت المديرة العامة لمنظمة الأمم المتحدة للتربية والعلوم والثقافة أنها رفعت دعوى.")
    assert not any("of United Nations" in (e.label_en or "") for e in r.entities.values())


def _persons(text: str) -> list[str]:
    r = result(text)
    return sorted({r.entities[m.entity].label_en for m in r.mentions if r.entities[m.entity].type == "Person"})


def test_a_four_letter_given_name_after_a_conjunction_or_preposition_opens_a_name():
    assert _persons("والتقى الوزير ومحمد علي المري في مسقط.") == ["Mohamed Ali Al-Marri"]
    assert _persons("وأعرب عن شكره لخالد سعد الحميدان على جهوده.") == ["Khalid Saad Al Humaidan"]
    r = result("وشارك في الفيلم وكريم عبد العزيز.")
    assert [e.label_en for e in r.entities.values() if e.type == "Person"][0].startswith("Karim"), r.entities


def test_a_clitic_word_that_is_no_name_opens_none():
    assert _persons("وصوت البرلمان لصالح إيران.") == []
    assert _persons("ولولا عدالة توزيع الثروة لما استقر البلد.") == []
    assert _persons("وقصفت ميليشيات الحوثيين وصالح مخزون النفط.") == []
    assert _persons("ورفعت الحكومة أسعار الوقود.") == []


def _acts(text: str) -> set[tuple[str, str, str | None]]:
    r = result(text)
    return {(r.entities[a.actor].label_en, a.type, r.entities[a.target].label_en if a.target else None)
            for a in r.actions}


def test_the_one_held_responsible_is_the_target_not_the_actor():
    acts = _acts("من جهتها دانت الحكومة الأردنية بشدة مقتل الطفل، وحملت إسرائيل المسؤولية عن هذه الجريمة.")
    assert ("Government of Jordan", "ACCUSE", "Israel") in acts, acts
    assert not any(actor == "Israel" for actor, _t, _g in acts), acts
    # with its own subject named first, the verb keeps it
    assert ("Mahmoud Abbas", "ACCUSE", "Israel") in _acts("وحمل الرئيس الفلسطيني محمود عباس إسرائيل المسؤولية الكاملة.")
    # held responsible with no one named before: no action rather than the wrong actor
    assert not _acts("وحملت إسرائيل المسؤولية عن الجريمة.")


def test_a_masculine_verb_before_the_united_nations_has_it_as_object():
    acts = _acts("كما ناشد الأمم المتحدة بإصدار قرار واضح بشأن العراق.")
    assert not any(actor == "United Nations" for actor, _t, _g in acts), acts
    assert ("United Nations", "REQUEST", "Iran") in _acts("وطالبت الأمم المتحدة إيران بالخروج من العراق.")


def test_the_doer_of_a_condemned_deed_named_after_a_relative_is_the_target():
    assert ("Ministry of Foreign Affairs of Yemen", "ACCUSE", "Houthis") in \
        _acts("وأدانت وزارة الخارجية اليمنية الجرائم التي ارتكبتها ميليشيات الحوثي بحق المدنيين.")
    assert ("Saudi Arabia", "ACCUSE", "Islamic State") in \
        _acts("وأدانت السعودية التفجير الذي نفذه تنظيم داعش في الكويت.")
