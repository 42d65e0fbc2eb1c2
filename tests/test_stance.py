"""Tests of mediakit.stance: FNC-1 score, StanceClassifier, claim_stance, stance_over_time."""

from __future__ import annotations

import pickle
import zipfile

import numpy as np
import pandas as pd
import pytest
from test_stance_corpus import STORIES, pairs

from mediakit import ModelFileError, schema
from mediakit.errors import DatasetNotFoundError
from mediakit.stance import (
    LABELS,
    StanceClassifier,
    claim_stance,
    default_model,
    fnc_score,
    holdout_split,
    stance_shares,
)

# ----------------------------------------------------------------------------- fnc_score


def test_fnc_score_by_hand():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated", "discuss"]
    pred = ["agree", "discuss", "unrelated", "unrelated", "agree", "discuss"]
    # agree/agree 1.0; disagree->discuss 0.25 (related, wrong class); discuss->unrelated 0;
    # unrelated/unrelated 0.25; unrelated->agree 0; discuss/discuss 1.0  => 2.5
    # max = 4 related * 1.0 + 2 unrelated * 0.25 = 4.5
    s = fnc_score(gold, pred)
    assert s.score == 2.5
    assert s.max_score == 4.5
    assert s.relative_score == pytest.approx(100 * 2.5 / 4.5)
    # confusion rows gold, columns predicted, LABELS order
    assert s.confusion == [
        [1, 0, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 1, 1],
        [1, 0, 0, 1],
    ]
    # agree: tp 1, 1 gold + 2 predicted -> 2/3; disagree: 0; discuss: tp 1, 2 gold + 2 pred
    # -> 0.5; unrelated: tp 1, 2 gold + 2 pred -> 0.5
    assert s.per_class_f1 == pytest.approx(
        {"agree": 2 / 3, "disagree": 0.0, "discuss": 0.5, "unrelated": 0.5})
    assert s.macro_f1 == pytest.approx((2 / 3 + 0 + 0.5 + 0.5) / 4)
    assert s.to_dict()["labels"] == list(LABELS)


def test_fnc_score_perfect_and_case_insensitive():
    s = fnc_score(["Agree", "unrelated"], ["agree", " UNRELATED "])
    assert (s.score, s.max_score, s.relative_score) == (1.25, 1.25, 100.0)


@pytest.mark.parametrize(
    ("gold", "pred", "match"),
    [
        (["agree"], ["agrees"], r"y_pred holds unknown stance labels \['agrees'\]"),
        (["agree", "discuss"], ["agree"], "2 labels but y_pred has 1"),
        ([], [], "at least one pair"),
        ("agree", ["agree"], "string was given"),
    ],
)
def test_fnc_score_bad_input(gold, pred, match):
    with pytest.raises((ValueError, TypeError), match=match):
        fnc_score(gold, pred)


# ----------------------------------------------------------------------------- classifier


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return pd.DataFrame(pairs(), columns=["headline", "body", "stance", "body_key"])


@pytest.fixture(scope="module")
def small_model(corpus) -> StanceClassifier:
    return StanceClassifier(max_iter=20, n_components=5).fit(
        corpus[["headline", "body"]], corpus["stance"])


def test_fit_predict_shapes_and_proba(small_model, corpus):
    X = corpus[["headline", "body"]]
    proba = small_model.predict_proba(X)
    assert proba.shape == (len(corpus), 4)
    assert list(small_model.classes_) == list(LABELS)
    assert np.allclose(proba.sum(axis=1), 1.0)
    pred = small_model.predict(X)
    assert set(pred) <= set(LABELS)
    # on its own training data the related/unrelated split is learnt (pure lexical overlap)
    related_ok = (pred != "unrelated") == (corpus["stance"] != "unrelated").to_numpy()
    assert related_ok.mean() >= 0.9


def test_tuples_and_dataframe_give_same_predictions(small_model, corpus):
    X = corpus[["headline", "body"]]
    tuples = list(zip(corpus["headline"], corpus["body"], strict=True))
    assert small_model.predict(X).tolist() == small_model.predict(tuples).tolist()


def test_unrelated_story_is_unrelated(small_model):
    headline = STORIES["spider"][0]
    body = ("Apple and HBO are in talks over a streaming service that would cost 15 dollars "
            "a month, people familiar with the plans said.")
    assert small_model.predict([(headline, body)]).tolist() == ["unrelated"]


@pytest.mark.parametrize(
    ("X", "match"),
    [
        ([("", "A body about Isis.")], r"1 pair\(s\) have an empty headline/claim"),
        ([("Isis flees", "   ")], r"empty body \(first at position 0\)"),
        (pd.DataFrame({"headline": ["Isis flees"], "text": ["Isis fled."]}), "lacks column"),
        ("Isis flees", "single string"),
        ([("Isis flees", "Isis fled.", "agree")], "not a \\(headline, body\\) pair"),
    ],
)
def test_bad_pairs_rejected_at_predict(small_model, X, match):
    with pytest.raises((ValueError, TypeError), match=match):
        small_model.predict(X)


def test_fit_rejects_unknown_labels_and_one_sided_data(corpus):
    X = corpus[["headline", "body"]]
    y = corpus["stance"].replace({"discuss": "neutral"})
    with pytest.raises(ValueError, match=r"unknown stance labels \['neutral'\]"):
        StanceClassifier().fit(X, y)
    rel = corpus["stance"] != "unrelated"
    with pytest.raises(ValueError, match="needs both 'unrelated' and related"):
        StanceClassifier().fit(X[rel], corpus["stance"][rel])
    with pytest.raises(ValueError, match="27 pairs but y has 26"):
        StanceClassifier().fit(X, corpus["stance"][:-1])


@pytest.mark.parametrize(("param", "value"), [("max_iter", 0), ("class_weight_power", 2.0),
                                               ("related_threshold", 1.0), ("C", -1),
                                               ("linear_weight", 1.5), ("text_model", "yes")])
def test_parameters_validated_at_fit(corpus, param, value):
    clf = StanceClassifier(**{param: value})
    with pytest.raises(ValueError, match=f"The '{param}' parameter of StanceClassifier must be"):
        clf.fit(corpus[["headline", "body"]], corpus["stance"])


@pytest.mark.slow  # importing skops takes seconds
def test_skops_round_trip(small_model, corpus, tmp_path):
    path = small_model.save(tmp_path / "stance.skops")
    loaded = StanceClassifier.load(path)
    X = corpus[["headline", "body"]]
    np.testing.assert_array_equal(loaded.predict_proba(X), small_model.predict_proba(X))


def test_load_refuses_pickle_and_foreign_files(tmp_path):
    pkl = tmp_path / "model.pkl"
    pkl.write_bytes(pickle.dumps({"not": "a model"}))
    with pytest.raises(ModelFileError, match="not a skops model file"):
        StanceClassifier.load(pkl)
    with pytest.raises(ModelFileError, match="model file not found"):
        StanceClassifier.load(tmp_path / "missing.skops")
    zpath = tmp_path / "other.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ModelFileError, match="skops"):
        StanceClassifier.load(zpath)


def test_cue_features_spot_refuting_and_hedging_near_the_claim(small_model):
    """Cue counts in the body sentences closest to the headline tell the stances apart."""
    headline = STORIES["spider"][0]
    filler = "The weather in Bali was hot on Monday. "
    agree = filler + "Doctors confirmed a spider crawled through the tourist's stomach."
    disagree = filler + ("The tale of a spider in a tourist's stomach is a hoax. Doctors said "
                         "the spider claim is false and isn't true.")
    discuss = filler + ("A spider may reportedly be in the tourist's stomach, according to "
                        "unconfirmed rumours.")
    X, names, _ = small_model.featurizer_.dense([headline] * 3, [agree, disagree, discuss])
    f = pd.DataFrame(X, columns=names, index=["agree", "disagree", "discuss"])
    # hoax, false, "isn't true" -> 3 refuting cues; "isn't" also counts as a negation
    assert f.loc["disagree", "top_refute"] == 3
    assert f.loc["agree", "top_refute"] == 0 and f.loc["discuss", "top_refute"] == 0
    assert f.loc["disagree", "top_negation"] == 1
    # may, reportedly, according, unconfirmed, rumours
    assert f.loc["discuss", "top_hedge"] == 5
    assert f.loc["agree", "top_support"] == 1  # confirmed
    assert (f["head_refute"] == 0).all()
    # the best-matching sentence is never the filler (relative position 0)
    assert (f["sent_pos"] > 0).all()
    assert f["sent_max"].min() > 0.3


# ----------------------------------------------------------------------------- claim_stance


def _articles() -> pd.DataFrame:
    bodies = STORIES["spider"][1]
    return schema.coerce(pd.DataFrame({
        "doc_id": ["d1", "d2", "d3", "d4"],
        "published": pd.to_datetime(["2014-11-03", "2014-11-04", "2014-11-12", "2014-11-13"],
                                    utc=True),
        "source": ["a.com", "b.com", "a.com", "c.com"],
        "title": ["Spider story", "Spider debunked", "Spider claims", "Cats"],
        "text": [bodies["agree"], bodies["disagree"], bodies["discuss"],
                 "A cat in Ohio won a baking contest on Sunday, its owner said."],
    }), "articles")


def test_claim_stance_table(small_model):
    out = claim_stance(_articles(), STORIES["spider"][0], model=small_model)
    assert list(out.columns) == ["doc_id", "stance", "p_agree", "p_disagree", "p_discuss",
                                 "p_unrelated", "published", "source"]
    assert out["doc_id"].tolist() == ["d1", "d2", "d3", "d4"]
    assert out.loc[3, "stance"] == "unrelated"
    assert (out.loc[:2, "stance"] != "unrelated").all()
    assert np.allclose(out[["p_agree", "p_disagree", "p_discuss", "p_unrelated"]].sum(axis=1), 1)
    assert str(out["published"].dtype) == "datetime64[ns, UTC]"
    assert out["source"].tolist() == ["a.com", "b.com", "a.com", "c.com"]


def test_claim_stance_bad_input(small_model):
    with pytest.raises(ValueError, match="claim must be a non-empty string"):
        claim_stance(_articles(), "  ", model=small_model)
    arts = _articles()
    arts.loc[1, ["text", "title"]] = pd.NA
    with pytest.warns(UserWarning, match=r"1 article\(s\) have no text or title .*'d2'"):
        out = claim_stance(arts, STORIES["spider"][0], model=small_model)
    assert out["stance"].isna().tolist() == [False, True, False, False]
    with pytest.raises(ValueError, match="no text or title"):
        claim_stance(arts, STORIES["spider"][0], model=small_model, strict=True)


def test_default_model_without_data_says_how_to_train(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIAKIT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("MEDIAKIT_DATA", str(tmp_path / "nothing"))
    with pytest.raises(DatasetNotFoundError, match=r"StanceClassifier\(\)\.fit"):
        default_model(data_home=tmp_path / "nothing", cache=False)


def test_stance_shares_and_plot(small_model):
    table = pd.DataFrame({
        "published": pd.to_datetime(["2014-11-03", "2014-11-04", "2014-11-12", "2014-11-13",
                                     None], utc=True),
        "stance": ["agree", "disagree", "discuss", "unrelated", "agree"],
    })
    with pytest.warns(UserWarning, match="1 of 5 articles have no date"):
        counts = stance_shares(table, freq="W")
    assert list(counts.columns) == ["agree", "disagree", "discuss"]
    # weeks starting Mon 2014-11-03 and Mon 2014-11-10; the unrelated row is not counted
    assert counts.index.strftime("%Y-%m-%d").tolist() == ["2014-11-03", "2014-11-10"]
    assert counts.to_numpy().tolist() == [[1, 1, 0], [0, 0, 1]]

    from mediakit.plots import stance_over_time

    with pytest.warns(UserWarning, match="no date"):
        fig = stance_over_time(table, freq="W")
    ax = fig.axes[0]
    heights = [[bar.get_height() for bar in c] for c in ax.containers]
    assert heights == [[1, 0], [1, 0], [0, 1]]
    import matplotlib.pyplot as plt

    fig2, ax2 = plt.subplots()
    try:
        assert stance_over_time(table.dropna(), ax=ax2, share=True) is fig2
    finally:
        plt.close(fig2)


# ----------------------------------------------------------------------------- FNC-1 data


def test_holdout_split_matches_baseline_sizes(fnc1_dir):
    from mediakit.io.fnc1 import read_fnc1

    bodies, _ = read_fnc1(fnc1_dir)
    train, hold = holdout_split(bodies["body_id"], fraction=0.2)
    assert (len(train), len(hold)) == (int(0.8 * 1683), 1683 - int(0.8 * 1683))
    assert not set(train) & set(hold)
    assert holdout_split(bodies["body_id"], fraction=0.2) == (train, hold)


@pytest.fixture(scope="module")
def fnc1_subset(fnc1_dir):
    from mediakit.io.fnc1 import read_fnc1
    from mediakit.stance._claim import fnc1_pairs

    bodies, stances = read_fnc1(fnc1_dir)
    train_ids, hold_ids = holdout_split(bodies["body_id"], fraction=0.2)
    data = fnc1_pairs(bodies, stances)
    tr = data[data["body_id"].isin(train_ids[:120])]
    te = data[data["body_id"].isin(hold_ids[:40])]
    return tr, te


@pytest.mark.slow
def test_fnc1_subset_beats_chance_and_is_deterministic(fnc1_subset):
    tr, te = fnc1_subset
    X, Xte = tr[["headline", "body"]], te[["headline", "body"]]
    m1 = StanceClassifier(max_iter=40, n_components=20, random_state=3).fit(X, tr["stance"])
    m2 = StanceClassifier(max_iter=40, n_components=20, random_state=3).fit(X, tr["stance"])
    p1 = m1.predict(Xte)
    assert p1.tolist() == m2.predict(Xte).tolist()
    s = fnc_score(te["stance"].tolist(), list(p1))
    # all-"unrelated" earns only the unrelated share of the maximum (about 40 % here);
    # trained on ~7 % of FNC-1 the model must get the related/unrelated split nearly right
    all_unrel = fnc_score(te["stance"].tolist(), ["unrelated"] * len(te)).relative_score
    assert all_unrel < 45
    assert s.relative_score > 70
    assert s.per_class_f1["unrelated"] > 0.9


def test_text_model_option_round_trips_its_scores(corpus):
    """text_model=True adds the TF-IDF text model's scores; predictions stay well-formed."""
    X = corpus[["headline", "body"]]
    clf = StanceClassifier(max_iter=10, n_components=5, n_folds=3, text_model=True,
                           linear_weight=0.0).fit(X, corpus["stance"])
    assert clf.linear_model_ is not None and clf.hand_model_ is None
    assert clf.stance_model_.n_features_in_ == len(clf.feature_names_) + 3
    proba = clf.predict_proba(X)
    assert np.allclose(proba.sum(axis=1), 1.0)
    # the default (no text model) fits no sparse vocabulary at all; it has the windowed
    # cue features, which context_cues=False leaves out
    plain = StanceClassifier(max_iter=10, n_components=5).fit(X, corpus["stance"])
    assert plain.linear_model_ is None and plain.featurizer_.sent_tfidf_ is None
    assert plain.stance_model_.n_features_in_ == len(plain.feature_names_)
    windowed = [n for n in plain.feature_names_ if n.startswith(("win_", "pre_", "lead_"))]
    # win_/pre_/lead_ x 4 cue categories, plus win_cover, win_refute_share, win_hedge_share
    assert len(windowed) == 15
    bare = StanceClassifier(max_iter=10, n_components=5, context_cues=False).fit(
        X, corpus["stance"])
    assert set(plain.feature_names_) - set(bare.feature_names_) == set(windowed)
