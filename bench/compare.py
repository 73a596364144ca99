"""This checkout against a fixed reference commit, back to back: the #14 figure that stays comparable across
sessions when the machine's speed drifts by 10-40 % between hours.

    python -m bench.compare INPUT_DIR [--ref COMMIT] [--ref-dir DIR] [--runs 2] [--check]

Builds INPUT_DIR with `python -m bench.build_once` (the code of `kg build --out FILE.nq`, one worker, SHACL on) in a
detached worktree of the reference commit and in this checkout, alternately (ref, this, ref, this, ...), each build
in its own process; prints each run's wall and CPU seconds (user + system, os.wait4), words/s and peak RSS, then the
ratio of this checkout's median to the reference's (below 1: faster). Only ratios of runs made together count: a
figure from another hour is another machine. --check compares the two N-Quads files byte for byte (a speed change
must not change the output). INPUT_DIR: for #14, the first 10,000 SaudiNewsNet articles with their sidecars, e.g.

    python -c "from pathlib import Path; from bench.realtext import iter_articles, write_sidecar
    d = Path('/tmp/snn10k'); d.mkdir(exist_ok=True)
    for name, text, day in iter_articles(10000): (d / name).write_text(text, encoding='utf-8'); \\
        write_sidecar(d / name, day)"
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.measure import ROOT

DEFAULT_REF = "5148422"  # main at the start of the session that added this script (#14: 22,016 words/s at best)


@dataclass
class Run:
    who: str  # "ref" or "this"
    wall: float  # seconds of the build (bench.build_once's build_seconds: start-up excluded)
    cpu: float  # user + system seconds of the whole process (start-up included)
    rss_mb: float
    words: int
    triples: int

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall if self.wall else 0.0


def _worktree(ref: str, folder: Path) -> Path:
    """A detached worktree of `ref` at `folder` (made once; reused when it is there at that commit)."""
    if (folder / ".git").exists():
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True).stdout.strip()
        want = subprocess.run(["git", "rev-parse", ref], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        if head == want:
            return folder
        raise SystemExit(f"{folder} is at {head[:7]}, not {ref}: remove it or give another --ref-dir")
    subprocess.run(["git", "worktree", "add", "--detach", str(folder), ref], cwd=ROOT, check=True,
                   capture_output=True)
    return folder


def _build(who: str, checkout: Path, input_dir: Path, out: Path) -> Run:
    """One build in its own process, cwd = the checkout, so that its `kg` is the one imported."""
    with tempfile.TemporaryFile() as stdout:
        proc = subprocess.Popen([sys.executable, "-m", "bench.build_once", str(input_dir), str(out)], cwd=checkout,
                                stdout=stdout, stderr=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{who}: bench.build_once failed in {checkout}")
        stdout.seek(0)
        data = json.loads(stdout.read().decode().strip().splitlines()[-1])
    return Run(who, data["build_seconds"], usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, data["words"],
               data["triples"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path)
    ap.add_argument("--ref", default=DEFAULT_REF, help=f"reference commit (default {DEFAULT_REF})")
    ap.add_argument("--ref-dir", type=Path, help="worktree of the reference (made when missing)")
    ap.add_argument("--runs", type=int, default=2, help="builds of each checkout, alternating (default 2)")
    ap.add_argument("--check", action="store_true", help="the two outputs must be byte-identical")
    args = ap.parse_args(argv)
    ref_dir = _worktree(args.ref, args.ref_dir or Path(tempfile.gettempdir()) / f"kg_ref_{args.ref[:12]}")
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as tmp:
        outs = {"ref": Path(tmp) / "ref.nq", "this": Path(tmp) / "this.nq"}
        for k in range(args.runs):
            for who, checkout in (("ref", ref_dir), ("this", ROOT)):
                run = _build(who, checkout, args.input.resolve(), outs[who])
                runs.append(run)
                print(f"[{time.strftime('%H:%M:%S')}] {who:4} run {k + 1}: {run.wall:7.1f} s {run.cpu:7.1f} CPU s "
                      f"{run.words_per_s:9,.0f} words/s {run.rss_mb:6.0f} MB", file=sys.stderr, flush=True)
        identical = filecmp.cmp(outs["ref"], outs["this"], shallow=False) if args.check else None
    print("| run | checkout | build s | CPU s | words/s | peak RSS MB |\n|---|---|---:|---:|---:|---:|")
    for k, r in enumerate(runs):
        name = args.ref if r.who == "ref" else "this checkout"
        print(f"| {k // 2 + 1} | {name} | {r.wall:.1f} | {r.cpu:.1f} | {r.words_per_s:,.0f} | {r.rss_mb:.0f} |")
    med = {who: (statistics.median(r.wall for r in runs if r.who == who),
                 statistics.median(r.cpu for r in runs if r.who == who)) for who in ("ref", "this")}
    print(f"\nwords {runs[0].words:,}; this / ref (medians): build seconds {med['this'][0] / med['ref'][0]:.3f}, "
          f"CPU seconds {med['this'][1] / med['ref'][1]:.3f}"
          + ("" if identical is None else f"; output byte-identical: {identical}"))
    return 0 if identical in (None, True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
