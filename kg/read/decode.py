"""Decoding and cleaning: bytes in any encoding (or an HTML page) to the clean text every later offset points into."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from kg.model import Span
from kg.read.files import HTML_SUFFIXES, InputError

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
        from kg.read.html import _extract_html

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


