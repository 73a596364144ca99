"""Recognizer: names the gazetteer lists: states, their adjectives and capitals, organizations, people, places."""

from __future__ import annotations

import re

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _ALLY,
    _LOCATIVE,
    _MEDIA_HEADS,
    _NOUN_ENDING_T,
    _PLACE_NOUNS,
    _RESUMPTIVE,
    _SUBJECT_THAT,
    _VERB_PARTICLES,
    _VISIT,
    _WITH,
    _bare_stem,
    _longer_names,
    _opened_names,
    stem_is_capital,
)
from kg.lexicon import clitic_variants
from kg.text.normalize import norm, orthography
from kg.vocab import slug

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
# the seats of hamza on alef (orthography.tsv "letter" rows that fold to a bare alef)
_BARE_ALEF = re.compile("[" + "".join(c for c, to in orthography("letter") if to == "\u0627") + "]")


def _foreign_shaped(tok: str) -> bool:
    """Spelling-tolerant matching is for foreign names: long tokens without Arabic plural/nisba endings."""
    return len(tok) >= 5 and not tok.endswith(("ين", "ون", "ات", "يه", "ه")) and not tok.startswith("ال")


class Listed:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _capital_acts(self, i: int, n: int, prefix: str) -> bool:
        """A capital stands for its state where it acts or is a party (the gold convention: an actor is the State,
        a place is the Place): the subject after a speech or action verb, also across a pronoun («ودانت باريس»,
        «حذرت فيه واشنطن»); the subject before a verb opening a clause («واشنطن تسمح», «أن واشنطن سحبت»); a party
        to an alliance («متحالفة مع موسكو», «حليفة لموسكو»); the host of a visit («زار الرئيس موسكو»). Anywhere else
        it names the city («تسجل الرياض 43 درجة», «توقيت طوكيو»)."""
        if i == 0:
            return self._verb_after(i + n)  # a headline: "واشنطن تسمح ..."
        verb_at = i - 2 if i >= 2 and self.keys[i - 1] in _RESUMPTIVE else i - 1
        if self.keys[verb_at] not in self.stop and (  # "بين طرابلس والحدود": «بين» (between) is no «بيّن»
                self.lex.speech.match(self.keys, verb_at) or self.lex.actions.match(self.keys, verb_at) or
                self._feminine_verb(self.keys[verb_at])):
            return True
        prev = self.keys[i - 1]
        opens = prev in _SUBJECT_THAT or prefix.startswith(("و", "ف")) or not any(c.isalpha() for c in prev) or \
            "\n" in self.a.text[self.toks[i - 1].span.end:self.toks[i].span.begin]
        if opens and self._verb_after(i + n):
            return True
        ally_at = i - 2 if prev == _WITH else i - 1 if prefix.endswith("ل") else -1
        if ally_at >= 0 and any(w in _ALLY for _p, w in clitic_variants(self.keys[ally_at])):
            return True
        if prefix in ("", "ل") and self._visited(i):
            return True
        if prefix.startswith("و"):  # "ودانت باريس ولندن": joined to a capital that acts
            hit = self.gaz.names.match(self.keys, i - 1)
            if hit and hit[0] == 1 and hit[2][0]["key"] in self.gaz.capitals:
                return self._capital_acts(i - 1, 1, hit[1]) and not self._locative(i - 1, 1, hit[1])
        return False

    def _visited(self, i: int) -> bool:
        """A visit's bare object a few words on, in the same clause: «زار الرئيس الفرنسي موسكو», «زيارته لموسكو»."""
        for k in range(i - 1, max(-1, i - 6), -1):
            key = self.keys[k]
            if not any(c.isalpha() for c in key) or key in _LOCATIVE:
                return False
            if any(w in _VISIT for _p, w in clitic_variants(key)):
                return True
        return False

    def _feminine_verb(self, key: str) -> bool:
        """A past verb agreeing with a city's feminine gender before it: «ودانت», «أعلنت» (not a plural «ات»; an
        imperfect «ت-» only as a listed speech or action verb: «تسجل الرياض 43 درجة», «تحرير صنعاء», «توقيت طوكيو»
        are the city)."""
        word = key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key
        # «توقيت طوكيو», «بيوت»: a long vowel before the final ت makes a noun
        return len(word) >= 4 and word not in self.stop and word.endswith("ت") and not word.endswith(_NOUN_ENDING_T)

    def _verb_after(self, k: int) -> bool:
        """The token at k opens a verb phrase: a particle («لن», «قد») or a word shaped as a verb (ت-, ي-, ست-, -ت);
        «أن لندن هي» (a pronoun) describes the city. Of 170 capitals after «أن» in SaudiNewsNet, most act so."""
        if k >= len(self.keys) or "\n" in self.a.text[self.toks[k - 1].span.end:self.toks[k].span.begin]:
            return False  # a headline's last word and the next line's verb
        verb = self.keys[k]
        return verb in _VERB_PARTICLES or (len(verb) >= 3 and (verb[0] in ("ت", "ي") or verb[:2] in ("ست", "سي")
                                                               or verb.endswith("ت")))

    def _locative(self, i: int, n: int, prefix: str) -> bool:
        """The name at i (n tokens, proclitics `prefix`) says where: «في فيينا», «بالرياض», a dateline's city."""
        prev = self.keys[i - 1] if i else ""
        prev = prev[1:] if prev[:1] in "وف" and prev[1:] in _LOCATIVE else prev  # "وفي فيينا"
        return prefix.startswith(("ب", "وب", "فب")) or prev in _LOCATIVE or (
            i + n < len(self.keys) and self.keys[i + n] == "/") or self._dateline(i, n)

    def _gazetteer(self, i: int, end: int) -> list[RawMention] | None:
        quoted = self._quoted_name(i, end)
        if quoted:
            return quoted
        m = self.gaz.names.match(self.keys, i)
        if not m and self.keys[i] not in self.stop and self._foreign_shaped(i):
            # the listed spellings first (none open at most tokens, a test kept per spelling), then the name tests
            # of the tokens (the first of them was asked before: both are pure tests, so the answer is the same)
            fz = self.gaz.fuzzy_match(self.keys, i)
            if fz and all(self._is_name_token(k, False) for k in range(i, i + fz[0])):
                m = (fz[0], "", [fz[1]])
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        p = payloads[0]
        key, etype = p["key"], p["type"]
        if key in self._unattested:
            return None
        if etype == "Organization" and not prefix and i and \
                any(stem in _PLACE_NOUNS for _p, stem in clitic_variants(self.keys[i - 1])):
            return None  # "في منطقة الفاو": a place named like a listed body (FAO); the place noun reads it
        if p.get("demonym"):
            # "نقمة اللبنانيين", "شكره للشعب ... أشقائهم السوريين": a people is not its state (the gold lists no plural
            # as a state's mention; NewsFANE tags it a group). A people the lexicon lists as a group («الفلسطينيون»)
            # is read by the group recognizer; on a SaudiNewsNet sample every fact the plural gave its state was wrong
            return None
        if etype == "State" and n == 1 and self._state_adjective(i, prefix):
            return None
        if etype in ("State", "Place", "Organization") and n == 1 and self._folded_ending(i, prefix, key):
            return None  # "وزراء مالية": the match key folds مالية (financial) onto مالي (Mali); "وافية" onto إفي
        if n == 1 and "ك" in prefix and len(self.keys[i]) - len(prefix) <= 3:
            return None  # "كافية" is not ك + إفي (EFE)
        if n == 1 and len(self.keys[i]) - len(prefix) <= 2 and not self._written_as_listed(i, key):
            return None  # "أغسطس (آب)": a name of two letters is read as written, hamza and madda too (Ibb is إب)
        if n == 1 and len(self.keys[i]) - len(prefix) <= 2 and self._dated(i):
            return None  # "أغسطس اب 2004": written without its madda, a month next to another or a year is no town
        span = self._span(i, i + n)
        if etype in ("Place", "State") and i >= 2 and self.keys[i - 1] == '"' and self.keys[i - 2] == "ل" and \
                i + n < end and self.keys[i + n] == '"':
            # 'قالت مصادر لـ"الرياض"', 'قال لـ«الشرق الأوسط»': what one speaks to in quotes is a newspaper
            return self._credited(i, i + n, self.keys[i:i + n], media_only=True)
        if etype == "State" and self._filed_at(i, n):
            # "عمان - بترا": a name both a state's and a city's (Oman, Amman) is the city where a story is filed
            city = next((q for q in payloads if q["type"] == "Place" and q["key"] not in self._unattested), None)
            if city is not None:
                key, etype = city["key"], "Place"
        if etype == "Place" and key in self.gaz.capitals:
            state = self.gaz.capitals[key]
            locative = self._locative(i, n, prefix) or self._city_context(i, prefix)
            if self._capital_acts(i, n, prefix) and not locative:
                key, etype = state, "State"
        if etype == "Person" and n == 1 and not prefix and i > 0 and self._foreign_shaped(i - 1) and \
                self._is_name_token(i - 1, False) and not self._given(i - 1) and \
                not self.gaz.names.match(self.keys, i - 1) and \
                "\n" not in self.a.text[self.toks[i - 1].span.end:self.toks[i].span.begin]:
            return None  # "سيرجيو بيريز": the family name closes another, unlisted person's name (not Peres)
        if etype == "Person":
            return [RawMention(i, i + n, span, "Person", "person", key=key, name=tuple(self.keys[i:i + n]),
                               prefix=prefix)]
        if etype == "Organization":
            key = self._longer_listed(key, i, n)
            if (full := self._named_in_full_before(key)) is not None:
                key, etype = full, self.gaz.rows[full].get("type") or etype
        row = self.gaz.rows.get(key, {})
        owner = row.get("country_key")
        generic = n == 2 and any(stem.startswith("ال") and stem[2:] in self.heads
                                 for _p, stem in clitic_variants(self.keys[i]))
        if etype == "Organization" and row.get("kind") == "party" and owner and owner != self.focus and \
                owner not in self._named_states and generic:
            # "الحزب الجمهوري" (the head noun and an adjective, a name many countries' parties bear) in a story about
            # Tunisia, which never names the United States: the party of the story's country, not the American one
            base = row.get("label_en", key).split(" (")[0]
            focus = self.gaz.rows.get(self.focus or "", {}).get("label_en", self.focus)
            return [RawMention(i, i + n, span, "Organization", "named",
                               key=f"{self.focus or 'org'}_{slug(base.lower())}",
                               label_en=f"{base} ({focus})" if focus else base,
                               label_ar=next((norm(a) for a in row["names"] if len(a.split()) == n), row["names"][0]),
                               extra={"country": self.focus}, prefix=prefix)]
        return [RawMention(i, i + n, span, etype, "gazetteer", key=key, prefix=prefix)]

    def _dated(self, i: int) -> bool:
        """A month name just before the token or after a slash after it («اب/اغسطس»), a day of the month (one or two
        digits) just before it («9 اب»), or a year (four digits) just after it."""
        if i > 0 and (self.lex.months.match(self.keys, i - 1, clitics=False) or
                      self.keys[i - 1].isdigit() and len(self.keys[i - 1]) <= 2):
            return True
        if i + 2 < len(self.keys) and self.keys[i + 1] == "/" and \
                self.lex.months.match(self.keys, i + 2, clitics=False):
            return True
        nxt = self.keys[i + 1] if i + 1 < len(self.keys) else ""
        return len(nxt) == 4 and nxt.isdigit()

    def _written_as_listed(self, i: int, key: str) -> bool:
        """The written word ends in one of the entity's listed spellings, or in one with its hamza left out (إب, اب):
        normalization folds آ، أ and إ onto ا, which makes two-letter names of common words (آب, the month)."""
        word = _MARKS.sub("", self.toks[i].text)
        if not _BARE_ALEF.search(word):
            return True  # only a hamza or madda the listed spellings lack tells a word apart ("DW", "اب")
        return any(word.endswith(name) or word.endswith(_BARE_ALEF.sub("ا", name))
                   for name in self.gaz.rows.get(key, {}).get("names", []))

    def _folded_ending(self, i: int, prefix: str, key: str) -> bool:
        """The written word ends in ة where no listed one-word name of the entity does (مالية / مالي; وافية / إفي,
        whose longer name «وكالة الأنباء الإسبانية» ends in ة)."""
        word = self.toks[i].norm
        if not word.endswith(("ه", "ة")):
            return False
        return not any(norm(name).endswith(("ه", "ة")) for name in self.gaz.rows.get(key, {}).get("names", [])
                       if " " not in name.strip())

    def _state_adjective(self, i: int, prefix: str) -> bool:
        """"المنتخب السعودي", "المكتبة العربية والسعودية": a nationality adjective (the match key folds السعودي onto
        السعودية) is no mention of the state: written masculine, or feminine after a definite feminine word."""
        word = self.toks[i].norm[len(prefix) - 2 if prefix.endswith("ال") else len(prefix):]
        if not word.startswith("ال") or not self._nisba(i):
            return False
        if word.endswith("ي"):
            return True
        prev = self.toks[i - 1].norm if i > 0 else ""
        # with و, only in a chain of adjectives ("العربية والسعودية"; "بين مصر والسعودية" is the state)
        return word.endswith(("ه", "ة")) and prev.startswith("ال") and prev.endswith(("ه", "ة")) and \
            (not prefix.startswith("و") or bool(self._nisba(i - 1)))

    def _longer_listed(self, key: str, i: int, n: int) -> str:
        """"الاتحاد الأوروبي" in a sentence about football is UEFA ("الاتحاد الأوروبي لكرة القدم" shortened): a listed
        organization whose name opens a longer listed name goes to the longer one when the sentence holds the first
        word that tells them apart (كرة)."""
        longer = _longer_names(self.gaz).get(key)
        if not longer:
            return key
        words = {_bare_stem(self.keys[k]) for k in self._in_sentences((self._sentence_no(i),), len(self.keys))
                 if not i <= k < i + n}
        return next((other for other, word in longer if word in words), key)

    def _named_in_full_before(self, key: str) -> str | None:
        """«حزب العمال» after «حزب العمال الكردستاني»: a listed short name stands for the one listed body whose longer
        name it opens and which the article named before, not for another that bears the short name (UK Labour)."""
        longer = _opened_names(self.gaz).get(key)
        if not longer:
            return None
        earlier = {m.key for m in self.mentions} & longer
        return next(iter(earlier)) if len(earlier) == 1 else None

    def _city_context(self, i: int, prefix: str) -> bool:
        """Two more contexts that make a capital the city, not its government (beside a locative word before it):
        the capital noun and the state's adjective before it ("العاصمة الفلبينية مانيلا": the apposition names the
        city the capital noun announced), and a conjunction joining it to a capital that is a city there ("من
        الرباط إلى القاهرة ودمشق": cities in one list are the same kind of thing)."""
        if i >= 2 and stem_is_capital(self.keys[i - 2]) and self._nisba(i - 1):
            return True
        if not prefix.startswith("و") or i == 0:
            return False
        hit = self.gaz.names.match(self.keys, i - 1)
        if not hit or hit[0] != 1 or hit[2][0]["key"] not in self.gaz.capitals:
            return False
        before = self.keys[i - 2] if i >= 2 else ""
        return hit[1].startswith(("ب", "وب", "فب")) or before in _LOCATIVE or self._city_context(i - 1, hit[1])

    def _dateline(self, i: int, n: int) -> bool:
        """"بيروت - الاثنين", "الجزائر (أ ف ب)": a city opening a line before a dash or bracket is where the
        story was filed, not the government."""
        text = self.a.text
        line_start = i == 0 or "\n" in text[self.toks[i - 1].span.end:self.toks[i].span.begin]
        nxt = self.keys[i + n] if i + n < len(self.keys) else ""
        dated = nxt == "في" and i + n + 1 < len(self.keys) and self.keys[i + n + 1][:1].isdigit()
        # "أحمد علي- سبق- القاهرة:": the city closing a byline, after a dash and before the colon
        bylined = i > 0 and self.keys[i - 1] in ("-", "–", "—") and nxt == ":"
        return line_start and (nxt in ("-", "(", "–", "—", ":", "/") or dated) or bylined  # "أبوظبي في 3 مارس"

    def _filed_at(self, i: int, n: int) -> bool:
        """The name at i (n tokens) is a dateline's place: a city opening a line (_dateline), one more city of it
        after a dash («القاهرة - عمان -»), or a place a news agency's name follows («عمان - بترا», «عمان (أ ف ب)»)."""
        if self._dateline(i, n) or i >= 2 and self.keys[i - 1] in ("-", "–", "—") and self._dateline(i - 2, 1):
            return True
        j = i + n + (i + n < len(self.keys) and self.keys[i + n] in ("-", "–", "—", "("))
        m = self.gaz.names.match(self.keys, j) if j < len(self.keys) else None
        return bool(m) and any(self.gaz.rows.get(q["key"], {}).get("kind") == "agency" for q in m[2])

    def _foreign_shaped(self, i: int) -> bool:
        return _foreign_shaped(self.keys[i])

    def _quoted_name(self, i: int, end: int) -> list[RawMention] | None:
        """'وكالة "سبوتنيك" الروسية', 'شبكة "إيه بي سي"': a media head noun, then the name in quotes."""
        if i + 2 >= end or self.keys[i + 1] != '"' or \
                not any(s in _MEDIA_HEADS for _p, s in clitic_variants(self.keys[i])):  # the cheap tests first
            return None
        m = self.gaz.names.match(self.keys, i + 2, clitics=False)
        if not m or i + 2 + m[0] >= end or self.keys[i + 2 + m[0]] != '"':
            return None
        last = i + 3 + m[0]
        p = m[2][0]
        return [RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"]),
                RawMention(i + 2, last - 1, self._span(i + 2, last - 1), p["type"], "gazetteer", key=p["key"])]
