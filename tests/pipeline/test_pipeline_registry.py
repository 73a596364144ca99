"""Components and pipelines, built through the public API: a Doc goes in, the same Doc comes out with what each
component declared it adds."""

import textwrap

import pytest

from kg.doc import Doc
from kg.pipeline import PIPELINE, Pipeline, build_pipeline, component, extract_text, load

TEXT = ("وقال وزير الخارجية الروسي سيرغي لافروف في موسكو إن بلاده ترفض العقوبات الجديدة. "
        "وأعلنت وزارة الصحة السورية مقتل 12 شخصا في قصف على حلب.\n")


def test_the_default_pipeline_runs_every_step_once_in_order():
    p = build_pipeline()
    assert p.names == [name for name, _ in PIPELINE if name not in ("model_ner", "camel_ner")]
    doc = p(Doc.from_text(TEXT, "a.txt", published=None))
    assert set(doc.timings) == set(p.names) and all(t >= 0 for t in doc.timings.values())
    assert any(e.label_ar.endswith("لافروف") for e in doc.entities.values())
    assert [s.speaker for s in doc.statements] and [f.value for f in doc.figures] == [12]
    # the Doc's result is what extract_text returns: the pipeline is the one path
    r = extract_text(TEXT, "a.txt", published=None)
    assert doc.result().statements == r.statements and doc.result().figures == r.figures


def test_a_shorter_pipeline_stops_after_entities():
    p = Pipeline(load(name, module) for name, module in PIPELINE[:7])
    assert p.names[-1] == "resolve"
    doc = p(Doc.from_text(TEXT))
    assert doc.mentions and doc.context is not None
    assert doc.statements == [] and doc.figures == []  # no fact extractor ran


def test_a_misordered_configuration_fails_when_built_not_midway():
    statements = load("statements", "kg.pipeline.steps")
    with pytest.raises(ValueError, match="'statements' needs context, skip"):
        Pipeline([load("analyse", "kg.pipeline.steps"), statements])


def test_an_unknown_field_is_refused_at_registration():
    with pytest.raises(ValueError, match="unknown Doc field"):
        component("typo", needs=("entites",))


def test_extra_recognizers_run_only_when_switched_on():
    assert "model_ner" not in build_pipeline().names
    assert "model_ner" in build_pipeline(frozenset({"model"})).names


def test_a_new_component_is_one_module_and_one_line_of_configuration(tmp_path, monkeypatch):
    (tmp_path / "kg_quote_counter.py").write_text(textwrap.dedent('''
        from kg.pipeline import component

        @component("quote_counter", needs=("statements",))
        def count(doc):
            doc.warnings.append(f"{len(doc.statements)} statement(s)")
            return doc
    '''))
    monkeypatch.syspath_prepend(str(tmp_path))
    p = build_pipeline(config=PIPELINE + (("quote_counter", "kg_quote_counter"),))
    assert p.names[-1] == "quote_counter"
    doc = p(Doc.from_text(TEXT, published=None))
    assert doc.warnings[-1] == f"{len(doc.statements)} statement(s)" and doc.statements
