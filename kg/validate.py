"""SHACL validation of the graphs kg writes, against ontology/shapes.ttl."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat

try:  # the same validator compiled to Rust (PyPI pyshacl-turbo): 2-3x faster, same verdicts; optional
    import pyshacl_turbo as _engine
except ImportError:  # pragma: no cover - depends on what is installed
    import pyshacl as _engine  # imported only without pyshacl-turbo: 0.1 s of every run
import rdflib
from rdflib import RDF, BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD

from kg.resources import ontology_path
from kg.vocab import KGO, PLOVER, PROV, SCHEMA

_PREFIXES = {
    "kgo": str(KGO),
    "plover": str(PLOVER),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
_PATH_OPERATORS = (
    (SH.inversePath, "^{}"),
    (SH.zeroOrMorePath, "({})*"),
    (SH.oneOrMorePath, "({})+"),
    (SH.zeroOrOnePath, "({})?"),
)


@dataclass
class ValidationResult:
    conforms: bool
    report_text: str  # readable, one line per violation: severity, focus node, path, message, offending value
    # one dict per violation: {"focus": str, "path": str | None, "message": str, "severity": str, "value": str | None}
    violations: list[dict] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.conforms


@functools.cache
def shapes_graph() -> rdflib.Graph:
    """The SHACL shapes (ontology/shapes.ttl), parsed once."""
    graph = rdflib.Graph()
    graph.parse(ontology_path("shapes.ttl"), format="turtle")
    return graph


def validate(data: rdflib.Graph | rdflib.Dataset) -> ValidationResult:
    """Validate `data` against the kg SHACL shapes (core SHACL only, without inference), plus kg's own check that
    each text span's kgo:text fits its offsets (span_length_violations).

    A Dataset (or ConjunctiveGraph) is validated as the union of all its graphs, so that a fact in one
    article's named graph may point to an entity described in another graph.
    """
    graph = _as_graph(data)
    conforms, report, _ = _engine.validate(
        graph,
        shacl_graph=shapes_graph(),
        inference="none",
        abort_on_first=False,
        allow_infos=False,
        allow_warnings=False,
        meta_shacl=False,
        advanced=False,  # the shapes are core SHACL: any validator gives the same verdict
        js=False,
    )
    return _result(conforms, report, span_length_violations(graph))


def validate_ntriples(lines: Iterable[str], graphs: Iterable[rdflib.Graph] | None = None) -> ValidationResult:
    """validate() of the triples `lines` holds as N-Triples lines (each ending in a newline; repeats are fine), which
    are those of `graphs` when given. With pyshacl-turbo its engine parses the text itself: no rdflib graph is built
    and no term is converted, with shapes compiled once (the graph path took 60% of a streamed build's validation
    time); kg's span check reads the lines too (ntriples_span_violations). Without the engine, the union is built
    (from `graphs`, or parsed from the lines) and validated."""
    lines = list(dict.fromkeys(lines))
    text = "".join(lines)
    verdict = _engine_verdict(text)
    if verdict is None:
        union = rdflib.Graph()
        if graphs is None:
            union.parse(data=text, format="nt")
        else:
            for g in graphs:
                for triple in g:
                    union.add(triple)
        return validate(union)
    # the span lines found by one regex scan of the text when every line ends in its newline (as they must for the
    # engine), not by splitting every line in Python
    one_per_line = text.count("\n") == len(lines) and all(map(str.endswith, lines, repeat("\n")))
    rows = _span_rows(text) if one_per_line else (line.split(" ", 2) for line in lines)
    return _result(*verdict, _span_violations(rows))


def validate_ntriples_text(text: str) -> ValidationResult:
    """validate_ntriples of the lines of `text`, one triple per line, each line ending in its newline. Repeated lines
    give the same result: the engine (or rdflib) reads a set of triples, and a repeated span line only repeats rows
    of a violation, which the report lists once (_result). The streamed build joins each article's lines once
    (kg.run.stream) instead of handing thousands of lines over to be deduplicated and joined again."""
    verdict = _engine_verdict(text)
    if verdict is None:
        union = rdflib.Graph()
        union.parse(data=text, format="nt")
        return validate(union)
    return _result(*verdict, _span_violations(_span_rows(text)))


def _engine_verdict(text: str) -> tuple[bool, rdflib.Graph] | None:
    """(conforms, report graph) of pyshacl-turbo's engine on N-Triples `text`; None without an engine that reads
    text (then the graph path gives the verdict)."""
    program, native_input = _compiled_shapes(), _native_input()
    try:
        if program is None or native_input is None:
            raise LookupError("no native engine")
        conforms, report, _ = program.validate(native_input(text, "nt", None, {}),
                                               inference=None, _normalize_report_literals=True)  # as its validate()
    except Exception:  # noqa: BLE001 - no engine for text, or one that refuses it: the graph path gives the verdict
        return None
    return conforms, report


@functools.cache
def _compiled_shapes():
    """pyshacl-turbo's compiled shapes (what its validate() compiles on every call), or None without it."""
    if not hasattr(_engine, "compile_shapes"):  # pyshacl: no compiled shapes
        return None
    return _engine.compile_shapes(shapes_graph(), advanced=False)


@functools.cache
def _native_input():
    """pyshacl-turbo's input record for RDF text (not exported by the package: None when it moves)."""
    try:
        from pyshacl_turbo.rdf import Input
    except ImportError:  # pragma: no cover - depends on the installed version
        return None
    return Input


def _result(conforms: bool, report: rdflib.Graph, span_rows: list[dict]) -> ValidationResult:
    if not isinstance(report, rdflib.Graph):  # pragma: no cover - pyshacl returns a graph for graph input
        raise TypeError(f"unexpected pyshacl report of type {type(report).__name__}")

    rows: list[tuple[dict, str]] = []
    for result in _top_level_results(report):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        value = report.value(result, SH.value)
        row = {
            "focus": str(focus),
            "path": _path_text(report, path, compact=False) if path is not None else None,
            "message": _one_line(_message(report, result)),
            "severity": _severity(report, result),
            "value": str(value) if value is not None else None,
        }
        shown_path = _path_text(report, path, compact=True) if path is not None else "-"
        shown_value = f" (value: {_term_text(value)})" if value is not None and value != focus else ""
        rows.append((row, f"{row['severity']}: {_term_text(focus)} {shown_path}: {row['message']}{shown_value}"))
    for row in span_rows:
        rows.append((row, f"{row['severity']}: {_term_text(URIRef(row['focus']))} -: {row['message']}"))
        conforms = False

    rows.sort(key=lambda r: (_SEVERITY_ORDER.get(r[0]["severity"], 9), r[0]["focus"], r[0]["path"] or "", r[1]))
    violations: list[dict] = []
    lines: list[str] = []
    for row, line in rows:
        if line in lines:  # the same result reached twice (e.g. through two targets of one shape)
            continue
        violations.append(row)
        lines.append(line)
    report_text = "\n".join(lines) if lines else "Conforms: no violations."
    return ValidationResult(conforms=bool(conforms), report_text=report_text, violations=violations)


def span_length_violations(graph: rdflib.Graph) -> list[dict]:
    """Text spans whose kgo:text does not have kgo:end - kgo:begin characters, as validation rows.

    Core SHACL cannot express this, and the SPARQL form depends on a validator's options, so it is checked here:
    one pass over the three properties, linear in the graph. Spans whose offsets are not integers are left to the
    shapes (they report the datatype)."""
    begins = _int_values(graph, KGO.begin)
    ends = _int_values(graph, KGO.end)
    out = []
    for s, text in graph.subject_objects(KGO.text):
        if not isinstance(text, Literal):
            continue
        length = len(str(text))
        for b in begins.get(s, ()):
            for e in ends.get(s, ()):
                width = e - b
                if width != length:
                    out.append({"focus": str(s), "path": None, "severity": "Violation", "value": None,
                                "message": f"kgo:text has {length} characters but kgo:end - kgo:begin is {width}."})
    return out


def _int_values(graph: rdflib.Graph, prop: URIRef) -> dict[rdflib.term.Node, list[int]]:
    """subject -> the integer values of `prop` (values that are not integer literals are skipped)."""
    out: dict[rdflib.term.Node, list[int]] = {}
    for s, o in graph.subject_objects(prop):
        value = o.toPython() if isinstance(o, Literal) else None
        if isinstance(value, int) and not isinstance(value, bool):
            out.setdefault(s, []).append(value)
    return out


_KGO_TEXT, _KGO_BEGIN, _KGO_END = f"<{KGO.text}>", f"<{KGO.begin}>", f"<{KGO.end}>"
# the lines of the three span properties: the predicate is a line's second field (fields split at single spaces)
_SPAN_LINES = re.compile(f"^[^ \n]* (?:{re.escape(_KGO_TEXT)}|{re.escape(_KGO_BEGIN)}|{re.escape(_KGO_END)}) [^\n]*$",
                         re.MULTILINE)
# the three predicates between spaces: a search for their common literal prefix, which sre jumps to (a pattern that
# opens at each line's start is tried at every character of the text)
_SPAN_PREDICATE = re.compile(f" (?:{re.escape(_KGO_TEXT)}|{re.escape(_KGO_BEGIN)}|{re.escape(_KGO_END)}) ")


def _span_lines(text: str) -> Iterator[str]:
    """The lines _SPAN_LINES matches in `text`, each with its newline: a predicate found where no space comes
    between its line's start and it (the line's second field)."""
    find, rfind, size = text.find, text.rfind, len(text)
    for m in _SPAN_PREDICATE.finditer(text):
        at = m.start()
        start = rfind("\n", 0, at) + 1
        if find(" ", start, at) == -1:
            end = find("\n", m.end())
            yield text[start:end if end != -1 else size] + "\n"


_NT_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_NT_ESCAPED = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _span_rows(text: str) -> Iterator[tuple[str, str, str]]:
    """line.split(" ", 2) of each line _span_lines finds (the newline aside, which no reading of a row looks at),
    cut from the text without making the line: the kgo:text lines, then the kgo:begin lines, then the kgo:end
    lines, each in the order of the text (what _span_violations reads of them does not depend on how the three
    are interleaved). Each predicate is found by str.find of its own text: the three share a prefix with every
    kgo: term, at which the pattern's search stopped (a third of a batch's lines). A find that _SPAN_PREDICATE's
    scan would skip overlaps a match before it on its line, so it is not the line's second field either."""
    find, rfind, size = text.find, text.rfind, len(text)
    for predicate in (_KGO_TEXT, _KGO_BEGIN, _KGO_END):
        needle = f" {predicate} "
        at = find(needle)
        while at != -1:
            after = at + len(needle)
            start = rfind("\n", 0, at) + 1
            if find(" ", start, at) == -1:
                end = find("\n", after)
                yield text[start:at], predicate, text[after:end if end != -1 else size]
            at = find(needle, after)


def ntriples_span_violations(lines: Iterable[str]) -> list[dict]:
    """span_length_violations of the graph that N-Triples `lines` (one triple each, no repeats) spell, read from
    the text: the kgo:text, kgo:begin and kgo:end lines only."""
    return _span_violations(line.split(" ", 2) for line in lines)


# the lexical form of an offset as kg writes it: ascii digits, then this; read without _nt_integer's general steps
_NNI_TAIL = f'"^^<{XSD}nonNegativeInteger> .'


def _span_violations(rows: Iterable[tuple[str, str, str] | list[str]]) -> list[dict]:
    """ntriples_span_violations of the rows (subject, predicate, the rest of the line) of the lines."""
    texts: dict[str, list[int]] = {}
    begins: dict[str, list[int]] = {}
    ends: dict[str, list[int]] = {}
    for s, p, rest in rows:
        if p == _KGO_TEXT:
            if rest.startswith('"'):
                lexical = rest[1:rest.rindex('"')]
                if "\\" in lexical:
                    lexical = _NT_ESCAPE.sub(_nt_unescape, lexical)
                texts.setdefault(s, []).append(len(lexical))
        elif p == _KGO_BEGIN or p == _KGO_END:
            # the common form first: what _nt_integer reads from it (a digit string is no other literal)
            body = rest[:-1] if rest.endswith("\n") else rest
            lexical = body[1:-len(_NNI_TAIL)] if body.startswith('"') and body.endswith(_NNI_TAIL) else ""
            value = int(lexical) if lexical.isascii() and lexical.isdigit() else _nt_integer(rest)
            if value is not None:
                (begins if p == _KGO_BEGIN else ends).setdefault(s, []).append(value)
    out = []
    for s, lengths in texts.items():
        for length in lengths:
            for b in begins.get(s, ()):
                for e in ends.get(s, ()):
                    width = e - b
                    if width != length:
                        out.append({"focus": s[1:-1] if s.startswith("<") else s, "path": None,
                                    "severity": "Violation", "value": None,
                                    "message": f"kgo:text has {length} characters but kgo:end - kgo:begin is {width}."})
    return out


def _nt_unescape(m: re.Match) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _NT_ESCAPED.get(m.group(3), m.group(3))


_INTEGER_TYPES = {f"<{XSD}{t}>" for t in ("integer", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                                          "negativeInteger", "long", "int", "short", "byte", "unsignedLong",
                                          "unsignedInt", "unsignedShort", "unsignedByte")}


def _nt_integer(rest: str) -> int | None:
    """The value of an integer literal ("12"^^xsd:nonNegativeInteger .), as _int_values reads it; else None."""
    if not rest.startswith('"'):
        return None
    lexical, _q, tail = rest[1:].partition('"')
    datatype = tail.removeprefix("^^").rsplit(" ", 1)[0].strip()
    if not tail.startswith("^^") or datatype not in _INTEGER_TYPES:
        return None
    if lexical.isascii() and lexical.isdigit():
        return int(lexical)  # what rdflib's toPython() gives for these datatypes
    value = rdflib.Literal(lexical, datatype=rdflib.URIRef(datatype[1:-1])).toPython()
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _as_graph(data: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    """A plain graph to validate: the union of all graphs of a Dataset (default graph included)."""
    if not isinstance(data, rdflib.graph.ConjunctiveGraph):  # Dataset is a subclass of ConjunctiveGraph
        return data
    union = rdflib.Graph()
    for prefix, namespace in data.namespaces():
        union.bind(prefix, namespace, override=False)
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _top_level_results(report: rdflib.Graph) -> list[rdflib.term.Node]:
    """The results of the report itself; nested ones (sh:detail under sh:node, sh:or...) only repeat them."""
    return [
        result
        for report_node in report.subjects(RDF.type, SH.ValidationReport)
        for result in report.objects(report_node, SH.result)
    ]


def _message(report: rdflib.Graph, result: rdflib.term.Node) -> str:
    messages = list(report.objects(result, SH.resultMessage))
    if not messages:
        component = report.value(result, SH.sourceConstraintComponent)
        return f"{_term_text(component)} not satisfied" if component is not None else "constraint not satisfied"
    # prefer an English (or untagged) message when a shape gives several
    messages.sort(key=lambda m: (not (isinstance(m, Literal) and m.language in (None, "en")), str(m)))
    return str(messages[0])


def _severity(report: rdflib.Graph, result: rdflib.term.Node) -> str:
    severity = report.value(result, SH.resultSeverity)
    return "Violation" if severity is None else str(severity).removeprefix(str(SH))


def _path_text(report: rdflib.Graph, path: rdflib.term.Node, compact: bool) -> str:
    """A SHACL property path as SPARQL property-path text (full IRIs unless `compact`)."""
    if isinstance(path, URIRef):
        return _term_text(path) if compact else str(path)
    if isinstance(path, BNode):
        if report.value(path, RDF.first) is not None:  # sequence path
            return "/".join(_path_text(report, step, compact) for step in Collection(report, path))
        for predicate, template in _PATH_OPERATORS:
            inner = report.value(path, predicate)
            if inner is not None:
                return template.format(_path_text(report, inner, compact))
        alternatives = report.value(path, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(_path_text(report, a, compact) for a in Collection(report, alternatives)) + ")"
    return str(path)


def _term_text(term: rdflib.term.Node, limit: int = 60) -> str:
    """A short, one-line rendering of an RDF term: prefixed names where known, literals cut to `limit`."""
    if isinstance(term, Literal):
        text = _one_line(str(term))
        text = text if len(text) <= limit else text[: limit - 1] + "…"
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^{_term_text(term.datatype)}'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for prefix, namespace in _PREFIXES.items():
        if text.startswith(namespace) and len(text) > len(namespace):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"


def _one_line(text: str) -> str:
    return " ".join(text.split())
