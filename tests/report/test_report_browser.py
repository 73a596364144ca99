"""The report in a real browser (headless Debian Chromium through selenium): every panel renders what the
queries return, the filters work, no request leaves the page, and a screenshot is kept as a test artifact."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def open_page(driver: Any, path: Path) -> list[str]:
    """Load the page; return the URL of every request the page made (drained from the performance log)."""
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get(path.as_uri())
    driver.execute_script("return document.readyState")
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def js(driver: Any, script: str, *args: Any) -> Any:
    return driver.execute_script(script, *args)


def severe(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.fixture(scope="module")
def loaded(browser: Any, seeds_report: Path) -> dict[str, Any]:
    urls = open_page(browser, seeds_report)
    return {"urls": urls, "ready": js(browser, "return document.body.dataset.ready"), "errors": severe(browser)}


def test_the_page_draws_without_errors(browser: Any, loaded: dict) -> None:
    assert loaded["ready"] == "ok", js(browser, "return KG.errors")
    assert loaded["errors"] == []
    assert js(browser, "return document.getElementById('errors').hidden") is True


def test_no_request_leaves_the_page(browser: Any, seeds_report: Path, loaded: dict) -> None:
    assert loaded["urls"] and all(u == seeds_report.as_uri() for u in loaded["urls"]), loaded["urls"]
    assert js(browser, "return performance.getEntriesByType('resource').length") == 0


def test_the_timeline_has_one_entry_per_statement(browser: Any, loaded: dict, seeds_data: dict) -> None:
    rows = seeds_data["queries"]["statements"]["rows"]
    got = js(browser, """return Array.from(document.querySelectorAll('#timeline-list .tl-entry')).map(li => {
        const q = li.querySelector('blockquote.quote'), cs = getComputedStyle(q);
        return {statement: li.dataset.statement, speaker: li.querySelector('.speaker').textContent,
                kind: li.dataset.kind, text: q.textContent, direction: cs.direction, font: cs.fontFamily,
                visible: q.getBoundingClientRect().height > 0};
    });""")
    assert len(got) == len(rows) > 0
    assert sorted(g["statement"] for g in got) == sorted(r["statement"] for r in rows)
    by_id = {r["statement"]: r for r in rows}
    for g in got:
        assert g["text"] == by_id[g["statement"]]["text"]
        assert g["direction"] == "rtl" and "Arabic" in g["font"] and g["visible"]
        assert g["kind"] in ("direct", "indirect") and g["speaker"]


def test_the_timeline_speaker_filter(browser: Any, loaded: dict, seeds_data: dict) -> None:
    rows = seeds_data["queries"]["statements"]["rows"]
    speaker = rows[0]["speaker"]
    shown = js(browser, """const s = document.getElementById('timeline-speaker'); s.value = arguments[0];
        s.dispatchEvent(new Event('change'));
        const n = document.querySelectorAll('#timeline-list .tl-entry:not([hidden])').length;
        s.value = ''; s.dispatchEvent(new Event('change')); return n;""", speaker)
    assert shown == sum(r["speaker"] == speaker for r in rows)


def test_the_arabic_quote_is_drawn_with_a_real_font(browser: Any, loaded: dict) -> None:
    doc = browser.execute_cdp_cmd("DOM.getDocument", {"depth": 0})
    node = browser.execute_cdp_cmd("DOM.querySelector", {"nodeId": doc["root"]["nodeId"],
                                                         "selector": "#timeline-list blockquote.quote"})
    browser.execute_cdp_cmd("CSS.enable", {})
    fonts = browser.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    assert fonts and sum(f["glyphCount"] for f in fonts) > 0, fonts
    assert all(f["familyName"] and "Last Resort" not in f["familyName"] for f in fonts), fonts


def test_the_network_has_a_node_per_actor_and_typed_edges(browser: Any, loaded: dict, seeds_data: dict) -> None:
    rows = seeds_data["queries"]["actions"]["rows"]
    actors = {r["actor"] for r in rows} | {r["target"] for r in rows if r["target"]}
    nodes = js(browser, "return Array.from(document.querySelectorAll('#network-box g.node')).map(g => g.dataset.id)")
    assert sorted(nodes) == sorted(actors)
    edges = js(browser, """return Array.from(document.querySelectorAll('#network-box g.edge')).map(g =>
        ({type: g.dataset.type, n: +g.dataset.count, source: g.dataset.source, target: g.dataset.target}))""")
    targeted = [r for r in rows if r["target"]]
    assert sum(e["n"] for e in edges) == len(targeted)
    assert {(e["source"], e["target"], e["type"]) for e in edges} == {
        (r["actor"], r["target"], r["type"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for r in targeted}


def test_the_network_filters_by_action_type(browser: Any, loaded: dict, seeds_data: dict) -> None:
    types = js(browser, "return Array.from(document.querySelectorAll('#network-controls input[type=checkbox]'))"
                        ".map(c => c.value)")
    assert types
    edge_types = js(browser, "return Array.from(new Set(Array.from(document.querySelectorAll('#network-box g.edge'))"
                             ".map(g => g.dataset.type)))")
    off = edge_types[0] if edge_types else types[0]
    state = js(browser, """const cb = document.querySelector('#network-controls input[value="' + arguments[0] + '"]');
        cb.click();
        const vis = g => getComputedStyle(g).display !== 'none';
        const edges = Array.from(document.querySelectorAll('#network-box g.edge'));
        const out = {hidden: edges.filter(g => g.dataset.type === arguments[0]).every(g => !vis(g)),
                     others: edges.filter(g => g.dataset.type !== arguments[0]).every(vis),
                     rows: document.querySelectorAll(
                       '#network-table tr[data-type="' + arguments[0] + '"]:not([hidden])').length};
        cb.click();
        out.back = edges.every(vis);
        return out;""", off)
    assert state == {"hidden": True, "others": True, "rows": 0, "back": True}


def test_each_figure_series_exists(browser: Any, loaded: dict, seeds_data: dict) -> None:
    rows = [r for r in seeds_data["queries"]["figures"]["rows"] if r["value"] is not None]
    expected: dict[str, set[str]] = {}
    for r in rows:
        expected.setdefault(r["measure"].rsplit("#", 1)[-1], set()).add(r["reporterLabel"] or r["doc"])
    got = js(browser, """const out = {};
        document.querySelectorAll('#figures-charts .figure-chart').forEach(c => {
            out[c.dataset.measure] = Array.from(c.querySelectorAll('g.series')).map(s => s.dataset.source); });
        return out;""")
    assert {m: set(s) for m, s in got.items()} == expected
    assert {"killed", "injured", "arrested"} <= set(got)
    points = js(browser, "return document.querySelectorAll('#figures-charts g.pt').length")
    assert points == len(rows)
    notes = js(browser, "return Array.from(document.querySelectorAll('#figures-charts g.pt title'))"
                        ".map(t => t.textContent)")
    assert all(("date of the figure" in n) or ("publication date" in n) or ("undated" in n) for n in notes)


def test_the_entity_index(browser: Any, loaded: dict, seeds_data: dict) -> None:
    rows = seeds_data["queries"]["entities"]["rows"]
    got = js(browser, "return Array.from(document.querySelectorAll('#entities-table tr.entity-row'))"
                      ".map(tr => tr.dataset.entity)")
    assert sorted(got) == sorted({r["entity"] for r in rows})
    linked = {r["entity"] for r in rows if r["wikidata"]}
    links = js(browser, "return document.querySelectorAll('#entities-table a.wikidata').length")
    assert links == len(linked)
    docs = js(browser, "return Array.from(document.querySelectorAll('#articles-list li')).map(li => li.dataset.doc)")
    assert {r["doc"] for r in rows} <= set(docs)


def test_screenshot(browser: Any, loaded: dict) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    metrics = browser.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    width, height = 1280, min(int(size["height"]), 9000)
    shot = browser.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    out = ARTIFACTS / "report.png"
    out.write_bytes(base64.b64decode(shot["data"]))
    assert out.stat().st_size > 10_000


def test_an_empty_graph_says_so_in_the_browser(browser: Any, empty_report: Path) -> None:
    urls = open_page(browser, empty_report)
    assert all(u == empty_report.as_uri() for u in urls)
    assert js(browser, "return document.body.dataset.ready") == "ok", js(browser, "return KG.errors")
    assert severe(browser) == []
    message = js(browser, "return document.querySelector('[data-empty=statements]').textContent")
    assert "No statements" in message
    assert js(browser, "return document.querySelectorAll('.tl-entry, g.node, g.series, tr.entity-row').length") == 0
