"""The document the pipeline components pass along: the article, its analysis, candidate spans, entities and facts.

Every field holds character offsets into `article.text` (through `Span`s and the analysis' tokens), so each fact
keeps its evidence from the first component to the RDF writer. A component reads the fields it declares it needs and
fills the ones it declares it adds (kg.pipeline.registry checks the order once, when a pipeline is put together).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.model import Action, Article, ArticleResult, Entity, Figure, Mention, Span, Statement

if TYPE_CHECKING:
    from kg.extract.context import DocContext
    from kg.text.analysis import Analysis

@dataclass(slots=True)
class RawMention:
    """A candidate span a recognizer proposes (token range, type, proposed key and what it read: name tokens,
    title, role, country); `resolve` chooses among candidates and turns them into entities and mentions."""

    first: int  # token index (global), inclusive
    last: int  # token index, exclusive
    span: Span
    type: str
    kind: str  # gazetteer | person | role | institution | group | place
    key: str | None = None  # proposed entity key
    name: tuple[str, ...] = ()  # normalized name tokens (persons)
    role: str | None = None
    role_country: str | None = None
    title: str | None = None  # title as written, kept as data about the person
    label_en: str | None = None
    label_ar: str | None = None
    extra: dict = field(default_factory=dict)
    prefix: str = ""  # proclitics on the first token as matched ("ل" in "لموسكو"): a preposition governs it

    @property
    def proclitic(self) -> str:
        """The prefix without the article: "و" for "والولايات", "ب" for "بالرياض", "لل" for "للأمم"."""
        return self.prefix[:-2] if self.prefix.endswith("ال") else self.prefix


# the fields a component can declare in `needs` and `adds`
FIELDS = ("article", "analysis", "boilerplate", "published", "candidates", "focus", "outlet", "entities", "mentions",
          "context", "skip", "statements", "actions", "figures")


@dataclass
class Doc:
    article: Article
    analysis: Analysis | None = None
    # spans the recognizers propose (rules, gazetteer, a statistical model), before resolution chooses entities
    candidates: list[RawMention] = field(default_factory=list)
    focus: str | None = None  # the country the article is about, where the text says (key of a State)
    outlet: str | None = None  # key of the outlet a "المصدر | ..." line credits
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    # resolved mentions by token position, shared by the fact extractors
    context: DocContext | None = None
    skip: set[int] = field(default_factory=set)  # indices of sentences that yield no facts (headlines, boilerplate)
    statements: list[Statement] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds spent in each component

    @property
    def text(self) -> str:
        return self.article.text

    @classmethod
    def from_text(cls, text: str, doc: str = "article.txt", **meta) -> Doc:
        """A document from a string (notebooks, tests); its first non-empty line is the headline unless given."""
        headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
        return cls(Article(doc=doc, text=text, headline=meta.pop("headline", headline), **meta))

    def result(self) -> ArticleResult:
        """What the RDF writer reads: one named graph's worth of entities, mentions and facts."""
        return ArticleResult(self.article, self.entities, self.mentions, self.statements, self.actions, self.figures,
                             self.warnings)
