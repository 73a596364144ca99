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
        self._emit(iris, g.add, _RDFLIB)
        return g

    def ntriples(self, iris: IRIs) -> list[str]:
        """The triples of graph(iris) as N-Triples lines (each ending in a newline), as rdflib writes them, without
        making an rdflib graph; in no particular order, no line twice."""
        out: set[str] = set()
        add = out.add
        self._emit(iris, lambda t: add(f"{t[0]} {t[1]} {t[2]} .\n"), _TEXT)
        return list(out)

    def _emit(self, iris: IRIs, add, T: _Terms) -> None:
        v = T.v
        for key in sorted(self.entities):
            e = self.entities[key]
            s = T.iri(iris.entity(key))
            add((s, v.type, T.kgo(e.type)))
            add((s, v.label, T.lang(e.label_ar, "ar")))
            if e.label_en:
                add((s, v.label, T.lang(e.label_en, "en")))
            for alt in sorted(e.alt_labels - {e.label_ar}):
                add((s, v.altLabel, T.lang(alt, "ar")))
            if e.wikidata:
                add((s, v.wikidata, T.iri(WD[e.wikidata])))
            for role in sorted(e.roles):
                add((s, v.role, T.lang(role, "ar")))
            if e.country and e.country != key and e.country in self.entities:
                add((s, v.country, T.iri(iris.entity(e.country))))


class _Vocab:
    """The fixed terms an article graph uses, made once in a term maker's form."""

    def __init__(self, iri) -> None:
        self.type, self.label, self.altLabel = iri(RDF.type), iri(RDFS.label), iri(SKOS.altLabel)
        for name in ("Article", "fileName", "inferredPublicationDate", "Mention", "TextSpan", "inArticle", "text",
                     "begin", "end", "mentionOf", "Statement", "speaker", "content", "kind", "cue", "date",
                     "inferredDate", "addressee", "channel", "evidence", "Action", "actor", "actionType", "target",
                     "targetText", "place", "trigger", "ReportedFigure", "value", "measure", "counted", "reporter",
                     "qualifier", "wikidata", "role", "country"):
            setattr(self, name, iri(KGO[name]))
        for name in ("inLanguage", "headline", "datePublished", "publisher", "url"):
            setattr(self, name, iri(SCHEMA[name]))
        self.wasDerivedFrom = iri(PROV.wasDerivedFrom)


class _Terms:
    """Makes the terms of a graph: rdflib terms (article_graph) or their N-Triples text (article_nquads), so that
    both are made by the same code and the text is the lines rdflib's N-Quads serializer writes for the graph."""

    def __init__(self, text: bool) -> None:
        self.text = text
        self.v = _Vocab(self.iri)
        self._kgo: dict[str, object] = {}
        self._plover: dict[str, object] = {}

    def iri(self, value: str):
        if not self.text:
            return URIRef(value)
        if _INVALID_IRI.search(value) is not None:  # rdflib's URIRef.n3() refuses these (rdflib.term._is_valid_uri)
            raise ValueError(f'"{value}" does not look like a valid URI, I cannot serialize this as N3/Turtle.')
        return f"<{value}>"

    def kgo(self, local: str):  # KGO[local], a closed namespace: an undeclared term raises
        term = self._kgo.get(local)
        if term is None:
            term = self._kgo[local] = self.iri(KGO[local])
        return term

    def plover(self, local: str):
        term = self._plover.get(local)
        if term is None:
            term = self._plover[local] = self.iri(PLOVER[local])
        return term

    def plain(self, value: str):
        return _quote(value) if self.text else Literal(value)

    def lang(self, value: str, tag: str):
        return f"{_quote(value)}@{tag}" if self.text else Literal(value, lang=tag)

    def nni(self, n: int):
        return f'"{n}{_NNI_TAIL}' if self.text else _nni(n)

    def date(self, day: date):
        return f'"{day.isoformat()}{_DATE_TAIL}' if self.text else _date(day)


_INVALID_IRI_CHARS = '<>" {}|\\^`'
_INVALID_IRI = re.compile("[" + re.escape(_INVALID_IRI_CHARS) + "]")  # one search, not a scan per character
# the datatypes' text, made once: XSD.x is a lookup of rdflib's namespace class (two per mention's span)
_NNI_TAIL, _DATE_TAIL = f'"^^<{XSD.nonNegativeInteger}>', f'"^^<{XSD.date}>'


def _quote(value: str) -> str:
    """A literal's lexical form quoted as rdflib's N-Triples serializer does (its _quote_encode)."""
    return '"' + value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'


_RDFLIB = _Terms(text=False)
_TEXT = _Terms(text=True)
_SAFE_LOCAL = re.compile(r"[A-Za-z0-9\-](?:[A-Za-z0-9_.\-]*[A-Za-z0-9\-])?")  # what slug() leaves as it is


def _slug(local: str) -> str:
    """slug(local), without Unicode normalization when local is already a safe path segment ("120-134")."""
    return local if _SAFE_LOCAL.fullmatch(local) else slug(local)


def _graph() -> Graph:
    """A graph on rdflib's context-free store: an article's graph has no named graphs of its own, and adding a
    triple costs about half of what the default store's context bookkeeping does."""
    return Graph(store=SimpleMemory())


def article_graph(result: ArticleResult, iris: IRIs) -> Graph:
    g = _graph()
    _emit_article(result, iris, g.add, _RDFLIB)
    return g


def article_nquads(result: ArticleResult, iris: IRIs, graph_iri: str) -> list[str]:
    """The triples of article_graph(result, iris) as N-Quads lines in the named graph graph_iri, sorted, each as
    rdflib's N-Quads serializer writes it (without the newline): the streamed build's lines, made without an rdflib
    graph (a third of the time)."""
    suffix = f" {_TEXT.iri(str(graph_iri))} ."
    out: set[str] = set()
    add = out.add
    _emit_article(result, iris, lambda t: add(f"{t[0]} {t[1]} {t[2]}{suffix}"), _TEXT)
    return sorted(out)


def _emit_article(result: ArticleResult, iris: IRIs, add, T: _Terms) -> None:
    """The triples of an article's graph, each passed to add((s, p, o)) as terms made by T."""
    v = T.v
    art = result.article
    doc = art.doc
    a = T.iri(iris.article(doc))
    node_base = f"{iris.base}{{}}/{iris.doc_slug(doc)}/"  # once, not per node (iris.node makes it again each time)
    bases = {kind: node_base.format(kind) for kind in ("mention", "span", "statement", "action", "figure")}
    entity_iris: dict[str, object] = {}

    def node_iri(kind: str, local: str):  # iris.node(kind, doc, local)
        return T.iri(bases[kind] + _slug(local))

    def entity_iri(key: str):
        iri = entity_iris.get(key)
        if iri is None:
            iri = entity_iris[key] = T.iri(iris.entity(key))
        return iri

    text = art.text
    add((a, v.type, v.Article))
    add((a, v.fileName, T.plain(doc)))
    add((a, v.inLanguage, T.plain(art.language)))
    if art.headline:
        add((a, v.headline, T.lang(art.headline.strip(), "ar")))
    if art.published:
        # a date guessed from the dates the text mentions is not the publication date: its own property
        published = v.inferredPublicationDate if art.published_inferred else v.datePublished
        add((a, published, T.date(art.published)))
    if art.outlet:
        add((a, v.publisher, T.plain(art.outlet)))
    url = web_iri(art.url) if art.url else None
    if url is not None:
        add((a, v.url, T.iri(url)))

    def span_node(kind: str, span: Span):
        node = node_iri(kind, f"{span.begin}-{span.end}")
        add((node, v.type, v.Mention if kind == "mention" else v.TextSpan))
        add((node, v.inArticle, a))
        add((node, v.text, T.plain(text[span.begin:span.end])))
        add((node, v.begin, T.nni(span.begin)))
        add((node, v.end, T.nni(span.end)))
        return node

    def date_property(day: date):
        """kgo:date, or kgo:inferredDate for a day resolved against an inferred publication date: a fact claims no
        more certainty than the date it rests on."""
        return v.inferredDate if art.date_is_inferred(day) else v.date

    for m in result.mentions:
        node = span_node("mention", m.span)
        add((node, v.mentionOf, entity_iri(m.entity)))
    for st in result.statements:
        s = node_iri("statement", f"{st.cue_span.begin}-{st.content_span.begin}-{st.speaker}")
        add((s, v.type, v.Statement))
        add((s, v.speaker, entity_iri(st.speaker)))
        add((s, v.content, T.lang(st.content, "ar")))
        add((s, v.kind, T.kgo(st.kind)))
        add((s, v.cue, T.lang(st.cue, "ar")))
        if st.date:
            add((s, date_property(st.date), T.date(st.date)))
        if st.addressee:
            add((s, v.addressee, entity_iri(st.addressee)))
        if st.channel:
            add((s, v.channel, entity_iri(st.channel)))
        add((s, v.evidence, span_node("span", st.content_span)))
        add((s, v.wasDerivedFrom, a))
    for ac in result.actions:
        s = node_iri("action", f"{ac.evidence.begin}-{ac.type}-{ac.actor}-{ac.target or ''}")
        add((s, v.type, v.Action))
        add((s, v.actor, entity_iri(ac.actor)))
        add((s, v.actionType, T.plover(ac.type)))
        if ac.target:
            add((s, v.target, entity_iri(ac.target)))
        elif ac.target_text:
            add((s, v.targetText, T.lang(ac.target_text, "ar")))
        if ac.date:
            add((s, date_property(ac.date), T.date(ac.date)))
        if ac.place:
            add((s, v.place, entity_iri(ac.place)))
        add((s, v.trigger, T.lang(ac.trigger, "ar")))
        add((s, v.evidence, span_node("span", ac.evidence)))
        add((s, v.wasDerivedFrom, a))
    for f in result.figures:
        s = node_iri("figure", f"{f.evidence.begin}-{f.measure}-{f.value}")
        add((s, v.type, v.ReportedFigure))
        add((s, v.value, T.nni(f.value)))
        add((s, v.measure, T.kgo(f.measure)))
        if f.subject:
            add((s, v.counted, T.lang(f.subject, "ar")))
        if f.reporter:
            add((s, v.reporter, entity_iri(f.reporter)))
        if f.date:
            add((s, date_property(f.date), T.date(f.date)))
        if f.qualifier:
            add((s, v.qualifier, T.plain(f.qualifier)))
        add((s, v.evidence, span_node("span", f.evidence)))
        add((s, v.wasDerivedFrom, a))


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

