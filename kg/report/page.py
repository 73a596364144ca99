"""The HTML page: a static skeleton, the query rows as embedded JSON, and the bundled CSS and JavaScript inlined,
so the file opens anywhere with no network (a Content-Security-Policy forbids any request)."""

from __future__ import annotations

import html
import importlib.resources
import json
from typing import Any

from kg.report.timeline import render_timeline

# Script order matters: common.js defines the KG namespace, main.js renders the panels.
SCRIPTS: tuple[str, ...] = ("common.js", "timeline.js", "network.js", "figures.js", "entities.js", "main.js")
STYLES: tuple[str, ...] = ("report.css",)
LICENSES = "LICENSES.txt"
# Nothing may be fetched: no connect, no image, no font, no frame. Inline scripts and styles only.
CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")

EMPTY = {
    "statements": "No statements: who_said_what_when.rq returned no rows for this graph.",
    "actions": "No actions: actions.rq returned no rows for this graph.",
    "figures": "No reported figures: figure_changes.rq returned no rows for this graph.",
    "entities": "No entities: entities.rq returned no rows for this graph.",
}


def asset(name: str) -> str:
    return (importlib.resources.files("kg.report") / "assets" / name).read_text(encoding="utf-8")


def json_for_script(data: Any) -> str:
    """JSON that cannot end the <script> element it sits in, nor open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _comment(text: str) -> str:
    return "<!--\n" + text.replace("--", "- -").strip() + "\n-->"


def _empty(data: dict[str, Any], key: str) -> str:
    if data["queries"][key]["rows"]:
        return ""
    return f'<p class="empty" data-empty="{key}">{html.escape(EMPTY[key])}</p>'


def _section(data: dict[str, Any], key: str, anchor: str, title: str, note: str, body: str) -> str:
    query = html.escape(data["queries"][key]["query"])
    return (f'<section id="{anchor}" class="panel">\n<h2>{title} <span class="count" id="{anchor}-count"></span></h2>\n'
            f'<p class="note">{note} Rows of <code>queries/{query}</code>.</p>\n{_empty(data, key)}\n{body}\n'
            "</section>")


def _body(data: dict[str, Any]) -> str:
    timeline = _section(data, "statements", "timeline", "Who said what, when",
                        "Each statement by date, then speaker: the Arabic words as reported, the speaker's English "
                        "label, direct or indirect speech, and where it is in the article (character offsets).",
                        '<div class="controls" id="timeline-controls"></div>\n'
                        f'<ol class="timeline" id="timeline-list">\n{render_timeline(data)}\n</ol>')
    network = _section(data, "actions", "network", "Who did what to whom",
                       "Actors and the PLOVER-typed actions between them (arrow from actor to target; the number "
                       "counts the actions). Drag a node to move it.",
                       '<div class="controls" id="network-controls"></div>\n<div class="network-box" id="network-box">'
                       '</div>\n<div id="network-untargeted"></div>\n<details id="network-table-box"><summary>'
                       "The actions, with their evidence</summary><div id=\"network-table\"></div></details>")
    figures = _section(data, "figures", "figures", "Reported figures over time",
                       "One chart per measure, one series per reporting source (the article when no source is "
                       "named); sources that disagree on a day are flagged.",
                       '<div class="legend" id="figures-legend"></div>\n<div class="charts" id="figures-charts"></div>')
    entities = _section(data, "entities", "entities", "Entities",
                        "Every person, state, organization, group and place, its Wikidata item when linked, and the "
                        "articles that mention it.",
                        '<div class="controls" id="entities-controls"></div>\n<div id="entities-table"></div>')
    articles = ('<section id="articles" class="panel">\n<h2>Articles <span class="count" id="articles-count"></span>'
                '</h2>\n<p class="note">The articles the rows above come from (by file name).</p>\n'
                '<ul class="articles" id="articles-list"></ul>\n</section>')
    return "\n".join([timeline, '<div class="two">', network, figures, "</div>", entities, articles])


def render(data: dict[str, Any], title: str = "kg report", source: str = "") -> str:
    css = "\n".join(asset(name) for name in STYLES)
    js = "\n".join(f"// ---- {name}\n{asset(name)}" for name in SCRIPTS)
    subtitle = f"Graph: <code>{html.escape(source)}</code>" if source else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg report">
<title>{html.escape(title)}</title>
{_comment(asset(LICENSES))}
<style>
{css}
</style>
</head>
<body>
<header>
<h1>{html.escape(title)}</h1>
<p class="sub">{subtitle} <span id="summary"></span></p>
<nav><a href="#timeline">Statements</a> <a href="#network">Actions</a> <a href="#figures">Figures</a>
<a href="#entities">Entities</a> <a href="#articles">Articles</a></nav>
<noscript><p class="empty">This report draws its panels with JavaScript; the data is in the page source.</p>
</noscript>
<div id="errors" class="errors" hidden></div>
</header>
<main>
{_body(data)}
</main>
<script type="application/json" id="kg-data">{json_for_script(data)}</script>
<script>
{js}
</script>
</body>
</html>
"""
