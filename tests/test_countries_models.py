"""CountryVectorizer, NewsmapClassifier, CountryClassifier: sklearn contract, skops, behaviour."""

from __future__ import annotations

import numpy as np
import pytest
import skops.io as sio
from sklearn.base import clone
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import Normalizer

from mediakit.countries import (
    CountryClassifier,
    CountryMatcher,
    CountryVectorizer,
    NewsmapClassifier,
)

# A small corpus of wire-style sentences: oil/grain stories about Moscow, markets about the US,
# and unlabelled stories that name no country.
RUS = ["Moscow said Russia would cut crude oil output by the spring",
       "Russian grain harvest hit by frost, Moscow officials said",
       "The Kremlin announced new oil export quotas for pipeline crude",
       "Soviet wheat purchases and grain harvest talks in Moscow"]
USA = ["Wall Street stocks fell as the dollar slid, Washington data showed",
       "The Federal Reserve in Washington kept interest rates on treasury bonds",
       "U.S. corporate earnings rose; dollar and stocks gained on Wall Street",
       "American banks raised the prime rate as treasury yields climbed"]
DOCS = RUS + USA + ["crude oil output quotas and grain harvest", "stocks and treasury bonds"]


def save_load(est, tmp_path):
    path = tmp_path / "model.skops"
    sio.dump(est, path)
    return sio.load(path, trusted=sio.get_untrusted_types(file=path))


def test_vectorizer_counts_and_names():
    v = CountryVectorizer().fit()
    X = v.transform(["Moscow said Russia and the Kremlin", "", "U.S. and US-led"])
    names = list(v.get_feature_names_out())
    assert X.shape == (3, len(names))
    assert X[0, names.index("RUS")] == 3
    assert X[1].nnz == 0
    assert X[2, names.index("USA")] == 2
    Xb = CountryVectorizer(binary=True).fit().transform(["Moscow said Russia"])
    assert Xb.sum() == 1
    with pytest.raises(ValueError, match="string object received"):
        v.transform("Moscow")


def test_vectorizer_in_pipeline_and_skops(tmp_path):
    pipe = make_pipeline(CountryVectorizer(), Normalizer(norm="l1")).fit(DOCS)
    Xt = pipe.transform(["Moscow and Washington"])
    assert Xt.sum() == pytest.approx(1.0)
    v2 = save_load(CountryVectorizer().fit(), tmp_path)
    assert (v2.transform(["Moscow and Washington"]) != CountryVectorizer().fit().transform(
        ["Moscow and Washington"])).nnz == 0


def test_newsmap_learns_without_labels():
    nm = NewsmapClassifier(min_df=1, min_seed_docs=1).fit(DOCS)
    assert {"RUS", "USA"} <= set(nm.classes_)
    # texts that name no country are placed by the words learned from seeded ones
    assert nm.predict_countries(["frost hit the grain harvest and oil output",
                                 "treasury yields and stocks"]) == [["RUS"], ["USA"]]
    top = nm.top_words("RUS", 10)
    assert "moscow" in top and "frost" in top and "stocks" not in top
    P = nm.predict(["crude oil quotas"])
    assert P.shape == (1, len(nm.classes_)) and P.sum() == 1


def test_newsmap_multi_label_and_dictionary():
    nm = NewsmapClassifier(min_df=1, min_seed_docs=1).fit(DOCS)
    both = nm.predict_countries(["Moscow and Washington talks on oil and stocks"])[0]
    assert set(both) == {"RUS", "USA"}
    pure = clone(nm).set_params(dictionary_weight=0.0).fit(DOCS)
    assert pure.predict_countries(["grain harvest frost"]) == [["RUS"]]


def test_newsmap_deterministic_and_skops(tmp_path):
    a = NewsmapClassifier(min_df=1, min_seed_docs=1).fit(DOCS)
    b = NewsmapClassifier(min_df=1, min_seed_docs=1).fit(DOCS)
    np.testing.assert_array_equal(a.coef_, b.coef_)
    c = save_load(a, tmp_path)
    np.testing.assert_allclose(c.decision_function(DOCS), a.decision_function(DOCS))
    assert c.predict_countries(DOCS) == a.predict_countries(DOCS)


def test_newsmap_errors():
    with pytest.raises(ValueError, match="at least one document"):
        NewsmapClassifier().fit([])
    with pytest.raises(ValueError, match="min_seed_docs"):
        NewsmapClassifier(min_seed_docs=5).fit(["Iraq oil", "no country here"])
    with pytest.raises(ValueError, match="'smooth' parameter"):
        NewsmapClassifier(smooth=0).fit(DOCS)
    with pytest.raises(ValueError, match="document 1 is a int"):
        NewsmapClassifier().fit(["Iraq", 3])


def test_country_classifier_supervised(tmp_path):
    y = [["RUS"]] * 4 + [["USA"]] * 4 + [["RUS"], ["USA"]]
    clf = CountryClassifier(min_df=1).fit(DOCS, y)
    assert list(clf.classes_) == ["RUS", "USA"]
    assert clf.predict_countries(["grain harvest and oil quotas", "stocks on Wall Street"]) == [
        ["RUS"], ["USA"]]
    P = clf.predict(["frost"])
    assert P.shape == (1, 2) and P.sum() >= 1  # at least the best country
    clf2 = save_load(clf, tmp_path)
    np.testing.assert_allclose(clf2.decision_function(DOCS), clf.decision_function(DOCS))
    again = CountryClassifier(min_df=1).fit(DOCS, y)
    np.testing.assert_allclose(again.decision_function(DOCS), clf.decision_function(DOCS))


def test_country_classifier_errors():
    with pytest.raises(ValueError, match="label sets"):
        CountryClassifier().fit(DOCS, [["RUS"]])
    with pytest.raises(ValueError, match="is the string 'RUS'"):
        CountryClassifier().fit(["Moscow"], ["RUS"])
    with pytest.raises(ValueError, match="no labels"):
        CountryClassifier().fit(["Moscow"], [[]])


def test_matcher_skops_round_trip(tmp_path):
    m = CountryMatcher(cities=True).fit()
    m2 = save_load(m, tmp_path)
    text = "MOSCOW, March 3 - Chicago traders and the Kremlin"
    assert m2.find(text) == m.find(text)
    assert m2.get_params() == m.get_params()


@pytest.mark.parametrize("est", [CountryMatcher(cities=True), CountryVectorizer(binary=True),
                                 NewsmapClassifier(min_df=3), CountryClassifier(C=2.0)])
def test_sklearn_contract_params_and_clone(est):
    params = est.get_params()
    twin = clone(est)
    assert twin.get_params() == params and twin is not est
    assert not [k for k in vars(twin) if k.endswith("_") and not k.startswith("__")]
    with pytest.raises(TypeError):
        type(est)(1)  # keyword-only __init__
