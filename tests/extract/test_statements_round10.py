"""Statements: the rest of a speaker's name or an apposition before the words, and objects read as speakers."""

from kg.pipeline import extract_text

PUBLISHED = "الأربعاء 12 مارس 2025\n"


def _statements(text: str):
    r = extract_text(PUBLISHED + text, "r10.txt")
    return r, [(r.entities[s.speaker].label_en, s.cue, s.content) for s in r.statements]


def test_the_rest_of_a_bodys_name_after_a_preposition_is_not_the_words():
    _r, got = _statements("وذكرت لجنة الرقابة على المال العام أنها ستطرح حصتها في البنك للبيع العام المقبل.")
    assert len(got) == 1
    assert got[0][2].startswith("أنها ستطرح حصتها")


def test_a_place_phrase_after_the_committee_is_not_the_words():
    _r, got = _statements("أعلنت اللجنة المحلية للانتخابات البلدية بأمانة المنطقة الشرقية عن نقل ثلاثة مراكز اقتراع.")
    assert [c for _s, _cue, c in got] == ["نقل ثلاثة مراكز اقتراع"]


def test_a_quotation_after_the_speakers_apposition_is_direct_speech():
    _r, got = _statements("وقال ديفيد توماس، أستاذ التاريخ بالجامعة «هذه المخطوطة أقدم مما كنا نظن».")
    (speaker, _cue, content), = got
    assert speaker == "David Thomas"
    assert content == "هذه المخطوطة أقدم مما كنا نظن"


def test_the_agency_he_spoke_to_with_a_quoted_name_is_not_the_words():
    _r, got = _statements("ونفت المحامية سارة كوهين التهم، قائلة لوكالة «رويترز» للأنباء إنّ موكلها لم يلتق أحدا.")
    said = [c for _s, cue, c in got if cue == "قائلة"]
    assert said == ["موكلها لم يلتق أحدا"]


def test_the_one_accused_before_its_charge_is_not_the_speaker():
    _r, got = _statements("وناقشت الأم الموظفين طويلا، واتهمت الجامعة بأنها غيرت رغبات ابنتها.")
    assert got == []
    _r, got = _statements("واتهمت الحكومة العراقية المعارضة بعرقلة الحوار.")
    assert [s for s, _cue, _c in got] == ["Government of Iraq"]


def test_as_promised_reports_no_words_of_the_one_who_promised():
    _r, got = _statements("وأشاد عدد من النواب بإنجاز الجسر خلال عام واحد كما وعد الرئيس عبدالفتاح السيسي، معتبرين ذلك "
                          "خطوة مهمة.")
    assert not any(cue == "وعد" for _s, cue, _c in got)


def test_the_paper_told_is_not_the_speaker_the_official_after_it_is():
    _r, got = _statements("إلى ذلك أبلغ «عكاظ» مدير عام فرع الهيئة في محافظة الطائف المهندس محمد العتيبي أنه تم إطلاق "
                          "الأرشفة الإلكترونية.")
    (speaker, _cue, content), = got
    assert speaker == "Mohamed Al-Otaibi"
    assert content.startswith("أنه تم إطلاق")


def test_whom_he_told_is_not_the_words():
    _r, got = _statements('وأبلغ بوتين الحضور بأن "روسيا ستكون مضيفة رائعة".')
    assert [c for _s, _cue, c in got] == ["روسيا ستكون مضيفة رائعة"]


def test_a_phrase_set_off_by_dashes_after_the_speaker_is_not_the_words():
    _r, got = _statements("أعلنت قيادة القوات البرية الملكية السعودية -اللجنة المركزية لقبول الطلبة- عن فتح باب القبول "
                          "لوظائف جديدة.")
    assert [c for _s, _cue, c in got] == ["فتح باب القبول لوظائف جديدة"]


def test_a_membership_title_running_to_a_comma_is_not_the_words():
    _r, got = _statements("أشاد الدكتور سامي الحربي عضو مجلس الشورى والأستاذ في علم الجريمة، بدور الأسر في التوعية.")
    assert [c for _s, _cue, c in got] == ["بدور الأسر في التوعية"]


def test_a_verb_that_is_also_a_common_word_after_a_comma_opens_a_new_report():
    _r, got = _statements("وأشارت الباحثة سارة الناصر إلى تدريب المتطوعات على تنظيم الزوار، وبينت المتطوعة هند سالم أن "
                          "العمل التطوعي منحها ثقة بالنفس.")
    by_cue = {cue: (s, c) for s, cue, c in got}
    assert by_cue["وأشارت"][1] == "تدريب المتطوعات على تنظيم الزوار"
    assert by_cue["وبينت"][1] == "العمل التطوعي منحها ثقة بالنفس"


def test_one_of_the_travellers_read_as_a_name_is_no_speaker():
    _r, got = _statements("أبو خالد أحد المسافرين، أوضح قائلا: انتظرنا ثلاث ساعات عند المنفذ دون أن يخبرنا أحد بالسبب.")
    assert got == []


def test_the_owner_of_the_statement_after_came_in_speaks_not_the_last_speaker():
    _r, got = _statements("وتحدثت وكالة الأناضول للأنباء عن مقتل عشرات المسلحين خلال أسبوع.\nوجاء في بيان رئيس إقليم "
                          "كردستان مسعود برزاني «على المسلحين إبعاد الحرب عن القرى».")
    came = [(s, c) for s, cue, c in got if cue.startswith("وجاء")]
    assert came == [("Masoud Barzani", "على المسلحين إبعاد الحرب عن القرى")]


def test_the_paper_in_brackets_he_spoke_to_is_not_the_speaker():
    _r, got = _statements("كشف لـ(عكاظ) وكيل وزارة الصحة الدكتور محمد عبدالله العتيبي، عن تجهيز مليوني جرعة "
                          "من اللقاح.")
    (speaker, _cue, content), = got
    assert speaker != "Okaz"
    assert content == "تجهيز مليوني جرعة من اللقاح"


def test_a_family_name_read_short_before_about_is_not_the_words():
    _r, got = _statements("من جانبه، أعرب مدير المهرجان خالد بن سعد الجارالله عن شكره للمتطوعين على جهودهم.")
    assert [c for _s, _cue, c in got] == ["شكره للمتطوعين على جهودهم"]


def test_a_quotation_after_a_definite_apposition_on_the_speaker_is_direct_speech():
    _r, got = _statements('وقال المحامي أحمد الخطيب المتخصص في قضايا العمل "القانون الجديد يحمي العمال".')
    assert [c for _s, _cue, c in got] == ["القانون الجديد يحمي العمال"]
