"""dev/blind/agreement.py: two labellers' agreement, scored like the extractor."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "dev" / "blind"))

from agreement import agreement


def _rec(i, acc, den, accuser=None, accused=None):
    return {"id": i, "is_accusation": acc, "is_denial": den, "accuser_iso3": accuser,
            "accused_iso3": accused}


def test_agreement_counts_like_the_evaluator():
    first = [_rec("a", True, False, "RUS", "USA"), _rec("b", True, True, None, "SYR"),
             _rec("c", False, False), _rec("d", False, True)]
    # the second labeller: agrees on a (but codes the Soviet Union, read as RUS), calls b an
    # accusation with another accused and no denial, calls c an accusation, agrees on d
    second = [_rec("a", True, False, "SUN", "USA"), _rec("b", True, False, None, "IRN"),
              _rec("c", True, False, "FRA", None), _rec("d", False, True),
              _rec("e", True, True)]  # an id the first file lacks: left out
    m = agreement(first, second)
    assert m["n_sentences"] == 4
    # accusations: tp a, b; fp c; fn none -> P 2/3, R 1, F1 0.8
    assert (m["accusation"]["tp"], m["accusation"]["fp"], m["accusation"]["fn"]) == (2, 1, 0)
    assert m["accusation"]["f1"] == 0.8
    # denials: tp d; fn b -> P 1, R 1/2, F1 2/3
    assert (m["denial"]["tp"], m["denial"]["fp"], m["denial"]["fn"]) == (1, 0, 1)
    # actors on the 2 shared accusations: accuser right on both, accused on a only
    assert (m["accuser_accuracy"], m["accused_accuracy"], m["pair_accuracy"]) == (1.0, 0.5, 0.5)


def test_identical_labels_agree_fully():
    recs = [_rec("a", True, True, "USA", "CHN"), _rec("b", False, False)]
    m = agreement(recs, recs)
    assert m["accusation"]["f1"] == m["denial"]["f1"] == m["pair_accuracy"] == 1.0
