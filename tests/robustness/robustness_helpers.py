"""Shared inputs and helpers of the robustness tests: one clean article written for these tests, its damaged and
re-encoded variants, the real CLI in a subprocess, and the facts read back from a built graph."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import RDF, Literal, URIRef

from kg.text.normalize import norm
from kg.vocab import KGO, PROV, SCHEMA

ROOT = Path(__file__).resolve().parents[2]

# The clean article: written for these tests (not taken from the seeds). Five facts-bearing paragraphs: an
# indirect statement with a date, a direct quote, a ministry's casualty figures, a statement with a quoted phrase,
# and an indirect statement introduced by "أشار إلى أن".
HEADLINE = "الأمم المتحدة تدعو إلى وقف القتال في السودان"
PARAGRAPHS = [
    "نيويورك - دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش يوم الأربعاء 12 أبريل 2023 طرفي النزاع في السودان "
    "إلى وقف فوري لإطلاق النار.",
    'وقال غوتيريش في بيان: "لا يمكن أن يدفع المدنيون ثمن هذه الحرب".',
    "وأعلنت وزارة الصحة السودانية مقتل 42 شخصا وإصابة 315 آخرين منذ بداية الاشتباكات.",
    'من جهته، أكد وزير الخارجية المصري سامح شكري أن بلاده "تبذل كل الجهود الممكنة" لاحتواء الأزمة.',
    "وأشار الرئيس الأمريكي جو بايدن إلى أن واشنطن ستقدم مساعدات إنسانية عاجلة للسودانيين.",
]
ARTICLE = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"

# The same article fully diacritized by hand (every letter carries its vowel, sukun, shadda or tanween).
DIACRITIZED = """الأُمَمُ المُتَّحِدَةُ تَدْعُو إِلَى وَقْفِ القِتَالِ فِي السُّودَانِ

نِيُويُورْك - دَعَا الأَمِينُ العَامُّ لِلْأُمَمِ المُتَّحِدَةِ أَنْطُونْيُو غُوتِيرِيشْ يَوْمَ الأَرْبِعَاءِ 12 أَبْرِيلَ 2023 \
طَرَفَيِ النِّزَاعِ فِي السُّودَانِ إِلَى وَقْفٍ فَوْرِيٍّ لِإِطْلَاقِ النَّارِ.

وَقَالَ غُوتِيرِيشْ فِي بَيَانٍ: "لَا يُمْكِنُ أَنْ يَدْفَعَ المَدَنِيُّونَ ثَمَنَ هَذِهِ الحَرْبِ".

وَأَعْلَنَتْ وِزَارَةُ الصِّحَّةِ السُّودَانِيَّةُ مَقْتَلَ 42 شَخْصًا وَإِصَابَةَ 315 آخَرِينَ مُنْذُ بِدَايَةِ الاِشْتِبَاكَاتِ.

مِنْ جِهَتِهِ، أَكَّدَ وَزِيرُ الخَارِجِيَّةِ المِصْرِيُّ سَامِحُ شُكْرِي أَنَّ بِلَادَهُ "تَبْذُلُ كُلَّ الجُهُودِ المُمْكِنَةِ" لِاحْتِوَاءِ الأَزْمَةِ.

وَأَشَارَ الرَّئِيسُ الأَمْرِيكِيُّ جُو بَايْدِن إِلَى أَنَّ وَاشِنْطُن سَتُقَدِّمُ مُسَاعَدَاتٍ إِنْسَانِيَّةً عَاجِلَةً لِلسُّودَانِيِّينَ.
"""

# A second, unrelated clean article: the "rest of the batch" that must go on whatever happens to the others.
OTHER = (
    "وزير الخارجية الأردني يبحث التهدئة مع نظيره المصري\n\n"
    "عمان - قال وزير الخارجية الأردني أيمن الصفدي يوم الأحد 7 مايو 2023 إن بلاده تعمل مع مصر على منع اتساع "
    "رقعة الصراع في المنطقة.\n\n"
    'وأضاف الصفدي في مؤتمر صحفي مع سامح شكري أن "الحل السياسي هو الطريق الوحيد".\n'
)


def diacritics_free(text: str) -> str:
    return "".join(c for c in text if not unicodedata.combining(c))


def html_page(article: str) -> str:
    """The article in a news page with everything a page carries around it: head, styles and scripts that quote
    other speakers, navigation, a header, an aside and a footer. Only the <article> text may yield facts."""
    head, *paras = [p for p in article.split("\n\n") if p.strip()]
    body = "\n".join(f"<p>{p.strip()}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{head} | شبكة الأخبار</title>
<style>p::before {{ content: "قال الرئيس الروسي فلاديمير بوتين إن الحرب انتهت"; }}</style>
<script>var teaser = "وقال الرئيس الروسي فلاديمير بوتين إن موسكو لن تتراجع"; document.title = "x";</script>
</head><body>
<nav><ul><li><a href="/">الرئيسية</a></li>
<li>قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن القتال سيستمر.</li></ul></nav>
<header><div class="logo">شبكة الأخبار</div></header>
<main><article><h1>{head}</h1>
{body}
</article>
<aside>وقال الرئيس الروسي فلاديمير بوتين إن موسكو لن تتراجع أبدا.</aside></main>
<footer>جميع الحقوق محفوظة © 2023 - قال المتحدث باسم البيت الأبيض إن الإدارة تتابع الوضع.</footer>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{head}"}}</script>
</body></html>"""


def with_nul_bytes(data: bytes, every: int = 97) -> bytes:
    b = bytearray(data)
    for i in range(len(b) - 1, 0, -every):  # also inside multi-byte characters
        b[i:i] = b"\x00"
    return bytes(b)


def with_invisible_marks_in_names(text: str) -> str:
    """Zero-width, bidi-control, soft-hyphen and BOM characters inside the names of the speakers."""
    return (text.replace("غوتيريش", "غو\u200bتير\u200cيش")
            .replace("أنطونيو", "أنطو\u202bنيو\u202c")
            .replace("سامح شكري", "سا\u200dمح \u200fشكري\u00ad")
            .replace("جو بايدن", "\u2067جو باي\u00adدن\u2069")
            .replace("وزارة الصحة", "وزارة\u061c الصحة\ufeff"))


def with_presentation_forms(text: str) -> str:
    """The name غوتيريش in Arabic presentation forms, as text copied out of a PDF has it."""
    forms = "\ufecf\ufeee\ufe97\ufef4\ufeae\ufef3\ufeb6"  # ﻏ ﻮ ﺗ ﻴ ﺮ ﻳ ﺶ
    assert unicodedata.normalize("NFKC", forms) == "غوتيريش"
    return text.replace("غوتيريش", forms)


def with_digits(text: str, digits: str) -> str:
    table = str.maketrans("0123456789", digits)
    return text.replace("42", "42".translate(table)).replace("315", "315".translate(table)).replace(
        "2023", "2023".translate(table)).replace(" 12 ", " " + "12".translate(table) + " ")


ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


# --------------------------------------------------------------------------------------------------------------
# the CLI


def kg(*args: str | Path, cwd: Path | None = None, timeout: float = 600, env: dict | None = None,
       ) -> subprocess.CompletedProcess:
    """`kg ARGS...` in a subprocess (python -m kg.cli: the same entry point as the installed script)."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True,
                          encoding="utf-8", errors="replace", cwd=cwd, timeout=timeout,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


def stderr_lines(proc: subprocess.CompletedProcess, kind: str) -> list[str]:
    """The 'skipped: ...' or 'warning: ...' lines of a kg build run."""
    return [ln[len(kind) + 2:] for ln in proc.stderr.splitlines() if ln.startswith(kind + ": ")]


# --------------------------------------------------------------------------------------------------------------
# reading facts back from the output


@dataclass(frozen=True)
class Facts:
    statements: frozenset  # (speaker IRI, kind IRI, content without diacritics, normalized)
    figures: frozenset  # (value, measure IRI, reporter IRI or None)
    speakers: frozenset
    entities: frozenset  # IRIs of everything mentioned
    published: str | None


def load(path: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    fmt = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}[path.suffix]
    ds.parse(path, format=fmt)
    return ds


def facts_by_doc(g: rdflib.Graph | rdflib.Dataset) -> dict[str, Facts]:
    """kgo:fileName -> the facts the graph holds for that article."""
    g = union(g)
    docs = {a: str(name) for a, name in g.subject_objects(KGO.fileName)}
    out: dict[str, dict[str, set]] = {d: {"st": set(), "fig": set(), "sp": set(), "ent": set()} for d in docs.values()}
    for s in set(g.subjects(RDF.type, KGO.Statement)):
        doc = docs[g.value(s, PROV.wasDerivedFrom)]
        speaker = g.value(s, KGO.speaker)
        out[doc]["st"].add((speaker, g.value(s, KGO.kind), norm(str(g.value(s, KGO.content)))))
        out[doc]["sp"].add(speaker)
    for f in set(g.subjects(RDF.type, KGO.ReportedFigure)):
        doc = docs[g.value(f, PROV.wasDerivedFrom)]
        out[doc]["fig"].add((int(g.value(f, KGO.value)), g.value(f, KGO.measure), g.value(f, KGO.reporter)))
    for m, ent in g.subject_objects(KGO.mentionOf):
        out[docs[g.value(m, KGO.inArticle)]]["ent"].add(ent)
    result = {}
    for a, doc in docs.items():
        # stated or, with no dateline (as in the clean article), inferred from the dates the text gives
        pub = g.value(a, SCHEMA.datePublished) or g.value(a, KGO.inferredPublicationDate)
        o = out[doc]
        result[doc] = Facts(frozenset(o["st"]), frozenset(o["fig"]), frozenset(o["sp"]), frozenset(o["ent"]),
                            str(pub) if pub is not None else None)
    return result


def union(g: rdflib.Graph | rdflib.Dataset) -> rdflib.Graph:
    if not isinstance(g, rdflib.Dataset):
        return g
    out = rdflib.Graph()
    for s, p, o, _c in g.quads((None, None, None, None)):
        out.add((s, p, o))
    return out


def iris_and_literals(g: rdflib.Graph | rdflib.Dataset) -> tuple[set[URIRef], set[Literal]]:
    iris, lits = set(), set()
    quads = g.quads((None, None, None, None)) if isinstance(g, rdflib.Dataset) else \
        ((s, p, o, None) for s, p, o in g)
    for s, p, o, c in quads:
        for t in (s, p, o, c):
            if isinstance(t, URIRef):
                iris.add(t)
            elif isinstance(t, Literal):
                lits.add(t)
    return iris, lits


# --------------------------------------------------------------------------------------------------------------
# rapper, the independent parser (Debian/Ubuntu: apt-get install -y raptor2-utils)

RAPPER = shutil.which("rapper")
RAPPER_FORMATS = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig"}
NO_RAPPER = "rapper (Raptor RDF parser) is not installed: apt-get install -y raptor2-utils"


def rapper_parse(path: Path) -> set[str]:
    """Parse `path` with rapper (strict: any error or warning fails) and return its N-Triples/N-Quads lines."""
    fmt = RAPPER_FORMATS[path.suffix]
    out_fmt = "nquads" if fmt in ("nquads", "trig") else "ntriples"
    proc = subprocess.run([RAPPER, "-q", "-i", fmt, "-o", out_fmt, str(path), "http://example.invalid/base/"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, f"rapper rejected {path.name}: {proc.stderr.decode(errors='replace')[:2000]}"
    assert not proc.stderr.strip(), f"rapper warned on {path.name}: {proc.stderr.decode(errors='replace')[:2000]}"
    return {ln for ln in proc.stdout.decode("utf-8").splitlines() if ln.strip()}


def rapper_graph(path: Path) -> rdflib.Dataset:
    """What rapper read, loaded into rdflib through N-Quads, to compare with rdflib's own reading."""
    lines = rapper_parse(path)
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data="\n".join(sorted(lines)) + "\n", format="nquads")
    return ds


def triples_of(ds: rdflib.Dataset | rdflib.Graph) -> set[tuple]:
    return {(s, p, o) for s, p, o, *_ in (ds.quads((None, None, None, None)) if isinstance(ds, rdflib.Dataset)
                                          else ((s, p, o) for s, p, o in ds))}
