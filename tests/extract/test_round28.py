"""Round 28: a pluperfect's subject named before «قد», the dead of a relative clause, a place after «خارج», the agent
of a condemned act, a noun joined to a governed one, the people arrested before a partner, a nationality before the
man arrested and the unnamed dead before the attack they fell in."""

import pytest

from tests.extract.extract_helpers import result

DATELINE_2015 = "الثلاثاء 21 يوليو 2015\n"


def _labels(body: str, dateline: str = DATELINE_2015) -> set[tuple[str, str, str | None]]:
    r = result(body, dateline)
    return {(r.entities[a.actor].label_en, a.type, r.entities[a.target].label_en if a.target else None)
            for a in r.actions}


def _target_words(body: str) -> set[tuple[str, str | None]]:
    return {(a.type, a.target_text) for a in result(body, DATELINE_2015).actions if a.target is None}


def test_the_dead_of_a_relative_clause_killed_no_one():
    body = ("كشفت مصادر ميدانية أن جثث العشرات من مقاتلي جماعة الحوثي الذين قتلوا خلال الأيام الماضية في المعارك "
            "ما زالت متناثرة على الشوارع.")
    assert not any(t == "ASSAULT" for _a, t, _t in _labels(body)), _labels(body)


def test_a_relative_clause_with_its_object_still_kills():
    body = "وقال المصدر إن مقاتلي جماعة الحوثي الذين قتلوا عشرة مدنيين في تعز فروا من المدينة."
    assert any(a == "Houthis" and t == "ASSAULT" for a, t, _t in _labels(body)), _labels(body)


def test_the_one_named_after_a_pluperfect_verb_is_its_object():
    body = ("وكان المستشار المبروك اقريرة، وزير العدل في الحكومة الليبية الانتقالية، قد حث المجتمع الدولي على عدم "
            "الاعتراف بالمحاكمة.")
    assert not any(a == "international community" for a, _t, _x in _labels(body)), _labels(body)


@pytest.mark.parametrize(("body", "fact"), [
    ("وكانت وزارة الخارجية الأمريكية قد دعت إيران إلى الإفراج عن الصحفي.",
     ("United States Department of State", "REQUEST", "Iran")),
])
def test_a_pluperfect_with_its_subject_named_keeps_it(body, fact):
    assert fact in _labels(body), _labels(body)


def test_a_crowd_before_a_pluperfect_still_protests():
    body = "وكان المئات من أهالي محافظة البصرة جنوبي العراق قد تظاهروا امس احتجاجا على عدم توفر الخدمات."
    assert any(t == "PROTEST" for _a, t, _x in _labels(body)), _labels(body)


def test_a_state_after_outside_is_where_not_who():
    body = ("وأفاد بأن الرابطة قد تلقت اتصالات كثيرة من المنظمات والقيادات الإسلامية خارج السعودية تدين وتستنكر "
            "هذا الحادث الأثيم.")
    assert not any(a == "Saudi Arabia" for a, _t, _x in _labels(body)), _labels(body)


def test_the_agent_of_a_condemned_act_is_the_one_condemned():
    body = "وأدانت وزارة الخارجية الفلسطينية بشدة اقتحام المستوطنين المسجد الأقصى المبارك."
    assert ("Ministry of Foreign Affairs of Palestine", "ACCUSE", "settlers") in _labels(body), _labels(body)


def test_a_noun_joined_to_a_governed_noun_is_no_subject():
    body = ("وأضافت: لا يخفى على أحد أن فكر هؤلاء الخوارج لا يمت إلى الإسلام بصلة فقد حث النبي صلى الله عليه وسلم "
            "على قتلهم وقتالهم لعظيم خطرهم على الإسلام والمسلمين، فقد قتلوا عثمان رضي الله عنه وهو يقرأ القرآن، "
            "وقتلوا علي رضي الله عنه وهو يصلي.")
    assert not any(a == "Muslims" for a, _t, _x in _labels(body)), _labels(body)


def test_the_man_arrested_not_the_partner_of_the_operation():
    body = ("أوقفت الشرطة الإسبانية رجلا من مليلية في إطار عملية مشتركة مع السلطات المغربية للتحقيق بصلته بشبكات "
            "تجنيد.")
    assert ("Police of Spain", "COERCE", None) in _labels(body), _labels(body)
    assert ("COERCE", "رجلا") in _target_words(body)


def test_a_nationality_before_the_man_arrested():
    body = ("ورجحت المعلومات أن يكون سبب الخطف مرتبطا بتوقيف السلطات التشيكية للبناني علي فياض القريب من حزب الله، "
            "على ما قالت المصادر.")
    assert ("Government of Czech Republic", "COERCE", "Ali Fayyad") in _labels(body), _labels(body)


def test_the_unnamed_dead_before_the_attack_they_fell_in():
    body = ("أكد متمردو حزب العمال الكردستاني أمس أن الهجوم جاء ردا على مقتل مدنيين عراقيين في غارات للمقاتلات "
            "التركية.")
    assert ("ASSAULT", "مدنيين عراقيين") in _target_words(body), _target_words(body)


def test_the_head_of_a_relative_clause_whose_men_were_seized_seized_no_one():
    body = ("قال مصدر أمني في وزارة الداخلية الكويتية إن شبكة تنظيم داعش التي أعلنت الكويت اليوم الخميس الكشف عنها "
            "وإلقاء القبض على أفرادها لا علاقة لها بالتفجير.")
    assert not any(a == "Islamic State" for a, _t, _x in _labels(body)), _labels(body)


def test_part_of_a_people_after_of_still_acts():
    body = ("ولذا، فإن جانبا من الصحافة والمعارضة اليمينية اتهمت الحكومة الفرنسية باستغلال مسألة الإرهاب لأغراض "
            "سياسية.")
    assert any(a == "opposition" and t == "ACCUSE" for a, t, _x in _labels(body)), _labels(body)


def test_killed_or_missing_soldiers_killed_no_one():
    body = "ومكافأة مماثلة لمن يتزوج من أرامل الجنود العراقيين الذين قتلوا أو فقدوا في الحرب."
    assert not any(t == "ASSAULT" for _a, t, _x in _labels(body)), _labels(body)


def test_loyalists_of_a_man_stand_for_his_side_among_three_parties():
    body = ("وقال إن اشتباكات عنيفة اندلعت امس بين الحوثيين والموالين لعلي عبدالله صالح والمقاومة الشعبية بمحافظة "
            "أبين جنوبي اليمن.")
    facts = _labels(body)
    assert ("Houthis", "ASSAULT", "popular resistance") in facts, facts
    assert not any(t == "Ali Abdullah Saleh" for _a, _ty, t in facts), facts


def test_an_unnamed_subject_before_qad_takes_no_actor_from_the_clause_before():
    body = ("وذكر أن القوات الجوية السورية قصفت المنطقة أكثر من 270 مرة في أربعة أيام وبحلول أمس السبت كانت القوات "
            "الحكومية قد استعادت السيطرة على عدد من القرى.")
    assert not any(t == "MOBILIZE" for _a, t, _x in _labels(body)), _labels(body)


def test_the_two_sides_before_qad_are_the_pair_just_named():
    body = ("وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما. وكان الجانبان قد "
            "اتفقا من حيث المبدأ على فتح القاعدة.")
    assert any(t == "AGREE" for _a, t, _x in _labels(body)), _labels(body)


def test_the_owner_of_positions_named_in_quotes():
    body = 'وقالت القيادة إن قوات التحالف الدولي نفذت أمس 41 غارة جوية ضد مواقع "داعش" في العراق وسوريا.'
    assert any(t == "ASSAULT" and x == "Islamic State" for _a, t, x in _labels(body)), _labels(body)


def test_a_town_shelled_with_ala_after_the_verbal_noun_and_its_agent():
    body = "وذلك بعد علاج فرق من المنظمة لـ206 جرحى أصيبوا جراء قصف الحوثيين على مدينة عدن، بينهم كثير من النساء."
    assert ("Houthis", "ASSAULT", "Aden") in _labels(body), _labels(body)
