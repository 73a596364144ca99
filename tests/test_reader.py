"""kg.read: decoding, cleaning, HTML extraction, sidecars and input discovery.

Odd encodings and binary files are written to tmp_path by the tests themselves; only readable UTF-8 fixtures are
committed (tests/fixtures/input/reader/).
"""

from __future__ import annotations

import json
import pickle
import random
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Article, Span
from kg.read import InputError, iter_inputs, read_article, read_text

FIXTURES = Path(__file__).parent / "fixtures" / "input" / "reader"

SENTENCE = "قال وزير الخارجية المصري سامح شكري إن القاهرة تواصل اتصالاتها مع جميع الأطراف."
ARTICLE = (
    "شكري يبحث مع الصفدي التهدئة في غزة\n"
    "\n"
    f"{SENTENCE}\n"
    "\n"
    "وأضاف شكري، في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي، أن البلدين يرفضان أي تهجير للفلسطينيين.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


# --------------------------------------------------------------------------------------------------------------
# refusals


def test_empty_file(tmp_path):
    p = write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError) as e:
        read_article(p)
    assert "empty" in str(e.value)
    assert "empty.txt" in str(e.value)


@pytest.mark.parametrize("data", [b"   \n\t\r\n  \n", "\u00a0 \u200b\u200f\n".encode(), b"\xef\xbb\xbf \n"])
def test_whitespace_only(tmp_path, data):
    p = write(tmp_path, "blank.txt", data)
    with pytest.raises(InputError, match="empty"):
        read_article(p)


def test_binary_png(tmp_path):
    rng = random.Random(7)
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000))
    p = write(tmp_path, "photo.txt", data)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert "binary file" in str(e.value)
    assert "PNG" in str(e.value)
    assert "photo.txt" in str(e.value)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_are_refused(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(3000))
    with pytest.raises(InputError, match="binary file|undecodable"):
        read_text(data, "noise.txt")


def test_oversize_file(tmp_path):
    p = write(tmp_path, "big.txt", (SENTENCE + "\n").encode() * 20)
    size = p.stat().st_size
    with pytest.raises(InputError) as e:
        read_article(p, max_bytes=500)
    msg = str(e.value)
    assert "big.txt" in msg and str(size) in msg and "500" in msg
    # the same limit applies to read_text, and a file of exactly max_bytes is fine
    with pytest.raises(InputError, match="too large"):
        read_text(p.read_bytes(), "big.txt", max_bytes=size - 1)
    text, _ = read_text(p.read_bytes(), "big.txt", max_bytes=size)
    assert text.startswith(SENTENCE)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_input_error_survives_pickling():
    e = pickle.loads(pickle.dumps(InputError("a.txt", "empty file")))
    assert str(e) == "a.txt: empty file"
    assert e.reason == "empty file"


# --------------------------------------------------------------------------------------------------------------
# encodings


def test_utf8_plain(tmp_path):
    a = read_article(write(tmp_path, "plain.txt", ARTICLE.encode("utf-8")))
    assert a.text == ARTICLE
    assert a.warnings == []


def test_utf8_with_bom(tmp_path):
    a = read_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert a.text == ARTICLE
    assert not a.text.startswith("\ufeff")
    assert a.headline == "شكري يبحث مع الصفدي التهدئة في غزة"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe\x00\x00", "utf-32-le")],
)
def test_utf16_and_utf32_with_bom(tmp_path, bom, codec):
    a = read_article(write(tmp_path, "wide.txt", bom + ARTICLE.encode(codec)))
    assert a.text == ARTICLE
    assert "\x00" not in a.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec):
    text, warnings = read_text(ARTICLE.encode(codec), "wide.txt")
    assert text == ARTICLE
    assert any("UTF-16" in w for w in warnings)


def test_utf16_truncated_odd_byte():
    text, warnings = read_text(b"\xff\xfe" + ARTICLE.encode("utf-16-le") + b"\x41", "odd.txt")
    assert text == ARTICLE
    assert any("truncated" in w for w in warnings)


def test_windows_1256(tmp_path):
    data = ARTICLE.encode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fixture really is not UTF-8
    a = read_article(write(tmp_path, "archive.txt", data))
    assert a.text == ARTICLE
    assert any("1256" in w for w in a.warnings)
    assert "سامح شكري" in a.text


def test_other_legacy_encoding_via_charset_normalizer():
    text, warnings = read_text(ARTICLE.encode("iso-8859-6"), "iso.txt")
    assert text == ARTICLE
    assert any("detected" in w for w in warnings)


def test_html_declared_charset_windows_1256():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        f"<title>خبر</title></head><body><p>{SENTENCE}</p></body></html>"
    ).encode("cp1256")
    text, warnings = read_text(page, "old.htm")
    assert SENTENCE in text
    assert any("windows-1256" in w.lower() for w in warnings)


def test_truncated_utf8(tmp_path):
    data = ARTICLE.rstrip("\n").encode("utf-8") + "غزة".encode()[:3]  # 'غ' whole, 'ز' cut in half
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    a = read_article(write(tmp_path, "cut.txt", data))
    assert a.text == ARTICLE.rstrip("\n") + "غ"
    assert any("truncated" in w for w in a.warnings)


def test_stray_invalid_byte_inside_utf8():
    data = ARTICLE.encode("utf-8") * 3 + b"\xff" + ARTICLE.encode("utf-8") * 3
    text, warnings = read_text(data, "glitch.txt")
    assert text.count(SENTENCE) == 6
    assert text.count("\ufffd") == 1
    assert any("invalid UTF-8" in w for w in warnings)


def test_nul_bytes_removed(tmp_path):
    raw = ARTICLE.encode("utf-8")
    data = raw[:30] + b"\x00\x00" + raw[30:] + b"\x00" * 5
    a = read_article(write(tmp_path, "nul.txt", data))
    assert a.text == ARTICLE
    assert any("NUL" in w and "7" in w for w in a.warnings)


# --------------------------------------------------------------------------------------------------------------
# cleaning


def test_zero_width_and_bidi_inside_a_name_are_joined(tmp_path):
    dirty = (
        "قال وزير الخارجية المصري سا\u200bمح\u200f شك\u202bري\u202c\u2066 إن\u2069 القاهرة\ufeff ترفض\u061c التهجير."
    )
    a = read_article(write(tmp_path, "bidi.txt", dirty.encode("utf-8")))
    assert "سامح شكري" in a.text
    assert a.text == "قال وزير الخارجية المصري سامح شكري إن القاهرة ترفض التهجير."
    assert any("removed 8 bidi/zero-width" in w for w in a.warnings)


def test_crlf_and_cr_become_lf(tmp_path):
    a = read_article(write(tmp_path, "dos.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8")))
    assert "\r" not in a.text
    assert a.text == ARTICLE
    text, _ = read_text("سطر أول\rسطر ثان\r".encode(), "mac.txt")
    assert text == "سطر أول\nسطر ثان\n"


def test_control_characters_removed_but_tabs_newlines_nbsp_and_diacritics_kept():
    src = "اعتُقِل الرئيس\u00a0السابق\tأمس\x07\x1b\x7f.\nوقُتل شخصٌ واحدٌ."
    text, warnings = read_text(src.encode("utf-8"), "ctl.txt")
    assert text == "اعتُقِل الرئيس\u00a0السابق\tأمس.\nوقُتل شخصٌ واحدٌ."
    assert any("removed 3 control" in w for w in warnings)


def test_nfc_normalization():
    decomposed = "\u0627\u0653\u0633\u064a\u0627 \u0627\u0644\u0648\u0633\u0637\u0649"  # ا + madda above
    text, _ = read_text(decomposed.encode("utf-8"), "nfc.txt")
    assert text == unicodedata.normalize("NFC", decomposed)
    assert text.startswith("آسيا")


def test_latin_only_text_is_kept_with_warning(tmp_path):
    english = "Foreign Minister Sameh Shoukry said on Tuesday that Cairo rejects any displacement.\n"
    a = read_article(write(tmp_path, "english.txt", english.encode("ascii")))
    assert a.text == english
    assert "no Arabic text" in a.warnings
    b = read_article(write(tmp_path, "arabic.txt", ARTICLE.encode()))
    assert "no Arabic text" not in b.warnings


# --------------------------------------------------------------------------------------------------------------
# HTML


def test_html_page():
    a = read_article(FIXTURES / "article_page.html")
    assert a.doc == "article_page.html"
    assert "قال وزير الخارجية المصري سامح شكري إن القاهرة\u00a0تواصل اتصالاتها" in a.text
    assert 'وأكد الصفدي أن "الأولوية هي وقف إطلاق النار".' in a.text
    assert "وزير الخارجية المصري سامح شكري (أرشيف)" in a.text  # figure captions are article text
    for junk in (
        "ScriptTextMustNotAppear",
        "WrittenByScript",
        "StyleTextMustNotAppear",
        "NavTextMustNotAppear",
        "AsideTextMustNotAppear",
        "NoScriptTextMustNotAppear",
        "SidebarArticleMustNotAppear",
        "FooterTextMustNotAppear",
        "FormTextMustNotAppear",
        "SvgTextMustNotAppear",
        "IframeTextMustNotAppear",
        "AltTextIgnored",
        "شارك عبر فيسبوك",
        "<p>",
        "&nbsp;",
    ):
        assert junk not in a.text, junk
    # block elements become paragraph/line breaks, inline ones do not
    assert "\n\nوأضاف شكري، في مؤتمر صحفي مع نظيره الأردني أيمن الصفدي،\nأن البلدين" in a.text
    assert a.headline == "شكري يبحث مع الصفدي التهدئة في غزة"
    assert a.text.startswith(a.headline + "\n")
    assert a.published == date(2024, 3, 5)  # meta beats <time>
    assert a.outlet == "الأخبار اليوم"
    assert a.url == "https://news.example/world/2024/03/05/shoukry-safadi"  # canonical beats og:url


def test_html_sniffed_in_txt_file():
    page = f"<!DOCTYPE html>\n<html><body><div><p>{SENTENCE}</p><script>ScriptText()</script></div></body></html>"
    text, _ = read_text(page.encode(), "saved.txt")
    assert text == SENTENCE
    plain, _ = read_text(f"{SENTENCE}\n<b>".encode(), "plain.txt")  # no <html>: left alone
    assert plain == f"{SENTENCE}\n<b>"


def test_html_metadata_fallbacks(tmp_path):
    page = (
        "<html><head><title>شكري يرفض التهجير - الأخبار اليوم</title>"
        '<meta property="og:site_name" content="الأخبار اليوم">'
        '<meta property="og:url" content="https://news.example/b/2"></head>'
        f'<body><div><p>{SENTENCE}</p><time datetime="2024-03-06T08:00:00Z">اليوم</time></div></body></html>'
    )
    a = read_article(write(tmp_path, "fallback.html", page.encode()))
    assert a.headline == "شكري يرفض التهجير"  # <title> without the site-name suffix
    assert a.published == date(2024, 3, 6)  # from <time datetime>
    assert a.url == "https://news.example/b/2"
    assert a.text.startswith("شكري يرفض التهجير\n\n" + SENTENCE)


def test_html_without_text_is_empty(tmp_path):
    page = b"<html><head><script>var a = 1;</script></head><body><nav>menu</nav></body></html>"
    with pytest.raises(InputError, match="empty"):
        read_article(write(tmp_path, "shell.html", page))


def test_html_bad_date_is_a_warning(tmp_path):
    page = f'<html><head><meta name="date" content="yesterday"></head><body><p>{SENTENCE}</p></body></html>'
    a = read_article(write(tmp_path, "baddate.html", page.encode()))
    assert a.published is None
    assert any("date" in w for w in a.warnings)


def test_html_entities_are_not_resolved_externally(tmp_path):
    page = (
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f"<html><body><article><p>{SENTENCE} &xxe; &amp; &#1604;</p></article></body></html>"
    )
    a = read_article(write(tmp_path, "xxe.html", page.encode()))
    assert "root:" not in a.text
    assert SENTENCE in a.text and "& ل" in a.text


# --------------------------------------------------------------------------------------------------------------
# plain-text metadata, sidecars, names


def test_plain_text_headline_and_boilerplate():
    a = read_article(FIXTURES / "shoukry_statement.txt")
    assert isinstance(a, Article)
    text = a.text
    # sidecar values override the ones found in the text
    assert a.headline == "شكري يرفض التهجير"
    assert a.published == date(2024, 3, 5)
    assert a.outlet == "الأخبار اليوم"
    assert a.url == "https://news.example/a/1"
    related = text.index("اقرأ أيضاً")
    tags = text.index("كلمات مفتاحية")
    assert Span(related, text.index("\n", related)) in a.boilerplate
    assert a.boilerplate[-1] == Span(tags, len(text))
    assert all(not s.overlaps(Span(0, text.index("اقرأ"))) for s in a.boilerplate)


def test_headline_is_first_non_empty_non_boilerplate_line(tmp_path):
    data = ("\n\n  Open toolbar\n\n  " + ARTICLE).encode()
    a = read_article(write(tmp_path, "toolbar.txt", data))
    assert a.headline == "شكري يبحث مع الصفدي التهدئة في غزة"
    assert a.published is None and a.outlet is None and a.url is None


def test_file_name_with_spaces_and_arabic_letters(tmp_path):
    folder = tmp_path / "أرشيف الأخبار"
    folder.mkdir()
    p = write(folder, "خبر شكري 2024.txt", ARTICLE.encode())
    a = read_article(p)
    assert a.doc == "خبر شكري 2024.txt"
    assert a.text == ARTICLE
    assert iter_inputs([tmp_path]) == [p]


@pytest.mark.parametrize("sidecar_name", ["story.txt.meta.json", "story.meta.json"])
def test_sidecar_with_date(tmp_path, sidecar_name):
    p = write(tmp_path, "story.txt", ARTICLE.encode())
    meta = {"published": "2022-01-08", "outlet": "الحرة", "url": "https://x.example/1", "headline": "عنوان"}
    write(tmp_path, sidecar_name, json.dumps(meta, ensure_ascii=False).encode())
    a = read_article(p)
    assert a.published == date(2022, 1, 8)
    assert (a.outlet, a.url, a.headline) == ("الحرة", "https://x.example/1", "عنوان")
    assert a.warnings == []


def test_sidecar_overrides_html_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_bytes((FIXTURES / "article_page.html").read_bytes())
    write(tmp_path, "page.html.meta.json", b'{"published": "2024-03-01", "outlet": "Sidecar Outlet"}')
    a = read_article(p)
    assert a.published == date(2024, 3, 1)
    assert a.outlet == "Sidecar Outlet"
    assert a.url == "https://news.example/world/2024/03/05/shoukry-safadi"  # not in the sidecar: kept


def test_broken_sidecar_is_a_warning(tmp_path):
    p = write(tmp_path, "story.txt", ARTICLE.encode())
    write(tmp_path, "story.txt.meta.json", b'{"published": "2022-01-08", "outlet": ')
    a = read_article(p)
    assert a.text == ARTICLE
    assert a.published is None
    assert any("sidecar" in w and "JSON" in w for w in a.warnings)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"published": "2022-13-45", "outlet": "الحرة"}', "bad date"),
        ('{"published": "8 January 2022"}', "bad date"),
        ('{"published": 20220108}', "not a string"),
        ('["2022-01-08"]', "not a JSON object"),
    ],
)
def test_sidecar_bad_values_are_warnings(tmp_path, content, expected):
    p = write(tmp_path, "story.txt", ARTICLE.encode())
    write(tmp_path, "story.meta.json", content.encode())
    a = read_article(p)
    assert a.published is None
    assert any(expected in w for w in a.warnings), a.warnings
    if "الحرة" in content:
        assert a.outlet == "الحرة"  # the good keys are still used


# --------------------------------------------------------------------------------------------------------------
# input discovery


def test_iter_inputs(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    wanted = [
        write(tmp_path / "a" / "deep", "3.HTM", b"x"),
        write(tmp_path / "a", "2.html", b"x"),
        write(tmp_path / "b", "1.txt", b"x"),
        write(tmp_path, "0.txt", b"x"),
    ]
    write(tmp_path, "0.txt.meta.json", b"{}")
    write(tmp_path, "0.meta.json", b"{}")
    write(tmp_path, "notes.md", b"x")
    write(tmp_path, "image.png", b"x")
    write(tmp_path, ".draft.txt", b"x")
    write(tmp_path / ".hidden", "secret.txt", b"x")
    got = iter_inputs([tmp_path])
    assert got == sorted(wanted, key=lambda p: p.parts)
    # explicit files are kept whatever their extension (but never sidecars); duplicates are dropped
    extra = write(tmp_path, "feed.xml", b"x")
    got2 = iter_inputs([tmp_path / "b", tmp_path / "b" / "1.txt", extra, tmp_path / "0.meta.json"])
    assert got2 == sorted([tmp_path / "b" / "1.txt", extra], key=lambda p: p.parts)
    assert iter_inputs([]) == []
    with pytest.raises(InputError, match="no such file"):
        iter_inputs([tmp_path / "missing"])


def test_plain_text_mentioning_html_is_not_parsed_as_html():
    src = f"{SENTENCE}\n\nوقال خبير إن الوسم <html> يبدأ كل صفحة ويب.\n"
    text, _ = read_text(src.encode(), "story.txt")
    assert text == src


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600), html=st.booleans())
def test_any_bytes_give_text_or_input_error(data, html):
    """Whatever the bytes, the reader returns clean text or raises InputError, never anything else."""
    try:
        text, warnings = read_text(data, "fuzz.html" if html else "fuzz.txt")
    except InputError as e:
        assert str(e).startswith("fuzz.")
        return
    assert text.strip()
    assert "\r" not in text and "\x00" not in text and "\u200b" not in text and "\ufeff" not in text
    assert text == unicodedata.normalize("NFC", text)
    assert all(isinstance(w, str) for w in warnings)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قال شكري<>/pdivarticle =\"'&;#\n\t\u200b\u00a0!-")), max_size=300))
def test_html_like_noise_never_crashes(src):
    try:
        text, _ = read_text(("<html>" + src).encode(), "noise.html")
    except InputError as e:
        assert "empty" in str(e)
        return
    assert "\r" not in text and "\u200b" not in text
