"""Nothing is lost: outputs are replaced atomically (a build killed midway leaves the previous file byte for byte),
the same build gives the same bytes, and building twice never duplicates facts. The store has its own tests."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robustness_helpers import (
    ARTICLE,
    DIACRITIZED,
    OTHER,
    facts_by_doc,
    html_page,
    kg,
    load,
    with_invisible_marks_in_names,
    with_nul_bytes,
)

from kg.cli import EXIT_OK
from kg.rdf.serialize import write_atomic

INTERRUPTED = 130


# --------------------------------------------------------------------------------------------------------------
# write_atomic


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "kg.ttl"
    out.write_bytes(b"previous output\n")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_atomic(out, b"new output that never lands\n" * 1000)
    assert out.read_bytes() == b"previous output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_write_atomic_replaces_the_file_in_one_step(tmp_path):
    out = tmp_path / "deep" / "er" / "kg.nq"
    write_atomic(out, b"one\n")
    write_atomic(out, b"two\n")
    assert out.read_bytes() == b"two\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["kg.nq"]


# --------------------------------------------------------------------------------------------------------------
# a build killed midway


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory, seeds_dir):
    """300 articles: the seed files and this suite's article, copied under distinct names."""
    folder = tmp_path_factory.mktemp("big") / "in"
    folder.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for n in range(50):
        for s in seeds:
            shutil.copyfile(s, folder / f"{n:03d}_{s.name}")
        (folder / f"{n:03d}_sudan.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def small_batch(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("small") / "in"
    folder.mkdir()
    (folder / "sudan.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    return folder


def _start(args: list, stderr_path: Path) -> subprocess.Popen:
    with stderr_path.open("wb") as err:
        return subprocess.Popen([sys.executable, "-m", "kg.cli", *map(str, args)], stdout=subprocess.DEVNULL,
                                stderr=err, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def _wait_for(proc: subprocess.Popen, ready, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, "the build finished before it could be interrupted; make the batch larger"
        assert time.monotonic() < deadline, "the build never got going"
        time.sleep(0.05)


def _signal_when(proc: subprocess.Popen, ready, sig: int, timeout: float) -> None:
    """Send `sig` once `ready()` holds and wait for the process to end; never leave it running."""
    try:
        _wait_for(proc, ready)
        proc.send_signal(sig)
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _articles_done(stderr_path: Path) -> int:
    counts = re.findall(r"(\d+)/\d+ \[", stderr_path.read_text(encoding="utf-8", errors="replace"))
    return int(counts[-1]) if counts else 0


@pytest.mark.slow
@pytest.mark.parametrize("ext", [".ttl", ".nq"])
def test_sigkill_midway_leaves_the_previous_output_byte_identical(tmp_path, big_batch, small_batch, ext):
    out = tmp_path / f"kg{ext}"
    first = kg("build", small_batch, "--out", out, "-q")
    assert first.returncode == EXIT_OK, first.stderr
    before = out.read_bytes()

    err = tmp_path / "stderr.txt"
    if ext == ".nq":  # the streaming build writes article graphs to a temporary file as it goes
        def ready() -> bool:
            return any(p.stat().st_size > 0 for p in tmp_path.glob(f".{out.name}.*.tmp"))
    else:
        def ready() -> bool:
            return _articles_done(err) >= 5
    proc = _start(["build", big_batch, "--out", out], err)  # not quiet: the progress bar says how far it got
    _signal_when(proc, ready, signal.SIGKILL, timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == before
    # a killed process cannot remove its temporary file: it is hidden, beside the output, and harmless
    assert all(p.name.startswith(f".{out.name}.") and p.name.endswith(".tmp")
               for p in tmp_path.iterdir() if p.name not in (out.name, err.name))
    again = kg("build", small_batch, "--out", out, "-q")  # and the next build is not disturbed by it
    assert again.returncode == EXIT_OK and out.read_bytes() == before


@pytest.mark.slow
def test_ctrl_c_midway_leaves_the_previous_output_and_cleans_up(tmp_path, big_batch, small_batch):
    out = tmp_path / "kg.nq"
    assert kg("build", small_batch, "--out", out, "-q").returncode == EXIT_OK
    before = out.read_bytes()
    err = tmp_path / "stderr.txt"
    proc = _start(["build", big_batch, "--out", out], err)
    _signal_when(proc, lambda: _articles_done(err) >= 5, signal.SIGINT, timeout=60)
    assert proc.returncode == INTERRUPTED, err.read_text(encoding="utf-8", errors="replace")[-2000:]
    assert "earlier output is left as it was" in err.read_text(encoding="utf-8")
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, err.name])


# --------------------------------------------------------------------------------------------------------------
# same input, same bytes; twice the input, the same facts


@pytest.fixture(scope="module")
def odd_batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd") / "in"
    folder.mkdir()
    (folder / "clean.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "page.html").write_text(html_page(ARTICLE), encoding="utf-8")
    (folder / "utf16.txt").write_bytes(b"\xff\xfe" + DIACRITIZED.encode("utf-16-le"))
    (folder / "nul.txt").write_bytes(with_nul_bytes(with_invisible_marks_in_names(ARTICLE).encode("cp1256",
                                                                                                  "ignore")))
    (folder / "تقرير.txt").write_text(OTHER, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("ext", [".ttl", ".nq", ".trig", ".jsonld"])
def test_rebuilding_gives_byte_identical_output(tmp_path, odd_batch, ext):
    outs = []
    for n in (1, 2):
        out = tmp_path / f"run{n}{ext}"
        proc = kg("build", odd_batch, "--out", out, "-q", env={"PYTHONHASHSEED": str(n)})
        assert proc.returncode == 3, proc.stderr  # empty.txt is skipped
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_building_twice_into_the_same_file_replaces_it(tmp_path, odd_batch):
    out = odd_batch / "kg.ttl"  # inside the input folder: an output is never read back as an input
    try:
        kg("build", odd_batch, "--out", out, "-q")
        first = out.read_bytes()
        kg("build", odd_batch, "--out", out, "-q")
        assert out.read_bytes() == first
    finally:
        out.unlink(missing_ok=True)


def test_an_input_named_twice_is_built_once(tmp_path, odd_batch):
    once, twice = tmp_path / "once.nt", tmp_path / "twice.nt"
    kg("build", odd_batch, "--out", once, "-q")
    proc = kg("build", odd_batch, odd_batch / "clean.txt", str(odd_batch) + "/./", odd_batch / "page.html",
              "--out", twice, "-q")
    assert proc.returncode == 3, proc.stderr
    assert twice.read_bytes() == once.read_bytes()
    lines = once.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines))


def test_the_same_text_under_two_names_gives_two_articles_not_doubled_facts(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "kg.trig"
    assert kg("build", tmp_path, "--out", out, "-q").returncode == EXIT_OK
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out_alone = tmp_path / "alone.trig"
    assert kg("build", alone, "--out", out_alone, "-q").returncode == EXIT_OK
    both, single = facts_by_doc(load(out)), facts_by_doc(load(out_alone))
    assert both["a.txt"] == both["b.txt"] == single["a.txt"]
