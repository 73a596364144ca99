"""Recognizer: a person nobody listed, opened by a known given name, by a nationality before a name, or named right
after a speech verb."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _AFTER_SPEAKER,
    _COMPOUND_HEAD,
    _FAMILY_LINKS,
    _NAME_LINKS,
    _PATRONYM_LINKS,
    _QUOTED_FROM,
    _SAYING,
    _TITLE_FAMILY,
    _common_nouns,
    _common_words,
    _divine,
    _given_names,
    _given_with_clitic,
    _raw_stopwords,
    _title_words,
)
from kg.lexicon import clitic_variants, match_key
from kg.text.normalize import norm


# Per token spelling (asked at every token of every article; the given names are fixed for the process)
@lru_cache(maxsize=1 << 17)
def _compound_head(key: str) -> bool:
    """A reading of `key` is عبد, the head of a compound given name."""
    return any(s == _COMPOUND_HEAD for _p, s in clitic_variants(key))


@lru_cache(maxsize=1 << 17)
def _opens_given(written: str) -> bool:
    """`written` is a known given name (with a clitic as _given_with_clitic allows), or عبد joined to the divine
    name ("عبدالله")."""
    given = _given_names()
    readings = clitic_variants(written)
    return any(s.startswith(_COMPOUND_HEAD + "ال") and len(s) >= 7 for _p, s in readings) or \
        any(s in given and _given_with_clitic(p, s, written) for p, s in readings)


@lru_cache(maxsize=1 << 17)
def _definite_name_word(written: str) -> bool:
    """`written` (a و or ف before it at most) is a definite word of five letters or more, a given name with the
    article («الوليد», «الحسن») or no common noun, and no common word or title: a given name may be written so."""
    word = next((s for p, s in clitic_variants(written) if p in ("", "و", "ف") and s.startswith("ال")), "")
    return len(word) >= 5 and (word[2:] in _given_names() or word not in _common_nouns()) and \
        word[2:] not in _common_words() and word not in _title_words()


_HAMZA_ALEF = str.maketrans({c: "\u0627" for c in "\u0622\u0623\u0625"})  # آ أ إ -> ا
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel


@lru_cache(maxsize=1)
def _given_names_in_ta_marbuta() -> frozenset[str]:
    """The given names written with a final «ة» («نادية»), normalized: a token written with «ه» is another word."""
    from kg.lexicon import DATA, read_tsv

    return frozenset(norm(r["name"]) for r in read_tsv(DATA / "lexicon" / "given_names.tsv") if r["name"].endswith("ة"))


@lru_cache(maxsize=1)
def _bare_stopwords() -> frozenset[str]:
    return frozenset(w.translate(_HAMZA_ALEF) for w in _raw_stopwords())


def _written_stopword(text: str) -> bool:
    """The word as written is a stop word, its hamza written or left out ("أنا", "انا"); not when it carries a hamza
    or madda the stop word lacks ("آنا") or a letter normalization folds ("علي" is not "على")."""
    word = _MARKS.sub("", text)
    return word in _raw_stopwords() or (word == word.translate(_HAMZA_ALEF) and word in _bare_stopwords())


class Names:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _given_name(self, i: int, end: int) -> list[RawMention] | None:
        """A known given name followed by name-like tokens starts a person's name, title or not; so does a compound
        given name "عبد الله", "عبد الرزاق" (عبد and a definite word)."""
        # the written form: the key folds "نادية" onto "نادي"; a short given name is not read with a clitic
        # ("لدينا" is not ل + دينا)
        compound = i + 2 < end and _compound_head(self.keys[i]) and self.keys[i + 1].startswith("ال") and \
            len(self.keys[i + 1]) >= 4
        # "عبدالباري", "عبدالله": عبد written together with the divine name is a given name too
        definite = False
        if not compound and (i + 1 >= end or not (_opens_given(self.toks[i].norm) or i in self._yeh_names or
                                                  (definite := self._definite_given(i, end)))):
            return None  # (self.given is _given_names(); «علي» is a given name where it is written apart from «على»)
        if not compound and _written_stopword(self.toks[i].text):
            return None  # "أنا مصدوم", "انا مصدوم": the pronoun, not the name آنا (Anna)
        if not compound and _MARKS.sub("", self.toks[i].text).endswith("ه") and \
                any(s in _given_names_in_ta_marbuta() for _p, s in clitic_variants(self.toks[i].norm)):
            return None  # "ناديه الأهلي" (his club): «نادية» is written with «ة»
        if i > 0 and self.keys[i - 1] in _FAMILY_LINKS:
            return None  # "بن عبدالعزيز آل سعود برقية تهنئة": a family's name after آل closes a name, opens none
        first = i + 2 if compound else i + 1
        # "عبد الرحمن بن محمد الشريف": a compound given name, then the father's name
        start = first + 1 if compound and first + 1 < end and self.keys[first] in _PATRONYM_LINKS else first
        if not compound and self._title_family(start, end):
            return [RawMention(i, start + 1, self._span(i, start + 1), "Person", "person",
                               name=(self._strip_clitic(self.toks[i].norm), self.keys[start]))]
        if not (self._is_name_token(start, False) or self._family_name(start)) or self.keys[start].startswith("و"):
            return None
        if not compound and (given_key := self._strip_clitic(self.toks[i].norm)) != self.keys[i] and \
                len(given_key) == 4 and self._clitic_name_doubtful(i, start):
            return None  # a four-letter given name read off a clitic ("وصالح"), where that reading is in doubt
        if self._common_bare(start):
            return None  # "ولد عام 1606" (born in): a word news uses often and seldom after a given name follows it
        ne = self._read_name(start, after_given=True)
        # «سيرخيو سيبقى»: a verb ends the name (not a word after a link: «خورخي دا سيلفا» is read as a verb)
        ne = next((k for k in range(start, ne) if self.keys[k - 1] not in _NAME_LINKS and self._verb_word(k)), ne)
        links = sum(1 for k in self.keys[first:ne] if k in _PATRONYM_LINKS) if start != first or definite else 0
        if ne == start or ne - first > 2 + 2 * links:
            return None
        if ne < end and self.keys[ne] in _divine() and self.keys[ne - 1] not in _NAME_LINKS:
            return None  # "محمد رسول الله": a formula of faith, not a man named Rasul
        given = (self._strip_clitic(self.toks[i].norm),) if not compound else \
            (next(s for _p, s in clitic_variants(self.keys[i]) if s == _COMPOUND_HEAD), self.keys[i + 1])
        # the clitic the given name is read off ("ومحمد", "لخالد"): a conjunction or a preposition, no part of it
        prefix = next((p for p, s in clitic_variants(self.toks[i].norm) if p and match_key(s) == given[0]), "") \
            if not compound else ""
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=given + tuple(self.keys[first:ne]),
                           prefix=prefix)]

    def _definite_given(self, i: int, end: int) -> bool:
        """«الوليد بن طلال», «الحسن بن علي»: a definite word right before «بن» and a given name is a given name
        written with the article (no common noun, title or stop word: «الرئيس بن علي» is Ben Ali)."""
        if i + 2 >= end or self.keys[i + 1] not in _PATRONYM_LINKS or \
                not (_opens_given(self.toks[i + 2].norm) or _compound_head(self.keys[i + 2])):
            return False
        return _definite_name_word(self.toks[i].norm) and not _written_stopword(self.toks[i].text)

    def _title_family(self, k: int, end: int) -> bool:
        """Token k, right after a given name, is a family name spelled as a title or a function word («أحمد السيد
        أن», «عادل إمام في»): no name word and no definite noun after it, which would make it the next person's
        title («استقبل محمد السيد علي») or a noun in construct («محمد إمام المسجد»)."""
        if self.keys[k] not in _TITLE_FAMILY:
            return False
        nxt = k + 1
        return nxt >= end or not (self.keys[nxt].startswith("ال") or self._is_name_token(nxt, False)
                                  or self._given(nxt))

    def _nationality_name(self, i: int, end: int) -> list[RawMention] | None:
        """"أوقفت السورية ميسم منير نحلاوي": after a nationality standing for a person, an unknown first name, the
        father's known given name and the family name are one person's name."""
        if i == 0 or i + 2 > end or not self._nisba(i - 1) or not self._is_name_token(i, False) or \
                self.keys[i].startswith("و") or "\n" in self.a.text[self.toks[i - 1].span.end:self.toks[i].span.begin]:
            return None
        readings = [(p, s) for p, s in clitic_variants(self.keys[i - 1]) if s.startswith("ال")]
        if not readings:
            return None
        if not self._given(i):
            ne = self._read_name(i, after_given=True)
            ne = next((n for n in range(i + 1, ne) if self._verb_word(n)), ne)  # («... إسماعيل يلتقط»)
            if 3 <= ne - i <= 4 and self._given(i + 1):
                return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]
        # «وسدد الهولندي روبن فان بيرسي», «والروسي دميتري تورسونوف»: a nationality standing as a noun (with a
        # clitic, or after no definite noun it could describe: not «المنتخب البرازيلي») before a name of two to
        # four words names that person
        if self.toks[i - 1].norm.endswith(("ون", "ين", "ات")):
            return None  # «وقع الإيرانيون اتفاقية»: a people, not one person named after it
        if not any(p for p, _s in readings) and i >= 2 and self._sentence_no(i - 2) == self._sentence_no(i - 1) \
                and any(s.startswith("ال") for _p, s in clitic_variants(self.keys[i - 2])):
            return None
        given = self._given(i)
        if self._common_bare(i, opens=True) or not given and not self._opens_lent_name(self.toks[i].norm):
            return None
        ne = self._lent_name_end(i, self._read_name(i, after_given=given), given)
        if not 2 <= ne - i <= 4:
            return None
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]

    def _clitic_name_doubtful(self, i: int, start: int) -> bool:
        """A short given name read off a clitic ("وصالح") opens no name after an armed group or a body it may be
        joined to ("ميليشيات الحوثي وصالح مخزون النفط": Saleh, then the oil stores) or before a common noun."""
        if any(m.last == i and m.type in ("Group", "Organization", "State") for m in self.mentions[-3:]):
            return True
        return "ال" + self.toks[start].norm in _common_words()

    def _strip_clitic(self, token: str) -> str:
        written = norm(token)  # the reading _opens_given accepts: «وكريم» is و + كريم, not وك + ريم
        return next((match_key(s) for p, s in clitic_variants(written)
                     if s in self.given and _given_with_clitic(p, s, written) or
                     s.startswith(_COMPOUND_HEAD + "ال") and len(s) >= 7), token)

    def _quoted_name_saying(self, i: int, end: int) -> list[RawMention] | None:
        """«ونقلت الوكالة عن صلاد حسن قوله إن»: an unknown name of one to three words between «عن» and «قوله» is the
        person quoted (one word only when shaped as a foreign name or a known given name)."""
        if self.keys[i - 1] not in _QUOTED_FROM or not self._is_name_token(i, False) or \
                self.gaz.names.match(self.keys, i) or not self._given(i) and self._indefinite_common_noun(i):
            return None
        ne = self._read_name(i, after_given=True)
        if not 1 <= ne - i <= 3 or ne >= end or self.keys[ne] not in _SAYING:
            return None
        if ne - i == 1 and not (self._given(i) or self._foreign_shaped(i)):
            return None
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]

    def _titled_apposition(self, k: int, end: int) -> bool:
        """A comma and a title right after a two-word name ("شهاب وجيه، المتحدث الإعلامي")."""
        return k + 1 < end and self.keys[k] in ("،", ",") and bool(self.lex.titles.match(self.keys, k + 1))

    def _nisba_family(self, k: int, end: int) -> bool:
        """A definite nisba word at k closing a speaker's name: "إن", a comma or a title follows it."""
        tok = self.keys[k] if k < end else ""
        return tok.startswith("ال") and tok.endswith("ي") and len(tok) >= 5 and k + 1 < end and (
            self.keys[k + 1] in _AFTER_SPEAKER or bool(self.lex.titles.match(self.keys, k + 1))) and \
            not self.gaz.names.match(self.keys, k)

    def _speaker_name(self, i: int, end: int) -> list[RawMention] | None:
        """An unknown two- or three-word name right after a speech verb ("وقال جون كيربي إن") is a person."""
        if i == 0 or i >= end:
            return None
        cue = self.lex.speech.match(self.keys, i - 1)
        if not cue or cue[0] != 1 or cue[2][0]["kind"] not in ("verb", "present"):
            return self._quoted_name_saying(i, end)
        if not self._is_name_token(i, False) or self.gaz.names.match(self.keys, i):
            return None
        if not self._given(i) and self._indefinite_common_noun(i) and not self._titled_apposition(i + 2, end):
            return None  # "وقال شهود عيان": a common noun opens no name, unless a title follows the name in
            # apposition ("قال شهاب وجيه، المتحدث الإعلامي للحزب")
        # between a speech verb and "إن" / a comma, a definite last word is a family name ("وقال مدحت الزاهد إن")
        ne = self._read_name(i, after_given=True)
        if ne == i + 1 and self._given(i) and self._nisba_family(ne, end):
            ne += 1  # "أكد محمد الذهبي أن": a nisba after a given name is the family name, though also a word
        if not 2 <= ne - i <= 3 or (ne < end and self.keys[ne] not in _AFTER_SPEAKER and
                                    not self.lex.titles.match(self.keys, ne)):
            return None  # the name ends at "إن", a comma or a title in apposition ("أكد محمد الذهبي أستاذ القانون")
        if any(t.norm.endswith(("ات", "يه", "ون", "ين")) and not t.norm.endswith("تون") for t in self.toks[i:ne]):
            return None  # "وانتقدت منظمات حقوقية", "وقالت مصادر محلية": nouns and adjectives, not a foreign name
            # (but "هافينغتون", "كلينتون" are)
        return [RawMention(i, ne, self._span(i, ne), "Person", "person", name=tuple(self.keys[i:ne]))]
