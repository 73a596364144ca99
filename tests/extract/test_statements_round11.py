"""Statements, round 11: speakers read from inside the words, or from a common noun read as a name."""

from kg.pipeline import extract_text

PUBLISHED = "الأربعاء 12 مارس 2025\n"


def _statements(text: str):
    r = extract_text(PUBLISHED + text, "r11.txt")
    return r, [(r.entities[s.speaker].label_en, s.cue, s.content) for s in r.statements]


def test_a_name_inside_the_last_words_is_not_the_subject_the_next_cue_continues():
    _r, got = _statements("وقالت الممثلة ليلى سعيد إن دورها الجديد صعب. وعن الأعمال المشتركة لها رأي واضح: «أنا أجدها "
                          "تشد المشاهد. فمن ناحيتي استمتعت بمتابعة أداء الممثلين عابد فهد وماجد المصري في مسلسل (لعبة "
                          "الموت)». وأضافت: «هذه الخلطات جعلتنا نهتم بالمسلسل ككل».")
    assert [speaker for speaker, _cue, _c in got] == ["Leila Said"]


def test_a_feminine_common_noun_after_a_title_opens_no_name():
    _r, got = _statements("وقالت مديرة مكتبة الأندلس البحثية في الجامعة لينا ورال إن المخطوط يعود إلى القرن "
                          "الثامن.")
    assert not any("Maktab" in speaker for speaker, _cue, _c in got)
    r, _got = _statements("وقال مدير مدرسة بلير إن المدرسة ستفتح أبوابها الشهر المقبل.")
    assert not any(e.type == "Person" and "مدرس" in (e.label_ar or "") for e in r.entities.values())


def test_the_spokesman_of_a_body_named_after_him_is_no_reference_back_to_the_last_person():
    _r, got = _statements("وقال المواطن حمد سعد إن الطريق خطير. من جهته، أكد المتحدث الرسمي لهيئة الهلال الأحمر "
                          "بالباحة عماد الزهراني أن الطريق شهد حوادث كثيرة.")
    assert [speaker for speaker, _cue, _c in got] == ["Hamad Saad", "Imad Al-Zahrani"]


def test_the_king_a_centre_is_named_after_is_not_its_spokesman():
    _r, got = _statements("وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ أن السفينة "
                          "تحمل ألف طن من المواد الغذائية.")
    assert not any(speaker.startswith("Salman") for speaker, _cue, _c in got)


def test_a_preposition_and_a_noun_after_a_title_are_no_name():
    _r, got = _statements("وأوضح المدير العام لجمرك البطحاء عبدالرحمن المحنا أن الشاحنة قدمت للجمرك محملة بالفواكه.")
    assert [speaker for speaker, _cue, _c in got] == ["Abdulrahman Al-Muhanna"]


def test_a_plural_verb_with_one_body_found_for_it_has_an_unread_plural_subject():
    _r, got = _statements("وقالت شركة شل إنها باعت أصولا بقيمة ملياري دولار. وكان محللون قد توقعوا أن تحقق "
                          "الشركة أرباحا أكبر.")
    assert [cue for _s, cue, _c in got] == ["وقالت"]


def test_the_reporter_in_the_byline_is_not_the_subject_of_the_participle():
    _r, got = _statements('خالد الحربي- سبق- جدة: أيَّدت "الشؤون البلدية" ما نشرته "سبق" معترفة بأن الحدائق لا تكفي '
                          'السكان، وأكدت في معرض ردها أنها لم تغفل هذا الأمر.')
    assert not any(speaker == "Khalid Al-Harbi" for speaker, _cue, _c in got)


def test_a_quotation_after_the_occasion_and_its_relative_clause_is_the_words():
    _r, got = _statements('وقال وزير الداخلية التركي في مؤتمر صحافي بثه التلفزيون في أنقرة "أوقفنا 590 شخصا مرتبطين '
                          'بمنظمات إرهابية لأنهم يشكلون خطرا".')
    assert [c for _s, _cue, c in got] == ["أوقفنا 590 شخصا مرتبطين بمنظمات إرهابية لأنهم يشكلون خطرا"]


def test_the_body_in_an_unread_officials_title_does_not_go_on_speaking():
    _r, got = _statements('قال مدير عام مكتب الصحة بالمحافظة "سالم لصور" سقط ألف قتيل. وأضاف في تصريح لوكالة الأنباء '
                          'أن المستشفيات تعرضت للتدمير.')
    assert got == []


def test_the_agency_that_relayed_her_is_not_the_subject_the_next_cue_continues():
    _r, got = _statements('وقالت كما نقلت عنها وكالة الانباء الطلابية «مواقفنا مختلفة تماما مع المانيا حول المسائل '
                          'الاقليمية». واضافت «بالطبع سنعبر عن قلقنا بخصوص التهديدات القائمة».')
    assert not any("Agency" in speaker for speaker, _cue, _c in got)


def test_istanbul_is_no_metonym_of_the_ottoman_empire():
    _r, got = _statements("وأكدت قيادة شرطة اسطنبول في بيان إن ثلاثة رجال شرطة أصيبوا في الانفجار.")
    assert not any(speaker == "Ottoman Empire" for speaker, _cue, _c in got)


def test_a_name_we_did_not_read_before_the_words_speaks_not_the_last_subject():
    _r, got = _statements("وتتميز الصين بالهدوء حتى على الجانب السياسي. ولفت بوخضور إلى أنه من الملاحظ أن الاقتصاد "
                          "الصيني يتباطأ.")
    assert got == []


def test_the_rest_of_the_speakers_name_before_the_complementizer_is_not_the_words():
    _r, got = _statements("وأوضح مساعد الأمين للعلاقات العامة الدكتور سمير بن عبد الرحمن توكل أن المهرجان يهدف لتوعية "
                          "أبناء المجتمع.")
    assert [c for _s, _cue, c in got] == ["المهرجان يهدف لتوعية أبناء المجتمع"]


def test_through_a_statement_is_a_circumstance_not_the_words():
    _r, got = _statements("وطالبت الحكومة المصرية من خلال بيان استنكاري للحادثة صدر أمس، بضرورة تكاتف الجهود الدولية.")
    assert [c for _s, _cue, c in got] == ["بضرورة تكاتف الجهود الدولية"]


def test_an_indefinite_noun_and_its_nisba_are_a_subject_we_cannot_name():
    _r, got = _statements("وعقد ساركوزي اجتماعا مع حزب نداء تونس. وانتقدت صحف تونسية زيارة ساركوزي، مشيرة إلى الدور "
                          "السلبي الذي لعبه في ليبيا. وقالت إن معظم الأعمال الإرهابية مرتبطة بليبيا.")
    assert got == []


def test_a_short_quotation_after_a_colon_is_quoted_words_not_a_name():
    from datetime import date

    r = extract_text("أكد وزير الخارجية عادل الجبير أن الحل سياسي.\nوقال الجبير إن المملكة تدعم الحل. "
                     "وأضاف: «على الأسد أن يرحل».", "a.txt", published=date(2015, 8, 10))
    assert ("adel_al_jubeir", "على الأسد أن يرحل") in {(s.speaker, s.content) for s in r.statements}
