"""Convert UniversalPetrarch's Arabic CAMEO verb dictionary into kg's action lexicon (rerunnable).

    python scripts/convert_cameo.py [CAMEO.ar.0.5.txt] [kg/data/lexicon/cameo_verbs.tsv]

The dictionary (`../shared/resources/universalpetrarch-ar/CAMEO.ar.0.5.txt`, MIT) groups verbs in families
(`--- verb [code] ---`); a verb line may carry its own code (`رفض   [120]   # reject`), and pattern lines
(`- * object [code] # verb,verb`) code a verb by the noun that follows it. Every entry is written out with where
its code came from (`verb`, `pattern` or `family`), so the extractor can use only the classes that measured
precise; CAMEO codes become PLOVER types through PLOVER's crosswalk (`kg/data/lexicon/cameo_plover.tsv`).
Words are kept in the dictionary's lemma form (UDPipe lemmas: masculine singular, no article).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "resources" / "universalpetrarch-ar" / "CAMEO.ar.0.5.txt"
DEFAULT_OUT = ROOT / "kg" / "data" / "lexicon" / "cameo_verbs.tsv"
CROSSWALK = ROOT / "kg" / "data" / "lexicon" / "cameo_plover.tsv"

_FAMILY = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[(\d{2,4})\]")
_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670\u0640]")

HEADER = """\
# Arabic CAMEO verb dictionary converted for kg by scripts/convert_cameo.py (do not edit by hand: rerun it).
# Source: UniversalPetrarch (openeventdata/UniversalPetrarch), data/dictionaries CAMEO.ar.0.5.txt, commit
# 843e3cd9f9af4465417d9dbe383a14fadb8885d9, under the MIT License, whose notice follows:
# Columns: verb (lemma), prep (the preposition the verb takes, "+" in the source), object (pattern words after
# the verb, lemma form, "&NAME" = a synonym set of the source), cameo (code), plover (type through
# cameo_plover.tsv), source (verb: the verb's own code; pattern: verb + object; family: the family's code).
"""


def clean(word: str) -> str:
    return _DIACRITICS.sub("", word).strip("_ ").replace("_", " ")


def load_crosswalk(path: Path = CROSSWALK) -> dict[str, str]:
    rows = [line.rstrip("\n").split("\t") for line in path.open(encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    return {code: plover for code, plover in rows[1:]}


def plover_of(code: str, crosswalk: dict[str, str]) -> str:
    """The most specific code the crosswalk lists: the code, its three-digit parent, its root (`14` -> `140`)."""
    for key in (code, code[:3], code[:2], code[:2] + "0"):
        if key in crosswalk:
            return crosswalk[key]
    return "-"


def _verb_and_prep(text: str) -> tuple[str, str]:
    verb, _plus, prep = clean(text).partition("+")
    return verb.strip(), prep.replace("+", " ").strip()


def _object(words: str) -> str:
    """Pattern words after the verb: groups and braces dropped, synonym sets kept as &NAME."""
    words = re.sub(r"[(){}]", " ", words)
    return " ".join(clean(w) for w in words.split() if w not in ("-", "+", "$") and clean(w))


def convert(src: Path, crosswalk: dict[str, str]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    family_code = ""
    members: list[str] = []
    in_verbs = False
    for raw in src.open(encoding="utf-8"):
        line = raw.rstrip("\n")
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs or not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _FAMILY.match(line)
        if m:
            family_code, members = m.group(2), []
            continue
        body, _hash, comment = line.partition("#")
        code = _CODE.search(body)
        if line.startswith("-"):
            if not code:
                continue
            pattern = _CODE.sub(" ", body)[1:]
            before, star, after = pattern.partition("*")
            if not star or _object(before):
                continue  # a pattern with words before the verb (its subject) is not used
            obj = _object(after)
            verbs = [v for v in (c.strip() for c in comment.split(",")) if v and "_" not in v] or members
            for v in dict.fromkeys(verbs):
                verb, prep = _verb_and_prep(v)
                rows.append((verb, prep, obj, code.group(1), "pattern"))
            continue
        verb, prep = _verb_and_prep(_CODE.sub(" ", body))
        if not verb:
            continue
        members.append(verb + ("+" + prep if prep else ""))
        if code:
            rows.append((verb, prep, "", code.group(1), "verb"))
        elif family_code.isdigit():
            rows.append((verb, prep, "", family_code, "family"))
    out = []
    for verb, prep, obj, code, source in rows:
        out.append((verb, prep, obj, code, plover_of(code, crosswalk), source))
    return list(dict.fromkeys(out))


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    dst = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    if not src.exists():
        print(f"error: {src} not found", file=sys.stderr)
        return 1
    rows = convert(src, load_crosswalk())
    with dst.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        licence = src.parent / "LICENSE"
        if licence.exists():
            fh.writelines(f"#   {line}".rstrip() + "\n" for line in licence.read_text(encoding="utf-8").splitlines())
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["verb", "prep", "object", "cameo", "plover", "source"])
        w.writerows(rows)
    print(f"{len(rows)} entries -> {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
