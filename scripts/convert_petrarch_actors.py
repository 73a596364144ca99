"""Convert UniversalPetrarch's Arabic actor dictionary into kg gazetteer data: people and the offices they held.

Source: `actor_dict_ar_v4.txt` of the Open Event Data Alliance's UniversalPetrarch (MIT license), a copy of which
is in `../shared/resources/universalpetrarch-ar/`. Entries are UDPipe lemma forms joined by `_`; an entry is a
name line, then `[CODE START-END]` lines (CAMEO actor code, office dates). Writes:

- `kg/data/gazetteer/people_petrarch.tsv`: people (key, English label, Arabic names, country);
- `kg/data/gazetteer/offices.tsv`: an office a person held with its dates, from the entries that name the office
  with the person ("رئيس_وزير_عراقي_نوري_المالكي_" [IRQGOV 20060520-20140908]), so that "رئيس الوزراء العراقي"
  named without a name resolves to whoever held it on the article's date.

Precision first: a name is kept only when it is well formed, i.e. written that way in real news (it occurs at
least MIN_SEEN times in the SaudiNewsNet corpus: lemmatization damaged many entries, نوري -> نور), has two words
at least, and is not already a gazetteer name. Rerun: `python scripts/convert_petrarch_actors.py [RESOURCE_DIR]`.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from babel import Locale
from babel.core import get_global

from kg.lexicon import DATA, gazetteer, lexicons, match_key, read_tsv
from kg.text.normalize import norm, skeleton
from kg.text.romanize import romanize
from kg.vocab import slug

ROOT = Path(__file__).resolve().parents[1]
RESOURCE = ROOT.parent / "shared" / "resources" / "universalpetrarch-ar"
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
PEOPLE = DATA / "gazetteer" / "people_petrarch.tsv"
OFFICES = DATA / "gazetteer" / "offices.tsv"
MIN_SEEN = 2
OPEN_END = "18000101"  # the dictionary's "still in office"

# office words as the lemmatizer wrote them -> the English office (kg.lexicon.role_key reads these)
OFFICE_WORDS = (
    (("رئيس", "وزير"), "Prime Minister"), (("رئيس", "حكومة"), "Prime Minister"),
    (("وزير", "خارجية"), "Foreign Minister"), (("وزيرة", "خارجية"), "Foreign Minister"),
    (("وزير", "دفاع"), "Defence Minister"), (("وزير", "داخلي"), "Interior Minister"),
    (("وزير", "داخلية"), "Interior Minister"), (("ولي", "عهد"), "Crown Prince"),
    (("رئيس",), "President"), (("ملك",), "King"), (("عاهل",), "King"),
)  # not أمير: a prince or a province's governor as often as a state's emir
HONORIFICS = {"دكتور", "شيخ", "سيد", "جنرال", "مشير", "لواء", "فريق", "عقيد", "سيدة", "أستاذ", "مستشار"}
HEADER = """# People from UniversalPetrarch's Arabic actor dictionary (actor_dict_ar_v4.txt, commit
# d5586c53fa4b2facd02fbfe189c37baaae639270), Copyright (c) the Open Event Data Alliance, MIT license; converted by
# scripts/convert_petrarch_actors.py (names written so in real news only). Do not edit by hand: rerun the script.
"""


def parse(path: Path) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
    """(name tokens, [(code, start, end)]) per entry."""
    entries: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    code_re = re.compile(r"\[([^\]\s]+)(?:\s+([<>]?\d{8})?-?(\d{8})?)?\]")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("\t") or line.lstrip().startswith("["):
            if entries:
                entries[-1][1].extend(_codes(code_re, line))
            continue
        name, _, rest = line.strip().partition(" ")
        tokens = [t for t in name.split("_") if t]
        entries.append((tokens, _codes(code_re, rest)))
    return entries


def _codes(code_re: re.Pattern, text: str) -> list[tuple[str, str, str]]:
    out = []
    for code, start, end in code_re.findall(text):
        start = start or ""
        if start.startswith(">"):
            start, end = start[1:], ""
        elif start.startswith("<"):
            start, end = "", start[1:]
        out.append((code, start, "" if end == OPEN_END else end))
    return out


def country_keys() -> dict[str, str]:
    """CAMEO's three-letter country codes (ISO 3166 alpha-3) -> states.tsv keys, through CLDR."""
    en = Locale("en")
    by_english = {name.lower(): code for code, name in en.territories.items() if len(code) == 2}
    sys.path.insert(0, str(ROOT / "scripts"))
    from convert_cldr_states import region_code

    alpha2_to_key = {}
    for row in read_tsv(DATA / "gazetteer" / "states.tsv"):
        code = region_code(row["label_en"], by_english)
        if code:
            alpha2_to_key.setdefault(code, row["key"])
    out = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and targets and targets[0] in alpha2_to_key:
            out[alias] = alpha2_to_key[targets[0]]
    return out


def split_office(tokens: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(office, country key from a nisba or a country name, the name) of an entry's tokens."""
    gaz = gazetteer()
    while tokens and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    for words, office in OFFICE_WORDS:
        if tuple(tokens[:len(words)]) == words:
            rest = tokens[len(words):]
            country = None
            if rest:
                country = gaz.nisba.get(norm(rest[0])) or gaz.nisba.get(norm("ال" + rest[0]))
                if country is None:
                    hit = gaz.names.match([norm(t) for t in rest], 0, clitics=False)
                    if hit and hit[0] == 1 and hit[2][0]["type"] == "State":
                        country = hit[2][0]["key"]
                if country:
                    rest = rest[1:]
            if len(words) == 1 and words[0] == "رئيس" and country is None:
                return None, None, rest  # "رئيس_X": head of what? only "رئيس_مصري_X" names the office
            return office, country, rest
    return None, None, tokens


def seen_in_corpus(names: set[str], corpus: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    if not names:
        return counts
    by_first: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_first[n.split()[0]].append(n)
    word = re.compile(r"[\u0621-\u064a]+")
    for z in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for article in json.loads(f.read(member)):
                    words = word.findall(norm(article.get("content") or ""))
                    for k, w in enumerate(words):
                        for n in by_first.get(w, ()):
                            parts = n.split()
                            if words[k:k + len(parts)] == parts:
                                counts[n] += 1
    return counts


def main() -> int:
    resource = Path(sys.argv[1]) if len(sys.argv) > 1 else RESOURCE
    entries = parse(resource / "actor_dict_ar_v4.txt")
    # the gazetteer this conversion checks against is the hand-made one, without its own earlier output
    PEOPLE.write_text("key\tlabel_en\twikidata\tnames_ar\trole_en\tcountry_key\n", encoding="utf-8")
    OFFICES.write_text("role_en\tcountry_key\tperson_key\tstart\tend\n", encoding="utf-8")
    gazetteer.cache_clear()
    alpha3 = country_keys()
    gaz = gazetteer()
    lex = lexicons()
    heads = {norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")}
    common = {norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "common_nouns.tsv")}
    stop = {norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv") if r.get("class") != "divine"}
    given = {norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")}
    # family names of listed people: another spelling of their full name would become a second entity
    listed_family = {norm(n).split()[-1] for r in gaz.rows.values() if r["type"] == "Person" for n in r["names"]}
    persons: dict[str, dict] = {}
    listed_offices: set[tuple[str, str, str, str, str]] = set()
    offices: list[tuple[str, str, str, str, str]] = []
    for tokens, codes in entries:
        office, country, name = split_office(tokens)
        if len(name) < 2 or "ل" in name or not all(re.fullmatch(r"[\u0621-\u064a]+", t) for t in name):
            continue
        text = norm(" ".join(name))
        words = text.split()
        known = gaz.names.match([match_key(w) for w in words], 0, clitics=False)
        if office and known and known[0] == len(words) and known[2][0]["type"] == "Person":
            # "رئيس_وزير_عراقي_نوري_المالكي_" [IRQGOV 20060520-20140908]: a listed person's term in office
            for code, start, end in codes:
                if (start or end) and code[3:].startswith("GOV") and code[:3] in alpha3:
                    listed_offices.add((office, country or alpha3[code[:3]], known[2][0]["key"], start, end))
            continue
        if len(words) == 2 and words[0] in ("عبد", "ابو", "ابي"):
            continue  # "عبد الله" alone is a given name, not a person
        if words[0].startswith("ال") or words[-1] in listed_family or any(w in heads for w in words) or \
                any(lex.titles.match(words, k) or lex.institutions.match(words, k) for k in range(len(words))):
            continue  # an organization or place ("السي أي أيه", "اقليم اتشيه"), or a listed person's other spelling
        if "ال" + words[0] in common or any(w in stop for w in words):
            continue  # "شرطة ولاية", "مسؤول أمريكي", "كيسنجر الذي": common words, not a name
        if words[0] not in given and not any(start or end for _c, start, end in codes):
            continue  # people hold their codes for a time; institutions and places carry undated codes
        known = gaz.names.match(text.split(), 0, clitics=False)
        if known and known[0] == len(name):
            continue  # the gazetteer already has this name
        person_codes = [c for c in codes if c[0][:3] in alpha3]
        if not person_codes:
            continue
        p = persons.setdefault(text, {"name": " ".join(name), "codes": []})
        p["codes"].extend(person_codes)
        if office:
            for code, start, end in person_codes:
                if (start or end) and code[3:].startswith("GOV"):  # the term in government, not later roles
                    offices.append((office, country or alpha3[code[:3]], text, start, end))
    seen = seen_in_corpus(set(persons), CORPUS)
    kept = {t: p for t, p in persons.items() if seen[t] >= MIN_SEEN}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)  # spellings of one name ("اسحاق/اسحق رابين")
    for text in sorted(kept):
        country = Counter(alpha3[c[0][:3]] for c in kept[text]["codes"]).most_common(1)[0][0]
        groups[(" ".join(skeleton(w) for w in text.split()), country)].append(text)
    rows, keys = [], {}
    for (_skel, country), texts in sorted(groups.items(), key=lambda g: g[1][0]):
        texts.sort(key=lambda t: (-seen[t], t))  # the spelling news uses most names the row
        label = romanize(kept[texts[0]]["name"])
        key = slug(label.lower().replace("'", "").replace("-", " "))
        if not key or key in gaz.rows or key in keys.values():
            key = f"{key}_{country}"
        if key in gaz.rows or key in keys.values():
            continue
        for t in texts:
            keys[t] = key
        rows.append(f"{key}\t{label}\t\t{'|'.join(kept[t]['name'] for t in texts)}\t\t{country}")
    PEOPLE.write_text(HEADER + "key\tlabel_en\twikidata\tnames_ar\trole_en\tcountry_key\n" + "".join(
        r + "\n" for r in rows), encoding="utf-8")
    # a person's government codes span every post held (Chirac from 1971, Bush as a governor from 1995): of the
    # ranges filed under one office, the latest-starting one is the term; a range ending before it starts is noise
    terms: dict[tuple[str, str, str], tuple[str, str]] = {}
    for office, country, key, start, end in sorted(listed_offices | {
            (o, c, keys[t], st, en) for o, c, t, st, en in offices if t in keys}):
        if start and end and end < start:
            continue
        best = terms.get((office, country, key))
        # the latest start; of ranges starting together, the one that ends first (the post, not what followed)
        if best is None or start > best[0] or start == best[0] and (end or "99999999") < (best[1] or "99999999"):
            terms[(office, country, key)] = (start, end)
    listed_offices = {(o, c, k, st, en) for (o, c, k), (st, en) in terms.items()}
    offices = []
    office_rows = sorted({f"{office} of {gaz.rows[country]['label_en']}\t{country}\t{keys[text]}\t{start}\t{end}"
                          for office, country, text, start, end in offices if text in keys and country in gaz.rows} |
                         {f"{office} of {gaz.rows[country]['label_en']}\t{country}\t{key}\t{start}\t{end}"
                          for office, country, key, start, end in listed_offices if country in gaz.rows})
    OFFICES.write_text(HEADER.replace("# People from", "# Offices held, from") +
                       "role_en\tcountry_key\tperson_key\tstart\tend\n" + "".join(r + "\n" for r in office_rows),
                       encoding="utf-8")
    print(f"{len(entries)} entries, {len(persons)} candidate people, {len(rows)} kept (written so in real news), "
          f"{len(office_rows)} offices with dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
