"""Round 19 of the names (#12): a club named by its city or country with a masculine nationality after it, or its
country between brackets, in a sentence of sport; a game's meeting names its teams. Sentences of our own."""

from __future__ import annotations

from extract_helpers import guard as _guard

from kg.pipeline import extract_text


def _orgs(text: str) -> dict[str, str]:
    r = extract_text(text, "t.txt")
    return {m.text: r.entities[m.entity].key for m in r.mentions if r.entities[m.entity].type == "Organization"}


def test_a_city_with_a_masculine_nationality_after_it_in_a_sentence_of_sport_is_a_club():
    orgs = _orgs("وأكد مدرب الفريق أن اللاعب سينتقل إلى موناكو الفرنسي بعد نهاية الدوري.")
    assert orgs.get("موناكو", "").endswith("_team")


def test_a_city_with_a_feminine_nationality_after_it_stays_the_city():
    orgs = _orgs("وأقام المنتخب معسكره في مدينة ميلانو الإيطالية قبل البطولة.")
    assert not any(k.endswith("_team") for k in orgs.values())


def test_a_city_with_its_country_between_brackets_in_results_is_a_club():
    orgs = _orgs("وفي نتائج الجولة الثانية من البطولة: برشلونة ( إسبانيا ) - ليون ( فرنسا ) 2 - 1.")
    assert orgs.get("برشلونة", "").endswith("_team")


def test_a_country_after_the_noun_of_a_meeting_in_a_sentence_of_sport_is_a_team():
    orgs = _orgs("وطالب المدرب اللاعبين ببذل الجهد في لقاء الأردن غدا في التصفيات.")
    assert orgs.get("الأردن", "").endswith("_team")


# ---------------------------------------------------------------------------------------------- the merge guard
def test_one_word_the_model_calls_a_person_right_after_a_speech_verb_passes_but_no_function_word_or_cut_name():
    assert _guard("وقال شولتزمان إن الجهاز الجديد أصغر حجما.", "شولتزمان") is not None
    assert _guard("وأوضح الحريري أن المبعوث أبلغه بذلك.", "الحريري") is not None
    assert _guard("ووقع اتفاق بين إنوكيم والشركة الصينية.", "انوكيم") is None  # «بين»: between, not «بيّن»
    assert _guard("وقال فضيلته إن الصلاة عماد الدين.", "فضيلته") is None  # an honorific with a pronoun
    assert _guard("وقال دان ويرثايمر إن البحث سيستمر.", "دان") is None  # the name goes on
    assert _guard("وأكد عسكريون أن الهجوم فشل.", "عسكريون") is None  # a plural of people


def test_a_name_of_given_and_fathers_names_passes_with_no_title():
    assert _guard("واحتفل شوعي بن مفرح بزواج ابنه في القرية.", "شوعي بن مفرح") is not None


def test_in_a_sentence_of_sport_a_players_name_of_two_words_passes_with_no_title_but_no_adjective_or_cut_name():
    assert _guard("وسجل هدف الفوز في الدقيقة الأخيرة يوهان كاباي، فيما تعادل الفريق الآخر.", "يوهان كاباي") is not None
    assert _guard("ويختتم المنتخب بطولة كوتيف الودية بمواجهة فالنسيا.", "كوتيف الوديه") is None
    assert _guard("وفي الشوط الثاني سجل كوستا دا سيلفا هدفا.", "كوستا دا") is None
    assert _guard("وسجل الهدف الأول لاعبه في الدقيقة العاشرة.", "الدقيقه العاشره") is None
    assert _guard("وتكون الرياح جنوبية غربية وارتفاع الموج من 1 - 2 متر.", "جنوبيه غربيه") is None
    assert _guard("وخسر النادي أمام بوروسيا دورتموند بهدفين.", "بوروسيا دورتموند") is None


def test_a_club_the_model_finds_in_a_sentence_of_sport_is_that_club_elsewhere_in_the_article():
    from kg.extract import statistical_ner as sn
    from kg.text.analysis import analyse

    a = analyse("وفاز فريق نوتينغام على ضيفه بهدفين في الدوري.\nويحصل نوتينغام على الضوء الأخضر من البلدية.\n"
                "وعانى الشباب من البطالة في المدينة.")
    guard = sn._Guard(a, [], sn.MERGED_TYPES)
    s0, s1, s2 = (s.tokens for s in a.sentences)
    assert guard(s1, 1, 2, "Organization") is None  # no sentence of sport: not yet
    guard.add_clubs([(s0, 2, 3)])
    assert guard(s1, 1, 2, "Organization") is not None
    guard.add_clubs([(s0, 2, 3)])
    assert guard(s2, 1, 2, "Organization") is None  # the youth, no club of the article


def test_a_name_after_led_by_or_joined_by_wa_to_a_name_before_is_not_a_piece_of_that_name():
    assert _guard("ثم جاء جيش بقيادة جارية بن قدامة إلى المدينة.", "جاريه بن قدامه") is not None
    assert _guard("وحضر الحفل أحمد سالم وخالد حداد في المساء.", "وخالد حداد") is not None
    assert _guard("وحضر الحفل هبة الله علي شريم في المساء.", "علي شريم") is None  # one name of four words


def test_a_name_of_a_state_and_a_city_is_the_city_where_a_story_is_filed():
    def keys(text: str) -> dict[str, str]:
        r = extract_text(text, "t.txt")
        return {m.text: r.entities[m.entity].key for m in r.mentions}

    assert keys("القاهرة - عمان - بترا - حذر الملك من التصعيد في المنطقة.")["عمان"].endswith("amman")
    assert keys("عمان بترا : يبدأ الملك زيارة رسمية إلى فرنسا.")["عمان"].endswith("amman")
    assert keys("وزار الوزير عمان أمس والتقى السلطان.")["عمان"].endswith("oman")


def test_a_currency_after_a_number_in_brackets_is_no_club():
    assert _guard("وفاز الفريق 2 - 1، وبلغت قيمة العقد (18.583.000) ريال.", "ريال", "Organization") is None


def test_one_word_after_a_nationality_standing_as_a_noun_passes_not_after_one_that_describes():
    assert _guard("ويصل الغاني مونتاريو إلى الرياض غدا.", "مونتاريو") is not None
    assert _guard("وزار الوفد البرازيلي مونتاريو أمس.", "مونتاريو") is None
