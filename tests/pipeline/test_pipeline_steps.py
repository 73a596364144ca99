"""Which sentences the pipeline reads for facts: headlines and captions are skipped, body text is not, even when a
paper dropped its final stops."""

from kg.pipeline import extract_text, title_like_sentences
from kg.text.analysis import analyse

HEADLINE = "وزير الخارجية المصري يبحث مع نظيره الأردني التهدئة في غزة"


def _skipped(text: str) -> list[str]:
    analysis = analyse(text)
    return [analysis.sentences[i].span.text(text) for i in sorted(title_like_sentences(analysis, []))]


def test_a_short_unstopped_line_is_a_headline():
    text = HEADLINE + "\n\nقال وزير الخارجية المصري سامح شكري إن التهدئة ضرورية.\n"
    assert [s.strip() for s in _skipped(text)] == [HEADLINE]


def test_a_long_paragraph_without_final_stop_is_read():
    body = ("وأعلنت وزارة الصحة مقتل 12 شخصا في قصف استهدف السوق المركزي في المدينة. "
            "وقال الناطق باسم الوزارة إن فرق الإسعاف ما زالت تبحث عن مفقودين تحت الأنقاض في الأحياء الشرقية، "
            "فيما أصيب 30 آخرون بجروح،")
    r = extract_text("عنوان قصير\n\n" + body + "\n", "p.txt", published=None)
    assert {(f.value, f.measure) for f in r.figures} >= {(12, "killed"), (30, "injured")}


def test_a_stopped_sentence_on_a_short_unstopped_line_is_read():
    text = HEADLINE + "\n\nوقال الوزير إن الحل سياسي. وسوم غزة الأردن\n"
    assert not any("الحل سياسي" in s for s in _skipped(text))


def test_a_short_unstopped_line_is_a_title_and_a_long_one_is_not():
    from kg.pipeline.steps import title_like_sentences
    from kg.text.analysis import analyse

    long_line = " ".join(["كلمة"] * 13)
    a = analyse(f"عنوان قصير بلا نقطة\n{long_line}\nجملة تامة تنتهي بنقطة.")
    assert title_like_sentences(a, []) == {0}


def test_a_fact_whose_node_ends_up_with_a_type_its_role_forbids_is_dropped():
    from kg.pipeline import extract_text

    text = ("وهبطت طائرة الإغاثة في مطار عدن الدولي أمس.\n"
            "واستقبل مطار عدن الدولي مؤخرا أول طائرة تجارية حملت بعض الجرحى من الأردن.")
    r = extract_text(text, "x.txt")
    actors = {r.entities[a.actor].type for a in r.actions if a.actor in r.entities}
    assert actors <= {"Person", "State", "Organization", "Group"}, [(a.actor, r.entities[a.actor].type)
                                                                      for a in r.actions]
