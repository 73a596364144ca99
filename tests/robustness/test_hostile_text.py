"""Hostile text never changes the graph's structure: names, quotes, headlines, file names and metadata holding
`<`, `>`, `"`, `\\`, line breaks, `} UNION {` and IRI-like strings become literals (or safely minted IRIs); every
output format parses with rdflib and with an independent parser (rapper, from Raptor) to exactly the graph kg
built in memory; and `kg query --bind` with hostile values returns no injected rows.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from robustness_helpers import (
    NO_RAPPER,
    OTHER,
    RAPPER,
    facts_by_doc,
    iris_and_literals,
    kg,
    load,
    rapper_graph,
    triples_of,
    union,
)

from kg.build import extract_all
from kg.cli import EXIT_OK, EXIT_USAGE
from kg.query import PREFIXES, parse_binding
from kg.rdf.writer import web_iri
from kg.reader import iter_inputs
from kg.run.memory import build_dataset
from kg.vocab import DEFAULT_BASE, KGO, PLOVER, PROV, SCHEMA, WD

EVIL_IRI = "http://evil/x>"
UNION = "} UNION {"
FRAGMENTS = ("<", ">", '"', "\\", "\n", UNION, EVIL_IRI)

# Sentences written for these tests; every paragraph carries a statement whose content holds the hostile text.
HOSTILE_ARTICLE = (
    'بيان <عاجل> من "الأمم المتحدة" حول } UNION { السودان\n\n'
    "نيويورك - قال الأمين العام للأمم المتحدة أنطونيو غوتيريش يوم الخميس 13 أبريل 2023 إن الرسالة التي وصلت "
    "عبر http://evil/x> } UNION { ?s ?p ?o } كانت مزيفة.\n\n"
    'وقال غوتيريش في بيان: "لا تنشروا <script>alert(1)</script> ولا \\ ولا } UNION { أي رابط مثل http://evil/x>".\n\n'
    'وأكد وزير الخارجية المصري سامح شكري أن "القاهرة ترفض \\"التهجير\\" <بشكل قاطع>".\n\n'
    "وأعلنت وزارة الصحة السودانية مقتل 17 شخصا في هجوم على مستشفى.\n"
)
HOSTILE_NAME = 'evil "quote" <tag> back\\slash } UNION { ?s ?p ?o } http:__evil_x>.txt'
NEWLINE_NAME = "new\nline <name>.txt"
HOSTILE_URL = 'http://evil/x> <http://a> <http://b> .\n<http://c> "d'
SIDECAR = {
    "headline": 'عنوان "مزيف" <b> } UNION { \\ \n سطر ثان',
    "outlet": 'وكالة "س" <http://evil/x>',
    "url": HOSTILE_URL,
    "published": "2023-04-13",
}
HOSTILE_PAGE = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>x</title>
<link rel="canonical" href='http://evil/x> <http://a> <http://b> . "quoted" \\ back'>
<meta property="og:site_name" content='شبكة "الأخبار" <http://evil/x> } UNION {'>
</head><body><article>
<h1>عنوان &lt;خبيث&gt; &quot;مقتبس&quot; } UNION { \\</h1>
<p>قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن &quot;الهدنة&quot; &lt;لن&gt; تصمد \\ } UNION {
http://evil/x&gt; طويلا.</p>
<p>وقال وزير الخارجية المصري سامح شكري إن الحل <b>السياسي</b> } UNION { ممكن.</p>
</article></body></html>"""

VOCABULARIES = (DEFAULT_BASE, str(KGO), str(PLOVER), str(PROV), str(SCHEMA), str(WD), str(rdflib.RDF),
                str(rdflib.RDFS), str(rdflib.SKOS), str(rdflib.XSD))
FORMATS = (".ttl", ".nt", ".nq", ".trig", ".jsonld")


def write_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HOSTILE_NAME).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / (HOSTILE_NAME + ".meta.json")).write_text(json.dumps(SIDECAR, ensure_ascii=False), encoding="utf-8")
    (folder / NEWLINE_NAME).write_text(HOSTILE_ARTICLE, encoding="utf-8")
    (folder / "page.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The hostile inputs built into every format by the CLI, and the same built in memory."""
    folder = tmp_path_factory.mktemp("hostile") / "in"
    write_inputs(folder)
    outs = {}
    for ext in FORMATS:
        out = folder.parent / f"kg{ext}"
        proc = kg("build", folder, "--out", out, "-q")
        assert proc.returncode == EXIT_OK, proc.stderr
        outs[ext] = out
    report = extract_all(iter_inputs([folder]))
    assert not report.skipped
    return folder, outs, build_dataset(report.results)


def test_every_article_is_built(built):
    _folder, outs, _ds = built
    facts = facts_by_doc(load(outs[".nq"]))
    assert set(facts) == {HOSTILE_NAME, NEWLINE_NAME, "page.html", "other.txt"}
    for doc in (HOSTILE_NAME, NEWLINE_NAME):
        speakers = {str(s).rsplit("/", 1)[1] for s in facts[doc].speakers}
        assert {"guterres", "sameh_shoukry"} <= speakers, doc
        assert {(v, str(m).rsplit("#")[1]) for v, m, _ in facts[doc].figures} == {(17, "killed")}
    assert {str(s).rsplit("/", 1)[1] for s in facts["page.html"].speakers} == {"guterres", "sameh_shoukry"}


@pytest.mark.parametrize("ext", FORMATS)
def test_rdflib_reads_back_exactly_the_graph_built_in_memory(built, ext):
    _folder, outs, ds = built
    parsed = load(outs[ext])
    if ext in (".nq", ".trig"):
        got = {(s, p, o, c.identifier if hasattr(c, "identifier") else c)
               for s, p, o, c in parsed.quads((None, None, None, None))}
        want = {(s, p, o, c.identifier if hasattr(c, "identifier") else c)
                for s, p, o, c in ds.quads((None, None, None, None))}
        assert got == want
    else:
        assert triples_of(union(parsed)) == triples_of(union(ds))


@pytest.mark.skipif(RAPPER is None, reason=NO_RAPPER)
@pytest.mark.parametrize("ext", [".ttl", ".nt", ".nq", ".trig"])
def test_rapper_reads_back_exactly_the_same_graph(built, ext):
    _folder, outs, ds = built
    assert triples_of(union(rapper_graph(outs[ext]))) == triples_of(union(ds))


def test_hostile_strings_are_literals_and_every_iri_is_minted_or_encoded(built):
    _folder, outs, ds = built
    iris, literals = iris_and_literals(load(outs[".nq"]))
    assert {i for i in iris if not str(i).startswith(VOCABULARIES)} == {
        web_iri(HOSTILE_URL), URIRef("http://evil/x%3E%20%3Chttp://a%3E%20%3Chttp://b%3E%20.%20%22quoted%22%20%5C%20back")}
    for iri in iris:
        assert not re.search(r'[\s<>"{}|\\^`]', str(iri)), iri
    text = "\n".join(str(lit) for lit in literals)
    for fragment in FRAGMENTS:
        assert fragment in text, fragment
    assert Literal(HOSTILE_NAME) in literals and Literal(NEWLINE_NAME) in literals
    assert Literal(SIDECAR["headline"], lang="ar") in literals
    assert Literal(SIDECAR["outlet"]) in literals


def test_quotes_with_hostile_content_keep_their_exact_text(built):
    _folder, outs, _ds = built
    g = union(load(outs[".nq"]))
    contents = {str(o) for o in g.objects(None, KGO.content)}
    assert any("<script>alert(1)</script> ولا \\ ولا } UNION { أي رابط مثل http://evil/x>" in c for c in contents)


# --------------------------------------------------------------------------------------------------------------
# kg query --bind


@pytest.fixture(scope="module")
def data(built):
    return built[1][".nq"]


def query_rows(data: Path, *binds: str, query: str = "who_said_what_when.rq") -> tuple[int, list[dict]]:
    args = ["query", f"queries/{query}", "--data", data, "--format", "json"]
    for b in binds:
        args += ["--bind", b]
    proc = kg(*args, cwd=Path(__file__).resolve().parents[2])
    return proc.returncode, (json.loads(proc.stdout) if proc.returncode == EXIT_OK else [])


def test_a_legitimate_binding_finds_rows(data):
    rc, rows = query_rows(data, "speaker=kg:guterres")
    assert rc == EXIT_OK and len(rows) >= 4


@pytest.mark.parametrize("value", [
    "kg:guterres> } UNION { ?statement ?p ?text } #",
    "https://w3id.org/kg-arabic-news/id/entity/guterres>} UNION {?statement ?p ?text",
    "https://w3id.org/kg-arabic-news/id/entity/guterres\n} UNION { ?statement ?p ?text }",
    "https://w3id.org/kg-arabic-news/id/entity/guterres\" . ?statement ?p ?text #",
    "} UNION { ?statement ?p ?text }",
    "<https://w3id.org/kg-arabic-news/id/entity/guterres>",
    '"guterres"',
    "guterres' || true",
    "?speaker",
    EVIL_IRI,
])
def test_hostile_bindings_return_no_injected_rows(data, value):
    rc, rows = query_rows(data, f"speaker={value}")
    assert rc in (EXIT_OK, EXIT_USAGE)
    assert rows == []


def test_the_documented_binding_of_statements_by_speaker_works(data):
    rc, rows = query_rows(data, "speaker=kg:guterres", query="statements_by_speaker.rq")
    assert rc == EXIT_OK and len(rows) >= 4


def test_a_hostile_file_name_bound_as_a_literal_matches_only_itself(data):
    rc, rows = query_rows(data, "speaker=kg:guterres", f"doc={HOSTILE_NAME}")
    assert rc == EXIT_OK and rows
    assert {r["doc"] for r in rows} == {HOSTILE_NAME}


def test_parse_binding_gives_terms_never_query_text():
    import pyoxigraph as ox

    name, term = parse_binding(f"speaker={UNION} ?s ?p ?o", PREFIXES)
    assert name == "speaker" and isinstance(term, ox.Literal) and term.value == f"{UNION} ?s ?p ?o"
    with pytest.raises(ValueError, match="not a valid IRI"):
        parse_binding("speaker=kg:x> } UNION { ?s ?p ?o", PREFIXES)
    with pytest.raises(ValueError):
        parse_binding("no equals sign")


def test_web_iri_encodes_or_drops_hostile_urls():
    assert web_iri(HOSTILE_URL) == URIRef(
        "http://evil/x%3E%20%3Chttp://a%3E%20%3Chttp://b%3E%20.%0A%3Chttp://c%3E%20%22d")
    assert web_iri("https://example.org/أخبار/غزة?id=1") == URIRef("https://example.org/أخبار/غزة?id=1")
    assert web_iri("https://example.org/a%zz b") == URIRef("https://example.org/a%25zz%20b")
    for bad in ("javascript:alert(1)", "data:text/html,<b>", "//evil/x", "evil", "http://", ""):
        assert web_iri(bad) is None, bad


def test_hostile_names_in_the_api_are_literals_too():
    """kg.api users pass metadata directly: the writer encodes what the reader would have cleaned."""
    from kg.pipeline import extract_text
    from kg.rdf.serialize import to_bytes
    from kg.validate import validate

    r = extract_text(HOSTILE_ARTICLE, HOSTILE_NAME, url=HOSTILE_URL, outlet=SIDECAR["outlet"])
    ds = build_dataset([r])
    assert validate(ds).conforms
    for fmt in ("nquads", "turtle", "trig", "nt", "json-ld"):
        data = to_bytes(ds, fmt)
        back = rdflib.Dataset()
        back.parse(data=data, format=fmt)
        assert triples_of(union(back)) == triples_of(union(ds)), fmt


@pytest.mark.skipif(os.name != "posix", reason="file names with a line break need a POSIX file system")
def test_newline_file_name_round_trips(built):
    _folder, outs, _ds = built
    assert NEWLINE_NAME in facts_by_doc(load(outs[".ttl"]))
