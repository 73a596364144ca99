"""Integrity checks for the gazetteer data files in kg/data/gazetteer/."""

import csv
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

GAZ_DIR = Path(__file__).resolve().parents[2] / "kg" / "data" / "gazetteer"

HEADERS = {
    "states.tsv": ["key", "label_en", "wikidata", "names_ar", "nisba_ar", "demonym_pl_ar", "capital_key"],
    "places.tsv": ["key", "label_en", "wikidata", "names_ar", "country_key", "kind"],
    "organizations.tsv": ["key", "label_en", "wikidata", "names_ar", "abbrev", "kind", "country_key", "type"],
    "people.tsv": ["key", "label_en", "wikidata", "names_ar", "role_en", "country_key"],
}
KINDS = {
    "places.tsv": {"capital", "city", "region", "macro_region"},
    "organizations.tsv": {"igo", "agency", "media", "platform", "ngo", "militant", "party", "government", "company",
                          "club"},
}
# States whose nisba would collide with a very common word (Malian مالي = "financial",
# Comorian قمري = "lunar", Sahrawi صحراوي = "desert"), so it is left empty on purpose.
NISBA_EXEMPT = {"mali", "comoros", "sadr"}
# Former states whose capital row belongs to a present-day state (Moscow, Belgrade, Istanbul).
HISTORICAL_STATES = {"soviet_union", "yugoslavia", "ottoman_empire"}

KEY_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[0-9]+$")
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
LATIN_RE = re.compile(r"[A-Za-z]")
MULTI_VALUE_ARABIC = ("names_ar", "nisba_ar", "demonym_pl_ar")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(GAZ_DIR / name, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = [dict(zip(header, r, strict=True)) for r in reader]
    return header, rows


def _norm(text: str) -> str:
    """Rough Arabic normalisation (hamza on alef, alef maqsura, ta marbuta, diacritics)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("\u0640", "")
    text = re.sub("[أإآٱ]", "ا", text).replace("ى", "ي").replace("ة", "ه")
    return " ".join(text.split())


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, str]]]:
    return {name: _read(name)[1] for name in HEADERS}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_exact(name: str) -> None:
    first_line = (GAZ_DIR / name).read_text(encoding="utf-8").split("\n", 1)[0]
    assert first_line == "\t".join(HEADERS[name])


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_row_shape_and_whitespace(name: str) -> None:
    text = (GAZ_DIR / name).read_text(encoding="utf-8")
    assert text.endswith("\n") and "\r" not in text
    width = len(HEADERS[name])
    for n, line in enumerate(text.splitlines()[1:], 2):
        cells = line.split("\t")
        assert len(cells) == width, f"{name}:{n} has {len(cells)} cells"
        for cell in cells:
            assert cell == cell.strip(), f"{name}:{n} stray whitespace in {cell!r}"
            assert "||" not in cell and not cell.startswith("|") and not cell.endswith("|"), f"{name}:{n} {cell!r}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_duplicate_rows(name: str) -> None:
    lines = (GAZ_DIR / name).read_text(encoding="utf-8").splitlines()[1:]
    dupes = [line for line, c in Counter(lines).items() if c > 1]
    assert not dupes


def test_keys_well_formed_and_unique_across_files(tables: dict[str, list[dict[str, str]]]) -> None:
    seen: dict[str, str] = {}
    for name, rows in tables.items():
        for row in rows:
            key = row["key"]
            assert KEY_RE.match(key), f"{name}: bad key {key!r}"
            assert key not in seen, f"key {key!r} in both {seen.get(key)} and {name}"
            seen[key] = name


def test_wikidata_ids(tables: dict[str, list[dict[str, str]]]) -> None:
    owner: dict[str, str] = {}
    for name, rows in tables.items():
        for row in rows:
            qid = row["wikidata"]
            if not qid:
                continue
            assert QID_RE.match(qid), f"{name}:{row['key']} bad wikidata {qid!r}"
            assert qid not in owner, f"{qid} used by both {owner.get(qid)} and {row['key']}"
            owner[qid] = row["key"]


def test_known_wikidata_ids(tables: dict[str, list[dict[str, str]]]) -> None:
    by_key = {row["key"]: row["wikidata"] for rows in tables.values() for row in rows}
    expected = {
        "usa": "Q30",
        "russia": "Q159",
        "kazakhstan": "Q232",
        "belarus": "Q184",
        "qatar": "Q846",
        "soviet_union": "Q15180",
        "astana": "Q1520",
        "central_asia": "Q27275",
        "eu": "Q458",
        "reuters": "Q130879",
        "afp": "Q40464",
        "abc": "Q169889",
        "twitter": "Q918",
        "usa_foreign_ministry": "Q789915",
        "putin": "Q7747",
        "biden": "Q6279",
        "trump": "Q22686",
        "erdogan": "Q39259",
        "macron": "Q3052772",
        "xi_jinping": "Q15031",
        "zelensky": "Q3881",
        "netanyahu": "Q43723",
        "guterres": "Q311440",
    }
    for key, qid in expected.items():
        assert by_key.get(key) == qid, key


def test_references_resolve(tables: dict[str, list[dict[str, str]]]) -> None:
    state_keys = {r["key"] for r in tables["states.tsv"]}
    place_keys = {r["key"] for r in tables["places.tsv"]}
    for name, rows in tables.items():
        for row in rows:
            ck = row.get("country_key", "")
            if ck:
                assert ck in state_keys, f"{name}:{row['key']} unknown country_key {ck!r}"
    for row in tables["states.tsv"]:
        cap = row["capital_key"]
        if cap:
            assert cap in place_keys, f"{row['key']} unknown capital_key {cap!r}"


def test_capitals(tables: dict[str, list[dict[str, str]]]) -> None:
    places = {r["key"]: r for r in tables["places.tsv"]}
    capital_of = {r["capital_key"] for r in tables["states.tsv"] if r["capital_key"]}
    for row in places.values():
        if row["kind"] == "capital":
            assert row["key"] in capital_of, f"{row['key']} is kind capital but no state points to it"
            assert row["country_key"], row["key"]
    for row in tables["states.tsv"]:
        cap = row["capital_key"]
        if cap and row["key"] not in HISTORICAL_STATES:
            assert places[cap]["country_key"] == row["key"], f"{cap} country mismatch with {row['key']}"


@pytest.mark.parametrize("name", ["places.tsv", "organizations.tsv"])
def test_kinds(name: str, tables: dict[str, list[dict[str, str]]]) -> None:
    for row in tables[name]:
        assert row["kind"] in KINDS[name], f"{name}:{row['key']} kind {row['kind']!r}"


def test_arabic_cells(tables: dict[str, list[dict[str, str]]]) -> None:
    for name, rows in tables.items():
        for row in rows:
            assert row["names_ar"], f"{name}:{row['key']} has no names_ar"
            assert row["label_en"], f"{name}:{row['key']} has no label_en"
            for col in MULTI_VALUE_ARABIC:
                cell = row.get(col, "")
                if not cell:
                    continue
                values = cell.split("|")
                for value in values:
                    assert ARABIC_LETTER_RE.search(value), f"{name}:{row['key']} {col} {value!r} not Arabic"
                    assert not LATIN_RE.search(value), f"{name}:{row['key']} {col} {value!r} has Latin letters"
                normed = [_norm(v) for v in values]
                dupes = [v for v, c in Counter(normed).items() if c > 1]
                assert not dupes, f"{name}:{row['key']} {col} variants equal after normalisation: {dupes}"


def test_nisba_without_article(tables: dict[str, list[dict[str, str]]]) -> None:
    for row in tables["states.tsv"]:
        for col in ("nisba_ar", "demonym_pl_ar"):
            for value in filter(None, row[col].split("|")):
                assert not value.startswith("ال"), f"{row['key']} {col} {value!r} carries the article"


def test_states(tables: dict[str, list[dict[str, str]]]) -> None:
    states = tables["states.tsv"]
    assert len(states) >= 193 + 5
    keys = {r["key"] for r in states}
    for key in (
        "usa",
        "uk",
        "russia",
        "saudi_arabia",
        "kazakhstan",
        "palestine",
        "vatican_city",
        "kosovo",
        "taiwan",
        "sadr",
        "soviet_union",
        "yugoslavia",
        "ottoman_empire",
    ):
        assert key in keys, key
    for row in states:
        if row["key"] not in NISBA_EXEMPT:
            assert row["nisba_ar"], f"{row['key']} has no nisba"


def test_sizes(tables: dict[str, list[dict[str, str]]]) -> None:
    places = tables["places.tsv"]
    assert sum(r["kind"] == "city" for r in places) >= 150
    assert sum(r["kind"] == "region" for r in places) >= 20
    assert sum(r["kind"] == "macro_region" for r in places) >= 12
    assert len(tables["people.tsv"]) >= 200
    assert len(tables["organizations.tsv"]) >= 100
