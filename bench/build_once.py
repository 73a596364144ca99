"""One measured build, run by bench/run.py in its own process; prints one JSON object.

    python -m bench.build_once INPUT_DIR OUT.nq [--workers N] [--no-validate]   # kg build --out OUT.nq
    python -m bench.build_once INPUT_DIR OUT.trig --memory                    # kg build --out OUT.trig

The streaming mode calls kg.parallel.build_nquads, the function `kg build --out FILE.nq` runs, and reports its
seconds per stage. With one worker, kg.pipeline.steps.analyse is wrapped with a timer (in this process only) so that
text analysis is told apart from the extractors. --memory runs the CLI itself on the in-memory path (.trig).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

START = time.perf_counter()


def _time_analyse() -> dict[str, float]:
    import kg.pipeline.steps

    spent = {"analyse": 0.0}
    inner = kg.pipeline.steps.analyse

    def timed(text: str):
        t = time.perf_counter()
        try:
            return inner(text)
        finally:
            spent["analyse"] += time.perf_counter() - t

    kg.pipeline.steps.analyse = timed
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--no-validate", action="store_true")
    ap.add_argument("--memory", action="store_true", help="the in-memory path of kg build (CLI, .trig output)")
    args = ap.parse_args(argv)
    if args.memory:
        from kg.cli import main as kg_main

        t = time.perf_counter()
        rc = kg_main(["build", str(args.input), "--out", str(args.out), "-q", "--workers", str(args.workers)]
                     + (["--no-validate"] if args.no_validate else []))
        print(json.dumps({"rc": rc, "build_seconds": time.perf_counter() - t,
                          "startup_seconds": t - START}))
        return 0
    from kg.parallel import build_nquads
    from kg.reader import iter_inputs

    spent = _time_analyse() if args.workers == 1 else None
    t = time.perf_counter()
    paths = iter_inputs([args.input])
    from kg.limits import DEFAULT_TIME_BUDGET  # kg build's default

    report = build_nquads(paths, args.out, workers=args.workers, validate=not args.no_validate,
                          time_budget=DEFAULT_TIME_BUDGET)
    build = time.perf_counter() - t
    times = dict(report.times)
    if spent is not None:
        times["analyse"] = spent["analyse"]
        times["extract"] = times.get("extract", 0.0) - spent["analyse"]
    print(json.dumps({"rc": 0 if report.conforms and report.articles else 1, "articles": report.articles,
                      "words": report.words, "triples": report.triples, "counts": report.counts,
                      "skipped": len(report.skipped), "conforms": report.conforms, "times": times,
                      "build_seconds": build, "startup_seconds": t - START,
                      "violations": report.violations[:3]}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
