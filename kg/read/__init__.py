"""Read article files robustly: detect the encoding, extract the body of HTML pages, clean the text.

Every later stage works on character offsets into the text returned here, so all cleaning happens in this module:
decoding, HTML extraction, NUL/control/bidi removal, newline unification and NFC. Nothing is read from the network;
HTML is parsed with the standard library's `html.parser`, which resolves no external entities.
"""

from __future__ import annotations

from pathlib import Path
from stat import S_ISREG

from kg.model import Article
from kg.read.decode import _decode_and_clean, _first_line, _too_large
from kg.read.files import INPUT_SUFFIXES, InputError, article_name, iter_inputs
from kg.read.sidecar import _read_sidecar
from kg.text.boilerplate import find_boilerplate

__all__ = ["INPUT_SUFFIXES", "InputError", "article_name", "iter_inputs", "read_article", "read_text"]


def read_article(path: Path, *, max_bytes: int = 20_000_000) -> Article:
    """Read one article file (plain text or HTML) plus its optional sidecar metadata."""
    path = Path(path)
    name = str(path)
    try:
        info = path.stat()
        size = info.st_size
        if not S_ISREG(info.st_mode):  # what path.is_file() tells, from the same stat
            raise InputError(name, "not a regular file")
        if size > max_bytes:
            raise InputError(name, _too_large(size, max_bytes))
        with path.open("rb") as fh:
            # a read of the size stat gave (+1 to see growth), not of max_bytes + 1: a read that size allocates and
            # frees a max_bytes buffer for every article; a file that grew since stat is read on up to the same cap
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(max_bytes + 1 - len(data))
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



def read_text(data: bytes, name: str, *, max_bytes: int = 20_000_000) -> tuple[str, list[str]]:
    """Decode and clean raw file content; `name` is used for messages and to recognize HTML by its extension."""
    doc = _decode_and_clean(data, name, max_bytes=max_bytes)
    return doc.text, list(doc.warnings)

