"""Round 20 of the names (#12). Sentences of our own."""

from __future__ import annotations

from kg.pipeline import extract_text


def _persons(text: str) -> set[str]:
    r = extract_text(text, "t.txt")
    return {m.text for m in r.mentions if r.entities[m.entity].type == "Person"}


def test_a_name_ends_before_a_preposition_a_noun_and_his_pronoun():
    persons = _persons("وتأهل الروسي دميتري تورسونوف بفوزه على الإسباني كارلوس مويا 7 - 6 في الدور الثاني.")
    assert "دميتري تورسونوف" in persons and not any("بفوزه" in p for p in persons)
    persons = _persons("وجاء تقديم الأمير فهد بن خالد لاستقالته من رئاسة النادي متوقعا.")
    assert "فهد بن خالد" in persons and not any("لاستقالته" in p for p in persons)
