"""Entity resolution inside an article; keys are built so that the same entity gets the same key in every article.

- gazetteer entities keep the gazetteer key;
- persons the gazetteer does not know are keyed by the spelling-tolerant skeleton of their family name when it is
  rare (قاسم جومرت توكاييف / جومارت توكاييف / توكاييف -> one key), else by given and family name: a family name that
  many people share (shared_family_names.tsv: الغامدي, الحربي) or a father's name (سلمان بن عبد العزيز) would put
  unrelated people of many articles in one node;
- role phrases ("رئيس كازاخستان", "أمير قطر") go to the person holding that role in the article, else to the
  gazetteer's holder;
- institutions and groups are keyed by their owner country (kazakhstan_interior_ministry).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from kg.doc import RawMention
from kg.extract.recognizers.shared import (
    _common_nouns,
    _gazetteer_surnames,
    _given_names,
    family_bearers,
    family_part,
    shared_family_names,
)
from kg.lexicon import clitic_variants, gazetteer, head_labels, match_key, person_role_key, words
from kg.model import Entity, Mention
from kg.text.normalize import norm, orthography, skeleton
from kg.text.romanize import romanize
from kg.text.translit import transliterate
from kg.vocab import slug

_HEAD_ROLES = {"president", "emir", "king", "sultan", "supreme_leader", "chancellor"}
# titles that go with a ruler's given name alone ("الملك سلمان", "الأمير تميم", "السلطان قابوس")
_RULERS = {"king", "emir", "sultan"}
# a family name news writes this often after one given name stands, alone, for that person
ONE_BEARER_SHARE = 0.85
# the alef's hamza seats (the normalizer folds them onto the bare alef)
_HAMZA_ALEFS = frozenset(c for c, t in orthography("letter") if t == "\u0627")


# name words of mention_words.tsv: "بن", "عبد", "أبو", "آل"
_PATRONYMS = set(words("mention_words.tsv", "patronym_link"))
_GIVEN_LINKS = set(words("mention_words.tsv", "name_opener"))
_LINKS = _PATRONYMS | set(words("mention_words.tsv", "family_link"))
(_COMPOUND_HEAD,) = words("mention_words.tsv", "compound_head")


def _given_key(word: str) -> str:
    # given names have one spelling in Arabic news; the skeleton would make محمد and محمود one name
    return slug(transliterate(word.replace("ع", "e")).lower().replace("'", "e"))


def _core(name: tuple[str, ...]) -> tuple[str, ...]:
    """The name without its links: "بن محمد بن فهد" -> محمد فهد."""
    return tuple(w for w in name if w not in _LINKS)


def _given_part(name: tuple[str, ...]) -> str:
    # "عبد الله الصبيحي": the given name is "عبد الله", written as one word or two
    core = _core(name) or name
    return "".join(core[:2]) if core[0] in _GIVEN_LINKS and len(core) > 1 else core[0]


def _fathers_name(name: tuple[str, ...]) -> bool:
    """"سلمان بن عبد العزيز": the last word is the father's name, which many sons share, not a family name."""
    return len(name) > 2 and (name[-2] in _PATRONYMS or (name[-2] == _COMPOUND_HEAD and name[-3] in _PATRONYMS))


def person_key(name: tuple[str, ...], with_first: bool = False) -> str:
    if len(name) > 2 and name[-2] == _COMPOUND_HEAD and name[-1].startswith("ال"):
        # "رامي عبد الرحمن" and "رامي عبدالرحمن": one name written as two words or one
        name = name[:-2] + (name[-2] + name[-1],)
    family = family_part(name[-1])
    core = _core(name)
    at = next((k for k, w in enumerate(name) if w in _PATRONYMS), len(name))
    if 0 < at < len(name) - 1:
        # "سلمان بن عبد العزيز": given and father's name; "بندر بن سعود بن محمد" and "بندر بن سلمان بن محمد" are
        # cousins, the father's name keys them apart
        after = name[at + 1:]
        father_len = 2 if after[0] in _GIVEN_LINKS and len(after) > 1 else 1
        words = [_given_key(_given_part(name)), _given_key(_given_part(after))] + \
            ([family_part(name[-1])] if len(after) > father_len else [])
        return "person_" + slug(" ".join(words))
    compound = name[-1].startswith(_COMPOUND_HEAD) and len(name[-1]) > len(_COMPOUND_HEAD) + 2
    # a last name «عبد ...» is mostly a father's name, which many sons share ("محمد عبد السلام")
    if len(core) > 1 and (with_first or family in shared_family_names() or _fathers_name(name) or compound):
        return "person_" + slug(f"{_given_key(_given_part(name))} {family}")
    return "person_" + family


def _another_person(name: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Two names of two or more words with one family name, whose first words differ and do not occur in the other
    name ("جومرت توكاييف" is "قاسم جومرت توكاييف"; "ميسم منير نحلاوي" is not "بسام منير نحلاوي")."""
    if _PATRONYMS & set(name) and _PATRONYMS & set(known) and name[0] not in _PATRONYMS | _GIVEN_LINKS and \
            known[0] not in _PATRONYMS | _GIVEN_LINKS:
        # "محمد بن سعود" and "بدر بن محمد بن جلوي آل سعود": a son's given name is not his father's
        return skeleton(name[0]) != skeleton(known[0])
    name, known = _core(name), _core(known)  # "تركي بن محمد" and "فيصل بن نواف" are compared by their names
    if len(name) < 2 or len(known) < 2:
        return False
    return skeleton(name[0]) not in {skeleton(w) for w in known} and \
        skeleton(known[0]) not in {skeleton(w) for w in name}


def resolve(raw: list[RawMention], focus: str | None, text: str,
            published: str | None = None) -> tuple[dict[str, Entity], list[Mention]]:
    """`published` (ISO date): an office named without a name goes to whoever held it that day (offices.tsv)."""
    gaz = gazetteer()
    # 1. persons: gazetteer key, else a family-name key (a bare given name joins no one: «فهد», «سلمان» are shared)
    persons = [m for m in raw if m.type == "Person" and m.kind == "person"]
    _bare_listed_names(persons, {m.key for m in raw if m.type == "State"}, gaz, text)  # the focus may come from him
    persons = [m for m in persons if m.type == "Person"]
    by_last: dict[str, str] = {}
    full_names: dict[str, tuple[str, ...]] = {}  # key -> the longest name read for it
    for m in sorted(persons, key=lambda m: -len(m.name)):
        if m.key is None and len(_core(m.name)) > 1:
            m.key = _listed_variant(m.name, gaz)
        if m.key is None and len(_core(m.name)) == 1 and m.role in _RULERS:
            m.key = _ruler_named(m.role, m.name[0], gaz, published)  # "الملك سلمان"
        if m.key is None:
            last = skeleton(m.name[-1])
            m.key = by_last.get(last)
            if m.key is not None and len(m.name) == 1 and \
                    m.name[0].startswith("ال") != full_names.get(m.key, m.name)[-1].startswith("ال"):
                m.key = None  # "الشيخ يوسف" is not "عبدالعزيز اليوسف": a family name keeps its article
            if m.key is not None and _another_person(m.name, full_names.get(m.key, ())):
                # "بسام منير نحلاوي" and his sister "ميسم منير نحلاوي": one family name, two people
                m.key = person_key(m.name, with_first=True)
            if m.key is None:
                m.key = person_key(m.name)
                if len(_core(m.name)) == 1 and m.key[len("person_"):] in shared_family_names():
                    # "الدكتور محمد", "قال الغامدي" with no full name in the article: one of many people, so a
                    # key of this article's own
                    m.key += "_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        if not _fathers_name(m.name):  # a bare "عبد العزيز" is not every son of his named before
            by_last.setdefault(skeleton(m.name[-1]), m.key)
        full_names.setdefault(m.key, m.name)
        if m.role and not m.role_country:
            row = gaz.rows.get(m.key, {})
            m.role_country = row.get("country_key") or (focus if m.role in _HEAD_ROLES else None)
    # 2. role phrases -> the holder named in this article, else the gazetteer's
    holders: dict[tuple[str, str], str] = {}
    for m in persons:
        if m.role and m.role_country:
            holders.setdefault((m.role, m.role_country), m.key)
    for m in raw:  # "سالم المري وزير الخارجية العماني": the office in apposition is his
        holder = m.extra.get("holder") if m.kind == "role" else None
        if holder is not None and holder.key and m.role and m.role_country and not m.role.startswith("former_"):
            holders.setdefault((m.role, m.role_country), holder.key)
    listed: dict[tuple[str, str], list[str]] = {}
    day = str(published) if published else None
    for m in raw:  # a listed office holder the article names, title or not ("توكاييف" ... "رئيس البلاد")
        row = gaz.rows.get(m.key or "", {}) if m.type == "Person" else {}
        if row.get("role_en") and row.get("country_key"):
            label = gaz.rows.get(row["country_key"], {}).get("label_en", "")
            office = (person_role_key(row["role_en"], label), row["country_key"])
            if gaz.holder_on(*office, day) in (None, m.key):
                # not a past holder the article names ("مرسي" in 2015): "الرئيس المصري" is then whoever held it
                holders.setdefault(office, m.key)
            listed.setdefault(office, []).append(m.key)
        for office in _offices_held().get(m.key, ()) if row else ():
            # "أنان" and "الأمين العام السابق للأمم المتحدة": an office the dated lists give him, his only that day
            # if his term covers it
            if day and gaz.holder_on(*office, day) == m.key:
                holders.setdefault(office, m.key)
            if m.key not in listed.get(office, ()):
                listed.setdefault(office, []).append(m.key)
    for m in raw:
        if m.kind == "role" and m.role == "counterpart":
            # "وهنأ الرئيس الجزائري نظيره التونسي": the office of the person named before, in the other country
            before = [p for p in persons if p.last <= m.first and p.role and p.role != "counterpart"]
            m.role = before[-1].role if before else None
            if m.role is None or before[-1].role_country == m.role_country:
                m.key = None
                continue
        if m.kind == "role" and m.role and m.role.startswith("former_"):
            # "نيكولا ساركوزي الرئيس الفرنسي السابق": a listed holder the article names who is not in office that day
            office = (m.role[len("former_"):], m.role_country or "")
            now = gaz.holder_on(*office, day)
            m.key = (m.extra["holder"].key if m.extra.get("holder") is not None else None) or \
                next((k for k in listed.get(office, ()) if k != now), None)
        elif m.kind == "role":
            # the holder the article names, else the one in office that day, else the one person the gazetteer
            # gives the office to, unless his term is known and the day is outside it
            m.key = (m.extra["holder"].key if m.extra.get("holder") is not None else None) or \
                holders.get((m.role, m.role_country)) or \
                gaz.holder_on(m.role, m.role_country, day) or \
                gaz.undated_holder(m.role, m.role_country)
        if m.kind == "role" and m.key is None and m.role and m.role_country:
            # "وزير الداخلية الكويتي" with no name: the holder of that office, one entity across articles
            country = gaz.rows.get(m.role_country, {}).get("label_en", m.role_country)
            m.key = f"{m.role_country}_{m.role}"
            if m.role.startswith("former_"):  # many people held it before: this article's one, not a shared key
                m.key += "_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
            m.label_en = f"{m.role.replace('_', ' ').title()} of {country}"
            m.label_ar = norm(m.title or "")
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for m in raw:
        if not m.key:
            continue
        ent = entities.get(m.key) or _new_entity(m, gaz, text)
        entities[m.key] = ent
        if m.type == "Person" and m.title and m.kind == "person":
            ent.roles.add(m.title.strip(" ،,\"'"))
        if m.type == "Person" and m.kind == "person" and len(m.name) > 1 and m.key not in gaz.rows:
            name_text = " ".join(m.name)
            if len(name_text) > len(norm(ent.label_ar)) or ent.label_ar == m.key:  # made from his office first
                ent.label_ar = _name_as_written(m, text)
                ent.label_en = romanize(ent.label_ar)
        sig = (m.span.begin, m.span.end, m.key)
        if sig not in seen:
            seen.add(sig)
            mentions.append(Mention(m.span, text[m.span.begin:m.span.end], m.key, m.kind))
    return entities, mentions


def _bare_listed_names(persons: list[RawMention], states: set[str | None], gaz, text: str) -> None:
    """A listed person's one-word name that many people share ("المالكي", "يوسف") stands for the listed person only
    when the article names that person in full or the person's country; else it is someone else of that name (a TV
    presenter, a director), resolved like any unknown person."""
    full = {m.key for m in persons if m.key in gaz.rows and len(_core(m.name)) > 1}
    # family names of the people the article names in full: "علي الجفالي" named, "الجفالي" is he, not a listed
    # person of that family
    others = {skeleton(m.name[-1]): _given_part(m.name) for m in persons
              if m.key not in gaz.rows and len(_core(m.name)) > 1}
    for m in persons:
        listed = [tuple(norm(n).split()) for n in gaz.rows.get(m.key or "", {}).get("names", [])]
        firsts = {_given_part(n) for n in listed if len(n) > 1}
        if m.key in gaz.rows and m.key not in full and len(m.name) == 1 and \
                any(not _same_given(others.get(skeleton(stem), ""), firsts)  # "نيكولا مادورو" is he
                    for _p, stem in clitic_variants(m.name[0])):
            m.key = None
            m.name = (next(stem for _p, stem in clitic_variants(m.name[0]) if skeleton(stem) in others),)
            # the bare name now goes, like any family name, to the person the article named in full
            continue
        if m.key in gaz.rows and len(m.name) == 1 and _medial_hamza(text[m.span.begin:m.span.end], m, gaz):
            m.key, m.type = None, "Word"  # "ترأس" (presided) is not "تراس"
            continue
        if m.key in gaz.rows and m.key not in full and len(m.name) == 1 and \
                gaz.rows[m.key].get("country_key") not in states:  # "صالح" in a story about Yemen
            written = norm(text[m.span.begin:m.span.end])
            word = written[len(m.prefix):] if m.prefix and written.startswith(m.prefix) else written
            raw = text[m.span.begin:m.span.end][len(m.prefix):]
            if family_part(word) in shared_family_names() and not _bearer_of(word, firsts) and \
                    not _unread_listed(word, raw, m, gaz):
                hamza = _other_hamza(raw, m, gaz)
                m.key, m.name = None, (word,)
                if hamza or word.endswith(("ه", "ة")) or \
                        any(stem in _common_nouns() for _p, stem in clitic_variants(written)):
                    m.type = "Word"  # "الصدر" (the chest), "كلامية", "ترأس": a common word, no person at all


def _unread_listed(word: str, raw: str, m: RawMention, gaz) -> bool:
    """The listed one-word name as written is never read after a given name in news ("كيري", "الجبير": its key
    part is shared only with other names, "كريري"), is no common word, given name or clitic reading, and writes
    no hamza the listed spellings do not ("بأول", in the first, is not "باول"): it is the listed person."""
    if m.prefix.endswith("ال") and not word.startswith("ال"):
        word = "ال" + word  # "والمرزوقي": the article belongs to the name
    return norm(word) not in family_bearers() and m.proclitic in ("", "و") and \
        not any(stem in _common_nouns() or stem in _given_names() for _p, stem in clitic_variants(word)) and \
        not _other_hamza(raw, m, gaz)


def _medial_hamza(raw: str, m: RawMention, gaz) -> bool:
    """A one-word name written with a hamza inside it that no listed spelling writes there: another word. Names
    are written with or without a hamza at their start ("أردوغان", "اردوغان"), rarely inside."""
    word = raw.split()[-1] if raw.split() else raw  # the name, not its title ("الرئيس أوباما")
    if m.prefix and word == raw and norm(word).startswith(m.prefix):
        word = word[len(m.prefix):]
    word = word[2:] if word.startswith("ال") else word
    inner = [k for k, c in enumerate(word) if c in _HAMZA_ALEFS and k > 0]
    return bool(inner) and not any(len(n) > k and n[k] in _HAMZA_ALEFS for n in (
        w[2:] if w.startswith("ال") else w for name in gaz.rows[m.key].get("names", []) for w in name.split())
        for k in inner)


def _other_hamza(raw: str, m: RawMention, gaz) -> bool:
    """The word writes a hamza no listed spelling of the person writes: another word ("ترأس", presided, is not
    "تراس")."""
    return any(c in raw for c in _HAMZA_ALEFS) and \
        not any(c in n for n in gaz.rows[m.key].get("names", []) for c in _HAMZA_ALEFS)


def _bearer_of(word: str, given: set[str]) -> bool:
    """News writes the family name `word` mostly (ONE_BEARER_SHARE) after one of the given names `given`: alone, it
    is that person ("أوباما" is Barack Obama, though Michelle and Malik Obama share the name and its key part "abm"
    is shared with other names)."""
    _n, top, share = family_bearers().get(norm(word), (0, "", 0.0))
    return share >= ONE_BEARER_SHARE and skeleton(top) in {skeleton(g) for g in given}


def _ruler_named(role: str, given: str, gaz, published: str | None) -> str | None:
    """A ruler's title and his given name alone ("الملك سلمان"): the one listed holder of such an office with that
    given name, when he held it on the article's day; none when another listed ruler shares the name ("الملك
    عبدالله": the late Saudi king or the Jordanian one)."""
    found = _rulers_by_given().get((role, skeleton(given)), set())
    if len(found) != 1:
        return None
    key, country = next(iter(found))
    day = str(published) if published else None
    return key if (gaz.holder_on(role, country, day) or gaz.undated_holder(role, country)) == key else None


@lru_cache(maxsize=1)
def _rulers_by_given() -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(role, given name's skeleton) -> the listed (person, country) who held or hold a ruler's office."""
    gaz = gazetteer()
    out: dict[tuple[str, str], set[tuple[str, str]]] = {}
    held = {(k, office) for k, offices in _offices_held().items() for office in offices}
    held |= {(k, office) for office, k in gaz.role_holders.items()}
    for key, (role, country) in held:
        if role not in _RULERS:
            continue
        for n in gaz.rows.get(key, {}).get("names", []):
            words = tuple(norm(n).split())
            if len(words) > 1:
                out.setdefault((role, skeleton(_given_part(words))), set()).add((key, country))
    return out


def _listed_variant(name: tuple[str, ...], gaz) -> str | None:
    """"نيكولا مادورو" is the listed "نيكولاس مادورو": the other names as listed ("محمد بن سعود" is not "محمد بن
    سلمان ... آل سعود") and a spelling of the given name."""
    for key in _gazetteer_surnames(gaz).get(match_key(name[-1]), []):
        listed = [tuple(match_key(w) for w in norm(n).split()) for n in gaz.rows[key]["names"]]
        if any(len(n) > 1 and _after_given(n) == _after_given(name) and
               _same_given(_given_part(name), {_given_part(n)}) for n in listed):
            return key
    return None


def _after_given(name: tuple[str, ...]) -> tuple[str, ...]:
    core = _core(name)
    return core[2 if core[0] in _GIVEN_LINKS and len(core) > 2 else 1:]


def _same_given(given: str, listed: set[str]) -> bool:
    """No other person named (""), or a spelling of a listed given name (نيكولا/نيكولاس, جومرت/جومارت; عبداللطيف is
    عبد اللطيف), never another known given name (محمد is not محمود)."""
    if not given:
        return True
    for x in listed:
        short, long_ = sorted((given, x), key=len)
        if given == x or len(short) >= 5 and len(long_) - len(short) <= 1 and long_.startswith(short):
            return True  # نيكولا/نيكولاس: one letter more at the end
        if given not in _given_names() and x not in _given_names() and skeleton(given) == skeleton(x):
            return True  # جومرت/جومارت
    return False


def _name_as_written(m: RawMention, text: str) -> str:
    # the bare-name mention's span; the full mention also carries the title; a clitic on the name is none of it
    written = text[m.span.begin:m.span.end].split()
    words = written[-len(m.name):]
    if m.prefix and len(words) == len(written) and words[0].startswith(m.prefix):
        words[0] = words[0][len(m.prefix):]  # "لأحمد أمين"
    return " ".join(words).strip('"')


def _head_label(label_ar: str) -> str | None:
    """'حزب النور' -> 'Al-Nour Party': the head noun in English, the name after it romanized ('Hzb Alnur' is
    unreadable); None when the label does not open with a known head (with or without a clitic: لحزب) or has no
    name after it."""
    words = norm(label_ar).strip(' "\'«»').split()
    if len(words) < 2:
        return None
    for _prefix, head in clitic_variants(words[0]):
        template = head_labels().get(head)
        if template:
            rest = " ".join(words[1:])
            # a name the gazetteer knows keeps its English name ("University of Khartoum")
            hit = gazetteer().names.match([match_key(w) for w in words[1:]], 0)
            whole = hit and hit[0] == len(words) - 1 and not hit[2][0].get("demonym")  # "حزب المصريين" is no Egypt
            known = gazetteer().rows.get(hit[2][0]["key"], {}) if whole else {}
            name = known.get("label_en") or romanize(rest)
            return template.format(name=name) if name else None
    return None


@lru_cache(maxsize=1)
def _offices_held() -> dict[str, tuple[tuple[str, str], ...]]:
    """Listed person -> the offices the dated lists (offices.tsv, offices_hand.tsv) give him."""
    out: dict[str, list[tuple[str, str]]] = {}
    for office, terms in gazetteer().offices.items():
        for key in dict.fromkeys(k for _s, _e, k in terms):
            out.setdefault(key, []).append(office)
    return {key: tuple(offices) for key, offices in out.items()}


def _new_entity(m: RawMention, gaz, text: str) -> Entity:
    row = gaz.rows.get(m.key or "")
    if row:
        return Entity(m.key, row["type"], row["names"][0], row.get("label_en") or None, row.get("wikidata") or None,
                      country=row.get("country_key") or None)
    # "Secretary-General of the Arab League": an office of a body, no country's
    country = m.role_country if gaz.rows.get(m.role_country or "", {}).get("type", "State") == "State" else None
    if m.type == "Person" and m.kind == "role":
        return Entity(m.key, "Person", m.label_ar or m.key, m.label_en, country=country)
    if m.type == "Person":
        label = " ".join(m.name) if m.name else m.key
        return Entity(m.key, "Person", label, romanize(label), country=country)
    label_ar = m.label_ar or norm(text[m.span.begin:m.span.end])
    # a place's name reads like a name ("Zabadani"); an organization's is mostly common words, kept letter by letter
    readable = romanize if m.type == "Place" else transliterate
    unknown = bool(m.extra.get("unknown"))
    # a body named after a king or prince keeps the English its recognizer gave ("University of King Saud")
    label_en = (_head_label(label_ar) if unknown and not m.extra.get("honoree") else None) or m.label_en or \
        (readable(label_ar) if unknown else None)
    return Entity(m.key, m.type, label_ar, label_en, country=m.extra.get("country"))
