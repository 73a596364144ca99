"""Reading a clause around a trigger: who is its subject (before or after the verb), what a preposition governs,
where the clause ends, which actor is the target, and which statement a token belongs to.

Shared by the action extractor; it needs `ctx`, `keys`, `toks`, `lex` and `statements` on the instance.
"""

from __future__ import annotations

import re

from kg.doc import RawMention
from kg.extract.context import DocContext
from kg.extract.context import _words as _anaphor_words
from kg.lexicon import Lexicons, clitic_variants, gazetteer, words
from kg.model import Statement, Token

# the reader's closed word classes: kg/data/lexicon/clause_words.tsv (normalized on load)
_WORDS = "clause_words.tsv"
ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
QUOTES = {'"', "'", "«", "»"}
SKIP = {"،", ",", '"', *words(_WORDS, "skip")}  # "حذرت فيه واشنطن"
_ATTRIBUTION = set(words(_WORDS, "attribution"))  # "وبحسب الوزارة، قتل"
_CLAUSE_OPENERS = {*words(_WORDS, "clause_opener"), "؛", "."}
_CONJ_NUMBER = re.compile(r"^و?\d+$")
_DESCRIBED = words(_WORDS, "described")  # "على من وصفهم بـ"
_DESCRIBED_RELATIVES = words(_WORDS, "described_relative")
_FUNCTION_WORDS = set(words(_WORDS, "function_word"))
_HOSTILE = {"ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"}
_FRIENDLY = {"SUPPORT", "AGREE", "COOPERATE", "AID", "CONSULT"}
_VERBAL_ACTS = {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SANCTION", "SUPPORT"}  # done to a state, not to a city
_RELATIVE = set(words(_WORDS, "relative"))
_RELATIVE_GENDER = {**{w: "m" for w in words(_WORDS, "relative_masculine")},  # "الذي"
                    **{w: "f" for w in words(_WORDS, "relative_feminine")}}  # "التي"
_VERB_PARTICLES = words(_WORDS, "verb_particle")  # "الذي قد انتقد"
_PREPOSITIONS = set(words(_WORDS, "preposition"))
# "(جنوب اليمن) قصفت", "في سوريا، كما أيدت": not its subject
_SETS_OFF = {")", "(", ":", "«", "»", '"', *words(_WORDS, "sets_off")}
_THAT = set(words(_WORDS, "that"))
_NO_SUBJECT = {":", '"', *words(_WORDS, "no_subject")}
_SOME = set(words(_WORDS, "some_subject"))
_IN_PLACE = words(_WORDS, "in_place")
_KIN = frozenset(words(_WORDS, "kin"))  # "أحد أقارب الرئيس": whose relative
_MEMBER_NOUNS = frozenset(words(_WORDS, "member_noun"))  # "قياديا كبيرا في حركة الحوثي"
_PARTITIVE = frozenset(words(_WORDS, "partitive"))  # "ضد مقاتلين من المعارضة"
_OWNED_BY = set(words(_WORDS, "owned_by"))  # "نقطة تابعة لميليشيات الحوثي"
_SUFFER_VERBS = words(_WORDS, "suffer_verb")
_CLAUSE_MA = words(_WORDS, "clause_ma")
_NOT_BI_CLITIC = words(_WORDS, "not_bi_clitic")
_NOUN_GOVERNORS = frozenset(words(_WORDS, "noun_governor"))
_NOT_PARTY = frozenset(words(_WORDS, "not_party"))
(_BETWEEN,) = words(_WORDS, "between")
(_SIDE,) = words(_WORDS, "side_noun")
_VICTIMS = ("_civilians", "_refugees", "_hostages")
_VISIT_TO = frozenset(words(_WORDS, "visit_to"))
_VISIT_NOUNS = frozenset(words(_WORDS, "visit_noun"))  # "زيارة ... لليمن": where he went
_AGAINST = frozenset(words(_WORDS, "against"))  # "بحق الفلسطينيين": the victims of what is named
_DOCUMENTS = set(words(_WORDS, "document"))
_SAME = set(words(_WORDS, "same"))
_STATE_HEADS = set(words(_WORDS, "state_head"))
_NISBA_ENDINGS = tuple(words(_WORDS, "nisba_ending"))
_NISBA_FEMININE = tuple(words(_WORDS, "nisba_feminine"))

_BREAKS = {*_CLAUSE_OPENERS, *_THAT, *_RELATIVE, ":", "،", ",", "؛"}

_BETWEEN_GAP = 3  # words between "بين" and the first party ("بين عناصر داعش", "بين الرئيسين الفرنسي")


class ClauseReader:
    ctx: DocContext
    keys: list[str]
    toks: list[Token]
    lex: Lexicons
    statements: list[Statement]

    def _actors(self, start: int, end: int) -> list[RawMention]:
        return [m for m in self.ctx.mentions_in(start, end) if m.type in ACTOR_TYPES]

    def _subject_after(self, j: int, end: int) -> RawMention | None:
        k = j
        while k < end and (self.keys[k] in SKIP or self.ctx.is_weekday_or_date(k)):
            k += 1
        return self._subject_at(k, end)

    def _subject_at(self, k: int, end: int) -> RawMention | None:
        """The actor a subject starting at k names: a mention, the fighters of one ("مسلحو المقاومة"), or a noun
        that refers back to one ("الحزب")."""
        if k >= end:
            return None
        m = self.ctx.mention_at(k)
        if m is None and (member := self._member_of(k, end)):
            return member  # "هاجم مسلحو المقاومة"
        if m is None and (back := self._anaphor_mention(k)):
            return back  # "وطالب الحزب": the party named before
        if m and m.type in ACTOR_TYPES:
            nxt = self.ctx.mention_at(m.last)
            if m.type == "State" and nxt and nxt.type == "Person":
                return nxt
            return m
        return None

    def _anaphor_mention(self, k: int) -> RawMention | None:
        """A bare noun that refers back to an actor ("الحزب", "الحركة", "الأخير") as a mention of it."""
        key = self.ctx.anaphor(k)
        if key and (k + 1 >= len(self.keys) or self.keys[k + 1] not in _SAME) and \
                any(_anaphor_words()[0].get(stem) == "source" for _p, stem in clitic_variants(self.keys[k])):
            return None  # "ورفض المصدر المسؤول": a new unnamed source, not the speaker quoted last
        ent = self.ctx.entities.get(key or "")
        if ent is None or ent.type not in ACTOR_TYPES:
            return None
        prefix = next((p for p, stem in clitic_variants(self.keys[k]) if stem in _anaphor_words()[0]), "")
        return RawMention(k, k + 1, self.toks[k].span, ent.type, "anaphor", key, prefix=prefix)

    def _actors_or_anaphors(self, start: int, end: int) -> list[RawMention]:
        """The actors named in [start, end) and the bare nouns there that refer back to one ("مواقع للتنظيم")."""
        named = self._actors(start, end)
        covered = {k for m in self.ctx.mentions_in(max(0, start - 8), end) for k in range(m.first, m.last)}
        back = [b for k in range(start, end) if k not in covered and self._head_anaphor(k) and
                not self._modifies(k, covered) and (b := self._anaphor_mention(k))]
        return sorted(named + back, key=lambda m: m.first) if back else named

    def _head_anaphor(self, k: int) -> bool:
        """A noun that refers back by its head ("التنظيم", "للنظام"): the kinds that refer to the latest person or
        ministry of any name ("الأخير", "الوزارة") are too loose for an object."""
        kinds = _anaphor_words()[0]
        return any(kinds.get(stem, "").startswith("head:") for _p, stem in clitic_variants(self.keys[k]))

    def _modifies(self, k: int, covered: set[int]) -> bool:
        """The noun at k is no object: the genitive of a name ("المجلس العسكري للمقاومة"), an adjective of a definite
        noun ("الأسبوع الأخير"), or the subject of a verb right before it."""
        if k < 1:
            return False
        if k - 1 in covered or not self.keys[k].startswith("ال"):
            return k - 1 in covered
        if self.keys[k - 1].startswith("ال") or self.lex.actions.match(self.keys, k - 1):
            return True  # an adjective, or the subject right after its verb ("هاجم التنظيم")
        # "سيطر عليه التنظيم": the subject after the verb and a preposition with a pronoun
        prev = self.keys[k - 1]
        return k >= 2 and bool(self.lex.actions.match(self.keys, k - 2)) and \
            any(prev.endswith(suffix) and prev[:-len(suffix)] in _PREPOSITIONS for suffix in ("ه", "ها", "هم"))

    def _member_of(self, k: int, end: int) -> RawMention | None:
        """"مسلحو المقاومة", "مقاتلات التحالف": the organization or group whose fighters or aircraft a noun at k
        names, when it follows directly. A person's forces ("قوات صالح") are not that person."""
        hit = self.lex.action_context.match(self.keys, k, clitics=False)
        if not hit or not any(pl["role"] == "member" for pl in hit[2]) or k + hit[0] >= end:
            return None
        m = self.ctx.mention_at(k + hit[0]) or self._anaphor_mention(k + hit[0])
        return m if m and m.type in ("Organization", "Group") else None

    def _governed(self, m: RawMention) -> bool:
        """Is the mention the object of a preposition ("لقوات الأمن", "في القنصلية")?"""
        k = m.first - 1
        while k > 0 and self.keys[k] in QUOTES:
            k -= 1  # 'على "تويتر"'
        before = self.keys[k] if k >= 0 else ""
        if before in _PREPOSITIONS or before in _ATTRIBUTION or before[:1] in "وف" and (
                before[1:] in _ATTRIBUTION or before[1:] in _PREPOSITIONS):  # "وفي العراق قتل": where, not who
            return True
        if m.first > 0 and self.keys[m.first - 1][:1] == "ل" and self.lex.actions.match(self.keys, m.first - 1):
            return True  # "لدعم السلطات": the object of a verbal noun of purpose
        if m.proclitic[-1:] in ("ب", "ل", "ك") if m.proclitic else False:
            return True
        prev = next((x for x in self.ctx.mentions_in(max(0, m.first - 6), m.first) if x.last == m.first
                     and x.first < m.first and x.type in ACTOR_TYPES), None) if m.proclitic == "و" else None
        if prev is not None:
            return self._governed(prev)  # "على الصين والولايات المتحدة والمجتمع الدولي": the conjuncts too
        if m.proclitic == "و" and m.type == "Group" and m.first >= 2 and self.keys[m.first - 1].startswith("ال") and \
                self.ctx.mention_at(m.first - 1) is None and self.keys[m.first - 2] in _PREPOSITIONS and \
                self.keys[m.first - 2] not in _PARTITIVE:
            # "خطرهم على الإسلام والمسلمين": a people joined to a noun a preposition governs (a person or a body
            # there opens a clause: "وافق على العرض وخالد بن سلطان رفض"; "جانبا من الصحافة والمعارضة اتهمت": a part
            # of them acts)
            return True
        return False

    def _clause_subject(self, s0: int, i: int) -> RawMention | None:
        return next((m for m in self._actors(s0, i) if not self._governed(m) and not self._nisba_of_noun(m)), None)

    def _nisba_after_noun(self, m: RawMention) -> bool:
        """"فرقة سورية": a one-word state written as a feminine nisba right after a noun with ta marbuta."""
        if m.last - m.first != 1 or m.first == 0 or self.ctx.mention_at(m.first - 1):
            return False
        return self.toks[m.first].norm.endswith(_NISBA_FEMININE) and self.toks[m.first - 1].text.endswith("ة")

    def _nisba_of_noun(self, m: RawMention) -> bool:
        """"الأراضي الفلسطينية", "الانقلاب الحوثي", "الجماهير السعودية": a one-word actor written as a nisba
        adjective right after a definite noun that is no actor describes that noun; it is no subject."""
        if m.last - m.first != 1 or m.first == 0 or self.ctx.mention_at(m.first - 1):
            return False
        tok, prev = self.keys[m.first], self.keys[m.first - 1]
        if not tok.startswith("ال") or not tok.endswith(_NISBA_ENDINGS):
            return False
        return prev.startswith("ال") and len(prev) > 4 and prev not in _FUNCTION_WORDS and \
            not self.lex.titles.match(self.keys, m.first - 1)

    def _subject_before(self, s0: int, i: int) -> tuple[RawMention | None, RawMention | None]:
        """An actor ending right before the trigger (SVO), and the one coordinated with it ("بوتين وتوكاييف")."""
        before = [m for m in self._actors(s0, i) if m.last >= i - 2 and not self._governed(m)
                  and not self._nisba_of_noun(m)
                  and not (m.first > 0 and self._role_at(m.first - 1, "locative"))  # "في شمال سوريا"
                  and not any(t in _CLAUSE_OPENERS or t in _SETS_OFF or t in _RELATIVE for t in self.keys[m.last:i]
                              if not self._quoted_name(m, i))
                  and not self._fronted(s0, m, i)
                  and not (any(t in _THAT for t in self.keys[m.last:i]) and (
                      not self._speaker_is(m.key, i) or self._noun_after_that(m.last, i)))]
        if not before:
            return None, None
        last = before[-1]
        if self.keys[last.first].startswith("و") and not self._w_noun(last.first):  # not "وزارة"
            earlier = [m for m in self._actors(s0, last.first) if m.last >= last.first - 2]
            if earlier:
                return earlier[-1], last
        return last, None

    def _quoted_name(self, m: RawMention, i: int) -> bool:
        """"«كتيبة الاحتياطي» رفضت": the quote marks enclose the name, they set off no quotation."""
        return m.first > 0 and self.keys[m.first - 1] in QUOTES and len(self.keys[m.last:i]) == 1 and \
            self.keys[m.last] in QUOTES

    def _noun_after_that(self, j: int, i: int) -> bool:
        """"كشف المركز أن الثوار تمكنوا": a word after the complementizer is the subject of the verb, not the
        speaker before it ("قال X إنه تلقى" has none)."""
        k = next((k for k in range(j, i) if self.keys[k] in _THAT), i)
        return any(self.keys[t] not in SKIP and self.keys[t] not in _VERB_PARTICLES for t in range(k + 1, i))

    def _fronted(self, s0: int, m: RawMention, i: int) -> bool:
        """An actor before a comma that is no subject of the verb after it: inside a phrase the sentence opens with
        ("ضمن مشاوراته مع أعضاء مجلس الأمن، زار"), or before "، و" that opens a new clause ("، وقد قصفت")."""
        between = self.keys[m.last:i]
        if "،" not in between and "," not in between:
            return False
        if any(t[:1] == "و" and len(t) > 1 and not self.ctx.mention_at(m.last + k) and (
                t[1:] in SKIP or self.toks[m.last + k].norm[1:] in self._stop or t[1:2] in "يت" and len(t) > 4)
               for k, t in enumerate(between)):
            return True  # "، وقد قصفت", "، ويفضل": a particle or a verb opens a new clause ("الحوثيون، وحلفاؤهم
            # قصف": two subjects)
        if not (self._role_at(s0, "fronted", clitics=True, phrase=True) or self._fronted_with_w(s0)):
            return False
        first_comma = next(k for k in range(s0, i) if self.keys[k] in ("،", ","))
        if first_comma >= m.last:
            return True
        # an apposition in the phrase the sentence opens with, set off by a second comma ("وفي صعدة، معقل المتمردين
        # الحوثيين، قصف طيران التحالف": the Houthis' stronghold is where, the coalition struck); nothing but nouns
        # between the commas, no verb or complementizer ("في غضون ذلك، أعلن الكرملين ... أن بوتين، ونظيره ...، أجريا")
        last_comma = max(k for k in range(s0, i) if self.keys[k] in ("،", ","))
        return last_comma >= m.last and not any(
            self.keys[k] in _THAT or self.lex.speech.match(self.keys, k) or self.lex.actions.match(self.keys, k)
            for k in range(first_comma + 1, m.first))

    def _fronted_with_w(self, k: int) -> bool:
        """"وفي محافظة شرناك الحدودية مع سوريا والعراق، قتل": و on a two-letter preposition, which the clitic
        reading leaves out (it keeps stems of three letters or more)."""
        tok = self.keys[k]
        if len(tok) != 3 or tok[0] not in "وف":
            return False
        m = self.lex.action_context.match([tok[1:]], 0, clitics=False)
        return bool(m and m[0] == 1 and any(pl["role"] == "fronted" for pl in m[2]))

    def _target(self, j: int, end: int, prep: str | None, actor: str | None, ptype: str = "") -> str | None:
        # the target is in the trigger's own clause, not in what it reports ("حذر الغرب من أن روسيا ...")
        end = next((k for k in range(j, end) if self.keys[k] in _THAT or k > j and self._purpose(k)
                    or k > 0 and self.keys[k] in _RELATIVE and self.keys[k - 1] in ("،", ",")
                    or k > j and ptype in _FRIENDLY and self._hostile_at(k)), end)
        if ptype in _VERBAL_ACTS and (state := self._capital_addressed(j, end, prep, actor)) is not None:
            return state  # "واتهمت بكين طوكيو", "وطلبت الرئاسة الكورية الجنوبية من بيونغ يانغ": the state
        # ", الذين قدموا لتهنئة X": a relative clause set off by a comma says more of the object; X is not the target
        for m in self._actors_or_anaphors(j, min(end, j + 14)):
            if m.first <= j + 2 and j < len(self.keys) and self._conjunction_at(j) and \
                    ptype not in ("CONSULT", "AGREE", "COOPERATE"):
                # "قصف الحوثيون وقوات صالح المدينة": a second actor, not the target; "استنكرت وبشدة تصريحات X" is
                # an adverb (و + a ب phrase), no second subject
                continue
            if j < m.first <= j + 3 and m.proclitic.startswith("و") and ptype not in (
                    "CONSULT", "AGREE", "COOPERATE") and \
                    all(self.keys[k].startswith("ال") and not self.ctx.mention_at(k) for k in range(j, m.first)) and \
                    m.last < end and self.keys[m.last] in ("،", ",") and (obj := self.ctx.mention_at(m.last + 1)) \
                    and obj.type in ACTOR_TYPES:
                continue  # "اتهمت الحكومة اليمنية المقيمة وقوات التحالف، الحوثيين": a second subject, the object after
            if m.key == actor or not prep and m.first > 0 and (self.keys[m.first - 1] in _IN_PLACE and
                                                                 not self._member_in(m.first - 1) or
                                                                 self._role_at(m.first - 1, "locative") or
                                                                 self._after_place_head(m.first - 1)):
                continue  # a place of the clause is not its target ("بعثة الأمم المتحدة للدعم في ليبيا", "شرق لبنان")
            if prep and m.first > 0 and self.keys[m.first - 1] in _IN_PLACE and \
                    not any(alt in _IN_PLACE for alt in prep.split("|")):
                continue  # "أعربت عن إدانتها للتصعيد في ليبيا": where, not whom (the target comes with ل)
            if m.first >= 2 and self._role_at(m.first - 2, "passive", phrase=True) and \
                    self.lex.action_context.match(self.keys, m.first - 2)[0] == 2:
                continue  # "مؤيدين قتلوا على يد المعارضة": the agent of another act, not the target
            if self._kin_of(m):
                return None  # "اعتقلت السلطات أحد أقارب الرئيس بشار الأسد": the relative, unnamed, not Assad
            owned = self._owned_object(m)
            if ptype in _HOSTILE | {"ASSAULT"} and not owned and \
                    any(self._role_at(t, "ally") for t in range(max(j, m.first - 3), m.first)):
                continue  # "مسنودين بقوات موالية لصالح": the subject's allies, not its target
            if m.type == "State" and self.toks[m.last - 1].text.endswith(("اً", "ًا")):
                continue  # "23 شخصا سوريا": a nationality adjective (with tanween), not the country
            if m.type == "State" and (self._nisba_of_noun(m) or self._nisba_after_noun(m)):
                continue  # "ثمانية من فرقة سورية مقاتلة", "الأراضي الفلسطينية": an adjective, not the country
            if m.type == "State" and (holder := self._office_holder(m, actor)) is not None:
                return holder  # "استقبل ... رئيس وزراء لبنان الأسبق سعد الحريري": the man, not Lebanon
            if m.first > 0 and self._role_at(m.first - 1, "leader") and self._led_body(m.first - 1):
                continue  # "طالب ائتلاف الوطنية بزعامة إياد علاوي الحكومة": the coalition's leader, not the one asked
            if ptype == "CONSULT" and self._own_government(m, actor):
                continue  # "التقى بحاح ... في مقر الحكومة اليمنية المؤقت في الرياض، أنور قرقاش": where, not whom
            if m.first > 0 and self.keys[m.first - 1] in _PREPOSITIONS and ptype not in ("SANCTION", "COERCE") and \
                    gazetteer().rows.get(m.key, {}).get("kind") == "platform":
                continue  # "ووصفها على صفحته على فيسبوك": where the words were posted, not whom they are against
            if m.first > 0 and self.keys[m.first - 1] in _ATTRIBUTION:
                continue  # "وأدانت المنامة في نبأ أوردته وكالة أنباء البحرين": the agency carried it
            if ptype not in _HOSTILE | {"ASSAULT"} and self._of_document(m):
                continue  # "مطالبا بضرورة الالتزام بنصوص ميثاق الأمم المتحدة": the charter's owner is not asked
                # (a decision criticized or warned of names its author as the target: "انتقد قرار مرسي")
            if not owned and self._spoken_to(m):
                continue  # "ناشد، في تصريح لـ«الشرق الأوسط»، المواطنين": the paper he spoke to is not asked
            if ptype in _HOSTILE and any(m.key.endswith(v) for v in _VICTIMS):
                continue  # "ندد باستهداف المدنيين": the victims are not the accused
            if ptype != "CONSULT" and m.type in ("State", "Place") and self._visited(m):
                continue  # "طالب مورار في ختام زيارة استمرت ثلاثة أيام لليمن": where he went, not whom he asked
            if ptype not in ("ASSAULT", "COERCE", "SANCTION") and m.first > 0 and self.keys[m.first - 1] in _AGAINST:
                continue  # "طالب بإدراج الإعدامات الميدانية بحق الفلسطينيين": the victims, not the ones asked
            if prep and not any(self._governs(alt, j, m) for alt in prep.split("|")):
                continue  # "غارات على X" or "غارات ضد X" ("على|ضد"): either preposition
            return m.key
        if ptype == "ASSAULT" and prep:  # "أطلقوا صواريخ على مدينة جعار": a town attacked is the target
            preps = prep.split("|")
            # only under the trigger's own preposition, the first after it ("سيطرت على منطقة مطلة على مدينة تعز":
            # the town the area overlooks was not seized)
            first = next((k for k in range(j, min(end, j + 10)) if self.keys[k] in preps), None)
            for m in self.ctx.mentions_in(j, min(end, j + 10)):
                if m.type == "Place" and m.first > j and m.first - 1 == first:
                    return m.key
        return None

    def _capital_addressed(self, j: int, end: int, prep: str | None, actor: str | None) -> str | None:
        """A capital as the first party after the trigger, with no word between but the subject, as its object or
        after its own preposition: it stands for its state (the gold's convention: a party is the State). Only for
        words and demands (accusing, asking, warning), where a city is never the one addressed; a strike on a
        capital hits the city."""
        k = j
        if (m := self.ctx.mention_at(k)) is not None and m.key == actor:
            k = m.last  # past the subject ("واتهمت بكين طوكيو")
        else:
            m = next((x for x in self.ctx.mentions_in(max(0, j - 8), j) if x.last == j and x.key == actor), None)
        if m is not None and m.type in ("Organization", "Group") and k == m.last and \
                (nxt := self.ctx.mention_at(k)) is not None and not nxt.proclitic:
            return None  # "رفض نادي أتليتكو مدريد": a body's name goes on with its city
        stop = min(end, k + 2)
        while k < stop and self.keys[k].startswith("ال") and self.keys[k].endswith(("ي", "يه")) and \
                self.ctx.mention_at(k) is None:
            k += 1  # and its adjectives of belonging ("الرئاسة الكورية الجنوبية"), no participle ("المدعوم")
        m = self.ctx.mention_at(k) if k < end else None
        if m is None and prep and k + 1 < end and self.keys[k] in prep.split("|"):
            m = self.ctx.mention_at(k + 1)  # "من بيونغ يانغ"
            if m is None or m.proclitic:
                return None
        elif m is not None and m.proclitic and not (prep and any(
                m.proclitic.endswith(alt) for alt in prep.split("|") if len(alt) == 1)):
            return None  # "بموسكو": where, unless ب is the trigger's own preposition
        if m is None or m.type != "Place" or m.key not in gazetteer().capitals:
            return None
        state = gazetteer().capitals[m.key]
        return state if state != actor and self._state_entity(state) else None

    def _state_entity(self, state: str) -> bool:
        """The gazetteer's state `state` as an entity of the article (made when the article has not named it);
        False when the gazetteer has no state of that key."""
        if state in self.ctx.entities:
            return self.ctx.entities[state].type == "State"
        row = gazetteer().rows.get(state)
        if not row or row.get("type") != "State":
            return False
        from kg.model import Entity

        self.ctx.entities[state] = Entity(state, "State", row["names"][0], row.get("label_en") or None,
                                          row.get("wikidata") or None)
        return True

    def _own_government(self, m: RawMention, actor: str | None) -> bool:
        """The government of a person's own country: whom he meets is another ("استقبل الأمير محمد بن سلمان ...
        النائب الثاني لرئيس مجلس الوزراء": his title names it)."""
        person = self.ctx.entities.get(actor) if actor else None
        return person is not None and person.type == "Person" and person.country is not None and \
            m.key == f"{person.country}_government"

    def _visited(self, m: RawMention) -> bool:
        """A state or town with ل or إلى a few words after a noun of visit, no other actor between."""
        if not (m.proclitic.endswith("ل") or m.first > 0 and self.keys[m.first - 1] in _VISIT_TO):
            return False
        for k in range(m.first - 1, max(-1, m.first - 6), -1):
            if any(stem in _VISIT_NOUNS for _p, stem in clitic_variants(self.keys[k])):
                return True
            if self.ctx.mention_at(k) is not None or self.keys[k] in ("،", ",", "."):
                return False
        return False

    def _member_in(self, k: int) -> bool:
        """"اعتقلت قياديا كبيرا في حركة الحوثي": في after a member or leader (and one adjective) names the body he
        belongs to, which the act is aimed at, not where it happened."""
        return any(x >= 0 and self.keys[x] in _MEMBER_NOUNS for x in (k - 1, k - 2))

    def _kin_of(self, m: RawMention) -> bool:
        """A noun of kin or service governs the actor ("أقارب الرئيس بشار الأسد"), or one word of its own before it
        ("محامي المعتقل محمد علان")."""
        g = self._before_object(m.first)
        for k in (g, g - 1):
            if k < 0 or k < g and (not self.keys[g].startswith("ال") or self.ctx.mention_at(g)):
                return False
            if any(stem in _KIN for _p, stem in clitic_variants(self.keys[k])):
                return True
        return False

    def _office_holder(self, m: RawMention, actor: str | None) -> str | None:
        """A state named as the genitive of an office ("رئيس وزراء لبنان الأسبق سعد الحريري") stands for the office's
        holder: when he is named right after it, he is the one acted on (his key); else None (the state stands for
        its office, as news coding does)."""
        if m.proclitic or m.first < 1 or not any(
                (t := self.lex.titles.match(self.keys, x)) and all(  # construct nouns between: "رئيس وزراء"
                    not self.keys[y].startswith("ال") and self.ctx.mention_at(y) is None
                    for y in range(x + t[0], m.first))
                for x in range(max(0, m.first - 3), m.first)):
            return None
        for x in range(m.last, min(len(self.keys), m.last + 3)):
            h = self.ctx.mention_at(x)
            if h is not None:
                return h.key if h.type == "Person" and h.key != actor else None
            if not self.keys[x].startswith("ال"):
                break  # an adjective of the office ("الأسبق") may stand between; anything else ends it
        return None

    def _hostile_at(self, k: int) -> bool:
        """"أيدوا بذل الجهود لتقويض وتدمير تنظيم داعش": what a hostile act names after it suffered that act; it is
        not whom a friendly one backs or agrees with."""
        hit = self.lex.actions.match(self.keys, k)
        return bool(hit and any(pl["type"] in _HOSTILE or pl["type"] == "ASSAULT" for pl in hit[2]))

    def _purpose(self, k: int) -> bool:
        """"التقى الوزير مع رئيس الإقليم لبحث محاربة داعش": a trigger with ل opens the act's purpose; the actors
        named in it are not the target of the act."""
        if self.keys[k][:1] != "ل" or self.ctx.mention_at(k):
            return False
        hit = self.lex.actions.match(self.keys, k)
        return bool(hit and hit[1] == "ل")

    def _of_document(self, m: RawMention) -> bool:
        """The actor is the genitive of a text or document ("ميثاق الأمم المتحدة", "بقرار مجلس الأمن")."""
        k = m.first - 1
        while k > 0 and self.keys[k] in QUOTES:
            k -= 1
        return k >= 0 and any(stem in _DOCUMENTS for _pre, stem in clitic_variants(self.keys[k]))

    def _after_place_head(self, k: int) -> bool:
        """"أمير منطقة الرياض", "بمدينة عدن": a noun of place at k names a place with the actor after it;
        "جمهورية" only after في or with its own ب ("في جمهورية اليونان"), else it opens the state's name."""
        if not self._role_at(k, "place_head", clitics=True):
            return False
        return self.keys[k] not in _STATE_HEADS or self.keys[k][:1] == "ب" or k > 0 and self.keys[k - 1] in _IN_PLACE

    def _led_body(self, k: int) -> bool:
        """"ائتلاف الوطنية بزعامة X": a body named right before is led by X; "أشاد العطية بقيادة بارزاني" praises
        Barzani's leadership (a person is not led)."""
        before = [m for m in self._actors(max(0, k - 6), k) if m.last == k]
        return bool(before) and before[-1].type != "Person"

    def _owned_object(self, m: RawMention) -> bool:
        """"على نقطة تابعة لميليشيات الحوثي", "معسكر تدريب تابعا لحركة حماس": the actor owns the object named before
        (a noun naming no actor, then a word of belonging and ل); not after an ally word ("مسنودين بقوات تابعة")."""
        k = m.first - 1
        if m.proclitic[-1:] != "ل":
            if k < 1 or self.keys[k] != "ل":
                return False
            k -= 1
        if k < 1 or self.keys[k] not in _OWNED_BY or self.ctx.mention_at(k - 1):
            return False
        return not any(self._role_at(t, "ally") for t in range(max(0, k - 3), k))

    def _spoken_to(self, m: RawMention) -> bool:
        """"في تصريح لـ«الشرق الأوسط»", "قال لوكالة رويترز": the one spoken to, after a noun or verb of speaking."""
        k = self._before_object(m.first)
        if m.proclitic[-1:] != "ل":
            if k < 1 or self.keys[k] != "ل":
                return False
            k -= 1
        return k >= 0 and (bool(self.lex.speech.match(self.keys, k)) or self._role_at(k, "interview", clitics=True))

    def _governs(self, prep: str, j: int, m: RawMention) -> bool:
        """Whether the preposition governs the mention, directly or through the nouns the mention owns."""
        k = self._before_object(m.first)
        if m.proclitic[-1:] == "ل" and k >= 1 and self.keys[k - 1] == prep and not self.ctx.mention_at(k):
            return True  # "غارات على مواقع للحوثيين": the target owns what was hit
        preps = {p for p, _s in clitic_variants(self.keys[m.first])}
        before = self.keys[k] if k >= 0 else ""
        return (before == prep or any(p.endswith(prep) for p in preps if p) or len(prep) == 1 and
                self.keys[m.first].startswith(prep) or self._owner_after(prep, j, m.first))

    def _owner_after(self, prep: str, j: int, first: int) -> bool:
        """"غارات على مواقع وتجمعات الحوثيين": the preposition governs one to three nouns that the actor owns."""
        for k in range(first - 1, max(j, first - 4) - 1, -1):
            tok = self.keys[k]
            if tok == prep and len(prep) > 1:
                return k < first - 1
            if tok in _PARTITIVE and k - 1 > j and self._people_of(k - 1):
                continue  # "ضد مقاتلين من المعارضة", "على عناصر من داعش": the people are the body's
            if tok in _PREPOSITIONS or tok in SKIP or tok in QUOTES or tok in (".", "؛", ":") or \
                    self.ctx.mention_at(k) or tok[:1].isdigit() or self.lex.actions.match(self.keys, k):
                return False
        return False

    def _people_of(self, k: int) -> bool:
        """An indefinite plural of people or a member's noun before «من» ("مقاتلين", "عناصر", "قياديين")."""
        key = self.keys[k]
        return key in _MEMBER_NOUNS or not key.startswith("ال") and len(key) > 4 and key.endswith(("ين", "ون"))

    def _before_object(self, first: int) -> int:
        """The token that governs a noun phrase, past quotes and "من وصفهم بـ" ("على من وصفهم بـ"المجرمين"")."""
        k = first - 1
        while k >= 0 and (self.keys[k] in QUOTES or self.keys[k] == "ب"):
            k -= 1
        if k >= 0 and (self.keys[k] in _DESCRIBED or self.keys[k][:1] == "و" and self.keys[k][1:] in _DESCRIBED):
            k -= 1
            if k >= 0 and self.keys[k] in _DESCRIBED_RELATIVES:
                k -= 1
        return k

    def _relative_head(self, s0: int, i: int) -> RawMention | None:
        """The actor a relative pronoun right before the verb refers to: "X، رئيس اللجنة، الذي انتقد" -> X.
        Only an actor named at most four words before the pronoun (its title may stand between)."""
        k = i - 1
        while k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        if k <= s0 or self.keys[k] not in _RELATIVE:
            return None
        adjacent = [m for m in self._actors(max(s0, k - 8), k) if m.last == k]
        if adjacent and self._governed(adjacent[0]):
            return None  # "تحد للجيش الذي طلب": the head is the army, not an actor named before it
        near = [m for m in self._actors(max(s0, k - 8), k) if m.last >= k - 4 and not self._governed(m)
                and not self._nisba_of_noun(m)]
        if not near or any(t in (".", "؛", ":") or self.lex.actions.match(self.keys, t)
                           for t in range(near[0].last, k)):
            return None
        if self._of_document(near[0]):
            return None  # "ميثاق منظمة التعاون الإسلامي الذي يدعو": the charter calls, not the organization
        if any(self.keys[t] in _PREPOSITIONS or self.keys[t][:1] in "بل" and len(self.keys[t]) > 3 and
               not self.ctx.mention_at(t) for t in range(near[0].last, k)):
            return near[-1] if near[-1].last == k else None  # "الكونجرس بفيتو أوباما الذي هدد": Obama
        j = near[0].last
        while j < k and self.keys[j] in ("،", ","):
            j += 1
        if j < k and not self.lex.titles.match(self.keys, j) and not self._actors(j, k):
            return None  # "استنكر الوزير العمل الإرهابي الذي استهدف": the head is the act, not the minister
        return near[0]  # the head, not an actor inside its title ("شيخ الأزهر")

    def _after_relative(self, s0: int, i: int) -> bool:
        k = i - 1
        while k > s0 and self.keys[k] in _VERB_PARTICLES:
            k -= 1
        return k >= s0 and self.keys[k] in _RELATIVE

    def _type(self, key: str | None) -> str | None:
        ent = self.ctx.entities.get(key or "")
        return ent.type if ent else None

    def _counted(self, m: RawMention) -> bool:
        prev = self.keys[m.first - 1] if m.first > 0 else ""
        # "26 متظاهرا قتلوا", "سبعة جنود ليبيين قتلوا": a count of people ("آلاف المحتجين" is a crowd)
        return bool(prev) and (_CONJ_NUMBER.match(prev) is not None or
                               prev in self.lex.numbers and prev not in self.lex.vague)

    def _agent(self, j: int, end: int) -> str | None:
        """"لهجوم من قبل X", "هجوم شنه X", "تفجير تبناه X": the agent named after a verbal noun."""
        for k in range(j, min(end - 1, j + 5)):
            m = self.lex.action_context.match(self.keys, k, clitics=False)
            if m and any(pl["role"] == "agent" for pl in m[2]):
                subj = self._subject_after(k + m[0], end)
                return subj.key if subj else None
        return None

    def _suffered(self, s0: int, i: int) -> bool:
        return any(self.keys[k].startswith(_SUFFER_VERBS) for k in range(max(s0, i - 2), i))

    def _clause_end(self, j: int, s1: int) -> int:
        """Targets are looked for in the trigger's clause: up to a conjunction or relative word that opens the
        next clause ("، حيث", "، وقال", "التي"), not past a comma that only sets off a date or a name."""
        for k in range(j, s1):
            if k > j and self.keys[k] in _CLAUSE_OPENERS:
                return k
            if k > j and self.keys[k][:1] in "وف" and self._conjoined_verb(k):
                return k  # "قتلت الأطفال والنساء ... ونطالب وزارة الصحة": the next verb opens its own clause
            if self.keys[k] in ("،", ",", "؛", ";") and k + 1 < s1 and (
                    self.lex.speech.match(self.keys, k + 1) or self.keys[k + 1] in _CLAUSE_MA):
                return k  # "، مطالبا مجلس الأمن", "، ما دفع الجزائر": the speaker's or the text's next clause
            if self.keys[k] in ("،", ",", "؛", ";") and self._verb_opens_after(k, s1):
                return k  # "، في وقت شن طيران التحالف غارات": a clause of its own, with its own verb
            if self.keys[k] in ("،", ",", "؛", ";") and k + 1 < s1:
                nxt = self.keys[k + 1]
                if nxt.startswith("و") and not self.ctx.mention_at(k + 1) and not self.ctx.is_weekday_or_date(k + 1) \
                        and not self._w_noun(k + 1):
                    return k
        return s1

    def _verb_opens_after(self, k: int, s1: int) -> bool:
        """A past verb of an act comes two or three words after the comma at k, none of them a name or a definite
        word ("، في وقت شن", "، في حين قصفت"): the words open a clause of their own."""
        for t in range(k + 2, min(s1, k + 4)):
            if any(self.ctx.mention_at(x) or self.keys[x].startswith("ال") or not self.keys[x][:1].isalpha()
                   for x in range(k + 1, t)):
                return False
            hit = self.lex.actions.match(self.keys, t)
            if hit and any(p["kind"] == "verb" for p in hit[2]):
                return True
        return False

    def _conjoined_verb(self, k: int) -> bool:
        """و/ف on a listed verb of speech or action (a verb, not a verbal noun: "ونطالب", "وقال")."""
        if self.ctx.mention_at(k):
            return False
        for index in (self.lex.actions, self.lex.speech):
            m = index.match(self.keys, k)
            if m and m[1] in ("و", "ف") and any(pl.get("kind", "verb") in ("verb", "present") for pl in m[2]):
                return True
        return False

    def _conjunction_at(self, k: int) -> bool:
        """The word at k opens with the conjunction و: a mention read with that clitic ("وقوات صالح"), or another
        word written with it; not a name or noun whose first letter is و ("وزارة الصحة", "وفد"), nor و + a ب phrase
        ("وبشدة", an adverb)."""
        m = self.ctx.mention_at(k)
        if m is not None:
            return m.proclitic.startswith("و")
        return self.keys[k].startswith("و") and not self.keys[k].startswith("وب") and not self._w_noun(k)

    def _w_noun(self, k: int) -> bool:
        """"وفد", "وزير": a noun that starts with و, not a conjunction opening a clause."""
        return self._role_at(k, "wnoun")

    def _role_at(self, k: int, role: str, clitics: bool = False, phrase: bool = False) -> bool:
        """Whether the word at k is listed in action_context.tsv with that role (with و/ف before it if clitics);
        with `phrase`, a phrase of several words opening at k counts too ("على هامش", "تعقيبا على")."""
        m = self.lex.action_context.match(self.keys, k, clitics=clitics)
        return bool(m and (m[0] == 1 or phrase) and m[1] in ("", "و", "ف") and any(pl["role"] == role for pl in m[2]))

    def _content_start(self, i: int, s0: int) -> int:
        st = self._statement_of(i)
        if st is None:
            return s0
        off = st.content_span.begin
        return next((k for k in range(s0, i + 1) if self.toks[k].span.begin >= off), s0)

    def _statement_of(self, i: int) -> Statement | None:
        off = self.toks[i].span.begin
        return next((st for st in self.statements if st.content_span.begin <= off < st.content_span.end), None)

    def _masdar(self, s0: int, i: int) -> bool:
        tok = self.keys[i]
        if i > s0 and self.keys[i - 1] in _PREPOSITIONS:
            return True
        before = self.keys[i - 1] if i > s0 else ""
        if before in _NOUN_GOVERNORS or before[:1] in ("و", "ف") and before[1:] in _NOUN_GOVERNORS:
            return True  # "أمام حشد من أنصاره", "هناك حشد للحوثيين": a noun stands there
        if tok[:1] == "و" and not tok[1:].startswith("ال") and self._after_governed_masdar(s0, i):
            return True  # "تمكنت من تدمير ثلاثة أطقم تابعة للحوثيين وقتل القيادي": the second of two verbal nouns
        return tok[:1] in "لب" and not tok.startswith(_NOT_BI_CLITIC)

    def _after_governed_masdar(self, s0: int, i: int) -> bool:
        """A verbal noun right after a preposition a few words back, its object between, no comma, verb or name of an
        actor in the way: the word on «و» after them is coordinated with it (a verbal noun of the same shape, "من
        تدمير ... وقتل"). The noun is a listed trigger or has the shape of form II's («تفعيل»)."""
        for t in range(i - 1, max(s0, i - 7), -1):
            tok = self.keys[t]
            if tok in ("،", ",", ".", ":", "؛") or tok in _THAT or tok[:1] == "و" and t < i - 1:
                return False
            if self.ctx.mention_at(t) is not None and self.ctx.mention_at(t).type in ACTOR_TYPES and \
                    not self.ctx.mention_at(t).proclitic:
                return False
            if t > s0 and self.keys[t - 1] in _PREPOSITIONS and not tok.startswith("ال") and \
                    self.ctx.mention_at(t) is None and (
                        len(tok) == 5 and tok[0] == "ت" and tok[3] == "ي" or
                        any(pl["kind"] == "noun" for pl in (self.lex.actions.match(self.keys, t) or (0, "", []))[2])):
                return True
        return False

    def _explicit_other_subject(self, j: int, end: int) -> bool:
        k = j
        while k < end and (self.keys[k] in SKIP or self.ctx.is_weekday_or_date(k)):
            k += 1
        if k >= end or self.ctx.mention_at(k) or self.ctx.anaphor(k):
            return False
        tok = self.keys[k]
        if tok.isdigit() or self.lex.qualifiers.match(self.keys, k) or tok in _SOME:
            return True
        return (tok not in _PREPOSITIONS and tok not in _NO_SUBJECT
                and not (self._role_at(k, "object") and not (k + 1 < end and self.keys[k + 1].startswith("ال")))
                # "فنفى ذلك": what was denied, not who denied it; "يتهم هذا القائد": a subject
                and not tok.startswith(("ل", "ب")) and tok not in _FUNCTION_WORDS)

    def _first_party(self, j: int, first: int) -> bool:
        """The first actor after "بين" is the first party: a few words of description may come before it ("بين
        الرئيسين الفرنسي فرانسوا هولاند"), but no second party («وأعضاء»), preposition or time word ("بين الطرفين منذ
        زحف الحوثيين")."""
        return first - j <= _BETWEEN_GAP and not any(
            k[:1] == "و" or k in _PREPOSITIONS or k in _FUNCTION_WORDS or k in _NOT_PARTY or
            self.lex.actions.match(self.keys, x)
            for x, k in enumerate(self.keys[j:first], j))

    def _between(self, i: int, n: int, end: int) -> tuple[str, str] | None:
        """"اشتباكات بين X وY", "اتفاق لوقف إطلاق النار في غزة بين X وY": the two parties, within the clause."""
        stop = self._clause_end(i + n, end)
        for j in range(i + n - 1, min(stop, i + n + 6)):
            if self.keys[j] == _BETWEEN:
                acts = self._actors(j + 1, min(stop, j + 10))
                if _SIDE in self.keys[j + 1:min(stop, j + 16)]:
                    return None  # "بين X وY من جهة وZ من جهة أخرى": X and Y are one side
                if len(acts) >= 2 and self._first_party(j + 1, acts[0].first):
                    return acts[0].key, acts[1].key
                return None  # "اشتباكات بين الطرفين منذ زحف الحوثيين وقوات صالح": the parties are not named here
            m = self.ctx.mention_at(j) if j >= i + n else None
            if j >= i + n and (self.lex.actions.match(self.keys, j) or m and m.type in ACTOR_TYPES):
                return None  # another event or a party comes first
        return None

    def _speaker_of(self, i: int) -> str | None:
        st = self._statement_of(i)
        return st.speaker if st else None

    def _speaker_is(self, key: str, i: int) -> bool:
        """"قال X إنه دعا": X before the complementizer is the speaker; "أبلغ سلام المجلس أنه تلقى": the council
        is the one told, not the subject of what follows."""
        st = self._statement_of(i) or self._statement_around(i)
        return st is not None and key == st.speaker

    def _statement_around(self, i: int) -> Statement | None:
        off = self.toks[i].span.begin
        return next((st for st in self.statements if st.evidence.begin <= off < st.evidence.end), None)

    def _statement_date(self, i: int):
        st = self._statement_around(i)
        return st.date if st else None


def unnamed_subject_opens(ctx: DocContext, lex: Lexicons, s0: int, i: int, governed) -> bool:
    """The sentence opens with a noun phrase no entity names, after «كان» or, before a present verb, as its first
    two words or more, and the verb at i follows it ("وكان زعيم الحزب المقرب من الأكراد في تركيا صلاح الدين دمرتاش
    دعا الحكومة التركية", "الاتحاد الدولي للصحفيين يطالب الحوثيين"): that phrase is the verb's subject, so an actor
    named after the verb is its object, not its subject. Actors inside the phrase are genitives of a preposition («في
    تركيا»); no break, cue or verb of an act between; no date, anaphor, preposition or function word at its head
    («الأحد قصفت الطائرات», «الجانبان اتفقا», «إلى ذلك قال»). A past verb after words that open the sentence is as
    often the first verb after a subheading the text runs on from («العواقب الأوروبية قال رئيس وزراء مالطا»).
    `governed(mention)`: is the mention the object of a preposition."""
    keys = ctx.keys
    if keys[i][:1] in ("و", "ف"):
        return False
    k = s0
    while k < i and keys[k] in QUOTES:
        k += 1
    kana = lex.action_context.match(keys, k, clitics=True) if k < i else None
    if kana and kana[0] == 1 and kana[1] in ("", "و", "ف") and any(pl["role"] == "kana" for pl in kana[2]):
        k += 1
    elif k + 2 > i or not keys[k].startswith("ال") or keys[i][:1] not in ("ي", "ت"):
        return False
    if not k < i <= k + 12 or ctx.mention_at(k) or ctx.anaphor(k) is not None or keys[k] in _FUNCTION_WORDS or \
            keys[k] in _BREAKS or keys[k] in _PREPOSITIONS or ctx.is_weekday_or_date(k) or not keys[k][:1].isalpha():
        return False
    for t in range(k, i):
        if keys[t] in _BREAKS or keys[t] in QUOTES or lex.actions.match(keys, t) or lex.speech.match(keys, t) or \
                ctx.is_weekday_or_date(t):
            return False
        m = ctx.mention_at(t)
        if m is not None and m.type in ACTOR_TYPES and not governed(m):
            return False
    return True
