"""Recognizer: armed and political groups by their head noun ("جماعة الحوثي", "تنظيم داعش")."""

from __future__ import annotations

from functools import cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import _AFFILIATION, _FORCES_LABEL, _LED_BY, _PARTITIVE
from kg.lexicon import DATA, clitic_variants, match_key, read_tsv, split_cell
from kg.text.normalize import norm


@cache
def _coalitions() -> dict[str, list[dict[str, str]]]:
    """kg/data/lexicon/coalitions.tsv by the match key of the bare head."""
    out: dict[str, list[dict[str, str]]] = {}
    for r in read_tsv(DATA / "lexicon" / "coalitions.tsv"):
        out.setdefault(match_key(norm(r["head"])), []).append(r)
    return out


class Groups:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _coalition(self, j: int, end: int) -> str | None:
        """The coalition a bare «التحالف» at j names (kg/data/lexicon/coalitions.tsv): the one named before in the
        article, the one led by the state after «بقيادة», or the one at war in the focus country."""
        rows = _coalitions().get(self.keys[j])
        if not rows:
            return None
        keys = {r["coalition"] for r in rows}
        earlier = [m.key for m in self.mentions if m.key in keys]
        if earlier:
            return earlier[-1]
        if j + 2 < end and self.keys[j + 1] == _LED_BY:
            m = self.gaz.names.match(self.keys, j + 2, clitics=False)
            leaders = {self.gaz.capitals.get(q["key"], q["key"]) for q in m[2]} if m else set()
            return next((r["coalition"] for r in rows if r["leader"] in leaders), None)
        return next((r["coalition"] for r in rows if self.focus in split_cell(r["theatres"])), None)

    def _group(self, i: int, end: int) -> list[RawMention] | None:
        forces = self.lex.force_nouns.match(self.keys, i)
        if forces and i + forces[0] < end:
            n = forces[0]
            nis = self._nisba(i + n)  # "القوات الروسية", "الطائرات الإسرائيلية": a state's forces
            if nis:
                row = self.gaz.rows.get(nis, {})
                return [RawMention(i, i + n + 1, self._span(i, i + n + 1), "Group", "group", key=f"{nis}_forces",
                                   label_en=f"{row.get('label_en', nis)} forces",
                                   label_ar=f"{_FORCES_LABEL} ({(row.get('names') or [nis])[0]})",
                                   extra={"country": nis},
                                   prefix=forces[1])]
            coalition, last = self._coalition(i + n, end), i + n + 1
            named = self.gaz.names.match(self.keys, i + n, clitics=False) if coalition else None
            listed = {r["coalition"] for rows in _coalitions().values() for r in rows}
            if named and i + n + named[0] <= end and (key := next(
                    (q["key"] for q in named[2] if q["key"] in listed), None)):
                # "طيران التحالف العربي لدعم الشرعية", "قوات التحالف الدولي": the coalition's listed name runs on
                coalition, last = key, i + n + named[0]
            if coalition:  # "طائرات التحالف": the coalition itself, as "قوات التحالف العربي" is
                return [RawMention(i, last, self._span(i, last), "Organization", "gazetteer",
                                   key=coalition, prefix=forces[1])]
        m = self.lex.groups.match(self.keys, i)
        if not m or i + m[0] > end:
            return None
        n, prefix, payloads = m
        p = payloads[0]
        if p.get("scope") == "global" and n == 1 and not prefix and i > 0 and self._described_by_people(i - 1):
            return None  # "الساسة العرب", "لأشقائها العرب": the adjective of a people after a noun, no collective
        if p.get("homograph") and not self._collective_context(i, i + n, end):
            return None  # "في السنة الأولى", "السنة النبوية": the year, the Sunnah
        scope = (self.focus or "world") if p.get("scope") != "global" else "world"
        if p.get("short") and not any(m.key == f"{scope}_{p['key']}" for m in self.mentions):
            return None  # a bare «المقاومة» is the popular resistance only once the article has named it in full
        if p.get("short") and prefix.endswith("لل") and any(m.last == i for m in self.mentions):
            return None  # "المجلس العسكري للمقاومة": part of a body's name, not the resistance acting
        j = i + n
        # "قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي": the group belongs to the organization
        if j + 1 < end and self.keys[j] in _AFFILIATION:
            org = self._gazetteer(j + 1, end)
            if org and org[0].type == "Organization":
                return [RawMention(i, org[0].last, self._span(i, org[0].last), "Group", "group",
                                   key=f"{org[0].key}_{p['key']}", label_en=p["label_en"], label_ar=p["label_ar"],
                                   extra={"group": p["key"]}), org[0]]
        if j < end and p.get("scope") != "global":
            named = next((m for m in (self.gaz.names.match([w], 0, clitics=False)
                                      for w in (self.keys[j], "ال" + self.keys[j]) if not w.startswith("الال"))
                          if m and m[0] == 1 and m[2][0]["type"] == "Group"), None)
            if named:  # "مسلحين حوثيين": gunmen of a listed armed group are that group
                return [RawMention(i, j + 1, self._span(i, j + 1), "Group", "gazetteer", key=named[2][0]["key"],
                                   prefix=prefix)]
        if j + 1 < end and p.get("scope") != "global" and self.keys[j] in _PARTITIVE:
            listed = self._gazetteer(j + 1, end)
            if listed and listed[0].type == "Group" and listed[0].first == j + 1:
                # "مسلحون من حزب العمال الكردستاني": the gunmen are the listed group, not the story's armed men
                return [RawMention(i, j, self._span(i, j), "Group", "gazetteer", key=listed[0].key, prefix=prefix),
                        *listed]
        people = self.lex.groups.match(self.keys, j) if j < end and p.get("scope") != "global" else None
        if people and not people[1] and people[0] == 1 and people[2][0].get("scope") == "global":
            # "المسلحين الأكراد": the armed men of a people, not the story's country's (a people named in one word, as
            # an adjective; "تتهم المعارضة المجتمع الدولي" is the opposition and the international community)
            q, last = people[2][0], j + people[0]
            return [RawMention(i, last, self._span(i, last), "Group", "group", key=f"{q['key']}_{p['key']}",
                               label_en=f"{q['label_en']} {p['label_en']}", label_ar=p["label_ar"],
                               extra={"group": p["key"]}, prefix=prefix)]
        nis = self._nisba(j) if j < end and p.get("scope") != "global" else None
        if nis:  # "المعارضة السورية", "قوات الأمن التركية": the collective of the country named, not the story's
            return [RawMention(i, j + 1, self._span(i, j + 1), "Group", "group", key=f"{nis}_{p['key']}",
                               label_en=p["label_en"], label_ar=p["label_ar"],
                               extra={"group": p["key"], "country": nis}, prefix=prefix)]
        if j < end and p.get("scope") != "global" and self._group_adjective(i + n - 1, j):
            j += 1  # "مليشيات طائفية", "الميليشيات الشيعية": the adjective is part of how the text names them
        return [RawMention(i, j, self._span(i, j), "Group", "group", key=f"{scope}_{p['key']}",
                           label_en=p["label_en"], label_ar=p["label_ar"],
                           extra={"group": p["key"], "country": self.focus}, prefix=prefix)]

    def _collective_context(self, i: int, j: int, end: int) -> bool:
        """A word written like a common noun names a collective beside another one ("الشيعة والسنة", "السنة
        والأكراد"), before a people's adjective ("السنة العرب") or after a trigger that acts on it ("تهجير السنة")."""
        if i > 0 and (self.keys[i][:1] == "و" and self.lex.groups.match(self.keys, i - 1) or
                      self.lex.actions.match(self.keys, i - 1)):
            return True
        return j < end and bool(self.lex.groups.match(self.keys, j) or self._nisba(j))

    def _group_adjective(self, noun: int, j: int) -> bool:
        """A feminine adjective agreeing with a plural group noun (definite after a definite noun): not a
        nationality (that names the country's collective), not a function word, not a word with a pronoun."""
        tok, word = self.keys[j], self.toks[j].norm
        definite = any(s.startswith("ال") for _p, s in clitic_variants(self.keys[noun]))
        if tok.startswith("ال") != definite or not word.endswith("يه") or len(word) < 5 + 2 * definite:
            return False
        return not (self._nisba(j) or tok in self.stop or self.lex.groups.match(self.keys, j)
                    or self.gaz.names.match(self.keys, j)  # "الميليشيات الحوثية": the Houthis, a listed group
                    or self.lex.titles.match(self.keys, j) or self.lex.institutions.match(self.keys, j))

    def _described_by_people(self, k: int) -> bool:
        """A definite noun at k (with the article or a possessive pronoun, not a function word or a name) that the
        people's name after it describes as an adjective ("الكتّاب العرب", "أشقائها العرب")."""
        word = self.keys[k]
        if word in self.stop or self.gaz.names.match(self.keys, k) or not word.isalpha():
            return False
        definite = any(s.startswith("ال") and len(s) > 4 for _p, s in clitic_variants(word))
        possessed = len(word) > 5 and word.endswith(("ها", "هم"))
        return definite or possessed
