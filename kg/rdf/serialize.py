"""Writing a dataset to a file whose format follows the extension; atomically, and byte-identically for the same
input (line-based formats are sorted, the others are written by rdflib from sorted input)."""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from kg.formats import RDFLIB_BY_SUFFIX as FORMATS


def format_for(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(f"unknown output format {path.suffix!r}; use one of {', '.join(FORMATS)}")
    return fmt


def union_graph(ds: Dataset) -> Graph:
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _bind(g: Graph | Dataset) -> None:
    from rdflib import SKOS

    from kg.vocab import KGO, PLOVER, PROV, SCHEMA, WD

    for prefix, ns in (("kgo", KGO), ("plover", PLOVER), ("prov", PROV), ("schema", SCHEMA), ("wd", WD),
                       ("skos", SKOS)):
        g.bind(prefix, ns, override=True)


def to_bytes(ds: Dataset, fmt: str) -> bytes:
    if fmt == "nquads":
        text = ds.serialize(format="nquads")
        return ("\n".join(sorted(line for line in text.splitlines() if line.strip())) + "\n").encode("utf-8")
    g = union_graph(ds)
    if fmt == "nt":
        text = g.serialize(format="nt")
        return ("\n".join(sorted(line for line in text.splitlines() if line.strip())) + "\n").encode("utf-8")
    target: Graph | Dataset = g if fmt in ("turtle", "json-ld") else ds
    _bind(target)
    if fmt == "trig":  # rdflib writes the graphs in the store's (hash-seed dependent) order: sort them
        from rdflib.plugins.serializers.trig import TrigSerializer

        ser = TrigSerializer(target)
        ser.contexts.sort(key=lambda c: str(c.identifier))
        buf = io.BytesIO()
        ser.serialize(buf, encoding="utf-8")
        return buf.getvalue()
    data = target.serialize(format=fmt, encoding="utf-8")
    if fmt == "json-ld":  # nodes and values come in the store's (hash-seed dependent) order: sort them
        nodes = json.loads(data)
        for node in nodes:
            for values in node.values():  # property values are sets (an @list inside is left alone)
                if isinstance(values, list):
                    values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        nodes.sort(key=lambda n: json.dumps(n, sort_keys=True, ensure_ascii=False))
        data = json.dumps(nodes, indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return data


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: a crash leaves the old file intact."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_dataset(ds: Dataset, path: Path) -> None:
    write_atomic(Path(path), to_bytes(ds, format_for(Path(path))))
