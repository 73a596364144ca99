"""Count the Arabic string literals of Python files (issue #11: Arabic word lists live in kg/data, not in code).

usage: python scripts/count_arabic_literals.py [--list] [PATH ...]   (default: kg/extract kg/text)

Reads each file with the tokenize module: a literal is a STRING token (or an f-string's text part) holding an Arabic
letter (U+0621..U+064A). A string standing alone as a statement (a docstring) is prose, not data: it is counted
apart ("docs"); comments are no tokens of that kind. "words" counts the literals that spell more than grammar
(GRAMMAR: clitics, affixes, letter classes, a single letter). With --list, each literal is printed under its file,
a word literal marked with "*".
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from pathlib import Path

# grammar code may spell (tests/test_no_word_lists.py holds kg/extract and kg/text to it): the article and proclitics
# with their combinations, pronoun and inflection suffixes, verb prefixes, the preposition «في» of a construction
# ("X في Y": where a body sits), and letter classes; a single letter always passes
GRAMMAR = frozenset({
    "ال", "لل", "وال", "فال", "بال", "كال", "وبال", "وكال", "فبال", "ولل", "فلل", "الال",  # the article, with
    # proclitics; a doubled one
    "وب", "ول", "وك", "فب", "فل", "وف", "بل", "لب", "وس", "فس",  # proclitic pairs
    "ها", "هم", "هما", "هن", "كم",  # pronoun suffixes
    "يه", "ين", "ون", "ان", "تين", "ات", "وا", "تا", "اوي", "تون",  # nisba, plural, dual, verb and name endings
    "يت", "تت", "نت", "يست", "تست", "سي", "ست", "سن",  # present and future verb prefixes
    "في",  # the preposition of a construction
    "يتنا", "وفبلك",  # letter classes: imperfect prefixes, proclitic letters
    "نا", "يون", "يين",  # the suffix of "we"; plural nisba endings
    "بلك", "وفبل", "أإؤئ",  # letter classes: prepositional proclitics, proclitics without ك, hamza seats
    "ته", "يا",  # the feminine ending before a pronoun («رؤيته»); the -ia ending of names («كوريا»)
})
_ARABIC = re.compile("[\u0621-\u064a]+")
_SKIP = {tokenize.NL, tokenize.COMMENT}
_STARTS = {tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
_FSTRING_MIDDLE = getattr(tokenize, "FSTRING_MIDDLE", None)


def has_arabic(text: str) -> bool:
    return any("\u0621" <= c <= "\u064a" for c in text)


def _value(token: str) -> str:
    """The string a STRING token stands for; an f-string (one token before Python 3.12) as written."""
    try:
        return ast.literal_eval(token)
    except ValueError:
        return token


def arabic_literals(source: str) -> tuple[list[tuple[int, str]], int]:
    """(line, value) of each Arabic string literal of a Python source that is no docstring, and the number of
    Arabic docstrings."""
    toks = [t for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type not in _SKIP]
    found: list[tuple[int, str]] = []
    docs = 0
    for n, tok in enumerate(toks):
        if tok.type == tokenize.STRING and has_arabic(tok.string):
            prev = toks[n - 1].type if n else tokenize.NEWLINE
            nxt = toks[n + 1].type if n + 1 < len(toks) else tokenize.NEWLINE
            if prev in _STARTS and nxt in (tokenize.NEWLINE, tokenize.ENDMARKER):
                docs += 1
                continue
            found.append((tok.start[0], _value(tok.string)))
        elif _FSTRING_MIDDLE is not None and tok.type == _FSTRING_MIDDLE and has_arabic(tok.string):
            found.append((tok.start[0], tok.string))
    return found, docs


def words_in(value: str) -> list[str]:
    """The Arabic runs of a literal that are more than grammar (empty for "ال", "^و?\\d+$", "ها")."""
    return [run for run in _ARABIC.findall(value) if len(run) > 1 and run not in GRAMMAR]


def files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args or ["kg/extract", "kg/text"]:
        p = Path(a)
        out.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    return out


def main(argv: list[str]) -> int:
    show = "--list" in argv
    total = 0
    total_words = 0
    print("  lits  words  docs  file")
    for path in files([a for a in argv if a != "--list"]):
        lits, docs = arabic_literals(path.read_text(encoding="utf-8"))
        n_words = sum(1 for _line, value in lits if words_in(value))
        total += len(lits)
        total_words += n_words
        print(f"{len(lits):6d} {n_words:6d} {docs:5d}  {path}")
        if show:
            for line, value in lits:
                print(f"{'':20s}{line:5d} {'*' if words_in(value) else ' '} {value!r}")
    print(f"{total:6d} {total_words:6d}        total")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
