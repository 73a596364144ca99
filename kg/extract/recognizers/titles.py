"""Recognizer: a title or office and the person or institution it names ("وزير الخارجية الروسي سيرغي لافروف")."""

from __future__ import annotations

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _BODY_ADJECTIVES,
    _DEPUTIES,
    _FORMER,
    _MINISTRY_HEADS,
    _NAME_LINKS,
    _OWN_COUNTRY,
    _PATRONYM_LINKS,
    _POSTING,
    _PUNCT_SKIP,
    _VERBAL_NOUN_WITH_PREPOSITION,
    MANY_BEARERS,
    _common_bare_words,
    _common_nouns,
    _common_words,
    _rank_titles,
    dictionary_verbs,
    family_part,
    shared_family_names,
)
from kg.lexicon import clitic_variants, match_key, words

_RELATIVES = frozenset(match_key(w) for w in words("clause_words.tsv", "relative"))  # "الذي": the name has ended


class Titles:
    """Mixin of kg.extract.mentions.MentionFinder (its tokens, keys, gazetteer and shared name readers)."""

    # ------------------------------------------------------------------ recognizers
    def _title(self, i: int, end: int) -> list[RawMention] | None:
        m = self.lex.titles.match(self.keys, i)
        if not m:
            return None
        n, prefix, payloads = m
        found = self._title_at(i, end, n, prefix, payloads)
        if found and not prefix and i > 0 and self.keys[i - 1] in _DEPUTIES:
            # "نائب رئيس جمهورية العراق نوري المالكي": a deputy's office, not the president's; the name stays his
            found = [m for m in found if m.kind != "role"]
            for m in found:
                if m.type == "Person":
                    m.role = m.role_country = None
        return found or None

    def _title_at(self, i: int, end: int, n: int, prefix: str, payloads: list[dict]) -> list[RawMention] | None:
        place = self.gaz.names.match(self.keys, i)
        if place and place[0] > n and place[2][0]["type"] == "Place":
            return None  # "الشيخ زويد", "الشيخ مسكين": a town named after a sheikh, not a sheikh
        role = payloads[0]["role"]
        j = i + n
        if j + 1 <= end and self._ranked_family_name(i, j, end):
            # "وأشار اللواء التركي": a rank and a nisba that is also a common family name, with no name after it,
            # is General al-Turki, not a Turkish general
            return self._person(i, j, j + 1, j, role, None, False, prefix=prefix)
        inner = self._title_institution(i, j)
        fixed = payloads[0].get("country")  # an epithet names one country's office
        if inner:
            sub = self._title_after(i, j, end, role, prefix, fixed)
            return inner + (sub or [])
        return self._title_after(i, j, end, role, prefix, fixed)

    def _title_after(self, i: int, j: int, end: int, role: str, prefix: str,
                     fixed: str | None = None) -> list[RawMention] | None:
        if role == "honorific" and j < end and self.lex.titles.match(self.keys, j):
            # "فخامة الرئيس ماكرون", "صاحب السمو الشيخ محمد بن زايد": the honorific opens the person's mention
            sub = self._title(j, end)
            for m in sub or []:
                if m.type == "Person" and m.first == j:
                    m.first, m.span, m.prefix = i, self._span(i, m.last), prefix
            return sub
        if role == "honorific":
            known = self.gaz.names.match(self.keys, j, clitics=False) if j < end else None
            if not (known and any(q["type"] == "Person" for q in known[2])) and \
                    not (j < end and self._given(j)):
                return None  # "سمو مبادرة الحكم الذاتي": the word, not the honorific
        country = fixed
        nested: list[RawMention] = []
        former = role == "former_president"
        opened = j  # where the words after the title start
        definite = self._strip_article_clitic(self.toks[i].norm).startswith("ال")
        for _ in range(4):
            if j >= end:
                break
            org = None  # "المتحدث باسم X" with a country already read: no organization to look at
            nis = self._nisba(j)
            if nis and definite and not any(s.startswith("ال") for _p, s in clitic_variants(self.keys[j])):
                nis = None  # "الأمير تركي بن محمد": an adjective agrees with its definite title, so this is a name
            st = self._state_at(j)
            if nis and not country and nested and nested[-1].type == "Organization" and nested[-1].last == j:
                j += 1  # "رئيس حركة النهضة التونسية": the adjective describes the body named; the office is the body's
            elif nis and not country:
                country, j = nis, j + 1
            elif st and not country and not ((j == opened or self.keys[j - 1] in _BODY_ADJECTIVES) and
                                             self._definite_at(j - 1)):
                # (not "رئيس البرلمان العربي إيران": after a definite adjective the country is the verb's object)
                country = st[1]
                nested.append(RawMention(j, j + st[0], self._span(j, j + st[0]), "State", "gazetteer", st[1]))
                j += st[0]
            elif self.keys[j] in _OWN_COUNTRY and not country:
                country, j = self.focus, j + 1
            elif self.keys[j] in _FORMER:
                former, j = True, j + 1
            elif self.keys[j] in _BODY_ADJECTIVES:
                j += 1  # "المبعوث الأممي", "المفوض الأوروبي": the body is not a country
            elif self.keys[j] in _POSTING and (dest := self._state_at(j + 1)):
                # "المبعوث الأممي إلى اليمن X", "السفير الأمريكي لدى إسرائيل X": the posting, not the owner
                nested.append(RawMention(j + 1, j + 1 + dest[0], self._span(j + 1, j + 1 + dest[0]), "State",
                                         "gazetteer", dest[1]))
                j += 1 + dest[0]
            elif self.keys[j].startswith("لل") and j + 1 < end and self.keys[j + 1].startswith("ال"):
                # "الأمين العام للأمم المتحدة X": a listed organization the title belongs to is named too (it was
                # skipped with the portfolios, "للشؤون الخارجية")
                listed = self._gazetteer(j, end) if not nested else None
                if listed and listed[-1].type == "Organization" and listed[-1].first == j:
                    nested.extend(listed)
                    j = max(j + 2, listed[-1].last)
                else:
                    j += 2
            elif not nested and not country and (org := self._gazetteer(j, end) or self._institution(j, end)
                                                   or self._named(j, end)) \
                    and org[-1].type == "Organization" or role == "spokesperson" and not nested and org \
                    and org[-1].type == "State":
                # "المتحدث باسم الخارجية الأمريكية نيد برايس", "مدير منظمة الصحة العالمية تيدروس": the title's
                # organization is named between the title and the name
                nested.extend(org)
                j = org[-1].last
            elif not nested and not country and j + 2 < end and self.keys[j] in _MINISTRY_HEADS and \
                    self.keys[j + 1].startswith("ال") and (self._given(j + 2) or self._is_name_token(j + 2, False)
                                                          and j + 3 < end and self._family_name(j + 3)):
                j += 2  # "المتحدث الرسمي باسم وزارة التعليم مبارك العصيمي": a ministry of no country named, then him
            elif (self.keys[j].startswith("ال") and j + 1 < end and not self.lex.titles.match(self.keys, j)
                  and (self._given(j + 1) or self.keys[j][2:] in self.heads
                       and self._is_name_token(j + 1, False) and not self.keys[j + 1].startswith("ال"))):
                j += 1  # "مدير المرصد رامي عبد الرحمن": an organization named by its head noun alone
            else:
                break
        k = self._skip_punct(j)
        second = self.lex.titles.match(self.keys, k) if k < end else None
        if second and second[1].startswith("و") and (k > j or second[2][0].get("full_name")):
            second, k = None, end  # "سفير السعودية لدى المغرب، والعقيد ركن X": the conjunction opens another person
            # (so does a trade: "مدير عام مؤسسة رناد والمخرج ممدوح سالم")
        if second:
            k = self._skip_punct(k + second[0])
        title_end = j
        name_m = self.gaz.names.match(self.keys, k, clitics=False) if k < end else None
        person = [p for p in name_m[2] if p["type"] == "Person"] if name_m else []
        if person and name_m[0] < 2 and self._full_name_only(i):
            person = []  # "المذيع المالكي": a trade and one listed word is no listed person
        # "الأمين العام لمنظمة التعاون الإسلامي إياد مدني": the office is that body's, for a later bare title
        owner = self._listed_body(nested) if not country and self._body_office(i) else None
        office_of = country or (owner.key if owner else None)
        if person:
            ne = k + name_m[0]
            if ne < end and self.keys[ne] == '"':
                ne += 1
            if ne + 1 < end and self.keys[ne] == "ال" and self._is_name_token(ne + 1, True):
                ne += 2  # "عبدالله بن زايد آل نهيان": the family name the list leaves out
            return nested + self._person(i, k, ne, title_end, role, office_of, former, key=person[0]["key"],
                                         prefix=prefix)
        last_word = self.toks[j - 1].norm if j > i else ""
        if last_word and not self.lex.titles.match(self.keys, j - 1, clitics=False):
            last_word = self._strip_article_clitic(last_word)  # «وللأمير»; not «والي» (a governor)
        if k == opened and k < end and not self._given(k) and not last_word.startswith("ال") and \
                not last_word.endswith(("ه", "ها", "هم")) and self.keys[j - 1] not in ("د.", "د") and \
                role != "honorific":
            # "ملك أراجون", "والي بلنسية": an indefinite title is in construct with what it rules, and a name follows
            # only a title made definite («الملك», «ملك الأردن», «نظيره»): after the realm, a known given name or a
            # father's name opens it («محافظ بلجرشي سفر بن سويد الغامدي»)
            if not (k + 2 < end and self._sentence_no(k + 1) == self._sentence_no(k) and self._is_name_token(k, False)
                    and (self._given(k + 1) or k + 3 < end and self.keys[k + 2] in _PATRONYM_LINKS)):
                return None
            k = j = title_end = k + 1
        if k < end and self.keys[k] == '"':
            k += 1
        # after a title the first word opens a name, so a definite last word is a family name ("نهاد المشنوق");
        # a known place or organization there is none ("مدير مركز المقريزي للدراسات بلندن")
        placed = k < end and any(q["type"] != "Person" for q in (self.gaz.names.match(self.keys, k) or (0, "", []))[2])
        ne = self._read_name(k, after_given=k + 1 < end and not self.keys[k].startswith("ال"), titled=True) \
            if k < end and not placed else k
        if ne == k and k < end and not country and self._family_name(k) and \
                self.toks[k].norm not in _common_words() and not self._relational_adjective(k):
            ne = k + 1  # "الدكتور الكتاتني", "المستشار الهنيدي": a title, then the family name alone
        why = _common_words().get("ال" + self.toks[k].norm) if ne == k + 1 else None
        if why and not self.keys[k].startswith("ال") and not self._given(k) and \
                not (why == "alternating" and self.toks[k].norm.endswith("اوي")):
            ne = k  # "الرئيس المصري مهتم": one common word after a title is not a name; a family name of the
            # طنطاوي shape, also written with the article, is ("المشير طنطاوي")
        if ne == k + 1 and self._common_bare(k, opens=True):
            ne = k  # "رئيس الحكومة اتصل به": a word news uses often and seldom after a given name
        if ne > k + 1 and self.toks[k].norm.endswith("ه") and not self.keys[k].startswith("ال") and \
                not self._given(k) and _common_words().get("ال" + self.toks[k].norm) == "frequent":
            # "مديرة مكتبة كادبوري"، "مدير مدرسة بلير": a feminine common noun in construct opens no name (a
            # masculine one may be a given name the list lacks: "عادل"، "أمين")
            ne = k
        if ne == k + 1 and ne < end and self.keys[k][:1] in ("ل", "ب") and len(self.keys[k]) > 4 and \
                not self._given(k) and self.keys[ne].startswith("ال") and self.toks[ne].norm not in self.stop:
            ne = k  # "المدير العام لجمرك البطحاء": a preposition and the noun its owner follows, no name
        if ne > k and not self._given(k) and _VERBAL_NOUN_WITH_PREPOSITION.match(self.keys[k]) and \
                self._known_noun(self.toks[k].norm[1:]):
            ne = k  # "طالب المدعي العام بإنزال أشد العقوبة": a preposition on a verbal noun of a derived verb
        if ne > k and j < len(self.keys) and self.keys[j] in _PUNCT_SKIP and self.keys[k][:1] in ("و", "ف") and \
                not self._given(k):
            ne = k  # "صوت رجل أخذ بمقاطعة الرئيس، فبادر الرجل": after the comma a conjunction opens a clause
        if ne > k and not self._given(k) and len(self.toks[k].norm) >= 4 and self.toks[k].norm in dictionary_verbs():
            # "وكان رئيس الحكومة أطلق السبت مبادرة": a past verb of the dictionary opens the clause, no name (of
            # four letters or more: «روي» is a verb and Roy)
            ne = k
        if ne > k and self.keys[k].startswith("ف") and len(self.keys[k]) >= 5 and not self._given(k) and \
                self.keys[k][1:] in dictionary_verbs():
            # "نائب رئيس الفيفا السابق فوافق": «ف» and a verb open the clause the title's holder is subject of (a
            # verb of four letters or more: «فالح» is no «ف» + «ألح»)
            ne = k
        if ne > k and self._full_name_only(i):
            ne = self._full_name_end(k, ne)
        elif ne > k and self._named_only(i):
            ne = next((n for n in range(k, ne) if self._verb_word(n)), ne)
            # "السيد ميرفي سيمثل", "السيد اعتبرهن": the name ends before a verb
        if ne > k:
            return nested + self._person(i, k, ne, title_end, role, office_of, former, prefix=prefix)
        if country and self._named_only(i):
            return None  # "الفريق القطري": a rank or trade and a nationality is no office (the Qatari team)
        if country:  # "الرئيس الكازاخستاني", "نظيره التونسي": the office, its holder resolved later
            span = self._span(i, title_end)
            if former and not role.startswith("former_"):
                role = f"former_{role}"  # "وزير الخارجية الأمريكي السابق": a past holder, not the one in office
            return nested + [RawMention(i, title_end, span, "Person", "role", role=role, role_country=country,
                                        title=self.a.text[span.begin:span.end], prefix=prefix)]
        body = self._listed_body(nested)
        if body is not None and body.last == title_end and not former and self._body_office(i) and \
                not self._name_follows(title_end, end) and not (definite and i > 0 and self._definite_at(i - 1)) \
                and not (title_end < end and self.keys[title_end].startswith(("ال", "لل"))
                         and self.keys[title_end] not in _RELATIVES):
            # (not "المقر الرئيس لمنظمة التحرير": after a definite noun the word is its adjective, "main"; not
            # "رئيس مجلس الأمن القومي", "المديرة العامة لمنظمة الأمم المتحدة للتربية": the body's name goes on)
            # "الأمين العام للأمم المتحدة" with no name: the office of the listed body, its holder resolved later
            span = self._span(i, title_end)
            return nested + [RawMention(i, title_end, span, "Person", "role", role=role, role_country=body.key,
                                        title=self.a.text[span.begin:span.end], prefix=prefix)]
        return None

    @staticmethod
    def _known_noun(word: str) -> bool:
        """A word SaudiNewsNet writes as a common noun (with the article, or among the common bare words): «إنزال»,
        «تفعيل»; not a foreign name of the same shape («باسكال»)."""
        return _common_words().get("ال" + word) is not None or word in _common_bare_words() or word in _common_nouns()

    def _named_only(self, i: int) -> bool:
        """The title at i names someone only with his name (titles.tsv named_only: ranks, trades, honorifics)."""
        m = self.lex.titles.match(self.keys, i)
        return bool(m and m[2][0].get("named_only"))

    @staticmethod
    def _listed_body(nested: list[RawMention]) -> RawMention | None:
        """The listed organization a title names last ("للأمم المتحدة"), if any."""
        body = nested[-1] if nested else None
        return body if body is not None and body.type == "Organization" and body.kind == "gazetteer" and body.key \
            else None

    def _name_follows(self, k: int, end: int) -> bool:
        """A title, a given name or a listed person right after a title's body: its holder is named there, though
        not read as the title's own name ("الأمين العام لرابطة العالم الإسلامي الشيخ الدكتور عبدالله ...")."""
        k = self._skip_punct(k)
        if k >= end:
            return False
        person = self.gaz.names.match(self.keys, k)
        return bool(self.lex.titles.match(self.keys, k) or self._given(k) or
                    person and any(q["type"] == "Person" for q in person[2]))

    def _body_office(self, i: int) -> bool:
        """The title at i is an office a listed body gives with no name after it (titles.tsv body_office)."""
        m = self.lex.titles.match(self.keys, i)
        return bool(m and m[2][0].get("body_office"))

    def _full_name_only(self, i: int) -> bool:
        """The title at i is a trade that names someone only with a whole name (titles.tsv named_only 2)."""
        m = self.lex.titles.match(self.keys, i)
        return bool(m and m[2][0].get("full_name"))

    def _full_name_end(self, k: int, ne: int) -> int:
        """The end of a whole name after a trade ("اللاعب البرتغالي كريستيانو رونالدو"), or k: two words at least,
        the first a known given name or a foreign name's shape (not «مرهقا», «بتشكيلين»), ending before a verb
        («سيرخيو راموس سيبقى», «خميس إسماعيل يلتقط»), a common noun or a governed noun («موخيكا لخضوعه»)."""
        given = self._given(k) or self.keys[k] in _NAME_LINKS  # («عبد الإله بخاري»)
        word = self.toks[k].norm
        if not given and (not self._opens_lent_name(word, strict=True) or word.endswith("ا") and
                          not word.endswith("يا")):
            return k
        ne = self._lent_name_end(k, ne, given)
        for n in range(k + 1, ne):
            if self._given(n):
                continue
            if self._verb_word(n) or any(p in ("ل", "ب") and s.endswith(("ه", "ها", "هم"))
                                         for p, s in clitic_variants(self.toks[n].norm)):
                ne = n
                break
        return ne if ne - k >= 2 else k

    def _person(self, i: int, k: int, ne: int, title_end: int, role: str, country: str | None, former: bool,
                key: str | None = None, prefix: str = "") -> list[RawMention]:
        name = tuple(t for t in self.keys[k:ne] if t != '"')
        title_span = self._span(i, title_end)
        title = self.a.text[title_span.begin:title_span.end]
        common = dict(type="Person", kind="person", key=key, name=name, role=None if former else role,
                      role_country=country, title=title)
        full = RawMention(i, ne, self._span(i, ne), **common, prefix=prefix)
        bare = RawMention(k, ne, self._span(k, ne), **common)
        return [full, bare]

    def _ranked_family_name(self, i: int, j: int, end: int) -> bool:
        written = " ".join(self._strip_article_clitic(t.norm) for t in self.toks[i:j])
        word = self.toks[j].norm
        return written in _rank_titles() and word.startswith("ال") and bool(self._nisba(j)) and \
            family_part(word) in shared_family_names(MANY_BEARERS) and \
            not (j + 1 < end and (self._is_name_token(j + 1, False) or self._given(j + 1)))

    def _relational_adjective(self, k: int) -> bool:
        """"المدعي العام التمييزي": the nisba of a common noun (التمييز, cassation) describes the title; a family
        name many people bear is a name even when it has that shape (الحربي, from الحرب)."""
        word = self.toks[k].norm
        return word.startswith("ال") and word.endswith("ي") and word[:-1] in _common_nouns() and \
            family_part(word) not in shared_family_names(MANY_BEARERS)

    def _strip_article_clitic(self, token: str) -> str:
        # "واللواء" -> "اللواء"
        return next((s for _p, s in clitic_variants(token) if s.startswith("ال")), token)

    def _title_institution(self, i: int, j: int) -> list[RawMention]:
        """"رئيس مجلس النواب", "رئيس أركان الجيش": an institution named inside the title is mentioned too."""
        for k in range(i + 1, j):
            inst = self._institution(k, j)
            if inst and inst[-1].last == j:
                return inst
        return []

    def _skip_punct(self, j: int, limit: int = 1) -> int:
        n = 0
        while j < len(self.keys) and self.keys[j] in _PUNCT_SKIP and n < limit:
            j += 1
            n += 1
        return j
