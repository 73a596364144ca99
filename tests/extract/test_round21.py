"""Round 21: a spokesperson no name follows speaks for the body named after the title; a protector named after an
act is no target. Sentences written for these tests."""

from extract_helpers import actions_by_key as _actions
from extract_helpers import result


def _speakers(text: str) -> list[str]:
    r = result(text)
    return [r.entities[s.speaker].label_en for s in r.statements]


def test_a_spokesperson_no_name_follows_speaks_for_the_body_named_after_the_title():
    assert _speakers("وقال المتحدث باسم وزارة الداخلية المصرية إن المعتقلين لم يتعرضوا للتعذيب.") == \
        ["Ministry of Internal Affairs of Egypt"]
    r = result("وقال المتحدث الرسمي لوزارة الصحة السعودية إن عدد الإصابات ارتفع.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Organization"]
    r = result("ونفى متحدث باسم الجيش الأمريكي أن تكون إصابات وقعت بين الجنود.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Organization"]
    r = result("وقالت المتحدثة باسم الخارجية الأمريكية إن واشنطن قلقة.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Organization"]


def test_the_spokesperson_named_after_the_title_speaks_himself():
    r = result("وقال المتحدث الرسمي باسم التحالف العميد أحمد عسيري إن الطائرات دمرت مخازن للأسلحة.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Person"]
    r = result("وقال الناطق باسم الحكومة اليمنية راجح بادي إن الحكومة ستعود إلى عدن.")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Person"]


def test_a_spokesperson_does_not_continue_the_last_speaker():
    r = result("وأضاف القيادي في حركة حماس أسامة بدران أن الحركة لا تتدخل في شؤون الدول. "
               "وحذر الناطق باسم حماس من السياسة التي بات الاحتلال يتبعها.")
    by = {r.entities[s.speaker].type: s.content for s in r.statements}
    assert "Organization" in by and "السياسة" in by["Organization"], by


def test_the_protector_named_after_an_act_is_no_target():
    acts = _actions("اقتحم مستوطنون المسجد الأقصى تحت حماية الشرطة الإسرائيلية.")
    assert acts and not any(t is not None and "police" in t for _a, _t, t in acts), acts


def test_a_spokesperson_the_article_named_before_is_the_one_who_speaks_again():
    r = result("وأكد المتحدث باسم وزارة الخارجية المصرية السفير بدر عبد العاطي أن القاهرة تتابع الوضع. "
               "وجدد الناطق باسم الخارجية المصرية «رفض مصر الكامل التدخل في الشؤون الداخلية للدول العربية».")
    assert [r.entities[s.speaker].type for s in r.statements] == ["Person", "Person"], \
        [(r.entities[s.speaker].label_en, s.content) for s in r.statements]


def test_a_name_or_an_aside_after_the_body_keeps_the_spokesperson_unnamed():
    # a name no lexicon knows after the body: he speaks, whom we cannot name; the ministry does not
    assert _speakers("وقال المتحدث باسم وزارة الدفاع الكورية الجنوبية كيم مين سيوك إن الجيش سيرد فورا.") == []
    assert _speakers("وأكد المتحدث باسم جبهة ردفان، قائد نصر، أن رجال المقاومة حققوا انتصارات.") == []
    # a day between commas is no aside
    assert _speakers("وأعلن المتحدث باسم البحرية الأميركية، أمس، أن بحارا توفي متأثرا بإصابته.") == \
        ["United States forces"]


def test_an_attribution_or_came_in_a_statement_of_a_body_names_the_body():
    # «بحسب بيان لـX»، «حسب بيان صادر عن X»، «وجاء في بيان لـX»: the statement's issuer speaks
    assert _speakers("وبحسب بيان للجيش اللبناني فإن الوحدات العسكرية أوقفت ثلاثة أشخاص.") == \
        ["Armed Forces of Lebanon"]
    assert _speakers("وأوقفت الوحدات العسكرية ثلاثة أشخاص، بحسب بيان للجيش اللبناني.") == ["Armed Forces of Lebanon"]
    assert _speakers("وحسب بيان صادر عن وزارة الداخلية المصرية فإن الشرطة ألقت القبض على ثلاثة أشخاص.") == \
        ["Ministry of Internal Affairs of Egypt"]
    assert _speakers("وجاء في بيان لوزارة الخارجية الفرنسية أن باريس تدين الهجوم.") == \
        ["Ministry of Foreign Affairs of France"]
    # a statement nobody is named for stays without a speaker
    assert _speakers("وجاء في البيان أن الحكومة ستواصل جهودها.") == []


def test_a_noun_subject_before_the_verb_leaves_the_actor_after_it_the_object():
    # «أن الوزير شكر الملك سلمان»: the minister (unnamed) thanked the king; the king says nothing
    assert _speakers("وذكرت الوكالة أن الوزير شكر الملك سلمان على دعمه.") == []
    assert _speakers("وأشار البيان إلى أن وفد الحركة شكر خادم الحرمين الشريفين على حفاوة الاستقبال.") == []
    # a named subject before the verb speaks
    assert _speakers("وأكد أن الرئيس اليمني عبدربه منصور هادي شكر الملك سلمان على دعمه.") == \
        ["Abdrabbuh Mansur Hadi"]


def _entities(text: str) -> dict[str, tuple[str, str]]:
    r = result(text)
    return {m.text: (r.entities[m.entity].type, r.entities[m.entity].label_en) for m in r.mentions}


def test_a_body_named_after_a_king_or_prince_is_the_body_not_the_man():
    ents = _entities("وقالت جامعة الملك سعود إن القبول بدأ، وأعلن مستشفى الملك فهد التخصصي نجاح العملية.")
    assert ents["جامعة الملك سعود"] == ("Organization", "University of King Saud")
    assert ents["مستشفى الملك فهد التخصصي"] == ("Place", "King Fahad Hospital")
    assert not any(t == "Person" for t, _l in ents.values()), ents
    # what the body is for and its conjuncts belong to its name, a name of its own after «و» does not
    ents = _entities("ووقع مركز الملك سلمان للإغاثة والأعمال الإنسانية والأمم المتحدة اتفاقية.")
    assert ents["مركز الملك سلمان للإغاثة والأعمال الإنسانية"] == ("Organization", "King Salman Centre")
    assert ents["والأمم المتحدة"][0] == "Organization"
    # the long and the short name of one body keep one key
    r = result("وأعلن مركز الملك سلمان للإغاثة والأعمال الإنسانية عن مساعدات. وقال مركز الملك سلمان للإغاثة إن "
               "القافلة وصلت.")
    assert len({m.entity for m in r.mentions}) == 1
    # a head that names no body after a king: his leadership is no organization
    ents = _entities("وثمن الحضور قيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.")
    assert any(t == "Person" for t, _l in ents.values()), ents


def test_a_body_of_many_states_after_a_title_is_no_state_s_and_owns_no_country_after_it():
    ents = _entities("وطالب رئيس البرلمان العربي إيران بالتوقف عن هذه التصريحات.")
    assert "Speaker of Iran" not in {label for _t, label in ents.values()}, ents
    assert ents.get("البرلمان العربي") == ("Organization", "Arab Parliament")
    ents = _entities("أدان أحمد بن محمد الجروان رئيس البرلمان العربي حرق منزل العائلة في نابلس.")
    assert not any("Parliament of" in label or "Consultative" in label for _t, label in ents.values()), ents


def test_the_one_through_whose_words_a_body_speaks_is_no_target():
    acts = _actions("وحذرت مديرية الدفاع المدني بالباحة على لسان المتحدث الرسمي جمعان الغامدي المواطنين من السيول.")
    assert not any(t is not None and "ghamdi" in t for _a, _t, t in acts), acts
