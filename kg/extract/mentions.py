"""Mention recognition: gazetteer names, title + name, institutions with their owner, groups and place nouns.

Works on normalized tokens sentence by sentence; at each position the longest candidate wins. The recognizers only
*propose* entity keys; `kg.extract.resolve` turns the raw mentions of an article into entities."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter, ne

from kg.doc import RawMention
from kg.extract.cameo import verb_shaped
from kg.extract.recognizers.credits import Credits
from kg.extract.recognizers.facilities import Facilities
from kg.extract.recognizers.forces import Forces
from kg.extract.recognizers.groups import Groups
from kg.extract.recognizers.institutions import Institutions
from kg.extract.recognizers.kingdom import Kingdom
from kg.extract.recognizers.listed import Listed, _foreign_shaped
from kg.extract.recognizers.named import Named
from kg.extract.recognizers.names import Names, _compound_head, _definite_name_word
from kg.extract.recognizers.places import Places
from kg.extract.recognizers.shared import (
    _CLUB_PREFIXES,
    _CLUB_SUFFIXES,
    _COMPOUND_HEAD,
    _EPONYM_HEADS,
    _FACILITIES,
    _FAMILY_LINKS,
    _GENERIC_SIDES,
    _KINGDOM,
    _MATCH_NOUNS,
    _MATCH_OBJECT_VERBS,
    _MATCH_VERBS,
    _MILITARY_UNITS,
    _MINISTRY_HEADS,
    _NAME_LINKS,
    _NAME_OPENERS,
    _PATRONYM_LINKS,
    _PLACE_NOUNS,
    _QUOTED_FROM,
    _SOURCE_LABELS,
    _SPORT_WORDS,
    _TEAM_NOUNS,
    _TEAM_PARTS,
    _UNIT_KINDS,
    _VERSUS,
    _YEH_NAMES,
    MANY_BEARERS,
    _common_bare_words,
    _common_nouns,
    _common_words,
    _divine,
    _gazetteer_institutions,
    _given_names,
    _given_with_clitic,
    _homograph_states,
    _kingdoms,
    _name_heads,
    _rank_titles,
    _raw_stopwords,
    _state_context,
    _stopwords,
    _unclitic,
    family_part,
    score_at,
    shared_family_names,
    word_of,
    words_after_ala,
)
from kg.extract.recognizers.titles import Titles
from kg.lexicon import Gazetteer, Lexicons, clitic_variants, gazetteer, lexicons, match_key, token_keys, words
from kg.model import Span
from kg.positions import positions_of
from kg.spellings import UNKNOWN, owners, records
from kg.text.analysis import Analysis
from kg.text.normalize import norm, normalize_with_offsets, skeleton
from kg.text.romanize import romanize
from kg.text.translit import transliterate
from kg.vocab import slug

# (module of kg/extract/recognizers/, its proposing method), in the order they are asked at each token: on a tie in
# length the earlier one's candidate is kept
RECOGNIZERS: tuple[tuple[str, str], ...] = (
    ("forces", "_person_forces"), ("titles", "_title"), ("institutions", "_institution"), ("listed", "_gazetteer"),
    ("groups", "_group"), ("places", "_place_noun"), ("facilities", "_facility"), ("credits", "_credit"),
    ("names", "_given_name"), ("names", "_speaker_name"), ("named", "_named"), ("credits", "_source_line"),
    ("kingdom", "_kingdom"), ("names", "_nationality_name"),
)

_UNKNOWN = object()  # not asked yet (None is an answer)
# a word that takes the office after it as its genitive: "مستشار رئيس الجمهورية", "نجل الرئيس" (read into a name,
# it makes no apposition)
_AIDES = frozenset(match_key(w) for w in (*words("statement_words.tsv", "deputy"), *words("clause_words.tsv", "kin")))
# a preposition's object takes no object of its own: a name after one and an office right after it are one person
# ("التقى مع سالم المري وزير الخارجية العماني"); not «بين», whose two sides may follow each other
_PLACELESS_KINDS = frozenset({"platform", "agency", "company", "ngo", "igo"})  # organizations.tsv kind
_GOVERNING = frozenset(match_key(w) for w in words("clause_words.tsv", "preposition")) - \
    frozenset(match_key(w) for w in words("clause_words.tsv", "between"))
_DATELINE_REACH = 40  # tokens from the top where a dateline city may stand
_DATELINE_WEIGHT = 2  # a dateline capital counts as two mentions of its state
_NORM_OF = attrgetter("norm")
_NISBA_FIELD, _MASK_FIELD, _SPORT_FIELD = attrgetter("nisba"), attrgetter("mask"), attrgetter("sport")
_YEH_FIELD = attrgetter("yeh")
_TEXT_OF = attrgetter("text")
_STEM = itemgetter(1)  # of a (prefix, stem) clitic reading
_QUOTE_MARK = '"'
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")
_CLITIC_INNA = re.compile("[\u0648\u0641]\u0625\u0646(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)?")
_FINAL_MAQSURA = re.compile("\u0649(?![\u0621-\u064a])")
_YEH_NAME_KEYS = frozenset(match_key(norm(name)) for name in _YEH_NAMES)
# one bit per recognizer method, in RECOGNIZERS order
_BIT = {method: 1 << r for r, (_module, method) in enumerate(RECOGNIZERS)}


def _spelling_mask(key: str, written: str) -> int:
    """The bits (_BIT) of the recognizers whose opening test a token of this spelling (match key, written form)
    passes on its own: a place or facility noun, a photo credit's bracket, a source label, a given name or «عبد», a
    head noun, «المملكة», a foreign-shaped word the gazetteer may know in another spelling. Kept per spelling by its
    callers (the spellings' records, _MASKS).

    Asked once per new spelling (tens of thousands in a build of a thousand articles): the tests of _place_kind,
    _facility_of, _compound_head, _opens_given, _head_reading and _definite_org_head, made here from one list of
    readings each for the key and the written form (tests/extract/test_mentions.py holds them to those functions),
    instead of six cached calls, each with its own pass over the readings."""
    readings = clitic_variants(key)
    stems = [s for _p, s in readings]
    mask = 0
    if any(map(_PLACE_NOUNS.get, stems)):  # _place_kind: the last place noun's kind, a kind when any has one
        mask |= _BIT["_place_noun"]
    for s in stems:  # _facility_of: the first facility noun's entry
        if s in _FACILITIES:
            if _FACILITIES[s]:
                mask |= _BIT["_facility"]
            break
    if key == "(":
        mask |= _BIT["_credit"]
    if key in _SOURCE_LABELS:
        mask |= _BIT["_source_line"]
    given, named = _written_readings(readings if written == key else clitic_variants(written))
    if given or _COMPOUND_HEAD in stems or not _YEH_NAME_KEYS.isdisjoint(stems) or _definite_name_word(written):
        mask |= _BIT["_given_name"]  # («علي» is read as a name by position: MentionFinder._yeh_names)
    if named:
        mask |= _BIT["_named"]
    if _KINGDOM in stems:
        mask |= _BIT["_kingdom"]
    if not _MINISTRY_HEADS.isdisjoint(stems):
        mask |= _BIT["_institution"]  # a ministry of a portfolio the list does not name
    if key not in _stopwords() and _foreign_shaped(key):
        mask |= _BIT["_gazetteer"]
    return mask


_DIVINE_COMPOUND = _COMPOUND_HEAD + "ال"


def _written_readings(readings: tuple[tuple[str, str], ...]) -> tuple[bool, bool]:
    """(_opens_given, _head_reading or _definite_org_head) of the token these are the clitic readings of, from one
    pass over them (each is "some reading passes a test")."""
    given_names, heads = _given_names(), _name_heads()
    given = named = False
    written = next((s for p, s in readings if not p), "")
    for p, s in readings:
        if not given and (s.startswith(_DIVINE_COMPOUND) and len(s) >= 7 or
                          s in given_names and _given_with_clitic(p, s, written)):
            given = True
        if not named and (s in heads or s.startswith("ال") and heads.get(s[2:], ("",))[0] == "Organization"):
            named = True
    return given, named


_MASKS: dict[str, int] = {}  # normalized token -> _spelling_mask of its match key and it


def _mask_of(written: str) -> int:
    """_spelling_mask of a token by its normalized form, kept in a plain dict (an lru_cache's two-argument key and
    bookkeeping cost more than the dict)."""
    if len(_MASKS) >= 1 << 18:
        _MASKS.clear()
    mask = _MASKS[written] = _spelling_mask(match_key(written), written)
    return mask


_NAME_SPELLINGS: dict[int, tuple[Lexicons, dict]] = {}


def _name_spellings(lex: Lexicons) -> dict:
    """(normalized token, written with tanween, prev_link) -> MentionFinder._name_spelling_at, kept per lexicons
    object (the tests read its measures, weekdays and titles; the stop words, given names and head nouns are the
    process's); emptied at 2**18 answers."""
    held = _NAME_SPELLINGS.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) >= 1 << 18:
        if held is None and len(_NAME_SPELLINGS) >= 4:
            _NAME_SPELLINGS.clear()
        held = _NAME_SPELLINGS[id(lex)] = (lex, {})
    return held[1]


def _nisba_of(gaz: Gazetteer, token: str) -> str | None:
    """The state whose adjective a token is, under any clitic reading; kept per spelling on the gazetteer (every
    article asks it of the same common words)."""
    memo = gaz.nisba_memo
    hit = memo.get(token, _UNKNOWN)
    if hit is _UNKNOWN:
        hit = None
        for _p, stem in clitic_variants(token):  # the first reading that is a state's adjective (a loop, once per
            state = gaz.nisba.get(match_key(stem))  # new spelling: two generators cost more than the look-ups)
            if state:
                hit = state
                break
        if len(memo) >= 1 << 18:
            memo.clear()
        memo[token] = hit
    return hit


_YEH_WRITTEN: dict[str, bool] = {}
# the names of _YEH_NAMES as token keys, و/ف aside: a token written as one (_written_yeh_name: its harakat and a و/ف
# before it aside) is normalized to one of these with و/ف before it (normalization drops the harakat and keeps و, ف
# and the name's letters as they fold), and its key is that form (no «يه» ending to fold); None when a name's folded
# form ends in «يه» (its key would be cut): every token is tested then
_YEH_FOLDED = frozenset(normalize_with_offsets(name).text.lower().lstrip("وف") for name in _YEH_NAMES)
_YEH_KEYS = None if normalize_with_offsets("وف").text != "وف" or any(match_key(f) != f for f in _YEH_FOLDED) \
    else _YEH_FOLDED


def _written_yeh_name(text: str) -> bool:
    """A token written as a name of _YEH_NAMES (harakat and a و/ف before it aside; no shadda: «عليّ» is «on me»),
    kept per written form for the process (_names_written_with_yeh asks it of every token of most articles)."""
    found = _YEH_WRITTEN.get(text)
    if found is None:
        if len(_YEH_WRITTEN) >= 1 << 18:
            _YEH_WRITTEN.clear()
        found = _YEH_WRITTEN[text] = "\u0651" not in text and _HARAKAT.sub("", text).lstrip("وف") in _YEH_NAMES
    return found


_SURNAME_READINGS: list = [None, {}]  # the stop words the memo below was made with, and token -> its readings


def _surname_memo(stop: frozenset[str]) -> dict[str, tuple[tuple[str, str, str | None], ...]]:
    """token -> _surname_readings, for the process (emptied when the stop words change or at 2**18 spellings)."""
    if _SURNAME_READINGS[0] is not stop or len(_SURNAME_READINGS[1]) >= 1 << 18:
        _SURNAME_READINGS[:] = [stop, {}]
    return _SURNAME_READINGS[1]


def _surname_readings(token: str, stop: frozenset[str]) -> tuple[tuple[str, str, str | None], ...]:
    """(prefix, stem, the stem's skeleton when a spelling variant of it is looked for: five letters or more, no
    article; else None) of each clitic reading of `token` that may be a lent family name (not a stop word), in
    clitic_variants order. Kept per spelling for the process: every article asks it of its common words."""
    memo = _surname_memo(stop)
    found = memo.get(token)
    if found is None:
        found = memo[token] = tuple((prefix, stem, skeleton(stem) if len(stem) >= 5 and not stem.startswith("ال")
                                     else None)
                                    for prefix, stem in clitic_variants(token) if stem not in stop)
    return found


_WORDS_MEMOS: dict[frozenset[str], dict[str, bool]] = {}  # a word set of shared.py -> token key -> word_of


def _words_memo(words: frozenset[str]) -> dict[str, bool]:
    """The answers of shared.word_of for one word set, per token key, kept for the process (the sets are the module's
    constants; every article asks about its common words); emptied at 2**18 answers."""
    memo = _WORDS_MEMOS.get(words)
    if memo is None or len(memo) >= 1 << 18:
        if memo is None and len(_WORDS_MEMOS) >= 16:
            _WORDS_MEMOS.clear()
        memo = _WORDS_MEMOS[words] = {}
    return memo


class MentionFinder(Titles, Institutions, Named, Forces, Groups, Places, Facilities, Credits, Listed, Names,
                    Kingdom):
    """Runs every recognizer (kg/extract/recognizers/, one module each) at each token and keeps the longest
    candidate; shared name readers and the passes over the whole article live here."""

    def __init__(self, analysis: Analysis, gaz: Gazetteer | None = None, lex: Lexicons | None = None,
                 recognizers: Collection[str] | None = None):
        self.a = analysis
        self.gaz = gaz or gazetteer()
        self.lex = lex or lexicons()
        self.toks = analysis.tokens
        self.keys = token_keys(analysis)  # shared with the article's DocContext
        self.stop = _stopwords()
        self.given = _given_names()
        self.heads = _name_heads()
        self.outlet: str | None = None  # key of the outlet a source line credits
        # the class's functions, called with self: bound methods kept on self made a reference cycle, so an article's
        # tokens, spans and mentions lived on until the cyclic collector's next pass (which walked them all)
        self._recognizers = tuple((method, getattr(type(self), method)) for module, method in RECOGNIZERS
                                  if recognizers is None or module in recognizers)
        self._unattested = self._unattested_homograph_states()
        # answers per token position: the recognizers ask about the same tokens again and again
        self._name_tokens: dict[tuple[int, bool], bool] = {}
        self._yeh_names = self._names_written_with_yeh()
        self._nisbas = self._nisba_list()
        self.focus = self._focus_country()
        # the gate of _kingdom, once per article
        self._kingdom_focus = self.focus in _kingdoms() and len(self._named_states & _kingdoms()) <= 1
        self._inst_owner: dict[str, tuple[str, int]] = {}
        self._sent_of_token: list[int] = []
        self._first_of: list[int] = [0]  # the first token of each sentence, and the end
        for n, sent in enumerate(analysis.sentences):
            self._sent_of_token.extend([n] * len(sent.tokens))
            self._first_of.append(self._first_of[-1] + len(sent.tokens))
        self.mentions: list[RawMention] = []
        self._org_by_institution = _gazetteer_institutions(self.gaz, self.lex)

    # ------------------------------------------------------------------ helpers
    def _span(self, i: int, j: int) -> Span:
        return Span(self.toks[i].span.begin, self.toks[j - 1].span.end)

    def _nisba(self, i: int) -> str | None:
        return self._nisbas[i] if i < len(self._nisbas) else None  # _nisba_at(i), made for every i at once

    def _nisba_list(self) -> list[str | None]:
        """_nisba_at(i) for every token, in one pass: the focus country asks it at nearly every token, and a call
        per position through two memos cost more than the answers."""
        unattested, gaz = self._unattested, self.gaz
        if gaz is owners()[1]:  # the process's gazetteer: from the spellings' records (kg.spellings)
            recs = records(self.keys)
            out: list = list(map(_NISBA_FIELD, recs))
            for i in positions_of(out, UNKNOWN):
                rec = recs[i]
                if rec.nisba is UNKNOWN:
                    rec.nisba = _nisba_of(gaz, self.keys[i])
                out[i] = rec.nisba
        else:
            out = list(map(gaz.nisba_memo.get, self.keys, repeat(_UNKNOWN)))  # the memo read in one pass
            for i in positions_of(out, _UNKNOWN):
                out[i] = _nisba_of(gaz, self.keys[i])
        if unattested:
            out = [None if hit in unattested else hit for hit in out]
        return out

    def _nisba_at(self, i: int) -> str | None:
        if i >= len(self.keys):
            return None
        hit = _nisba_of(self.gaz, self.keys[i])
        return None if hit in self._unattested else hit

    def _state_at(self, i: int, clitics: bool = False) -> tuple[int, str] | None:
        if i >= len(self.keys):
            return None
        m = self.gaz.names.match(self.keys, i, clitics=clitics)
        if m:
            for p in m[2]:
                if p["type"] == "State" and not p.get("demonym"):
                    return None if p["key"] in self._unattested else (m[0], p["key"])
        return None

    def _definite_at(self, k: int) -> bool:
        """The word carries the article: a title or an institution's head that ends so takes no bare name after it as
        its genitive («وحمّل الأمين العام إسرائيل المسؤولية»: Israel is the object; «رئيس مصر» owns Egypt)."""
        return any(s.startswith("ال") and len(s) > 3 for _p, s in clitic_variants(self.keys[k]))  # not «والي»

    def _unattested_homograph_states(self) -> frozenset[str]:
        """Homograph states (_homograph_states) the article never names unmistakably: its name right after a
        preposition, a direction or «جمهورية» (state_context.tsv), or its capital. Without that, «دعما ماليا»,
        «وزارة المالية» and «الوضع المالي» are no mention of Mali, nor make it the article's focus state."""
        states = _homograph_states(self.gaz)
        if not states:
            return frozenset()
        cues, nouns = _state_context() - _state_context("homograph"), _state_context("state_noun")
        capitals = {key: state for key, state in self.gaz.capitals.items() if state in states}
        seen: set[str] = set()
        matches = self.gaz.names.matches(self.keys)  # match() at each i, from one list
        # only the positions with a match or with the adjective of a homograph state are looked at, found by
        # map/compress (a Python step per token of every article cost more than the tests)
        for i in compress(range(len(matches)), matches):
            for p in matches[i][2]:
                if p["key"] in capitals:
                    seen.add(capitals[p["key"]])
                elif p["type"] == "State" and p["key"] in states and i and self.keys[i - 1] in cues:
                    seen.add(p["key"])
        # «الحكومة المالية»: the adjective of a state noun («الرئيس المالي بشركة» is a company's CFO)
        adjs = list(map(self.gaz.nisba.get, self.keys))
        for i in compress(range(len(adjs)), map(states.__contains__, adjs)):
            if i and self.keys[i - 1].startswith("ال") and self.keys[i - 1][2:] in nouns:
                seen.add(adjs[i])
        return frozenset(states - seen)

    def _names_written_with_yeh(self) -> frozenset[int]:
        """Positions of «علي» written with ي in an article that writes a final ى elsewhere («إلى», «على»): there it
        is the name Ali, which the folded key cannot tell from the preposition (3,404 of 3,779 «علي» in SaudiNewsNet
        are in articles that write «على»). An article that writes every final ى as ي tells nothing."""
        text = self.a.text
        if not any(name in text for name in _YEH_NAMES) or not _FINAL_MAQSURA.search(text):
            return frozenset()
        # not before a common word or one news writes after «على»: some papers write «على» both ways («علي مواصلة»,
        # «علي جذور»); not with a shadda («عليّ»: on me)
        def common(word: str) -> bool:
            return word in _common_bare_words() or word in _common_words() or word in _common_nouns() or \
                word in words_after_ala()

        if _YEH_KEYS is not None:
            # only a token whose key reads as such a name («علي», «وعلي») can be written as one: those found from
            # the spellings' records (kg.spellings) in one pass, the written form tested there alone
            recs = records(self.keys)
            maybe: list = list(map(_YEH_FIELD, recs))
            for i in positions_of(maybe, UNKNOWN):
                rec = recs[i]
                if rec.yeh is UNKNOWN:
                    rec.yeh = self.keys[i].lstrip("وف") in _YEH_KEYS
                maybe[i] = rec.yeh
            return frozenset(i for i in compress(range(len(self.toks) - 1), maybe)
                             if _written_yeh_name(self.toks[i].text) and not common(self.toks[i + 1].norm))
        # the memo read for every token in one pass, the spellings it lacks tested after
        texts = list(map(_TEXT_OF, self.toks[:-1]))
        hits: list[bool | None] = list(map(_YEH_WRITTEN.get, texts))
        for i in positions_of(hits, None):
            hits[i] = _written_yeh_name(texts[i])
        return frozenset(i for i in compress(range(len(hits)), hits) if not common(self.toks[i + 1].norm))

    def _focus_country(self) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        names = self.gaz.names.matches(self.keys)  # _state_at(i, clitics=True) at each i, from one list
        nisbas = self._nisbas  # _nisba(i) at each i
        # a nisba that closes a listed person's name is his family name ("اللواء منصور التركي"), no country
        in_person = {k for i in compress(range(len(names)), names) if any(p["type"] == "Person" for p in names[i][2])
                     for k in range(i + 1, i + names[i][0])}
        # so is one right after a rank ("اللواء التركي": General al-Turki, the Saudi spokesman, not Turkey)
        in_person |= {i for i in compress(range(1, len(self.keys)), nisbas[1:]) if self._after_rank(i)}
        # a position with neither a name nor a nisba counts nothing: only the others are visited, found by
        # map/compress, in order
        for i in compress(range(len(self.keys)), map(any, zip(names, nisbas, strict=True))):
            m = names[i]
            hit = next((p["key"] for p in m[2] if p["type"] == "State" and not p.get("demonym")), None) if m else None
            key = hit if hit and hit not in self._unattested else (nisbas[i] if i not in in_person else None)
            if key:
                counts[key] += 1
                first.setdefault(key, i)
            elif m and m[0] == 1 and i < _DATELINE_REACH and m[2][0]["key"] in self.gaz.capitals and \
                    self._dateline(i, 1):
                # "واس- الرياض: دعت وزارة الداخلية": where the story was filed owns its unqualified bodies, more
                # than one passing nisba ("الأشقاء اليمنيين")
                state = self.gaz.capitals[m[2][0]["key"]]
                counts[state] += _DATELINE_WEIGHT
                first.setdefault(state, i)
        self._named_states = frozenset(counts)
        if not counts:
            # a story that names no country ("مجلس الشعب" ... "مرسي"): the country of the listed people, places and
            # organizations it names; not a generic name ("الحزب الجمهوري": parties of many countries) nor a place
            # that is a common word too ("الزاوية": the angle)
            written: frozenset[str] = frozenset()
            for i in range(len(self.keys)):
                # a word with the accusative's tanween is an adverb, no name («دومًا»: always, not Douma)
                m = self.gaz.names.match(self.keys, i, clitics=True) if "\u064b" not in self.toks[i].text else None
                row = self.gaz.rows.get(m[2][0]["key"], {}) if m else {}
                # "للحج" is for the Hajj when the story writes "الحج" too, not "to Lahj"
                generic = any(s.startswith("ال") and (s[2:] in self.heads or s in _common_words() or p and s in
                                                      (written := written or frozenset(self.keys)))
                              for p, s in clitic_variants(self.keys[i])) if m else False
                # a capital where the story happens («في الخرطوم») is in its state («الخرطوم», «الرياض» are common
                # words too, but news names the capitals far more often); one that acts («ودانت باريس») stands for
                # its state as a foreign actor, not the story's country
                if m and m[2][0]["key"] in self.gaz.capitals:
                    owner = self.gaz.capitals[m[2][0]["key"]] if self._locative(i, m[0], m[1]) else None
                else:
                    # a social platform, agency, company or international body says nothing of where the story
                    # is («تويتر», «رويترز», «فيفا»); a paper does («عكاظ»)
                    owner = row.get("country_key") if row.get("type") != "State" and not generic and \
                        row.get("kind") not in _PLACELESS_KINDS else None
                if owner:
                    counts[owner] += 1
                    first.setdefault(owner, i)
            if not counts:
                return None
        return max(counts, key=lambda k: (counts[k], -first[k]))

    def _after_rank(self, i: int) -> bool:
        """A family name many bear, in the shape of a nisba, right after a rank (titles.tsv rank column)."""
        return self._strip_article_clitic(self.toks[i - 1].norm) in _rank_titles() and \
            family_part(self.toks[i].norm) in shared_family_names(MANY_BEARERS)

    def _given(self, k: int) -> bool:
        """A known given name as written (the match key folds "نادية" onto "نادي")."""
        return 0 <= k < len(self.toks) and self.toks[k].norm in self.given

    def _is_name_token(self, i: int, prev_link: bool) -> bool:
        known = self._name_tokens.get((i, prev_link))
        if known is None:
            known = self._name_tokens[(i, prev_link)] = self._name_token_at(i, prev_link)
        return known

    def _name_token_at(self, i: int, prev_link: bool) -> bool:
        """Whether token i can be a word of a person's name. The tests on the token's spelling alone (its written
        form's tanween, its normalized form and prev_link) are kept per spelling for the process (_name_spellings);
        those on its neighbours and on the phrases starting there are asked per position. All tests are
        conditions for True, so their order does not change the answer."""
        tok = self.toks[i]
        spelling = (tok.norm, "\u064b" in tok.text, prev_link, i in self._yeh_names)  # «علي» by position
        memo = _name_spellings(self.lex)
        ok = memo.get(spelling)
        if ok is None:
            ok = memo[spelling] = self._name_spelling_at(i, prev_link)
        return ok and self._name_position_at(i)

    def _name_position_at(self, i: int) -> bool:
        """The tests of _name_token_at that read the tokens around i or the phrases starting at i."""
        tok = self.keys[i]
        if i + 1 < len(self.keys) and self.keys[i + 1] in _divine() and tok.endswith(("ه", "ها", "هم", "هما")):
            return False  # "حفظه الله", "رعاه الله": a verb with its object and God as its subject, a formula
        kunya = i > 0 and self.keys[i - 1] in _NAME_OPENERS  # "حمود أبو طالب": after «أبو» any word is the name
        if not kunya and (self.lex.actions.match(self.keys, i) or self.lex.months.match(self.keys, i, clitics=False)):
            return False
        # "تركي بن محمد": a nisba without the article before بن is a given name
        named_son = not tok.startswith("ال") and i + 1 < len(self.keys) and self.keys[i + 1] in _PATRONYM_LINKS
        if self._nisba(i) and not named_son or not kunya and (self.lex.speech.match(self.keys, i) or
                                                              self.lex.titles.match(self.keys, i)):
            return False
        return not (self.lex.institutions.match(self.keys, i) or self.lex.groups.match(self.keys, i))

    def _name_spelling_at(self, i: int, prev_link: bool) -> bool:
        """The tests of _name_token_at that read token i's spelling alone (its key, normalized and written form)."""
        tok = self.keys[i]
        if not any("\u0621" <= c <= "\u064a" for c in tok) or len(tok) < 2:
            return False
        if (tok in self.stop or norm(tok) in self.stop) and i not in self._yeh_names:
            return False
        if "\u064b" in self.toks[i].text:
            return False  # "شرحًا": an indefinite accusative noun (tanween), never a name
        # (a definite word has two letters after the article: "فالس" is Valls, not ف + ال + س)
        if not prev_link and any(stem.startswith("ال") and len(stem) > 3 for _p, stem in clitic_variants(tok)):
            return False
        if match_key(tok) in self.lex.measures or tok in self.lex.weekdays:
            return False
        if self.toks[i].norm in self.heads:  # the written form: the key folds "نادية" onto the head "نادي"
            return False  # "رئيس مركز", "مدير مدرسة": a generic head noun with no name is not a name
        if len(tok) >= 4 and not self._given(i) and tok.endswith(("ها", "هم", "هما", "كم")):
            return False  # "رئيس مكتبها": a noun with a possessive pronoun
        if not self._given(i) and self._common_noun_form(i):
            return False  # "بندر رؤيته", "مستشارا له": a common noun with «ه» or as an indefinite accusative
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

    def _common_bare(self, i: int, opens: bool = False) -> bool:
        """A word news uses often and seldom after a given name (common_bare_words.tsv), and not a name: no given
        name, no foreign-shaped word ("دونيس"), not «علي» (the list counts it with the preposition «على»); `opens`:
        the word would open the name, so an attested given name ("الأمير بندر") is a name."""
        tok = self.toks[i]
        if tok.norm not in _common_bare_words(openers=not opens) or self._given(i) or _foreign_shaped(self.keys[i]):
            return False
        written = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        return not (written.endswith("ي") and written[:-1] + "ى" in _raw_stopwords())

    def _common_noun_form(self, i: int) -> bool:
        """A frequent common noun or a title with a possessive «ه» after its «ة» ("رؤيته") or with the accusative
        «ا» ("مستشارا"): names end that way rarely, and never as forms of a common noun."""
        word = self.toks[i].norm
        if len(word) >= 5 and word.endswith("ته"):
            return "ال" + word[:-2] + "ه" in _common_nouns()
        if len(word) >= 6 and word.endswith("ه"):
            return "ال" + word[:-1] in _common_nouns()  # "محمد نور برنامجه": a noun with «ه» (his programme)
        if len(word) < 5 or not word.endswith("ا") or word.endswith("يا"):
            return False  # "كوريا", "بوليفيا": a name of the -ia shape, not the accusative of a nisba
        return "ال" + word[:-1] in _common_nouns() or bool(self.lex.titles.match([match_key("ال" + word[:-1])], 0,
                                                                                   clitics=False))

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
        if i < len(self.keys) and self._complementizer(i):
            return i  # "وفقا للمتحدث باسم الجيش، فإن الصاروخ": «فإن» (folded onto «فان», van) opens a clause
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
            if self.keys[j] in _NAME_LINKS and j > i and not self._complementizer(j):
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
            if j > i and not prev_link and self._governed_with_pronoun(j):
                break  # "دميتري تورسونوف بفوزه على", "فهد بن خالد لاستقالته": the name ends before "by his win"
            if j > i and not prev_link and self._common_bare(j):
                break  # "علي كريم عدم وجود": a word news uses often and seldom after a given name ends the name
            if j - i >= 2 and (self.keys[j - 2] in _PATRONYM_LINKS or self.keys[j - 2] in _FAMILY_LINKS) and \
                    self._after_fathers_name_noun(j):
                break  # "الأمير بندر بن عبدالله بن عبدالعزيز عضو": a common noun after the father's name
            if j - i >= 2 and self.keys[j - 2] in _FAMILY_LINKS and self.keys[j] not in _PATRONYM_LINKS:
                break  # "عبد العزيز آل سعود يستأذنه": the family's name after «آل» closes the name
            if j > i and not prev_link and self._governed_name(j):
                break  # "رامي عبد الرحمن لوكالة فرانس برس": the outlet he spoke to is not part of his name
            if j > i and not prev_link and self.keys[j - 1] not in _FAMILY_LINKS and self._state_at(j) and \
                    not self._given(j):
                break  # "راشد بن عبدالله آل خليفة إيران بالتورط": a state named after the name is its object
            if j > i and not prev_link and self._listed_person_ends(i, j):
                break  # "وأكد الملك سلمان حرص المملكة": a listed name runs on only into a name's word
            prev_link = j == i and self.keys[j] in _NAME_OPENERS  # "عبد الرزاق": the link opens the name
            j += 1
        if j < len(self.toks) and "\u064b" in self.toks[j].text and j - i > 1:
            return i  # "فيليب ديونتر عقد مؤتمرًا": an accusative noun right after means a verb came before it
        while j > i and self.keys[j - 1] in _NAME_LINKS:
            j -= 1
        return j if j - i <= 4 or any(k in _NAME_LINKS for k in self.keys[i:j]) else i

    def _governed_with_pronoun(self, k: int) -> bool:
        """Token k is a preposition, a noun and the pronoun «ه» as written («بفوزه», «لاستقالته»), as the first word
        of a name may not be (_read_name): names end in «ة» (folded onto «ه» by the key), seldom in «ه»."""
        key, written = self.keys[k], _HARAKAT.sub("", self.toks[k].text)
        return key[:1] in "بل" and len(key) >= 5 and written.endswith("ه") and not self._given(k)

    def _complementizer(self, k: int) -> bool:
        """«فإن», «وإنه» as written: the hamza below after a clitic, which the key folds away («فان»: van)."""
        return bool(_CLITIC_INNA.fullmatch(_HARAKAT.sub("", self.toks[k].text)))

    def _listed_person_ends(self, i: int, j: int) -> bool:
        """Tokens i..j are a listed person's whole name and token j is no given name, family name or link: the name
        ends there (7 names in 994 SaudiNewsNet articles ran on: «محمد مرسي لمخاطبة», «قيس سعيد أستاذ»)."""
        def whole(start: int) -> bool:  # from i, or from the title before it («الملك سلمان» is listed whole)
            m = self.gaz.names.match(self.keys, start, clitics=True) if start >= 0 else None
            return bool(m and start + m[0] == j and any(p["type"] == "Person" for p in m[2]))

        if not (whole(i) or whole(i - 1)):
            return False
        nxt = self.keys[j]
        return not (self._given(j) or self._family_name(j) or nxt in _NAME_LINKS or nxt in _PATRONYM_LINKS
                    or nxt in _FAMILY_LINKS)

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

    def _sentence_no(self, i: int) -> int:
        return self._sent_of_token[i] if i < len(self._sent_of_token) else 0

    def _in_sentences(self, sentences: Collection[int], end: int) -> Iterable[int]:
        """The positions below `end` whose _sentence_no is one of `sentences`, in order: the token ranges of those
        sentences (a scan of every token of the article per call made a long article's cost quadratic)."""
        if len(self._sent_of_token) != len(self.keys):  # (never: the sentences hold the tokens, each once)
            return (i for i in range(end) if self._sentence_no(i) in sentences)
        first = self._first_of
        return chain.from_iterable(range(first[n], min(first[n + 1], end))
                                   for n in sorted(sentences) if 0 <= n < len(first) - 1)

    def _name_word(self, k: int) -> bool:
        """A word that can belong to an organization's or a place's name (definite nouns allowed)."""
        tok = self.keys[k]
        if sum("\u0621" <= c <= "\u064a" for c in tok) < 2 or tok in self.stop or norm(tok) in self.stop:
            return False  # "تنظيم ا»داعش»": a letter cut off by a stray quote mark is no word of a name
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

    # ------------------------------------------------------------------ driver
    def find(self, skip: list[Span] | None = None) -> list[RawMention]:
        skip = skip or []
        asked = self._asked_at()
        # the positions with a recognizer to ask: at any other token the loop below only steps on
        stops = [*compress(range(len(asked)), asked), len(asked)]
        end = 0  # the sentences hold the tokens in order, each once (as _sent_of_token reads them)
        for sent in self.a.sentences:
            start, end = end, end + len(sent.tokens)
            if skip and any(sent.span.overlaps(s) for s in skip):
                continue
            i = start
            while i < end:
                if (at := stops[bisect_left(stops, i)]) != i:
                    i = at
                    continue
                best: list[RawMention] | None = None
                for rec in asked[i]:
                    cand = rec(self, i, end)
                    if cand and (best is None or max(c.last for c in cand) > max(c.last for c in best)):
                        best = cand
                if best:
                    self.mentions.extend(best)
                    i = max(c.last for c in best)
                else:
                    i += 1
        self._drop_eponyms()
        self._whole_patronyms()
        self._coordinated_names(skip)
        self._teams()
        self._surnames(skip)
        self._numbered_units(skip)
        self._place_repeats(skip)
        self._unify_named()
        self.mentions.sort(key=lambda m: (m.span.begin, -m.span.end))
        self._appositions()
        return self.mentions

    def _appositions(self) -> None:
        """"وقال سالم المري وزير الخارجية العماني إن", "روبرتو أزيفيدو، المدير العام لمنظمة التجارة": an office named
        right after a person's name describes him, when a comma sets it off or a speech verb comes before the name
        (after another verb the office may be its object: "استقبل الملك سلمان وزير الخارجية الإيراني")."""
        persons = {m.last: m for m in self.mentions if m.type == "Person" and m.kind == "person"}
        for m in self.mentions:
            if m.kind != "role" or m.type != "Person":
                continue
            comma = m.first > 0 and self.keys[m.first - 1] in (",", "،")
            p = persons.get(m.first - 1 if comma else m.first)
            if p is None or self._sentence_no(p.first) != self._sentence_no(m.first):
                continue
            if m.prefix.startswith(("و", "ف")):
                continue  # "تركي بن مقرن، والمدير العام للخطوط السعودية": the conjunction adds another person
            if any(stem in _AIDES for _p, stem in clitic_variants(self.keys[p.last - 1])):
                continue  # "جلال محمد مستشار رئيس الجمهورية": the president's adviser, not the president
            governed = p.proclitic[-1:] in ("ل", "ب") or p.first > 0 and self.keys[p.first - 1] in _GOVERNING
            if comma or governed or p.first > 0 and self.lex.speech.match(self.keys, p.first - 1):
                m.extra["holder"] = p

    def _asked_at(self) -> list[tuple]:
        """The recognizers to ask at each token, in RECOGNIZERS order: those whose opening test passes there. Most
        tokens open nothing, and calling fourteen recognizers at each of them cost more than their tests."""
        # _spelling_mask(key, tok.norm): the key is match_key(tok.norm) (token_keys), and match_key(key) is the key.
        # Read from the spellings' records (kg.spellings) in one pass: a record's mask is its key's as written, so
        # a token whose normalized form is not its key (a feminine nisba, folded) has its own, from _MASKS
        recs = records(self.keys)
        masks: list = list(map(_MASK_FIELD, recs))
        for i in positions_of(masks, UNKNOWN):
            rec = recs[i]
            if rec.mask is UNKNOWN:
                rec.mask = _mask_of(self.keys[i])
            masks[i] = rec.mask
        norms = list(map(_NORM_OF, self.toks))
        for i in compress(range(len(norms)), map(ne, norms, self.keys)):
            mask = _MASKS.get(norms[i])
            masks[i] = _mask_of(norms[i]) if mask is None else mask
        for method, positions in self._position_gates():
            bit = _BIT[method]
            for i in positions:
                masks[i] |= bit
        chosen = {mask: tuple(rec for method, rec in self._recognizers if _BIT[method] & mask
                              and (method != "_kingdom" or self._kingdom_focus))
                  for mask in set(masks)}  # mask -> its recognizers
        return list(map(chosen.__getitem__, masks))

    def _position_gates(self) -> Iterator[tuple[str, list[int]]]:
        """(recognizer, the positions where it may propose a mention) for the recognizers that open with a lexicon
        match or a look at the token before, asked of the whole article at once (_spelling_mask has the others)."""
        # the positions are OR-ed into masks: their order and repeats do not matter, so each list is made by
        # itertools.compress over the lexicons' answers (no Python step per token)
        keys, lex = self.keys, self.lex
        every = range(len(keys))
        after = range(1, len(keys))  # i + 1 for each token i but the last
        # a force noun, or a group (militias)
        either = [*compress(every, lex.force_nouns.matches(keys)), *compress(every, lex.groups.matches(keys))]
        yield "_person_forces", either
        yield "_group", either
        for method, index in (("_title", lex.titles), ("_institution", lex.institutions)):
            yield method, list(compress(every, index.matches(keys)))
        # a listed name or a quoted one (a foreign-shaped word: by spelling)
        yield "_gazetteer", [*compress(every, self.gaz.names.matches(keys)),
                             *compress(every, map(_QUOTE_MARK.__eq__, keys[1:]))]
        # right after a speech cue, or after «عن» (the one quoted: «عن X قوله»)
        yield "_speaker_name", [*compress(after, lex.speech.matches(keys)),
                                *compress(after, map(_QUOTED_FROM.__contains__, keys))]
        # after a definite nisba
        yield "_nationality_name", [i for i in compress(after, self._nisbas) if keys[i - 1].startswith("ال")
                                    or any(s.startswith("ال") for _p, s in clitic_variants(keys[i - 1]))]

    def _drop_eponyms(self) -> None:
        """"مطار الملك خالد", "جامعة الملك سعود", "جائزة الأمير محمد بن فهد": a person's name right after the
        noun of a place, an institution or a prize names that thing after him; he is not mentioned (nor does he
        speak or act there). The names inside go too ("خالد")."""
        spans = [(m.first, m.last) for m in self.mentions if m.type == "Person" and m.first > 0
                 and self._sent_of_token[m.first - 1] == self._sent_of_token[m.first]
                 and any(stem in _EPONYM_HEADS or match_key(stem) in _EPONYM_HEADS
                         or len(stem) >= 5 and stem.endswith("ي") and stem[:-1] in _EPONYM_HEADS  # dual: "بمركزي"
                         for _p, stem in clitic_variants(self.keys[m.first - 1]))]
        if spans:
            self.mentions = [m for m in self.mentions if m.type != "Person"
                             or not any(a <= m.first and m.last <= b for a, b in spans)]

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
        by_name: dict[tuple[str, tuple[str, ...]], list[RawMention]] = {}  # (type, words) -> mentions, by name
        for o in named:
            if len(words[id(o)]) >= 2:
                by_name.setdefault((o.type, tuple(words[id(o)])), []).append(o)
        for m in named:
            mine = words[id(m)]
            best = min((o for n in range(2, len(mine)) for o in by_name.get((m.type, tuple(mine[:n])), ())),
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
        # only a token with a reading that opens one of the names can repeat it: those spellings found once each,
        # their positions by map/compress (the loop below tried every token of the article)
        firsts = {name[0] for name in names}
        opening = {k for k in set(self.keys) if not firsts.isdisjoint(map(_STEM, clitic_variants(k)))}
        for i in compress(range(len(self.keys)), map(opening.__contains__, self.keys)):
            if i in covered or skip and any(s.begin <= self.toks[i].span.begin < s.end for s in skip):
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

    def _word_in(self, k: int, words: frozenset[str]) -> bool:
        """A reading of token k, a proclitic or a pronoun suffix aside («وفازت», «تعادله»), is one of `words`."""
        if not 0 <= k < len(self.keys):
            return False
        memo = _words_memo(words)
        key = self.keys[k]
        found = memo.get(key)
        if found is None:
            found = memo[key] = word_of(key, words)
        return found

    def _teams(self) -> None:
        """A country or city that plays is a team, an organization apart from the state or the city: after a verb
        or noun of a game or the preposition of its other side («فازت نيجيريا على النيجر», «تعادله أمام قطر»), or
        governed by a noun of a team's parts («مرمى أندورا», «مدرب روما»), in a sentence of sport (a word of sport
        or a game's score: «فازت الغابون على مدغشقر 4 - صفر»); a team noun before it names the team («منتخب
        فنلندا»); a club's prefix or suffix makes it a club's name in any sentence («دينامو كييف», «مانشستر
        يونايتد»). The state or city named inside «منتخب X» stays a mention."""
        # the memo read for every token in one pass, the spellings it lacks tested after (the test at every token
        # of every article was over 2 % of a build)
        recs = records(self.keys)  # (kg.spellings)
        sport = list(map(_SPORT_FIELD, recs))
        for k in positions_of(sport, UNKNOWN):
            rec = recs[k]
            if rec.sport is UNKNOWN:
                rec.sport = word_of(self.keys[k], _SPORT_WORDS)
            sport[k] = rec.sport
        sporty = {self._sentence_no(k) for k in compress(range(len(sport)), sport)}
        # a game's score around a dash, within one sentence (as shared.sport_sentence reads it)
        sporty.update(self._sentence_no(k - 1) for k in positions_of(self.keys, "-")
                      if k > 0 and score_at(self.keys, k - 1) and self._sentence_no(k - 1) == self._sentence_no(k + 1))
        candidates = [m for m in self.mentions if m.type in ("State", "Place") and m.kind == "gazetteer" and m.key]
        teams: dict[int, RawMention] = {}  # id of the place or state mention -> its team
        nested: set[int] = set()
        team_ends: set[int] = set()
        for m in sorted(candidates, key=attrgetter("first")):
            i, j = m.first, m.last
            sent = self._sentence_no(i)
            before = i - 1 if i > 0 and self._sentence_no(i - 1) == sent else -1
            after = j if j < len(self.keys) and self._sentence_no(j) == sent else -1
            first, last = i, j
            if before >= 0 and self._word_in(before, _CLUB_PREFIXES):
                first = before
            if after >= 0 and self.keys[after] in _CLUB_SUFFIXES:  # (not «لانجلترا ويونايتد»)
                last = after + 1
            if (first, last) == (i, j):
                if sent not in sporty:
                    continue
                if before >= 0 and self._word_in(before, _TEAM_NOUNS) and not self.keys[before].startswith("ال") \
                        and not m.prefix:  # (not «فريق بروسيا دورتموند» read as ب + Russia)
                    first = before  # «منتخب فنلندا» (not «الفريق»: also a rank)
                elif not (before >= 0 and (self._word_in(before, _MATCH_OBJECT_VERBS)
                                           or self._word_in(before, _TEAM_PARTS) or self._word_in(before, _MATCH_NOUNS)
                                           or self._word_in(before, _MATCH_VERBS) and any(
                                               self.keys[n] in _VERSUS for n in range(j, min(j + 3, len(self.keys)))))
                          or self._versus_at(before) or self._club_described(after)
                          or m.prefix.startswith("و") and i - 1 in team_ends):  # «فرنسا وانجلترا»
                    continue
            row = self.gaz.rows.get(m.key, {})
            label_ar = " ".join(_unclitic(norm(self.a.text[self._span(first, last).begin:
                                                           self._span(first, last).end]).split(), m.prefix))
            # the club's own words keep «مانشستر يونايتد» and «مانشستر سيتي» apart
            own_at = [k for k in (*range(first, i), *range(j, last)) if not self._word_in(k, _TEAM_NOUNS)]
            key = "_".join([m.key, *(slug(transliterate(self.keys[k]).lower().replace("'", "")) for k in own_at),
                            "team"])
            words_en = [romanize(self.toks[k].text) if k in own_at else row.get("label_en", m.key)
                        for k in [*range(first, i), i, *range(j, last)] if k in own_at or k == i]
            teams[id(m)] = RawMention(first, last, self._span(first, last), "Organization", "named",
                                      key=key, label_ar=label_ar,
                                      label_en=" ".join(words_en) + ("" if own_at else " (team)"),
                                      extra={"unknown": True, "kind": "team"},
                                      prefix=m.prefix if first == i else "")
            team_ends.add(last)
            if (first, last) != (i, j):
                nested.add(id(m))  # the state or city inside the team's name stays
        if teams:
            self.mentions = [x for m in self.mentions for x in
                             ((teams[id(m)], m) if id(m) in nested else (teams[id(m)],) if id(m) in teams else (m,))]
        self._clubs(sporty)

    def _club_described(self, k: int) -> bool:
        """Token k, right after a country or city in a sentence of sport, makes it a club: a masculine nationality
        adjective («برشلونة الإسباني», «موناكو الفرنسي»: the city or country is feminine, the club it names is not)
        or its country between brackets, as results and fixtures name clubs («هامبورغ ( ألمانيا )»)."""
        if k < 0 or k + 1 >= len(self.keys):
            return False
        word = self.keys[k]
        if word.startswith("ال") and self.toks[k].norm.endswith("ي") and len(word) >= 5 and self._nisba(k):
            return True
        state = self._state_at(k + 1) if word == "(" else None
        return state is not None and k + 1 + state[0] < len(self.keys) and self.keys[k + 1 + state[0]] == ")"

    def _club_word(self, k: int, covered: set[int]) -> bool:
        """Token k may be a club's one-word name nobody listed: a definite word or a foreign-shaped one, no function
        word, no noun of a team or its parts, no word with a pronoun, not inside a mention."""
        if k < 0 or k >= len(self.keys) or k in covered:
            return False
        word = self.keys[k]
        stem = next((s for p, s in clitic_variants(word) if s.startswith("ال")), word)
        return (stem.startswith("ال") and len(stem) >= 5 or _foreign_shaped(word)) and \
            stem not in self.stop and word not in self.stop and not self._word_in(k, _GENERIC_SIDES) and \
            not self._word_in(k, _TEAM_PARTS) and not self._word_in(k, _TEAM_NOUNS) and \
            not self._word_in(k, _SPORT_WORDS) and not self._nisba(k) and not self._is_date_word(k) and \
            not stem.endswith(("ه", "ها", "هم")) and not self.lex.titles.match(self.keys, k)

    def _clubs(self, sporty: set[int]) -> None:
        """«فاز الزمالك على الأهلي»: in a sentence with a word of sport, the one-word sides of a game nobody listed,
        right after a verb of a game and right after the preposition of its other side, are clubs; the article's
        other mentions of such a name in sentences of sport are that club."""
        if not sporty:
            return
        covered = {k for m in self.mentions for k in range(m.first, m.last)}
        names: dict[str, str] = {}  # the club's word without its clitics -> its key
        found: list[tuple[int, str]] = []
        for v in self._in_sentences(sporty, len(self.keys) - 3):
            if not self._word_in(v, _MATCH_VERBS):
                continue
            a = v + 1
            w = next((n for n in range(a + 1, min(a + 3, len(self.keys))) if self.keys[n] in _VERSUS), None)
            if w is None or w != a + 1 or self._sentence_no(w) != self._sentence_no(v):
                continue
            for k in (a, w + 1):
                if self._club_word(k, covered) and (k + 1 >= len(self.keys) or not self._club_word(k + 1, covered)
                                                    or k == a):
                    stem = next((s for p, s in clitic_variants(self.keys[k]) if s.startswith("ال")), self.keys[k])
                    bare = stem[2:] if stem.startswith("ال") else stem
                    names.setdefault(stem, "club_" + slug(transliterate(bare).lower().replace("'", "")))
                    found.append((k, stem))
                    covered.add(k)
        if not names:
            return
        for k in self._in_sentences(sporty, len(self.keys)):
            if k in covered:
                continue
            stem = next((s for p, s in clitic_variants(self.keys[k]) if s in names), None)
            if stem is not None:
                found.append((k, stem))
                covered.add(k)
        for k, stem in found:
            prefix = self.keys[k][:len(self.keys[k]) - len(stem)] if self.keys[k].endswith(stem) else ""
            self.mentions.append(RawMention(k, k + 1, self._span(k, k + 1), "Organization", "named", key=names[stem],
                                            label_ar=norm(stem), label_en=romanize(stem),
                                            extra={"unknown": True, "kind": "club"}, prefix=prefix))

    def _versus_at(self, k: int) -> bool:
        """Token k is the preposition of a game's other side, a verb or noun of a game a few words before it."""
        return k > 0 and self.keys[k] in _VERSUS and any(
            self._word_in(n, _MATCH_VERBS) or self._word_in(n, _MATCH_OBJECT_VERBS) or self._word_in(n, _MATCH_NOUNS)
            for n in range(max(0, k - 5), k)
            if self._sentence_no(n) == self._sentence_no(k))

    def _coordinated_names(self, skip: list[Span]) -> None:
        """«التقى أحمد الخطيب وسامر حداد ونبيل قاسم»: a name of two to four words joined by «و» right after a
        person's name is one more person of the list, its first word a known given name or not; each one found
        may be followed by the next."""
        anchors = [m for m in self.mentions if m.type == "Person" and m.kind in ("person", "gazetteer")]
        if not anchors:
            return
        covered = {k for m in self.mentions for k in range(m.first, m.last)}
        ends = sorted({m.last for m in anchors}, reverse=True)
        while ends:
            t = ends.pop()
            if t < len(self.keys) and self.keys[t] == "،":
                t += 1  # "أحمد الخطيب، وسامر حداد"
            if t >= len(self.keys) or t in covered or self._sentence_no(t) != self._sentence_no(t - 1) or \
                    skip and any(s.begin <= self.toks[t].span.begin < s.end for s in skip):
                continue
            ne = self._conjunct_name(t)
            if ne is None or covered.intersection(range(t, ne)):
                continue
            self.mentions.append(RawMention(t, ne, self._span(t, ne), "Person", "person",
                                            name=(self.keys[t][1:], *self.keys[t + 1:ne]), prefix="و"))
            covered.update(range(t, ne))
            ends.append(ne)

    def _conjunct_name(self, t: int) -> int | None:
        """End of a name opened by «و» at token t (two to four words), or None: the word after «و» may open a name
        (no function word, common noun, verb, title, body, measure or nisba; no article: «والرئيس»), and the words
        after it read as a name."""
        tok, written = self.keys[t], self.toks[t].norm
        if not tok.startswith("و") or len(tok) < 4 or "\u064b" in self.toks[t].text or \
                "\n" in self.a.text[self.toks[t].span.end:self.toks[min(t + 1, len(self.toks) - 1)].span.begin]:
            return None
        stem, bare = tok[1:], written[1:]
        given = bare in self.given
        if stem.startswith("ال") or stem in self.stop or norm(stem) in self.stop or bare in self.heads or \
                stem in self.heads or match_key(stem) in self.lex.measures or stem in self.lex.weekdays or \
                stem == _COMPOUND_HEAD:
            return None  # («وعبد الرحمن» is the given-name recognizer's)
        if not given and ("ال" + bare in _common_nouns() or "ال" + bare in _common_words() or
                          bare in _common_bare_words() or not self._opens_lent_name(bare, strict=True)):
            return None  # "وقبله عدد", "وأدلى شقيقه", "وقائدين": no given name, no foreign name
        if not self._name_position_at(t) or self.gaz.names.match(self.keys, t):
            return None  # "ووزير الخارجية", "وحكومة", "وأكد", "وسوريا"
        if t + 1 >= len(self.keys):
            return None
        ne = self._lent_name_end(t, self._read_name(t + 1, after_given=given), given)
        return ne if 2 <= ne - t <= 4 else None

    def _opens_lent_name(self, word: str, strict: bool = False) -> bool:
        """A word (normalized, no و) may open a name no title introduces: a known given name or «أبو», or a word of a
        foreign name's shape (four letters at least) with no Arabic ending («عريقة»; with `strict`, «قائدين»), no
        present-tense prefix, and no preposition before a known word («لصالح», «لتمثل»)."""
        key = match_key(word)
        if word in self.given or key in _NAME_OPENERS or _compound_head(key):
            return True  # («أبو بكر سيلا», «عبد الإله بخاري»)
        if len(key) < 4 or key.endswith(("ه", "ون", "ات", "وا", "نا", "ها", "هم")) or strict and key.endswith("ين") or \
                key.startswith("ال") or key[:1] in "يت" and len(key) >= 4 or key[:2] in ("سي", "ست"):
            return False  # («قائدين» after «و»; a nationality is followed by one person: «أرسين فينجر»)
        return not any(p and p[-1] in ("ل", "ب", "ك") and (s in self.given or s[:1] in "يت" and len(s) <= 5 or
                                                   "ال" + s in _common_nouns() or s in self.stop or
                                                   self.gaz.names.match([s], 0))
                       for p, s in clitic_variants(key))

    def _verb_word(self, k: int) -> bool:
        """Token k is a present or future verb by its shape and the analyzer («يلتقط», «سيبقى»), not a known given
        name. (The analyzer's reading of other words is no test: it reads «فينجر», «الحسيني» as verbs.)"""
        return not self._given(k) and verb_shaped(self.toks[k].text)

    def _lent_name_end(self, i: int, ne: int, given: bool) -> int:
        """A name read from token i to ne with no title before it, cut before a later word that is a common noun
        («زاياتي منتخب», «خالد حنيف جدارية») or a preposition and a word («لاقترابه»); the word after a known
        given name may be a family name that is also a common word («حسين أمان»)."""
        for k in range(i + (2 if given else 1), ne):
            if self._given(k) or any(self.keys[n] in links for n in (k - 1, k)
                                     for links in (_NAME_LINKS, _PATRONYM_LINKS, _FAMILY_LINKS)):
                continue  # («طارق آل زاهر»)
            word = self.toks[k].norm
            bare = word[:-1] if word.endswith("ه") and len(word) >= 4 else word
            if self._verb_word(k) or "ال" + word in _common_nouns() or "ال" + bare in _common_nouns() or \
                    any(p["type"] == "State" for p in (self.gaz.names.match(self.keys, k) or (0, "", []))[2]) or \
                    "ال" + word in _common_words() or \
                    any(p in ("ل", "ب") and len(s) >= 3 and ("ال" + s in _common_nouns() or s in self.stop)
                        for p, s in clitic_variants(self.keys[k])):
                return k
        return ne

    def _surnames(self, skip: list[Span]) -> None:
        """Bare family names of persons introduced in this article ("وتوكاييف" after "قاسم جومرت توكاييف")."""
        exact: dict[str, RawMention] = {}
        loose: dict[str, RawMention] = {}
        for m in self.mentions:
            if m.type != "Person" or not m.name or (len(m.name) < 2 and m.key not in self.gaz.rows):
                continue  # only confident names lend their family name
            last = m.name[-1]
            if len(last) < 3 or last in self.stop or last in _common_nouns() or last in _divine() or \
                    len(m.name) > 1 and m.name[-2] in _NAME_LINKS or \
                    any(p["type"] != "Person" for p in (self.gaz.names.match([last], 0) or (0, "", []))[2]):
                continue  # "عبد الله" alone lends no family name; "حسن نصر الله" lends no bare «الله» (God); a
                # name ending in a listed place or state («صلاح إيران») lends none
            exact.setdefault(last, m)
            if len(last) >= 5 and not last.startswith("ال"):
                loose.setdefault(skeleton(last), m)  # spelling variants of foreign names
        if not exact and not loose:
            return  # no person lends a family name
        covered = set()
        for m in self.mentions:
            covered.update(range(m.first, m.last))
        # the reading depends on the spelling alone: asked once per spelling of the article, then the positions of
        # the spellings that have one found by map/compress (a Python step per token cost more than the readings)
        spellings = list(set(self.keys))
        held = list(map(_surname_memo(self.stop).get, spellings))  # _surname_readings, the memo read in one pass
        for n in positions_of(held, None):
            held[n] = _surname_readings(spellings[n], self.stop)
        readings: dict[str, tuple[str, str, RawMention]] = {}
        for k, options in zip(spellings, held, strict=True):
            for prefix, stem, skel in options:  # _surname_reading, inlined (once per spelling of every article)
                hit = exact.get(stem) or (loose.get(skel) if loose and skel is not None else None)
                if hit:
                    readings[k] = (prefix, stem, hit)
                    break
        for i in compress(range(len(self.keys)), map(readings.__contains__, self.keys)):
            # `skip and`: no generator per token when the article has no boilerplate (most have none)
            if i in covered or skip and any(self.toks[i].span.begin >= s.begin and self.toks[i].span.end <= s.end
                                            for s in skip):
                continue
            found = readings.get(self.keys[i])
            if found is not None:
                prefix, stem, hit = found
                self.mentions.append(RawMention(i, i + 1, self._span(i, i + 1), "Person", "person", key=hit.key,
                                                name=(stem,), prefix=prefix))

    def _numbered_units(self, skip: list[Span]) -> None:
        """A unit of an army named by its number («اللواء 17 مشاة حرس جمهوري», «مقرا للفرقة 30»): an organization
        apart from its army, of the country where it is named (`_unit_country`), else the story's; the rank «اللواء»
        is never followed by a number."""
        covered = {k for m in self.mentions for k in range(m.first, m.last)}
        for i in range(len(self.keys) - 1):
            number = self.keys[i + 1]
            if not number.isdigit() or i in covered or i + 1 in covered or \
                    skip and any(s.begin <= self.toks[i].span.begin < s.end for s in skip):
                continue
            hit = next(((p, _MILITARY_UNITS[s]) for p, s in clitic_variants(self.keys[i]) if s in _MILITARY_UNITS),
                       None)
            if hit is None:
                continue
            prefix, (part, label) = hit
            j = i + 2
            while j < len(self.keys) and self.keys[j] in _UNIT_KINDS and j not in covered:
                j += 1
            owner = self._unit_country(i) or self.focus
            row = self.gaz.rows.get(owner or "", {})
            key = f"{owner}_{part}_{number}" if owner else f"{part}_{number}"
            label_en = f"{label} {number}" + (f" ({row['label_en']})" if row.get("label_en") else "")
            span = self._span(i, j)
            self.mentions.append(RawMention(i, j, span, "Organization", "institution", key=key, label_en=label_en,
                                            label_ar=norm(self.a.text[span.begin:span.end]), prefix=prefix,
                                            extra={"country": owner}))

    def _unit_country(self, i: int) -> str | None:
        """The country of the listed place named nearest to token i in its sentence («معسكر اللواء 35 مدرع في تعز»:
        Yemen), where a unit of an army is: a story about Iran's part in Yemen is not about Iran's brigades. Not a
        state named there («قرية قاح الحدودية مع تركيا»: a Syrian village on the Turkish border)."""
        sent = self._sent_of_token[i]
        best: tuple[int, str] | None = None
        for m in self.mentions:
            if m.type != "Place" or not m.key or self._sent_of_token[m.first] != sent:
                continue
            country = self.gaz.rows.get(m.key, {}).get("country_key")
            dist = abs(m.first - i)
            if country and (best is None or dist < best[0]):
                best = (dist, country)
        return best[1] if best else None

    def _surname_reading(self, k: str, exact: dict[str, RawMention], loose: dict[str, RawMention],
                         ) -> tuple[str, str, RawMention] | None:
        """(prefix, stem, the person) of the first clitic reading of token k that is a lent family name."""
        for prefix, stem, skel in _surname_readings(k, self.stop):
            hit = exact.get(stem) or (loose.get(skel) if loose and skel is not None else None)
            if hit:
                return prefix, stem, hit
        return None


def find_mentions(analysis: Analysis, skip: list[Span] | None = None,
                  recognizers: Collection[str] | None = None) -> tuple[list[RawMention], str | None]:
    """Candidate mentions and the focus country; `recognizers` (module names of kg/extract/recognizers/) runs only
    those, for a look at what each proposes (the passes over the whole article run in any case)."""
    finder = MentionFinder(analysis, recognizers=recognizers)
    return finder.find(skip), finder.focus


def find_mentions_with_outlet(analysis: Analysis, skip: list[Span] | None = None,
                              ) -> tuple[list[RawMention], str | None, str | None]:
    """Mentions, the focus country, and the key of the outlet a "المصدر | ..." line credits."""
    finder = MentionFinder(analysis)
    return finder.find(skip), finder.focus, finder.outlet
