"""Measure kg's entity recognizer against NewsFANE Gold (newswire, ~172,800 tokens, fine-grained BIO tags).

    python bench/ner_newsfane.py [--data DIR_OR_FILE] [--limit N] [--json OUT] [--text attached|spaced]
                                 [--view names|outer] [--errors N] [--pipeline]

NewsFANE Gold is a measuring stick only: it is read from ../shared/ner/newsfane/ (relative to the repository) or
--data, never copied into the repository, and nothing is derived from it. This script prints figures and an error
analysis to the terminal; --json writes the figures (no corpus text) to a file of your choice.

How the corpus is read
  - one `TOKEN<TAB>TAG` per line, CRLF, UTF-8 with BOM, U+200E marks stripped; an empty line ends a sentence;
  - the corpus is ATB-like segmented: the proclitics و ف ب ل ك and the pronoun suffixes (ه ها هم ...) are often
    separate tokens. `--text attached` (default) glues them back onto their host word, as news is written, before
    our recognizer sees it; `--text spaced` joins every token with a space. Gold spans are character spans of the
    gold tokens either way, so a gold "سوريا" inside the running word "وسوريا" is scored against our "وسوريا"
    (see the "exact modulo one leading clitic letter" level);
  - sentences are grouped into documents of --sentences (default 40) consecutive sentences, one per line, so that
    per-article logic (focus country, surnames introduced earlier) has context. The corpus carries no article
    boundaries.

Class mapping (coarse FANE classes; verified against the file's 46 tag names)
  - Person: Politician, Athlete, Artist, Other_PER, Religious_PER, Scientist, Businessperson, Lawyer, Engineer and
    Police (in FANE, Police is a PER subclass: police and military officers, e.g. defence ministers and generals);
  - State: Nation;
  - Place: every GPE/LOC/FAC class but Nation and Celestial: Population-Center, State-or-Province,
    County-or-District, Continent, GPE-Cluster, Water-Body, Land-Region-Natural, Building-Grounds, Airport, Path,
    Subarea-Facility, Plant. GPE-Cluster goes to Place by default because most of its mentions are regions
    ("the Middle East", "the Levant", "North Africa"), which our gazetteer types Place; --gpe-cluster State
    scores it as State instead;
  - Organization: Government, Non-Governmental, Media, Sports, Commercial, Educational, Religious_ORG,
    Medical-Science, Entertainment;
  - Group: Group (a PER subclass in FANE: collectives such as "the Arabs", "the Palestinians");
  - ignored (scored as outside): vehicles (Land, Air, Water), weapons (Shooting, Projectile), products (Book, Movie,
    Software, Hardware, Food, Drug) and Celestial.

Views of our nested mentions
  - outer: the outermost mentions find_mentions returns (title + name, institution + owner, مدينة + name, bare
    role phrases such as "the Russian president");
  - names (default headline): what NewsFANE tags. NewsFANE tags person names WITHOUT their titles
    ("الرئيس الروسي [فلاديمير بوتين]") and a city WITHOUT the noun "مدينة" ("مدينة [حلب]"), while it tags an
    institution WITH its nisba ("[وزارة الخارجية التركية]") and never a bare "الحكومة". So this view drops
    descriptions (role phrases without a name, one-word institution heads whose owner is inferred), keeps the bare
    name when a title + name mention also exists, and trims the place noun (مدينة/منطقة/...) off place-noun
    mentions; then it keeps the outermost of what is left.

Scoring: see kg.extract.ner_eval (one-to-one alignment at exact / exact-modulo-one-leading-clitic / overlap level,
typed and untyped). "overall" pools Person + State + Organization + Place; Group is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# run as a script, Python puts bench/ first on the path: put this checkout before any kg the environment has installed,
# so the figures are this checkout's (as scripts/train_ner.py does)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.doc import RawMention  # noqa: E402
from kg.extract.mentions import find_mentions  # noqa: E402
from kg.extract.ner_eval import (  # noqa: E402
    LEVELS,
    SPLITS,
    VALIDATION_FRACTION,
    Scores,
    Tagged,
    align,
    bio_spans,
    dedupe,
    outermost,
    split,
)
from kg.model import Span  # noqa: E402
from kg.text.analysis import analyse  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "ner" / "newsfane"
FILE_GLOB = "NewsFANE*.txt"

TYPES = ("Person", "State", "Organization", "Place", "Group")
OVERALL = ("Person", "State", "Organization", "Place")

CLASS_MAP = {
    **dict.fromkeys(("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
                     "Lawyer", "Engineer", "Police"), "Person"),
    "Nation": "State",
    **dict.fromkeys(("Population-Center", "State-or-Province", "County-or-District", "Continent", "GPE-Cluster",
                     "Water-Body", "Land-Region-Natural", "Building-Grounds", "Airport", "Path", "Subarea-Facility",
                     "Plant"), "Place"),
    **dict.fromkeys(("Government", "Non-Governmental", "Media", "Sports", "Commercial", "Educational",
                     "Religious_ORG", "Medical-Science", "Entertainment"), "Organization"),
    "Group": "Group",
}
IGNORED = {"Land", "Air", "Water", "Shooting", "Projectile", "Book", "Movie", "Software", "Hardware", "Food",
           "Drug", "Celestial"}

PROCLITIC_TOKENS = {"و", "ف", "ب", "ل"}
ENCLITIC_TOKENS = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا", "ي", "ني"}
SENTENCE_FINAL = {".", "؟", "?", "!"}
_ARABIC = re.compile("[\u0621-\u064a]")
_WORD = re.compile(r"\w")


# ---------------------------------------------------------------------------------------------------- reading
@dataclass
class Corpus:
    tokens: list[str]
    tags: list[str]
    sentences: list[tuple[int, int]]  # token ranges


def find_data(arg: str | None) -> Path | None:
    path = Path(arg) if arg else DEFAULT_DATA
    if path.is_file():
        return path
    if path.is_dir():
        hits = sorted(path.glob(FILE_GLOB))
        return hits[0] if hits else None
    return None


def read_corpus(path: Path) -> Corpus:
    tokens: list[str] = []
    tags: list[str] = []
    sentences: list[tuple[int, int]] = []
    start = 0
    raw = path.read_text(encoding="utf-8-sig")
    for line in raw.splitlines():
        tok, _, tag = line.replace("\u200e", "").partition("\t")
        tok, tag = tok.strip(), tag.strip() or "O"
        if not tok:
            if len(tokens) > start:
                sentences.append((start, len(tokens)))
            start = len(tokens)
            continue
        tokens.append(tok)
        tags.append(tag)
    if len(tokens) > start:
        sentences.append((start, len(tokens)))
    # a sentence-final mark inside a long "sentence" also ends it (the blank-line convention is not always kept)
    out: list[tuple[int, int]] = []
    for b, e in sentences:
        s = b
        for i in range(b, e - 1):
            if tokens[i] in SENTENCE_FINAL and not tags[i + 1].startswith("I-") and i + 1 - s >= 3:
                out.append((s, i + 1))
                s = i + 1
        out.append((s, e))
    return Corpus(tokens, tags, out)


def _glue(tokens: list[str], i: int, j: int) -> tuple[bool, bool]:
    """(attach token j to the previous token, attach token i to the next token)."""
    tok = tokens[i]
    prev = tokens[i - 1] if i > 0 else ""
    nxt = tokens[i + 1] if i + 1 < j else ""
    nxt_word = len(nxt) >= 2 and bool(_ARABIC.match(nxt))
    prev_word = bool(_ARABIC.search(prev)) and prev not in PROCLITIC_TOKENS
    if tok == "ك":  # a pronoun after a word ("بيت ك"), else the preposition ("ك ما")
        return (prev_word and len(prev) >= 2, not (prev_word and len(prev) >= 2) and nxt_word)
    if tok in ENCLITIC_TOKENS and prev_word:
        return True, False
    if tok in PROCLITIC_TOKENS and nxt_word:
        return False, True
    return False, False


def build_document(corpus: Corpus, sents: list[tuple[int, int]], attached: bool) -> tuple[str, dict[int, tuple]]:
    """Running text of some sentences (one per line) and each token's character span in it."""
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    for si, (b, e) in enumerate(sents):
        if si:
            parts.append("\n")
            pos += 1
        glue_next = False
        for i in range(b, e):
            tok = corpus.tokens[i]
            back, fwd = _glue(corpus.tokens, i, e) if attached else (False, False)
            if i > b and not (glue_next or back):
                parts.append(" ")
                pos += 1
            spans[i] = (pos, pos + len(tok))
            parts.append(tok)
            pos += len(tok)
            glue_next = fwd
    return "".join(parts), spans


def gold_mentions(corpus: Corpus, sents: list[tuple[int, int]], spans: dict[int, tuple[int, int]], text: str,
                  class_map: dict[str, str]) -> tuple[list[Tagged], list[str], list[Tagged]]:
    """Gold mentions of our types (with their fine classes, parallel) and mentions of ignored classes."""
    gold: list[Tagged] = []
    classes: list[str] = []
    ignored: list[Tagged] = []
    for b, e in sents:
        for s, t, cls in bio_spans(corpus.tags[b:e]):
            begin, end = spans[b + s][0], spans[b + t - 1][1]
            typ = class_map.get(cls)
            if typ:
                gold.append(Tagged(begin, end, typ, text[begin:end]))
                classes.append(cls)
            else:
                if cls not in IGNORED:
                    print(f"warning: unmapped class {cls!r} ignored", file=sys.stderr)
                    IGNORED.add(cls)
                ignored.append(Tagged(begin, end, cls, text[begin:end]))
    return gold, classes, ignored


# ---------------------------------------------------------------------------------------------------- predictions
@dataclass
class Pred:
    tagged: Tagged
    kind: str


RECOGNIZERS = ("rules", "model", "merged")


MODEL_PATH: list = []  # --model: another model folder than kg's


def model_mentions(analysis) -> list[RawMention]:
    """The statistical model's spans as they come (every type, no guard, whole tokens)."""
    from kg.extract.statistical_ner import MODEL_DIR, predict_analysis

    out = []
    base = 0
    path = MODEL_PATH[0] if MODEL_PATH else MODEL_DIR
    for sent, spans in zip(analysis.sentences, predict_analysis(analysis, path=path), strict=True):
        for b, e, etype in spans:
            span = Span(sent.tokens[b].span.begin, sent.tokens[e - 1].span.end)
            out.append(RawMention(base + b, base + e, span, etype, "model"))
        base += len(sent.tokens)
    return out


def predictions(text: str, recognizer: str = "rules") -> tuple[dict[str, list[Pred]], float]:
    """Our mentions in both views, and the seconds analysis + recognition took. `recognizer`: kg's rules, the
    statistical model alone, or the two merged as kg.pipeline merges them."""
    t0 = time.perf_counter()
    analysis = analyse(text)
    if recognizer == "model":
        raw = model_mentions(analysis)
    else:
        raw, _focus = find_mentions(analysis)
        if recognizer == "merged":
            from kg.extract.statistical_ner import MODEL_DIR, merge_model_mentions

            raw = merge_model_mentions(analysis, raw, path=MODEL_PATH[0] if MODEL_PATH else MODEL_DIR)
    elapsed = time.perf_counter() - t0
    toks = analysis.tokens
    kinds: dict[tuple[int, int], str] = {}
    outer_all: list[Tagged] = []
    names_all: list[Tagged] = []
    for m in raw:
        if m.type not in TYPES:
            continue
        tag = Tagged(m.span.begin, m.span.end, m.type, text[m.span.begin:m.span.end])
        outer_all.append(tag)
        kinds.setdefault((tag.begin, tag.end), m.kind)
        if m.kind == "role" or (m.kind == "institution" and m.last - m.first == 1):
            continue  # descriptions, not names: "the Russian president", a bare "الحكومة" / "الشرطة"
        if m.kind == "place" and m.last - m.first >= 2:  # "مدينة X" -> "X"
            k = m.first + 1
            if toks[k].norm == '"' and k + 1 < m.last:
                k += 1
            begin = toks[k].span.begin
            tag = Tagged(begin, m.span.end, m.type, text[begin:m.span.end])
            kinds.setdefault((tag.begin, tag.end), m.kind)
        names_all.append(tag)
    # a title + name mention gives way to the bare name it contains (same end, same type)
    persons = [t for t in names_all if t.type == "Person"]
    names_all = [t for t in names_all if not (t.type == "Person" and any(
        o is not t and o.end == t.end and o.begin > t.begin for o in persons))]
    views = {"outer": outermost(dedupe(outer_all)), "names": outermost(dedupe(names_all))}
    return {v: [Pred(t, kinds.get((t.begin, t.end), "?")) for t in ts] for v, ts in views.items()}, elapsed


# ---------------------------------------------------------------------------------------------------- report
def table(scores: Scores, title: str) -> str:
    head = f"{'':13}{'gold':>6}{'pred':>6} |" + "|".join(f"{lv:^21}" for lv in LEVELS)
    sub = f"{'':25} |" + "|".join(f"{'P':>7}{'R':>7}{'F1':>7}" for _ in LEVELS)
    lines = [title]
    for typed in (False, True):
        lines += ["", ("typed (types must agree)" if typed else "untyped (any type)"), head, sub]
        for name in (*TYPES, "overall"):
            cell = scores.get("overlap", typed, name)
            row = f"{name:13}{cell.gold:>6}{cell.pred:>6} |"
            row += "|".join(f"{c.precision:>7.1%}{c.recall:>7.1%}{c.f1:>7.1%}"
                            for lv in LEVELS for c in [scores.get(lv, typed, name)])
            lines.append(row)
    return "\n".join(lines)


def summary(all_scores: dict, recognizers: list[str]) -> str:
    """One line per recognizer and type: names view, P/R/F1 at exact and overlap level, untyped and typed."""
    lines = ["=== SUMMARY (names view): P/R/F1", f"{'':8}{'':13}|{'exact untyped':^21}|{'exact typed':^21}|"
             f"{'overlap untyped':^21}|{'overlap typed':^21}"]
    for name in (*TYPES, "overall"):
        for rec in recognizers:
            sc = all_scores[rec]["names"]
            cells = [sc.get(lv, typed, name) for lv in ("exact", "overlap") for typed in (False, True)]
            lines.append(f"{rec:8}{name:13}|" + "|".join(f"{c.precision:>7.1%}{c.recall:>7.1%}{c.f1:>7.1%}"
                                                          for c in cells))
    return "\n".join(lines)


def short(text: str) -> str:
    return " ".join(text.split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="NewsFANE directory or file (default ../shared/ner/newsfane)")
    ap.add_argument("--limit", type=int, help="score only the first N documents")
    ap.add_argument("--sentences", type=int, default=40, help="sentences per document (default 40)")
    ap.add_argument("--text", choices=("attached", "spaced"), default="attached",
                    help="glue separated clitic tokens back onto their words (default) or join all with spaces")
    ap.add_argument("--view", choices=("names", "outer"), default="names", help="view for the error analysis")
    ap.add_argument("--gpe-cluster", choices=("Place", "State"), default="Place", help="type of GPE-Cluster")
    ap.add_argument("--errors", type=int, default=40, help="rows per error list (0: none)")
    ap.add_argument("--pipeline", action="store_true", help="also time the whole pipeline (kg.pipeline.extract)")
    ap.add_argument("--json", help="write the figures (no corpus text) to this file")
    ap.add_argument("--split", choices=SPLITS, default="test",
                    help="sentences to score (kg.extract.ner_eval.split): test = the last 20%% (default; the "
                         "statistical model never saw it), train = the first 80%%, validation = the tail of train "
                         "held out while training, all = the whole corpus")
    ap.add_argument("--validation-fraction", type=float, default=VALIDATION_FRACTION,
                    help="the share of train that --split validation holds out (default %(default)s, as the shipped "
                         "model was trained; 0.25 with a model trained by scripts/train_ner.py --validation-fraction "
                         "0.25 gives a larger unseen slice to tune on)")
    ap.add_argument("--ner", default="rules",
                    help="comma-separated recognizers to score: rules (kg's rules and gazetteer), model (the "
                         "statistical model alone), merged (the model added where the rules found nothing)")
    ap.add_argument("--model", type=Path, help="score this model folder instead of kg's (scripts/train_ner.py --out)")
    args = ap.parse_args(argv)
    if args.model:
        MODEL_PATH[:] = [args.model]
    recognizers = [r.strip() for r in args.ner.split(",") if r.strip()]
    if not recognizers or set(recognizers) - set(RECOGNIZERS):
        print(f"--ner: choose among {', '.join(RECOGNIZERS)}", file=sys.stderr)
        return 2

    path = find_data(args.data)
    if path is None:
        where = args.data or DEFAULT_DATA
        print(f"NewsFANE Gold not found at {where}: nothing to measure. Put the corpus under ../shared/ner/newsfane/ "
              f"(relative to the repository) or pass --data PATH.", file=sys.stderr)
        return 2
    class_map = dict(CLASS_MAP, **{"GPE-Cluster": args.gpe_cluster})
    corpus = read_corpus(path)
    sentences = split(corpus.sentences, args.split, validation_fraction=args.validation_fraction)
    docs = [sentences[i:i + args.sentences] for i in range(0, len(sentences), args.sentences)]
    if args.limit:
        docs = docs[:args.limit]

    all_scores = {r: {v: Scores(TYPES, {"overall": OVERALL}) for v in ("names", "outer")} for r in recognizers}
    seconds_by = dict.fromkeys(recognizers, 0.0)
    fn: Counter = Counter()
    fn_class: Counter = Counter()
    fp: Counter = Counter()
    fp_kind: Counter = Counter()
    fp_ignored: Counter = Counter()
    confusions: Counter = Counter()
    confusion_ex: dict[tuple[str, str], Counter] = {}
    boundary: Counter = Counter()
    words = tokens = 0
    seconds = pipeline_seconds = 0.0
    started = time.perf_counter()
    for doc in docs:
        attached = args.text == "attached"
        text, spans = build_document(corpus, doc, attached)
        gold, classes, ignored = gold_mentions(corpus, doc, spans, text, class_map)
        for other in recognizers[1:]:
            more, took = predictions(text, other)
            seconds_by[other] += took
            for view, preds in more.items():
                all_scores[other][view].add_document(gold, [p.tagged for p in preds])
        views, elapsed = predictions(text, recognizers[0])
        seconds += elapsed
        seconds_by[recognizers[0]] += elapsed
        scores = all_scores[recognizers[0]]
        n = sum(e - b for b, e in doc)
        tokens += n
        words += sum(1 for b, e in doc for t in corpus.tokens[b:e] if _WORD.search(t))
        if args.pipeline:
            from kg.pipeline import extract_text

            t0 = time.perf_counter()
            extract_text(text)
            pipeline_seconds += time.perf_counter() - t0
        for view, preds in views.items():
            pairs = scores[view].add_document(gold, [p.tagged for p in preds])
            if view != args.view:
                continue
            untyped = pairs[("overlap", False)]
            mg = {gi for gi, _ in untyped}
            mp = {pi for _, pi in untyped}
            exact = {(gi, pi) for gi, pi in pairs[("clitic", False)]}
            for gi, g in enumerate(gold):
                if gi not in mg:
                    fn[(g.type, short(g.text))] += 1
                    fn_class[classes[gi]] += 1
            ign_pairs = {pi for _, pi in align(ignored, [p.tagged for p in preds], "overlap", False)}
            for pi, p in enumerate(preds):
                if pi not in mp:
                    fp[(p.tagged.type, p.kind, short(p.tagged.text))] += 1
                    fp_kind[(p.tagged.type, p.kind)] += 1
                    if pi in ign_pairs:
                        fp_ignored[p.tagged.type] += 1
            for gi, pi in untyped:
                g, p = gold[gi], preds[pi].tagged
                if g.type != p.type:
                    key = (f"{g.type}/{classes[gi]}", p.type)
                    confusions[key] += 1
                    confusion_ex.setdefault(key, Counter())[short(p.text)] += 1
                if (gi, pi) not in exact:
                    side = "pred longer" if p.begin <= g.begin and p.end >= g.end else (
                        "pred shorter" if p.begin >= g.begin and p.end <= g.end else "shifted")
                    boundary[(g.type, side, preds[pi].kind)] += 1
    wall = time.perf_counter() - started

    print(f"NewsFANE Gold: {path}, split {args.split} (sentences {len(sentences)} of {len(corpus.sentences)})")
    print(f"{len(docs)} documents of {args.sentences} sentences, {tokens} tokens ({words} words), text={args.text}, "
          f"GPE-Cluster={args.gpe_cluster}")
    print("exact = same span; clitic = exact modulo one leading proclitic letter; overlap = any shared character "
          "(one-to-one).\nPer type, R counts gold mentions of the type matched, P counts our mentions of the type "
          "matched; untyped,\na gold Group matched by our State counts for Group recall and State precision. overall = "
          "Person+State+Organization+Place.")
    for rec in recognizers:
        for view, title in (("names", "NAMES VIEW (what NewsFANE tags: names without titles)"),
                            ("outer", "OUTER VIEW (outermost mentions as found)")):
            print()
            print(table(all_scores[rec][view], f"=== [{rec}] {title}"))
        took = seconds_by[rec]
        print(f"\n[{rec}] recognizer time {took:.1f}s: {words / took if took else 0:,.0f} words/s (analyse + "
              f"{'the model' if rec == 'model' else 'find_mentions' + (' + the model' if rec == 'merged' else '')})")
    print(f"wall {wall:.1f}s")
    if len(recognizers) > 1:
        print()
        print(summary(all_scores, recognizers))
    if args.pipeline:
        print(f"full pipeline {pipeline_seconds:.1f}s: {words / pipeline_seconds if pipeline_seconds else 0:,.0f} "
              f"words/s (kg.pipeline.extract_text)")

    if args.errors:
        k = args.errors
        print(f"\nERROR ANALYSIS [{recognizers[0]}] ({args.view} view, untyped overlap alignment)")
        print("\nmissed gold mentions by fine class:")
        print("  " + ", ".join(f"{c} {n}" for c, n in fn_class.most_common()))
        print(f"\n{k} most frequent false negatives (gold mentions we missed):")
        for (typ, s), n in fn.most_common(k):
            print(f"  {n:4}  {typ:13} {s}")
        print("\nfalse positives by (type, recognizer):")
        print("  " + ", ".join(f"{t}/{kd} {n}" for (t, kd), n in fp_kind.most_common()))
        print(f"  of which overlapping an ignored-class gold mention: {dict(fp_ignored)}")
        print(f"\n{k} most frequent false positives (our mentions with no gold):")
        for (typ, kd, s), n in fp.most_common(k):
            print(f"  {n:4}  {typ:13} {kd:12} {s}")
        print("\ntype confusions (gold type/class -> our type), with our most frequent strings:")
        for (g, p), n in confusions.most_common(25):
            ex = ", ".join(f"{s} ({c})" for s, c in confusion_ex[(g, p)].most_common(6))
            print(f"  {n:4}  {g:34} -> {p:13} {ex}")
        print("\nboundary disagreements among overlap matches (not exact modulo clitic):")
        for (typ, side, kd), n in boundary.most_common(15):
            print(f"  {n:4}  {typ:13} {side:13} {kd}")

    if args.json:
        out = {
            "corpus": path.name, "split": args.split, "documents": len(docs), "sentences_per_document": args.sentences,
            "tokens": tokens, "words": words, "text": args.text, "gpe_cluster": args.gpe_cluster,
            "seconds_recognizer": round(seconds, 3), "words_per_second": round(words / seconds, 1) if seconds else None,
            "seconds_pipeline": round(pipeline_seconds, 3) if args.pipeline else None,
            "views": {v: s.as_dict() for v, s in all_scores[recognizers[0]].items()},
            "recognizers": {r: {"seconds": round(seconds_by[r], 3),
                                "views": {v: s.as_dict() for v, s in all_scores[r].items()}} for r in recognizers},
        }
        Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
