"""The end-to-end job on the five seed articles."""

import os
import subprocess
import sys

import pytest
import rdflib

from kg.rdf.serialize import to_bytes
from kg.read import iter_inputs
from kg.run.memory import build_dataset, extract_all
from kg.validate import validate
from kg.vocab import KGO


@pytest.fixture(scope="module")
def seed_report(seeds_dir):
    return extract_all(iter_inputs([seeds_dir]))


def test_every_seed_is_read_and_yields_facts(seed_report):
    assert len(seed_report.results) == 5 and not seed_report.skipped
    for r in seed_report.results:
        assert r.mentions and r.statements, r.article.doc
        for m in r.mentions:
            assert r.article.text[m.span.begin:m.span.end] == m.text


def test_the_built_graph_conforms_and_is_deterministic(seed_report):
    ds = build_dataset(seed_report.results)
    assert validate(ds).conforms
    assert to_bytes(ds, "turtle") == to_bytes(build_dataset(list(reversed(seed_report.results))), "turtle")


def test_cross_document_identity_of_the_president(seed_report):
    keys = []
    for r in seed_report.results:
        keys.append({m.entity for m in r.mentions if "توكاييف" in m.text})
    assert all(len(k) == 1 for k in keys)
    assert len(set().union(*keys)) == 1


def test_cli_build_writes_every_format(tmp_path, seeds_dir):
    for ext in (".ttl", ".nt", ".trig", ".nq", ".jsonld"):
        out = tmp_path / f"kg{ext}"
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir), "--out", str(out), "-q"],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        g = rdflib.Dataset(default_union=True) if ext in (".trig", ".nq") else rdflib.Graph()
        g.parse(out)
        assert len(g) > 500
        assert (None, rdflib.RDF.type, KGO.Statement) in g


def test_cli_build_is_byte_identical_across_runs(tmp_path, seeds_dir):
    outs = []
    for n in range(2):
        out = tmp_path / f"run{n}.nq"
        env = {"PYTHONHASHSEED": str(n + 1)}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir), "--out", str(out), "-q"],
                       check=True, env={**os.environ, **env})
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
