"""Derive from the SaudiNewsNet corpus the family names that two or more people share.

An unknown person is keyed by the family name alone only when that name is rare enough to stand for one person
across articles (قاسم جومرت توكاييف / جومارت توكاييف / توكاييف -> one key); a family name that follows different
given names in real news (الغامدي, الحربي, عباس; «صالح المحيا» and «إبراهيم المحيا») is shared, and its bearers' keys
then carry the given name too. The name's key part (the spelling-tolerant skeleton, transliterated: what
`resolve.person_key` keys a family name by) is counted, since that is what two names share when they collide. A key
part seen after at least MIN_GIVEN different given names, each at least MIN_PAIR times (given_names.tsv; "عبد"/"ابو"
+ the next word count as one given name; spellings of one given name as one, «فرنسوا»/«فرانسوا») is written
to kg/data/lexicon/shared_family_names.tsv with the count and its most frequent written form (names only, no text of
the corpus). Rerun: `python scripts/derive_shared_family_names.py [CORPUS_DIR]`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from snn_corpus import contents, corpus_zips

from kg.extract.recognizers.shared import family_part
from kg.lexicon import DATA, read_tsv
from kg.text.normalize import norm, skeleton

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "lexicon" / "shared_family_names.tsv"
BEARERS = ROOT / "kg" / "data" / "lexicon" / "family_name_bearers.tsv"
MIN_GIVEN = 2
MIN_PAIR = 2
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0670-\u06d3]+")
_LINKS = {"عبد", "ابو", "أبو", "بن", "ابن", "بنت"}


def _by_spelling(before: Counter[str]) -> Counter[str]:
    """The given names read before a family name, spellings of one name counted as one ("فرنسوا" and "فرانسوا",
    "جون" and "جان": one person written two ways is not two people sharing the family name), under the most
    frequent spelling."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for given, n in before.items():
        groups[skeleton(given)][given] += n
    return Counter({c.most_common(1)[0][0]: sum(c.values()) for c in groups.values()})


def _bearers(by_form: dict[str, Counter[str]], shared: set[str]) -> list[tuple[str, int, str, float, int]]:
    """(form, given names, top given name, its share, sightings) of every written family name whose key part is
    shared and that was read after a given name at least MIN_PAIR times: "أوباما" after 5 given names, "باراك" 0.94
    of its sightings. The key part collides across names ("كيري" and "كريري" both read "kr"); the form as written
    tells whether the name itself is many people's."""
    out = []
    for form, before in by_form.items():
        counted = {g: n for g, n in _by_spelling(before).items() if n >= MIN_PAIR}
        if counted and family_part(form) in shared:
            top, n = max(counted.items(), key=lambda kv: (kv[1], kv[0]))
            total = sum(counted.values())
            out.append((form, len(counted), top, n / total, total))
    return sorted(out)


def main() -> int:
    zips = corpus_zips(sys.argv)
    if not zips:
        return 1
    # month names that are given names too ("رمضان المبارك") would count the month's epithets
    given = {norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv")} - {"رمضان", "شعبان", "رجب"}
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    by_form: dict[str, Counter[str]] = defaultdict(Counter)  # written family name -> the given names before it
    for text in contents(zips):
        prev = prev2 = ""
        for w in WORD.findall(norm(text)):
            first = prev2 + prev if prev2 in ("عبد", "ابو") else prev if prev in given else ""
            if first and w not in _LINKS and len(w) >= 3:
                part = family_part(w)
                if part:
                    pairs[part][first] += 1
                    forms[part][w] += 1
                    by_form[w][first] += 1
            prev2, prev = prev, w
    # a given name counts when seen twice before the name: one sighting is as often a phrase as a person
    # ("انا سعيد", "عبده كتعاون")
    givens = {p: sum(n >= MIN_PAIR for n in _by_spelling(c).values()) for p, c in pairs.items()}
    shared = sorted((p, n) for p, n in givens.items() if n >= MIN_GIVEN)
    header = ("# Family-name key parts that many people share: derived from SaudiNewsNet (CC BY-NC-SA 4.0, name\n"
              "# counts only) by scripts/derive_shared_family_names.py. A key part seen after at least\n"
              f"# {MIN_GIVEN} different given names, each {MIN_PAIR}+ times; an unknown person with such a family\n"
              "# name is keyed by given and family name, a rarer family name keys the person alone (one person\n"
              "# across articles).\n"
              "key\tgiven_names\tform\n")
    OUT.write_text(header + "".join(f"{p}\t{n}\t{forms[p].most_common(1)[0][0]}\n" for p, n in shared),
                   encoding="utf-8")
    bearers = _bearers(by_form, {p for p, _n in shared})
    BEARERS.write_text(
        "# Written family names whose key part is shared (shared_family_names.tsv): how many given names SaudiNewsNet\n"
        f"# (CC BY-NC-SA 4.0, name counts only) writes before each ({MIN_PAIR}+ times), the most frequent one, its\n"
        "# share and the sightings; derived by scripts/derive_shared_family_names.py. kg.extract.resolve reads a\n"
        "# form one given name dominates as that person's (\"أوباما\": \"باراك\").\n"
        "form\tgiven_names\ttop_given\ttop_share\tsightings\n" +
        "".join(f"{f}\t{k}\t{g}\t{share:.2f}\t{n}\n" for f, k, g, share, n in bearers), encoding="utf-8")
    print(f"{len(shared)} shared family-name keys of {len(givens)} -> {OUT.relative_to(ROOT)}; "
          f"{len(bearers)} written forms -> {BEARERS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
