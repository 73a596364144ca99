"""Verb triggers from the Arabic CAMEO dictionary (cameo_verbs.tsv, converted by scripts/convert_cameo.py).

A token is matched by its verb lemma, not by a listed surface form, so one entry covers every person, tense and
clitic ("واعتقلت", "اعتقلته" -> اعتقل). The lemma comes from qalsadi's lemmatizer, called only on tokens that
contain the letters of some known verb. (Tashaphyne's light stemmer was tried as that filter and as the analyzer:
fast, but it takes nouns with the article for verbs, and its roots depend on the words stemmed before.)
Only the entry classes listed in cameo_classes.tsv (source x PLOVER type) are used: the dictionary is noisy, and a
class earns its place by its precision on real news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kg.lexicon import DATA, clitic_variants, read_tsv
from kg.text.normalize import norm

_PROCLITICS = ("وس", "فس", "و", "ف", "س")
_IMPERFECT = "يتنا"


@dataclass(frozen=True)
class Entry:
    verb: str
    prep: tuple[str, ...]
    obj: tuple[str, ...]
    cameo: str
    type: str
    source: str


def _fold(word: str) -> str:
    return norm(word).replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")


def key(word: str) -> str:
    """Comparison key: hamza seats and alef maqsura folded, no final ta marbuta ("أطلق" = "اطلق")."""
    w = _fold(word)
    return w[:-1] if w.endswith(("ة", "ه")) and len(w) > 3 else w


def _keys(word: str) -> set[str]:
    k = key(word)
    return {k, k[1:]} if k.startswith("ا") and len(k) > 3 else {k}


@cache
def entries() -> dict[str, list[Entry]]:
    allowed = {(r["source"], r["plover"]) for r in read_tsv(DATA / "lexicon" / "cameo_classes.tsv")
               if r["use"] == "1"}
    out: dict[str, list[Entry]] = {}
    if not allowed:  # every class switched off: no need to read the 11,000-row dictionary at start-up
        return out
    for r in read_tsv(DATA / "lexicon" / "cameo_verbs.tsv"):
        if (r["source"], r["plover"]) not in allowed or r["object"].startswith("&") or "&" in r["object"]:
            continue
        e = Entry(key(r["verb"]), tuple(key(w) for w in r["prep"].split()), tuple(key(w) for w in r["object"].split()),
                  r["cameo"], r["plover"], r["source"])
        for k in _keys(r["verb"]):
            out.setdefault(k, []).append(e)
    return out


@cache
def _lemmatizer():
    import qalsadi.lemmatizer

    return qalsadi.lemmatizer.Lemmatizer()


@cache
def curated() -> dict[str, dict[str, str]]:
    """kg's own verb triggers (actions.tsv, kind verb, one word) by lemma: the loader lists only their past-tense
    forms; the lemma also finds "يعتقل", "وتطالب", "اعتقلته"."""
    out: dict[str, dict[str, str]] = {}
    for r in read_tsv(DATA / "lexicon" / "actions.tsv"):
        if r["kind"] == "verb" and " " not in r["form"].strip():
            out.setdefault(key(r["form"]), r)
    return out


@cache
def _vocabulary() -> frozenset[str]:
    return frozenset(entries().keys() | curated().keys())


@cache
def _cores() -> tuple[str, ...]:
    """The letters every form of a known verb keeps ("اعتقل" -> "عتقل"): a cheap filter before the lemmatizer."""
    return tuple(sorted({v[1:] if v.startswith("ا") and len(v) > 3 else v[:-1] if v.endswith(("ا", "ي")) else v
                         for v in _vocabulary()}))


@lru_cache(maxsize=1 << 18)  # a miss runs the lemmatizer: sized for the distinct tokens of 10,000 articles
def verb_lemma(token: str, past_only: bool = True) -> str | None:
    """The verb (of the dictionary or of actions.tsv) a token inflects, or None (nouns with the article never).
    past_only: only tokens shaped like a known verb's past form with a subject ending or object pronoun reach the
    lemmatizer (the extractor codes no other lemma forms), which keeps it off almost every word."""
    if len(token) < 3 or token.startswith(("ال", "وال", "فال", "بال", "لل", "كال")):
        return None
    if past_only and not _past_shaped(token):
        return None
    if not any(core in token for core in _cores()):
        return None
    verbs = _vocabulary()
    try:
        lemma = key(_lemmatizer().lemmatize(token, pos="v") or "")
    except Exception:  # an analyzer failing on odd input must not stop the article
        return None
    return next((k for k in sorted(_keys(lemma)) if k in verbs), None)


@cache
def _past_stems() -> frozenset[str]:
    return frozenset(v for lemma in _vocabulary() for v in (lemma, lemma[:-1] if lemma.endswith(("ا", "ي")) else lemma))


def _past_shaped(token: str) -> bool:
    """A known verb's past stem with a subject ending, an object pronoun or both, و/ف aside. The endings are
    tried by length, one set look-up each, not one endswith per ending (every new spelling is asked)."""
    stems = _past_stems()
    for p in ("", "و", "ف"):
        if not token.startswith(p):
            continue
        rest = _fold(token[len(p):])
        for size, tails in _TAILS_BY_LENGTH:
            if rest[-size:] in tails and rest[:-size] in stems:
                return True
    return False


_PAST_ENDINGS = ("ت", "وا", "تا")  # not a bare dual "ـا": "طالبا" is also "a student"
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_TAILS = {end + pron for end in ("",) + _PAST_ENDINGS for pron in ("",) + _PRONOUNS} - {""}
_TAILS_BY_LENGTH = tuple((n, frozenset(t for t in _TAILS if len(t) == n)) for n in sorted({len(t) for t in _TAILS}))


def inflection(token: str, lemma: str) -> str | None:
    """How a token visibly inflects its verb: "present" ("يعتقل", "وتطالب", "سيهاجمون"), "verb" (a past form
    with a subject ending, with or without an object pronoun: "اعتقلت", "هاجموا", "اعتقلتها"; or after a
    conjunction with an object pronoun: "واتهمهم"); "object" for the bare verb with an object pronoun
    ("اعتقلته", also the verbal noun "استقالته"), which the caller accepts only after its subject;
    else None. A bare form ("قصف", "عمل") may be a noun, and is
    left to the listed surface forms."""
    base = lemma[:-1] if lemma.endswith(("ا", "ي")) else lemma
    for p in ("",) + _PROCLITICS:
        if not token.startswith(p) or len(token) - len(p) < 3:
            continue
        rest = _fold(token[len(p):])  # not key(): its final "ه" may be the object pronoun
        if rest[0] in _IMPERFECT and not rest.startswith(lemma[:2]) and base[-2:] in rest:
            return "present"
        if "س" in p:
            continue
        for end in _PAST_ENDINGS:
            for pron in ("",) + _PRONOUNS:
                if end + pron and rest in (lemma + end + pron, base + end + pron):
                    if end == "ت" and pron and p not in ("و", "ف") and _masdar_in_ta(lemma):
                        return "object"  # "استقالته": "she resigned him" or "his resignation"
                    return "verb"
        if any(rest == lemma + pron for pron in _PRONOUNS):
            # "واتهمهم" is a verb; without the conjunction "استقالته", "قصفها" are mostly verbal nouns
            return "verb" if p in ("و", "ف") else "object"
    return None


def _masdar_in_ta(lemma: str) -> bool:
    """Hollow verbs of forms IV and X make their verbal noun with ta marbuta on the verb ("استقال" -> "استقالة",
    "أعاد" -> "إعادة"), so the verb with "ت" and a pronoun reads as that noun with a pronoun too."""
    return lemma.startswith("ا") and len(lemma) >= 4 and lemma[-2] == "ا"


def _noun_keys(token: str) -> set[str]:
    out = set()
    for _p, stem in clitic_variants(token):
        s = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
        out.add(key(s))
        if s.endswith("ات") and len(s) > 4:
            out.add(key(s[:-2]))
    return out


def match(keys: list[str], i: int, end: int) -> Entry | None:
    """The best dictionary entry for the verb at token i: a pattern whose object words follow within six tokens
    of the clause (the noun decides the code), else the verb's own code, else its family's."""
    lemma = verb_lemma(keys[i])
    if lemma is None:
        return None
    window = [_noun_keys(keys[k]) for k in range(i + 1, min(end, i + 7))]
    best: Entry | None = None
    rank = {"pattern": 0, "verb": 1, "family": 2}
    for e in entries()[lemma]:
        if e.prep and not _follows(e.prep, keys, i + 1, end):
            continue
        if e.obj and not _in_order(e.obj, window):
            continue
        if best is None or rank[e.source] < rank[best.source] or (
                rank[e.source] == rank[best.source] and len(e.obj) > len(best.obj)):
            best = e
    return best


def _follows(prep: tuple[str, ...], keys: list[str], j: int, end: int) -> bool:
    """The verb's preposition, right after it or after its subject ("سيطرت قوات النظام على")."""
    for k in range(j, min(end, j + 6)):
        tok = key(keys[k])
        if tok == prep[0] or len(prep[0]) == 1 and tok.startswith(prep[0]) and len(tok) > 2:
            return True
    return False


def _in_order(obj: tuple[str, ...], window: list[set[str]]) -> bool:
    k = 0
    for word in obj:
        if len(word) == 1:  # a clitic preposition of the pattern ("ل حد")
            continue
        while k < len(window) and word not in window[k]:
            k += 1
        if k == len(window):
            return False
        k += 1
    return True


@lru_cache(maxsize=1)
def _imperfect_prefixes() -> frozenset[str]:
    return frozenset(r["form"] for r in read_tsv(DATA / "lexicon" / "clitics.tsv") if r["class"] == "imperfect_prefix")


@lru_cache(maxsize=16384)
def future_verb(written: str) -> bool:
    """"سيؤدي", "ستكون", "وسيتيح": the future prefix س on a present verb. Nouns that begin with the same letters
    ("سيارة", "سنوات", "سيطرة") and past verbs whose root starts with س ("سيطرت") are told apart by the analyzer,
    which needs the word as written (with its ta marbuta), without its short vowels."""
    word = re.sub("[\u064b-\u0652\u0640]", "", written)
    for p in ("", "و", "ف"):
        rest = word[len(p):] if word.startswith(p) else ""
        if len(rest) >= 4 and rest[0] == "س" and rest[1] in _imperfect_prefixes():
            break
    else:
        return False
    try:
        lemma, pos = _lemmatizer().lemmatize(rest, return_pos=True)
    except Exception:  # an analyzer failing on odd input must not stop the article
        return False
    return pos == "verb" and not key(lemma or "").startswith("س")


@lru_cache(maxsize=16384)
def verb_shaped(written: str) -> bool:
    """A present or future verb as written («يلتقط», «سيبقى», «سيكونا»), و/ف and short vowels aside: five letters
    at least (the analyzer reads short foreign names as verbs: «تشيك», «تيري»), a third-person prefix, and the
    analyzer's verb reading of the word without its future س."""
    word = re.sub("[\u064b-\u0652\u0640]", "", written)
    if word[:1] in ("و", "ف") and len(word) > 5:
        word = word[1:]
    if len(word) < 5:
        return False
    rest = word[1:] if word[0] == "س" else word
    if rest[:1] not in ("ي", "ت") or len(rest) < 4:  # (news reports in the third person: «سنائي» is a name)
        return False
    try:
        _lemma, pos = _lemmatizer().lemmatize(rest, return_pos=True)
    except Exception:  # an analyzer failing on odd input must not stop the article
        return False
    return pos == "verb"

