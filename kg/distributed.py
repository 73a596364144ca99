"""kg build --dask ADDRESS --shards DIR: extraction on a dask.distributed cluster, one N-Quads shard per article.

Each task reads a batch of articles, extracts, builds and validates each article's named graph (with the entities it
uses) and writes it to DIR/articles/NNNNNNNN-<doc>.nq; it sends back only the entities, the statements' speakers and
contents and the counts. The client merges the entities in input order, links repeated statements, validates that
shared graph and writes it to DIR/entities.nq, then DIR/manifest.json, which lists the shards in order: their
concatenation is byte-identical to `kg build --out FILE.nq` on one machine. Every worker must be able to read the
inputs and write DIR under the same paths (a shared file system), and must have kg installed.

Without --dask, the shards are made by a local process pool (--workers N).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.parallel import BATCH, ArticleOutput, Merger, Options, StreamReport, imap_ordered, process_articles
from kg.rdf.writer import IRIs
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


def shard_batch(jobs: list[Job], opts: Options) -> list[ArticleOutput | str]:
    """The task: process a batch of articles, write their shards (only if the batch conforms), return what the
    client merges."""
    outcomes = process_articles([Path(path) for _i, path, _s in jobs], opts)
    invalid = any(isinstance(o, ArticleOutput) and o.violations for o in outcomes)
    for (_index, _path, shard), outcome in zip(jobs, outcomes, strict=True):
        if isinstance(outcome, ArticleOutput):
            if not invalid:
                t = time.perf_counter()
                _write_atomic(Path(shard), outcome.nquads)
                outcome.times["write"] = time.perf_counter() - t
            outcome.nquads = b""
    return outcomes


def _shard_batch_args(args: tuple[list[Job], Options]) -> list[ArticleOutput | str]:
    return shard_batch(*args)


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


def _batches(jobs: list[Job], size: int) -> list[list[Job]]:
    return [jobs[k:k + size] for k in range(0, len(jobs), size)]


def _dask_outcomes(client: Any, batches: list[list[Job]], opts: Options,
                   window: int) -> Iterable[list[ArticleOutput | str]]:
    """Batches submitted a window ahead, results taken in input order."""
    pending: deque = deque()
    todo = iter(batches)

    def submit() -> None:
        batch = next(todo, None)
        if batch is not None:
            pending.append(client.submit(shard_batch, batch, opts, pure=False))

    for _ in range(window):
        submit()
    while pending:
        fut = pending.popleft()
        result = fut.result()
        fut.release()
        submit()
        yield result


def build_shards(paths: Iterable[Path], shards: Path, client: Any | None = None, *, base: str = DEFAULT_BASE,
                 max_bytes: int = 20_000_000, validate: bool = True, workers: int = 1, batch: int = BATCH,
                 progress: bool = False, time_budget: float | None = None) -> StreamReport:
    """Write the shards of `paths` into `shards` on the dask `client` (or a local pool of `workers` processes).
    A time budget applies on the local pool only: dask runs tasks in threads, which cannot be interrupted."""
    from kg.build import split_name_clashes
    from kg.parallel import _progress

    start = time.perf_counter()
    shards = Path(shards).resolve()
    prepare(shards)
    kept, clashes = split_name_clashes(paths)
    items = [Path(p).resolve() for p in kept]
    opts = Options.here(max_bytes=max_bytes, base=base, validate=validate, time_budget=time_budget)
    jobs = [(i, str(p), str(shards / shard_name(i, p.name, base))) for i, p in enumerate(items)]
    batches = _batches(jobs, max(1, batch))
    if client is not None:
        n = max(1, len(client.scheduler_info().get("workers", {})))
        outcomes = _dask_outcomes(client, batches, opts, window=4 * n)
    else:
        outcomes = imap_ordered(_shard_batch_args, [(b, opts) for b in batches], workers)
    merger = Merger(base, validate)
    merger.report.skipped.extend(clashes)
    written: list[str] = []
    with _progress(len(items), progress) as tick:
        for chunk, results in zip(batches, outcomes, strict=True):
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
            manifest = {"format": FORMAT, "base": base, "articles": rep.articles, "triples": rep.triples,
                        "validated": validate, "shards": written + [ENTITIES]}
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


def run_build(args: argparse.Namespace) -> int:
    """`kg build ... --shards DIR [--dask ADDRESS]`."""
    from kg.cli import EXIT_USAGE
    from kg.parallel import print_streaming_outcome
    from kg.reader import InputError, iter_inputs

    def usage(msg: str) -> int:
        print(f"kg build: {msg}", file=sys.stderr)
        return EXIT_USAGE

    if args.shards is None:
        return usage("--dask writes shards: give --shards DIR")
    if args.out is not None or args.store is not None:
        return usage("--shards writes its own files; it cannot be combined with --out or --store")
    if args.workers < 1:
        return usage("--workers must be at least 1")
    if getattr(args, "ner", "kg") == "camel":
        from kg.pipeline import EXTRA_RECOGNIZERS
        from kg.text.camel import ner_available

        if not ner_available():
            return usage("--ner camel needs camel-tools' NER data (camel_data -i ner-arabert, or set "
                         "CAMELTOOLS_DATA); it is not installed here")
        EXTRA_RECOGNIZERS.add("camel")  # Options.here() hands it to every worker
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        return usage(f"no such file or folder: {', '.join(missing)}")
    try:
        paths = iter_inputs(args.inputs)
    except InputError as exc:
        return usage(str(exc))
    if not paths:
        return usage("no article files (.txt, .html) in the inputs")
    client = None
    if args.dask is not None:
        try:
            client = connect(args.dask)
        except (OSError, TimeoutError, ValueError) as exc:
            return usage(f"cannot reach the dask scheduler {args.dask}: {exc}")
    try:
        report = build_shards(paths, args.shards, client, base=args.base, max_bytes=args.max_bytes,
                              validate=not args.no_validate, workers=args.workers, progress=not args.quiet,
                              time_budget=getattr(args, "time_budget", None))
    except ShardsError as exc:
        return usage(str(exc))
    finally:
        if client is not None:
            cluster = client.cluster if args.dask.startswith("local") else None
            client.close()
            if cluster is not None:
                cluster.close()
    return print_streaming_outcome(report, args.quiet, args.rows)
