"""The old home of the in-memory build, kept for code that still imports it: the build lives in kg.run."""

from kg.run.article import split_name_clashes
from kg.run.memory import BuildReport, build_from_texts, extract_all

__all__ = ["BuildReport", "build_from_texts", "extract_all", "split_name_clashes"]
