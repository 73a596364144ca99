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
