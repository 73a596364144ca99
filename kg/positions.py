"""Positions in per-token lists, found without a Python step per token (map and compress run in C): the extractors
read a memo for every token of every article, and a comprehension over the tokens to find the few the memo lacked
cost about as much as the reads."""

from __future__ import annotations

from itertools import compress, repeat
from operator import is_


def positions_of(items: list, value: object) -> list[int]:
    """[i for i, x in enumerate(items) if x is value]."""
    return list(compress(range(len(items)), map(is_, items, repeat(value))))
