"""One record per token spelling (match key) holding what several extractors derive from the spelling alone: an
article's tokens are looked up once in one memo, and each extractor reads its field from the records.

Each of those facts was kept in a memo of its own (up to 2**18 spellings each), and reading four or five of them
for every token of every article cost more than the tests they saved: the lookups in large dicts miss the CPU's
caches, while an article's few hundred records stay in them after the first pass. A field is filled the first time
an extractor asks it of a spelling; the records hold for the lexicons and the gazetteer they were made with
(`records` starts again when either object changes) and are dropped wholesale at 2**18 spellings.
"""

from __future__ import annotations

from kg.positions import positions_of

UNKNOWN = object()  # a field not asked yet (None is an answer)
_SIZE = 1 << 18
_LISTS = 4  # the keys lists of the articles in work (an article's extractors share one: kg.lexicon.token_keys)


class Spelling:
    """The facts of one spelling, each UNKNOWN until asked: `nisba` (kg.extract.mentions._nisba_of), `sport`
    (shared.word_of of the sport words), `mask` (mentions._spelling_mask of the key as written: only for a
    token whose normalized form is its key), `opens` (kg.extract.figures: a figure may open there), `weekday`
    (kg.extract.dates._weekday_of), `may_trigger` (kg.extract.actions: _may_trigger_spelled), `object_verb`
    (kg.extract.statements: _with_object_pronoun), `yeh` (mentions: the key reads as a name written with ي)."""

    __slots__ = ("mask", "may_trigger", "nisba", "object_verb", "opens", "sport", "weekday", "yeh")

    def __init__(self) -> None:
        self.mask = self.may_trigger = self.nisba = self.object_verb = self.opens = self.sport = self.weekday = \
            self.yeh = UNKNOWN


# what the records were made for (the lexicons, the gazetteer, and the generations of the two indexes whose
# additions change an answer: actions and speech), and key -> its record
_STORE: list = [None, {}]
# id(keys) -> (keys, its length, the store's dict it was read from, its records)
_HELD: dict[int, tuple[list[str], int, dict, list[Spelling]]] = {}


def owners() -> tuple[object, object]:
    """The lexicons and the gazetteer the records hold for (an extractor with others keeps its own memos)."""
    from kg.lexicon import gazetteer, lexicons

    return lexicons(), gazetteer()


def records(keys: list[str]) -> list[Spelling]:
    """The record of each token key, made once per keys list (kept for the last few lists: do not change a list
    after asking) and read from the memo in one pass."""
    lex, gaz = owners()
    made_for = _STORE[0]
    if made_for is None or made_for[0] is not lex or made_for[1] is not gaz or \
            made_for[2] != lex.actions._generation or made_for[3] != lex.speech._generation or \
            len(_STORE[1]) >= _SIZE:
        _STORE[:] = [(lex, gaz, lex.actions._generation, lex.speech._generation), {}]
        _HELD.clear()
    memo: dict[str, Spelling] = _STORE[1]
    held = _HELD.get(id(keys))
    if held is not None and held[0] is keys and held[1] == len(keys) and held[2] is memo:
        return held[3]
    out: list = list(map(memo.get, keys))
    for i in positions_of(out, None):
        key = keys[i]
        rec = memo.get(key)
        if rec is None:
            rec = memo[key] = Spelling()
        out[i] = rec
    if len(_HELD) >= _LISTS:
        del _HELD[next(iter(_HELD))]
    _HELD[id(keys)] = (keys, len(keys), memo, out)
    return out
