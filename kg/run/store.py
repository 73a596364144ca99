"""A persistent knowledge graph on disk: an embedded Oxigraph store that articles are added to, rebuilt in and
removed from one at a time.

Layout of the store (all named graphs):
- `<base>graph/<docslug>`: one graph per article, exactly what `kg build` writes for it;
- `<base>graph/entities`: the shared graph (labels, roles, Wikidata links, repeated statements), always
  recomputed by kg.run.shared from the entity and statement records of *all* stored articles, so an entity
  mentioned by one removed article goes away with it, and the store holds what `kg build` writes;
- `<base>graph/ontology`: ontology/kg.ttl;
- `urn:kg:store`: bookkeeping (base IRI, each article's file name, entity and statement records as JSON, a flag
  set while the shared graph is behind the articles). Its subjects and predicates are `urn:kg:store...` IRIs, outside
  the graph's vocabulary, and `dump`/`kg load` leave it out.

Every change is one SPARQL update, which Oxigraph applies as one transaction: a crash (or an error) mid-article
leaves the store as it was before that article.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.model import ArticleResult, Entity
from kg.rdf.writer import IRIs
from kg.run.shared import SharedGraph, StatementKey
from kg.vocab import DEFAULT_BASE, XSD_INTEGERS

INTERNAL = ox.NamedNode("urn:kg:store")
_K = "urn:kg:store#"
_BASE, _DOC, _ENTITIES, _STATEMENTS, _STALE, _ONTOLOGY = (
    ox.NamedNode(_K + n) for n in ("base", "doc", "entities", "statements", "sharedStale", "ontologySha256"))
RESERVED = ("entities", "ontology")
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_DERIVED_INTEGERS = XSD_INTEGERS - {XSD_INTEGER}

Triples = Iterable  # rdflib Graph / rdflib triples / pyoxigraph Triples or Quads (their graph is ignored)
Record = tuple[str, list[Entity], list[StatementKey]]  # doc, its entities, its statements' keys


class StoreError(Exception):
    """The store cannot be opened or changed as asked (in use, different base IRI, name clash...)."""


def _is_store_dir(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def entity_to_json(e: Entity) -> dict:
    return {"key": e.key, "type": e.type, "label_ar": e.label_ar, "label_en": e.label_en, "wikidata": e.wikidata,
            "roles": sorted(e.roles), "country": e.country, "alt_labels": sorted(e.alt_labels)}


def entity_from_json(d: dict) -> Entity:
    return Entity(d["key"], d["type"], d["label_ar"], d.get("label_en"), d.get("wikidata"), set(d.get("roles", ())),
                  d.get("country"), set(d.get("alt_labels", ())))


def to_ox_triples(data: Triples) -> list[ox.Triple]:
    """pyoxigraph triples from an rdflib graph, rdflib triples, or pyoxigraph triples/quads."""
    items = list(data)
    if not items:
        return []
    if isinstance(items[0], ox.Triple | ox.Quad):
        return [ox.Triple(q.subject, q.predicate, q.object) for q in items]
    from rdflib import Graph

    g = Graph()
    for t in items:
        g.add(t[:3])
    return [q.triple for q in ox.parse(g.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES)]


def _insert(graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> str:
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}" if body else ""


class KGStore:
    """`KGStore(path)` opens (or creates) a store directory; `read_only=True` opens it without taking the
    writer's lock (Oxigraph: reading while another process writes is undefined, so read when no build runs)."""

    def __init__(self, path: str | Path, base: str | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            if not _is_store_dir(self.path):
                raise StoreError(f"{self.path} is not a kg store")
            self._ox = ox.Store.read_only(str(self.path))
        else:
            if self.path.exists() and (not self.path.is_dir() or (any(self.path.iterdir())
                                                                  and not _is_store_dir(self.path))):
                raise StoreError(f"{self.path} exists and is not a kg store; give a new or empty folder")
            try:
                self._ox = ox.Store(str(self.path))
            except OSError as exc:
                raise StoreError(f"cannot open {self.path} for writing (is another kg process using it?): "
                                 f"{exc}") from exc
        stored = self._value(INTERNAL, _BASE)
        if stored and base and stored != base:
            raise StoreError(f"{self.path} was built with base IRI {stored}, not {base}")
        self.base = stored or base or DEFAULT_BASE
        self.iris = IRIs(self.base)
        if not read_only:
            if not stored:
                self._ox.update(_insert(INTERNAL, [ox.Triple(INTERNAL, _BASE, ox.Literal(self.base))]))
            self._sync_ontology()
            if self._value(INTERNAL, _STALE):
                self.put_shared()

    # -- small helpers ---------------------------------------------------------------------------------------
    def __enter__(self) -> KGStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (and the writer's lock)."""
        self._ox = None  # type: ignore[assignment]

    @property
    def oxigraph(self) -> ox.Store:
        return self._ox

    def _value(self, s: ox.NamedNode, p: ox.NamedNode) -> str | None:
        for q in self._ox.quads_for_pattern(s, p, None, INTERNAL):
            return q.object.value
        return None

    def _record_node(self, doc: str) -> ox.NamedNode:
        return ox.NamedNode(f"urn:kg:store:article:{self.iris.doc_slug(doc)}")

    def ontology_graph(self) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}graph/ontology")

    def shared_graph(self) -> ox.NamedNode:
        return ox.NamedNode(str(self.iris.entities_graph()))

    def article_graph(self, doc: str) -> ox.NamedNode:
        return ox.NamedNode(str(self.iris.graph(doc)))

    def _records(self) -> dict[str, Record]:
        """record node -> (doc, entities, statement keys)"""
        docs = {str(q.subject): q.object.value for q in self._ox.quads_for_pattern(None, _DOC, None, INTERNAL)}
        ents = {str(q.subject): q.object.value for q in self._ox.quads_for_pattern(None, _ENTITIES, None, INTERNAL)}
        stmts = {str(q.subject): q.object.value
                 for q in self._ox.quads_for_pattern(None, _STATEMENTS, None, INTERNAL)}
        return {n: (d, [entity_from_json(e) for e in json.loads(ents.get(n, "[]"))],
                    [StatementKey.from_json(s) for s in json.loads(stmts.get(n, "[]"))]) for n, d in docs.items()}

    def _write(self, ops: list[str]) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        self._ox.update(" ;\n".join(op for op in ops if op))

    def _op_drop_record(self, doc: str) -> str:
        return f"DELETE WHERE {{ GRAPH {INTERNAL} {{ {self._record_node(doc)} ?p ?o }} }}"

    def _ops_shared(self, records: dict[str, Record]) -> list[str]:
        shared = SharedGraph(self.iris)
        for doc, ents, stmts in sorted(records.values(), key=lambda r: r[0]):  # file-name order, as a folder
            shared.add(doc, ents, stmts)
        triples = to_ox_triples(shared.graph())
        g = self.shared_graph()
        return [f"DROP SILENT GRAPH {g}", _insert(g, triples),
                f"DELETE WHERE {{ GRAPH {INTERNAL} {{ {INTERNAL} {_STALE} ?o }} }}"]

    def _sync_ontology(self) -> None:
        from kg.resources import ontology_path

        path = ontology_path("kg.ttl")
        if not path.exists():
            return
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if self._value(INTERNAL, _ONTOLOGY) == digest:
            return
        g = self.ontology_graph()
        triples = [q.triple for q in ox.parse(data, ox.RdfFormat.TURTLE)]
        self._write([f"DROP SILENT GRAPH {g}", _insert(g, triples),
                     f"DELETE WHERE {{ GRAPH {INTERNAL} {{ {INTERNAL} {_ONTOLOGY} ?o }} }}",
                     _insert(INTERNAL, [ox.Triple(INTERNAL, _ONTOLOGY, ox.Literal(digest))])])

    # -- public API ------------------------------------------------------------------------------------------
    def articles(self) -> list[str]:
        """File names of the stored articles, sorted."""
        return sorted(q.object.value for q in self._ox.quads_for_pattern(None, _DOC, None, INTERNAL))

    def __contains__(self, doc: str) -> bool:
        return self._value(self._record_node(doc), _DOC) == doc

    def put_article(self, doc: str, graph_quads: Triples, entities: Iterable[Entity] = (),
                    statements: Iterable = (), *, refresh: bool = True) -> int:
        """Replace the article's named graph with `graph_quads` and its entity and statement records with
        `entities` and `statements` (kg.model.Statement or kg.run.shared.StatementKey), in one transaction.
        With `refresh` (the default) the shared graph is recomputed in the same transaction; without it the
        store is flagged and `put_shared()` (or the next writable open) catches up.
        Returns the number of triples written for the article."""
        slug = self.iris.doc_slug(doc)
        if slug in RESERVED:
            raise StoreError(f"{doc}: the article name {slug!r} is reserved for the {slug} graph; rename the file")
        node = self._record_node(doc)
        other = self._value(node, _DOC)
        if other is not None and other != doc:
            raise StoreError(f"{doc} and the stored {other} map to the same graph IRI; remove {other} first")
        triples = to_ox_triples(graph_quads)
        ents = sorted((entity_to_json(e) for e in entities), key=lambda d: d["key"])
        keys = [s if isinstance(s, StatementKey) else StatementKey.of(s) for s in statements]
        g = self.article_graph(doc)
        record = [ox.Triple(node, _DOC, ox.Literal(doc)),
                  ox.Triple(node, _ENTITIES, ox.Literal(json.dumps(ents, ensure_ascii=False, sort_keys=True))),
                  ox.Triple(node, _STATEMENTS, ox.Literal(json.dumps([k.to_json() for k in keys],
                                                                     ensure_ascii=False)))]
        ops = [f"DROP SILENT GRAPH {g}", _insert(g, triples), self._op_drop_record(doc), _insert(INTERNAL, record)]
        if refresh:
            records = self._records()
            records[str(node)] = (doc, [entity_from_json(e) for e in ents], keys)
            ops += self._ops_shared(records)
        else:
            ops.append(_insert(INTERNAL, [ox.Triple(INTERNAL, _STALE, ox.Literal(True))]))
        self._write(ops)
        return len(triples)

    def put_result(self, result: ArticleResult, *, refresh: bool = True) -> int:
        """Store one extraction result (its graph as `kg build` writes it, and its entities)."""
        from kg.rdf.writer import article_graph

        return self.put_article(result.article.doc, article_graph(result, self.iris), result.entities.values(),
                                result.statements, refresh=refresh)

    def put_results(self, results: Iterable[ArticleResult]) -> int:
        """Store many results, each article in its own transaction, then recompute the shared graph once."""
        n = 0
        for r in results:
            n += self.put_result(r, refresh=False)
        self.put_shared()
        return n

    def remove_article(self, doc: str) -> bool:
        """Remove an article and every entity only it mentioned, in one transaction. False if it wasn't there."""
        if doc not in self:
            return False
        g = self.article_graph(doc)
        records = self._records()
        records.pop(str(self._record_node(doc)), None)
        self._write([f"DROP SILENT GRAPH {g}", self._op_drop_record(doc), *self._ops_shared(records)])
        return True

    def put_shared(self) -> int:
        """Recompute the shared graph from the entity and statement records of all stored articles."""
        ops = self._ops_shared(self._records())
        self._write(ops)
        return sum(1 for _ in self._ox.quads_for_pattern(None, None, None, self.shared_graph()))

    def graphs(self) -> list[ox.NamedNode]:
        """The public named graphs: ontology, shared entities, then the articles in file-name order."""
        arts = [self.article_graph(d) for d in self.articles()]
        head = [g for g in (self.ontology_graph(), self.shared_graph()) if self._ox.contains_named_graph(g)]
        return head + arts

    def _datatype_fixes(self) -> dict[ox.NamedNode, ox.NamedNode]:
        """property -> derived integer datatype (its rdfs:range in the ontology). Oxigraph stores such literals
        as xsd:integer; the export puts the declared datatype back so the output matches `kg build`'s."""
        rng = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#range")
        return {q.subject: q.object for q in self._ox.quads_for_pattern(None, rng, None, self.ontology_graph())
                if isinstance(q.subject, ox.NamedNode) and q.object.value in _DERIVED_INTEGERS}

    def quads(self, include_ontology: bool = True) -> Iterator[ox.Quad]:
        """The quads of the public graphs, with the ontology's derived integer datatypes restored."""
        fixes = self._datatype_fixes()
        for g in self.graphs():
            if not include_ontology and g == self.ontology_graph():
                continue
            for q in self._ox.quads_for_pattern(None, None, None, g):
                o = q.object
                if q.predicate in fixes and isinstance(o, ox.Literal) and o.datatype.value == XSD_INTEGER:
                    q = ox.Quad(q.subject, q.predicate, ox.Literal(o.value, datatype=fixes[q.predicate]), g)
                yield q

    def query(self, text: str, bindings: dict[str, object] | None = None):
        """SPARQL over the union of the graphs: (variable names, rows of pyoxigraph terms), as kg.query.run.
        Binding values may be pyoxigraph terms or strings (IRIs, prefixed names such as kgo:killed, literals)."""
        from kg.query import PREFIXES, parse_binding, run

        terms = {k: v if isinstance(v, ox.NamedNode | ox.Literal) else parse_binding(f"{k}={v}", PREFIXES)[1]
                 for k, v in (bindings or {}).items()}
        return run(self._ox, text, terms)

    def dump(self, path: str | Path, include_ontology: bool = True) -> int:
        """Write the public graphs to an N-Quads file (sorted lines, written atomically); returns the line count."""
        from kg.rdf.serialize import write_atomic

        text = ox.serialize(self.quads(include_ontology), format=ox.RdfFormat.N_QUADS).decode("utf-8")
        lines = sorted(ln for ln in text.splitlines() if ln.strip())
        write_atomic(Path(path), ("\n".join(lines) + "\n" if lines else "").encode("utf-8"))
        return len(lines)
