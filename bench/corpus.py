"""A synthetic news corpus for benchmarks: N articles made from the five seed articles.

Each article is one seed in which the people, states (and their nisba adjectives and demonyms), organizations,
places, numbers and dates are replaced by others drawn from kg's gazetteer, so that the entity resolver and the
graph grow as they do on real news, and no stage can answer from a cache:

- people by other people (a full name where the seed has a full name, the shortest name where it has a surname);
- states by other states, consistently within an article: the name, the nisba adjective with its article, gender
  and number ("الروسية" -> "الفرنسية"), the plural demonym ("الروس" -> "الفرنسيون") and a capital used for its
  government ("موسكو" -> "باريس");
- organizations by organizations, other places by places;
- every digit by a random digit (the first one of a number never 0), so figures, ages and counts vary;
- dates shifted by a whole number of weeks, so that weekday names still agree with the dates.

Articles come in stories of STORY_SIZE consecutive articles, as when several outlets run the same wire copy: the
articles of a story share the seed, the entities chosen and the date shift, and differ in their numbers (figures
change from source to source). Between stories, about half of the words of every reported statement are replaced by
other words of the seeds, so that kgo:sameStatementAs links the copies of one story rather than every article made
from the same seed. Replacements follow a Zipf law over a shuffled gazetteer: a few entities are in many stories,
most in few, as in news. Article i depends on (seed, i) only, so the first 100 articles of a 10,000-article corpus
are the 100-article corpus. Usage: python -m bench.corpus N OUT_DIR [--seed S]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from kg.lexicon import DATA, clitic_variants, gazetteer, lexicons, match_key, read_tsv, split_cell
from kg.text.analysis import tokenize
from kg.text.normalize import norm

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ZIPF_EXPONENT = 0.8  # the most frequent person is drawn ~8% of the time
STORY_SIZE = 3
STATEMENT_NOISE = 0.5  # share of the words of each statement replaced, story by story
MAX_WEEKS_SHIFT = 260  # dates move by up to five years either way

# Month names as written: (Egyptian/Gulf, Levantine, Maghrebi) spellings, January first.
_MONTHS = (
    ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
    ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
     "تشرين الثاني", "كانون الأول"),
    ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
)
_ARTICLE_CLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال")  # the clitic ends with the article ال
_LAM_CLITICS = ("ولل", "فلل", "لل")  # ل + ال written لل


# ---------------------------------------------------------------------------------------------------------------
# gazetteer pools


@dataclass(frozen=True)
class Pools:
    persons: list[dict]
    states: list[dict]  # with at least one nisba adjective
    places: list[dict]  # not capitals
    orgs: list[dict]
    rows: dict[str, dict]
    capital_of: dict[str, str]  # place key -> state key
    places_in: dict[str, list[dict]]  # state key -> its places (not capitals)


@cache
def pools() -> Pools:
    gdir = DATA / "gazetteer"
    rows: dict[str, dict] = {}
    by_file: dict[str, list[dict]] = {}
    for fname in ("people.tsv", "states.tsv", "places.tsv", "organizations.tsv"):
        out = []
        for row in read_tsv(gdir / fname):
            row = dict(row, names=split_cell(row.get("names_ar", "")))
            if row.get("key") and row["names"] and row["key"] not in rows:
                rows[row["key"]] = row
                out.append(row)
        by_file[fname] = out
    # states whose first nisba adjective is one word, so that it takes the ending of the seed's adjective
    states = [r for r in by_file["states.tsv"] if split_cell(r.get("nisba_ar", ""))
              and " " not in split_cell(r["nisba_ar"])[0]]
    capital_of = {r["capital_key"]: r["key"] for r in by_file["states.tsv"] if r.get("capital_key")}
    places = [r for r in by_file["places.tsv"] if r["key"] not in capital_of]
    places_in: dict[str, list[dict]] = {}
    for r in places:
        places_in.setdefault(r.get("country_key", ""), []).append(r)
    return Pools(by_file["people.tsv"], states, places, by_file["organizations.tsv"], rows, capital_of, places_in)


class Picker:
    """Zipf-weighted draws from one pool; the order of the pool (who is frequent) is fixed by the corpus seed."""

    def __init__(self, items: list[dict], seed: int, name: str) -> None:
        self.items = sorted(items, key=lambda r: r["key"])
        random.Random(f"{seed}:{name}").shuffle(self.items)
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(self.items))))

    def pick(self, rng: random.Random, avoid: set[str]) -> dict:
        for _ in range(20):
            row = rng.choices(self.items, cum_weights=self.cum)[0]
            if row["key"] not in avoid:
                return row
        return row


# ---------------------------------------------------------------------------------------------------------------
# templates: the seeds with the places to substitute marked


@dataclass(frozen=True, slots=True)
class Slot:
    begin: int  # character range of the seed text that is replaced
    end: int
    kind: str  # person | state | nisba | demonym | place | org | digits | date | year | word
    key: str = ""  # the seed's entity (the same key gets the same replacement within an article)
    short: bool = False  # person: a one-word mention (surname)
    clitic: str = ""  # proclitic kept before the replacement (it ends with ل when ال must merge into لل)
    article: bool = False  # nisba/demonym: written with ال
    suffix: str = ""  # nisba: gender/number ending as written (ة, ين, ون ...)
    day: date | None = None  # date: the seed's date
    fmt: str = ""  # date: iso | dmy | dm; the month spelling is in `style`
    style: int = 0
    pad: bool = False  # date: day written with two digits


@dataclass(frozen=True)
class Template:
    name: str
    text: str
    slots: tuple[Slot, ...]


def _month_index() -> dict[str, tuple[int, int]]:
    """normalized month name -> (month, style)."""
    out: dict[str, tuple[int, int]] = {}
    for style, names in enumerate(_MONTHS):
        for m, name in enumerate(names, start=1):
            out.setdefault(norm(name), (m, style))
    for row in read_tsv(DATA / "lexicon" / "dates.tsv"):  # other spellings the extractor knows (إبريل ...)
        if row["kind"] == "month":
            out.setdefault(norm(row["form"]), (int(row["value"]), 0))
    return out


def _date_slots(text: str) -> list[Slot]:
    months = _month_index()
    alternation = "|".join(sorted((re.escape(k) for k in {n for ns in _MONTHS for n in ns}
                                   | {r["form"] for r in read_tsv(DATA / "lexicon" / "dates.tsv")
                                      if r["kind"] == "month"}), key=len, reverse=True))
    slots: list[Slot] = []
    taken: list[tuple[int, int]] = []

    def free(b: int, e: int) -> bool:
        return all(e <= tb or te <= b for tb, te in taken)

    ref: date | None = None
    for m in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", text):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        ref = ref or d
        slots.append(Slot(m.start(), m.end(), "date", day=d, fmt="iso"))
        taken.append(m.span())
    for m in re.finditer(rf"(?<!\d)(\d{{1,2}})\s+({alternation})\s+(\d{{4}})(?!\d)", text):
        month, style = months[norm(m[2])]
        d = date(int(m[3]), month, int(m[1]))
        ref = ref or d
        if free(*m.span()):
            slots.append(Slot(m.start(), m.end(), "date", day=d, fmt="dmy", style=style, pad=len(m[1]) == 2))
            taken.append(m.span())
    ref = ref or date(2022, 1, 8)
    for m in re.finditer(rf"(?<!\d)(\d{{1,2}})\s+({alternation})(?![\w])", text):
        if free(*m.span()):
            month, style = months[norm(m[2])]
            d = date(ref.year, month, int(m[1]))
            slots.append(Slot(m.start(), m.end(), "date", day=d, fmt="dm", style=style, pad=len(m[1]) == 2))
            taken.append(m.span())
    for m in re.finditer(r"(?<!\d)\d{1,2}:\d{2}(?!\d)", text):  # clock times stay
        taken.append(m.span())
    for m in re.finditer(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d.,])", text):
        if free(*m.span()):
            slots.append(Slot(m.start(), m.end(), "year", day=date(int(m[1]), 1, 1)))
            taken.append(m.span())
    for m in re.finditer(r"\d+", text):
        if free(*m.span()):
            slots.append(Slot(m.start(), m.end(), "digits"))
    return slots


def _split_clitic(raw: str, prefix: str) -> tuple[str, bool] | None:
    """(the clitic to keep as written, whether the stem carries the article ال); None if the raw token does not
    start with the (normalized) prefix letters."""
    if prefix in _ARTICLE_CLITICS:
        keep, article = prefix[:-2], True
    elif prefix in _LAM_CLITICS:
        keep, article = prefix[:-1], True
    else:
        keep, article = prefix, False
    return (keep, article) if raw.startswith(keep) else None


_ORDER = {"Person": 0, "State": 1, "Organization": 2, "Place": 3}
_KIND = {"Person": "person", "State": "state", "Organization": "org", "Place": "place"}


def _entity_slots(text: str) -> list[Slot]:
    """Gazetteer names (with their proclitics), demonyms and nisba adjectives. A slot starts at the token, clitic
    included, so that the clitic can merge with the replacement (ل + الجزائر -> للجزائر)."""
    gaz = gazetteer()
    rows = pools().rows
    _nt, toks = tokenize(text)
    keys = [match_key(t.norm) for t in toks]
    slots: list[Slot] = []
    i = 0
    while i < len(toks):
        hit = gaz.names.match(keys, i, clitics=True)
        if hit:
            n, prefix, payloads = hit
            payload = min(payloads, key=lambda q: (_ORDER.get(q["type"], 9), q.get("demonym", False), q["key"]))
            split = _split_clitic(toks[i].text, prefix)
            # a state body whose name carries a nisba (وزارة الخارجية الأمريكية) changes with its nisba below
            state_body = rows.get(payload["key"], {}).get("kind") == "government" and \
                any(_nisba_slot(t.text, t.span.begin, t.norm) for t in toks[i:i + n])
            if split is not None and payload["key"] in rows and not state_body:
                keep, article = split
                stem = toks[i].norm[len(prefix):]
                kind = "demonym" if payload.get("demonym") else _KIND[payload["type"]]
                slots.append(Slot(toks[i].span.begin, toks[i + n - 1].span.end, kind, payload["key"], short=n == 1,
                                  clitic=keep, article=article or stem.startswith("ال")))
                i += n
                continue
        nisba = _nisba_slot(toks[i].text, toks[i].span.begin, toks[i].norm)
        if nisba:
            slots.append(nisba)
        i += 1
    return slots


def _nisba_slot(raw: str, begin: int, token: str) -> Slot | None:
    gaz = gazetteer()
    rows = pools().rows
    for prefix, stem in clitic_variants(token):
        state = gaz.nisba.get(match_key(stem))
        if not state or state not in rows:
            continue
        split = _split_clitic(raw, prefix)
        if split is None:
            return None
        keep, article = split
        article = article or (stem.startswith("ال") and len(stem) > 2)
        base = stem[2:] if stem.startswith("ال") else stem
        # the longest nisba adjective of that state the stem starts with; the rest is the ending (ة ين ون ...)
        adjs = sorted((norm(a) for a in split_cell(rows[state].get("nisba_ar", ""))), key=len, reverse=True)
        adj = next((a for a in adjs if base.startswith(a)), None)
        if adj is None:
            return None
        tail = len(base) - len(adj)
        suffix = raw[len(raw) - tail:] if tail else ""
        return Slot(begin, begin + len(raw), "nisba", state, clitic=keep, article=article, suffix=suffix)
    return None


def _unknown_person_slots(text: str, taken: list[Slot]) -> list[Slot]:
    """People the extractor finds by their names and titles but who are not in the gazetteer (ماسيموف): their full
    names, and a single word where it repeats the last word of the full name."""
    from kg.model import Article
    from kg.pipeline import extract

    result = extract(Article(doc="seed.txt", text=text))
    gaz_rows = pools().rows
    mentions = [m for m in result.mentions if result.entities[m.entity].type == "Person" and m.entity not in gaz_rows]
    surnames: set[tuple[str, str]] = set()
    for m in mentions:
        words = m.text.split()
        if len(words) > 1:
            surnames.add((m.entity, norm(words[-1])))
    out: list[Slot] = []
    for m in sorted(mentions, key=lambda m: (len(m.text), m.span.begin)):
        b, e = m.span.begin, m.span.end
        if any(s.begin < e and b < s.end for s in taken + out):
            continue  # a title + name mention around a name already marked, or a gazetteer match
        words = m.text.split()
        if len(words) == 1 and (m.entity, norm(words[0])) not in surnames:
            continue  # a common word the recognizer took for a name
        out.append(Slot(b, e, "person", m.entity, short=len(words) == 1))
    return out


def _lexicon_word(keys: list[str], i: int) -> bool:
    """A word the extractors react to (cue, trigger, title, measure, number, date...) or a function word."""
    from kg.extract.recognizers.shared import _stopwords

    lex = lexicons()
    key = keys[i]
    if key in _stopwords() or key in lex.numbers or key in lex.vague or key in lex.weekdays:
        return True
    if any(match_key(stem) in lex.measures for _p, stem in clitic_variants(key)):
        return True
    for index in (lex.speech, lex.titles, lex.institutions, lex.groups, lex.actions, lex.qualifiers, lex.months,
                  lex.relative_days):
        for j in range(max(0, i - index.max_len + 1), i + 1):  # a phrase of that lexicon covering token i
            hit = index.match(keys, j)
            if hit and j + hit[0] > i:
                return True
    return False


def _statement_word_slots(text: str, taken: list[Slot]) -> list[Slot]:
    """The ordinary words of the statements the extractor finds in the seed: not names, numbers or dates, and not
    the words the extractors react to, so that the same facts are found in every story."""
    from kg.model import Article
    from kg.pipeline import extract

    result = extract(Article(doc="seed.txt", text=text))
    _nt, toks = tokenize(text)
    keys = [match_key(t.norm) for t in toks]
    inside = [(st.content_span.begin, st.content_span.end) for st in result.statements]
    out: list[Slot] = []
    for i, t in enumerate(toks):
        b, e = t.span.begin, t.span.end
        if not any(cb <= b and e <= ce for cb, ce in inside) or len(t.norm) < 3 or not t.norm.isalpha():
            continue
        if any(s.begin < e and b < s.end for s in taken) or _lexicon_word(keys, i):
            continue
        out.append(Slot(b, e, "word"))
    return out


@cache
def templates() -> tuple[Template, ...]:
    from kg.reader import read_article

    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = read_article(path).text
        slots = _entity_slots(text)
        slots += _unknown_person_slots(text, slots)
        taken = [(s.begin, s.end) for s in slots]
        slots += [s for s in _date_slots(text) if all(s.end <= b or e <= s.begin for b, e in taken)]
        slots += _statement_word_slots(text, slots)
        out.append(Template(path.name, text, tuple(sorted(slots, key=lambda s: s.begin))))
    return tuple(out)


@cache
def vocabulary() -> tuple[str, ...]:
    """The words of the statements of all seeds, as written: what replaces them between stories."""
    return tuple(sorted({t.text[s.begin:s.end] for t in templates() for s in t.slots if s.kind == "word"}))


# ---------------------------------------------------------------------------------------------------------------
# generation


class _Article:
    """The replacements chosen for one generated article."""

    def __init__(self, rng: random.Random, digits: random.Random, pickers: dict[str, Picker]) -> None:
        self.rng = rng  # the story's: entities, dates, words of statements
        self.digits = digits  # the article's own: numbers
        self.pickers = pickers
        self.chosen: dict[tuple[str, str], dict] = {}
        self.used: set[str] = set()
        self.shift = timedelta(weeks=rng.randint(-MAX_WEEKS_SHIFT, MAX_WEEKS_SHIFT))

    def entity(self, pool: str, key: str) -> dict:
        k = (pool, key)
        if k not in self.chosen:
            row = self.pickers[pool].pick(self.rng, self.used)
            self.chosen[k] = row
            self.used.add(row["key"])
        return self.chosen[k]

    def place(self, key: str) -> dict:
        p = pools()
        if key in p.capital_of:  # a capital standing for its government follows its state
            state = self.entity("state", p.capital_of[key])
            capital = p.rows.get(state.get("capital_key", ""))
            if capital:
                return capital
        owner = p.rows.get(key, {}).get("country_key", "")
        if ("state", owner) in self.chosen:
            local = p.places_in.get(self.chosen[("state", owner)]["key"])
            if local:
                k = ("place", key)
                if k not in self.chosen:
                    self.chosen[k] = self.rng.choice(local)
                return self.chosen[k]
        return self.entity("place", key)

    def render(self, s: Slot, seed_text: str) -> str:
        if s.kind == "person":
            names = self.entity("person", s.key)["names"]
            return _join(s.clitic, min(names, key=lambda n: (len(n.split()), len(n))) if s.short else names[0])
        if s.kind == "state":
            return _join(s.clitic, self.entity("state", s.key)["names"][0])
        if s.kind == "org":  # an agency by an agency, a party by a party...
            kind = pools().rows[s.key].get("kind", "")
            return _join(s.clitic, self.entity(f"org:{kind}" if f"org:{kind}" in self.pickers else "org",
                                               s.key)["names"][0])
        if s.kind == "place":
            return _join(s.clitic, self.place(s.key)["names"][0])
        if s.kind == "nisba":
            adj = split_cell(self.entity("state", s.key)["nisba_ar"])[0]
            return _join(s.clitic, ("ال" if s.article else "") + adj + s.suffix)
        if s.kind == "demonym":
            row = self.entity("state", s.key)
            dems = split_cell(row.get("demonym_pl_ar", ""))
            word = dems[0] if dems else split_cell(row["nisba_ar"])[0] + "ون"
            return _join(s.clitic, ("ال" if s.article and not word.startswith("ال") else "") + word)
        if s.kind == "digits":
            raw = seed_text[s.begin:s.end]
            first = str(self.digits.randint(1, 9)) if len(raw) > 1 or raw != "0" else "0"
            return first + "".join(str(self.digits.randint(0, 9)) for _ in raw[1:])
        if s.kind == "word":
            raw = seed_text[s.begin:s.end]
            return self.rng.choice(vocabulary()) if self.rng.random() < STATEMENT_NOISE else raw
        assert s.day is not None
        if s.kind == "year":
            return str(s.day.year + round(self.shift.days / 365.25))
        d = s.day + self.shift
        if s.fmt == "iso":
            return d.isoformat()
        day = f"{d.day:02d}" if s.pad else str(d.day)
        month = _MONTHS[s.style][d.month - 1]
        return f"{day} {month} {d.year}" if s.fmt == "dmy" else f"{day} {month}"


def _join(clitic: str, name: str) -> str:
    if clitic.endswith("ل") and name.startswith("ال"):  # ل + الجزائر -> للجزائر
        return clitic + name[1:]
    return clitic + name


def article_text(i: int, seed: int = 0) -> str:
    tpls = templates()
    story = i // STORY_SIZE
    tpl = tpls[story % len(tpls)]
    art = _Article(random.Random(f"{seed}:story:{story}"), random.Random(f"{seed}:{i}"), _pickers(seed))
    out: list[str] = []
    pos = 0
    for s in tpl.slots:
        out.append(tpl.text[pos:s.begin])
        out.append(art.render(s, tpl.text))
        pos = s.end
    out.append(tpl.text[pos:])
    return "".join(out)


@cache
def _pickers(seed: int) -> dict[str, Picker]:
    p = pools()
    out = {"person": Picker(p.persons, seed, "person"), "state": Picker(p.states, seed, "state"),
           "place": Picker(p.places, seed, "place"), "org": Picker(p.orgs, seed, "org")}
    for kind in sorted({r.get("kind", "") for r in p.orgs} - {""}):
        out[f"org:{kind}"] = Picker([r for r in p.orgs if r.get("kind") == kind], seed, f"org:{kind}")
    return out


def file_name(i: int) -> str:
    return f"{i:07d}_s{i // STORY_SIZE % len(templates())}.txt"


def iter_articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    for i in range(n):
        yield file_name(i), article_text(i, seed)


@dataclass
class CorpusStats:
    articles: int
    words: int  # whitespace-separated words, as wc -w counts them
    bytes: int


def generate(n: int, out_dir: Path, seed: int = 0) -> CorpusStats:
    """Write n articles into out_dir (created; files already there with the same names are overwritten)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    words = size = 0
    for name, text in iter_articles(n, seed):
        data = text.encode("utf-8")
        (out_dir / name).write_bytes(data)
        words += len(text.split())
        size += len(data)
    return CorpusStats(n, words, size)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="output folder")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    stats = generate(args.n, args.out, args.seed)
    print(f"{stats.articles} articles, {stats.words} words, {stats.bytes} bytes in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
