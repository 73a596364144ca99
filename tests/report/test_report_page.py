"""The report as a file: the embedded data is the queries' rows, Arabic is marked right-to-left, nothing is loaded
from elsewhere, and an empty graph gives clear messages rather than a crash."""

from __future__ import annotations

import json
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.cli import main
from kg.query import open_data, run
from kg.report import build_report
from kg.report.data import QUERIES, article_dates, published_dates
from kg.report.page import SCRIPTS, json_for_script
from kg.report.timeline import entries, label, local, render_timeline, slug
from kg.resources import queries_path


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "no embedded data"
    return json.loads(m.group(1))


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_embedded_rows_are_the_query_rows(seeds_report: Path, seeds_graph: Path) -> None:
    data = embedded(seeds_report.read_text(encoding="utf-8"))
    store = open_data(seeds_graph)
    for key, name in QUERIES.items():
        columns, rows = run(store, queries_path(name).read_text(encoding="utf-8"))
        got = data["queries"][key]
        assert got["query"] == name and got["columns"] == columns
        assert got["rows"] == [{c: (None if r[c] is None else r[c].value) for c in columns} for r in rows]
    assert data["queries"]["statements"]["rows"], "the seeds have statements"
    texts = {r["text"] for r in data["queries"]["statements"]["rows"]}
    html = seeds_report.read_text(encoding="utf-8")
    assert all(json.dumps(t, ensure_ascii=False)[1:-1].replace("<", "\\u003c") in html for t in texts)


def test_publication_dates_come_from_the_queries(seeds_report: Path) -> None:
    data = embedded(seeds_report.read_text(encoding="utf-8"))
    for row in data["queries"]["figures"]["rows"]:
        if row["published"]:
            assert data["articles"][row["doc"]]["published"] == row["published"]
    assert published_dates([{"rows": [{"doc": "a", "published": "2022-01-08"}, {"doc": "b", "published": None}]}]) \
        == {"a": "2022-01-08"}


def test_quotes_are_right_to_left_arabic_with_an_arabic_font_stack(seeds_report: Path, seeds_data: dict) -> None:
    html = seeds_report.read_text(encoding="utf-8")
    quotes = [a for t, a in tags(html) if t == "blockquote"]
    assert len(quotes) == len(seeds_data["queries"]["statements"]["rows"])
    assert all(a.get("dir") == "rtl" and a.get("lang") == "ar" and a.get("class") == "quote" for a in quotes)
    stack = re.search(r"--ar-font:([^;]+);", html)
    assert stack and "Noto Naskh Arabic" in stack.group(1) and "sans-serif" in stack.group(1)
    assert re.search(r"\[lang=ar\][^{]*\{[^}]*var\(--ar-font\)", html)


def test_each_timeline_entry_shows_speaker_kind_article_and_offsets(seeds_report: Path, seeds_data: dict) -> None:
    html = seeds_report.read_text(encoding="utf-8")
    for row in seeds_data["queries"]["statements"]["rows"]:
        start = html.rfind("<li", 0, html.index(f'data-statement="{row["statement"]}"'))
        entry = html[start:html.index("</li>", start)]
        assert f'data-kind="{local(row["kind"])}"' in entry and local(row["kind"]) in ("direct", "indirect")
        assert escape(label(row["speaker"], row["speakerLabel"], seeds_data["labels"])) in entry
        assert f'href="#doc-{slug(row["doc"])}"' in entry and f"characters {row['begin']}–{row['end']}" in entry
        assert escape(row["text"]) in entry


def test_timeline_dates_fall_back_to_publication_and_sort_undated_last() -> None:
    def row(n: int, doc: str, date: str | None, speaker: str) -> dict:
        return {"doc": doc, "statement": f"s{n}", "speaker": f"http://x/{speaker}", "speakerLabel": None,
                "date": date, "kind": "http://o#direct", "cue": "قال", "text": "نص", "channel": None,
                "begin": str(n), "end": str(n + 1)}

    data = {"queries": {"statements": {"rows": [row(1, "a", None, "b"), row(2, "b", "2022-01-07", "z"),
                                                row(3, "c", None, "a"), row(4, "a", None, "a")]}},
            "articles": {"a": {"published": "2022-01-08"}}, "labels": {"http://x/z": "Zed"}}
    got = [(e.row["statement"], e.when, e.when_from, e.speaker) for e in entries(data)]
    assert got == [("s2", "2022-01-07", "statement", "Zed"), ("s4", "2022-01-08", "published", "a"),
                   ("s1", "2022-01-08", "published", "b"), ("s3", None, None, "a")]
    html = render_timeline(data)
    assert html.index('data-date="2022-01-07"') < html.index('data-date="2022-01-08"') < html.index("Undated")


def test_the_page_is_self_contained(seeds_report: Path) -> None:
    html = seeds_report.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for tag, attrs in tags(html):
        assert not (tag == "script" and attrs.get("src")), "no external script"
        assert not (tag == "link" and attrs.get("href")), "no external stylesheet"
        assert not (tag in ("img", "iframe", "audio", "video", "source") and attrs.get("src")), tag
    assert "@import" not in html and "url(http" not in html
    assert "Third-party code bundled in this page" in html  # the licence notice, as a comment
    for name in SCRIPTS:
        assert f"// ---- {name}" in html


def test_embedded_json_cannot_close_its_script() -> None:
    text = json_for_script({"t": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><!-- & >"}


def test_an_empty_graph_gives_clear_messages(empty_report: Path) -> None:
    html = empty_report.read_text(encoding="utf-8")
    data = embedded(html)
    assert all(not q["rows"] for q in data["queries"].values())
    assert 'data-empty="statements"' in html and "No statements" in html
    for key in ("actions", "figures", "entities"):
        assert f'data-empty="{key}"' in html


def test_build_report_on_a_store_in_memory() -> None:
    import pyoxigraph as ox

    html = build_report(ox.Store(), title="Empty <test>", source="x.ttl")
    assert "<title>Empty &lt;test&gt;</title>" in html and "No statements" in html


def test_cli_usage_errors(tmp_path: Path) -> None:
    assert main(["report", "--data", str(tmp_path / "missing.ttl"), "-o", str(tmp_path / "r.html")]) == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    assert main(["report", "--data", str(bad), "-o", str(tmp_path / "r.html")]) == 2
    assert not (tmp_path / "r.html").exists()
    with pytest.raises(SystemExit):
        main(["report"])


def test_inferred_dates_are_shown_as_inferred() -> None:
    def row(n: int, doc: str, date: str | None, inferred: str) -> dict:
        return {"doc": doc, "statement": f"s{n}", "speaker": "http://x/a", "speakerLabel": "A", "date": date,
                "dateInferred": inferred, "kind": "http://o#direct", "cue": "قال", "text": "نص", "channel": None,
                "begin": str(n), "end": str(n + 1)}

    rows = [row(1, "a", "2022-01-06", "false"), row(2, "b", "2022-01-06", "true"), row(3, "b", None, "false"),
            row(4, "a", None, "false")]
    articles = article_dates([{"rows": [{"doc": "a", "published": "2022-01-08", "publishedInferred": None},
                                        {"doc": "b", "published": None, "publishedInferred": "2022-01-10"}]}])
    assert articles == {"a": {"published": "2022-01-08"}, "b": {"published": "2022-01-10", "inferred": True}}
    data = {"queries": {"statements": {"rows": rows}}, "articles": articles, "labels": {}}
    got = {e.row["statement"]: (e.when, e.when_from) for e in entries(data)}
    assert got == {"s1": ("2022-01-06", "statement"), "s2": ("2022-01-06", "statement-inferred"),
                   "s3": ("2022-01-10", "published-inferred"), "s4": ("2022-01-08", "published")}
    html = render_timeline(data)
    assert html.count('class="when-statement-inferred"') == 1 and html.count('class="when-published-inferred"') == 1
    assert "inferred publication date: uncertain" in html


def test_a_report_on_an_undated_article_says_its_dates_are_inferred() -> None:
    import pyoxigraph as ox

    from kg.pipeline import extract_text
    from kg.rdf.serialize import to_bytes
    from kg.run.memory import build_dataset

    text = ("وزير الخارجية يبحث الأزمة\nوكانت الحكومة الأردنية قد أعلنت في 3 مارس 2024 عن خطة جديدة لدعم المزارعين "
            "في المناطق الشمالية من البلاد. وقال وزير الخارجية الأردني أيمن الصفدي يوم الخميس إن المحادثات مستمرة.\n")
    store = ox.Store()
    store.load(to_bytes(build_dataset([extract_text(text, "undated.txt")]), "nquads"), format=ox.RdfFormat.N_QUADS)
    html = build_report(store)
    data = embedded(html)
    assert data["articles"] == {"undated.txt": {"published": "2024-03-07", "inferred": True}}
    by_speaker = {r["speaker"].rsplit("/", 1)[1]: r for r in data["queries"]["statements"]["rows"]}
    assert by_speaker["ayman_safadi"]["dateInferred"] == "true"
    assert by_speaker["jordan_government"]["dateInferred"] == "false"
    assert 'class="when-statement-inferred"' in html
