"""``mediakit evaluate accusations`` on the shared dev gold and on our own labelled sentences."""

from __future__ import annotations

import json

import pytest

from mediakit.accusations._scorer import TRAINING_PARAPHRASES, TRAINING_SENTENCES
from mediakit.cli import main
from mediakit.errors import ParseError
from mediakit.evaluation.accusations import evaluate_accusations, read_gold

# our own labelled sentences and the paraphrases (the scorer trains on them)
OWN = (TRAINING_SENTENCES, TRAINING_PARAPHRASES)
KEYS = {"n_sentences", "accusation", "denial", "accuser_accuracy", "accused_accuracy",
        "pair_accuracy", "baseline"}


def _check_shape(res):
    assert set(res) >= KEYS
    for part in (res, res["baseline"]):
        for k in ("accusation", "denial"):
            assert {"precision", "recall", "f1"} <= set(part[k])
            assert all(0 <= part[k][m] <= 1 for m in ("precision", "recall", "f1"))


def test_own_gold_is_valid_and_large_enough():
    recs = [r for path in OWN for r in read_gold(path)]
    assert len(recs) >= 150
    for r in recs:
        for k in ("accuser_text", "accused_text", "cue", "denier_text", "denial_cue"):
            assert r[k] is None or r[k] in r["text"], (r["id"], k)
    assert sum(r["is_accusation"] for r in recs) >= 60
    assert sum(not r["is_accusation"] and not r["is_denial"] for r in recs) >= 50


@pytest.mark.slow
def test_cli_on_dev_gold(gold_accusations, capsys):
    assert main(["evaluate", "accusations", "--gold", str(gold_accusations), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    res = json.loads(lines[-1])
    _check_shape(res)
    assert res["n_sentences"] == 65
    # the model clearly beats the cue baseline of the same run
    assert res["accusation"]["f1"] >= res["baseline"]["accusation"]["f1"] + 0.08
    assert res["pair_accuracy"] >= res["baseline"]["pair_accuracy"] + 0.08


@pytest.mark.slow
def test_own_sentences_targets():
    res = evaluate_accusations(read_gold(OWN[0]))
    _check_shape(res)
    # our own sentences (written to cover the labelling rules, incl. a held-out batch)
    assert res["accusation"]["f1"] >= 0.88
    assert res["denial"]["f1"] >= 0.85
    assert res["pair_accuracy"] >= 0.80
    for k in ("accusation", "denial"):
        assert res[k]["f1"] >= res["baseline"][k]["f1"] + 0.08


@pytest.mark.slow
def test_paraphrases_of_real_sentences_floor():
    # paraphrases of real blind-labelled sentences (the scorer's training data, so an
    # optimistic figure): a floor against regressions, well above the cue baseline. Since
    # session 6 the scorer no longer reads sentences whose only cues are denial words
    # (there it mostly mistook refusals for rebuttals), which costs recall here.
    res = evaluate_accusations(read_gold(OWN[1]))
    assert res["accusation"]["f1"] >= 0.78
    assert res["accusation"]["precision"] >= 0.90
    assert res["accusation"]["f1"] >= res["baseline"]["accusation"]["f1"] + 0.08


def test_summary_lines_then_json(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        json.dumps({"text": "Iraq blames Iran for the war.", "is_accusation": True,
                    "accuser_iso3": "IRQ", "accused_iso3": "IRN", "is_denial": False}) + "\n"
        + json.dumps({"text": "Police denied him bail.", "is_accusation": False,
                      "accuser_iso3": None, "accused_iso3": None, "is_denial": False}) + "\n",
        encoding="utf-8")
    assert main(["evaluate", "accusations", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("gold:") and len(out) == 5
    assert out[3].startswith("95 % bootstrap intervals")
    res = json.loads(out[-1])
    assert res["accusation"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0,
                                 "fn": 0}
    assert res["pair_accuracy"] == 1.0
    # the baseline takes "denied" as a denial: one false positive
    assert res["baseline"]["denial"]["fp"] == 1


def test_bad_gold_files(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "is_accusation": false, "is_denial": false}\n{not json\n',
                   encoding="utf-8")
    with pytest.raises(ParseError, match="line 2"):
        read_gold(bad)
    lacking = tmp_path / "lacking.jsonl"
    lacking.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(ParseError, match="lacks is_accusation"):
        read_gold(lacking)
    with pytest.raises(FileNotFoundError):
        read_gold(tmp_path / "missing.jsonl")


def test_no_scorer_flag_scores_the_rules_alone(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    # the rules miss this denial of a government's claim; the learned scorer finds it
    gold.write_text(json.dumps({
        "text": "TikTok rejected condemnation from the Trump administration that it shares "
                "American users' data with the Chinese government.", "date": "2020-08-01",
        "is_accusation": True, "accuser_iso3": "USA", "accused_iso3": None,
        "is_denial": True}) + "\n", encoding="utf-8")
    assert main(["evaluate", "accusations", "--gold", str(gold), "--json"]) == 0
    with_scorer = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert main(["evaluate", "accusations", "--gold", str(gold), "--json", "--no-scorer"]) == 0
    rules = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert with_scorer["scorer"] is True and rules["scorer"] is False
    assert with_scorer["accusation"]["recall"] == 1.0 and with_scorer["pair_accuracy"] == 1.0
    assert rules["accusation"]["recall"] == 0.0


def test_benchmark_pairs_each_pass_with_the_yardstick(allsides_dir, capsys):
    # each timed pass is followed by the yardstick scan, and the reported ratio is the median
    # of the per-pass ratios (so a slow minute slows both sides of one ratio)
    assert main(["benchmark", "accusations", "--n-docs", "300", "--repeats", "3", "--json",
                 "--data", str(allsides_dir)]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["n_docs"] == 300 and res["repeats"] == 3 and len(res["per_repeat"]) == 3
    ratios = sorted(r["docs_per_s"] / r["scan_docs_per_s"] for r in res["per_repeat"])
    assert res["docs_per_s_per_scan"] == pytest.approx(ratios[1], rel=2e-3)
    assert res["docs_per_s_at_reference"] == pytest.approx(ratios[1] * 10_800, rel=2e-3)
    assert res["n_accusations"] > 0 and res["n_denials"] > 0
