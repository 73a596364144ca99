"""Who said what, when: direct and indirect speech, attributions, continuing speech.

Arabic news reports speech verb-first (وقالت وزارة الداخلية، اليوم السبت، إنّ ...), with the speaker right after
the cue, then circumstantial phrases (date, "في بيان", the relaying agency), then the content: a quotation or a
clause after a complementizer. Continuations (وأضاف، وتابع، مضيفاً) keep the last speaker and date.
"""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import compress, repeat
from operator import attrgetter, is_not, or_

from kg.extract.clauses import unnamed_subject_opens
from kg.extract.context import DocContext
from kg.extract.dates import date_in
from kg.extract.recognizers.shared import _stopwords
from kg.lexicon import DATA, PhraseIndex, clitic_variants, gazetteer, lexicons, match_key, read_tsv, words
from kg.model import Span, Statement
from kg.spellings import UNKNOWN, owners, records
from kg.text.normalize import norm

_PUNCT = {"،", ",", ":", "؛", "-", "(", ")"}
_UNASKED = object()  # a memo's "not asked yet" (None is an answer)
_OBJECT_VERB = attrgetter("object_verb")
_QUOTE = '"'
_OCCASIONS = PhraseIndex()
for _row in read_tsv(DATA / "lexicon" / "dates.tsv"):
    if _row["kind"] == "occasion":
        _OCCASIONS.add(_row["form"], {})
_VEHICLES = frozenset(match_key(norm(r["form"])) for r in read_tsv(DATA / "lexicon" / "speech_vehicles.tsv"))
# closed word classes of the speech clause, as normalized tokens (statement_words.tsv)
_STATEMENT_WORDS = "statement_words.tsv"


def _class(cls: str) -> frozenset[str]:
    return frozenset(words(_STATEMENT_WORDS, cls))


def _keys(cls: str) -> frozenset[str]:
    """A class as comparison keys (feminine nisba endings folded, as the tokens' keys are)."""
    return frozenset(match_key(w) for w in words(_STATEMENT_WORDS, cls))


_COMPLEMENTIZERS = _class("complementizer")
_ADVERBS = _keys("adverb")
_TIME_NOUNS = _keys("time_noun")
_TIME_ADJECTIVES = _keys("time_adjective")
_OPENER_VERBS = _keys("opener_verb")
# definite common nouns (derived from SaudiNewsNet, see the file): without their article, a noun in construct before
# an actor ("جيش حفتر"، "قرار مرسي") makes the actor its owner, not the subject
_COMMON_NOUNS = frozenset(norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "common_nouns.tsv"))
_ADDRESSEES = _class("addressee")
# words after a speech verb that do not open its subject: prepositions and adverbs ("وشددوا خلال اتصالات")
_NOT_SUBJECTS = {'"', "."} | _class("not_subject")
_PRONOUN_COMPLEMENTIZERS = _class("pronoun_complementizer")
# either kind, made once: a union written in a condition is made again at every token it tests
_ANY_COMPLEMENTIZER = _COMPLEMENTIZERS | _PRONOUN_COMPLEMENTIZERS
_DESCRIPTION_HEADS = _keys("description_head")  # "عضو النادي الأدبي بالطائف إلى أن"
_PREPOSITIONS = _class("content_preposition")
# what opens reported content; "فان" after "وبحسب X" / "وفق X"
_OPENERS = _ANY_COMPLEMENTIZER | {":", '"'} | _class("content_opener")
_CONTENT_OPENERS = _class("content_opener")
_OPENER_REACH = 18
_CIRCUMSTANCE = _class("circumstance_preposition")
# stems of the nouns that name where words were said ("في بيان"، "خلال لقائه"، "على موقعها"): statement_words.tsv
_CIRCUMSTANCE_NOUNS = tuple(sorted(_keys("channel_stem")))
# the lemmas (normalized) of verbs that go on with the last speaker ("وأضاف"، "وتابع")
_CONTINUATION_LEMMAS = _class("continuation_verb")
_ACTOR_TYPES = {"Person", "State", "Organization", "Group"}
_GOVERNING = _class("governing_preposition")
_ADVERBIAL_THAT = _class("adverbial_that")
_SOURCE_NOUNS = _class("source_noun")
_NOT_ASSERTING = _class("not_asserting")
# someone acting for the actor named right after ("نائب رئيس الوزراء", "مستشار الرئيس", "المتحدث باسم")
_DEPUTY = _class("deputy")
# an actor after these leads the subject; it does not speak for it ("ائتلاف الوطنية بزعامة إياد علاوي")
_LED_BY = _class("led_by")
# what reports without a speaker: "أكدت التقارير"، "تشير المعلومات" (the gold's passive/anonymous reports)
_REPORT_NOUNS = _class("report_noun")
# words that open a new clause: an actor before them is not the subject of the verb after them
_CLAUSE_LINKS = _class("clause_link")
_RELATIVES = _class("relative")
# words after which an actor opens a clause as its subject ("وكان X قال"، "إلا أن X قال"، "لكن X أكد")
_SUBJECT_OPENERS = _class("subject_opener")
_POSSESSIVE_SPEECH = _class("possessive_speech")
# heads of an office or membership that are not titles before a name ("عضو المكتب السياسي للحركة")
_MEMBERSHIP = _class("membership")
_APPOSITION_HEADS = _class("apposition_head")  # "X أحد عملاء شركات التأمين على أن"
_DESCRIPTION_HEADS = _APPOSITION_HEADS | _MEMBERSHIP
# nouns that head a place's name ("بمنطقة القصيم"، "في مدينة دوما")
_PLACE_HEADS = _class("place_head")
# adjectives that close a title ("رئيس الحكومة التونسية السابق")
_TITLE_ADJECTIVES = _class("title_adjective")
# phrases opening a new report ("من جهة أخرى"): the words before them end there
_MARKERS = frozenset(" ".join(match_key(w) for w in m.split()) for m in _class("discourse_marker"))  # as keys
_CONTRASTS = _class("contrast")
_WHOEVER = _class("indefinite_relative")
_CLAUSE_PARTICLES = _class("clause_particle")
_DEMONSTRATIVES = _class("demonstrative")
_SAYING_PARTICIPLES = _class("saying_participle")  # "قائلا": carries the words a few words on
_RELAY_VERBS = _class("relay_verb")  # "ونقلت الوكالة عن X"
_RELAYED_SAYING = _POSSESSIVE_SPEECH | _class("relayed_saying")  # "قوله"، "تأكيده" after the one relayed
(_BRIEFED,) = words(_STATEMENT_WORDS, "briefed_verb")  # "واطلع X على": he was briefed
(_CAME,) = words(_STATEMENT_WORDS, "came")  # "جاء في البيان"
_ISSUED = _class("issued")  # "بيان صادر عن X"
_REPORT_VEHICLES = _class("report_vehicle")  # "تقرير لوزارة X"
_THE_SOURCE = _class("the_source")  # "وأضاف المصدر"
(_THE_SOURCES,) = words(_STATEMENT_WORDS, "the_sources")
_SOURCE_PLACING = _class("source_place_preposition")  # "مصدر في الحكومة"
_SUBJECT_ENDS = _class("subject_end_preposition")  # "وقال X من فريق منظمة ..."
_TOPIC_PARTICLES = _class("topic_particle")  # "أما X ... فقال"
_ALSO = _class("also")
_ASIDES = _ALSO | _class("aside")  # "وقال X بدوره"، "نفسه"، "معلقا"
_APPOSITION_PRONOUNS = _class("apposition_pronoun")  # "، وهو محلل"
_IN_IT = _class("in_it")  # "رحب فيها"
_DATE_PREPOSITIONS = _class("date_preposition")  # "في أبريل"، "خلال هذا الأسبوع"
_THEREBY = _class("thereby")  # "مشيرا بذلك إلى"
_BACKGROUND_VERBS = _class("background_verb")  # "، وكانت الميليشيات قد قصفت"
_TOPIC_PREPOSITIONS = _class("topic_preposition")  # "تصريحات بشأن"
_NOT_PARTICIPLE_ENDINGS = tuple(words(_STATEMENT_WORDS, "not_participle_ending"))
_CUE_CLAUSE_LINKS = _class("cue_clause_link")  # "حيث اعتبرت"
_CONTRAST_LINKS = _class("contrast_link")  # "لكن X استبعدت"
_THANKS = _class("thanks")
_NOT, _NAMED = words(_STATEMENT_WORDS, "not_named")  # "طالبا عدم ذكر اسمه"
(_WHAT,) = words(_STATEMENT_WORDS, "what")  # "وفق ما أعلن"
_ANAPHORIC_OBJECTS = _class("anaphoric_object")  # "ذكر ذلك X"
(_AS,) = words(_STATEMENT_WORDS, "as")  # "كما أفادت الوزارة"
_TIME_CIRCUMSTANCES = _class("time_circumstance")  # "قبل التصويت بأنه"
_OPENER_STOPS = _class("opener_stop")
_SVO_OPENERS = _class("svo_opener")  # "وكان X قال"
(_ON,) = words(_STATEMENT_WORDS, "preposition_on")
(_TO,) = words(_STATEMENT_WORDS, "preposition_to")
(_ABOUT,) = words(_STATEMENT_WORDS, "preposition_about")
(_FROM,) = words(_STATEMENT_WORDS, "preposition_from")
(_BETWEEN,) = words(_STATEMENT_WORDS, "preposition_between")
_NEGATIONS = _class("negation")  # "، ولم يؤكد": the reporter's clause on what the speaker did not say
_TITLE_OWNERS = frozenset(words("context_words.tsv", "title_owner"))  # "المتحدث الرسمي باسم X"
_CONCESSIVES = _class("concessive")  # "رغم أن خبراء يرون": the reporter's concession opens a new report
# unions of the classes that the loops below test token after token, made once (an `x in A | B` builds the union
# at every test)
_CLAUSE_STOPS = _ANY_COMPLEMENTIZER | _PUNCT | {_QUOTE, "."}  # where a speaker's phrase or a clause stops
_CLAUSE_OPENERS = _COMPLEMENTIZERS | _CONCESSIVES | _CONTRASTS | _CLAUSE_LINKS
_NOT_IN_UNNAMED_SUBJECT = _CONTRASTS | _CLAUSE_LINKS | _CONCESSIVES | _NOT_ASSERTING
_SOURCE_OR_REPORT_NOUNS = _SOURCE_NOUNS | _REPORT_NOUNS
_NAME_STOPS = _ANY_COMPLEMENTIZER | {_QUOTE, ".", ":", "؛"}
_CLAUSE_LINKS_OR_SEMICOLON = _CLAUSE_LINKS | {"؛", ";"}
_PHRASE_ENDS = _PUNCT | {_QUOTE, "."}
_CONTENT_TAIL = _PUNCT | {".", "؟", "!", _QUOTE}
_SENTENCE_TAIL = _PUNCT | {".", "؟", "!"}
_WORDS_OPENERS = _ANY_COMPLEMENTIZER | {":", _QUOTE}
_COMPLEMENTIZER_OR_COLON = _ANY_COMPLEMENTIZER | {":"}
_APPOSITION_OPENERS = _class("apposition_opener")  # "، أحد أبرز مشايخ القبيلة،"
_HONORIFICS = _class("honorific")  # "وعبر جلالته": the one named before, by his honorific
_OBJECT_THEN_B = _keys("object_then_b")  # "اتهمت الجامعة بأنها": the one accused, before its ب-complement
_TOLD = _keys("told_verb")  # "وأبلغ بوتين الحضور بأن": whom he told stands before the words
_PROMISES = _keys("promise_verb")  # "كما وعد الرئيس،": the clause before came true, it is not his words


def _bag(text: str) -> Counter:
    return Counter(norm(text).split())


def _f1(a: str, b: str) -> float:
    return _f1_bags(_bag(a), _bag(b))


def _f1_bags(ta: Counter, tb: Counter) -> float:
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


class StatementExtractor:
    def __init__(self, ctx: DocContext, skip_sentences: set[int]):
        self.ctx = ctx
        self.keys = ctx.keys
        self.toks = ctx.analysis.tokens
        self.lex = lexicons()
        self.nisba = gazetteer().nisba
        self.skip = skip_sentences
        self.out: list[Statement] = []
        self.last: list[Statement] = []  # statements of the most recent cue
        self.last_sentence = -10
        self.actor_dates = self._actor_dates()
        self.speaker_dates: dict[str, object] = {}
        self._previous_subject: str | None = None
        self._suffixed = False  # the cue being handled carries an object pronoun ("واعتبره")
        # _with_object_pronoun per spelling, kept for the process with the speech lexicon
        self._object_pronoun_verbs = self.lex.speech.spelling_memo("object_pronoun_verb")
        self._sentence_starts = [ctx.bounds(sent)[0] for sent in ctx.analysis.sentences if sent.tokens]
        # tokens inside a quotation opened earlier in the same line (sentence splits fall inside quotations)
        # a mark with no partner within the line and 150 words is a stray, not an opening
        self._in_quote = [False] * len(self.toks)
        text, t, size = ctx.analysis.text, 0, len(self.toks)
        while True:
            try:
                t = self.keys.index(_QUOTE, t, size)  # the next quote mark, found in C (not a step per token)
            except ValueError:
                break
            close = next((u for u in range(t + 1, min(size, t + 150))
                          if self.keys[u] == _QUOTE
                          or "\n" in text[self.toks[u - 1].span.end:self.toks[u].span.begin]), None)
            if close is not None and self.keys[close] == _QUOTE:
                for u in range(t + 1, close):
                    self._in_quote[u] = True
                t = close
            t += 1
        # the organization the last source ("مصدر في X") spoke for; "" when the text did not place it
        self._source_org: str | None = None
        self._unnamed_cue: int | None = None  # the last cue of an unnamed source ("أفاد مصدر أمني")
        # (sentence, speakers) of a verb that reported no words of its own ("أكد X ذلك العدد"): a participle after
        # it in its sentence goes on with them
        self._wordless: tuple[int, list[str]] | None = None
        self._sentence_subjects: dict[int, str] = {}
        for n, sent in enumerate(ctx.analysis.sentences):
            b0, b1 = ctx.bounds(sent)
            # the subject a dropped subject continues opens its sentence, before or right after the verb (a name in
            # the words of a quotation the sentence split cut is no subject: «... أداء الممثلين X». وأضافت:)
            subj = next((m.key for m in ctx.mentions_in(b0, b1) if m.type in _ACTOR_TYPES and m.first < b0 + 7
                         and not self._in_quote[m.first]
                         and not self._governed(m) and not self._dateline(m, b0) and not any(
                             k == _QUOTE or k in _COMPLEMENTIZERS or k in _PRONOUN_COMPLEMENTIZERS or k in _RELATIVES
                             or any(v in _REPORT_NOUNS for _p, v in clitic_variants(k))
                             for k in self.keys[b0:m.first])
                         and _AS not in self.keys[b0 + 1:m.first]  # "وقالت كما نقلت عنها وكالة X": the relay
                         and not (m.first > b0 + 2 and self._described_unnamed(b0 + 1, m.first))
                         and not (m.type != "Person" and (self._unread_subject(b0, m.first, titles=False)
                                                          or self._office_of(m)))), None)
            # "ودعا -روبيرت بايبر- إسرائيل إلى": a body or state after a name we did not read is the verb's object;
            # "وراجعت الدراسة التي نشرتها صحيفة X": an actor in a relative clause, or after a report that is the
            # subject, is not the subject (the paper published the study; the study speaks on)
            if subj:
                self._sentence_subjects[n] = subj

    def _described_unnamed(self, k: int, end: int) -> bool:
        """An indefinite noun and its nisba at k ("وانتقدت صحف تونسية زيارة ساركوزي"): a subject we cannot name."""
        return k + 1 < end and not self.keys[k].startswith("ال") and self.ctx.mention_at(k) is None and \
            self._content_word(k, end) and match_key(self.keys[k + 1]) in self.nisba and \
            not self.keys[k + 1].startswith("ال")

    def _dateline(self, m, b0: int) -> bool:
        """"واس - الرياض:"، "سبق- أبها:": the agency that filed the story and its place, before a colon that
        opens the sentence with no verb before it, are not the subject of that sentence."""
        colon = next((t for t in range(b0, min(len(self.keys), b0 + 9)) if self.keys[t] == ":"), None)
        return colon is not None and m.last <= colon and not any(
            self.lex.speech.match(self.keys, t) for t in range(b0, colon))

    def _actor_dates(self) -> list[dict[str, object]]:
        """For each sentence, the latest date the text has tied to each actor so far: an actor named in a sentence
        with a date ("سمحت وزارة الخارجية الأمريكية الجمعة ...") keeps it for its later statements."""
        out: list[dict[str, object]] = []
        current: dict[str, object] = {}
        self._sentence_dates: list = []
        # the complementizers' positions, found once per article (map, compress), then looked up per sentence
        complementizers = list(compress(range(len(self.keys)), map(_ANY_COMPLEMENTIZER.__contains__, self.keys)))
        for sent in self.ctx.analysis.sentences:
            s0, s1 = self.ctx.bounds(sent)
            # only the part before the reported content dates the speaker ("قالت X، الاثنين، إن ... الخميس")
            k = bisect.bisect_left(complementizers, s0)
            cut = complementizers[k] if k < len(complementizers) and complementizers[k] < s1 else s1
            when = _date_outside_quotes(self.keys, s0, cut, self.ctx.published)
            self._sentence_dates.append(when)
            if when is not None:
                for m in self.ctx.mentions_in(s0, s1):
                    # the date must sit next to the actor ("أعلنت الوزارة، اليوم السبت،", "والجمعة، حذر بلينكن")
                    near = date_in(self.keys, max(s0, m.first - 4), min(cut, m.last + 7), self.ctx.published)
                    if m.type in _ACTOR_TYPES and m.key and near is not None:
                        current[m.key] = near
            out.append(dict(current))
        return out

    def _actor_at(self, j: int, end: int) -> list[str]:
        """Speaker(s) at token j: a mention (or anaphor), with coordinated mentions (X، وY، وZ)."""
        speakers: list[str] = []
        while j < end:
            m = self.ctx.mention_at(j)
            key = None
            if m and m.type in _ACTOR_TYPES:
                nxt = self.ctx.mention_at(m.last)
                # "وروسيا فلاديمير بوتين": a state directly followed by its leader names the leader
                if m.type == "State" and nxt and nxt.type == "Person":
                    m = nxt
                key, j = m.key, m.last
            elif (a := self.ctx.anaphor(j)) is not None and not self._owned_title(j):
                key, j = a, j + 1
            if key is None:
                break
            if key not in speakers:
                speakers.append(key)
            k = j
            while k < end and self.keys[k] in ("،", ",", '"'):
                k += 1
            if k < end and self._conjoined(k):
                j = k
                continue
            break
        return speakers

    def _conjoined(self, k: int) -> bool:
        """An actor joined by the conjunction at k ("وروسيا", "والحكومة"): a mention read with the clitic و, or an
        anaphor written with it; not a name whose first letter is و ("وزارة الصحة", "وليد")."""
        m = self.ctx.mention_at(k)
        if m is not None:
            return m.proclitic.startswith("و")
        return self.keys[k].startswith("و") and self.ctx.anaphor(k) is not None

    def _apposed_name(self, j: int, end: int) -> str | None:
        """"وأوضح المتحدث الرسمي باسم الدفاع المدني بمنطقة مكة، المقدم محمد القرني، أن": a title naming no one, then
        the holder's name set off by commas right before the words: the holder speaks."""
        for t in range(j, min(end, j + 12)):
            k = self.keys[t]
            if k in _NAME_STOPS or \
                    self.lex.speech.match(self.keys, t) or (m := self.ctx.mention_at(t)) is not None and \
                    m.type == "Person":
                return None
            if k not in ("،", ","):
                continue
            return self._apposed_after(t, end) if t > j else None
        return None

    def _apposed_after(self, t: int, end: int) -> str | None:
        """The person named between the comma at t and a comma (or nothing) right before a complementizer ("،
        المقدم محمد القرني، أن"), a rank before him; else None."""
        u = t + 1
        if u < end and self.ctx.mention_at(u) is None and (title := self.lex.titles.match(self.keys, u)):
            u += title[0]  # "، المقدم محمد القرني،": a rank before the name
        m = self.ctx.mention_at(u) if u < end else None
        if m is None or m.type != "Person" or m.first != u:
            return None
        after = m.last + 1 if m.last < end and self.keys[m.last] in ("،", ",") else m.last
        return m.key if after < end and self.keys[after] in _ANY_COMPLEMENTIZER else None

    def _name_tail(self, t: int, end: int) -> int:
        """The length of a speech verb at t that closes the person's name before it, set off by a comma after it
        ("قال ناصر العجي طالب، أحد مشايخ"): a family name, not a verb; 0 for anything else."""
        m = self.lex.speech.match(self.keys, t) if t < end else None
        if not m or m[2][0]["kind"] not in ("verb", "guarded") or m[1] or self.keys[t][:1] in ("و", "ف") or \
                t + m[0] >= end or self.keys[t + m[0]] not in ("،", ","):
            return 0
        return m[0] if any(p.last == t and p.type == "Person" for p in self.ctx.mentions_in(max(0, t - 6), t)) else 0

    def _anaphoric_object(self, t: int, end: int) -> int | None:
        """A demonstrative and a definite noun closed by punctuation where the words would open ("أكد الوزير X ذلك
        العدد،"): what was just reported, his words are not here. Where it ends, else None."""
        if t + 2 < end and self.keys[t] in _ANAPHORIC_OBJECTS and self.keys[t + 1].startswith("ال") and \
                self.keys[t + 2] in _PUNCT | {"."}:
            return t + 2
        return None

    def _spoken_for(self, j: int, end: int) -> str | None:
        """"ونفى المتحدث باسم وزارة الداخلية المصرية أن": a spokesperson no name follows speaks for the body named
        right after the title (its official adjective between), so the body says it, as "قالت الوزارة" would; not
        for a person ("متحدثة باسم فيشر") nor a body owned in turn by a person."""
        title = self.lex.titles.match(self.keys, j) if self.ctx.mention_at(j) is None else None
        if not title or not any(p.get("role") == "spokesperson" for p in title[2]):
            return None
        t = j + title[0]
        if t < end and _definite_adjective(self.keys[t]) and self.ctx.mention_at(t) is None:
            t += 1  # "المتحدث الرسمي باسم" (not "الخارجية الأمريكية", a body)
        if t < end and self.keys[t] in _TITLE_OWNERS:
            t += 1
        owner = self.keys[t - 1] in _TITLE_OWNERS  # "باسم", inside the title or after its adjective
        m = self.ctx.mention_at(t) if t < end else None
        if m is None or m.first != t or m.type not in ("Organization", "State", "Group") or \
                self._unnamed_source(m.key):
            return None
        if self._governed(m) if owner else m.proclitic not in ("ل", "لل"):
            return None  # "المتحدث الرسمي لوزارة الصحة": the body in construct with ل after the title is its owner
        after = m.last
        while after < end and _definite_adjective(self.keys[after]):
            after += 1
        if after >= end:
            return m.key
        if self.keys[after] in ("،", ",") and after + 1 < end and (self.keys[after + 1] in _TIME_NOUNS or
                                                                  self.ctx.is_weekday_or_date(after + 1)):
            after += 1  # "المتحدث باسم البحرية الأميركية، أمس، أن"
        word = self.keys[after]
        # what may follow the subject: the words said ("إن"، ":"، «), where or when ("في بيان"، "أمس"), to whom
        # ("لـ«الشرق الأوسط»"); any other word may be the name we did not read ("... التركية تانجو بيليتش إن") or
        # an aside ("باسم انصار الله، وهي التسمية")
        follows = not any(c.isalpha() for c in word) and word not in ("،", ",") or word == "ل" or \
            word in _ANY_COMPLEMENTIZER or word in _CIRCUMSTANCE or word in _PREPOSITIONS or word in _ADVERBS or \
            word in _TIME_NOUNS or word in _ASIDES or word in _DATE_PREPOSITIONS or self.ctx.is_weekday_or_date(after)
        return (self._named_spokesperson(j, self.keys[m.first:m.last]) or m.key) if follows else None

    def _named_spokesperson(self, j: int, words: list[str]) -> str | None:
        """The person the article named before j right after a spokesperson's title for the same body ("المتحدث
        باسم وزارة الخارجية المصرية السفير بدر عبد العاطي"): the later bare title is he."""
        found = None
        n = len(words)
        for t in range(max(0, j - 3000), j):
            title = self.lex.titles.match(self.keys, t)
            if not title or not any(p.get("role") == "spokesperson" for p in title[2]):
                continue
            u = t + title[0]
            if u < j and self.keys[u] in _TITLE_OWNERS:
                u += 1
            p = next((m for x in range(u + 1, min(j, u + 8)) if (m := self.ctx.mention_at(x)) is not None
                      and m.type == "Person"), None)
            if p is None:
                continue
            # the body written then ends as the body written now ("وزارة الخارجية المصرية", "الخارجية المصرية")
            said = [self.keys[x] for x in range(u, p.first) if not self.lex.titles.match(self.keys, x)]
            if len(said) >= n and said[-n:] == words:
                found = p.key
        return found

    def _member_named(self, j: int, end: int) -> list[str] | None:
        """After a member's or official's head noun at j ("عضو شرف نادي الهلال موسى الموسى"): the person named last
        in the subject is the member (a person inside a body's name comes before him: "مدير العلاقات بمستشفى الملك
        عبدالعزيز التخصصي ياسر السفياني"), unless a noun before him makes him the owner of what the member belongs
        to ("عضو في حزب الرئيس المخلوع علي عبدالله صالح": someone of his party, unnamed, []); None when no person
        is named."""
        last = None
        k = j + 1
        while k < min(end, j + 16):
            # the subject ends where the verb's complement opens, a preposition and a noun with its owner's pronoun
            # ("وأعرب أعضاء اللجنة عن شكرهم لمعالي الوزير X"; not "المنشق عن الجماعة", "المشرف على البرنامج")
            if self.keys[k] in _PREPOSITIONS and k + 1 < end and len(self.keys[k + 1]) > 4 and \
                    not self.keys[k + 1].startswith("ال") and self._surface(k + 1).endswith(("ه", "ها", "هم", "هما")):
                break
            if self.keys[k] in ("،", ",") and (apposed := self._apposed_after(k, end)) is not None:
                return [apposed]  # "رئيس لجنة التنمية بحي الروضة، محمد الخميس، أن": the name set off by commas
            if self.keys[k] in _CLAUSE_STOPS or \
                    self.lex.speech.match(self.keys, k):
                break
            m = self.ctx.mention_at(k)
            if m is not None and m.first == k and m.type == "Person" and not self._governed(m):
                if last is not None and last.last == k:
                    break  # "وشكر أمين الطائف المهندس X الأمير خالد الفيصل على": the one thanked follows the subject
                last = m
            k = m.last if m is not None and m.first == k else k + 1
        if last is None:
            return None
        k = last.first
        if k - 1 > j and self._construct_noun(k - 1) or (self._bare_office(last) or self._known(last.key)) and any(
                v in _DEPUTY for _p, v in clitic_variants(self.keys[k - 1])):
            return []  # "نائب المستشارة الألمانية أنجيلا ميركل": her deputy, unnamed
        return self._actor_at(k, end)

    def _owned_title(self, j: int) -> bool:
        """"المتحدث الرسمي باسم X": a title with an adjective and its owner, someone new, not a word referring back."""
        return j + 2 < len(self.keys) and _definite_adjective(self.keys[j + 1]) and self.keys[j + 2] in _TITLE_OWNERS

    def _speakers_at(self, j: int, end: int) -> list[str]:
        """The speakers at j; when a noun phrase no lexicon knows opens there ("مكتب رئيس الوزراء بنيامين نتنياهو"،
        "المتحدث باسم هيئة الأركان الكولونيل X"), the first actor named inside it."""
        if j >= min(end, len(self.keys)):
            return []  # a cue that ends its sentence ("اقرأ أيضاً:") names no one after it
        found = self._actor_at(j, end)
        if found:
            return found
        nxt = self.ctx.mention_at(j + 1) if j + 1 < end else None
        if self._content_word(j, end) and not self.keys[j].startswith("ال") and nxt is not None and \
                nxt.type in ("Organization", "State") and not nxt.prefix and not self._office_of(nxt) and \
                not (nxt.type == "State" and nxt.last - nxt.first == 1 and self.keys[j + 1].endswith(("ون", "ين"))) \
                and \
                not self.lex.titles.match(self.keys, j) and not any(
                    v in _DEPUTY or v in _MEMBERSHIP for _p, v in clitic_variants(self.keys[j])):
            # "وقال حاكم إقليم X"، "أعلن سفير الولايات المتحدة": the governor or ambassador, not the province or state
            for t in range(nxt.last, min(end, nxt.last + 3)):
                if self.keys[t] in _PUNCT or self.keys[t] in _PREPOSITIONS or self.keys[t] in (_QUOTE, ".") or \
                        self.lex.speech.match(self.keys, t):
                    break
                m = self.ctx.mention_at(t)
                if m is not None and m.type == "Person" and m.first == t:
                    return self._actor_at(t, end)  # "ووصف قاضي دائرة الأوقاف الشيخ X": the judge is named after
            return self._actor_at(j + 1, end)  # "ودعت بعثة الأمم المتحدة": a head noun and its owner
        if (named := self._apposed_name(j, end)) is not None:
            return [named]
        if (any(v in _MEMBERSHIP or v in _DEPUTY for _p, v in clitic_variants(self.keys[j])) or
                self.lex.titles.match(self.keys, j) and self.ctx.mention_at(j) is None) and \
                (member := self._member_named(j, end)) is not None:
            return member  # "وطالب الأمين العام للمركز العربي ... في أوسلو الدكتور إيهان جاف، بضرورة"
        if not self._subject_phrase(j, end):
            return found
        for k in range(j, min(end, j + 10)):
            if self.keys[k] in _CLAUSE_STOPS:
                break
            if (cue := self.lex.speech.match(self.keys, k)) and cue[2][0]["kind"] == "attribution":
                return []  # "وقالت وفقا لما ذكره راديو فرنسا إن": the channel, not the subject
            if k > j and self.keys[k] in _SUBJECT_ENDS:
                # "وقال دانيل بوش من فريق منظمة الصحة": someone of the organization whose name we did not read;
                # "ودعا اللورد هول إلى نقاش حول مستقبل «بي بي سي»": past the verb's complement the subject has
                # ended ("في" may still belong to a title: "مسؤول السياسة الخارجية في الاتحاد الأوروبي X")
                return []
            m = self.ctx.mention_at(k)
            if m and k > j and m.type == "State" and m.last - m.first == 1 and \
                    self.keys[k].endswith(("ون", "ين")):
                continue  # "مصممو السيارة البريطانيون": a plural nisba describes the subject, it is not the speaker
            if m and k == j + 1 and m.type == "State" and m.last - m.first == 1 and not m.prefix and \
                    self.keys[k].startswith("ال") and self.keys[j].startswith("ال") and self.ctx.mention_at(j) is None:
                return []  # "وأوضحت الصحيفة السعودية": a nisba describes an unnamed subject; the state does not speak
            if m and m.type in _ACTOR_TYPES and not self._governed(m):
                if k > j and self._with_object_pronoun(k - 1) is not None:
                    return []  # "وأوضح بيان للمنسقية ... نقلته وكالة الأناضول": the agency relayed the statement
                if k > j and (self.keys[k - 1] in _LED_BY or (self._bare_office(m) or self._known(m.key)) and any(
                        v in _DEPUTY for _p, v in clitic_variants(self.keys[k - 1]))):
                    # "نائب المستشارة الألمانية أنجيلا ميركل": a deputy of a known office holder is not named
                    # "وقال نائب رئيس الوزراء التركي X": the deputy speaks, not the prime minister
                    return []
                if m.type != "Person" and self._office_of(m):
                    # "وقال عزت الرشق عضو المكتب السياسي للحركة إن": the holder of an office in X speaks, not X;
                    # a holder we cannot name gives no statement
                    return []
                return self._actor_at(k, end)
        return []

    def _opens_content(self, c: int, end: int, requires: tuple[str, ...]) -> bool:
        """Does reported content open at c, or after a short subject the speaker search did not read ("وتابع بيان
        الداخلية «...»"), with one of the words the cue requires (a complementizer, a colon, a quote)?"""
        if c < end and self.keys[c] in requires:
            return not self._short_quote(c, end)
        vehicle = c < end and ("ال" + self.keys[c] in _VEHICLES or self.keys[c] in _VEHICLES)
        for t in range(c, min(end, c + 6) if vehicle else c):
            if self.keys[t] in requires:
                return not self._short_quote(t, end)
            if self.keys[t] in (".", "؛", ";") or t > c and self.keys[t] in ("،", ","):
                return False
        return False

    def _head_anaphor(self, k: int) -> str | None:
        """A bare definite noun that is the head of an organization named a little earlier ("المحكمة" for "المحكمة
        الدستورية العليا", "الحزب" for "حزب العمل"): that organization, the latest so named. Not a noun with a
        description after it ("المحكمة الإدارية"), nor one the context already reads as an anaphor."""
        if k >= len(self.keys) or self.ctx.mention_at(k) is not None or self.ctx.anaphor(k) is not None:
            return None
        head = self.keys[k]
        nxt = self.keys[k + 1] if k + 1 < len(self.keys) else ""
        if not head.startswith("ال") or len(head) < 5 or nxt.startswith("ال") or _definite_adjective(nxt):
            return None
        for m in reversed(self.ctx.mentions_in(max(0, k - 300), k)):
            ent = self.ctx.entities.get(m.key) if m.key else None
            if ent is None or ent.type not in ("Organization", "Group"):
                continue
            words = norm(ent.label_ar or "").split()
            if len(words) >= 2 and match_key(words[0]) in (match_key(head), match_key(head[2:])):
                return m.key
        return None

    def _short_quote(self, t: int, end: int) -> bool:
        """A quotation mark at t that closes within five words: a quoted name ("تعتبر «أي سبورت» أول سماعة"),
        not quoted words."""
        if t > 0 and self.keys[t - 1] == ":":
            return False  # «وأضاف: "على الأسد أن يرحل"»: a colon announces quoted words, however few
        return self.keys[t] == _QUOTE and any(self.keys[u] == _QUOTE for u in range(t + 1, min(end, t + 7)))

    def _known(self, key: str | None) -> bool:
        """Is the entity one the gazetteer knows (a Wikidata id), not a name read from this text only?"""
        ent = self.ctx.entities.get(key) if key else None
        return ent is not None and bool(ent.wikidata)

    def _unnamed_source(self, key: str) -> bool:
        """An entity named only as a source ("مصدر مطلع", "مصادر محلية", "شهود عيان") is no identifiable speaker."""
        ent = self.ctx.entities.get(key)
        label = norm(ent.label_ar or "") if ent is not None else ""
        if not label:
            return False
        # "أبو عبدالله أحد المسافرين"، "إحدى مستخدمي تويتر": "one of" inside what was read as a name, no one named
        return label.split(" ")[0] in _SOURCE_NOUNS or ent.type == "Person" and ent.wikidata is None and any(
            w in _APPOSITION_OPENERS for w in label.split(" "))

    def _vehicle_owner(self, k: int, end: int) -> tuple[list[str], int] | None:
        """"بيان صادر عن X"، "بيان لوزارة X": a statement, tweet or letter whose issuer is named; ([X], end)."""
        if k + 1 >= end or "ال" + self.keys[k] not in _VEHICLES and self.keys[k] not in _REPORT_VEHICLES:
            return None
        t = k + 1
        if self.keys[t] in _ISSUED and t + 1 < end and self.keys[t + 1] == _ABOUT:
            t += 2
            m = self.ctx.mention_at(t)
        else:
            m = self.ctx.mention_at(t)
            if m is None or m.proclitic[-1:] != "ل":
                return None
        if m is None or m.type not in _ACTOR_TYPES or self._unnamed_source(m.key):
            return None
        return [m.key], m.last

    def _participle_ahead(self, c: int, e: int) -> int | None:
        """A saying participle ("قائلا") a few words into what would be the content, before any complementizer:
        where it stands, so that it reports the words."""
        for t in range(c, min(e, c + 8)):
            if self.keys[t] in _ANY_COMPLEMENTIZER or self.keys[t] == _QUOTE:
                return None
            m = self.lex.speech.match(self.keys, t)
            if m and m[2][0]["kind"] == "participle" and norm(m[2][0]["lemma"]) in _SAYING_PARTICIPLES:
                return t
        return None

    def _after_cue(self, t: int) -> bool:
        """Does a speech verb stand right before token t (its subject's place)?"""
        return any((m := self.lex.speech.match(self.keys, u)) and u + m[0] == t for u in range(max(0, t - 3), t))

    def _with_object_pronoun(self, i: int):
        """"واعتبره إهدارا": a speech verb carrying an object pronoun; its subject is the clause's, not a word
        after it. The answer depends on the token's spelling alone: kept per spelling (run() asks it at nearly
        every token of every article)."""
        tok = self.keys[i]
        memo = self._object_pronoun_verbs
        hit = memo.get(tok, _UNASKED)
        if hit is _UNASKED:
            hit = memo[tok] = self._object_pronoun_verb(tok)
        return hit

    def _object_pronoun_verb(self, tok: str):
        for suffix in ("ها", "هم", "ه"):
            if tok.endswith(suffix) and len(tok) - len(suffix) >= 4:
                m = self.lex.speech.match([tok[:-len(suffix)]], 0)
                if m and m[0] == 1 and m[2][0]["kind"] == "verb" and m[2][0].get("object"):
                    return m
        return None

    def _quoted_name(self, j: int, end: int) -> bool:
        """"وقالت "هيومن رايتس ووتش" إن": a short quotation closed before a complementizer or comma is a name;
        a longer one ("وقال «أنا أؤمن ...»") is the content, and whoever speaks is named elsewhere."""
        if self.keys[j] != _QUOTE:
            return False
        close = next((t for t in range(j + 1, min(end, j + 6)) if self.keys[t] == _QUOTE), None)
        if close is None or close + 1 >= end:
            return False
        m = self.ctx.mention_at(j + 1)
        return m is not None and m.last == close or self.keys[close + 1] in \
            _ANY_COMPLEMENTIZER | _PREPOSITIONS | {"،", ",", ":"}

    def _source(self, k: int, end: int) -> tuple[list[str], int] | None:
        """An unnamed source at k: ([organization], end) for "مصدر (مسؤول) في الحكومة" and for "المصدر" after
        one; ([], end) for a source the text does not place ("مصدر أمني", "مصادر محلية"); None for anything else."""
        if k >= end:
            return None
        word = self.keys[k]
        if word in _THE_SOURCE and self._source_org is not None and self.ctx.mention_at(k) is None:
            # "وأضاف المصدر": the source last introduced, placed ("في الحكومة") or not ("مصدر محلي")
            return ([self._source_org] if self._source_org else []), k + 1
        if word == _THE_SOURCES or any(v in _REPORT_NOUNS for _p, v in clitic_variants(word)):
            # "وترى المصادر" with no source introduced; "وتؤكد المعلومات الأولية أن": no one speaks
            return [], k + 1
        if word not in _SOURCE_NOUNS:
            return None
        self._source_org = ""
        t, words = k + 1, 0
        while t < min(end, k + 7):
            w = self.keys[t]
            if w in _CLAUSE_STOPS:
                break
            m = self.ctx.mention_at(t)
            if m is None and w not in _SOURCE_PLACING and any(c.isalpha() for c in w):
                words += 1
                if words > 3:
                    break  # "وأكدت مصادر محلية سقوط قتلى من الحوثيين": the words said began; the Houthis place no one
            if m is not None and m.type in ("Organization", "Group") and (
                    self.keys[t - 1] in _SOURCE_PLACING or m.proclitic[-1:] == "ب"):
                after = m.last
                while after < end and _definite_adjective(self.keys[after]):
                    after += 1
                if after < end and (self.ctx.mention_at(after) is not None or self._content_word(after, end)
                                    and not self.keys[after].startswith("ال")):
                    return None  # "مسؤول السياسة الخارجية في الاتحاد الأوروبي خافيير سولانا": a named official
                self._source_org = m.key
                return [m.key], m.last
            t = m.last if m is not None else t + 1
        return [], t

    def _topic(self, s0: int, i: int) -> str | None:
        """The subject of the clause a verb with ف completes: the actor "أما" makes the topic ("أما X، ...، فقال"),
        else the subject right after the verb that opens the clause ("فيما ردد الرئيس X ... فقال")."""
        if i == s0 or not self.keys[i].startswith(("ف", "و")):
            return None
        if self.keys[i].startswith("و"):
            # only "واعتبره" shares the subject of the verb it is coordinated with: the speaker of a statement
            # earlier in the sentence, else the clause's subject
            if not self._suffixed:
                return None
            here = [st.speaker for st in self.last if st.cue_span.begin >= self.toks[s0].span.begin]
            if here:
                return here[0]
        amma = next((t for t in range(i - 1, s0 - 1, -1) if self.keys[t] in _TOPIC_PARTICLES), None)
        if amma is not None and self.keys[i].startswith("ف"):
            m = self.ctx.mention_at(amma + 1)
            return m.key if m is not None and m.type in _ACTOR_TYPES else None
        start = next((t + 1 for t in range(i - 1, s0 - 1, -1) if self.keys[t] in _CLAUSE_LINKS_OR_SEMICOLON), s0)
        # the clause's verb, then its subject: the first actor within two words of the clause start
        for m in self.ctx.mentions_in(start, i):
            if m.first > start + 2:
                break
            if m.type in _ACTOR_TYPES and not self._governed(m):
                return m.key
        return None

    def _unread_subject(self, s0: int, lim: int, titles: bool = True) -> bool:
        """Does the sentence open with a verb whose subject is a word we did not read as an actor ("وحث شافعي")? An
        indefinite word right after the opening verb, not a preposition, date, anaphor or known actor; with titles,
        also a title whose holder we did not read."""
        first = self.keys[s0] if s0 < len(self.keys) else ""
        if s0 + 1 >= lim or not first.startswith(("و", "ف")) or len(first) < 3 or self.ctx.mention_at(s0) is not None \
                or not self._content_word(s0, lim) or any(v in _GOVERNING for _p, v in clitic_variants(first)):
            return False
        return self._unread_after(s0 + 1, lim, titles)

    def _unread_after(self, k: int, lim: int, titles: bool = True, described: bool = False) -> bool:
        """Is the word at k (after a verb) a subject we did not read: an indefinite word that is no preposition,
        date, anaphor or actor, or (with titles) a title whose holder we did not read; with described, also a
        definite noun describing a name we did not read ("عبر المواطن سالم الحربي")?"""
        k = self._next_word(k, lim)  # "ودعا -روبيرت بايبر-": a dash may set the name off
        if k >= lim:
            return False
        if described and self.keys[k].startswith("ال") and self._content_word(k, lim) and \
                self.ctx.mention_at(k) is None and self.ctx.anaphor(k) is None and self.keys[k] not in _VEHICLES and \
                self._unread_after(k + 1, lim, titles=False):
            return True
        if self.lex.titles.match(self.keys, k) and self.ctx.mention_at(k) is None and self.ctx.anaphor(k) is None:
            return titles  # "وغرد الكاتب الصحافي فلان قائلا": a title opens a subject whose name we did not read
        return self._content_word(k, lim) and not self.keys[k].startswith("ال") and self.ctx.mention_at(k) is None \
            and self.keys[k] not in _HONORIFICS \
            and self.ctx.anaphor(k) is None and self.keys[k] not in _VEHICLES and self.keys[k] not in _SUBJECT_OPENERS

    def _unnamed_topic(self, s0: int, i: int) -> bool:
        """Is the verb at i the ف-clause of "أما X" where X is no actor we know (nor an anaphor of one)?"""
        amma = next((t for t in range(i - 1, s0 - 1, -1) if self.keys[t] in _TOPIC_PARTICLES), None)
        if amma is None or amma + 1 >= i or self._actor_at(self._next_word(i + 1, len(self.keys)), len(self.keys)):
            return False  # "أما بالنسبة للوضع فقال X": the speaker follows the verb
        m = self.ctx.mention_at(amma + 1)
        return not (m is not None and m.type in _ACTOR_TYPES or self.ctx.anaphor(amma + 1) is not None)

    def _owned(self, m) -> bool:
        """Is the actor m the owner of a noun right before it ("مستشار الجيش الليبي"، "جيش حفتر"، "عضو المكتب"):
        the noun's holder is the subject, not m."""
        if m.first == 0 or m.prefix:
            return False
        prev = self.keys[m.first - 1]
        if any(v in _DEPUTY or v in _MEMBERSHIP for _p, v in clitic_variants(prev)):
            return True
        if m.type != "Person" and self._office_of(m):
            return True
        return self._construct_noun(m.first - 1)

    def _construct_noun(self, t: int) -> bool:
        """Is token t a common noun in construct ("جيش" of "جيش حفتر", "قرار" of "قرار مرسي"), not a verb or an
        unread given name ("واستقبل X"، "جومرت توكاييف")? A word the corpus knows as a definite common noun."""
        k = self.keys[t] if 0 <= t < len(self.keys) else ""
        if k.startswith("ال") or self.ctx.mention_at(t) is not None:
            return False
        if "ال" + k in _COMMON_NOUNS:
            return self._content_word(t, len(self.keys))
        # after a preposition too: "المتحدث الرسمي لمركز الملك سلمان" (the centre's, not the king)
        return k[:1] in ("ل", "ب") and len(k) > 4 and "ال" + k[1:] in _COMMON_NOUNS

    def _bare_office(self, m) -> bool:
        """Is mention m only a title, with its country at most ("رئيس الوزراء التركي"), naming no one?"""
        hit = self.lex.titles.match(self.keys, m.first)
        return hit is not None and m.last - m.first <= hit[0] + 1

    def _office_of(self, m) -> bool:
        """Is the organization or state m the owner of an office named right before it ("رئيس الهيئة X",
        "عضو المكتب السياسي", "وزير ... وشؤون مجلس النواب")?"""
        k = m.first
        if k > 0 and any(s in _MEMBERSHIP for _p, s in clitic_variants(self.keys[k - 1])):
            return True
        if k > 0 and (match_key(self.keys[k - 1]) in self.nisba or _definite_adjective(self.keys[k - 1])):
            return False  # "وزيرة الإعلام اليمنية نادية السقاف": a name in apposition, not the office's owner
        # the title is in m's own sentence: a headline above it ("وزير الخارجية يبحث الأزمة") owns nothing
        s0 = self._sentence_starts[bisect.bisect_right(self._sentence_starts, k) - 1] if self._sentence_starts else 0
        for t in range(k - 1, max(s0 - 1, k - 6), -1):
            if self.keys[t] in _PUNCT or self.keys[t] in _COMPLEMENTIZERS or self.keys[t] in (_QUOTE, "."):
                break
            if self.lex.titles.match(self.keys, t):
                return True  # "وزير العدالة الانتقالية وشؤون مجلس النواب"
        return False

    def _caller(self, s0: int, i: int) -> str | None:
        """The actor a call, cable or letter came from ("اتصالا هاتفيا من الشيخ X"، "برقية من X") before the cue at
        i, when the cue speaks "in it" ("أعرب فيه"): the caller, not the one who received it."""
        found = None
        for m in self.ctx.mentions_in(s0, i):
            # "من الفريق الركن الشيخ X": ranks may stand between من and the name
            frm = next((t for t in range(m.first - 1, max(s0, m.first - 4) - 1, -1) if self.keys[t] == _FROM), None)
            if m.type not in _ACTOR_TYPES or frm is None or any(
                    self.keys[t] in _PUNCT or self.ctx.mention_at(t) is not None for t in range(frm + 1, m.first)):
                continue
            if any(any(v.startswith(_CIRCUMSTANCE_NOUNS) for _p, v in clitic_variants(self.keys[t]))
                   for t in range(max(s0, frm - 5), frm)):
                found = m.key
        return found

    def _disagrees(self, i: int, m) -> bool:
        """Is the verb at i masculine ("دعا"، "يقول") while the organization or state named right after it is a
        feminine noun ("وكالة"، "منظمة"، "مصر" has a feminine verb): then that actor is not the verb's subject."""
        verb = self.keys[i]
        stem = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 3 else verb
        if m.type not in ("Organization", "State") or m.prefix or stem.endswith("ت") or stem.startswith("ت"):
            return False
        head = self.keys[m.first]
        return m.type == "Organization" and head.endswith("ه") and len(head) > 3 and not head.startswith("ال")

    def _title_phrase_end(self, j: int, end: int) -> int:

        """Where the title standing right after a person's name ends ("رئيس نادي الزمالك المصري"، "مدير إدارة
        الإعلام بأمانة المنطقة"، "الأمين العام لمجلس التعاون"): the title, a construct chain of nouns up to its
        first definite noun or named actor, adjectives, and attachments with ل/ب ("لشؤون الكهرباء"). j itself
        when no title opens there."""
        comma = j + 1 < end and self.keys[j] in ("،", ",")
        hit = self.lex.titles.match(self.keys, j + comma) if j + comma < end else None
        if not hit and j + comma + 1 < end and self.keys[j + comma] in _DEPUTY | _MEMBERSHIP and \
                self.lex.titles.match(self.keys, j + comma + 1):
            hit = (1, "", [])  # "نائب رئيس الوزراء"، "مستشار وزير الخارجية": a deputy of an office
        if not hit:
            return j
        j += comma  # "أكد X، وكيل الوزارة لشؤون الكهرباء رئيس مجلس إدارة الشركة، في بيان": one title after another
        t = j + hit[0]
        if (m := self.ctx.mention_at(j)) is not None and m.type == "Person" and m.first == j:
            t = max(t, m.last)  # "رئيس الحكومة التونسية": an office the name finder read as its holder
        # a title ending in an indefinite head ("رئيس"، "أمير منطقة") still needs its owner
        open_construct = not self.keys[t - 1].startswith("ال")
        for _ in range(12):
            if t >= end:
                break
            k = self.keys[t]
            m = self.ctx.mention_at(t)
            if m is not None and m.type == "Person" and m.first == t and (more := self.lex.titles.match(self.keys, t)):
                t = max(t + more[0], m.last)  # "نائب رئيس الوزراء العراقي": an office read as its holder
                open_construct = not self.keys[t - 1].startswith("ال")
                continue
            if m is not None and m.type == "Person" or k in _PUNCT or k in _COMPLEMENTIZERS or \
                    k in _PRONOUN_COMPLEMENTIZERS or k in _PREPOSITIONS or k in (_QUOTE, ".") or \
                    self.lex.speech.match(self.keys, t) or self.ctx.is_weekday_or_date(t):
                break
            if m is not None and m.type in ("Organization", "State", "Place", "Group") and (
                    open_construct or m.proclitic[-1:] in ("ل", "ب") or m.first == t and k.startswith("ال")
                    and _definite_adjective(k)):
                t, open_construct = m.last, False  # "رئيس إقليم كردستان"، "لمجلس التعاون"
                continue
            if _definite_adjective(k) or k in _TITLE_ADJECTIVES or match_key(k) in self.nisba:
                t += 1
                continue
            nxt = self.keys[t + 1] if t + 1 < end else ""
            genitive_next = nxt.startswith("ال") or self.ctx.mention_at(t + 1) is not None
            if open_construct and k.startswith("ال"):
                t, open_construct = t + 1, False  # "مدير إدارة الإعلام": the owner closes the chain
                continue
            if open_construct and self._content_word(t, end) and (genitive_next or self._content_word(t + 1, end)
                                                                  and not self.lex.speech.match(self.keys, t + 1)):
                t += 1  # "رئيس نادي الزمالك"، "رئيس مجلس إدارة الشركة": nouns in construct, then their owner
                continue
            if not open_construct and k.startswith("وال") and len(k) > 5:
                t += 1  # "وزارة المياه والكهرباء": a coordinated owner
                continue
            if (k.startswith("لل") or k.startswith("بال")) and len(k) > 4 and not open_construct:
                t += 1  # "المرشد الأعلى للثورة": a definite attachment
                continue
            if k[:1] in ("ل", "ب") and len(k) > 3 and not k[1:].startswith("ال") and genitive_next and \
                    not self.lex.speech.match(self.keys, t + 1):
                t, open_construct = t + 1, True  # "بأمانة المنطقة"، "لشؤون الكهرباء"
                continue
            if (more := self.lex.titles.match(self.keys, t)) is not None:
                t += more[0]  # "وكيل الوزارة رئيس مجلس إدارة الشركة": a second office
                open_construct = not self.keys[t - 1].startswith("ال")
                continue
            break
        return j - comma if open_construct else t

    def _speaker_np_start(self, k: int, speakers: list[str], end: int) -> int:
        """Where the named speaker starts inside the subject that opens at k (a long title may come first)."""
        for t in range(k, min(end, k + 16)):
            m = self.ctx.mention_at(t)
            if m and m.key in speakers:
                return t
        return k

    def _object_frame(self, k: int, end: int) -> bool:
        """Actors at k followed by the complement of a verbal act ("فرنسا والولايات المتحدة بالانحياز", "X إلى")."""
        first = k
        while k < end:
            m = self.ctx.mention_at(k)
            if m is None or m.type not in _ACTOR_TYPES:
                break
            if k == first and m.type == "Person" or k > first and not self.keys[m.first].startswith("و"):
                return False  # "ودعا المبعوث X الحوثيين إلى": the envoy speaks
            k = m.last
            while k < end and self.keys[k] in ("،", ","):
                k += 1
        if k >= end:
            return False
        tok = self.keys[k]
        return tok in (_TO, _ON, "ب") or tok.startswith("ب") and not tok.startswith(_BETWEEN) and len(tok) > 3

    def _subject_phrase(self, j: int, end: int) -> bool:
        """A noun phrase opening at j and closed by a complementizer ("وأكد مكتب رئيس الوزراء أن"): the subject.
        Without one the noun is the verb's object ("ووصف الدعوات إلى التفاوض بالعبثية")."""
        if not self._content_word(j, end):
            return False
        k = j + 1
        while k < min(end, j + 12):
            if self.keys[k] in _ANY_COMPLEMENTIZER:
                return True
            if self.keys[k] in ("،", ",") and k > j + 1 and (close := next(
                    (u for u in range(k + 2, min(end, k + 7)) if self.keys[u] in ("،", ",")), None)) is not None \
                    and close + 1 < end and self.keys[close + 1] in _ANY_COMPLEMENTIZER \
                    and not any(self.lex.speech.match(self.keys, u) for u in range(k + 1, close)):
                return True  # "واعتبرت وفاء العمراني، شاعرة مغربية، أن": a name, its apposition, the words
            if self.keys[k] in _PHRASE_ENDS:
                return False
            if (m := self.lex.speech.match(self.keys, k)) and m[2][0]["kind"] in ("verb", "present"):
                return False  # "استبعدت خفضا لديون اليونان وقالت إنها": the complementizer is the next verb's
            k += 1
        return False

    def _content_word(self, j: int, end: int) -> bool:
        """Is token j a word that can open a subject (not a complementizer, preposition, quote or punctuation)?"""
        if j >= end:
            return False
        k = self.keys[j]
        # "بالقرار"، "لحماية" carry a preposition; "بعض"، "بوتين" do not (too short, or a name the finder read whole)
        clitic = k[:1] in "لب" and (k[1:].startswith("ال") or len(k) > 4 and not (
            (m := self.ctx.mention_at(j)) is not None and not m.prefix))
        return not (k in _COMPLEMENTIZERS or k in _PRONOUN_COMPLEMENTIZERS or k in _PUNCT or k in _PREPOSITIONS
                    or k in _NOT_SUBJECTS or clitic or self.ctx.is_weekday_or_date(j))

    def _speaker_span_end(self, j: int, end: int) -> int:
        while j < end:
            m = self.ctx.mention_at(j)
            if m:
                nxt = self.ctx.mention_at(m.last)
                j = nxt.last if m.type == "State" and nxt and nxt.type == "Person" else m.last
            elif self.ctx.anaphor(j):
                j += 1
            else:
                break
            k = j
            while k < end and self.keys[k] in ("،", ",", '"'):
                k += 1
            if k < end and self._conjoined(k):
                j = k
            else:
                break
        return j

    def _skip_circumstances(self, j: int, end: int) -> tuple[int, str | None]:
        """Skip date words, "في بيان", "وفق وكالة X" and punctuation between speaker and content; returns the
        content start and the channel (a relaying agency) when one is named."""
        channel = None
        while j < end:
            k = self.keys[j]
            if k == "-" and (dashed := self._dashed_apposition(j, end)) is not None:
                j = dashed  # "أعلنت قيادة القوات البرية -اللجنة المركزية لقبول الطلبة- عن": who in it speaks
                continue
            if k in _PUNCT or k in _ASIDES or \
                    self.ctx.is_weekday_or_date(j) or match_key(k) in self.nisba or \
                    _definite_adjective(k) and self.ctx.mention_at(j) is None:
                j += 1
                continue
            if k.startswith("و") and _definite_adjective(k[1:]) and j > 0 and self.ctx.mention_at(j) is None and \
                    (_definite_adjective(self.keys[j - 1]) or any(m.last == j for m in self.ctx.mentions_in(
                        max(0, j - 8), j))):
                j += 1  # "المؤسسة العامة للتدريب التقني والمهني": the name goes on past what the finder read
                continue
            if k in _APPOSITION_PRONOUNS and j > 0 and self.keys[j - 1] in ("،", ","):
                # "ويقول فلان، وهو محلل أول لدى «...»، لـ«الشرق الأوسط»: «...»": an apposition about the speaker
                stop = None
                for t in range(j + 1, min(end, j + 25)):
                    if self.keys[t] in (".", "؛", ";") or self._verb_cue(t):
                        break
                    if self.keys[t] == ":" or self.keys[t] in _OPENERS and self.keys[t] != _QUOTE and \
                            self.keys[t - 1] in _PUNCT:
                        stop = t
                        break
                if stop is not None:
                    j = stop
                    continue
            if k in _IN_IT and j > 0 and self.lex.speech.match(self.keys, j - 1):
                j += 1  # "ألقى كلمة رحب فيها بالمشاركين": the speech he welcomed them in
                continue
            if k.startswith("لل") and len(k) > 5 and any(m.last == j and m.type in ("Organization", "Group")
                                                         for m in self.ctx.mentions_in(max(0, j - 8), j)):
                j += 1  # "المجلس العسكري للمقاومة": the organization's name goes on
                continue
            if k == '"' and any(m.last == j for m in self.ctx.mentions_in(max(0, j - 8), j)) and \
                    self._short_quote(j, end) and (
                    close := next(u for u in range(j + 1, min(end, j + 7)) if self.keys[u] == _QUOTE)) + 1 < end \
                    and close == j + 2 and self.ctx.mention_at(j + 1) is not None:
                j = close + 1  # "قالت شركة بترول أبوظبي الوطنية "أدنوك" أمس إنها": the name's one-word acronym
                continue
            if k == '"' and j + 1 < end and self.keys[j + 1] == "،":
                j += 1
                continue
            if match_key(k) in _ADVERBS:
                j += 1  # "أكدت X مجددا على أن"
                continue
            if k == _AS and j > 0 and self.keys[j - 1] in ("،", ",") and self._finite_cue(j + 1) and (opener := next(
                    (t for t in range(j + 2, min(end, j + 14)) if self.keys[t] in _OPENERS or self.keys[t] == "."),
                    None)) is not None and self.keys[opener] != "." and \
                    not any(self._finite_cue(t) for t in range(j + 2, opener)):
                # "قال الشيخ X، كما نقل عنه موقع «العربية نت» إنه": the outlet that relayed him, not his words
                channel = next((m.key for m in self.ctx.mentions_in(j + 2, opener)
                                if self._type(m.key) == "Organization"), channel)
                j = opener
                continue
            if k in _APPOSITION_OPENERS and j > 0 and self.keys[j - 1] in ("،", ",") and (stop := next(
                    (t for t in range(j + 1, min(end, j + 16)) if self.keys[t] in ("،", ",")), None)) is not None \
                    and not any(w in _OPENERS or w == "." or self.lex.speech.match(self.keys, t)
                                for t, w in enumerate(self.keys[j:stop], j)):
                j = stop  # "قال ناصر العجي، أحد أبرز مشايخ قبيلة مراد ...، في تصريح": who the speaker is
                continue
            if (marker := next((n for n in (3, 2) if " ".join(self.keys[j:j + n]) in _MARKERS), 0)):
                j += marker  # "ودعا النجيفي من جهة ثانية رئيس الوزراء": the reporter's link, not the words
                continue
            if k in _LED_BY and j + 1 < end and ((led := self.ctx.mention_at(j + 1)) is not None
                                                 or self.keys[j + 1].startswith("ال")):
                j = led.last if led is not None else j + 2  # "وأعلن التحالف العربي بقيادة المملكة السبت الهدنة"
                continue
            if match_key(k) in _TIME_NOUNS and j + 1 < end and match_key(self.keys[j + 1]) in _TIME_ADJECTIVES:
                j += 2  # "أعلن البنك الدولي الشهر الماضي رصد ..."
                continue
            if k in _DEMONSTRATIVES and j + 1 < end and match_key(self.keys[j + 1]) in _TIME_NOUNS:
                j += 2  # "وأعلنت واشنطن وأنقرة هذا الأسبوع عزمهما"
                continue
            if k in _ADDRESSEES:
                j += 1  # "قال للصحفيين إن"
                continue
            if j > 0 and (self.keys[j - 1] in ("،", ",", "-") or self.ctx.mention_at(j) is None and any(
                    m.last == j and m.type == "Person" for m in self.ctx.mentions_in(max(0, j - 6), j))) and \
                    self.lex.titles.match(self.keys, j):
                # also "وصف X الأمين العام لمجلس التعاون، التصريحات": a title right after a person's name
                # "وقال X، رئيس مجلس إدارة الشركة، إن": the speaker's title set off by commas (or dashes: "X -مدير
                # عام برنامج "فطن"- إلى أن")
                seps = ("-",) if self.keys[j - 1] == "-" else ("،", ",")
                stop = next((t for t in range(j + 1, min(end, j + 10)) if self.keys[t] in seps), None)
                if stop is not None and seps == ("-",) and stop + 1 < end and self._short_quote(stop + 1, end) and \
                        (close := next(u for u in range(stop + 2, end) if self.keys[u] == _QUOTE)) + 1 < end and \
                        self.keys[close + 1] in ("،", ","):
                    stop = close + 1  # "-المدير العام للمؤسسة- "إخاء" ، أن": the body's quoted name after it
                if stop is not None and not any(k in _OPENERS and k != _QUOTE or k == "." for k in self.keys[j:stop]) \
                        and self.keys[j:stop].count(_QUOTE) % 2 == 0:  # a quoted name may stand in the title
                    j = stop
                    continue
            m = self.ctx.mention_at(j)
            if m and m.proclitic[-1:] == "ل" and self._type(m.key) == "Organization":
                channel, j = m.key, m.last  # "قال لوكالة فرانس برس إن": the outlet he spoke to carries it
                continue
            if k == "ل" and j + 1 < end:
                # "قال لـ«الشرق الأوسط»": the paper he spoke to, written apart from its preposition
                t = j + 2 if self.keys[j + 1] == _QUOTE else j + 1
                m = self.ctx.mention_at(t)
                if m is not None:
                    if self._type(m.key) == "Organization":
                        channel = m.key
                    j = m.last + 1 if m.last < end and self.keys[m.last] == _QUOTE and t == j + 2 else m.last
                    continue
            attr = self.lex.speech.match(self.keys, j)
            if attr and attr[2][0]["kind"] == "attribution":
                speakers = self._actor_at(j + attr[0], end)
                if speakers:
                    channel = speakers[0]
                    j = self._speaker_span_end(j + attr[0], end)
                    continue
                # "وقالت الصحيفة، حسب أصدقاء عبد العزيز، إنه": a source we cannot name, set off by commas
                stop = next((t for t in range(j + 1, min(end, j + 8)) if self.keys[t] in ("،", ",")), None)
                if j > 0 and self.keys[j - 1] in ("،", ",") and stop is not None and stop + 1 < end and \
                        self.keys[stop + 1] in _OPENERS:
                    j = stop
                    continue
            if k == _FROM and j + 2 < end and self.keys[j + 1] in _CIRCUMSTANCE and \
                    any(v.startswith(_CIRCUMSTANCE_NOUNS) for _p, v in clitic_variants(self.keys[j + 2])):
                j += 1  # "طالبت حكومة مصر من خلال بيان ... صدر أمس، بضرورة": "through", a circumstance
                continue
            if any(s in _CIRCUMSTANCE for _p, s in clitic_variants(k)) or k in _CIRCUMSTANCE or k == _ON:
                nxt = self.keys[j + 1] if j + 1 < end else ""
                if any(v.startswith(_CIRCUMSTANCE_NOUNS) for _p, v in clitic_variants(nxt)) or \
                        any(v.startswith(_CIRCUMSTANCE_NOUNS) for _p, v in clitic_variants(k)):
                    # "في بيان"، "في خطاب متلفز"، "في تصريح للتلفزيون الرسمي،": up to a nearby comma, else
                    # the noun and its adjectives only
                    # "- في كلمة له -": a circumstance set off by dashes closes at the second
                    dash = ("-",) if j > 0 and self.keys[j - 1] == "-" else ()
                    stop = next((t for t in range(j + 1, min(end, j + 12))
                                 if self.keys[t] in ("،", ",", ":", *dash)
                                 or self.keys[t] in _ANY_COMPLEMENTIZER), None)
                    if stop is not None and any(m.type in _ACTOR_TYPES and not m.prefix and not self._governed(m)
                                                for m in self.ctx.mentions_in(j + 2, stop)):
                        stop = None  # "اتهم الجيش في بيان قوات الدعم السريع بقصف ...،": the object follows
                    if stop is None and (far := self._far_complementizer(j + 2, end)) is not None:
                        stop = far  # "خلال اجتماع حكومي عقد لمناقشة نفقات ... الطبيعية، أن": a long circumstance
                    if stop is not None:
                        j = stop
                    else:
                        j += 2
                        adjectives = 0
                        while j < end and adjectives < 2 and _adjective(self.keys[j]) and \
                                self.ctx.mention_at(j) is None:
                            j += 1
                            adjectives += 1
                    continue
                if k in _DATE_PREPOSITIONS and j + 1 < end and (self.ctx.is_weekday_or_date(j + 1) or (
                        self.lex.months.match(self.keys, j + 1)) or (
                        nxt in _DEMONSTRATIVES and j + 2 < end and self.keys[j + 2].startswith("ال"))):
                    j += 3 if nxt in _DEMONSTRATIVES else 2  # "في أبريل"، "في هذا السياق"
                    # "في اليوم الأول من زيارة غير مسبوقة إلى كينيا السبت أن": the date phrase runs to the words
                    opener = next((t for t in range(j, min(end, j + 12)) if self.keys[t] in _CLAUSE_STOPS
                                   or self._finite_cue(t)), None)
                    if opener is not None and self.keys[opener] in _ANY_COMPLEMENTIZER and \
                            not any(m.type in _ACTOR_TYPES and not self._governed(m)
                                    for m in self.ctx.mentions_in(j, opener)):
                        j = opener
                    continue
            if (place := self._place_phrase(j, end)) is not None:
                j = place  # "أعلنت المديرية بمنطقة القصيم عن"، "وأكدت العائلة في مدينة دوما": where the speaker is
                continue
            if (frame := self._description_to_frame(j, end)) is not None:
                j = frame  # "وأشار الشاعر أحمد الهلالي عضو النادي الأدبي بالطائف إلى أن": the rest of his title
                continue
            break
        return j, channel

    def _description_to_frame(self, j: int, end: int) -> int | None:
        """The rest of the speaker's title up to the words' frame, a preposition and a complementizer a few words on
        ("عضو النادي الأدبي بالطائف إلى أن"), with no punctuation, quotation, verb or person between: where the frame
        opens, else None."""
        if j >= end or not (self.lex.titles.match(self.keys, j) or self.keys[j] in _DESCRIPTION_HEADS):
            return None  # "وشدد الصفدي حرص المملكة على أن": a noun phrase the words open with, not his title
        for t in range(j + 1, min(end - 1, j + 8)):
            k = self.keys[t]
            if k in _PUNCT or k in (".", _QUOTE) or k in _OPENERS or self.lex.speech.match(self.keys, t) or \
                    self.lex.actions.match(self.keys, t) or \
                    (m := self.ctx.mention_at(t)) is not None and m.type == "Person":
                return None
            if k in _PREPOSITIONS and self.keys[t + 1] in _ANY_COMPLEMENTIZER:
                return t
        return None

    def _dashed_apposition(self, j: int, end: int) -> int | None:
        """A phrase set off by dashes right after the speaker's name, closed right before the words' complementizer
        or preposition ("X -اللجنة المركزية لقبول الطلبة- عن"): where it closes, else None."""
        if j == 0 or not any(m.last == j and m.type in _ACTOR_TYPES for m in self.ctx.mentions_in(max(0, j - 8), j)):
            return None
        for t in range(j + 1, min(end, j + 12)):
            k = self.keys[t]
            if k == "-":
                return t + 1 if t > j + 1 and t + 1 < end and (
                    self.keys[t + 1] in _OPENERS or self.keys[t + 1] in _PREPOSITIONS) else None
            if k in _OPENERS or k in _PUNCT or k == "." or self.lex.speech.match(self.keys, t):
                return None
        return None

    def _place_phrase(self, j: int, end: int) -> int | None:
        """Where a place phrase at j ends: "في الرياض"، "بمنطقة القصيم"، "في مدينة دوما"، "بالحدود الشمالية (ألفة)"
        (a place named after في or with ب, or a place noun and its name); None when none opens at j."""
        k = self.keys[j]
        t = j + 1 if k == "في" else j
        if t >= end:
            return None
        m = self.ctx.mention_at(t)
        if m is not None and m.type == "Place" and m.first == t and (t > j or m.proclitic[-1:] == "ب"):
            t = m.last
        elif any(v in _PLACE_HEADS for p, v in clitic_variants(self.keys[t]) if p in (("",) if t > j else ("ب",))) \
                and t + 1 < end and self._content_word(t + 1, end):
            t += 1
            m = self.ctx.mention_at(t)
            t = m.last if m is not None and m.first == t else t + 1
            while t < end and _definite_adjective(self.keys[t]) and self.ctx.mention_at(t) is None:
                t += 1
        else:
            return None
        if t + 2 < end and self.keys[t] == "(":
            close = next((u for u in range(t + 1, min(end, t + 5)) if self.keys[u] == ")"), None)
            t = close + 1 if close is not None else t
        if (m := self.ctx.mention_at(t)) is not None and m.type == "Person":
            return None  # "عن السفير المصري بالخرطوم أسامة شلتوت": the place belongs to a title before a name
        return t

    def _past_relative(self, c: int, end: int) -> int | None:
        """Where the words open after a relative clause at c: the complementizer right after a comma that closes
        it ("، التي نقلت الخبر عن صحيفة Y، أن"), whatever cue the clause holds; None before a clause end."""
        u = c + 1
        while u < min(end, c + 40):
            if self.keys[u] == _QUOTE and self._short_quote(u, end):
                u = next(v for v in range(u + 1, end) if self.keys[v] == _QUOTE) + 1  # "صحيفة «لوطون»"
                continue
            if self.keys[u] in (".", "؛", ";", _QUOTE):
                return None
            if self.keys[u] in ("،", ",") and u + 1 < end and \
                    self.keys[u + 1] in _ANY_COMPLEMENTIZER:
                return u + 1
            u += 1
        return None

    def _far_complementizer(self, t: int, end: int) -> int | None:
        """A complementizer after a comma further on ("، أن"), or a colon opening a quotation ("...: «"), with no
        other cue, clause end or quotation before it (a quoted name may stand there: "وكالة «سبأ» التي ...، إن"):
        where the words open after a long circumstance."""
        u = t
        while u < min(end, t + 40):
            k = self.keys[u]
            if k == _QUOTE and self._short_quote(u, end):
                u = next(v for v in range(u + 1, end) if self.keys[v] == _QUOTE) + 1
                continue
            if k == ":" and u + 1 < end and self.keys[u + 1] == _QUOTE:
                return u  # "وقال X، المحامي في «Y» وهي مؤسسة ... أقامت الدعوى: «...»"
            if k == _QUOTE and u < t + 12 and self.keys[u - 1] not in _PUNCT and (
                    close := next((v for v in range(u + 1, min(end, u + 150)) if self.keys[v] == _QUOTE), None)) \
                    is not None and close - u > 6:
                return u  # "في مؤتمر صحافي بثه التلفزيون في أنقرة «...»": the quotation after the occasion
            if k == "ب" and u + 2 < end and self.keys[u + 1] == _QUOTE and \
                    self.keys[u + 2] in _ANY_COMPLEMENTIZER:
                return u + 1  # "في مقابلة بثت أخيرا على قناة «الجزيرة» بـ«أن ...»"
            if k in (".", "؛", ";", _QUOTE, ":") or self.lex.speech.match(self.keys, u):
                return None
            if k in ("،", ",") and u + 1 < end and (self.keys[u + 1] in _ANY_COMPLEMENTIZER
                                                    or self.keys[u + 1] in (_ON, _TO) and u + 2 < end and
                                                    self.keys[u + 2] in _ANY_COMPLEMENTIZER):
                return u  # "، أن"، "، على أن"
            u += 1
        return None

    def _content(self, c: int, end: int, allow_preposition: bool) -> tuple[int, int, str]:
        """(first token, end token, kind) of the reported content starting at c."""
        if allow_preposition and c < end and self.keys[c] in _PREPOSITIONS:
            c += 1  # "شدد على أن", "أشار إلى أن": the preposition, then the complementizer
        if c < end and self.keys[c] in _COMPLEMENTIZERS:
            c += 1
        if c + 1 < end and self.keys[c] in _PRONOUN_COMPLEMENTIZERS and self.keys[c + 1] == ":":
            c += 1  # "قال في تغريدة انه :”...”": the colon opens the words, the complementizer is his
        if c + 1 < end and self.keys[c] == ":":
            c += 1
        q = c + 1 if c < end and self.keys[c] in _PRONOUN_COMPLEMENTIZERS else c
        if q < len(self.keys) and self.keys[q] == _QUOTE:
            # the closing quote is on the same line: an unbalanced quote must not swallow the next paragraphs
            text, limit, close = self.ctx.analysis.text, min(len(self.keys), q + 400), None
            for k in range(q + 1, limit):
                if "\n" in text[self.toks[k - 1].span.end:self.toks[k].span.begin]:
                    break
                if self.keys[k] == _QUOTE:
                    close = k
                    break
            if close is not None and close > q + 1:
                stop = next((t for t in range(close + 1, end) if t > close + 1 and self._new_clause_cue(t)), end)
                rest = [k for k in self.keys[close + 1:max(stop, close + 1)] if k not in _PUNCT and k != "."]
                cue_after = close + 1 < end and self._is_cue(self._next_word(close + 1, end))
                # the quotation carries the proposition when little follows it ("... " في هذه القنصلية.)
                if len(rest) <= 2 and close - q > 3 or cue_after or len(rest) * 3 <= close - q - 1:
                    return q + 1, close, "direct"
        e = c
        complementized = c > 0 and self.keys[c - 1] in _ANY_COMPLEMENTIZER
        while e < end:
            if e > c and self.keys[e - 1] in ("،", ",") and (self._is_cue(e) or self._circumstantial(e)
                                                            or self._cue_clause_ahead(e, end)):
                break
            if e > c + 2 and not self._in_quote[e] and (m := self.lex.speech.match(self.keys, e)) and \
                    m[2][0]["kind"] == "participle" and e + m[0] < end and \
                    self.keys[e + m[0]] in _PREPOSITIONS | _ANY_COMPLEMENTIZER | _THEREBY:
                break  # "... خارج حدود القانون مشيرا بذلك إلى": the narrator's participle, even without a comma
            if e > c and self.keys[e] in ("؛", ";"):
                break
            if e > c and self.keys[e - 1] in ("،", ",") and self.keys[e] in _NEGATIONS and not self._in_quote[e] and \
                    (m := self.lex.speech.match(self.keys, e + 1)) and m[2][0]["kind"] in ("verb", "present"):
                break  # "...، ولم يؤكد أو ينفي نية ...": the reporter says what the speaker left unsaid
            if e > c + 2 and self.keys[e - 1] in ("،", ",") and self.keys[e] in _BACKGROUND_VERBS and \
                    not self._in_quote[e]:
                break  # "...، وكانت الميليشيات قد قصفت": the reporter's background, not the words
            if e > c + 2 and not self._in_quote[e] and (m := self.lex.speech.match(self.keys, e)) and \
                    m[2][0]["kind"] == "attribution" and self._actor_at(e + m[0], end):
                break  # "... ضد الكوليسترول بحسب صحيفة الإندبندنت": the relaying paper, not the words
            if e > c + 1 and self.keys[e].startswith("و") and self._with_object_pronoun(e) is not None:
                break  # "انتقد القرار واعتبره ...": the next verb of the same speaker
            if e > c + 1 and self._svo_clause(e):
                break  # "... لكن المستشارة الألمانية أنجيلا ميركل استبعدت": another speaker's clause
            if e > c + 1 and self.keys[e - 1] in ("،", ",") and self.keys[e].startswith("و") and \
                    not self._in_quote[e] and self._finite_cue(e) and not self._verb_cue(e) and \
                    self._subject_then_words(e + 1, end):
                break  # "...، وبينت اللجنة أن": a verb that is also a common word, with a subject and its words
            if e > c + 1 and self.keys[e].startswith("و") and not self._in_quote[e] and \
                    (m := self.lex.speech.match(self.keys, e)) and m[2][0]["kind"] == "verb" and \
                    (not complementized or e + m[0] < end and self.keys[e + m[0]] in (":", _QUOTE)):
                # "استبعدت خفضا في الديون وقالت إنها": the object ends where the next verb begins; after a
                # complementizer only a verb opening a colon or quotation ("... في تصاعد وقال: «...»") ends it
                break
            if e > c + 1 and not self._in_quote[e] and (start := self._unnamed_subject_before(c + 1, e)) is not None \
                    and self._reports_ahead(e, end):
                # "... يبقى مطروحا رغم ان خبراء يرون ان": a new report whose unnamed subject opens its clause; the
                # link and the complementizer before it go with it
                e = start
                while e > c + 1 and (self.keys[e - 1] in _CLAUSE_OPENERS
                                     or self.keys[e - 1] in _PUNCT or self.keys[e - 1] == "و"):
                    e -= 1
                break
            if e > c + 1 and self._new_speech_clause(e):
                e -= 1
                while e > c and self.keys[e - 1] in ("في", "،", ","):
                    e -= 1
                break
            if e > c + 1 and not self._in_quote[e] and self._reporting_clause(e, end):
                # "... ارتفعت إلى 66 قتيلا من جهة أخرى أفاد مصدر أمني بأن"، "وهي خطوة قال منتقدون إنها": the
                # reporter's link to the new report goes with it
                marker = next((n for n in (3, 2, 1) if e - n > c and " ".join(self.keys[e - n:e]) in _MARKERS), 0)
                if marker:
                    e -= marker
                elif (pron := next((u for u in range(e - 1, max(c, e - 4), -1) if self.keys[u] in _APPOSITION_PRONOUNS),
                                   None)) is not None:
                    e = pron
                while e > c + 1 and (self.keys[e - 1] in _CLAUSE_LINKS or self.keys[e - 1] in _PUNCT):
                    e -= 1  # "...، إذ يقول باحثون إنهم": the link opens the new report
                break
            e += 1
        while e > c and self.keys[e - 1] in _CONTENT_TAIL:
            if self.keys[e - 1] == _QUOTE and self.keys[c:e].count(_QUOTE) % 2 == 0:
                break
            e -= 1
        return c, e, "indirect"

    def _reported_topic(self, i: int, n: int, s0: int, s1: int, sent_span: Span) -> int:
        """"سحبت الوزارة تصريحات ... بشأن سقوط 164 ضحية": a statement noun whose topic follows بشأن/حول, said by
        the sentence's subject."""
        about = next((k for k in range(i + n, min(s1, i + n + 14)) if self.keys[k] in _TOPIC_PREPOSITIONS), None)
        subj = self._clause_subject(s0, i)
        if about is None or subj is None or self._type(subj) == "Place":
            return i + n
        c0 = about + 1
        e = c0
        while e < s1 and self.keys[e] not in ("،", ",", "؛", ".", _QUOTE):
            e += 1
        if e - c0 < 2:
            return i + n
        when = self._inherited_date([subj], False, c0, e)
        self._emit([subj], i, n, c0, e, "indirect", when, None, sent_span)
        return e

    def _type(self, key: str) -> str | None:
        ent = self.ctx.entities.get(key)
        return ent.type if ent else None

    def _possessive_content(self, i: int, s0: int, s1: int) -> tuple[int, int, str]:
        q = i - 1
        while q > s0 and self.keys[q] in ("،", ",", "-"):
            q -= 1
        if self.keys[q] == _QUOTE:
            opening = next((k for k in range(q - 1, s0 - 1, -1) if self.keys[k] == _QUOTE), None)
            if opening is not None and opening < q - 1:
                return opening + 1, q, "direct"
        start = next((k + 1 for k in range(i - 1, s0 - 1, -1) if self.keys[k] in ("،", ",")), s0)
        while start < i and self.keys[start] in _CLAUSE_PARTICLES:
            start += 1
        end = s1
        while end > start and self.keys[end - 1] in _SENTENCE_TAIL:
            end -= 1
        return start, end, "indirect"

    def _said_in(self, t: int) -> bool:
        """"في بيان"، "خلال تصريح": a speech noun naming where the words were said, not a new cue."""
        m = self.lex.speech.match(self.keys, t)
        return t > 0 and self.keys[t - 1] in _CIRCUMSTANCE and bool(m) and m[2][0]["kind"] == "noun"

    def _circumstantial(self, e: int) -> bool:
        """An accusative active participle after a comma that reports no words ("، مواصلا زيارته إلى"): what the
        speaker did next, not what he said; or one of the simple verb (فاعلا: "، كاشفا أن"، "، رافضا أن") that opens
        a complementizer: the reporter's next report, whichever cue the lexicon lacks."""
        k = self.keys[e]
        if self.lex.speech.match(self.keys, e) or self.ctx.mention_at(e) is not None:
            return False
        if k.startswith("م") and k.endswith("ا") and not k.endswith(_NOT_PARTICIPLE_ENDINGS) and 5 <= len(k) <= 8:
            return True
        nxt = self.keys[e + 1] if e + 1 < len(self.keys) else ""
        return len(k) == 5 and k[1] == "ا" and k.endswith("ا") and not k.endswith(_NOT_PARTICIPLE_ENDINGS) and \
            nxt in _ANY_COMPLEMENTIZER

    def _cue_clause_ahead(self, e: int, end: int) -> bool:
        """"، وعن فلان قال: إنه"، "، لكن بالمقابل أكد أن": a new clause whose speech verb comes a few words after
        its و or its contrasting word."""
        if not (self.keys[e].startswith("و") or self.keys[e] in _CONTRASTS) or \
                self.keys[e] in _ANY_COMPLEMENTIZER or \
                any(v in _ANY_COMPLEMENTIZER for _p, v in clitic_variants(self.keys[e])):
            return False
        for t in range(e + 1, min(end, e + 5)):
            if self.keys[t] in _PUNCT or self.keys[t] in (".", _QUOTE):
                return False
            if (m := self.lex.speech.match(self.keys, t)) and m[2][0]["kind"] in ("verb", "present") and \
                    t + m[0] < end and self.keys[t + m[0]] in _ANY_COMPLEMENTIZER | {":"}:
                return True
            if m and m[2][0]["kind"] in ("verb", "present") and t + m[0] + 1 < end and \
                    (self.keys[t + m[0]] in _HONORIFICS or self.ctx.anaphor(t + m[0]) is not None) and \
                    self.keys[t + m[0] + 1] in _ANY_COMPLEMENTIZER:
                return True  # "، وقبل نهاية حديثه قال فضيلته إن"
        return False

    def _new_speech_clause(self, e: int) -> bool:
        """A speech verb opening a new clause inside the content: "، في حين ذكرت وكالة ..."، "حيث اعتبرت ...",
        "... وجاء في بيان للائتلاف"."""
        m = self.lex.speech.match(self.keys, e)
        if m and m[2][0]["kind"] == "noun" and m[0] > 1 and self.keys[e].startswith("و"):
            return True
        if not m or m[2][0]["kind"] not in ("verb", "present"):
            return False
        prev = self.keys[e - 1]
        if prev in ("،", ",") and (subj := self.ctx.mention_at(e + m[0])) is not None and \
                subj.type in _ACTOR_TYPES and not subj.prefix:
            return True  # "...، أكدت المحكمة الدستورية أنها": a new clause with a speaker of its own
        return prev in _CUE_CLAUSE_LINKS or (prev in ("،", ",") and self.keys[e].startswith("و"))

    def _reports_ahead(self, e: int, end: int) -> bool:
        """Is the token at e a speech verb whose words open (a complementizer, a colon, a quotation) a few words on?"""
        m = self.lex.speech.match(self.keys, e)
        return bool(m) and m[2][0]["kind"] in ("verb", "present") and any(
            self.keys[u] in _WORDS_OPENERS for u in range(e + m[0], min(end, e + m[0] + 6)))

    def _unnamed_subject_before(self, lo: int, e: int) -> int | None:
        """Where a subject that names no one opens its clause right before the verb at e ("غير أن مختصين آخرين
        يقولون"، "رغم أن خبراء يرون"): an unnamed source or a plural noun, an adjective or two after it, after a
        complementizer, a contrast, a clause link or a comma (or at lo); None for anything else."""
        t = e - 1
        while t >= lo and e - t <= 3 and self.keys[t] not in _PUNCT and self.keys[t] != _QUOTE and \
                self.ctx.mention_at(t) is None and self.ctx.anaphor(t) is None and self._content_word(t, e) and \
                self.keys[t] not in _NOT_IN_UNNAMED_SUBJECT and \
                not self.lex.speech.match(self.keys, t):
            t -= 1
        start = t + 1
        if start >= e or t >= lo and not (self.keys[t] in _CLAUSE_OPENERS or self.keys[t] in ("،", ",")):
            return None
        head = self.keys[start]
        plural = len(head) > 4 and head.endswith(("ون", "ين")) and not head.startswith(("ي", "ت"))
        if not (plural or any(v in _SOURCE_OR_REPORT_NOUNS for _p, v in clitic_variants(head))):
            return None
        if any(not self.keys[u].endswith(("ون", "ين", "ي", "ه")) for u in range(start + 1, e)):
            return None  # only adjectives may follow the head ("مختصين آخرين"، "مصادر مطلعة")
        return start

    def _noun_subject_before(self, s0: int, i: int) -> bool:
        """The verb at i has its subject before it, a noun that names no one, right after a complementizer ("أن
        الوزير شكر"، "إن الوفد أشاد"، "أن وفد الحركة شكر": a head noun and the body it belongs to, someone of it):
        in that order the actor after the verb is its object."""
        t = i - 1
        if t <= s0:
            return False
        m = self.ctx.mention_at(t)
        named = m is not None or self.ctx.anaphor(t) is not None
        if named:
            head = (m.first if m is not None else t) - 1  # the noun the body or anaphor belongs to
            if head <= s0 or self.ctx.mention_at(head) is not None or self.keys[head].startswith("ال") or \
                    not self._content_word(head, i):
                return False
            t = head
        elif t - 1 > s0 and self.keys[t - 1] not in _ANY_COMPLEMENTIZER and self.ctx.mention_at(t - 1) is None and \
                self._content_word(t - 1, i) and not self.keys[t - 1].startswith("ال"):
            t -= 1  # "وفد الحركة" with no antecedent for the body: a head noun in construct
        return s0 <= t - 1 and self.keys[t - 1] in _ANY_COMPLEMENTIZER and self._content_word(t, i) and \
            not self.lex.speech.match(self.keys, t) and not self.lex.titles.match(self.keys, t) and \
            self.keys[t] not in _NOT_IN_UNNAMED_SUBJECT and self.keys[t] not in _stopwords()  # not "أنه عندما"

    def _reporting_clause(self, e: int, end: int) -> bool:
        """A speech verb at e with a subject of its own right after it ("أفاد مصدر أمني بأن"، "قال منتقدون إنها"،
        "أعلنت وزارة الداخلية أن"), its words opening a few words on: a new report inside what would be the
        content, whoever makes it."""
        m = self.lex.speech.match(self.keys, e)
        if not m or m[2][0]["kind"] not in ("verb", "present") or e + m[0] >= end:
            return False
        k = e + m[0]
        subj = self.ctx.mention_at(k)
        word = self.keys[k]
        if subj is not None:
            named = subj.type in _ACTOR_TYPES and not subj.prefix
        else:
            named = any(v in _SOURCE_NOUNS for _p, v in clitic_variants(word)) or \
                len(word) > 5 and word.endswith("ون") and not word.startswith(("ي", "ت"))
        if not named:
            return False
        return any(self.keys[u] in _COMPLEMENTIZER_OR_COLON for u in range(k + 1, min(end, k + 12)))

    def _svo_clause(self, e: int) -> bool:
        """At e a contrastive link opens a clause whose subject speaks: "لكن X استبعدت"، "بينما X قال"."""
        if self.keys[e] not in _CONTRAST_LINKS:
            return False
        m = self.ctx.mention_at(e + 1)
        if m is None or m.type not in _ACTOR_TYPES:
            return False
        cue = self.lex.speech.match(self.keys, m.last)
        return bool(cue) and cue[2][0]["kind"] in ("verb", "present", "guarded")

    def _new_clause_cue(self, t: int) -> bool:
        """A speech verb a few words into a new clause: "«...»، وبالمجمل اعتبرت الصحف"."""
        m = self.lex.speech.match(self.keys, t)
        return bool(m) and m[2][0]["kind"] in ("verb", "present") and any(
            self.keys[u] in ("،", ",", ".") or self.keys[u].startswith("و") for u in range(max(0, t - 3), t + 1))

    def _next_word(self, j: int, end: int) -> int:
        while j < end and self.keys[j] in _PUNCT:
            j += 1
        return j

    def _is_cue(self, j: int) -> bool:
        if j >= len(self.keys):
            return False
        m = self.lex.speech.match(self.keys, j)
        return bool(m) and m[2][0]["kind"] in ("participle", "attribution")

    def _emit(self, speakers: list[str], cue_i: int, cue_n: int, c: int, e: int, kind: str, when, channel,
              sent_span: Span) -> None:
        speakers = [sp for sp in speakers if not self._unnamed_source(sp)]
        if e <= c or not speakers:
            return
        text = self.ctx.analysis.text
        cspan = Span(self.toks[c].span.begin, self.toks[e - 1].span.end)
        cue_span = Span(self.toks[cue_i].span.begin, self.toks[cue_i + cue_n - 1].span.end)
        made = []
        for sp in speakers:
            st = Statement(sp, kind, text[cue_span.begin:cue_span.end], cue_span, text[cspan.begin:cspan.end],
                           cspan, Span(min(sent_span.begin, cue_span.begin), max(sent_span.end, cspan.end)), when,
                           channel=channel, co_speakers=tuple(s for s in speakers if s != sp))
            made.append(st)
        self.out.extend(made)
        self.last = made
        if when is not None:
            for sp in speakers:
                self.speaker_dates[sp] = when

    def run(self) -> list[Statement]:
        quoted_to = -1  # token where the last quotation ends: a quotation may run over several sentences
        cues = self.lex.speech.matches(self.keys)  # speech.match(keys, i) at every i, from one scan
        # the positions the loop below stops at: a cue, or a spelling whose _with_object_pronoun is not known to be
        # None (read from the spellings' records in one pass, kg.spellings); at any other token the loop only steps
        recs = records(self.keys) if self.lex is owners()[0] else None
        asked = map(_OBJECT_VERB, recs) if recs is not None else \
            map(self._object_pronoun_verbs.get, self.keys, repeat(_UNASKED))
        # k where cues[k] or asked[k] is not None, without a Python step per token (cues has a match per key)
        stops = list(compress(range(len(self.keys)),
                              map(or_, map(is_not, cues, repeat(None)), map(is_not, asked, repeat(None)))))
        stops.append(len(self.keys))
        for si, sent in enumerate(self.ctx.analysis.sentences):
            if si in self.skip:
                continue
            s0, s1 = self.ctx.bounds(sent)
            if s0 < quoted_to:
                # inside the words of the last speaker: nothing there is the narrator's, and the speaker's turn
                # lasts until the quotation closes
                self.last_sentence = si
                if s1 <= quoted_to:
                    continue
            self._sentence_index = si
            # a headline or caption is not the sentence a dropped subject continues
            self._previous_subject = None if si - 1 in self.skip else self._sentence_subjects.get(si - 1)
            if si - self.last_sentence > 2:
                self.last = []
            i = max(s0, quoted_to + 1) if s0 < quoted_to else s0
            while i < s1:
                if i >= 0:
                    at = stops[bisect.bisect_left(stops, i)]
                    if at != i:
                        i = at
                        continue
                m = cues[i]
                if m is None:  # _with_object_pronoun(i), its record read here first (most tokens are no cue)
                    if recs is not None:
                        m = recs[i].object_verb
                        if m is UNKNOWN:
                            m = recs[i].object_verb = self._with_object_pronoun(i)
                    else:
                        m = self._with_object_pronoun(i)
                    self._suffixed = m is not None
                else:
                    self._suffixed = False
                if not m:
                    i += 1
                    continue
                n, prefix, payloads = m
                p = payloads[0]
                if self._in_quote[i] or self.keys[i] in _THANKS or self._opens_colon_speech(i, s0):
                    # "شكرا" is "thank you", not "the two thanked"; "وتابع: أعترف بأنني" is the speaker's own word
                    i += n  # inside a quotation: the quoted speaker's words, not the narrator's report
                    continue
                if p["kind"] == "participle" and i > s0 and self.keys[i].endswith("ه") and \
                        norm(self._surface(i - 1)).endswith(("ات", "ه")) and \
                        not self.keys[i - 1].startswith(("ال", "وال")) and \
                        self.ctx.mention_at(i - 1) is None and not self.lex.speech.match(self.keys, i - 1):
                    i += n  # "وسط إجراءات أمنية مشددة": a feminine participle right after a noun describes it
                    continue
                if i + n + 1 < s1 and self.keys[i + n] == _NOT and self.keys[i + n + 1] == _NAMED:
                    i += n  # "طالبا عدم ذكر اسمه": asking not to be named reports no words
                    continue
                if p["kind"] in ("verb", "present", "guarded") and any(c in prefix for c in ("ب", "ل", "ك")):
                    i += 1  # "بحثا" is ب + بحث, not ب + حثا: a preposition never attaches to a finite verb
                    continue
                if i > s0 and (self.keys[i - 1].isdecimal() or self.keys[i - 1] in self.lex.numbers or
                               p["kind"] == "present" and self.keys[i - 1] in _NOT_ASSERTING):
                    # "150 طالبا" are students; "التي تعتبر الحزب منظمة إرهابية" describes a position; "بما يؤكد"
                    # (which confirms), "أن تطالب" (to demand), "لم يؤكد" (did not confirm) report no words
                    i += n
                    continue
                if i > s0 and self._name_tail(i, s1) and any(
                        self._after_cue(q.first) for q in self.ctx.mentions_in(max(s0, i - 6), i) if q.last == i):
                    i += n  # "قال ناصر العجي طالب،": the speaker's family name, the cue before it speaks
                    continue
                nxt = self._handle(p, i, n, s0, s1, sent.span)
                if self.last:
                    self.ctx.last_source = self.last[0].speaker
                if nxt > i + n - 1:
                    self.last_sentence = si
                if nxt > s1:
                    quoted_to = nxt
                i = max(nxt, i + n)
        return _dedupe(self.out)

    def _handle(self, p: dict, i: int, n: int, s0: int, s1: int, sent_span: Span) -> int:
        kind = p["kind"]
        # a verb that is mostly another word ("بين" between, "عبر" via) speaks only when its content opens with
        # one of the words it requires ("وبين المصدر أن", "عبّر الرئيس عن")
        requires = p.get("requires")
        if kind == "guarded":
            kind = "verb"
        pub = self.ctx.published
        if kind == "noun" and not norm(p["lemma"]).startswith(_CAME):
            return self._reported_topic(i, n, s0, s1, sent_span)
        if kind == "attribution":
            return self._attribution(i, n, s0, s1, sent_span)
        j = i + n
        speakers: list[str] = []
        if i > s0 and self.keys[i - 1] == _WHAT:  # "وفق ما أعلن ...": part of an attribution, not a statement
            return i + n
        if self.keys[i].startswith("ف") and self._unnamed_topic(s0, i):
            return i + n  # "أما المؤيدون للاتفاق فيقولون": a topic no one can name speaks, not the last speaker
        if kind == "verb" and p["lemma"].endswith("ى") and match_key(norm(self.keys[i])).endswith("يت"):
            return i + n  # "رأيت" is "I saw": the third person of رأى is رأت
        if kind in ("verb", "present") and not p.get("object") and j < s1 and self.keys[j] in _ANAPHORIC_OBJECTS and \
                (j + 1 >= s1 or not self.keys[j + 1].startswith("ال")):
            # "ذكر ذلك سعد الثويني": he said what was just reported, his words are not here ("نفى ذلك" denies it)
            return i + n
        if kind in ("verb", "present") and i > s0 and self.keys[i - 1] in _WHOEVER:
            return i + n  # "ورد X على من يزعمون عدم تدخل طهران": whoever claims it is no one the text names
        if self._suffixed and i > s0 and self.keys[i - 1] in _RELATIVES:
            # "القائمة التي اعتبرها غير قانونية": the head is what was judged; who judged it is not in the clause
            return i + n
        relative_head: list[str] = []
        if kind in ("verb", "present") and i > s0 and self.keys[i - 1] in _RELATIVES:
            # "التقت الصحيفة الدكتور X ... الذي أوضح أن": the relative's head speaks; a head we cannot name gives
            # no statement (the last speaker does not continue into another man's clause)
            head = next((m for m in self.ctx.mentions_in(max(s0, i - 12), i) if m.last == i - 1), None)
            if head is None or head.type not in _ACTOR_TYPES or self._unnamed_source(head.key) or \
                    self._owned(head):
                return i + n  # "قرار مرسي الذي وصف": the decision, not Morsi, is the relative's head
            relative_head = [head.key]
        continuing = norm(p["lemma"]) in _CONTINUATION_LEMMAS or kind in ("participle", "noun")
        # a plural/dual verb or one opening a quotation without a subject continues the last speakers
        opens_quote = j < s1 and self.keys[j] in (":", _QUOTE)
        # a speech verb opening the sentence right after a statement ("وقال X ... . ووصف ...") continues it
        adjacent = self._sentence_index - self.last_sentence == 1 and (i == s0 or i == s0 + 1 and self.keys[s0] == "و")
        # a plural or dual ending, not a stem ending in alif ("ودعا" is one man calling, "وقالا" two speaking)
        stem_alif = match_key(norm(p["lemma"])).endswith(("ا", "ي"))
        plural = self.keys[i].endswith("وا") or self.keys[i].endswith("ا") and not stem_alif
        # "وطالب الحزب بـ... ودعا الحكومة إلى": a verb with و goes on with a statement made earlier in its sentence
        same_sentence = self.keys[i].startswith("و") and any(
            st.cue_span.begin >= self.toks[s0].span.begin for st in self.last)
        may_continue = continuing or opens_quote or adjacent or plural or same_sentence
        if self.keys[i].endswith("وا") and self.last and len({st.speaker for st in self.last}) < 2 and \
                self._type(self.last[0].speaker) == "Person":
            # "أعربوا" (they) does not go on with one man's words: its subject is someone else, maybe unread
            may_continue = False
        unnamed = object_first = False
        source_end: int | None = None
        if kind in ("verb", "present"):
            k = j
            while k < s1 and (self.keys[k] in _PUNCT or self.ctx.is_weekday_or_date(k) or
                              self.keys[k] == _QUOTE or self.keys[k] in _IN_IT or self.keys[k] in _ALSO):
                k += 1
            if k < s1 and k > j and self.keys[k - 1] in ("،", ",") and (att := self.lex.speech.match(self.keys, k)) \
                    and att[2][0]["kind"] == "attribution" and (stop := next(
                        (u for u in range(k + att[0], min(s1, k + 10)) if self.keys[u] in ("،", ",")), None)) \
                    is not None:
                k = self._next_word(stop, s1)  # "وأكد، بحسب وكالة «إيرنا»، أن": the relaying agency, not the subject
            if k + 2 < s1 and self.keys[k] == "ل" and self.keys[k + 1] == _QUOTE and self._short_quote(k + 1, s1) \
                    and self._content_word(close := next(u for u in range(k + 2, s1) if self.keys[u] == _QUOTE) + 1,
                                           s1):
                k = close  # "كشف لـ«اليوم» المهندس X": the paper he spoke to, then the speaker
            elif k + 3 < s1 and self.keys[k] == "ل" and self.keys[k + 1] == "(" and (shut := next(
                    (u for u in range(k + 2, min(s1, k + 6)) if self.keys[u] == ")"), None)) is not None and \
                    self._content_word(shut + 1, s1):
                k = shut + 1  # "كشف لـ(عكاظ) وكيل الوزارة X": the paper in brackets, then the speaker
            elif p.get("object") and (told := self._quoted_addressee(j, s1)) is not None:
                k, opens_quote = told, False  # "أبلغ «عكاظ» مدير عام فرع المصلحة X أنه": the paper he told
            if k + 1 < s1 and self.keys[k] in _ADDRESSEES and self.ctx.mention_at(k) is None:
                k += 1  # "وقال له الرئيس X": whom he spoke to, then the speaker
                if self.ctx.mention_at(k) is None and self.keys[k] not in _OPENERS:
                    return i + n  # "فقال لي بفرحة:": a word that names no one after "to me"; the speaker is unnamed
            if self.ctx.mention_at(k) is not None and self.keys[k] in _ADDRESSEES:
                return i + n  # "فقال لي بفرحة": a name made of "to me" and the next word; the speaker is unnamed
            svo = self._subject_right_before(s0, i)
            caller = self._caller(s0, i) if j < s1 and self.keys[j] in _IN_IT else None
            if caller is not None:
                speakers, relative_head = [caller], [caller]  # "تلقى X اتصالا من Y أعرب فيه": Y speaks in the call
            elif relative_head:
                speakers = relative_head
            elif self._suffixed:
                pass  # the words after "واعتبره" are what was said, never its subject
            elif svo and not self.keys[i].startswith(("و", "ف")):
                speakers = [svo]  # "وكانت الخارجية الأمريكية حذرت ..."
            elif (owned := self._vehicle_owner(k, s1)) is not None:
                speakers, source_end = owned  # "وقال بيان صادر عن قيادة الجيش إن": the army speaks
            elif (src := self._source(k, s1)) is not None:
                # "وقال مصدر مسؤول في الحكومة إن" speaks for the government; "مصدر أمني" names no one
                speakers, source_end = src
                if not speakers:
                    may_continue, unnamed, self.last = False, True, []
                    self._unnamed_cue = i
            else:
                head = self.ctx.mention_at(k)
                # "وصرح لقوات الأمن بـ...": an actor after a preposition is not the speaker
                # (the cue itself governs nothing: "عبّر الرئيس عن", where عبر is also "via")
                governed = head is not None and (self._governed(head) if head.first > j else
                                                 bool(head.proclitic) and head.proclitic[-1:] in ("ب", "ل", "ك"))
                speakers = [] if governed else (
                    (self._actor_at(k, s1) if self._quoted_name(j, s1) else []) if opens_quote
                    else self._speakers_at(k, s1))
                if speakers and not opens_quote and (self._noun_subject_before(s0, i) or not self._suffixed and
                                                     unnamed_subject_opens(self.ctx, self.lex, s0, i, self._governed)):
                    # "أن الوزير شكر الملك سلمان": the subject came first and names no one; the king is thanked
                    speakers, unnamed, self.last = [], True, []
                if opens_quote and not speakers and not governed and self._quoted_name(j, s1) and \
                        self.keys[j] == _QUOTE:
                    # "وقالت «هوندا»، ثالث أكبر شركة ...، في بيان إنها": a quoted name we did not read is the subject;
                    # the last speaker only when it is his name
                    close = next(u for u in range(j + 1, s1) if self.keys[u] == _QUOTE)
                    named = [st.speaker for st in self.last if (ent := self.ctx.entities.get(st.speaker)) is not None
                             and all(w in {match_key(x) for x in norm(ent.label_ar or "").replace('"', " ").split()}
                                     for w in self.keys[j + 1:close])]
                    if named:
                        speakers, source_end = named[:1], close + 1
                    else:
                        may_continue, unnamed, self.last = False, True, []
                if speakers and head is not None and head.first == k == i + n and self._disagrees(i, head):
                    speakers = []  # "ودعا وكالة التنمية الأميركية إلى": a masculine verb, so the agency is its object
                if not speakers and not governed and not opens_quote and (back := self._head_anaphor(k)) is not None:
                    speakers, source_end = [back], k + 1  # "وقالت المحكمة" after "المحكمة الدستورية العليا"
                if not speakers and not governed and not opens_quote and k < s1 and self.ctx.anaphor(k) is None and \
                        (body := self._spoken_for(k, s1)):
                    # "وقال المتحدث باسم وزارة الداخلية إن": the ministry, its spokesman unnamed (one the article
                    # named before is the anaphor's)
                    speakers = [body]
                if speakers and not opens_quote and self._accused(p, k, s1):
                    speakers = []  # "واتهمت الجامعة بأنها": the one accused; the accuser was named before
                subject_first = not p.get("object") and self._content_word(k, s1) and \
                    self.keys[k] not in _VEHICLES and not self.ctx.is_weekday_or_date(k)
                # "ونفى متحدث باسم المتمردين"، "وقال مسؤول أمريكي": an office no name follows, not in construct
                office = k + 1 < s1 and self.keys[k] in _DEPUTY | _MEMBERSHIP and not self.keys[k].startswith("ال") \
                    and not self.keys[k + 1].startswith("ال") and self.ctx.mention_at(k + 1) is None or \
                    k == j and k < len(self.keys) and not self.keys[k].startswith("ال") and \
                    bool(self.lex.titles.match(self.keys, k)) and \
                    self.ctx.mention_at(k) is None  # "وحذر أمير منطقة مكة من": an office in construct opens the subject

                described = self._described_unnamed(k, s1)
                if not speakers and not opens_quote and (subject_first or office or described or
                                                         self._subject_phrase(k, s1)) and \
                        self.ctx.anaphor(k) is None:
                    may_continue = continuing  # "وأكد مكتب ...": someone else speaks, whom we cannot name
                    unnamed = True
                    self.last = []  # and whoever spoke before no longer does
                here = [st.speaker for st in self.last if st.cue_span.begin >= self.toks[s0].span.begin]
                if speakers and here and p.get("action") and self.keys[i].startswith("و") and \
                        self._object_frame(k, s1):
                    # "أعربت الجبهة عن رفضها، واتهمت فرنسا بالانحياز": the same speaker, France is accused
                    speakers, continuing, object_first = list(dict.fromkeys(here)), True, True
                    j = k
            if source_end is not None:
                j = source_end
            elif speakers and not svo and not object_first and not relative_head:
                start = self._speaker_np_start(k, speakers, s1)
                j = self._speaker_span_end(start, s1)
                if self._type(speakers[-1]) == "Person" and (tail := self._name_tail(j, s1)):
                    j += tail  # "قال ناصر العجي طالب، أحد مشايخ ...": a family name that is also a verb
                if j < s1 and self.keys[j] == _QUOTE and start > 0 and self.keys[start - 1] == _QUOTE:
                    j += 1  # the close of the quoted name, not the opening of the words
                elif self._type(speakers[-1]) == "Person" and (t := self._title_phrase_end(j, s1)) > j and \
                        t < s1 and self.keys[t] in _OPENERS | _PUNCT | (set() if p.get("object") else _PREPOSITIONS) \
                        and not self._short_quote(t, s1) and (self.keys[t] != _QUOTE
                                                              or self.keys[s0:t].count(_QUOTE) % 2 == 0):
                    # "أعلن X رئيس نادي الزمالك عن": his title, not his words, when the title ends where the words
                    # or the verb's preposition begin; after a verb that takes an object only a title closed by a
                    # comma or a complementizer ("دعا X رئيس الوزراء إلى" is whom he called)
                    j = t
            elif not speakers and (topic := self._topic(s0, i)) is not None:
                speakers = [topic]  # "أما فلان، عضو الهيئة العليا للحزب، فقال": the topic speaks
            elif not speakers and not (continuing and self.last) and not self.keys[i].startswith("و"):
                # "، كما أفادت وزارة الداخلية": the actor right before the cue, not one inside a quotation; before
                # a verb with ف only the actor right next to it ("رجعت إلى الوزير فنفى ذلك")
                near = i if self.keys[i].startswith("ف") else i - 2
                # when a word stands in the subject's place after the verb ("السعوديون قال العنزي إن", a name we
                # do not know), only an actor opening the clause is the subject ("وكان جومرت توكاييف أكد الجمعة")
                opening = s0 + 2 if self._content_word(k, s1) and not p.get("object") else i
                before = [m for m in self.ctx.mentions_in(s0, i)
                          if m.type in _ACTOR_TYPES and m.last >= near and m.first <= opening
                          and not self._governed(m) and not self._owned(m)
                          and self.keys[s0:m.first].count(_QUOTE) % 2 == 0
                          and not any(t in _PUNCT or t in _CLAUSE_LINKS for t in self.keys[m.last:i])]
                if before and before[-1].type != "Person" and self._office_of(before[-1]):
                    # "أما فلان، عضو الهيئة العليا للحزب، فقال": a member of X speaks, whom we cannot name
                    before, unnamed, self.last = [], True, []
                if before:
                    speakers = [before[-1].key]
        elif kind == "participle":
            # a participle ("مضيفاً", "قائلة") has the subject of its sentence's main verb: the speakers of a
            # statement made earlier in the sentence, else the first actor that is not a prepositional object
            here = [st for st in self.last if st.cue_span.begin >= self.toks[s0].span.begin]
            # the main verb's subject comes before what it reports ("أفاد مصدر بأن المسلحين ...، مضيفا")
            lim = next((k for k in range(s0, i) if self.keys[k] in _ANY_COMPLEMENTIZER
                        or self.keys[k] in (_QUOTE, ":")), i)
            subj = self._clause_subject(s0, lim)
            first = next((m for m in self.ctx.mentions_in(s0, lim) if m.key == subj), None)
            if first is not None and first.type == "State" and first.last - first.first == 1 and \
                    first.first > s0 and self.keys[first.first].startswith("ال") and \
                    self.keys[first.first - 1].startswith("ال") and self.ctx.mention_at(first.first - 1) is None:
                subj, first, may_continue = None, None, False  # "وأوضحت الصحيفة السعودية ...، مضيفة": not the state
            # "من جهته، بارك المهندس X ...، مشيرا": a lead phrase set off by a comma opens no clause of its own
            lead = next((k + 1 for k in range(s0, min(lim, s0 + 3)) if self.keys[k] in ("،", ",")
                         and not self.ctx.mentions_in(s0, k)), s0)
            if first is not None and first.first > lead + 3 and not self._after_cue(first.first) and not (
                    self.keys[first.first - 1].startswith("ال") and self.ctx.mention_at(first.first - 1) is None
                    and self._after_cue(first.first - 1)):  # "من جانبه عبر المواطن X عن ...، مطالبا": X speaks
                # "طالب ائتلاف ... الحكومة بـ...، محذرا": the actor deep in the clause is its object
                subj = None
            if first is not None and subj and (self._owned(first) or first.first > lead + 1 and not self._after_cue(
                    first.first) and self.keys[first.first - 1] not in _SUBJECT_OPENERS | _PUNCT and
                    not self.keys[first.first - 1].startswith("ال") and  # "المطرب وائل كفوري": a title
                    self._content_word(first.first - 1, lim) and self.ctx.mention_at(first.first - 1) is None):
                # "ويتابع مستشار الجيش قائلا": the army's adviser speaks; "وحث شافعي كاميرون ...، قائلا": a name
                # we did not read stands before the actor, which is the verb's object
                subj, may_continue = None, False
            elif subj is None and (self._unread_subject(s0, lim) or any(
                    self._finite_cue(v) and self._unread_after(v + self.lex.speech.match(self.keys, v)[0], lim,
                                                               described=True)
                    for v in range(s0, min(lim, s0 + 4)))):
                # "وحث شافعي على ...، قائلا"، "من جانبه عبر المواطن عبدالله بن فهد عن ...، مطالبا": the main verb's
                # subject is a name we did not read
                may_continue = False
            if not here and subj is None and self._sentence_index - self.last_sentence > 1:
                may_continue = False  # a sentence away from the last statement, the main verb's subject is unknown
            if self._unnamed_cue is not None and s0 <= self._unnamed_cue < i and not any(
                    st.cue_span.begin > self.toks[self._unnamed_cue].span.begin for st in here):
                # "أعلنت الوزارة أن ... أفاد مصدر أمني بأن ...، مشيرا": the unnamed source's participle
                here, subj, may_continue = [], None, False
            if not here and subj and first is not None and first.first > s0 and self._gender(i) == "m" and \
                    self._verb_gender(first.first - 1) == "f":
                # "تمكنت المقاومة من أسر القيادي X الذي عرف ب...، مؤكدا": a masculine participle does not go on with
                # the subject of a feminine verb that reports no words: someone else speaks (a feminine participle
                # may go on with a masculine verb: "طالب ائتلاف ...، محذرة")
                subj, may_continue = None, False
            if here:
                speakers = list(dict.fromkeys(st.speaker for st in here))
            elif subj:
                speakers = [subj]
            elif self._wordless is not None and self._wordless[0] == self._sentence_index:
                speakers = self._wordless[1]  # "أكد X ذلك العدد، موضحا أن": X goes on
        if kind == "noun" and (owner := self._statement_owner(j, s1)) is not None:
            speakers, continuing, j = owner[0], False, owner[1]  # "وجاء في بيان رئيس الإقليم X «...»": X speaks
        if not speakers and kind in ("verb", "present") and self._unnamed_subject_before(s0, i) is not None:
            self.last = []  # "غير أن مختصين آخرين يقولون": someone no one names speaks, not the last speaker
            return i + n
        if not speakers and kind in ("verb", "present") and self.keys[i].startswith("و") and j < s1 and (
                self.keys[j] in _ANY_COMPLEMENTIZER | _PREPOSITIONS | {_QUOTE, ":"}):
            # "، وأوضح أنه «...»": a second verb with no subject of its own goes on with the sentence's speaker
            here = [st.speaker for st in self.last if st.cue_span.begin >= self.toks[s0].span.begin]
            if here:
                speakers, continuing = list(dict.fromkeys(here)), True
        if not speakers and kind == "verb" and self.keys[i].startswith("و") and i > s0 + 2 and j < s1 and \
                self.keys[i - 1] in ("،", ",") and not unnamed and (self.keys[j] in _CIRCUMSTANCE or self.keys[j] in (
                    _ANY_COMPLEMENTIZER | _PREPOSITIONS)) and \
                (opening := self.ctx.mention_at(s0 + 1)) is not None and opening.type in _ACTOR_TYPES and \
                self._sentence_subjects.get(self._sentence_index) == opening.key and \
                not any(self.keys[t] in _PUNCT and self.keys[t] not in ("،", ",") or self.keys[t] == _QUOTE
                        for t in range(s0, i)) and \
                not any(m.type in _ACTOR_TYPES and not self._governed(m)
                        for m in self.ctx.mentions_in(opening.last, i)):
            # "واطلع مجلس الوزراء على التقارير، ورحب في هذا السياق بالبيان": a verb after a comma with no subject of
            # its own has the subject of the verb opening the sentence, when no other actor came between
            speakers = [opening.key]
        if not speakers and may_continue:
            speakers = list(dict.fromkeys(s.speaker for s in self.last))
            continuing = True
        if not speakers and i == s0 and self._previous_subject and not unnamed:
            speakers = [self._previous_subject]  # a dropped subject continues the previous sentence's
        if not speakers:
            return i + n
        if kind in ("verb", "present") and self.keys[i].endswith(("وا", "ون")) and not stem_alif and \
                len(speakers) == 1 and self._type(speakers[0]) != "Group":
            # "وكان محللون قد توقعوا"، "وكان خبراء اقتصاديون طالبوا": a plural verb with one body or person found
            # for it has a plural subject we did not read
            return i + n
        if requires and self._content_is_before(j, s1):
            return i + n
        # "كما أيدت واشنطن حق ..." is "also": only a speaker closed by a comma attributes the clause before
        as_said = i > s0 + 3 and self.keys[i - 1] == _AS and j < s1 and self.keys[j] in ("،", ",") and \
            not self._opens_content(
            self._skip_circumstances(j, s1)[0], s1, tuple(_OPENERS))
        if as_said and match_key(norm(p["lemma"])) in _PROMISES:
            return i + n  # "أنجز المشروع خلال عام، كما وعد الرئيس،": it came true, the clause is not his words
        if kind in ("verb", "present") and self._content_is_before(j, s1) and self.keys[s1 - 1] == ":" and \
                self.keys[i + n] != "-" and (after := self._paragraph_after(s1)) is not None:
            # ("كتب - فلان:" is a byline)
            # "وفي رده على سؤال ...، قال وزير الخارجية:" and the words in the next paragraph, not the words before
            c0, e = after
            kind_ = "indirect"
            if self.keys[c0] == _QUOTE and self.keys[e - 1] == _QUOTE and e - c0 > 2 and \
                    _QUOTE not in self.keys[c0 + 1:e - 1]:
                c0, e, kind_ = c0 + 1, e - 1, "direct"
            when = date_in(self.keys, s0, s1, pub) or self._inherited_date(speakers, continuing, c0, e)
            self._emit(speakers, i, n, c0, e, kind_, when, None, sent_span)
            return max(e, s1 + 1)
        if kind in ("verb", "present") and (self._content_is_before(j, s1) or as_said):
            # "..., كما قالت مدعية المحكمة، مما فتح الطريق": what was said is the clause before "كما"
            # "..., كما أفادت وزارة الداخلية." : the report precedes its cue
            first = s0 + 1 if self.keys[s0] == "و" else s0
            end = i - 1 if i - 1 > first and self.keys[i - 1] in (_AS, "،", ",") else i
            while end > first and self.keys[end - 1] in _PUNCT | {_AS}:
                end -= 1
            when = date_in(self.keys, s0, s1, pub) or self._inherited_date(speakers, continuing, first, end)
            self._emit(speakers, i, n, first, end, "indirect", when, None, sent_span)
            return j
        v = self._next_word(j, s1)
        if continuing and v < s1 and self.keys[v] in _VEHICLES and self.ctx.mention_at(v) is None:
            j = v + 1  # "وأكد البيان على": the statement that carries the last speaker's words, not the words
        c, channel = self._skip_circumstances(j, s1)
        if kind == "verb" and (t := self._anaphoric_object(c, s1)) is not None:
            self._wordless = (self._sentence_index, speakers)
            return t  # "أكد الوزير السابق X ذلك العدد، موضحا": he confirmed what was just reported
        if norm(p["lemma"]) in _RELAY_VERBS and c < s1 and self.keys[c] == _ABOUT:
            # "ونقلت الوكالة عن المصادر قولها إن": the agency relays; the speaker is the one quoted, if named
            src = self._source(c + 1, s1)
            quoted = (src[0] if src is not None else self._actor_at(c + 1, s1))
            if not quoted:
                return i + n
            channel, speakers = speakers[0], quoted
            k = src[1] if src is not None else self._speaker_span_end(c + 1, s1)
            while k < s1 and self.keys[k] in _RELAYED_SAYING:
                k += 1
            c, _channel = self._skip_circumstances(k, s1)
            requires = None
        if c < s1 and self.keys[c] == _QUOTE and c >= j and any(
                self.keys[u] == _QUOTE for u in range(max(s0, c - 3), c - 1)) and \
                self.keys[s0:c].count(_QUOTE) % 2 == 1:
            c, _ch = self._skip_circumstances(c + 1, s1)  # "وأضاف العقيد "البقمي" أن": the close of a quoted name
        if match_key(norm(p["lemma"])) in _OPENER_VERBS and c + 1 < s1 and c == j and \
                self.keys[c + 1] in _ANY_COMPLEMENTIZER and self.ctx.mention_at(c) is None \
                and self.ctx.anaphor(c) is None and self.keys[c] not in _PUNCT | _PREPOSITIONS | {_QUOTE}:
            # "وقال بوحمالة إن": قال takes its words after إن, so the word before it is a subject we did not read
            self.last = []
            return i + n
        if kind == "verb" and c == j and c + 2 < s1 and not self.keys[c].startswith("ال") and \
                self.ctx.mention_at(c) is None and self.ctx.anaphor(c) is None and self.keys[c] not in \
                _PUNCT | _PREPOSITIONS | _ANY_COMPLEMENTIZER | _NOT_SUBJECTS and \
                "ال" + self.keys[c] not in _COMMON_NOUNS and match_key(self.keys[c]) not in _ADVERBS and \
                self.keys[c] not in _ASIDES and self.keys[c] not in _HONORIFICS and \
                not self.keys[c].endswith("ا") and not self._surface(c).endswith(("ه", "ها", "هم", "هما")) and \
                not self.lex.speech.match(self.keys, c) and \
                (self.keys[c + 1] in _PREPOSITIONS and self.keys[c + 2] in _ANY_COMPLEMENTIZER
                 or self.keys[c + 1] in _ANY_COMPLEMENTIZER):
            # "ولفت بوخضور إلى أنه": a name we did not read stands between the verb and its words (not an adverb
            # in -ا, a noun with its owner's pronoun "اعتقاده"، "يومها", nor a participle); he speaks, not the last
            # speaker or the last sentence's subject; right after the speaker's name it is the rest of his name
            # ("الدكتور سمير بن عبد الرحمن توكل أن")
            if not any(m.last == c and m.key in speakers for m in self.ctx.mentions_in(max(s0, c - 8), c)):
                self.last = []
                return i + n
            c = j = c + 1
        c_read = c
        c = self._content_opener(c, s1, bool(p.get("object")))
        if match_key(norm(p["lemma"])) in _TOLD and (told := self._told_before(c, s1)) is not None:
            c = told  # "وأبلغ بوتين الحضور بأن": whom he told, then the words
        if match_key(norm(p["lemma"])) == _BRIEFED and speakers and (
                c < s1 and self.keys[c] == _ON or c_read < s1 and self.keys[c_read] == _ON):
            # "واطلع البراك على البرامج"، "واطلع المجلس بعد ذلك على التقارير": he was shown them (اطّلع), he briefed
            # no one (أطلع takes whom he briefed before على)
            return i + n
        if c < s1 and self.keys[c] in _RELATIVES:
            # "وأفادت مجلة X، التي نقلت الخبر عن صحيفة Y، أن": a relative clause on the speaker is never the words;
            # they open at the complementizer after the clause's comma, else they are not in this sentence
            opened = self._past_relative(c, s1)
            if opened is None:
                return i + n
            c = opened
        if requires and not self._opens_content(c, s1, requires):
            return i + n
        if p["kind"] == "guarded" and c > c_read and not self._opens_content(c_read, s1, requires) and not (
                c_read < s1 and self.keys[c_read - 1] in ("،", ",") and self.lex.titles.match(self.keys, c_read)):
            # "بين «داعش» والجيش الحر، وصل ... بعد أن هدد «X:"، "بين طهران والدول الكبرى يمكن أن": "between"; only
            # the speaker's title set off by a comma may stand before the complementizer ("وبين X، مدير Y، أن")
            return i + n
        if match_key(norm(p["lemma"])) in _OPENER_VERBS and c < s1 and self.keys[c] not in _OPENERS and \
                not (c > 0 and self.keys[c - 1] in (":", _QUOTE)) and \
                not any(k in _OPENERS for k in self.keys[c:min(s1, c + 8)]):
            if not continuing and set(speakers) != {st.speaker for st in self.last}:
                self.last = []  # someone else spoke, whose words we could not read: the last speaker's turn is over
            return i + n  # "وقال مولفيهيل، وكان يقارن": قال reports words only after إن, a colon or a quotation
        c0, e, skind = self._content(c, s1, allow_preposition=True)
        if skind == "indirect" and c0 == c and (said := self._participle_ahead(c0, s1)) is not None:
            # "وأوضح X، رئيس مجلس الإدارة، قائلا: «...»": the participle carries the words
            return said
        when = date_in(self.keys, s0, c, pub) or self._inherited_date(speakers, continuing, c0, e)
        self._emit(speakers, i, n, c0, e, skind, when, channel, sent_span)
        return e

    def _quoted_addressee(self, k: int, end: int) -> int | None:
        """After a verb that takes whom it told ("أبلغ"), a short quoted name at k with a person named after it
        before the complementizer ("أبلغ «عكاظ» مدير عام الفرع أحمد الطائفي أنه"): the paper is told, the person
        speaks; where the subject opens, else None."""
        if k >= end or self.keys[k] != _QUOTE or not self._short_quote(k, end):
            return None
        close = next(u for u in range(k + 1, end) if self.keys[u] == _QUOTE)
        person = False
        for t in range(close + 1, min(end, close + 16)):
            if self.keys[t] in _ANY_COMPLEMENTIZER:
                return close + 1 if person else None
            if self.keys[t] in _PUNCT | {_QUOTE, "."}:
                return None
            person = person or (m := self.ctx.mention_at(t)) is not None and m.type == "Person"
        return None

    def _statement_owner(self, j: int, end: int) -> tuple[list[str], int] | None:
        """"وجاء في بيان رئيس إقليم كردستان مسعود برزاني «...»": the owner of the statement, in construct after it,
        and where his name ends; None when no actor is named there (the last speaker's statement goes on)."""
        if j >= end:
            return None
        m = self.ctx.mention_at(j)
        if m is not None and m.first == j and m.proclitic[-1:] == "ل" and m.type in _ACTOR_TYPES and \
                not self._unnamed_source(m.key):
            return [m.key], m.last  # "وجاء في بيان للجيش اللبناني أن": the statement's issuer
        if not self._content_word(j, end) or self.keys[j] in _VEHICLES:
            return None
        owner = self._speakers_at(j, end)
        if not owner:
            return None
        return owner, self._speaker_span_end(self._speaker_np_start(j, owner, end), end)

    def _told_before(self, c: int, end: int) -> int | None:
        """A noun or two (whom he told) then "بأن" or "أن" at c ("الحضور بأن"): where the complementizer stands."""
        for t in range(c + 1, min(end, c + 3)):
            if self.keys[t] in _ANY_COMPLEMENTIZER:
                return t
            if not self._content_word(t, end):
                return None
        return None

    def _accused(self, p: dict, k: int, end: int) -> bool:
        """"واتهمت الجامعة بأنها": after a verb whose object stands before its ب-complement, a lone actor at k
        directly followed by "بأن" is the one accused (or described), not the speaker."""
        if match_key(norm(p["lemma"])) not in _OBJECT_THEN_B:
            return False
        after = m.last if (m := self.ctx.mention_at(k)) is not None else k + 1  # or one noun referring back
        if after >= end or not self.keys[after].startswith("ب"):
            return False
        # "بأنها"، or a verbal noun of the charge ("واتهم المتمردين بمواصلة عملياتهم"); not a name ("ببغداد")
        return self.keys[after] in _ANY_COMPLEMENTIZER or \
            len(self.keys[after]) > 4 and self.ctx.mention_at(after) is None

    def _surface(self, t: int) -> str:
        """Token t as written (keys drop a final ة of some words: "أمنية" is keyed "امني")."""
        return self.ctx.analysis.text[self.toks[t].span.begin:self.toks[t].span.end]

    def _gender(self, t: int) -> str | None:
        """"f" or "m" for a speech cue at t whose form shows it ("قالت"، "تقول"، "مضيفة" / "قال"، "يقول"، "مضيفا")."""
        m = self.lex.speech.match(self.keys, t)
        if not m:
            return None
        _n, prefix, payloads = m
        kind, form = payloads[0]["kind"], self.keys[t][len(prefix):]
        if kind == "participle":
            return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None
        if kind == "present":
            return None if form.endswith(("ون", "ان")) else "f" if form.startswith("ت") else \
                "m" if form.startswith("ي") else None
        if kind not in ("verb", "guarded"):
            return None
        lemma = norm(payloads[0]["lemma"]).split()[0]
        if form == lemma:
            return "m"
        return "f" if form == lemma + "ت" or lemma.endswith(("ا", "ي")) and form == lemma[:-1] + "ت" else None

    def _verb_gender(self, t: int) -> str | None:
        """"f" for a past verb with the feminine ت right before its subject ("تمكنت المقاومة"), else None."""
        if self._gender(t) is not None:
            return self._gender(t)
        w = self.keys[t]
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        return "f" if len(w) >= 4 and w.endswith("ت") and not w.endswith("ات") and not w.startswith("ال") and \
            self.ctx.mention_at(t) is None and "ال" + w not in _COMMON_NOUNS else None

    def _finite_cue(self, t: int) -> bool:
        """A speech verb at t, past or present (also one that is a common word), not a noun or a participle."""
        m = self.lex.speech.match(self.keys, t)
        return bool(m) and m[2][0]["kind"] in ("verb", "present", "guarded")

    def _verb_cue(self, t: int) -> bool:
        """A speech verb at t that is not also a common word ("عبر" via, "بين" between)."""
        m = self.lex.speech.match(self.keys, t)
        return bool(m) and m[2][0]["kind"] != "guarded"

    def _opens_colon_speech(self, i: int, s0: int) -> bool:
        """Is the cue at i the first word of speech a colon opens after another cue ("وتابع: أعترف بأن")?"""
        if i - 1 < s0 or self.keys[i - 1] != ":":
            return False
        return any(self.lex.speech.match(self.keys, t) for t in range(max(s0, i - 8), i - 1))

    def _content_opener(self, c: int, end: int, takes_object: bool = False) -> int:
        """Where the content opens when words the speaker search did not read stand before it: the rest of a
        name or title ("وأوضح أحمد علي آل مريع رئيس النادي، أن"), a circumstance ("قبل التصويت بأنه"), whom he
        spoke to ("لسيد الجزيرة إن"), a relative clause ("التي تصدر في لندن فإن"). The content opens at the first
        complementizer, colon or quotation within a few words, unless that complementizer belongs to a noun
        right before it ("ضرورة أن") or a preposition governs it ("حرصه على أن"), or another cue comes first."""
        start = c
        if c < end and self.keys[c] == _QUOTE and c + 1 < end and self.keys[c + 1] in _PUNCT | {"ل"}:
            c += 1  # the close of a quoted name in the speaker's title ("لدى «دويتشه بنك»،")
        elif c < end and self.keys[c] == _QUOTE:
            # "وقال اللواء X «رئيس مركز الدراسات السابق» إن": a quoted title, then the content
            close = next((u for u in range(c + 1, min(end, c + 12)) if self.keys[u] == _QUOTE), None)
            if close is not None and close + 1 < end and \
                    self.keys[close + 1] in _ANY_COMPLEMENTIZER | {":"}:
                return close + 2 if self.keys[close + 1] == ":" else close + 1
            if close is None or close - c > 4 or close + 1 >= end or self.keys[close + 1] in _PUNCT or \
                    not self._content_word(close + 1, end) or not any(
                        m.last == c and m.type == "Person" for m in self.ctx.mentions_in(max(0, c - 8), c)):
                return start
            # "وأكد X "24 عاما" المصاب بكسر في الفخذ أن": a short quoted apposition (age, nickname) and what
            # describes the speaker after it stand before the words; they open where a complementizer follows
            c = close + 1
        if c < end and self.keys[c] in _PREPOSITIONS and (t := self._definite_tail(c + 1, end)) is not None:
            return t  # "وذكرت لجنة الرقابة على المال العام أنها": the body's name goes on to the complementizer
        if c < end and self.keys[c] in _PREPOSITIONS:
            # "وقال على صفحته على «تويتر»: إن": only a colon opens the words after a preposition
            colon = next((t for t in range(c + 1, min(end, c + 10)) if self.keys[t] in (":", ".", "؛")), None)
            return colon + 1 if colon is not None and self.keys[colon] == ":" else start
        if c >= end or self.keys[c] in _OPENERS or self._verb_cue(c):
            return start
        if c + 1 < end and self.keys[c + 1] == _ABOUT and self.ctx.mention_at(c) is None and c > 0 and self.keys[c] \
                not in _PUNCT and any(m.last == c and m.type == "Person"
                                      for m in self.ctx.mentions_in(max(0, c - 8), c)):
            return c + 1  # "أعرب إبراهيم بن محمد الجارالله عن شكره": the family name read short, then "عن"
        if (titled := self._title_before_comma(c, end)) is not None:
            return titled  # "أشاد X عضو مجلس الشورى والأستاذ في الجامعة، بدور": his titles, then the words
        if takes_object and (m := self.ctx.mention_at(c)) is not None and m.type in _ACTOR_TYPES:
            return start  # "اتهمت الوزارة قوات الدعم السريع بـ...": the accused, not words before the content
        circumstance = self.keys[c] in _CIRCUMSTANCE or self.keys[c] in _TIME_CIRCUMSTANCES
        # a quotation opens the words only after a title, a name or a circumstance ("وزير التعليم في كلمة «...»")
        # or after the apposition a comma opens ("وقال X، أستاذ المسيحية بالجامعة «...»")
        quote_may_open = circumstance or bool(self.lex.titles.match(self.keys, c)) or \
            self.ctx.mention_at(c) is not None or c > 0 and self.keys[c - 1] in ("،", ",") or \
            not takes_object and (self.keys[c].startswith("ال") or self.keys[c] in _APPOSITION_HEADS) and any(
                # "X المتخصص في حقوق الإنسان «...»", "X مدرب أيرلندا "..."": what describes him, then his words
                m.last == c and m.type == "Person" for m in self.ctx.mentions_in(max(0, c - 8), c))
        named = self.ctx.mention_at(c)
        t = c + 1
        while t < min(end, c + _OPENER_REACH):
            k = self.keys[t]
            if k in (".", "؛", ";", "؟", "!") or k in _CLAUSE_LINKS or k in _OPENER_STOPS or \
                    self._is_cue(t) or self._verb_cue(t) and not self._said_in(t):
                return start  # another cue comes first; but "في بيان" is where the words were said
            if circumstance and k in ("،", ",") and t + 1 < end and self.keys[t + 1] not in _OPENERS and \
                    self._content_word(t + 1, end) and not self._is_cue(t + 1) and not self._verb_cue(t + 1) and \
                    not (self.keys[t + 1].startswith("و") and self._finite_cue(t + 1)):  # "، وبينت اللجنة أن"
                return t + 1  # "أعلن قبل حلول شهر رمضان بقليل، طرحه مجموعة": the circumstance closes at its comma
            if circumstance and k in (_ON, _TO, _ABOUT) and t > c + 1:
                # "شدد X في اجتماع اللجنة على ضرورة"; but "عبر حسابه على «تويتر»: ..." opens at the colon
                colon = next((u for u in range(t + 1, min(end, t + 8)) if self.keys[u] in (":", ".", "؛")), None)
                if colon is not None and self.keys[colon] == ":":
                    return colon + 1
                if (far := self._far_complementizer(t + 1, end)) is not None:
                    return far + 1  # "في الطائرة عائدا من جولة نقلته إلى الصين، أن": the circumstance runs on
                # "في بيان عبر الإنترنت مسؤوليته عن": a noun with its owner's pronoun is what he declared
                h = t - 1
                while h > c + 1 and _definite_adjective(self.keys[h]):
                    h -= 1
                w = self.keys[h]
                if h > c + 1 and not w.startswith(("ال", "و")) and w.endswith(("ه", "ها", "هم")) and len(w) > 5 and \
                        self.ctx.mention_at(h) is None and self.keys[h - 1] not in _GOVERNING:
                    return h
                return t
            if k == _QUOTE and t + 1 < end and self.keys[t + 1] in _ANY_COMPLEMENTIZER | {":"}:
                return t + 2 if self.keys[t + 1] == ":" else t + 1  # "«رئيس الوفد» إن": a quoted title closes
            if k == _QUOTE:
                close = next((u for u in range(t + 1, min(end, t + 5)) if self.keys[u] == _QUOTE), None)
                if close is not None and close + 1 < end and self.keys[close + 1] in _PUNCT | {"ل"}:
                    t = close + 1  # "لـ«الشرق الأوسط»:"، "“تويتر”:": a quoted name on the way, not the quotation
                    continue
            if k == _QUOTE and not (self.keys[t - 1] in (":", "،", ",") or quote_may_open):
                return start  # "أكد إعادة النظام "إلى حد كبير"": a quoted phrase inside the content
            if k == _QUOTE:
                close = next((u for u in range(t + 1, min(end, t + 150)) if self.keys[u] == _QUOTE), None)
                if close is not None and close - t < 4 and self.keys[t - 1] not in (":", "،", ",") and \
                        (circumstance or bool(self.lex.titles.match(self.keys, c))):
                    # "مدير مشروع المجس «فيلة» في المركز ... «إن ...»": a name inside the title; "خلال تدشينه
                    # صحيفة "الديوان" الصادرة عن ...: "...": a name inside the circumstance
                    t = close + 1
                    continue
                if close is None and circumstance and self._content_word(t + 1, end):
                    return t  # "وقال في افتتاح قمة حول ريادة الأعمال "أردت ...": a quotation closed sentences on
                if close is not None and named is not None and named.last > close:
                    t = close + 1  # "لوكالة «رويترز» للأنباء إن": a quoted name inside whom he spoke to
                    continue
                if close is None or close - t < 4:
                    return start  # "بـ"العبثية"": a quoted term, not the words said
            if k in _OPENERS and takes_object and k.startswith("ب") and not circumstance:
                return start  # "وصف التصريحات بأنها": the object is what is described, part of the words
            if k == ":" and (w := self._next_word(t + 1, end)) < end and self.keys[w] != _QUOTE and \
                    not any("\u0621" <= ch <= "\u064a" for ch in self.keys[w]) and not self.keys[w].isdecimal():
                return start  # "عبر الرابط التالي : http://...": a colon opening a link, not words
            if k in _ANY_COMPLEMENTIZER and self.keys[t - 1] in _ADVERBIAL_THAT:
                t += 1  # "دون أن يحدد": an adverbial clause of the words before, not what was said
                continue
            if k in _OPENERS:
                if k in (":", _QUOTE) or (t > c + 1 or self.keys[c].startswith("ال")) and \
                        self.keys[t - 1] not in _PREPOSITIONS | _GOVERNING:
                    return t + 1 if k == ":" or k.startswith("ف") else t
                if t > c + 1 and self.keys[t - 1] in _PREPOSITIONS and self._apposition_before(c, t - 1):
                    return t  # "وأكد X أحد عملاء شركات التأمين على أن": the cue's own preposition after his title
                return start
            t += 1
        return start

    def _apposition_before(self, c: int, p: int) -> bool:
        """The words c..p (the preposition) describe the person named right before c ("نايف القحطاني أحد عملاء
        شركات التأمين على"، "X مالك المستودعات إلى"): they open with a title or a noun of description and end in a
        definite word or a name, not in a noun that governs the preposition ("حرصه على أن")."""
        if not any(m.last == c and m.type == "Person" for m in self.ctx.mentions_in(max(0, c - 8), c)) or not (
                self.keys[c] in _DESCRIPTION_HEADS or self.lex.titles.match(self.keys, c)):
            return False  # "حرص المملكة على أن": what he stressed, no description of him
        last = self.keys[p - 1]
        if not (last.startswith("ال") or (m := self.ctx.mention_at(p - 1)) is not None and m.last == p):
            return False
        # a title is a short noun phrase: no preposition of its own ("عدم ارتياحه من الاتفاق ... لخشية الائتلاف من
        # أن" is what he expressed)
        return p - c <= 6 and not any(self.keys[u] in _PUNCT or self.keys[u] in (".", _QUOTE) or self._is_cue(u)
                                      or self.keys[u] in _PREPOSITIONS or self.keys[u] in _GOVERNING
                                      for u in range(c, p))

    def _subject_then_words(self, t: int, end: int) -> bool:
        """A short subject at t and a complementizer after it ("اللجنة أن"), with no punctuation between."""
        for u in range(t + 1, min(end, t + 6)):
            if self.keys[u] in _ANY_COMPLEMENTIZER:
                return self._content_word(t, end)
            if self.keys[u] in _PUNCT | {_QUOTE, "."}:
                return False
        return False

    def _title_before_comma(self, c: int, end: int) -> int | None:
        """A title right after the speaker's name that runs to a comma, the words' preposition or complementizer
        after it ("X عضو مجلس الشورى والبروفيسور في مكافحة الجريمة، بدور"): where the words open, else None."""
        if c == 0 or self.ctx.mention_at(c) is not None or not (
                self.lex.titles.match(self.keys, c) or self.keys[c] in _MEMBERSHIP | _DEPUTY) or not any(
                m.last == c and m.type == "Person" for m in self.ctx.mentions_in(max(0, c - 8), c)):
            return None
        for t in range(c + 1, min(end - 1, c + 14)):
            k = self.keys[t]
            if k in ("،", ","):
                nxt = self.keys[t + 1]
                opens = nxt in _OPENERS or nxt in _PREPOSITIONS or nxt.startswith("ب") and len(nxt) > 3 and \
                    self.ctx.mention_at(t + 1) is None
                return t + 1 if opens else None
            if k in _OPENERS or k in _PUNCT or k == "." or self.lex.speech.match(self.keys, t):
                return None
        return None

    def _definite_tail(self, t: int, end: int) -> int | None:
        """Where a complementizer opens after one to three definite words at t and nothing else ("المال العام
        أنها"): the rest of a name the finder read short; None otherwise."""
        u = t
        while u < min(end, t + 3) and self.keys[u].startswith("ال") and self.keys[u] not in _COMPLEMENTIZERS:
            u += 1
        return u if u > t and u < end and self.keys[u] in _ANY_COMPLEMENTIZER else None

    def _paragraph_after(self, s1: int) -> tuple[int, int] | None:
        """The words of the paragraph that opens at token s1, after a cue whose sentence ends with a colon:
        (first, end) up to the end of that paragraph, without its closing punctuation."""
        if s1 >= len(self.keys):
            return None
        text = self.ctx.analysis.text
        e = s1 + 1
        while e < len(self.keys) and "\n" not in text[self.toks[e - 1].span.end:self.toks[e].span.begin]:
            e += 1
        while e > s1 and self.keys[e - 1] in _PUNCT | {".", "؟", "!"}:
            e -= 1
        return (s1, e) if e - s1 >= 3 else None

    def _content_is_before(self, j: int, s1: int) -> bool:
        rest = [k for k in self.keys[j:s1] if k not in _PUNCT and k not in (".", "؟", "!")]
        return not rest

    def _subject_right_before(self, s0: int, i: int) -> str | None:
        """An actor ending right before the cue and not governed by a preposition (SVO order); or a person opening
        the sentence with a title set off by a comma ("هشام مروة، نائب رئيس «الائتلاف» المعارض قال")."""
        for m in self.ctx.mentions_in(s0, i):
            if m.last == i and m.type in _ACTOR_TYPES and not self._governed(m):
                prev = self.keys[m.first - 1] if m.first > s0 else ""
                if m.first == s0 or prev in _SVO_OPENERS or prev in ("،", ","):
                    return m.key
        first = self.ctx.mention_at(s0)
        if first is not None and first.type == "Person" and first.last < i and self.keys[first.last] in ("،", ",") \
                and first.last + 1 < i and i - first.last <= 10 and (
                    self.lex.titles.match(self.keys, first.last + 1) or self.keys[first.last + 1] in _MEMBERSHIP) \
                and not any(self.keys[t] in _ANY_COMPLEMENTIZER | {"،", ",", "."}
                            or self.lex.speech.match(self.keys, t) for t in range(first.last + 1, i)):
            return first.key
        return None

    def _governed(self, m) -> bool:
        prev = self.keys[m.first - 1] if m.first > 0 else ""
        if prev in _GOVERNING or prev in _LED_BY or prev[:1] in ("و", "ف") and prev[1:] in _GOVERNING:
            return True  # "وعن فيصل قال": a preposition with its conjunction governs the name too
        return m.proclitic[-1:] in ("ب", "ل", "ك") if m.proclitic else False

    def _clause_subject(self, s0: int, i: int) -> str | None:
        # the byline before the colon ("عبد الله البرقاوي- سبق- الرياض:") is not the subject of its sentence
        m = next((m for m in self.ctx.mentions_in(s0, i) if m.type in _ACTOR_TYPES and not self._governed(m)
                  and not self._dateline(m, s0)), None)
        return m.key if m else None

    def _inherited_date(self, speakers: list[str], continuing: bool, c0: int, e: int):
        """A statement without its own day takes the day the text last tied to its speaker, or continues the
        previous statement's; a report of what happened "today" is dated today."""
        if continuing and self.last and self.last[0].date:
            return self.last[0].date
        si = self._sentence_index
        known = self.actor_dates[si].get(speakers[0]) if 0 <= si < len(self.actor_dates) else None
        if known:
            return known
        if speakers[0] in self.speaker_dates:
            return self.speaker_dates[speakers[0]]
        inner = date_in(self.keys, c0, e, self.ctx.published)
        if inner is not None and inner == self.ctx.published:
            return inner
        # the same occasion: the content names actors the previous sentence dated ("تباحث بوتين، السبت، ...
        # وأعلن الكرملين أن بوتين ... أجريا محادثة")
        if si > 0 and self._sentence_dates[si - 1] is not None:
            named = {m.key for m in self.ctx.mentions_in(c0, e)}
            previous = {m.key for m in self.ctx.mentions_in(*self.ctx.bounds(self.ctx.analysis.sentences[si - 1]))}
            if named & previous:
                return self._sentence_dates[si - 1]
        # "بدوره، قال"، "وفي هذا الوقت، عبّر"، "خلال الجلسة": the occasion the text has just dated
        s0 = self.ctx.bounds(self.ctx.analysis.sentences[si])[0] if 0 <= si < len(self._sentence_dates) else c0
        if any(_OCCASIONS.match(self.keys, t) for t in range(s0, min(c0, len(self.keys)))):
            # the last dated statement's occasion, else the lead's ("في هذا الوقت" right after the lead)
            return next((st.date for st in reversed(self.out) if st.date is not None),
                        next((self._sentence_dates[k] for k in range(len(self._sentence_dates))
                              if k not in self.skip), None))
        return None

    def _attribution(self, i: int, n: int, s0: int, s1: int, sent_span: Span) -> int:
        j = i + n
        if j < s1 and self.keys[j] in _POSSESSIVE_SPEECH:
            # "بحسب قوله": the words belong to the sentence's speaker, quoted just before or in this clause; not to
            # whoever speaks in the clause itself ("ولفت X إلى ...، وقد أشاد بها الأميران ... بحسب قوله": X's words)
            clause = next((k + 1 for k in range(i - 1, s0 - 1, -1) if self.keys[k] in ("،", ",")), s0)
            inside = self.toks[clause].span.begin if clause < i else self.toks[i].span.begin
            before = [st for st in self.last if st.cue_span.begin < inside] or (
                [st for st in self.out if st.cue_span.begin < inside][-1:] if clause > s0 and self.last else [])
            speakers = [before[0].speaker] if before else [self.last[0].speaker] if self.last and clause == s0 else []
            if not speakers:
                subj = self._clause_subject(s0, clause if clause > s0 else i)
                speakers = [subj] if subj else []
            if not speakers:
                return j + 1
            c0, e, kind = self._possessive_content(i, s0, s1)
            when = date_in(self.keys, s0, s1, self.ctx.published) or self._inherited_date(speakers, True, c0, e)
            self._emit(speakers, i, n + 1, c0, e, kind, when, None, sent_span)
            return j + 1
        elif (fused := self.keys[i + n - 1].endswith(_WHAT)) and j < s1 and \
                (verb := self.lex.speech.match(self.keys, j)) or \
                j + 1 < s1 and self.keys[j] == _WHAT and (verb := self.lex.speech.match(self.keys, j + 1)):
            # "بحسب ما أعلن البيت الأبيض", "حسبما كشف X": the speaker follows the verb
            k = j + verb[0] if fused else j + 1 + verb[0]
            speakers = self._speakers_at(k, s1)
            n, j = k - i, self._speaker_span_end(self._speaker_np_start(k, speakers, s1), s1)
        elif not (speakers := self._actor_at(j, s1)) and (owned := self._vehicle_owner(j, s1)) is not None:
            speakers, j = owned  # "وبحسب بيان للجيش اللبناني فإن"، "حسب بيان صادر عن وزارة الداخلية": its issuer
        else:
            j = self._speaker_span_end(j, s1)
        if not speakers:
            return i + n
        pub = self.ctx.published
        first = s0
        if self.keys[first] in ("و",):
            first += 1
        at_start = all(k in _PUNCT or k in ("و",) for k in self.keys[s0:i])
        if at_start:
            c, _ch = self._skip_circumstances(j, s1)
            if c < s1 and self.keys[c] in _RELATIVES and (comma := next(
                    (t for t in range(c + 1, min(s1, c + 25)) if self.keys[t] in ("،", ",", ".", "؛")), None)) \
                    is not None and self.keys[comma] in ("،", ","):
                # "وحسب موقع "روسيا اليوم" الذي بث شريط فيديو، قالت التقارير": a relative clause on the channel
                c, _ch = self._skip_circumstances(comma, s1)
                opened = c < s1 and self.keys[c] in _CONTENT_OPENERS  # "، فإن ...": the words open here
                c += opened
            else:
                opened = False
            if (cue := self.lex.speech.match(self.keys, c)) and cue[2][0]["kind"] in ("verb", "present"):
                return c  # "وحسب وكالة X قال مدفيديف إن": the agency relays the words of the speaker it names
            c = c if opened else self._content_opener(c, s1)
            c0, e, kind = self._content(c, s1, allow_preposition=False)
        else:
            # the attribution closes the clause it follows; if a speech cue already covers it, it is a channel
            if self.last and any(st.content_span.begin <= self.toks[i].span.begin <= st.content_span.end + 2
                                 for st in self.last):
                return j
            rest, _ch = self._skip_circumstances(j, s1)
            if any(k not in _PUNCT and k not in (".", "؟", "!", _QUOTE) and not _adjective(k)
                   for k in self.keys[rest:s1]):
                # "ونقل القنيعير – حسب وكالة مأرب - لهادي تهاني ...": mid-sentence, the attribution is the channel of
                # a report it does not close; only one closing its clause attributes the words before it
                return j
            c0, e, kind = first, i, "indirect"
            while e > c0 and self.keys[e - 1] in _PUNCT | {"-"}:
                e -= 1
            if self.keys[c0] == _QUOTE and e - 1 > c0 + 1 and self.keys[e - 1] == _QUOTE and \
                    _QUOTE not in self.keys[c0 + 1:e - 1] and self.last and \
                    self._sentence_index - self.last_sentence <= 1 and self._type(speakers[0]) == "Organization":
                # «"...»، حسب وكالة X» after a statement: the last speaker's words, which the agency relayed
                channel, speakers = speakers[0], list(dict.fromkeys(st.speaker for st in self.last))
                when = self.last[0].date or date_in(self.keys, s0, s1, pub)
                self._emit(speakers, i, n, c0 + 1, e - 1, "direct", when, channel, sent_span)
                return j
        when = date_in(self.keys, s0, s1, pub) or self._inherited_date(speakers, False, c0, e)
        self._emit(speakers, i, n, c0, e, kind, when, None, sent_span)
        return max(j, e if at_start else j)


def _definite_adjective(token: str) -> bool:
    """A definite nisba-like adjective ("اليمني", "الانتقالية") that closes a title's noun phrase."""
    return token.startswith("ال") and len(token) > 4 and token.endswith(("ي", "يه"))


def _adjective(token: str) -> bool:
    """Adjective-like: "متلفز", "الرسمي", "صحفي" (no preposition clitic)."""
    return not token.startswith(("ل", "ب")) and (token.endswith(("ي", "يه", "ه")) or token.startswith("ال")
                                                  or token.startswith("م"))


def _date_outside_quotes(keys: list[str], s0: int, s1: int, published):
    inside = False
    start = k = s0
    while True:
        try:
            k = keys.index('"', k, s1)  # the next quote mark, found in C
        except ValueError:
            break
        if not inside:
            when = date_in(keys, start, k, published)
            if when:
                return when
        inside = not inside
        start = k = k + 1
    return None if inside else date_in(keys, start, s1, published)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """A statement repeated in the same article is kept once (the dated one wins)."""
    kept: list[Statement] = []
    bags: dict[str, Counter] = {}  # content -> its words, made once (each pair of the same speaker is compared)

    def bag(content: str) -> Counter:
        words = bags.get(content)
        if words is None:
            words = bags[content] = _bag(content)
        return words

    for st in statements:
        dup = next((k for k in kept if k.speaker == st.speaker and (
            _f1_bags(bag(k.content), bag(st.content)) >= 0.8 or _contained_bags(bag(k.content), bag(st.content)))),
                   None)
        if dup is None:
            kept.append(st)
        elif dup.date is None and st.date is not None or \
                (dup.date is None or st.date is not None) and len(st.content) > len(dup.content):
            kept[kept.index(dup)] = st  # the dated report wins, then the fuller one
    return kept


def _contained(a: str, b: str) -> bool:
    """Is the shorter content (of five words or more) almost all inside the longer one: the lead's summary of a
    quotation the body gives in full?"""
    return _contained_bags(_bag(a), _bag(b))


def _contained_bags(ta: Counter, tb: Counter) -> bool:
    short = min(sum(ta.values()), sum(tb.values()))
    return short >= 5 and sum((ta & tb).values()) >= 0.9 * short


def extract_statements(ctx: DocContext, skip_sentences: set[int]) -> list[Statement]:
    return StatementExtractor(ctx, skip_sentences).run()
