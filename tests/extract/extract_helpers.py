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


def guard(text: str, words: str, etype: str = "Person"):
    """The merge guard's verdict on the span of `words` (consecutive normalized tokens) as the model's `etype`."""
    from kg.extract import statistical_ner as sn
    from kg.text.analysis import analyse

    a = analyse(text)
    toks = a.sentences[0].tokens
    norms = [t.norm for t in toks]
    want = words.split()
    k = next(i for i in range(len(norms)) if norms[i:i + len(want)] == want)
    return sn._Guard(a, [], sn.MERGED_TYPES)(toks, k, k + len(want), etype)
