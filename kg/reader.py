"""Read article files robustly: detect the encoding, extract the body of HTML pages, clean the text.

Every later stage works on character offsets into the text returned here, so all cleaning happens in this module:
decoding, HTML extraction, NUL/control/bidi removal, newline unification and NFC. Nothing is read from the network;
HTML is parsed with the standard library's `html.parser`, which resolves no external entities.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from kg.model import Article, Span
from kg.text.boilerplate import find_boilerplate

__all__ = ["InputError", "article_name", "read_article", "read_text", "iter_inputs", "INPUT_SUFFIXES"]

INPUT_SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = ("published", "outlet", "url", "headline")


class InputError(Exception):
    """An article that cannot be read; str(e) names the file and the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(name, reason)  # both in args, so the exception survives pickling (worker processes)
        self.name = name
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


# ---------------------------------------------------------------------------------------------------------------
# public API


def read_article(path: Path, *, max_bytes: int = 20_000_000) -> Article:
    """Read one article file (plain text or HTML) plus its optional sidecar metadata."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(name, "not a regular file")
        if size > max_bytes:
            raise InputError(name, _too_large(size, max_bytes))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None

    doc = _decode_and_clean(data, name, max_bytes=max_bytes)
    headline = doc.headline
    published = doc.published
    outlet = doc.outlet
    url = doc.url
    warnings = list(doc.warnings)

    side = _read_sidecar(path, warnings)
    published_from = "html" if published is not None else None
    if side.get("headline"):
        headline = side["headline"]
    if side.get("published"):
        published, published_from = side["published"], "sidecar"
    if side.get("outlet"):
        outlet = side["outlet"]
    if side.get("url"):
        url = side["url"]

    boilerplate = find_boilerplate(doc.text)
    if headline is None:
        headline = _first_line(doc.text, boilerplate)
    return Article(
        doc=article_name(path),
        text=doc.text,
        headline=headline,
        published=published,
        published_from=published_from,
        outlet=outlet,
        url=url,
        warnings=warnings,
        boilerplate=boilerplate,
    )


def article_name(path: Path) -> str:
    """The article's key: its file name, as valid Unicode (bytes of a non-UTF-8 file name become U+FFFD)."""
    return Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def read_text(data: bytes, name: str, *, max_bytes: int = 20_000_000) -> tuple[str, list[str]]:
    """Decode and clean raw file content; `name` is used for messages and to recognize HTML by its extension."""
    doc = _decode_and_clean(data, name, max_bytes=max_bytes)
    return doc.text, list(doc.warnings)


def iter_inputs(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into the article files to read, sorted by path, without duplicates.

    Folders are searched recursively for .txt/.html/.htm files (hidden files and folders are skipped, symlinked
    folders are not followed). A file named explicitly is kept whatever its extension, except a sidecar
    (`*.meta.json`), which is never an article.
    """
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    if f.startswith(".") or _is_sidecar(f) or not f.lower().endswith(INPUT_SUFFIXES):
                        continue
                    fp = Path(root) / f
                    found.setdefault(os.path.normpath(fp), fp)
        elif p.is_file():
            if not _is_sidecar(p.name):
                found.setdefault(os.path.normpath(p), p)
        else:
            raise InputError(str(p), "no such file or directory")
    return sorted(found.values(), key=lambda q: q.parts)


# ---------------------------------------------------------------------------------------------------------------
# decoding


@dataclass(slots=True)
class _Doc:
    text: str
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False
    headline: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh91AY&SY", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 (old Word/Excel) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00asm", "WebAssembly module"),
    (b"{\\rtf", "RTF document (convert it to text first)"),
)

# byte values that do not occur in text in any ASCII-compatible encoding (tab, LF, FF, CR and ESC excepted)
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(_CONTROL_BYTES, b"\x00" * len(_CONTROL_BYTES))

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _is_arabic_char(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _ARABIC_RANGES)


def _too_large(size: int, limit: int) -> str:
    return f"file too large: {size} bytes, the limit is {limit} bytes"


def _magic(data: bytes) -> str | None:
    for sig, what in _MAGIC:
        if data.startswith(sig):
            return what
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        return "RIFF media"
    return None


def _looks_like_html_bytes(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and (head.startswith((b"<!doctype html", b"<html")) or b"<html" in head)


def _looks_like_html_text(text: str) -> bool:
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith("<") and (head.startswith(("<!doctype html", "<html")) or "<html" in head)


_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii").lower() if m else None


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognize BOM-less UTF-16 by its byte pattern: one byte of each pair is almost always 0x00 (ASCII)
    or 0x06 (Arabic block), the other almost never 0x00."""
    n = len(data) - len(data) % 2
    if n < 8:
        return None
    pairs = n // 2
    even, odd = data[0:n:2], data[1:n:2]
    for enc, hi, lo in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        zero_hi, zero_lo = hi.count(0), lo.count(0)
        if zero_lo > pairs * 0.02:
            continue
        if zero_hi >= pairs * 0.3 or (zero_hi >= pairs * 0.05 and zero_hi + hi.count(6) >= pairs * 0.8):
            try:
                return data[:n].decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def _decode_utf8(data: bytes, warnings: list[str]) -> str | None:
    """Strict UTF-8; a sequence cut off at the very end is dropped with a warning."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.end >= len(data) and "unexpected end of data" in e.reason:
            try:
                text = data[: e.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
            warnings.append(
                f"truncated UTF-8: dropped {len(data) - e.start} byte(s) of an incomplete character at the end"
            )
            return text
        return None


def _decode_nearly_utf8(data: bytes, warnings: list[str]) -> str | None:
    """UTF-8 with a few corrupt bytes in it: keep it, marking the bad bytes with U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if 0 < bad <= max(2, len(text) // 1000) and good >= 20 * bad:
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        return text
    return None


def _mostly_arabic(text: str) -> bool:
    letters = [c for c in text[:200_000] if c.isalpha()]
    high = [c for c in letters if ord(c) > 0x7F]
    arabic = sum(1 for c in high if _is_arabic_char(c))
    return arabic >= 3 and arabic >= 0.95 * len(high) and arabic >= 0.5 * len(letters)


def _unprintable_ratio(text: str) -> float:
    text = text[:200_000]
    if not text:
        return 0.0
    bad = 0
    for c in text:
        if c in "\t\n\r\f":
            continue
        cat = unicodedata.category(c)
        if cat in ("Cc", "Co", "Cn", "Cs") or c == "\ufffd":
            bad += 1
    return bad / len(text)


def _decode(data: bytes, name: str, warnings: list[str], html_hint: bool) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        text = _decode_utf8(data[3:], warnings)
        if text is None:
            text = _decode_nearly_utf8(data[3:], warnings)
        if text is None:
            raise InputError(name, "undecodable: starts with a UTF-8 byte-order mark but is not valid UTF-8")
        return text
    for bom, enc in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom) :]
            unit = 4 if "32" in enc else 2
            extra = len(body) % unit
            if extra:
                warnings.append(f"truncated {enc.upper()}: dropped {extra} trailing byte(s)")
                body = body[: len(body) - extra]
            try:
                return body.decode(enc)
            except UnicodeDecodeError as e:
                # a lone high surrogate at the very end: the file was cut in the middle of a character
                if e.end >= len(body) and e.start >= len(body) - 2 * unit:
                    try:
                        text = body[: e.start].decode(enc)
                    except UnicodeDecodeError:
                        text = None
                    if text is not None:
                        warnings.append(f"truncated {enc.upper()}: dropped an incomplete character at the end")
                        return text
                raise InputError(
                    name, f"undecodable: has a {enc.upper()} byte-order mark but is not valid {enc}"
                ) from None

    what = _magic(data)
    if what:
        raise InputError(name, f"binary file ({what})")

    text = _utf16_without_bom(data)
    if text is not None and _unprintable_ratio(text) <= 0.05:
        warnings.append("decoded as UTF-16 without byte-order mark")
        return text
    body = data.rstrip(b"\x00")
    ctrl = body.translate(_CONTROL_TABLE).count(0)
    if ctrl > 8 and ctrl > 0.05 * len(body):
        raise InputError(name, f"binary file ({ctrl} control bytes in {len(data)} bytes)")

    n_nul = data.count(0)
    if n_nul:  # in an ASCII-compatible encoding a NUL byte is never part of a character: drop it before decoding
        data = data.replace(b"\x00", b"")
        warnings.append(f"removed {n_nul} NUL byte(s)")
        if not data:
            raise InputError(name, "empty (only NUL bytes)")

    text = _decode_utf8(data, warnings)
    if text is not None:
        return text
    text = _decode_nearly_utf8(data, warnings)
    if text is not None:
        return text

    if html_hint:
        declared = _declared_charset(data)
        # a page that reached this point is ASCII-compatible: a declared UTF-16/32 is wrong (browsers ignore it too)
        if declared and declared not in ("utf-8", "utf8") and not declared.startswith(("utf-16", "utf-32", "ucs")):
            try:
                text = data.decode(declared)
            except (LookupError, UnicodeDecodeError):
                warnings.append(f"declared charset {declared!r} does not fit the content; ignored")
            else:
                if _unprintable_ratio(text) <= 0.01:
                    warnings.append(f"decoded as {declared} (declared in the page)")
                    return text

    text = data.decode("cp1256")
    if _mostly_arabic(text):
        warnings.append("decoded as Windows-1256")
        return text

    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with requests/spacy; see the report on pyproject
        raise InputError(name, "undecodable: not UTF-8 or Windows-1256 and charset_normalizer is missing") from None
    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "undecodable: no text encoding fits the content (binary file?)")
    text = str(best)
    if _unprintable_ratio(text) > 0.05:
        raise InputError(name, f"binary file (decodes as {best.encoding} only to control characters)")
    warnings.append(f"decoded as {best.encoding} (detected)")
    return text


# ---------------------------------------------------------------------------------------------------------------
# cleaning

# invisible format characters: bidi controls, zero-width (non-)joiners and spaces, BOM, soft hyphen, combining
# grapheme joiner, Mongolian vowel separator, deprecated shaping controls: inside a name they hide it
_BIDI_ZW = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u061c]")
# Arabic presentation forms (text copied from PDFs): folded to the standard letters, as NFKC does
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# C0 controls except TAB/LF (CR is gone by then), DEL, and the C1 block (never text: a decoding accident)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")


def _clean(text: str, warnings: list[str]) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    n_sep = sum(text.count(c) for c in "\u2028\u2029\x85\x0b\x0c")
    if n_sep:
        text = re.sub("[\u2028\u2029\x85\x0b\x0c]", "\n", text)
        warnings.append(f"replaced {n_sep} line/paragraph separator or form-feed character(s) with line breaks")
    text, n = _BIDI_ZW.subn("", text)
    if n:
        warnings.append(f"removed {n} bidi/zero-width control character(s)")
    text, n = _CONTROLS.subn("", text)
    if n:
        warnings.append(f"removed {n} control character(s)")
    folded = 0

    def fold(m: re.Match[str]) -> str:
        nonlocal folded
        c = m.group()
        f = unicodedata.normalize("NFKC", c).lstrip(" ") or c  # isolated harakat forms: no leading space
        folded += f != c
        return f

    text = _PRESENTATION.sub(fold, text)
    if folded:
        warnings.append(f"converted {folded} Arabic presentation-form character(s) to standard letters")
    return unicodedata.normalize("NFC", text)


def _decode_and_clean(data: bytes, name: str, *, max_bytes: int) -> _Doc:
    if len(data) > max_bytes:
        raise InputError(name, _too_large(len(data), max_bytes))
    if not data:
        raise InputError(name, "empty file")
    warnings: list[str] = []
    html_hint = name.lower().endswith(HTML_SUFFIXES) or _looks_like_html_bytes(data)
    text = _decode(data, name, warnings, html_hint)

    n_nul = text.count("\x00")
    if n_nul:
        text = text.replace("\x00", "")
        warnings.append(f"removed {n_nul} NUL character(s)")

    doc = _Doc(text="", warnings=warnings)
    if name.lower().endswith(HTML_SUFFIXES) or _looks_like_html_text(text):
        doc.is_html = True
        _extract_html(text, doc)
        text = doc.text
        if doc.headline:
            doc.headline = _clean(doc.headline, []).strip() or None
    doc.text = _clean(text, warnings)
    if not doc.text.strip():
        raise InputError(name, "empty (no text in the HTML page)" if doc.is_html else "empty (whitespace only)")
    if not any(c.isalpha() and _is_arabic_char(c) for c in doc.text):
        warnings.append("no Arabic text")
    return doc


def _first_line(text: str, boilerplate: list[Span]) -> str | None:
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        begin = pos + line.find(stripped[:1]) if stripped else pos
        pos += len(line) + 1
        if not stripped:
            continue
        if any(b.begin <= begin < b.end for b in boilerplate):
            continue
        return stripped
    return None


# ---------------------------------------------------------------------------------------------------------------
# dates and sidecars

_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ISO_DATE = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_COMPACT_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|T)")


def _parse_date(value: str) -> date | None:
    s = value.strip().translate(_ARABIC_DIGITS)
    m = _ISO_DATE.match(s) or _COMPACT_DATE.match(s)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:  # RFC 2822, e.g. "Sat, 08 Jan 2022 07:09:00 GMT"
        return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _is_sidecar(name: str) -> bool:
    return name.lower().endswith(SIDECAR_SUFFIX)


def _sidecar_paths(path: Path) -> list[Path]:
    return [path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)]


def _read_sidecar(path: Path, warnings: list[str]) -> dict:
    side = next((p for p in _sidecar_paths(path) if p.is_file()), None)
    if side is None:
        return {}
    try:
        raw = json.loads(side.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        warnings.append(f"sidecar {side.name} ignored: not valid UTF-8 JSON ({e})")
        return {}
    if not isinstance(raw, dict):
        warnings.append(f"sidecar {side.name} ignored: not a JSON object")
        return {}
    out: dict = {}
    for key in SIDECAR_KEYS:
        value = raw.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            warnings.append(f"sidecar {side.name}: {key!r} is not a string; ignored")
            continue
        value = _clean(value, []).strip()
        if key == "published":
            d = _parse_date(value)
            if d is None:
                warnings.append(f"sidecar {side.name}: bad date {value!r} (want YYYY-MM-DD); ignored")
                continue
            out[key] = d
        elif value:
            out[key] = value
    return out


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
