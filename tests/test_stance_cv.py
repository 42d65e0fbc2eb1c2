"""Tests of the competition-mix rescaling, the claim-grouped CV, cross-fitted features and the
vocabulary-free similarity features of stage 1 (related vs unrelated)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from test_evaluate_stance import _last_json, _write_fnc1
from test_stance_corpus import pairs

from mediakit.cli import main
from mediakit.stance import (
    COMPETITION_SHARES,
    StanceClassifier,
    claim_cv,
    fnc_score,
    reweighted_score,
)
from mediakit.stance._features import entity_stems

# ----------------------------------------------------------------------------- rescaling


def test_reweighted_score_by_hand():
    # gold rows: agree 2 (one missed as unrelated), disagree 1, discuss 1, unrelated 4
    conf = [[1, 0, 0, 1], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 4]]
    even = {"agree": 1, "disagree": 1, "discuss": 1, "unrelated": 1}
    s = reweighted_score(conf, even)
    # 8 pairs, 2 per class: rows scaled by 1, 2, 2, 0.5
    assert s.confusion == [[1, 0, 0, 1], [0, 2, 0, 0], [0, 0, 2, 0], [0, 0, 0, 2]]
    # 0.25 * (5 related->related + 2 unrelated) + 0.75 * 5 exact = 5.5; max 0.25 * 2 + 6
    assert (s.score, s.max_score) == (5.5, 6.5)
    assert s.relative_score == pytest.approx(100 * 5.5 / 6.5)
    # agree: tp 1, 2 gold + 1 predicted -> 2/3; unrelated: tp 2, 2 gold + 3 predicted -> 0.8
    assert s.per_class_f1["agree"] == pytest.approx(2 / 3)
    assert s.per_class_f1["unrelated"] == pytest.approx(0.8)


def test_reweighted_score_with_own_mix_is_the_plain_score():
    gold = ["agree"] * 3 + ["disagree"] * 2 + ["discuss"] * 4 + ["unrelated"] * 6
    pred = (["agree", "discuss", "unrelated", "disagree", "agree", "discuss", "discuss",
             "unrelated", "discuss"] + ["unrelated"] * 5 + ["agree"])
    plain = fnc_score(gold, pred)
    own = {"agree": 3, "disagree": 2, "discuss": 4, "unrelated": 6}
    again = reweighted_score(plain.confusion, own)
    assert again.relative_score == pytest.approx(plain.relative_score)
    assert again.macro_f1 == pytest.approx(plain.macro_f1)
    # the competition mix (72 % unrelated) weighs the unrelated row up: here, where the
    # unrelated row is the best one, the rescaled score is higher
    comp = reweighted_score(plain.confusion)
    assert sum(COMPETITION_SHARES.values()) == pytest.approx(1.001)
    assert comp.relative_score > plain.relative_score


def test_reweighted_score_bad_input():
    with pytest.raises(ValueError, match="4 x 4"):
        reweighted_score([[1, 0], [0, 1]])
    with pytest.raises(ValueError, match=r"no gold pairs of class\(es\) \['disagree'\]"):
        reweighted_score([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]])
    with pytest.raises(ValueError, match=r"shares lack class\(es\) \['unrelated'\]"):
        reweighted_score(np.eye(4), {"agree": 1, "disagree": 1, "discuss": 1})


# ----------------------------------------------------------------------------- features


def test_entity_stems_skip_sentence_starts_and_keep_numbers():
    text = ("Durex has not confirmed the pumpkin spice condom. The company said Durex "
            "makes 12 flavours. In London, nobody cared.")
    ents = entity_stems(text)
    # "Durex" twice (once sentence-initial, skipped), "London" once, the number once;
    # "The" and "In" open their sentences and are not entities
    assert ents == {"durex": 1, "londo": 1, "12": 1}


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return pd.DataFrame(pairs(), columns=["headline", "body", "stance", "body_key"])


def test_stage1_uses_monotone_similarities(corpus):
    clf = StanceClassifier(max_iter=10, n_components=5).fit(
        corpus[["headline", "body"]], corpus["stance"])
    names = [clf.feature_names_[i] for i in clf.related_columns_]
    assert {"cos_oov", "rare_shared", "ent_cover", "body_top_cover", "sent_lead"} <= set(names)
    # no cue counts in stage 1: whether a body is about a claim is not whether it denies it
    assert not [n for n in names if n.startswith(("head_refute", "body_hedge", "top_"))]
    cst = clf.related_model_.monotonic_cst
    assert [c for n, c in zip(names, cst, strict=True) if n.startswith("cos_")] == [1] * 5
    assert [c for n, c in zip(names, cst, strict=True) if n.endswith("_len")] == [0, 0]
    # three stories are fewer than n_folds=5 claims: in-sample features, nothing to stack
    assert clf.cross_fitted_ is False and clf.stacked_ is False


def test_cross_fitted_model_knows_a_story_it_never_saw(corpus):
    """Cross-fitted on the three stories (one per fold), then asked about a fourth whose
    words training never saw: its related bodies share rare names with the headline."""
    X, y = corpus[["headline", "body"]], corpus["stance"]
    clf = StanceClassifier(max_iter=20, n_components=5, n_folds=3).fit(X, y)
    assert clf.cross_fitted_ is True and clf.stacked_ is True
    head = "Durex launches pumpkin spice flavoured condoms in Britain"
    related = ("Durex confirmed on Monday that pumpkin spice flavoured condoms will be sold "
               "in Britain from October, the company said.")
    unrelated = ("The Bank of Japan kept interest rates unchanged on Tuesday and said "
                 "inflation would stay low for another year.")
    pred = clf.predict([(head, related), (head, unrelated)]).tolist()
    assert pred[0] != "unrelated" and pred[1] == "unrelated"
    p_rel = 1 - clf.predict_proba([(head, related), (head, unrelated)])[:, 3]
    assert p_rel[0] > p_rel[1]


# ----------------------------------------------------------------------------- claim CV


def test_claim_cv_scores_every_pair_out_of_fold(corpus):
    X, y = corpus[["headline", "body"]], corpus["stance"]
    res = claim_cv(X, y, params=[{"max_iter": 10, "n_components": 3},
                                 {"max_iter": 10, "n_components": 3, "linear_weight": 0.0}],
                   thresholds=[0.05, 0.5, 0.95], n_splits=3)
    assert len(res) == 6
    assert res["setting"].tolist() == [0, 0, 0, 1, 1, 1]
    assert res["related_threshold"].tolist() == [0.05, 0.5, 0.95] * 2
    assert res.loc[3:, "linear_weight"].eq(0.0).all()
    # scored: pairs whose headline and body are in the same fold, i.e. each story's
    # headline with its own 3 bodies; its unrelated pairs cross folds (training only)
    assert (res["n"] == 9).all() and (res["n_claims"] == 3).all()
    for conf in res["confusion"]:
        assert np.asarray(conf).sum() == 9 and np.asarray(conf)[3].sum() == 0
    assert (res["unrelated_called_related"] == 0).all()
    # no unrelated gold pair scored: no rescaling to the competition mix
    assert res["competition_relative_score"].isna().all()
    # a higher threshold calls more pairs unrelated: misses never fall
    for _, g in res.groupby("setting"):
        assert g["related_missed"].is_monotonic_increasing
        assert g["related_missed"].iloc[-1] > g["related_missed"].iloc[0]


def test_claim_cv_bad_input(corpus):
    X, y = corpus[["headline", "body"]], corpus["stance"]
    with pytest.raises(ValueError, match="needs at least n_splits=5 claims; the data has 3"):
        claim_cv(X, y, n_splits=5)
    with pytest.raises(ValueError, match="text_model=True"):
        claim_cv(X, y, params={"text_model": True}, n_splits=3)
    with pytest.raises(ValueError, match="'max_iter' parameter"):
        claim_cv(X, y, params={"max_iter": 0}, n_splits=3)
    with pytest.raises(ValueError, match="'stack_in_sample' parameter .* must be a bool"):
        StanceClassifier(stack_in_sample="yes").fit(X, y)


# ----------------------------------------------------------------------------- evaluation


def test_evaluate_reweight_competition(tmp_path, capsys):
    rows = pairs()
    train = _write_fnc1(tmp_path / "train", [r for r in rows if not r[3].startswith("spider")])
    test = _write_fnc1(tmp_path / "test", [r for r in rows if r[3].startswith("spider")],
                       prefix="competition_test_")
    assert main(["evaluate", "stance", "--train", str(train), "--test", str(test),
                 "--reweight", "competition", "--json"]) == 0
    res = _last_json(capsys)
    again = reweighted_score(res["confusion"])
    assert res["competition_relative_score"] == pytest.approx(again.relative_score)
    assert res["competition_macro_f1"] == pytest.approx(again.macro_f1)
    conf = np.asarray(res["confusion"])
    assert res["related_as_unrelated"] == conf[:3, 3].sum()
    assert res["unrelated_as_related"] == conf[3, :3].sum()
    # the held-out story: its headline with its 3 bodies, the 2 other headlines with them
    assert conf.sum() == 9 and conf[3].sum() == 6
