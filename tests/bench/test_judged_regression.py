"""bench.judged_regression reads every judged action of bench/judged_sample.md."""

from bench.judged_regression import judged_actions, key


def test_every_judged_action_table_is_read_with_its_verdict():
    judged = judged_actions()
    verdicts = [v for v, _reason in judged.values()]
    assert len(judged) > 800 and verdicts.count("wrong") > 300 and verdicts.count("ok") > 450
    # a fact is keyed without its date, as `kg sample` prints it
    assert key("snn_1.txt", "Hamas REQUEST - [«طالبت», 2015-07-21]") == ("snn_1.txt", "Hamas REQUEST - [«طالبت»]")
    assert judged[key("snn_24874.txt", "Fatima Ibrahim ASSAULT - [«قتل», no date]")][0] == "wrong"
