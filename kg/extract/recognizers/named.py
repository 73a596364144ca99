"""Recognizer: an organization, party or body named by a head noun and a name nobody listed ("حزب النور")."""

from __future__ import annotations

from functools import lru_cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _NAME_LINKS,
    _NOT_LAM_CLITIC,
    _common_words,
    _given_names,
    _head_not_after,
    _honoree_heads,
    _name_heads,
    _sited_heads,
    _strict_heads,
    _strictest_heads,
    _unclitic,
    common_after_head,
)
from kg.lexicon import clitic_variants, head_labels
from kg.text.normalize import norm
from kg.text.romanize import romanize
from kg.text.translit import transliterate
from kg.vocab import slug


# Per written token, not per position: the recognizer asks these at every token of every article, and a token's
# answer depends on its spelling alone (the head nouns are fixed for the process)
@lru_cache(maxsize=1 << 17)
def _head_reading(written: str) -> tuple[str, str] | None:
    """(prefix, head noun) of the first clitic reading of `written` that is a name's head noun."""
    heads = _name_heads()
    return next(((p, s) for p, s in clitic_variants(written) if s in heads), None)


@lru_cache(maxsize=1 << 17)
def _definite_org_head(written: str) -> tuple[str, str] | None:
    """(prefix, head noun without the article) of the first reading of `written` that is a definite
    organization head ("الهيئة")."""
    heads = _name_heads()
    return next(((p, s[2:]) for p, s in clitic_variants(written)
                 if s.startswith("ال") and heads.get(s[2:], ("",))[0] == "Organization"), None)


def _possessed(word: str) -> bool:
    """An indefinite word with a possessive pronoun ("فريقها", "اقتصادنا")."""
    return not word.startswith("ال") and len(word) >= 5 and word.endswith(("ها", "هم", "هما", "كم", "نا"))


_ROYAL_ROLES = {"king", "emir", "crown_prince", "deputy_crown_prince"}
_HONOREE_TITLES = {"king": "King", "emir": "Prince", "crown_prince": "Prince", "deputy_crown_prince": "Prince"}


class Named:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    def _named(self, i: int, end: int) -> list[RawMention] | None:
        """A head noun opening a proper name: "حركة النجباء", "حزب العمال الكردستاني", 'صحيفة "الوطن"',
        "مخيم جباليا". Known names keep their gazetteer entity; others get a key from the name."""
        # the written form, not the key: the key folds "نادية" (a given name) onto "نادي" (a club)
        head = _head_reading(self.toks[i].norm)  # self.heads is _name_heads()
        if head is None and i + 1 < end:
            return self._definite_institution(i, end)
        if head is None or i + 1 >= end:
            return None
        prefix, stem = head
        etype, kind = self.heads[stem]
        if prefix and _head_not_after().get(stem) in (prefix, prefix[-1:]):
            return None  # "التحالف بقيادة السعودية": led by Saudi Arabia, no command named
        j = i + 1
        if common_after_head(stem, self.keys[j]):
            return None  # "حركة السوق", "حركة الرياح": what moves, not a movement
        if self.keys[j][:1] == "ل" and not self.gaz.names.match(self.keys, j, clitics=False):
            return None  # "مركز للتعليم", "مركز لقوات الاحتياط": what the place is for, not its name
        royal = self._royal_name(j, end) if stem in _honoree_heads() else None
        if self.keys[j] == '"':
            close = next((k for k in range(j + 1, min(end, j + 7)) if self.keys[k] == '"'), None)
            if close is None or close == j + 1:
                return None
            name_end, last = close, close + 1
            name_start = j + 1
        elif royal is not None:
            # "جامعة الملك سعود", "مركز الملك سلمان للإغاثة", "مستشفى الملك فهد التخصصي": a body named after a
            # king or a prince, not the man; what the body is for or an adjective may complete the name
            name_start, name_end = j, royal
            keyed = None
            while name_end < end and name_end - j < 7 and self.keys[name_end].startswith("ال") and \
                    not self._nisba(name_end) and self._name_word(name_end):
                name_end += 1
            if name_end < end and self.keys[name_end].startswith("لل") and self._name_word(name_end) and \
                    not self.gaz.names.match(self.keys, name_end):
                name_end += 1
                keyed = name_end  # what it is for names it; its conjuncts and adjectives, written or not, do not
                # "للإغاثة والأعمال الإنسانية", "للعلوم والتقنية": what it is for, conjoined, and its adjectives
                while name_end < end and name_end - j < 9 and (self._org_adjective(name_end, j) or self.keys[
                        name_end].startswith("وال") and self._name_word(name_end) and not (
                        self.gaz.names.match(self.keys, name_end) or self.lex.institutions.match(self.keys, name_end))):
                    name_end += 1  # (not "والأمم المتحدة": a name of its own)
            last = name_end
            label_ar = " ".join(_unclitic(norm(self.a.text[self._span(i, last).begin:self._span(i, last).end])
                                          .split(), prefix))
            title = self.lex.titles.match(self.keys, j)
            role = title[2][0].get("role")
            # a body named after a prince: "Prince Sultan", not "Emir Sultan" (the Arabic label keeps the whole name)
            honoree = f"{_HONOREE_TITLES.get(role) or title[2][0].get('label_en') or ''} " \
                f"{romanize(' '.join(self.toks[k].text for k in range(j + title[0], royal)))}".strip()
            label_en = (head_labels().get(stem) or "{name}").format(name=honoree)
            key = ("org_" if etype == "Organization" else "place_") + \
                slug(transliterate(" ".join([stem, *self.keys[j:keyed or last]])).lower().replace("'", ""))
            return [RawMention(i, last, self._span(i, last), etype, "named", key=key, label_ar=label_ar,
                               label_en=label_en, extra={"unknown": True, "kind": kind, "honoree": True},
                               prefix=prefix)]
        else:
            listed = self.gaz.names.match(self.keys, j, clitics=False)
            if etype == "Organization" and listed and listed[0] >= 2 and \
                    any(self.gaz.rows.get(p["key"], {}).get("kind") == "region" and
                        self.gaz.rows.get(p["key"], {}).get("country_key") for p in listed[2]):
                # "قيادة إقليم كردستان العراق": the body of a listed region, whose name is not the body's (a state
                # or the Arab world may be: "بنك الصين الشعبي", "مركز العالم العربي")
                return None
            name_start, name_end = j, j
            limit = 4 if etype == "Organization" else 2
            while name_end < end and name_end - j < limit and (self._name_word(name_end) or etype == "Organization"
                                                                and self._org_adjective(name_end, j)):
                tok = self.keys[name_end]
                # after the first word only definite words continue a name ("حزب العمال الكردستاني");
                # an indefinite word is a verb or the next phrase ("مخيم جباليا تعرض")
                if name_end > j and not (tok.startswith("ال") or tok.startswith("وال")) and \
                        self.keys[name_end - 1] not in _NAME_LINKS:
                    break  # ("كتيبة أبو عمارة": after a name link the next word goes on)
                if name_end > j and tok.startswith("و") and (self.lex.institutions.match(self.keys, name_end) or
                                                             self.lex.groups.match(self.keys, name_end) or
                                                             self.gaz.names.match(self.keys, name_end)):
                    break  # "قيادة الصواريخ والقوات الخاصة": the conjunct is an entity of its own
                if name_end > j + 1 and self.toks[name_end - 1].norm.endswith(("ي", "يه")) and \
                        not self.toks[name_end].norm.endswith(("ي", "يه")):
                    break  # after an adjective only adjectives ("حزب المؤتمر الشعبي", not "... المعارض الساعة")
                name_end += 1
                if self._nisba(name_end - 1):
                    break  # a nationality adjective closes the name ("حركة النجباء العراقية")
            if etype == "Organization" and name_end > name_start and name_end < end and \
                    self.keys[name_end].startswith("لل") and self._name_word(name_end) and \
                    not self.gaz.names.match(self.keys, name_end) and not self._nisba(name_end):
                name_end += 1  # "وكالة تونس الرسمية للأنباء": what the body is for completes its name
                while name_end < end and name_end - j < 7 and self._org_adjective(name_end, j):
                    name_end += 1  # "مركز الأهرام للدراسات السياسية"
            last = name_end
        if name_end == name_start:
            return None
        if etype == "Organization" and self.keys[j] != '"' and not self.keys[name_start].startswith("ال") and \
                "ال" + self.toks[name_start].norm in _common_words() and \
                not self.gaz.names.match(self.keys, name_start, clitics=False):
            return None  # "هيئة حكم", "حزب عمل", "مركز تجمع": a head noun and a common word name nothing
            # (a place's head is a surer sign: "جبل صبر")
        whole = [stem] + self.keys[name_start:name_end]  # 'منظمة "معاهدة الأمن الجماعي"' is a known name
        known = self.gaz.names.match(whole, 0, clitics=False)
        if not (known and known[0] == len(whole)) and len(whole) > 2 and self._nisba(name_end - 1):
            whole = whole[:-1]  # "جماعة الحوثي اليمنية": a known name with its nationality
            known = self.gaz.names.match(whole, 0, clitics=False)
        if not (known and known[0] == len(whole)) and len(whole) > 2 and \
                self.keys[name_end - 1].endswith(("ي", "ه")) and known and known[0] == len(whole) - 1:
            whole = whole[:-1]  # "جماعة الإخوان المحظورة": a known name with a describing adjective
        if known and known[0] == len(whole):
            p = known[2][0]
            full = RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"], prefix=prefix)
            core = i + len(whole)  # "تنظيم داعش الإرهابي": the known name is a mention too
            if core < last and self.keys[j] != '"':
                return [full, RawMention(i, core, self._span(i, core), p["type"], "gazetteer", key=p["key"],
                                         prefix=prefix)]
            return [full]
        if self.keys[name_start].endswith(("ي", "يه", "ه")) and not self.keys[name_start].startswith("ال") and \
                self.keys[j] != '"':
            return None  # "تحالف عسكري", "خلية تابعة للتنظيم": an adjective, not a name
        if self.keys[j] != '"' and _possessed(self.keys[name_start]) and \
                not self.gaz.names.match(self.keys, name_start, clitics=False):  # "جامعة فيينا"
            return None  # "قيادة فريقها", "موقع سقوطها": a noun with a possessive pronoun names nothing
        if stem in _strict_heads() and self.keys[j] != '"' and \
                not self._strict_name(name_start, stem in _strictest_heads()):
            return None
        inner = self.gaz.names.match(self.keys, name_start, clitics=False)
        nested: list[RawMention] = []
        if inner and name_start + inner[0] == name_end:
            p = inner[2][0]
            place = RawMention(name_start, name_end, self._span(name_start, name_end), p["type"], "gazetteer",
                               key=p["key"])
            site = self._site(last, end, states=True) if stem in _sited_heads() and p["type"] == "Organization" \
                else None
            if site is not None:
                # "بعثة الأمم المتحدة في العراق": the mission, not the United Nations
                org = self.gaz.rows.get(p["key"], {}).get("label_en", p["key"])
                where = self.gaz.rows.get(site.key or "", {}).get("label_en", site.key)
                label_ar = " ".join(_unclitic(norm(self.a.text[self._span(i, site.last).begin:
                                                               self._span(i, site.last).end]).split(), prefix))
                return [RawMention(i, site.last, self._span(i, site.last), "Organization", "named",
                                   key=f"{p['key']}_{slug(kind)}_{site.key}", label_ar=label_ar,
                                   label_en=f"{org} {kind} in {where}", extra={"country": self._site_country(site)},
                                   prefix=prefix),
                        site]
            if not (etype == "Organization" and p["type"] in ("Place", "State")):
                return [RawMention(i, last, self._span(i, last), p["type"], "gazetteer", key=p["key"],
                                   prefix=prefix), place]
            nested = [place]  # "جامعة الخرطوم", "مطار X" aside: an organization named after a place is not the place
        sited = etype == "Organization" and stem in _sited_heads() and self.keys[j] != '"'
        if sited and last + 1 < end and self.keys[last] == "في":
            body = self._named(last + 1, end)
            if body and body[0].type == "Organization" and body[0].kind == "named" and not body[0].prefix:
                # "دائرة الإرهاب في محكمة الجنايات": a department of the court stands for the court
                head = body[0]
                return [RawMention(i, head.last, self._span(i, head.last), "Organization", "named", key=head.key,
                                   label_ar=head.label_ar, label_en=head.label_en, extra=dict(head.extra),
                                   prefix=prefix), *body]
        core_end = name_end - 1 if name_end - name_start > 1 and self._nisba(name_end - 1) else name_end
        name = " ".join(self.keys[name_start:core_end])  # the key leaves out a closing nisba
        site = self._site(last, end, states=False) if sited else None
        if site is not None:  # "محكمة الجنايات في بلبيس": the court of that town, not of any other
            nested.append(site)
            last = site.last
            name = f"{name} {site.key}"
        key = ("org_" if etype == "Organization" else "place_") + slug(transliterate(f"{stem} {name}").lower()
                                                                         .replace("'", ""))
        label_ar = " ".join(_unclitic(norm(self.a.text[self._span(i, last).begin:self._span(i, last).end])
                                      .strip('" ').split(), prefix))
        return [RawMention(i, last, self._span(i, last), etype, "named", key=key, label_ar=label_ar,
                           label_en=transliterate(label_ar), extra={"unknown": True, "kind": kind}, prefix=prefix),
                *nested]

    def _royal_name(self, j: int, end: int) -> int | None:
        """Where the name ends of a king or prince named after a royal title at j ("الملك سعود", "الأمير سلطان بن
        عبدالعزيز", "خادم الحرمين الشريفين الملك عبدالله"); None when no royal title and given name stand there."""
        title = self.lex.titles.match(self.keys, j)
        if not title or not any(p.get("role") in _ROYAL_ROLES for p in title[2]):
            return None
        k, named = j + title[0], False
        if k < end and (again := self.lex.titles.match(self.keys, k)) and \
                any(p.get("role") in _ROYAL_ROLES for p in again[2]):
            k += again[0]  # "خادم الحرمين الشريفين الملك عبدالله"
        given = _given_names()
        first = k
        while k < end and k - j < 8:
            word = self.keys[k]
            # the first word is his name though no list gives it ("الأمير سلطان": also a title)
            if word in given or (named and word in _NAME_LINKS) or (k > j and self.keys[k - 1] in _NAME_LINKS) or \
                    k == first and not word.startswith(("ال", "ل", "ب")) and self._name_word(k):
                named = named or word in given or k == first
                k += 1
                continue
            break
        while k > j and self.keys[k - 1] in _NAME_LINKS:
            k -= 1  # a link with nothing after it is no part of the name
        return k if named else None

    def _site(self, k: int, end: int, states: bool) -> RawMention | None:
        """"في" and a known town (or, with `states`, a country) at token k: where a body sits."""
        if k + 1 >= end or self.keys[k] != "في":
            return None
        m = self.gaz.names.match(self.keys, k + 1, clitics=False)
        if not m or k + 1 + m[0] > end:
            return None
        p = m[2][0]
        if p["type"] != "Place" and not (states and p["type"] == "State"):
            return None
        return RawMention(k + 1, k + 1 + m[0], self._span(k + 1, k + 1 + m[0]), p["type"], "gazetteer", key=p["key"])

    def _site_country(self, site: RawMention) -> str | None:
        """The state a body sits in: the site itself when it is a state, else the town's state where the gazetteer
        knows it ("مكتب الأمم المتحدة في أربيل": Iraq, not Erbil)."""
        if site.type == "State":
            return site.key
        return self.gaz.rows.get(site.key or "", {}).get("country_key") or None

    def _strict_name(self, k: int, strictest: bool = False) -> bool:
        """The first word after a head that is also a common word ("متحف", "قصر") names something: definite (for
        the strictest heads, no definite common word: "موقع الحادث"), or an indefinite word that is no common noun
        or adjective ("متحف قريب"), no present-tense verb ("متحف يضم") and carries no preposition ("قصر لهم")."""
        tok = self.keys[k]
        if tok.startswith("ال"):
            return not (strictest and self.toks[k].norm in _common_words())
        if "ال" + self.toks[k].norm in _common_words() or tok[:1] == "ل" or self._given(k):
            return self._given(k)
        return not (tok[:1] in "يت" and len(tok) <= 4)

    def _org_adjective(self, k: int, first: int) -> bool:
        """"حزب العمل الوطني الديمقراطي": a relational adjective that a person's name would not take (a stop word
        there) continues an organization's name."""
        tok = self.keys[k]
        # at the first position too: after an indefinite head a definite adjective can only be the name
        # ("ائتلاف الوطنية"), it cannot describe the head
        return k >= first and tok.startswith("ال") and self.toks[k].norm.endswith(("ي", "يه")) and \
            len(tok) >= 5 and not self._nisba(k) and not self.lex.titles.match(self.keys, k)  # not "الذي"

    def _definite_institution(self, i: int, end: int) -> list[RawMention] | None:
        """"الهيئة العليا المستقلة للانتخابات", "المفوضية السامية لحقوق الإنسان": a definite head noun, its
        adjectives and a ل-complement name an institution; the head with adjectives alone ("المنظمة الدولية")
        does not."""
        head = _definite_org_head(self.toks[i].norm)
        if head is None or head[1] in _strictest_heads():
            return None  # "الموقع الإلكتروني للمسابقة": a web site, not a body
        j = i + 1
        while j < end and j - i <= 3 and self.keys[j].startswith("ال") and not self._nisba(j):
            j += 1
        # with no adjective, "الشركة للعملاء", "الجامعة للراغبين" is what a body does for someone, not its name
        complement = i + 1 < j < end and (self.keys[j].startswith("لل") or self.keys[j][:1] == "ل" and j + 1 < end
                                  and self.keys[j + 1].startswith("ال")
                                  and not self.keys[j].startswith(_NOT_LAM_CLITIC))
        if not complement:
            return self._definite_party(i, end, head)
        if self.gaz.names.match(self.keys, j) or self.lex.institutions.match(self.keys, j):
            return None  # "المكتب الإعلامي للرئاسة": a department of something already known
        if any(self.heads.get(stem, ("",))[0] == "Organization" or self.heads.get(stem[2:], ("",))[0] == "Organization"
               for _p, stem in clitic_variants(self.toks[j].norm)):
            return None  # "المكتب السياسي للحركة", "الهيئة العليا لحزب النور": an organ of a party, not an entity
        last = j + 1
        if last < end and self.keys[last].startswith("ال") and not self._nisba(last) and self._name_word(last):
            last += 1  # "لحقوق الإنسان"; not "للنفط التي"
        label_ar = norm(self.a.text[self._span(i, last).begin:self._span(i, last).end])
        key = "org_" + slug(transliterate(" ".join(self.keys[i:last])).lower().replace("'", ""))
        return [RawMention(i, last, self._span(i, last), "Organization", "named", key=key, label_ar=label_ar,
                           label_en=transliterate(label_ar), extra={"unknown": True, "kind": self.heads[head[1]][1]},
                           prefix=head[0])]

    def _definite_party(self, i: int, end: int, head: tuple[str, str]) -> list[RawMention] | None:
        """"الحزب الاشتراكي اليساري", "الحزب الشيوعي الصيني": a party named by two relational adjectives or more
        (one, "الحزب الحاكم", only describes it)."""
        if self.heads[head[1]][1] != "party":
            return None
        j = i + 1
        while j < end and j - i <= 3 and self._org_adjective(j, i + 1):
            j += 1
        if j - i < 3 or self._nisba(i + 1):
            return None
        known = self.gaz.names.match(self.keys, i)
        if known and known[0] >= j - i:
            return None  # "الحزب الديمقراطي الكردستاني" is the gazetteer's
        label_ar = " ".join(["ال" + head[1], *self.keys[i + 1:j]])
        key = "org_" + slug(transliterate(" ".join(self.keys[i + 1:j])).lower().replace("'", ""))
        name = romanize(" ".join(self.toks[k].text for k in range(i + 1, j)))
        label_en = (head_labels().get(head[1]) or "{name}").format(name=name)
        return [RawMention(i, j, self._span(i, j), "Organization", "named", key=key, label_ar=label_ar,
                           label_en=label_en, extra={"kind": "party"}, prefix=head[0])]
