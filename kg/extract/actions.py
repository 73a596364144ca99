"""Who did what to whom: PLOVER-typed events between actors.

Verb triggers take the subject after them (VSO) or right before them (SVO), and the target from the verb's
preposition or the next actor; nominal triggers take the nearest actor before them, or "بين X وY". Negated
triggers (لم، لن، لا، عدم) are not coded as events that happened.
"""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.extract.mentions import RawMention
from kg.lexicon import clitic_variants, lexicons
from kg.model import Action, Span, Statement

_NEGATORS = {"لم", "لن", "لا", "ما", "ليس", "عدم", "دون", "بدون", "يجب"}
_ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
_SKIP = {"،", ",", '"', "ايضا", "كذلك", "قد", "فعلا", "رسميا"}
_INTRANSITIVE = {"RETREAT", "PROTEST", "MOBILIZE"}
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
        return any(p and p[-1] in "بلك" for p, _s in clitic_variants(self.keys[m.first])[1:]
                   if self.keys[m.first][len(p):len(p) + 2] != "ال" or p.endswith("ال"))

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

    def _target(self, j: int, end: int, prep: str | None, actor: str | None) -> str | None:
        for m in self._actors(j, min(end, j + 14)):
            if m.key == actor:
                continue
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
                actor = target = None
                tstart = i + n
                kind = p["kind"]
                if kind in ("verb", "present") and self._masdar(s0, i):
                    kind = "noun"  # "إلى دعم الحكومة": a verbal noun after a preposition
                if kind in ("verb", "present") and self._explicit_other_subject(i + n, s1):
                    i += n  # "قتل 18 فرداً": the subject is not an actor
                    continue
                if kind in ("verb", "present"):
                    subj = self._subject_after(i + n, s1)
                    if subj:
                        actor, tstart = subj.key, subj.last
                    else:
                        a, co = self._subject_before(s0, i)
                        if a:
                            actor, target = a.key, (co.key if co else None)
                        elif self.keys[i].endswith(("ا", "وا")) and self.last_pair:
                            actor, target = self.last_pair  # "أجريا محادثة ... واتفقا": the same two parties
                        else:
                            actor = sentence_actor or self._speaker_of(i) or self.last_actor
                else:
                    between = self._between(i + n, s1)
                    genitive = self.ctx.mention_at(i + n) if p["type"] in _INTRANSITIVE else None
                    if between:
                        actor, target = between
                    elif genitive and genitive.type in _ACTOR_TYPES:
                        actor, tstart = genitive.key, genitive.last  # "استقالة الحكومة": the government resigns
                    else:
                        a, co = self._subject_before(s0, i)
                        if a:
                            actor, target = a.key, (co.key if co else None)
                        else:
                            cs = self._clause_subject(s0, i)
                            actor = sentence_actor or (cs.key if cs else None) or self._speaker_of(i)
                if p["type"] == "PROTEST" and (actor is None or self.ctx.entities.get(actor) is not None
                                               and self.ctx.entities[actor].type == "State") and self.ctx.focus:
                    actor = f"{self.ctx.focus}_protesters"
                    self._ensure_group(actor)
                if actor is None:
                    i += n
                    continue
                if target is None:
                    target = self._target(tstart, s1, p["target"], actor)
                sentence_actor = actor
                self.last_actor = actor
                if target is not None:
                    self.last_pair = (actor, target)
                when = date_in(self.keys, max(s0, i - 6), min(s1, i + n + 8), self.ctx.published)
                if when is None:
                    when = self._statement_date(i)
                ev = Span(self.toks[max(s0, i - 1)].span.begin, self.toks[min(s1, tstart + 3) - 1].span.end)
                trig = Span(self.toks[i].span.begin, self.toks[i + n - 1].span.end)
                self.out.append(Action(actor, p["type"], ev, self.ctx.analysis.text[trig.begin:trig.end], target,
                                       when))
                i += n
        return _dedupe(self.out)

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
        return tok.isdigit() or (tok not in _PREPOSITIONS and tok not in (":", '"', "ان", "انه") and
                                 not tok.startswith(("ل", "ب")) and tok not in self._stop)

    def _between(self, j: int, end: int) -> tuple[str, str] | None:
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
