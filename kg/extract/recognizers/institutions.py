"""Recognizer: an institution and its owner ("وزارة الداخلية السعودية", "شرطة دبي")."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _MINISTRY_HEADS,
    _MISSIONS,
    _NAME_LINKS,
    _PATRONYM_LINKS,
    _SUPRANATIONAL,
    _demonstratives,
    _owner_from,
)
from kg.lexicon import clitic_variants
from kg.text.normalize import norm
from kg.text.romanize import romanize
from kg.text.translit import transliterate
from kg.vocab import slug


class Institutions:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _institution(self, i: int, end: int) -> list[RawMention] | None:
        m = self.lex.institutions.match(self.keys, i) or self._ministry(i, end)
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        if not prefix and i > 0 and self.keys[i - 1] in _demonstratives():
            return None  # "هذا الجيش": points back to an army named before, maybe no state's
        p = payloads[0]
        # an ambiguous head ("النظام": regime or system) takes only an owner right after it ("النظام المالي السعودي")
        j, owner, nested = self._owner(i + n, end, adjective=not p.get("needs_owner"))
        explicit = owner is not None
        if owner is None and i + n < len(self.keys) and self.keys[i + n] in _SUPRANATIONAL:
            # "البرلمان العربي": a body of many states, not any one state's parliament (the adjective may lie past
            # `end`, where a title that names the body stops: "رئيس البرلمان العربي")
            return None
        if owner is None and (source := _owner_from().get((self.keys[i][len(prefix):], *self.keys[i + 1:i + n]))):
            recent = self._inst_owner.get(source)
            if recent is None:
                return None  # "قوات النظام" with no regime named before: whose regime is unknown
            owner, explicit = recent[0], True
        if owner is None:
            if p.get("needs_owner") or i + n < end and self.keys[i + n] in _SUPRANATIONAL:
                return None  # "البرلمان العربي": a body of many states, not the story's country's parliament
            known = self.gaz.names.match(self.keys, i)
            if known and known[0] >= n and any(q["type"] == "Organization" for q in known[2]):
                return None  # "مجلس الأمن" with no owner is the gazetteer's (the UN Security Council)
            # a bare head continues a recent explicit owner ("وزارة الخارجية الأمريكية ... وقالت وزارة الخارجية")
            recent = self._inst_owner.get(p["key"])
            owner = self._title_holder_state(i) or (
                recent[0] if recent and self._sentence_no(i) - recent[1] <= 3 else self.focus)
            if owner is None:
                return None
            inherited_site = recent[2] if recent and owner == recent[0] else None
        else:
            inherited_site = None
        site = None
        if p["key"] in _MISSIONS and j + 1 < end and self.keys[j] == "في":
            loc = self._gazetteer(j + 1, end)
            if loc and loc[0].type == "Place":
                site = loc[0]
                nested.append(site)
                j = site.last
        if site is not None or explicit:
            self._inst_owner[p["key"]] = (owner, self._sentence_no(i), site.key if site else None)
        listed = self.gaz.names.match(self.keys, i)
        if listed and listed[0] >= j - i and listed[2][0]["type"] != "State":
            return None  # "الجيش الوطني الليبي": a listed armed group, not Libya's army
        span = self._span(i, j)
        if p["foreign_as_state"] and owner != self.focus:
            return nested + [RawMention(i, j, span, "State", "institution", key=owner, prefix=prefix)]
        key = self._org_by_institution.get((p["key"], owner), f"{owner}_{p['key']}")
        if site is not None or inherited_site:
            key = f"{key}_{site.key if site else inherited_site}"
        owner_row = self.gaz.rows.get(owner, {})
        label_en = p["label_en"].format(country=owner_row.get("label_en", owner))
        head = " ".join(t.text for t in self.toks[i:i + n])
        owner_ar = (owner_row.get("names") or [owner])[0]
        return nested + [RawMention(i, j, span, p["type"], "institution", key=key, label_en=label_en,
                                    label_ar=f"{norm(head)} ({owner_ar})", extra={"country": owner}, prefix=prefix)]

    def _ministry(self, i: int, end: int) -> tuple[int, str, list[dict]] | None:
        """«وزارة الشؤون البلدية والقروية», «وزارة النقل»: the ministry head and a portfolio the institutions list does
        not name (one definite noun, its definite adjectives and a definite conjunct, four words at most, none a
        nationality, a listed name, a title or a function word), read as a listed institution would be."""
        prefix = next((p for p, s in clitic_variants(self.keys[i]) if s in _MINISTRY_HEADS), None)
        if prefix is None or i + 1 >= end or self.lex.institutions.match(self.keys, i + 1):
            return None  # «وزارة الحرس الوطني»: the listed body keeps its mention
        j = i + 1
        while j < end and j - i <= 4:
            word = self.keys[j]
            stem = word[1:] if j > i + 1 and word.startswith("وال") else word
            if not stem.startswith("ال") or len(stem) < 5 or stem in self.stop or self._nisba(j) or \
                    self._state_at(j) or self.gaz.names.match(self.keys, j) or self.lex.titles.match(self.keys, j) \
                    or self._is_date_word(j):
                break
            j += 1
        if j == i + 1:
            return None
        # the key of its portfolio's words without the article («وزارة النقل»: naql_ministry)
        portfolio = " ".join(w[3:] if w.startswith("وال") else w[2:] for w in self.keys[i + 1:j])
        name = romanize(" ".join(self.toks[k].text for k in range(i + 1, j)))
        return j - i, prefix, [{"key": f"{slug(transliterate(portfolio).lower().replace(chr(39), ''))}_ministry",
                                "label_en": f"Ministry of {name} of {{country}}", "type": "Organization",
                                "foreign_as_state": False, "needs_owner": False}]

    def _title_holder_state(self, i: int) -> str | None:
        """"الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء": a bare body named in the title
        that follows a listed person's name is a body of that person's state (not of the story's focus country). The
        title must run unbroken from the name to the body (no punctuation, verb or other name) and end in a title
        word right before it."""
        if i == 0 or not self.lex.titles.match(self.keys, i - 1):
            return None
        for m in reversed(self.mentions):
            if m.last > i or i - m.last > 10:
                return None
            if m.type != "Person":
                return None
            country = self.gaz.rows.get(m.key or "", {}).get("country_key")
            if not country or self.gaz.rows.get(m.key, {}).get("type") != "Person":
                return None
            between = range(m.last, i)
            if any(not self.keys[k].isalpha() or self.lex.speech.match(self.keys, k) or
                   self.lex.actions.match(self.keys, k) or self._state_at(k) or self._nisba(k) for k in between):
                return None
            return country if self._title_run(m.last, i) else None
        return None

    def _title_run(self, k: int, i: int) -> bool:
        """keys[k:i] are titles, the rest of a name (بن X) and at most two other words, none a function word but a
        definite ordinal («ولي ولي العهد النائب الثاني لرئيس»; not «... مباحثات مع رئيس»)."""
        others = 0
        while k < i:
            t = self.lex.titles.match(self.keys, k)
            if t:
                k += t[0]
                continue
            if (self.keys[k] in _PATRONYM_LINKS or self.keys[k] in _NAME_LINKS) and k + 1 < i:
                k += 2
                continue
            if self.keys[k] in self.stop and not self.keys[k].startswith("ال") or others == 2:
                return False
            others += 1
            k += 1
        return True
        return None

    def _owner(self, j: int, end: int, adjective: bool = False) -> tuple[int, str | None, list[RawMention]]:
        """An institution's owner right after its head: nisba, country name, or في + country name; with
        `adjective`, also a nisba after one adjective of the head."""
        if j >= end:
            return j, None, []
        nis = self._nisba(j)
        if nis:
            return j + 1, nis, []
        if adjective and j + 1 < end and self.keys[j].startswith("ال") and self.keys[j] not in self.stop and \
                self.keys[j] not in _SUPRANATIONAL and self.keys[j + 1].startswith("ال") and \
                not self._state_at(j) and (nis := self._nisba(j + 1)):
            # (a nisba agrees with the head, article and all: not "البرلمان العربي إيران", the verb's object)
            return j + 2, nis, []  # "السلطات القضائية الأمريكية", "الشرطة الفيدرالية الأمريكية": an adjective first
        st = self._state_at(j) if not self._definite_at(j - 1) else None  # «الخارجية إسرائيل»: no genitive
        if st:
            return j + st[0], st[1], [RawMention(j, j + st[0], self._span(j, j + st[0]), "State", "gazetteer", st[1])]
        if self.keys[j] == "في" and (st := self._state_at(j + 1)):
            return j + 1 + st[0], st[1], [RawMention(j + 1, j + 1 + st[0], self._span(j + 1, j + 1 + st[0]),
                                                     "State", "gazetteer", st[1])]
        if self.keys[j] == "في" and (place := self._territory_at(j + 1)):
            # "وزارة الصحة في غزة": a territory's own authority, owned by the state it belongs to
            return place.last, self.gaz.rows[place.key]["country_key"], [place]
        return j, None, []

    def _territory_at(self, j: int) -> RawMention | None:
        m = self.gaz.names.match(self.keys, j, clitics=False) if j < len(self.keys) else None
        if not m:
            return None
        p = m[2][0]
        row = self.gaz.rows.get(p["key"], {})
        if p["type"] != "Place" or row.get("kind") != "region" or not row.get("country_key"):
            return None
        return RawMention(j, j + m[0], self._span(j, j + m[0]), "Place", "gazetteer", p["key"])
