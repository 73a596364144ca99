"""kg build --dask ADDRESS --shards DIR on a real LocalCluster: the shards are the single-process output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from kg.read import iter_inputs  # noqa: E402
from kg.run.shards import ShardsError, build_shards, prepare, read_manifest  # noqa: E402
from kg.run.stream import build_nquads  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        yield lc, client


def concatenated(shards: Path) -> bytes:
    return b"".join(p.read_bytes() for p in read_manifest(shards))


def test_shards_equal_the_single_process_output(cluster, seeds_dir: Path, tmp_path: Path) -> None:
    _lc, client = cluster
    paths = iter_inputs([seeds_dir])
    single = tmp_path / "kg.nq"
    assert build_nquads(paths, single, workers=1).conforms
    report = build_shards(paths, tmp_path / "shards", client, batch=2)
    assert report.conforms and report.articles == 5
    files = read_manifest(tmp_path / "shards")
    assert len(files) == 6 and files[-1].name == "entities.nq"
    assert all(f.stat().st_size > 0 for f in files)
    assert concatenated(tmp_path / "shards") == single.read_bytes()


def test_cli_on_the_cluster_address(cluster, seeds_dir: Path, tmp_path: Path) -> None:
    lc, _client = cluster
    single = tmp_path / "kg.nq"
    shards = tmp_path / "shards"
    for args in (["--out", str(single)], ["--dask", lc.scheduler_address, "--shards", str(shards)]):
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir), *args, "-q"],
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
    assert concatenated(shards) == single.read_bytes()
    # a second run into the same folder replaces the shards
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir / "000_3dca4d5ce07bc398.txt"),
                           "--dask", lc.scheduler_address, "--shards", str(shards), "-q"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert len(list((shards / "articles").iterdir())) == 1 and len(read_manifest(shards)) == 2


def test_shards_go_only_into_an_empty_or_shards_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ShardsError):
        prepare(tmp_path)
    assert (tmp_path / "notes.txt").exists()


def test_bad_usage(seeds_dir: Path, tmp_path: Path) -> None:
    cases = (["--dask", "tcp://127.0.0.1:9"], ["--shards", str(tmp_path / "s"), "--out", str(tmp_path / "x.nq")],
             ["--dask", "tcp://127.0.0.1:9", "--shards", str(tmp_path / "s2")])
    for args in cases:
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(seeds_dir), *args, "-q"],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2, (args, proc.stderr)
