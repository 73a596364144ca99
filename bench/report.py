"""bench/results.json -> the issue's targets and the Markdown tables of bench/results.md."""

from __future__ import annotations

from bench.queries import SELECTIVE

STAGE_ORDER = ("read", "analyse", "extract", "rdf", "shacl", "serialize", "write", "shared")
STAGE_NAMES = {"read": "read", "analyse": "analyse", "extract": "extract", "rdf": "RDF", "shacl": "SHACL",
               "serialize": "serialize", "write": "write", "shared": "shared graph (entities, links, its SHACL)"}


def _num(x: float | None, digits: int = 0) -> str:
    if x is None:
        return "-"
    return f"{x:,.{digits}f}"


def _by_size(results: dict) -> dict[int, dict]:
    return {r["articles"]: r for r in results.get("build", [])}


def targets(results: dict) -> list[dict]:
    """The targets of issue #14: what was measured, and whether it holds (None: not measured in this run)."""
    rows = _by_size(results)
    out = []
    largest = max(rows) if rows else None
    real = results.get("corpus", {}).get("kind") == "real"
    wps = rows[largest]["words_per_s"] if largest else None
    out.append({"target": "real-text build >= 25,000 words/s on one core, SHACL on",
                "measured": f"{_num(wps)} words/s at {largest:,} {'real' if real else 'generated'} articles"
                if largest else "-", "holds": None if wps is None or not real else wps >= 25_000})
    growth = results.get("line_growth") or []
    worst = max((r["ratio_to_previous"] for r in growth if "ratio_to_previous" in r), default=None)
    out.append({"target": "doubling an unbroken line at most 2.2x the time",
                "measured": f"worst doubling {worst:.2f} x up to {growth[-1]['words']:,} words "
                            f"({growth[-1]['bytes'] / 1e6:.1f} MB)" if worst else "not run",
                "holds": None if worst is None else worst <= 2.2})
    if growth:
        big = growth[-1]
        out.append({"target": "a 1.4 MB one-line article builds within the default time budget",
                    "measured": f"{big['bytes'] / 1e6:.1f} MB in {big['build_seconds']:.1f} s, "
                                f"{'skipped' if big['skipped'] else 'built'}",
                    "holds": None if big["bytes"] < 1.4e6 else not big["skipped"]})
    q = results.get("queries", {})
    ox = q.get("oxigraph", {}).get("queries", {})
    sel = [(name, e["selective"]["ms"]) for name, e in ox.items() if "selective" in e]
    if sel:
        slowest = max(sel, key=lambda x: x[1])
        big_graph = q.get("triples", 0) >= 1_000_000
        out.append({"target": "selective queries < 50 ms at 1M triples",
                    "measured": f"slowest {slowest[1]:.1f} ms ({slowest[0]}) at {q.get('triples', 0):,} triples",
                    "holds": (slowest[1] < 50) if big_graph else None})
    w = results.get("workers")
    if w:
        out.append({"target": "--workers 2 >= 1.7x one worker", "measured": f"{w['speedup']:.2f} x at "
                    f"{w['articles']} articles", "holds": w["speedup"] >= 1.7})
    if 10000 in rows:
        mb = rows[10000]["peak_rss_mb"]
        out.append({"target": "peak memory <= 1 GB at 10,000 articles", "measured": f"{mb:,.0f} MB",
                    "holds": mb <= 1024 if real else None})
    else:
        out.append({"target": "peak memory <= 1 GB at 10,000 articles", "measured": "not run", "holds": None})
    return out


def _mark(holds: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "not measured"}[holds]


def markdown(results: dict) -> str:
    m = results["machine"]
    cfg = results["config"]
    lines = [
        "# kg benchmark" + (" (quick smoke run)" if cfg.get("quick") else ""),
        "",
        f"Measured {results['started']} on {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}, "
        f"Python {m['python']}, kg {m['kg_commit']} (load average at start {m['load_average_at_start']}); "
        + ", ".join(f"{k} {v}" for k, v in m["versions"].items()) + f". Whole run: {results['total_seconds']:.0f} s.",
        "",
        ("Corpus: real news, the first articles of SaudiNewsNet (../shared/corpora/saudinewsnet, 2015, 14 Saudi "
         "papers, crawl day as publication date)" if results["corpus"].get("kind") == "real" else
         f"Corpus: generated (bench/corpus.py), seed {results['corpus']['seed']}, stories of "
         f"{results['corpus']['story_size']} articles") + ". Words are whitespace-separated words (wc -w).",
        "",
        *[f"Note: {n}\n" for n in results.get("notes", [])],
        "## Targets",
        "",
        "| target | measured | holds |",
        "|---|---|---|",
    ]
    lines += [f"| {t['target']} | {t['measured']} | {_mark(t['holds'])} |" for t in results["targets"]]
    lines += [
        "",
        "## kg build throughput (one worker, SHACL on, `--out kg.nq`)",
        "",
        "Wall time of the whole process, interpreter start and imports included; the floor is the same files read "
        "and passed through camel-tools' `simple_word_tokenize` alone. CPU seconds (user + system, of the build's "
        "process) are the cost when other work shares the cores, where wall seconds are not.",
        "",
        "| articles | words | triples | seconds | words/s | articles/s | words/s w/o start-up | "
        "tokenize-only words/s | tokenize-only / build | CPU seconds | words per CPU second | "
        "tokenize-only words per CPU second | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results["build"]:
        lines.append(f"| {r['articles']:,} | {r['words']:,} | {r['triples']:,} | {r['wall_seconds']:.1f} | "
                     f"{_num(r['words_per_s'])} | {r['articles_per_s']:.2f} | "
                     f"{_num(r['words_per_s_excluding_startup'])} | {_num(r['tokenize_only_words_per_s'])} | "
                     f"{_num(r['tokenize_over_build'])} x | {_num(r.get('cpu_seconds'))} | "
                     f"{_num(r.get('words_per_cpu_s'))} | {_num(r.get('tokenize_only_words_per_cpu_s'))} | "
                     f"{r['peak_rss_mb']:,.0f} |")
    lines += ["", "## Time per stage (seconds, share of the stages' sum)", "",
              "| articles | " + " | ".join(STAGE_NAMES[s] for s in STAGE_ORDER) + " |",
              "|---:|" + "---:|" * len(STAGE_ORDER)]
    for r in results["build"]:
        total = sum(r["stages"].get(s, 0.0) for s in STAGE_ORDER) or 1.0
        cells = [f"{r['stages'].get(s, 0.0):.1f} ({100 * r['stages'].get(s, 0.0) / total:.0f}%)"
                 for s in STAGE_ORDER]
        lines.append(f"| {r['articles']:,} | " + " | ".join(cells) + " |")
    if results.get("line_growth"):
        lines += ["", "## One unbroken line (growth with length)", "",
                  "Build seconds of one article that is a single line, without interpreter start-up; 2.0 x per "
                  "doubling is linear.", "", "| words | MB | seconds | x previous | built |",
                  "|---:|---:|---:|---:|---|"]
        for r in results["line_growth"]:
            ratio = f"{r['ratio_to_previous']:.2f} x" if "ratio_to_previous" in r else "-"
            lines.append(f"| {r['words']:,} | {r['bytes'] / 1e6:.2f} | {r['build_seconds']:.1f} | {ratio} | "
                         f"{'no (skipped)' if r['skipped'] else 'yes'} |")
    s = results["shacl"]
    lines += ["", f"## SHACL: per article vs. whole graph ({s['articles']} articles, graph building included)", "",
              "| how | pyshacl runs | triples checked | seconds | ms/article | ms per 1,000 triples | conforms |",
              "|---|---:|---:|---:|---:|---:|---|"]
    for key, label, runs in (("per_article", "each article with its entities", s["articles"]),
                             ("per_batch", f"batches of {s['batch']} articles (kg build .nq, shards)",
                              -(-s["articles"] // s["batch"])),
                             ("whole_graph", "whole graph (kg build .ttl/.trig)", 1)):
        x = s[key]
        lines.append(f"| {label} | {runs} | {x['triples']:,} | {x['seconds']:.1f} | {x['ms_per_article']:.0f} | "
                     f"{x['ms_per_1000_triples']:.0f} | {x['conforms']} |")
    w = results["workers"]
    lines += ["", "## --workers 2", "",
              f"{w['articles']:,} articles: one worker {w['one_worker_seconds']:.1f} s, two workers "
              f"{w['two_workers_seconds']:.1f} s: **{w['speedup']:.2f} x** (output byte-identical: "
              f"{w['identical_output']}; peak RSS of the whole process tree {w['two_workers_peak_tree_mb']:,.0f} MB)."]
    if results.get("memory_mode"):
        lines += ["", "## Memory of the in-memory build (`--out kg.trig`: whole BuildReport and graph held, "
                  "whole-graph SHACL)", "", "| articles | seconds | words/s | peak RSS MB |", "|---:|---:|---:|---:|"]
        for r in results["memory_mode"]:
            lines.append(f"| {r['articles']:,} | {r['wall_seconds']:.1f} | {_num(r['words_per_s'])} | "
                         f"{r['peak_rss_mb']:,.0f} |")
    lines += _query_lines(results.get("queries", {}))
    return "\n".join(lines) + "\n"


def _cell(e: dict | None) -> str:
    if not e:
        return "-"
    if e.get("ms") is None:
        return f"> {e.get('timed_out_after_s', 0):.0f} s"
    return f"{e['ms']:,.1f} ({e['rows']:,})"


def _per_k(e: dict | None) -> str:
    if not e or e.get("ms_per_1000_rows") is None:
        return "-"
    return f"{e['ms_per_1000_rows']:,.1f}"


def _query_lines(q: dict) -> list[str]:
    if not q:
        return []
    ox = q["oxigraph"]
    rd = q.get("rdflib", {})
    lines = ["", f"## Query latency ({q['triples']:,} triples, {q['articles']:,} articles, in memory)", "",
             f"Oxigraph (`kg.query.run`) loads the file in {ox['load_seconds']:.1f} s"
             + (f"; rdflib in {rd['load_seconds']:.1f} s (peak RSS {rd.get('peak_rss_mb', 0):,.0f} MB), each query "
                f"once, stopped after {rd['timeout_s']:.0f} s" if rd.get("load_seconds") is not None else "")
             + ". Milliseconds (rows). Selective queries bind the busiest entity of their kind (median of 5 runs); "
               "full listings are unbound (best of 2).", "",
             "| query | bound | Oxigraph selective | Oxigraph full | Oxigraph ms / 1,000 rows | rdflib selective | "
             "rdflib full | rdflib ms / 1,000 rows |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    rq = rd.get("queries", {})
    for name, e in ox["queries"].items():
        sel = e.get("selective")
        bound = (SELECTIVE.get(name, ("-",))[0] if sel else "-") + (" (VALUES)" if sel and "VALUES" in
                                                                    sel.get("how", "") else "")
        r = rq.get(name, {})
        lines.append(f"| {name} | {bound} | {_cell(sel)} | {_cell(e.get('full'))} | {_per_k(e.get('full'))} | "
                     f"{_cell(r.get('selective'))} | {_cell(r.get('full'))} | {_per_k(r.get('full'))} |")
    if any("VALUES" in e.get("selective", {}).get("how", "") for e in ox["queries"].values()):
        lines += ["", "(VALUES): `kg.query.run(store, text, bindings)` fails on these files with pyoxigraph "
                  "0.5: Oxigraph substitutes only variables of the SELECT clause; the benchmark binds them with "
                  "a VALUES clause instead."]
    return lines
