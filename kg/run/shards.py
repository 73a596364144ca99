"""One N-Quads shard per article (`kg build --shards DIR`, on a local pool or, with --dask, a dask.distributed
cluster).

Each task reads a batch of articles, extracts, builds and validates each article's named graph (with the entities it
uses) and writes it to DIR/articles/NNNNNNNN-<doc>.nq; it sends back only the entities, the statement keys and the
counts. The client merges them (kg.run.stream.Merger), validates the shared graph and writes it to DIR/entities.nq,
then DIR/manifest.json, which lists the shards in order: their concatenation is byte-identical to
`kg build --out FILE.nq` on one machine. Every worker must be able to read the inputs and write DIR under the same
paths (a shared file system), and must have kg installed.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from kg.rdf.writer import IRIs
from kg.run.article import Skipped, split_name_clashes
from kg.run.backends import batches, mapper_for, ticker
from kg.run.config import BATCH, BuildConfig
from kg.run.stream import ArticleOutput, Merger, StreamReport, process_articles
from kg.vocab import DEFAULT_BASE

MANIFEST = "manifest.json"
MARKER = ".kg-shards"
ENTITIES = "entities.nq"
FORMAT = "kg-shards/1"

Job = tuple[int, str, str]  # (index, input path, shard path)


class ShardsError(Exception):
    pass


def shard_name(index: int, doc: str, base: str = DEFAULT_BASE) -> str:
    return f"articles/{index:08d}-{IRIs(base).doc_slug(doc)}.nq"


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)  # a retried task overwrites its shard whole


def shard_batch(config: BuildConfig, jobs: list[Job]) -> list[ArticleOutput | Skipped]:
    """The task: process a batch of articles, write their shards (only if the batch conforms), return what the
    client merges."""
    outcomes = process_articles([Path(path) for _i, path, _s in jobs], config)
    invalid = any(isinstance(o, ArticleOutput) and o.violations for o in outcomes)
    for (_index, _path, shard), outcome in zip(jobs, outcomes, strict=True):
        if isinstance(outcome, ArticleOutput):
            if not invalid:
                t = time.perf_counter()
                _write_atomic(Path(shard), outcome.nquads)
                outcome.times["write"] = time.perf_counter() - t
            outcome.nquads = b""
    return outcomes


def prepare(shards: Path) -> None:
    """An empty folder, or one this module made before (its old shards are removed)."""
    if shards.exists() and not shards.is_dir():
        raise ShardsError(f"{shards} is not a folder")
    if shards.is_dir() and any(shards.iterdir()) and not (shards / MARKER).exists():
        raise ShardsError(f"{shards} is not empty and holds no kg shards; give an empty or new folder")
    (shards / "articles").mkdir(parents=True, exist_ok=True)
    (shards / MARKER).write_text("kg build --shards\n", encoding="utf-8")
    for stale in (shards / "articles").iterdir():
        if stale.suffix in (".nq", ".tmp"):
            stale.unlink()
    for name in (MANIFEST, ENTITIES):
        (shards / name).unlink(missing_ok=True)


def connect(address: str) -> Any:
    """A dask Client for 'tcp://host:port' (an existing scheduler) or 'local[:N]' (a LocalCluster of N processes)."""
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.partition(":")[2] or os.cpu_count() or 1)
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    return Client(address, timeout="10s")


def build_shards(paths: Iterable[Path], shards: Path, client: Any | None = None, *, base: str = DEFAULT_BASE,
                 max_bytes: int = 20_000_000, validate: bool = True, workers: int = 1, batch: int = BATCH,
                 progress: bool = False, time_budget: float | None = None) -> StreamReport:
    """Write the shards of `paths` into `shards` on the dask `client` (or a local pool of `workers` processes).
    A time budget applies on the local pool only: dask runs tasks in threads, which cannot be interrupted."""
    config = BuildConfig.here(max_bytes=max_bytes, base=base, validate=validate, time_budget=time_budget,
                              workers=workers, batch=max(1, batch), progress=progress)
    return write_shards(paths, shards, config, client)


def write_shards(paths: Iterable[Path], shards: Path, config: BuildConfig, client: Any | None = None) -> StreamReport:
    start = time.perf_counter()
    shards = Path(shards).resolve()
    prepare(shards)
    kept, clashes = split_name_clashes(paths)
    items = [Path(p).resolve() for p in kept]
    jobs = [(i, str(p), str(shards / shard_name(i, p.name, config.base))) for i, p in enumerate(items)]
    chunks = batches(jobs, config.batch_for(len(jobs)) if client is None else config.batch)
    outcomes = mapper_for(config.workers, client)(partial(shard_batch, config), chunks)
    merger = Merger(config.base, config.validate)
    merger.report.skipped.extend(clashes)
    written: list[str] = []
    with ticker(len(items), config.progress) as tick:
        for chunk, results in zip(chunks, outcomes, strict=True):
            for (_i, _p, shard), outcome in zip(chunk, results, strict=True):
                if merger.add(outcome) is not None:
                    written.append(Path(shard).relative_to(shards).as_posix())
                tick()
    rep = merger.report
    rep.out = shards
    if rep.articles:
        lines = merger.shared_lines()
        if rep.conforms:
            t = time.perf_counter()
            _write_atomic(shards / ENTITIES, ("\n".join(lines) + "\n").encode("utf-8", "replace"))
            manifest = {"format": FORMAT, "base": config.base, "articles": rep.articles, "triples": rep.triples,
                        "validated": config.validate, "shards": written + [ENTITIES]}
            _write_atomic(shards / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))
            rep.times["write"] = rep.times.get("write", 0.0) + time.perf_counter() - t
    rep.wall = time.perf_counter() - start
    return rep


def read_manifest(shards: Path) -> list[Path]:
    """The shard files of a finished build, in order (their concatenation is the single-file build)."""
    data = json.loads((Path(shards) / MANIFEST).read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ShardsError(f"{shards}: unknown shards format {data.get('format')!r}")
    return [Path(shards) / s for s in data["shards"]]
