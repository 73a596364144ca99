"""kg's built-in components, in the order kg.pipeline.config runs them: analysis, the publication date, candidate
mentions (rules and gazetteer, then the optional statistical recognizers), resolution to entities, and the three fact
extractors. Each is a thin step over the module that does the work."""

from __future__ import annotations

import bisect
import re
from datetime import date
from itertools import compress, islice
from operator import attrgetter

from kg.doc import Doc
from kg.extract.dates import explicit_date_at, publication_date
from kg.model import Span
from kg.pipeline.registry import component
from kg.text.analysis import Analysis, analyse

_FINAL_STOP = re.compile(r"[.!?؟…:]\s*$")
_TITLE_WORDS = 25  # longest headline or caption line, in words
# a character for which str.isalnum() holds: re's \w for str patterns is exactly those and "_"
_ALNUM = re.compile(r"[^\W_]").search
_TEXT_OF = attrgetter("text")


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
        if _more_words_than(s.tokens, 12):
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


def _more_words_than(tokens: list, n: int) -> bool:
    """More than n tokens with a letter or digit; stops counting at n + 1 (most sentences are long)."""
    if len(tokens) <= n:
        return False
    # the (n + 1)-th token with a letter or digit, found lazily without a Python step per token
    with_alnum = compress(tokens, map(_ALNUM, map(_TEXT_OF, tokens)))
    return next(islice(with_alnum, n, None), None) is not None


def dates_written_in_full(analysis: Analysis) -> frozenset[date]:
    """Every "<day> <month> <year>" of the text: dates that need no publication date to be read."""
    keys = [t.norm for t in analysis.tokens]
    return frozenset(d for i in range(len(keys)) if (d := explicit_date_at(keys, i, None)[0]) is not None)


@component("analyse", adds=("analysis",))
def analyse_text(doc: Doc) -> Doc:
    doc.analysis = analyse(doc.text)
    # the reader's warnings ("removed 3 NUL byte(s)") name the file, as the others do
    name = doc.article.doc
    doc.warnings = [w if w.startswith(f"{name}: ") else f"{name}: {w}" for w in doc.article.warnings]
    return doc


@component("boilerplate", adds=("boilerplate",))
def mark_boilerplate(doc: Doc) -> Doc:
    if not doc.article.boilerplate:
        doc.article.boilerplate = find_boilerplate(doc.text)
    return doc


@component("publication_date", needs=("analysis",), adds=("published",))
def date_article(doc: Doc) -> Doc:
    article, name = doc.article, doc.article.doc
    if article.published is None:
        published, how = publication_date(doc.analysis)
        if published and how != "dateline":
            doc.warnings.append(f"{name}: publication date {published} {how}")
        article.published = published
        if published is not None:
            # a dateline is a fact; a date guessed from the latest date mentioned is not, and neither are the
            # weekdays resolved against it (the writer marks both as inferred)
            article.published_from = "dateline" if how == "dateline" else "inferred"
            if how != "dateline":
                article.dates_in_text = dates_written_in_full(doc.analysis)
    if article.published is None:
        doc.warnings.append(f"{name}: no publication date found; weekday names are left unresolved")
    return doc


@component("rules", needs=("analysis", "boilerplate"), adds=("candidates", "focus", "outlet"))
def recognize_by_rules(doc: Doc) -> Doc:
    from kg.extract.mentions import find_mentions_with_outlet

    doc.candidates, doc.focus, doc.outlet = find_mentions_with_outlet(doc.analysis, skip=doc.article.boilerplate)
    return doc


@component("model_ner", needs=("analysis", "candidates"), adds=("candidates",), switch="model")
def recognize_by_model(doc: Doc) -> Doc:
    from kg.extract.statistical_ner import merge_model_mentions

    doc.candidates = merge_model_mentions(doc.analysis, doc.candidates, skip=doc.article.boilerplate)
    return doc


@component("camel_ner", needs=("analysis", "candidates"), adds=("candidates",), switch="camel")
def recognize_by_camel(doc: Doc) -> Doc:
    from kg.text.camel import merge_camel_mentions

    doc.candidates = merge_camel_mentions(doc.analysis, doc.candidates)
    return doc


@component("resolve", needs=("analysis", "candidates", "focus", "outlet", "published"),
           adds=("entities", "mentions", "context"))
def resolve_entities(doc: Doc) -> Doc:
    from kg.extract.context import DocContext
    from kg.extract.resolve import resolve

    article = doc.article
    doc.entities, doc.mentions = resolve(doc.candidates, doc.focus, article.text, article.published)
    if article.outlet is None and doc.outlet in doc.entities:
        ent = doc.entities[doc.outlet]
        article.outlet = ent.label_en or ent.label_ar
    doc.context = DocContext(article, doc.analysis, doc.candidates, doc.entities, doc.focus, article.published)
    return doc


@component("titles", needs=("analysis", "boilerplate"), adds=("skip",))
def skip_titles(doc: Doc) -> Doc:
    doc.skip = title_like_sentences(doc.analysis, doc.article.boilerplate)
    return doc


@component("statements", needs=("context", "skip"), adds=("statements",))
def find_statements(doc: Doc) -> Doc:
    from kg.extract.statements import extract_statements

    doc.statements = extract_statements(doc.context, doc.skip)
    return doc


@component("actions", needs=("context", "skip", "statements"), adds=("actions",))
def find_actions(doc: Doc) -> Doc:
    from kg.extract.actions import extract_actions

    doc.actions = extract_actions(doc.context, doc.skip, doc.statements, doc.mentions)
    return doc


@component("figures", needs=("context", "skip", "statements"), adds=("figures",))
def find_figures(doc: Doc) -> Doc:
    from kg.extract.figures import extract_figures

    doc.figures = extract_figures(doc.context, doc.skip, doc.statements)
    return doc


_ACTORS = frozenset({"Person", "State", "Organization", "Group"})  # what the shapes allow as actor, speaker, reporter
_ENTITIES = _ACTORS | {"Place"}  # and as an action's target


def _keep_typed_facts(doc: Doc) -> None:
    """A fact whose node ended up with a type the shapes forbid in its role is dropped (an actor, a speaker) or loses
    that node (a target, an addressee, a reporter): "مطار عدن" acts in one sentence («استقبل مطار عدن طائرة») and is a
    place in the others, so its node is a Place, and one such action withheld the whole build's output."""
    def wrong(key: str | None, allowed: frozenset[str]) -> bool:
        ent = doc.entities.get(key) if key else None
        return ent is not None and ent.type not in allowed

    doc.actions = [a for a in doc.actions if not wrong(a.actor, _ACTORS)]
    for a in doc.actions:
        if wrong(a.target, _ENTITIES):
            a.target = None
    doc.statements = [st for st in doc.statements if not wrong(st.speaker, _ACTORS)]
    for st in doc.statements:
        if wrong(st.addressee, _ACTORS):
            st.addressee = None
        st.co_speakers = tuple(k for k in st.co_speakers if not wrong(k, _ACTORS))
    for f in doc.figures:
        if wrong(f.reporter, _ACTORS):
            f.reporter = None


@component("prune", needs=("entities", "mentions", "statements", "actions", "figures"))
def drop_unused_entities(doc: Doc) -> Doc:
    """Facts whose node has a type their role forbids (_keep_typed_facts), then entities no mention or fact refers
    to (a fact extractor may have added some it then did not use)."""
    _keep_typed_facts(doc)
    used = {m.entity for m in doc.mentions} | {s.speaker for s in doc.statements} | \
        {a.actor for a in doc.actions} | {a.target for a in doc.actions if a.target} | \
        {f.reporter for f in doc.figures if f.reporter}
    for key in list(doc.entities):
        if key not in used:
            del doc.entities[key]
    return doc
