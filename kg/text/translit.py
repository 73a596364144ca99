"""A readable Latin rendering of Arabic names the gazetteer does not know (for labels, not for matching)."""

from __future__ import annotations

from kg.text.normalize import norm

_MAP = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "'", "ؤ": "'", "ئ": "'",
    "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}


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
