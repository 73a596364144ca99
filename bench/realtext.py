"""Real news for the benchmark: SaudiNewsNet articles read from ../shared/corpora/saudinewsnet/ when it is there.

The corpus (CC BY-NC-SA 4.0, research use) is never copied into the project: articles are written to the benchmark's
scratch folder and removed with it. Each article is its headline, a blank line and its body, with a sidecar giving
the crawl day as its publication date, so weekday names resolve as they would for a user with the paper's date.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

from bench.measure import ROOT

DEFAULT_DIR = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def corpus_dir() -> Path:
    return Path(os.environ.get("KG_SAUDINEWSNET", DEFAULT_DIR))


def available(folder: Path | None = None) -> bool:
    folder = folder or corpus_dir()
    return folder.is_dir() and any(folder.glob("*.zip"))


def iter_articles(n: int | None = None, folder: Path | None = None) -> Iterator[tuple[str, str, str | None]]:
    """(file name, text, published date) of the first n non-empty articles, crawl day by crawl day, in file order
    (deterministic: the same n gives the same articles)."""
    folder = folder or corpus_dir()
    i = 0
    for z in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(z) as archive:
            for member in sorted(archive.namelist()):
                if not member.endswith(".json"):
                    continue
                for item in json.loads(archive.read(member)):
                    body = (item.get("content") or "").strip()
                    if not body:
                        continue
                    title = (item.get("title") or "").strip()
                    day = (item.get("date_extracted") or "")[:10] or None
                    yield f"snn_{i:05d}.txt", f"{title}\n\n{body}\n" if title else f"{body}\n", day
                    i += 1
                    if n is not None and i >= n:
                        return


def one_line(words: int, folder: Path | None = None) -> str:
    """About `words` words of real running text on one unbroken line (no newline), for the growth rows: the cost of
    a rule that rescans the line per token shows up here."""
    out: list[str] = []
    count = 0
    for _, text, _ in iter_articles(None, folder):
        for w in text.split():
            out.append(w)
            count += 1
            if count >= words:
                return " ".join(out) + "\n"
    return " ".join(out) + "\n"


def write_sidecar(path: Path, published: str | None) -> None:
    if published:
        Path(f"{path}.meta.json").write_text(json.dumps({"published": published}) + "\n", encoding="utf-8")
