"""The verdicts of bench/judged_sample.md as a regression set for action rules.

    python -m bench.judged_regression prepare DIR          # write every judged action article (with sidecars)
    kg build DIR --out before.ttl -q                       # ... change a rule ...
    kg build DIR --out after.ttl -q
    python -m bench.judged_regression compare before.ttl after.ttl

Every action judged by hand in bench/judged_sample.md (article, fact as `kg sample` prints it, verdict, reason) is
joined to the facts a build writes the same way (actor, type, target, trigger; the date left out). `compare` counts,
per verdict, the judged facts a change keeps, removes and adds, and lists every fact that changed with its old
verdict: a rule should remove judged-wrong facts and no judged-right one. A fact written differently (a new label, a
new target) is a new, unjudged fact. The articles are SaudiNewsNet's (CC BY-NC-SA 4.0): they stay outside the
project.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from bench.realtext import available, iter_articles, write_sidecar

JUDGED = Path(__file__).resolve().parent / "judged_sample.md"
_ROW = re.compile(r"^\| \d+ \| (snn_\d+\.txt)(?: \((?:characters )?\d+-\d+\))? \| (.*?) \| (ok|wrong) \|(.*)\|\s*$")


def judged_actions(path: Path = JUDGED) -> dict[tuple[str, str], tuple[str, str]]:
    """(article, fact without its date) -> (verdict, reason) of every judged action; the latest table wins."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    in_actions = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            low = line.lower()
            in_actions = ("action" in low or "actor and type" in low) and \
                not any(k in low for k in ("statement", "figure", "entit"))
            continue
        if in_actions and (m := _ROW.match(line)):
            out.setdefault(key(m.group(1), m.group(2)), (m.group(3), m.group(4).strip()))
    return out


def key(doc: str, summary: str) -> tuple[str, str]:
    return doc, re.sub(r", [^,\]]*\]$", "]", " ".join(summary.split()))


def prepare(folder: Path) -> int:
    need = {doc for doc, _fact in judged_actions()}
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text, day in iter_articles():
        if name in need:
            (folder / name).write_text(text, encoding="utf-8")
            write_sidecar(folder / name, day)
            written += 1
    return written


def facts(graph: str) -> set[tuple[str, str]]:
    from kg.commands.sample import facts_of
    from kg.query import open_data

    return {key(f.doc, f.summary) for f in facts_of(open_data(graph), "action")}


def compare(before: str, after: str) -> str:
    verdicts = judged_actions()
    old, new = facts(before), facts(after)
    counts: Counter[tuple[str, str]] = Counter()
    for k in old:
        counts[(verdicts.get(k, ("unjudged", ""))[0], "kept" if k in new else "gone")] += 1
    for k in new - old:
        counts[(verdicts.get(k, ("unjudged", ""))[0], "new")] += 1
    lines = [f"{v} {what}: {n}" for (v, what), n in sorted(counts.items())]
    lines.append("changed:")
    for k in sorted(old ^ new):
        v, reason = verdicts.get(k, ("unjudged", ""))
        lines.append(f"{'-' if k in old else '+'} {v} {k[0]} {k[1]}" + (f"  ({reason})" if reason else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("folder", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        if not available():
            print("SaudiNewsNet is not on this machine (../shared/corpora/saudinewsnet/)", file=sys.stderr)
            return 1
        print(f"{prepare(args.folder)} judged articles written to {args.folder}")
        return 0
    print(compare(args.before, args.after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
