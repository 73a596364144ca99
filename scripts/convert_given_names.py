"""Add the common Arabic given names of arabic-name-romanizer's name index to kg/data/lexicon/given_names.tsv.

The package (UNICEF, MIT) ships `names.sqlite3`, attested Arabic-script names from Wikidata and DziriNames with
their role (given name / surname) and counts. A name is added when it is attested as a given name at least
MIN_COUNT times and in at least MIN_SHARE of its uses, and is not also a common word ("سلام", "أمل", "شاهد":
their definite form is a common word in news, kg/data/lexicon/common_nouns.tsv), a stop word or a definite word.
The hand-written rows of the file are kept; the added ones follow a marker line.
Rerun: `python scripts/convert_given_names.py`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys

import arabic_name_romanizer

from kg.lexicon import DATA, read_tsv
from kg.text.normalize import norm

OUT = DATA / "lexicon" / "given_names.tsv"
MARKER = "# --- added by scripts/convert_given_names.py from arabic-name-romanizer's names.sqlite3 (MIT) ---"
MIN_COUNT = 40
MIN_SHARE = 0.6


def main() -> int:
    db = os.path.join(os.path.dirname(arabic_name_romanizer.__file__), "resources", "names.sqlite3")
    text = OUT.read_text(encoding="utf-8")
    hand = text.split(MARKER)[0].rstrip("\n") + "\n"
    have = {norm(r["name"]) for r in read_tsv(OUT)} if MARKER not in text else \
        {norm(line) for line in hand.splitlines()[1:] if line and not line.startswith("#")}
    common = {norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "common_nouns.tsv")}
    stop = {norm(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv") if r.get("class") != "divine"}
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute("SELECT arabic_key, role, SUM(count) FROM units GROUP BY arabic_key, role").fetchall()
    by_name: dict[str, dict[str, int]] = {}
    for key, role, n in rows:
        by_name.setdefault(norm(key), {}).setdefault(role, 0)
        by_name[norm(key)][role] += n
    added = []
    for name, roles in sorted(by_name.items()):
        given, total = roles.get("given", 0), sum(roles.values())
        if given < MIN_COUNT or given / total < MIN_SHARE or not re.fullmatch(r"[\u0621-\u064a]{3,}", name):
            continue
        if name in have or name in stop or "ال" + name in common or name.startswith("ال"):
            continue
        added.append(name)
    OUT.write_text(hand + MARKER + "\n" + "".join(n + "\n" for n in added), encoding="utf-8")
    print(f"{len(added)} given names added to {len(have)} hand-written ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
