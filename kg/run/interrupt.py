"""Ctrl-C that no library can swallow.

Python turns SIGINT into KeyboardInterrupt wherever the main thread happens to be; native code (a Rust validator,
a C parser) may catch that and carry on. The handler also records the request, and the build loops call `check()`
between articles, so an interrupted build always stops and leaves the earlier output as it was.
"""

from __future__ import annotations

import signal
import threading

_requested = False


def _handler(signum, frame) -> None:
    global _requested
    _requested = True
    raise KeyboardInterrupt


def install() -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _handler)


def check() -> None:
    """Raise KeyboardInterrupt if Ctrl-C was pressed, even if the exception was swallowed where it arose."""
    if _requested:
        raise KeyboardInterrupt
