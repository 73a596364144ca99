"""Recognizer: facilities named after a place ("مطار جدة")."""

from __future__ import annotations

from functools import lru_cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import _FACILITIES
from kg.lexicon import clitic_variants


@lru_cache(maxsize=1 << 17)
def _facility_of(key: str) -> tuple | None:
    """The facility noun a clitic reading of `key` is (asked at every token)."""
    return next((_FACILITIES[s] for _p, s in clitic_variants(key) if s in _FACILITIES), None)


class Facilities:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _facility(self, i: int, end: int) -> list[RawMention] | None:
        fac = _facility_of(self.keys[i])
        if not fac or i + 1 >= end:
            return None
        loc = self._gazetteer(i + 1, end)
        if not loc or loc[0].type not in ("Place", "State"):
            return None
        place = loc[0]
        if any(c in place.prefix for c in "بل"):
            return None  # "في مطار بإيطاليا": an airport in Italy, unnamed; not Italy's airport
        row = self.gaz.rows.get(place.key or "", {})
        # "أعلن مطار ألماتي": an airport that speaks or acts is its operator; "في مطار دمشق" is a place
        acts = i > 0 and bool(self.lex.speech.match(self.keys, i - 1) or self.lex.actions.match(self.keys, i - 1))
        etype = "Organization" if acts else "Place"
        # the operator and the place are two entities: one IRI cannot be a place in one article and an actor in
        # the next (the types are disjoint, and an action's actor must not be a place)
        key, label_en = f"{place.key}_{fac[0]}", f"{row.get('label_en', place.key)} {fac[1]}"
        if acts:
            key, label_en = f"{key}_operator", f"{label_en} (operator)"
        return [place, RawMention(i, place.last, self._span(i, place.last), etype, "institution",
                                  key=key, label_en=label_en,
                                  label_ar=f"{fac[2]} {(row.get('names') or [place.key])[0]}",
                                  extra={"country": row.get("country_key")})]
