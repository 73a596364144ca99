"""Write a held-out sample of SaudiNewsNet to a scratch folder, for judging precision at scale by hand.

    python -m bench.snn_sample DIR REM [--stride 59]

writes every article whose index (in `bench.realtext.iter_articles` order) leaves REM when divided by the stride,
about 500 articles for the default stride, each with its date sidecar. Different remainders give disjoint samples,
so a sample judged once stays held out from the rules fixed on another. The articles stay outside the project
(CC BY-NC-SA 4.0, research use).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.realtext import available, iter_articles, write_sidecar


def write_sample(out: Path, rem: int, stride: int = 59) -> int:
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for i, (name, text, day) in enumerate(iter_articles()):
        if i % stride != rem:
            continue
        path = out / name
        path.write_text(text, encoding="utf-8")
        write_sidecar(path, day)
        written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("rem", type=int)
    parser.add_argument("--stride", type=int, default=59)
    args = parser.parse_args(argv)
    if not available():
        print("SaudiNewsNet is not at ../shared/corpora/saudinewsnet/ (or $KG_SAUDINEWSNET)", file=sys.stderr)
        return 2
    print(f"{write_sample(args.out, args.rem % args.stride, args.stride)} articles written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
