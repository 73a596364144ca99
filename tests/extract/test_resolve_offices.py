"""An office named without a name goes to whoever held it on the article's date (offices.tsv, from
UniversalPetrarch's actor dictionary); outside a listed term it stays an unresolved office."""

from kg.extract.mentions import find_mentions
from kg.extract.resolve import resolve
from kg.lexicon import DATA, gazetteer, read_tsv, split_cell
from kg.text.analysis import analyse

TEXT = "واستقبل رئيس الوزراء العراقي في بغداد وفدا من رجال الأعمال."


def _office_key(published):
    analysis = analyse(TEXT)
    raw, focus = find_mentions(analysis)
    entities, mentions = resolve(raw, focus, TEXT, published)
    return next(m.entity for m in mentions if m.text == "رئيس الوزراء العراقي")


def test_the_holder_on_the_publication_date():
    assert gazetteer().holder_on("prime_minister", "iraq", "2012-07-09") == "nouri_al_maliki"
    assert _office_key("2012-07-09") == "nouri_al_maliki"


def test_no_holder_outside_the_listed_terms_or_without_a_date():
    # Maliki until 2014-09-08, Abadi until 2018-10-25 (offices_hand.tsv); his successor is not listed
    assert gazetteer().holder_on("prime_minister", "iraq", "2016-01-01") == "haider_al_abadi"
    assert gazetteer().holder_on("prime_minister", "iraq", "2019-06-01") is None
    assert _office_key("2019-06-01") == _office_key(None) == "iraq_prime_minister"


def test_a_hand_checked_term_replaces_the_converted_one_and_an_undated_holder_needs_no_known_term():
    gaz = gazetteer()
    # the converted list has Rouhani in office with no end; the hand-checked term ends in 2021
    assert gaz.holder_on("president", "iran", "2015-07-26") == "hassan_rouhani"
    assert gaz.holder_on("president", "iran", "2022-01-05") == "ebrahim_raisi"
    # Jordan's prime minister of 2020-2024 is no holder in 2015 though he is the only one the list names
    assert gaz.holder_on("prime_minister", "jordan", "2015-07-26") is None
    assert gaz.undated_holder("prime_minister", "jordan") is None
    # a Belgian president of the European Council is no president of Belgium; a UAE adviser is no emir
    assert gaz.role_holders.get(("president", "belgium")) is None
    assert gaz.role_holders.get(("emir", "uae")) is None


def test_converted_people_are_well_formed_names_and_load_as_persons():
    rows = read_tsv(DATA / "gazetteer" / "people_petrarch.tsv")
    assert len(rows) >= 20
    assert all(not (r["start"] and r["end"]) or r["start"] <= r["end"]
               for r in read_tsv(DATA / "gazetteer" / "offices.tsv"))
    gaz = gazetteer()
    for row in rows:
        assert gaz.rows[row["key"]]["type"] == "Person"
        for name in split_cell(row["names_ar"]):
            assert len(name.split()) >= 2 and not name.startswith("ال")
    offices = read_tsv(DATA / "gazetteer" / "offices.tsv")
    assert all(r["person_key"] in gaz.rows and r["country_key"] in gaz.rows for r in offices)


def test_a_defence_or_interior_ministry_is_an_office_by_date_too():
    gaz = gazetteer()
    # the Saudi defence minister of 2015 was Mohammed bin Salman; the one listed undated took it in 2022
    assert gaz.holder_on("defense_minister", "saudi_arabia", "2015-07-26") == "mohammed_bin_salman"
    assert gaz.holder_on("defense_minister", "saudi_arabia", "2025-03-09") == "khalid_bin_salman"
    assert gaz.holder_on("interior_minister", "saudi_arabia", "2015-07-26") == "mohammed_bin_nayef"
    # Ukraine's chief of defence intelligence holds no defence ministry
    assert gaz.role_holders.get(("defense_minister", "ukraine")) == "rustem_umerov"
