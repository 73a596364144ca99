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
