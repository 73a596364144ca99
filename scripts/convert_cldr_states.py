"""Merge CLDR's Arabic country names (through Babel, which ships CLDR offline) into kg/data/gazetteer/states.tsv.

Rerun after upgrading Babel: `python scripts/convert_cldr_states.py`. Existing rows keep their key, English label,
Wikidata id, nisba adjectives, demonyms and capital; CLDR's Arabic name is added to `names_ar` when the row does not
already carry it. Dependent territories (Greenland, Puerto Rico ...) are not political actors and are not added.
Prints what changed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

from kg.text.normalize import norm

STATES = Path(__file__).resolve().parents[1] / "kg" / "data" / "gazetteer" / "states.tsv"

# English labels of states.tsv that CLDR spells another way (CLDR's English name or region code)
ALIASES = {
    "Antigua and Barbuda": "AG", "Bosnia and Herzegovina": "BA", "Republic of the Congo": "CG",
    "Democratic Republic of the Congo": "CD", "Côte d'Ivoire": "CI", "Czech Republic": "CZ", "East Timor": "TL",
    "Myanmar": "MM", "Saint Kitts and Nevis": "KN", "Saint Lucia": "LC", "Saint Vincent and the Grenadines": "VC",
    "São Tomé and Príncipe": "ST", "Trinidad and Tobago": "TT", "Turkey": "TR", "Palestine": "PS",
}
# CLDR names that are a description rather than the name news uses for the state's political actor
SKIP_NAMES = {"PS": "الأراضي الفلسطينية"}


def _usable(name: str) -> bool:
    # "ميانمار (بورما)", "الكونغو - كينشاسا", "تيمور - ليشتي": CLDR's disambiguated forms are not how news
    # writes the name, and their short part ("الكونغو") would name two states
    return "(" not in name and " - " not in name


def _plain(name: str) -> str:
    return norm(name)


def region_code(label_en: str, by_english: dict[str, str]) -> str | None:
    return ALIASES.get(label_en) or by_english.get(label_en.lower())


def main() -> int:
    en, ar = Locale("en"), Locale("ar")
    by_english = {name.lower(): code for code, name in en.territories.items() if len(code) == 2}
    with open(STATES, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    header = lines[0].split("\t")
    out, added = [lines[0]], 0
    for line in lines[1:]:
        if not line:
            out.append(line)
            continue
        row = dict(zip(header, line.split("\t"), strict=True))
        code = region_code(row["label_en"], by_english)
        if code and code in ar.territories:
            name = ar.territories[code]
            names = [n for n in row["names_ar"].split("|") if n]
            if _usable(name) and _plain(name) not in {_plain(n) for n in names} and SKIP_NAMES.get(code) != name:
                row["names_ar"] = "|".join([*names, name])
                added += 1
                print(f"{row['key']}: + {name}")
        elif not code:
            print(f"{row['key']}: no CLDR region (historical or unrecognized)", file=sys.stderr)
        out.append("\t".join(row[h] for h in header))
    STATES.write_text("\n".join(out), encoding="utf-8")
    print(f"{added} Arabic names added from CLDR")
    return 0


if __name__ == "__main__":
    sys.exit(main())
