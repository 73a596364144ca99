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
        from arabic_name_romanizer.api import Transliterator, default_resources_dir
        from arabic_name_romanizer.inference import OnnxModel
    except Exception:  # noqa: BLE001 - a missing or broken optional model falls back to the rule-based labels
        return None

    def one_thread(folder):
        # the package's default of two ONNX threads made a one-worker build use both cores, so `--workers 2` gained
        # nothing (1.08x at 500 articles); one thread gives the same spellings
        files = ("encoder.onnx", "decoder.onnx", "vocab.json", "meta.json")
        return OnnxModel(folder, intra_op_threads=1) if all((folder / f).exists() for f in files) else None

    try:
        res = default_resources_dir()
        return Transliterator(model=one_thread(res), persian_model=one_thread(res / "persian"),
                              auto_load_model=False).transliterate
    except Exception:  # noqa: BLE001 - the package's own defaults, as a last resort
        from arabic_name_romanizer import transliterate

        return transliterate


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
