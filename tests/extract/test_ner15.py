"""Names the rules find without a title (round 15): a list of persons joined by «و», a nationality standing as a
noun before a name; and what these readings must leave alone. Sentences of our own."""

from kg.pipeline import extract_text


def _persons(text: str) -> set[str]:
    r = extract_text(text, "t.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "Person"}


def test_a_name_joined_by_wa_after_a_person_is_one_more_person():
    persons = _persons("وحضر الأمسية الشاعر مازن الحربي وسامر حداد ونبيل قاسم وعدد من المثقفين.")
    assert {"وسامر حداد", "ونبيل قاسم"} <= persons


def test_what_follows_wa_after_a_person_is_no_name_when_it_is_a_verb_a_kinsman_or_a_title():
    persons = _persons("وكان المطلوب ماجد سالم الفرج، وأدلى شقيقه بمعلومات عن الجناة.")
    assert not any("شقيقه" in p for p in persons)
    persons = _persons("استقبل الأمير سلمان وولي عهده وفدا من رجال الأعمال.")
    assert not any("عهده" in p for p in persons)
    persons = _persons("وصل رئيس الحكومة خالد بحاح وقبله عدد من الوزراء إلى المدينة.")
    assert not any("عدد" in p for p in persons)


def test_a_nationality_standing_as_a_noun_introduces_the_name_after_it():
    persons = _persons("وسدد الهولندي روبن فان بيرسي كرة قوية، وتعاقد النادي مع الأرجنتيني ماكسي موراليس.")
    assert {"روبن فان بيرسي", "ماكسي موراليس"} <= persons


def test_a_nationality_that_describes_a_noun_or_a_people_introduces_no_name():
    persons = _persons("وأكدت الحكومة أن العلاقات التونسية - التركية عريقة متينة.")
    assert not persons
    persons = _persons("ودارت الحرب العراقية – الإيرانية لصالح إيران في تلك السنوات.")
    assert not persons
    persons = _persons("وقع الإيرانيون اتفاقية سلمية مع الدول الكبرى.")
    assert not persons


def test_a_name_read_without_a_title_stops_before_a_common_noun():
    persons = _persons("وشارك الغيني زاياتي منتخب بلاده في 45 مباراة، ونفذ الفنان إبراهيم الألمعي وخالد حنيف "
                       "جدارية كبيرة.")
    assert "وخالد حنيف" in persons
    assert not any("جدارية" in p or "منتخب" in p for p in persons)


def test_a_ministry_of_an_unlisted_portfolio_is_an_organization_of_its_owner():
    r = extract_text("وأعلنت وزارة الشؤون البلدية والقروية السعودية عن مشروع جديد، وقالت وزارة النقل إن الطريق جاهز.",
                     "t.txt")
    orgs = {m.text: r.entities[m.entity] for m in r.mentions if r.entities[m.entity].type == "Organization"}
    assert orgs["وزارة الشؤون البلدية والقروية السعودية"].key.startswith("saudi_arabia_")
    assert orgs["وزارة النقل"].key.startswith("saudi_arabia_")
    assert orgs["وزارة النقل"].key != orgs["وزارة الشؤون البلدية والقروية السعودية"].key


def test_a_trade_before_a_whole_name_introduces_the_person():
    persons = _persons("وأكد المدرب السويسري كريستيان جروس أن الفريق جاهز، فيما غنى المطرب الشاب حسن الزهراني.")
    assert {"كريستيان جروس", "حسن الزهراني"} <= persons


def test_a_trade_names_no_one_with_a_verb_a_common_noun_or_one_word_after_it():
    persons = _persons("وقال المدرب إن المدافع الدولي جاري كاهيل سيكونا جاهزين للعب، وسيلعب المدرب بتشكيلين "
                       "مختلفين، وكان حارس المرمى مرهقا.")
    assert "جاري كاهيل" in persons
    assert not any("سيكونا" in p or "بتشكيلين" in p or "مرهقا" in p for p in persons)
    persons = _persons("وأكد الشاعر أن القصيدة جديدة، وقال الكاتب محمود إن الرواية انتهت.")
    assert not persons


def test_a_trade_after_wa_opens_another_person():
    r = extract_text("وحضر خالد ناقرو مدير عام مؤسسة رناد العربية والمخرج ممدوح سالم الحفل.", "t.txt")
    persons = {m.text for m in r.mentions if r.entities[m.entity].type == "Person"}
    assert "ممدوح سالم" in persons
    assert not any(p.startswith("مدير عام") for p in persons)


def _orgs(text: str) -> dict[str, str]:
    r = extract_text(text, "t.txt")
    return {m.text: r.entities[m.entity].key for m in r.mentions if r.entities[m.entity].type == "Organization"}


def test_a_country_or_city_that_plays_a_game_is_a_team():
    orgs = _orgs("وفازت نيجيريا على النيجر بهدفين في تصفيات كأس أفريقيا، وتعادل برشلونة مع إشبيلية في الدوري.")
    assert orgs["نيجيريا"] != "nigeria" and orgs["نيجيريا"].endswith("_team")
    assert orgs["النيجر"].endswith("_team") and orgs["برشلونة"].endswith("_team")


def test_a_club_affix_or_a_team_noun_names_the_team_and_keeps_clubs_of_one_city_apart():
    orgs = _orgs("وفاز مانشستر يونايتد على مانشستر سيتي، وقاد اللاعب منتخب فرنسا إلى الفوز في المباراة.")
    assert orgs["مانشستر يونايتد"] != orgs["مانشستر سيتي"]
    assert orgs["منتخب فرنسا"].endswith("_team")


def test_a_country_is_no_team_outside_a_game_or_as_a_host():
    orgs = _orgs("وفاز المغرب بعضوية مجلس حقوق الإنسان، وتستضيف قطر البطولة في الشهر المقبل.")
    assert not any(k.endswith("_team") for k in orgs.values())


def test_an_indefinite_title_is_in_construct_with_what_it_rules_not_with_a_name():
    persons = _persons("وتقدمت قوات ملك أراجون نحو المدينة بصحبة والي بلنسية السابق، فيما ظل رئيس ريفربليت غامضا.")
    assert not persons
    persons = _persons("واجتمع محافظ بلجرشي سفر بن سويد الغامدي مع اللجنة، ويلتقي نظيره روي ماشيتي غدا.")
    assert {"سفر بن سويد الغامدي", "روي ماشيتي"} <= persons


def test_an_agency_credited_between_brackets_by_its_adjective():
    orgs = _orgs("(الفرنسية) ارتفع عدد الضحايا في المدينة. (الفرنسية - أرشيف) أكدت الوزارة ذلك.")
    assert orgs.get("الفرنسية") == "afp"
    assert not _orgs("وصل الوفد الفرنسي إلى المدينة.")


def test_the_unlisted_sides_of_a_game_are_clubs_and_so_are_their_other_mentions_in_sport():
    orgs = _orgs("وفاز الزمالك على الأهلي بهدفين في الدوري المصري. وقال مدرب الزمالك إن الفوز مستحق.")
    assert orgs["الزمالك"].startswith("club_") and orgs["الأهلي"].startswith("club_")
    assert orgs["الأهلي"] != orgs["الزمالك"]
    assert not _orgs("وتعادل الفريق مع منافسه في المباراة، وفاز المرشح على منافسه في الانتخابات.")
