"""Derive from the SaudiNewsNet corpus the definite words that are common nouns, not family names.

A definite word after a given name is read as a family name ("حسن الترابي"); in verb-subject-object sentences it is
often the object ("بادل فيصل بن بندر الجميع التهنئة"). Across ~30,000 articles, a family name stands after a given
name a good share of the times it occurs; a common noun almost never does. A word written both with and without
the article (العازلة / عازلة) is a common word too: a name keeps its one form (الفوعة, بريدة). Definite words seen
at least MIN_COUNT times, or alternating with their bare form (ALT_MIN occurrences, the rarer form at least
ALT_SHARE of them), and after a given name in less than MAX_SHARE of them are written to
kg/data/lexicon/common_nouns.tsv (words only, no text of the corpus). Words without the article, not given names, seen
BARE_MIN times and after a given name in less than BARE_SHARE of them ("عدم", "قاعدة") go to
kg/data/lexicon/common_bare_words.tsv: a name does not run on into them ("علي كريم عدم وجود").
Rerun: `python scripts/derive_common_nouns.py [CORPUS_DIR]`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from snn_corpus import contents, corpus_zips

from kg.lexicon import DATA, read_tsv
from kg.text.normalize import norm

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "lexicon" / "common_nouns.tsv"
OUT_BARE = ROOT / "kg" / "data" / "lexicon" / "common_bare_words.tsv"
MIN_COUNT = 40
MAX_SHARE = 0.03
ALT_MIN = 8
ALT_SHARE = 0.15
# stricter for words without the article: many family names are common words too ("راجح بادي", "أبو حديد")
BARE_MIN = 200
BARE_SHARE = 0.01
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")


def _attested_given_names(min_count: int = 10, min_share: float = 0.3) -> set[str]:
    """Names arabic-name-romanizer's index (Wikidata and DziriNames, MIT) attests as given names often enough."""
    import os
    import sqlite3

    import arabic_name_romanizer

    db = os.path.join(os.path.dirname(arabic_name_romanizer.__file__), "resources", "names.sqlite3")
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    roles: dict[str, dict[str, int]] = {}
    for key, role, n in con.execute("SELECT arabic_key, role, SUM(count) FROM units GROUP BY arabic_key, role"):
        roles.setdefault(norm(key), {}).setdefault(role, 0)
        roles[norm(key)][role] += n
    return {name for name, r in roles.items()
            if r.get("given", 0) >= min_count and r.get("given", 0) / sum(r.values()) >= min_share}


def main() -> int:
    zips = corpus_zips(sys.argv)
    if not zips:
        return 1
    # month names that are given names too ("رمضان المبارك") would count the month's epithets as family names
    given = {norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")} - {"رمضان", "شعبان", "رجب"}
    total: Counter[str] = Counter()
    after_name: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    bare_after_name: Counter[str] = Counter()
    for text in contents(zips):
        prev = prev2 = ""
        for w in WORD.findall(norm(text)):
            bare[w] += 1
            named = prev in given or prev2 in ("عبد", "ابو")  # "حسن الترابي", "عبد الله الغامدي"
            if w.startswith("ال") and len(w) >= 5:
                total[w] += 1
                after_name[w] += named
            elif named:
                bare_after_name[w] += 1
            prev2, prev = prev, w
    def alternates(w: str, n: int) -> bool:
        m = bare[w[2:]]
        return n + m >= ALT_MIN and min(n, m) / (n + m) >= ALT_SHARE

    common = sorted((w, "frequent" if n >= MIN_COUNT else "alternating") for w, n in total.items()
                    if (n >= MIN_COUNT or alternates(w, n)) and after_name[w] / n < MAX_SHARE)
    header = ("# Definite words that are common nouns, not family names: derived from SaudiNewsNet\n"
              "# (CC BY-NC-SA 4.0, word counts only) by scripts/derive_common_nouns.py:\n"
              f"# seen {MIN_COUNT}+ times or alternating with the bare form, after a given name in less than\n"
              f"# {MAX_SHARE:.0%} of them. evidence: frequent (a family name never is) or alternating (a place name\n"
              "# seldom is; a rare nisba-shaped family name may be).\n"
              "word\tevidence\n")
    OUT.write_text(header + "".join(f"{w}\t{why}\n" for w, why in common), encoding="utf-8")
    print(f"{len(common)} common definite nouns of {len(total)} definite words -> {OUT.relative_to(ROOT)}")
    names = _attested_given_names()  # "بندر", "كبير": given names the hand list leaves out as common words
    plain = sorted(w for w, n in bare.items() if n >= BARE_MIN and not w.startswith("ال") and len(w) >= 2
                   and w not in given and bare_after_name[w] / n < BARE_SHARE)
    OUT_BARE.write_text(
        "# Words without the article that are common words, not names: derived from SaudiNewsNet (CC BY-NC-SA 4.0,\n"
        f"# word counts only) by scripts/derive_common_nouns.py: seen {BARE_MIN}+ times, after a given name in less\n"
        f"# than {BARE_SHARE:.0%} of them, not a given name of given_names.tsv. given_name: 1 when\n"
        "# arabic-name-romanizer's name index (MIT) attests it as a given name (\"بندر\", \"كبير\"): after a title\n"
        "# it may open a name.\n"
        "word\tgiven_name\n" + "".join(f"{w}\t{int(w in names)}\n" for w in plain),
        encoding="utf-8")
    print(f"{len(plain)} common words without the article -> {OUT_BARE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
