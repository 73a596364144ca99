"""English labels for Arabic names the gazetteer does not know: a readable romanization with vowels.

Arabic spelling leaves out short vowels, so a letter-by-letter transliteration ("عزت الرشق" -> "Zt Alrshq") is not
readable. UNICEF's `arabic-name-romanizer` (MIT, offline: a dictionary of attested Latin spellings of Arabic names,
then a small ONNX model) gives the spelling a name usually has in Latin script ("Izzat al-Rishq"). When the package
cannot be loaded, the rough transliteration of `kg.text.translit` is used. Labels only: entity keys never depend on
it, so the same entity keeps its IRI whichever is installed.
"""

from __future__ import annotations

from functools import cache, lru_cache

from kg.text.normalize import norm
from kg.text.translit import transliterate


@cache
def _romanizer():
    try:
        from arabic_name_romanizer import transliterate as romanizer
    except Exception:  # noqa: BLE001 - a missing or broken optional model falls back to the rule-based labels
        return None
    return romanizer


@lru_cache(maxsize=65536)
def romanize(name: str) -> str:
    """'عزت الرشق' -> 'Izzat al-Rishq'; '' for a name without letters."""
    text = norm(name).strip(' "\'«»')
    if not any("\u0621" <= c <= "\u064a" for c in text):
        return text
    romanizer = _romanizer()
    if romanizer is not None:
        try:
            out = romanizer(text)
        except Exception:  # noqa: BLE001 - any failure of the model on odd input: the rule-based label
            out = None
        if isinstance(out, str) and out.strip():
            return " ".join(out.split())
    return transliterate(text)
