"""The body, headline, date, outlet and address of an HTML page (the standard library's html.parser, which resolves
no external entities)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from kg.read.files import _parse_date

if TYPE_CHECKING:
    from kg.read.decode import _Doc


# ---------------------------------------------------------------------------------------------------------------
# HTML

# elements whose content is never article text
_SKIP_TAGS = frozenset(
    "script style noscript nav header footer aside form iframe svg math template button select textarea "
    "option dialog object embed canvas audio video map head".split()
)
_SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar toolbar dialog".split())
_SKIP_CLASS = re.compile(
    r"^(share|sharing|social|related|newsletter|cookie|cookies|consent|advert|advertisement|ads|ad|breadcrumbs?|"
    r"comments?|subscribe|promo|popup|tags)([-_]|$)",
    re.I,
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_PARA = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote pre figure table ul ol dl section article main address hgroup details".split()
)
_LINE = frozenset("div li tr dt dd figcaption caption br hr summary legend fieldset body html center".split())
_CELL = frozenset(("td", "th"))
_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "parsely-pub-date",
    "sailthru.date",
)
_WS = re.compile(r"[ \t\n\r\f]+")


@dataclass(slots=True)
class _Open:
    tag: str
    skip: bool = False
    capture: int | None = None  # index into _HTMLExtractor.captures


class _HTMLExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.pieces: list[tuple[str, str | int]] = []  # ("t", text) or ("b", 1|2)
        self.captures: list[list] = []  # [kind, start piece, end piece | None]; kind: article | main
        self.meta: dict[str, str] = {}
        self.title: str | None = None
        self._title_buf: list[str] | None = None
        self.h1: list[tuple[int, str, bool]] = []  # (piece index, text, skipped)
        self._h1_buf: list[str] | None = None
        self._h1_start = 0
        self._h1_skipped = False
        self.times: list[tuple[int, str, bool]] = []
        self.jsonld: list[str] = []
        self._jsonld_buf: list[str] | None = None
        self.canonical: str | None = None

    # state ---------------------------------------------------------------------------------------------------
    def _skipping(self) -> bool:
        return any(o.skip for o in self.stack)

    def _in(self, tag: str) -> bool:
        return any(o.tag == tag for o in self.stack)

    def _in_content(self) -> bool:
        return any(o.tag in ("article", "main") for o in self.stack)

    def _break(self, n: int) -> None:
        if not self._skipping():
            self.pieces.append(("b", n))

    # events --------------------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "body" or (tag not in _VOID and tag not in ("title", "style", "script", "noscript", "head")):
            self._close("head")
        if tag == "meta":
            self._meta(a)
            return
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href") and not self.canonical:
                self.canonical = a["href"].strip()
            return
        if tag == "time" and a.get("datetime"):
            self.times.append((len(self.pieces), a["datetime"], self._skipping()))
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._break(1)
            return
        if tag == "title" and self.title is None and not self._in("svg"):
            self._title_buf = []
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self._jsonld_buf = []
        skip = self._skip_element(tag, a)
        capture = None
        if not skip and not self._skipping():
            kind = None
            if tag == "article" or a.get("itemprop", "").lower() == "articlebody":
                kind = "article"
            elif tag == "main" or a.get("role", "").lower() == "main":
                kind = "main"
            if kind:
                capture = len(self.captures)
                self.captures.append([kind, len(self.pieces), None])
        if tag in _PARA:
            self._break(2)
        elif tag in _LINE:
            self._break(1)
        elif tag in _CELL and not self._skipping():
            self.pieces.append(("t", " "))
        if tag == "h1" and self._h1_buf is None:
            self._h1_buf, self._h1_start, self._h1_skipped = [], len(self.pieces), self._skipping() or skip
        self.stack.append(_Open(tag, skip, capture))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _skip_element(self, tag: str, a: dict[str, str]) -> bool:
        if tag in _SKIP_TAGS:
            # an article's own <header> (headline, byline, date) is content, not site chrome
            return not (tag == "header" and self._in_content())
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return True
        style = a.get("style", "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        if a.get("role", "").lower() in _SKIP_ROLES:
            return True
        if tag in ("html", "body", "main", "article"):
            return False
        names = a.get("class", "").split() + a.get("id", "").split()
        return any(_SKIP_CLASS.match(n) for n in names)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            if tag == "br":  # </br> is read as <br> by browsers
                self._break(1)
            return
        if not self._in(tag):
            if tag in _PARA:
                self._break(2)
            elif tag in _LINE:
                self._break(1)
            return
        self._close(tag)

    def _close(self, tag: str) -> None:
        if not self._in(tag):
            return
        while self.stack:
            o = self.stack.pop()
            if o.tag == "title" and self._title_buf is not None:
                self.title = _WS.sub(" ", "".join(self._title_buf)).strip()
                self._title_buf = None
            elif o.tag == "h1" and self._h1_buf is not None:
                text = _WS.sub(" ", "".join(self._h1_buf)).strip()
                if text:
                    self.h1.append((self._h1_start, text, self._h1_skipped))
                self._h1_buf = None
            elif o.tag == "script" and self._jsonld_buf is not None:
                self.jsonld.append("".join(self._jsonld_buf))
                self._jsonld_buf = None
            if o.capture is not None:
                self.captures[o.capture][2] = len(self.pieces)
            if o.tag in _PARA:
                self._break(2)
            elif o.tag in _LINE:
                self._break(1)
            if o.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._title_buf is not None:
            self._title_buf.append(data)
            return
        if self._jsonld_buf is not None:
            self._jsonld_buf.append(data)
            return
        if self._h1_buf is not None:
            self._h1_buf.append(data)
        if self._skipping():
            return
        if self._in("pre"):
            for i, line in enumerate(data.split("\n")):
                if i:
                    self.pieces.append(("b", 1))
                self.pieces.append(("t", line))
        else:
            self.pieces.append(("t", _WS.sub(" ", data)))

    def _meta(self, a: dict[str, str]) -> None:
        content = a.get("content", "").strip()
        if not content:
            return
        for key in ("property", "name", "itemprop"):
            k = a.get(key, "").strip().lower()
            if k and k not in self.meta:
                self.meta[k] = content

    def close_all(self) -> None:
        self.close()
        while self.stack:
            self._close(self.stack[-1].tag)


def _render(pieces: list[tuple[str, str | int]]) -> str:
    out: list[str] = []
    pending = 0
    for kind, val in pieces:
        if kind == "b":
            pending = max(pending, int(val))
            continue
        s = str(val)
        at_line_start = pending or not out
        if at_line_start and not s.strip(" "):
            continue
        if pending and out:
            out.append("\n" * pending)
        pending = 0
        out.append(s)
    lines = [line.strip(" ") for line in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _jsonld_items(blob: str) -> list[dict]:
    try:
        data = json.loads(blob)
    except ValueError:
        return []
    items: list[dict] = []
    todo = [data]
    while todo and len(items) < 100:
        x = todo.pop(0)
        if isinstance(x, list):
            todo.extend(x)
        elif isinstance(x, dict):
            items.append(x)
            if isinstance(x.get("@graph"), list):
                todo.extend(x["@graph"])
    return [i for i in items if "article" in str(i.get("@type", "")).lower() or "datePublished" in i]


def _extract_html(text: str, doc: _Doc) -> None:
    p = _HTMLExtractor()
    try:
        p.feed(text)
        p.close_all()
    except Exception as e:  # html.parser is lenient; this is a last resort, keep what was read
        doc.warnings.append(f"HTML parser stopped early: {e}")
    for c in p.captures:
        if c[2] is None:
            c[2] = len(p.pieces)
    body_text = _render(p.pieces)
    chosen, span = body_text, (0, len(p.pieces))
    for kind in ("article", "main"):
        best = None
        for c in p.captures:
            if c[0] != kind:
                continue
            t = _render(p.pieces[c[1] : c[2]])
            if best is None or len(t) > len(best[0]):
                best = (t, (c[1], c[2]))
        if best and best[0] and (len(best[0]) >= 0.25 * len(body_text) or len(best[0]) >= 1000):
            chosen, span = best
            break

    ld = [i for blob in p.jsonld for i in _jsonld_items(blob)]

    def ld_get(key: str) -> str | None:
        for item in ld:
            v = item.get(key)
            if isinstance(v, dict):
                v = v.get("name") or v.get("@id")
            if isinstance(v, list) and v:
                v = v[0]
            if isinstance(v, str) and v.strip():
                return v.strip()
        return None

    outlet = p.meta.get("og:site_name") or ld_get("publisher")
    headline = next((t for i, t, skipped in p.h1 if not skipped and span[0] <= i < span[1]), None)
    headline = headline or next((t for _, t, skipped in p.h1 if not skipped), None)
    headline = headline or p.meta.get("og:title") or ld_get("headline") or _strip_site(p.title, outlet)
    doc.headline = headline or None

    for key in _PUBLISHED_KEYS:
        if key in p.meta:
            d = _parse_date(p.meta[key])
            if d:
                doc.published = d
                break
            doc.warnings.append(f"unparseable publication date in HTML <meta {key}>: {p.meta[key][:40]!r}")
    if doc.published is None and ld_get("datePublished"):
        doc.published = _parse_date(ld_get("datePublished") or "")
    if doc.published is None:
        times = [t for t in p.times if not t[2]]
        times.sort(key=lambda t: not (span[0] <= t[0] <= span[1]))  # stable: ones in the article first
        for _, value, _ in times:
            doc.published = _parse_date(value)
            if doc.published:
                break

    doc.outlet = outlet.strip() if outlet else None
    url = p.canonical or p.meta.get("og:url") or ld_get("url") or ld_get("mainEntityOfPage")
    doc.url = url.strip() if url else None

    if doc.headline and chosen:
        first_lines = [ln.strip() for ln in chosen.split("\n") if ln.strip()][:5]
        if doc.headline not in first_lines:
            chosen = doc.headline + "\n\n" + chosen
    doc.text = chosen


def _strip_site(title: str | None, site: str | None) -> str | None:
    """'Headline | Site' -> 'Headline' when the site name is known."""
    if not title:
        return None
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " « ", " » "):
            parts = [x.strip() for x in title.split(sep)]
            if len(parts) > 1 and parts[-1].casefold() == site.strip().casefold():
                return sep.join(parts[:-1])
            if len(parts) > 1 and parts[0].casefold() == site.strip().casefold():
                return sep.join(parts[1:])
    return title

