from kg.lexicon import PhraseIndex, clitic_variants, gazetteer, lexicons, match_key
from kg.text.normalize import norm


def test_clitic_readings_of_a_token():
    assert ("ل", "موسكو") in clitic_variants("لموسكو")
    assert ("لل", "الجنه") in clitic_variants("للجنه")
    assert ("", "ولي") == clitic_variants("ولي")[0]


def test_phrase_index_prefers_the_longest_phrase():
    idx = PhraseIndex()
    idx.add("مجلس الأمن", {"k": 1})
    idx.add("مجلس الأمن الدولي", {"k": 2})
    keys = [match_key(t) for t in ["ومجلس", "الامن", "الدولي", "قال"]]
    n, prefix, payloads = idx.match(keys, 0)
    assert (n, prefix, payloads[0]["k"]) == (3, "و", 2)


def test_gazetteer_is_broad_and_knows_nisba_adjectives_and_capitals():
    g = gazetteer()
    states = [k for k, r in g.rows.items() if r["type"] == "State"]
    assert len(states) >= 193
    assert g.nisba[match_key("الروسيه")] == "russia"
    assert g.capitals["moscow"] == "russia"
    assert g.rows["putin"]["wikidata"] == "Q7747"


def test_lexicons_are_data_files_with_every_plover_type():
    types = {p["type"] for payloads in lexicons().actions.entries.values() for p in payloads}
    assert types >= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_phrase_index_takes_the_longest_phrase_through_clitics():
    from kg.lexicon import phrase_key

    index = PhraseIndex()
    index.add("مجلس الأمن", {"key": "unsc_short"})
    index.add("مجلس الأمن الدولي", {"key": "unsc"})
    index.add("الأمن", {"key": "security"})
    keys = list(phrase_key("وقال لمجلس الأمن الدولي إن الأمن مستتب"))
    assert index.match(keys, 1) == (3, "ل", [{"key": "unsc"}])
    assert index.match(keys[:3], 1) == (2, "ل", [{"key": "unsc_short"}])
    assert index.match(keys, 5) == (1, "", [{"key": "security"}])
    assert index.match(keys, 1, clitics=False) is None and index.match(keys, 0) is None
    assert index.match(keys, len(keys)) is None


def test_geonames_towns_are_places_but_common_words_and_family_names_are_not():
    g = gazetteer()

    def place_of(name: str) -> str | None:
        keys = [match_key(t) for t in norm(name).split()]
        hit = g.names.match(keys, 0)
        if not hit or hit[0] != len(keys) or hit[2][0]["type"] != "Place":
            return None
        return hit[2][0]["key"]

    assert place_of("الزبداني") and g.rows[place_of("الزبداني")]["country_key"] == "syria"
    assert place_of("زنجبار") and g.rows[place_of("زنجبار")]["country_key"] == "yemen"
    # المدى (range) would read as Médéa, القحطاني (a family name) as al-Qahtaniyah, البيضاء as a town
    for word in ("المدى", "القحطاني", "البيضاء", "كبيرين", "بورصة"):
        assert place_of(word) is None, word


def _long_keys(sentence: str) -> list[str]:
    from kg.lexicon import phrase_key

    keys = list(phrase_key(sentence))
    assert len(keys) >= 8  # long enough for the automaton (shorter lists are matched token by token)
    return keys


def test_automaton_gives_the_per_position_answer_at_every_token():
    index = PhraseIndex()
    for phrase, key in (("الرياض", "riyadh"), ("مجلس الأمن", "unsc_short"), ("مجلس الأمن الدولي", "unsc"),
                        ("الأمن", "security"), ("وزارة الخارجية السعودية", "mofa"), ("الخارجية", "foreign")):
        index.add(phrase, {"key": key})
    keys = _long_keys("وقال مصدر في وزارة الخارجية السعودية بالرياض لمجلس الأمن الدولي إن الأمن والخارجية "
                      "وللرياض مجلس الأمن")
    for i in range(len(keys)):
        for clitics in (True, False):
            assert index.match(keys, i, clitics=clitics) == index._match_at(keys, i, clitics), (i, clitics)
    assert index.matches(keys) == [index.match(keys, i) for i in range(len(keys))]
    assert index.matches(keys[:3], clitics=False) == [index._match_at(keys[:3], i, False) for i in range(3)]
    at = {keys[i]: index.match(keys, i) for i in range(len(keys))}
    assert at["بالرياض"] == (1, "بال", [{"key": "riyadh"}])  # the article reading comes before "ب" + "الرياض"
    assert at["لمجلس"] == (3, "ل", [{"key": "unsc"}])
    assert at["وزاره"][0] == 3 and at["والخارجي"] == (1, "وال", [{"key": "foreign"}])
    assert index.match(keys, keys.index("بالرياض"), clitics=False) is None
    assert index.match(keys, keys.index("مجلس", 10))[2] == [{"key": "unsc_short"}]  # the list ends after الأمن


def test_a_phrase_added_later_is_found_and_odd_token_lists_fall_back():
    index = PhraseIndex()
    index.add("الأمن", {"key": "security"})
    keys = _long_keys("قال إن الأمن في المدينة مستتب منذ أمس بعد الاشتباكات")
    assert index.match(keys, 2) == (1, "", [{"key": "security"}])
    index.add("الأمن في المدينة", {"key": "city_security"})
    assert index.match(keys, 2) == (3, "", [{"key": "city_security"}])
    spaced = keys[:3] + ["في المدينه"] + keys[4:]  # a token with a space cannot stand in the joined text
    assert index.match(spaced, 2) == (1, "", [{"key": "security"}])
    assert index.match(["", *keys], 3) == (3, "", [{"key": "city_security"}])


def test_the_lexicons_scanned_together_give_each_lexicon_its_own_answers():
    """kg's lexicons and gazetteer read a token list in one pass (lexicon._scan_group): every index gets, at every
    token, the answer a scan with its own automaton gives."""
    from kg.lexicon import _scan_group

    group = _scan_group()
    keys = _long_keys("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض يوم الاثنين 3 يناير إن قوات الأمن "
                      "اعتقلت 12 شخصا وقتلت ثلاثة مسلحين في هجوم على مدينة حلب، وأجرى اتصالا هاتفيا بنظيره الأمريكي")
    assert group.scan(keys)
    together = [index._memo[id(keys)] for index in group.members]
    for index, answers in zip(group.members, together, strict=True):
        index._memo.clear()
        alone = index._scan(keys)
        assert (alone[2], alone[3]) == (answers[2], answers[3])
    assert any(a is not None for a in together[-1][2])  # the gazetteer found places and people
    assert lexicons().speech.match(keys, 0) is not None  # وقال


def test_an_abbreviation_of_two_bodies_names_neither():
    """«RSF» is Reporters Without Borders and the Rapid Support Forces: after «قوات الدعم السريع» it was read as the
    press group; now neither is read from it, and their Arabic names still name them."""
    from kg.pipeline import extract_text

    text = "وهاجمت قوات الدعم السريع RSF مدينة الفاشر."
    result = extract_text(text)
    assert "reporters_without_borders" not in result.entities and "rapid_support_forces" in result.entities
    assert not any(text[m.span.begin:m.span.end] == "RSF" for m in result.mentions)


def test_first_reading_is_the_first_clitic_reading_with_that_key(seeds_dir):
    """kg.lexicon._first_reading (the automata's patterns at start-up) == the first of clitic_variants whose stem's
    comparison key is asked, on the seeds' tokens and every key their readings have."""
    from kg.lexicon import _first_reading, clitic_variants, match_key
    from kg.text.analysis import analyse

    tokens = {t.norm for path in sorted(seeds_dir.glob("*.txt")) for t in analyse(path.read_text("utf-8")).tokens}
    checked = 0
    for token in tokens:
        readings = clitic_variants(token)
        for key in {match_key(stem) for _p, stem in readings} | {token + "x"}:
            expected = next(((rank, p) for rank, (p, stem) in enumerate(readings) if match_key(stem) == key), None)
            assert _first_reading(token, key) == expected, (token, key)
            checked += 1
    assert checked > len(tokens)
