"""What the round test files read from a sentence of their own: one dateline, the result, and its actions."""

from kg.pipeline import extract_text

DATELINE = "الأحد 9 مارس 2025\n"


def result(body: str, dateline: str = DATELINE):
    return extract_text(dateline + body, "a.txt")


def actions_by_key(body: str) -> set[tuple[str, str, str | None]]:
    """(actor key, PLOVER type, target key) of every action."""
    return {(a.actor, a.type, a.target) for a in result(body).actions}


def actions_by_label(body: str) -> set[tuple[str, str, str | None]]:
    """(actor's English label, PLOVER type, target's English label) of every action."""
    r = result(body)
    return {(r.entities[a.actor].label_en, a.type, r.entities[a.target].label_en if a.target else None)
            for a in r.actions}


def _guarded(text: str, words: str, etype: str, with_rules: bool):
    from kg.extract import statistical_ner as sn
    from kg.extract.mentions import find_mentions
    from kg.text.analysis import analyse

    a = analyse(text)
    raw = find_mentions(a)[0] if with_rules else []
    toks = a.tokens
    norms = [t.norm for t in toks]
    want = words.split()
    k = next(i for i in range(len(norms)) if norms[i:i + len(want)] == want)
    return toks, sn._Guard(a, raw, sn.MERGED_TYPES)(toks, k, k + len(want), etype)


def guard(text: str, words: str, etype: str = "Person", with_rules: bool = False):
    """The merge guard's verdict on the span of `words` (consecutive normalized tokens) as the model's `etype`;
    `with_rules`: with the rules' mentions of the text known to the guard, as in a build."""
    return _guarded(text, words, etype, with_rules)[1]


def guarded_words(text: str, words: str, etype: str = "Person", with_rules: bool = True) -> str | None:
    """The words of the span the merge guard keeps of `words`, or None when it turns the span down."""
    toks, kept = _guarded(text, words, etype, with_rules)
    return None if kept is None else " ".join(t.norm for t in toks[kept[0]:kept[1]])
