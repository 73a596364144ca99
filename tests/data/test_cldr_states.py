"""states.tsv carries CLDR's Arabic name of every state CLDR knows (scripts/convert_cldr_states.py)."""

import importlib.util
import sys
from pathlib import Path

import pytest

from kg.lexicon import gazetteer
from kg.text.normalize import norm

pytest.importorskip("babel")
ROOT = Path(__file__).resolve().parents[2]


def _converter():
    spec = importlib.util.spec_from_file_location("convert_cldr_states", ROOT / "scripts" / "convert_cldr_states.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["convert_cldr_states"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_state_with_a_cldr_region_carries_cldr_arabic_name():
    from babel import Locale

    conv = _converter()
    en, ar = Locale("en"), Locale("ar")
    by_english = {n.lower(): c for c, n in en.territories.items() if len(c) == 2}
    gaz = gazetteer()
    checked = 0
    for key, row in gaz.rows.items():
        if row["type"] != "State":
            continue
        code = conv.region_code(row["label_en"], by_english)
        if not code:
            continue
        name = ar.territories[code]
        if conv._usable(name) and conv.SKIP_NAMES.get(code) != name:
            assert norm(name) in {norm(n) for n in row["names"]}, (key, name)
            checked += 1
    assert checked > 180


def test_a_cldr_spelling_is_recognized_as_the_state():
    from kg.pipeline import extract_text

    r = extract_text("وقال وزير خارجية الدانمرك إن بلاده ستستقبل اللاجئين.", "t.txt")
    assert "denmark" in r.entities
