"""TopicClassifier: label formats, probabilities, skops round trip, errors, real corpora."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import skops.io as sio

from mediakit.topics import TopicClassifier

DOCS = [
    ("OPEC agreed to cut crude oil output to lift prices", ["crude"]),
    ("Crude oil prices fell as US stocks of crude rose", ["crude"]),
    ("Saudi Arabia raised its crude oil output", ["crude"]),
    ("Oil refiners bought crude as gasoline demand rose", ["crude"]),
    ("Brent crude oil climbed on supply worries", ["crude"]),
    ("The central bank raised interest rates by a quarter point", ["interest"]),
    ("Bank cuts prime interest rate to 7.5 pct", ["interest"]),
    ("Interest rates on Treasury bills rose at the auction", ["interest"]),
    ("Fed expected to hold interest rates steady", ["interest"]),
    ("Bundesbank leaves discount interest rate unchanged", ["interest"]),
    ("Wheat harvest lifts grain exports from Australia", ["grain", "wheat"]),
    ("US wheat export sales rose, grain traders said", ["grain", "wheat"]),
    ("Soviet Union buys US wheat under grain agreement", ["grain", "wheat"]),
    ("Argentine wheat and grain shipments delayed by strike", ["grain", "wheat"]),
    ("Corn and grain futures rallied on export demand", ["grain", "corn"]),
    ("Farmers planted more corn as grain prices rose", ["grain", "corn"]),
    ("Company reports quarterly net profit up 12 pct", []),
    ("Shareholders approve the merger at a special meeting", []),
]
TEXTS = [t for t, _ in DOCS]
LABELS = [y for _, y in DOCS]


def _clf(**kw):
    params = {"min_df": 1, "max_df": 1.0, "cv": 3, "random_state": 0}
    params.update(kw)
    return TopicClassifier(**params)


def test_multilabel_lists_in_lists_out():
    clf = _clf().fit(TEXTS, LABELS)
    assert clf.output_ == "lists"
    assert clf.classes_.tolist() == ["corn", "crude", "grain", "interest", "wheat"]
    pred = clf.predict(["OPEC may cut crude oil output", "Egypt buys US wheat, grain traders say",
                        "The central bank cut interest rates"])
    assert pred == [["crude"], ["grain", "wheat"], ["interest"]]
    proba = clf.predict_proba(["OPEC may cut crude oil output"])
    assert proba.shape == (1, 5) and ((proba >= 0) & (proba <= 1)).all()
    assert proba[0].argmax() == 1  # crude


def test_indicator_matrix_in_indicator_out_with_class_names():
    Y = np.array([[1 if c in y else 0 for c in ("crude", "interest", "grain")] for y in LABELS])
    clf = _clf().fit(TEXTS, Y, classes=["crude", "interest", "grain"])
    assert clf.output_ == "indicator"
    assert clf.classes_.tolist() == ["crude", "interest", "grain"]
    P = clf.predict(["Crude oil output cut", "Bank raises interest rates"])
    assert P.tolist() == [[1, 0, 0], [0, 1, 0]]
    with pytest.raises(ValueError, match="only 0 and 1"):
        _clf().fit(TEXTS, Y * 2)


def test_single_label_returns_one_label_per_document():
    y = ["energy"] * 5 + ["rates"] * 5 + ["farm"] * 8
    clf = _clf().fit(TEXTS, y)
    assert clf.output_ == "single"
    pred = clf.predict(["Oil output cut by OPEC", "Wheat and corn exports"])
    assert pred.tolist() == ["energy", "farm"]
    proba = clf.predict_proba(["Oil output cut by OPEC"])
    assert proba.sum() == pytest.approx(1.0) and proba[0].argmax() == 0
    assert clf.score(TEXTS, y) == 1.0


def test_articles_table_input_repeats_title():
    arts = pd.DataFrame({"doc_id": [str(i) for i in range(len(TEXTS))], "title": TEXTS,
                         "text": [""] * len(TEXTS)})
    clf = _clf(title_weight=3).fit(arts, LABELS)
    assert clf.predict(pd.DataFrame({"title": ["Crude oil output"], "text": ["More text."]})) \
        == [["crude"]]


def test_thresholds_are_tuned_from_cross_validation():
    clf = _clf(cv=3, min_threshold_support=3).fit(TEXTS * 2, LABELS * 2)
    assert clf.threshold_.shape == (5,)
    assert (clf.threshold_ != 0).any()
    zero = _clf(thresholds="zero").fit(TEXTS, LABELS)
    assert (zero.threshold_ == 0).all()


def test_skops_round_trip(tmp_path):
    clf = _clf().fit(TEXTS, LABELS)
    path = tmp_path / "topics.skops"
    sio.dump(clf, path)
    untrusted = sio.get_untrusted_types(file=path)
    assert "mediakit.topics._classifier.TopicClassifier" in untrusted
    loaded = sio.load(path, trusted=untrusted)
    np.testing.assert_array_equal(loaded.predict_proba(TEXTS), clf.predict_proba(TEXTS))
    assert loaded.predict(TEXTS) == clf.predict(TEXTS)


def test_bad_input_is_named():
    with pytest.raises(ValueError, match="18 documents but 3 label entries"):
        _clf().fit(TEXTS, LABELS[:3])
    with pytest.raises(ValueError, match="mixes label lists and single labels"):
        _clf().fit(TEXTS, ["crude"] + LABELS[1:])
    with pytest.raises(ValueError, match="all 2 documents are empty"):
        _clf().fit(["", " "], [["a"], ["b"]])
    with pytest.raises(ValueError, match="no document has a label"):
        _clf().fit(TEXTS, [[] for _ in TEXTS])
    with pytest.raises(ValueError, match="label of document 2 is missing"):
        _clf().fit(TEXTS[:4], ["a", "b", None, "a"])
    with pytest.raises(TypeError, match="single string"):
        _clf().fit("oil", [["crude"]])
    with pytest.raises(ValueError, match="'thresholds' parameter"):
        _clf(thresholds="auto").fit(TEXTS, LABELS)


@pytest.mark.slow
def test_allsides_single_label_topics(allsides_dir):
    """AllSides' topic labels (single-label): accuracy on a random hold-out of one file.

    (The Reuters multi-label path is exercised by tests/test_evaluate_topics.py.)
    """
    from mediakit import load

    arts = load(sorted(allsides_dir.glob("articles-*.jsonl*"))[:1], format="allsides",
                progress=False).sample(n=2000, random_state=0)
    train, test = arts.iloc[:1600], arts.iloc[1600:]
    clf = TopicClassifier(cv=None, max_features=50000, n_jobs=2).fit(train, train["topic"])
    acc = clf.score(test, test["topic"])
    n_cls = len(clf.classes_)
    majority = test["topic"].value_counts(normalize=True).iloc[0]
    assert n_cls > 40
    assert acc > majority + 0.1, (acc, majority)


def test_fallback_gives_the_best_topic_to_documents_with_none():
    doc = ["Company reports record quarterly net profit"]
    assert _clf(fallback=False).fit(TEXTS, LABELS).predict(doc) == [[]]
    clf = _clf(fallback=True, fallback_margin=-10.0).fit(TEXTS, LABELS)
    pred = clf.predict(doc)
    assert len(pred[0]) == 1
    best = clf.classes_[clf.decision_function(doc)[0].argmax()]
    assert pred[0] == [best]
