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
    assert gazetteer().holder_on("prime_minister", "iraq", "2016-01-01") is None
    assert _office_key("2016-01-01") == _office_key(None) == "iraq_prime_minister"


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
