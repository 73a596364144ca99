"""The benchmark: build throughput, memory, stages, SHACL, query latency and the speed-up of workers, in one run.

    bench/run [--quick] [--sizes 1,100,1000,10000] [--query-triples 1000000] [--json FILE] [--md FILE] ...

Writes bench/results.json and bench/results.md (see docs_bench_section.md). Every build runs in its own process
(bench/build_once.py, the code of `kg build --out FILE.nq`) so that its peak RSS is its own; the corpus comes from
bench/corpus.py. Timings are wall-clock seconds on whatever else the machine is doing: the load average at the start
is recorded with the machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import corpus, realtext
from bench.measure import ROOT, machine_info, run_child
from bench.report import markdown, targets

FULL = {"sizes": [1, 100, 1000, 10000], "query_triples": 1_000_000, "memory_sizes": [100, 1000],
        "shacl_size": 200, "workers_size": 1000, "rdflib_timeout": 20.0, "line_words": 20_000}
QUICK = {"sizes": [1, 100], "query_triples": 100_000, "memory_sizes": [100], "shacl_size": 20,
         "workers_size": 100, "rdflib_timeout": 10.0, "line_words": 2_000}
LINE_FACTORS = (1, 2, 4, 8)


def log(msg: str, start: float = time.perf_counter()) -> None:
    print(f"[bench {time.perf_counter() - start:7.1f}s] {msg}", file=sys.stderr, flush=True)


ALL = 10**9  # "all" in --sizes: every article of the real corpus


def _ints(text: str) -> list[int]:
    return [ALL if x.strip() == "all" else int(x) for x in text.split(",") if x.strip()]


class Corpus:
    """The first n articles of real news (SaudiNewsNet, with date sidecars) or of the generated corpus, and the first
    n of those in a folder of their own (hard links). A real corpus smaller than n gives all it has."""

    def __init__(self, work: Path, n: int, seed: int, real: bool = False) -> None:
        self.all = work / "corpus"
        self.all.mkdir(parents=True, exist_ok=True)
        self.work = work
        self.real = real
        self.words: list[int] = []
        self.names: list[str] = []
        t = time.perf_counter()
        source = realtext.iter_articles(n) if real else ((name, text, None) for name, text in
                                                         corpus.iter_articles(n, seed))
        for name, text, published in source:
            (self.all / name).write_text(text, encoding="utf-8")
            realtext.write_sidecar(self.all / name, published)
            self.words.append(len(text.split()))
            self.names.append(name)
        self.seconds = time.perf_counter() - t

    def folder(self, n: int) -> Path:
        d = self.work / f"in_{n}"
        if not d.exists():
            d.mkdir()
            for name in self.names[:n]:
                for file in (name, name + ".meta.json"):
                    if not (self.all / file).exists():
                        continue
                    try:
                        os.link(self.all / file, d / file)
                    except OSError:
                        shutil.copyfile(self.all / file, d / file)
        return d

    def word_count(self, n: int) -> int:
        return sum(self.words[:n])


def tokenize_only(folder: Path) -> dict:
    """The floor: the same files read and passed through camel-tools' simple_word_tokenize, nothing else."""
    from camel_tools.tokenizers.word import simple_word_tokenize

    paths = sorted(folder.glob("*.txt"))
    t, cpu = time.perf_counter(), time.process_time()
    words = tokens = 0
    for p in paths:
        text = p.read_text(encoding="utf-8")
        words += len(text.split())
        tokens += len(simple_word_tokenize(text))
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    return {"seconds": seconds, "words": words, "tokens": tokens, "words_per_s": words / seconds if seconds else None,
            "words_per_cpu_s": words / cpu if cpu else None}


def build(folder: Path, out: Path, workers: int = 1, validate: bool = True, memory: bool = False) -> dict:
    args = ["-m", "bench.build_once", str(folder), str(out), "--workers", str(workers)]
    args += [] if validate else ["--no-validate"]
    args += ["--memory"] if memory else []
    child = run_child(args)
    data = child.json()
    if data.get("rc"):
        raise RuntimeError(f"build of {folder} failed: {data}\n{child.stderr[-2000:]}")
    data.update(wall_seconds=child.wall, cpu_seconds=child.cpu, peak_rss_mb=child.peak_rss_mb,
                peak_tree_mb=child.peak_tree_mb, output_bytes=out.stat().st_size if out.exists() else None)
    return data


def size_row(c: Corpus, n: int, work: Path) -> dict:
    folder = c.folder(n)
    out = work / f"out_{n}_w1.nq"
    data = build(folder, out)
    words = c.word_count(n)
    floor = tokenize_only(folder)
    wps = words / data["wall_seconds"]
    return {"articles": n, "words": words, "triples": data["triples"], "wall_seconds": data["wall_seconds"],
            "build_seconds": data["build_seconds"], "startup_seconds": data["startup_seconds"],
            "words_per_s": wps, "articles_per_s": n / data["wall_seconds"],
            "words_per_s_excluding_startup": words / data["build_seconds"],
            "tokenize_only_words_per_s": floor["words_per_s"],
            "tokenize_over_build": floor["words_per_s"] / wps if floor["words_per_s"] else None,
            # CPU seconds say what wall seconds cannot when other work shares the cores
            "cpu_seconds": data["cpu_seconds"],
            "words_per_cpu_s": words / data["cpu_seconds"] if data["cpu_seconds"] else None,
            "tokenize_only_words_per_cpu_s": floor["words_per_cpu_s"],
            "peak_rss_mb": data["peak_rss_mb"], "stages": data["times"], "counts": data["counts"],
            "conforms": data["conforms"], "output_mb": (data["output_bytes"] or 0) / 1e6}


def line_growth(work: Path, base_words: int, real: bool, seed: int) -> list[dict]:
    """One article that is one unbroken line of base_words x 1, 2, 4, 8 words: the whole process's time per size and
    its ratio to the size before (2.0 is linear)."""
    if real:
        text = realtext.one_line(base_words * LINE_FACTORS[-1])
    else:
        text = " ".join(" ".join(t.split()) for _, t in corpus.iter_articles(base_words * LINE_FACTORS[-1] // 200 + 1,
                                                                           seed))
    words = text.split()
    rows: list[dict] = []
    for k in LINE_FACTORS:
        d = work / f"line_{k}"
        d.mkdir(exist_ok=True)
        (d / "line.txt").write_text(" ".join(words[:base_words * k]) + "\n", encoding="utf-8")
        data = build(d, work / f"line_{k}.nq")
        row = {"factor": k, "words": min(len(words), base_words * k), "bytes": (d / "line.txt").stat().st_size,
               "build_seconds": data["build_seconds"], "skipped": data.get("skipped", 0)}
        if rows:
            row["ratio_to_previous"] = row["build_seconds"] / rows[-1]["build_seconds"]
        rows.append(row)
        shutil.rmtree(d, ignore_errors=True)
        (work / f"line_{k}.nq").unlink(missing_ok=True)
    return rows


def query_graph(c: Corpus, work: Path, target: int, per_article: float) -> tuple[Path, int, int]:
    """A graph of at least `target` triples: the first n articles, built with two workers, unvalidated."""
    n = max(1, math.ceil(target * 1.03 / per_article))
    for _ in range(4):
        n = min(n, len(c.names))
        out = work / f"query_{n}.nq"
        data = build(c.folder(n), out, workers=2, validate=False)
        if data["triples"] >= target or n == len(c.names):
            return out, n, data["triples"]
        n = math.ceil(n * target / data["triples"] * 1.05)
    return out, n, data["triples"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smoke run: sizes 1 and 100, a 100k-triple query graph")
    ap.add_argument("--sizes", type=_ints, help="articles per measured build (default 1,100,1000,10000; 'all': "
                                                "every real article)")
    ap.add_argument("--query-triples", type=int, help="size of the query graph (default 1,000,000)")
    ap.add_argument("--memory-sizes", type=_ints, help="sizes for the in-memory build (.trig), default 100,1000")
    ap.add_argument("--shacl-size", type=int, help="articles for SHACL per article vs whole graph (default 200)")
    ap.add_argument("--workers-size", type=int, help="articles for --workers 2 vs 1 (default 1000)")
    ap.add_argument("--rdflib-timeout", type=float, help="seconds per rdflib query (default 20)")
    ap.add_argument("--no-rdflib", action="store_true", help="skip rdflib's engine")
    ap.add_argument("--seed", type=int, default=0, help="corpus seed (generated corpus)")
    ap.add_argument("--corpus", choices=("auto", "real", "synthetic"), default="auto",
                    help="real news (SaudiNewsNet from ../shared/corpora, KG_SAUDINEWSNET) or the generated corpus; "
                         "auto: real when present")
    ap.add_argument("--line-words", type=int, help="base size of the one-line growth rows (default 20000)")
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: a temporary one, removed)")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    ap.add_argument("--md", type=Path, default=ROOT / "bench" / "results.md")
    args = ap.parse_args(argv)
    cfg = dict(QUICK if args.quick else FULL)
    for key in cfg:
        if getattr(args, key, None) is not None:
            cfg[key] = getattr(args, key)
    cfg["quick"] = args.quick
    if args.corpus == "real" and not realtext.available():
        ap.error(f"no SaudiNewsNet corpus at {realtext.corpus_dir()} (set KG_SAUDINEWSNET)")
    cfg["real"] = args.corpus == "real" or (args.corpus == "auto" and realtext.available())
    if not cfg["real"] and ALL in cfg["sizes"]:
        ap.error("--sizes all needs the real corpus")
    if not cfg["real"] and args.corpus == "auto":
        log(f"no SaudiNewsNet corpus at {realtext.corpus_dir()}: measuring the generated corpus")

    started = datetime.now(UTC)
    t0 = time.perf_counter()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine_info(), "config": cfg, "started": started.isoformat(timespec="seconds")}
    try:
        results.update(_measure(cfg, work, args, log))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["total_seconds"] = time.perf_counter() - t0
    results["targets"] = targets(results)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    args.md.write_text(markdown(results), encoding="utf-8")
    log(f"wrote {args.json} and {args.md}")
    return 0


def _measure(cfg: dict, work: Path, args: argparse.Namespace, log) -> dict:
    out: dict = {}
    sizes = sorted(set(cfg["sizes"]))
    first_guess = 190 if cfg["real"] else 800  # triples per article, until a build says (real news is sparser)
    need = max([*sizes, cfg["shacl_size"], cfg["workers_size"], *cfg["memory_sizes"],
                math.ceil(cfg["query_triples"] * 1.2 / first_guess)])
    log(f"writing {need} {'real' if cfg['real'] else 'generated'} articles in {work}")
    c = Corpus(work, need, args.seed, real=cfg["real"])
    out["corpus"] = {"kind": "real" if cfg["real"] else "synthetic", "seed": args.seed, "articles": len(c.names),
                     "words": sum(c.words), "generate_seconds": c.seconds,
                     "story_size": corpus.STORY_SIZE, "statement_noise": corpus.STATEMENT_NOISE,
                     "zipf_exponent": corpus.ZIPF_EXPONENT}
    sizes = sorted({min(n, len(c.names)) for n in sizes})

    out["build"] = []
    for n in sizes:
        log(f"kg build, {n} articles, one worker, SHACL on")
        row = size_row(c, n, work)
        out["build"].append(row)
        log(f"  {row['words_per_s']:.0f} words/s, peak {row['peak_rss_mb']:.0f} MB")
        (work / f"out_{n}_w1.nq").unlink(missing_ok=True)

    log(f"one unbroken line of {cfg['line_words']} words x {', '.join(map(str, LINE_FACTORS))}")
    out["line_growth"] = line_growth(work, cfg["line_words"], cfg["real"], args.seed)
    log("  seconds " + ", ".join(f"{r['build_seconds']:.1f}" for r in out["line_growth"]))

    wn = cfg["workers_size"]
    log(f"--workers 2 vs 1 at {wn} articles, back to back")
    # both runs here, one after the other: the same code and about the same load on the machine
    one_wall = build(c.folder(wn), work / f"out_{wn}_w1.nq")["wall_seconds"]
    two = build(c.folder(wn), work / f"out_{wn}_w2.nq", workers=2)
    same = (work / f"out_{wn}_w1.nq").read_bytes() == (work / f"out_{wn}_w2.nq").read_bytes()
    out["workers"] = {"articles": wn, "words": c.word_count(wn), "one_worker_seconds": one_wall,
                      "two_workers_seconds": two["wall_seconds"], "speedup": one_wall / two["wall_seconds"],
                      "two_workers_peak_tree_mb": two["peak_tree_mb"], "identical_output": same,
                      "two_workers_stages": two["times"]}
    log(f"  speed-up {out['workers']['speedup']:.2f}x, identical output: {same}")
    for f in work.glob("out_*.nq"):
        f.unlink()

    out["memory_mode"] = []
    for n in sorted(set(cfg["memory_sizes"])):
        log(f"in-memory kg build (.trig, whole-graph SHACL), {n} articles")
        data = build(c.folder(n), work / f"mem_{n}.trig", memory=True)
        out["memory_mode"].append({"articles": n, "words": c.word_count(n), "wall_seconds": data["wall_seconds"],
                                   "words_per_s": c.word_count(n) / data["wall_seconds"],
                                   "peak_rss_mb": data["peak_rss_mb"]})
        (work / f"mem_{n}.trig").unlink(missing_ok=True)

    sn = cfg["shacl_size"]
    log(f"SHACL per article, per batch and whole graph, {sn} articles")
    out["shacl"] = run_child(["-m", "bench.shacl_compare", str(c.folder(sn))]).json()

    per_article = next((r["triples"] / r["articles"] for r in out["build"] if r["articles"] >= 100),
                       out["build"][-1]["triples"] / max(1, out["build"][-1]["articles"]))
    log(f"query graph of >= {cfg['query_triples']} triples")
    data, qn, qtriples = query_graph(c, work, cfg["query_triples"], per_article)
    queries: dict = {"articles": qn, "triples": qtriples}
    log(f"  {qn} articles, {qtriples} triples; Oxigraph")
    queries["oxigraph"] = run_child(["-m", "bench.queries", "oxigraph", str(data)]).json()
    if not args.no_rdflib:
        log("  rdflib")
        n_queries = len(queries["oxigraph"]["queries"])
        child = run_child(["-m", "bench.queries", "rdflib", str(data), "--bindings",
                           json.dumps(queries["oxigraph"]["bindings"]), "--timeout", str(cfg["rdflib_timeout"])],
                          timeout=1800 + 2 * n_queries * cfg["rdflib_timeout"])
        queries["rdflib"] = child.json() if not child.timed_out else {"error": "timed out loading the graph"}
        queries["rdflib"]["peak_rss_mb"] = child.peak_rss_mb
    out["queries"] = queries
    return out


if __name__ == "__main__":
    raise SystemExit(main())
