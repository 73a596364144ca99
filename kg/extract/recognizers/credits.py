"""Recognizer: a photo credit ("(ألكسندر بوغدانوف/فرانس برس)") and the outlet a source line credits ("المصدر | واس")."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import _BRACKET_CREDIT_HEADS, _CREDIT_HEADS, _NEWSPAPER_HEADS, _SOURCE_LABELS
from kg.text.translit import transliterate
from kg.vocab import slug


class Credits:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _credit(self, i: int, end: int) -> list[RawMention] | None:
        """A photo credit "(ألكسندر بوغدانوف/فرانس برس)": a person, then the agency."""
        if self.keys[i] != "(" or i + 2 >= end:
            return None
        ne = self._read_name(i + 1)
        if ne - (i + 1) < 2 or ne >= end or self.keys[ne] != "/":
            return self._bracket_agency(i, end)
        org = self._gazetteer(ne + 1, end)
        if not org or org[0].type != "Organization":
            return None
        return [RawMention(i + 1, ne, self._span(i + 1, ne), "Person", "person", name=tuple(self.keys[i + 1:ne])),
                org[0]]

    def _bracket_agency(self, i: int, end: int) -> list[RawMention] | None:
        """"(الفرنسية)", "(الفرنسية - أرشيف)": an agency credited between brackets by its adjective alone, as news
        credits a wire story or a photo; only a listed agency («الوكالة الفرنسية»: AFP), never a bare nationality."""
        j = i + 1
        if j + 1 >= end or self.keys[j + 1] not in (")", "-", "/"):
            return None
        close = next((k for k in range(j + 1, min(end, j + 5)) if self.keys[k] == ")"), None)
        if close is None:
            return None
        for head in _BRACKET_CREDIT_HEADS:
            m = self.gaz.names.match([head, self.keys[j]], 0, clitics=False)
            if m and m[0] == 2 and m[2][0]["type"] == "Organization":
                return [RawMention(j, j + 1, self._span(j, j + 1), "Organization", "gazetteer", key=m[2][0]["key"])]
        return None

    def _source_line(self, i: int, end: int) -> list[RawMention] | None:
        """"المصدر | الحرة" / "المصدر: رويترز": the outlet an article credits, an organization."""
        if self.keys[i] not in _SOURCE_LABELS or i + 2 >= end + 1 or self.keys[i + 1] not in ("|", ":", "-"):
            return None
        j = i + 2
        k = j
        while k < end and k - j < 4 and any("\u0621" <= c <= "\u064a" or c.isalpha() for c in self.keys[k]):
            k += 1
        if k == j:
            return None
        rest = self.keys[j:k]
        found = self._credited(j, k, rest)
        if found:
            self.outlet = found[0].key
        return found

    def _credited(self, j: int, k: int, rest: list[str], media_only: bool = False) -> list[RawMention]:
        """The outlet named by `rest`; `media_only`: the bare name is a place, so only a media outlet's name
        ("صحيفة الرياض") is looked up."""
        for head in (() if not media_only else _NEWSPAPER_HEADS, *((h,) for h in _CREDIT_HEADS)):
            probe = [*head, *rest]
            m = self.gaz.names.match(probe, 0, clitics=False)
            if m and m[0] == len(probe):
                p = m[2][0]
                return [RawMention(j, k, self._span(j, k), p["type"], "gazetteer", key=p["key"])]
        name = " ".join(rest)
        return [RawMention(j, k, self._span(j, k), "Organization", "named",
                           key="org_" + slug(transliterate(name).lower().replace("'", "")), label_ar=name,
                           label_en=transliterate(name), extra={"unknown": True, "kind": "outlet"})]
