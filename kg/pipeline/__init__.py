"""One direction: article -> text analysis -> mentions -> entities -> statements / actions / figures.

The steps are components (kg.pipeline.registry) that take and return a `Doc` (kg.doc); kg.pipeline.config lists
them in order. `extract` runs that pipeline on one article.
"""

from __future__ import annotations

from functools import lru_cache

from kg.doc import Doc
from kg.model import Article, ArticleResult
from kg.pipeline.config import PIPELINE
from kg.pipeline.registry import Component, Pipeline, component, load
from kg.pipeline.steps import dates_written_in_full, find_boilerplate, title_like_sentences

__all__ = ["EXTRA_RECOGNIZERS", "Component", "Doc", "Pipeline", "build_pipeline", "component", "dates_written_in_full",
           "extract", "extract_text", "find_boilerplate", "title_like_sentences"]

# Extra recognizers merged with ours, set by `kg build --ner`: "model" adds kg's statistical NER
# (kg.extract.statistical_ner), "camel" camel-tools' NER when its data is installed. Neither is on by default: on the
# dev set the model no longer lifts entity F1 over the rules (README, Quality) and halves the build's speed.
EXTRA_RECOGNIZERS: set[str] = set()


@lru_cache(maxsize=8)
def build_pipeline(switches: frozenset[str] = frozenset(),
                   config: tuple[tuple[str, str], ...] = PIPELINE) -> Pipeline:
    """The configured pipeline with the given extra recognizers switched on (built once per combination)."""
    return Pipeline((load(name, module) for name, module in config), switches)


def extract(article: Article) -> ArticleResult:
    return build_pipeline(frozenset(EXTRA_RECOGNIZERS))(Doc(article)).result()


def extract_text(text: str, doc: str = "article.txt", **meta) -> ArticleResult:
    """Extract from a string (notebooks, tests)."""
    return build_pipeline(frozenset(EXTRA_RECOGNIZERS))(Doc.from_text(text, doc, **meta)).result()
