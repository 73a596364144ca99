"""SHACL validation: a hand-written valid graph conforms, and each kind of breakage is reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SH, SKOS

from kg.resources import ontology_path
from kg.validate import ValidationResult, shapes_graph, validate
from kg.vocab import DEFAULT_BASE, KGO, PLOVER, PROV, SCHEMA

# a plain Namespace: pytest probes module attributes, and rdflib.XSD warns on unknown ones
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
FIXTURE = Path(__file__).parent / "fixtures" / "shapes" / "valid.ttl"

ARTICLE = URIRef(DEFAULT_BASE + "article/000_almaty")
TOKAYEV = URIRef(DEFAULT_BASE + "entity/tokayev")
KAZAKHSTAN = URIRef(DEFAULT_BASE + "entity/kazakhstan")
MINISTRY = URIRef(DEFAULT_BASE + "entity/interior_ministry_kz")
ALMATY = URIRef(DEFAULT_BASE + "entity/almaty")
SENTENCE_1 = URIRef(DEFAULT_BASE + "span/000_almaty/0-99")
SENTENCE_2 = URIRef(DEFAULT_BASE + "span/000_almaty/100-147")
MENTION = URIRef(DEFAULT_BASE + "mention/000_almaty/38-57")
STATEMENT = URIRef(DEFAULT_BASE + "statement/000_almaty/1")
ACTION = URIRef(DEFAULT_BASE + "action/000_almaty/1")
FIGURE = URIRef(DEFAULT_BASE + "figure/000_almaty/1")


def valid_graph() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


def _replace(g: Graph, s: URIRef, p: URIRef, o) -> None:
    g.remove((s, p, None))
    g.add((s, p, o))


def _move(g: Graph, s: URIRef, p: URIRef, to: URIRef) -> None:
    """The value of p written with property `to` instead (a stated date made an inferred one)."""
    value = g.value(s, p)
    assert value is not None
    g.remove((s, p, None))
    g.add((s, to, value))


# ---------------------------------------------------------------- the valid graph


def test_shapes_file_is_found_and_cached():
    assert ontology_path("shapes.ttl").is_file()
    assert shapes_graph() is shapes_graph()
    assert len(shapes_graph()) > 100


def test_shapes_graph_is_valid_shacl():
    """The shapes graph itself conforms to SHACL-for-SHACL (pyshacl's meta_shacl check)."""
    conforms, _, text = pyshacl.validate(valid_graph(), shacl_graph=shapes_graph(), meta_shacl=True, inference="none")
    assert conforms, text


def test_fixture_contains_one_of_each_kind():
    g = valid_graph()
    for cls in (KGO.Article, KGO.Person, KGO.Mention, KGO.Statement, KGO.Action, KGO.ReportedFigure, KGO.TextSpan):
        assert len(set(g.subjects(RDF.type, cls))) >= 1, cls


def test_valid_graph_conforms():
    result = validate(valid_graph())
    assert isinstance(result, ValidationResult)
    assert result.conforms, result.report_text
    assert result.violations == []


def test_dataset_is_validated_as_union_of_its_graphs():
    """Facts in one named graph may point to entities and articles described in another graph."""
    ds = Dataset()
    entities = ds.default_graph
    spans = ds.graph(URIRef(DEFAULT_BASE + "graph/000_almaty/spans"))
    facts = ds.graph(URIRef(DEFAULT_BASE + "graph/000_almaty/facts"))
    for s, p, o in valid_graph():
        if str(s).startswith(DEFAULT_BASE + "entity/"):
            entities.add((s, p, o))
        elif str(s).startswith((DEFAULT_BASE + "span/", DEFAULT_BASE + "mention/", DEFAULT_BASE + "article/")):
            spans.add((s, p, o))
        else:
            facts.add((s, p, o))
    assert len(entities) and len(spans) and len(facts)
    # each graph alone does not conform (the speaker, the evidence, the article live elsewhere)
    assert not validate(Graph() + facts).conforms
    result = validate(ds)
    assert result.conforms, result.report_text

    # and a violation in a named graph is still found
    facts.remove((STATEMENT, KGO.cue, None))
    result = validate(ds)
    assert not result.conforms
    assert any(v["focus"] == str(STATEMENT) and v["path"] == str(KGO.cue) for v in result.violations)


@pytest.mark.parametrize(
    "tweak",
    [
        pytest.param(lambda g: g.remove((FIGURE, KGO.qualifier, None)), id="no qualifier"),
        pytest.param(lambda g: _replace(g, FIGURE, KGO.qualifier, Literal("about", datatype=XSD.string)), id="typed"),
        pytest.param(lambda g: _replace(g, STATEMENT, KGO.kind, KGO.direct), id="direct"),
        pytest.param(lambda g: g.add((STATEMENT, KGO.addressee, KAZAKHSTAN)), id="addressee"),
        pytest.param(lambda g: g.add((STATEMENT, KGO.channel, MINISTRY)), id="channel"),
        pytest.param(lambda g: g.remove((ACTION, KGO.negated, None)), id="no negated"),
        pytest.param(lambda g: _replace(g, ACTION, KGO.target, ALMATY), id="place as target"),
        pytest.param(lambda g: g.add((TOKAYEV, KGO.role, Literal("رئيس الجمهورية", lang="ar"))), id="second role"),
        pytest.param(lambda g: _move(g, STATEMENT, KGO.date, KGO.inferredDate), id="inferred date"),
        pytest.param(lambda g: _move(g, ARTICLE, SCHEMA.datePublished, KGO.inferredPublicationDate),
                     id="inferred publication date"),
    ],
)
def test_allowed_variations_conform(tweak: Callable[[Graph], None]):
    g = valid_graph()
    tweak(g)
    result = validate(g)
    assert result.conforms, result.report_text


# ---------------------------------------------------------------- breakages


def _two_speakers(g: Graph) -> None:
    g.add((STATEMENT, KGO.speaker, TOKAYEV))


def _content_without_ar(g: Graph) -> None:
    _replace(g, STATEMENT, KGO.content, Literal("بمقتل 164 شخصا في ألماتي"))


def _content_in_english(g: Graph) -> None:
    _replace(g, STATEMENT, KGO.content, Literal("164 people were killed in Almaty", lang="en"))


def _date_as_plain_string(g: Graph) -> None:
    _replace(g, STATEMENT, KGO.date, Literal("2022-01-08"))


def _begin_after_end(g: Graph) -> None:
    _replace(g, SENTENCE_2, KGO.begin, Literal(150, datatype=XSD.nonNegativeInteger))


def _begin_equals_end(g: Graph) -> None:
    _replace(g, SENTENCE_2, KGO.begin, Literal(147, datatype=XSD.nonNegativeInteger))


def _negative_figure_value(g: Graph) -> None:
    _replace(g, FIGURE, KGO.value, Literal(-3))


def _negative_figure_value_mistyped(g: Graph) -> None:
    _replace(g, FIGURE, KGO.value, Literal("-3", datatype=XSD.nonNegativeInteger))


def _wikidata_page_not_entity(g: Graph) -> None:
    _replace(g, TOKAYEV, KGO.wikidata, URIRef("https://www.wikidata.org/wiki/Q2907"))


def _wikidata_as_string(g: Graph) -> None:
    _replace(g, TOKAYEV, KGO.wikidata, Literal("Q2907"))


def _actor_without_arabic_label(g: Graph) -> None:
    g.remove((TOKAYEV, RDFS.label, Literal("قاسم جومارت توكاييف", lang="ar")))


def _speaker_is_a_place(g: Graph) -> None:
    _replace(g, STATEMENT, KGO.speaker, ALMATY)


def _unknown_measure(g: Graph) -> None:
    _replace(g, FIGURE, KGO.measure, URIRef(KGO + "wounded"))  # not in the ontology: KGO is closed


def _unknown_kind(g: Graph) -> None:
    _replace(g, STATEMENT, KGO.kind, URIRef(KGO + "quoted"))


def _unknown_action_type(g: Graph) -> None:
    _replace(g, ACTION, KGO.actionType, URIRef(PLOVER + "FIGHT"))


def _unknown_qualifier(g: Graph) -> None:
    _replace(g, FIGURE, KGO.qualifier, Literal("roughly"))


def _entity_with_two_types(g: Graph) -> None:
    g.add((TOKAYEV, RDF.type, KGO.State))


def _mention_of_untyped_node(g: Graph) -> None:
    _replace(g, MENTION, KGO.mentionOf, URIRef(DEFAULT_BASE + "entity/nobody"))


def _span_text_does_not_fit_offsets(g: Graph) -> None:
    _replace(g, MENTION, KGO.text, Literal("توكاييف"))


def _evidence_from_another_article(g: Graph) -> None:
    other = URIRef(DEFAULT_BASE + "article/001_other")
    g.add((other, RDF.type, KGO.Article))
    g.add((other, KGO.fileName, Literal("001_other.txt")))
    _replace(g, SENTENCE_2, KGO.inArticle, other)


def _statement_without_provenance(g: Graph) -> None:
    g.remove((STATEMENT, PROV.wasDerivedFrom, None))


def _action_without_evidence(g: Graph) -> None:
    g.remove((ACTION, KGO.evidence, None))


def _two_english_labels(g: Graph) -> None:
    g.add((TOKAYEV, RDFS.label, Literal("President Tokayev", lang="en")))


def _role_without_ar(g: Graph) -> None:
    _replace(g, TOKAYEV, KGO.role, Literal("President of Kazakhstan"))


def _alt_label_in_english(g: Graph) -> None:
    g.add((TOKAYEV, SKOS.altLabel, Literal("Tokayev", lang="en")))


def _country_not_a_state(g: Graph) -> None:
    _replace(g, TOKAYEV, KGO.country, ALMATY)


def _place_not_a_place(g: Graph) -> None:
    _replace(g, ACTION, KGO.place, KAZAKHSTAN)


def _article_without_file_name(g: Graph) -> None:
    g.remove((ARTICLE, KGO.fileName, None))


def _span_without_article(g: Graph) -> None:
    g.remove((SENTENCE_1, KGO.inArticle, None))


def _negated_as_string(g: Graph) -> None:
    _replace(g, ACTION, KGO.negated, Literal("false"))


def _two_actors(g: Graph) -> None:
    g.add((ACTION, KGO.actor, TOKAYEV))


def _stated_and_inferred_date(g: Graph) -> None:
    g.add((STATEMENT, KGO.inferredDate, Literal("2022-01-07", datatype=XSD.date)))


def _inferred_date_as_plain_string(g: Graph) -> None:
    g.remove((STATEMENT, KGO.date, None))
    g.add((STATEMENT, KGO.inferredDate, Literal("2022-01-08")))


def _stated_and_inferred_publication_date(g: Graph) -> None:
    g.add((ARTICLE, KGO.inferredPublicationDate, Literal("2022-01-07", datatype=XSD.date)))


# (breakage, focus node, path or None for a node-level constraint, words the message must contain)
BREAKAGES = [
    (_two_speakers, STATEMENT, KGO.speaker, "exactly one kgo:speaker"),
    (_content_without_ar, STATEMENT, KGO.content, "tagged @ar"),
    (_content_in_english, STATEMENT, KGO.content, "tagged @ar"),
    (_date_as_plain_string, STATEMENT, KGO.date, "xsd:date"),
    (_begin_after_end, SENTENCE_2, KGO.begin, "less than"),
    (_begin_equals_end, SENTENCE_2, KGO.begin, "less than"),
    (_negative_figure_value, FIGURE, KGO.value, "nonNegativeInteger"),
    (_negative_figure_value_mistyped, FIGURE, KGO.value, "nonNegativeInteger"),
    (_wikidata_page_not_entity, TOKAYEV, KGO.wikidata, "http://www.wikidata.org/entity/Q"),
    (_wikidata_as_string, TOKAYEV, KGO.wikidata, "IRI"),
    (_actor_without_arabic_label, TOKAYEV, RDFS.label, "Arabic"),
    (_speaker_is_a_place, STATEMENT, KGO.speaker, "kgo:speaker"),
    (_unknown_measure, FIGURE, KGO.measure, "kgo:measure"),
    (_unknown_kind, STATEMENT, KGO.kind, "kgo:direct or kgo:indirect"),
    (_unknown_action_type, ACTION, KGO.actionType, "PLOVER"),
    (_unknown_qualifier, FIGURE, KGO.qualifier, "more_than"),
    (_entity_with_two_types, TOKAYEV, None, "exactly one of the types"),
    (_mention_of_untyped_node, MENTION, KGO.mentionOf, "kgo:mentionOf"),
    (_span_text_does_not_fit_offsets, MENTION, None, "kgo:text has 7 characters but kgo:end - kgo:begin is 19"),
    (_evidence_from_another_article, STATEMENT, f"{KGO.evidence}/{KGO.inArticle}", "article it was derived from"),
    (_statement_without_provenance, STATEMENT, PROV.wasDerivedFrom, "prov:wasDerivedFrom"),
    (_action_without_evidence, ACTION, KGO.evidence, "kgo:evidence"),
    (_two_english_labels, TOKAYEV, RDFS.label, "at most one rdfs:label in English"),
    (_role_without_ar, TOKAYEV, KGO.role, "kgo:role"),
    (_alt_label_in_english, TOKAYEV, SKOS.altLabel, "@ar"),
    (_country_not_a_state, TOKAYEV, KGO.country, "kgo:State"),
    (_place_not_a_place, ACTION, KGO.place, "kgo:Place"),
    (_article_without_file_name, ARTICLE, KGO.fileName, "kgo:fileName"),
    (_span_without_article, SENTENCE_1, KGO.inArticle, "kgo:inArticle"),
    (_negated_as_string, ACTION, KGO.negated, "xsd:boolean"),
    (_two_actors, ACTION, KGO.actor, "exactly one kgo:actor"),
    (_stated_and_inferred_date, STATEMENT, None, "a kgo:date or a kgo:inferredDate, not both"),
    (_inferred_date_as_plain_string, STATEMENT, KGO.inferredDate, "xsd:date"),
    (_stated_and_inferred_publication_date, ARTICLE, None, "not both"),
]


@pytest.mark.parametrize(
    ("breakage", "focus", "path", "words"),
    [pytest.param(*row, id=row[0].__name__.strip("_")) for row in BREAKAGES],
)
def test_breakage_is_reported(breakage, focus, path, words):
    g = valid_graph()
    breakage(g)
    assert set(g) != set(valid_graph()), "the breakage must change the graph"
    result = validate(g)
    assert not result.conforms, f"{breakage.__name__} was not detected"
    assert result.violations, "a non-conforming result must list its violations"
    matching = [
        v
        for v in result.violations
        if v["focus"] == str(focus) and v["path"] == (str(path) if path is not None else None) and words in v["message"]
    ]
    assert matching, f"expected a violation on {focus} {path} mentioning {words!r}; got:\n{result.report_text}"
    assert all(v["severity"] == "Violation" for v in matching)
    # the readable report names the focus node and the message, one line per violation
    assert len(result.report_text.splitlines()) == len(result.violations)
    local_focus = str(focus).removeprefix(DEFAULT_BASE)
    assert any(local_focus in line and words in line for line in result.report_text.splitlines()), result.report_text


def test_breakages_are_distinct():
    """Each breakage produces its own set of violations (no two tests exercise the same thing)."""
    signatures = set()
    for breakage, *_ in BREAKAGES:
        g = valid_graph()
        breakage(g)
        result = validate(g)
        signatures.add(frozenset((v["focus"], v["path"], v["message"]) for v in result.violations))
    assert len(signatures) >= 20


def test_report_names_value_and_uses_prefixes():
    g = valid_graph()
    _speaker_is_a_place(g)
    result = validate(g)
    line = next(line for line in result.report_text.splitlines() if "kgo:speaker" in line)
    assert line.startswith("Violation: ")
    assert "entity/almaty" in line  # the offending value is shown


def test_every_property_shape_has_a_message():
    sg = shapes_graph()
    property_shapes = set(sg.objects(None, SH.property)) | set(sg.subjects(RDF.type, SH.PropertyShape))
    assert len(property_shapes) > 40
    for shape in property_shapes:
        messages = [m for m in sg.objects(shape, SH.message) if isinstance(m, Literal) and m.language == "en"]
        assert messages, f"property shape {sg.value(shape, SH.path)} has no English sh:message"


def test_every_targeted_class_exists_in_the_ontology():
    ontology = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    sg = shapes_graph()
    for cls in set(sg.objects(None, SH.targetClass)) | set(sg.objects(None, SH["class"])):
        assert (cls, RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")) in ontology, cls


# ---------------------------------------------------------------- any SHACL validator, the same verdicts


@pytest.fixture(scope="module")
def seeds_graph(seeds_dir) -> Graph:
    from kg.build import extract_all
    from kg.read import iter_inputs
    from kg.run.memory import build_dataset
    from kg.validate import _as_graph

    return _as_graph(build_dataset(extract_all(iter_inputs([seeds_dir])).results))


def test_plain_pyshacl_validates_the_seeds_build_in_seconds(seeds_graph):
    """pyshacl with its defaults (no SHACL-AF, no inference option): the shapes are core SHACL."""
    import time

    t = time.perf_counter()
    conforms, _, text = pyshacl.validate(seeds_graph, shacl_graph=shapes_graph())
    seconds = time.perf_counter() - t
    assert conforms, text
    assert seconds < 20, f"plain pyshacl took {seconds:.1f} s on the seeds' graph"


def test_the_shapes_need_no_shacl_advanced_features():
    sg = shapes_graph()
    for feature in (SH.target, SH.sparql, SH.rule, SH.declare):
        assert not list(sg.subject_objects(feature)), feature


def test_pyshacl_turbo_runs_the_shapes_with_its_defaults(seeds_graph):
    turbo = pytest.importorskip("pyshacl_turbo")
    conforms, _, text = turbo.validate(seeds_graph, shacl_graph=shapes_graph())
    assert conforms, text


def _engines() -> list:
    try:
        import pyshacl_turbo
    except ImportError:  # optional
        return [pyshacl.validate]
    return [pyshacl.validate, pyshacl_turbo.validate]


@pytest.mark.parametrize("breakage", [row[0] for row in BREAKAGES], ids=lambda b: b.__name__.strip("_"))
def test_plain_validators_and_kg_give_the_same_verdict(breakage):
    g = valid_graph()
    breakage(g)
    verdicts = [engine(g, shacl_graph=shapes_graph())[0] for engine in _engines()]
    ours = validate(g)
    assert not ours.conforms
    if breakage is _span_text_does_not_fit_offsets:  # kg's own check, beside the shapes
        assert all(verdicts)
    else:
        assert not any(verdicts)


def _bad_span(g: Graph) -> URIRef:
    span = next(s for s in sorted(g.subjects(RDF.type, KGO.TextSpan)) if (s, KGO.text, None) in g)
    text = str(g.value(span, KGO.text))
    _replace(g, span, KGO.text, Literal(text + " زائد"))
    return span


def test_a_bad_span_in_the_seeds_build_fails_through_kgs_own_check(seeds_graph):
    g = Graph() + seeds_graph
    span = _bad_span(g)
    plain, _, _ = pyshacl.validate(g, shacl_graph=shapes_graph())
    assert plain  # the shapes alone cannot see it
    result = validate(g)
    assert not result.conforms
    assert [v["focus"] for v in result.violations] == [str(span)]
    assert "characters but kgo:end - kgo:begin is" in result.violations[0]["message"]


def test_span_length_check_skips_offsets_that_are_not_integers():
    from kg.validate import span_length_violations

    g = valid_graph()
    assert span_length_violations(g) == []
    _replace(g, SENTENCE_2, KGO.begin, Literal("أول"))
    assert span_length_violations(g) == []  # the shapes report the datatype
    assert not validate(g).conforms


@pytest.mark.parametrize("breakage", [None] + [row[0] for row in BREAKAGES],
                         ids=lambda b: b.__name__.strip("_") if b else "valid")
def test_validating_ntriples_lines_gives_the_graphs_verdict_and_report(breakage):
    """kg.validate.validate_ntriples (the streaming build's path: the engine reads text) == validate(union)."""
    from kg.validate import validate_ntriples, validate_ntriples_text

    g = valid_graph()
    if breakage:
        breakage(g)
    half = sorted(g)[: len(g) // 2]
    first, second = Graph(), Graph()
    for t in g:
        (first if t in half else second).add(t)
    lines = [row for part in (first, second, first) for row in part.serialize(format="nt").splitlines(keepends=True)]
    ours, reference = validate_ntriples(lines, [first, second]), validate(g)
    assert (ours.conforms, ours.report_text, ours.violations) == \
        (reference.conforms, reference.report_text, reference.violations)
    text_only = validate_ntriples(lines)  # the streamed build's call: the span check reads the lines
    assert (text_only.conforms, text_only.report_text, text_only.violations) == \
        (reference.conforms, reference.report_text, reference.violations)
    joined = validate_ntriples_text("".join(lines))  # the lines as they come, repeats kept (half of them here)
    assert (joined.conforms, joined.report_text, joined.violations) == \
        (reference.conforms, reference.report_text, reference.violations)


def test_span_check_on_ntriples_lines_reads_escaped_text_as_the_graph_does():
    from kg.validate import ntriples_span_violations, span_length_violations

    g = valid_graph()
    for text in ('قال "نعم"\nثم \\ مضى', "سطر\rآخر"):  # escaped in N-Triples: one character each
        _replace(g, SENTENCE_2, KGO.text, Literal(text))
        lines = g.serialize(format="nt").splitlines(keepends=True)
        assert ntriples_span_violations(lines) == span_length_violations(g) != []


def test_span_lines_are_the_lines_the_span_pattern_matches():
    from kg.validate import _KGO_BEGIN, _KGO_END, _KGO_TEXT, _SPAN_LINES, _span_lines

    text = (f'<a> <p> "x {_KGO_TEXT} y" .\n<s> {_KGO_TEXT} "a {_KGO_TEXT} b" .\n <x>\n{_KGO_END} "1" .\n'
            f'<b>  {_KGO_END} "2" .\n<c> {_KGO_BEGIN} {_KGO_END} .\n\n<d> {_KGO_BEGIN} "3"')
    assert list(_span_lines(text)) == [m.group() + "\n" for m in _SPAN_LINES.finditer(text)]
    assert len(list(_span_lines(text))) == 3


def test_span_rows_are_the_split_span_lines():
    from kg.validate import _KGO_BEGIN, _KGO_END, _KGO_TEXT, _span_lines, _span_rows, _span_violations

    text = (f'<e> {_KGO_END} "4" .\n<a> <p> "x {_KGO_TEXT} y" .\n<s> {_KGO_TEXT} "a {_KGO_TEXT} b" .\n <x>\n'
            f'{_KGO_END} "1" .\n<b>  {_KGO_END} "2" .\n<c> {_KGO_BEGIN} {_KGO_END} .\n\n<d> {_KGO_BEGIN} "3"')
    # the same rows, the text's, then the begins', then the ends' (each in the text's order): what the check reads
    # of them does not depend on how the three are interleaved
    rows = [tuple(line[:-1].split(" ", 2)) for line in _span_lines(text)]
    assert [tuple(r) for r in _span_rows(text)] == sorted(rows, key=lambda r: (_KGO_TEXT, _KGO_BEGIN).index(r[1])
                                                          if r[1] != _KGO_END else 2)
    nni = '"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger> .'
    for begin in ('"2' + nni, '"٢' + nni, '"+2' + nni, '"2"^^<http://www.w3.org/2001/XMLSchema#integer> .', '"2"'):
        rows = [("<s>", _KGO_TEXT, '"abc" .'), ("<s>", _KGO_BEGIN, begin), ("<s>", _KGO_END, '"6' + nni)]
        lines = [" ".join(r) + "\n" for r in rows]
        assert _span_violations(rows) == _span_violations(r.split(" ", 2) for r in lines)
