"""Recognizer: a place noun and its name ("مدينة حلب", "محافظة البيضاء")."""

from __future__ import annotations

from functools import lru_cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _ADMIN_NOUNS,
    _NAME_LINKS,
    _ORDINALS,
    _PLACE_NOUNS,
    _common_words,
    place_key,
    stem_is_capital,
)
from kg.lexicon import clitic_variants
from kg.text.normalize import norm


@lru_cache(maxsize=1 << 17)
def _place_kind(key: str) -> str | None:
    """The kind of place noun the last clitic reading of `key` that is one names (asked at every token)."""
    kind = None
    for _p, stem in clitic_variants(key):
        kind = _PLACE_NOUNS.get(stem) or kind
    return kind


class Places:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _place_noun(self, i: int, end: int) -> list[RawMention] | None:
        kind = _place_kind(self.keys[i])
        if not kind or i + 1 >= end:
            return None
        n = 1
        if stem_is_capital(self.keys[i]) and self._nisba(i + 1) and i + 2 < end:
            n = 2  # "العاصمة السورية دمشق"
        inner = self._gazetteer(i + n, end)
        if n == 2 and not (inner and inner[0].type == "Place" and inner[0].key in self.gaz.capitals):
            return None
        if inner and inner[0].type in ("Place", "State"):
            g = inner[0]
            row = self.gaz.rows.get(g.key or "", {})
            # "محافظة إب" is the governorate of the town Ibb; "منطقة قعطبة" (an area) is Qatabah itself, unless the
            # gazetteer lists a region of that name ("منطقة ألما آتا")
            admin = any(stem in _ADMIN_NOUNS for _p, stem in clitic_variants(self.keys[i])) or \
                kind == "region" and f"{g.key}_region" in self.gaz.rows
            if admin and row.get("kind") not in ("region", "macro_region") and g.type == "Place":
                return [RawMention(i, g.last, self._span(i, g.last), "Place", "place", key=f"{g.key}_region",
                                      label_en=f"{row.get('label_en', g.key)} Region",
                                      label_ar=norm(self.a.text[self._span(i, g.last).begin:self._span(i, g.last).end]),
                                      extra={"country": row.get("country_key")})]
            if g.type == "State":  # "مدينة موسكو" is the city even when moscow usually stands for russia
                return None
            # the name alone is a mention of the place too ("العاصمة دمشق" ... "دمشق")
            return [RawMention(i, g.last, self._span(i, g.last), "Place", "place", key=g.key), g]
        j = i + 1
        if self.keys[j] == '"':
            j += 1
        admin = any(stem in _ADMIN_NOUNS for _p, stem in clitic_variants(self.keys[i]))
        ne = self._place_name(j, end, admin)
        if ne == j or stem_is_capital(self.keys[i]):
            return None  # "العاصمة" is followed by a known capital, not by an unknown name
        name = " ".join(self.keys[j:ne])
        return [RawMention(i, ne, self._span(i, ne), "Place", "place", key=place_key(name),
                           label_ar=name, extra={"unknown": True, "name": tuple(self.keys[j:ne])})]

    def _place_name(self, j: int, end: int, admin: bool = False) -> int:
        """End of a place's name after a place noun ("بلدة الفوعة", "مديرية مشرعة وحدنان", "محلة داود العلي"):
        one or two name words, definite ones allowed unless they are common nouns ("منطقة العمليات")."""
        k = j
        while k < end and k - j < 3:
            tok = self.keys[k]
            if k > j and "\n" in self.a.text[self.toks[k - 1].span.end:self.toks[k].span.begin]:
                break
            link = k > j and self.keys[k - 1] in _NAME_LINKS
            if not self._name_word(k) or self._nisba(k) or self._state_at(k) or tok.isdigit():
                break
            definite = self.toks[k].norm if tok.startswith("ال") else "ال" + self.toks[k].norm
            if (definite in _common_words() and not (admin and k == j)) or \
                    (k > j and not (link or tok.startswith("ال"))):
                break
            if not tok.startswith("ال") and (tok.startswith("لل")
                                             or tok.endswith(("ها", "هم", "يه"))):
                break  # "منطقة عازلة", "قرية زراعية", "منطقة للقراء", "منطقة يمكنها": a common word, not a name
            if any(stem in _PLACE_NOUNS for _p, stem in clitic_variants(tok)):
                break  # "عاصمة محافظة أبين": the next place noun opens its own name
            if tok.startswith(("تت", "يت", "نت", "يست", "تست")) and not self._given(k):
                break  # "محافظة تتحرر": a verb
            if k == j and tok.startswith("و"):
                break  # "قرية وكل": a conjunction opens the next phrase
            if k == j and self.toks[k].norm in _ORDINALS:
                break  # "لولاية خامسة", "ولاية جديدة": a term of office or a new state, no name
            if self.lex.groups.match(self.keys, k) or self.lex.institutions.match(self.keys, k) or \
                    self.lex.force_nouns.match(self.keys, k):
                break
            k += 1
        while k > j and self.keys[k - 1] in _NAME_LINKS:
            k -= 1
        return k
