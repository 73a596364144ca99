"""BuildConfig: what every worker needs to know, whatever starts it (fork, spawn, a dask worker)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.vocab import DEFAULT_BASE

BATCH = 16  # articles per task, per SHACL run and per romanizer pass (8 -> 16: the romanizer 1.43 -> 1.15 s on snnB)


@dataclass(frozen=True)
class BuildConfig:
    base: str = DEFAULT_BASE
    max_bytes: int = 20_000_000
    validate: bool = True
    time_budget: float | None = None  # seconds per article (kg.run.limits); None: no limit
    recognizers: frozenset[str] = frozenset()  # kg.pipeline.EXTRA_RECOGNIZERS to switch on (e.g. "camel")
    workers: int = 1  # processes of the local pool (1: this process)
    batch: int = BATCH
    progress: bool = False

    @classmethod
    def here(cls, **kw) -> BuildConfig:
        """A config with this process's extra recognizers (kg build --ner sets them before building)."""
        from kg import pipeline

        return cls(recognizers=frozenset(getattr(pipeline, "EXTRA_RECOGNIZERS", ())), **kw)

    def batch_for(self, items: int) -> int:
        """Articles per task: `batch`, smaller when that would leave a local worker idle (5 articles, 2 workers)."""
        return max(1, min(self.batch, -(-items // max(1, self.workers))))

    def apply(self) -> None:
        """Switch on the extra recognizers in this process (a spawned or dask worker starts without them)."""
        if self.recognizers:
            from kg import pipeline

            pipeline.EXTRA_RECOGNIZERS.update(self.recognizers)
