"""Article files: which files are articles, their names, and their metadata sidecars (`*.meta.json`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

INPUT_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("published", "outlet", "url", "headline")


class InputError(Exception):
    """An article that cannot be read; str(e) names the file and the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, reason)  # both in args, so the exception survives pickling (worker processes)
        self.name = name
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"



def article_name(path: Path) -> str:
    """The article's key: its file name, as valid Unicode (bytes of a non-UTF-8 file name become U+FFFD)."""
    return Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")



def iter_inputs(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into the article files to read, sorted by path, without duplicates.

    Folders are searched recursively for .txt/.html/.htm files (hidden files and folders are skipped, symlinked
    folders are not followed). A file named explicitly is kept whatever its extension, except a sidecar
    (`*.meta.json`), which is never an article.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    if f.startswith(".") or _is_sidecar(f) or not f.lower().endswith(INPUT_SUFFIXES):
                        continue
                    fp = Path(root) / f
                    found.setdefault(os.path.normpath(fp), fp)
        elif p.is_file():
            if not _is_sidecar(p.name):
                found.setdefault(os.path.normpath(p), p)
        else:
            raise InputError(str(p), "no such file or directory")
    return sorted(found.values(), key=lambda q: q.parts)



# ---------------------------------------------------------------------------------------------------------------
# dates and sidecars

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|T)")


def _parse_date(value: str) -> date | None:
    s = value.strip().translate(_ARABIC_DIGITS)
    m = _ISO_DATE.match(s) or _COMPACT_DATE.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:  # RFC 2822, e.g. "Sat, 08 Jan 2022 07:09:00 GMT"
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _is_sidecar(name: str) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIX)


def _sidecar_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)]
