"""Recognizer: forces named after a person or a body ("قوات صالح", "قوات النظام")."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import _allegiance, _gazetteer_surnames
from kg.lexicon import clitic_variants
from kg.text.normalize import norm


class Forces:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _person_forces(self, i: int, end: int) -> list[RawMention] | None:
        """"قوات صالح", "مليشيات الرئيس المخلوع علي عبدالله صالح", "القوات الموالية لصالح": armed men named after
        the person they follow are a collective actor of their own, apart from the person and from any state's army
        (the person is a mention too)."""
        noun = self.lex.force_nouns.match(self.keys, i)
        if noun is None:
            g = self.lex.groups.match(self.keys, i)
            noun = g if g and g[2][0]["key"] == "militias" else None
        if noun is None or i + noun[0] >= end:
            return None
        j = i + noun[0]
        governed = self.keys[j] in _allegiance() and j + 1 < end
        if governed:
            j += 1
        master = self._forces_master(j, end, governed)
        if not master:
            return None
        person = master[0]
        row = self.gaz.rows.get(person.key or "", {})
        span = self._span(i, person.last)
        label = row.get("label_en") or person.key
        return [RawMention(i, person.last, span, "Group", "group", key=f"{person.key}_forces",
                           label_en=f"{label} forces", label_ar=norm(self.a.text[span.begin:span.end]),
                           extra={"group": "forces", "country": row.get("country_key")}, prefix=noun[1]), *master]

    def _forces_master(self, j: int, end: int, governed: bool) -> list[RawMention] | None:
        """The person forces are named after, read at token j: a title and a name, a listed person's full name, or
        the family name alone of a person named earlier in the article or of a listed person of the story's
        country (one only); `governed`: the name carries the preposition ل ("لصالح")."""
        if not governed:
            titled = self._title(j, end)
            person = next((m for m in titled or [] if m.type == "Person" and m.first == j), None)
            if person is not None:
                return [m for m in titled if m.type == "Person" and m.key] if person.key else None
        m = self.gaz.names.match(self.keys, j, clitics=governed)
        if m and (not governed or m[1].endswith("ل")):
            p = next((q for q in m[2] if q["type"] == "Person"), None)
            return [RawMention(j, j + m[0], self._span(j, j + m[0]), "Person", "person", key=p["key"],
                               name=tuple(self.keys[j:j + m[0]]), prefix=m[1])] if p else None
        if j + 1 < end and self._is_name_token(j + 1, False):
            return None  # a longer name nobody listed
        for prefix, stem in clitic_variants(self.keys[j]):
            if (prefix == "ل") != governed or stem in self.stop or len(stem) < 3:
                continue
            earlier = {m.key for m in self.mentions if m.type == "Person" and m.key and m.name and len(m.name) > 1
                       and m.name[-1] == stem}
            listed = [k for k in _gazetteer_surnames(self.gaz).get(stem, [])
                      if self.gaz.rows[k].get("country_key") == self.focus]
            keys = earlier or set(listed)
            if len(keys) == 1:
                return [RawMention(j, j + 1, self._span(j, j + 1), "Person", "person", key=keys.pop(),
                                   name=(stem,), prefix=prefix)]
        return None
