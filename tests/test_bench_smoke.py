"""bench/run --quick runs and writes its JSON and Markdown (no timing is asserted); the corpus is deterministic."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_quick_bench_writes_every_section(tmp_path: Path) -> None:
    out, md = tmp_path / "results.json", tmp_path / "results.md"
    proc = subprocess.run([str(ROOT / "bench" / "run"), "--quick", "--sizes", "1,6", "--query-triples", "5000",
                           "--workers-size", "6", "--shacl-size", "4", "--memory-sizes", "4", "--rdflib-timeout", "30",
                           "--line-words", "300",
                           "--json", str(out), "--md", str(md)], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    for key in ("machine", "config", "corpus", "build", "line_growth", "workers", "memory_mode", "shacl", "queries",
                "targets"):
        assert key in data, key
    assert [r["articles"] for r in data["build"]] == [1, 6]
    for key in ("words_per_s", "articles_per_s", "tokenize_only_words_per_s", "peak_rss_mb", "stages"):
        assert key in data["build"][0], key
    assert set(data["build"][1]["stages"]) >= {"read", "analyse", "extract", "rdf", "shacl", "serialize", "write"}
    assert data["workers"]["identical_output"] is True
    assert {"per_article", "per_batch", "whole_graph"} <= set(data["shacl"])
    assert data["queries"]["oxigraph"]["queries"] and data["queries"]["rdflib"]["queries"]
    assert "| target | measured | holds |" in md.read_text(encoding="utf-8")


def test_the_corpus_is_deterministic_and_varied(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))  # bench/ is not installed with kg
    from bench.corpus import article_text, iter_articles

    first = dict(iter_articles(12))
    assert dict(iter_articles(12, seed=0)) == first
    assert article_text(7) == first[list(first)[7]]
    assert len(set(first.values())) == 12
    assert dict(iter_articles(3, seed=1)) != dict(list(first.items())[:3])
    assert all(len(t.split()) > 200 for t in first.values())


def test_real_text_is_read_in_a_fixed_order_with_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from bench import realtext

    if not realtext.available():
        pytest.skip(f"no SaudiNewsNet corpus at {realtext.corpus_dir()}")
    first = list(realtext.iter_articles(5))
    assert first == list(realtext.iter_articles(5))
    assert [name for name, _, _ in first] == [f"snn_{i:05d}.txt" for i in range(5)]
    assert all(text.strip() and published and published.startswith("2015-") for _, text, published in first)
    line = realtext.one_line(400)
    assert "\n" not in line.rstrip("\n") and len(line.split()) == 400
