"""Namespaces and IRI minting shared by the RDF writer, the queries and the ontology."""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace

ONTOLOGY_IRI = "https://w3id.org/kg-arabic-news/ontology"
KGO = Namespace(ONTOLOGY_IRI + "#")
PLOVER = Namespace("https://w3id.org/kg-arabic-news/plover#")
DEFAULT_BASE = "https://w3id.org/kg-arabic-news/id/"

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
ENTITY_TYPES = ("Person", "State", "Organization", "Group", "Place")
STATEMENT_KINDS = ("direct", "indirect")
MEASURES = ("killed", "injured", "arrested", "missing", "displaced", "attackers", "days", "weeks", "kidnapped",
            "hostages", "prisoners", "protesters", "refugees",
            "sentenced", "executed")

_UNSAFE = re.compile(r"[^A-Za-z0-9_.\-]+")


def slug(text: str) -> str:
    """A safe IRI path segment: ASCII letters, digits, '_', '-', '.'; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = _UNSAFE.sub("_", ascii_text).strip("_.")
    return out or "x"
