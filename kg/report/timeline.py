"""The timeline of statements (rows of who_said_what_when.rq), written as static HTML so that the quotes read
right-to-left even with scripts off; timeline.js only adds the filters."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import groupby
from typing import Any

Row = dict[str, Any]

WHEN_NOTES = {
    "statement": "date given for the statement",
    "statement-inferred": "date of the statement read against an inferred publication date: uncertain",
    "published": "no date in the text: the article's publication date",
    "published-inferred": "no date in the text: the article's publication date, itself inferred from the dates the "
                          "text mentions: uncertain",
    None: "no date in the text and no publication date",
}


def local(iri: str | None) -> str:
    """The last segment of an IRI: …/ontology#direct -> direct."""
    if not iri:
        return ""
    text = iri.rstrip("#/")
    return text[max(text.rfind("#"), text.rfind("/")) + 1:]


def label(iri: str | None, given: str | None, labels: dict[str, str]) -> str:
    return given or labels.get(iri or "", "") or local(iri)


def slug(text: str) -> str:
    return "".join(c if c.isascii() and (c.isalnum() or c in "_.-") else "_" for c in text)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


@dataclass(frozen=True)
class Entry:
    row: Row
    when: str | None  # YYYY-MM-DD
    when_from: str | None  # a key of WHEN_NOTES: "statement", "published" (either may end in "-inferred") or None
    speaker: str
    kind: str


def entries(data: dict[str, Any]) -> list[Entry]:
    """One entry per row, dated by the statement's own date, else its article's publication date (each noted as
    inferred where it is); sorted by date (undated last), speaker, article and offset."""
    out = []
    for row in data["queries"]["statements"]["rows"]:
        own = (row.get("date") or "")[:10] or None
        article = data["articles"].get(row["doc"], {})
        published = (article.get("published") or "")[:10] or None
        when = own or published
        if own:
            when_from: str | None = "statement-inferred" if _true(row.get("dateInferred")) else "statement"
        elif published:
            when_from = "published-inferred" if article.get("inferred") else "published"
        else:
            when_from = None
        out.append(Entry(row, when, when_from, label(row["speaker"], row.get("speakerLabel"), data["labels"]),
                         local(row["kind"])))
    return sorted(out, key=lambda e: (e.when is None, e.when or "", e.speaker, e.row["doc"], _int(e.row["begin"])))


def _true(value: object) -> bool:
    """An xsd:boolean as the query rows carry it ("true"/"1"), or a Python bool."""
    return value is True or str(value).lower() in ("true", "1")


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def entry_html(e: Entry, labels: dict[str, str]) -> str:
    r = e.row
    cue = f'<span class="cue" dir="rtl" lang="ar">{escape(r["cue"])}</span>' if r.get("cue") else ""
    channel = f" · via {escape(label(r['channel'], None, labels))}" if r.get("channel") else ""
    note = WHEN_NOTES[e.when_from]
    return (
        f'<li class="tl-entry" data-kind="{_attr(e.kind)}" data-speaker="{_attr(r["speaker"])}" '
        f'data-doc="{_attr(r["doc"])}" data-statement="{_attr(r["statement"])}">'
        f'<div class="tl-who"><span class="speaker" title="{_attr(r["speaker"])}">{escape(e.speaker)}</span> '
        f'<span class="kind kind-{_attr(e.kind)}" title="{_attr(e.kind)} speech">{escape(e.kind)}</span>{cue}</div>'
        f'<blockquote class="quote" dir="rtl" lang="ar">{escape(r["text"])}</blockquote>'
        f'<div class="tl-ref"><a class="doc" href="#doc-{_attr(slug(r["doc"]))}" title="article {_attr(r["doc"])}">'
        f'{escape(r["doc"])}</a> · characters {escape(str(r["begin"]))}–{escape(str(r["end"]))}{channel} · '
        f'<span class="when-{e.when_from or "none"}" title="{_attr(note)}">{escape(note)}</span></div></li>')


def render_timeline(data: dict[str, Any]) -> str:
    """<li class="tl-day"> groups of <li class="tl-entry">, for the <ol id="timeline-list">."""
    days = []
    for when, group in groupby(entries(data), key=lambda e: e.when):
        items = "\n".join(entry_html(e, data["labels"]) for e in group)
        days.append(f'<li class="tl-day" data-date="{_attr(when or "undated")}"><h3>{escape(when or "Undated")}</h3>'
                    f"<ol>\n{items}\n</ol></li>")
    return "\n".join(days)
