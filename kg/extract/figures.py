"""Reported figures: counts of killed, injured, arrested... with their qualifier, reporter and date.

Numbers are digits (Arabic-Indic digits are normalized), number words (ألف، عشرين ألف) or both (7 آلاف و939).
The measure is the word after the number (18 قتيلا) or the nearest trigger before it (توقيف 4266 شخصاً).
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.lexicon import clitic_variants, lexicons, match_key
from kg.model import Figure, Span, Statement

_DIGITS = re.compile(r"^\d+(?:[.,٫٬]\d{3})*$")
_CONJ_DIGITS = re.compile(r"^و(\d+)$")
_NOT_COUNTS = {"عام", "عاما", "عامًا", "سنه", "سنوات", "سنين", "عمر", "ساعه", "ساعات", "دقيقه", "دقائق", "بالمئه",
               "بالمائه", "%", "دولار", "دولارا", "يورو", "كيلومتر", "كلم", "متر", "مليار", "شهر", "شهرا",
               "اشهر", "درجه", "طن", "برميل", "ميجاوات", "صباحا", "مساء"}
_REPORT_VERBS = ("افاد", "اعلن", "ذكر", "قال")


class FigureExtractor:
    def __init__(self, ctx: DocContext, skip_sentences: set[int], statements: list[Statement]):
        self.ctx = ctx
        self.keys = ctx.keys
        self.toks = ctx.analysis.tokens
        self.lex = lexicons()
        self.skip = skip_sentences
        self.statements = statements
        self.last_reporter: str | None = None

    def _word_value(self, i: int) -> tuple[int, bool] | None:
        for _p, stem in clitic_variants(self.keys[i]):
            hit = self.lex.numbers.get(stem)
            if hit:
                return hit
        return None

    def number_at(self, i: int, end: int) -> tuple[int, int] | None:
        """(value, tokens used) of a number expression starting at token i."""
        k = self.keys[i]
        if (cm := _CONJ_DIGITS.match(k)) and i:  # "18 قتيلا و748 جريحا"
            k = cm[1]
        if _DIGITS.match(k):
            value = int(re.sub(r"[.,٫٬]", "", k))
        else:
            w = self._word_value(i)
            if not w:
                return None
            value, is_scale = w
            # "آلاف" alone is vague; "ألف" alone is 1000
            if is_scale and k.endswith("لاف") and not (i and _DIGITS.match(self.keys[i - 1])):
                return None
        j = i + 1
        scale = 0
        if j < end and (w := self._word_value(j)) and w[1]:
            value *= w[0]
            scale = w[0]
            j += 1
        while j < end and (m := _CONJ_DIGITS.match(self.keys[j])):
            part = int(m[1])
            j += 1
            # "خمسة ملايين و630 ألفا": a smaller scale after the added part multiplies it
            if j < end and (w := self._word_value(j)) and w[1] and (not scale or w[0] < scale):
                part *= w[0]
                scale = w[0]
                j += 1
            value += part
            if not scale or part < 1000:
                break
        return value, j - i

    def _measure_after(self, j: int, end: int) -> tuple[str, int] | None:
        for k in range(j, min(end, j + 3)):
            if k > j and self.keys[k][:1] == "و" and not self.lex.measures.get(match_key(self.keys[k])):
                break  # "ثلاثة عمال وقتلوا حارسين": a conjunction opens the next clause
            for _p, stem in clitic_variants(self.keys[k]):
                hit = self.lex.measures.get(match_key(stem))
                if hit and hit[1] in ("after", "dual"):
                    return hit[0], k
        return None

    def _measure_before(self, s0: int, i: int) -> str | None:
        for k in range(i - 1, max(s0, i - 10) - 1, -1):
            if self.number_at(k, i) and k < i - 1:
                return None
            for _p, stem in clitic_variants(self.keys[k]):
                hit = self.lex.measures.get(match_key(stem))
                if hit and hit[1] == "before":
                    return hit[0]
        return None

    def _qualifier(self, s0: int, i: int, j: int, end: int) -> str | None:
        for start in range(max(s0, i - 4), i):
            m = self.lex.qualifiers.match(self.keys, start)
            if m and start + m[0] == i:
                return m[2][0]["qualifier"]
        for start in range(j, min(end, j + 4)):
            m = self.lex.qualifiers.match(self.keys, start)
            if m and m[2][0]["qualifier"] == "at_least":
                return "at_least"
        return None

    def _is_not_count(self, i: int, j: int, end: int) -> bool:
        nxt = self.keys[j] if j < end else ""
        if nxt == "في":  # "في المئة" is a percentage, "748 في أعمال الشغب" a count
            return j + 1 < end and self.keys[j + 1] in ("المئه", "المائه")
        if nxt in _NOT_COUNTS or self.lex.months.match(self.keys, j, clitics=False):
            return True
        k = self.keys[i]
        return bool(_DIGITS.match(k)) and len(k) == 4 and k.startswith(("19", "20")) and not self._measure_after(j, end)

    def _reporter(self, i: int, s0: int, s1: int) -> tuple[str | None, object]:
        off = self.toks[i].span.begin
        # the statement whose reported words hold the figure, else one whose sentence does
        for st in self.statements:
            if st.content_span.begin <= off < st.content_span.end:
                return st.speaker, st.date
        for st in self.statements:
            if st.evidence.begin <= off < st.evidence.end and st.kind == "indirect":
                return st.speaker, st.date
        # "كما أفادت وزارة الداخلية" after the figures
        for k in range(s0, s1):
            if any(s.startswith(_REPORT_VERBS) for _p, s in clitic_variants(self.keys[k])):
                m = self.ctx.mention_at(k + 1)
                if m and m.type != "Place":
                    return m.key, None
        return None, None

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        prev_sentence_reporter: tuple[int, str | None, object] = (-5, None, None)
        for si, sent in enumerate(self.ctx.analysis.sentences):
            if si in self.skip:
                continue
            s0, s1 = self.ctx.bounds(sent)
            i = s0
            while i < s1:
                num = self.number_at(i, s1)
                dual = None
                if not num:
                    for _p, stem in clitic_variants(self.keys[i]):
                        hit = self.lex.measures.get(match_key(stem))
                        if hit and hit[1] == "dual":
                            dual = hit[0]
                    if dual:
                        num = (2, 1)
                    else:
                        i += 1
                        continue
                value, n = num
                j = i + n
                if dual:
                    measure = dual
                    counted_end = j
                elif self._is_not_count(i, j, s1):
                    i = j
                    continue
                else:
                    after = self._measure_after(j, s1)
                    if after:
                        measure, counted_end = after[0], after[1] + 1
                    else:
                        measure = self._measure_before(s0, i)
                        counted_end = min(s1, j + 2)
                        if any(self.number_at(k, s1) for k in range(j, counted_end)):
                            counted_end = j  # "مقتل 13 وإصابة 353": the next count is not what 13 counts
                    if measure is None:
                        i = j
                        continue
                reporter, when = self._reporter(i, s0, s1)
                if reporter is None and prev_sentence_reporter[0] >= si - 1:
                    reporter, when = prev_sentence_reporter[1], prev_sentence_reporter[2]
                if when is None:
                    when = date_in(self.keys, s0, s1, self.ctx.published) if reporter else None
                text = self.ctx.analysis.text
                ev = Span(self.toks[max(s0, i - 2)].span.begin, self.toks[max(counted_end, j) - 1].span.end)
                counted = text[self.toks[j].span.begin:self.toks[counted_end - 1].span.end] if counted_end > j else ""
                out.append(Figure(value, measure, ev, counted.strip(' ،,"'), reporter, when,
                                  self._qualifier(s0, i, j, s1)))
                if reporter:
                    prev_sentence_reporter = (si, reporter, when)
                i = max(j, counted_end)
        return _dedupe(out)


def _dedupe(figures: list[Figure]) -> list[Figure]:
    seen: set[tuple] = set()
    out = []
    for f in figures:
        sig = (f.value, f.measure, f.reporter)
        if sig not in seen:
            seen.add(sig)
            out.append(f)
    return out


def extract_figures(ctx: DocContext, skip_sentences: set[int], statements: list[Statement]) -> list[Figure]:
    return FigureExtractor(ctx, skip_sentences, statements).run()
