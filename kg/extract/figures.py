"""Reported figures: counts of killed, injured, arrested... with their qualifier, reporter and date.

Numbers are digits (Arabic-Indic digits are normalized), number words (ألف، عشرين ألف، ثلاثة عشر) or both
(7 آلاف و939). What a number counts is decided in this order (the words are in kg/data/lexicon/measures.tsv):
an event word after it (18 قتيلا), the nearest trigger before it (توقيف 4266 شخصاً), the count it is coordinated
with or is a part of (مقتل 844 مدنيا و488 عسكريا، مقتل 22 شخصا بينهم 21 سائحا), and last the noun naming the
people counted (500 متظاهر). Durations are days and weeks (4 أيام، بعد أسبوع، الأسابيع الثلاثة).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import attrgetter

from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.lexicon import DATA, clitic_variants, lexicons, match_key, read_tsv, words
from kg.model import Figure, Span, Statement
from kg.positions import positions_of
from kg.spellings import UNKNOWN, owners, records
from kg.text.normalize import norm, orthography


@cache
def _context() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in read_tsv(DATA / "lexicon" / "figure_context.tsv"):
        out.setdefault(row["role"], set()).add(match_key(norm(row["form"])))
    return out


def _one(role: str) -> str:
    """The single word of a grammatical role in figure_context.tsv (the conjunction, a preposition)."""
    (word,) = _context()[role]
    return word


_DEC = "".join(c for c, _t in orthography("decimal_separator"))
_SEP = _DEC + "".join(c for c, _t in orthography("thousands_separator"))
_CONJ = _one("conjunction")  # the conjunction prefix و
_ARTICLE = orthography("article")[0][0]
_DIGITS = re.compile(r"^\d+(?:[.," + _SEP + r"]\d{3})*$")
_CONJ_DIGITS = re.compile("^" + _CONJ + r"(\d+(?:[.," + _SEP + r"]\d+)*)$")
# a preposition written onto a number, after the conjunction or not ("لـ240 ألف لاجئ": tatweel is dropped by the
# normalizer, so the token reads ل240)
_CLITIC_DIGITS = re.compile("^" + _CONJ + "?[" + "".join(sorted(_context()["digit_clitic"])) + "]"
                            + r"(\d+(?:[.," + _SEP + r"]\d+)*)$")
_DECIMAL = re.compile(r"^(\d+)[.," + _DEC + r"](\d{1,2})$")
_ARABIC_COMMA = "\u060c"


def _digits_value(text: str) -> float:
    """"630", "2,500" (thousands) or "2,8" (a decimal comma before a scale word: 2.8 million)."""
    dm = _DECIMAL.match(text)
    return float(f"{dm[1]}.{dm[2]}") if dm else int(re.sub(r"[.," + _SEP + "]", "", text))


@cache
def _source_nouns() -> frozenset[str]:
    """Unnamed sources ("شهود عيان", "مصادر محلية"): they give a figure no reporter (statement_words.tsv)."""
    return frozenset(match_key(w) for w in words("statement_words.tsv", "source_noun"))


_OPENS: list = [None, {}]  # the lexicons FigureExtractor._opens answered for, and its answer per spelling
_MEASURES: list = [None, {}]  # the lexicons FigureExtractor._measure answered for, and its answer per spelling
_UNSEEN = object()
_OPENS_FIELD = attrgetter("opens")


class FigureExtractor:
    def __init__(self, ctx: DocContext, skip_sentences: set[int], statements: list[Statement]):
        self.ctx = ctx
        self.keys = ctx.keys
        self.toks = ctx.analysis.tokens
        self.lex = lexicons()
        self.words = _context()
        self._report_verbs = tuple(sorted(self.words["report_verb"]))
        self.skip = skip_sentences
        self.statements = statements

    def _word_value(self, i: int) -> tuple[int, bool] | None:
        for _p, stem in clitic_variants(self.keys[i]):
            hit = self.lex.numbers.get(stem)
            if hit:
                return hit
        return None

    def _measure(self, i: int) -> tuple[str, str] | None:
        """The measure of the first clitic reading of token i that is one; kept per spelling (_MEASURES): the
        figure tests ask it of the same tokens again and again."""
        if _MEASURES[0] is not self.lex or len(_MEASURES[1]) >= 1 << 18:
            _MEASURES[:] = [self.lex, {}]
        key = self.keys[i]
        hit = _MEASURES[1].get(key, _UNSEEN)
        if hit is _UNSEEN:
            measures, hit = self.lex.measures, None
            for _p, stem in clitic_variants(key):  # a loop, not a generator: once per new spelling
                found = measures.get(match_key(stem))
                if found:
                    hit = found
                    break
            _MEASURES[1][key] = hit
        return hit

    def number_at(self, i: int, end: int) -> tuple[int, int] | None:
        """(value, tokens used) of a number expression starting at token i."""
        k = self.keys[i]
        clitic = False
        if (cm := _CONJ_DIGITS.match(k)) and i:  # "18 قتيلا و748 جريحا"
            k = cm[1]
        elif cm := _CLITIC_DIGITS.match(k):  # "لـ240 ألف لاجئ"
            k = cm[1]
            clitic = True
        if (dm := _DECIMAL.match(k)) and i + 1 < end and (w := self._word_value(i + 1)) and w[1]:
            return int(float(f"{dm[1]}.{dm[2]}") * w[0]), 2  # "2.2 مليون"
        if _DIGITS.match(k):
            value = int(re.sub(r"[.," + _SEP + "]", "", k))
        else:
            if i and _DECIMAL.match(self.keys[i - 1]):
                return None  # the scale word of "2.2 مليون" alone is not a million
            w = self._word_value(i)
            if not w:
                return None
            value, is_scale = w
            if is_scale and i and (_DIGITS.match(self.keys[i - 1]) or _CLITIC_DIGITS.match(self.keys[i - 1])):
                return None  # "بـ19 ألف": the scale of the number before it, not a thousand of its own
            # "آلاف" alone is vague; "ألف" alone is 1000
            vague = k.endswith(tuple(self.words["vague_scale_suffix"]))
            if is_scale and vague and not (i and _DIGITS.match(self.keys[i - 1])):
                return None
        j = i + 1
        if value < 10 and j < end and self.keys[j] in self.words["tens"] and not _DIGITS.match(k):
            return value + 10, 2
        scale = 0
        if j < end and (w := self._word_value(j)) and w[1]:
            value *= w[0]
            scale = w[0]
            j += 1
        if not scale and not _DIGITS.match(k) and value >= 1000:
            scale = value  # "مليونا ومئتي ألف", "ألفان وخمسمائة": the number word is its own scale
        words_only = not _DIGITS.match(k)
        while j < end and ((m := _CONJ_DIGITS.match(self.keys[j])) or
                           (scale or words_only) and (w := self._conjoined_word(j)) is not None):
            # "و630", or a number word with و after a number word or a scale ("ثلاثة وعشرون", "مليونا ومئتي ألف")
            part = _digits_value(m[1]) if m else w
            if not m and value < 10 and not (20 <= part < 100 and part % 10 == 0):
                break  # "بين أربعة وستة أسابيع": after a unit only its tens join it ("خمسة وعشرون"), so a range
            j += 1
            # "خمسة ملايين و630 ألفا": a smaller scale after the added part multiplies it
            if j < end and (w := self._word_value(j)) and w[1] and (not scale or w[0] < scale):
                part *= w[0]
                scale = w[0]
                j += 1
            value += part
            if not scale or part < 1000:
                break
        if clitic and not scale and not (j < end and self._measure(j)):
            return None  # "يحتفظون بـ25 منهم": only a count its own noun follows ("لـ240 ألف لاجئ") is read
        return int(value), j - i

    def _conjoined_word(self, j: int) -> int | None:
        """The value of a number word written with و ("ومئتي", "وخمسون"), not of a scale alone ("وآلاف")."""
        if not self.keys[j].startswith("و"):
            return None
        hit = self.lex.numbers.get(self.keys[j][1:])
        return hit[0] if hit and not hit[1] else None

    def _one_of(self, s0: int, i: int) -> bool:
        """أحد/إحدى right after a trigger ("مقتل أحد قيادات التنظيم"); elsewhere "one of" counts nothing."""
        if not any(s in self.words["one_of"] for _p, s in clitic_variants(self.keys[i])) or i == s0:
            return False
        if i + 1 < len(self.keys) and self.keys[i + 1] in self.words["tens"]:
            return False  # "مقتل أحد عشر صحافيا": eleven
        hit = self._measure(i - 1)
        return bool(hit and hit[1] == "before")

    def _measure_after(self, j: int, end: int) -> tuple[str, int] | None:
        if j < end and (raw := self.lex.measures.get(self.keys[j])) and raw[1] == "before":
            return raw[0], j  # "و13 إصابة": the noun of an event right after the number, without a conjunction
        for k in range(j, min(end, j + 3)):
            hit = self._measure(k)
            if k > j and self.keys[k][:1] == _CONJ and not self.lex.measures.get(self.keys[k]):
                break  # "ثلاثة عمال وقتلوا حارسين": a conjunction opens the next clause
            if k > j and self.number_at(k, end):
                break  # "من 10 إلى 15 قتيلا": the event word belongs to the later number
            if hit and hit[1] == "after":
                return hit[0], k
            if hit and k == j and hit[1] == "unit":
                return hit[0], k
            if hit and hit[1] in ("dual", "unit"):
                break  # "7 أشخاص بعد يومين": that word counts something else
        return None

    def _combined_or_ill(self, measure: str, k: int, end: int) -> bool:
        """"66 قتيلا وجريحا" counts the dead and the wounded together; "191 مصابا بداء السكري", "3 وفيات بفيروس
        كورونا" count the sick."""
        nxt = self.keys[k + 1] if k + 1 < end else ""
        if nxt.startswith(_CONJ) and (other := self.lex.measures.get(nxt[1:])) and other[0] != measure:
            return True
        return measure in ("injured", "killed") and any(
            s in self.words["illness"] for t in self.keys[k + 1:min(end, k + 4)] for _p, s in clitic_variants(t))

    def _pair_measure(self, s0: int, i: int, end: int) -> str | None:
        """What happened to two people named by a dual noun: an event word right after it ("شخصان لقيا مصرعهما")
        or a trigger at most three words before it ("مقتل جنديين", "واعتقلت الشرطة شخصين")."""
        for k in range(i + 1, min(end, i + 3)):
            hit = self._measure(k)
            if hit and hit[1] == "after":
                return hit[0]
        for k in range(i - 1, max(s0, i - 3) - 1, -1):
            hit = self._measure(k)
            if hit and hit[1] == "before":
                return hit[0]
            if self.number_at(k, i):
                return None
        return None

    def _people_after(self, s0: int, i: int, j: int, end: int) -> str | None:
        hit = self._measure(j) if j < end else None
        if not hit or hit[1] not in ("people", "attacker"):
            return None
        if hit[1] == "attacker" and not any(  # armed men are attackers only where an attack is named
                s in self.words["attack"] for k in range(max(s0, i - 6), min(end, j + 4))
                for _p, s in clitic_variants(self.keys[k])):
            return None
        if hit[0] == "troops" and not any(  # soldiers are troops only where they are sent or stationed
                s in self.words["deploy"] for k in range(max(s0, i - 8), i) for _p, s in clitic_variants(self.keys[k])):
            return None
        return hit[0]

    def _measure_before(self, s0: int, i: int) -> str | None:
        """The nearest trigger among the 8 words before the number; punctuation and asides in parentheses are not
        counted ("أوقفت في بلدتي X (شرق البلاد) وY (شمالها) 23 شخصا")."""
        words = depth = 0
        for k in range(i - 1, s0 - 1, -1):
            key = self.keys[k]
            if key in (")", "("):
                depth = max(0, depth + (1 if key == ")" else -1))
                continue
            if depth or not any(c.isalnum() for c in key):
                continue
            words += 1
            if words > 8:
                return None
            if words > 1 and self.number_at(k, i) and not self._term_between(k, i):
                return None
            hit = self._measure(k)
            if hit and hit[1] == "before":
                return hit[0]
        return None

    def _term_between(self, k: int, i: int) -> bool:
        """A number at k that counts years or hours before the count at i ("بالسجن بين ثلاث و10 سنوات على 300"):
        a sentence's term, which does not separate the count from its trigger."""
        return any(self.keys[t] in self.words["not_count"] for t in range(k + 1, min(i, k + 4)))

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
        k = self.keys[i].removeprefix(_CONJ)
        adjacent = self._measure(j) if j < end else None
        if (_DIGITS.match(k) and len(k) == 4 and k.startswith(("19", "20"))
                and not (adjacent and adjacent[1] in ("after", "people", "attacker"))):
            return True  # a year: "قتل فيها الآلاف عام 1995 في المدينة", "بين 1993 و2006"
        if ((j + 1 < end and self.keys[j] == "/" and _DIGITS.match(self.keys[j + 1]))
                or (i >= 2 and self.keys[i - 1] == "/" and _DIGITS.match(self.keys[i - 2]))):
            return True  # a date or a ratio: "بتاريخ 5/7/1436"
        if self.keys[i] in self.words["tens"] and i and self.keys[i - 1].startswith(_ARTICLE):
            return True  # the ordinal "في الخامسة عشرة من عمره", not ten
        if j + 1 < end and self.keys[j] in self.words["from"] and self.keys[j + 1] in self.words["age"]:
            return True  # "15 من عمره": an age
        prev = i - 1
        while prev >= 0 and self.keys[prev] in ("(", "«", '"'):
            prev -= 1
        if prev >= 0 and any(s in self.words["label"] for _p, s in clitic_variants(self.keys[prev])):
            return True  # "الفرقة 30", "المادة 298"
        if prev >= 0 and self.keys[prev] in self.words["rate"]:
            return True  # "إصابة لكل 100 امرأة": the base of a rate
        nxt = j
        while nxt < end and self.keys[nxt] in ("/", "-", "(", ")"):
            nxt += 1  # "في بلدة 40 / كيلومترا شمالا"
        word = self.keys[nxt] if nxt < end else ""
        if word in self.words["in"]:  # "في المئة" is a percentage, "748 في أعمال الشغب" a count
            return nxt + 1 < end and self.keys[nxt + 1] in self.words["percent"]
        return word in self.words["not_count"] or bool(self.lex.months.match(self.keys, nxt, clitics=False))

    def _bare_unit(self, s0: int, i: int, end: int) -> tuple[str, int, int] | None:
        """(measure, value, tokens used) of a duration with no digits: "بعد أسبوع" (one), "الأسابيع الثلاثة"."""
        hit = self._measure(i)
        if not hit or hit[1] != "unit":
            return None
        key = self.keys[i]
        definite = any(s.startswith(_ARTICLE) for _p, s in clitic_variants(key))
        if definite:  # "الأسابيع الثلاثة الماضية": the number word follows, with its own article
            nxt = self.keys[i + 1] if i + 1 < end else ""
            w = self.lex.numbers.get(nxt[len(_ARTICLE):]) if nxt.startswith(_ARTICLE) else None
            if not w or w[1]:
                return None
            # a span of time follows a preposition or a duration word ("خلال الأيام الثلاثة") or is placed by an
            # adjective ("الأيام الثلاثة الماضية"); after another noun it names something ("حرب الأيام الستة")
            before = self.keys[i - 1] if i > s0 else ""
            after = self.keys[i + 2] if i + 2 < end else ""
            if not (any(s in self.words["duration"] or s in self.words["span_before"]
                        for _p, s in clitic_variants(before)) or after in self.words["time_adj"]):
                return None
            return hit[0], w[0], 2
        if key not in self.words["bare_unit"]:  # a singular, with no clitic
            return None
        k = i - 1
        if k >= s0 and self.keys[k] in self.words["approx"]:
            k -= 1
        if k < s0 or not any(s in self.words["duration"] for _p, s in clitic_variants(self.keys[k])):
            return None
        if k > s0 and self._measure(k - 1) == hit:
            return None  # "يوما بعد يوم": day after day
        nxt = self.keys[i + 1] if i + 1 < end else ""
        if nxt.startswith(_ARTICLE) or nxt in self.words["not_unit"] or _DIGITS.match(nxt) or nxt in self.lex.weekdays:
            return None  # "قبل يوم الجمعة", "بعد يوم 5 أغسطس"
        if (m := self.ctx.mention_at(i + 1)) and m.type in ("Place", "State", "Organization"):
            return None  # "خلال أسبوع باريس للموضة": a named week or day
        return hit[0], 1, 1

    def _single_value(self, k: int) -> int | None:
        """The value of a number of one token at k: digits, a number word, a dual or a bare unit ("بين أسبوع
        وعشرة أيام")."""
        if (num := self.number_at(k, k + 1)) and num[1] == 1:
            # "لنقطة واحدة إلى 4 أيام": one written out after a noun is an adjective, not a range's end
            return None if num[0] == 1 and not _DIGITS.match(self.keys[k]) else num[0]
        hit = self._measure(k)
        if hit and hit[1] == "dual":
            return 2
        if hit and hit[1] == "unit" and self.keys[k] in self.words["bare_unit"]:
            return 1
        return None

    def _in_range(self, s0: int, end: int, i: int, j: int, value: int, measure: str) -> bool:
        """The number at [i, j) is one end of a range ("بين 3 و5 أيام", "3 إلى 5 أيام", "4 - 5 أيام", "من 28 إلى
        32 يوما"): a range gives no single value. A range climbs; "من 10 إلى 15 قتيلا" of a count is a toll that rose
        to 15, which is kept."""
        keys, to = self.keys, self.words["range_to"]
        duration = measure in ("days", "weeks")
        # the upper end: N1 CONNECTOR N2, or بين N1 وN2
        if i - 2 >= s0 and keys[i - 1] in to and (low := self._single_value(i - 2)) is not None and low < value:
            return duration or not (i - 3 >= s0 and keys[i - 3] in self.words["from"])
        if keys[i].startswith(_CONJ) or (i > s0 and keys[i - 1] == _CONJ):
            k = i - 1 if keys[i].startswith(_CONJ) else i - 2
            if (k - 1 >= s0 and keys[k - 1] in self.words["range_between"]
                    and (low := self._single_value(k)) is not None and low < value):
                return True
        # the lower end: N1 CONNECTOR N2 or بين N1 وN2 with N2 after it
        if j < end and keys[j] in to and (hi := self.number_at(j + 1, end)) and hi[0] > value:
            return True  # of a count, "من 10 إلى 15" also leaves 10 behind: the toll is 15
        return (i > s0 and keys[i - 1] in self.words["range_between"] and j < end and keys[j].startswith(_CONJ)
                and bool(hi := self.number_at(j, end)) and hi[0] > value)

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
            if any(s.startswith(self._report_verbs) for _p, s in clitic_variants(self.keys[k])):
                m = self.ctx.mention_at(k + 1)
                if m and any(s in _source_nouns() for _p, s in clitic_variants(self.keys[k + 1])):
                    return None, None  # "أفاد شهود عيان": no identifiable reporter
                if m and m.type != "Place":
                    return m.key, None
        return None, None

    def _inherited(self, s0: int, i: int, j: int, end: int, last: tuple[int, str, int] | None) -> str | None:
        """The measure of the count just given when this number continues it: coordinated right after it
        ("مقتل 844 مدنيا و488 عسكريا"), or a part of it ("بينهم 21 سائحا", "ثلاثة منهم")."""
        if last is None or last[0] < s0:
            return None
        _sent, measure, last_end = last
        conj = self.keys[i - 1] == _CONJ or bool(_CONJ_DIGITS.match(self.keys[i]))
        if conj and i - last_end <= 2:
            return measure
        before = self.keys[i - 1] if i > s0 else ""
        if any(s in self.words["subset"] for _p, s in clitic_variants(before)) and i - last_end <= 2:
            return measure
        if j < end and any(s in self.words["part"] for _p, s in clitic_variants(self.keys[j])) and i - last_end <= 6:
            return measure
        # "راح ضحيته 10 أفراد من القوات، إضافة إلى 3 من العاملين"
        if (i - s0 >= 2 and self.keys[i - 1] in self.words["to"] and i - last_end <= 8
                and any(s in self.words["addition"] for _p, s in clitic_variants(self.keys[i - 2]))):
            return measure
        return None

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        prev_sentence_reporter: tuple[int, str | None, object] = (-5, None, None)
        last: tuple[int, str, int] | None = None  # (sentence start, measure, token after the count)
        opens = self._opens()
        stops = [k for k, may in enumerate(opens) if may]  # the loop below steps over the other tokens
        stops.append(len(opens))
        for si, sent in enumerate(self.ctx.analysis.sentences):
            if si in self.skip:
                continue
            s0, s1 = self.ctx.bounds(sent)
            i = s0
            while i < s1:
                if (at := stops[bisect_left(stops, i)]) != i:
                    i = at  # no figure opens before `at`
                    continue
                found = self._figure_at(s0, s1, i, last) if opens[i] else None
                if found is None:
                    i += 1
                    continue
                value, measure, j, counted_end = found
                if self._in_range(s0, s1, i, j, value, measure) or not _plausible(value, measure):
                    i = max(j, counted_end)  # "بين يومين وثمانية أيام": neither end is the figure
                    continue
                reporter, when = self._reporter(i, s0, s1)
                if reporter is None and prev_sentence_reporter[0] >= si - 1:
                    reporter, when = prev_sentence_reporter[1], prev_sentence_reporter[2]
                if when is None:
                    when = date_in(self.keys, s0, s1, self.ctx.published) if reporter else None
                text = self.ctx.analysis.text
                ev = Span(self.toks[max(s0, i - 2)].span.begin, self.toks[max(counted_end, j) - 1].span.end)
                counted = text[self.toks[j].span.begin:self.toks[counted_end - 1].span.end] if counted_end > j else ""
                out.append(Figure(value, measure, ev, counted.strip(' ,"' + _ARABIC_COMMA), reporter, when,
                                  self._qualifier(s0, i, j, s1)))
                if reporter:
                    prev_sentence_reporter = (si, reporter, when)
                last = (s0, measure, max(j, counted_end))
                i = max(j, counted_end)
        return _dedupe(out)

    def _opens(self) -> list[bool]:
        """Per token, whether a figure may start there (_figure_at's opening tests, per spelling): a measure word
        (dual, pair, unit), «أحد», a number word, or a digit; most tokens are none of these."""
        if self.lex is owners()[0]:  # the process's lexicons: from the spellings' records (kg.spellings)
            recs = records(self.keys)
            out: list = list(map(_OPENS_FIELD, recs))
            for i in positions_of(out, UNKNOWN):
                rec = recs[i]
                if rec.opens is UNKNOWN:
                    rec.opens = self._opens_at(i)
                out[i] = rec.opens
            return out
        if _OPENS[0] is not self.lex or len(_OPENS[1]) >= 1 << 18:  # per spelling, for these lexicons
            _OPENS[:] = [self.lex, {}]
        seen: dict[str, bool] = _OPENS[1]
        out = list(map(seen.get, self.keys))  # the memo read in one pass; the spellings it lacks are tested after
        for i in positions_of(out, None):
            key = self.keys[i]
            may = seen.get(key)
            if may is None:
                may = seen[key] = self._opens_at(i)
            out[i] = may
        return out

    def _opens_at(self, i: int) -> bool:
        """_opens at token i: its tests read the token's spelling alone."""
        key = self.keys[i]
        return bool(self._measure(i) or self._word_value(i) or any(map(str.isdigit, key))
                    or any(s in self.words["one_of"] for _p, s in clitic_variants(key)))

    def _figure_at(self, s0: int, s1: int, i: int, last: tuple[int, str, int] | None,
                   ) -> tuple[int, str, int, int] | None:
        """(value, measure, end of the number, end of what it counts) of a figure starting at token i."""
        hit = self._measure(i)
        if hit and hit[1] == "dual":
            return 2, hit[0], i + 1, i + 1
        if hit and hit[1] == "pair" and (measure := self._pair_measure(s0, i, s1)):
            return 2, measure, i + 1, i + 1
        if unit := self._bare_unit(s0, i, s1):
            return unit[1], unit[0], i + unit[2], i + unit[2]
        if self._one_of(s0, i):
            return 1, self._measure(i - 1)[0], i + 1, min(s1, i + 3)
        num = self.number_at(i, s1)
        if not num or (num[0] == 1 and not _DIGITS.match(self.keys[i])):
            return None  # "واحد" on its own: "one of" is handled above
        value, n = num
        j = i + n
        if i > s0 and self.keys[i - 1] in self.words["half"] and value >= 1000:
            value //= 2  # "نصف مليون نازح"
        if self._is_not_count(i, j, s1):
            return None
        if after := self._measure_after(j, s1):
            if self._combined_or_ill(after[0], after[1], s1):
                return None
            return value, after[0], j, after[1] + 1
        counted_end = min(s1, j + 2)
        if any(self.number_at(k, s1) for k in range(j, counted_end)):
            counted_end = j  # "مقتل 13 وإصابة 353": the next count is not what 13 counts
        measure = (self._measure_before(s0, i) or self._inherited(s0, i, j, s1, last)
                   or self._people_after(s0, i, j, s1))
        if measure is None:
            return None
        if measure == "released" and (held := self._people_after(s0, i, j, s1)) in ("hostages", "prisoners"):
            measure = held  # "الإفراج عن 33 رهينة": hostages and prisoners are counted as such, held or released
        verdict = self.words["verdict"]
        if measure == "executed" and any(  # "أصدرت المحكمة حكما بإعدام 24 متهما": sentenced to death
                s in verdict for k in range(max(s0, i - 6), i) for _p, s in clitic_variants(self.keys[k])):
            measure = "sentenced"
        return value, measure, j, counted_end


def _plausible(value: int, measure: str) -> bool:
    """A duration of more than ten years counts something else ("944 ألف يوم عمل": working days)."""
    return not ((measure == "days" and value > 3650) or (measure == "weeks" and value > 520))


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
