"""The old home of the article reader, kept for code that still imports it: it lives in kg.read."""

from kg.read import INPUT_SUFFIXES, InputError, article_name, iter_inputs, read_article, read_text

__all__ = ["INPUT_SUFFIXES", "InputError", "article_name", "iter_inputs", "read_article", "read_text"]
