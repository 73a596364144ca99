"""Issue #11: Arabic word lists live in kg/data, not in code. Every Arabic string literal of the package
(docstrings aside) must be grammar (GRAMMAR of scripts/count_arabic_literals.py: a clitic, an affix or a letter
class), never a word. A new word list in one of these files fails here: put it in a word-class file
(kg/data/lexicon/*_words.tsv, read with kg.lexicon.words) instead."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("count_arabic_literals", ROOT / "scripts" / "count_arabic_literals.py")
counter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(counter)


def _checked() -> list[Path]:
    return sorted((ROOT / "kg").rglob("*.py"))


def test_the_counter_sees_lists_and_skips_docstrings():
    source = '"""«في» and «من» in prose."""\nX = {"مدينه", "قريه"}\nY = "ال"\n'
    found, docs = counter.arabic_literals(source)
    assert [v for _line, v in found] == ["مدينه", "قريه", "ال"] and docs == 1
    assert [counter.words_in(v) for _line, v in found] == [["مدينه"], ["قريه"], []]


def test_no_arabic_word_list_in_extractor_code():
    words = {}
    for path in _checked():
        found, _docs = counter.arabic_literals(path.read_text(encoding="utf-8"))
        bad = sorted({run for _line, value in found for run in counter.words_in(value)})
        if bad:
            words[path.relative_to(ROOT).as_posix()] = bad
    assert not words, f"Arabic words in code (move them to kg/data/lexicon/*_words.tsv): {words}"
