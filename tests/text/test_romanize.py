"""kg.text.romanize: a name's label does not depend on the names romanized with it or before it."""

import pytest

from kg.text import romanize as rom
from kg.text.romanize import romanize, romanize_many

NAMES = ["سامر القباني", "عزت الرشق", "محمد بن سلمان الدوسري", "القباني", "وليد الزهراوي", "ميسم نحلاوي"]


@pytest.fixture()
def model():
    if rom._romanizer() is None:
        pytest.skip("arabic-name-romanizer is not installed: rule-based labels")
    rom.romanize.cache_clear()
    yield rom._romanizer()
    rom.romanize.cache_clear()


def test_one_batch_gives_the_labels_of_one_name_at_a_time(model):
    alone = []
    for name in NAMES:
        rom.romanize.cache_clear()
        alone.append(romanize(name))
    rom.romanize.cache_clear()
    assert romanize_many(NAMES) == alone
    assert romanize_many(list(reversed(NAMES))) == list(reversed(alone))
    assert all(label and label.isascii() for label in alone)


def test_a_unit_is_spelled_the_same_beside_a_short_or_a_long_unit(model):
    # the model's encoder reads padding: in a padded batch "الصمعاني" lost its article next to a long unit
    alone = romanize("فهد الصمعاني").split()[-1]
    model.model._hyps.clear()
    beside_long = romanize("عبدالرحمنالمستشاريني الصمعاني").split()[-1]
    assert alone == beside_long


def test_names_without_letters_and_repeats():
    assert romanize_many(["", "123", "«»", "123"]) == ["", "123", "", "123"]


def test_deferred_labels_are_filled_with_the_labels_made_at_once(model):
    from kg.text.romanize import deferred_labels

    names = ["جوزيف بوخنسكي", "حزب الفجر", "فهد الصمعاني"]
    at_once = [romanize(n) for n in names]
    rom.romanize.cache_clear()
    model.model._hyps.clear()
    with deferred_labels() as labels:
        marks = [romanize(n) for n in names]
        party = f"{romanize(names[1])} Party"
    assert all(labels.left_in(m) for m in marks) and marks[1] in party
    assert romanize("123") == "123"  # no letters: no mark, and no mark outside the block
    labels.resolve()
    assert [labels.fill(m) for m in marks] == at_once
    assert labels.fill(party) == f"{at_once[1]} Party"
    assert labels.fill(None) is None


def test_a_streamed_batch_has_the_labels_of_articles_built_one_by_one(model, tmp_path):
    from kg.pipeline import extract_text
    from kg.run.stream import process_articles

    texts = ["وقال المتحدث عزت الرشق إن اللقاء كان مثمرا.", "وأوقفت الشرطة جوزيف بوخنسكي أمس في وارسو.",
             "وقال حزب الفجر في بيان إنه يرفض القرار."]
    paths = []
    for i, text in enumerate(texts):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    one_by_one = {e.key: e.label_en for i, text in enumerate(texts)
                  for e in extract_text(text, f"a{i}.txt").entities.values()}
    rom.romanize.cache_clear()
    model.model._hyps.clear()
    outputs = process_articles(paths)
    streamed = {e.key: e.label_en for out in outputs for e in out.entities}
    assert streamed == one_by_one
    assert not any("\ue000" in out.nquads.decode() for out in outputs)
