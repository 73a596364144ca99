"""What the fact extractors share about one article: tokens, resolved mentions by position, dates."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from kg.doc import RawMention
from kg.extract.dates import _weekday_of
from kg.lexicon import DATA, clitic_variants, gazetteer, lexicons, match_key, read_tsv, token_keys
from kg.model import Article, Entity, Sentence
from kg.text.analysis import Analysis
from kg.text.normalize import norm


@cache
def _word_classes() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """kg/data/lexicon/context_words.tsv, read once: (anaphor -> what it refers to, class -> its other words); an
    anaphor by head noun reads "head:<head>:<gazetteer kind>"."""
    anaphors: dict[str, str] = {}
    classes: dict[str, set[str]] = {"time_word": set(), "title_owner": set(), "committee_stem": set(),
                                    "evaluative": set()}
    for row in read_tsv(DATA / "lexicon" / "context_words.tsv"):
        word = norm(row["word"])
        if row["class"] == "anaphor":
            ref = row["refers_to"]
            anaphors[word] = f"head:{norm(row['head'])}:{row['org_kind']}" if ref == "head" else ref
        else:
            classes[row["class"]].add(word)
    return anaphors, {k: frozenset(v) for k, v in classes.items()}


@cache
def _words() -> tuple[dict[str, str], frozenset[str], frozenset[str], str]:
    """(anaphor -> what it refers to, time words, words after a title that name its owner, committee stem)."""
    anaphors, classes = _word_classes()
    (stem,) = classes["committee_stem"]
    return anaphors, classes["time_word"], classes["title_owner"], stem


@cache
def _evaluative() -> frozenset[str]:
    """Adjectives that judge what a noun that refers back names («التنظيم الإرهابي»), not classify it anew."""
    return frozenset(match_key(w) for w in _word_classes()[1]["evaluative"])


_AGENCY_HINTS = ("agency", "news", "sputnik", "reuters", "afp", "tass", "interfax", "xinhua", "anadolu")


@dataclass
class DocContext:
    article: Article
    analysis: Analysis
    mentions: list[RawMention]
    entities: dict[str, Entity]
    focus: str | None
    published: date | None
    keys: list[str] = field(init=False)
    starts: dict[int, RawMention] = field(init=False)
    sentence_start: dict[int, int] = field(init=False)
    _pos: dict[int, int] = field(init=False)
    _firsts: list[int] = field(init=False, repr=False)  # the keys of starts, sorted
    last_source: str | None = None  # speaker of the latest statement, for "المصدر نفسه"

    def __post_init__(self) -> None:
        self.keys = token_keys(self.analysis)
        self.starts = {}
        for m in self.mentions:
            if m.key is None:
                continue
            cur = self.starts.get(m.first)
            if cur is None or m.last > cur.last:
                self.starts[m.first] = m
        self._firsts = sorted(self.starts)
        # the index of each sentence's first token: the sentences hold the tokens in order (a map of every token
        # when they do not)
        self._pos = {}
        tokens, k = self.analysis.tokens, 0
        for sent in self.analysis.sentences:
            if sent.tokens:
                if k >= len(tokens) or tokens[k] is not sent.tokens[0]:
                    self._pos = {id(t): i for i, t in enumerate(tokens)}
                    break
                self._pos[id(sent.tokens[0])] = k
            k += len(sent.tokens)

    def bounds(self, sent: Sentence) -> tuple[int, int]:
        i = self._pos.get(id(sent.tokens[0]))
        if i is None:  # not a sentence of the analysis: its first token looked up among all
            i = next((k for k, t in enumerate(self.analysis.tokens) if t is sent.tokens[0]), None)
            if i is None:
                raise KeyError(id(sent.tokens[0]))  # as the map of every token did
        return i, i + len(sent.tokens)

    def mention_at(self, i: int) -> RawMention | None:
        return self.starts.get(i)

    def mentions_in(self, start: int, end: int) -> list[RawMention]:
        """Outermost mentions inside [start, end)."""
        out = []
        firsts, starts = self._firsts, self.starts
        k = bisect_left(firsts, start)  # the positions where a mention starts, from start on
        while k < len(firsts) and (i := firsts[k]) < end:
            m = starts[i]
            if m and m.last <= end:
                out.append(m)
                k = bisect_left(firsts, m.last, k + 1)
            else:
                k += 1
        return out

    def anaphor(self, i: int) -> str | None:
        """Entity key a bare anaphoric noun at token i refers to ("الوكالة" -> the last agency mentioned)."""
        anaphors, _time, owner, _committee = _words()
        kind = None
        for _p, stem in clitic_variants(self.keys[i]):
            kind = anaphors.get(stem, kind)
        if kind is None:
            return None
        t = i + 1
        while t < min(len(self.keys), i + 3) and self.keys[t].startswith("ال") and self.keys[t].endswith("ي"):
            t += 1  # "المتحدث الرسمي باسم": its adjectives first
        if t < len(self.keys) and self.keys[t] in owner:
            return None  # "المتحدث باسم هيئة الأركان": a title with its owner, not a bare anaphor
        if kind == "person" and self._owner_follows(i):
            return None  # "المتحدث الرسمي لهيئة الهلال الأحمر X": a title with its owner, someone new
        if kind == "source":  # "المصدر نفسه": the source named last
            return self.last_source
        if kind.startswith("head:"):
            if i + 1 < len(self.keys) and self.keys[i + 1].startswith("ال") and \
                    self.keys[i + 1] not in _evaluative():
                return None  # "الحركة الاحتجاجية": a description, not a reference back; «التنظيم الإرهابي» is one
            return self._by_head(i, *kind.split(":")[1:])
        for m in reversed([m for m in self.mentions if m.last <= i and m.key]):
            ent = self.entities.get(m.key)
            if ent is None:
                continue
            k = m.key.lower()
            if kind == "person" and ent.type == "Person":
                return m.key
            if kind == "agency" and ent.type == "Organization" and any(h in k or h in (ent.label_en or "").lower()
                                                                         for h in _AGENCY_HINTS):
                return m.key
            if kind == "ministry" and ent.type == "Organization" and ("ministry" in k or "ministry" in
                                                                       (ent.label_en or "").lower()):
                return m.key
            if kind == "committee" and ent.type == "Organization" and ("committee" in (ent.label_en or "").lower()
                                                                        or ent.label_ar.startswith(_words()[3])):
                return m.key
            if kind == "presidency" and "presiden" in (ent.label_en or "").lower():
                return m.key
        return None

    def _owner_follows(self, i: int) -> bool:
        """After the title at i and its adjectives ("المتحدث الرسمي"), a body attached with ل or ب that owns it
        ("لهيئة الهلال الأحمر"، "لإدارة الطرق"، "للمركز"); not a news agency he spoke to ("لوكالة فرانس برس")."""
        t = i + 1
        while t < min(len(self.keys), i + 3) and self.keys[t].startswith("ال") and self.keys[t].endswith("ي"):
            t += 1  # "الرسمي"، "الإعلامي"
        if t >= len(self.keys) or len(self.keys[t]) < 4 or self.keys[t][0] not in ("ل", "ب"):
            return False
        m = self.starts.get(t)
        if m is not None:
            ent = self.entities.get(m.key)
            label = (ent.label_en or "").lower() if ent is not None else ""
            return m.type in ("Organization", "State", "Group") and not any(h in label for h in _AGENCY_HINTS)
        return self.keys[t].startswith(("لل", "بال")) or t + 1 < len(self.keys) and self.keys[t + 1].startswith("ال")

    def _by_head(self, i: int, head: str, org_kind: str) -> str | None:
        """The body a bare head noun refers back to: of those named before with that head, the one named most
        often so far ("الحزب" after a party's press conference that mentions another party in passing), the most
        recent on a tie."""
        rows = gazetteer().rows
        named: dict[str, int] = {}
        order: list[str] = []
        headed: set[str] = set()  # named with the head itself ("تنظيم داعش" for "التنظيم"): before a body of the kind
        for m in reversed([m for m in self.mentions if m.last <= i and m.key]):
            ent = self.entities.get(m.key)
            if ent is None or ent.type not in ("Organization", "Group"):
                continue
            surface = norm(self.analysis.text[m.span.begin:m.span.end])
            # a group only by its name's head: "الجبهة" is not the last militant group named
            by_head = head in surface or head in norm(ent.label_ar or "")
            if by_head or ent.type == "Organization" and org_kind and rows.get(m.key, {}).get("kind") == org_kind:
                if m.key not in named:
                    order.append(m.key)
                named[m.key] = named.get(m.key, 0) + 1
                if by_head:
                    headed.add(m.key)
        return max([k for k in order if k in headed] or order, key=lambda k: named[k]) if order else None

    def is_weekday_or_date(self, i: int) -> bool:
        lex = lexicons()
        k = self.keys[i]
        if _weekday_of(lex, k) is not None:  # a clitic reading of k names a weekday (kept per spelling)
            return True
        return bool(lex.relative_days.match(self.keys, i)) or k in _words()[1]
