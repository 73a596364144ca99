"""Derive from the SaudiNewsNet corpus the words that follow the preposition «على», not the name «علي».

Many papers write the final ى of «على» (on) as ي now and then, and then «علي» is read as the name Ali («علي جذور
الفتنة», «بالعمل علي عرقلة الحوار»). In articles that write «على» with ى elsewhere, a word seen at least MIN_ALA times
after «على» and after «علي» at most MAX_ALI_SHARE as often is the object of the preposition, not a father's or family
name («الرغم», «خلفية», «جذور»); given names (given_names.tsv) and titles (titles.tsv: «علي رئيس النادي» is Ali, head of
the club) are left out. Written to
kg/data/lexicon/words_after_ala.tsv with both counts (words only, no text of the corpus).
Rerun: `python scripts/derive_words_after_ala.py [CORPUS_DIR]`.
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
OUT = ROOT / "kg" / "data" / "lexicon" / "words_after_ala.tsv"
MIN_ALA = 3
MAX_ALI_SHARE = 0.2
WORD = re.compile(r"[\u0621-\u064a]+")


def main() -> int:
    zips = corpus_zips(sys.argv)
    if not zips:
        return 1
    given = {norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")}
    titles = {norm(r["title"]).split()[0] for r in read_tsv(DATA / "lexicon" / "titles.tsv") if r["title"].strip()}
    given |= titles | {t[2:] for t in titles if t.startswith("ال")} | {"ال" + t for t in titles}
    ala: Counter[str] = Counter()
    ali: Counter[str] = Counter()
    for text in contents(zips):
        if "على" not in text:  # an article that writes «علي» for both tells nothing
            continue
        words = WORD.findall(text)
        for before, word in zip(words, words[1:], strict=False):
            if before == "على":
                ala[norm(word)] += 1
            elif before == "علي":
                ali[norm(word)] += 1
    rows = sorted((w, n, ali[w]) for w, n in ala.items()
                  if n >= MIN_ALA and ali[w] <= MAX_ALI_SHARE * n and w not in given and len(w) > 1)
    header = ("# Words that follow the preposition «على», not the name «علي»: derived from SaudiNewsNet\n"
              "# (CC BY-NC-SA 4.0, word counts only) by scripts/derive_words_after_ala.py:\n"
              f"# seen {MIN_ALA}+ times after «على» and after «علي» at most {MAX_ALI_SHARE:.0%} as often, in articles\n"
              "# that write «على» with ى; no given name or title.\n"
              "word\tafter_ala\tafter_ali\n")
    OUT.write_text(header + "".join(f"{w}\t{n}\t{m}\n" for w, n, m in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
