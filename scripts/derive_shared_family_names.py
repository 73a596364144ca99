"""Derive from the SaudiNewsNet corpus the family names that many people share.

An unknown person is keyed by the family name alone only when that name is rare enough to stand for one person
across articles (قاسم جومرت توكاييف / جومارت توكاييف / توكاييف -> one key); a family name that follows many
different given names in real news (الغامدي, الحربي, عباس) is shared by many people, whose keys then carry the given
name too. The name's key part (the spelling-tolerant skeleton, transliterated: what `resolve.person_key` keys a
family name by) is counted, since that is what two names share when they collide. A key part seen after at least
MIN_GIVEN different given names, each at least MIN_PAIR times (given_names.tsv; "عبد"/"ابو" + the next word count
as one given name) is written
to kg/data/lexicon/shared_family_names.tsv with the count and its most frequent written form (names only, no text of
the corpus). Rerun: `python scripts/derive_shared_family_names.py [CORPUS_DIR]`.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from kg.extract.recognizers.shared import family_part
from kg.lexicon import DATA, read_tsv
from kg.text.normalize import norm

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "lexicon" / "shared_family_names.tsv"
CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
MIN_GIVEN = 3
MIN_PAIR = 2
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")
_LINKS = {"عبد", "ابو", "أبو", "بن", "ابن", "بنت"}


def _top_given(before: Counter[str]) -> tuple[str, float]:
    """The given name most often read before a family name and its share of the counted pairs: "باراك" is 0.94 of
    those before "أوباما", so news that writes the family name alone means him (kg.extract.resolve reads it for a
    listed person only; an unknown person with a shared family name is still keyed with his given name, since the
    family name's key part is short enough to collide: "مورينيو" and "المرواني")."""
    counted = {g: n for g, n in before.items() if n >= MIN_PAIR}
    top, n = max(counted.items(), key=lambda kv: kv[1])
    return top, n / sum(counted.values())


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    zips = sorted(corpus.glob("*.zip"))
    if not zips:
        print(f"no corpus at {corpus}", file=sys.stderr)
        return 1
    # month names that are given names too ("رمضان المبارك") would count the month's epithets
    given = {norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")} - {"رمضان", "شعبان", "رجب"}
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for z in zips:
        with zipfile.ZipFile(z) as f:
            for member in f.namelist():
                for article in json.loads(f.read(member)):
                    prev = prev2 = ""
                    for w in WORD.findall(norm(article.get("content") or "")):
                        first = prev2 + prev if prev2 in ("عبد", "ابو") else prev if prev in given else ""
                        if first and w not in _LINKS and len(w) >= 3:
                            part = family_part(w)
                            if part:
                                pairs[part][first] += 1
                                forms[part][w] += 1
                        prev2, prev = prev, w
    # a given name counts when seen twice before the name: one sighting is as often a phrase as a person
    # ("انا سعيد", "عبده كتعاون")
    givens = {p: sum(n >= MIN_PAIR for n in c.values()) for p, c in pairs.items()}
    shared = sorted((p, n) for p, n in givens.items() if n >= MIN_GIVEN)
    header = ("# Family-name key parts that many people share: derived from SaudiNewsNet (CC BY-NC-SA 4.0, name\n"
              "# counts only) by scripts/derive_shared_family_names.py. A key part seen after at least\n"
              f"# {MIN_GIVEN} different given names, each {MIN_PAIR}+ times; an unknown person with such a family\n"
              "# name is keyed by given and family name, a rarer family name keys the person alone (one person\n"
              "# across articles).\n"
              "# top_given: the given name most often before it; top_share: its share of those sightings.\n"
              "key\tgiven_names\tform\ttop_given\ttop_share\n")
    tops = {p: _top_given(pairs[p]) for p, _n in shared}
    OUT.write_text(header + "".join(f"{p}\t{n}\t{forms[p].most_common(1)[0][0]}\t{tops[p][0]}\t{tops[p][1]:.2f}\n"
                                    for p, n in shared), encoding="utf-8")
    print(f"{len(shared)} shared family-name keys of {len(givens)} -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
