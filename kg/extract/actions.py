"""Who did what to whom: PLOVER-typed events between actors.

Verb triggers take the subject after them (VSO) or right before them (SVO), and the target from the verb's
preposition or the next actor; nominal triggers take the nearest actor before them, or "بين X وY". Negated
triggers (لم، لن، لا، عدم) are not coded as events that happened.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.extract.mentions import RawMention
from kg.lexicon import clitic_variants, lexicons
from kg.model import Action, Span, Statement

_NEGATORS = {"لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "يجب"}
_ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
_SKIP = {"،", ",", '"', "ايضا", "كذلك", "قد", "فعلا", "رسميا"}
_INTRANSITIVE = {"RETREAT", "PROTEST", "MOBILIZE"}
_HOSTILE = {"ACCUSE", "THREATEN", "REJECT", "SANCTION", "COERCE"}
_VICTIMS = ("_civilians", "_refugees", "_hostages")
_CLAUSE_OPENERS = {"حيث", "فيما", "بينما", "لكن", "التي", "الذي", "الذين", "عندما", "بعدما", "؛", "."}
_NEEDS_TARGET = {"SUPPORT", "CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION"}
_SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
_FUNCTION_WORDS = {"قد", "لقد", "كما", "حيث", "اذ", "امس", "اليوم", "الان", "بعد", "قبل"}
_CONJ_NUMBER = re.compile(r"^و?\d+$")
_PREPOSITIONS = {"في", "الي", "من", "علي", "عن", "مع", "ب", "ل", "بين", "حول", "ضد", "لدي", "عبر", "خلال"}


class ActionExtractor:
    def __init__(self, ctx: DocContext, skip_sentences: set[int], statements: list[Statement]):
        self.ctx = ctx
        self.keys = ctx.keys
        self.toks = ctx.analysis.tokens
        self.lex = lexicons()
        self.skip = skip_sentences
        self.statements = statements
        self.out: list[Action] = []
        self.last_actor: str | None = None
        self.last_pair: tuple[str, str] | None = None
        from kg.extract.mentions import _stopwords

        self._stop = _stopwords()

    def _actors(self, start: int, end: int) -> list[RawMention]:
        return [m for m in self.ctx.mentions_in(start, end) if m.type in _ACTOR_TYPES]

    def _subject_after(self, j: int, end: int) -> RawMention | None:
        k = j
        while k < end and (self.keys[k] in _SKIP or self.ctx.is_weekday_or_date(k)):
            k += 1
        m = self.ctx.mention_at(k)
        if m and m.type in _ACTOR_TYPES:
            nxt = self.ctx.mention_at(m.last)
            if m.type == "State" and nxt and nxt.type == "Person":
                return nxt
            return m
        return None

    def _governed(self, m: RawMention) -> bool:
        """Is the mention the object of a preposition ("لقوات الأمن", "في القنصلية")?"""
        if m.first > 0 and self.keys[m.first - 1] in _PREPOSITIONS:
            return True
        return m.prefix[-1:] in ("ب", "ل", "ك") if m.prefix else False

    def _clause_subject(self, s0: int, i: int) -> RawMention | None:
        return next((m for m in self._actors(s0, i) if not self._governed(m)), None)

    def _subject_before(self, s0: int, i: int) -> tuple[RawMention | None, RawMention | None]:
        """An actor ending right before the trigger (SVO), and the one coordinated with it ("بوتين وتوكاييف")."""
        before = [m for m in self._actors(s0, i) if m.last >= i - 2 and not self._governed(m)]
        if not before:
            return None, None
        last = before[-1]
        if self.keys[last.first].startswith("و"):
            earlier = [m for m in self._actors(s0, last.first) if m.last >= last.first - 2]
            if earlier:
                return earlier[-1], last
        return last, None

    def _target(self, j: int, end: int, prep: str | None, actor: str | None, ptype: str = "") -> str | None:
        for m in self._actors(j, min(end, j + 14)):
            if m.key == actor:
                continue
            if ptype in _HOSTILE and any(m.key.endswith(v) for v in _VICTIMS):
                continue  # "ندد باستهداف المدنيين": the victims are not the accused
            if prep:
                preps = {p for p, _s in clitic_variants(self.keys[m.first])}
                before = self.keys[m.first - 1] if m.first else ""
                if not (before == prep or any(p.endswith(prep) for p in preps if p) or len(prep) == 1 and
                        self.keys[m.first].startswith(prep)):
                    continue
            return m.key
        return None

    def _negated(self, s0: int, i: int) -> bool:
        return any(self.keys[k] in _NEGATORS or self.keys[k][:1] in "وف" and self.keys[k][1:] in _NEGATORS
                   for k in range(max(s0, i - 2), i))

    def run(self) -> list[Action]:
        for si, sent in enumerate(self.ctx.analysis.sentences):
            if si in self.skip:
                continue
            s0, s1 = self.ctx.bounds(sent)
            sentence_actor: str | None = None
            i = s0
            while i < s1:
                m = self.lex.actions.match(self.keys, i)
                if not m:
                    i += 1
                    continue
                n, _prefix, payloads = m
                p = payloads[0]
                if self._negated(s0, i) or p["kind"] == "passive" or _passive(self.toks[i].text):
                    i += n
                    continue
                found = self._participants(p, i, n, s0, s1, sentence_actor)
                if not found:
                    i += n
                    continue
                for actor, target, tstart in found:
                    self._add(p, i, n, s0, s1, actor, target, tstart)
                sentence_actor = self.last_actor = found[0][0]
                if found[0][1] is not None:
                    self.last_pair = (found[0][0], found[0][1])
                i += n
        return _dedupe(self.out)

    def _participants(self, p: dict, i: int, n: int, s0: int, s1: int, sentence_actor: str | None,
                      ) -> list[tuple[str, str | None, int]]:
        """(actor, target, where the target search starts) for one trigger; several for joint statements."""
        kind, ptype = p["kind"], p["type"]
        if kind in ("verb", "present") and self._masdar(s0, i):
            kind = "noun"  # "إلى دعم الحكومة": a verbal noun after a preposition
        actor = target = None
        tstart = i + n
        a, co = self._subject_before(s0, i)
        if a and self._counted(a):
            return []  # "26 متظاهرا قتلوا": a count of people is not an actor
        if kind in ("verb", "present"):
            if a and not self.keys[i].startswith(("و", "ف")):
                actor, target = a.key, (co.key if co else None)  # SVO: "قوات الأمن اعتقلت"
            elif subj := self._subject_after(i + n, s1):
                actor, tstart = subj.key, subj.last
            elif self.keys[i].endswith(("ا", "وا")) and self.last_pair:
                actor, target = self.last_pair  # "أجريا محادثة ... واتفقا": the same two parties
            elif self._explicit_other_subject(i + n, s1):
                return []  # "قتل 18 فرداً", "واعتقل أكثر من 3800 شخص": the subject is not an actor
            elif a:
                actor, target = a.key, (co.key if co else None)
            else:
                actor = sentence_actor or self._speaker_of(i) or self.last_actor
        else:
            between = self._between(i, n, s1)
            genitive = self.ctx.mention_at(i + n) if ptype in _INTRANSITIVE else None
            agent = self._agent(i + n, s1)
            if between:
                actor, target = between
            elif agent:
                actor = agent  # "لهجوم من قبل X"
            elif self._suffered(s0, i):
                return []  # "تعرضت لهجوم": no agent named
            elif genitive and genitive.type in _ACTOR_TYPES:
                actor, tstart = genitive.key, genitive.last  # "استقالة الحكومة": the government resigns
            elif ptype == "PROTEST":
                actor = a.key if a and self._type(a.key) == "Group" else None
            elif a:
                actor, target = a.key, (co.key if co else None)
            else:
                cs = self._clause_subject(self._content_start(i, s0), i)
                actor = sentence_actor or (cs.key if cs else None) or self._speaker_of(i)
        if ptype == "PROTEST" and (actor is None or self._type(actor) == "State") and self.ctx.focus:
            actor = f"{self.ctx.focus}_protesters"
            self._ensure_group(actor)
        if actor is None:
            return []
        if target is None:
            target = self._target(tstart, self._clause_end(tstart, s1), p["target"], actor, ptype)
        if target is None and ptype in _NEEDS_TARGET:
            return []
        found = [(actor, target, tstart)]
        st = self._statement_of(i)
        if st is not None and actor == st.speaker:
            found += [(co_speaker, target, tstart) for co_speaker in st.co_speakers]
            if ptype in _SYMMETRIC and target is None:
                group = [st.speaker, *st.co_speakers]
                found = [(x, y, tstart) for k, x in enumerate(group) for y in group[k + 1:]]
        return found

    def _add(self, p: dict, i: int, n: int, s0: int, s1: int, actor: str, target: str | None, tstart: int) -> None:
        when = date_in(self.keys, max(s0, i - 6), min(s1, i + n + 8), self.ctx.published)
        if when is None:
            when = self._statement_date(i)
        ev = Span(self.toks[max(s0, i - 1)].span.begin, self.toks[min(s1, tstart + 3) - 1].span.end)
        trig = Span(self.toks[i].span.begin, self.toks[i + n - 1].span.end)
        self.out.append(Action(actor, p["type"], ev, self.ctx.analysis.text[trig.begin:trig.end], target, when))

    def _type(self, key: str | None) -> str | None:
        ent = self.ctx.entities.get(key or "")
        return ent.type if ent else None

    def _counted(self, m: RawMention) -> bool:
        prev = self.keys[m.first - 1] if m.first > 0 else ""
        return bool(prev) and _CONJ_NUMBER.match(prev) is not None

    def _agent(self, j: int, end: int) -> str | None:
        for k in range(j, min(end - 2, j + 4)):
            if self.keys[k] == "من" and self.keys[k + 1] == "قبل":
                m = self._subject_after(k + 2, end)
                return m.key if m else None
        return None

    def _suffered(self, s0: int, i: int) -> bool:
        return any(self.keys[k].startswith(("تعرض", "يتعرض", "وتعرض")) for k in range(max(s0, i - 2), i))

    def _clause_end(self, j: int, s1: int) -> int:
        """Targets are looked for in the trigger's clause: up to a conjunction or relative word that opens the
        next clause ("، حيث", "، وقال", "التي"), not past a comma that only sets off a date or a name."""
        for k in range(j, s1):
            if k > j and self.keys[k] in _CLAUSE_OPENERS:
                return k
            if self.keys[k] in ("،", ",", "؛", ";") and k + 1 < s1:
                nxt = self.keys[k + 1]
                if nxt.startswith("و") and not self.ctx.mention_at(k + 1) and not self.ctx.is_weekday_or_date(k + 1):
                    return k
        return s1

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
        return tok[:1] in "لب" and not tok.startswith(("بحث", "بدا"))

    def _explicit_other_subject(self, j: int, end: int) -> bool:
        k = j
        while k < end and (self.keys[k] in _SKIP or self.ctx.is_weekday_or_date(k)):
            k += 1
        if k >= end or self.ctx.mention_at(k) or self.ctx.anaphor(k):
            return False
        tok = self.keys[k]
        if tok.isdigit() or self.lex.qualifiers.match(self.keys, k):
            return True
        return (tok not in _PREPOSITIONS and tok not in (":", '"', "ان", "انه", "انها", "ايضا", "فيه", "فيها")
                and not tok.startswith(("ل", "ب")) and tok not in _FUNCTION_WORDS)

    def _between(self, i: int, n: int, end: int) -> tuple[str, str] | None:
        j = i + n - 1 if self.keys[i + n - 1] == "بين" else i + n
        if j < end and self.keys[j] == "بين":
            acts = self._actors(j + 1, min(end, j + 10))
            if len(acts) >= 2:
                return acts[0].key, acts[1].key
        return None

    def _speaker_of(self, i: int) -> str | None:
        off = self.toks[i].span.begin
        for st in self.statements:
            if st.content_span.begin <= off < st.content_span.end:
                return st.speaker
        return None

    def _statement_date(self, i: int):
        off = self.toks[i].span.begin
        for st in self.statements:
            if st.evidence.begin <= off < st.evidence.end:
                return st.date
        return None

    def _ensure_group(self, key: str) -> None:
        from kg.model import Entity

        if key not in self.ctx.entities:
            self.ctx.entities[key] = Entity(key, "Group", "المحتجون", "protesters", country=self.ctx.focus)


def _passive(word: str) -> bool:
    """Written passive voice: a damma on the first radical (اعتُقِل، قُتل، أُوقِف)."""
    head = word[:5]
    return "\u064f" in head and not word.startswith(("ي", "ت"))


def _dedupe(actions: list[Action]) -> list[Action]:
    seen: dict[tuple, Action] = {}
    for a in actions:
        sig = (a.actor, a.type, a.target)
        if a.type in ("CONSULT", "AGREE", "COOPERATE"):
            sig = (frozenset((a.actor, a.target)), a.type)
        if sig not in seen:
            seen[sig] = a
        elif seen[sig].date is None and a.date is not None:
            seen[sig] = a
    return list(seen.values())


def extract_actions(ctx: DocContext, skip_sentences: set[int], statements: list[Statement]) -> list[Action]:
    return ActionExtractor(ctx, skip_sentences, statements).run()
