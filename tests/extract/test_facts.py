from kg.pipeline import extract_text

PUBLISHED = "السبت 15 فبراير 2025\n"


def test_figures_with_number_words_qualifiers_and_reporter():
    text = PUBLISHED + ("وأعلنت وزارة الصحة السودانية مقتل أكثر من ٣٠ شخصا وإصابة 7 آلاف و120 آخرين. "
                        "واعتقلت الشرطة عشرين ألف شخص، بحسب الوزارة.")
    r = extract_text(text, "f.txt")
    got = {(f.value, f.measure) for f in r.figures}
    assert (30, "killed") in got
    assert (7120, "injured") in got
    killed = next(f for f in r.figures if f.measure == "killed")
    assert killed.qualifier == "more_than"
    assert killed.reporter and "health" in killed.reporter


def test_ages_years_and_vague_quantities_are_not_figures():
    text = PUBLISHED + "قتل شاب يبلغ 22 عاما في عام 2024، وأصيب عشرات المتظاهرين."
    r = extract_text(text, "g.txt")
    assert {f.value for f in r.figures}.isdisjoint({22, 2024})


def test_actions_with_actor_target_type_and_negation():
    text = PUBLISHED + ("واعتقلت الشرطة التونسية عشرات المحتجين في العاصمة. "
                        "ولم يرفض الرئيس التونسي قيس سعيد الحوار. "
                        "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالا هاتفيا بالرئيس الأمريكي دونالد ترامب.")
    r = extract_text(text, "h.txt")
    types = {(a.type, r.entities[a.actor].type) for a in r.actions}
    assert ("COERCE", "Organization") in types
    assert not any(a.type == "REJECT" for a in r.actions)
    consult = next(a for a in r.actions if a.type == "CONSULT")
    assert consult.target is not None and consult.target != consult.actor


def test_compound_number_words_and_the_reporter_of_the_clause_holding_the_figure():
    text = PUBLISHED + ("وأدانت وزارة الخارجية الروسية الهجوم، فيما أعلنت قوات سوريا الديمقراطية اعتقال 7 عناصر. "
                        "وقالت الوزارة إن الحرب خلفت خمسة ملايين و630 ألف قتيل.")
    r = extract_text(text, "k.txt")
    arrested = next(f for f in r.figures if f.measure == "arrested")
    assert arrested.value == 7 and r.entities[arrested.reporter].label_en.startswith("Syrian Democratic")
    assert any(f.value == 5_630_000 for f in r.figures)


def test_a_count_does_not_take_the_measure_of_the_next_clause():
    r = extract_text(PUBLISHED + "وخطف مسلحون ثلاثة عمال صينيين وقتلوا حارسا في هجوم على منجم.", "m.txt")
    assert not any(f.value == 3 and f.measure == "killed" for f in r.figures)


def test_two_counts_side_by_side_each_keep_their_measure():
    r = extract_text(PUBLISHED + "وأفادت وزارة الصحة العراقية بمقتل 13 وإصابة 353 في صفوف القوات الأمنية.", "n.txt")
    assert {(f.value, f.measure) for f in r.figures} >= {(13, "killed"), (353, "injured")}


def test_hostages_kidnapped_and_displaced_are_counted():
    r = extract_text(PUBLISHED + "وتشمل المرحلة الأولى الإفراج عن 33 رهينة. وخطف مسلحون ثلاثة عمال في مالي. "
                     "ونزح أكثر من 130 ألف شخص من المدينة، وفق المنظمة الدولية للهجرة.", "h.txt")
    got = {(f.value, f.measure) for f in r.figures}
    assert {(33, "hostages"), (3, "kidnapped"), (130_000, "displaced")} <= got
