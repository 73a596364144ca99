"""One direction: article -> text analysis -> mentions -> entities -> statements / actions / figures."""

from __future__ import annotations

import bisect
import re
from datetime import date

from kg.extract.actions import extract_actions
from kg.extract.context import DocContext
from kg.extract.dates import explicit_date_at, publication_date
from kg.extract.figures import extract_figures
from kg.extract.mentions import find_mentions_with_outlet
from kg.extract.resolve import resolve
from kg.extract.statements import extract_statements
from kg.model import Article, ArticleResult, Span
from kg.text.analysis import Analysis, analyse

_FINAL_STOP = re.compile(r"[.!?؟…:]\s*$")
_TITLE_WORDS = 25  # longest headline or caption line, in words


def find_boilerplate(text: str) -> list[Span]:
    try:
        from kg.text.boilerplate import find_boilerplate as finder
    except ImportError:  # pragma: no cover - the module ships with the package
        return []
    return finder(text)


def title_like_sentences(analysis: Analysis, boilerplate: list[Span]) -> set[int]:
    """Indices of sentences that yield no facts: boilerplate, and headlines, subheads and captions without a
    final stop (short lines that paraphrase the body)."""
    text = analysis.text
    out = set()
    # line bounds by bisection and one look at each line: scanning the line per sentence is quadratic on a
    # single-line article of megabytes
    newlines = [m.start() for m in re.finditer("\n", text)]
    unstopped: dict[tuple[int, int], bool] = {}
    for i, s in enumerate(analysis.sentences):
        if any(s.span.overlaps(b) for b in boilerplate):
            out.add(i)
            continue
        words = [t for t in s.tokens if any(c.isalnum() for c in t.text)]
        if len(words) > 12:
            continue
        k = bisect.bisect_left(newlines, s.span.begin)
        start = newlines[k - 1] + 1 if k else 0
        k = bisect.bisect_left(newlines, s.span.end)
        end = newlines[k] if k < len(newlines) else len(text)
        if (start, end) not in unstopped:
            line = text[start:end].strip()
            # a headline or caption is a short line; a long one without a final stop is a paragraph whose
            # punctuation was lost (or that ends in the site's tags)
            unstopped[start, end] = bool(line) and not _FINAL_STOP.search(line) and len(line.split()) <= _TITLE_WORDS
        if unstopped[start, end] and not _FINAL_STOP.search(text[s.span.begin:s.span.end]):
            out.add(i)
    return out


def dates_written_in_full(analysis: Analysis) -> frozenset[date]:
    """Every "<day> <month> <year>" of the text: dates that need no publication date to be read."""
    keys = [t.norm for t in analysis.tokens]
    return frozenset(d for i in range(len(keys)) if (d := explicit_date_at(keys, i, None)[0]) is not None)


# Extra recognizers merged with ours, set by `kg build --ner`: "model" adds kg's statistical NER
# (kg.extract.statistical_ner), "camel" camel-tools' NER when its data is installed. Neither is on by default: on the
# dev set the model no longer lifts entity F1 over the rules (README, Quality) and halves the build's speed.
EXTRA_RECOGNIZERS: set[str] = set()


def extract(article: Article) -> ArticleResult:
    analysis = analyse(article.text)
    # the reader's warnings ("removed 3 NUL byte(s)") name the file, as the others do
    warnings = [w if w.startswith(f"{article.doc}: ") else f"{article.doc}: {w}" for w in article.warnings]
    if not article.boilerplate:
        article.boilerplate = find_boilerplate(article.text)
    if article.published is None:
        published, how = publication_date(analysis)
        if published and how != "dateline":
            warnings.append(f"{article.doc}: publication date {published} {how}")
        article.published = published
        if published is not None:
            # a dateline is a fact; a date guessed from the latest date mentioned is not, and neither are the
            # weekdays resolved against it (the writer marks both as inferred)
            article.published_from = "dateline" if how == "dateline" else "inferred"
            if how != "dateline":
                article.dates_in_text = dates_written_in_full(analysis)
    if article.published is None:
        warnings.append(f"{article.doc}: no publication date found; weekday names are left unresolved")
    raw, focus, outlet = find_mentions_with_outlet(analysis, skip=article.boilerplate)
    if "model" in EXTRA_RECOGNIZERS:
        from kg.extract.statistical_ner import merge_model_mentions

        raw = merge_model_mentions(analysis, raw, skip=article.boilerplate)
    if "camel" in EXTRA_RECOGNIZERS:
        from kg.text.camel import merge_camel_mentions

        raw = merge_camel_mentions(analysis, raw)
    entities, mentions = resolve(raw, focus, article.text, article.published)
    if article.outlet is None and outlet in entities:
        article.outlet = entities[outlet].label_en or entities[outlet].label_ar
    ctx = DocContext(article, analysis, raw, entities, focus, article.published)
    skip = title_like_sentences(analysis, article.boilerplate)
    statements = extract_statements(ctx, skip)
    actions = extract_actions(ctx, skip, statements)
    figures = extract_figures(ctx, skip, statements)
    used = {m.entity for m in mentions} | {s.speaker for s in statements} | {a.actor for a in actions} | \
        {a.target for a in actions if a.target} | {f.reporter for f in figures if f.reporter}
    for key in list(ctx.entities):
        if key not in used:
            del ctx.entities[key]
    return ArticleResult(article, ctx.entities, mentions, statements, actions, figures, warnings)


def extract_text(text: str, doc: str = "article.txt", **meta) -> ArticleResult:
    """Extract from a string (notebooks, tests)."""
    headline = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return extract(Article(doc=doc, text=text, headline=meta.pop("headline", headline), **meta))
