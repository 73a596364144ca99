"""English labels for Arabic names the gazetteer does not know: a readable romanization with vowels.

Arabic spelling leaves out short vowels, so a letter-by-letter transliteration ("عزت الرشق" -> "Zt Alrshq") is not
readable. UNICEF's `arabic-name-romanizer` (MIT, offline: a dictionary of attested Latin spellings of Arabic names,
then a small ONNX model) gives the spelling a name usually has in Latin script ("Izzat al-Rishq"). When the package
cannot be loaded, the rough transliteration of `kg.text.translit` is used. Labels only: entity keys never depend on
it, so the same entity keeps its IRI whichever is installed.

Speed. The package splits a name into units ("عبد الله", "محمد", "الرشق") and asks its dictionary, then its model,
per unit; but it keeps nothing between calls, so the same unit was looked up (and decoded: ~4.5 ms a unit, mostly
ONNX Runtime's fixed cost per decoder step) again in every name that holds it. Here the dictionary lookups and the
model's hypotheses are kept per unit for the process, and units are encoded without padding (_UnpaddedEncoder):
the encoder is a GRU that reads padding, so a padded batch changed a unit's spelling with the length of the other
units of the name; unpadded, a unit's spelling depends on the unit (and its role) alone, wherever it occurs, and
any number of units can be decoded together. `romanize_many` romanizes several names with one model pass over all
their new units; inside `deferred_labels()` romanize() returns marks, filled after one pass for a whole batch of
articles (kg.run.article.build_articles): ~4.5 CPU s of a 500-article build became ~1.2 s, labels unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from difflib import SequenceMatcher
from functools import cache, partial
from typing import Any

from kg.text.normalize import norm
from kg.text.translit import transliterate

_CACHE_MAX = 1 << 17  # names / units kept per process; dropped wholesale when full (a build's run is far below)


class _Memo(dict):
    """A dict that forgets everything when full: bounded memory on endless streams, no per-call bookkeeping."""

    def put(self, key, value):
        if len(self) >= _CACHE_MAX:
            self.clear()
        self[key] = value
        return value


class _CachedIndex:
    """The package's SQLite name index, with lookups kept per key ("محمد" has hundreds of rows to aggregate)."""

    def __init__(self, index) -> None:
        self._index = index
        self._full: _Memo = _Memo()
        self._unit: _Memo = _Memo()

    def lookup_full(self, key: str, country: str | None = None, script: str = "arabic"):
        k = (key, country, script)
        hit = self._full.get(k)
        return hit if hit is not None else self._full.put(k, self._index.lookup_full(key, country, script))

    def lookup_unit(self, key: str, country: str | None = None, role: str | None = None, script: str = "arabic"):
        k = (key, country, role, script)
        hit = self._unit.get(k)
        return hit if hit is not None else self._unit.put(k, self._index.lookup_unit(key, country, role, script))


class _UnpaddedEncoder:
    """The package's ONNX backend with an encoder that never reads padding: the sources of a batch are encoded in
    groups of one length, then their states are padded (the decoder masks padded memory: same scores to the bit)
    so that the decoder still runs once per step for the whole batch."""

    POSITIONAL = {"memory": 0.0, "src_mask": True}  # per-position states and their padding value

    def __init__(self, backend) -> None:
        self._backend = backend
        self.dynamic_state_names = getattr(backend, "dynamic_state_names", None)

    @classmethod
    def fits(cls, backend) -> bool:
        return set(getattr(backend, "state_names", ())) == {*cls.POSITIONAL, "hidden"}

    def encode(self, src: Any, src_mask: Any) -> dict[str, Any]:
        import numpy as np

        lengths = (~src_mask).sum(axis=1)
        if (lengths == src.shape[1]).all():
            return self._backend.encode(src, src_mask)
        state: dict[str, Any] = {}
        for length in np.unique(lengths):
            rows = np.flatnonzero(lengths == length)
            part = self._backend.encode(src[rows, :length], src_mask[rows, :length])
            for name, value in part.items():
                if name not in state:
                    shape = (len(src), src.shape[1], *value.shape[2:]) if name in self.POSITIONAL else \
                        (len(src), *value.shape[1:])
                    state[name] = np.full(shape, self.POSITIONAL.get(name, 0), dtype=value.dtype)
                if name in self.POSITIONAL:
                    state[name][rows, :length] = value
                else:
                    state[name][rows] = value
        return state

    def step(self, prefix: Any, state: dict[str, Any]):
        return self._backend.step(prefix, state)


def beam_search(backend: Any, src_batch: list[list[int]], vocab: Any, beam_width: int, max_len: int,
                length_alpha: float = 1.0) -> list[list[tuple[str, float]]]:
    """arabic_name_romanizer.inference.beam_search (MIT), step for step, except that a unit whose beams have all
    ended leaves the batch: the package runs the decoder on every unit until the longest one ends, half of its
    decoder rows were units already done. A unit's rows get the same inputs, and the decoder reads each row alone,
    so its hypotheses and scores are the package's (tests/text/test_romanize.py compares them bit for bit)."""
    import numpy as np
    from arabic_name_romanizer.inference import pad_batch

    n, k = len(src_batch), beam_width
    pad, bos, eos = vocab.pad_id, vocab.bos_id, vocab.eos_id
    src, src_mask = pad_batch(src_batch, pad)
    encoded = backend.encode(src, src_mask)
    expand = np.repeat(np.arange(n), k)
    state = {name: v[expand] for name, v in encoded.items()}
    dynamic = getattr(backend, "dynamic_state_names", None)
    dynamic = set(state) if dynamic is None else set(dynamic)
    prefix = np.full((n * k, max_len + 1), pad, dtype=np.int64)  # a unit that left keeps PAD, as the package adds
    prefix[:, 0] = bos
    scores = np.zeros((n, k), dtype=np.float64)
    scores[:, 1:] = -np.inf  # only beam 0 is alive at the start
    finished = np.zeros((n, k), dtype=bool)
    lengths = np.zeros((n, k), dtype=np.int64)
    live = np.arange(n)  # units with a beam still going
    rows = np.arange(n * k)
    static = {name: v for name, v in state.items() if name not in dynamic}
    for t in range(max_len):
        if t == 0:
            # a unit's k rows are one row yet (its encoding and BOS): decoded once and repeated, the same outputs
            # (the decoder reads each row alone) for 1/k of the first step's rows
            logprobs, out = backend.step(prefix[::k, :1], encoded)
            logprobs, out = logprobs[expand], {name: out[name][expand] for name in dynamic}
        else:
            feed = {name: (v[rows] if name in dynamic else static[name]) for name, v in state.items()}
            logprobs, out = backend.step(prefix[rows, :t + 1], feed)
        m, v_size = len(live), logprobs.shape[1]
        lp = logprobs.astype(np.float64).reshape(m, k, v_size)
        if t == 0:
            lp[:, :, eos] = -np.inf  # no empty outputs
        fin = finished[live]
        lp = np.where(fin[:, :, None], -np.inf, lp)
        lp[:, :, pad] = np.where(fin, 0.0, -np.inf)  # finished beams continue with PAD at no cost
        flat = (scores[live][:, :, None] + lp).reshape(m, k * v_size)
        top = np.argpartition(-flat, k - 1, axis=1)[:, :k]
        top_scores = np.take_along_axis(flat, top, axis=1)
        order = np.argsort(-top_scores, axis=1, kind="stable")
        top = np.take_along_axis(top, order, axis=1)
        top_scores = np.take_along_axis(top_scores, order, axis=1)
        beam_idx, tok = top // v_size, top % v_size
        local = (np.arange(m)[:, None] * k + beam_idx).reshape(-1)  # the row (of this step's rows) each beam extends
        prefix[rows, :t + 1] = prefix[rows[local], :t + 1]
        prefix[rows, t + 1] = tok.reshape(-1)
        for name in dynamic:
            state[name][rows] = out[name][local]
        was_finished = np.take_along_axis(fin, beam_idx, axis=1)
        lengths[live] = np.take_along_axis(lengths[live], beam_idx, axis=1) + (~was_finished)
        finished[live] = was_finished | (tok == eos)
        scores[live] = top_scores
        going = ~finished[live].all(axis=1)
        if not going.all():
            live = live[going]
            if not len(live):
                break
            rows = (live[:, None] * k + np.arange(k)).reshape(-1)
            static = {name: v[rows] for name, v in state.items() if name not in dynamic}

    results: list[list[tuple[str, float]]] = []
    for i in range(n):
        hyps: list[tuple[str, float]] = []
        seen: set[str] = set()
        for j in range(k):
            if not np.isfinite(scores[i, j]):
                continue
            ids = [x for x in prefix[i * k + j, 1:].tolist() if x != pad]
            text = vocab.decode(ids).strip()
            if not text or text in seen:
                continue
            seen.add(text)
            hyps.append((text, float(scores[i, j]) / max(int(lengths[i, j]), 1) ** length_alpha))
        hyps.sort(key=lambda h: -h[1])
        results.append(hyps)
    return results


def _decode(model, items: list[tuple[str, str | None]], country: str | None) -> list[list[tuple[str, float]]]:
    """OnnxModel._decode of arabic_name_romanizer 0.2 with the beam search above."""
    from arabic_name_romanizer.inference import encode_source_ids
    from arabic_name_romanizer.spelling_prior import rerank

    out: list[list[tuple[str, float]]] = []
    for i in range(0, len(items), model.batch_size):
        chunk = items[i: i + model.batch_size]
        src = [encode_source_ids(model.vocab, u, country, r) for u, r in chunk]
        hyps = beam_search(model.backend, src, model.vocab, model.beam_width, model.max_len, model.length_alpha)
        if model.prior is not None and model.prior_weight > 0:
            hyps = [rerank(h, country, model.prior, model.prior_weight) for h in hyps]
        out += hyps
    return out


_DECODE_ATTRIBUTES = ("vocab", "batch_size", "backend", "beam_width", "max_len", "length_alpha", "prior",
                      "prior_weight")


class _CachedModel:
    """The package's ONNX unit model (its `UnitModel` protocol), with hypotheses kept per (unit, role, country, k)
    and the units it has not seen decoded together, without padding (_UnpaddedEncoder), units leaving the batch as
    they end (beam_search)."""

    def __init__(self, model) -> None:
        if _UnpaddedEncoder.fits(getattr(model, "backend", None)):
            model.backend = _UnpaddedEncoder(model.backend)
            if all(hasattr(model, a) for a in _DECODE_ATTRIBUTES) and hasattr(model, "_decode"):
                model._decode = partial(_decode, model)
        else:  # another version of the package: its own padded batches, one unit at a time to stay unpadded
            model.batch_size = 1
        self._model = model
        self.uses_roles = getattr(model, "uses_roles", True)
        self._hyps: _Memo = _Memo()

    def transliterate_units(self, units: list[str], country: str | None, top_k: int,
                            roles: list[str | None] | None = None) -> list[list[tuple[str, float]]]:
        roles = list(roles) if roles is not None and self.uses_roles else [None] * len(units)
        keys = [(u, r, country, top_k) for u, r in zip(units, roles, strict=True)]
        new = [k for k in dict.fromkeys(keys) if k not in self._hyps]
        if new:
            hyps = self._model.transliterate_units([k[0] for k in new], country, top_k, roles=[k[1] for k in new])
            for key, h in zip(new, hyps, strict=True):
                self._hyps.put(key, h)
        out = [self._hyps.get(k) for k in keys]
        if any(h is None for h in out):  # the memo filled up and was cleared mid-call: decode these again
            return self._model.transliterate_units(units, country, top_k, roles=roles)
        return out


class _LazyModel:
    """A unit model made on first use (its ONNX sessions cost ~0.1 s of every run that never needs it)."""

    def __init__(self, make) -> None:
        self._make = make
        self._model = None

    def __bool__(self) -> bool:
        return True

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if self._model is None:
            self._model = self._make()
        return getattr(self._model, name)


@cache
def _romanizer():
    """The package's Transliterator with the caches above, or None when it cannot be loaded (tests replace this)."""
    try:
        from arabic_name_romanizer.api import Transliterator, default_resources_dir
        from arabic_name_romanizer.inference import OnnxModel
    except Exception:  # noqa: BLE001 - a missing or broken optional model falls back to the rule-based labels
        return None

    def one_thread(folder, lazy=False):
        # the package's default of two ONNX threads made a one-worker build use both cores, so `--workers 2` gained
        # nothing (1.08x at 500 articles); one thread gives the same spellings
        files = ("encoder.onnx", "decoder.onnx", "vocab.json", "meta.json")
        if not all((folder / f).exists() for f in files):
            return None
        if lazy:
            return _LazyModel(lambda: _CachedModel(OnnxModel(folder, intra_op_threads=1)))
        return _CachedModel(OnnxModel(folder, intra_op_threads=1))

    try:
        res = default_resources_dir()
        # the Persian-script model is loaded when a Persian-script name first needs it (most builds never do)
        tr = Transliterator(model=one_thread(res), persian_model=one_thread(res / "persian", lazy=True),
                            auto_load_model=False)
    except Exception:  # noqa: BLE001 - the package's own defaults, as a last resort
        return None
    if tr.index is not None:
        tr.index = _CachedIndex(tr.index)
    return tr


_NAMES: _Memo = _Memo()


def _clean(name: str) -> str:
    return norm(name).strip(' "\'«»')


def _has_letters(text: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in text)


def _label(text: str, out: object) -> str:
    if isinstance(out, str) and out.strip():
        return _checked(text, " ".join(out.split()))
    return transliterate(text)


# The model's dictionary and decoder sometimes answer with another name ("سلطان" -> "Al-Sharji") or loop
# ("بينيتث" -> "Binittettette"): a word whose consonants do not follow the Arabic's is replaced by the next
# candidate that does, else by the rule-based spelling.
_AR_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s",
    "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "h", "ع": None, "ا": None, "أ": None, "إ": None, "آ": None, "ء": None, "ؤ": None, "ئ": None,
    "ى": None, "ة": None, "و": None, "ي": None})
_LATIN_DIGRAPHS = (("sh", "s"), ("th", "t"), ("dh", "d"), ("kh", "k"), ("gh", "k"), ("ph", "f"), ("ch", "s"),
                   ("q", "k"), ("c", "k"), ("g", "k"), ("j", "k"), ("x", "ks"), ("v", "f"), ("p", "b"))
_AGREEMENT = 0.4  # of the consonants; q, k, g and j as one (the Gulf's «قرقاش» is Gargash)
# what the skeletons keep and drop, as one regex and one table (not a generator per character of every new label)
_NOT_ASCII_LETTER = re.compile("[^A-Za-z]")  # c.isascii() and c.isalpha() is A-Z, a-z
_LATIN_VOWELS = str.maketrans(dict.fromkeys("aeiouyw"))


def _skeleton_ar(word: str) -> str:
    word = word[2:] if word.startswith("ال") and len(word) > 3 else word
    skel = _NOT_ASCII_LETTER.sub("", word.translate(_AR_CONSONANTS))
    return skel.replace("j", "k").replace("g", "k")


def _skeleton_latin(word: str) -> str:
    w = _NOT_ASCII_LETTER.sub("", unicodedata.normalize("NFKD", word.lower()))
    w = w[2:] if w.startswith("al") and len(w) > 4 and word[2:3] in ("-", "'") else w
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b)
    return w.translate(_LATIN_VOWELS)


def _loops(a: str, b: str) -> bool:
    """A decoder that loops writes far more consonants than the name has ("Binittettette")."""
    return len(b) > len(a) + 2 and len(b) > 1.5 * len(a)


def _agrees(arabic: str, latin: str, bar: float = _AGREEMENT) -> bool:
    a, b = _skeleton_ar(arabic), _skeleton_latin(latin)
    if not a or not b:
        return True  # nothing to compare (a vowel-only word, a foreign script)
    return not _loops(a, b) and (a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= bar)


def _checked(text: str, label: str) -> str:
    whole_a, whole_b = _skeleton_ar(text.replace(" ", "")), _skeleton_latin(label.replace(" ", ""))
    if not whole_a or not whole_b or whole_a == whole_b or \
            SequenceMatcher(None, whole_a, whole_b, autojunk=False).ratio() >= 0.85:  # (the same: a ratio of 1)
        return label
    words, latin = text.split(), label.split()
    if len(words) != len(latin):  # no word-for-word reading: only a loop is told apart
        return transliterate(text) if _loops(whole_a, whole_b) else label
    tr = _romanizer()
    for k, (w, lw) in enumerate(zip(words, latin, strict=True)):
        if _agrees(w, lw):
            continue
        try:
            cands = [c.text for c in tr.transliterate(w, top_k=5)] if tr is not None else []
        except Exception:  # noqa: BLE001 - any failure of the model: the rule-based spelling
            cands = []
        latin[k] = next((c for c in cands if " " not in c.strip() and "-" not in c.strip()[3:] and
                         _agrees(w, c, 0.6)), transliterate(w))
    return " ".join(latin)


def romanize(name: str) -> str:
    """'عزت الرشق' -> 'Izzat al-Rishq'; '' for a name without letters."""
    hit = _NAMES.get(name)
    if hit is not None:
        return hit
    text = _clean(name)
    if not _has_letters(text):
        return _NAMES.put(name, text)
    if _DEFERRED is not None:
        return _DEFERRED.mark(name)
    tr = _romanizer()
    out = None
    if tr is not None:
        try:
            out = tr.transliterate(text)
        except Exception:  # noqa: BLE001 - any failure of the model on odd input: the rule-based label
            out = None
    return _NAMES.put(name, _label(text, out))


romanize.cache_clear = _NAMES.clear  # type: ignore[attr-defined]  # as with functools' caches


def romanize_many(names: Iterable[str]) -> list[str]:
    """romanize() of each name, with one model pass over the units of all the names not seen before."""
    names = list(names)
    if _DEFERRED is not None:
        return [romanize(n) for n in names]
    todo = [n for n in dict.fromkeys(names) if n not in _NAMES]
    texts = {n: _clean(n) for n in todo}
    todo = [n for n in todo if _has_letters(texts[n])]
    tr = _romanizer()
    if tr is not None and len(todo) > 1:
        try:
            outs: Sequence[object] = tr.transliterate_many([texts[n] for n in todo])
        except Exception:  # noqa: BLE001 - one odd name must not cost the others: one at a time below
            outs = []
        for n, out in zip(todo, outs, strict=False):
            _NAMES.put(n, _label(texts[n], out))
    return [romanize(n) for n in names]


class Deferred:
    """Labels promised during deferred_labels(): romanize() hands out a mark for each name it has not seen, and
    the marks are filled after one model pass over all the names (a batch of articles: ~4x fewer decoder runs than
    one pass per article). A label's spelling does not depend on the names decoded with it, so the filled text is
    the text romanize() would have returned at once."""

    _MARK = re.compile("\ue000(\\d+)\ue001")

    def __init__(self) -> None:
        self.names: dict[str, str] = {}  # name -> its mark

    def mark(self, name: str) -> str:
        found = self.names.get(name)
        if found is None:
            found = self.names[name] = f"\ue000{len(self.names)}\ue001"
        return found

    def resolve(self, texts: Iterable[str | None] | None = None) -> None:
        """Romanize every name marked, or only those whose mark is in `texts` (the labels that will be written: a
        name proposed and then dropped needs no decoding). Call it after deferred_labels() has ended."""
        if texts is None:
            romanize_many(list(self.names))
            return
        names = list(self.names)
        wanted = {int(i) for t in texts if t and "\ue000" in t for i in self._MARK.findall(t)}
        romanize_many([names[i] for i in sorted(wanted)])

    def fill(self, text: str | None) -> str | None:
        """`text` with each mark replaced by its label (resolve() first)."""
        if not text or "\ue000" not in text:
            return text
        names = list(self.names)
        return self._MARK.sub(lambda m: romanize(names[int(m.group(1))]), text)

    @staticmethod
    def left_in(text: str) -> bool:
        """A mark that fill() did not reach (code that cut or changed a label before it was filled), in text or in
        the repr() of objects holding text (which writes the private-use characters as escapes)."""
        return any(c in text for c in ("\ue000", "\ue001", "\\ue000", "\\ue001"))


_DEFERRED: Deferred | None = None


@contextmanager
def deferred_labels() -> Iterator[Deferred]:
    """Within the block, romanize() of a name not seen before returns a mark, filled by Deferred.fill after
    Deferred.resolve(). Labels only: nothing but text that is written out may hold a mark."""
    global _DEFERRED
    outer, _DEFERRED = _DEFERRED, Deferred()
    try:
        yield _DEFERRED
    finally:
        _DEFERRED = outer
