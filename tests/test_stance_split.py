"""Tests of the claim-disjoint hold-out, the windowed cue features and stale-model handling."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from test_evaluate_stance import _last_json, _write_fnc1
from test_stance_corpus import STORIES, pairs

from mediakit import ModelFileError
from mediakit.cli import main
from mediakit.stance import StanceClassifier, default_model, disjoint_split
from mediakit.stance._features import cue_positions, load_cues, window_cues
from mediakit.stance._split import SPLITS

# ----------------------------------------------------------------------------- split


def test_disjoint_split_holds_out_whole_stories():
    rows = pairs()
    heads = [r[0] for r in rows]
    bodies = [r[3] for r in rows]
    stances = [r[2] for r in rows]
    train, test, info = disjoint_split(heads, bodies, stances, fraction=0.3, seed=1)
    # three stories of 3 bodies and 1 headline each: one story (30 % of 9 bodies -> 3) held out
    assert info["n_claims"] == 3 and info["n_test_claims"] == 1
    assert (info["n_test_bodies"], info["n_train_bodies"]) == (3, 6)
    held = {h for h, t in zip(heads, test, strict=True) if t}
    assert len(held) == 1
    story = next(k for k, (h, _) in STORIES.items() if h in held)
    # the held-out headline with its own 3 bodies; the train side: 2 headlines x 6 bodies
    assert test.sum() == 3 and train.sum() == 12
    assert {bodies[i] for i in np.flatnonzero(test)} == {f"{story}-{s}" for s in
                                                          ("agree", "disagree", "discuss")}
    assert not {heads[i] for i in np.flatnonzero(train)} & held
    # the cross pairs (held-out headline x training body and back) are all unrelated
    dropped = ~train & ~test
    assert info["n_dropped_pairs"] == dropped.sum() == 12
    assert {stances[i] for i in np.flatnonzero(dropped)} == {"unrelated"}


def test_disjoint_split_rejects_bad_input():
    with pytest.raises(ValueError, match=r"fraction must be in \(0, 1\)"):
        disjoint_split(["a", "b"], [1, 2], ["agree", "agree"], fraction=1.0)
    with pytest.raises(ValueError, match="at least 2 claims"):
        disjoint_split(["a", "a"], [1, 2], ["agree", "discuss"])
    with pytest.raises(ValueError, match="same length"):
        disjoint_split(["a", "b"], [1], ["agree", "agree"])


def test_disjoint_split_on_fnc1(fnc1_dir):
    from mediakit.io.fnc1 import read_fnc1
    from mediakit.stance._claim import fnc1_pairs

    bodies, stances = read_fnc1(fnc1_dir)
    data = fnc1_pairs(bodies, stances)
    args = (data["headline"].tolist(), data["body_id"].tolist(), data["stance"].tolist())
    train, test, info = disjoint_split(*args, fraction=0.2)
    tr, te = data[train], data[test]
    assert not set(tr["headline"]) & set(te["headline"])
    assert not set(tr["body_id"]) & set(te["body_id"])
    # about a fifth of the 1,683 bodies, claim by claim
    assert 0.2 <= info["n_test_bodies"] / 1683 < 0.25
    assert info["n_test_bodies"] + info["n_train_bodies"] == 1683
    assert set(data.loc[~train & ~test, "stance"]) == {"unrelated"}
    assert set(te["stance"]) == {"agree", "disagree", "discuss", "unrelated"}
    again = disjoint_split(*args, fraction=0.2)
    assert (again[1] == test).all() and again[2] == info


def test_evaluate_split_option(tmp_path, capsys):
    folder = _write_fnc1(tmp_path / "train", pairs())
    assert main(["evaluate", "stance", "--train", str(folder), "--holdout", "0.3",
                 "--split", "bodies+headlines", "--seed", "1", "--json"]) == 0
    res = _last_json(capsys)
    assert res["split"]["kind"] == "bodies+headlines"
    assert (res["n_train"], res["n_test"], res["split"]["n_dropped_pairs"]) == (12, 3, 12)
    assert main(["evaluate", "stance", "--train", str(folder), "--holdout", "0.34",
                 "--json"]) == 0
    assert _last_json(capsys)["split"]["kind"] == "bodies"
    assert main(["evaluate", "stance", "--train", str(folder), "--test", str(folder),
                 "--split", "bodies+headlines"]) == 2
    assert "--split applies to --holdout only" in capsys.readouterr().err


def test_split_names_agree_with_evaluation():
    from mediakit.evaluation import stance as ev

    assert ev.SPLITS == SPLITS


# ----------------------------------------------------------------------------- windowed cues


def test_window_cues_count_refutations_near_the_claim_words():
    cues = load_cues()
    headline_stems = {"mayor", "arres"}
    body = ("The weather was fine and nothing else happened in the city on Monday at all. "
            "Police denied that the mayor was arrested, calling the report false.")
    toks = body.lower().replace(".", " ").replace(",", " ").split()
    matches = np.array([i for i, t in enumerate(toks) if t[:5] in headline_stems])
    near, before, cover = window_cues(len(toks), matches, cue_positions(toks, cues), width=8)
    # "denied" and "false" are within 8 tokens of "mayor"/"arrested"; "nothing" is not
    assert near[0] == 2
    assert near[3] == 0
    # "denied that the mayor": the denial is among the 3 tokens just before a match;
    # "false" comes 4 tokens after "arrested", so it is near but not before
    assert before.tolist() == [1, 0, 0, 0]
    assert 0 < cover < 1
    near2, before2, _ = window_cues(len(toks), matches[:0], cue_positions(toks, cues))
    assert near2.sum() == before2.sum() == 0


def test_windowed_features_separate_disputing_bodies(corpus_model):
    headline = "Mayor of Springfield arrested for fraud"
    filler = "It rained in Springfield on Monday and the market was quiet. " * 3
    agree = filler + "Police confirmed the mayor was arrested for fraud on Tuesday."
    disagree = filler + "Police denied that the mayor was arrested; the fraud story is a hoax."
    X, names, _ = corpus_model.featurizer_.dense([headline] * 2, [agree, disagree])
    f = pd.DataFrame(X, columns=names, index=["agree", "disagree"])
    assert f.loc["disagree", "win_refute"] >= 2 > f.loc["agree", "win_refute"]
    assert f.loc["agree", "win_support"] == 1
    # the lead is the filler: no cues there
    assert f[["lead_refute", "lead_hedge"]].to_numpy().sum() == 0


# ----------------------------------------------------------------------------- stale models


@pytest.fixture(scope="module")
def corpus_model() -> StanceClassifier:
    rows = pairs()
    X = [(h, b) for h, b, _, _ in rows]
    return StanceClassifier(max_iter=10, n_components=5, context_cues=True).fit(
        X, [r[2] for r in rows])


@pytest.mark.slow  # skops import and two round trips
def test_stale_model_file_is_refused_with_retrain_advice(corpus_model, tmp_path):
    path = corpus_model.save(tmp_path / "ok.skops")
    assert StanceClassifier.load(path).model_format_ == corpus_model.model_format_
    old = StanceClassifier(**corpus_model.get_params())
    old.__dict__.update({k: v for k, v in corpus_model.__dict__.items() if k != "model_format_"})
    old.save(tmp_path / "old.skops")
    with pytest.raises(ModelFileError, match=r"model format None .*older.*Retrain it"):
        StanceClassifier.load(tmp_path / "old.skops")


@pytest.mark.slow  # trains the default model on a tiny FNC-1 folder
def test_default_model_retrains_a_stale_cache(corpus_model, tmp_path, monkeypatch):
    from mediakit.stance import _claim

    data_home = tmp_path / "data"
    _write_fnc1(data_home / "fnc1", pairs())
    cache = tmp_path / "cache"
    monkeypatch.setenv("MEDIAKIT_CACHE", str(cache))
    monkeypatch.setattr(_claim, "_DEFAULT", {})
    stale = StanceClassifier(**corpus_model.get_params())
    stale.__dict__.update(corpus_model.__dict__)
    stale.model_format_ = -1
    cache.mkdir()
    stale.save(cache / "stance_fnc1.skops")
    with pytest.warns(UserWarning, match="cached default stance model cannot be used.*retraining"):
        model = default_model(data_home=data_home)
    assert model.model_format_ == corpus_model.model_format_
    # the cache now holds the fresh model: read again without any warning
    monkeypatch.setattr(_claim, "_DEFAULT", {})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = default_model(data_home=data_home)
    X = [(STORIES["spider"][0], STORIES["spider"][1]["agree"])]
    np.testing.assert_array_equal(again.predict_proba(X), model.predict_proba(X))
