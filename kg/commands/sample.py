"""kg sample --data GRAPH [--n 50] [--kind statement|action|figure|entity] [--seed N] [--articles DIR]

Random facts of one kind with their evidence, for a person to judge: precision at a scale no gold set covers.
With --articles (the folder the graph was built from) each fact also shows the whole sentence around its evidence,
read again through kg's reader so the graph's character offsets point at the same text.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.exitcodes import EXIT_INVALID, EXIT_OK, EXIT_USAGE
from kg.formats import SUFFIXES
from kg.vocab import KGO_IRI, PROV

_PREFIX = f"""PREFIX kgo: <{KGO_IRI}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <{PROV}>
"""
# One row per fact; ?fact ?doc ?begin ?end ?evidence are common to every kind, the rest make up its summary.
QUERIES = {
    "statement": """SELECT ?fact ?doc ?begin ?end ?evidence ?speaker ?kind ?cue ?content ?date WHERE {
  ?fact a kgo:Statement ; kgo:speaker ?speaker ; kgo:kind ?kind ; kgo:cue ?cue ; kgo:content ?content ;
        kgo:evidence ?span ; prov:wasDerivedFrom ?article .
  ?span kgo:begin ?begin ; kgo:end ?end ; kgo:text ?evidence .
  ?article kgo:fileName ?doc .
  OPTIONAL { ?fact kgo:date ?date } }""",
    "action": """SELECT ?fact ?doc ?begin ?end ?evidence ?actor ?type ?target ?targetText ?trigger ?date WHERE {
  ?fact a kgo:Action ; kgo:actor ?actor ; kgo:actionType ?type ; kgo:trigger ?trigger ;
        kgo:evidence ?span ; prov:wasDerivedFrom ?article .
  ?span kgo:begin ?begin ; kgo:end ?end ; kgo:text ?evidence .
  ?article kgo:fileName ?doc .
  OPTIONAL { ?fact kgo:target ?target } OPTIONAL { ?fact kgo:targetText ?targetText }
  OPTIONAL { ?fact kgo:date ?date } }""",
    "figure": """SELECT ?fact ?doc ?begin ?end ?evidence ?value ?measure ?qualifier ?counted ?reporter ?date WHERE {
  ?fact a kgo:ReportedFigure ; kgo:value ?value ; kgo:measure ?measure ;
        kgo:evidence ?span ; prov:wasDerivedFrom ?article .
  ?span kgo:begin ?begin ; kgo:end ?end ; kgo:text ?evidence .
  ?article kgo:fileName ?doc .
  OPTIONAL { ?fact kgo:qualifier ?qualifier } OPTIONAL { ?fact kgo:counted ?counted }
  OPTIONAL { ?fact kgo:reporter ?reporter } OPTIONAL { ?fact kgo:date ?date } }""",
    # an entity fact is one mention: "these characters name this entity, of this type"
    "entity": """SELECT ?fact ?doc ?begin ?end ?evidence ?entity ?type WHERE {
  ?fact a kgo:Mention ; kgo:mentionOf ?entity ; kgo:inArticle ?article ;
        kgo:begin ?begin ; kgo:end ?end ; kgo:text ?evidence .
  ?article kgo:fileName ?doc .
  ?entity a ?type .
  FILTER(?type IN (kgo:Person, kgo:State, kgo:Organization, kgo:Place, kgo:Group)) }""",
}
KINDS = tuple(QUERIES)


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    iri: str
    doc: str
    begin: int
    end: int
    evidence: str
    summary: str
    sentence: str | None = None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sample", help="print random facts with their evidence, to judge precision by hand")
    p.add_argument("--data", type=Path, required=True, help=f"graph file ({SUFFIXES}) or store dir")
    p.add_argument("--n", type=int, default=50, help="how many facts (default 50; fewer when the graph has fewer)")
    p.add_argument("--kind", choices=KINDS, default="statement")
    p.add_argument("--seed", type=int, default=0, help="random seed: the same seed draws the same facts")
    p.add_argument("--articles", type=Path, help="folder of the articles the graph was built from: show sentences")
    p.add_argument("--format", choices=("text", "markdown"), default="text",
                   help="markdown: a table with empty verdict and reason columns to fill in")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kg.query import open_data

    if args.n < 0:
        print("kg sample: --n must be 0 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        store = open_data(args.data)
    except (OSError, ValueError) as exc:
        print(f"kg sample: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        facts = draw(store, args.kind, args.n, args.seed, args.articles)
    except (SyntaxError, ValueError, OSError) as exc:
        print(f"kg sample: {exc}", file=sys.stderr)
        return EXIT_INVALID
    print(render(facts, args.format))
    return EXIT_OK


def facts_of(store, kind: str) -> list[Fact]:
    """Every fact of one kind, in IRI order (so a seed always draws the same facts from the same graph)."""
    from kg.query import labels
    from kg.query import run as run_query

    names = labels(store)
    _cols, rows = run_query(store, _PREFIX + QUERIES[kind])
    seen: dict[str, Fact] = {}
    for r in rows:
        val = {k: (None if v is None else v.value) for k, v in r.items()}
        iri = val["fact"]
        if iri in seen:  # an entity with two types, a fact with two dates: keep one row per fact
            continue
        seen[iri] = Fact(kind, iri, val["doc"], int(val["begin"]), int(val["end"]), val["evidence"],
                         _summary(kind, val, names))
    return [seen[k] for k in sorted(seen)]


def draw(store, kind: str, n: int, seed: int, articles: Path | None = None) -> list[Fact]:
    facts = facts_of(store, kind)
    picked = random.Random(seed).sample(facts, min(n, len(facts)))
    if articles is None:
        return picked
    texts: dict[str, str | None] = {}
    return [_with_sentence(f, articles, texts) for f in picked]


def _name(iri: str | None, names: dict[str, str]) -> str:
    if not iri:
        return "-"
    return names.get(iri) or iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _local(iri: str | None) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else "-"


def _summary(kind: str, v: dict[str, str | None], names: dict[str, str]) -> str:
    date = v.get("date") or "no date"
    if kind == "statement":
        content = v["content"] or ""
        if len(content) > 160:
            content = content[:159] + "…"
        return f"{_name(v['speaker'], names)} [{_local(v['kind'])}, «{v['cue']}», {date}]: {content}"
    if kind == "action":
        # a target no entity names shows as the words that name it
        target = f"«{v['targetText']}»" if v.get("targetText") and not v.get("target") else _name(v["target"], names)
        return (f"{_name(v['actor'], names)} {_local(v['type'])} {target} "
                f"[«{v['trigger']}», {date}]")
    if kind == "figure":
        qual = f"{v['qualifier']} " if v.get("qualifier") else ""
        counted = f" «{v['counted']}»" if v.get("counted") else ""
        return (f"{qual}{v['value']} {_local(v['measure'])}{counted} "
                f"[reported by {_name(v.get('reporter'), names)}, {date}]")
    return f"«{v['evidence']}» = {_name(v['entity'], names)} ({_local(v['type'])})"


def _with_sentence(fact: Fact, folder: Path, texts: dict[str, str | None]) -> Fact:
    """The fact with the sentence(s) its evidence lies in, or unchanged when the article cannot be read again or
    no longer holds the evidence at its offsets (the folder is not the one the graph was built from)."""
    from kg.read import InputError, read_article
    from kg.text.analysis import analyse

    if fact.doc not in texts:
        try:
            texts[fact.doc] = read_article(folder / fact.doc).text
        except (InputError, OSError):
            texts[fact.doc] = None
    text = texts[fact.doc]
    if text is None or text[fact.begin:fact.end] != fact.evidence:
        return fact
    sentences = analyse(text).sentences
    inside = [s.span for s in sentences if s.span.begin < fact.end and fact.begin < s.span.end]
    if not inside:
        return fact
    b, e = inside[0].begin, inside[-1].end
    return Fact(fact.kind, fact.iri, fact.doc, fact.begin, fact.end, fact.evidence, fact.summary,
                " ".join(text[b:e].split()))


def render(facts: list[Fact], fmt: str = "text") -> str:
    if fmt == "markdown":
        def cell(s: str) -> str:
            return " ".join(s.split()).replace("|", "\\|")

        lines = ["| # | article | fact | evidence | sentence | verdict | reason |", "|---|---|---|---|---|---|---|"]
        lines += [f"| {i} | {f.doc} | {cell(f.summary)} | {cell(f.evidence)} | {cell(f.sentence or '')} | | |"
                  for i, f in enumerate(facts, 1)]
        return "\n".join(lines)
    out = []
    for i, f in enumerate(facts, 1):
        out.append(f"[{i}] {f.kind}: {' '.join(f.summary.split())}")
        out.append(f"    article:  {f.doc} (characters {f.begin}-{f.end})")
        out.append(f"    evidence: {' '.join(f.evidence.split())}")
        if f.sentence:
            out.append(f"    sentence: {f.sentence}")
    return "\n".join(out)
