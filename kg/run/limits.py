"""Per-article limits for batch builds: a wall-clock time budget.

`time_budget(seconds)` runs a block under a deadline. On POSIX, in the main thread, it arms a real-time interval
timer (`signal.setitimer`); when the deadline passes, the SIGALRM handler raises `TimeBudgetExceeded` in the main
thread, in the middle of whatever Python code (or regular expression match) is running, so that code stops: no
thread or process is left working on the abandoned article. Elsewhere (Windows, a non-main thread) there is no
portable way to interrupt the work, so the block runs without a limit and `budget_supported()` says so.

`TimeBudgetExceeded` derives from BaseException, like KeyboardInterrupt, so that the `except Exception` clauses
inside the extractors cannot swallow it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["DEFAULT_TIME_BUDGET", "TimeBudgetExceeded", "budget_supported", "time_budget"]

DEFAULT_TIME_BUDGET = 60.0  # seconds per article; a 20 MB article takes well under that


class TimeBudgetExceeded(BaseException):
    """Raised inside a `time_budget` block whose deadline has passed."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"took longer than the time budget of {self.seconds:g} s"


def budget_supported() -> bool:
    """True where `time_budget` can interrupt work: POSIX, called from the main thread."""
    return hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM") and \
        threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the block with a deadline of `seconds` (None or <= 0: no limit); raise TimeBudgetExceeded when it passes.

    Nests: an enclosing budget (or any timer armed with ITIMER_REAL) is suspended during the block and re-armed
    afterwards with the time it had left, so the outer deadline still holds.
    """
    if not seconds or seconds <= 0 or not budget_supported():
        yield
        return

    def on_alarm(signum, frame) -> None:
        raise TimeBudgetExceeded(seconds)

    started = time.monotonic()
    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    outer_delay, outer_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)  # disarm first: no alarm may fire after the block
        signal.signal(signal.SIGALRM, previous_handler)
        if outer_delay > 0:  # give the enclosing timer back what is left of it (at least a tick: it is overdue)
            left = outer_delay - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 1e-6), outer_interval)
