"""An article whose graph breaks the shapes is left out with its reason; the rest of the build is written."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.run.article
import kg.run.stream
from kg.cli import main
from kg.exitcodes import EXIT_INVALID, EXIT_SKIPPED
from kg.model import Action, Article, ArticleResult, Entity, Span
from kg.read import iter_inputs
from kg.run.quarantine import set_aside
from kg.run.stream import build_nquads


def test_set_aside_keeps_what_conforms_alone() -> None:
    def check(items) -> str | None:
        return "Violation: 2" if 2 in items else None

    kept, aside, verdict = set_aside([1, 2, 3], check)
    assert kept == [1, 3] and aside == [(2, "Violation: 2")] and verdict is None


def test_articles_that_clash_only_together_set_nothing_aside() -> None:
    def check(items) -> str | None:
        return "Violation: 1 with 3" if {1, 3} <= set(items) else None

    kept, aside, verdict = set_aside([1, 2, 3], check)
    assert kept == [1, 2, 3] and not aside and verdict == "Violation: 1 with 3"


def spoil(result: ArticleResult) -> None:
    """An action whose actor is a place (the shapes want an agent): what a bad rule once made of «مطار عدن»."""
    place = Entity(key="place/test_airport", type="Place", label_ar="مطار الاختبار")
    result.entities[place.key] = place
    result.actions.append(Action(actor=place.key, type="ACCUSE", evidence=Span(0, 20),
                                 trigger=result.article.text[:3]))


@pytest.fixture
def one_bad_article(monkeypatch: pytest.MonkeyPatch, seeds_dir: Path) -> tuple[list[Path], str]:
    """The seeds, with one article spoiled."""
    paths = iter_inputs([seeds_dir])
    bad = paths[1].name
    real = kg.run.article.extract

    def extract(article: Article) -> ArticleResult:
        result = real(article)
        if article.doc == bad:
            spoil(result)
        return result

    monkeypatch.setattr(kg.run.article, "extract", extract)
    return paths, bad


def test_the_streamed_build_leaves_out_only_the_bad_article(one_bad_article, tmp_path: Path) -> None:
    paths, bad = one_bad_article
    out = tmp_path / "kg.nq"
    report = build_nquads(paths, out, workers=1)
    assert report.conforms and out.exists()
    assert len(report.skipped) == 1 and bad in report.skipped[0] and "does not conform" in report.skipped[0]
    graphs = {line.rsplit(" ", 2)[-2] for line in out.read_text(encoding="utf-8").splitlines()}
    names = {g.rstrip(">").rsplit("/", 1)[-1] for g in graphs}
    assert Path(bad).stem not in names and {p.stem for p in paths if p.name != bad} <= names


def test_a_batch_checked_from_text_skips_and_writes_what_the_lines_did(one_bad_article,
                                                                       tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    paths, bad = one_bad_article
    text = build_nquads(paths, tmp_path / "text.nq", workers=1)
    monkeypatch.setattr(kg.run.stream, "_ntriples_text", lambda made: None)  # the lines, one by one
    lines = build_nquads(paths, tmp_path / "lines.nq", workers=1)
    assert len(text.skipped) == 1 and bad in text.skipped[0]
    assert (text.skipped, text.violations, text.articles) == (lines.skipped, lines.violations, lines.articles)
    assert (tmp_path / "text.nq").read_bytes() == (tmp_path / "lines.nq").read_bytes()


def test_the_in_memory_build_leaves_out_only_the_bad_article(one_bad_article, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    paths, bad = one_bad_article
    out = tmp_path / "kg.ttl"
    code = main(["build", *map(str, paths), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == EXIT_SKIPPED and out.exists()
    assert f"skipped: {bad}" in err and "does not conform" in err
    text = out.read_text(encoding="utf-8")
    assert all(p.stem in text for p in paths if p.name != bad)


def test_a_build_whose_every_article_is_bad_writes_nothing(monkeypatch: pytest.MonkeyPatch, seeds_dir: Path,
                                                           tmp_path: Path) -> None:
    real = kg.run.article.extract

    def extract(article: Article) -> ArticleResult:
        result = real(article)
        spoil(result)
        return result

    monkeypatch.setattr(kg.run.article, "extract", extract)
    out = tmp_path / "kg.ttl"
    assert main(["build", str(seeds_dir), "--out", str(out), "-q"]) in (EXIT_INVALID, 2)
    assert not out.exists()
