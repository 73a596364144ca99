"""A small statistical NER (spaCy, trained on NewsFANE Gold by scripts/train_ner.py) that fills in names kg's rules
and gazetteer do not list.

The model never sees spaCy's tokenizer: training and inference both hand it kg's own tokens (kg.text.analysis) as
normalized words (`doc_words`), so a name is segmented the same way in the corpus and in an article. NewsFANE
writes some proclitics as separate tokens; the training script glues them back onto their words, as news is
written, before kg tokenizes the text, so the model learns on running words ("وسوريا") like the ones it meets.

The model is loaded lazily, once per process; when it is absent (or spaCy cannot load it) kg runs on its rules.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from kg.model import Token
from kg.text.normalize import norm, orthography, skeleton


@cache
def _words(cls: str, fname: str = "ner_words.tsv") -> tuple[str, ...]:
    """One word class of the merge guard (kg/data/lexicon/ner_words.tsv), normalized."""
    from kg.lexicon import words

    return tuple(words(fname, cls))

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "models" / "ner_newsfane"
TYPES = ("Person", "State", "Organization", "Place", "Group")


def doc_words(tokens: Sequence[Token]) -> tuple[list[str], list[bool]]:
    """The words (kg's normalized token forms) and trailing-space flags the model reads for these tokens."""
    words = [t.norm for t in tokens]
    spaces = [i + 1 < len(tokens) and tokens[i + 1].span.begin > t.span.end for i, t in enumerate(tokens)]
    return words, spaces


# The article (with a conjunction or preposition in front) comes off a word for the model's stem feature (LEMMA):
# "والرياض", "بالرياض", "الرياض" share "رياض".
@cache
def _article_prefixes() -> tuple[str, ...]:
    """The article with a proclitic in front (clitics.tsv, longest first), then the article alone."""
    from kg.lexicon import DATA, read_tsv

    return (*(r["form"] for r in read_tsv(DATA / "lexicon" / "clitics.tsv") if r["class"] == "article_proclitic"),
            "ال")


def stem(word: str) -> str:
    for p in _article_prefixes():
        if word.startswith(p) and len(word) - len(p) >= 2:
            return word[len(p):]
    return word


def make_doc(vocab, words: list[str], spaces: list[bool], feats: Sequence[tuple[str, str]] | None = None):
    """The spaCy Doc the model reads (training and inference alike): kg's normalized words, their stems as lemmas;
    with `feats` (see `token_features`) the rules' label of each token as its TAG and the inner label and lexicon
    classes as its MORPH."""
    from spacy.tokens import Doc

    if feats is None:
        return Doc(vocab, words=words, spaces=spaces, lemmas=[stem(w) for w in words])
    return Doc(vocab, words=words, spaces=spaces, lemmas=[stem(w) for w in words], tags=[f[0] for f in feats],
               morphs=[f[1] for f in feats])


# ------------------------------------------------------------------------------------------------ rule features
# A model trained with "rules" among its features (meta.json "kg_features") reads, besides each word, what kg's rules
# and gazetteer made of it: the outermost rule mention over the token (B/I, type, kind: "B-State-gazetteer") as its
# TAG, the innermost one and the token's lexicon classes as its MORPH ("In=I_Person_person|Lx=gt"). The model then
# learns where NewsFANE's conventions part from the rules' (a capital tagged as a place, an institution with its
# nisba) and keeps what the rules know that it never saw.
def _label(m, k: int) -> str:
    return f"{'B' if k == m.first else 'I'}-{m.type}-{m.kind}"


@cache
def _lexicon_sets():
    from kg.extract.recognizers.shared import _given_names, _name_heads, _stopwords
    from kg.lexicon import gazetteer, lexicons

    lex = lexicons()
    heads = set(_name_heads()) | {k[0] for k in lex.institutions.entries}
    return _given_names(), gazetteer().nisba, lex.titles, heads, _stopwords()


def _lexicon_class(word: str) -> str:
    from kg.lexicon import clitic_variants, match_key

    given, nisba, titles, heads, stop = _lexicon_sets()
    flags = set()
    if word in stop:
        flags.add("s")
    for _p, s in clitic_variants(word):
        bare = s[2:] if s.startswith("ال") else s
        if s in given:
            flags.add("g")
        if match_key(s) in nisba or match_key(bare) in nisba:
            flags.add("n")
        if titles.match([s], 0, clitics=False) or titles.match([bare], 0, clitics=False):
            flags.add("t")
        if s in heads or bare in heads:
            flags.add("h")
    return "".join(sorted(flags)) or "none"


def token_features(analysis, raw: Sequence) -> list[list[tuple[str, str]]]:
    """Per sentence, per token: (TAG, MORPH) strings of the rule features (see above)."""
    n = len(analysis.tokens)
    outer: list = [None] * n
    inner: list = [None] * n
    for m in raw:
        for k in range(m.first, min(m.last, n)):
            o, i = outer[k], inner[k]
            if o is None or m.last - m.first > o.last - o.first:
                outer[k] = m
            if i is None or m.last - m.first < i.last - i.first:
                inner[k] = m
    out = []
    base = 0
    for sent in analysis.sentences:
        row = []
        for j, tok in enumerate(sent.tokens):
            k = base + j
            tag = _label(outer[k], k) if outer[k] is not None else "O"
            inn = _label(inner[k], k).replace("-", "_") if inner[k] is not None else "O"
            row.append((tag, f"In={inn}|Lx={_lexicon_class(tok.norm)}"))
        out.append(row)
        base += len(sent.tokens)
    return out


def model_features(path: Path = MODEL_DIR) -> tuple[str, ...]:
    """The extra features the installed model was trained with (meta.json "kg_features"); () when none or absent."""
    nlp = load_model(path)
    return tuple(nlp.meta.get("kg_features", ())) if nlp is not None else ()


def spacy_installed() -> bool:
    """spaCy is an optional extra (`kg[ner]`): the model is off by default (its additions at scale are under the
    precision bar; README "Statistical NER")."""
    return importlib.util.find_spec("spacy") is not None


def model_available(path: Path = MODEL_DIR) -> bool:
    return spacy_installed() and (path / "config.cfg").is_file() and (path / "ner").is_dir()


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


def predict(sentences: Sequence[Sequence[Token]], path: Path = MODEL_DIR,
            feats: Sequence[Sequence[tuple[str, str]]] | None = None) -> list[list[tuple[int, int, str]]]:
    """(first token, end token, type) spans the model finds in each sentence, token indices within the sentence.
    `feats`: the rule features of each sentence's tokens (`token_features`), for a model trained with them."""
    nlp = load_model(path)
    if nlp is None:
        return [[] for _ in sentences]
    if "rules" not in nlp.meta.get("kg_features", ()):
        feats = None
    elif feats is None:
        raise ValueError("this model reads the rules' mentions: use predict_analysis or pass feats")
    docs = [make_doc(nlp.vocab, *doc_words(toks), feats[i] if feats is not None else None)
            for i, toks in enumerate(sentences)]
    out = []
    for doc in nlp.pipe(docs, batch_size=64):
        out.append([(e.start, e.end, e.label_) for e in doc.ents if e.label_ in TYPES])
    return out


def predict_analysis(analysis, raw: Sequence | None = None, path: Path = MODEL_DIR) -> list[list[tuple[int, int, str]]]:
    """`predict` over an analysed text; `raw`: the rules' mentions of it (found here when the model reads them and
    none are given)."""
    feats = None
    if "rules" in model_features(path):
        if raw is None:
            from kg.extract.mentions import find_mentions

            raw, _focus = find_mentions(analysis)
        feats = token_features(analysis, raw)
    return predict([s.tokens for s in analysis.sentences], path, feats)


# ------------------------------------------------------------------------------------------------ merging
# Types the merge adds. The rules know every state, the guideline's collective actors differ from NewsFANE's Group
# class, and the model's places on real news are as often common nouns ("عز", "بيت") as places: on the dev set and
# a sample of SaudiNewsNet they cost more precision than they gave recall.
MERGED_TYPES = frozenset({"Person", "Organization"})


def merge_model_mentions(analysis, raw: list, skip: Sequence = (), types: frozenset[str] = MERGED_TYPES,
                         path: Path = MODEL_DIR) -> list:
    """Add the model's names where none of the rule mentions overlaps them, after the precision guards; nothing in
    the `skip` spans (site boilerplate)."""
    from kg.text.camel import merge_ner_spans

    found = predict_analysis(analysis, raw, path)
    if not any(found):
        return raw
    guard = _Guard(analysis, raw, types, skip)
    guard.add_surnames((s.tokens, b, e) for s, spans in zip(analysis.sentences, found, strict=True)
                       for b, e, t in spans if t == "Person" and e - b > 1)
    guard.add_clubs((s.tokens, b, e) for s, spans in zip(analysis.sentences, found, strict=True)
                    for b, e, t in spans if t == "Organization" and e - b == 1)
    merged = merge_ner_spans(analysis, _model_teams(analysis, raw, found, guard), found, "model", accept=guard)
    return _bare_surnames(analysis, merged, guard)


def _model_teams(analysis, raw: list, found: list, guard: _Guard) -> list:
    """In a sentence of sport, a listed state or city the model reads by itself as an organization is its team
    («وتأهلت فرنسا إلى النهائي»), as the rules' `_teams` read one after a verb or noun of a game: the model knows
    more of the ways sport writing puts a country on the field than those lists."""
    from kg.doc import RawMention
    from kg.extract.recognizers.shared import _unclitic

    orgs: set[tuple[int, int]] = set()
    base = 0
    for sent, spans in zip(analysis.sentences, found, strict=False):
        orgs.update((base + b, base + e) for b, e, t in spans if t == "Organization")
        base += len(sent.tokens)
    bodies = [(m.first, m.last) for m in raw if m.type == "Organization"]  # «نادي نجران»: the city inside stays
    out = []
    for m in raw:
        if m.type in ("State", "Place") and m.kind == "gazetteer" and m.key and (m.first, m.last) in orgs \
                and m.first in guard.sport and not any(b <= m.first and m.last <= e for b, e in bodies):
            row = guard.gaz.rows.get(m.key, {})
            label_ar = " ".join(_unclitic(norm(analysis.text[m.span.begin:m.span.end]).split(), m.prefix))
            m = RawMention(m.first, m.last, m.span, "Organization", "named", key=m.key + "_team", label_ar=label_ar,
                           label_en=row.get("label_en", m.key) + " (team)", extra={"unknown": True, "kind": "team"},
                           prefix=m.prefix)
        out.append(m)
    return out


def _bare_surnames(analysis, merged: list, guard: _Guard) -> list:
    """A full name the model added makes its surname a mention wherever the article repeats it alone ("وأضاف
    الدوسكي"): the model itself often misses a lone surname, the rules never saw the full name."""
    from kg.doc import RawMention
    from kg.lexicon import clitic_variants
    from kg.model import Span
    from kg.text.camel import name_start

    surnames = {m.name[-1] for m in merged if m.extra.get("recognizer") == "model" and m.type == "Person"
                and len(m.name) > 1 and len(m.name[-1]) >= 3 and m.name[-1] not in guard.stop
                and m.name[-1] not in guard.given and m.name[-1] not in guard.divine
                and m.name[-2] not in _words("name_link")}
    # a given name ("محمد حسن"), the divine name ("عبد الله") or what follows "أبو"/"بن" ("أبو مرخة") alone is
    # nobody's surname in particular
    if not surnames:
        return merged
    covered = {k for m in merged for k in range(m.first, m.last)}
    out = list(merged)
    for k, tok in enumerate(analysis.tokens):
        if k in covered:
            continue
        hit = next(((p, w) for p, w in clitic_variants(tok.norm) if w in surnames), None)
        if hit is None:
            continue
        prefix, word = hit
        span = Span(name_start(tok, word), tok.span.end)
        out.append(RawMention(k, k + 1, span, "Person", "person", name=(word,), prefix=prefix,
                              extra={"recognizer": "model"}))
    out.sort(key=lambda m: (m.span.begin, -m.span.end))
    return out


_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه", "كم", "نا")
_TITLE_WINDOW = 6  # words between a title and the name it introduces, at most
_OPENERS = {"،", ",", ":", '"', "(", "/", "-"}
_APPOSITION = {"،", ",", "("}
_ALEF = str.maketrans({c: t for c, t in orthography("letter") if t == "ا"})  # hamza seats on alef


def _spelling(word: str) -> str:
    from kg.text.normalize import _DROP

    return _DROP.sub("", word).translate(_ALEF)


class _Guard:
    """Vetoes and trims the model's spans (a wrong name costs more than a missing one):

    - function words, titles and other lexicon words at either end are trimmed off ("على X", "المعارض X");
    - a single word is kept only as the surname of a person the article names in full (by the rules or the model),
      as a club or a player in a sentence of sport, or as the subject right after a speech verb ("وقال فيرجسون"):
      alone, the model's single words are mostly common nouns of news text it never saw ("هدوء", "معسكر");
    - a person of two words or more needs evidence besides the model (`_introduced`): a given name, a title, a
      nationality or a speech verb before it, a chain of given and father's names ("الحسن بن علي"), or a sentence
      of sport, where players are named with no title ("يوهان كاباي");
    - an organization's name goes on only with definite words ("مجلس الشعب", "حزب العدالة والتنمية"), so a verb
      or the next phrase does not join it ("الحزب يشعر");
    - no piece of a name the gazetteer knows longer ("فرانس" of "فرانس برس");
    - nothing in site boilerplate; only the types in `types`;
    - a proclitic on the first word is split off when the article also writes the word without it ("وجوتشولك")
      or the word is a listed given name, always before the article ("والزقازيق")."""

    def __init__(self, analysis, raw: list, types: frozenset[str], skip: Sequence = ()):
        from kg.extract.recognizers.shared import _divine, _given_names, _name_heads, _stopwords, sport_sentence
        from kg.lexicon import DATA, gazetteer, lexicons, match_key, read_tsv

        self.types = types
        self.skip = list(skip)
        self.gaz = gazetteer()
        self.lex = lexicons()
        self.stop = _stopwords()
        self.given = _given_names()
        self.divine = _divine()
        self.heads = _name_heads()
        self.not_after = {norm(r["head"]): r.get("not_after") or "" for r in
                          read_tsv(DATA / "lexicon" / "name_heads.tsv")}
        self.institution_heads = {k[0] for k in self.lex.institutions.entries}
        # stop words as written but for hamza and diacritics: "على" (on) is one, "علي" (Ali) is not
        self.stop_written = {_spelling(r["word"]) for r in read_tsv(DATA / "lexicon" / "stopwords.tsv")}
        self.keys = [match_key(t.norm) for t in analysis.tokens]
        self.toks_norm = [t.norm for t in analysis.tokens]
        self.toks = analysis.tokens
        self.words = {t.norm for t in analysis.tokens}
        self.offset = {id(t): i for i, t in enumerate(analysis.tokens)}
        self.covered = {k for m in raw for k in range(m.first, m.last)}
        self.person_ends = {m.last for m in raw if m.type == "Person" and m.kind != "role"}
        self.surnames = {skeleton(m.name[-1]) for m in raw if m.type == "Person" and len(m.name) > 1}
        self.clubs: set[str] = set()  # one-word clubs found in sentences of sport (add_clubs)
        self.sport: set[int] = set()  # the tokens of sentences of sport
        first = 0
        for sent in analysis.sentences:
            end = first + len(sent.tokens)
            if sport_sentence(self.keys[first:end]):
                self.sport.update(range(first, end))
            first = end

    def add_surnames(self, spans) -> None:
        """The surnames of the model's full person names that pass the guard, so that a bare surname may join."""
        for toks, b, e in spans:
            kept = self(toks, b, e, "Person")
            if kept and kept[1] - kept[0] > 1:
                self.surnames.add(skeleton(toks[kept[1] - 1].norm))

    def add_clubs(self, spans) -> None:
        """The one-word clubs the model finds in sentences of sport that pass the guard there: the article's
        other mentions of the word the model calls an organization are that club («يوفنتوس يحصل على الضوء الأخضر»).
        A word with the article only after a noun of a team's parts («مرمى الاتحاد»): alone, «الشباب» is a club
        and the youth, «الجزيرة» a club and a peninsula."""
        for toks, b, e in spans:
            g = self.offset[id(toks[b])]
            if g in self.sport and self(toks, b, e, "Organization"):
                self.clubs.add(self._prefix(toks[b].norm)[1])

    def _club_again(self, k: int, stem: str) -> bool:
        """Token k, one word the model calls an organization, repeats a club of the article (add_clubs)."""
        from kg.extract.recognizers.shared import _TEAM_PARTS, word_of

        return stem in self.clubs and (not stem.startswith("ال") or k > 0 and word_of(self.keys[k - 1], _TEAM_PARTS))

    def _through_link(self, toks, e: int) -> int:
        """The end of a person's name the model cut at a link («[أحمد أبو] عرقوب», «[عمرو بن] ود»): a name does not
        end in «أبو», «بن», «بنت»; the word after the link (and after a second link, «بن أبي سفيان») is the name's."""
        links = _words("name_link")
        for _ in range(2):
            if e >= len(toks) or toks[e - 1].norm not in links or not self._wordlike(toks[e].norm) or \
                    toks[e].norm in self.stop and toks[e].norm not in links:
                break
            e += 1
        return e

    def _family_name_after(self, toks, e: int) -> int:
        """The end of a person's name the model cut before its family name («[عمرو بن ود] العامري», «[أبو يحيى]
        الحوثي»): a definite word in «ي» right after it that may end a name (no nationality, title or function word)
        is the family's name, not an adjective of the phrase."""
        if e >= len(toks):
            return e
        word = toks[e].norm
        if word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word not in self.stop and \
                self._name_word(toks[e], True, first=False):
            return e + 1
        return e

    def _trim(self, toks, b: int, e: int, person: bool) -> tuple[int, int]:
        while b < e and not self._name_word(toks[b], person, first=True):
            b += 1
        while e > b and not self._name_word(toks[e - 1], person, first=False):
            e -= 1
        return b, e

    def __call__(self, toks, b: int, e: int, etype: str) -> tuple[int, int, str, str] | None:
        if etype not in self.types:
            return None
        if etype == "Person":
            e = self._family_name_after(toks, self._through_link(toks, e))
            if self._next_in_list_of_people(toks, b, e):
                prefix, stem = self._prefix(toks[b].norm)
                return b, e, prefix, stem
        begin, end = b, e
        b, e = self._trim(toks, b, e, etype == "Person")
        whole = (b, e) == (begin, end)
        if etype == "Person" and e < end and e - b > 1:
            return None  # "أبو يحيى" of "أبو يحيى الحوثي": a name cut short is another man's name
        if etype == "Organization" and b < e and self._org_head(self._head_stem(toks[b].norm)):
            # "وزارة X", "بالمجلس X": definite words go on
            k = b + 1
            while k < e and toks[k].norm.startswith(("ال", "وال", "لل")):
                k += 1
            e = k
        if b >= e or any(toks[b].span.begin < s.end and s.begin < toks[e - 1].span.end for s in self.skip):
            return None
        g = self.offset[id(toks[b])]
        if self._fragment(g, g + e - b) or self._continues(g):
            return None
        prefix, stem = self._prefix(toks[b].norm)
        if e - b == 1 and not (etype == "Person" and skeleton(stem) in self.surnames and stem not in self.given
                               and stem not in self.divine):
            # a lone word only as a known surname (never a lone given name: "وحسن") or a side or player in sport
            if whole and self._sport_name(toks[b], g, etype, stem):
                return b, e, prefix, stem
            if whole and etype == "Organization" and self._club_again(g, stem):
                return b, e, prefix, stem
            if whole and etype == "Person" and self._spoken_name(g, stem):
                return b, e, prefix, stem
            return None
        if etype == "Person" and (self._inside_name(g, g + e - b) or
                                  e - b > 1 and not self._introduced(g, g + e - b, stem)):
            return None
        if etype == "Organization" and not self._organization(g, g + e - b):
            return None
        return b, e, prefix, stem

    def _sport_name(self, tok, k: int, etype: str, stem: str) -> bool:
        """Token k, the model's whole span, is a club or a player in a sentence of sport: sport writing names sides
        and players by one word («سيختبر أرسنال قدراته», «وأضاف راموس»), which the rules read only in the frame of
        a game («فاز X على Y»). Not a word of sport, a team or its parts, a title or a nationality, nor a given or
        divine name; a player's name besides is no common word (common_bare_words.tsv, common_nouns.tsv), no number
        and no adverb («تلفزيونياً»), and shaped as a foreign name or a family name with the article; and it does
        not run on into a word that may go on with the name («[توماس] مولر»: a name the model cut short)."""
        from kg.extract.recognizers.listed import _foreign_shaped
        from kg.extract.recognizers.shared import (
            _GENERIC_SIDES,
            _SPORT_WORDS,
            _TEAM_NOUNS,
            _TEAM_PARTS,
            _common_bare_words,
            _common_nouns,
            word_of,
        )
        from kg.lexicon import match_key

        key = self.keys[k]
        if k not in self.sport or len(stem) < 3 or stem in self.given or stem in self.divine or stem in self.stop \
                or key in self.stop or any(word_of(key, ws) for ws in (_SPORT_WORDS, _TEAM_PARTS, _TEAM_NOUNS,
                                                                       _GENERIC_SIDES)):
            return False
        if any(w in self.gaz.nisba for w in (key, key[2:], match_key(stem))) or self.lex.titles.match(self.keys, k):
            return False
        if etype != "Person":
            return True
        nxt = self.keys[k + 1] if k + 1 < len(self.keys) else ""
        if self._inside_name(k, k + 1) or nxt in self.given or self._wordlike(nxt) and not nxt.startswith("ال") \
                and nxt not in self.stop and nxt not in _common_bare_words():
            return False  # «[توماس] مولر», «[محفوظ] حافظ»: a word that may go on with the name follows
        if stem in _common_bare_words() or stem in _common_nouns() or stem in self.lex.numbers or \
                "\u064b" in tok.text:
            return False
        return _foreign_shaped(stem) and not stem.endswith("ي") or stem.startswith("ال") and len(stem) >= 5

    def _sport_person(self, b: int, e: int, first: str) -> bool:
        """Tokens b..e, a name of two words or more the model calls a person in a sentence of sport, name a player
        or a coach: no divine name («بالله عليكم»), no definite feminine adjective («بطولة كوتيف الودية»), and no
        foreign-shaped word after it that would go on with the name («كأس كوستا دا سول»), no word of sport and not
        the article on every word («الدقيقة العاشرة»)."""
        from kg.extract.recognizers.shared import (
            _CLUB_PREFIXES,
            _CLUB_SUFFIXES,
            _GENERIC_SIDES,
            _SPORT_WORDS,
            _TEAM_NOUNS,
            _TEAM_PARTS,
            word_of,
        )

        span = list(zip(range(b, e), self.keys[b:e], strict=True))
        if first in self.divine or all(w.startswith("ال") for _k, w in span) or any(
                w.startswith("ال") and self.toks_norm[k].endswith("يه") or
                any(word_of(w, ws) for ws in (_SPORT_WORDS, _TEAM_PARTS, _TEAM_NOUNS, _GENERIC_SIDES))
                for k, w in span):
            return False  # «الدقيقة العاشرة»: words of sport, or of the article only, name no one
        if any(self.toks_norm[k].endswith("يه") or w in _CLUB_PREFIXES or w in _CLUB_SUFFIXES for k, w in span):
            return False  # «جنوبية غربية» (a weather report's «1 - 2 متر» reads as a score), «بوروسيا دورتموند»
        return not self._runs_on(e, conjunction=False)

    def _runs_on(self, e: int, conjunction: bool = True) -> bool:
        """The word at e may go on with a name that ends before it («كوستا دا سول», «وقال دان ويرثايمر»), or is a
        verb or noun the name is the subject of, which the model may as well have read into it: any word but a
        function word, a common word (unless shaped as a foreign name: «مورينيو» is frequent) or a word with the
        article (or, unless `conjunction`, with «و»)."""
        from kg.extract.recognizers.listed import _foreign_shaped
        from kg.extract.recognizers.shared import _common_bare_words

        nxt = self.keys[e] if e < len(self.keys) else ""
        return self._wordlike(nxt) and not nxt.startswith("ال") and nxt not in self.stop and \
            (nxt not in _common_bare_words() or _foreign_shaped(nxt)) and (conjunction or not nxt.startswith("و"))

    def _spoken_name(self, k: int, stem: str) -> bool:
        """Token k, one word the model calls a person, is the subject right after a speech verb («وقال فيرجسون»): a
        name, not a given name alone, a common word, a title or a nationality."""
        from kg.extract.recognizers.shared import _common_bare_words, _common_nouns
        from kg.lexicon import match_key

        key = self.keys[k]
        spoken = k > 0 and self.lex.speech.match(self.keys, k - 1) and \
            not any(s in _words("not_speech") for _p, s in self._variants_all(self.keys[k - 1]))
        if not (spoken or self._nationality_before(k)) or len(stem) < 3 or stem in self.given or \
                stem in self.divine or stem in self.stop or key in self.stop or stem in _common_bare_words() or \
                stem in _common_nouns() or stem in self.lex.numbers:
            return False
        if any(w in self.gaz.nisba for w in (key, key[2:], match_key(stem))) or self.lex.titles.match(self.keys, k):
            return False
        if self.toks[k].text.endswith("ته"):
            return False  # «وقال فضيلته»: a noun with a pronoun, an honorific
        if stem.endswith(("ون", "ين")) and (stem[-3:-2] == "ي" or stem[:-2] in _common_nouns()
                                            or stem[:-2] in _common_bare_words()):
            return False  # «أكد عسكريون», «وقال مسؤولون»: a plural of people (not «فيرجسون»)
        return not self._inside_name(k, k + 1) and not self._runs_on(k + 1)

    def _nationality_before(self, k: int) -> bool:
        """A masculine nationality standing as a noun right before token k («البرازيلي إيمرسون»), not one that
        describes the noun before it («المنتخب البرازيلي»)."""
        from kg.lexicon import match_key

        if k < 2:
            return False
        prev, norm_ = self.keys[k - 1], self.toks_norm[k - 1]
        stems = [s for _p, s in self._variants_all(prev) if s.startswith("ال")]
        if not stems or not norm_.endswith("ي") or not any(match_key(s) in self.gaz.nisba or
                                                           match_key(s[2:]) in self.gaz.nisba for s in stems):
            return False
        before = self.keys[k - 2]
        return not (before.startswith("ال") and self._wordlike(before) and before not in self.stop)

    def _inside_name(self, b: int, e: int) -> bool:
        """The span is part of a longer name: the word before it links or opens a name ("هبة الله [علي شريم]",
        "مطار [أبو الظهور]", "حزب [الله]"), or it holds the divine name outside "عبد الله" ("محمد رسول الله")."""
        from kg.extract.recognizers.shared import _FACILITIES

        prev = self.keys[b - 1] if b else ""
        listed = any(p.startswith("و") and (s in self.given or s in self.words)
                     for p, s in self._variants_all(self.keys[b])[1:])  # «أحمد سالم [وسامر حداد]»: one more name
        if prev in _words("name_forming") or prev in self.divine or prev in self.given and not listed or \
                any((s in self.heads and not (p and p == self.not_after.get(s))) or s in _FACILITIES
                    for p, s in self._variants_all(prev)):
            return True  # (not «بقيادة [جارية بن قدامة]»: «led by»)
        nxt = self.keys[e] if e < len(self.keys) else ""
        if nxt in self.divine:
            return True  # "[محمد صلى] الله عليه وسلم": a blessing formula
        if nxt in _words("name_link") or prev == "ال" or self.keys[e - 1] in _words("name_link"):
            return True  # "[علي بن عبد الله] بن محمد الدعيلج", "آل [سعود]", "[محمد آل] زلفة": a name cut short
        if self.keys[b] in _words("patronym") and self._wordlike(prev) and prev not in self.stop:
            return True  # "ومشعل [بن ماجد]": the given name before is left out
        if nxt.startswith("ال") and self.toks_norm[e].endswith("ي") and len(nxt) >= 5:
            return True  # "[أبو يحيى] الحوثي": the family name the span leaves out
        return any(w in self.divine and (k == b or self.keys[k - 1] not in _words("name_forming"))
                   for k, w in zip(range(b, e), self.keys[b:e], strict=True))

    def _variants_all(self, word: str) -> list[tuple[str, str]]:
        from kg.lexicon import clitic_variants

        return list(clitic_variants(word))

    def _introduced(self, b: int, e: int, first: str) -> bool:
        """Some evidence besides the model that a person is named here: a known given name or a name-forming
        word first ("عبد", "أبو", "بن"), or a father's name inside ("الحسن بن علي"); a sentence of sport
        (`_sport_person`); a nationality or a speech verb just before ("الألمانية X", "قال X"); a title opening the
        phrase (no punctuation between); punctuation on both sides ("قائد الشرطة، X، إن")."""
        inner = self.keys[b + 1:e - 1]
        if any(w in self.stop and w not in _words("name_forming") for w in inner):
            return False  # "محمود بعد فوزه": a name does not run across a function word
        if any(w.startswith(("لل", "وال")) and len(w) > 4 for w in self.keys[b + 1:e]):
            return False  # "صالح للشراب", "راشد والصباح": "for the ...", "and the ..." open no name word
        if any(w in _words("patronym") for w in inner):
            return True  # "الحسن بن علي": a chain of given and father's names
        if b in self.sport and self._sport_person(b, e, first):
            return True  # a player or a coach: sport writing names them with no title
        if first in self.given and not self._pronoun_not_name(b, first) or first in _words("name_forming") or \
                first.startswith(_words("compound_head", "mention_words.tsv")):
            return True
        if len(first) < 3:
            return False  # "لي حسن": "to me", not a given name
        prev = self.keys[b - 1] if b else ""
        if prev in _OPENERS and e < len(self.keys) and self.keys[e] in _APPOSITION:
            return True  # set off on both sides: "قائد الشرطة، X، إن"
        if prev in self.gaz.nisba or prev[2:] in self.gaz.nisba or self.lex.speech.match(self.keys, b - 1):
            return True
        # a title opening the phrase the name closes: "المدير التنفيذي لشركة X للبرمجيات سالم الدوسكي"
        for k in range(1, _TITLE_WINDOW + 1):
            if k > b or not self._wordlike(self.keys[b - k]):
                break
            if self.lex.titles.match(self.keys, b - k):
                return True
        return False

    def _pronoun_not_name(self, k: int, stem: str) -> bool:
        """Token k, read as the given name `stem`, is written with the pronoun «ه» where the name has «ة» («ناديه
        الأهلي»: his club, not Nadia)."""
        from kg.extract.recognizers.names import _MARKS, _given_names_in_ta_marbuta

        return stem in _given_names_in_ta_marbuta() and _MARKS.sub("", self.toks[k].text).endswith("ه")

    def _continues(self, b: int) -> bool:
        """The span goes on from what precedes it: a complement of a name the rules found ("الاتحاد الدولي"
        + "لكرة السلة"), or a unit after a number ("300 ريال", "مليون ريال")."""
        prev = self.keys[b - 1] if b else ""
        if prev in (")", "(") and b >= 2:
            prev = self.keys[b - 2]  # "(18.583.000) ريال"
        return any(c.isdigit() for c in prev) or prev in self.lex.numbers or \
            (b - 1 in self.covered and self.keys[b].startswith("ل"))

    def _organization(self, b: int, e: int) -> bool:
        """Opened by a head noun ("وزارة", "مجلس", "جمعية": kg's name heads and institutions) unless it looks
        foreign; not a description ("الشركة الأميركية", "اليونانية للأبحاث", "موقع الهيئة"); not cut before its
        complement ("الهيئة العليا" of "الهيئة العليا لتطوير ...")."""
        from kg.extract.recognizers.shared import common_after_head

        first = self._head_stem(self.keys[b])  # "بالمجلس" is "المجلس" after a preposition
        if first in self.gaz.nisba or first[2:] in self.gaz.nisba or self.lex.titles.match(self.keys, b):
            return False  # a nationality or a title opens a description: "مرشد الثورة الإيرانية"
        if e - b == 2 and first.startswith("ال") and self.keys[b + 1] in self.gaz.nisba:
            return False
        if first.startswith("ال") and self._org_head(first) and \
                (e - b < 3 or not all(self.toks_norm[k].endswith(("ي", "يه", "يا")) for k in range(b + 1, e))):
            return False  # "المؤسسة العسكرية", "المجلس الوطني الأخير": a description; "الحزب الاشتراكي اليساري"
        if any(w[:1] == "ل" and not w.startswith("ال") for w in self.keys[b + 1:e]):
            return False  # "مجلس للنواب": what the body is for, with no name
        nxt = self.keys[e] if e < len(self.keys) else ""
        if nxt.startswith("ل") and self._wordlike(nxt) and nxt not in self.stop:
            return False
        words = [first, *self.keys[b + 1:e]]
        if len(words) > 1 and common_after_head(first[2:] if first.startswith("ال") else first, words[1]):
            return False  # "حركة السوق": what moves, not a movement
        if words[-1] in _words("divine_name"):
            return False  # "حفظه الله", "رحمه الله": a blessing ("حزب الله" is the gazetteer's)
        if self._org_head(words[0]):
            # "موقع الهيئة", "مجلس المحافظة": two common nouns, a description
            return not (len(words) == 2 and (self._org_head(words[1]) or self._place_noun(words[1])))
        # no head noun: only a name that looks foreign, no Arabic article or function word ("جنرال موتورز")
        return not any(w.startswith(("ال", "و", "لل")) or w.endswith(("ون", "ين", "ات")) or w in self.stop
                       or w in self.gaz.nisba for w in words)  # nor a conjunction, an Arabic plural or a
        # nationality: "واضطر سياسيون", "أميرة سعودية"

    def _head_stem(self, word: str) -> str:
        """The word without the proclitics before a head noun ("بالمجلس" -> "المجلس", "لجماعة" -> "جماعة");
        else the word."""
        from kg.lexicon import clitic_variants

        return next((s for _p, s in clitic_variants(word)[1:] if self._org_head(s)), word)

    @staticmethod
    def _place_noun(word: str) -> bool:
        from kg.extract.recognizers.shared import _PLACE_NOUNS

        return word in _PLACE_NOUNS or word[2:] in _PLACE_NOUNS

    def _org_head(self, word: str) -> bool:
        bare = word[2:] if word.startswith("ال") else word
        return self.heads.get(bare, ("",))[0] == "Organization" or word in self.institution_heads or \
            "ال" + bare in self.institution_heads

    @staticmethod
    def _wordlike(word: str) -> bool:
        return len(word) >= 2 and all("\u0621" <= c <= "\u064a" for c in word)

    def _name_word(self, tok, person: bool, first: bool) -> bool:
        """A word that can begin or end a name: Arabic letters, not a function word; for a person also not a
        title, institution, collective or nationality adjective. An organization's or a place's name may begin
        with a head noun ("حزب", "وزارة": kg's stop words) and end with an adjective ("الوطني")."""
        from kg.lexicon import match_key

        word = tok.norm
        if not self._wordlike(word):
            return False
        if not person:
            return not first or word not in self.stop or self._head(word)
        if word in self.stop and (_spelling(tok.text) in self.stop_written or not tok.text.endswith("ي")):
            return False  # "على" the preposition goes, "علي" the name stays
        if self._particle_with_pronoun(word):
            return False  # "لمحمد [فيهم] من مكانة": a preposition and its pronoun end no name
        for _p, stem in [("", word), *self._variants(word)]:
            bare = stem[2:] if stem.startswith("ال") else stem
            if any(match_key(w) in self.gaz.nisba for w in (bare, stem)):  # "هولندية", "الهولندي"
                return False
            for index in (self.lex.titles, self.lex.institutions, self.lex.groups, self.lex.force_nouns,
                          self.lex.speech):
                if index.match([stem], 0, clitics=False) or index.match([bare], 0, clitics=False):
                    return False
        return True

    def _next_in_list_of_people(self, toks, b: int, e: int) -> bool:
        """Tokens b..e, two to four words the model calls a person, follow a person the rules found, joined to it by
        «و» («ووائل القباني [وطارق السيد] وتامر أبو جبل»): an item of a list of people is a person in full, even
        where a word of the name is also a title («السيد», «إمام»)."""
        g = self.offset[id(toks[b])]
        if not 2 <= e - b <= 4 or g not in self.person_ends or not toks[b].norm.startswith("و") or \
                toks[b].norm[1:] in self.stop:
            return False
        return all(self._wordlike(t.norm) and t.norm not in self.stop and not self._particle_with_pronoun(t.norm)
                   for t in toks[b:e]) and not self._fragment(g, g + e - b) and not self._continues(g)

    def _particle_with_pronoun(self, word: str) -> bool:
        """A function word with a pronoun suffix («فيهم», «عليهم», «إليه», «لديها»): the list of stop words holds
        some of these forms, not every person of every particle."""
        for suffix in _PRONOUN_SUFFIXES:
            stem = word[:-len(suffix)]
            if word.endswith(suffix) and len(stem) >= 2 and (
                    stem in self.stop or stem.endswith("ي") and stem[:-1] + "ى" in self.stop):
                return True
        return False

    def _head(self, word: str) -> bool:
        """A head noun that opens an organization's or a place's name ("حزب", "وزارة", "مجلس")."""
        bare = word[2:] if word.startswith("ال") else word
        return bare in self.heads or word in self.heads or word in self.institution_heads or \
            "ال" + word in self.institution_heads

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
