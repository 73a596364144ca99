"""The per-article time budget (kg/run/limits.py, kg build --time-budget): an article that takes longer is skipped with
a warning, the batch goes on, and no work is left running on the abandoned article."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time

import pytest
from robustness_helpers import ARTICLE, OTHER, facts_by_doc, kg, load, stderr_lines

from kg.build import extract_all
from kg.cli import EXIT_OK, EXIT_SKIPPED
from kg.run import article as kg_build
from kg.run.limits import DEFAULT_TIME_BUDGET, TimeBudgetExceeded, budget_supported, time_budget

posix_only = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the budget needs signal.setitimer (POSIX)")


def busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


@posix_only
def test_work_past_the_budget_is_interrupted():
    start = time.monotonic()
    with pytest.raises(TimeBudgetExceeded) as e, time_budget(0.2):
        busy(10)
    assert time.monotonic() - start < 2
    assert str(e.value) == "took longer than the time budget of 0.2 s"


@posix_only
def test_a_catastrophic_regular_expression_is_interrupted():
    start = time.monotonic()
    with pytest.raises(TimeBudgetExceeded), time_budget(0.3):
        re.match(r"(a+)+$", "a" * 40 + "b")  # exponential backtracking: hours
    assert time.monotonic() - start < 3


@posix_only
def test_except_exception_inside_the_block_cannot_swallow_it():
    caught = []
    with pytest.raises(TimeBudgetExceeded), time_budget(0.2):
        try:
            busy(10)
        except Exception as exc:  # what extractor code may do
            caught.append(exc)
    assert caught == []


@posix_only
def test_no_alarm_after_the_block_and_the_previous_handler_is_back():
    before = signal.getsignal(signal.SIGALRM)
    with time_budget(0.2):
        pass
    busy(0.4)  # would raise if the timer were still armed
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@posix_only
def test_budgets_nest_and_the_outer_deadline_still_holds():
    start = time.monotonic()
    with pytest.raises(TimeBudgetExceeded) as e, time_budget(0.5):
        with time_budget(5):
            busy(0.1)
        busy(10)
    assert e.value.seconds == 0.5
    assert time.monotonic() - start < 2


def test_no_limit_for_none_zero_or_outside_the_main_thread():
    for seconds in (None, 0, -1):
        with time_budget(seconds):
            busy(0.05)
    out = {}

    def worker():
        out["supported"] = budget_supported()
        with time_budget(0.01):  # cannot interrupt a thread: runs unlimited, and does not fail
            busy(0.1)
        out["done"] = True

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert out == {"supported": False, "done": True}


# --------------------------------------------------------------------------------------------------------------
# in kg.build's per-article loop


@posix_only
def test_a_slow_article_is_skipped_and_the_batch_goes_on(tmp_path, monkeypatch):
    for name, text in (("a.txt", ARTICLE), ("slow.txt", ARTICLE), ("z.txt", OTHER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    real = kg_build.extract
    progress = {"ticks": 0}

    def slow_extract(article):
        if article.doc == "slow.txt":
            while True:  # a pathological article: never finishes on its own
                progress["ticks"] += 1
        return real(article)

    monkeypatch.setattr(kg_build, "extract", slow_extract)
    start = time.monotonic()
    report = extract_all(sorted(tmp_path.iterdir()), time_budget=0.5)
    assert time.monotonic() - start < 10
    assert [r.article.doc for r in report.results] == ["a.txt", "z.txt"]
    assert report.skipped == [f"{tmp_path / 'slow.txt'}: took longer than the time budget of 0.5 s (--time-budget)"]
    ticks = progress["ticks"]
    busy(0.2)
    assert progress["ticks"] == ticks  # nothing is still working on the abandoned article


SLOW_CLI = """
import sys
import kg.run.article
real = kg.run.article.extract
def slow_extract(article):
    if article.doc.startswith("slow"):
        while True:
            pass
    return real(article)
kg.run.article.extract = slow_extract
from kg.cli import main
sys.exit(main(sys.argv[1:]))
"""


@posix_only
def test_kg_build_time_budget_end_to_end(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "slow one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "z.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", SLOW_CLI, "build", str(folder), "--out", str(out), "-q",
                           "--time-budget", "1.5"], capture_output=True, text=True, timeout=120)
    assert time.monotonic() - start < 60
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    assert stderr_lines(proc, "skipped") == [
        f"{folder / 'slow one.txt'}: took longer than the time budget of 1.5 s (--time-budget)"]
    assert set(facts_by_doc(load(out))) == {"a.txt", "z.txt"}


def test_the_option_is_documented_with_its_default():
    proc = kg("build", "--help")
    assert proc.returncode == EXIT_OK
    text = " ".join(proc.stdout.split())  # argparse wraps to the terminal width
    assert "--time-budget SECONDS" in text and f"default {DEFAULT_TIME_BUDGET:g}" in text


def test_a_generous_budget_changes_nothing(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    outs = []
    for budget in ("0", "600"):
        out = tmp_path / f"kg-{budget}.nq"
        assert kg("build", tmp_path / "a.txt", "--out", out, "-q", "--time-budget", budget).returncode == EXIT_OK
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
