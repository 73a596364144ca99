"""kg build --workers N: the same bytes as one worker; the streaming N-Quads build: the same quads as in memory."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.rdf.serialize import to_bytes
from kg.read import iter_inputs
from kg.run.memory import build_dataset, extract_all
from kg.run.stream import build_nquads
from kg.validate import ValidationResult

KG = [sys.executable, "-m", "kg.cli"]


def build(args: list[str]) -> None:
    proc = subprocess.run(KG + ["build", *args, "-q"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


@pytest.fixture()
def inputs(tmp_path: Path, seeds_dir: Path) -> Path:
    """The seeds plus a file that cannot be read (skipped the same way by every path)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(seeds_dir.glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "zz_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("ext", [".nq", ".ttl"])
def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path, seeds_dir: Path, ext: str) -> None:
    one, two = tmp_path / f"one{ext}", tmp_path / f"two{ext}"
    build([str(seeds_dir), "--out", str(one), "--workers", "1"])
    build([str(seeds_dir), "--out", str(two), "--workers", "2"])
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes()) > 100_000


def test_extract_on_a_pool_reports_as_serial(inputs: Path) -> None:
    paths = iter_inputs([inputs])
    serial, parallel = extract_all(paths), extract_all(paths, workers=2)
    assert [r.article.doc for r in parallel.results] == [r.article.doc for r in serial.results]
    assert parallel.counts() == serial.counts() and parallel.counts()["skipped"] == 1
    assert parallel.skipped == serial.skipped and parallel.warnings == serial.warnings
    assert to_bytes(build_dataset(parallel.results), "nquads") == to_bytes(build_dataset(serial.results), "nquads")


def test_streaming_build_has_the_quads_of_the_in_memory_build(inputs: Path, tmp_path: Path) -> None:
    paths = iter_inputs([inputs])
    out = tmp_path / "kg.nq"
    report = build_nquads(paths, out, workers=2)
    assert report.conforms and report.out == out
    memory = extract_all(paths)
    expected = to_bytes(build_dataset(memory.results), "nquads").decode("utf-8").splitlines()
    got = out.read_text(encoding="utf-8").splitlines()
    assert sorted(got) == expected
    assert report.triples == len(got)
    assert report.counts == memory.counts()
    assert report.skipped == memory.skipped
    # one sorted block per article graph, in input order, then the shared graph
    graphs = [line.rsplit(" ", 2)[-2] for line in got]
    order = list(dict.fromkeys(graphs))
    assert order[-1].endswith("/graph/entities>") and len(order) == 6
    assert [g.rsplit("/", 1)[-1].rstrip(">") for g in order[:-1]] == [p.stem for p in paths if "image" not in p.name]


def test_a_graph_that_does_not_conform_writes_nothing(monkeypatch: pytest.MonkeyPatch, seeds_dir: Path,
                                                      tmp_path: Path) -> None:
    import kg.validate

    monkeypatch.setattr(kg.validate, "validate", lambda g: ValidationResult(False, "Violation: made up"))
    # the streamed build validates N-Triples lines (article batches and the shared graph)
    monkeypatch.setattr(kg.validate, "validate_ntriples",
                        lambda lines, graphs=None: ValidationResult(False, "Violation: made up"))
    monkeypatch.setattr(kg.validate, "validate_ntriples_text",
                        lambda text: ValidationResult(False, "Violation: made up"))
    out = tmp_path / "kg.nq"
    report = build_nquads(iter_inputs([seeds_dir]), out, workers=1)
    # each article fails alone too, so each is left out with the report (kg.run.quarantine) and nothing is left
    assert not report.articles and all("made up" in s for s in report.skipped) and len(report.skipped) == 5
    assert not out.exists() and not list(tmp_path.iterdir())


def test_workers_must_be_positive(tmp_path: Path, seeds_dir: Path) -> None:
    proc = subprocess.run(KG + ["build", str(seeds_dir), "--out", str(tmp_path / "x.nq"), "--workers", "0"],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "--workers" in proc.stderr


def test_the_time_budget_skips_articles_as_extract_all_does(inputs: Path, tmp_path: Path) -> None:
    paths = iter_inputs([inputs])
    def files(skipped: list[str]) -> list[str]:
        return [s.split(": ", 1)[0] for s in skipped]

    serial, parallel = extract_all(paths, time_budget=1e-6), extract_all(paths, workers=2, time_budget=1e-6)
    assert files(parallel.skipped) == files(serial.skipped) == [str(p) for p in paths] and not parallel.results
    assert sum("--time-budget" in s for s in parallel.skipped) >= 5
    report = build_nquads(paths, tmp_path / "kg.nq", workers=2, time_budget=1e-6)
    assert files(report.skipped) == files(serial.skipped) and not report.articles
    assert not (tmp_path / "kg.nq").exists()
