"""The RDF file formats kg reads and writes: one registry, by file extension, for every reader and writer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox


@dataclass(frozen=True)
class RdfFileFormat:
    suffix: str  # ".ttl"
    rdflib: str  # rdflib's serializer name
    oxigraph: ox.RdfFormat
    named_graphs: bool  # keeps one graph per article


FORMATS = (
    RdfFileFormat(".ttl", "turtle", ox.RdfFormat.TURTLE, False),
    RdfFileFormat(".nt", "nt", ox.RdfFormat.N_TRIPLES, False),
    RdfFileFormat(".trig", "trig", ox.RdfFormat.TRIG, True),
    RdfFileFormat(".nq", "nquads", ox.RdfFormat.N_QUADS, True),
    RdfFileFormat(".jsonld", "json-ld", ox.RdfFormat.JSON_LD, False),
)
BY_SUFFIX = {f.suffix: f for f in FORMATS}
RDFLIB_BY_SUFFIX = {f.suffix: f.rdflib for f in FORMATS}  # kg.rdf.serialize.FORMATS
SUFFIXES = " ".join(f.suffix for f in FORMATS)  # for help texts


def format_of(path: Path, action: str = "read") -> RdfFileFormat:
    """The format of `path` from its extension; ValueError for one kg does not know."""
    fmt = BY_SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValueError(f"cannot {action} {path}: unknown RDF format {Path(path).suffix!r}; use one of {SUFFIXES}")
    return fmt
