"""Mention recognition: gazetteer names, title + name, institutions with their owner, groups and place nouns.

Works on normalized tokens sentence by sentence; at each position the longest candidate wins. The recognizers only
*propose* entity keys; `kg.extract.resolve` turns the raw mentions of an article into entities.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from kg.doc import RawMention
from kg.lexicon import (
    DATA,
    Gazetteer,
    Lexicons,
    clitic_variants,
    gazetteer,
    head_labels,
    lexicons,
    match_key,
    read_tsv,
    split_cell,
    word_classes,
    words,
)
from kg.model import Span
from kg.text.analysis import Analysis
from kg.text.normalize import norm, skeleton
from kg.text.romanize import romanize
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
_NAME_LINKS = set(words(_WORDS, "name_link"))
_NAME_OPENERS = words(_WORDS, "name_opener")  # "عبد الرزاق": the link opens the name
(_COMPOUND_HEAD,) = words(_WORDS, "compound_head")  # "عبد الله", "عبدالباري"
_FORMER = set(words(_WORDS, "former"))
(_KINGDOM,) = words(_WORDS, "kingdom_noun")


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
    """Name heads that are common words too (name_heads.tsv, strict=1)."""
    return frozenset(norm(r["head"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv") if r.get("strict") == "1")


@cache
def _head_not_after() -> dict[str, str]:
    """Name heads -> the proclitic that makes them a common word ("بقيادة": led by)."""
    return {norm(r["head"]): r["not_after"] for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")
            if r.get("not_after")}


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
    return frozenset(out)


@cache
def _kingdoms() -> frozenset[str]:
    """States the gazetteer names as a kingdom ("المملكة الأردنية الهاشمية")."""
    return frozenset(k for k, r in gazetteer().rows.items() if r["type"] == "State"
                     and any(norm(n).startswith(_KINGDOM + " ") for n in r["names"]))


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


@cache
def shared_family_names() -> frozenset[str]:
    """Family-name key parts that many people share (derived by scripts/derive_shared_family_names.py)."""
    return frozenset(r["key"] for r in read_tsv(DATA / "lexicon" / "shared_family_names.tsv"))


def _bare_stem(token: str) -> str:
    """The token without proclitics or the article ("لكرة" -> "كره")."""
    stems = [s[2:] if s.startswith("ال") and len(s) > 4 else s for _p, s in clitic_variants(match_key(token))]
    return min(stems, key=len) if stems else token


_LONGER_CACHE: dict[int, dict[str, list[tuple[str, str]]]] = {}


def _longer_names(gaz: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Listed organization key -> (key of another listed organization whose name continues one of its names, the
    first word that tells them apart, as a bare stem): eu -> [(uefa, "كره")]."""
    if id(gaz) not in _LONGER_CACHE:
        names = [(k, tuple(match_key(w) for w in norm(name).split())) for k, r in gaz.rows.items()
                 if r["type"] == "Organization" for name in r["names"]]
        out: dict[str, list[tuple[str, str]]] = {}
        for k, short in names:
            for other, full in names:
                word = _bare_stem(full[len(short)]) if other != k and len(full) > len(short) and \
                    full[:len(short)] == short else ""
                # an adjective ("السعودي", "العربي") is said of many things in a sentence: only a noun tells
                if len(word) >= 3 and not word.endswith("ي"):
                    pair = (other, word)
                    if pair not in out.setdefault(k, []):
                        out[k].append(pair)
        _LONGER_CACHE[id(gaz)] = out
    return _LONGER_CACHE[id(gaz)]


@cache
def _rank_titles() -> frozenset[str]:
    """Ranks that news puts before a family name alone (titles.tsv, rank column)."""
    return frozenset(norm(r["title"]) for r in read_tsv(DATA / "lexicon" / "titles.tsv") if r.get("rank") == "1")


@cache
def _given_names() -> frozenset[str]:
    return frozenset(norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv"))


# facility noun -> (key part, English label, the noun)
_FACILITIES = {norm(r["word"]): (*split_cell(r["value"]), norm(r["word"])) for r in word_classes(_WORDS)["facility"]}
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
_SOURCE_LABELS = words(_WORDS, "source_label")
_CREDIT_HEADS = words(_WORDS, "credit_head")
_NEWSPAPER_HEADS = words(_WORDS, "newspaper_head")
(_FORCES_LABEL,) = (r["word"] for r in word_classes(_WORDS)["forces_label"])


@cache
def _name_heads() -> dict[str, tuple[str, str]]:
    return {norm(r["head"]): (r["type"], r["kind"]) for r in read_tsv(DATA / "lexicon" / "name_heads.tsv")}


class MentionFinder:
    def __init__(self, analysis: Analysis, gaz: Gazetteer | None = None, lex: Lexicons | None = None):
        self.a = analysis
        self.gaz = gaz or gazetteer()
        self.lex = lex or lexicons()
        self.toks = analysis.tokens
        self.keys = [match_key(t.norm) for t in self.toks]
        self.stop = _stopwords()
        self.given = _given_names()
        self.heads = _name_heads()
        self.outlet: str | None = None  # key of the outlet a source line credits
        self._recognizers = (self._person_forces, self._title, self._institution, self._gazetteer, self._group,
                             self._place_noun, self._facility, self._credit, self._given_name, self._speaker_name,
                             self._named, self._source_line, self._kingdom, self._nationality_name)
        self._unattested = self._unattested_homograph_states()
        self.focus = self._focus_country()
        self._inst_owner: dict[str, tuple[str, int]] = {}
        self._sent_of_token: list[int] = []
        for n, sent in enumerate(analysis.sentences):
            self._sent_of_token.extend([n] * len(sent.tokens))
        self.mentions: list[RawMention] = []
        self._org_by_institution = _gazetteer_institutions(self.gaz, self.lex)

    # ------------------------------------------------------------------ helpers
    def _span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].span.begin, self.toks[j - 1].span.end)

    def _nisba(self, i: int) -> str | None:
        if i >= len(self.keys):
            return None
        for _p, stem in clitic_variants(self.keys[i]):
            hit = self.gaz.nisba.get(match_key(stem))
            if hit:
                return None if hit in self._unattested else hit
        return None

    def _state_at(self, i: int, clitics: bool = False) -> tuple[int, str] | None:
        if i >= len(self.keys):
            return None
        m = self.gaz.names.match(self.keys, i, clitics=clitics)
        if m:
            for p in m[2]:
                if p["type"] == "State" and not p.get("demonym"):
                    return None if p["key"] in self._unattested else (m[0], p["key"])
        return None

    def _unattested_homograph_states(self) -> frozenset[str]:
        """Homograph states (_homograph_states) the article never names unmistakably: its name right after a
        preposition, a direction or «جمهورية» (state_context.tsv), or its capital. Without that, «دعما ماليا»,
        «وزارة المالية» and «الوضع المالي» are no mention of Mali, nor make it the article's focus state."""
        states = _homograph_states(self.gaz)
        if not states:
            return frozenset()
        cues, nouns = _state_context(), _state_context("state_noun")
        capitals = {key: state for key, state in self.gaz.capitals.items() if state in states}
        seen: set[str] = set()
        for i in range(len(self.keys)):
            m = self.gaz.names.match(self.keys, i)
            for p in m[2] if m else ():
                if p["key"] in capitals:
                    seen.add(capitals[p["key"]])
                elif p["type"] == "State" and p["key"] in states and i and self.keys[i - 1] in cues:
                    seen.add(p["key"])
            # «الحكومة المالية»: the adjective of a state noun («الرئيس المالي بشركة» is a company's CFO)
            adj = self.gaz.nisba.get(self.keys[i])
            if adj in states and i and self.keys[i - 1].startswith("ال") and self.keys[i - 1][2:] in nouns:
                seen.add(adj)
        return frozenset(states - seen)

    def _focus_country(self) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for i in range(len(self.keys)):
            hit = self._state_at(i, clitics=True)
            key = hit[1] if hit else self._nisba(i)
            if key:
                counts[key] += 1
                first.setdefault(key, i)
        self._named_states = frozenset(counts)
        if not counts:
            # a story that names no country ("مجلس الشعب" ... "مرسي"): the country of the listed people, places and
            # organizations it names; not a generic name ("الحزب الجمهوري": parties of many countries) nor a place
            # that is a common word too ("الزاوية": the angle)
            for i in range(len(self.keys)):
                m = self.gaz.names.match(self.keys, i, clitics=True)
                row = self.gaz.rows.get(m[2][0]["key"], {}) if m else {}
                generic = any(s.startswith("ال") and (s[2:] in self.heads or s in _common_words())
                              for _p, s in clitic_variants(self.keys[i])) if m else False
                capital = m and m[2][0]["key"] in self.gaz.capitals  # "ودانت باريس": a capital may be its state
                owner = row.get("country_key") if row.get("type") != "State" and not generic and not capital else None
                if owner:
                    counts[owner] += 1
                    first.setdefault(owner, i)
            if not counts:
                return None
        return max(counts, key=lambda k: (counts[k], -first[k]))

    def _given(self, k: int) -> bool:
        """A known given name as written (the match key folds "نادية" onto "نادي")."""
        return 0 <= k < len(self.toks) and self.toks[k].norm in self.given

    def _is_name_token(self, i: int, prev_link: bool) -> bool:
        tok = self.keys[i]
        if not any("\u0621" <= c <= "\u064a" for c in tok) or len(tok) < 2:
            return False
        if tok in self.stop or norm(tok) in self.stop:
            return False
        if "\u064b" in self.toks[i].text:
            return False  # "شرحًا": an indefinite accusative noun (tanween), never a name
        # (a definite word has two letters after the article: "فالس" is Valls, not ف + ال + س)
        if not prev_link and any(stem.startswith("ال") and len(stem) > 3 for _p, stem in clitic_variants(tok)):
            return False
        if self.lex.actions.match(self.keys, i) or match_key(tok) in self.lex.measures:
            return False
        if tok in self.lex.weekdays or self.lex.months.match(self.keys, i, clitics=False):
            return False
        # "تركي بن محمد": a nisba without the article before بن is a given name
        named_son = not tok.startswith("ال") and i + 1 < len(self.keys) and self.keys[i + 1] in _PATRONYM_LINKS
        if self._nisba(i) and not named_son or self.lex.speech.match(self.keys, i) or \
                self.lex.titles.match(self.keys, i):
            return False
        if self.lex.institutions.match(self.keys, i) or self.lex.groups.match(self.keys, i):
            return False
        if self.toks[i].norm in self.heads:  # the written form: the key folds "نادية" onto the head "نادي"
            return False  # "رئيس مركز", "مدير مدرسة": a generic head noun with no name is not a name
        if len(tok) >= 4 and not self._given(i) and tok.endswith(("ها", "هم", "هما", "كم")):
            return False  # "رئيس مكتبها": a noun with a possessive pronoun
        if len(tok) >= 5 and tok[:2] in ("سي", "ست", "سن") and tok.endswith(("ون", "ان")) and not self._given(i):
            return False  # "سيعودون": a verb in the future tense
        if len(tok) >= 4 and tok.endswith("وا") and not self._given(i):
            return False  # "اطلقوا": a verb in the plural
        if not self._given(i) and any(p in ("ب", "ل", "ك") and len(stem) >= 3 and stem in self.stop
                                      for p, stem in clitic_variants(tok)):
            return False  # "سعيد بهذا": a preposition and a function word
        if not self._given(i) and self._indefinite_common_noun(i, governed=True):
            return False  # "بهدوء" (calmly), "لعمل": a preposition and a common noun are no name
        return not (tok.endswith("يه") and len(tok) > 4)

    def _after_fathers_name_noun(self, j: int) -> bool:
        word = self.toks[j].norm
        return not word.startswith("ال") and not word.endswith("ي") and not self._given(j) and \
            "ال" + word in _common_nouns()

    def _indefinite_common_noun(self, i: int, governed: bool = False) -> bool:
        """A common noun without its article ("فرصة"): its definite form is a frequent common noun; `governed`: only
        with a preposition attached (a family name may be a common word: "سمير مقبل")."""
        word = self.toks[i].norm
        return not word.startswith("ال") and any(
            not stem.startswith("ال") and len(stem) >= 3
            and "ال" + stem in _common_nouns()
            and (p in ("ب", "ل", "وب", "ول", "فب", "فل") if governed else True)  # not ك: "كفوري" is a name
            for p, stem in clitic_variants(word))

    def _read_name(self, i: int, after_given: bool = False, titled: bool = False) -> int:
        """End (exclusive) of an unknown name starting at token i, or i when there is none. `after_given`: a known
        given name stands right before token i; `titled`: a title does ("اللواء علي بن سعيد": "علي" is also the
        preposition على, a stop word elsewhere)."""
        if i < len(self.keys):
            first = self.keys[i]
            # a present-tense verb right after a title ("أمير قطر يجري") is not a name
            # (not ن-: the first person plural is rare in news, and نهاد, نبيل, نزار are names)
            if first[:1] in "يت" and len(first) >= 4 and not self._given(i):
                return i
            # "نظيره التونسي بفوزه": a preposition with a pronoun is not a name
            if first[:1] in "بل" and first.endswith(("ه", "ها", "هم", "هما")) and not self._given(i):
                return i
            # "برؤساء مصر وتونس", "الرئيس ووفد حماس": a conjunction opens the next phrase, not a name
            if first.startswith("و") and len(first) > 2 and not self._given(i) and \
                    not self.gaz.names.match(self.keys, i, clitics=False):
                return i
        j = i
        prev_link = False
        # a chain of fathers' names runs longer ("تركي بن محمد بن فهد بن عبدالعزيز")
        while j < len(self.keys) and j - i < (8 if any(k in _PATRONYM_LINKS for k in self.keys[i:j]) else 6):
            if j > i and "\n" in self.a.text[self.toks[j - 1].span.end:self.toks[j].span.begin]:
                break  # a headline's name does not run into the next line
            if self.keys[j] in _NAME_LINKS and j > i:
                prev_link = True
                j += 1
                continue
            if not prev_link and (after_given or any(self._given(k) for k in range(i, j))) and \
                    self._family_name(j) and (not any(k.startswith("ال") for k in self.keys[i:j])
                                              or self.keys[j].endswith("ي")):
                # a second definite word only when it has a family name's nisba shape ("محمد الجهمي العقربي",
                # not "سعد الكتاتني النواب")
                j += 1  # "حسن الترابي", "أحمد نجيب الشابي": after a given name, a definite word is the family name
                continue
            # "اللواء علي بن سعيد": written with ي, the name; the preposition على (a stop word) is written with ى
            titled_given = titled and j == i and self.keys[j] in self.stop and \
                self.toks[j].text.endswith("ي") and self.toks[j].text[:-1] + "ى" in _raw_stopwords()
            if not (self._is_name_token(j, prev_link) or titled_given) or \
                    (j > i and not prev_link and self.keys[j].startswith("و")):
                break
            if j > i and not prev_link and self.keys[j - 1].startswith("ال"):
                break  # a family name closes the name ("محمد المعجل بيانا")
            if j - i >= 2 and self.keys[j - 2] in _PATRONYM_LINKS and self._after_fathers_name_noun(j):
                break  # "الأمير بندر بن عبدالله بن عبدالعزيز عضو": a common noun after the father's name
            if j > i and not prev_link and self._governed_name(j):
                break  # "رامي عبد الرحمن لوكالة فرانس برس": the outlet he spoke to is not part of his name
            prev_link = j == i and self.keys[j] in _NAME_OPENERS  # "عبد الرزاق": the link opens the name
            j += 1
        if j < len(self.toks) and "\u064b" in self.toks[j].text and j - i > 1:
            return i  # "فيليب ديونتر عقد مؤتمرًا": an accusative noun right after means a verb came before it
        while j > i and self.keys[j - 1] in _NAME_LINKS:
            j -= 1
        return j if j - i <= 4 or any(k in _NAME_LINKS for k in self.keys[i:j]) else i

    def _family_name(self, j: int) -> bool:
        """A definite word that can be a family name: a name word with the article, not a known place, state or
        organization ("محمد المصري" is the Egyptian Mohammed), three letters at least after the article."""
        tok = self.keys[j] if j < len(self.keys) else ""
        if not tok.startswith("ال") or len(tok) < 5 or not self._is_name_token(j, True):
            return False
        if self.toks[j].norm.endswith(("ه", "ين", "ون")):
            return False  # "الخيرية", "المحامين": feminine and plural words, not a family name
        if self.toks[j].norm in _common_nouns():
            return False  # "بادل فيصل بن بندر الجميع التهنئة": the object, not a family name
        known = self.gaz.names.match(self.keys, j, clitics=False)
        return not (known and any(p["type"] != "Person" for p in known[2]))

    def _governed_name(self, j: int) -> bool:
        """A known organization or place with a preposition attached ("لوكالة", "بوزارة", "للأمم")."""
        for index in (self.gaz.names, self.lex.institutions):
            m = index.match(self.keys, j)
            if m and m[1][-1:] in ("ل", "ب"):
                return True
        return self.keys[j].startswith("لل")

    def _skip_punct(self, j: int, limit: int = 1) -> int:
        n = 0
        while j < len(self.keys) and self.keys[j] in _PUNCT_SKIP and n < limit:
            j += 1
            n += 1
        return j

    def _sentence_no(self, i: int) -> int:
        return self._sent_of_token[i] if i < len(self._sent_of_token) else 0

    # ------------------------------------------------------------------ recognizers
    def _title(self, i: int, end: int) -> list[RawMention] | None:
        m = self.lex.titles.match(self.keys, i)
        if not m:
            return None
        n, prefix, payloads = m
        place = self.gaz.names.match(self.keys, i)
        if place and place[0] > n and place[2][0]["type"] == "Place":
            return None  # "الشيخ زويد", "الشيخ مسكين": a town named after a sheikh, not a sheikh
        role = payloads[0]["role"]
        j = i + n
        if j + 1 <= end and self._ranked_family_name(i, j, end):
            # "وأشار اللواء التركي": a rank and a nisba that is also a common family name, with no name after it,
            # is General al-Turki, not a Turkish general
            return self._person(i, j, j + 1, j, role, None, False, prefix=prefix)
        inner = self._title_institution(i, j)
        fixed = payloads[0].get("country")  # an epithet names one country's office
        if inner:
            sub = self._title_after(i, j, end, role, prefix, fixed)
            return inner + (sub or [])
        return self._title_after(i, j, end, role, prefix, fixed)

    def _ranked_family_name(self, i: int, j: int, end: int) -> bool:
        written = " ".join(self._strip_article_clitic(t.norm) for t in self.toks[i:j])
        word = self.toks[j].norm
        return written in _rank_titles() and word.startswith("ال") and bool(self._nisba(j)) and \
            family_part(word) in shared_family_names() and \
            not (j + 1 < end and (self._is_name_token(j + 1, False) or self._given(j + 1)))

    def _relational_adjective(self, k: int) -> bool:
        """"المدعي العام التمييزي": the nisba of a common noun (التمييز, cassation) describes the title; a family
        name many people bear is a name even when it has that shape (الحربي, from الحرب)."""
        word = self.toks[k].norm
        return word.startswith("ال") and word.endswith("ي") and word[:-1] in _common_nouns() and \
            family_part(word) not in shared_family_names()

    def _strip_article_clitic(self, token: str) -> str:
        # "واللواء" -> "اللواء"
        return next((s for _p, s in clitic_variants(token) if s.startswith("ال")), token)

    def _kingdom(self, i: int, end: int) -> list[RawMention] | None:
        """"المملكة" alone is the article's own kingdom: the state the article is about, when that state's name is a
        kingdom's ("المملكة العربية السعودية") and no other kingdom is named (Morocco's condolences to Saudi Arabia
        would make both "the kingdom"); elsewhere it stays a common noun."""
        if self.focus not in _kingdoms() or len(self._named_states & _kingdoms()) > 1:
            return None
        for prefix, stem in clitic_variants(self.keys[i]):
            if stem == _KINGDOM:
                return [RawMention(i, i + 1, self._span(i, i + 1), "State", "gazetteer", key=self.focus,
                                   prefix=prefix)]
        return None

    def _title_institution(self, i: int, j: int) -> list[RawMention]:
        """"رئيس مجلس النواب", "رئيس أركان الجيش": an institution named inside the title is mentioned too."""
        for k in range(i + 1, j):
            inst = self._institution(k, j)
            if inst and inst[-1].last == j:
                return inst
        return []

    def _title_after(self, i: int, j: int, end: int, role: str, prefix: str,
                     fixed: str | None = None) -> list[RawMention] | None:
        if role == "honorific" and j < end and self.lex.titles.match(self.keys, j):
            # "فخامة الرئيس ماكرون", "صاحب السمو الشيخ محمد بن زايد": the honorific opens the person's mention
            sub = self._title(j, end)
            for m in sub or []:
                if m.type == "Person" and m.first == j:
                    m.first, m.span, m.prefix = i, self._span(i, m.last), prefix
            return sub
        if role == "honorific":
            known = self.gaz.names.match(self.keys, j, clitics=False) if j < end else None
            if not (known and any(q["type"] == "Person" for q in known[2])) and \
                    not (j < end and self._given(j)):
                return None  # "سمو مبادرة الحكم الذاتي": the word, not the honorific
        country = fixed
        nested: list[RawMention] = []
        former = role == "former_president"
        definite = self._strip_article_clitic(self.toks[i].norm).startswith("ال")
        for _ in range(4):
            if j >= end:
                break
            org = None  # "المتحدث باسم X" with a country already read: no organization to look at
            nis = self._nisba(j)
            if nis and definite and not any(s.startswith("ال") for _p, s in clitic_variants(self.keys[j])):
                nis = None  # "الأمير تركي بن محمد": an adjective agrees with its definite title, so this is a name
            st = self._state_at(j)
            if nis and not country:
                country, j = nis, j + 1
            elif st and not country:
                country = st[1]
                nested.append(RawMention(j, j + st[0], self._span(j, j + st[0]), "State", "gazetteer", st[1]))
                j += st[0]
            elif self.keys[j] in _OWN_COUNTRY and not country:
                country, j = self.focus, j + 1
            elif self.keys[j] in _FORMER:
                former, j = True, j + 1
            elif self.keys[j] in _BODY_ADJECTIVES:
                j += 1  # "المبعوث الأممي", "المفوض الأوروبي": the body is not a country
            elif self.keys[j] in _POSTING and (dest := self._state_at(j + 1)):
                # "المبعوث الأممي إلى اليمن X", "السفير الأمريكي لدى إسرائيل X": the posting, not the owner
                nested.append(RawMention(j + 1, j + 1 + dest[0], self._span(j + 1, j + 1 + dest[0]), "State",
                                         "gazetteer", dest[1]))
                j += 1 + dest[0]
            elif self.keys[j].startswith("لل") and j + 1 < end and self.keys[j + 1].startswith("ال"):
                j += 2
            elif not nested and not country and (org := self._gazetteer(j, end) or self._institution(j, end)
                                                   or self._named(j, end)) \
                    and org[-1].type == "Organization" or role == "spokesperson" and not nested and org \
                    and org[-1].type == "State":
                # "المتحدث باسم الخارجية الأمريكية نيد برايس", "مدير منظمة الصحة العالمية تيدروس": the title's
                # organization is named between the title and the name
                nested.extend(org)
                j = org[-1].last
            elif (self.keys[j].startswith("ال") and j + 1 < end and not self.lex.titles.match(self.keys, j)
                  and (self._given(j + 1) or self.keys[j][2:] in self.heads
                       and self._is_name_token(j + 1, False) and not self.keys[j + 1].startswith("ال"))):
                j += 1  # "مدير المرصد رامي عبد الرحمن": an organization named by its head noun alone
            else:
                break
        k = self._skip_punct(j)
        second = self.lex.titles.match(self.keys, k) if k < end else None
        if second:
            k = self._skip_punct(k + second[0])
        title_end = j
        name_m = self.gaz.names.match(self.keys, k, clitics=False) if k < end else None
        person = [p for p in name_m[2] if p["type"] == "Person"] if name_m else []
        if person:
            ne = k + name_m[0]
            if ne < end and self.keys[ne] == '"':
                ne += 1
            if ne + 1 < end and self.keys[ne] == "ال" and self._is_name_token(ne + 1, True):
                ne += 2  # "عبدالله بن زايد آل نهيان": the family name the list leaves out
            return nested + self._person(i, k, ne, title_end, role, country, former, key=person[0]["key"],
                                         prefix=prefix)
        if k < end and self.keys[k] == '"':
            k += 1
        # after a title the first word opens a name, so a definite last word is a family name ("نهاد المشنوق");
        # a known place or organization there is none ("مدير مركز المقريزي للدراسات بلندن")
        placed = k < end and any(q["type"] != "Person" for q in (self.gaz.names.match(self.keys, k) or (0, "", []))[2])
        ne = self._read_name(k, after_given=k + 1 < end and not self.keys[k].startswith("ال"), titled=True) \
            if k < end and not placed else k
        if ne == k and k < end and not country and self._family_name(k) and \
                self.toks[k].norm not in _common_words() and not self._relational_adjective(k):
            ne = k + 1  # "الدكتور الكتاتني", "المستشار الهنيدي": a title, then the family name alone
        why = _common_words().get("ال" + self.toks[k].norm) if ne == k + 1 else None
        if why and not self.keys[k].startswith("ال") and not self._given(k) and \
                not (why == "alternating" and self.toks[k].norm.endswith("اوي")):
            ne = k  # "الرئيس المصري مهتم": one common word after a title is not a name; a family name of the
            # طنطاوي shape, also written with the article, is ("المشير طنطاوي")
        if ne > k:
            return nested + self._person(i, k, ne, title_end, role, country, former, prefix=prefix)
        if country:  # "الرئيس الكازاخستاني", "نظيره التونسي": the office, its holder resolved later
            span = self._span(i, title_end)
            return nested + [RawMention(i, title_end, span, "Person", "role", role=role, role_country=country,
                                        title=self.a.text[span.begin:span.end], prefix=prefix)]
        return None

    def _person(self, i: int, k: int, ne: int, title_end: int, role: str, country: str | None, former: bool,
                key: str | None = None, prefix: str = "") -> list[RawMention]:
        name = tuple(t for t in self.keys[k:ne] if t != '"')
        title_span = self._span(i, title_end)
        title = self.a.text[title_span.begin:title_span.end]
        common = dict(type="Person", kind="person", key=key, name=name, role=None if former else role,
                      role_country=country, title=title)
        full = RawMention(i, ne, self._span(i, ne), **common, prefix=prefix)
        bare = RawMention(k, ne, self._span(k, ne), **common)
        return [full, bare]

    def _gazetteer(self, i: int, end: int) -> list[RawMention] | None:
        quoted = self._quoted_name(i, end)
        if quoted:
            return quoted
        m = self.gaz.names.match(self.keys, i)
        if not m and self.keys[i] not in self.stop and self._foreign_shaped(i) and self._is_name_token(i, False):
            fz = self.gaz.fuzzy_match(self.keys, i)
            if fz and all(self._is_name_token(k, False) for k in range(i, i + fz[0])):
                m = (fz[0], "", [fz[1]])
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        p = payloads[0]
        key, etype = p["key"], p["type"]
        if key in self._unattested:
            return None
        if p.get("demonym") and not prefix and i > 0 and self.keys[i].startswith("ال") and \
                self.keys[i - 1].startswith("ال") and len(self.keys[i - 1]) > 3 and self.keys[i - 1] not in self.stop:
            return None  # "السياح البريطانيين": British describes the tourists; the people are no state
        if etype == "State" and n == 1 and self._state_adjective(i, prefix):
            return None
        if etype in ("State", "Place") and n == 1 and self._folded_ending(i, prefix, key):
            return None  # "وزراء مالية": the match key folds مالية (financial) onto مالي (Mali)
        if n == 1 and "ك" in prefix and len(self.keys[i]) - len(prefix) <= 3:
            return None  # "كافية" is not ك + إفي (EFE)
        span = self._span(i, i + n)
        if etype in ("Place", "State") and i >= 2 and self.keys[i - 1] == '"' and self.keys[i - 2] == "ل" and \
                i + n < end and self.keys[i + n] == '"':
            # 'قالت مصادر لـ"الرياض"', 'قال لـ«الشرق الأوسط»': what one speaks to in quotes is a newspaper
            return self._credited(i, i + n, self.keys[i:i + n], media_only=True)
        if etype == "Place" and key in self.gaz.capitals:
            state = self.gaz.capitals[key]
            prev = self.keys[i - 1] if i else ""
            prev = prev[1:] if prev[:1] in "وف" and prev[1:] in _LOCATIVE else prev  # "وفي فيينا"
            locative = prefix.startswith(("ب", "وب", "فب")) or prev in _LOCATIVE or (
                i + n < len(self.keys) and self.keys[i + n] == "/") or self._dateline(i, n)
            # the story's own capital is a place, unless it speaks or acts ("ودعت طهران إلى ...")
            acts = i > 0 and bool(self.lex.speech.match(self.keys, i - 1) or self.lex.actions.match(self.keys, i - 1))
            if (state != self.focus or acts) and not locative:
                key, etype = state, "State"
        if etype == "Person" and n == 1 and not prefix and i > 0 and self._foreign_shaped(i - 1) and \
                self._is_name_token(i - 1, False) and not self._given(i - 1) and \
                not self.gaz.names.match(self.keys, i - 1) and \
                "\n" not in self.a.text[self.toks[i - 1].span.end:self.toks[i].span.begin]:
            return None  # "سيرجيو بيريز": the family name closes another, unlisted person's name (not Peres)
        if etype == "Person":
            return [RawMention(i, i + n, span, "Person", "person", key=key, name=tuple(self.keys[i:i + n]),
                               prefix=prefix)]
        if etype == "Organization":
            key = self._longer_listed(key, i, n)
        row = self.gaz.rows.get(key, {})
        owner = row.get("country_key")
        generic = n == 2 and any(stem.startswith("ال") and stem[2:] in self.heads
                                 for _p, stem in clitic_variants(self.keys[i]))
        if etype == "Organization" and row.get("kind") == "party" and owner and owner != self.focus and \
                owner not in self._named_states and generic:
            # "الحزب الجمهوري" (the head noun and an adjective, a name many countries' parties bear) in a story about
            # Tunisia, which never names the United States: the party of the story's country, not the American one
            base = row.get("label_en", key).split(" (")[0]
            focus = self.gaz.rows.get(self.focus or "", {}).get("label_en", self.focus)
            return [RawMention(i, i + n, span, "Organization", "named",
                               key=f"{self.focus or 'org'}_{slug(base.lower())}",
                               label_en=f"{base} ({focus})" if focus else base,
                               label_ar=next((norm(a) for a in row["names"] if len(a.split()) == n), row["names"][0]),
                               extra={"country": self.focus}, prefix=prefix)]
        return [RawMention(i, i + n, span, etype, "gazetteer", key=key, prefix=prefix)]

    def _folded_ending(self, i: int, prefix: str, key: str) -> bool:
        """The written word ends in ة where no listed name of the entity does (مالية / مالي)."""
        word = self.toks[i].norm
        if not word.endswith(("ه", "ة")):
            return False
        return not any(norm(name).endswith(("ه", "ة")) for name in self.gaz.rows.get(key, {}).get("names", []))

    def _state_adjective(self, i: int, prefix: str) -> bool:
        """"المنتخب السعودي", "المكتبة العربية والسعودية": a nationality adjective (the match key folds السعودي onto
        السعودية) is no mention of the state: written masculine, or feminine after a definite feminine word."""
        word = self.toks[i].norm[len(prefix) - 2 if prefix.endswith("ال") else len(prefix):]
        if not word.startswith("ال") or not self._nisba(i):
            return False
        if word.endswith("ي"):
            return True
        prev = self.toks[i - 1].norm if i > 0 else ""
        # with و, only in a chain of adjectives ("العربية والسعودية"; "بين مصر والسعودية" is the state)
        return word.endswith(("ه", "ة")) and prev.startswith("ال") and prev.endswith(("ه", "ة")) and \
            (not prefix.startswith("و") or bool(self._nisba(i - 1)))

    def _longer_listed(self, key: str, i: int, n: int) -> str:
        """"الاتحاد الأوروبي" in a sentence about football is UEFA ("الاتحاد الأوروبي لكرة القدم" shortened): a listed
        organization whose name opens a longer listed name goes to the longer one when the sentence holds the first
        word that tells them apart (كرة)."""
        longer = _longer_names(self.gaz).get(key)
        if not longer:
            return key
        sent = self._sentence_no(i)
        words = {_bare_stem(self.keys[k]) for k in range(len(self.keys))
                 if self._sentence_no(k) == sent and not i <= k < i + n}
        return next((other for other, word in longer if word in words), key)

    def _dateline(self, i: int, n: int) -> bool:
        """"بيروت - الاثنين", "الجزائر (أ ف ب)": a city opening a line before a dash or bracket is where the
        story was filed, not the government."""
        text = self.a.text
        line_start = i == 0 or "\n" in text[self.toks[i - 1].span.end:self.toks[i].span.begin]
        nxt = self.keys[i + n] if i + n < len(self.keys) else ""
        dated = nxt == "في" and i + n + 1 < len(self.keys) and self.keys[i + n + 1][:1].isdigit()
        return line_start and (nxt in ("-", "(", "–", "—", ":", "/") or dated)  # "أبوظبي في 3 مارس"

    def _foreign_shaped(self, i: int) -> bool:
        """Spelling-tolerant matching is for foreign names: long tokens without Arabic plural/nisba endings."""
        tok = self.keys[i]
        return len(tok) >= 5 and not tok.endswith(("ين", "ون", "ات", "يه", "ه")) and not tok.startswith("ال")

    def _quoted_name(self, i: int, end: int) -> list[RawMention] | None:
        """'وكالة "سبوتنيك" الروسية', 'شبكة "إيه بي سي"': a media head noun, then the name in quotes."""
        if not any(s in _MEDIA_HEADS for _p, s in clitic_variants(self.keys[i])) or i + 2 >= end or \
                self.keys[i + 1] != '"':
            return None
        m = self.gaz.names.match(self.keys, i + 2, clitics=False)
        if not m or i + 2 + m[0] >= end or self.keys[i + 2 + m[0]] != '"':
            return None
        last = i + 3 + m[0]
        p = m[2][0]
        return [RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"]),
                RawMention(i + 2, last - 1, self._span(i + 2, last - 1), p["type"], "gazetteer", key=p["key"])]

    def _owner(self, j: int, end: int) -> tuple[int, str | None, list[RawMention]]:
        """An institution's owner right after its head: nisba, country name, or في + country name."""
        if j >= end:
            return j, None, []
        nis = self._nisba(j)
        if nis:
            return j + 1, nis, []
        st = self._state_at(j)
        if st:
            return j + st[0], st[1], [RawMention(j, j + st[0], self._span(j, j + st[0]), "State", "gazetteer", st[1])]
        if self.keys[j] == "في" and (st := self._state_at(j + 1)):
            return j + 1 + st[0], st[1], [RawMention(j + 1, j + 1 + st[0], self._span(j + 1, j + 1 + st[0]),
                                                     "State", "gazetteer", st[1])]
        if self.keys[j] == "في" and (place := self._territory_at(j + 1)):
            # "وزارة الصحة في غزة": a territory's own authority, owned by the state it belongs to
            return place.last, self.gaz.rows[place.key]["country_key"], [place]
        return j, None, []

    def _territory_at(self, j: int) -> RawMention | None:
        m = self.gaz.names.match(self.keys, j, clitics=False) if j < len(self.keys) else None
        if not m:
            return None
        p = m[2][0]
        row = self.gaz.rows.get(p["key"], {})
        if p["type"] != "Place" or row.get("kind") != "region" or not row.get("country_key"):
            return None
        return RawMention(j, j + m[0], self._span(j, j + m[0]), "Place", "gazetteer", p["key"])

    def _institution(self, i: int, end: int) -> list[RawMention] | None:
        m = self.lex.institutions.match(self.keys, i)
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        if not prefix and i > 0 and self.keys[i - 1] in _demonstratives():
            return None  # "هذا الجيش": points back to an army named before, maybe no state's
        p = payloads[0]
        j, owner, nested = self._owner(i + n, end)
        explicit = owner is not None
        if owner is None and (source := _owner_from().get((self.keys[i][len(prefix):], *self.keys[i + 1:i + n]))):
            recent = self._inst_owner.get(source)
            if recent is None:
                return None  # "قوات النظام" with no regime named before: whose regime is unknown
            owner, explicit = recent[0], True
        if owner is None:
            if p.get("needs_owner"):
                return None
            known = self.gaz.names.match(self.keys, i)
            if known and known[0] >= n and any(q["type"] == "Organization" for q in known[2]):
                return None  # "مجلس الأمن" with no owner is the gazetteer's (the UN Security Council)
            # a bare head continues a recent explicit owner ("وزارة الخارجية الأمريكية ... وقالت وزارة الخارجية")
            recent = self._inst_owner.get(p["key"])
            owner = recent[0] if recent and self._sentence_no(i) - recent[1] <= 3 else self.focus
            if owner is None:
                return None
            inherited_site = recent[2] if recent and owner == recent[0] else None
        else:
            inherited_site = None
        site = None
        if p["key"] in _MISSIONS and j + 1 < end and self.keys[j] == "في":
            loc = self._gazetteer(j + 1, end)
            if loc and loc[0].type == "Place":
                site = loc[0]
                nested.append(site)
                j = site.last
        if site is not None or explicit:
            self._inst_owner[p["key"]] = (owner, self._sentence_no(i), site.key if site else None)
        listed = self.gaz.names.match(self.keys, i)
        if listed and listed[0] >= j - i and listed[2][0]["type"] != "State":
            return None  # "الجيش الوطني الليبي": a listed armed group, not Libya's army
        span = self._span(i, j)
        if p["foreign_as_state"] and owner != self.focus:
            return nested + [RawMention(i, j, span, "State", "institution", key=owner, prefix=prefix)]
        key = self._org_by_institution.get((p["key"], owner), f"{owner}_{p['key']}")
        if site is not None or inherited_site:
            key = f"{key}_{site.key if site else inherited_site}"
        owner_row = self.gaz.rows.get(owner, {})
        label_en = p["label_en"].format(country=owner_row.get("label_en", owner))
        head = " ".join(t.text for t in self.toks[i:i + n])
        owner_ar = (owner_row.get("names") or [owner])[0]
        return nested + [RawMention(i, j, span, p["type"], "institution", key=key, label_en=label_en,
                                    label_ar=f"{norm(head)} ({owner_ar})", extra={"country": owner}, prefix=prefix)]

    def _person_forces(self, i: int, end: int) -> list[RawMention] | None:
        """"قوات صالح", "مليشيات الرئيس المخلوع علي عبدالله صالح", "القوات الموالية لصالح": armed men named after
        the person they follow are a collective actor of their own, apart from the person and from any state's army
        (the person is a mention too)."""
        noun = self.lex.force_nouns.match(self.keys, i)
        if noun is None:
            g = self.lex.groups.match(self.keys, i)
            noun = g if g and g[2][0]["key"] == "militias" else None
        if noun is None or i + noun[0] >= end:
            return None
        j = i + noun[0]
        governed = self.keys[j] in _allegiance() and j + 1 < end
        if governed:
            j += 1
        master = self._forces_master(j, end, governed)
        if not master:
            return None
        person = master[0]
        row = self.gaz.rows.get(person.key or "", {})
        span = self._span(i, person.last)
        label = row.get("label_en") or person.key
        return [RawMention(i, person.last, span, "Group", "group", key=f"{person.key}_forces",
                           label_en=f"{label} forces", label_ar=norm(self.a.text[span.begin:span.end]),
                           extra={"group": "forces", "country": row.get("country_key")}, prefix=noun[1]), *master]

    def _forces_master(self, j: int, end: int, governed: bool) -> list[RawMention] | None:
        """The person forces are named after, read at token j: a title and a name, a listed person's full name, or
        the family name alone of a person named earlier in the article or of a listed person of the story's
        country (one only); `governed`: the name carries the preposition ل ("لصالح")."""
        if not governed:
            titled = self._title(j, end)
            person = next((m for m in titled or [] if m.type == "Person" and m.first == j), None)
            if person is not None:
                return [m for m in titled if m.type == "Person" and m.key] if person.key else None
        m = self.gaz.names.match(self.keys, j, clitics=governed)
        if m and (not governed or m[1].endswith("ل")):
            p = next((q for q in m[2] if q["type"] == "Person"), None)
            return [RawMention(j, j + m[0], self._span(j, j + m[0]), "Person", "person", key=p["key"],
                               name=tuple(self.keys[j:j + m[0]]), prefix=m[1])] if p else None
        if j + 1 < end and self._is_name_token(j + 1, False):
            return None  # a longer name nobody listed
        for prefix, stem in clitic_variants(self.keys[j]):
            if (prefix == "ل") != governed or stem in self.stop or len(stem) < 3:
                continue
            earlier = {m.key for m in self.mentions if m.type == "Person" and m.key and m.name and len(m.name) > 1
                       and m.name[-1] == stem}
            listed = [k for k in _gazetteer_surnames(self.gaz).get(stem, [])
                      if self.gaz.rows[k].get("country_key") == self.focus]
            keys = earlier or set(listed)
            if len(keys) == 1:
                return [RawMention(j, j + 1, self._span(j, j + 1), "Person", "person", key=keys.pop(),
                                   name=(stem,), prefix=prefix)]
        return None

    def _group(self, i: int, end: int) -> list[RawMention] | None:
        forces = self.lex.force_nouns.match(self.keys, i)
        if forces and i + forces[0] < end:
            n = forces[0]
            nis = self._nisba(i + n)  # "القوات الروسية", "الطائرات الإسرائيلية": a state's forces
            if nis:
                row = self.gaz.rows.get(nis, {})
                return [RawMention(i, i + n + 1, self._span(i, i + n + 1), "Group", "group", key=f"{nis}_forces",
                                   label_en=f"{row.get('label_en', nis)} forces",
                                   label_ar=f"{_FORCES_LABEL} ({(row.get('names') or [nis])[0]})",
                                   extra={"country": nis},
                                   prefix=forces[1])]
        m = self.lex.groups.match(self.keys, i)
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        p = payloads[0]
        scope = (self.focus or "world") if p.get("scope") != "global" else "world"
        j = i + n
        # "قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي": the group belongs to the organization
        if j + 1 < end and self.keys[j] in _AFFILIATION:
            org = self._gazetteer(j + 1, end)
            if org and org[0].type == "Organization":
                return [RawMention(i, org[0].last, self._span(i, org[0].last), "Group", "group",
                                   key=f"{org[0].key}_{p['key']}", label_en=p["label_en"], label_ar=p["label_ar"],
                                   extra={"group": p["key"]}), org[0]]
        if j < end and p.get("scope") != "global":
            named = next((m for m in (self.gaz.names.match([w], 0, clitics=False)
                                      for w in (self.keys[j], "ال" + self.keys[j]) if not w.startswith("الال"))
                          if m and m[0] == 1 and m[2][0]["type"] == "Group"), None)
            if named:  # "مسلحين حوثيين": gunmen of a listed armed group are that group
                return [RawMention(i, j + 1, self._span(i, j + 1), "Group", "gazetteer", key=named[2][0]["key"],
                                   prefix=prefix)]
        people = self.lex.groups.match(self.keys, j) if j < end and p.get("scope") != "global" else None
        if people and not people[1] and people[2][0].get("scope") == "global":
            # "المسلحين الأكراد": the armed men of a people, not the story's country's
            q, last = people[2][0], j + people[0]
            return [RawMention(i, last, self._span(i, last), "Group", "group", key=f"{q['key']}_{p['key']}",
                               label_en=f"{q['label_en']} {p['label_en']}", label_ar=p["label_ar"],
                               extra={"group": p["key"]}, prefix=prefix)]
        nis = self._nisba(j) if j < end and p.get("scope") != "global" else None
        if nis:  # "المعارضة السورية", "قوات الأمن التركية": the collective of the country named, not the story's
            return [RawMention(i, j + 1, self._span(i, j + 1), "Group", "group", key=f"{nis}_{p['key']}",
                               label_en=p["label_en"], label_ar=p["label_ar"],
                               extra={"group": p["key"], "country": nis}, prefix=prefix)]
        if j < end and p.get("scope") != "global" and self._group_adjective(i + n - 1, j):
            j += 1  # "مليشيات طائفية", "الميليشيات الشيعية": the adjective is part of how the text names them
        return [RawMention(i, j, self._span(i, j), "Group", "group", key=f"{scope}_{p['key']}",
                           label_en=p["label_en"], label_ar=p["label_ar"],
                           extra={"group": p["key"], "country": self.focus}, prefix=prefix)]

    def _group_adjective(self, noun: int, j: int) -> bool:
        """A feminine adjective agreeing with a plural group noun (definite after a definite noun): not a
        nationality (that names the country's collective), not a function word, not a word with a pronoun."""
        tok, word = self.keys[j], self.toks[j].norm
        definite = any(s.startswith("ال") for _p, s in clitic_variants(self.keys[noun]))
        if tok.startswith("ال") != definite or not word.endswith("يه") or len(word) < 5 + 2 * definite:
            return False
        return not (self._nisba(j) or tok in self.stop or self.lex.groups.match(self.keys, j)
                    or self.gaz.names.match(self.keys, j)  # "الميليشيات الحوثية": the Houthis, a listed group
                    or self.lex.titles.match(self.keys, j) or self.lex.institutions.match(self.keys, j))

    def _place_noun(self, i: int, end: int) -> list[RawMention] | None:
        kind = None
        for _p, stem in clitic_variants(self.keys[i]):
            kind = _PLACE_NOUNS.get(stem) or kind
        if not kind or i + 1 >= end:
            return None
        n = 1
        if stem_is_capital(self.keys[i]) and self._nisba(i + 1) and i + 2 < end:
            n = 2  # "العاصمة السورية دمشق"
        inner = self._gazetteer(i + n, end)
        if n == 2 and not (inner and inner[0].type == "Place" and inner[0].key in self.gaz.capitals):
            return None
        if inner and inner[0].type in ("Place", "State"):
            g = inner[0]
            row = self.gaz.rows.get(g.key or "", {})
            # "محافظة إب" is the governorate of the town Ibb; "منطقة قعطبة" (an area) is Qatabah itself, unless the
            # gazetteer lists a region of that name ("منطقة ألما آتا")
            admin = any(stem in _ADMIN_NOUNS for _p, stem in clitic_variants(self.keys[i])) or \
                kind == "region" and f"{g.key}_region" in self.gaz.rows
            if admin and row.get("kind") not in ("region", "macro_region") and g.type == "Place":
                return [RawMention(i, g.last, self._span(i, g.last), "Place", "place", key=f"{g.key}_region",
                                      label_en=f"{row.get('label_en', g.key)} Region",
                                      label_ar=norm(self.a.text[self._span(i, g.last).begin:self._span(i, g.last).end]),
                                      extra={"country": row.get("country_key")})]
            if g.type == "State":  # "مدينة موسكو" is the city even when moscow usually stands for russia
                return None
            # the name alone is a mention of the place too ("العاصمة دمشق" ... "دمشق")
            return [RawMention(i, g.last, self._span(i, g.last), "Place", "place", key=g.key), g]
        j = i + 1
        if self.keys[j] == '"':
            j += 1
        admin = any(stem in _ADMIN_NOUNS for _p, stem in clitic_variants(self.keys[i]))
        ne = self._place_name(j, end, admin)
        if ne == j or stem_is_capital(self.keys[i]):
            return None  # "العاصمة" is followed by a known capital, not by an unknown name
        name = " ".join(self.keys[j:ne])
        return [RawMention(i, ne, self._span(i, ne), "Place", "place", key=place_key(name),
                           label_ar=name, extra={"unknown": True, "name": tuple(self.keys[j:ne])})]

    def _place_name(self, j: int, end: int, admin: bool = False) -> int:
        """End of a place's name after a place noun ("بلدة الفوعة", "مديرية مشرعة وحدنان", "محلة داود العلي"):
        one or two name words, definite ones allowed unless they are common nouns ("منطقة العمليات")."""
        k = j
        while k < end and k - j < 3:
            tok = self.keys[k]
            if k > j and "\n" in self.a.text[self.toks[k - 1].span.end:self.toks[k].span.begin]:
                break
            link = k > j and self.keys[k - 1] in _NAME_LINKS
            if not self._name_word(k) or self._nisba(k) or self._state_at(k) or tok.isdigit():
                break
            definite = self.toks[k].norm if tok.startswith("ال") else "ال" + self.toks[k].norm
            if (definite in _common_words() and not (admin and k == j)) or \
                    (k > j and not (link or tok.startswith("ال"))):
                break
            if not tok.startswith("ال") and (tok.startswith("لل")
                                             or tok.endswith(("ها", "هم", "يه"))):
                break  # "منطقة عازلة", "قرية زراعية", "منطقة للقراء", "منطقة يمكنها": a common word, not a name
            if any(stem in _PLACE_NOUNS for _p, stem in clitic_variants(tok)):
                break  # "عاصمة محافظة أبين": the next place noun opens its own name
            if tok.startswith(("تت", "يت", "نت", "يست", "تست")) and not self._given(k):
                break  # "محافظة تتحرر": a verb
            if k == j and tok.startswith("و"):
                break  # "قرية وكل": a conjunction opens the next phrase
            if self.lex.groups.match(self.keys, k) or self.lex.institutions.match(self.keys, k) or \
                    self.lex.force_nouns.match(self.keys, k):
                break
            k += 1
        while k > j and self.keys[k - 1] in _NAME_LINKS:
            k -= 1
        return k

    def _facility(self, i: int, end: int) -> list[RawMention] | None:
        fac = next((_FACILITIES[s] for _p, s in clitic_variants(self.keys[i]) if s in _FACILITIES), None)
        if not fac or i + 1 >= end:
            return None
        loc = self._gazetteer(i + 1, end)
        if not loc or loc[0].type not in ("Place", "State"):
            return None
        place = loc[0]
        row = self.gaz.rows.get(place.key or "", {})
        # "أعلن مطار ألماتي": an airport that speaks or acts is its operator; "في مطار دمشق" is a place
        acts = i > 0 and bool(self.lex.speech.match(self.keys, i - 1) or self.lex.actions.match(self.keys, i - 1))
        etype = "Organization" if acts else "Place"
        return [place, RawMention(i, place.last, self._span(i, place.last), etype, "institution",
                                  key=f"{place.key}_{fac[0]}", label_en=f"{row.get('label_en', place.key)} {fac[1]}",
                                  label_ar=f"{fac[2]} {(row.get('names') or [place.key])[0]}",
                                  extra={"country": row.get("country_key")})]

    def _credit(self, i: int, end: int) -> list[RawMention] | None:
        """A photo credit "(ألكسندر بوغدانوف/فرانس برس)": a person, then the agency."""
        if self.keys[i] != "(" or i + 2 >= end:
            return None
        ne = self._read_name(i + 1)
        if ne - (i + 1) < 2 or ne >= end or self.keys[ne] != "/":
            return None
        org = self._gazetteer(ne + 1, end)
        if not org or org[0].type != "Organization":
            return None
        return [RawMention(i + 1, ne, self._span(i + 1, ne), "Person", "person", name=tuple(self.keys[i + 1:ne])),
                org[0]]

    def _named(self, i: int, end: int) -> list[RawMention] | None:
        """A head noun opening a proper name: "حركة النجباء", "حزب العمال الكردستاني", 'صحيفة "الوطن"',
        "مخيم جباليا". Known names keep their gazetteer entity; others get a key from the name."""
        # the written form, not the key: the key folds "نادية" (a given name) onto "نادي" (a club)
        head = next(((p, s) for p, s in clitic_variants(self.toks[i].norm) if s in self.heads), None)
        if head is None and i + 1 < end:
            return self._definite_institution(i, end)
        if head is None or i + 1 >= end:
            return None
        prefix, stem = head
        etype, kind = self.heads[stem]
        if prefix and _head_not_after().get(stem) in (prefix, prefix[-1:]):
            return None  # "التحالف بقيادة السعودية": led by Saudi Arabia, no command named
        j = i + 1
        if self.keys[j][:1] == "ل" and not self.gaz.names.match(self.keys, j, clitics=False):
            return None  # "مركز للتعليم", "مركز لقوات الاحتياط": what the place is for, not its name
        if self.keys[j] == '"':
            close = next((k for k in range(j + 1, min(end, j + 7)) if self.keys[k] == '"'), None)
            if close is None or close == j + 1:
                return None
            name_end, last = close, close + 1
            name_start = j + 1
        else:
            name_start, name_end = j, j
            limit = 4 if etype == "Organization" else 2
            while name_end < end and name_end - j < limit and (self._name_word(name_end) or etype == "Organization"
                                                                and self._org_adjective(name_end, j)):
                tok = self.keys[name_end]
                # after the first word only definite words continue a name ("حزب العمال الكردستاني");
                # an indefinite word is a verb or the next phrase ("مخيم جباليا تعرض")
                if name_end > j and not (tok.startswith("ال") or tok.startswith("وال")) and \
                        self.keys[name_end - 1] not in _NAME_LINKS:
                    break  # ("كتيبة أبو عمارة": after a name link the next word goes on)
                if name_end > j and tok.startswith("و") and (self.lex.institutions.match(self.keys, name_end) or
                                                             self.lex.groups.match(self.keys, name_end) or
                                                             self.gaz.names.match(self.keys, name_end)):
                    break  # "قيادة الصواريخ والقوات الخاصة": the conjunct is an entity of its own
                if name_end > j + 1 and self.toks[name_end - 1].norm.endswith(("ي", "يه")) and \
                        not self.toks[name_end].norm.endswith(("ي", "يه")):
                    break  # after an adjective only adjectives ("حزب المؤتمر الشعبي", not "... المعارض الساعة")
                name_end += 1
                if self._nisba(name_end - 1):
                    break  # a nationality adjective closes the name ("حركة النجباء العراقية")
            if etype == "Organization" and name_end > name_start and name_end < end and \
                    self.keys[name_end].startswith("لل") and self._name_word(name_end) and \
                    not self.gaz.names.match(self.keys, name_end) and not self._nisba(name_end):
                name_end += 1  # "وكالة تونس الرسمية للأنباء": what the body is for completes its name
                while name_end < end and name_end - j < 7 and self._org_adjective(name_end, j):
                    name_end += 1  # "مركز الأهرام للدراسات السياسية"
            last = name_end
        if name_end == name_start:
            return None
        if etype == "Organization" and self.keys[j] != '"' and not self.keys[name_start].startswith("ال") and \
                "ال" + self.toks[name_start].norm in _common_words() and \
                not self.gaz.names.match(self.keys, name_start, clitics=False):
            return None  # "هيئة حكم", "حزب عمل", "مركز تجمع": a head noun and a common word name nothing
            # (a place's head is a surer sign: "جبل صبر")
        whole = [stem] + self.keys[name_start:name_end]  # 'منظمة "معاهدة الأمن الجماعي"' is a known name
        known = self.gaz.names.match(whole, 0, clitics=False)
        if not (known and known[0] == len(whole)) and len(whole) > 2 and self._nisba(name_end - 1):
            whole = whole[:-1]  # "جماعة الحوثي اليمنية": a known name with its nationality
            known = self.gaz.names.match(whole, 0, clitics=False)
        if not (known and known[0] == len(whole)) and len(whole) > 2 and \
                self.keys[name_end - 1].endswith(("ي", "ه")) and known and known[0] == len(whole) - 1:
            whole = whole[:-1]  # "جماعة الإخوان المحظورة": a known name with a describing adjective
        if known and known[0] == len(whole):
            p = known[2][0]
            full = RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"], prefix=prefix)
            core = i + len(whole)  # "تنظيم داعش الإرهابي": the known name is a mention too
            if core < last and self.keys[j] != '"':
                return [full, RawMention(i, core, self._span(i, core), p["type"], "gazetteer", key=p["key"],
                                         prefix=prefix)]
            return [full]
        if self.keys[name_start].endswith(("ي", "يه", "ه")) and not self.keys[name_start].startswith("ال") and \
                self.keys[j] != '"':
            return None  # "تحالف عسكري", "خلية تابعة للتنظيم": an adjective, not a name
        if stem in _strict_heads() and self.keys[j] != '"' and not self._strict_name(name_start):
            return None
        inner = self.gaz.names.match(self.keys, name_start, clitics=False)
        nested: list[RawMention] = []
        if inner and name_start + inner[0] == name_end:
            p = inner[2][0]
            place = RawMention(name_start, name_end, self._span(name_start, name_end), p["type"], "gazetteer",
                               key=p["key"])
            site = self._site(last, end, states=True) if stem in _sited_heads() and p["type"] == "Organization" \
                else None
            if site is not None:
                # "بعثة الأمم المتحدة في العراق": the mission, not the United Nations
                org = self.gaz.rows.get(p["key"], {}).get("label_en", p["key"])
                where = self.gaz.rows.get(site.key or "", {}).get("label_en", site.key)
                label_ar = " ".join(_unclitic(norm(self.a.text[self._span(i, site.last).begin:
                                                               self._span(i, site.last).end]).split(), prefix))
                return [RawMention(i, site.last, self._span(i, site.last), "Organization", "named",
                                   key=f"{p['key']}_{slug(kind)}_{site.key}", label_ar=label_ar,
                                   label_en=f"{org} {kind} in {where}", extra={"country": site.key}, prefix=prefix),
                        site]
            if not (etype == "Organization" and p["type"] in ("Place", "State")):
                return [RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"],
                                   prefix=prefix), place]
            nested = [place]  # "جامعة الخرطوم", "مطار X" aside: an organization named after a place is not the place
        sited = etype == "Organization" and stem in _sited_heads() and self.keys[j] != '"'
        if sited and last + 1 < end and self.keys[last] == "في":
            body = self._named(last + 1, end)
            if body and body[0].type == "Organization" and body[0].kind == "named" and not body[0].prefix:
                # "دائرة الإرهاب في محكمة الجنايات": a department of the court stands for the court
                head = body[0]
                return [RawMention(i, head.last, self._span(i, head.last), "Organization", "named", key=head.key,
                                   label_ar=head.label_ar, label_en=head.label_en, extra=dict(head.extra),
                                   prefix=prefix), *body]
        core_end = name_end - 1 if name_end - name_start > 1 and self._nisba(name_end - 1) else name_end
        name = " ".join(self.keys[name_start:core_end])  # the key leaves out a closing nisba
        site = self._site(last, end, states=False) if sited else None
        if site is not None:  # "محكمة الجنايات في بلبيس": the court of that town, not of any other
            nested.append(site)
            last = site.last
            name = f"{name} {site.key}"
        key = ("org_" if etype == "Organization" else "place_") + slug(transliterate(f"{stem} {name}").lower()
                                                                         .replace("'", ""))
        label_ar = " ".join(_unclitic(norm(self.a.text[self._span(i, last).begin:self._span(i, last).end])
                                      .strip('" ').split(), prefix))
        return [RawMention(i, last, self._span(i, last), etype, "named", key=key, label_ar=label_ar,
                           label_en=transliterate(label_ar), extra={"unknown": True, "kind": kind}, prefix=prefix),
                *nested]

    def _site(self, k: int, end: int, states: bool) -> RawMention | None:
        """"في" and a known town (or, with `states`, a country) at token k: where a body sits."""
        if k + 1 >= end or self.keys[k] != "في":
            return None
        m = self.gaz.names.match(self.keys, k + 1, clitics=False)
        if not m or k + 1 + m[0] > end:
            return None
        p = m[2][0]
        if p["type"] != "Place" and not (states and p["type"] == "State"):
            return None
        return RawMention(k + 1, k + 1 + m[0], self._span(k + 1, k + 1 + m[0]), p["type"], "gazetteer", key=p["key"])

    def _strict_name(self, k: int) -> bool:
        """The first word after a head that is also a common word ("متحف", "قصر") names something: definite, or
        an indefinite word that is no common noun or adjective ("متحف قريب"), no present-tense verb ("متحف يضم")
        and carries no preposition ("قصر لهم")."""
        tok = self.keys[k]
        if tok.startswith("ال"):
            return True
        if "ال" + self.toks[k].norm in _common_words() or tok[:1] == "ل" or self._given(k):
            return self._given(k)
        return not (tok[:1] in "يت" and len(tok) <= 4)

    def _org_adjective(self, k: int, first: int) -> bool:
        """"حزب العمل الوطني الديمقراطي": a relational adjective that a person's name would not take (a stop word
        there) continues an organization's name."""
        tok = self.keys[k]
        # at the first position too: after an indefinite head a definite adjective can only be the name
        # ("ائتلاف الوطنية"), it cannot describe the head
        return k >= first and tok.startswith("ال") and self.toks[k].norm.endswith(("ي", "يه")) and \
            len(tok) >= 5 and not self._nisba(k) and not self.lex.titles.match(self.keys, k)  # not "الذي"

    def _definite_institution(self, i: int, end: int) -> list[RawMention] | None:
        """"الهيئة العليا المستقلة للانتخابات", "المفوضية السامية لحقوق الإنسان": a definite head noun, its
        adjectives and a ل-complement name an institution; the head with adjectives alone ("المنظمة الدولية")
        does not."""
        head = next(((p, s[2:]) for p, s in clitic_variants(self.toks[i].norm)
                     if s.startswith("ال") and self.heads.get(s[2:], ("",))[0] == "Organization"), None)
        if head is None:
            return None
        j = i + 1
        while j < end and j - i <= 3 and self.keys[j].startswith("ال") and not self._nisba(j):
            j += 1
        complement = j < end and (self.keys[j].startswith("لل") or self.keys[j][:1] == "ل" and j + 1 < end
                                  and self.keys[j + 1].startswith("ال")
                                  and not self.keys[j].startswith(_NOT_LAM_CLITIC))
        if not complement:
            return self._definite_party(i, end, head)
        if self.gaz.names.match(self.keys, j) or self.lex.institutions.match(self.keys, j):
            return None  # "المكتب الإعلامي للرئاسة": a department of something already known
        if any(self.heads.get(stem, ("",))[0] == "Organization" or self.heads.get(stem[2:], ("",))[0] == "Organization"
               for _p, stem in clitic_variants(self.toks[j].norm)):
            return None  # "المكتب السياسي للحركة", "الهيئة العليا لحزب النور": an organ of a party, not an entity
        last = j + 1
        if last < end and self.keys[last].startswith("ال") and not self._nisba(last):
            last += 1  # "لحقوق الإنسان"
        label_ar = norm(self.a.text[self._span(i, last).begin:self._span(i, last).end])
        key = "org_" + slug(transliterate(" ".join(self.keys[i:last])).lower().replace("'", ""))
        return [RawMention(i, last, self._span(i, last), "Organization", "named", key=key, label_ar=label_ar,
                           label_en=transliterate(label_ar), extra={"unknown": True, "kind": self.heads[head[1]][1]},
                           prefix=head[0])]

    def _definite_party(self, i: int, end: int, head: tuple[str, str]) -> list[RawMention] | None:
        """"الحزب الاشتراكي اليساري", "الحزب الشيوعي الصيني": a party named by two relational adjectives or more
        (one, "الحزب الحاكم", only describes it)."""
        if self.heads[head[1]][1] != "party":
            return None
        j = i + 1
        while j < end and j - i <= 3 and self._org_adjective(j, i + 1):
            j += 1
        if j - i < 3 or self._nisba(i + 1):
            return None
        known = self.gaz.names.match(self.keys, i)
        if known and known[0] >= j - i:
            return None  # "الحزب الديمقراطي الكردستاني" is the gazetteer's
        label_ar = " ".join(["ال" + head[1], *self.keys[i + 1:j]])
        key = "org_" + slug(transliterate(" ".join(self.keys[i + 1:j])).lower().replace("'", ""))
        name = romanize(" ".join(self.toks[k].text for k in range(i + 1, j)))
        label_en = (head_labels().get(head[1]) or "{name}").format(name=name)
        return [RawMention(i, j, self._span(i, j), "Organization", "named", key=key, label_ar=label_ar,
                           label_en=label_en, extra={"kind": "party"}, prefix=head[0])]

    def _name_word(self, k: int) -> bool:
        """A word that can belong to an organization's or a place's name (definite nouns allowed)."""
        tok = self.keys[k]
        if not any("\u0621" <= c <= "\u064a" for c in tok) or tok in self.stop or norm(tok) in self.stop:
            return False
        if tok.startswith("و") and len(tok) > 3 and k > 0 and self.keys[k - 1] not in ("،",):
            stem = tok[1:]
            if stem.startswith("ال") and self._name_word_stem(stem):
                return True  # "حزب العدالة والتنمية"
            return False
        return self._name_word_stem(tok) and not self._is_date_word(k)

    def _name_word_stem(self, tok: str) -> bool:
        if tok in self.stop or tok in self.lex.weekdays:
            return False
        bare = tok[2:] if tok.startswith("ال") and len(tok) > 4 else tok
        if bare != tok and not self._name_word_stem(bare):
            return False
        keys = [tok]
        return not (self.lex.speech.match(keys, 0) or self.lex.actions.match(keys, 0) or
                    self.lex.titles.match(keys, 0) or match_key(tok) in self.lex.measures or tok in self.heads)

    def _is_date_word(self, k: int) -> bool:
        return bool(self.lex.months.match(self.keys, k, clitics=False)) or self.keys[k].isdigit()

    def _source_line(self, i: int, end: int) -> list[RawMention] | None:
        """"المصدر | الحرة" / "المصدر: رويترز": the outlet an article credits, an organization."""
        if self.keys[i] not in _SOURCE_LABELS or i + 2 >= end + 1 or self.keys[i + 1] not in ("|", ":", "-"):
            return None
        j = i + 2
        k = j
        while k < end and k - j < 4 and any("\u0621" <= c <= "\u064a" or c.isalpha() for c in self.keys[k]):
            k += 1
        if k == j:
            return None
        rest = self.keys[j:k]
        found = self._credited(j, k, rest)
        if found:
            self.outlet = found[0].key
        return found

    def _credited(self, j: int, k: int, rest: list[str], media_only: bool = False) -> list[RawMention]:
        """The outlet named by `rest`; `media_only`: the bare name is a place, so only a media outlet's name
        ("صحيفة الرياض") is looked up."""
        for head in (() if not media_only else _NEWSPAPER_HEADS, *((h,) for h in _CREDIT_HEADS)):
            probe = [*head, *rest]
            m = self.gaz.names.match(probe, 0, clitics=False)
            if m and m[0] == len(probe):
                p = m[2][0]
                return [RawMention(j, k, self._span(j, k), p["type"], "gazetteer", key=p["key"])]
        name = " ".join(rest)
        return [RawMention(j, k, self._span(j, k), "Organization", "named",
                           key="org_" + slug(transliterate(name).lower().replace("'", "")), label_ar=name,
                           label_en=transliterate(name), extra={"unknown": True, "kind": "outlet"})]

    def _speaker_name(self, i: int, end: int) -> list[RawMention] | None:
        """An unknown two- or three-word name right after a speech verb ("وقال جون كيربي إن") is a person."""
        if i == 0 or i >= end:
            return None
        cue = self.lex.speech.match(self.keys, i - 1)
        if not cue or cue[0] != 1 or cue[2][0]["kind"] not in ("verb", "present"):
            return None
        if not self._is_name_token(i, False) or self.gaz.names.match(self.keys, i) or \
                not self._given(i) and self._indefinite_common_noun(i):
            return None  # "وقال شهود عيان": a common noun opens no name
        # between a speech verb and "إن" / a comma, a definite last word is a family name ("وقال مدحت الزاهد إن")
        ne = self._read_name(i, after_given=True)
        if not 2 <= ne - i <= 3 or (ne < end and self.keys[ne] not in _AFTER_SPEAKER):
            return None
        if any(t.norm.endswith(("ات", "يه", "ون", "ين")) and not t.norm.endswith("تون") for t in self.toks[i:ne]):
            return None  # "وانتقدت منظمات حقوقية", "وقالت مصادر محلية": nouns and adjectives, not a foreign name
            # (but "هافينغتون", "كلينتون" are)
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]

    def _given_name(self, i: int, end: int) -> list[RawMention] | None:
        """A known given name followed by name-like tokens starts a person's name, title or not; so does a compound
        given name "عبد الله", "عبد الرزاق" (عبد and a definite word)."""
        # the written form: the key folds "نادية" onto "نادي"; a short given name is not read with a clitic
        # ("لدينا" is not ل + دينا)
        compound = any(s == _COMPOUND_HEAD for _p, s in clitic_variants(self.keys[i])) and i + 2 < end and \
            self.keys[i + 1].startswith("ال") and len(self.keys[i + 1]) >= 4
        # "عبدالباري", "عبدالله": عبد written together with the divine name is a given name too
        joined = any(s.startswith(_COMPOUND_HEAD + "ال") and len(s) >= 7
                     for _p, s in clitic_variants(self.toks[i].norm))
        if not compound and (not (joined or any(s in self.given and (not p or len(s) >= 5)
                                                for p, s in clitic_variants(self.toks[i].norm))) or i + 1 >= end):
            return None
        first = i + 2 if compound else i + 1
        if not (self._is_name_token(first, False) or self._family_name(first)) or self.keys[first].startswith("و"):
            return None
        ne = self._read_name(first, after_given=True)
        if ne == first or ne - first > 2:
            return None
        if ne < end and self.keys[ne] in _divine() and self.keys[ne - 1] not in _NAME_LINKS:
            return None  # "محمد رسول الله": a formula of faith, not a man named Rasul
        given = (self._strip_clitic(self.toks[i].norm),) if not compound else \
            (next(s for _p, s in clitic_variants(self.keys[i]) if s == _COMPOUND_HEAD), self.keys[i + 1])
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=given + tuple(self.keys[first:ne]))]

    def _nationality_name(self, i: int, end: int) -> list[RawMention] | None:
        """"أوقفت السورية ميسم منير نحلاوي": after a nationality standing for a person, an unknown first name, the
        father's known given name and the family name are one person's name."""
        if i == 0 or i + 2 > end or self._given(i) or not self.keys[i - 1].startswith("ال") or \
                not self._nisba(i - 1) or not self._is_name_token(i, False) or self.keys[i].startswith("و") or \
                "\n" in self.a.text[self.toks[i - 1].span.end:self.toks[i].span.begin]:
            return None
        ne = self._read_name(i, after_given=True)
        if not 3 <= ne - i <= 4 or not self._given(i + 1):
            return None
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]

    def _strip_clitic(self, token: str) -> str:
        return next((match_key(s) for _p, s in clitic_variants(norm(token))
                     if s in self.given or s.startswith(_COMPOUND_HEAD + "ال") and len(s) >= 7), token)

    # ------------------------------------------------------------------ driver
    def find(self, skip: list[Span] | None = None) -> list[RawMention]:
        skip = skip or []
        position = {id(t): k for k, t in enumerate(self.toks)}  # list.index per sentence is quadratic
        for sent in self.a.sentences:
            if any(sent.span.overlaps(s) for s in skip):
                continue
            start = position[id(sent.tokens[0])] if sent.tokens else 0
            end = start + len(sent.tokens)
            i = start
            while i < end:
                best: list[RawMention] | None = None
                for rec in self._recognizers:
                    cand = rec(i, end)
                    if cand and (best is None or max(c.last for c in cand) > max(c.last for c in best)):
                        best = cand
                if best:
                    self.mentions.extend(best)
                    i = max(c.last for c in best)
                else:
                    i += 1
        self._whole_patronyms()
        self._surnames(skip)
        self._place_repeats(skip)
        self._unify_named()
        self.mentions.sort(key=lambda m: (m.span.begin, -m.span.end))
        return self.mentions

    def _whole_patronyms(self) -> None:
        """"المهندس محارب بن منصور المطيري": a person found from the father's name on («منصور المطيري», when the own
        name is also a common word) is the whole chain; cut there, the node would name the father."""
        covered = {k for m in self.mentions for k in range(m.first, m.last)}
        for m in self.mentions:
            k = m.first - 2
            if m.type != "Person" or m.kind != "person" or k < 0 or self.keys[k + 1] not in _PATRONYM_LINKS:
                continue
            word = self.keys[k]
            if k in covered or word in self.stop or word.startswith(("ال", "و")) or len(word) < 3 or \
                    not all("\u0621" <= c <= "\u064a" for c in word) or self.lex.titles.match(self.keys, k) or \
                    self._sent_of_token[k] != self._sent_of_token[m.first]:
                continue
            m.first = k
            m.span = Span(self.toks[k].span.begin, m.span.end)
            m.name = tuple(self.keys[k:m.last])
            covered.update((k, k + 1))

    def _unify_named(self) -> None:
        """"حزب الأصالة" and "حزب الأصالة السلفي" in one article: the longer name describes the shorter one's
        organization, so both take the shorter name's key."""
        named = [m for m in self.mentions if m.kind == "named" and m.extra.get("unknown") and m.label_ar]
        words = {id(m): _unclitic(norm(m.label_ar).split(), m.prefix) for m in named}
        for m in named:
            mine = words[id(m)]
            best = min((o for o in named if o.type == m.type and len(words[id(o)]) >= 2
                        and len(words[id(o)]) < len(mine) and mine[:len(words[id(o)])] == words[id(o)]),
                       key=lambda o: (len(words[id(o)]), o.span.begin), default=None)
            if best is not None:
                m.key, m.label_ar, m.label_en = best.key, best.label_ar, best.label_en

    def _place_repeats(self, skip: list[Span]) -> None:
        """A place introduced by its noun ("بلدة الفوعة") named again alone ("الفوعة", "والفوعة")."""
        names: dict[tuple[str, ...], RawMention] = {}
        for m in self.mentions:
            name = m.extra.get("name") if m.kind == "place" else None
            if name and len("".join(name)) >= 4:
                names.setdefault(tuple(name), m)
        if not names:
            return
        covered = set()
        for m in self.mentions:
            covered.update(range(m.first, m.last))
        for i in range(len(self.keys)):
            if i in covered or any(s.begin <= self.toks[i].span.begin < s.end for s in skip):
                continue
            for prefix, stem in clitic_variants(self.keys[i]):
                hit = next((m for name, m in names.items() if name[0] == stem
                            and tuple(self.keys[i + 1:i + len(name)]) == name[1:]
                            and not covered.intersection(range(i, i + len(name)))), None)
                if hit:
                    n = len(hit.extra["name"])
                    self.mentions.append(RawMention(i, i + n, self._span(i, i + n), "Place", "place", key=hit.key,
                                                    label_ar=hit.label_ar, extra=dict(hit.extra), prefix=prefix))
                    covered.update(range(i, i + n))
                    break

    def _surnames(self, skip: list[Span]) -> None:
        """Bare family names of persons introduced in this article ("وتوكاييف" after "قاسم جومرت توكاييف")."""
        exact: dict[str, RawMention] = {}
        loose: dict[str, RawMention] = {}
        for m in self.mentions:
            if m.type != "Person" or not m.name or (len(m.name) < 2 and m.key not in self.gaz.rows):
                continue  # only confident names lend their family name
            last = m.name[-1]
            if len(last) < 3 or last in self.stop or last in _common_nouns() or \
                    len(m.name) > 1 and m.name[-2] in _NAME_LINKS:
                continue  # "عبد الله" alone lends no family name
            exact.setdefault(last, m)
            if len(last) >= 5 and not last.startswith("ال"):
                loose.setdefault(skeleton(last), m)  # spelling variants of foreign names
        covered = set()
        for m in self.mentions:
            covered.update(range(m.first, m.last))
        for i, k in enumerate(self.keys):
            if i in covered or any(self.toks[i].span.begin >= s.begin and self.toks[i].span.end <= s.end
                                   for s in skip):
                continue
            for prefix, stem in clitic_variants(k):
                if stem in self.stop:
                    continue
                hit = exact.get(stem) or (loose.get(skeleton(stem)) if len(stem) >= 5 and not stem.startswith("ال")
                                          else None)
                if hit:
                    self.mentions.append(RawMention(i, i + 1, self._span(i, i + 1), "Person", "person", key=hit.key,
                                                    name=(stem,), prefix=prefix))
                    break


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


def find_mentions(analysis: Analysis, skip: list[Span] | None = None) -> tuple[list[RawMention], str | None]:
    finder = MentionFinder(analysis)
    return finder.find(skip), finder.focus


def find_mentions_with_outlet(analysis: Analysis, skip: list[Span] | None = None,
                              ) -> tuple[list[RawMention], str | None, str | None]:
    """Mentions, the focus country, and the key of the outlet a "المصدر | ..." line credits."""
    finder = MentionFinder(analysis)
    return finder.find(skip), finder.focus, finder.outlet
