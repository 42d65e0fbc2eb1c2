"""country_attention (counts, shares of all articles, incomplete periods) and coverage_timeline."""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from mediakit import schema
from mediakit.countries import doc_countries, find_mentions
from mediakit.coverage import country_attention
from mediakit.plots import coverage_timeline

matplotlib.use("Agg")


@pytest.fixture()
def corpus():
    arts = pd.DataFrame({
        "doc_id": ["a1", "a2", "a3", "b1", "b2", "b3", "b4"],
        "source": ["indy", "indy", "indy", "post", "post", "post", "post"],
        "published": pd.to_datetime(["2017-10-02", "2017-10-04", "2017-10-10",
                                     "2017-10-03", "2017-10-03", "2017-10-05", "2017-10-11"],
                                    utc=True),
        "title": ["Russia accuses US of 'pretending' to fight Isis", "Weather", "Syria talks",
                  "Moscow and Damascus", "Local news", "Sports", "Kremlin says"],
        "text": ["Moscow said the Pentagon...", "Rain.", "Damascus and Moscow met.",
                 "Russian jets.", "Nothing.", "Nothing.", "More."],
    })
    return arts, doc_countries(find_mentions(arts), arts)


def test_counts_and_shares_per_source_and_week(corpus):
    arts, dc = corpus
    att = country_attention(arts, dc, freq="W", by="source", countries=["RUS", "SYR"])
    row = att.set_index(["source", att["period"].dt.strftime("%Y-%m-%d"), "iso3"])
    # indy, week of Oct 2: a1 (Russia), a2 (none): 1 of 2 articles
    assert row.loc[("indy", "2017-10-02", "RUS"), ["n_articles", "n_total"]].tolist() == [1, 2]
    assert row.loc[("indy", "2017-10-02", "RUS"), "share"] == pytest.approx(0.5)
    assert row.loc[("indy", "2017-10-02", "SYR"), "n_articles"] == 0  # zero row kept
    # post, week of Oct 2: b1 names Russia and Syria; 1 of 3 articles
    assert row.loc[("post", "2017-10-02", "SYR"), "share"] == pytest.approx(1 / 3)
    # week of Oct 9 is incomplete (it ends after the last article, Oct 11)
    inc = att.groupby(att["period"].dt.strftime("%Y-%m-%d"))["incomplete"].all()
    assert inc.to_dict() == {"2017-10-02": False, "2017-10-09": True}
    assert row.loc[("post", "2017-10-09", "RUS"), "n_articles"] == 1


def test_all_sources_and_primary_only(corpus):
    arts, dc = corpus
    att = country_attention(arts, dc, freq="M")
    usa = att[att["iso3"] == "USA"]
    assert usa[["n_articles", "n_total"]].values.tolist() == [[1, 7]]
    prim = country_attention(arts, dc, freq="M", primary_only=True)
    assert set(prim["iso3"]) <= set(dc.loc[dc["primary"], "iso3"])


def test_undated_articles_are_counted_and_warned(corpus):
    arts, dc = corpus
    arts = arts.copy()
    arts.loc[1, "published"] = pd.NaT
    with pytest.warns(UserWarning, match="1 of 7 articles have no published date"):
        att = country_attention(arts, dc)
    assert att["n_total"].groupby(att["period"]).first().sum() <= 6
    with pytest.raises(schema.SchemaError, match="no published date"):
        country_attention(arts, dc, strict=True)
    with pytest.raises(schema.SchemaError, match="by column 'outlet'"):
        country_attention(arts, dc, by="outlet")


def test_coverage_timeline_figure(corpus):
    arts, dc = corpus
    att = country_attention(arts, dc, freq="W", by="source")
    fig = coverage_timeline(att, countries=["RUS", "SYR"], value="count")
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Russia", "Syria"]
    assert ax.get_ylabel() == "articles"
    fig2 = coverage_timeline(att, by_value="post")
    assert "post" in fig2.axes[0].get_title()
    with pytest.raises(ValueError, match="'share' or 'count'"):
        coverage_timeline(att, value="ratio")
    with pytest.raises(schema.SchemaError, match="country_attention"):
        coverage_timeline(dc)


def test_coverage_timeline_into_given_axes(corpus):
    arts, dc = corpus
    fig = Figure()
    ax = fig.subplots()
    out = coverage_timeline(country_attention(arts, dc), ax=ax)
    assert out is fig and ax.lines
