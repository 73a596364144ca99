"""Who did what to whom: PLOVER-typed events between actors.

Verb triggers take the subject after them (VSO) or right before them (SVO), and the target from the verb's
preposition or the next actor; nominal triggers take the nearest actor before them, or "بين X وY". Negated
triggers (لم، لن، لا، عدم) are not coded as events that happened.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import attrgetter

from kg.doc import RawMention
from kg.extract import cameo
from kg.extract.clauses import (
    _ATTRIBUTION,
    _BETWEEN,
    _CLAUSE_OPENERS,
    _DOCUMENTS,
    _FUNCTION_WORDS,
    _NISBA_ENDINGS,
    _PREPOSITIONS,
    _RELATIVE,
    _RELATIVE_GENDER,
    _THAT,
    _VERB_PARTICLES,
    _VICTIMS,
    ACTOR_TYPES,
    QUOTES,
    SKIP,
    ClauseReader,
    unnamed_subject_opens,
)
from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.extract.recognizers.places import _place_kind
from kg.extract.recognizers.shared import _common_words, _name_heads
from kg.lexicon import DATA, clitic_variants, gazetteer, lexicons, match_key, read_tsv, words
from kg.model import Action, Mention, Span, Statement
from kg.positions import positions_of
from kg.spellings import UNKNOWN, records
from kg.text.normalize import norm

# the extractor's closed word classes: kg/data/lexicon/action_words.tsv (normalized on load)
_WORDS = "action_words.tsv"
_NEGATORS = set(words(_WORDS, "negator"))
_INTRANSITIVE = {"RETREAT", "PROTEST", "MOBILIZE"}
_SCRIPTURE_OPEN, _SCRIPTURE_CLOSE = frozenset("{\ufd3f"), frozenset("}\ufd3e")  # { and ﴿ (U+FD3F) open a verse
_NEEDS_TARGET = {"SUPPORT", "CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION", "REQUEST"}
_DEMONSTRATIVES = set(words(_WORDS, "demonstrative"))
_DETERMINERS = _DEMONSTRATIVES | {match_key(w) for w in words(_WORDS, "determiner")}
_ONE_OF = {match_key(w) for w in words(_WORDS, "one_of")}
_PROMPTING = {match_key(w) for w in words(_WORDS, "prompting")}
_QUESTION = {match_key(w) for w in words(_WORDS, "question")}  # "هل ترفع واشنطن حظر"
_LIFT = {match_key(w) for w in words(_WORDS, "lift")}  # "سترفع الولايات المتحدة عقوباتها"
_PASSIVE_PRONE = {match_key(w) for w in words(_WORDS, "passive_prone")}  # "قتل القذافي": killed
_OBJECT_WITH_BA = {match_key(w) for w in words(_WORDS, "object_with_ba")}  # "ندد بالهجوم"
_DESTINATION_VERBS = {match_key(w) for w in words(_WORDS, "destination_verb")}  # "زار الكويت"
_PROTEST_NOUNS = words(_WORDS, "protest_noun")
_CALLED_FOR = {"SUPPORT"}  # a call to back someone is coded as backing them; other acts called for did not happen
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
_CLAUSE_BREAKS = _CLAUSE_OPENERS | _THAT | {":"}
_VERBAL = {"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"}
_OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "كم")
_UNASKED = object()  # a memo's "not asked yet" (None is an answer)
_MAY_TRIGGER = attrgetter("may_trigger")
_POSSESSIVE = ("ه", "ها", "هم", "هما")
_DOERS = ("هما", "ه", "ها")  # the possessive of one doer, or the dual of two that did it together
_NEEDS_OBJECT = {"ASSAULT", "COERCE"}
_RELATIVE_WORDS = set(words(_WORDS, "relative_word"))
_SPORTS = set(words(_WORDS, "sports"))
_MADE_BY = set(words(_WORDS, "made_by"))  # "التي صدرت عن X": the words are X's
_ISSUED = set(words(_WORDS, "issued"))  # "وصدر أمر باعتقال": a passive order or ruling
_MADE_BY_LINKS = set(words(_WORDS, "made_by_link"))  # "التي أدلى بها X"
_HELD_BY = set(words(_WORDS, "held_by"))  # "من أيدي X": taken from X
_HARMED_IN = set(words(_WORDS, "harmed_in"))  # "قتل في غارة": the attack a passive verb of harm happened in
_PHYSICAL = {"ASSAULT"}  # strikes named again in another paragraph are as often new ones
_CUSTODY = {"COERCE", "CONCEDE"}  # arrests, detentions, releases: done by institutions
_COMPLEMENTIZERS = set(words(_WORDS, "complementizer"))
_COPULAS = {match_key(w) for w in words(_WORDS, "copula")}  # "فرنسا ليست مطالبة بالتحقيق"
_NO_OBJECT = {"،", ",", ".", "؛", ":", *words(_WORDS, "no_object")}
(_SUPPORT_FROM,) = words(_WORDS, "support_from")  # "وبدعم من"
(_OTHER_PARTY,) = words(_WORDS, "other_party")  # "مع"
_AGENT_PHRASE = [tuple(w.split()) for w in words(_WORDS, "agent_phrase")]  # "من قبل"
_SELF_THAT_PERSON = words(_WORDS, "self_that_person")  # "أنه"
_SELF_THAT = _SELF_THAT_PERSON + words(_WORDS, "self_that_body")  # and "أنها"
_WISH_THAT = words(_WORDS, "wish_that")
_YESTERDAY = words(_WORDS, "yesterday")
_TIME_WORDS = _YESTERDAY + words(_WORDS, "today")
_NAMED_AS = {match_key(w) for w in words(_WORDS, "named_as")}  # "رجلا يدعى ساوتي كوما"
_TIME_NOUNS = set(words(_WORDS, "time_noun"))  # "هذا الشهر": after a demonstrative, a time, no object
_TIME_ADVERBS = {match_key(w) for w in words(_WORDS, "time_adverb")}  # "اعتقلت فجراً"
_PARTITIVE = words(_WORDS, "partitive")
_NISBA_PLURAL = tuple(e for e in _NISBA_ENDINGS if e.endswith(("ين", "ون")))  # "فلسطينيين", "سوريون"
_NISBA_MARKED = tuple(e for e in _NISBA_ENDINGS if len(e) > 1) + ("يا",)  # not the bare ي of "يدعى" as read
_RESUMPTIVE_PREPOSITIONS = words(_WORDS, "resumptive_preposition")
_RESUMPTIVE_WORDS = words(_WORDS, "resumptive_word")
_OBJECT_FRAMES = words(_WORDS, "object_frame")
_CALL_FRAMES = words(_WORDS, "call_frame")
_NEW_CLAUSE = [tuple(w.split()) for w in words(_WORDS, "new_clause")]  # "فيما", "في حين"
_MANAGE_PREPOSITIONS = words(_WORDS, "manage_preposition")
_KANA_GAP = {"،", ",", *words(_WORDS, "kana_gap")}  # "وكان X، قد انتقد"
_QAD = set(words(_WORDS, "qad"))
_ATTACK_PREPOSITIONS = words(_WORDS, "attack_preposition")  # "هجوم على|ضد"
(_PROTESTERS_LABEL,) = words(_WORDS, "protesters_label")
_NAME_LINKS = set(words(_WORDS, "name_link"))
_MASCULINE_HEADS = set(words(_WORDS, "masculine_head"))
_REPORTER_WORDS = {match_key(w) for w in words(_WORDS, "reporter_word")}
_PERSON_NOUN = {match_key(w) for w in words(_WORDS, "person_noun")}  # "أوقفت الشرطة رجلا"
_SEPARATE_PRONOUNS = {match_key(w) for w in words(_WORDS, "separate_pronoun")}  # "متهما إياه"
_POSITIONS = {match_key(w) for w in words(_WORDS, "positions")}  # "مواقع تمركز مليشيات الحوثي"
_STATIONING = {match_key(w) for w in words(_WORDS, "stationing")}
_MANNER = set(words(_WORDS, "manner"))  # "اتهم بشدة": how, not what of
_CHARGE_VERBS = {match_key(w) for w in words(_WORDS, "charge_verb")}
_OWE_FORMS = {match_key(w) for w in words(_WORDS, "owe_form")}
_WARNED_OF = words(_WORDS, "warned_of")[0]
# the prepositions written as their own word before a carrier verb's event noun ("شارك في", "تمكن من")
_CARRIER_WORDS = frozenset(norm(r["prefix"]) for r in read_tsv(DATA / "lexicon" / "carriers.tsv")
                            if len(r["prefix"]) > 1)
_AMBASSADOR = "ambassador"  # the role key of titles.tsv whose unnamed holder stands for his state
_VISIT = words(_WORDS, "visit_noun")[0]  # the lexicon's form of the nominal visit (actions.tsv)
_VISIT_VERBS = set(words(_WORDS, "visit_verb"))
_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


class ActionExtractor(ClauseReader):
    def __init__(self, ctx: DocContext, skip_sentences: set[int], statements: list[Statement]):
        self.ctx = ctx
        self.keys = ctx.keys
        # _noun_with_pronoun per token spelling, kept for the process with the trigger lexicon
        self._with_pronoun: dict[str, tuple | None] = lexicons().actions.spelling_memo("noun_with_pronoun")
        self.toks = ctx.analysis.tokens
        self.lex = lexicons()
        # the trigger lexicons' answers at every token, from one scan each (_match asks at every token)
        self._light = self.lex.light_actions.matches(self.keys)
        self._triggers = self.lex.actions.matches(self.keys)
        self.skip = skip_sentences
        self.statements = statements
        self.out: list[Action] = []
        self.last_actor: str | None = None
        self.sentence_first = 0  # where the sentence begins, its byline included
        self.last_pair: tuple[str, str] | None = None
        self.sentence_start = 0
        self.requires_target = False
        self.untargeted_actor: str | None = None
        self.crowds: list[Mention] = []  # the crowds that protested, named by a plural noun and no entity
        # the words inside the name of a body, a group or a place after its first ("تحالف دعم الشرعية"): no trigger
        self.inside_names = {k for m in ctx.mentions if m.key and m.type in ("Organization", "Group", "Place")
                             and m.kind != "role" for k in range(m.first + 1, m.last)}
        from kg.extract.recognizers.shared import _stopwords

        self._stop = _stopwords()

    def _negated(self, s0: int, i: int) -> bool:
        return any(self.keys[k] in _NEGATORS or self.keys[k][:1] in "وف" and self.keys[k][1:] in _NEGATORS
                   for k in range(max(s0, i - 2), i))

    def _context(self, role: str, ptype: str | None, lo: int, hi: int, slack: int = 1,
                 ) -> tuple[int, int, dict] | None:
        """A context phrase of `role` (action_context.tsv) for triggers of `ptype` (None: any), starting in [lo, hi)
        and ending at most `slack` tokens before hi: (start, length, payload); the nearest one wins."""
        for k in range(hi - 1, lo - 1, -1):
            m = self.lex.action_context.match(self.keys, k)
            if not m:
                continue
            n, _prefix, payloads = m
            if k + n > hi or hi - (k + n) > slack:
                continue
            for pl in payloads:
                if pl["role"] == role and (ptype is None or "*" in pl["types"] or ptype in pl["types"]):
                    return k, n, pl
        return None

    def _match(self, i: int) -> tuple[int, dict, tuple[int, int] | None, str] | None:
        """The trigger at token i: (length, payload, the object of a light verb, object pronoun suffix)."""
        light = self._light[i] or self._short_verb(i, self.lex.light_actions)
        if light and _verb_prefix(light[1]) in ("", "و", "ف"):  # a verb: "بفتح النار" is a verbal noun
            n, _prefix, payloads = light
            end = self._clause_end(i + n, min(len(self.keys), i + n + 14))
            for p in payloads:
                if "carrier" in p:
                    for o in self._carrier_objects(i + n, end):
                        if (carried := self._carried(o, p)) is not None:
                            return n, carried[1], (o, o + carried[0]), ""
                    continue
                for o in self._adjacent(i + n, end) if p.get("requires") == "adjacent" else range(i + n, end):
                    if self._object_at(o, p["object"]):
                        return n, p, (o, o + len(p["object"])), ""
                    if self._other_object(o):
                        break  # "نشرت قناة الإخبارية تسجيلا ... مسجد قوات": the verb has its object already
        m = self._triggers[i] or self._short_verb(i, self.lex.actions)
        if m and m[2][0]["kind"] == "possessed":
            m = None  # "لقاء" alone: coded only with the pronoun naming who met (below)
        if m and not self._inflected_after_preposition(i, _verb_prefix(m[1]), m[2][0]):
            return m[0], m[2][0], None, ""
        if (cm := self._cameo(i)) is not None:
            return 1, cm, None, ""
        tok = self.keys[i]
        hit = self._with_pronoun.get(tok, _UNASKED)
        if hit is _UNASKED:
            hit = self._with_pronoun[tok] = self._noun_with_pronoun(tok)
        return hit

    def _carrier_objects(self, j: int, end: int) -> list[int]:
        """Where the event noun of a carrier verb may stand: after the verb and its subject (a mention, the fighters
        of one, or one unknown word: "قام الأهالي بوقفة"), within five words that no comma or clause opener breaks
        ("قامت المقاومة الشعبية بمحافظة الضالع باقتحام", "شاركت طائرات التحالف لأول مرة في قصف"); not further
        on ("بدأت بالعمل، إلا أن ... بسبب تدمير")."""
        k = self._skip_days(j, end)
        if k >= end:
            return []
        subj = self._subject_at(k, end)
        after = subj.last if subj is not None and k <= subj.first <= k + 1 else k
        out = []
        for c in range(k, min(end, after + 5)):
            if self.keys[c] in ("،", ",", "؛", ":", ".") or self.keys[c] in _CLAUSE_OPENERS:
                break
            out.append(c)
        return out

    def _carried(self, o: int, p: dict) -> tuple[int, dict] | None:
        """The event noun at o that a carrier verb (carriers.tsv) makes its object, as a trigger of the verb's type
        ("قامت الشرطة باعتقال", "شارك المئات في مظاهرة"): its length and payload, or None."""
        prefix = p["carrier"]
        if " " not in prefix and len(prefix) > 1:  # a preposition written as its own word: "في مظاهرة"
            if o == 0 or self.keys[o - 1] != prefix:
                return None
            prefix = ""
        m = self._triggers[o]
        if not m or m[1] != prefix:
            return None
        for q in m[2]:
            if q["kind"] not in ("noun", "verb") or "*" not in p["types"] and q["type"] not in p["types"]:
                continue
            if q["kind"] == "verb" and (self.keys[o][len(prefix):] != _verb_base(q) or
                                        not prefix and len(_verb_base(q)) != 3):
                # an inflected verb is no event noun ("قصفت"); a bare verb is one only after a preposition or when
                # its verbal noun is spelled like it ("قصف", not "نفذت ... استهدف")
                continue
            return m[0], {**q, "kind": "verb", "form": f"{p['form']} {q['form']}", "object": ()}
        return None

    def _noun_with_pronoun(self, tok: str) -> tuple[int, dict, None, str] | None:
        """"تدميرهم": a noun trigger with an object pronoun (asked per spelling: the answer depends on it alone)."""
        for suffix in _OBJECT_PRONOUNS:
            if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
                m = self.lex.actions.match([tok[:-len(suffix)]], 0)
                if m and m[0] == 1 and m[2][0]["kind"] == "noun":
                    return 1, m[2][0], None, suffix
        return self._possessed(tok)

    def _possessed(self, tok: str) -> tuple[int, dict, None, str] | None:
        """"لقائه", "تعاونهما": a verbal noun whose possessive pronoun is its doer. The hamza takes the seat ئ
        before a pronoun (لقاء -> لقائه)."""
        for suffix in _DOERS:
            if not tok.endswith(suffix) or len(tok) - len(suffix) < 3:
                continue
            base = tok[:-len(suffix)]
            base = base[:-1] + "ء" if base.endswith(("ئ", "ؤ")) else base
            m = self.lex.actions.match([base], 0)
            found = [pl for pl in m[2] if pl["kind"] == "possessed"] if m and m[0] == 1 else []
            if found:
                return 1, found[0], None, suffix
        return None

    def _short_verb(self, i: int, index) -> tuple[int, str, list[dict]] | None:
        """"وشن", "وحث": a conjunction on a verb of two letters, which the clitic reading leaves out (it keeps
        stems of three letters or more)."""
        tok = self.keys[i]
        if len(tok) != 3 or tok[0] not in "وف":
            return None
        m = index.match([tok[1:]], 0, clitics=False)
        verbs = [pl for pl in m[2] if pl["kind"] == "verb"] if m and m[0] == 1 else []
        return (1, tok[0], verbs) if verbs else None

    def _adjacent(self, j: int, end: int) -> list[int]:
        """Where the object of a verb stands when it must follow the verb or its subject directly ("تبنى تنظيم
        داعش الهجوم", not "تبنت الحكومة خطة لمكافحة الهجمات")."""
        k = j
        while k < end and self.keys[k] in SKIP:
            k += 1
        out = [k]
        m = self.ctx.mention_at(k)
        if m and m.type in ACTOR_TYPES:
            out.append(m.last)
        for o in list(out):  # "تبنى التنظيم غالبية هذه الهجمات"
            while o < end and self.keys[o] in _DETERMINERS:
                o += 1
                out.append(o)
        return [o for o in out if o < end]

    def _cameo(self, i: int) -> dict | None:
        """A verb of the CAMEO dictionary (cameo.py), read like a verb trigger of actions.tsv."""
        lemma = cameo.verb_lemma(self.keys[i])  # cached per token, and None for almost every word: asked first
        if not lemma or self.ctx.mention_at(i) or self.lex.speech.match(self.keys, i):
            return None
        kind = cameo.inflection(self.keys[i], lemma)
        if kind is None:
            return None
        row = cameo.curated().get(lemma)
        if kind == "object":  # "قوات الأمن اعتقلته", not "تقديم استقالته"
            kind = "verb" if any(m.last == i for m in self._actors(max(0, i - 8), i)) else None
        if row is not None and kind == "verb" and not self._masdar(0, i):  # "إلى استعادتها": a verbal noun
            # one of kg's own verbs in a past form the lexicon does not list ("اعتقلته", "واتهمهم"); present
            # forms are left out: on real news they are mostly habitual, modal or figurative ("الوقت يداهم")
            prep = row.get("target") or ""
            return {"type": row["type"], "kind": kind, "target": match_key(norm(prep)) if prep else None,
                    "form": row["form"], "requires": row.get("requires") or None}
        e = cameo.match(self.keys, i, self._clause_end(i + 1, len(self.keys))) if row is None and kind else None
        if e is None:
            return None
        return {"type": e.type, "kind": kind, "target": " ".join(e.prep) or None, "form": e.verb,
                "requires": None, "cameo": e.cameo, "source": e.source}

    def _inflected_after_preposition(self, i: int, prefix: str, p: dict) -> bool:
        """"وبحثا" is و + بحثا, not و + ب + حثا: a preposition attaches to a verbal noun (the bare form, "بدعم"),
        never to an inflected verb."""
        if p["kind"] not in ("verb", "present") or not any(c in prefix for c in "بلك"):
            return False
        stem = self.keys[i][len(prefix):]
        return stem != _verb_base(p)

    def _other_object(self, o: int) -> bool:
        """An indefinite accusative noun no entity names (written with its alif, «تسجيلا»): another object."""
        tok = self.keys[o]
        return len(tok) >= 5 and tok.endswith("ا") and not tok.endswith(_OBJECT_PRONOUNS + ("نا",)) \
            and not tok.startswith("ال") and self.ctx.mention_at(o) is None \
            and not self.lex.actions.match(self.keys, o) and not self.lex.numbers.get(tok)

    def _object_at(self, o: int, obj: tuple[str, ...]) -> bool:
        if o + len(obj) > len(self.keys) or tuple(self.keys[o + 1:o + len(obj)]) != obj[1:]:
            return False
        return any(match_key(first) == obj[0] for _p, first in clitic_variants(self.keys[o]))

    def _may_trigger(self) -> list[bool]:
        """Per token, whether _match can find a trigger there: a light verb or trigger of the lexicons, a
        conjunction on a verb of two letters (_short_verb), a CAMEO verb (_cameo asks its lemma first) or a noun
        with an object pronoun; _match, _homograph and _names_head are asked only there (they are pure tests, and
        most tokens trigger nothing)."""
        # the tests on the spelling alone, kept in the spellings' records (kg.spellings), read for every token in
        # one pass; the spellings not asked yet are tested after (map, zip and compress: no Python step per token;
        # a lexicon match is a non-empty tuple or None)
        recs = records(self.keys)
        out: list = list(map(_MAY_TRIGGER, recs))
        for k in compress(range(len(out)), map(any, zip(self._light, self._triggers, strict=True))):
            out[k] = True
        for k in positions_of(out, UNKNOWN):
            rec = recs[k]
            if rec.may_trigger is UNKNOWN:
                rec.may_trigger = self._may_trigger_spelled(self.keys[k])
            out[k] = rec.may_trigger
        return out

    def _scripture(self, may: list[bool]) -> None:
        """"{وَاعْتَصِمُواْ بِحَبْلِ اللّهِ}": a verse quoted between braces or ornate brackets codes no event."""
        opened = None
        for k, key in enumerate(self.keys):
            if key in _SCRIPTURE_OPEN:
                opened = k
            elif key in _SCRIPTURE_CLOSE and opened is not None:
                may[opened:k] = [False] * (k - opened)
                opened = None

    def _may_trigger_spelled(self, tok: str) -> bool:
        if len(tok) == 3 and tok[0] in "وف" or cameo.verb_lemma(tok):
            return True
        hit = self._with_pronoun.get(tok, _UNASKED)
        if hit is _UNASKED:
            hit = self._with_pronoun[tok] = self._noun_with_pronoun(tok)
        return hit is not None

    def run(self) -> list[Action]:
        may = self._may_trigger()
        self._scripture(may)
        stops = [k for k, m in enumerate(may) if m]  # the loop below steps over the other tokens
        stops.append(len(may))
        for si, sent in enumerate(self.ctx.analysis.sentences):
            if si in self.skip:
                continue
            s0, s1 = self.ctx.bounds(sent)
            if next((k for k in self.keys[s0:s1] if k not in QUOTES and k not in ("-", "(", "،")), "") in _QUESTION:
                continue  # "هل ترفع واشنطن حظر «جبهة النصرة»؟": a question asserts no act
            # the byline is no subject; a verb right after it does not open the sentence either (it does not go on
            # with the previous sentence's actor)
            self.sentence_first, s0 = s0, self._past_byline(s0, s1)
            sentence_actor: str | None = None
            self.sentence_gender: str | None = None  # the gender the sentence actor's own verb showed
            self.sentence_start = len(self.out)
            self.call: tuple[int, int, set[str]] = (s1, s1, set())
            self.call_actor: str | None = None  # who made the call or charge the window holds (None: nobody named)
            self.last_coded: bool = False
            self.attack_verb: int | None = None  # where a verb of attack was coded in this sentence
            consumed: set[int] = set()
            i = s0
            while i < s1:
                if (at := stops[bisect_left(stops, i)]) != i:
                    i = at  # no trigger before `at`
                    continue
                hit = self._match(i) if may[i] and i not in consumed and not self._homograph(i) and \
                    not self._names_head(i) else None
                if not hit:
                    i += 1
                    continue
                n, p, obj, pronoun = hit
                if n == 1 and (p["kind"] in ("verb", "present", "object") or p["form"].endswith("ه")) and \
                        not p["form"].endswith("ة") and \
                        self.toks[i].text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ة"):
                    # "وزارة" (ministry), written with ta marbuta: no verb with the pronoun ه ("و + زاره"); "مصر قلقة"
                    # (worried), no noun with it ("قلقه", his concern)
                    i += 1
                    continue
                if p["type"] == "ACCUSE" and _verb_base(p) in _OWE_FORMS and self._owes(i + n):
                    i += n  # "حزب الله الذي يدين لطهران": owes it, condemns nothing
                    continue
                if self._negated(s0, i) or p["kind"] == "passive" or _passive(self.toks[i].text) or \
                        p["type"] in ("ASSAULT", "COERCE", "THREATEN", "MOBILIZE") and self._game(s0, s1) or \
                        _passive_weak(self.toks[i].text, p) or \
                        i > s0 and self.keys[i - 1] in _PROMPTING or \
                        self._other_sense(p["type"], i + n, s1):
                    self.last_coded = False
                    i += n
                    continue
                if p["type"] == "ASSAULT" and p["kind"] == "noun" and self._object_of_attack_verb(i):
                    i += n  # "شنت طائرات التحالف العربي الذي تقوده السعودية، سلسلة غارات": the verb's own strikes
                    continue
                self.untargeted_actor = None
                found, p = self._participants(p, i, n, s0, s1, sentence_actor, obj, pronoun)
                if not found and self.kind == "noun" and p["type"] == "ASSAULT" and not pronoun and \
                        self._attack_happened(s0, i) and (state := self._attacking_state(i + n, s1)) is not None:
                    # "استهدفت غارة إسرائيلية سيارة", "قتل خمسة في غارات روسية على إدلب": the nationality on a noun of
                    # attack names the state that attacked, though no subject is named
                    end = self._clause_end(i + n + 1, s1)
                    target = self._target(i + n + 1, end, p["target"], state, "ASSAULT")
                    if target is not None and getattr(self.ctx.entities.get(target), "country", None) == state:
                        target = None  # "غارة أميركية على حاجز للجيش": not the state's own army
                    found = [(state, target, i + n + 1)]
                if found and (agent := self._nisba_agent(i + n, s1)) is not None and found[0][0] != agent:
                    # "رغم طلب مصري بتسلمه", "غارات روسية": the nationality on a verbal noun names who did it; after
                    # a verb, one national with no article is its subject ("طلب مصري"), no actor read elsewhere
                    found = [(agent, t if t != agent else None, ts) for _a, t, ts in found[:1]] \
                        if self.kind == "noun" and agent in self.ctx.entities else []
                if len(found) == 1 and p["kind"] == "verb" and self._type(found[0][0]) == "Person" and \
                        self._plural_verb(i):
                    found = []  # "انقسموا حول رحيل حمد الحمد وطالبوا": a plural verb has no one person as subject
                if found and p["type"] == "ASSAULT" and self._dead_before(found[0][0], s0, i):
                    found = []  # "مقتل سبعة من قادة داعش بقصف مدفعي استهدف موكبهم": the dead did not strike
                if found and self.kind == "noun" and p["type"] in _CUSTODY and not self.authorized and \
                        self._type(found[0][0]) == "Person" and self._reported_by(found[0][0], i) and \
                        not self._genitive_agent(found[0][0], i + n, s1):
                    # "وأوضح الناطق الإعلامي للشرطة أن المختصين باشروا القبض على الجاني": an arrest or a release
                    # named by its noun in a person's own words is an institution's he reports or explains (not
                    # "وجه الأمير بسرعة القبض على", his order; not "قمع الرئيس بشار الأسد للاحتجاجات", his own)
                    found = []
                self.last_coded = bool(found)
                if not found:
                    if self.call[0] >= s1 and p["type"] in ("REQUEST", "ACCUSE"):
                        # "واتهم وزير (no entity) إسرائيل بأنها اقتحمت": what is alleged still did not happen
                        self._open_call(p["type"], p["kind"], i + n, s1, self.untargeted_actor)
                    sentence_actor = self.untargeted_actor or sentence_actor
                    i += n
                    continue
                last = obj[1] if obj else i + n
                if p["type"] == "ASSAULT" and self._verbal_attack(i, last, s1, found):
                    p = {**p, "type": "ACCUSE"}  # "شن مازن الحذيفي هجوما عنيفا على الاتحاديين": criticism
                if self._accused(p, i, found):
                    i += n  # "متهما بارتكاب جرائم", "واتهم الرئيس الكيني بارتكاب": the one named is accused
                    continue
                if last < s1 and self.keys[last] in _SEPARATE_PRONOUNS:
                    found = [(a, t or self._pronoun_antecedent(last, s0, i, a), ts) for a, t, ts in found]
                for actor, target, tstart in found:
                    self._add(p, i, last - i, s0, s1, actor, target, max(tstart, last))
                if p["type"] == "ASSAULT" and p["kind"] == "verb":
                    self.attack_verb = i + n
                if found[0][0] != sentence_actor:
                    self.sentence_gender = self._shown_gender(i, p)
                sentence_actor = self.last_actor = found[0][0]
                if found[0][1] is not None:
                    self.last_pair = (found[0][0], found[0][1])
                if obj:  # "أجرى بارزاني اتصالا هاتفيا": the light verb's object is coded with it, not again as a noun
                    consumed.update(range(obj[0], obj[1]))
                i += n
            self._drop_calls_for_support()
        return _dedupe(self.out, self.ctx.analysis.text)

    def _drop_calls_for_support(self) -> None:
        """"دعا X الشعب إلى دعم الحكومة": a call to back someone is coded as X backing them; a request with no
        addressee named is then that same act, not a second one."""
        sent = self.out[self.sentence_start:]
        backers = {a.actor for a in sent if a.type in _CALLED_FOR}
        self.out[self.sentence_start:] = [a for a in sent if not (
            a.type == "REQUEST" and a.target is None and a.actor in backers)]

    def _participants(self, p: dict, i: int, n: int, s0: int, s1: int, sentence_actor: str | None,
                      obj: tuple[int, int] | None = None, pronoun: str = "",
                      ) -> tuple[list[tuple[str, str | None, int]], dict]:
        """(actor, target, where the target search starts) for one trigger, several for joint statements; and the
        trigger's payload, retyped where its context says so (action_context.tsv)."""
        kind, ptype = p["kind"], p["type"]
        self.kind = kind
        self.authorized = False  # the actor is the one who ordered or allowed the act ("أمر باعتقال")
        self.after_verb: RawMention | None = None
        self.object_named = False  # the object is named and is no actor: no target to look for
        self.requires_target = p.get("requires") == "target"
        if self.call[0] <= i < self.call[1] and ptype not in self.call[2]:
            return [], p  # "دعا إلى التراجع عن الأوامر التي تسمح بإطلاق النار": asked for, not done
        if kind == "charge":
            return self._charged(i), {**p, "type": "ACCUSE"}
        if self._unnamed_speakers_participle(s0, i):
            return [], p  # "وقال وزير الخارجية إن إيران تدعم الإرهاب، داعيا": the minister calls, not Iran
        if kind in ("noun", "possessed") and (pronoun or p["form"].endswith(_POSSESSIVE)) and \
                self._after_relative(s0, i):
            # "الحكومة التي دعمها حلف شمال الأطلنطي": after a relative pronoun the word is a verb with its object
            # pronoun (the head), its subject after it, not a verbal noun whose pronoun acts
            subj = self._subject_after(i + n, s1)
            if subj is None:
                return [], p
            head = self._relative_head(s0, i)
            return [(subj.key, head.key if head is not None and head.key != subj.key else None, subj.last)], p
        if kind == "possessed":
            return self._doers(p, i, s0, s1, sentence_actor, pronoun), p
        if kind == "noun" and self._predicate_participle(s0, i):
            return [], p  # "السلطة الفلسطينية مطالبة بوقف": the Authority is asked, it asks nothing
        if kind != "verb" and self._context("irrealis", None, max(s0, i - 4), i, slack=2) or \
                self._context("irrealis", None, max(s0, i - 1), i, slack=0):
            # right before it, the word makes a verb-shaped trigger a noun too ("تتمركز لشن قصف على الضالع")
            return [], p  # "مقترح جديد لتبادل الأسرى": proposed, not done
        if i > s0 and self._role_at(i - 1, "topic"):
            return [], p  # "تصويت جديد في البرلمان بشأن قصف سوريا": what a vote is about, not a bombing
        if ptype in ("SANCTION", "COERCE") and self._lifted(s0, i):
            return [], p  # "سترفع الولايات المتحدة والاتحاد الأوروبي عقوباتها": sanctions lifted, none imposed
        if self._context("ruling", None, max(s0, i - 4), i, slack=2):
            return [], p  # "حرم علينا قتل المدنيين": a ruling on the act, not the act
        if self._topic_of_future(s0, i, n, s1):
            return [], p  # "حذر من أن رفض الكونجرس للاتفاق سيؤدي إلى حرب": what would follow if it happened
        modal = self._context("modal", ptype, max(s0, i - 3), i)
        if not modal and self._context("modal", None, max(s0, i - 3), i):
            return [], p  # "يجب دعم الحكومة": wished for, not done
        if not modal and self._conditional(s0, i):
            return [], p  # "إذا فرضنا جدلا أن الرئيس سلام استقال": supposed, not done
        if modal:
            speaker = self._speaker_of(i)
            if speaker is None:
                return [], p
            p = {**p, "type": modal[2]["becomes"]}  # "يجب تدميرهم": a speaker's announced violence is a threat
            target = self._target(i + n, self._clause_end(i + n, s1), None, speaker) if not pronoun else None
            target = target or (self._pronoun_target(s0, i) if pronoun else None)
            return [(speaker, target, i + n)], p
        if kind in ("noun", "verb") and self._issued(s0, i):
            # "وصدر على مرشد الجماعة محمد بديع حكم بالإعدام", "وصدر أمر باعتقال 275 متهما": a ruling or an order
            # "was issued"; the one named is its object, whoever issued it is not named
            by = self._agent(i + n, s1)
            return ([(by, None, i + n)] if by else []), p
        if i > s0 and (self._role_at(i - 1, "auxiliary", clitics=True) or
                       kind == "noun" and self._coordinated_passive(s0, i)):
            # "الكيفية التي تم قتل الرئيس من خلالها": a verbal noun after "تم" is a passive; only an agent named
            # with "من قبل" acts, on the one the noun governs
            by = self._agent(i + n, s1)
            patient = self.ctx.mention_at(i + n)
            target = patient.key if patient and patient.type in ACTOR_TYPES and patient.key != by else None
            return ([(by, target, i + n)] if by else []), p
        if ptype in ("SUPPORT", "AID") and i + n + 1 < s1 and self.keys[i + n] == _SUPPORT_FROM and (
                kind == "noun" or any("ب" in pre for pre, _s in clitic_variants(self.keys[i]))):
            # "وتواصل القوات الموالية لهادي، وبدعم من قوات التحالف، عملياتها": the one after من gives the
            # support, the clause's subject receives it
            giver = self.ctx.mention_at(i + n + 1) or self._subject_at(i + n + 1, s1)
            if giver is None or giver.type not in ACTOR_TYPES:
                return [], p
            start = max([s0] + [k + 1 for k in range(s0, i) if self.keys[k] in _CLAUSE_OPENERS or
                                self.keys[k] in _RELATIVE_WORDS])  # "الانتصارات التي حققتها القوات ... وبدعم"
            cs = self._clause_subject(start, i)
            return ([(giver.key, cs.key, giver.last)] if cs and cs.key != giver.key else []), p
        if kind == "mutual" and not self._between(i, n, s1):
            a, _co = self._subject_before(s0, i)
            if not (a and self._target(i + n, s1, _OTHER_PARTY, a.key)):
                return [], p  # "تخللها تبادل إطلاق نار": nobody named on either side
        if (kind in ("verb", "present") or self.keys[i].endswith("ا")) and i > s0 and (
                self.keys[i - 1].isdigit() or self.keys[i - 1] in self.lex.numbers):
            return [], p  # "150 طالبا", "41 متهما": a counted noun ("students", "defendants"), not the verb
        if kind in ("verb", "present") and self._described_noun(s0, i):
            return [], p  # "وافق المجلس على توصيات تطالب الوزارة بوضع برنامج": the recommendations ask
        if kind == "present" and i > s0 and self._role_at(i - 1, "subjunctive"):
            return [], p  # "إمكانية أن يشن الإرهابيون هجمات": a possibility, not an attack
        if kind in ("verb", "present") and self._masdar(s0, i):
            kind = "noun"  # "إلى دعم الحكومة": a verbal noun after a preposition
        elif kind == "verb" and self.keys[i].endswith("ا") and i + n < s1 and self.keys[i + n][:1] == "ل":
            kind = "noun"  # "خرجوا رفضا للتعبئة": an adverb of purpose, not the dual "رفضا"
        self.kind = kind
        endorse = self._context("endorse", ptype, max(s0, i - 2), i, slack=0) if kind == "noun" else None
        if endorse:
            return self._endorsed(p, endorse[2]["becomes"], i, n, s0, s1, sentence_actor)
        if p.get("requires") == "endorsed":
            return [], p  # "تدخلها السافر": an intervention backed by no one is no aid
        authorizer = self._authorizer(i, s0, sentence_actor)
        self.authorized = authorizer is not None
        actor = target = co_actor = None
        tstart = i + n
        a, co = self._subject_before(s0, i)
        if a is not None and self._opening_quote(i - 1, s0):
            a, co = None, None  # 'وقال رامي عبد الرحمن "خطفت جبهة النصرة': the speaker before the quotation it opens
        if a is not None and kind in ("verb", "present") and (a.last < i or not self._bare_form(i, p)) and \
                self._construct_after_preposition(a.first - 1):
            # "من سيطرة مسلحي تنظيم داعش اقتحمت القوات", "على احتلال داعش قضاء سنجار تظاهر": the genitive of a
            # prepositional phrase; not a verbal noun right after it ("قرار كازاخستان طلب المساعدة": her request)
            a, co = None, None
        if a is not None and self._prepositional_genitive(a):
            a, co = None, None  # "ووفقاً لمصادر الجزيرة اعتقلت قوات الاحتلال": a source named in passing
        if a is not None and self._nationals(a):
            a, co = None, None  # "كتاب ومثقفون سعوديون شنوا": Saudi writers, not the Saudi state
        if a is not None and co is None and kind == "verb" and a.last < i and self._human_plural(a) and \
                self._feminine_singular(i, p):
            # "بين الإسرائيليين والفلسطينيين، دعت الخارجية الأميركية": a verb after its subject agrees with it in
            # number; a feminine singular one does not follow a plural of people (a bare «قصف» may be a verbal noun)
            a = None
        if a is None and kind in ("verb", "present") and (self._document_before(s0, i) or self._document_topic(s0, i)):
            return [], p  # "تتبنى ... قرارا يطالب اسرائيل": the resolution demands; Israel is the one asked
        if a is None and kind in ("verb", "present") and (self._unnamed_subject_before(s0, i) or
                                                          not self._dual(i, p) and self._unnamed_clause_subject(s0, i)):
            return [], p  # "إن القوات قتلت المدنيين": forces of no country named did it; the civilians suffered it
        if a is None and kind == "verb":
            a = self._kana_subject(s0, i)  # "وكان البرادعي، المرشح السابق، انتقد"
        if a is None and kind == "verb" and (kana := self._kana_qad(s0, i)) is not None:
            # "وكان المستشار المبروك اقريرة، وزير العدل في الحكومة الليبية، قد حث المجتمع الدولي": the subject is
            # named right after كان, its apposition set off by commas; the one named after the verb is its object
            subject = self._subject_at(kana + 1, i - 1)
            if subject is not None and any(self.keys[t] in ("،", ",")
                                           for t in range(subject.last, min(i, subject.last + 2))):
                a = subject  # (a name cut one word short: "المستشار المبروك" of "المستشار المبروك اقريرة،")
            elif subject is None and (self._subject_after(i + n, obj[0] if obj else s1) is not None or
                                      self._unnamed_before_qad(kana, i, p)):
                # a subject no entity names ("وكانت القوات الحكومية قد استعادت السيطرة": not the air force named
                # in the clause before); a crowd's protest is read as such below
                return [], p
        self.past_relative = False
        if a is None and (a := self._subject_past_relative(s0, i)) is not None:
            self.past_relative = True  # "تركيا التي تعتبر الحزب منظمة إرهابية، بدأت مفاوضات": Turkey began them
        if a and self._counted(a):
            return [], p  # "26 متظاهرا قتلوا": a count of people is not an actor
        subject_end = obj[0] if obj else s1
        if authorizer:
            actor = authorizer  # "سمح لقوات الأمن بإطلاق النار": the one who allowed it
        elif kind == "present" and self._first_person(i):
            # "نتوقع من الحكومة": the speaker; with none found, not whoever the quotation named before the verb
            actor = self._speaker_of(i) or (sentence_actor if not self._in_quotation(s0, i) else None)
        elif kind in ("verb", "present"):
            subject_after = self._subject_after(i + n, subject_end)
            if p.get("requires") == "second_object" and obj is not None and subject_after is not None and \
                    subject_after.last == obj[0] and not self._governed(subject_after):
                # "وحمّلت إسرائيل المسؤولية": the one party right before the verb's second object is the one held
                # responsible ("وحمّل الشهراني الأسرة المسؤولية": he holds the family); the one who holds it is the
                # clause's subject named before, else the sentence's actor
                doer = a.key if a is not None else sentence_actor
                return ([(doer, subject_after.key, subject_after.last)]
                        if doer is not None and doer != subject_after.key else []), p
            if self._after_relative(s0, i) and self._target_pronoun(obj[1] if obj else i + n, p) and \
                    (head := self._relative_head(s0, i)) is not None:
                # "القذافي الذي ألقى مسلحون القبض عليه": the head is acted on; the subject, if named, acts
                return ([(subject_after.key, head.key, i + n)] if subject_after and subject_after.key != head.key
                        else []), p
            if self._after_relative(s0, i) and not self._relative_head(s0, i) and (
                    not subject_after or subject_after.kind == "anaphor"):
                # "الضربات الأميركية التي استهدفت التنظيم": the strikes did it, the organization suffered it
                return [], p  # "العمل الإرهابي الذي استهدف المسجد": the head is no actor, nor is anyone else
            if subject_after and self._after_relative(s0, i) and not self._relative_head(s0, i) and \
                    self._relative_is_subject(s0, i, s1, p, subject_after):
                return [], p  # "بقرار مجلس الأمن الذي يدعو المتمردين": the resolution asks, the rebels are asked
            if kind == "verb" and any(i + n + len(by) <= s1 and tuple(self.keys[i + n:i + n + len(by)]) == by
                                      for by in _AGENT_PHRASE):
                by = self._agent(i + n, s1)  # "أوقف من قبل مخابرات الجيش": a passive with its agent
                return ([(by, self._passive_head(s0, i), i + n)] if by else []), p
            if self._passive_agent(i + n, s1) or self._killed_and_injured(i + n, s1) or \
                    kind == "verb" and ptype == "ASSAULT" and self._harmed_in(i + n, s1) or \
                    a and not self.keys[i].startswith(("و", "ف")) and obj is None and \
                    ptype in _NEEDS_OBJECT and not self.keys[i].endswith(_POSSESSIVE) and self._no_object(i + n, s1):
                return [], p  # "عشرة من المسلحين قتلوا جراء غارات": unvowelled, a passive ("قُتلوا")
            if a and not self.keys[i].startswith(("و", "ف")) and self._subject_of_trigger(a, s0):
                return [], p  # "وأدان بيسكوف دعم الولايات المتحدة": after a verb and its subject, a verbal noun
            if a and subject_after is not None and not self._nationals(subject_after) and (
                    # a light verb's subject is named between it and its object: "يسيطر عليها الحوثيون فخلال أسبوع
                    # شن التحالف قرابة 30 غارة" (the coalition, not the Houthis before)
                    obj and not self.keys[i].startswith(("و", "ف")) or
                    # "أماكن استخدمها داعش ... وقد استهدفتها القوات العراقية": the verb's object is its pronoun, so
                    # the actor named right after it is its subject, not the one named before
                    self._object_pronoun(i, p) and not self._governed(subject_after) and
                    not self._after_relative(s0, i)):
                actor, tstart = subject_after.key, subject_after.last
                self.after_verb = subject_after
                nxt = self.ctx.mention_at(subject_after.last)
                if nxt and nxt.type in ACTOR_TYPES and nxt.proclitic.startswith("و") and nxt.key != actor:
                    _a, target, co_actor = self._pair(subject_after, nxt, ptype)  # two subjects
                    tstart = self._past_co_subjects(nxt.last, actor)
            elif a and not self.keys[i].startswith(("و", "ف")):
                actor, target, co_actor = self._pair(a, co, ptype)  # SVO: "قوات الأمن اعتقلت"
            elif sentence_actor and not p["target"] and self.keys[i].startswith("و") and \
                    match_key(norm(p["form"])) not in _OBJECT_WITH_BA and \
                    (objects := self._objects_with_complement(i + n, s1)):
                # "أعربت الجبهة عن رفضها، واتهمت فرنسا والولايات المتحدة بالانحياز": the same actor, two targets
                self._open_call(ptype, kind, i + n, s1, sentence_actor)
                return [(sentence_actor, o, i + n) for o in objects], p
            elif (prior := self._precedent_subject(s0, i))[0]:
                if prior[1] is None:
                    return [], p  # "وسبق للنجم أن اتهم بلاتر": the subject is no actor, Blatter is the object
                actor = prior[1].key  # "وسبق لماردونا أن اتهم بلاتر": Maradona accused Blatter
            elif self._after_relative(s0, i) and (head := self._relative_head(s0, i)) and \
                    not self._object_pronoun(i, p) and not self._resumptive(i + n):
                if kind == "verb" and match_key(norm(p["form"])) in _PASSIVE_PRONE and \
                        self._type(head.key) in ("Person", "Group") and self._no_object(i + n, s1):
                    # "يوسف الغامدي الذي قتل في 17 رمضان", "مقاتلي جماعة الحوثي الذين قتلوا خلال الأيام الماضية":
                    # unvowelled, the people were killed ("قُتل", "قُتلوا")
                    return [], p
                actor = head.key  # "محمد علي الذي انتقد الحكومة": the relative pronoun is the subject, the head
            elif ptype not in _INTRANSITIVE and (said := self._said_of_self(s0, i)) is not None:
                actor = said  # "أبلغ سلام المجلس أنه تلقى اتصالا": the speaker, not the one he told
            elif (call := self._continued_call_on(p, i, n, subject_end, sentence_actor)) is not None:
                # "وقال أردوغان ... ودعا البرلمان إلى رفع الحصانة": the caller goes on; the body named by a bare noun
                # right before what is asked is the one called on
                actor, target, tstart = call[0], call[1].key, call[1].last
                self.object_named = True
            elif not self._pronoun_subject(i, p) and (subj := self._subject_after(i + n, subject_end)) and \
                    not (subj.type == "State" and match_key(norm(p["form"])) in _DESTINATION_VERBS) and \
                    not (subj.type == "Group" and self._oblique_plural(subj.first) and not self._bare_form(i, p)) and \
                    not (kind == "present" and subj.proclitic[-1:] in ("ب", "ل", "ك")) and \
                    not self._nationals(subj) and not (kind == "verb" and self._disagrees(i, subj)) and \
                    not self._feminine_before_masculine(i, subj) and not self._that_pronoun_before(s0, i):
                if kind == "verb" and match_key(norm(p["form"])) in _PASSIVE_PRONE and \
                        self._type(subj.key) == "Person" and self._no_object(subj.last, s1) and \
                        all(self._governed(m) for m in self._actors(subj.last, self._clause_end(subj.last, s1))):
                    # "وفي النهاية قتل القذافي، وانتصر الثائرون", "وقتل محمد علاونة (22 عاما) خلال مواجهات مع
                    # الجيش": unvowelled, a man killed ("قُتل"); an actor after a preposition is no object of his
                    return [], p
                actor, tstart = subj.key, subj.last
                self.after_verb = subj
                after = subj.last
                while after < s1 - 1 and (self.keys[after] in QUOTES or self.toks[after].text in ("“", "”")):
                    after += 1  # 'رفض "أوبك" وروسيا'
                nxt = self.ctx.mention_at(after)
                if nxt and nxt.type in ACTOR_TYPES and nxt.proclitic.startswith("و") and nxt.key != actor:
                    # "وأدانت فرنسا والولايات المتحدة الهجوم": two subjects
                    _a, target, co_actor = self._pair(subj, nxt, ptype)
                    tstart = self._past_co_subjects(nxt.last, actor)
            elif ptype in _SYMMETRIC and self._dual(i, p) and self.last_pair:
                actor, target = self.last_pair  # "أجريا محادثة ... واتفقا": the same two parties
            elif self._after_relative(s0, i) and (self._object_pronoun(i, p) or self._resumptive(i + n)):
                return [], p  # "عماد مغنية، والذي قتلته غارة": the pronoun on the verb is the head, its object
            elif head := self._relative_head(s0, i):
                actor = head.key  # "سيد عسكر رئيس اللجنة الذي انتقد تصرفه": the relative clause's head
            elif ptype in _VERBAL and (subj := self._titled_subject(i + n, subject_end)):
                actor, tstart = subj.key, subj.last  # "طالب المهندس الاستشاري ممدوح حمزة القوات المسلحة"
            elif self._explicit_other_subject(i + n, subject_end):
                if ptype in _VERBAL | {"PROTEST"} and (crowd := self._counted_protesters(i + n, subject_end)):
                    actor, tstart = crowd.key, crowd.last  # "طالب نحو 500 متظاهر الحكومة": the protesters ask
                elif not self._crowd_protest(p, self._skip_days(i + n, subject_end), subject_end):
                    who = self._skip_days(i + n, subject_end)
                    if not self._people_protest(p) or self.keys[who] in _ONE_OF:
                        return [], p  # "قتل 18 فرداً", "واعتقل أكثر من 3800 شخص": the subject is not an actor
                    owner = self.ctx.mention_at(who + 1)
                    if owner is not None:
                        tstart = owner.last  # "تظاهر أنصار حزب العمال": whose supporters, not whom they protest
                elif (people := self._crowd_people(i + n, subject_end)) is not None:
                    tstart = people.last  # "وتظاهر مئات الفلسطينيين أمام مقر الوكالة": who protested, not whom
                # "تظاهر العشرات": a crowd no entity names protested: the country's protesters (below)
            elif self._crowd_protest(p, max(s0, i - 12), i) and self.keys[i].endswith("وا") and not a:
                pass  # "وكان المئات من الأهالي قد تظاهروا": the crowd before, no entity: the country's protesters
            elif a and self.keys[i].startswith(("و", "ف")) and any(t in ("،", ",") for t in self.keys[a.last:i]) \
                    and self._object_of_trigger_before(s0, a):
                # "والتقى بأمينها العام عبدالرحمن الوابل، وزار": the one met is no visitor; the first clause's
                # subject goes on unless it too was acted on
                cs = self._clause_subject(s0, a.first)
                actor = cs.key if cs is not None and not self._object_of_trigger_before(s0, cs) else sentence_actor
            elif a and self.keys[i].startswith(("و", "ف")) and any(t in ("،", ",") for t in self.keys[a.last:i]) \
                    and (cs := self._clause_subject(s0, a.first)) is not None:
                actor = cs.key  # "ناقش المجلس تقرير وزارة الصحة، وطالب": the first clause's subject goes on
            elif a:
                actor, target, co_actor = self._pair(a, co, ptype)
            else:
                # no subject: the sentence's actor when the verb continues its clause ("وأكد ... ونفى"); the
                # speaker of a report is not the one who did what it reports ("قال مكتبه إن طائرات شنت هجمات")
                # a verb opening its sentence ("شكر أيضا", "فنفى ذلك") keeps the previous sentence's actor
                opens = all(self.keys[k] in SKIP or self.keys[k] in QUOTES for k in range(self.sentence_first, i))
                actor = (sentence_actor or (self.last_actor if opens else None)
                         if opens or self.keys[i].startswith(("و", "ف")) else None)
                if actor is not None and actor == sentence_actor and self.sentence_gender is not None and \
                        (gender := self._shown_gender(i, p)) is not None and gender != self.sentence_gender:
                    actor = None  # "وترفض مصر ... أن يعمل المكتب، ويطالب": a verb of the other gender, another subject
                if actor is None and kind == "verb" and self.keys[i].endswith("وا") and sentence_actor and \
                        self._type(sentence_actor) == "Group":
                    actor = sentence_actor  # "طالب نحو 500 متظاهر ...، دعوا رئيس الوزراء": the plural is the group
            complement = self._complement(ptype, max(tstart, obj[1] if obj else i + n), s1)
            if complement:
                if complement[1] == "-":
                    return [], p  # "حذر من أن ...": a prediction, not a threat
                p, tstart = {**p, "type": complement[1]}, complement[0]
                ptype = p["type"]
        else:
            # "اشتباكات بين X وY": the two sides; "دعم العلاقات بين مصر وفرنسا" backs relations, not one of them
            between = self._between(i, n, s1) if ptype in _SYMMETRIC | {"ASSAULT"} or kind == "mutual" else None
            # "مقاطعة روسيا": the genitive of a boycott is the one boycotted, not who boycotts
            genitive = self.ctx.mention_at(i + n) if ptype in _INTRANSITIVE and \
                p.get("requires") != "genitive_object" else None
            if genitive is None and n == 1 and self._agentive(i, ptype):
                genitive = self._subject_at(i + n, s1)  # "غارات التحالف على مواقع": the coalition's airstrikes
                if genitive is not None and genitive.type == "State":
                    genitive = None  # "هجوم فرنسا": as often where it happened as who did it
            if genitive is None and n == 1 and ptype == "ASSAULT" and i + n < s1 and self._role_at(i + n, "member"):
                genitive = self._subject_at(i + n, s1)  # "قصف طيران التحالف": its aircraft say whose act it is
            if genitive is None and ptype == "ASSAULT":
                genitive = self._forces_with_lam(i + n, s1)  # "غارة جوية لقوات الائتلاف الدولي"
            lam_object = None
            if genitive is None and n == 1 and obj is None and ptype in _NEEDS_OBJECT and \
                    (ag := self._subject_genitive(i + n, s1)):
                genitive, lam_object = ag  # "قمع الأسد للاحتجاجات": the verbal noun's agent, then its object
                self.object_named = True
            if self._negated_predicate(i + n, s1, genitive):
                return [], p  # "أن غارات التحالف لم تستهدف أي هدف مدني": what the strikes did not do
            manager = self._manager(s0, i)
            agent = self._agent(i + n, s1)
            if between:
                actor, target = between
                parties = self._between_parties(i, n, s1) if ptype not in _SYMMETRIC else []
                if len(parties) > 2:
                    # "مواجهات بين المقاومة وقوات صالح ومليشيا الحوثي": news names each side's parties together, so
                    # whichever way the list splits in two, the first and the last fight on opposite sides
                    target = parties[-1] if parties[-1] != actor else None
                    self.object_named = True
            elif agent:
                actor = agent  # "لهجوم من قبل X"
                named = [m for m in self._actors(i + n, min(s1, i + n + 10)) if m.key == agent]
                if named:  # "قصف شنه الحوثيون وميليشيات صالح على أحياء": both agents, the target after them
                    tstart = named[0].last
                    self.object_named = target is None and tstart < s1 and self.keys[tstart] in _CLAUSE_OPENERS
                    nxt = self.ctx.mention_at(tstart) or (self.ctx.mention_at(tstart + 1) if self._role_at(
                        tstart, "member", clitics=True) else None)
                    if nxt and nxt.type in ACTOR_TYPES and self.keys[tstart].startswith("و") and nxt.key != agent:
                        co_actor, tstart = nxt.key, nxt.last
                target = self._sufferer(s0, i, ptype)  # "الزبداني التي تتعرض لهجوم من قبل X"
            elif self._suffered(s0, i):
                return [], p  # "تعرضت لهجوم": no agent named
            elif genitive and genitive.type in ACTOR_TYPES:
                actor, tstart = genitive.key, genitive.last  # "استقالة الحكومة": the government resigns
                if ptype == "PROTEST" and genitive.type == "State":
                    actor = f"{genitive.key}_protesters"  # "تظاهرات العراق": its people demonstrate, not the state
                    self._ensure_group(actor)
                target = self._sufferer(s0, i, ptype)  # "صدت المقاومة هجوما للحوثيين": the resistance was attacked
                target = target or lam_object
                nxt = self.ctx.mention_at(genitive.last)
                if nxt and nxt.type in ACTOR_TYPES and nxt.proclitic.startswith("و") and \
                        nxt.key not in (actor, target):
                    co_actor = nxt.key  # "هجوما للحوثيين وقوات صالح": both attacked
            elif p.get("requires") == "agent":
                return [], p  # "شهدت هجوما شرسا": no agent named after the noun
            elif manager:
                actor = manager.key  # "تمكنت القوات الجوية من قتل"
            elif self._context("background", ptype, max(s0, i - 3), i):
                return [], p  # "ردا على عمليات القمع": a cause named in passing, its agent unknown
            elif ptype == "PROTEST":
                cs = self._clause_subject(s0, i)
                if self.keys[i].endswith("ا") and cs and cs.type != "Group":
                    return [], p  # "استدعت الجزائر سفيرها احتجاجا على": the manner of another act, not a protest
                actor = a.key if a and self._type(a.key) == "Group" else None
            elif self.keys[i].endswith("ا") and not self._masdar(s0, i):
                # "خرج المحتجون رفضا للتعبئة": an adverb of purpose; its actor is the clause's subject or nobody,
                # named near it (not a subject several clauses back in a long sentence)
                cs = self._clause_subject(max(s0, i - 12) if self._accusative_masdar(i) else s0, i)
                if cs is None or ptype in _NEEDS_OBJECT:
                    return [], p  # "يرى في منع الحجاب قهرا وقمعا لحرية العبادة": an attitude, not a crackdown
                actor = cs.key
            elif self._called_for(i, ptype):
                if self.call_actor is None and a:
                    return [], p  # "طالب (no entity) المجتمع الدولي بدعم جهود المملكة": the one asked backs nobody yet
                # "دعا X الشعب إلى دعم الحكومة": X backs the government
                actor = self.call_actor or self._actor_around(i, s0, sentence_actor)
            elif ptype in _INTRANSITIVE and genitive is None and self._unnamed_genitive(i, n, s1):
                return [], p  # "أن انسحاب «النصرة» من المنطقة": the noun's own subject, no one named as an actor
            elif not self._noun_subject(a, i, n, s0, obj, ptype):
                # a bare verbal noun ("جراء غارات على", "تدمير", "في دعم إيران", "للقضاء على") with no subject right
                # before it: on real news the actor read from the clause around it was wrong far more often than
                # right (the victim, the reporter, the speaker); multi-word phrases ("أعرب عن ثقته") keep it
                return [], p
            elif a:
                actor, target, co_actor = self._pair(a, co, ptype)
            elif i - 1 > s0 and self._unnamed_subject_before(s0, i - 1):
                return [], p  # "أن هيئة محافظة حفر الباطن ألقت القبض": the light verb's subject names no entity
            elif (kana := self._kana_qad(s0, i)) is not None and self._unnamed_before_qad(kana, i, p):
                return [], p  # "كانت القوات الحكومية قد استعادت السيطرة": a subject no entity names, before قد
            else:
                actor = self._actor_around(i, s0, sentence_actor)  # "وشددوا خلال اتصالات هاتفية أجروها"
                if actor is not None and actor == self._head_acted_on(s0, i, n, s1):
                    return [], p  # "شبكة داعش التي أعلن عن إلقاء القبض على أفرادها": the network's men were seized
        if ptype == "PROTEST" and actor is not None and self._type(actor) == "State" and kind == "verb" and \
                self.after_verb is not None and self.after_verb.key == actor:
            return [], p  # "وطالما احتجت البحرين على": a state's formal protest, not its people demonstrating
        if ptype == "PROTEST" and (actor is None or self._type(actor) == "State") and \
                p.get("requires") != "protesters" and (  # "المقاومة استولت": only named protesters seize as a protest
                p["kind"] in ("verb", "present") or self._outbreak(i + n, s1) or self._outbreak(max(s0, i - 6), i)):
            # a story that names no country: protesters of no country, as the groups recognizer makes them
            actor = f"{self._protest_country(i, n, s0, s1) or self.ctx.focus or 'world'}_protesters"
            self._ensure_group(actor)
            if kind == "verb":
                self._crowd_named(self._skip_days(i + n, obj[0] if obj else s1), actor)
        if actor is None or p.get("requires") == "protesters" and "protest" not in (
                getattr(self.ctx.entities.get(actor), "label_en", "") or "").lower():
            return [], p  # "استولى المحتجون على المباني" is a protest; "استولى الحوثيون على الغاز" is not
        if ptype == "CONSULT" and kind == "verb" and self._counted_object(tstart, s1):
            return [], p  # "واستقبلت إسبانيا نحو 6.7 مليون سائح": a number of visitors, no meeting
        if target is None and pronoun:
            target = self._pronoun_target(s0, i)
        if target is None and kind == "verb" and (him := self._him_before(p, s0, i, actor)):
            target = him  # "ووجه طواف انتقادات حادة لجمال بنعمر، واتهمه بالضعف": the man named before
        if target is None and not self.object_named and self._type(actor) == "Person" and (
                self.after_verb is not None and self.after_verb.last == tstart or
                # the subject after the verb, found by its title ("وأشاد الأستاذ عبدالرحمن ... الفهيد، المدير التنفيذي
                # ل"باب رزق جميل" بالسعودية، بجهود وزارة العمل": the aside is his own)
                kind == "verb" and any(m.key == actor and m.last == tstart
                                       for m in self.ctx.mentions_in(i + n, tstart))):
            # "أدان السفير X مندوب اليمن لدى الجامعة الممارسات"; a chain of them, each past the one before ("محمد بن
            # سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع")
            for _ in range(4):
                if (past := self._past_own_title(tstart, s1, actor)) == tstart:
                    break
                tstart = past
        if ptype == "REJECT" and target is None and not self.object_named and self.after_verb is not None and \
                self.after_verb.last == tstart and (m := self.ctx.mention_at(tstart)) is not None and \
                m.type in ("State", "Place") and m.proclitic[-1:] == "ب":
            # "رفضت محكمة الأسرة بمصر دعوى", "نفت الأجهزة الأمنية بدولة الكويت": where the actor is; what is
            # refused or denied is no party with ب (a verb like "ندد" takes its object so)
            tstart = m.last
        if target is None and not self.object_named and not (
                ptype in _PHYSICAL | {"COERCE"} and kind == "verb" and self._counted_unnamed(tstart, s1)):
            end = self._clause_end(tstart, s1)
            if ptype == "REQUEST" and not p["target"]:
                end = self._call_content(tstart, end)  # "دعا الشعب إلى دعم الحكومة": the government is not asked
            if ptype == "REJECT" and not p["target"]:
                # what is rejected or denied is a proposal or a report; an actor is its target only as the object or
                # the object's owner right after the verb ("رفضت الحكومة مطالب المعارضة"), not one named further
                # on in what was denied ("نفى كيربي وجود منطقة حظر تشترك فيها الطائرات الأميركية")
                # the other party of what is refused ("رفض التفاوض مع المحتجين") is its target too
                near = self._skip_words(tstart, end)
                if (m := self.ctx.mention_at(near)) and self._type(actor) == "Person" and \
                        self.lex.titles.match(self.keys, near):
                    near = tstart = m.last  # "نفى حمادي الجبالي رئيس الحكومة التونسية السابق": his own title
                window = max([near + 2] + [m.last for k in (near, near + 1) if (m := self.ctx.mention_at(k))])
                target = self._target(tstart, min(end, window), None, actor, ptype) or \
                    self._target(tstart, min(end, near + 6), _OTHER_PARTY, actor, ptype)
            else:
                if ptype == "THREATEN" and p.get("requires") == "target":
                    # "حذر روسيا من التدخل" warns Russia; in "وحذر بنكيران من كيانات تتربص باستقرار المغرب" what he
                    # warned of follows من, and Morocco, named in it, is no one warned
                    end = next((k for k in range(tstart, end) if self.keys[k] == _WARNED_OF), end)
                prep = p["target"]
                if not prep and ptype == "ASSAULT" and tstart < end and self.keys[tstart] in _ATTACK_PREPOSITIONS:
                    # "جراء قصف الحوثيين على مدينة عدن": the verb's form is its verbal noun, which takes its target with
                    # the preposition the nouns of attack take
                    prep = "|".join(_ATTACK_PREPOSITIONS)
                target = self._target(tstart, end, prep, actor, ptype)
            if target is None and ptype == "ASSAULT" and (kind != "verb" or obj is not None):
                target = self._continued_target(max(tstart, obj[1] if obj else tstart), end, actor)
            if target is None and ptype == "ASSAULT":
                target = self._casualties_of(tstart, end, actor)
            if target is None and ptype == "ASSAULT" and kind in ("noun", "mutual"):
                target = self._casualties_before(s0, i, actor)
            if target is None and ptype in ("ASSAULT", "MOBILIZE"):
                target = self._taken_from(tstart, end, actor)
            if target is None and ptype == "ASSAULT":
                target = self._struck_after(tstart, end, actor)
            if target is None and ptype == "ASSAULT":
                target = self._positions_owner(tstart, end, actor)
            if ptype == "REQUEST" and kind == "noun" and (asked := self._nisba_state(i + n, end)):
                target = asked  # "طلب المساعدة العسكرية الروسية": help was asked of Russia
            if target is None and ptype in ("ACCUSE", "REJECT") and end < s1:
                target = self._words_made_by(end, s1, actor)
            if target is None and ptype in ("REJECT", "ACCUSE") and \
                    (author := self._rejected_author(tstart, end, actor)):
                # "رفض المجتمع الدولي للتوسع الإيراني": Iran's expansion, Iran rejected; "انتقد ظريف السياسة
                # الأمريكية": what the United States does is criticized (not a body: "متهما المعهد الأمريكي")
                target = author
            if target is None and ptype == "ACCUSE" and (author := self._condemned_author(tstart, end, actor)):
                target = author  # "أدانت الحكومة العراقية الغارات التركية": Turkey's raids, Turkey condemned
        if target is not None and ptype in _PHYSICAL | {"COERCE"} and kind == "verb" and \
                self._people_before(p, target, tstart, s1, actor):
            target = None  # "أوقفت الشرطة الإسبانية رجلا من مليلية في عملية مشتركة مع السلطات المغربية": the man
        if target is None and ptype == "COERCE":
            target = self._protesters_of(i, n, s1)
        if target is None and ptype == "PROTEST" and kind == "verb":
            target = self._protested(tstart, s1, actor)
        if target is not None and self._type(target) == "Person" and self._named_place(target, tstart, s1):
            target = None  # "حي الممدارة جنوب مدينة الشيخ عثمان": a place named after a person is no target
        if co_actor is not None and target == co_actor:
            target = None  # "رفض أوبك وروسيا فكرة خفض الإنتاج ... في موسكو": Russia rejected too, it is no target
        if target is None and pronoun == "ها" and kind == "noun" and not self._agent(i + n, s1):
            return [], p  # "وتدميرها", "اغتيالها": a town, a building or a person, and the agent seldom the one named
        if ptype in ("REQUEST", "SUPPORT", "MOBILIZE", "REJECT") and self.after_verb is not None and \
                self._other_sense(ptype, self.after_verb.last, s1, 5):
            # "ودعت دائرة الإفتاء العام في الأردن الله أن يتقبل": a prayer after the subject; "رحب الشيخ X في بداية
            # الحفل بالحضور": a host's welcome to his guests; "استعادت اللجنة الأولمبية مصداقيتها": no forces regained;
            # "رفضت أبل التعليق": declining to comment is a statement (CAMEO 011), nothing rejected
            return [], p
        self._open_call(ptype, kind, tstart, s1, actor)
        if ptype == "ACCUSE" and target is not None and self._victim_of_act(target, tstart, s1):
            target = None  # "وأدانت المنظمة اختطاف الجنيد": the one kidnapped is not the one condemned
        if n == 1 and kind == "noun" and match_key(norm(p["form"])) == _VISIT and not self._visit_of(i, actor, s0):
            return [], p
        if n == 1 and kind == "noun" and self._type(actor) == "Person" and self._feminine_possessive(i, p, pronoun):
            return [], p  # "ودعمها للحوثيين" (Iran's), read for the man quoted: "ها" is a state or a body, as in _doers
        if n == 1 and kind == "noun" and (pronoun or p["form"]).endswith("ها") and any(
                m.key == actor and self._human_plural(m) for m in self.ctx.mentions_in(s0, i)):
            return [], p  # "المعارضين ... تجاه رفضها": a plural of people takes «هم»; «ها» is Washington, named after
        if p.get("requires") == "person" and not self._people_object(tstart, s1):
            return [], p  # "وأوقفت الصين استيراد منتجات الدواجن": an activity stopped, no one arrested
        found = self._with_co_speakers(ptype, i, actor, target, tstart)
        if co_actor and found:  # "دفع الولايات المتحدة وبريطانيا إلى شن غارات": both attack
            found.append((co_actor, found[0][1], found[0][2]))
        return found, p

    def _past_byline(self, s0: int, s1: int) -> int:
        """"أحمد الزهراني- سبق- مكة المكرمة: تمكن رجال القوة الخاصة ... من إلقاء القبض": the reporter, his paper and
        his town before the colon that opens a story, with no verb among them, are no party to what it reports."""
        colon = next((t for t in range(s0, min(s1, s0 + 9)) if self.keys[t] == ":"), None)
        if colon is None or "-" not in self.keys[s0:colon] or any(
                self.lex.speech.match(self.keys, t) or self.lex.actions.match(self.keys, t) for t in range(s0, colon)):
            return s0
        return colon + 1

    def _predicate_participle(self, s0: int, i: int) -> bool:
        """A verbal noun of form III («مطالبة», «ملاحقة») is spelled as its passive participle; right after a copula
        («ليست مطالبة») or after the subject that opens its clause («أن السلطة الفلسطينية مطالبة») it is the
        predicate: what the subject is asked or made to do."""
        key = self.keys[i]
        if not (len(key) == 6 and key[0] == "م" and key[2] == "ا" and key[-1] in ("ة", "ه")) or i == s0:
            return False
        if self.keys[i - 1] in _COPULAS:
            return True
        m = next((m for m in self.ctx.mentions_in(max(s0, i - 8), i) if m.last == i), None)
        if m is None or m.type not in ACTOR_TYPES:
            return False
        return m.first == s0 or self.keys[m.first - 1] in _COMPLEMENTIZERS or self.keys[m.first - 1] in ("،", ",")

    def _object_of_trigger_before(self, s0: int, a: RawMention) -> bool:
        """A trigger of an act or of speech a few words before the mention (past its title): the mention is that
        verb's object, so a verb on و after a comma does not take it as subject."""
        return any(self.lex.actions.match(self.keys, k) or self.lex.speech.match(self.keys, k)
                   for k in range(max(s0, a.first - 4), a.first) if self.keys[k] not in _PREPOSITIONS)

    def _reported_by(self, key: str, i: int) -> bool:
        """The word at i lies in what `key` is reported to have said."""
        st = self._statement_of(i)
        return st is not None and st.speaker == key

    def _genitive_agent(self, key: str, j: int, s1: int) -> bool:
        """The actor is named right after the verbal noun that ends at j, or past a title of two words."""
        return any(m.key == key and m.first <= j + 2 for m in self.ctx.mentions_in(j, min(s1, j + 8)))

    def _unnamed_speakers_participle(self, s0: int, i: int) -> bool:
        """A speech participle after a comma ("، داعيا", "، مطالبا") continues the sentence's speaker; when a verb of
        saying comes before it and no statement was read (its speaker is named by no entity), whoever the reported
        words named is not the one calling. A verb that is also an act ("انتقد X الحكومة، مطالبا إياها") has its
        own subject, read as usual."""
        if i == s0 or self.keys[i - 1] not in ("،", ",") or "participle" not in self._speech_kinds(i):
            return False
        if self._statement_of(i) is not None or self._statement_around(i) is not None:
            return False
        return any("verb" in self._speech_kinds(k) and not self.lex.actions.match(self.keys, k) for k in range(s0, i))

    def _speech_kinds(self, k: int) -> set[str]:
        """The kinds of speech cue (speech_cues.tsv: verb, participle, ...) the word at k opens."""
        m = self.lex.speech.match(self.keys, k)
        return {q.get("kind") for q in m[2]} if m else set()

    def _doers(self, p: dict, i: int, s0: int, s1: int, sentence_actor: str | None,
               pronoun: str) -> list[tuple[str, str | None, int]]:
        """"قررت الولايات المتحدة وتركيا تعزيز تعاونهما": the dual names the two subjects of the clause; "وقال خلال
        لقائه الوزير": the singular names the subject (or the speaker), the one met is named after the noun."""
        a, co = self._subject_before(s0, i)
        if pronoun == "هما":
            pair = (a, co) if a and co else self._coordinated_pair(s0, i)
            return [(pair[0].key, pair[1].key, i + 1)] if pair and pair[0].key != pair[1].key else []
        if co is not None:
            return []  # two subjects and a singular pronoun: which one met is not said
        around = self._statement_around(i) if self._statement_of(i) is None else None
        actor = a.key if a else sentence_actor or (around.speaker if around else None)  # "وقال خلال لقائه"
        if actor is None or (self._type(actor) == "Person") != (pronoun == "ه"):
            return []  # "ه" is a man; "ها" a woman, a state or a body
        target = self._target(i + 1, self._clause_end(i + 1, s1), p["target"], actor, p["type"])
        # with no one named after it, the meeting is as often an interview or a committee's session; with a body
        # named, a programme on a channel ("خلال لقائه في برنامج الراصد بقناة الإخبارية")
        if self._type(target) in ("Person", "State"):
            return [(actor, target, i + 1)]
        return [(actor, None, i + 1)] if target is None and self._met_some_of(i + 1, s1) else []

    def _met_some_of(self, j: int, s1: int) -> bool:
        """"خلال لقائه أمس عددًا من النواب", "لقائه وفدا من": the noun's direct object, a number of people no entity
        names (an accusative noun and the partitive من)."""
        while j < s1 and (self.keys[j] in _TIME_WORDS or self.keys[j] in SKIP):
            j += 1
        return j + 1 < s1 and self.keys[j].endswith("ا") and not self.ctx.mention_at(j) and \
            self.keys[j + 1] in _PARTITIVE

    def _subject_past_relative(self, s0: int, i: int) -> RawMention | None:
        """"وكانت تركيا التي تعتبر الحزب منظمة إرهابية، بدأت مفاوضات": the clause's first actor, its relative
        clause closed by a comma right before the verb (or before the one verb that governs a verbal noun)."""
        gap = 0 if self.kind in ("verb", "present") else 1
        c = i - 1
        while c > s0 and self.keys[c] in _VERB_PARTICLES:
            c -= 1
        if self.kind not in ("verb", "present") and self.keys[c] not in ("،", ","):
            c -= gap  # "، بدأت مفاوضات"
            if c <= s0 or self.ctx.mention_at(c + 1) or not self.toks[c + 1].norm[:1].isalpha():
                return None
        if c <= s0 or self.keys[c] not in ("،", ","):
            return None
        rel = next((k for k in range(c - 1, max(s0, c - 16) - 1, -1) if self.keys[k] in _RELATIVE or
                    self.keys[k] in (".", "،", ",", "؛", ":") or self.keys[k] in QUOTES), None)
        if rel is None or self.keys[rel] not in _RELATIVE:
            return None
        head = self._clause_subject(s0, i)
        if head is None or head.last != rel or self.keys[c + 1][:1] in "وف":
            return None  # the head must be the clause's subject; "، وقصفت" opens a clause of its own
        if any(self.lex.actions.match(self.keys, k) or self.lex.speech.match(self.keys, k)
               for k in range(s0, head.first)):
            return None  # "هاجمت القوات بلدة X التي ...": the head is the object of another verb
        return head

    def _protesters_of(self, i: int, n: int, s1: int) -> str | None:
        """"إخماد الاحتجاجات", "قمع المظاهرات": a crackdown on protests targets the protesters, when the article
        already has them as a group."""
        crowd = f"{self.ctx.focus}_protesters" if self.ctx.focus else None
        if crowd not in self.ctx.entities or not _nominal_protest(" ".join(self.keys[i:min(s1, i + n + 1)])):
            return None
        return crowd

    def _coordinated_pair(self, s0: int, i: int) -> tuple[RawMention, RawMention] | None:
        """"واتفقت فرنسا وألمانيا على توسيع تعاونهما": the first two actors of the clause joined by و, when they
        are the only ones in it (a third one could be the pair the dual refers to)."""
        acts = [m for m in self._actors(s0, i) if not self._governed(m)]
        if len(acts) != 2 or acts[1].first != acts[0].last or not self.keys[acts[1].first].startswith("و"):
            return None
        return acts[0], acts[1]

    def _topic_of_future(self, s0: int, i: int, n: int, s1: int) -> bool:
        """"إن طرد تنظيم داعش من حلب سيتيح لهم", "أن زيارة موغيريني للرياض سيكون لها نتائج": a trigger right after
        a complementizer, read as the verbal noun that is the topic of its clause, whose predicate is a verb in the
        future (or negated future) tense: a claim about an act that has not happened. A future verb joined by و
        opens a second clause ("إن الجيش قتل ... وسيواصل") and does not count."""
        b = i - 1
        while b > s0 and (self.keys[b] in QUOTES or self.toks[b].text in ("“", "”")):
            b -= 1  # 'قال إن "رفضا للاتفاق ... سيجعل'
        if b < s0 or self.keys[b] not in _COMPLEMENTIZERS:
            return False
        for k in range(i + n, min(s1, i + n + 14)):
            tok = self.keys[k]
            if tok in _CLAUSE_BREAKS or tok in ("،", ",", ";") or tok.startswith("و") and k > i + n and (
                    cameo.future_verb(self.toks[k].text) or self._role_at(k, "future", clitics=True)):
                return False
            if cameo.future_verb(self.toks[k].text) or self._role_at(k, "future"):
                return not self.ctx.mention_at(k)
        return False

    def _opening_quote(self, k: int, s0: int) -> bool:
        """Token k opens a quotation: «, or a straight quote mark after an even number of them in the sentence."""
        if k < s0 or self.keys[k] not in QUOTES or self.keys[k] == "»":
            return False
        return self.keys[k] == "«" or sum(self.keys[x] == self.keys[k] for x in range(s0, k)) % 2 == 0

    def _forces_with_lam(self, j: int, s1: int) -> RawMention | None:
        """"غارة جوية لقوات الائتلاف الدولي", "غارة لطيران التحالف": a noun of attack, perhaps one adjective, then
        the forces or aircraft of a body with ل: that body did it."""
        k = j
        if k < s1 and self.ctx.mention_at(k) is None and not self.keys[k].startswith(("ال", "ل")) and \
                self.keys[k].endswith(("يه", "ي")):
            k += 1  # "جوية", "انتحاري": an adjective of the noun
        hit = self.lex.action_context.match(self.keys, k, clitics=True) if k + 1 < s1 else None
        if not hit or hit[0] != 1 or hit[1] != "ل" or not any(pl["role"] == "member" for pl in hit[2]):
            return None
        m = self.ctx.mention_at(k + 1)
        return m if m is not None and m.type in ("Organization", "Group") else None

    def _subject_genitive(self, j: int, s1: int) -> tuple[RawMention, str | None] | None:
        """"قمع الرئيس السوري بشار الأسد للاحتجاجات", "قصف النظام لمدينة حلب": a verbal noun's genitive followed
        by its object with لـ is the agent (the noun's object would be the genitive itself otherwise); the object
        too when it names an actor."""
        m = self.ctx.mention_at(j)
        if m is None or m.type not in ACTOR_TYPES or m.last >= s1 or m.proclitic:
            return None
        k = m.last
        obj = self.ctx.mention_at(k)
        if obj is not None:
            return (m, obj.key) if obj.type in ACTOR_TYPES and obj.proclitic[-1:] == "ل" else None
        if self.keys[k].startswith("لل") and (man := self.ctx.mention_at(k + 1)) is not None and \
                man.type == "Person" and any(gazetteer().nisba.get(match_key("ال" + self.keys[k][c:])) for c in (1, 2)):
            return m, man.key  # "بتوقيف السلطات التشيكية للبناني علي فياض": his nationality, then the man
        # "لل": a definite object ("للاحتجاجات"), not a verbal noun of purpose ("دعم الحكومة لمواجهة الأزمة")
        return (m, None) if self.keys[k].startswith("لل") and len(self.keys[k]) > 4 else None

    def _passive_head(self, s0: int, i: int) -> str | None:
        """"X، الذي كان أوقف من قبل مخابرات الجيش": the person a relative clause of a passive verb is about."""
        k = i - 1
        while k > s0 and self._role_at(k, "kana") or k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        if k <= s0 or self.keys[k] not in _RELATIVE_WORDS:
            return None
        k -= 1
        while k > s0 and self.keys[k] in ("،", ","):
            k -= 1
        near = [m for m in self._actors(max(s0, k - 6), k + 1) if m.last == k + 1]
        return near[-1].key if near and near[-1].type == "Person" else None

    def _titled_subject(self, j: int, end: int) -> RawMention | None:
        """A person named after a verb of saying-and-doing behind a title no lexicon lists: one to three definite
        words, none of them an actor or a trigger ("طالب المهندس الاستشاري ممدوح حمزة")."""
        k = j
        while k < end and k < j + 3 and self.keys[k].startswith("ال") and self.keys[k] not in self._stop and \
                not self.keys[k].endswith(("ون", "ين", "ات")) and not self.ctx.mention_at(k) and \
                not self.ctx.anaphor(k) and not self.lex.actions.match(self.keys, k):
            k += 1  # not a plural ("وطالب المواطنون اليمنيون رئيس الحكومة": the citizens ask him)
        if k == j:
            return None
        m = self.ctx.mention_at(k)
        if m is None or m.type != "Person" or self.lex.titles.match(self.keys, m.first):
            return None  # a person named with a title of his own is the object of the words before
        return m

    def _accusative_masdar(self, i: int) -> bool:
        """"رفضا", "دعما": the verbal noun of a verb trigger in the accusative (not a participle, "داعيا")."""
        stems = [stem for pre, stem in clitic_variants(self.keys[i]) if pre in ("", "و", "ف")]
        return any(stem.endswith("ا") and (m := self.lex.actions.match([stem[:-1]], 0, clitics=False)) and
                   any(pl["kind"] == "verb" for pl in m[2]) for stem in stems)

    def _conditional(self, s0: int, i: int) -> bool:
        """A condition ("إذا", "لو", "في حال": modal rows that apply to no type) up to ten words before the trigger
        in its sentence, with nothing but its own clause between ("إذا فرضنا جدلا أن الرئيس استقال")."""
        lo = max(s0, i - 10)
        for k in range(i - 1, lo - 1, -1):
            if self.keys[k] in (".", "؛", ":", "،", ","):
                return False
            m = self.lex.action_context.match(self.keys, k)
            if m and k + m[0] <= i and any(pl["role"] == "modal" and "-" in pl["types"] for pl in m[2]):
                return True
        return False

    def _negated_predicate(self, j: int, s1: int, genitive: RawMention | None) -> bool:
        """"غارات التحالف لم تستهدف": a nominal trigger and its agent as the subject of a negated verb."""
        k = genitive.last if genitive is not None and genitive.first == j else j
        return k < s1 and (self.keys[k] in _NEGATORS or self.keys[k][:1] in "وف" and self.keys[k][1:] in _NEGATORS)

    def _feminine_before_masculine(self, i: int, m: RawMention) -> bool:
        """"وتدعم تنظيم داعش": a feminine verb right before a body whose head is masculine singular ("تنظيم",
        "حزب") does not have it as subject; the body is its object."""
        if m.type == "Person" and m.first == self._next_word(i) and self.lex.titles.match(self.keys, m.first):
            # "تحث رئيس الوزراء ديفيد كاميرون": a man named by his title ("رئيس", not "رئيسة") after a feminine verb
            title = self.toks[m.first].norm
            return not title.endswith(("ه", "ة")) and self._surface_gender(i, self.kind) == "f"
        if m.type not in ("Organization", "Group") or m.first != self._next_word(i):
            return False
        head = self.keys[m.first]
        head = head[1:] if head[:1] in "وف" and head[1:] in _MASCULINE_HEADS else head
        head = head[2:] if head.startswith("ال") and head[2:] in _MASCULINE_HEADS else head
        return head in _MASCULINE_HEADS and self._surface_gender(i, self.kind) == "f"

    def _that_pronoun_before(self, s0: int, i: int) -> bool:
        """"فإنها دعت حزب العمال": the pronoun on the complementizer right before the verb is its subject."""
        k = i - 1
        while k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        if k < s0:
            return False
        tok = self.keys[k]
        return tok in _SELF_THAT or tok[:1] in "وف" and tok[1:] in _SELF_THAT

    def _said_of_self(self, s0: int, i: int) -> str | None:
        """"قال X إنه تلقى", "أعلنت الوزارة أنها اعتقلت": a complementizer with the pronoun of the speaker right
        before the verb; "أنه" for a person, "أنها" for a body or state."""
        k = i - 1
        while k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        if k < s0 or self.keys[k] not in _SELF_THAT:
            return None
        st = self._statement_of(i)
        if st is None or self._type(st.speaker) is None:
            return None
        person = self._type(st.speaker) == "Person"
        return st.speaker if person == (self.keys[k] in _SELF_THAT_PERSON) else None

    def _sufferer(self, s0: int, i: int, ptype: str) -> str | None:
        """The subject of a verb of suffering or repelling right before an attack noun whose agent is named: "صدت
        المقاومة هجوما للحوثيين", "الزبداني التي تتعرض لهجوم من قبل قوات النظام" (a place may be the target)."""
        for k in range(i - 1, max(s0, i - 4) - 1, -1):
            hit = self.lex.action_context.match(self.keys, k)
            if not (hit and hit[1] in ("", "و", "ف") and
                    any(pl["role"] == "suffer" and ptype in pl["types"] for pl in hit[2])):
                continue
            subj = self._subject_after(k + hit[0], i)  # VSO: "صدت المقاومة هجوما"
            if subj is not None:
                return subj.key
            j = k - 1
            while j > s0 and self.keys[j] in _RELATIVE_WORDS:
                j -= 1  # "مدينة الزبداني والتي تتعرض"
            while j > s0 and self.keys[j] in ("،", ","):
                j -= 1
            before = [m for m in self.ctx.mentions_in(max(s0, j - 8), j + 1) if m.last == j + 1]
            if before and before[-1].first - 1 > s0 and self.keys[before[-1].first - 1] == "في":
                # "مدينة الزبداني في ريف دمشق والتي تتعرض": the head, past where it lies
                head = [m for m in self.ctx.mentions_in(max(s0, j - 12), before[-1].first - 1)
                        if m.last == before[-1].first - 1]
                if head:
                    return head[-1].key  # a relative clause's head, whatever governs it ("عن مدينة الزبداني")
            return before[-1].key if before and not self._governed(before[-1]) else None
        return None

    def _other_sense(self, ptype: str, j: int, s1: int, span: int = 3) -> bool:
        """A word within three tokens after the trigger shows it in another sense ("تظاهرت بأنها نائمة", "تدين بنما
        بالفضل", "يدعو لأفراده بالهداية", "دعا الله"), not inside a name ("عبد الله")."""
        if ptype == "REQUEST":  # "ودعا الدكتور التركي في ختام بيانه بأن يحفظ الله المملكة": a prayer
            wish = next((k for k in range(j, min(s1, j + 16)) if self.keys[k] in _WISH_THAT), None)
            if wish is not None and any(self._role_at(k, "sense") and self._other_sense(ptype, k, k + 1)
                                        for k in range(wish + 1, min(s1, wish + 4))):
                return True
        if ptype == "REJECT" and self._declined_to_say(j, s1):
            return True
        for k in range(j, min(s1, j + span)):
            # the sense word first: «بأنها» in "تظاهرت بأنها نائمة" is also a clause break
            if self._sense_word(k, ptype) and \
                    not any(m.first <= k < m.last for m in self.ctx.mentions_in(max(0, k - 4), k + 1)):
                return True
            if self.keys[k] in _CLAUSE_BREAKS or self.keys[k] in ("،", ",", "-", "–", "—", "("):  # "– رحمه الله –"
                return False
        return False

    def _declined_to_say(self, j: int, s1: int) -> bool:
        """"رفض ستيفان دجريك، الناطق الرسمي ...، أن يعلق", "ورفض معاطي في تصريحات إلى «الوطن» أمس التعليق":
        declining to comment, disclose or confirm is a statement, no rejection; its word may come past an aside
        on the speaker, a channel and a day (up to a clause break)."""
        for k in range(j, min(s1, j + 12)):
            if self.keys[k] in _CLAUSE_BREAKS:  # "أن يعلق": the complement is the comment
                return self.keys[k] in _THAT and k + 1 < s1 and self._sense_word(k + 1, "REJECT")
            if self._sense_word(k, "REJECT"):
                return True
        return False

    def _sense_word(self, k: int, ptype: str) -> bool:
        """The word at k shows a trigger of that type in another sense (action_context.tsv, role sense)."""
        hit = self.lex.action_context.match(self.keys, k, clitics=False)
        return bool(hit) and any(pl["role"] == "sense" and ptype in pl["types"] for pl in hit[2])

    def _coordinated_passive(self, s0: int, i: int) -> bool:
        """"تم تفكيك 21 عبوة ناسفة، وتدمير عجلة مسلحة": a verbal noun joined by و to an earlier one that "تم" made
        passive is passive too (within fifteen words, no verb or clause opener between)."""
        if not self.keys[i].startswith("و") or self.ctx.mention_at(i) is not None:
            return False
        for k in range(i - 1, max(s0, i - 15) - 1, -1):
            if self.keys[k] in _CLAUSE_OPENERS or self.keys[k] in (".", "؛", ":"):
                return False
            if self._role_at(k, "auxiliary", clitics=True):
                return True
            if self._inflected_verb(k):
                return False  # "تم اعتقال X، وقصفت الطائرات ...": a verb of its own opens another clause
        return False

    def _lifted(self, s0: int, i: int) -> bool:
        """A word of lifting or easing before the sanction noun in its clause (up to ten words back, no punctuation
        between): "هل ترفع واشنطن حظر «جبهة النصرة»؟", "تخفيف العقوبات"."""
        for k in range(i - 1, max(s0, i - 10) - 1, -1):
            if self.keys[k] in _CLAUSE_OPENERS or self.keys[k] in ("،", ",", "؛", ":"):
                return False
            if self.keys[k] in _LIFT or any(s in _LIFT for _p, s in clitic_variants(self.keys[k])):
                return True
            if self.lex.actions.match(self.keys, k):
                return False  # another act between: "رفع المتظاهرون لافتات واعتقلت الشرطة"
        return False

    def _past_own_title(self, j: int, s1: int, actor: str) -> int:
        """Past the title set after a person's name ("محمد الهيصمي مندوب اليمن لدى جامعة الدول العربية", "البرقان
        رئيس لجنة الاحتراف"): the office and the body in it are his own, not whom he acted on. Only an office with
        no name of its own and of no other country than his ("استقبل الملك سلمان وزير الخارجية الأمريكي جون كيري",
        "التقى السيسي رئيس الوزراء الإثيوبي": another man)."""
        if (holder := self._holder_after_office(j, s1)) is not None:
            return holder
        if j < s1 and self.keys[j] in ("،", ",", "؛"):
            # "حذر طاهر بومدرا، كبير موظفي الأمم المتحدة في العراق سابقا، من": an aside set off by commas (or opened
            # by a semicolon, "حذر العليان؛ مدير عام فرع وزارة العمل، المواطنين"), with no verb in it, describes him
            close = next((k for k in range(j + 1, min(s1, j + 12)) if self.keys[k] in ("،", ",")), None)
            first = self.ctx.mention_at(j + 1)
            if close is not None and close > j + 1 and (first is None or first.kind == "role") and \
                    not self.ctx.is_weekday_or_date(j + 1) and \
                    not any(self.lex.actions.match(self.keys, k) or self.lex.speech.match(self.keys, k)
                            for k in range(j + 1, close)):
                return close + 1
        k = j + 1 if j < s1 and self.keys[j] in ("،", ",") else j
        m = self.ctx.mention_at(k) if k < s1 else None
        if m is None and k < s1 and (title := self.lex.titles.match(self.keys, k)) and not title[1]:
            return self._past_unlisted_office(j, k + title[0], s1)
        if m is not None and m.key == actor and m.type == "Person":
            return m.last  # "التقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح": the same man named again
        if m is None or m.type != "Person" or m.kind != "role" or not self.lex.titles.match(self.keys, k):
            return j  # an office names a person ("مندوب اليمن"); "وزارة الصحة" is whom he criticized
        own, office = self.ctx.entities.get(actor), self.ctx.entities.get(m.key)
        if own is None or office is None or own.country and office.country and own.country != office.country:
            return j
        k = m.last
        while k < s1 and (owner := self.ctx.mention_at(k)) is not None and owner.type in ("Organization", "State") \
                and self.keys[k][:1] == "ل":
            k = owner.last  # "لجنة الاحتراف بالاتحاد", "لدى جامعة الدول": still the title
        if k < s1 and self._role_at(k, "posting") and (owner := self.ctx.mention_at(k + 1)) is not None:
            k = owner.last
        return k

    def _holder_after_office(self, j: int, s1: int) -> int | None:
        """Past the name right after an office named without one ("وزير الداخلية البحريني الفريق الركن الشيخ راشد
        بن عبدالله آل خليفة إيران"): the holder is the office, not whom he acted on; None when no name follows."""
        if self.after_verb is None or self.after_verb.kind != "role":
            return None
        k = j
        while k < s1 and self.ctx.mention_at(k) is None and (title := self.lex.titles.match(self.keys, k)) and \
                all(p["named_only"] for p in title[2]):
            k += title[0]  # ranks and honorifics before the name ("الفريق الركن"), not another office ("نظيره")
        m = self.ctx.mention_at(k) if k < s1 else None
        if m is None or m.type != "Person" or m.kind == "role" or not m.name:
            return None
        if (title := self.lex.titles.match(self.keys, m.first)) and not all(p["named_only"] for p in title[2]):
            return None  # "وزير الخارجية السعودي نظيره الأمريكي جون كيري": another office, another man
        office, person = self.ctx.entities.get(self.after_verb.key), self.ctx.entities.get(m.key)
        if office and person and office.country and person.country and office.country != person.country:
            return None
        return m.last

    def _past_unlisted_office(self, j: int, k: int, s1: int) -> int:
        """"خالد القحطاني رئيس الإعلام والنشر بغرفة الأحساء": a title with no office of its own after the name,
        a few words of its portfolio, then the body it is held in (with ب or ل): his own, past all of it. Anything
        else (a name, a body without the preposition) leaves the search where it was."""
        for x in range(k, min(s1, k + 5)):
            m = self.ctx.mention_at(x)
            if m is not None:
                own = m.type in ("Organization", "State") and self.keys[x][:1] in ("ب", "ل")
                return m.last if own else j
            if not self.keys[x].startswith(("ال", "وال")):
                return j
        return j

    def _continued_target(self, j: int, end: int, actor: str) -> str | None:
        """"شن طيران التحالف غارات أمس استهدفت مواقع للحوثيين": a verb of attack right after the attack noun (past
        its time words) describes that attack, and its object is the attack's target."""
        k = j
        adjectives = 0
        while k < end:
            if self.keys[k] in SKIP or self.ctx.is_weekday_or_date(k) or self.keys[k] in _YESTERDAY:
                k += 1
            elif adjectives < 3 and self._attack_adjective(k):
                adjectives, k = adjectives + 1, k + 1
            else:
                break
        hit = self.lex.actions.match(self.keys, k) if k < end else None
        if not hit or hit[1] != "" or not any(pl["type"] == "ASSAULT" and pl["kind"] == "verb" for pl in hit[2]):
            return None
        pl = next(pl for pl in hit[2] if pl["type"] == "ASSAULT")
        target = self._target(k + hit[0], end, pl["target"], actor, "ASSAULT")
        # "غارات جوية استهدفت مدنا في العراق وسوريا": a state after the verb is where the strikes fell
        return target if self._type(target) not in ("State", "Place") else None

    def _noun_subject(self, a: RawMention | None, i: int, n: int, s0: int, obj: tuple[int, int] | None,
                      ptype: str) -> bool:
        """Whether a nominal trigger may take the actor named before it."""
        if a is not None and self._inside_noun_phrase(a, s0):
            return False  # "أعلن مقتل العشرات من عناصر تنظيم داعش وتدمير عجلاته": ISIS is governed, not the agent
        if a is not None and self._subject_of_trigger(a, s0):
            return False  # "وأدان بيسكوف دعم الولايات المتحدة للمعارضة": Peskov condemned the support, he gave none
        close = a is not None and (a.last >= i - 3 or self.past_relative)
        if n > 1 or obj is not None:  # a phrase: only hostile ones after a preposition need a subject close by
            if ptype == "CONCEDE":  # "إطلاق سراح", "الإفراج عن": on real news mostly demanded or hoped for
                return close and not self._masdar(s0, i)
            return close or not (ptype in _NEEDS_OBJECT and self._masdar(s0, i))
        if a is not None and self.keys[i].endswith(_POSSESSIVE) and len(self.keys[i]) > 4:
            return True  # "أعربت الجبهة عن رفضها": the possessive names the subject as the noun's agent
        return close and not self._masdar(s0, i)

    def _victim_of_act(self, target: str, j: int, s1: int) -> bool:
        """The target is the genitive of a verbal noun of violence or arrest that does not take its agent there
        ("اختطاف الجنيد", "اعتقال المعارض", unlike "غارات التحالف"): the one who suffered the act condemned."""
        m = next((m for m in self._actors(j, s1) if m.key == target), None)
        if m is None or m.first == 0 or m.proclitic:
            return False
        k = m.first - 1
        hit = self._triggers[k]
        return bool(hit and hit[0] == 1 and hit[1] in ("", "و") and not self._agentive(k, "ASSAULT") and
                    not self._group_agent(k, m) and
                    any(pl["type"] in ("ASSAULT", "COERCE") and pl["kind"] in ("noun", "verb") for pl in hit[2]))

    def _group_agent(self, k: int, m: RawMention | None) -> bool:
        """"اقتحام المستوطنين", "اعتداءات قوات الاحتلال": a verbal noun whose genitive, a group of people right after
        it, is its agent (role group_agent); its genitive is otherwise the place it fell on ("اقتحام القنصلية")."""
        return m is not None and m.first == k + 1 and m.type == "Group" and not m.proclitic and \
            self._role_at(k, "group_agent")

    def _owes(self, j: int) -> bool:
        """"يدين لـ": the present of دان with ل right after is "owes" (what one condemns is the direct object); with
        ب it owes or professes ("تدين باستقلالها للدعم", "يدين بالإسلام"), unless ب opens a manner ("يدين بشدة")."""
        return j < len(self.keys) and self.keys[j][:1] in ("ل", "ب") and len(self.keys[j]) > 2 and \
            self.toks[j].norm not in self._stop and self.keys[j] not in _MANNER

    def _visit_of(self, i: int, actor: str, s0: int) -> bool:
        """A visit («زيارة») is the actor's when it is the visitor: the noun's genitive ("زيارة أوباما لكينيا"), or
        the subject of a verb that says the visit was made, right before it ("قام X بزيارة", "بدأ X زيارة"). Read
        from anywhere else (a clause's subject, the speaker, "تفسر السلطات الإثيوبية زيارة أوباما", "خلال زيارة محامي
        النادي له", "من المنتظر أن يقوم X بزيارة") on real news it was the wrong one or no visit made."""
        gen = self.ctx.mention_at(i + 1)  # a state there is as often the one visited ("بزيارة كوبا")
        if gen is not None and gen.type == "Person":
            return gen.key == actor
        subj = next((m for m in reversed(self._actors(max(s0, i - 12), i)) if m.key == actor and m.last >= i - 2),
                    None)
        if subj is None or subj.first - 1 < s0:
            return False
        k = subj.first - 1
        return any(stem in _VISIT_VERBS for pre, stem in clitic_variants(self.keys[k]) if pre in ("", "و", "ف")) and \
            not (k > s0 and self._role_at(k - 1, "subjunctive", clitics=True))

    def _feminine_possessive(self, i: int, p: dict, pronoun: str) -> bool:
        """A verbal noun with the possessive "ها" naming its doer ("دعمها", "رفضها"): the lexicon's own form or the
        pronoun read off the word."""
        if pronoun:
            return pronoun == "ها"
        return match_key(norm(p["form"])).endswith("ها") and self.keys[i].endswith("ها")

    def _accused(self, p: dict, i: int, found: list[tuple[str, str | None, int]]) -> bool:
        """"اتهم" and "متهما" with the charge (ب) right after the trigger or the one named after it: nobody is
        accused between, so the verb is the unvowelled passive ("اتُّهم") and the participle the passive one
        ("متَّهَما"): the one named is accused, by no one the sentence names. "اتهمته بـ" has its object."""
        if p["type"] != "ACCUSE" or _verb_base(p) not in _CHARGE_VERBS or p["kind"] == "charge" or \
                self._object_pronoun(i, p):
            return False
        return any(t < len(self.keys) and self.keys[t].startswith("ب") and len(self.keys[t]) > 3 and
                   not self.ctx.mention_at(t) and self.keys[t] not in _MANNER for _a, _tg, t in found)

    def _subject_of_trigger(self, a: RawMention, s0: int) -> bool:
        """The actor right before a verbal noun is the subject of a trigger verb right before it (VSO): the verbal
        noun is that verb's object, an act condemned, denied, asked for or backed, whose own agent is not said."""
        k = a.first - 1
        while k > s0 and (self.keys[k] in _VERB_PARTICLES or self.keys[k] in QUOTES):
            k -= 1
        if k < s0:
            return False
        hit = self._triggers[k] or self._short_verb(k, self.lex.actions)
        return bool(hit and hit[0] == 1 and any(pl["kind"] in ("verb", "present") for pl in hit[2]))

    def _verbal_attack(self, i: int, last: int, s1: int, found: list[tuple[str, str | None, int]]) -> bool:
        """"هاجم", "شن هجوما": an attack in words when a person makes it or suffers it ("شن كتاب ومثقفون هجوما حادا
        على وزير التعليم"), or when a word of manner says so ("حادا", "لاذعا"); armed attacks are made by forces and
        groups on places, positions and forces."""
        targets = {t for _a, t, _s in found if t is not None}
        hi = next((m.first for m in self.ctx.mentions_in(i, s1) if m.key in targets), last)
        word = next((k for k in range(i, hi) if self._role_at(k, "attack_word", clitics=True)), None)
        if word is None:
            return False
        last = max(last, word + 1)  # "شن دونالد ترامب، ملياردير العقارات، هجوما": the attack named after the subject
        if any(self._role_at(k, "verbal_manner") for k in range(last, min(s1, last + 3))):
            return True
        if any(self._role_at(k, "member", clitics=True) for k in range(max(0, i - 10), last)):
            return False  # "ميليشيات الحوثي وقوات المخلوع صالح شنت أكبر هجوم": a person's forces attack
        return any(self._type(actor) == "Person" or self._type(target) == "Person" for actor, target, _t in found)

    def _precedent_subject(self, s0: int, i: int) -> tuple[bool, RawMention | None]:
        """"سبق لـX أن <verb>" (X has already done it): X, governed by لـ, is the verb's subject; (whether the
        construction is there, X when it is an actor)."""
        if i - 2 < s0 or self.keys[i - 1] != "ان":
            return False, None
        for k in range(i - 2, max(s0, i - 7), -1):
            if self.keys[k][:1] == "ل" and self._role_at(k - 1, "precedent", clitics=True):
                m = next((m for m in self._actors(k, i - 1) if m.last == i - 1), None)
                return True, m
        return False, None

    def _named_place(self, key: str, j: int, s1: int) -> bool:
        """The person's mention after the trigger follows a word for a place ("مدينة", "حي", "شارع")."""
        return any(m.key == key and m.first > 0 and self._role_at(m.first - 1, "place_head", clitics=True)
                   for m in self._actors(j, min(s1, j + 20)))

    def _casualties_of(self, j: int, end: int, actor: str) -> str | None:
        """"أوقعت غارات التحالف قتلى وجرحى من الحوثيين": the side whose dead or wounded an attack left is its
        target (a word of the killed or injured measures, then من and the actor)."""
        for k in range(j, min(end, j + 8)):
            if self.lex.measures.get(match_key(self.keys[k].lstrip("و")), ("",))[0] not in ("killed", "injured"):
                continue
            for t in range(k + 1, min(end, k + 4)):
                m = self.ctx.mention_at(t)
                if m and m.type in ACTOR_TYPES and m.key != actor and (
                        self.keys[t - 1] in _PARTITIVE or m.proclitic.endswith(_PARTITIVE)):
                    return m.key
        return None

    def _casualties_before(self, s0: int, i: int, actor: str | None) -> str | None:
        """"قتل 9 من ميليشيات الحوثي في هجوم للمقاومة", "مقتل 56 مسلحا من طالبان جراء غارات نفذتها طائرات أميركية":
        the side whose dead or wounded are counted right before the attack they fell in is its target (a word of
        the killed or injured measures, a count, من and the actor, then في, جراء or إثر and the noun of the attack)."""
        k = self._harmed_in_before(s0, i)
        if k is None:
            return None
        ends = {}
        for a in self._actors(max(s0, k - 12), k):
            if a.last not in ends or a.first < ends[a.last].first:
                ends[a.last] = a  # the longest mention ending there ("وقوات صالح", not "صالح")
        m = ends.get(k)
        if m is None:
            return None
        while m.first in ends and self.keys[m.first].startswith("و"):
            m = ends[m.first]  # "من ميليشيات الحوثي وقوات صالح": the first side named
        return m.key if m.key != actor and self._counted_dead(m, s0) else None

    def _harmed_in_before(self, s0: int, i: int) -> int | None:
        """Where the word («في», «جراء», «إثر») that ties the dead or wounded to the attack at i stands, past a count
        of attacks ("جراء ست غارات"); None when the attack is not introduced so."""
        k = i - 1
        while k > s0 and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers):
            k -= 1
        return k if k > s0 and self.keys[k] in _HARMED_IN else None

    def _dead_before(self, actor: str, s0: int, i: int) -> bool:
        """The actor's last mention before the trigger (and none after it) names the dead or injured."""
        before = [m for m in self._actors(s0, i) if m.key == actor]
        return bool(before) and not any(m.key == actor for m in self._actors(i, min(len(self.keys), i + 8))) and \
            self._counted_dead(before[-1], s0)

    def _counted_dead(self, m: RawMention, s0: int) -> bool:
        """The mention names those killed or injured: a word of the killed or injured measures, a count, من and
        the mention, past one noun of its men ("مقتل سبعة من قادة تنظيم داعش", "قتل 9 من ميليشيات الحوثي")."""
        f = m.first
        if f - 2 > s0 and self.keys[f - 1] not in _PARTITIVE and self.keys[f - 2] in _PARTITIVE and \
                self.ctx.mention_at(f - 1) is None and self.keys[f - 1].isalpha():
            f -= 1  # "من عناصر الحوثي", "من قادة تنظيم داعش"
        if f <= s0 or self.keys[f - 1] not in _PARTITIVE:
            return False
        for k in range(f - 2, max(s0, f - 8) - 1, -1):
            if self.ctx.mention_at(k) is not None:
                return False
            if self.lex.measures.get(match_key(self.keys[k].lstrip("و")), ("",))[0] in ("killed", "injured"):
                return True
        return False

    def _words_made_by(self, k: int, s1: int, actor: str | None) -> str | None:
        """"أدانت الرابطة التصريحات التي صدرت عن نوري المالكي", "التي أدلى بها المالكي": the clause of what is
        condemned ends at the relative; the one who made the words is the target."""
        if self.keys[k] not in _RELATIVE or k + 2 >= s1 or self.keys[k + 1] not in _MADE_BY:
            return None
        t = k + 2
        while t < min(s1, k + 5) and self.ctx.mention_at(t) is None and self.keys[t] in _MADE_BY_LINKS:
            t += 1
        # the maker's name opens at once or after a word or two of his title ("عن نائب رئيس الجمهورية نوري المالكي")
        first = next((a.first for a in self._actors(t, min(s1, t + 10)) if a.first < t + 3), None)
        if first is None or any(self.keys[x] in _NO_OBJECT or self.keys[x] in _PREPOSITIONS for x in range(t, first)):
            return None  # "التي أدلى بها حول الجزائر الرئيس الفرنسي": what they were about is not who made them
        m = max((a for a in self._actors(first, min(s1, first + 8)) if a.first == first), key=lambda a: a.last)
        return m.key if m.key != actor else None

    def _struck_after(self, j: int, end: int, actor: str | None) -> str | None:
        """"شنت مقاتلات التحالف 20 غارة، استهدفت مواقع وتجمعات الحوثيين": a verb of attack with no subject of its own
        says what the raids hit; the owner of what they hit, named after it, is the target. A name right after the
        verb may be its own subject ("فيما قصفت قوات النظام البلدة"): then it is another act."""
        for k in range(j + 1, end - 1):
            hit = self.lex.actions.match(self.keys, k)
            if not hit or hit[0] != 1 or not any(pl["type"] == "ASSAULT" and pl["kind"] == "verb" for pl in hit[2]):
                continue
            if any(pl["kind"] != "verb" for pl in hit[2]) or self.keys[k - 1] in _PREPOSITIONS:
                return None  # "بالتزامن مع قصف عنيف لطيران التحالف": a noun spelled as the verb
            o = k + 1
            if o >= end or self.ctx.mention_at(o) is not None or self.keys[o] in _NO_OBJECT:
                return None
            # the owner is named in the object's own phrase: "استهدفت موكبه لدى مروره في قضاء البعاج" ends at لدى
            stop = next((x for x in range(o, end) if self.keys[x] in _PREPOSITIONS or self.keys[x] in _NO_OBJECT), end)
            t = self._target(o, stop, None, actor, "ASSAULT")
            return t if t is None or self._type(t) != "State" else None  # "في العراق وسوريا": where, not whom
        return None

    def _positions_owner(self, j: int, end: int, actor: str | None) -> str | None:
        """"سيطر الجيش على معسكر لبوزة وآخر مواقع تمركز مليشيات الحوثي": the armed side or body whose positions the
        attack or seizure hit, named right after a noun of positions (past a word of stationing)."""
        for k in range(j, end - 1):
            if not any(stem in _POSITIONS for _p, stem in clitic_variants(self.keys[k])):
                continue
            t = k + 1 + (self.keys[k + 1] in _STATIONING and k + 2 < end)
            while t < end - 1 and (self.keys[t] in QUOTES or self.toks[t].text in ("“", "”", '"')):
                t += 1  # 'ضد مواقع "داعش"': the name in quotes
            m = self.ctx.mention_at(t)
            if m is not None and m.first == t and m.type in ("Group", "Organization") and m.key != actor:
                return m.key
        return None

    def _taken_from(self, j: int, end: int, actor: str | None) -> str | None:
        """"استعادت عدن من أيدي الحوثيين", "سيطرت على المطار من قبضة مسلحي داعش": the one a place is taken from is
        the target (من, a noun of hold, then the actor, past a word for its fighters)."""
        for k in range(j, min(end, j + 12) - 2):
            if self.keys[k] not in _PARTITIVE or self.keys[k + 1] not in _HELD_BY:
                continue
            t = k + 2 + (self._role_at(k + 2, "member") and k + 3 < end)
            m = self.ctx.mention_at(t)
            if m is not None and m.first == t and m.type in ACTOR_TYPES and m.key != actor:
                return m.key
            return None
        return None

    def _object_of_attack_verb(self, i: int) -> bool:
        """A noun of attack a few words after a verb of attack coded in the sentence, no verb or full stop between:
        the verb's object, the same strikes (the verb reads its object only up to a comma)."""
        v = self.attack_verb
        return v is not None and 0 <= i - v <= 12 and not any(
            self.keys[k] in (".", "؛", ":") or self.lex.speech.match(self.keys, k) or
            self.lex.actions.match(self.keys, k) for k in range(v, i))

    def _attack_adjective(self, k: int) -> bool:
        """"هجمات متعددة ومباغتة", "ضربات جوية": an adjective after a plural of attacks, in its feminine ending, no
        name and no trigger."""
        key = self.keys[k]
        return key.isalpha() and key.endswith(("ه", "ة")) and len(key) > 3 and self.ctx.mention_at(k) is None and \
            not self.lex.actions.match(self.keys, k) and key not in SKIP

    def _skip_words(self, j: int, end: int) -> int:
        while j < end and (self.keys[j] in SKIP or self.ctx.is_weekday_or_date(j) or self.keys[j] in _YESTERDAY):
            j += 1
        return j

    def _names_head(self, i: int) -> bool:
        """"بمقاطعة سيسكيو" (a county, not a boycott), "تحالف دعم الشرعية": a word that opens the name of a place
        or a body is its head noun, no event."""
        m = self.ctx.mention_at(i)
        if m is None and i + 1 < len(self.keys) and _place_kind(self.keys[i]) and \
                (nxt := self.ctx.mention_at(i + 1)) is not None and nxt.type == "Place" and \
                self._role_at(i + 1, "place_head"):
            return True  # "في مقاطعة ولاية قندوز": a county (a place noun itself) named by its province, no boycott
        if i in self.inside_names:
            return True  # "لتحالف دعم الشرعية": a word inside a name is no event either
        return m is not None and m.last > i + 1 and m.type in ("Place", "Organization") and \
            m.kind in ("place", "named", "institution")

    def _homograph(self, i: int) -> bool:
        """"ومن هنا" (hence): a word written like a trigger without the hamza the trigger has ("هنأ"); "وزارة"
        (ministry), written with ta marbuta, is no verb with the object pronoun ه ("وزاره", و + زاره)."""
        if i > 0 and self.keys[i - 1] in _NAME_LINKS:
            return True  # "صالح بن عبدالله بن طالب": a name
        return self._role_at(i, "homograph", clitics=True) and not any(c in self.toks[i].text for c in "أإؤئ")

    def _resumptive(self, j: int) -> bool:
        """"سربرينتشا التي قتل فيها آلاف": a preposition with a pronoun right after a relative clause's verb refers
        back to the head, which is then not the verb's subject."""
        return j < len(self.keys) and any(
            pre in _RESUMPTIVE_PREPOSITIONS and stem in ("ه", "ها", "هم", "هما")
            for pre, stem in clitic_variants(self.keys[j])) or j < len(self.keys) and self.keys[j] in _RESUMPTIVE_WORDS

    def _relative_is_subject(self, s0: int, i: int, s1: int, p: dict, after: RawMention) -> bool:
        """"العمليات التي استهدفت الحوثيين": after a singular relative pronoun, a verb that agrees with it in gender
        and no pronoun referring back to the head has the pronoun (its head) as subject; the actor after the verb is
        its object. A pronoun referring back right after that actor ("التي طالبت لجنة التفتيش بإنهائها") or on the verb
        ("التي تقودها السعودية"), or a verb that disagrees ("الذي قصفت مواقع له") leaves the subject after the verb."""
        k = i - 1
        while k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        gender = _RELATIVE_GENDER.get(self.keys[k])
        if gender is None or self._object_pronoun(i, p) or self._surface_gender(i, p["kind"]) != gender:
            return False
        back = "ها" if gender == "f" else "ه"
        # the word right after the actor named ("هاجم السعودية في مقاله": the writer's article, not the head)
        return not (after.last < s1 and self.toks[after.last].text.rstrip(_DIACRITICS).endswith(back))

    def _surface_gender(self, i: int, kind: str) -> str | None:
        """The gender a verb shows: from its lexicon form, else from its prefix (present ت/ي) or its ending (past
        "ت"; "تبنى" is a past verb of its own with ت)."""
        stems = [stem for pre, stem in clitic_variants(self.keys[i]) if pre in ("", "و", "ف")]
        stem = stems[-1] if stems else self.keys[i]
        if stem.endswith(("وا", "ون", "ن")):
            return None
        if kind == "present":  # listed as written ("تدعم"): the prefix shows it
            return "f" if stem[:1] == "ت" else "m" if stem[:1] == "ي" else None
        if (g := self._verb_gender(i)) is not None:
            return g
        return "f" if stem.endswith("ت") else "m"

    def _prepositional_genitive(self, m: RawMention) -> bool:
        """"لمصادر الجزيرة", "بحسب مصادر": an actor right after a noun carrying the preposition ب or ل is that
        noun's genitive inside a prepositional phrase, not the subject of the verb after it. A particle ("لكن",
        "بأن") or a verb written with ب or ل at its start ("بدأت", "لجأت") is no such noun."""
        k = m.first - 1
        while k >= 0 and self.keys[k] in QUOTES:
            k -= 1
        if k < 0 or self.ctx.mention_at(k) or m.proclitic:
            return False
        tok = self.keys[k]
        bare = tok[1:] if tok[:1] in ("و", "ف") and len(tok) > 3 else tok
        if tok in self._stop or bare in self._stop or bare in _THAT or bare in _PREPOSITIONS or \
                bare.endswith("ت") and not bare.endswith("ات"):
            return False
        return any(pre[-1:] in ("ب", "ل") and stem not in _THAT
                   and not self.lex.actions.match([stem], 0) for pre, stem in clitic_variants(tok) if pre)

    def _construct_after_preposition(self, k: int) -> bool:
        """Tokens up to k are one or two nouns in construct (no article, no clitic, no mention) right after a
        preposition written as its own word («من سيطرة مسلحي», «على احتلال»): what follows k is their genitive."""
        t = k
        while t >= 0 and k - t < 2 and self._construct_noun(t):
            t -= 1
        return t < k and t >= 0 and self.keys[t] in _PREPOSITIONS and self.keys[t] not in _THAT

    def _construct_noun(self, t: int) -> bool:
        """A noun with no article and no clitic on it: a first «و», «ف», «ب», «ل» only where news writes the word
        with the article too («وصول»: «الوصول»), so the letter is the word's own."""
        tok, word = self.keys[t], self.toks[t].norm
        return len(tok) >= 3 and tok.isalpha() and not tok.startswith("ال") and \
            (tok[:1] not in ("و", "ف", "ب", "ل") or _common_words().get("ال" + word) is not None) and \
            self.ctx.mention_at(t) is None and word not in self._stop and tok not in _THAT

    def _unnamed_subject_before(self, s0: int, i: int) -> bool:
        """A common noun phrase of one to three words, the last definite, between a complementizer and the verb
        ("إن القوات قتلت", "أن دين الإسلام السمح حث"): the clause's subject, which names no entity, so the actor
        after the verb is its object."""
        if i < s0 + 2 or self.keys[i][:1] in ("و", "ف") or not self.keys[i - 1].startswith("ال"):
            return False
        that = next((k for k in range(i - 2, max(s0, i - 6) - 1, -1) if self.keys[k] in _THAT), None)
        if that is None:
            return False
        for k in range(that + 1, i):
            tok = self.keys[k]
            # a place may be the head noun's genitive ("أن هيئة محافظة حفر الباطن ألقت"), an actor may not
            if k == i - 1 and (len(tok) <= 4 or self.toks[k].norm in self._stop) or \
                    any(m.first <= k < m.last and (m.type in ACTOR_TYPES or k == that + 1)
                        for m in self.ctx.mentions_in(max(s0, k - 8), k + 1)) or \
                    self.ctx.is_weekday_or_date(k) or self.lex.actions.match(self.keys, k) or tok in QUOTES or \
                    tok in ("،", ",") or self.lex.speech.match(self.keys, k):
                return False
        return True

    def _bare_form(self, i: int, p: dict) -> bool:
        """The trigger at i is written as the bare past verb, which is also how its verbal noun is written («قصف»,
        «رفض»): after it a genitive may be the doer («قصف الحوثيين لمحطات الكهرباء»)."""
        return p["kind"] == "verb" and any(stem == _verb_base(p) for _p, stem in clitic_variants(self.keys[i]))

    def _oblique_plural(self, k: int) -> bool:
        """A definite masculine plural in «ين» at k («المتمردين», «الحوثيين»): after an inflected verb, the case of an
        object, not of a subject («استهدفت الغارات المتمردين»; the subject is written «المتمردون», «الحوثيون»)."""
        word = self.toks[k].norm  # with a proclitic («والمتمردين») it does not start with the article: not read
        return word.startswith("ال") and word.endswith("ين") and len(word) >= 7

    def _unnamed_clause_subject(self, s0: int, i: int) -> bool:
        """See `unnamed_subject_opens`: an unnamed noun phrase opening the clause is the verb's subject."""
        return unnamed_subject_opens(self.ctx, self.lex, s0, i, self._governed)

    def _document_before(self, s0: int, i: int) -> bool:
        """A verb right after an indefinite document noun in the accusative ("قرارا يطالب", "بيانا يدعو"): an
        adjectival clause whose subject is the document, not an actor named after the verb."""
        if i <= s0 or self.keys[i][:1] in ("و", "ف"):
            return False
        tok = self.keys[i - 1]
        if tok.endswith("ا") and tok[:-1] in _DOCUMENTS:
            return True
        # "قرارات ...، يطالب فيها إيران", "قرار صريح وواضح وشديد اللهجة يطالب إيران": past the document's adjectives
        # or with «فيها» after the verb, an indefinite document noun a few words before is still the subject
        for k in range(i - 1, max(s0, i - 7) - 1, -1):
            if self.ctx.mention_at(k) is not None or self.keys[k] in (".", ":", "؛") or \
                    self.lex.actions.match(self.keys, k) or \
                    self.keys[k] not in _PREPOSITIONS and self.lex.speech.match(self.keys, k):  # «بين», not «بيّن»
                return False
            if any(stem in _DOCUMENTS for _p, stem in clitic_variants(self.keys[k])):
                return k == i - 1 or i + 1 < len(self.keys) and self.keys[i + 1] in _RESUMPTIVE_WORDS or \
                    all(self._adjective_like(x) for x in range(k + 1, i))
        return False

    def _adjective_like(self, k: int) -> bool:
        """An indefinite word that may describe the noun before it ("صريح", "وواضح", "اللهجة" in a construct)."""
        key = self.keys[k]
        return key.isalpha() and key not in _PREPOSITIONS and self.ctx.mention_at(k) is None

    def _document_topic(self, s0: int, i: int) -> bool:
        """"البند الأول من هذا الاتفاق، يطالب إيران": a sentence that opens with a definite document noun and names
        no actor before the verb has the document as the verb's subject."""
        first = self.keys[s0] if s0 < i else ""
        stem = first[2:] if first.startswith("ال") else first[3:] if first.startswith("وال") else ""
        return stem in _DOCUMENTS and not any(m.type in ACTOR_TYPES for m in self.ctx.mentions_in(s0, i))

    def _described_noun(self, s0: int, i: int) -> bool:
        """"توصيات تطالب", "بيانات اتهمت", "حملة استهدفت": a verb right after an indefinite plural noun, or a singular
        one in «ة» before a feminine verb (no article, no actor), is an adjectival clause describing that noun, which
        is its subject."""
        if i <= s0 or self.keys[i][:1] in ("و", "ف"):
            return False
        k = i - 1
        tok = self.keys[k]
        # (not an adjective of the actor before it: "عصابات مسلحة داهمت" is the gangs raiding)
        feminine = self.toks[k].text.endswith("ة") and self._surface_gender(i, "verb") == "f" and \
            not any(m.last == k and m.type in ACTOR_TYPES for m in self.ctx.mentions_in(max(s0, k - 8), k))
        return (len(tok) > (3 if feminine else 4) and (tok.endswith(("ات", "ون", "ين")) or feminine)
                and not tok.startswith(("ال", "وال", "بال", "لل"))
                and tok.isalpha() and self.toks[k].norm not in self._stop and tok not in self.lex.numbers
                and not any(m.first <= k < m.last for m in self.ctx.mentions_in(max(s0, k - 8), k + 1))
                and not self.ctx.is_weekday_or_date(k) and not self.lex.speech.match(self.keys, k)
                and not self.lex.actions.match(self.keys, k) and cameo.verb_lemma(tok) is None)

    def _nationals(self, m: RawMention) -> bool:
        """"مقاتلون سوريون", "كتاب سعوديون": a state named by a plural nationality adjective after an indefinite
        plural noun is people of that country, not the state acting."""
        if m.type != "State" or m.last - m.first != 1 or m.first == 0:
            return False
        tok, prev = self.keys[m.first], self.keys[m.first - 1]
        stems = [stem for _p, stem in clitic_variants(prev)]
        return tok.endswith(("يون", "يين")) and any(
            stem.endswith(("ون", "ين", "ات")) and not stem.startswith("ال") and len(stem) > 4 for stem in stems)

    def _between_parties(self, i: int, n: int, s1: int) -> list[str]:
        """The keys of the actors "بين" joins with و, in order (a comma may stand before و): "بين X وY وZ" has
        three."""
        stop = self._clause_end(i + n, s1)
        j = next((j for j in range(i + n - 1, min(stop, i + n + 6)) if self.keys[j] == _BETWEEN), None)
        if j is None:
            return []
        parties: list[str] = []
        k, stop = j + 1, min(s1, j + 16)  # past a comma that only sets off the next party
        while k < stop and self.keys[k] not in _CLAUSE_BREAKS:
            first = k
            m = self.ctx.mention_at(k) or self._subject_at(k, stop)
            if m is None and ((hit := self.lex.action_context.match(self.keys, k, clitics=True)) and hit[0] == 1 and
                              hit[1] in ("", "و", "وال") and any(pl["role"] == "member" for pl in hit[2])):
                m = self.ctx.mention_at(k + 1)  # "وميليشيات الحوثي", "والموالين لصالح": that side's men
            if m is None or m.type not in ACTOR_TYPES or parties and not self.keys[first].startswith("و"):
                break
            parties.append(m.key)
            k = m.last
            while k < stop and self.keys[k] in ("،", ","):
                k += 1
        return parties

    def _inside_noun_phrase(self, a: RawMention, s0: int) -> bool:
        """An actor governed by a preposition past the words for its members ("من عناصر تنظيم داعش"): part of a
        noun phrase, not the subject of a clause."""
        k = a.first - 1
        if k < s0 or not self._role_at(k, "member"):
            return False
        while k >= s0 and self._role_at(k, "member"):
            k -= 1
        return k >= s0 and self.keys[k] in _PREPOSITIONS

    def _counted_unnamed(self, j: int, end: int) -> bool:
        """"اعتقلت الشرطة أربعة رجال وضبطت شحنة متجهة إلى هولندا": a count of people no entity names is the object,
        and an actor named in the next clause is none; not "خمسة من عناصر داعش" (of whom) nor a count before a
        name."""
        k = self._skip_days(j, end)
        if not self._counted_object(k, end):
            return False
        while k < end and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers or
                           self.lex.qualifiers.match(self.keys, k)):
            k += (m[0] if (m := self.lex.qualifiers.match(self.keys, k)) else 1)
        if k >= end or self.ctx.mention_at(k) is not None or self.keys[k] in _PARTITIVE or \
                self.keys[k].startswith("ال"):
            return False
        # the counted noun ends the object only where a new clause or a full stop comes right after it (not "20
        # مسلحا من تنظيم داعش", "15 شخصا يشتبه بانتمائهم لحزب العمال")
        nxt = k + 1
        return nxt >= end or self.keys[nxt] in (".", "،", ",", "؛") or \
            self.keys[nxt][:1] in ("و", "ف") and self.keys[nxt][1:3] != "ال" and len(self.keys[nxt]) > 3 and \
            self.ctx.mention_at(nxt) is None  # "أربعة رجال وضبطت": a verb on و opens the next clause

    def _pronoun_antecedent(self, k: int, s0: int, i: int, actor: str) -> str | None:
        """The one a separate object pronoun after the trigger at i refers back to ("عزمه على مقاضاة المتحدث الرسمي
        محمد الثبيتي، ... متهما إياه"): the latest actor named before the trigger in its sentence other than the
        actor; a person for the masculine singular."""
        singular_masculine = self.keys[k].endswith("ه")  # «إياه», not «إياها», «إياهم»
        for m in reversed(self._actors(s0, i)):
            if m.key != actor and (m.type == "Person" or not singular_masculine):
                return m.key
        return None

    def _people_object(self, j: int, end: int) -> bool:
        """The object is people: a person or a group named, a count, a noun of people, a nationality standing as a
        noun («أوقفت السوري», «يهوديين اثنين») or initials in brackets («(ع. م.)»: Lebanese news so names those
        held)."""
        k = self._skip_words(j, end)
        if k >= end:
            return False
        if (m := self.ctx.mention_at(k)) is not None:
            return self._type(m.key) in ("Person", "Group")
        key = self.keys[k]
        if self._counted_object(k, end) or key in _PERSON_NOUN or key in self.lex.vague or \
                self.lex.measures.get(key, ("", ""))[1] in ("people", "pair", "attacker"):
            return True
        if key.endswith("يين") or (key.startswith("ال") or key.endswith(("ين", "ون"))) and \
                gazetteer().nisba.get(match_key(key)):
            return True  # "يهوديين اثنين": a plural of belonging names people
        return key == "(" and k + 1 < end and len(self.keys[k + 1]) == 1

    def _counted_object(self, j: int, end: int) -> bool:
        k = self._skip_days(j, end)
        return k < end and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers or
                            bool(self.lex.qualifiers.match(self.keys, k)))

    def _crowd_named(self, k: int, key: str) -> None:
        """The subject right after a protest verb, a definite plural noun no entity names ("قام الأهالي بوقفة
        احتجاجية", "تظاهر الطلاب"), becomes a mention of the protesters: the crowd is named in the text."""
        if k >= len(self.keys) or self.ctx.mention_at(k) is not None:
            return
        tok, key_k = self.toks[k], self.keys[k]
        if not key_k.startswith("ال") or len(key_k) < 5 or key_k[2:] in self.lex.vague or key_k in self._stop or \
                self.lex.actions.match(self.keys, k) or self._role_at(k, "homograph", clitics=True):
            return
        self.crowds.append(Mention(tok.span, self.ctx.analysis.text[tok.span.begin:tok.span.end], key, "crowd"))

    def _protest_country(self, i: int, n: int, s0: int, s1: int) -> str | None:
        """The country of the first place the sentence names, after the trigger first: a crowd protests where it
        stands ("وقفة احتجاجية أمام السفارة الروسية في كييف": Ukraine's protesters, not the embassy's Russia)."""
        for lo, hi in ((i + n, self._clause_end(i + n, s1)), (s0, i)):
            for k in range(lo, hi):  # every mention's start, those inside a name too ("السفارة الروسية في كييف")
                m = self.ctx.starts.get(k)
                e = self.ctx.entities.get(m.key) if m is not None else None
                if e is not None and e.type == "Place" and e.country:
                    return e.country
        return None

    def _crowd_protest(self, p: dict, j: int, end: int) -> bool:
        """A protest verb with a crowd between j and end ("العشرات", "مئات", "نحو 500"); not "احتج أحد الزبائن" (one
        complained) nor "استولى فصيل" (only protesters' seizures are protests)."""
        if p["type"] != "PROTEST" or p["kind"] != "verb" or p.get("requires"):
            return False
        return any(self.keys[k].isdigit() or self.lex.qualifiers.match(self.keys, k) or any(
            s in self.lex.vague or s.startswith("ال") and s[2:] in self.lex.vague
            for _pre, s in clitic_variants(self.keys[k])) for k in range(j, min(end, j + 12)))

    def _crowd_people(self, j: int, end: int) -> RawMention | None:
        """"مئات الفلسطينيين": the people a count of protesters is made of, named right after the count."""
        k = self._skip_days(j, end)
        while k < end and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers or any(
                s in self.lex.vague or s.startswith("ال") and s[2:] in self.lex.vague
                for _pre, s in clitic_variants(self.keys[k]))):
            k += 1
        m = self.ctx.mention_at(k) if k > j else None
        return m if m is not None and not m.proclitic else None

    @staticmethod
    def _people_protest(p: dict) -> bool:
        """A protest verb's subject that no entity names is people protesting ("تظاهر ناشطون", "نفذ الأطباء
        إضرابا"): the country's protesters (below), as a crowd is; not verbs only protesters do as a protest."""
        return p["type"] == "PROTEST" and p["kind"] == "verb" and not p.get("requires")

    def _skip_days(self, j: int, end: int) -> int:
        while j < end and (self.keys[j] in SKIP or self.ctx.is_weekday_or_date(j)):
            j += 1
        return j

    def _counted_protesters(self, j: int, end: int) -> RawMention | None:
        """"نحو 500 متظاهر": a count of protesters as the subject of what they do (not of what they suffer)."""
        k = j
        while k < end and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers or
                           self.lex.qualifiers.match(self.keys, k)):
            k += (m[0] if (m := self.lex.qualifiers.match(self.keys, k)) else 1)
        m = self.ctx.mention_at(k) if k > j else None
        return m if m is not None and m.key.endswith("_protesters") else None

    def _outbreak(self, j: int, s1: int) -> bool:
        """A verb saying that protests broke out, within a few words ("خرجت حشود ... احتجاجا", "مظاهرات ... اندلعت")."""
        end = min(s1, j + 6)
        for k in range(j, end):
            m = self.lex.action_context.match(self.keys, k)
            if m and any(pl["role"] == "outbreak" for pl in m[2]):
                return True
        return False

    def _passive_agent(self, j: int, s1: int) -> bool:
        """"أعدموا على أيدي متشددين": the subject suffered the act."""
        for k in range(j, min(s1, j + 5)):
            m = self.lex.action_context.match(self.keys, k, clitics=False)
            if m and any(pl["role"] == "passive" for pl in m[2]):
                return True
        return False

    def _game(self, s0: int, s1: int) -> bool:
        """Two words of sport in the sentence: its attacks, arrests and regained players are a game's («سحقت البرازيل»,
        «استعاد الفريق خدمات ... على سبيل الإعارة في الموسم الماضي»). Asked only at
        a trigger of those types, once per sentence."""
        memo = self.__dict__.setdefault("_games", {})
        if s0 not in memo:
            memo[s0] = sum(any(w in _SPORTS for _p, w in clitic_variants(k)) for k in self.keys[s0:s1]) >= 2
        return memo[s0]

    def _actor_around(self, i: int, s0: int, sentence_actor: str | None) -> str | None:
        """The actor of a verbal noun with no subject of its own: the sentence's, the clause's or the speaker's."""
        cs = self._clause_subject(self._content_start(i, s0), i)
        around = self._statement_around(i)
        return (sentence_actor or (cs.key if cs else None) or self._speaker_of(i)
                or (around.speaker if around else None))

    def _harmed_in(self, j: int, s1: int) -> bool:
        """"الذي قتل في غارة استهدفته", "قتل جراء القصف": a verb of harm followed at once by the attack it happened
        in is an unvowelled passive; an active verb names its object first ("قتل مسلحون جنديين في هجوم")."""
        if j + 1 >= s1 or self.keys[j] not in _HARMED_IN:
            return False
        hit = self.lex.actions.match(self.keys, j + 1)
        return bool(hit and any(pl["type"] == "ASSAULT" and pl["kind"] in ("noun", "mutual") for pl in hit[2]))

    def _killed_and_injured(self, j: int, s1: int) -> bool:
        """"قتل جنديان ماليان وأصيب أربعة آخرون": a count right after the verb and an injury verb joined to it (the
        measures' "injured" triggers) make the news formula of casualties: unvowelled passives, the counted were
        the victims. A definite subject («قتلت القوات 5 مسلحين وأصيب جنديان») or a count after an indefinite one
        («قتل مسلحون ثلاثة جنود») is active."""
        if j >= s1 or self.keys[j].startswith("ال"):
            return False
        for k in range(j, min(s1, j + 5)):  # "إن متظاهرا قتل وأصيب آخران": the injury verb right after it
            key = self.keys[k]
            if key.startswith("و") and any(self.lex.measures.get(match_key(w), ("",))[0] == "injured"
                                           for w in (key[1:], key[1:-2] if key.endswith("وا") else key[1:])):
                return True  # "قتلوا وجرحوا" as "قتل وجرح"
            if key.isdigit() or key in self.lex.numbers:
                return False  # "قتل مسلحون ثلاثة جنود وأصيب": a count after the subject is its object
        return False

    def _no_object(self, j: int, s1: int) -> bool:
        """Nothing a transitive verb could act on follows it: the clause ends or a preposition of place, time or
        cause comes first."""
        if j < s1 and self.keys[j] == "(" and (close := next((k for k in range(j, min(s1, j + 8))
                                                          if self.keys[k] == ")"), None)) is not None:
            j = close + 1  # "واعتقل محمد علان (30 عامًا) وهو محام": an aside after the name
        while j < s1 and (self.ctx.is_weekday_or_date(j) or self.keys[j] in _TIME_WORDS):
            j += 1  # "قتلوا أمس إثر انفجار"
        if j + 1 < s1 and self.keys[j] in _DEMONSTRATIVES and self.keys[j + 1] in _TIME_NOUNS:
            j += 2  # "الفضلي قتل هذا الشهر قرب بلدة سرمدا"
        return j >= s1 or self.keys[j] in _NO_OBJECT

    def _called_for(self, i: int, ptype: str) -> bool:
        """"دعا الشعب إلى دعم الحكومة": inside what a call asks for, of a type a call codes."""
        return self.call[0] <= i < self.call[1] and ptype in self.call[2]

    def _continued_call_on(self, p: dict, i: int, n: int, end: int, sentence_actor: str | None,
                           ) -> tuple[str, RawMention] | None:
        """(caller, called on) where a call verb on «و» goes on a speaker's words and the body or the one referred
        back to by a bare noun right after it comes right before what is asked ("وقال أردوغان ... ودعا البرلمان إلى
        رفع الحصانة", "وطالب الحزب بالعودة"): the statement read there keeps the speaker, so the noun is the one
        called on, not a new caller. Not a person or a state named in full ("ودعا الرئيس الروسي إلى": he calls)."""
        if p["type"] != "REQUEST" or p["kind"] != "verb" or not self.keys[i].startswith("و"):
            return None
        off = self.toks[i].span.begin
        st = next((st for st in self.statements if st.cue_span.begin <= off < st.cue_span.end), None) or \
            self._statement_of(i)  # "قال إن عملية السلام باتت مستحيلة ودعا البرلمان": read inside his words
        m = self._subject_after(i + n, end)
        if m is None or m.last >= end or m.kind not in ("anaphor", "institution"):
            return None
        if m.kind == "anaphor" and sentence_actor is not None and m.key != sentence_actor:
            # "أجرى البارزاني اتصالا بحزب العمال وطالب الحزب بالعودة": the noun refers back to the one the sentence's
            # actor acted on, so it is the one asked, whoever the statement reads as speaking
            caller = sentence_actor
        elif st is not None and st.speaker is not None and m.key != st.speaker and \
                st.content_span.begin <= self.toks[m.first].span.begin < st.content_span.end:
            caller = st.speaker
        else:
            return None
        nxt = self.keys[m.last]
        framed = nxt in _CALL_FRAMES or nxt.startswith("بال") or nxt[:1] in ("ل", "ب") and not nxt.startswith("ال") \
            and len(nxt) >= 4 and nxt not in self._stop and self.ctx.mention_at(m.last) is None  # "لنزع", "بوقف"
        return (caller, m) if framed else None

    def _past_co_subjects(self, k: int, actor: str) -> int:
        """Where the object starts after the second of coordinated subjects: past a third and more joined by «و»
        («وتتهم واشنطن ولندن وباريس الجيش السوري»: the army is accused, Paris accuses too)."""
        while (m := self.ctx.mention_at(k)) is not None and m.type in ACTOR_TYPES and m.proclitic.startswith("و") \
                and m.key != actor:
            k = m.last
        return k

    def _pair(self, a: RawMention, co: RawMention | None, ptype: str) -> tuple[str, str | None, str | None]:
        """Coordinated subjects: the two parties of a symmetric event, else two actors of the same act."""
        if co is None:
            return a.key, None, None
        return (a.key, co.key, None) if ptype in _SYMMETRIC else (a.key, None, co.key)

    def _with_co_speakers(self, ptype: str, i: int, actor: str, target: str | None, tstart: int,
                          ) -> list[tuple[str, str | None, int]]:
        """A joint statement's speakers all act: "وشددوا خلال اتصالات هاتفية أجروها" is a call between them."""
        st = self._statement_of(i) or self._statement_around(i)
        if st is not None and actor == st.speaker and st.co_speakers:
            if ptype in _SYMMETRIC and target is None:
                group = [st.speaker, *st.co_speakers]
                return [(x, y, tstart) for k, x in enumerate(group) for y in group[k + 1:]]
            found = [(actor, target, tstart)] + [(c, target, tstart) for c in st.co_speakers]
        else:
            found = [(actor, target, tstart)]
        if target is None and (ptype in _NEEDS_TARGET or self.requires_target) and not (
                ptype == "REQUEST" and self.kind in ("verb", "present") and not self._maybe_addressee(i) and
                not self._accusative(i) and (
                    self._asks_for(tstart) or self.kind == "verb" and self._inflected_verb(i))):
            self.untargeted_actor = actor  # "يدعو جميع المواطنين إلى ...": still the subject of what follows
            return []
        return [(x, y, t) for x, y, t in found if x != y]

    def _endorsed(self, p: dict, becomes: str, i: int, n: int, s0: int, s1: int, sentence_actor: str | None,
                  ) -> tuple[list[tuple[str, str | None, int]], dict]:
        """"أكد أهمية تدخل قوات حفظ السلام": the speaker backs the event's agent (or, for support, its target)."""
        p = {**p, "type": becomes}
        genitive = self.ctx.mention_at(i + n)
        if genitive and genitive.type in ACTOR_TYPES:
            target = genitive.key  # the event's agent ("تدخل القوات"), or what is backed ("دعم الحكومة")
        else:
            target = self._target(i + n, self._clause_end(i + n, s1), None, None)
        cs = self._clause_subject(self._content_start(i, s0), i)
        actor = self._speaker_of(i) or (cs.key if cs else None) or sentence_actor
        if actor is None or target is None or target == actor:
            return [], p
        return self._with_co_speakers(becomes, i, actor, target, i + n), p

    def _authorizer(self, i: int, s0: int, sentence_actor: str | None) -> str | None:
        """"سمح لقوات الأمن بإطلاق النار", "أمر الرئيس قواته بإطلاق النار": the one who allowed or ordered."""
        marked = self.keys[i].startswith("ب") or any(self.keys[k] == "ب" for k in range(max(s0, i - 2), i))
        if not marked:
            return None
        ctx = self._context("authorize", None, max(s0, i - 8), i, slack=7)
        if not ctx:
            return None
        k, n, _pl = ctx
        if any(t in ("،", ",", ".", "؛") for t in self.keys[k + n:i]) or k > 0 and self.keys[k - 1] in _DEMONSTRATIVES:
            return None  # "هذا أمر أرفضه، الأمر بإطلاق النار": a noun, and another clause
        for m in self._actors(k + n, i):
            # VSO: "أمر الرئيس توكاييف بإطلاق النار"; forces after the verb are the ones ordered ("أمرت قوات الأمن")
            if not self._governed(m) and not self.keys[m.first].startswith("و") and m.type != "Group":
                return m.key
            break
        st = self._statement_of(k)
        quoted = st is not None and (st.kind == "direct" or k > 0 and self.keys[k - 1] in QUOTES)
        if quoted and self._first_person_verb(k):
            return st.speaker  # "قال: أمرت قوات الأمن بإطلاق النار"
        a, _co = self._subject_before(s0, k)
        if a:
            return a.key
        return sentence_actor or self._speaker_of(i) or self.last_actor

    def _unnamed_genitive(self, i: int, n: int, s1: int) -> bool:
        """A verbal noun in construct ("انسحاب", not "الانسحاب") with a definite noun after it (quotes skipped) that
        names no actor: its genitive is its subject."""
        if any(s.startswith("ال") for _p, s in clitic_variants(self.keys[i])):
            return False
        j = i + n
        while j < s1 and self.keys[j] in QUOTES:
            j += 1
        return j < s1 and self.keys[j].startswith("ال") and self.ctx.mention_at(j) is None and \
            not self.ctx.is_weekday_or_date(j)

    def _nisba_agent(self, j: int, s1: int) -> str | None:
        """The state whose nationality adjective stands right after a trigger (not a noun's after it): after a
        verbal noun any («الهجوم الإسرائيلي»), after a verb one with no article and not plural («طلب مصري»; in
        «دعا اليونانيين» the Greeks are the object). Not a person's name («استقالة تركي السديري»)."""
        if j >= s1 or (m := self.ctx.mention_at(j)) is not None and m.type == "Person":
            return None
        key = self.keys[j]
        if self.kind != "noun" and (key.startswith("ال") or key.endswith(("ين", "ون"))):
            return None
        return gazetteer().nisba.get(match_key(key))

    def _past_manner(self, j: int, end: int) -> int:
        """Past the words of manner and time after a verb ("بشدة", "أمس") to its object."""
        while j < end and (self.keys[j] in _MANNER or self.keys[j] in _FUNCTION_WORDS):
            j += 1
        return j

    def _rejected_author(self, j: int, end: int, actor: str | None) -> str | None:
        """"رفضت الحكومة المقترح الأمريكي", "رفض ... للتوسع الإيراني": a definite noun of a thing (no title, body or
        noun of people: "رفض المبعوث الأمريكي" is the envoy refusing) with the adjective of a state the article
        names right after it: that state's proposal or move is what is rejected."""
        k = self._past_manner(j, end)
        if k + 1 >= end or self.ctx.mention_at(k) is not None or self.ctx.mention_at(k + 1) is not None:
            return None
        word = next((s for _p, s in clitic_variants(self.keys[k]) if s.startswith("ال")), None)
        if word is None or word in _PERSON_NOUN or self.lex.titles.match(self.keys, k) or \
                self.lex.institutions.match(self.keys, k) or word[2:] in _name_heads():
            return None
        state = gazetteer().nisba.get(match_key(self.keys[k + 1]))
        return state if state and state in self.ctx.entities and state != actor else None

    def _condemned_author(self, j: int, end: int, actor: str | None) -> str | None:
        """"أدانت الحكومة العراقية الغارات التركية": a definite noun of an act the verb condemns, with the adjective
        of a state the article names right after it: that state did what is condemned."""
        k = self._past_manner(j, end)
        agent = self.ctx.mention_at(k + 1) if k + 1 < end else None
        if self._group_agent(k, agent) and agent.key != actor:
            return agent.key  # "أدانت الوزارة اقتحام المستوطنين المسجد": the act's agent
        if k + 1 >= end or not self.keys[k].startswith("ال") or self.ctx.mention_at(k) is not None or \
                not self.lex.actions.match([self.keys[k][2:]], 0):
            return None  # an act ("الغارات", "الاعتداءات"); "متهما المعهد الأمريكي": the institute itself is accused
        state = gazetteer().nisba.get(match_key(self.keys[k + 1]))
        if state is None and k + 2 < end and self.keys[k + 1].startswith("ال") and self.ctx.mention_at(k + 1) is None:
            state = gazetteer().nisba.get(match_key(self.keys[k + 2]))  # "الغارات الجوية التركية": past one adjective
        return state if state and state in self.ctx.entities and state != actor else None

    def _protested(self, j: int, s1: int, actor: str | None) -> str | None:
        """What a protest is against, named after it by a verbal noun of protest in the accusative ("وتظاهر عشرات
        الأكراد ...، احتجاجا على الغارات الجوية التركية"): the party named right after, or the state whose act it
        is (its nisba on the act)."""
        for k in range(j, min(s1, j + 25)):
            hit = self._triggers[k]
            if not hit or hit[0] != 1 or not self.keys[k].endswith("ا") or \
                    not any(pl["type"] == "PROTEST" and pl["kind"] == "noun" for pl in hit[2]):
                continue
            after = k + 2 if k + 2 < s1 and self.keys[k + 1] in _CALL_FRAMES else k + 1
            m = self.ctx.mention_at(after)
            if m is not None and m.type in ACTOR_TYPES and m.key != actor:
                return m.key
            return self._condemned_author(after, s1, actor)
        return None

    def _attack_happened(self, s0: int, i: int) -> bool:
        """A noun of attack in a frame that says it took place: the attack harm came in ("قتل خمسة في غارة",
        "بغارة", "جراء قصف") or the subject of a past verb of attack ("استهدفت غارة"); not a raid denied, feared or
        asked to stop ("نفت وقوع غارات", "أي غارات جديدة", "من أن غارات قد تستهدف")."""
        if self.keys[i].startswith("ب") and not self.keys[i].startswith("بال"):
            return True
        if i == s0:
            return False
        if self.keys[i - 1] in _HARMED_IN:
            return True
        prev = self._triggers[i - 1]
        return bool(prev) and prev[2][0]["type"] == "ASSAULT" and prev[2][0]["kind"] == "verb" and \
            self.keys[i - 1].endswith("ت")

    def _attacking_state(self, j: int, s1: int) -> str | None:
        """The state whose nationality adjective stands right after a noun of attack ("غارة إسرائيلية"), made an
        entity from the gazetteer when the article has not named it."""
        if j >= s1 or self.ctx.mention_at(j) is not None:
            return None
        state = gazetteer().nisba.get(match_key(self.keys[j]))
        return state if state and self._state_entity(state) else None

    def _nisba_state(self, j: int, end: int) -> str | None:
        """A nationality adjective within the next three words, for a state the article names."""
        nisba = gazetteer().nisba
        for k in range(j, min(end, j + 3)):
            state = nisba.get(match_key(self.keys[k]))
            if state and state in self.ctx.entities:
                return state
        return None

    def _open_call(self, ptype: str, kind: str, tstart: int, s1: int, actor: str | None = None) -> None:
        self.call_actor = actor
        if ptype in ("REQUEST", "ACCUSE"):
            # a nominal call or charge too ("داعيا إلى إعلان حالة الطوارئ", "متهما أوباما بتدمير العلاقات"): what it
            # asks for has not happened, what it alleges is not established
            # "دعا X إلى ...": asked for, not done; "اتهم X بقصف ...": alleged, not established
            end = self._call_end(tstart, s1) if ptype == "REQUEST" else self._clause_end(tstart, s1)
            coded = _CALLED_FOR if ptype == "REQUEST" and kind in ("verb", "present") else set()
            self.call = (self._call_content(tstart, s1), end, coded)
        elif ptype == "REJECT" and kind in ("verb", "present"):
            # "نفى كيربي وجود منطقة حظر طيران", "رفض التفاوض مع المحتجين": what is denied or refused did not happen
            self.call = (tstart, self._clause_end(tstart, s1), set())

    def _objects_with_complement(self, k: int, end: int) -> list[str]:
        """Actors at k (coordinated) followed by a verb's complement ("X وY بالانحياز", "X إلى", "X على")."""
        found: list[str] = []
        while k < end:
            m = self.ctx.mention_at(k)
            if m is None or m.type not in ACTOR_TYPES or self._governed(m):
                break
            if not found and m.type == "Person" or found and not self.keys[m.first].startswith("و"):
                return []  # "ودعا المبعوث الأممي ... الحوثيين إلى": a subject, then its object
            found.append(m.key)
            k = m.last
            while k < end and self.keys[k] in ("،", ","):
                k += 1
        if not found or k >= end:
            return []
        tok = self.keys[k]
        framed = tok in _OBJECT_FRAMES or tok.startswith("ب") and not tok.startswith(_BETWEEN) and len(tok) > 3
        return list(dict.fromkeys(found)) if framed else []

    def _maybe_addressee(self, i: int) -> bool:
        """"ويطالب إيران بالتعاون", "وطالب الحكومة بالتدخل": after a conjunction the verb often continues an
        earlier subject, and a state, body or group named after it is as often the one asked as the one asking;
        a person named there ("ودعا الوزير فلان إلى") or a noun referring back ("وطالب الحزب") is the subject."""
        m = self.after_verb
        if m is None or self.keys[i][:1] not in ("و", "ف") or m.type == "Person" or m.kind == "anaphor":
            return False
        verb, noun = self._verb_gender(i), self._noun_gender(m)
        return verb is None or noun is None or verb != noun  # "وطالبت منظمة العفو": the verb agrees, the subject

    def _disagrees(self, i: int, m: RawMention) -> bool:
        """"وطالب الوزارة بإيجاد حوافز": a masculine past verb right before a feminine singular noun ("الوزارة",
        "الحكومة") does not have it as subject; the noun is its object."""
        return m.type != "Person" and m.first == self._next_word(i) and self._verb_gender(i) == "m" and \
            self._noun_gender(m) == "f" and not self.keys[m.first].endswith("ات")

    def _next_word(self, i: int) -> int:
        hit = self.lex.actions.match(self.keys, i)
        return i + (hit[0] if hit else 1)

    def _head_acted_on(self, s0: int, i: int, n: int, s1: int) -> str | None:
        """The head of the relative clause a verbal noun lies in, where a pronoun right after the noun (on its
        object or on a preposition) refers back to it: the head was acted on ("شبكة تنظيم داعش التي أعلن عن الكشف
        عنها وإلقاء القبض على أفرادها"), it did not act."""
        j = i + n
        if j >= s1 or not any(self.keys[j].endswith(pro) and len(self.keys[j]) > len(pro) + 1
                              for pro in ("ها", "هم", "هما")):
            return None
        rel = next((k for k in range(i - 1, max(s0, i - 10) - 1, -1) if self.keys[k] in _RELATIVE), None)
        if rel is None or any(self.keys[t] in _CLAUSE_BREAKS or self.keys[t] in ("،", ",") for t in range(rel + 1, i)):
            return None
        head = next((m for m in self._actors(max(s0, rel - 4), rel) if m.last == rel), None)
        return head.key if head is not None else None

    def _target_pronoun(self, j: int, p: dict) -> bool:
        """"القذافي الذي ألقى مسلحون القبض عليه": the trigger's own preposition with a pronoun right after it refers
        back to the relative's head, its target, not its subject."""
        if not p["target"] or j >= len(self.keys):
            return False
        tok = self.keys[j]
        preps = {match_key(norm(x)) for x in p["target"].split("|")}
        return any(tok.endswith(pro) and tok[:-len(pro)] in preps for pro in _OBJECT_PRONOUNS + ("ه",))

    def _issued(self, s0: int, i: int) -> bool:
        """The trigger's clause opens with a verb of issuing ("وصدر على X حكم", "صدر أمر باعتقال"), with no clause
        break, relative or "that" between (a verb-shaped «حكم» after it is the noun)."""
        for k in range(i - 1, max(s0 - 1, i - 9), -1):
            if self.keys[k] in (".", "،", ",", "؛", ":") or self.keys[k] in _RELATIVE or self.keys[k] in _THAT:
                return False  # "في بيان صدر أمس إنها سيطرت": what the statement says is another clause
            if any(pre in ("", "و", "ف") and stem in _ISSUED for pre, stem in clitic_variants(self.keys[k])):
                return True
        return False

    def _feminine_singular(self, i: int, p: dict) -> bool:
        """"دعت", "واتهمت": the past verb with the feminine «ت» its base lacks."""
        base = _verb_base(p)
        forms = (base + "ت", base[:-1] + "ت")
        return not base.endswith("ت") and any(pre in ("", "و", "ف") and stem in forms
                                              for pre, stem in clitic_variants(self.keys[i]))

    def _plural_verb(self, i: int) -> bool:
        """"طالبوا", "وأدانوا": the past plural of the trigger's verb (its base and وا)."""
        hit = self.lex.actions.match(self.keys, i)
        if not hit:
            return False
        base = _verb_base(hit[2][0])
        stem_base = base[:-1] if base.endswith(("ا", "ي", "ى")) else base
        return any(pre in ("", "و", "ف") and stem in (base + "وا", stem_base + "وا")
                   for pre, stem in clitic_variants(self.keys[i]))

    def _shown_gender(self, i: int, p: dict) -> str | None:
        """The gender a finite verb's form shows: a present by its prefix («تطالب» f, «يطالب» m), a past by its
        ending (`_verb_gender`); None for nouns and forms that do not show it."""
        if p["kind"] == "present":
            stems = [stem for pre, stem in clitic_variants(self.keys[i]) if pre in ("", "و", "ف")]
            first = stems[-1][:1] if stems else ""
            return "f" if first == "ت" else "m" if first == "ي" else None
        return self._verb_gender(i) if p["kind"] == "verb" else None

    def _verb_gender(self, i: int) -> str | None:
        """"f" for "طالبت", "تطالب"; "m" for "طالب", "يطالب"; None when the form does not show it."""
        hit = self.lex.actions.match(self.keys, i)
        if not hit:
            return None
        base = _verb_base(hit[2][0])
        stem_base = base[:-1] if base.endswith(("ا", "ي")) else base
        for pre, stem in clitic_variants(self.keys[i]):
            if pre not in ("", "و", "ف"):
                continue
            if stem in (base + "ت", stem_base + "ت"):
                return "f"
            if stem == base:
                return "m"
            if stem[:1] in ("ت", "ي") and stem[1:3] == stem_base[:2]:
                return "f" if stem[0] == "ت" else "m"
        return None

    def _human_plural(self, m: RawMention) -> bool:
        """A group named by a masculine sound plural ("المعارضين", "المتظاهرون"): people, whom «هم» refers to."""
        return m.type == "Group" and m.last - m.first == 1 and self.keys[m.first].endswith(("ين", "ون"))

    def _noun_gender(self, m: RawMention) -> str | None:
        """The grammatical gender of a body's head noun: "المنظمة", "الحكومة" feminine, "المجلس" masculine;
        states are left unknown (most are feminine, "العراق", "اليمن" are not)."""
        head = self.keys[m.first]
        for pre in ("و", "ف", "ب", "ل"):
            if head.startswith(pre + "ال"):
                head = head[len(pre):]
        feminine = head.endswith(("ه", "ات"))
        if m.type == "State":
            return "f" if feminine else None
        if not feminine and m.last - m.first == 2 and head.startswith("ال") and \
                self.keys[m.first + 1].startswith("ال") and self.keys[m.first + 1].endswith("ه"):
            return "f"  # "الأمم المتحدة": a plural of things takes a feminine adjective, and a feminine verb
        return "f" if feminine else "m"

    def _accusative(self, i: int) -> bool:
        """"طلبا", "طالبا": a noun in the accusative (or a dual) as often as a verb; "طلبوا" and "دعا" are verbs."""
        hit = self.lex.actions.match(self.keys, i)
        base = _verb_base(hit[2][0]) if hit else ""
        stems = [stem for pre, stem in clitic_variants(self.keys[i]) if pre in ("", "و", "ف")]
        return base not in stems and any(stem.endswith("ا") and not stem.endswith("وا") for stem in stems)

    def _inflected_verb(self, i: int) -> bool:
        """"طلبوا", "طالبت": a past verb with a subject ending, which no noun shares (unlike a bare "طلب")."""
        hit = self.lex.actions.match(self.keys, i)
        if not hit:
            return False
        base = _verb_base(hit[2][0])
        return any(stem != base and stem.startswith(base[:-1]) for pre, stem in clitic_variants(self.keys[i])
                   if pre in ("", "و", "ف")) and not self._accusative(i)

    def _asks_for(self, j: int) -> bool:
        """A call with no addressee named is coded only when what it asks for is framed ("دعا إلى", "طالب
        بالإفراج", "حث على"): a bare "طلب" is as often the noun "a request" or "demand" ("معدل طلب السعودية"), and
        "يدعو لـ" is also "prays for"."""
        end = min(self._clause_end(j, len(self.keys)), j + 8)
        for k in range(j, end):
            tok = self.keys[k]
            if tok in ("،", ",", ".", "(", ":", "؛"):
                return False
            if tok in _CALL_FRAMES or tok.startswith("بال") or (
                    tok.startswith("ب") and len(tok) >= 4 and tok not in self._stop and not self.ctx.mention_at(k)):
                return True
        return False

    def _call_content(self, j: int, end: int) -> int:
        """Where what is called for begins: "دعا X إلى ...", "طالب بـ..."."""
        return next((k for k in range(j, end) if self.keys[k] in _CALL_FRAMES or
                     self.keys[k].startswith("ب") and self.lex.actions.match(self.keys, k)), end)

    def _call_end(self, j: int, s1: int) -> int:
        """What is called for runs on through its relative clauses, up to a new main clause ("فيما", "في حين")."""
        for k in range(j, s1):
            if self.keys[k] in ("؛", ";", ".") or any(
                    k + len(w) <= s1 and tuple(self.keys[k:k + len(w)]) == w for w in _NEW_CLAUSE):
                return k
            if k > j and self._next_verbal_act(k):
                return k  # "طالب الحزب بإطلاق سراح الموقوفين ... ودعا الحكومة": a second call, not what is asked
        return s1

    def _next_verbal_act(self, k: int) -> bool:
        """"ودعا", "وطالب", "وأكد": a conjunction and a past verb of saying or of a verbal act open a new clause."""
        if not self.keys[k].startswith(("و", "ف")):
            return False
        m = self.lex.actions.match(self.keys, k)
        if m and m[1] in ("و", "ف") and any(pl["kind"] == "verb" and pl["type"] in _VERBAL for pl in m[2]):
            return True
        sp = self.lex.speech.match(self.keys, k)
        return bool(sp and sp[1] in ("و", "ف") and any(pl["kind"] == "verb" for pl in sp[2]))

    def _dual(self, i: int, p: dict) -> bool:
        """"واتفقا": a dual ending, not a verb whose own stem ends in alif ("ودعا")."""
        base = _verb_base(p)
        forms = {base + "ا", base + "وا", base + "تا"}
        if base.endswith(("ا", "ي")):
            forms |= {base[:-1] + "وا", base[:-1] + "تا"}
        return any(stem in forms for _p, stem in clitic_variants(self.keys[i]))

    def _agentive(self, i: int, ptype: str) -> bool:
        m = self.lex.action_context.match(self.keys, i)
        return bool(m and m[0] == 1 and any(pl["role"] == "agentive" and ptype in pl["types"] for pl in m[2]))

    def _manager(self, s0: int, i: int) -> RawMention | None:
        """"X تمكن من <verbal noun>", "نجح X في <verbal noun>": X did what the noun names."""
        if i - 1 <= s0 or self.keys[i - 1] not in _MANAGE_PREPOSITIONS and not self.keys[i].startswith("ب"):
            return None
        for k in range(i - 2, max(s0, i - 8) - 1, -1):
            hit = self.lex.action_context.match(self.keys, k)
            if not (hit and hit[1] in ("", "و", "ف") and any(pl["role"] == "manage" for pl in hit[2])):
                continue
            j = k + hit[0]
            while j < i and (self.keys[j] in SKIP or self.ctx.is_weekday_or_date(j)):
                j += 1
            subj = self._subject_at(j, i)
            if subj is not None:  # VSO: "نجحت طائرات التحالف في"
                return subj if subj.last == i - 1 else None
            if j != i - 1:
                return None
            a, _co = self._subject_before(s0, k)  # SVO: "القوات الجوية تمكنت من"
            return a
        return None

    def _kana_subject(self, s0: int, i: int) -> RawMention | None:
        """"وكان X <his title> انتقد": the subject of كان (a pluperfect) is the subject of the verb it carries, past
        a title or apposition of up to six words holding no other actor, verb or clause break."""
        for k in range(max(s0, i - 12), i):
            if not self._role_at(k, "kana", clitics=True):
                continue
            m = self._subject_at(k + 1, i)
            if m is None or i - m.last > 6:
                return None
            between = range(m.last, i)
            if any(not (self.keys[t] in _KANA_GAP or self.keys[t].startswith(("ال", "لل"))) for t in between):
                return None  # "وكانت رواندا نفسها ضحية لإبادة قتل فيها": a predicate of كان, not a title
            if any(self.keys[t] in _CLAUSE_BREAKS or self.keys[t] in QUOTES or self._role_at(t, "object") or
                   self.lex.actions.match(self.keys, t) or self.lex.speech.match(self.keys, t) or
                   self.ctx.mention_at(t) and self.ctx.mention_at(t).type in ACTOR_TYPES for t in between):
                return None
            return m
        return None

    def _kana_qad(self, s0: int, i: int) -> int | None:
        """"وكان X ... قد <verb>": كان, some words, then قد right before the verb: the pluperfect's subject is named
        between them (the position of كان), so whoever is named after the verb is its object."""
        if i - 2 < s0 or self.keys[i - 1] not in _QAD:
            return None
        return next((k for k in range(i - 3, max(s0, i - 16) - 1, -1) if self._role_at(k, "kana", clitics=True)), None)

    def _unnamed_before_qad(self, kana: int, i: int, p: dict) -> bool:
        """The subject between كان and قد is a definite noun naming no actor ("كانت القوات الحكومية قد"); not a
        crowd that protests, nor the two sides just named ("وكان الجانبان قد اتفقا")."""
        return p["type"] != "PROTEST" and self.keys[kana + 1].startswith("ال") and \
            not self._actors(kana + 1, i - 1) and \
            not (p["type"] in _SYMMETRIC and self._dual(i, p) and self.last_pair)

    def _pronoun_subject(self, i: int, p: dict) -> bool:
        """"دعوا الحكومة", "هاجموا القوات": a verb before its named subject stays singular, so a plural ending is
        the subject itself and the noun after the verb is its object."""
        base = _verb_base(p)
        forms = {base + "وا"} | ({base[:-1] + "وا"} if base.endswith(("ا", "ي")) else set())
        return any(stem in forms for pre, stem in clitic_variants(self.keys[i]) if pre in ("", "و", "ف"))

    def _him_before(self, p: dict, s0: int, i: int, actor: str | None) -> str | None:
        """A past verb carrying «ه» ("واتهمه", "واتهمته إسرائيل"): the man it points to is the last person the
        sentence named before it, other than the one who acts."""
        if not self._object_pronoun(i, p) or not self.keys[i].endswith("ه") or \
                self.keys[i].endswith(("ها", "هما")) or self._in_quotation(s0, i):
            return None
        if i + 1 < len(self.keys) and self.keys[i + 1].startswith("ل"):
            return None  # "عن اعتزازه وشكره لصاحب السمو": a noun with his possessive, whose object follows with ل
        people = [m for m in self.ctx.mentions_in(s0, i) if m.type == "Person" and m.key != actor]
        return people[-1].key if people else None

    def _object_pronoun(self, i: int, p: dict) -> bool:
        """"قتلته", "اعتقلتهم", "هاجموها": a past verb carrying an object pronoun."""
        base = _verb_base(p)
        stem_base = base[:-1] if base.endswith(("ا", "ي")) else base
        heads = {base, base + "ت", base + "و", base + "تا", stem_base + "ت", stem_base + "و"}
        return any(stem.endswith(pron) and stem[:-len(pron)] in heads for pre, stem in clitic_variants(self.keys[i])
                   if pre in ("", "و", "ف") for pron in _OBJECT_PRONOUNS + ("ه",))

    def _first_person_verb(self, k: int) -> bool:
        """In a quotation a past verb without a named subject is the speaker's ("أمرت", "أمرنا")."""
        nxt = self.ctx.mention_at(k + 1)
        return nxt is None or nxt.type == "Group" or self.keys[k].endswith("نا")

    def _first_person(self, i: int) -> bool:
        # "ندعو", and "أدعو" in a speaker's own words
        return any(stem.startswith(("ن", "ا")) for _p, stem in clitic_variants(self.keys[i]) if _p in ("", "و", "ف"))

    def _complement(self, ptype: str, j: int, s1: int) -> tuple[int, str] | None:
        k = j
        while k < s1 and (self.keys[k] in SKIP or self.keys[k] in QUOTES or self.ctx.is_weekday_or_date(k)):
            k += 1
        m = self.lex.action_context.match(self.keys, k, clitics=False)
        if m:
            n, _prefix, payloads = m
            for pl in payloads:
                if pl["role"] == "complement" and ptype in pl["types"]:
                    return k + n, pl["becomes"]
        return None

    def _charged(self, i: int) -> list[tuple[str, str | None, int]]:
        """"اعتقلت الشرطة X بتهمة التجسس": whoever arrested X accuses X; after a passive arrest nobody is named."""
        earlier = [a for a in self.out[self.sentence_start:] if a.type == "COERCE"]
        if not earlier or not self.last_coded or self.out[-1].type != "COERCE":
            return []
        return [(earlier[-1].actor, earlier[-1].target, i + 1)]

    def _pronoun_target(self, s0: int, i: int) -> str | None:
        """"يجب تدميرهم": the nearest group named before in the sentence; "اقتحامها" is a town or a building as
        often as a group, so only a plural pronoun points back to one."""
        if not self.keys[i].endswith(("هم", "هما", "هن")):
            return None
        start = min(s0, self._content_start(i, s0), self._quote_start(i, s0))
        groups = [m for m in self._actors(start, i) if m.type == "Group"]
        return groups[-1].key if groups else None

    def _in_quotation(self, s0: int, i: int) -> bool:
        """A quote mark or a colon opens the words before token i in its sentence ("وأضاف: ... ونطالب")."""
        return any(self.keys[k] in QUOTES or self.keys[k] == ":" for k in range(s0, i))

    def _quote_start(self, i: int, s0: int) -> int:
        """Where the quotation holding token i opens, when it opened in an earlier sentence ("... (...) يجب")."""
        st = self._statement_around(i) or self._statement_of(i)
        if st is None:
            return s0
        off = st.content_span.begin
        return next((k for k in range(max(0, s0 - 80), s0) if self.toks[k].span.begin >= off), s0)

    def _add(self, p: dict, i: int, n: int, s0: int, s1: int, actor: str, target: str | None, tstart: int) -> None:
        if p["type"] in _PHYSICAL | {"COERCE"} and self._reporter(actor):
            # "أعلن المرصد أنه قصفت قوات النظام", "واعلنت وكالة دوغان للانباء مداهمة 140 منزلا": a body that reports
            # strikes and raids does not make them; whoever it named, the actor read here is the wrong one
            return
        if p["type"] == "CONSULT" and (self._reporter(actor) or target is not None and self._reporter(target)):
            return  # "في اتصال هاتفي مع «عكاظ»": a paper or an agency on the line is an interview, no meeting
        if self._reporter(actor) and self._attributed_to(actor, i, s0, s1):
            return  # "ويتهم بايانجوك بالعمل على تجنيد عناصر ...، بحسب الأناضول": the agency reports the charge
        if p["type"] in _PHYSICAL and actor.endswith(_VICTIMS):
            return  # "عشرات المدنيين قتلوا وجرحوا": civilians, refugees, hostages suffer the violence news reports
        if p["type"] == "CONCEDE" and any(m.key == actor for m in self.ctx.mentions_in(tstart, min(s1, tstart + 6))):
            return  # "وأفرجت عن عدد من أسرى المقاومة": the resistance freed its own men, it conceded nothing
        if p["type"] == "PROTEST" and target is not None and target.endswith("_protesters"):
            target = None  # "شهدت مظاهرة ضخمة ... كان المتظاهرون يحملون": the crowd is who protests, not against whom
        if p.get("requires") == "no_guest" and target is not None and self._guest(target, i + n, s1):
            return  # "رحب خادم الحرمين الشريفين برئيس الوزراء اللبناني": a host's welcome, no event between them
        when = date_in(self.keys, max(s0, i - 6), min(s1, i + n + 8), self.ctx.published)
        if when is None:
            when = self._statement_date(i)
        ev = Span(self.toks[max(s0, i - 1)].span.begin, self.toks[min(s1, tstart + 3) - 1].span.end)
        trig = Span(self.toks[i].span.begin, self.toks[i + n - 1].span.end)
        if target is not None and (owner := self.ctx.entities.get(actor)) is not None and owner.type == "Organization" \
                and owner.country == target:
            # "اعتقلت الشرطة المالية رجلا بوسط مالي": a body does not act on its own state; the state was where
            target = None
        if p["type"] in ("SANCTION", "ACCUSE") and target is not None and \
                (envoy := self.ctx.entities.get(target)) is not None and envoy.country and envoy.country != actor and \
                target == f"{envoy.country}_{_AMBASSADOR}" and self._state_entity(envoy.country):
            target = envoy.country  # "طرد السفير السوري", "استدعت السفير الإيراني": the state he stands for
        phrase = self._target_phrase(p, i + n, s1, actor) if target is None else None
        if phrase is None and target is None:
            phrase = self._victims_before(p, s0, i, actor)
        if phrase is not None:
            ev = Span(min(ev.begin, self.toks[phrase[0]].span.begin), max(ev.end, self.toks[phrase[1] - 1].span.end))
        text = self.ctx.analysis.text
        self.out.append(Action(actor, p["type"], ev, text[trig.begin:trig.end], target, when, target_text=(
            text[self.toks[phrase[0]].span.begin:self.toks[phrase[1] - 1].span.end] if phrase else None)))

    def _people_before(self, p: dict, target: str, j: int, s1: int, actor: str) -> bool:
        """The verb's object is a noun of people no entity names, right after the verb or its subject, and the
        target found lies past it after «مع»: a partner of the act ("في عملية مشتركة مع السلطات المغربية"), not
        one acted on (unlike the people's side: "60 شخصا مرتبطين بتنظيم داعش")."""
        phrase = self._target_phrase(p, j, s1, actor)
        if phrase is None or phrase[0] > self._skip_time(j, s1) + 1:
            return False
        m = next((m for m in self.ctx.mentions_in(j, s1) if m.key == target), None)
        return m is not None and m.first >= phrase[1] and self.keys[m.first - 1] == _OTHER_PARTY

    def _guest(self, target: str, j: int, s1: int) -> bool:
        """The person welcomed is named right after ب ("برئيس الوزراء", "بنظيره المصري"), not the author of a step
        welcomed ("بقرار أوباما")."""
        m = next((m for m in self.ctx.mentions_in(j, min(s1, j + 8)) if m.key == target), None)
        return m is not None and self._type(target) == "Person" and (
            m.proclitic[-1:] == "ب" or m.first > j and self.keys[m.first - 1][:1] == "ب" and
            bool(self.lex.titles.match(self.keys, m.first - 1)))

    def _target_phrase(self, p: dict, j: int, s1: int, actor: str) -> tuple[int, int] | None:
        """The tokens of an object that names people no entity does ("اعتقلت قوات الاحتلال ثلاثة فلسطينيين", "قتل
        14 جنديا جزائريا", "هجوما على القوات الحكومية السورية"): a noun of people, counted or not, or of forces, and
        the adjectives of belonging after it; past the subject when it follows the verb, after the preposition that
        introduces the trigger's target when it has one. Nothing where the object is a name, a thing or a vague
        count ("عشرات من"), or a noun a name completes ("عناصر جيش الفتح", "المواطن يوسف محمد": the subject)."""
        if p["kind"] not in ("verb", "present", "noun") or p["type"] in _INTRANSITIVE:
            return None  # "وتظاهر آلاف العراقيين": who protests, not whom
        end = self._clause_end(j, s1)
        k = self._skip_time(j, end)
        if k + 2 < end and self.keys[k + 1] in _PARTITIVE and (m := self.ctx.mention_at(k + 2)) is not None and \
                m.key == actor and self.ctx.mention_at(k) is None:
            k = self._skip_time(m.last, end)  # "أوقفت قوة من الجيش اللبناني 23 شخصاً": a unit of the subject
        elif (m := self.ctx.mention_at(k)) is not None and m.key == actor:
            k = self._skip_time(m.last, end)
        if p["target"]:  # "القبض على أربعة أشخاص", "هجوما جديدا على القوات الحكومية السورية": after its preposition
            preps = set(p["target"].split("|"))
            k = next((x + 1 for x in range(k, min(end, k + 4)) if self.keys[x] in preps), end)
        elif p["kind"] == "noun":
            return None
        start = k
        while k < end and (self.keys[k].isdigit() or self.keys[k] in self.lex.numbers or
                           self.lex.qualifiers.match(self.keys, k)):
            k += (q[0] if (q := self.lex.qualifiers.match(self.keys, k)) else 1)
        if k >= end or self.ctx.mention_at(k) is not None or not (
                self._people_noun(self.keys[k], counted=k > start) or
                k == start and self.keys[k].startswith("ال") and self.lex.force_nouns.match(self.keys, k)):
            return None
        k += 1
        while k < end and k - start < 5 and self._nisba_word(k):
            k += 1  # "جنديا جزائريا", "المسؤولين الإيرانيين"
        if k < end and self.keys[k] in _NAMED_AS:
            # "رجلا يدعى ساوتي كوما": the name the recognizers missed, up to the next time or place word
            name = k + 1
            while name < min(end, k + 4) and self.keys[name].isalpha() and self.keys[name] not in SKIP and \
                    self.keys[name] not in _PREPOSITIONS and not self.ctx.is_weekday_or_date(name) and \
                    self.keys[name] not in _TIME_NOUNS and self.keys[name] not in _TIME_WORDS and \
                    self.ctx.mention_at(name) is None:
                name += 1
            return (start, name) if name > k + 1 else None
        if k < end and self.ctx.mention_at(k) is not None:
            return None  # "عناصر جيش الفتح": the noun is completed by the name that follows
        return start, k

    def _victims_before(self, p: dict, s0: int, i: int, actor: str) -> tuple[int, int] | None:
        """"مقتل مدنيين عراقيين في غارات للمقاتلات التركية": the people no entity names whose death or wounds are
        told right before the attack they fell in (a word of the killed or injured measures, the people, then في,
        جراء or إثر and the noun of the attack) are its target, as _casualties_before reads a named side."""
        if p["type"] != "ASSAULT" or p["kind"] not in ("noun", "mutual") or \
                (k := self._harmed_in_before(s0, i)) is None:
            return None
        for start in range(k - 1, max(s0, k - 6), -1):
            if self.lex.measures.get(match_key(self.keys[start - 1].lstrip("و")), ("",))[0] in ("killed", "injured"):
                phrase = self._target_phrase({"kind": "verb", "type": "ASSAULT", "target": ""}, start, k, actor)
                return phrase if phrase is not None and phrase[0] == start and phrase[1] == k else None
        return None

    def _skip_time(self, j: int, end: int) -> int:
        """Past the days and times before an object ("اعتقلت الليلة الماضية 15 فلسطينيًا", "قتل الجيش الأحد")."""
        while True:
            j = self._skip_words(j, end)
            if j < end and self.keys[j] in _TIME_ADVERBS:
                j += 1
                continue
            if j < end and self.keys[j] in _TIME_NOUNS:
                j += 2 if j + 1 < end and self.keys[j + 1].startswith("ال") and \
                    self.ctx.mention_at(j + 1) is None else 1  # "الليلة الماضية"
                continue
            return j

    def _people_noun(self, key: str, counted: bool) -> bool:
        """A noun that names people: of the lexicons, a plural of belonging ("الفلسطينيين"), or after a count a
        sound masculine plural or an accusative of belonging ("4 مدنيين", "23 إرهابيا")."""
        if key in _PERSON_NOUN or self.lex.measures.get(key, ("", ""))[1] in ("people", "pair", "attacker"):
            return True
        if key.endswith(_NISBA_PLURAL):
            return True  # not one national ("وطالب علي حسن عيسى «يمني»": the subject's apposition)
        if key.endswith("يا") and gazetteer().nisba.get(match_key(key[:-1])):
            return True  # "قتل الجيش الإسرائيلي الأحد فلسطينيا": one national, as the object (accusative)
        # after a count, a sound masculine plural or an accusative of belonging; or a participle's accusative
        # ("20 متطرفا", "مشتبها"): a noun of people, where a thing counted is of another shape ("منزلا", "مليونا")
        return counted and len(key) > 4 and (key.endswith(("ين", "ون", "يا")) or
                                             len(key) >= 6 and key[0] == "م" and key.endswith("ا") and
                                             key[:-1] not in self.lex.numbers and key not in self.lex.numbers)

    def _nisba_word(self, k: int) -> bool:
        """An adjective of belonging after a noun of people ("جزائريا", "الإيرانيين"): a nationality, or a word
        with the plural or accusative endings of one; no punctuation, preposition, name of an actor or next
        conjunct."""
        key = self.keys[k]
        if not key.isalpha() or key in _PREPOSITIONS or key in SKIP:
            return False
        if (m := self.ctx.mention_at(k)) is not None and (m.type != "State" or m.last != k + 1):
            return False
        if gazetteer().nisba.get(match_key(key)):
            return True
        return key[:1] not in ("و", "ف") and (key.endswith(_NISBA_MARKED) or
                                              key.startswith("ال") and key.endswith("ي"))  # "الحكومية" read "الحكومي"

    def _attributed_to(self, key: str, i: int, s0: int, s1: int) -> bool:
        """The sentence names `key` only after the trigger, right after a word of attribution («بحسب», «وفقا»,
        «نقلا عن»): the source of the report, not a party to what it reports."""
        named = [m for m in self.ctx.mentions_in(s0, s1) if m.key == key]
        return bool(named) and all(m.first > i for m in named) and any(
            any(self.keys[k].lstrip("و") in _ATTRIBUTION for k in range(max(s0, m.first - 2), m.first))
            for m in named)

    def _reporter(self, key: str) -> bool:
        """A news agency, paper, channel, social platform or monitor: the gazetteer's kind or a word of its Arabic
        name says so (action_words.tsv)."""
        ent = self.ctx.entities.get(key)
        if ent is None or ent.type not in ("Organization", "Group"):
            return False
        if gazetteer().rows.get(key, {}).get("kind") in ("media", "agency", "platform"):
            return True
        return any(match_key(stem) in _REPORTER_WORDS
                   for tok in norm(ent.label_ar).split() for _pre, stem in clitic_variants(tok))

    def _ensure_group(self, key: str) -> None:
        from kg.model import Entity

        if key not in self.ctx.entities:
            self.ctx.entities[key] = Entity(key, "Group", _PROTESTERS_LABEL, "protesters", country=self.ctx.focus)


def _passive(word: str) -> bool:
    """Written passive voice: a damma on the first radical (اعتُقِل، قُتل، أُوقِف)."""
    head = word[:5]
    return "\u064f" in head and not word.startswith(("ي", "ت"))


def _passive_weak(word: str, p: dict) -> bool:
    """«وألقي القبض», «أجري اتصال»: a verb of form IV the lexicon writes with a final ى (ألقى) spelled with ي is its
    passive (أُلقِي), whose doer the sentence does not name. Other forms keep it: «التقي» is a spelling of «التقى»."""
    form = p["form"].split("…")[0].split()
    return p["kind"] == "verb" and len(form[0]) == 4 and form[0][0] == "أ" and form[0].endswith("ى") and \
        word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652").endswith("ي")


def _verb_prefix(prefix: str) -> str:
    """The proclitic of a verb read with the article's clitics: «والتقى», «وألقت» fold to «والتقي», «والقت», whose first
    reading is و + ال + «تقي»; a verb opening with ال takes و/ف alone."""
    return prefix[:-2] if prefix in ("وال", "فال") else prefix


def _verb_base(p: dict) -> str:
    """The trigger's verb as the lexicon writes it, normalized ("أجرى … اتصالا" -> "اجري")."""
    return match_key(norm(p["form"].split("…")[0].strip().split()[0]))


def _dedupe(actions: list[Action], text: str = "") -> list[Action]:
    """One action per event. Symmetric events: one per pair of parties. Others: the same actor and type, trigger
    words of which one set holds the other ("أمر بإطلاق النار" / "إطلاق النار"; a repeated paragraph), and the
    same target or none. Distinct triggers stay distinct events ("فرض حالة الطوارئ", "سمح بإطلاق النار").
    The version with a target, then with a date, is kept."""
    kept: list[Action] = []
    for a in actions:
        words = _trigger_words(a.trigger)
        for k, b in enumerate(kept):
            if a.type != b.type:
                continue
            if a.type in _SYMMETRIC:
                same = {a.actor, a.target} == {b.actor, b.target}
            elif a.type == "PROTEST" and _nominal_protest(a.trigger) and _nominal_protest(b.trigger):
                same = (a.actor, a.target) == (b.actor, b.target)  # "الاحتجاجات" / "حركة الاحتجاج": one movement
            else:
                bw = _trigger_words(b.trigger)
                same = (a.actor == b.actor and (words <= bw or bw <= words)
                        and (a.target == b.target or None in (a.target, b.target))
                        and (not text or a.type not in _PHYSICAL or _one_mention(a, b, text))) or \
                    _light_verb_object(a, b) or _overlapping(a, b)
            if same:
                if b.target is None and a.target is not None or b.date is None and a.date is not None:
                    a.date = a.date or b.date
                    kept[k] = a
                break
        else:
            kept.append(a)
    return kept


def _overlapping(a: Action, b: Action) -> bool:
    """"نفذت المقاومة هجوما استهدف دورية للحوثيين": two triggers of one actor, type and target (or one without)
    whose evidence overlaps tell one event."""
    return a.actor == b.actor and (a.target == b.target or None in (a.target, b.target)) and \
        max(a.evidence.begin, b.evidence.begin) < min(a.evidence.end, b.evidence.end)


def _light_verb_object(a: Action, b: Action) -> bool:
    """"وشنت قوات الحوثي قصفا على الضالع": the verb and its nominal object, one coded with the target and one
    without, of one actor: the untargeted one's trigger lies inside the other's evidence."""
    if a.actor != b.actor or (a.target is None) == (b.target is None):
        return False
    bare, full = (a, b) if a.target is None else (b, a)
    return full.evidence.begin < bare.evidence.begin < full.evidence.end


def _one_mention(a: Action, b: Action, text: str) -> bool:
    """Two codings of one event: in one sentence ("أمر بإطلاق النار" / "إطلاق النار"), or a repeated paragraph (the
    same words around the trigger). The same verb in two sentences of an article ("شن طيران التحالف غارات" in
    one paragraph, again in another) is as often a second strike as the first one retold."""
    if abs(a.evidence.begin - b.evidence.begin) < 200 and not any(
            c in text[min(a.evidence.begin, b.evidence.begin):max(a.evidence.begin, b.evidence.begin)] for c in ".\n"):
        return True
    return text[a.evidence.begin:a.evidence.end] == text[b.evidence.begin:b.evidence.end]


def _nominal_protest(trigger: str) -> bool:
    return any(w.lstrip("وفبل").startswith(_PROTEST_NOUNS) for w in norm(trigger).split())


def _trigger_words(trigger: str) -> frozenset[str]:
    out = set()
    for w in norm(trigger).split():
        key = match_key(w)
        if key[:1] in "وفبل" and len(key) > 3 and not key.startswith("ال"):
            key = key[1:]
        out.add(key)
    return frozenset(out)


def extract_actions(ctx: DocContext, skip_sentences: set[int], statements: list[Statement],
                    mentions: list[Mention] | None = None) -> list[Action]:
    """The article's actions; the crowds that protested, named by a noun, are added to `mentions` when given."""
    extractor = ActionExtractor(ctx, skip_sentences, statements)
    actions = extractor.run()
    if mentions is not None and extractor.crowds:
        kept = {a.actor for a in actions}
        have = {(m.span.begin, m.span.end) for m in mentions}
        mentions.extend(m for m in extractor.crowds if m.entity in kept and (m.span.begin, m.span.end) not in have)
        mentions.sort(key=lambda m: (m.span.begin, m.span.end))
    return actions
