"""How far to trust the accusation scores: bootstrap intervals of ``evaluate accusations``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mediakit.accusations import AccusationExtractor
from mediakit.evaluation.accusations import _intervals, _metrics, evaluate_accusations, read_gold

# news-style sentences written for mediakit with their labels (dev/probes; not training data)
PROBES = Path(__file__).resolve().parents[1] / "dev" / "probes" / "probes_c.jsonl"


@pytest.fixture(scope="module")
def ex():
    return AccusationExtractor().fit()


@pytest.fixture(scope="module")
def records():
    # wire-copy style accusations, denials and hard negatives; the extractor misses some
    return read_gold(PROBES)[:300]


def test_metrics_by_hand():
    # (gold acc, found acc, gold denial, found denial, pair right), one row per sentence:
    # accusations tp 1 (pair right), fp 1, fn 1 -> F1 2/(2+1+1) = 0.5; denials tp 1 -> 1.0
    rows = [(True, True, False, False, True), (True, False, False, False, False),
            (False, True, True, True, False), (False, False, False, False, False)]
    acc, den, pair = _metrics(np.array(rows, dtype=bool).T)
    assert (float(acc), float(den), float(pair)) == (0.5, 1.0, 1.0)


def test_intervals_hold_the_scores_and_do_not_move(ex, records):
    res = evaluate_accusations(records, extractor=ex)
    iv = res["intervals"]
    assert iv["level"] == 0.95 and iv["resamples"] == 1000
    for key, point in (("accusation_f1", res["accusation"]["f1"]),
                       ("denial_f1", res["denial"]["f1"]),
                       ("pair_accuracy", res["pair_accuracy"])):
        lo, hi = iv[key]
        assert 0 <= lo <= point <= hi <= 1, key
    # the margin over the baseline, on the same resamples, holds the margin of the run
    lo, hi = iv["minus_baseline"]["accusation_f1"]
    assert lo <= res["accusation"]["f1"] - res["baseline"]["accusation"]["f1"] <= hi
    # seeded: a second run gives the same intervals
    assert evaluate_accusations(records, extractor=ex)["intervals"] == iv


def test_more_sentences_narrow_the_interval(ex, records):
    # the same outcomes four times over: the bootstrap spread shrinks by about sqrt(4) = 2
    one = evaluate_accusations(records[:100], extractor=ex)["intervals"]["accusation_f1"]
    four = evaluate_accusations(records[:100] * 4, extractor=ex)["intervals"]["accusation_f1"]
    w1, w4 = one[1] - one[0], four[1] - four[0]
    assert w1 > 0
    assert 0.35 < w4 / w1 < 0.7


def test_interval_of_a_perfect_run_is_a_point():
    # every sentence right: every resample scores 1.0
    outcomes = [(True, True, True, True, True), (False, False, False, False, False)] * 20
    iv = _intervals(outcomes, outcomes)
    assert iv["accusation_f1"] == [1.0, 1.0] and iv["pair_accuracy"] == [1.0, 1.0]
    assert iv["minus_baseline"]["denial_f1"] == [0.0, 0.0]
