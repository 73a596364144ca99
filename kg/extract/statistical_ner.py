"""A small statistical NER (spaCy, trained on NewsFANE Gold by scripts/train_ner.py) that fills in names kg's rules
and gazetteer do not list.

The model never sees spaCy's tokenizer: training and inference both hand it kg's own tokens (kg.text.analysis) as
normalized words (`doc_words`), so a name is segmented the same way in the corpus and in an article. NewsFANE
writes some proclitics as separate tokens; the training script glues them back onto their words, as news is
written, before kg tokenizes the text, so the model learns on running words ("وسوريا") like the ones it meets.

The model is loaded lazily, once per process; when it is absent (or spaCy cannot load it) kg runs on its rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from kg.model import Token
from kg.text.normalize import skeleton

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "ner_newsfane"
TYPES = ("Person", "State", "Organization", "Place", "Group")


def doc_words(tokens: Sequence[Token]) -> tuple[list[str], list[bool]]:
    """The words (kg's normalized token forms) and trailing-space flags the model reads for these tokens."""
    words = [t.norm for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].span.begin > t.span.end for i, t in enumerate(tokens)]
    return words, spaces


# The article (with a conjunction or preposition in front) comes off a word for the model's stem feature (LEMMA):
# "والرياض", "بالرياض", "الرياض" share "رياض".
_ARTICLE = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")


def stem(word: str) -> str:
    for p in _ARTICLE:
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    return word


def make_doc(vocab, words: list[str], spaces: list[bool]):
    """The spaCy Doc the model reads (training and inference alike): kg's normalized words, their stems as lemmas."""
    from spacy.tokens import Doc

    return Doc(vocab, words=words, spaces=spaces, lemmas=[stem(w) for w in words])


def model_available(path: Path = MODEL_DIR) -> bool:
    return (path / "config.cfg").is_file() and (path / "ner").is_dir()


@cache
def _load(path: str):
    import spacy

    try:
        return spacy.load(path)
    except (OSError, ValueError):  # a damaged or incompatible model: run on the rules
        return None


def load_model(path: Path = MODEL_DIR):
    """The spaCy pipeline, loaded once per process; None when the model is not installed."""
    return _load(str(path)) if model_available(path) else None


def predict(sentences: Sequence[Sequence[Token]], path: Path = MODEL_DIR) -> list[list[tuple[int, int, str]]]:
    """(first token, end token, type) spans the model finds in each sentence, token indices within the sentence."""
    nlp = load_model(path)
    if nlp is None:
        return [[] for _ in sentences]
    docs = [make_doc(nlp.vocab, *doc_words(toks)) for toks in sentences]
    out = []
    for doc in nlp.pipe(docs, batch_size=64):
        out.append([(e.start, e.end, e.label_) for e in doc.ents if e.label_ in TYPES])
    return out


# ------------------------------------------------------------------------------------------------ merging
# Types the merge adds (see README: the model's Group and State spans cost precision on real news, where the
# rules already know every state and the guideline's collective actors differ from NewsFANE's Group class).
MERGED_TYPES = frozenset({"Person", "Organization", "Place"})


def merge_model_mentions(analysis, raw: list, skip: Sequence = (), types: frozenset[str] = MERGED_TYPES,
                         path: Path = MODEL_DIR) -> list:
    """Add the model's names where none of the rule mentions overlaps them, after the precision guards; nothing in
    the `skip` spans (site boilerplate)."""
    from kg.text.camel import merge_ner_spans

    found = predict([s.tokens for s in analysis.sentences], path)
    if not any(found):
        return raw
    guard = _Guard(analysis, raw, types, skip)
    guard.add_surnames(s.tokens[b:e] for s, spans in zip(analysis.sentences, found, strict=True)
                       for b, e, t in spans if t == "Person" and e - b > 1)
    return merge_ner_spans(analysis, raw, found, "model", accept=guard)


class _Guard:
    """Vetoes and trims the model's spans (a wrong name costs more than a missing one):

    - function words, titles and other lexicon words at either end are trimmed off ("على X", "المعارض X");
    - a single word is kept only as the surname of a person the article names in full (by the rules or the model):
      alone, the model's single words are mostly common nouns of news text it never saw ("هدوء", "معسكر");
    - an organization's name goes on only with definite words ("مجلس الشعب", "حزب العدالة والتنمية"), so a verb
      or the next phrase does not join it ("الحزب يشعر");
    - no piece of a name the gazetteer knows longer ("فرانس" of "فرانس برس");
    - nothing in site boilerplate; only the types in `types`;
    - a proclitic on the first word is split off when the article also writes the word without it ("وجوتشولك")
      or the word is a listed given name, always before the article ("والزقازيق")."""

    def __init__(self, analysis, raw: list, types: frozenset[str], skip: Sequence = ()):
        from kg.extract.mentions import _given_names, _stopwords
        from kg.lexicon import gazetteer, lexicons, match_key

        self.types = types
        self.skip = list(skip)
        self.gaz = gazetteer()
        self.lex = lexicons()
        self.stop = _stopwords()
        self.given = _given_names()
        self.keys = [match_key(t.norm) for t in analysis.tokens]
        self.words = {t.norm for t in analysis.tokens}
        self.offset = {id(t): i for i, t in enumerate(analysis.tokens)}
        self.surnames = {skeleton(m.name[-1]) for m in raw if m.type == "Person" and len(m.name) > 1}

    def add_surnames(self, names) -> None:
        for toks in names:
            if self._wordlike(toks[-1].norm):
                self.surnames.add(skeleton(toks[-1].norm))

    def __call__(self, toks, b: int, e: int, etype: str) -> tuple[int, int, str, str] | None:
        if etype not in self.types:
            return None
        person = etype == "Person"
        while b < e and not self._name_word(toks[b], person):
            b += 1
        while e > b and not self._name_word(toks[e - 1], person):
            e -= 1
        if etype == "Organization":
            k = b + 1
            while k < e and toks[k].norm.startswith(("ال", "وال", "لل")):
                k += 1
            e = k
        if b >= e or any(toks[b].span.begin < s.end and s.begin < toks[e - 1].span.end for s in self.skip):
            return None
        g = self.offset[id(toks[b])]
        if self._fragment(g, g + e - b):
            return None
        prefix, stem = self._prefix(toks[b].norm)
        if e - b == 1 and not (etype == "Person" and skeleton(stem) in self.surnames):
            return None
        return b, e, prefix, stem

    @staticmethod
    def _wordlike(word: str) -> bool:
        return len(word) >= 2 and all("\u0621" <= c <= "\u064a" for c in word)

    def _name_word(self, tok, person: bool) -> bool:
        """A word that can begin or end a name: Arabic letters, not a function word; for a person also not a
        title, institution, collective or nationality adjective (an organization's name may well begin with
        "حزب" or end with "السوري")."""
        word = tok.norm
        if not self._wordlike(word):
            return False
        if word in self.stop and not (word in self.given and not tok.text.endswith("ى")):
            return False  # "علي" the name stays, "على" the preposition goes
        if not person:
            return True
        for _p, stem in [("", word), *self._variants(word)]:
            bare = stem[2:] if stem.startswith("ال") else stem
            if bare in self.gaz.nisba or stem in self.gaz.nisba:
                return False
            for index in (self.lex.titles, self.lex.institutions, self.lex.groups, self.lex.force_nouns,
                          self.lex.speech):
                if index.match([stem], 0, clitics=False) or index.match([bare], 0, clitics=False):
                    return False
        return True

    @staticmethod
    def _variants(word: str) -> list[tuple[str, str]]:
        from kg.lexicon import clitic_variants

        return [(p, s) for p, s in clitic_variants(word)[1:] if s.startswith("ال")]

    def _fragment(self, b: int, e: int) -> bool:
        """True when a known name (gazetteer) overlaps the span without matching it: the span is a piece of it,
        or reaches into it."""
        for s in range(max(0, b - 3), e):
            hit = self.gaz.names.match(self.keys, s)
            if hit and s + hit[0] > b and (s, s + hit[0]) != (b, e):
                return True
        return False

    def _prefix(self, word: str) -> tuple[str, str]:
        """(proclitic letters not part of the name, the name's first word)."""
        from kg.lexicon import clitic_variants

        for p, stem in clitic_variants(word)[1:]:
            if stem.startswith("ال") and p.endswith(("ال", "لل")):  # "والرياض", "للامم": clearly a clitic
                return p[:-2] if p.endswith("ال") else p[:-1], stem
            if stem in self.words or stem in self.given:
                return p, stem  # "وجوتشولك" where the article also writes "جوتشولك"
        return "", word
