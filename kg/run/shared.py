"""The shared graph: entity data merged over all articles, and kgo:sameStatementAs between repeated statements.

Every build target (a file, the N-Quads stream, shards, the store) makes it here, from the same two things per
article: its entities and its statements' keys. Entities are merged as they come (kg.rdf.writer.EntityTable, whose
result does not depend on the order but for ties; a build adds them in input order, the store in file-name order,
the same for a folder of articles); only the statement keys are kept until the end, not the graphs.

The statement-link rule (kg.rdf.writer.link_repeated_statements, fed in file-name order here): each repeat of a
statement is linked, both ways, to its first report, the article first in file-name order, a star rather than a
clique. The property is symmetric and transitive in the ontology, so a reasoner gets the clique back; three articles
quoting one statement give 4 triples, and a statement quoted by a thousand articles gives 2,000, not a million.
Whichever way the graph is built (one process or many, a file, shards or a store), the links are the same.
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
    """Takes each article's entities and statement keys; `graph()` is the shared named graph's triples."""

    def __init__(self, iris: IRIs) -> None:
        self.iris = iris
        self.table = EntityTable()
        self._statements: dict[str, list[StatementKey]] = {}

    def add(self, doc: str, entities: Iterable[Entity], statements: Iterable) -> None:
        """An article's entities and statements (kg.model.Statement or StatementKey)."""
        self.table.add(entities)
        keys = [s if isinstance(s, StatementKey) else StatementKey.of(s) for s in statements]
        if keys:
            self._statements[doc] = keys

    def add_result(self, result: ArticleResult) -> None:
        self.add(result.article.doc, result.entities.values(), result.statements)

    def entity_count(self) -> int:
        return len(self.table.entities)

    def graph(self) -> Graph:
        g = self.table.graph(self.iris)
        for triple in self._links():
            g.add(triple)
        return g

    def ntriples(self) -> list[str]:
        """The triples of graph() as N-Triples lines (each ending in a newline), as rdflib writes them, in no
        particular order, without making the entity graph in rdflib."""
        from rdflib.plugins.serializers.nt import _nt_row

        return list(dict.fromkeys(self.table.ntriples(self.iris) + [_nt_row(t) for t in self._links()]))

    def _links(self) -> Graph:
        from kg.rdf.writer import link_repeated_statements

        stubs = [ArticleResult(Article(doc=doc, text=""), {}, [], list(self._statements[doc]), [], [])  # type: ignore[arg-type]
                 for doc in sorted(self._statements)]
        return link_repeated_statements(stubs, self.iris)


def entity_graph(entities: Iterable[Entity], iris: IRIs) -> Graph:
    """The entity descriptions alone (validated with a batch of article graphs, which point at them)."""
    table = EntityTable()
    table.add(entities)
    return table.graph(iris)
