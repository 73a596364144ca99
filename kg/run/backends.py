"""Parallelism as plain map functions: `mapper(func, items)` yields func(item) for each item, in input order.

Whatever runs the work (this process, a local process pool, a dask.distributed cluster), the results come back in
input order, so everything built from them is byte-identical to a one-process build. A new backend is one more
function of this shape; `func` is a module-level function (or a functools.partial of one), so it pickles.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Mapper = Callable[[Callable[[T], R], Sequence[T]], Iterator[R]]


def serial_map(func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
    yield from map(func, items)


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork shares the parsed lexicons and shapes with the workers; elsewhere the platform default (spawn)
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)


def pool_map(workers: int) -> Mapper:
    """A map over `workers` local processes (this process when workers <= 1 or there is one item)."""

    def mapper(func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        if workers <= 1 or len(items) <= 1:
            yield from map(func, items)
            return
        from kg.run.article import warm

        n = min(workers, len(items))
        chunksize = max(1, min(8, len(items) // (n * 16)))
        ctx = _pool_context()
        forked = ctx.get_start_method() == "fork"
        if forked:
            warm()
        with ctx.Pool(n, initializer=None if forked else warm) as pool:
            yield from pool.imap(func, items, chunksize)

    return mapper


def dask_map(client: Any, window: int | None = None) -> Mapper:
    """A map on a dask.distributed `client`: tasks submitted `window` ahead (default 4 per worker), results taken
    in input order, so the client never holds more than the window."""

    def mapper(func: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        size = window or 4 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        todo = iter(items)

        def submit() -> None:
            for item in todo:
                pending.append(client.submit(func, item, pure=False))
                return

        for _ in range(size):
            submit()
        while pending:
            fut = pending.popleft()
            result = fut.result()
            fut.release()
            submit()
            yield result

    return mapper


def mapper_for(workers: int = 1, client: Any | None = None) -> Mapper:
    """The dask map when a client is given, else a pool of `workers` processes (serial for one)."""
    if client is not None:
        return dask_map(client)
    return pool_map(workers) if workers > 1 else serial_map


def batches(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[k:k + size]) for k in range(0, len(items), max(1, size))]


@contextmanager
def ticker(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A tick per article: a progress bar when enabled, and always the Ctrl-C check (a Ctrl-C swallowed by native
    code still stops the build here)."""
    from kg.run.interrupt import check

    if not enabled or total <= 1:
        yield check
        return
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr)

    def tick() -> None:
        check()
        bar.update()

    try:
        yield tick
    finally:
        bar.close()
