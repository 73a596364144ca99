import json
import subprocess
import sys

from kg.evaluate import score, surface_forms, token_f1

TEXT = "الأحد 9 مارس 2025\nوقال وزير الخارجية الأردني أيمن الصفدي، الأحد، إن الأردن يرفض التهجير.\n"


def _gold(tmp_path, speaker_mentions):
    gold = {"doc": "a.txt", "entities": [
        {"id": "safadi", "type": "Person", "mentions": speaker_mentions},
        {"id": "jordan", "type": "State", "mentions": ["الأردن"]}],
        "statements": [{"speaker": "safadi", "date": "2025-03-09", "kind": "indirect", "cue": "وقال",
                        "text": "الأردن يرفض التهجير"}], "actions": [], "figures": []}
    d = tmp_path / "gold"
    d.mkdir()
    (d / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return d


def _build(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path / "in"), "--out", str(out), "-q"], check=True)
    return out


def test_scores_a_correct_build_as_correct_and_a_wrong_gold_as_missed(tmp_path):
    out = _build(tmp_path)
    result = score(_gold(tmp_path, ["أيمن الصفدي"]), out)
    assert result["statements_who_what_when"]["matched"] == 1
    assert result["entities"]["matched"] == 2
    other = tmp_path / "other"
    other.mkdir()
    wrong = _gold(other, ["شخص آخر"])  # the speaker cannot be aligned any more
    assert score(wrong, out)["statements_who_what"]["matched"] == 0


def test_normalization_and_clitic_forms():
    assert "موسكو" in surface_forms("لموسكو")
    assert token_f1("قالَ إنّ الأمر خاطئ", "الأمر خاطئ") > 0.5
