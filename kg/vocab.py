"""Namespaces, code lists and IRI minting, read from the ontology (ontology/kg.ttl) rather than typed out.

`KGO` and `PLOVER` are closed namespaces holding exactly the terms kg.ttl declares: a misspelt term raises
(AttributeError, KeyError) instead of minting an IRI that no shape or query knows (tests/test_ontology.py also checks
every term the code names). The code lists (entity types, statement kinds, measures, PLOVER action types) are the
ontology's individuals and classes, in the order kg.ttl lists them; a new measure is one entry in kg.ttl.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

import pyoxigraph as ox
from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-arabic-news/ontology"
KGO_IRI = ONTOLOGY_IRI + "#"
PLOVER_IRI = "https://w3id.org/kg-arabic-news/plover#"
DEFAULT_BASE = "https://w3id.org/kg-arabic-news/id/"

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"


class _Ontology:
    """The triples of kg.ttl in document order, indexed by subject (pyoxigraph parses it in about a millisecond)."""

    def __init__(self) -> None:
        from kg.resources import ontology_path

        self.props: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.subjects: list[str] = []
        for t in ox.parse(path=str(ontology_path("kg.ttl")), format=ox.RdfFormat.TURTLE):
            s = t.subject.value if isinstance(t.subject, ox.NamedNode) else f"_:{t.subject.value}"
            if s not in self.props:
                self.subjects.append(s)
            o = t.object
            self.props[s].append((t.predicate.value, f"_:{o.value}" if isinstance(o, ox.BlankNode) else o.value))

    def values(self, s: str, p: str) -> list[str]:
        return [o for pp, o in self.props.get(s, ()) if pp == p]

    def declared(self, ns: str) -> list[str]:
        """Local names of the terms of namespace `ns` that kg.ttl describes."""
        return [s[len(ns):] for s in self.subjects if s.startswith(ns) and s != ns]

    def instances(self, cls: str) -> list[str]:
        return [s for s in self.subjects if cls in self.values(s, _RDF + "type")]

    def subclasses(self, cls: str) -> list[str]:
        return [s for s in self.subjects if cls in self.values(s, _RDFS + "subClassOf")]

    def members(self, head: str) -> list[str]:
        out = []
        while head != _RDF + "nil" and head in self.props:
            out += self.values(head, _RDF + "first")
            head = (self.values(head, _RDF + "rest") or [_RDF + "nil"])[0]
        return out

    def leaf_classes(self, cls: str) -> list[str]:
        """cls's most specific subclasses (cls itself when it has none); a union class is expanded."""
        union = [m for u in self.values(cls, _OWL + "unionOf") for m in self.members(u)]
        if union:
            return [leaf for m in union for leaf in self.leaf_classes(m)]
        subs = self.subclasses(cls)
        return [leaf for s in subs for leaf in self.leaf_classes(s)] if subs else [cls]


@cache
def ontology() -> _Ontology:
    return _Ontology()


def _local(iris: list[str], ns: str) -> tuple[str, ...]:
    return tuple(i[len(ns):] for i in iris if i.startswith(ns))


_O = ontology()
KGO = ClosedNamespace(KGO_IRI, _O.declared(KGO_IRI))
PLOVER = ClosedNamespace(PLOVER_IRI, _O.declared(PLOVER_IRI))

# what an entity can be: the most specific classes in the range of kgo:mentionOf (Person, State, ... Place)
ENTITY_TYPES = _local([c for r in _O.values(str(KGO.mentionOf), _RDFS + "range") for c in _O.leaf_classes(r)],
                      KGO_IRI)
STATEMENT_KINDS = _local(_O.instances(str(KGO.StatementKind)), KGO_IRI)
MEASURES = _local(_O.instances(str(KGO.Measure)), KGO_IRI)
PLOVER_TYPES = _local(_O.instances(str(KGO.ActionType)), PLOVER_IRI)

# the prefixes a user may write in `kg query --bind` and the Python API (kgo:killed, plover:ASSAULT, kg:putin)
PREFIXES = {"kgo": KGO_IRI, "plover": PLOVER_IRI, "kg": DEFAULT_BASE + "entity/", "wd": str(WD)}

_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGERS = frozenset(_XSD + n for n in (
    "integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger", "long", "int",
    "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))

_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]+")


def slug(text: str) -> str:
    """A safe IRI path segment: ASCII letters, digits, '_', '-', '.'; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = _UNSAFE.sub("_", ascii_text).strip("_.")
    return out or "x"
