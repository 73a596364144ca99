"""Turns extraction results into RDF: one named graph per article plus a graph of shared entity data.

IRIs are minted from the article's file name, character offsets and entity keys, so the same input always gives
the same IRIs; serialization is sorted so that the same input gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

from kg.model import Article, ArticleResult, Entity, Span
from kg.text.normalize import norm
from kg.vocab import DEFAULT_BASE, KGO, PLOVER, PROV, SCHEMA, WD, slug


@dataclass
class IRIs:
    base: str = DEFAULT_BASE

    def doc_slug(self, doc: str) -> str:
        stem = doc.rsplit(".", 1)[0] if "." in doc else doc
        out = slug(stem)
        if out != stem:  # characters were dropped (Arabic, spaces...): a hash keeps "a b" and "a_b" apart
            out = f"{out}-{hashlib.sha1(stem.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"
        return out

    def article(self, doc: str) -> URIRef:
        return URIRef(f"{self.base}article/{self.doc_slug(doc)}")

    def graph(self, doc: str) -> URIRef:
        return URIRef(f"{self.base}graph/{self.doc_slug(doc)}")

    def entities_graph(self) -> URIRef:
        return URIRef(f"{self.base}graph/entities")

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{slug(key)}")

    def node(self, kind: str, doc: str, local: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{self.doc_slug(doc)}/{slug(local)}")


_IRI_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=")
_WEB = re.compile(r"(?i)https?://[^/?#]")
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def _iri_char(c: str) -> bool:
    o = ord(c)
    if o < 0x80:
        return c in _IRI_ASCII
    # RFC 3987 ucschar (private use, noncharacters and surrogates excluded)
    return 0xA0 <= o <= 0xD7FF or 0xF900 <= o <= 0xFDCF or 0xFDF0 <= o <= 0xFFEF or (
        0x10000 <= o <= 0xEFFFD and (o & 0xFFFF) < 0xFFFE)


def web_iri(url: str) -> URIRef | None:
    """A page address (from HTML metadata or a sidecar, i.e. untrusted) as a safe IRI, or None: http(s) only;
    every character an IRI may not contain is percent-encoded, so the value can never end the IRI early."""
    url = url.strip()
    if not _WEB.match(url):
        return None
    out = []
    host_end = min((k for k in (url.find(x, url.index("//") + 2) for x in "/?#") if k >= 0), default=len(url))
    for i, c in enumerate(url):
        if _iri_char(c) or (c == "%" and _PERCENT.match(url, i)) or (c in "[]" and i < host_end):
            out.append(c)
        else:
            out.append("".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass")))
    iri = "".join(out)
    try:
        import pyoxigraph

        pyoxigraph.NamedNode(iri)  # the strictest IRI parser the graph meets (kg query, kg load)
    except ValueError:
        return None
    return URIRef(iri)


def _date(day: date) -> Literal:
    return Literal(day.isoformat(), datatype=XSD.date)


def _date_property(art: Article, day: date) -> URIRef:
    """kgo:date, or kgo:inferredDate for a day resolved against an inferred publication date: a fact claims no
    more certainty than the date it rests on."""
    return KGO.inferredDate if art.date_is_inferred(day) else KGO.date


def _nni(n: int) -> Literal:
    return Literal(n, datatype=XSD.nonNegativeInteger)


@dataclass
class EntityTable:
    """Entity data merged over all articles (labels, roles, Wikidata), written once into the shared graph."""

    entities: dict[str, Entity] = field(default_factory=dict)

    def add(self, ents: Iterable[Entity]) -> None:
        for e in ents:
            cur = self.entities.get(e.key)
            if cur is None:
                self.entities[e.key] = Entity(e.key, e.type, e.label_ar, e.label_en, e.wikidata, set(e.roles),
                                              e.country, set(e.alt_labels))
                continue
            cur.roles |= e.roles
            # deterministic whatever the article order: the longest label, then the smallest string
            for lab in (cur.label_ar, e.label_ar):
                cur.alt_labels.add(lab)
            best = sorted(cur.alt_labels, key=lambda s: (-len(norm(s)), s))[0]
            if not cur.wikidata:
                cur.label_ar = best
                if e.label_en and (not cur.label_en or len(e.label_en) > len(cur.label_en)):
                    cur.label_en = e.label_en
            cur.wikidata = cur.wikidata or e.wikidata
            cur.country = cur.country or e.country

    def graph(self, iris: IRIs) -> Graph:
        g = _graph()
        for key in sorted(self.entities):
            e = self.entities[key]
            s = iris.entity(key)
            g.add((s, RDF.type, KGO[e.type]))
            g.add((s, RDFS.label, Literal(e.label_ar, lang="ar")))
            if e.label_en:
                g.add((s, RDFS.label, Literal(e.label_en, lang="en")))
            for alt in sorted(e.alt_labels - {e.label_ar}):
                g.add((s, SKOS.altLabel, Literal(alt, lang="ar")))
            if e.wikidata:
                g.add((s, KGO.wikidata, WD[e.wikidata]))
            for role in sorted(e.roles):
                g.add((s, KGO.role, Literal(role, lang="ar")))
            if e.country and e.country != key and e.country in self.entities:
                g.add((s, KGO.country, iris.entity(e.country)))
        return g


# the terms of a text span, made once: a namespace makes a new URIRef at each attribute access
_TYPE, _MENTION, _TEXT_SPAN = RDF.type, KGO.Mention, KGO.TextSpan
_IN_ARTICLE, _TEXT, _BEGIN, _END = KGO.inArticle, KGO.text, KGO.begin, KGO.end


def _graph() -> Graph:
    """A graph on rdflib's context-free store: an article's graph has no named graphs of its own, and adding a
    triple costs about half of what the default store's context bookkeeping does."""
    return Graph(store=SimpleMemory())


def article_graph(result: ArticleResult, iris: IRIs) -> Graph:
    g = _graph()
    art = result.article
    doc = art.doc
    a = iris.article(doc)
    doc_slug = iris.doc_slug(doc)  # once, not per node (iris.node makes it again each time)
    entity_iris: dict[str, URIRef] = {}
    add = g.add

    def node_iri(kind: str, local: str) -> URIRef:  # iris.node(kind, doc, local)
        return URIRef(f"{iris.base}{kind}/{doc_slug}/{slug(local)}")

    def entity_iri(key: str) -> URIRef:
        iri = entity_iris.get(key)
        if iri is None:
            iri = entity_iris[key] = iris.entity(key)
        return iri

    text = art.text
    g.add((a, RDF.type, KGO.Article))
    g.add((a, KGO.fileName, Literal(doc)))
    g.add((a, SCHEMA.inLanguage, Literal(art.language)))
    if art.headline:
        g.add((a, SCHEMA.headline, Literal(art.headline.strip(), lang="ar")))
    if art.published:
        # a date guessed from the dates the text mentions is not the publication date: its own property
        published = KGO.inferredPublicationDate if art.published_inferred else SCHEMA.datePublished
        g.add((a, published, _date(art.published)))
    if art.outlet:
        g.add((a, SCHEMA.publisher, Literal(art.outlet)))
    url = web_iri(art.url) if art.url else None
    if url is not None:
        g.add((a, SCHEMA.url, url))

    def span_node(kind: str, span: Span) -> URIRef:
        node = node_iri(kind, f"{span.begin}-{span.end}")
        add((node, _TYPE, _MENTION if kind == "mention" else _TEXT_SPAN))
        add((node, _IN_ARTICLE, a))
        add((node, _TEXT, Literal(text[span.begin:span.end])))
        add((node, _BEGIN, _nni(span.begin)))
        add((node, _END, _nni(span.end)))
        return node

    for m in result.mentions:
        node = span_node("mention", m.span)
        g.add((node, KGO.mentionOf, entity_iri(m.entity)))
    for st in result.statements:
        s = node_iri("statement", f"{st.cue_span.begin}-{st.content_span.begin}-{st.speaker}")
        g.add((s, RDF.type, KGO.Statement))
        g.add((s, KGO.speaker, entity_iri(st.speaker)))
        g.add((s, KGO.content, Literal(st.content, lang="ar")))
        g.add((s, KGO.kind, KGO[st.kind]))
        g.add((s, KGO.cue, Literal(st.cue, lang="ar")))
        if st.date:
            g.add((s, _date_property(art, st.date), _date(st.date)))
        if st.addressee:
            g.add((s, KGO.addressee, entity_iri(st.addressee)))
        if st.channel:
            g.add((s, KGO.channel, entity_iri(st.channel)))
        g.add((s, KGO.evidence, span_node("span", st.content_span)))
        g.add((s, PROV.wasDerivedFrom, a))
    for ac in result.actions:
        s = node_iri("action", f"{ac.evidence.begin}-{ac.type}-{ac.actor}-{ac.target or ''}")
        g.add((s, RDF.type, KGO.Action))
        g.add((s, KGO.actor, entity_iri(ac.actor)))
        g.add((s, KGO.actionType, PLOVER[ac.type]))
        if ac.target:
            g.add((s, KGO.target, entity_iri(ac.target)))
        if ac.date:
            g.add((s, _date_property(art, ac.date), _date(ac.date)))
        if ac.place:
            g.add((s, KGO.place, entity_iri(ac.place)))
        g.add((s, KGO.trigger, Literal(ac.trigger, lang="ar")))
        g.add((s, KGO.evidence, span_node("span", ac.evidence)))
        g.add((s, PROV.wasDerivedFrom, a))
    for f in result.figures:
        s = node_iri("figure", f"{f.evidence.begin}-{f.measure}-{f.value}")
        g.add((s, RDF.type, KGO.ReportedFigure))
        g.add((s, KGO.value, _nni(f.value)))
        g.add((s, KGO.measure, KGO[f.measure]))
        if f.subject:
            g.add((s, KGO.counted, Literal(f.subject, lang="ar")))
        if f.reporter:
            g.add((s, KGO.reporter, entity_iri(f.reporter)))
        if f.date:
            g.add((s, _date_property(art, f.date), _date(f.date)))
        if f.qualifier:
            g.add((s, KGO.qualifier, Literal(f.qualifier)))
        g.add((s, KGO.evidence, span_node("span", f.evidence)))
        g.add((s, PROV.wasDerivedFrom, a))
    return g


def statement_iri(iris: IRIs, doc: str, st) -> URIRef:
    return iris.node("statement", doc, f"{st.cue_span.begin}-{st.content_span.begin}-{st.speaker}")


def link_repeated_statements(results: list[ArticleResult], iris: IRIs, threshold: float = 0.6) -> Graph:
    """kgo:sameStatementAs between statements of one speaker reported by several articles.

    Each repeat is linked (both ways) to the first report of it, a star rather than a clique, so that a statement
    quoted by a thousand articles gives a thousand links, not half a million (the property is symmetric and
    transitive in the ontology). Candidates are the first reports of the same speaker that share one of the
    statement's three longest words, which keeps the cost near-linear on large archives."""
    from collections import Counter, defaultdict

    g = Graph()
    by_speaker: dict[str, list[tuple[str, object, Counter]]] = defaultdict(list)
    for r in results:
        for st in r.statements:
            by_speaker[st.speaker].append((r.article.doc, st, Counter(norm(st.content).split())))
    for items in by_speaker.values():
        firsts: dict[str, list[int]] = defaultdict(list)  # word -> first reports containing it
        for n, (doc, st, words) in enumerate(items):
            keys = sorted(words, key=lambda t: (-len(t), t))[:3]
            seen: set[int] = set()
            match = None
            for k in keys:
                for m in firsts[k]:
                    if m in seen:
                        continue
                    seen.add(m)
                    other_doc, _other, other_words = items[m]
                    if other_doc != doc and _token_f1(words, other_words) >= threshold:
                        match = m
                        break
                if match is not None:
                    break
            if match is None:
                for k in keys:
                    firsts[k].append(n)
                continue
            a, b = statement_iri(iris, items[match][0], items[match][1]), statement_iri(iris, doc, st)
            g.add((a, KGO.sameStatementAs, b))
            g.add((b, KGO.sameStatementAs, a))
    return g


def _token_f1(a, b) -> float:
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return 2 * p * r / (p + r)

