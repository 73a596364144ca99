"""What the recognizers share: their word classes (kg/data/lexicon/mention_words.tsv and other data files), read once,
and small helpers over normalized words."""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import (
    DATA,
    Gazetteer,
    Lexicons,
    clitic_variants,
    gazetteer,
    match_key,
    read_tsv,
    split_cell,
    word_classes,
    words,
)
from kg.text.normalize import norm, skeleton
from kg.text.translit import transliterate
from kg.vocab import slug

# the closed word classes of the recognizers live in kg/data/lexicon/mention_words.tsv (normalized on load)
_WORDS = "mention_words.tsv"
_PUNCT_SKIP = {'"', "،", ",", "(", ")", "-", "'"}
_LOCATIVE = set(words(_WORDS, "locative"))
_PLACE_NOUNS = {norm(r["word"]): r["value"] for r in word_classes(_WORDS)["place_noun"]}
# tokens are compared by their match key, which folds the feminine nisba ending (مديرية -> مديري)
_PLACE_NOUNS = {**_PLACE_NOUNS, **{match_key(k): v for k, v in _PLACE_NOUNS.items()}}
# administrative units: whatever definite word follows is the unit's name ("محافظة البيضاء", "ولاية الخرطوم"),
# even when it is also a common word
_ADMIN_NOUNS = {match_key(k) for k in words(_WORDS, "admin_noun")}
_CAPITAL_NOUNS = words(_WORDS, "capital_noun")
_PATRONYM_LINKS = set(words(_WORDS, "patronym_link"))
_FAMILY_LINKS = set(words(_WORDS, "family_link"))
_NAME_LINKS = set(words(_WORDS, "name_link"))
_NAME_OPENERS = words(_WORDS, "name_opener")  # "عبد الرزاق": the link opens the name
(_COMPOUND_HEAD,) = words(_WORDS, "compound_head")  # "عبد الله", "عبدالباري"
_FORMER = set(words(_WORDS, "former"))
_DEPUTIES = frozenset(words(_WORDS, "deputy"))
_SUPRANATIONAL = frozenset(words(_WORDS, "supranational"))
(_LED_BY,) = (match_key(w) for w in words(_WORDS, "led_by"))  # "التحالف بقيادة السعودية"
# «علي» (Ali) and «على» (on) share a key once ى is read as ي: the names, as written
_YEH_NAMES = frozenset(r["word"] for r in word_classes(_WORDS)["yeh_name"])
_SUBJECT_THAT = frozenset(match_key(w) for w in words(_WORDS, "subject_that"))  # "أن واشنطن سحبت"
_VERB_PARTICLES = frozenset(match_key(w) for w in words(_WORDS, "verb_particle"))
_ALLY = frozenset(match_key(w) for w in words(_WORDS, "ally"))  # "متحالفة مع موسكو"
# "عن X قوله", "وعن X قوله": the preposition before the one quoted, with or without و
_QUOTED_FROM = frozenset(p + match_key(w) for w in words(_WORDS, "quoted_from") for p in ("", "و"))
_SAYING = frozenset(match_key(w) for w in words(_WORDS, "saying"))
_NOUN_ENDING_T = tuple(words(_WORDS, "noun_ending_t"))  # "توقيت طوكيو", "زيارات"
(_WITH,) = (match_key(w) for w in words(_WORDS, "with"))  # "متحالفة مع موسكو"
_VISIT = frozenset(match_key(w) for w in words(_WORDS, "visit"))  # "زار الرئيس الفرنسي موسكو"
_RESUMPTIVE = frozenset(match_key(w) for w in words(_WORDS, "resumptive"))  # "حذرت فيه واشنطن"
(_KINGDOM,) = words(_WORDS, "kingdom_noun")
# ب or ل on a verbal noun of a derived verb, as keys spell it (derived_noun: the template, its root letters as
# value: إفعال «بإنزال», تفعيل «بتفعيل», افتعال «باعتقال», انفعال «بانسحاب», استفعال «باستخدام»): after a title it
# opens no name when the noun is one news writes (titles.py `_known_noun`); a name after a title never carries the
# preposition (it goes on the title), and family names that open with «با» are not of these shapes («باوزير»)
_VERBAL_NOUN_WITH_PREPOSITION = re.compile("^[بل](" + "|".join(
    match_key(norm(row["word"])).translate(str.maketrans(dict.fromkeys(row["value"], ".")))
    for row in word_classes(_WORDS)["derived_noun"]) + ")$")
_EPONYM_HEADS = frozenset(words(_WORDS, "eponym_head"))
_ORDINALS = frozenset(words(_WORDS, "ordinal"))
_MINISTRY_HEADS = frozenset(match_key(w) for w in words(_WORDS, "ministry_head"))
_MATCH_VERBS = frozenset(match_key(w) for w in words(_WORDS, "match_verb"))
_MATCH_NOUNS = frozenset(match_key(w) for w in words(_WORDS, "match_noun"))
_MATCH_OBJECT_VERBS = frozenset(match_key(w) for w in words(_WORDS, "match_verb_object"))
_TEAM_PARTS = frozenset(match_key(w) for w in words(_WORDS, "team_part"))
_TEAM_NOUNS = frozenset(match_key(w) for w in words(_WORDS, "team_noun"))
_CLUB_PREFIXES = frozenset(match_key(w) for w in words(_WORDS, "club_prefix"))
_CLUB_SUFFIXES = frozenset(match_key(w) for w in words(_WORDS, "club_suffix"))
_VERSUS = frozenset(match_key(w) for w in words(_WORDS, "versus"))
_GENERIC_SIDES = frozenset(match_key(w) for w in words(_WORDS, "generic_side"))
_SPORT_WORDS = frozenset(match_key(w) for w in (*words(_WORDS, "sport_word"), *words("action_words.tsv", "sports")))
_NIL_SCORES = frozenset(match_key(w) for w in words(_WORDS, "nil_score"))
_TITLE_FAMILY = frozenset(match_key(w) for w in words(_WORDS, "title_family"))


def word_of(key: str, words_: frozenset[str]) -> bool:
    """A reading of a match key, a proclitic or a pronoun suffix aside («وفازت», «تعادله»), is one of `words_`."""
    for _p, stem in clitic_variants(key):
        if stem in words_ or len(stem) > 4 and (stem.endswith("ه") and stem[:-1] in words_ or
                                                stem.endswith("ها") and stem[:-2] in words_):
            return True
    return False


def score_at(keys, k: int) -> bool:
    """Match keys k.. read as a game's score, two small numbers joined by a dash («3 - 1», «4 - صفر»)."""
    return k + 2 < len(keys) and keys[k + 1] == "-" and all(
        w.isdigit() and len(w) <= 2 or w in _NIL_SCORES for w in (keys[k], keys[k + 2]))


def sport_sentence(keys) -> bool:
    """The match keys of a sentence report sport: a word of sport or a game's score."""
    return any(word_of(w, _SPORT_WORDS) or score_at(keys, k) for k, w in enumerate(keys))


def _stop_rows() -> list[dict[str, str]]:
    """Stop words proper; the "divine" row closes formulas but belongs to names ("عبد الله")."""
    return [r for r in read_tsv(DATA / "lexicon" / "stopwords.tsv") if r.get("class") != "divine"]


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(norm(r["word"]) for r in _stop_rows())


@cache
def _divine() -> frozenset[str]:
    return frozenset(norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv")
                     if r.get("class") == "divine")


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv")
                     if r.get("class") == "demonstrative")


@cache
def _allegiance() -> frozenset[str]:
    """"الموالية", "التابعة": the words that tie forces to the one they follow ("القوات الموالية لصالح")."""
    return frozenset(match_key(norm(r["word"])) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv")
                     if r.get("class") == "allegiance")


_SURNAME_CACHE: dict[int, dict[str, list[str]]] = {}


def _gazetteer_surnames(gaz: Gazetteer) -> dict[str, list[str]]:
    """Last word of a listed person's full name -> the persons' keys ("صالح" -> ali_abdullah_saleh, ...)."""
    if id(gaz) not in _SURNAME_CACHE:
        out: dict[str, list[str]] = {}
        for key, row in gaz.rows.items():
            if row["type"] != "Person":
                continue
            for name in row["names"]:
                words = norm(name).split()
                if len(words) >= 2 and key not in out.setdefault(match_key(words[-1]), []):
                    out[match_key(words[-1])].append(key)
        _SURNAME_CACHE[id(gaz)] = out
    return _SURNAME_CACHE[id(gaz)]


@cache
def _owner_from() -> dict[tuple[str, ...], str]:
    """Institution heads (match keys) -> the institution whose latest explicit owner they take (institutions.tsv)."""
    return {tuple(match_key(t) for t in norm(r["head"]).split()): r["owner_from"]
            for r in read_tsv(DATA / "lexicon" / "institutions.tsv") if r.get("owner_from")}


@cache
def _strict_heads() -> frozenset[str]:
    """Name heads that are common words too (name_heads.tsv, strict=1 or 2)."""
    return frozenset(norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")
                     if r.get("strict") in ("1", "2"))


@cache
def _strictest_heads() -> frozenset[str]:
    """Name heads after which not even a definite common word is a name (name_heads.tsv, strict=2)."""
    return frozenset(norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv") if r.get("strict") == "2")


@cache
def _head_not_after() -> dict[str, str]:
    """Name heads -> the proclitic that makes them a common word ("بقيادة": led by)."""
    return {norm(r["head"]): r["not_after"] for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")
            if r.get("not_after")}


@cache
def _head_not_before() -> dict[str, frozenset[str]]:
    """Name heads -> the words that make them a common noun right after them (name_heads.tsv not_before: a class of
    mention_words.tsv)."""
    return {norm(r["head"]): frozenset(match_key(w) for w in words(_WORDS, _NOT_BEFORE[r["not_before"]]))
            for r in read_tsv(DATA / "lexicon" / "name_heads.tsv") if r.get("not_before")}


# the classes of mention_words.tsv a not_before of name_heads.tsv may name
_NOT_BEFORE = {"motion": "motion", "staff": "staff"}


def common_after_head(head: str, word: str) -> bool:
    """`word` (a key) right after the name head `head` makes the head a common noun ("حركة السوق")."""
    return word in _head_not_before().get(head, ())


@cache
def _honoree_heads() -> frozenset[str]:
    """Name heads of bodies and places named after a king or prince (name_heads.tsv, honoree=1)."""
    return frozenset(norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")
                     if r.get("honoree") == "1")


@cache
def _sited_heads() -> frozenset[str]:
    """Name heads of bodies that sit somewhere (name_heads.tsv, sited=1)."""
    return frozenset(norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv") if r.get("sited") == "1")


@cache
def _common_words() -> dict[str, str]:
    """Definite words that are common nouns (derived from a news corpus) -> the evidence: "frequent" or
    "alternating" (also written without the article)."""
    return {norm(r["word"]): r["evidence"] for r in read_tsv(DATA / "lexicon" / "common_nouns.tsv")}


@cache
def _common_bare_words(*, openers: bool = True) -> frozenset[str]:
    """Words without the article that news uses often and seldom after a given name (derived from a news corpus):
    no name runs on into them. openers=False leaves out those a name index attests as given names ("بندر"), which
    may open a name after a title."""
    return frozenset(norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "common_bare_words.tsv")
                     if openers or r.get("given_name") != "1")


@cache
def _state_context(*classes: str) -> frozenset[str]:
    return frozenset(match_key(norm(r["word"])) for r in read_tsv(DATA / "lexicon" / "state_context.tsv")
                     if not classes or r["class"] in classes)


def _homograph_states(gaz: Gazetteer) -> frozenset[str]:
    """States whose one-word name is spelled as their own adjective (مالي: Mali, and "financial")."""
    cached = _HOMOGRAPHS.get(id(gaz))
    if cached is None:
        cached = _HOMOGRAPHS[id(gaz)] = _find_homograph_states(gaz)
    return cached


_HOMOGRAPHS: dict[int, frozenset[str]] = {}


def _find_homograph_states(gaz: Gazetteer) -> frozenset[str]:
    out = set()
    for state, row in gaz.rows.items():
        adjectives = {norm(a) for a in split_cell(row.get("nisba_ar", ""))}  # as written: سوريا is no سوري
        if row["type"] == "State" and any(norm(name) in adjectives for name in row["names"]):
            out.add(state)
    common = _state_context("homograph")  # «بنين» (Benin; boys)
    out |= {state for state, row in gaz.rows.items() if row["type"] == "State"
            and any(match_key(norm(name)) in common for name in row["names"])}
    return frozenset(out)


@cache
def _kingdoms() -> frozenset[str]:
    """States the gazetteer names as a kingdom ("المملكة الأردنية الهاشمية")."""
    return frozenset(k for k, r in gazetteer().rows.items() if r["type"] == "State"
                     and any(norm(n).startswith(_KINGDOM + " ") for n in r["names"]))


@cache
def dictionary_verbs() -> frozenset[str]:
    """The past-tense verbs of the CAMEO verb dictionary (cameo_verbs.tsv), normalized, no given name («وافق»,
    «أعلن»): after «ف» a verb opens a clause, no name («نائب رئيس الفيفا السابق فوافق»)."""
    given = _given_names()
    return frozenset(v for r in read_tsv(DATA / "lexicon" / "cameo_verbs.tsv")
                     if " " not in (v := norm(r["verb"])) and v not in given)


@cache
def words_after_ala() -> frozenset[str]:
    """Words news writes after the preposition «على» and seldom after the name «علي» (derived from a news corpus by
    scripts/derive_words_after_ala.py): «علي جذور» is «على جذور» written with ي."""
    return frozenset(r["word"] for r in read_tsv(DATA / "lexicon" / "words_after_ala.tsv"))


@cache
def _common_nouns() -> frozenset[str]:
    """Frequent definite common nouns: never a family name."""
    return frozenset(w for w, why in _common_words().items() if why == "frequent")


@cache
def _raw_stopwords() -> frozenset[str]:
    """Stop words as spelled, before normalization folds ى into ي."""
    return frozenset(r["word"] for r in _stop_rows())


def family_part(word: str) -> str:
    """The key part of a name word: its spelling-tolerant skeleton, transliterated (توكاييف/توكايف -> tkf); ع and
    the hamza stay a letter (العتيبي is not التابعي)."""
    return slug(transliterate(skeleton(word).replace("ع", "e")).lower().replace("'", "e"))


MANY_BEARERS = 3  # given names read before a family name that many people bear ("الحربي")


@cache
def shared_family_names(min_given: int = 2) -> frozenset[str]:
    """Family-name key parts that two or more people share (derived by scripts/derive_shared_family_names.py);
    `min_given`: read after at least that many given names (MANY_BEARERS: a name many people bear)."""
    return frozenset(r["key"] for r in read_tsv(DATA / "lexicon" / "shared_family_names.tsv")
                     if int(r["given_names"]) >= min_given)


@cache
def family_bearers() -> dict[str, tuple[int, str, float]]:
    """Written family name -> (given names read before it, the most frequent one, its share of the sightings), for
    the names whose key part is shared (derived by scripts/derive_shared_family_names.py: "اوباما" -> (5, "باراك",
    0.94))."""
    return {r["form"]: (int(r["given_names"]), r["top_given"], float(r["top_share"]))
            for r in read_tsv(DATA / "lexicon" / "family_name_bearers.tsv")}


def _bare_stem(token: str) -> str:
    """The token without proclitics or the article ("لكرة" -> "كره")."""
    stems = [s[2:] if s.startswith("ال") and len(s) > 4 else s for _p, s in clitic_variants(match_key(token))]
    return min(stems, key=len) if stems else token


_LONGER_CACHE: dict[int, dict[str, list[tuple[str, str]]]] = {}


_OPENED_CACHE: dict[int, dict[str, frozenset[str]]] = {}


def _opened_names(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    """Listed organization key -> the listed organizations and groups one of whose names a name of it opens
    (labour_uk «حزب العمال» -> pkk «حزب العمال الكردستاني»)."""
    if id(gaz) not in _OPENED_CACHE:
        names = [(k, tuple(match_key(w) for w in norm(name).split())) for k, r in gaz.rows.items()
                 if r["type"] in ("Organization", "Group") for name in r["names"]]
        by_start: dict[tuple[str, ...], set[str]] = {}
        for k, full in names:
            for n in range(1, len(full)):
                by_start.setdefault(full[:n], set()).add(k)
        out: dict[str, frozenset[str]] = {}
        for k, short in names:
            others = by_start.get(short, set()) - {k}
            if others:
                out[k] = out.get(k, frozenset()) | frozenset(others)
        _OPENED_CACHE[id(gaz)] = out
    return _OPENED_CACHE[id(gaz)]


def _longer_names(gaz: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Listed organization key -> (key of another listed organization whose name continues one of its names, the
    first word that tells them apart, as a bare stem): eu -> [(uefa, "كره")]."""
    if id(gaz) not in _LONGER_CACHE:
        names = [(k, tuple(match_key(w) for w in norm(name).split())) for k, r in gaz.rows.items()
                 if r["type"] == "Organization" for name in r["names"]]
        # the names each name opens, in the list's order, found through their proper openings (a test of every
        # pair of names cost ~0.4 s of every run's start)
        continuing: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = {}
        for other, full in names:
            for n in range(1, len(full)):
                continuing.setdefault(full[:n], []).append((other, full))
        out: dict[str, list[tuple[str, str]]] = {}
        for k, short in names:
            for other, full in continuing.get(short, ()):
                word = _bare_stem(full[len(short)]) if other != k else ""
                # an adjective ("السعودي", "العربي") is said of many things in a sentence: only a noun tells
                if len(word) >= 3 and not word.endswith("ي"):
                    pair = (other, word)
                    if pair not in out.setdefault(k, []):
                        out[k].append(pair)
        _LONGER_CACHE[id(gaz)] = out
    return _LONGER_CACHE[id(gaz)]


@cache
def _title_words() -> frozenset[str]:
    """The first words of the titles of titles.tsv, with the article ("الرئيس", "الأمير", "الوزير")."""
    firsts = {norm(r["title"]).split()[0] for r in read_tsv(DATA / "lexicon" / "titles.tsv") if r["title"].strip()}
    return frozenset(w if w.startswith("ال") else "ال" + w for w in firsts)


@cache
def _rank_titles() -> frozenset[str]:
    """Ranks that news puts before a family name alone (titles.tsv, rank column)."""
    return frozenset(norm(r["title"]) for r in read_tsv(DATA / "lexicon" / "titles.tsv") if r.get("rank") == "1")


@cache
def _given_names() -> frozenset[str]:
    return frozenset(norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv"))


# a conjunction or preposition on a four-letter given name that is no common noun ("ومحمد", "لخالد"; not "وأمين")
_NAME_CLITICS = frozenset(("و", "ب", "ل", "وب", "ول"))  # not «ف»: «فرفعت», «فطلعت» are verbs


@cache
def _modal_particles() -> frozenset[str]:
    """"لولا", "ولو": a conditional particle (action_context.tsv's modal words of one word) is no given name."""
    return frozenset(norm(r["form"]) for r in read_tsv(DATA / "lexicon" / "action_context.tsv")
                     if r.get("role") == "modal" and " " not in r["form"])


def _given_with_clitic(prefix: str, stem: str, written: str) -> bool:
    """A known given name `stem` read with `prefix` off `written` opens a name: with no clitic, with any when five
    letters long at least, and with a conjunction or preposition when four letters long («ومحمد», «بخالد»), unless
    the stem is a common noun or a stop word, the word as written a common one or a conditional particle («لصالح»,
    «لدينا», «ولولا»), or «و» stands before a past verb's shape («ورفعت»)."""
    return not prefix or len(stem) >= 5 or \
        len(stem) == 4 and prefix in _NAME_CLITICS and "ال" + stem not in _common_words() and \
        written not in _common_bare_words() and stem not in _stopwords() and written not in _modal_particles() and \
        not (prefix.startswith("و") and stem.endswith("ت"))  # «ورفعت», «وطلعت»: a verb more often than «رفعت»


# facility noun -> (key part, English label, the noun)
_FACILITIES = {norm(r["word"]): (*split_cell(r["value"]), norm(r["word"])) for r in word_classes(_WORDS)["facility"]}
# a unit of an army named by its number: its key part and English label ("اللواء 17" -> brigade, Brigade)
_MILITARY_UNITS = {norm(r["word"]): tuple(split_cell(r["value"])) for r in word_classes(_WORDS)["military_unit"]}
_UNIT_KINDS = frozenset(norm(r["word"]) for r in word_classes(_WORDS)["unit_kind"])
_MISSIONS = {"consulate", "embassy"}
# what follows a speaker's name: punctuation, a complementizer, a date (the weekdays of dates.tsv), "في بيان" ...
_AFTER_SPEAKER = {"،", ",", ":", '"', "(", "-", *words(_WORDS, "after_speaker"),
                  *(norm(r["form"]) for r in read_tsv(DATA / "lexicon" / "dates.tsv") if r["kind"] == "weekday")}
_BODY_ADJECTIVES = set(words(_WORDS, "body_adjective"))
_MEDIA_HEADS = set(words(_WORDS, "media_head"))
_OWN_COUNTRY = words(_WORDS, "own_country")  # "رئيس البلاد": the article's own country
_POSTING = words(_WORDS, "posting_preposition")
_NOT_LAM_CLITIC = words(_WORDS, "not_lam_clitic")
_AFFILIATION = words(_WORDS, "affiliation")
_PARTITIVE = set(words(_WORDS, "partitive"))
_SOURCE_LABELS = words(_WORDS, "source_label")
_CREDIT_HEADS = words(_WORDS, "credit_head")
_BRACKET_CREDIT_HEADS = tuple(match_key(w) for w in words(_WORDS, "bracket_credit_head"))
_NEWSPAPER_HEADS = words(_WORDS, "newspaper_head")
(_FORCES_LABEL,) = (r["word"] for r in word_classes(_WORDS)["forces_label"])


@cache
def _name_heads() -> dict[str, tuple[str, str]]:
    return {norm(r["head"]): (r["type"], r["kind"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")}




def _unclitic(words: list[str], prefix: str) -> list[str]:
    """A name's words without the proclitic its first word carries ("لحزب العمل" -> "حزب العمل")."""
    if words and prefix and words[0].startswith(prefix) and len(words[0]) > len(prefix) + 1:
        return [words[0][len(prefix):], *words[1:]]
    return words


def stem_is_capital(token: str) -> bool:
    return any(stem in _CAPITAL_NOUNS for _p, stem in clitic_variants(token))


def place_key(name: str) -> str:
    return "place_" + slug(transliterate(skeleton(name)).lower().replace("'", ""))


_INSTITUTION_CACHE: dict[int, dict[tuple[str, str], str]] = {}


def _gazetteer_institutions(gaz: Gazetteer, lex: Lexicons) -> dict[tuple[str, str], str]:
    """(institution key, country) -> gazetteer organization key, so "وزارة الخارجية الأمريكية" built from its
    parts and the gazetteer's row for the US State Department are one entity."""
    if id(gaz) in _INSTITUTION_CACHE:
        return _INSTITUTION_CACHE[id(gaz)]
    out: dict[tuple[str, str], str] = _INSTITUTION_CACHE.setdefault(id(gaz), {})
    for key, row in gaz.rows.items():
        if row["type"] != "Organization" or not row.get("country_key"):
            continue
        for name in row["names"]:
            keys = [match_key(t) for t in norm(name).split()]
            m = lex.institutions.match(keys, 0)
            if m and m[0] == len(keys):
                out.setdefault((m[2][0]["key"], row["country_key"]), key)
            elif m:
                owner = None
                rest = keys[m[0]:]
                if len(rest) == 1:
                    owner = next((gaz.nisba.get(match_key(s)) for _p, s in clitic_variants(rest[0])
                                  if gaz.nisba.get(match_key(s))), None)
                if owner == row["country_key"]:
                    out.setdefault((m[2][0]["key"], owner), key)
    return out
