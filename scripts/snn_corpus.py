"""SaudiNewsNet as the derive_* scripts read it: the body of every article, file by file. The corpus (CC BY-NC-SA
4.0) stays outside the project; the scripts write counts of names and words only."""

from __future__ import annotations

import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "saudinewsnet"


def corpus_zips(argv: list[str]) -> list[Path]:
    """The corpus's zip files: of the folder given as the first argument, else ../shared/corpora/saudinewsnet; none
    (and a message) when there are none."""
    corpus = Path(argv[1]) if len(argv) > 1 else CORPUS
    zips = sorted(corpus.glob("*.zip"))
    if not zips:
        print(f"no corpus at {corpus}", file=sys.stderr)
    return zips


def contents(zips: list[Path]) -> Iterator[str]:
    """The body of every article of the zips, in file order ("" where an article has none)."""
    for z in zips:
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for article in json.loads(f.read(member)):
                    yield article.get("content") or ""
