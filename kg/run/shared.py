"""The shared graph: entity data merged over all articles, and kgo:sameStatementAs between repeated statements.

Every build target (a file, the N-Quads stream, shards, the store) makes it here, from the same two things per
article: its entities and its statements' keys. The result does not depend on the order the articles arrive in
(a pool, a cluster, a store that articles are added to and removed from over months): they are merged in file-name
order.

The statement-link rule (kg.rdf.writer.link_repeated_statements): each repeat of a statement is linked, both ways,
to its first report, the article first in file-name order, a star rather than a clique. The property is symmetric
and transitive in the ontology, so a reasoner gets the clique back; three articles quoting one statement give 4
triples, and a statement quoted by a thousand articles gives 2,000, not a million.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph

from kg.model import Article, ArticleResult, Entity, Span
from kg.rdf.writer import EntityTable, IRIs


@dataclass(frozen=True, slots=True)
class StatementKey:
    """What a statement link needs of a statement: its IRI's parts, its speaker and its content."""

    speaker: str
    content: str
    cue_span: Span
    content_span: Span

    @classmethod
    def of(cls, statement) -> StatementKey:
        return cls(statement.speaker, statement.content, statement.cue_span, statement.content_span)

    def to_json(self) -> list:
        return [self.speaker, self.content, self.cue_span.begin, self.cue_span.end, self.content_span.begin,
                self.content_span.end]

    @classmethod
    def from_json(cls, row: list) -> StatementKey:
        speaker, content, cb, ce, sb, se = row
        return cls(speaker, content, Span(cb, ce), Span(sb, se))


class SharedGraph:
    """Collects each article's entities and statement keys; `graph()` is the shared named graph's triples."""

    def __init__(self, iris: IRIs) -> None:
        self.iris = iris
        self._docs: dict[str, tuple[list[Entity], list[StatementKey]]] = {}

    def add(self, doc: str, entities: Iterable[Entity], statements: Iterable) -> None:
        """An article's entities and statements (kg.model.Statement or StatementKey); a doc given twice is
        replaced, as a store replaces an article."""
        self._docs[doc] = (list(entities), [s if isinstance(s, StatementKey) else StatementKey.of(s)
                                            for s in statements])

    def add_result(self, result: ArticleResult) -> None:
        self.add(result.article.doc, result.entities.values(), result.statements)

    def entity_count(self) -> int:
        return len({e.key for ents, _s in self._docs.values() for e in ents})

    def table(self) -> EntityTable:
        table = EntityTable()
        for doc in sorted(self._docs):
            table.add(self._docs[doc][0])
        return table

    def graph(self) -> Graph:
        from kg.rdf.writer import link_repeated_statements

        g = self.table().graph(self.iris)
        stubs = [ArticleResult(Article(doc=doc, text=""), {}, [], list(self._docs[doc][1]), [], [])  # type: ignore[arg-type]
                 for doc in sorted(self._docs) if self._docs[doc][1]]
        for triple in link_repeated_statements(stubs, self.iris):
            g.add(triple)
        return g


def entity_graph(entities: Iterable[Entity], iris: IRIs) -> Graph:
    """The entity descriptions alone (validated with a batch of article graphs, which point at them)."""
    table = EntityTable()
    table.add(entities)
    return table.graph(iris)
