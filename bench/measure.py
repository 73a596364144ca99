"""Running a measured child process (wall time, peak RSS), and what machine this is."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ChildRun:
    rc: int
    wall: float  # seconds, from fork to exit
    peak_rss_mb: float  # the largest single process of the tree (wait4's ru_maxrss)
    peak_tree_mb: float  # the largest sum over the process tree, sampled every 0.2 s
    stdout: str
    stderr: str
    timed_out: bool = False
    cpu: float = 0.0  # user + system CPU seconds of the child (wait4): what the build cost on a busy machine

    def json(self) -> dict:
        """The child's last stdout line, parsed (the bench children print one JSON object)."""
        lines = [ln for ln in self.stdout.splitlines() if ln.strip()]
        if self.rc != 0 or not lines:
            raise RuntimeError(f"child failed (rc={self.rc}):\n{self.stderr[-3000:]}")
        return json.loads(lines[-1])


def _tree_rss_kb(pid: int) -> int:
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            continue
    return total


def run_child(args: list[str], timeout: float | None = None, env: dict[str, str] | None = None) -> ChildRun:
    """Run `python args...` from the repository root; stdout and stderr go through files (no pipe deadlock)."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timed_out = False
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return ChildRun(proc.returncode, wall, usage.ru_maxrss / 1024, max(peak[0], usage.ru_maxrss) / 1024,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"), timed_out,
                        usage.ru_utime + usage.ru_stime)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _mem_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return 0.0


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def machine_info() -> dict:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": _mem_gib(),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "kg_commit": _git("rev-parse", "--short", "HEAD") + ("+dirty" if _git("status", "--porcelain") else ""),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": {d: _version(d) for d in ("rdflib", "pyshacl", "pyshacl-turbo", "pyoxigraph", "camel-tools",
                                              "distributed")},
    }
