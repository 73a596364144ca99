"""Measure the builder on annotated articles: the categories of the gold schema (see ../shared/gold/README.md).

Gold: one JSON file per article ({doc, entities, statements, actions, figures}). Predictions come from running the
contract queries (queries/entities.rq, who_said_what_when.rq, actions.rq, figures.rq) on a built graph, so what is
measured is what a researcher's query returns.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.lexicon import DATA, read_tsv
from kg.query import open_data, run
from kg.resources import queries_path
from kg.text.normalize import orthography

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\"'«»“”„‘’`()\[\]{}<>،,.:;؛!?؟\-–—/\\|*_…]+")
# the scorer's folding (../shared/eval/score.py): digits, hamza seats, alef maksura and teh marbuta, and the
# proclitics a gold mention may carry, all from kg's data files
_DIGITS = str.maketrans(dict(orthography("digit")))
_LETTERS = str.maketrans(dict(orthography("letter")))
_CLITICS = tuple(r["form"] for r in read_tsv(DATA / "lexicon" / "clitics.tsv") if r["class"] == "proclitic")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
CATEGORIES = ("entities", "entities_untyped", "statements_detected", "statements_who_what",
              "statements_who_what_when", "actions_actor_type", "actions_full", "figures", "figures_with_reporter")


def canon(text: str) -> str:
    text = _DIACRITICS.sub("", text or "").translate(_DIGITS).translate(_LETTERS)
    return " ".join(_PUNCT.sub(" ", text).split()).lower()


def surface_forms(mention: str) -> set[str]:
    base = canon(mention)
    out = {base}
    for c in _CLITICS:
        if base.startswith(c) and len(base) - len(c) >= 3:
            rest = base[len(c):]
            out.add(rest)
            if c.endswith("ل") and rest.startswith("ل"):  # للجنة = ل + اللجنة: the article's alef restored
                out.add("ا" + rest)
    return out


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(canon(a).split()), Counter(canon(b).split())
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def _local(value: str | None) -> str:
    s = value or ""
    return re.split(r"[#/]", s)[-1] if s.startswith(("http://", "https://", "urn:")) else s


def predictions(data: Path) -> dict[str, dict]:
    store = open_data(data)
    docs: dict[str, dict] = defaultdict(lambda: {"entities": {}, "statements": [], "actions": [], "figures": []})

    def rows(name: str):
        _names, result = run(store, queries_path(name).read_text(encoding="utf-8"))
        for r in result:
            yield {k: (None if v is None else v.value) for k, v in r.items()}

    for r in rows("entities.rq"):
        ent = docs[_local(r["doc"])]["entities"].setdefault(r["entity"], {"type": _local(r["type"]), "mentions": set()})
        ent["mentions"].add(r["mention"])
    for r in rows("who_said_what_when.rq"):
        docs[_local(r["doc"])]["statements"].append({"speaker": r["speaker"], "date": (r["date"] or "")[:10] or None,
                                                     "text": r["text"] or ""})
    for r in rows("actions.rq"):
        docs[_local(r["doc"])]["actions"].append({"actor": r["actor"], "type": _local(r["type"]).upper(),
                                                  "target": r.get("target")})
    for r in rows("figures.rq"):
        docs[_local(r["doc"])]["figures"].append({"value": int(float(r["value"])), "measure": _local(r["measure"]),
                                                  "reporter": r.get("reporter")})
    return docs


def _greedy(pairs):
    used_a, used_b, out = set(), set(), []
    for _w, a, b in sorted(pairs, key=lambda t: -t[0]):
        if a not in used_a and b not in used_b:
            used_a.add(a)
            used_b.add(b)
            out.append((a, b))
    return out


def _align(gold: list[dict], pred: dict[str, dict], typed: bool) -> dict[str, str]:
    gforms = {g["id"]: set().union(*(surface_forms(m) for m in g["mentions"])) for g in gold if g["mentions"]}
    pairs = []
    for pid, p in pred.items():
        pforms = set().union(*(surface_forms(m) for m in p["mentions"])) if p["mentions"] else set()
        for g in gold:
            if typed and p["type"].lower() != g["type"].lower():
                continue
            w = len(pforms & gforms.get(g["id"], set()))
            if w:
                pairs.append((w, pid, g["id"]))
    return dict(_greedy(pairs))


def score(gold_dir: Path, data: Path) -> dict:
    pred_docs = predictions(data)
    tally = {c: [0, 0, 0] for c in CATEGORIES}  # matched, predicted, gold
    seen_in: dict[str, set] = defaultdict(set)
    docs_of: Counter = Counter()

    def add(cat: str, matched: int, npred: int, ngold: int) -> None:
        t = tally[cat]
        t[0] += matched
        t[1] += npred
        t[2] += ngold

    for gf in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pred = pred_docs.get(gold["doc"], {"entities": {}, "statements": [], "actions": [], "figures": []})
        typed = _align(gold["entities"], pred["entities"], True)
        untyped = _align(gold["entities"], pred["entities"], False)
        add("entities", len(typed), len(pred["entities"]), len(gold["entities"]))
        add("entities_untyped", len(untyped), len(pred["entities"]), len(gold["entities"]))
        for pid, gid in untyped.items():
            seen_in[gid].add(pid)
            docs_of[gid] += 1
        gs, ps = gold["statements"], pred["statements"]
        sim = {(i, j): token_f1(p["text"], g["text"]) for i, p in enumerate(ps) for j, g in enumerate(gs)}
        add("statements_detected", len(_greedy([(w, i, j) for (i, j), w in sim.items() if w >= 0.5])), len(ps), len(gs))
        who = _greedy([(w, i, j) for (i, j), w in sim.items()
                       if w >= 0.5 and untyped.get(ps[i]["speaker"]) == gs[j]["speaker"]])
        add("statements_who_what", len(who), len(ps), len(gs))
        when = [(i, j) for i, j in who if gs[j].get("date") is None or ps[i]["date"] == gs[j]["date"]]
        add("statements_who_what_when", len(when), len(ps), len(gs))
        ga, pa = gold["actions"], pred["actions"]

        def same(p: dict, g: dict, full: bool, untyped: dict = untyped) -> bool:
            if p["type"] != g["type"]:
                return False
            actor, target = untyped.get(p["actor"] or ""), untyped.get(p["target"] or "")
            sym = g["type"] in SYMMETRIC
            if not full:
                return actor == g["actor"] or (sym and target == g["actor"])
            if actor == g["actor"] and (g.get("target") is None or target == g["target"]):
                return True
            return sym and target == g["actor"] and actor == g.get("target")

        for cat, full in (("actions_actor_type", False), ("actions_full", True)):
            m = _greedy([(1, i, j) for i, p in enumerate(pa) for j, g in enumerate(ga) if same(p, g, full)])
            add(cat, len(m), len(pa), len(ga))
        gfig, pfig = gold["figures"], pred["figures"]
        fm = _greedy([(1, i, j) for i, p in enumerate(pfig) for j, g in enumerate(gfig)
                      if p["value"] == g["value"] and p["measure"] == g["measure"]])
        add("figures", len(fm), len(pfig), len(gfig))
        fr = [(i, j) for i, j in fm if gfig[j].get("reported_by") is None
              or untyped.get(pfig[i]["reporter"] or "") == gfig[j]["reported_by"]]
        add("figures_with_reporter", len(fr), len(pfig), len(gfig))
    out = {}
    for cat, (m, npred, ngold) in tally.items():
        p = m / npred if npred else 0.0
        r = m / ngold if ngold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out[cat] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                    "matched": m, "predicted": npred, "gold": ngold}
    multi = [g for g, n in docs_of.items() if n >= 2]
    out["cross_document_identity"] = {"consistent": sum(1 for g in multi if len(seen_in[g]) == 1),
                                      "entities_in_several_documents": len(multi)}
    return out


def render(result: dict) -> str:
    lines = [f"{'category':28} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'pred':>6} {'gold':>6}"]
    for cat in CATEGORIES:
        v = result[cat]
        lines.append(f"{cat:28} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} {v['matched']:8d} "
                     f"{v['predicted']:6d} {v['gold']:6d}")
    c = result["cross_document_identity"]
    lines.append(f"cross-document identity: {c['consistent']}/{c['entities_in_several_documents']} "
                 "entities keep one IRI")
    return "\n".join(lines)
