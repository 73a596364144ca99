"""The OWL ontology (ontology/kg.ttl): well-formed, documented in English and Arabic, consistent under HermiT."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, SH, SKOS

from kg.resources import ontology_path
from kg.vocab import (
    DEFAULT_BASE,
    ENTITY_TYPES,
    FOAF,
    KGO,
    MEASURES,
    ONTOLOGY_IRI,
    PLOVER,
    PLOVER_TYPES,
    PROV,
    SCHEMA,
    SEM,
    STATEMENT_KINDS,
)

# a plain Namespace: pytest probes module attributes, and rdflib.XSD warns on unknown ones
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
FIXTURE = Path(__file__).parent / "fixtures" / "shapes" / "valid.ttl"
ONTOLOGY = URIRef(ONTOLOGY_IRI)

CLASSES = set(
    "Actor Person State Organization Group Place Article TextSpan Mention Statement Action ReportedFigure "
    "StatementKind Measure ActionType".split()
)
OBJECT_PROPERTIES = set(
    "wikidata country inArticle mentionOf speaker kind addressee channel evidence sameStatementAs actor "
    "target place actionType measure reporter".split()
)
DATATYPE_PROPERTIES = set(
    "fileName text begin end role content cue date trigger negated value counted qualifier inferredDate "
    "inferredPublicationDate targetText".split()
)
FUNCTIONAL = set(
    "wikidata country inArticle mentionOf speaker kind channel actor target place actionType measure "
    "reporter fileName text begin end content cue date trigger negated value counted qualifier inferredDate "
    "inferredPublicationDate targetText".split()
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


def _langs(g: Graph, subject: URIRef, predicate: URIRef) -> set[str]:
    return {o.language for o in g.objects(subject, predicate) if isinstance(o, Literal) and str(o).strip()}


# ---------------------------------------------------------------- structure


def test_header(onto: Graph):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY, OWL.versionIRI) == URIRef(ONTOLOGY_IRI + "/0.1.0")
    assert isinstance(onto.value(ONTOLOGY, DCTERMS.license), URIRef)
    for predicate in (DCTERMS.title, DCTERMS.description, RDFS.comment):
        assert {"en", "ar"} <= _langs(onto, ONTOLOGY, predicate), predicate


def test_declared_classes_and_properties(onto: Graph):
    def local(kind):
        return {str(s).removeprefix(str(KGO)) for s in onto.subjects(RDF.type, kind) if str(s).startswith(str(KGO))}

    assert local(OWL.Class) == CLASSES
    assert local(OWL.ObjectProperty) == OBJECT_PROPERTIES
    assert local(OWL.DatatypeProperty) == DATATYPE_PROPERTIES
    assert local(OWL.FunctionalProperty) == FUNCTIONAL
    assert set(ENTITY_TYPES) <= CLASSES


def test_every_kgo_term_has_labels_and_comments_in_english_and_arabic(onto: Graph):
    terms = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KGO))}
    assert len(terms) >= len(CLASSES) + len(OBJECT_PROPERTIES) + len(DATATYPE_PROPERTIES)
    for term in terms:
        for predicate in (RDFS.label, RDFS.comment):
            assert {"en", "ar"} <= _langs(onto, term, predicate), f"{term} lacks {predicate} in en or ar"
        ar_label = next(str(o) for o in onto.objects(term, RDFS.label) if o.language == "ar")
        assert any("\u0600" <= ch <= "\u06ff" for ch in ar_label), f"{term}: @ar label is not in Arabic script"


def test_domains_and_ranges(onto: Graph):
    assert onto.value(KGO.speaker, RDFS.domain) == KGO.Statement
    assert onto.value(KGO.speaker, RDFS.range) == KGO.Actor
    assert onto.value(KGO.actionType, RDFS.range) == KGO.ActionType
    assert onto.value(KGO.measure, RDFS.range) == KGO.Measure
    assert onto.value(KGO.kind, RDFS.range) == KGO.StatementKind
    assert onto.value(KGO.inArticle, RDFS.range) == KGO.Article
    assert onto.value(KGO.evidence, RDFS.range) == KGO.TextSpan
    assert onto.value(KGO.begin, RDFS.range) == XSD.nonNegativeInteger
    assert onto.value(KGO.value, RDFS.range) == XSD.nonNegativeInteger
    target_range = onto.value(KGO.target, RDFS.range)
    assert set(Collection(onto, onto.value(target_range, OWL.unionOf))) == {KGO.Actor, KGO.Place}


def test_no_xsd_date_in_owl_axioms(onto: Graph):
    """HermiT rejects xsd:date; the date datatype is enforced by the SHACL shapes instead."""
    assert not any(o == XSD.date or o == XSD.dateTime for o in onto.objects())
    assert (KGO.date, RDFS.range, None) not in onto


def test_class_hierarchy_and_alignments(onto: Graph):
    expected_subclass = [
        (KGO.Person, KGO.Actor),
        (KGO.State, KGO.Actor),
        (KGO.Organization, KGO.Actor),
        (KGO.Group, KGO.Actor),
        (KGO.Mention, KGO.TextSpan),
        (KGO.ActionType, SKOS.Concept),
        (KGO.Action, SEM.Event),
        (KGO.Actor, SEM.Actor),
        (KGO.Place, SEM.Place),
        (KGO.Statement, PROV.Entity),
        (KGO.Action, PROV.Entity),
        (KGO.ReportedFigure, PROV.Entity),
        (KGO.Mention, PROV.Entity),
        (KGO.Article, PROV.Entity),
        (KGO.Article, SCHEMA.NewsArticle),
        (KGO.Person, SCHEMA.Person),
        (KGO.Organization, SCHEMA.Organization),
        (KGO.State, SCHEMA.Country),
        (KGO.Place, SCHEMA.Place),
        (KGO.Person, FOAF.Person),
        (KGO.Organization, FOAF.Organization),
        (KGO.Group, FOAF.Group),
    ]
    for sub, sup in expected_subclass:
        assert (sub, RDFS.subClassOf, sup) in onto, f"{sub} should be a subclass of {sup}"
    for sub, sup in [
        (KGO.actor, SEM.hasActor),
        (KGO.target, SEM.hasActor),
        (KGO.place, SEM.hasPlace),
        (KGO.date, SEM.hasTimeStamp),
    ]:
        assert (sub, RDFS.subPropertyOf, sup) in onto, f"{sub} should be a subproperty of {sup}"
    # alignments are subsumptions, never equivalences
    assert not list(onto.triples((None, OWL.equivalentClass, None)))
    assert not list(onto.triples((None, OWL.equivalentProperty, None)))


def _disjoint_sets(onto: Graph) -> list[set[URIRef]]:
    nodes = onto.subjects(RDF.type, OWL.AllDisjointClasses)
    return [set(Collection(onto, onto.value(node, OWL.members))) for node in nodes]


def test_disjointness(onto: Graph):
    sets = _disjoint_sets(onto)
    assert {KGO[t] for t in ENTITY_TYPES} in sets
    facts = {KGO.Article, KGO.TextSpan, KGO.Statement, KGO.Action, KGO.ReportedFigure}
    assert any(facts | {KGO.Actor, KGO.Place} <= s for s in sets)


def test_statement_kinds_and_measures(onto: Graph):
    kinds = {str(s).removeprefix(str(KGO)) for s in onto.subjects(RDF.type, KGO.StatementKind)}
    assert kinds == set(STATEMENT_KINDS) == {"direct", "indirect"}
    # the code list is read from the typed individuals; the owl:AllDifferent axiom must list the same
    lists = [list(Collection(onto, onto.value(d, OWL.distinctMembers))) for d in onto.subjects(RDF.type,
                                                                                              OWL.AllDifferent)]
    listed = [str(m).removeprefix(str(KGO)) for m in next(m for m in lists if KGO.killed in m)]
    assert sorted(MEASURES) == sorted(listed) and len(set(MEASURES)) == len(MEASURES) and "killed" in MEASURES


def test_the_namespaces_are_closed():
    assert KGO.killed == URIRef(str(KGO) + "killed") and PLOVER["ASSAULT"] == URIRef(str(PLOVER) + "ASSAULT")
    with pytest.raises(AttributeError):
        KGO.kiled  # noqa: B018
    with pytest.raises(KeyError):
        PLOVER["FIGHT"]  # noqa: B018


def _named_terms() -> set[tuple[str, str]]:
    """(namespace, name) of every kgo:/plover: term the code, the queries and the shapes name."""
    import re

    root = Path(__file__).resolve().parents[1]
    found = set()
    for path in (root / "kg").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= {(ns.lower(), n) for ns, n in re.findall(r"\b(KGO|PLOVER)(?:\.|\[\")([A-Za-z]\w*)", text)}
    for path in [*(root / "queries").glob("*.rq"), root / "ontology" / "shapes.ttl"]:
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"(?<![\w/#])(kgo|plover):([A-Za-z]\w*)", text))
    return found - {("kgo", "term"), ("plover", "term")}


def test_every_term_the_code_names_is_declared():
    terms = _named_terms()
    assert ("kgo", "sameStatementAs") in terms and ("kgo", "Statement") in terms
    missing = sorted(f"{ns}:{n}" for ns, n in terms if n not in dir(KGO if ns == "kgo" else PLOVER))
    assert not missing, missing


def test_the_shapes_list_exactly_the_ontology_code_lists():
    shapes = Graph().parse(ontology_path("shapes.ttl"))
    lists = [[str(m) for m in Collection(shapes, o)] for o in shapes.objects(None, SH["in"])]
    measures = [m for m in lists if str(KGO.killed) in m]
    actions = [m for m in lists if str(PLOVER.ASSAULT) in m]
    assert len(measures) == 2 and len(actions) == 1
    for m in measures:
        assert sorted(m) == sorted(str(KGO[x]) for x in MEASURES)
    assert sorted(actions[0]) == sorted(str(PLOVER[x]) for x in PLOVER_TYPES)
    # the messages name no code list, so they cannot go stale
    for msg in shapes.objects(None, SH.message):
        assert "kgo:executed" not in msg and "kgo:killed" not in msg


def test_plover_scheme(onto: Graph):
    scheme = PLOVER.scheme
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert len(PLOVER_TYPES) == 16
    in_scheme = set(onto.subjects(SKOS.inScheme, scheme))
    assert in_scheme == {PLOVER[t] for t in PLOVER_TYPES}
    for name in PLOVER_TYPES:
        concept = PLOVER[name]
        assert (concept, RDF.type, SKOS.Concept) in onto
        assert (concept, RDF.type, KGO.ActionType) in onto
        assert (scheme, SKOS.hasTopConcept, concept) in onto
        assert {"en", "ar"} <= _langs(onto, concept, SKOS.prefLabel), concept
        assert "en" in _langs(onto, concept, SKOS.definition), concept


def test_shapes_use_only_declared_vocabulary(onto: Graph):
    """Every kgo: or plover: term that the SHACL shapes mention is defined in the ontology."""
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ours = (str(KGO), str(PLOVER))
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(ours)}
    assert KGO.speaker in used and PLOVER.ASSAULT in used
    undefined = {t for t in used if (t, RDF.type, None) not in onto}
    assert not undefined, f"shapes use terms the ontology does not define: {sorted(undefined)}"
    # and every kgo property of the ontology is constrained by some shape
    paths = set(shapes.objects(None, SH.path))
    paths |= {step for p in paths if isinstance(p, BNode) for step in Collection(shapes, p)}
    properties = {KGO[p] for p in OBJECT_PROPERTIES | DATATYPE_PROPERTIES}
    assert properties <= paths, f"properties without a shape: {sorted(properties - paths)}"


# ---------------------------------------------------------------- reasoning with HermiT

JAVA = shutil.which("java")
needs_java = pytest.mark.skipif(JAVA is None, reason="java is not on PATH: HermiT (owlready2.sync_reasoner) needs it")


def _hermit(graph: Graph, tmp_path: Path):
    """Load `graph` into a fresh owlready2 World and run HermiT; raises if inconsistent."""
    owlready2 = pytest.importorskip("owlready2")
    owlready2.JAVA_EXE = JAVA
    path = tmp_path / "ontology.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    return world


def _for_hermit(data: Graph) -> Graph:
    """Instance data HermiT can read: xsd:date is outside the OWL 2 datatype map, so dates become xsd:dateTime."""
    out = Graph()
    for s, p, o in data:
        if isinstance(o, Literal) and o.datatype == XSD.date:
            o = Literal(f"{o}T00:00:00Z", datatype=XSD.dateTime)
        out.add((s, p, o))
    return out


@pytest.mark.slow
@needs_java
def test_hermit_finds_the_ontology_consistent(onto: Graph, tmp_path: Path):
    world = _hermit(onto, tmp_path)
    assert list(world.inconsistent_classes()) == []


@pytest.mark.slow
@needs_java
def test_hermit_accepts_the_valid_instance_graph(onto: Graph, tmp_path: Path):
    data = Graph().parse(FIXTURE, format="turtle")
    _hermit(onto + _for_hermit(data), tmp_path)


E = Namespace(DEFAULT_BASE + "entity/")
S = Namespace(DEFAULT_BASE + "statement/")
INCONSISTENT = {
    "person and state": [(E.x, RDF.type, KGO.Person), (E.x, RDF.type, KGO.State)],
    "place and organization": [(E.x, RDF.type, KGO.Place), (E.x, RDF.type, KGO.Organization)],
    "article and person": [(E.x, RDF.type, KGO.Article), (E.x, RDF.type, KGO.Person)],
    "statement and action": [(S.x, RDF.type, KGO.Statement), (S.x, RDF.type, KGO.Action)],
    "speaker is a place": [(S.x, KGO.speaker, E.almaty), (E.almaty, RDF.type, KGO.Place)],
    "two different speakers": [
        (S.x, KGO.speaker, E.tokayev),
        (E.tokayev, RDF.type, KGO.Person),
        (S.x, KGO.speaker, E.kazakhstan),
        (E.kazakhstan, RDF.type, KGO.State),
    ],
    "two measures": [(S.x, KGO.measure, KGO.killed), (S.x, KGO.measure, KGO.injured)],
}


@pytest.mark.slow
@needs_java
@pytest.mark.parametrize("case", sorted(INCONSISTENT))
def test_hermit_detects_inconsistency(onto: Graph, tmp_path: Path, case: str):
    from owlready2 import OwlReadyInconsistentOntologyError

    graph = Graph()
    graph += onto
    for triple in INCONSISTENT[case]:
        graph.add(triple)
    with pytest.raises(OwlReadyInconsistentOntologyError):
        _hermit(graph, tmp_path)


def test_inferred_dates_are_not_taken_for_stated_ones(onto: Graph):
    """A reasoner must not turn a guessed date into schema:datePublished or a fact's kgo:date / sem:hasTimeStamp."""
    for prop in (KGO.inferredDate, KGO.inferredPublicationDate):
        assert (prop, RDF.type, OWL.DatatypeProperty) in onto
        assert not list(onto.objects(prop, RDFS.subPropertyOf)), prop
        assert not list(onto.objects(prop, OWL.equivalentProperty)), prop
    assert onto.value(KGO.inferredPublicationDate, RDFS.domain) == KGO.Article


def test_every_measure_and_event_type_the_lexicons_name_is_declared():
    # the writer's namespaces are closed: an undeclared term in a data file would fail the whole build
    from kg.lexicon import DATA, read_tsv, split_cell

    measures = {r["measure"] for r in read_tsv(DATA / "lexicon" / "measures.tsv")} - {"-", ""}
    assert measures and measures <= set(MEASURES), sorted(measures - set(MEASURES))
    types = {r["type"] for r in read_tsv(DATA / "lexicon" / "actions.tsv")}
    cues = {t for r in read_tsv(DATA / "lexicon" / "speech_cues.tsv") for t in split_cell(r.get("action") or "")}
    assert types and (types | cues) <= set(PLOVER_TYPES), sorted((types | cues) - set(PLOVER_TYPES))
