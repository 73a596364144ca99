"""A readable Latin rendering of Arabic names the gazetteer does not know (for labels, not for matching)."""

from __future__ import annotations

from kg.text.normalize import norm, orthography

# the Latin letters of each Arabic one (orthography.tsv, class latin); و ي ه read as vowels by position below
_MAP = dict(orthography("latin"))


def _word(word: str) -> str:
    out = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        if ch == "و" and i and prev not in "اوي":
            out.append("u" if i < len(word) - 1 else "o")
        elif ch == "ي" and i and prev not in "اوي":
            out.append("i" if i < len(word) - 1 else "i")
        elif ch == "ه" and i == len(word) - 1 and prev not in "اوي":
            out.append("a")
        else:
            out.append(_MAP.get(ch, ch))
    text = "".join(out).replace("''", "'").strip("'")
    return text[:1].upper() + text[1:] if text else text


def transliterate(name: str) -> str:
    """'كليمنت بون' -> 'Klimnt Bun': rough, but lets an English reader tell names apart."""
    return " ".join(_word(w) for w in norm(name).split())
