"""Recognizer: an institution and its owner ("وزارة الداخلية السعودية", "شرطة دبي")."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import _MISSIONS, _demonstratives, _owner_from
from kg.text.normalize import norm


class Institutions:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _institution(self, i: int, end: int) -> list[RawMention] | None:
        m = self.lex.institutions.match(self.keys, i)
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        if not prefix and i > 0 and self.keys[i - 1] in _demonstratives():
            return None  # "هذا الجيش": points back to an army named before, maybe no state's
        p = payloads[0]
        j, owner, nested = self._owner(i + n, end)
        explicit = owner is not None
        if owner is None and (source := _owner_from().get((self.keys[i][len(prefix):], *self.keys[i + 1:i + n]))):
            recent = self._inst_owner.get(source)
            if recent is None:
                return None  # "قوات النظام" with no regime named before: whose regime is unknown
            owner, explicit = recent[0], True
        if owner is None:
            if p.get("needs_owner"):
                return None
            known = self.gaz.names.match(self.keys, i)
            if known and known[0] >= n and any(q["type"] == "Organization" for q in known[2]):
                return None  # "مجلس الأمن" with no owner is the gazetteer's (the UN Security Council)
            # a bare head continues a recent explicit owner ("وزارة الخارجية الأمريكية ... وقالت وزارة الخارجية")
            recent = self._inst_owner.get(p["key"])
            owner = recent[0] if recent and self._sentence_no(i) - recent[1] <= 3 else self.focus
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

    def _owner(self, j: int, end: int) -> tuple[int, str | None, list[RawMention]]:
        """An institution's owner right after its head: nisba, country name, or في + country name."""
        if j >= end:
            return j, None, []
        nis = self._nisba(j)
        if nis:
            return j + 1, nis, []
        st = self._state_at(j)
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
