"""How often kg finds the event a sentence holds: bench/event_sentences.tsv (sentences of our own, one assault or one
protest each, every one its own one-line article with a headline and no date).

    python -m bench.event_sentences [FILE] [-v]

FILE defaults to bench/event_sentences.tsv (the sentences that guided the rules); bench/event_sentences_heldout.tsv
holds sentences written afterwards and measured once.

Prints, per type, the sentences in which an action of that type was found (any actor), and with -v each sentence
with what was found. Recall only: the sentences hold nothing else, so precision is measured elsewhere
(bench/judged_sample.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from kg.pipeline import extract_text

SENTENCES = Path(__file__).with_name("event_sentences.tsv")


def main(argv: list[str]) -> int:
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    files = [Path(a) for a in argv if a != "-v"]
    for line in (files[0] if files else SENTENCES).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, sentence = line.split("\t")
        result = extract_text("خبر\n" + sentence)
        got = [(a.actor, a.type, a.target) for a in result.actions]
        hit = any(t == expected for _a, t, _g in got)
        total[expected] += 1
        found[expected] += hit
        if "-v" in argv:
            print(f"{'ok' if hit else '--'}  {expected:8} {sentence[:70]}  {got}")
    for kind in sorted(total):
        print(f"{kind}: {found[kind]}/{total[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
