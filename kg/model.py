"""The one internal data model: every fact carries the character offsets of its evidence in the article text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [begin, end) in the article text."""

    begin: int
    end: int

    def text(self, source: str) -> str:
        return source[self.begin:self.end]

    def __contains__(self, other: Span) -> bool:
        return self.begin <= other.begin and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.begin < other.end and other.begin < self.end


@dataclass(slots=True)
class Article:
    """A news document as read from disk, with the metadata found in it or in its sidecar file."""

    doc: str  # file name, the article's key everywhere
    text: str
    headline: str | None = None
    published: date | None = None
    # where `published` comes from: "sidecar", "html" or "dateline" (facts: written as schema:datePublished), or
    # "inferred" (a guess from the dates the text mentions: written as kgo:inferredPublicationDate); None when the
    # caller gave it
    published_from: str | None = None
    # dates the text writes out in full (day, month and year): a fact dated by one of them does not rest on an
    # inferred publication date (filled only when that date is inferred)
    dates_in_text: frozenset[date] = frozenset()
    outlet: str | None = None
    url: str | None = None
    language: str = "ar"
    warnings: list[str] = field(default_factory=list)
    # spans of site boilerplate (related links, cookie notices...) that must yield no facts
    boilerplate: list[Span] = field(default_factory=list)

    @property
    def published_inferred(self) -> bool:
        return self.published is not None and self.published_from == "inferred"

    def date_is_inferred(self, day: date | None) -> bool:
        """A fact's day rests on the inferred publication date (a weekday, أمس, a day and month without a year
        resolved against it) unless the text writes that day out in full."""
        return day is not None and self.published_inferred and day not in self.dates_in_text


@dataclass(slots=True)
class Token:
    span: Span
    text: str  # as written
    norm: str  # normalized (no diacritics, unified alef/yeh/teh marbuta, ASCII digits)


@dataclass(slots=True)
class Sentence:
    span: Span
    tokens: list[Token]


@dataclass(slots=True)
class Entity:
    """A real-world actor or place; `key` is stable across articles and becomes the IRI."""

    key: str
    type: str  # Person | State | Organization | Group | Place
    label_ar: str
    label_en: str | None = None
    wikidata: str | None = None  # Q-id
    roles: set[str] = field(default_factory=set)  # titles found in text, e.g. "الرئيس الكازاخستاني"
    country: str | None = None  # key of the State it belongs to, where known
    alt_labels: set[str] = field(default_factory=set)


@dataclass(slots=True)
class Mention:
    span: Span
    text: str
    entity: str  # Entity.key
    source: str = "gazetteer"  # which recognizer found it


@dataclass(slots=True)
class Statement:
    speaker: str  # Entity.key
    kind: str  # direct | indirect
    cue: str
    cue_span: Span
    content: str
    content_span: Span
    evidence: Span  # the sentence(s) that carry it
    date: date | None = None
    addressee: str | None = None
    channel: str | None = None  # e.g. the agency that relayed it
    co_speakers: tuple[str, ...] = ()


@dataclass(slots=True)
class Action:
    actor: str
    type: str  # PLOVER type
    evidence: Span
    trigger: str
    target: str | None = None
    date: date | None = None
    place: str | None = None
    target_text: str | None = None  # the words naming an unnamed target as written ("ثلاثة فلسطينيين")


@dataclass(slots=True)
class Figure:
    value: int
    measure: str
    evidence: Span
    subject: str  # who/what was counted, as written
    reporter: str | None = None
    date: date | None = None
    qualifier: str | None = None  # more_than | at_least | about | up_to


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article; the RDF writer turns it into one named graph."""

    article: Article
    entities: dict[str, Entity]
    mentions: list[Mention]
    statements: list[Statement]
    actions: list[Action]
    figures: list[Figure]
    warnings: list[str] = field(default_factory=list)
