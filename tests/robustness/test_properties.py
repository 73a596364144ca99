"""Properties of extraction and RDF writing on generated text: random Unicode, random Arabic built from words the
extractors react to, and random mixtures of sentences from the seed articles (read from seeds/ at test time).

For every input: no crash; every mention, cue and content is exactly article_text[begin:end] and every span lies
inside the text; the RDF graph conforms to the SHACL shapes; and what is serialized parses back to the same graph.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal

from kg.model import ArticleResult, Span
from kg.pipeline import extract_text
from kg.rdf.serialize import to_bytes
from kg.run.memory import build_dataset
from kg.validate import validate
from kg.vocab import KGO

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def seed_sentences() -> tuple[str, ...]:
    """Sentences and lines of the seed articles, as written."""
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out.extend(s.strip() for s in re.split(r"(?<=[.!?؟])\s+", line) if s.strip())
    assert len(out) > 50, "the seed articles are missing"
    return tuple(out)


# words that make the extractors work: names, titles, speech cues, figures, dates, quotes and punctuation
VOCABULARY = (
    "قال", "وقال", "أكد", "وأضاف", "أعلنت", "أشار", "إن", "أن", "إلى", "في", "بيان", "مؤتمر", "صحفي", ":", "،", ".",
    '"', "«", "»", "(", ")", "-", "؟", "\n", "\n\n", "الرئيس", "وزير", "الخارجية", "المصري", "الأمريكي", "سامح",
    "شكري", "جو", "بايدن", "أنطونيو", "غوتيريش", "الأمين", "العام", "للأمم", "المتحدة", "وزارة", "الصحة",
    "السودانية", "مقتل", "وإصابة", "اعتقال", "شخصا", "آخرين", "أكثر", "من", "نحو", "42", "٣١٥", "۱۲", "1,200",
    "الأربعاء", "12", "أبريل", "2023", "أمس", "الجيش", "الشرطة", "هاجم", "هجوم", "رفض", "دعا", "اتهم", "غزة",
    "القاهرة", "واشنطن", "السودان", "كازاخستان", "توكاييف", "اقرأ", "أيضا", "ذات", "صلة", "ـ", "\u064e", "\u0651",
)
ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B)] + [chr(c) for c in range(0x064B, 0x0653)] + list("٠١٢٣٤٥٦٧٨٩")
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "، ", ". ", '"', " \u200f"])

random_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
random_arabic = st.lists(
    st.one_of(st.sampled_from(VOCABULARY), st.text(st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=7)),
    max_size=120,
).flatmap(lambda words: st.lists(SEPARATORS, min_size=len(words), max_size=len(words)).map(
    lambda seps: "".join(w + s for w, s in zip(words, seps, strict=True))))
seed_mixture = st.lists(
    st.tuples(st.sampled_from(seed_sentences()), SEPARATORS), min_size=1, max_size=25,
).map(lambda parts: "".join(s + sep for s, sep in parts))


def check_spans(result: ArticleResult) -> None:
    text = result.article.text

    def inside(span: Span) -> None:
        assert 0 <= span.begin <= span.end <= len(text), span

    for m in result.mentions:
        inside(m.span)
        assert m.text == text[m.span.begin:m.span.end]
        assert m.entity in result.entities
    for s in result.statements:
        for span in (s.cue_span, s.content_span, s.evidence):
            inside(span)
        assert s.cue == text[s.cue_span.begin:s.cue_span.end]
        assert s.content == text[s.content_span.begin:s.content_span.end]
        assert s.content.strip(), s
        assert s.speaker in result.entities
    for a in result.actions:
        inside(a.evidence)
        assert a.actor in result.entities
    for f in result.figures:
        inside(f.evidence)
        assert f.value >= 0


def check_graph(result: ArticleResult) -> None:
    text = result.article.text
    ds = build_dataset([result])
    verdict = validate(ds)
    assert verdict.conforms, verdict.report_text
    g = rdflib.Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    for node in set(g.subjects(KGO.begin, None)):
        b, e = int(g.value(node, KGO.begin)), int(g.value(node, KGO.end))
        assert g.value(node, KGO.text) == Literal(text[b:e])
    want = set(g)
    for fmt in ("nquads", "turtle"):
        back = rdflib.Dataset()
        back.parse(data=to_bytes(ds, fmt), format=fmt)
        assert {(s, p, o) for s, p, o, _c in back.quads((None, None, None, None))} == want, fmt


def check(text: str) -> None:
    result = extract_text(text, "generated.txt")
    assert result.article.text == text
    check_spans(result)
    check_graph(result)


@SETTINGS
@given(random_unicode)
def test_random_unicode(text):
    check(text)


@SETTINGS
@given(random_arabic)
def test_random_arabic(text):
    check(text)


@SETTINGS
@given(seed_mixture)
def test_random_mixtures_of_seed_sentences(text):
    check(text)


def test_the_strategies_reach_the_extractors():
    """The generated Arabic is not just noise: a typical example yields statements and figures."""
    text = 'وقال وزير الخارجية المصري سامح شكري إن "القاهرة ترفض التهجير". وأعلنت وزارة الصحة مقتل 42 شخصا.'
    result = extract_text(text)
    assert result.statements and result.figures
    check_spans(result)
    check_graph(result)
