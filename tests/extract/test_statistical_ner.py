"""kg's statistical NER (spaCy model trained on NewsFANE Gold) and its merge with the rules, on sentences of our own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kg import pipeline
from kg.extract import statistical_ner as sn
from kg.extract.mentions import find_mentions
from kg.text.analysis import analyse
from kg.text.camel import merge_ner_spans

needs_model = pytest.mark.skipif(not sn.model_available(), reason="the model is not built (scripts/train_ner.py)")

# a made-up person in a made-up story: nobody lists him, no title or speech verb introduces his full name (an
# adjective stands between the trade and its nationality and the name: the rules read no name there)
STORY = ("وتعاقد النادي مع المدرب البرتغالي الشهير روي كارفاليو لمدة موسمين. وقال كارفاليو إنه سعيد بالانتقال إلى "
         "الدوري.")


def _text(a, m) -> str:
    return a.text[m.span.begin:m.span.end]


@needs_model
def test_the_model_is_small_and_carries_its_notice():
    size = sum(p.stat().st_size for p in sn.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 30_000_000
    notice = (sn.MODEL_DIR / "NOTICE").read_text(encoding="utf-8")
    assert "NewsFANE Gold" in notice and "Fahd Alotaibi" in notice and "Mark Lee" in notice
    assert "CC BY-SA 3.0" in notice and "derived" in notice


@needs_model
def test_the_model_finds_names_nobody_listed():
    a = analyse(STORY)
    found = sn.predict_analysis(a)
    names = {(" ".join(t.text for t in s.tokens[b:e]), typ) for s, spans in zip(a.sentences, found, strict=True)
             for b, e, typ in spans}
    assert any("كارفاليو" in n and typ == "Person" for n, typ in names), names
    assert sn.load_model() is sn.load_model()  # loaded once per process


@needs_model
def test_merged_names_become_entities_with_english_labels(monkeypatch):
    monkeypatch.setattr(pipeline, "EXTRA_RECOGNIZERS", {"model"})  # kg build --ner model
    r = pipeline.extract_text(STORY)
    persons = {e.label_ar: e for e in r.entities.values() if e.type == "Person"}
    coach = [e for label, e in persons.items() if "كارفاليو" in label]
    assert coach and coach[0].label_en and not any("\u0600" <= c <= "\u06ff" for c in coach[0].label_en)
    # the bare surname in the second sentence joins the full name: one entity
    assert len({m.entity for m in r.mentions if "كارفاليو" in m.text}) == 1


def test_the_merge_never_overrides_a_rule_or_gazetteer_entity():
    a = analyse("وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة حيث التقى سلوم حداد.")
    raw, _focus = find_mentions(a)
    before = {(m.span, m.key, m.type) for m in raw}
    # a recognizer that claims the whole sentence as pieces: Putin's name as a Place, Ankara as a Person
    toks = a.sentences[0].tokens
    words = [t.norm for t in toks]
    putin, ankara, hadad = words.index("بوتين"), words.index("انقره"), words.index("حداد")
    found = [[(putin - 1, putin + 1, "Place"), (ankara, ankara + 1, "Person"), (hadad - 1, hadad + 1, "Person")]]
    merged = merge_ner_spans(a, raw, found, "model")
    assert before <= {(m.span, m.key, m.type) for m in merged}
    added = [m for m in merged if m.extra.get("recognizer") == "model"]
    assert [_text(a, m) for m in added] == ["سلوم حداد"]
    assert added[0].kind == "person" and added[0].name == ("سلوم", "حداد")


def test_the_guard_drops_pieces_of_known_names_function_words_and_titles():
    a = analyse("ونقلت وكالة فرانس برس عن الوزير قوله إن في المدينة هدوءا.")
    raw, _focus = find_mentions(a)
    toks = a.sentences[0].tokens
    words = [t.norm for t in toks]
    i = words.index("فرانس")
    guard = sn._Guard(a, raw, sn.MERGED_TYPES)
    assert guard(toks, i, i + 1, "Place") is None  # «فرانس» of «فرانس برس»
    assert guard(toks, words.index("في"), words.index("في") + 1, "Place") is None
    assert guard(toks, words.index("الوزير"), words.index("الوزير") + 1, "Person") is None
    assert guard(toks, 0, 1, "Group") is None  # a type the merge does not add


def test_a_proclitic_comes_off_a_name_the_article_also_writes_without_it():
    a = analyse("استقبل سالم ضيوفه ومنهم محمد. وتحدث عن زيارة وسالم وولي العهد والزقازيق وللدوسكي.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    assert guard._prefix("وسالم") == ("و", "سالم")  # the article also writes "سالم"
    assert guard._prefix("ومحمد") == ("و", "محمد")
    assert guard._prefix("وولي") == ("", "وولي")  # nothing says "ولي" is a word of its own here
    assert guard._prefix("والزقازيق") == ("و", "الزقازيق")
    toks = a.sentences[0].tokens
    i = [t.norm for t in toks].index("ومنهم")
    # the mention starts after the proclitic and its name leaves it out
    merged = merge_ner_spans(a, [], [[(i + 1, i + 2, "Person")], []], "model",
                             accept=lambda ts, b, e, t: (b, e, "", ts[b].norm))
    assert _text(a, merged[0]) == "محمد"
    toks = a.sentences[1].tokens
    j = [t.norm for t in toks].index("وللدوسكي")
    merged = merge_ner_spans(a, [], [[], [(j, j + 1, "Person")]], "model",
                             accept=lambda ts, b, e, t: (b, e, "ول", "الدوسكي"))
    assert _text(a, merged[0]) == "وللدوسكي" and merged[0].name == ("الدوسكي",)  # the alef is not written


@needs_model
def test_a_lone_surname_joins_the_full_name_the_model_found(monkeypatch):
    monkeypatch.setattr(pipeline, "EXTRA_RECOGNIZERS", {"model"})
    r = pipeline.extract_text(STORY)
    coach = {m.entity for m in r.mentions if "كارفاليو" in m.text}
    assert len(coach) == 1 and len([m for m in r.mentions if "كارفاليو" in m.text]) == 2
    assert {s.speaker for s in r.statements} == coach  # the statement is his


def test_organizations_need_a_head_noun_or_a_foreign_look():
    a = analyse("وقالت وزارة الشؤون البلدية إن الشركة الأميركية وقعت اتفاقا مع جنرال موتورز حفظه الله.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    toks = a.sentences[0].tokens
    w = [t.norm for t in toks]

    def org(first: str, n: int):
        i = w.index(first)
        return guard(toks, i, i + n, "Organization")

    assert org("وزاره", 3) is not None
    assert org("الشركه", 2) is None  # a description: the American company
    assert org("جنرال", 2) is not None  # no article, no function word: a foreign name
    assert org("حفظه", 2) is None


def test_rules_only_by_default(monkeypatch):
    monkeypatch.setattr(pipeline, "EXTRA_RECOGNIZERS", set())
    r = pipeline.extract_text(STORY)
    a = analyse(STORY)
    raw, _ = find_mentions(a)
    assert {m.span for m in r.mentions} <= {m.span for m in raw}


@needs_model
def test_kg_build_ner_none_and_model(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    outs = {}
    for ner in ("none", "model"):
        out = tmp_path / f"{ner}.nt"
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "a.txt"), "--out", str(out),
                               "--ner", ner, "-q"], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        outs[ner] = out.read_text(encoding="utf-8")
    assert "person_krfl" not in outs["none"] and "person_krfl" in outs["model"]


def test_without_spacy_ner_model_is_a_clear_usage_error(tmp_path, monkeypatch, capsys):
    from kg.cli import main
    from kg.exitcodes import EXIT_USAGE

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(sn, "spacy_installed", lambda: False)
    assert not sn.model_available()
    code = main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "a.nt"), "--ner", "model", "-q"])
    assert code == EXIT_USAGE
    assert "kg[ner]" in capsys.readouterr().err
    assert not (tmp_path / "a.nt").exists()


def test_a_missing_model_leaves_the_rules_alone(tmp_path):
    a = analyse(STORY)
    raw, _ = find_mentions(a)
    assert sn.merge_model_mentions(a, raw, path=tmp_path / "absent") == raw


def test_rule_features_give_each_token_the_rules_label_and_its_lexicon_classes():
    a = analyse("وصل الرئيس الروسي فلاديمير بوتين إلى أنقرة حيث التقى سلوم حداد.")
    raw, _focus = find_mentions(a)
    feats = sn.token_features(a, raw)
    assert [len(f) for f in feats] == [len(s.tokens) for s in a.sentences]
    by_word = {t.norm: f for t, f in zip(a.sentences[0].tokens, feats[0], strict=True)}
    putin = next(m for m in raw if "بوتين" in _text(a, m) and m.first < m.last - 1)
    # the outermost rule mention over a token is its TAG, the innermost opens the MORPH
    assert by_word["الرئيس"][0] == f"B-{putin.type}-{putin.kind}" or by_word["فلاديمير"][1].startswith("In=B_")
    assert by_word["بوتين"][0].startswith("I-Person")
    assert by_word["وصل"][0] == "O" and by_word["حداد"][0] == "O"  # nobody lists سلوم حداد
    assert "n" in by_word["الروسي"][1].partition("Lx=")[2]  # a nationality
    assert "g" in by_word["فلاديمير"][1].partition("Lx=")[2]  # a given name
    assert "t" in by_word["الرئيس"][1].partition("Lx=")[2]  # a title
    assert by_word["الي"][1].endswith("Lx=s")  # a function word


def test_the_doc_the_model_reads_carries_the_rule_features():
    import spacy

    a = analyse(STORY)
    raw, _focus = find_mentions(a)
    feats = sn.token_features(a, raw)
    words, spaces = sn.doc_words(a.sentences[0].tokens)
    doc = sn.make_doc(spacy.blank("ar").vocab, words, spaces, feats[0])
    assert [t.tag_ for t in doc] == [f[0] for f in feats[0]]
    assert [str(t.morph) for t in doc] == [f[1] for f in feats[0]]
    assert [t.lemma_ for t in doc] == [sn.stem(w) for w in words]


def _span(toks, words: str) -> tuple[int, int]:
    """Token bounds of the first run of tokens whose normalized forms are `words`."""
    ws = words.split()
    norms = [t.norm for t in toks]
    i = next(k for k in range(len(norms)) if norms[k:k + len(ws)] == ws)
    return i, i + len(ws)


def test_the_guard_drops_a_name_cut_short_and_a_lone_given_name():
    a = analyse("وعين المجلس علي بن عبد الله بن محمد الدعيلج مديرا، وحضر الحفل أمير من آل سعود وحسن.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    toks = a.sentences[0].tokens
    assert guard(toks, *_span(toks, "علي بن عبد الله"), "Person") is None  # "بن محمد الدعيلج" goes on
    assert guard(toks, *_span(toks, "سعود"), "Person") is None  # the family name after "آل"
    assert guard(toks, *_span(toks, "بن محمد الدعيلج"), "Person") is None  # the given name before is left out
    guard.surnames.add("حسن")
    assert guard(toks, *_span(toks, "وحسن"), "Person") is None  # a given name alone is nobody in particular


def test_the_guard_reads_an_organization_behind_a_preposition_and_after_a_number():
    a = analyse("وأشاد بالمجلس مفتوحا للجميع وبمجلس المحافظة، وبلغ الثمن الـ٤٠٠ ريال سعودي.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    toks = a.sentences[0].tokens
    assert guard(toks, *_span(toks, "بالمجلس مفتوحا"), "Organization") is None  # no name after the head
    assert guard(toks, *_span(toks, "وبمجلس المحافظه"), "Organization") is None  # a description
    assert guard(toks, *_span(toks, "ريال سعودي"), "Organization") is None  # a currency after a number
    a = analyse("وبلغت الأرباح ثلاثة مليون ريال قياسا بالعام الماضي.")
    toks = a.sentences[0].tokens
    assert sn._Guard(a, [], sn.MERGED_TYPES)(toks, *_span(toks, "ريال قياسا"), "Organization") is None


def test_what_follows_abu_or_bin_is_no_surname_of_its_own(monkeypatch):
    text = "وافتتح الحديقة أبو مرخة الجديد. ثم زار مرخة القديمة."
    a = analyse(text)
    toks = a.sentences[0].tokens
    b, e = _span(toks, "ابو مرخه")
    monkeypatch.setattr(sn, "predict_analysis", lambda *args, **kw: [[(b, e, "Person")], []])
    monkeypatch.setattr(sn._Guard, "__call__", lambda self, ts, b, e, t: (b, e, "", ts[b].norm))
    merged = sn.merge_model_mentions(a, [])
    assert [_text(a, m) for m in merged] == ["أبو مرخة"]  # no lone "مرخة" in the second sentence


def test_the_guard_drops_a_nationality_and_a_conjoined_article_from_names():
    a = analyse("وأزاحت القوات كتيبة هولندية جانبا، وتلقى اتصالات من راشد والصباح، وقبض على أميرة سعودية.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    toks = a.sentences[0].tokens
    assert guard(toks, *_span(toks, "كتيبه هولنديه"), "Person") is None  # "a Dutch battalion"
    assert guard(toks, *_span(toks, "راشد والصباح"), "Person") is None  # two families, not one name
    assert guard(toks, *_span(toks, "اميره سعوديه"), "Organization") is None  # "a Saudi princess"
