"""who_accuses_whom / accusations_over_time and their plots, on articles written for tests."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from mediakit import coverage, plots
from mediakit.accusations import AccusationExtractor


@pytest.fixture(scope="module")
def corpus():
    arts = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e"],
        "title": ["Russia accuses US of 'pretending' to fight Isis",
                  "Moscow blames Washington for stalled talks",
                  "Syria accuses Israel of air strikes",
                  "Weather turns cold",
                  "Russia accuses US of lying"],
        "text": ["The Kremlin also accused the Pentagon of arming militants.",
                 "", "Damascus said the raids hit a depot.", "Snow fell.",
                 "Nothing else."],
        "published": pd.to_datetime(["2017-10-02", "2017-10-03", "2017-10-10",
                                     "2017-10-11", None], utc=True),
    })
    acc = AccusationExtractor().fit().transform(arts)
    return arts, acc


def test_who_accuses_whom_counts(corpus):
    arts, acc = corpus
    t = coverage.who_accuses_whom(acc)
    # a: 2 RUS->USA rows in one article; b: 1; e: 1 (undated, still counted without filter)
    rus = t[(t["accuser"] == "RUS") & (t["accused"] == "USA")].iloc[0]
    assert (rus["n_accusations"], rus["n_articles"]) == (4, 3)
    syr = t[(t["accuser"] == "SYR") & (t["accused"] == "ISR")].iloc[0]
    assert (syr["n_accusations"], syr["n_articles"]) == (1, 1)
    assert t.iloc[0]["accuser"] == "RUS"  # sorted by count
    m = coverage.who_accuses_whom(acc, matrix="n_articles")
    assert m.loc["RUS", "USA"] == 3 and m.loc["SYR", "USA"] == 0


def test_who_accuses_whom_date_filter_warns_about_undated(corpus):
    arts, acc = corpus
    with pytest.warns(UserWarning, match="1 of 5 articles have no published date"):
        t = coverage.who_accuses_whom(acc, "2017-10-01", "2017-10-08", articles=arts)
    assert t[["accuser", "accused", "n_accusations"]].values.tolist() == [["RUS", "USA", 3]]
    with pytest.raises(ValueError, match="articles="):
        coverage.who_accuses_whom(acc, "2017-10-01")
    with pytest.raises(Exception, match="no published date"):
        coverage.who_accuses_whom(acc, "2017-10-01", articles=arts, strict=True)


def test_by_text_and_unresolved(corpus):
    _, acc = corpus
    t = coverage.who_accuses_whom(acc, by="text")
    assert ("Syria", "Israel") in set(zip(t["accuser"], t["accused"], strict=True))
    with pytest.raises(ValueError, match="by must be"):
        coverage.who_accuses_whom(acc, by="name")


def test_accusations_over_time(corpus):
    arts, acc = corpus
    with pytest.warns(UserWarning, match="no published date"):
        t = coverage.accusations_over_time(acc, arts, freq="W")
    wk1 = t[t["period"] == pd.Timestamp("2017-10-02", tz="UTC")]
    rus = wk1[(wk1["accuser"] == "RUS") & (wk1["accused"] == "USA")].iloc[0]
    # week of 2 Oct: articles a and b (both RUS->USA) out of 2 dated articles
    assert (rus["n_accusations"], rus["n_articles"], rus["n_total"], rus["share"]) == (
        3, 2, 2, 1.0)
    wk2 = t[t["period"] == pd.Timestamp("2017-10-09", tz="UTC")]
    assert wk2[["accuser", "accused", "n_articles", "n_total"]].values.tolist() == [
        ["SYR", "ISR", 1, 2]]


def test_plots_return_figures(corpus):
    arts, acc = corpus
    fig = plots.accusation_matrix(coverage.who_accuses_whom(acc))
    assert isinstance(fig, Figure)
    assert [x.get_text() for x in fig.axes[0].get_yticklabels()] == ["RUS", "SYR"]
    with pytest.warns(UserWarning):
        over = coverage.accusations_over_time(acc, arts)
    fig2 = plots.accusation_timeline(over, top=1)
    labels = [x.get_text() for x in fig2.axes[0].get_legend().get_texts()]
    assert labels == ["RUS → USA"]
    empty = plots.accusation_matrix(coverage.who_accuses_whom(acc.iloc[:0]))
    assert isinstance(empty, Figure)
    with pytest.raises(ValueError, match="value must be"):
        plots.accusation_matrix(coverage.who_accuses_whom(acc), value="share")


def test_who_accuses_whom_by_method():
    from mediakit.coverage import who_accuses_whom

    acc = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "polarity": ["accuse"] * 3,
        "accuser_iso3": ["RUS", "RUS", "CHN"], "accused_iso3": ["USA", "USA", "USA"],
        "method": ["rules", "scorer", "scorer"]})
    assert who_accuses_whom(acc)["n_accusations"].tolist() == [2, 1]
    assert who_accuses_whom(acc, method="rules").values.tolist() == [["RUS", "USA", 1, 1]]
    assert sorted(who_accuses_whom(acc, method="scorer")["accuser"]) == ["CHN", "RUS"]
    # a table of an earlier version (no method column) holds rule rows only
    old = acc.drop(columns="method")
    assert who_accuses_whom(old, method="rules")["n_accusations"].sum() == 3
    assert who_accuses_whom(old, method="scorer").empty
    with pytest.raises(ValueError, match="method must be"):
        who_accuses_whom(acc, method="learned")
