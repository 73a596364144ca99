"""Bad input through the real `kg build` (a subprocess): every case either yields the facts of the clean text, or
is skipped with a message naming the file and the reason, and the rest of the batch goes on (exit code 3 when
something was skipped). The byte-level reader cases are covered one by one in tests/test_reader.py; here they go
end to end, all in one batch, so that one bad file never stops the others.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from robustness_helpers import (
    ARABIC_INDIC,
    ARTICLE,
    DIACRITIZED,
    OTHER,
    PARAGRAPHS,
    PERSIAN,
    Facts,
    facts_by_doc,
    html_page,
    kg,
    load,
    stderr_lines,
    with_digits,
    with_invisible_marks_in_names,
    with_nul_bytes,
    with_presentation_forms,
)

from kg.cli import EXIT_OK, EXIT_SKIPPED, EXIT_USAGE
from kg.vocab import DEFAULT_BASE

ENTITY = DEFAULT_BASE + "entity/"

# file name -> (content, a warning the reader must give for it, or None)
READABLE: dict[str, tuple[bytes, str | None]] = {
    "utf8-bom.txt": (b"\xef\xbb\xbf" + ARTICLE.encode(), None),
    "utf16-le-bom.txt": (b"\xff\xfe" + ARTICLE.encode("utf-16-le"), None),
    "utf16-be-bom.txt": (b"\xfe\xff" + ARTICLE.encode("utf-16-be"), None),
    "utf16-no-bom.txt": (ARTICLE.encode("utf-16-le"), "UTF-16 without byte-order mark"),
    "windows-1256.txt": (ARTICLE.encode("cp1256"), "Windows-1256"),
    "truncated-utf8.txt": (ARTICLE.encode() + "وقال".encode()[:3], "truncated UTF-8"),
    "nul-bytes.txt": (with_nul_bytes(ARTICLE.encode()), "NUL byte"),
    "crlf.txt": (ARTICLE.replace("\n", "\r\n").encode(), None),
    "page.html": (html_page(ARTICLE).encode(), None),
    "diacritized.txt": (DIACRITIZED.encode(), None),
    "invisible-marks-in-names.txt": (with_invisible_marks_in_names(ARTICLE).encode(), "bidi/zero-width"),
    "presentation-forms.txt": (with_presentation_forms(ARTICLE).encode(), "presentation-form"),
    "arabic-indic-digits.txt": (with_digits(ARTICLE, ARABIC_INDIC).encode(), None),
    "persian-digits.txt": (with_digits(ARTICLE, PERSIAN).encode(), None),
    # names with spaces and Arabic letters; the two Arabic names used to share one article IRI
    "sudan report (final).txt": (ARTICLE.encode(), None),
    "تقرير السودان (نسخة 2).txt": (ARTICLE.encode(), None),
    "تقرير السودان نسخة 3.txt": (ARTICLE.encode(), None),
}

# file name -> (content, what the skip message must say)
_RNG = random.Random(7)
_NOISE = bytes(_RNG.randrange(256) for _ in range(5000))
REFUSED: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "whitespace-only.txt": (" \n\t\r\n\u00a0\u200b \n".encode(), "empty"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _NOISE, "binary file (PNG image)"),
    "random-bytes.txt": (_NOISE, "binary file"),
    "archive.html": (b"\x1f\x8b\x08\x00" + _NOISE, "binary file (gzip archive)"),
    "only-nul.txt": (b"\x00" * 4096, "empty"),
    "bom-but-not-utf8.txt": (b"\xef\xbb\xbf" + ARTICLE.encode("cp1256"), "undecodable"),
    "empty-page.html": (b"<html><head><title>t</title><script>var a = 1;</script></head><body></body></html>",
                        "no text in the HTML page"),
}

LATIN = ("UN chief calls for a ceasefire in Sudan\n\nUN Secretary-General Antonio Guterres said on Wednesday that "
         "civilians cannot pay the price of this war.\n")
UNBALANCED = (ARTICLE.replace('ثمن هذه الحرب".', "ثمن هذه الحرب.")
              .replace('بلاده "تبذل كل الجهود الممكنة"', "بلاده «تبذل كل الجهود الممكنة"))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One `kg build` over every case, plus the clean article and an unrelated one."""
    folder = tmp_path_factory.mktemp("batch")
    (folder / "clean.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    (folder / "latin-only.txt").write_text(LATIN, encoding="utf-8")
    (folder / "unbalanced-quotes.txt").write_text(UNBALANCED, encoding="utf-8")
    for name, (data, _) in {**READABLE, **REFUSED}.items():
        (folder / name).write_bytes(data)
    out = tmp_path_factory.mktemp("out") / "batch.trig"
    proc = kg("build", folder, "--out", out, "-q")
    facts = facts_by_doc(load(out)) if out.exists() else {}
    return folder, out, proc, facts


def test_the_batch_is_built_with_exit_code_3(batch):
    folder, out, proc, facts = batch
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    assert out.exists()
    assert set(facts) == {"clean.txt", "other.txt", "latin-only.txt", "unbalanced-quotes.txt", *READABLE}
    assert len(stderr_lines(proc, "skipped")) == len(REFUSED)
    assert "Traceback" not in proc.stderr


def test_the_clean_article_has_its_facts(batch):
    facts = batch[3]["clean.txt"]
    assert {str(s) for s in facts.speakers} == {ENTITY + k for k in
                                                 ("guterres", "sudan_health_ministry", "sameh_shoukry", "biden")}
    assert len(facts.statements) == 5
    assert {(v, str(m).rsplit("#", 1)[1]) for v, m, _ in facts.figures} == {(42, "killed"), (315, "injured")}
    assert facts.published == "2023-04-12"


@pytest.mark.parametrize("name", sorted(READABLE))
def test_readable_input_gives_the_facts_of_the_clean_text(batch, name):
    folder, _out, proc, facts = batch
    assert facts[name] == facts["clean.txt"]
    expected = READABLE[name][1]
    if expected:
        assert any(w.startswith(f"{name}: ") and expected in w for w in stderr_lines(proc, "warning")), proc.stderr


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_unreadable_input_is_skipped_naming_the_file_and_the_reason(batch, name):
    folder, _out, proc, facts = batch
    reason = REFUSED[name][1]
    lines = [s for s in stderr_lines(proc, "skipped") if s.startswith(f"{folder / name}: ")]
    assert len(lines) == 1, proc.stderr
    assert reason in lines[0]
    assert name not in facts


def test_html_page_ignores_scripts_styles_navigation_and_footer(batch):
    facts = batch[3]["page.html"]
    foreign = {ENTITY + k for k in ("putin", "netanyahu", "trump", "russia", "israel")}
    assert not {str(e) for e in facts.entities} & foreign
    assert not {str(s) for s in facts.speakers} & foreign


def test_latin_only_text_is_read_with_a_warning(batch):
    _folder, _out, proc, facts = batch
    assert "latin-only.txt: no Arabic text" in stderr_lines(proc, "warning")
    assert facts["latin-only.txt"].statements == frozenset()


def test_unbalanced_quotes_do_not_swallow_the_following_paragraphs(batch):
    facts: Facts = batch[3]["unbalanced-quotes.txt"]
    clean: Facts = batch[3]["clean.txt"]
    assert facts.speakers == clean.speakers
    assert facts.figures == clean.figures  # still reported by the ministry, not by the speaker of the open quote
    untouched = {s for s in clean.statements if str(s[0]).endswith(("/sudan_health_ministry", "/biden"))}
    assert untouched <= facts.statements
    for _speaker, _kind, content in facts.statements:
        assert "\n" not in content and len(content) < max(len(p) for p in PARAGRAPHS)


def test_a_batch_of_odd_but_readable_inputs_exits_0(tmp_path):
    """Warnings alone are no reason for exit code 3."""
    for name in ("utf16-no-bom.txt", "windows-1256.txt", "nul-bytes.txt", "page.html", "تقرير السودان نسخة 3.txt"):
        (tmp_path / name).write_bytes(READABLE[name][0])
    out = tmp_path / "out" / "kg.ttl"
    proc = kg("build", tmp_path, "--out", out, "-q")
    assert proc.returncode == EXIT_OK, proc.stderr
    assert len(facts_by_doc(load(out))) == 5


def test_a_batch_of_nothing_but_bad_files_is_a_usage_error_and_writes_nothing(tmp_path):
    for name in ("empty.txt", "photo.txt", "only-nul.txt"):
        (tmp_path / name).write_bytes(REFUSED[name][0])
    out = tmp_path / "kg.ttl"
    proc = kg("build", tmp_path, "--out", out, "-q")
    assert proc.returncode == EXIT_USAGE
    assert "nothing could be read" in proc.stderr and len(stderr_lines(proc, "skipped")) == 3
    assert not out.exists()


def test_file_names_that_map_to_one_article_are_not_merged(tmp_path):
    """Same name in two folders, or .txt beside .html: the second is skipped (it would share the first's graph)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "report.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "report.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "b" / "report.html").write_text(html_page(OTHER), encoding="utf-8")
    (tmp_path / "b" / "entities.txt").write_text(OTHER, encoding="utf-8")
    for ext in (".ttl", ".nq"):
        out = tmp_path / f"kg{ext}"
        proc = kg("build", tmp_path / "a", tmp_path / "b", "--out", out, "-q")
        assert proc.returncode == EXIT_SKIPPED, proc.stderr
        skipped = stderr_lines(proc, "skipped")
        assert len(skipped) == 3, proc.stderr
        assert any(s.startswith(str(tmp_path / "b" / "report.txt")) and "same article name" in s for s in skipped)
        assert any(s.startswith(str(tmp_path / "b" / "entities.txt")) and "reserved" in s for s in skipped)
        facts = facts_by_doc(load(out))
        assert set(facts) == {"report.txt"}
        assert ENTITY + "guterres" in {str(s) for s in facts["report.txt"].speakers}  # a/report.txt, alone


def test_non_utf8_file_name_is_kept(tmp_path):
    """A file name that is not valid UTF-8 (possible on Linux) becomes U+FFFD in kgo:fileName; nothing breaks."""
    import os

    raw = os.fsencode(tmp_path) + b"/\xff\xfe report.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(ARTICLE.encode())
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take non-UTF-8 file names")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    for ext in (".ttl", ".nq"):
        out = tmp_path / f"kg{ext}"
        proc = kg("build", tmp_path, "--out", out, "-q")
        assert proc.returncode == EXIT_OK, proc.stderr
        facts = facts_by_doc(load(out))
        assert set(facts) == {"\ufffd\ufffd report.txt", "other.txt"}
        assert len(facts["\ufffd\ufffd report.txt"].statements) == 5


# --------------------------------------------------------------------------------------------------------------
# big inputs

FILLER = "وتواصل الأسواق في المدينة عملها بشكل طبيعي رغم الظروف الصعبة التي تمر بها البلاد منذ أسابيع. "


@pytest.mark.slow
def test_a_single_line_of_several_megabytes(tmp_path):
    """2 MB without a line break, the article's sentences at the start, middle and end: the same facts as the
    sentences alone on one line (extraction is linear: this took minutes before per-sentence line scans and
    list.index calls were removed)."""
    body = " ".join(PARAGRAPHS)
    half = FILLER * (1_000_000 // len(FILLER.encode()))
    line = body + " " + half + body + " " + half + body
    assert len(line.encode()) > 2_000_000 and "\n" not in line
    (tmp_path / "long-line.txt").write_text(line, encoding="utf-8")
    (tmp_path / "one-line.txt").write_text(body, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "kg.nt"
    proc = kg("build", tmp_path, "--out", out, "-q", "--time-budget", "300")
    assert proc.returncode == EXIT_OK, proc.stderr
    facts = facts_by_doc(load(out))
    assert facts["long-line.txt"] == facts["one-line.txt"]
    assert len(facts["one-line.txt"].statements) >= 4 and facts["other.txt"].statements


def _write_big(path: Path, size: int) -> None:
    chunk = (ARTICLE + "\n").encode()
    with path.open("wb") as fh:
        for _ in range(size // len(chunk) + 1):
            fh.write(chunk)


def test_a_file_of_tens_of_megabytes_is_refused_by_max_bytes(tmp_path):
    _write_big(tmp_path / "huge.txt", 25_000_000)
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    proc = kg("build", tmp_path, "--out", out, "-q")
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    [line] = stderr_lines(proc, "skipped")
    assert line.startswith(f"{tmp_path / 'huge.txt'}: file too large") and "20000000" in line
    assert set(facts_by_doc(load(out))) == {"other.txt"}


@pytest.mark.slow
def test_a_file_of_tens_of_megabytes_within_max_bytes_is_stopped_by_the_time_budget(tmp_path):
    _write_big(tmp_path / "huge.txt", 25_000_000)
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    proc = kg("build", tmp_path, "--out", out, "-q", "--max-bytes", "30000000", "--time-budget", "3", timeout=120)
    assert proc.returncode == EXIT_SKIPPED, proc.stderr
    [line] = stderr_lines(proc, "skipped")
    assert line.startswith(f"{tmp_path / 'huge.txt'}: took longer than the time budget of 3 s")
    assert set(facts_by_doc(load(out))) == {"other.txt"}
