"""kg.run.stream: a batch's SHACL check reads the articles' joined text (see also tests/run/test_quarantine.py)."""

from __future__ import annotations

from pathlib import Path

from kg.rdf.writer import IRIs
from kg.read import iter_inputs
from kg.run.article import Built
from kg.run.stream import _make, _ntriples, _ntriples_text
from kg.vocab import DEFAULT_BASE


def _made(seeds_dir: Path):
    from kg.pipeline import extract
    from kg.read import read_article

    path = iter_inputs([seeds_dir])[0]
    return _make(Built(extract(read_article(path))), IRIs(DEFAULT_BASE))


def test_an_articles_ntriples_text_is_its_lines_without_the_graph(seeds_dir: Path) -> None:
    made = _made(seeds_dir)
    assert made.lines and made.text == "\n".join(made.lines) + "\n"
    assert _ntriples_text(made) == "".join(_ntriples(made))
    made.text = made.text.replace(" .\n", " .\r\n", 1)  # a line that does not end in the graph name
    assert _ntriples_text(made) is None
