"""Scoring logic of the NewsFANE benchmark on hand-written BIO data (no part of NewsFANE is used here)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kg.extract.ner_eval import PRF, Scores, Tagged, align, bio_spans, dedupe, outermost, same_modulo_clitic

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    name = "bench_ner_newsfane"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "ner_newsfane.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def T(text: str, sub: str, typ: str, nth: int = 0) -> Tagged:
    """The nth occurrence of `sub` in `text` as a mention."""
    begin = -1
    for _ in range(nth + 1):
        begin = text.index(sub, begin + 1)
    return Tagged(begin, begin + len(sub), typ, sub)


# ------------------------------------------------------------------------------------------------ BIO decoding
def test_bio_spans_reads_chunks_and_tolerates_stray_inside_tags():
    tags = ["O", "B-Politician", "I-Politician", "O", "I-Nation", "B-Nation", "B-Nation", "I-Media", "I-Media", ""]
    assert bio_spans(tags) == [(1, 3, "Politician"), (4, 5, "Nation"), (5, 6, "Nation"), (6, 7, "Nation"),
                               (7, 9, "Media")]
    assert bio_spans(["B-Group"]) == [(0, 1, "Group")]
    assert bio_spans([]) == []


# ------------------------------------------------------------------------------------------------ alignment
TEXT = "قال الرئيس سمير ناصر في ولبنان إن شركة النور للطاقة ستبني مصنعا قرب مدينة الزرقاء"


def test_exact_clitic_and_overlap_levels():
    gold = [T(TEXT, "سمير ناصر", "Person"), T(TEXT, "لبنان", "State"), T(TEXT, "شركة النور للطاقة", "Organization"),
            T(TEXT, "الزرقاء", "Place")]
    pred = [T(TEXT, "الرئيس سمير ناصر", "Person"), T(TEXT, "ولبنان", "State"), T(TEXT, "النور", "Organization"),
            T(TEXT, "الزرقاء", "State")]
    assert align(gold, pred, "exact", typed=False) == [(3, 3)]
    assert align(gold, pred, "exact", typed=True) == []
    assert sorted(align(gold, pred, "clitic", typed=False)) == [(1, 1), (3, 3)]
    assert sorted(align(gold, pred, "overlap", typed=False)) == [(0, 0), (1, 1), (2, 2), (3, 3)]
    assert sorted(align(gold, pred, "overlap", typed=True)) == [(0, 0), (1, 1), (2, 2)]


def test_clitic_level_accepts_one_proclitic_letter_either_side_and_a_separated_clitic():
    text = "وفرنسا و فرنسا بفرنسا الفرنسا"
    assert same_modulo_clitic(T(text, "فرنسا", "State"), T(text, "وفرنسا", "State"))
    assert same_modulo_clitic(T(text, "وفرنسا", "State"), T(text, "فرنسا", "State"))
    assert same_modulo_clitic(T(text, "و فرنسا", "State"), T(text, "فرنسا", "State", nth=1))
    # "ال" is not a proclitic letter, and the ends must agree
    assert not same_modulo_clitic(T(text, "الفرنسا", "State"), T(text, "فرنسا", "State", nth=3))
    assert not same_modulo_clitic(T(text, "وفرنس", "State"), T(text, "فرنسا", "State"))


def test_overlap_alignment_is_one_to_one_and_prefers_identical_spans_then_agreeing_types_then_larger_overlaps():
    text = "اجتمع جون سميث وماري سميث في نيويورك"
    gold = [T(text, "جون سميث", "Person"), T(text, "ماري سميث", "Person")]
    # one long prediction covering both names can match only one of them
    pred = [Tagged(gold[0].begin, gold[1].end, "Person", text[gold[0].begin:gold[1].end])]
    assert len(align(gold, pred, "overlap", typed=False)) == 1
    g = [T(text, "نيويورك", "Place")]
    small = Tagged(g[0].begin, g[0].begin + 2, "Place", "")
    big = Tagged(g[0].begin, g[0].end - 1, "Place", "")
    big_other = Tagged(g[0].begin, g[0].end - 1, "State", "")
    exact_other = Tagged(g[0].begin, g[0].end, "State", "")
    assert align(g, [small, big], "overlap", typed=False) == [(0, 1)]  # larger overlap
    assert align(g, [big_other, small], "overlap", typed=False) == [(0, 1)]  # agreeing type before size
    assert align(g, [small, exact_other], "overlap", typed=False) == [(0, 1)]  # identical span before all
    assert align(g, [small, exact_other], "overlap", typed=True) == [(0, 0)]
    with pytest.raises(ValueError):
        align(g, [small], "fuzzy", typed=False)


# ------------------------------------------------------------------------------------------------ views
def test_outermost_drops_nested_mentions_and_duplicates():
    full = T(TEXT, "الرئيس سمير ناصر", "Person")
    bare = T(TEXT, "سمير ناصر", "Person")
    org = T(TEXT, "شركة النور للطاقة", "Organization")
    inner = T(TEXT, "النور", "Organization")
    assert outermost([bare, org, full, inner, full]) == [full, org]
    assert dedupe([bare, Tagged(bare.begin, bare.end, "State"), full]) == [full, bare]


# ------------------------------------------------------------------------------------------------ P/R/F1
def test_scores_per_type_typed_and_untyped_and_pooled():
    gold = [T(TEXT, "سمير ناصر", "Person"), T(TEXT, "لبنان", "State"), T(TEXT, "الزرقاء", "Place")]
    pred = [T(TEXT, "سمير ناصر", "Person"), T(TEXT, "الزرقاء", "State"), T(TEXT, "شركة النور", "Organization")]
    scores = Scores(("Person", "State", "Organization", "Place"), {"overall": ("Person", "State", "Place")})
    scores.add_document(gold, pred)
    state_untyped = scores.get("overlap", False, "State")
    assert (state_untyped.gold, state_untyped.pred, state_untyped.tp_gold, state_untyped.tp_pred) == (1, 1, 0, 1)
    place_untyped = scores.get("overlap", False, "Place")
    assert (place_untyped.recall, place_untyped.precision) == (1.0, 0.0)  # found, but as a State
    place_typed = scores.get("overlap", True, "Place")
    assert (place_typed.recall, place_typed.f1) == (0.0, 0.0)
    overall = scores.get("exact", True, "overall")
    assert (overall.gold, overall.pred, overall.tp_gold) == (3, 2, 1)  # the Organization is outside the pool
    assert overall.precision == pytest.approx(0.5) and overall.recall == pytest.approx(1 / 3)
    assert overall.f1 == pytest.approx(0.4)
    assert scores.as_dict()["exact"]["typed"]["overall"]["f1"] == 0.4
    assert PRF().f1 == 0.0


# ------------------------------------------------------------------------------------------------ the script
# A made-up file in NewsFANE's format: BOM, U+200E before each token, CRLF, blank line between sentences,
# the proclitic و and the pronoun ه written as separate tokens.
ROWS = [("وصل", "O"), ("الرئيس", "O"), ("سمير", "B-Politician"), ("ناصر", "I-Politician"), ("الي", "O"),
        ("باريس", "B-Population-Center"), ("و", "O"), ("التقي", "O"), ("نظير", "O"), ("ه", "O"),
        ("الفرنسي", "O"), (".", "O"), ("", ""),
        ("و", "O"), ("قال", "O"), ("ان", "O"), ("فرنسا", "B-Nation"), ("تدعم", "O"), ("فيلم", "O"),
        ("الحديقة", "B-Movie"), (".", "O"), ("", "")]


def _write(tmp_path: Path) -> Path:
    lines = [("\u200e" + tok + "\t" + tag) if tok else "\t" for tok, tag in ROWS]
    path = tmp_path / "NewsFANE_test.txt"
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def test_reading_and_rebuilding_the_text_keeps_gold_offsets(tmp_path):
    nb = _bench()
    corpus = nb.read_corpus(_write(tmp_path))
    assert corpus.sentences == [(0, 12), (12, 20)]
    assert corpus.tokens[0] == "وصل" and all("\u200e" not in t for t in corpus.tokens)
    text, spans = nb.build_document(corpus, corpus.sentences, attached=True)
    assert text.splitlines() == ["وصل الرئيس سمير ناصر الي باريس والتقي نظيره الفرنسي .",
                                 "وقال ان فرنسا تدعم فيلم الحديقة ."]
    gold, classes, ignored = nb.gold_mentions(corpus, corpus.sentences, spans, text, nb.CLASS_MAP)
    assert [(g.text, g.type) for g in gold] == [("سمير ناصر", "Person"), ("باريس", "Place"), ("فرنسا", "State")]
    assert classes == ["Politician", "Population-Center", "Nation"]
    assert [(i.text, i.type) for i in ignored] == [("الحديقة", "Movie")]
    spaced, _ = nb.build_document(corpus, corpus.sentences, attached=False)
    assert spaced.splitlines()[1] == "و قال ان فرنسا تدعم فيلم الحديقة ."


def test_every_class_is_mapped_or_ignored_on_purpose():
    nb = _bench()
    assert set(nb.CLASS_MAP.values()) == {"Person", "State", "Organization", "Place", "Group"}
    assert not set(nb.CLASS_MAP) & nb.IGNORED
    assert nb.CLASS_MAP["Police"] == "Person" and nb.CLASS_MAP["Nation"] == "State"


def test_the_script_runs_end_to_end_and_writes_figures(tmp_path, capsys):
    nb = _bench()
    out = tmp_path / "figures.json"
    assert nb.main(["--data", str(_write(tmp_path)), "--json", str(out), "--errors", "5", "--split", "all"]) == 0
    printed = capsys.readouterr().out
    assert "NAMES VIEW" in printed and "ERROR ANALYSIS" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    overall = figures["views"]["names"]["overlap"]["untyped"]["overall"]
    assert overall["gold"] == 3 and figures["split"] == "all"
    # by default only the test split (the last 20% of sentences: here the second sentence, فرنسا) is scored
    assert nb.main(["--data", str(_write(tmp_path)), "--json", str(out), "--errors", "0"]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["split"] == "test" and figures["views"]["names"]["overlap"]["untyped"]["overall"]["gold"] == 1
    assert "سمير" not in out.read_text(encoding="utf-8")  # figures only, no text


def test_the_script_explains_a_missing_corpus(tmp_path, capsys):
    nb = _bench()
    assert nb.main(["--data", str(tmp_path / "absent")]) == 2
    assert "not found" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ splits
def test_splits_are_by_position_and_the_validation_slice_is_the_tail_of_train():
    from kg.extract.ner_eval import split

    items = list(range(100))
    assert split(items, "train") == items[:80] and split(items, "test") == items[80:]
    assert split(items, "fit") == items[:72] and split(items, "validation") == items[72:80]
    assert split(items, "all") == items
    assert not set(split(items, "train")) & set(split(items, "test"))
    with pytest.raises(ValueError):
        split(items, "dev")


def test_the_script_scores_a_split_and_compares_recognizers(tmp_path, capsys):
    nb = _bench()
    assert nb.main(["--data", str(_write(tmp_path)), "--split", "all", "--ner", "rules,merged", "--errors", "0"]) == 0
    printed = capsys.readouterr().out
    assert "split all" in printed and "[merged]" in printed and "SUMMARY" in printed
    assert nb.main(["--data", str(_write(tmp_path)), "--ner", "rules,guess"]) == 2


def test_run_as_a_script_it_measures_this_checkout_s_kg():
    # `python bench/ner_newsfane.py` puts bench/ first on the path; an installed kg (another checkout) must not win
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    code = ("import runpy, sys; sys.path[0] = sys.argv[1]; runpy.run_path(sys.argv[2], run_name='probe'); "
            "print(sys.modules['kg'].__file__)")
    out = subprocess.run([sys.executable, "-c", code, str(repo / "bench"), str(repo / "bench" / "ner_newsfane.py")],
                         cwd="/", capture_output=True, text=True, check=True).stdout
    assert Path(out.strip()).resolve().is_relative_to(repo)
