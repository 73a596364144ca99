"""Character error rate of kg's English labels for Arabic names, against the gazetteer's people.

    python bench/romanize_cer.py [--limit N] [--show N]

For every person in kg/data/gazetteer/people.tsv, the first Arabic name is romanized by the rule-based
transliteration (`kg.text.translit`, the labels before) and by `kg.text.romanize` (the labels now), and each is
compared with the row's English label: CER = Levenshtein distance / length of the English label, case-insensitive,
hyphens and apostrophes as spaces. The gazetteer's English labels are the usual Latin spellings (Vladimir Putin,
Recep Tayyip Erdoğan), so a lower CER means labels a reader recognizes. Prints the mean and median CER of each.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.lexicon import DATA, read_tsv, split_cell  # noqa: E402
from kg.text.romanize import _romanizer, romanize  # noqa: E402
from kg.text.translit import transliterate  # noqa: E402


def canon(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[-'’`‘.]", " ", text.lower())
    return " ".join(text.split())


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(pred: str, gold: str) -> float:
    p, g = canon(pred), canon(gold)
    return levenshtein(p, g) / max(len(g), 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="first N people only")
    ap.add_argument("--show", type=int, default=8, help="print N examples")
    args = ap.parse_args(argv)
    rows = [r for r in read_tsv(DATA / "gazetteer" / "people.tsv") if r.get("label_en") and r.get("names_ar")]
    if args.limit:
        rows = rows[:args.limit]
    before, after = [], []
    for n, row in enumerate(rows):
        arabic = split_cell(row["names_ar"])[0]
        b, a = transliterate(arabic), romanize(arabic)
        before.append(cer(b, row["label_en"]))
        after.append(cer(a, row["label_en"]))
        if n < args.show:
            print(f"  {arabic} | {row['label_en']} | before: {b} | now: {a}")
    engine = "arabic-name-romanizer" if _romanizer() else "rule-based fallback (arabic-name-romanizer not installed)"
    print(f"{len(rows)} people; labels now from: {engine}")
    print(f"CER before (rule-based transliteration): mean {statistics.mean(before):.3f} "
          f"median {statistics.median(before):.3f}")
    print(f"CER now (kg.text.romanize):              mean {statistics.mean(after):.3f} "
          f"median {statistics.median(after):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
