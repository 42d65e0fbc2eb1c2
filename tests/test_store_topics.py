"""Store.topics_over_time (DuckDB) equals mediakit.topics.topics_over_time (pandas), and the
store's per-period aggregates stay exact through appends and compaction."""

from __future__ import annotations

import pandas as pd
import pytest

import mediakit
from mediakit import schema
from mediakit.coverage import country_attention
from mediakit.store import Store
from mediakit.topics import topics_over_time

# the hand-made articles of conftest.HAND_ROWS: w1 w3 w5 about conflict, w2 w4 w6 diplomacy
HAND_TOPICS = pd.DataFrame({
    schema.DOC_ID: ["w1", "w1", "w2", "w3", "w4", "w5", "w6"],
    schema.TOPIC: ["conflict", "diplomacy", "diplomacy", "conflict", "diplomacy", "conflict",
                   "diplomacy"],
    schema.WEIGHT: [0.8, 0.2, 0.9, 0.7, 0.6, 0.9, 1.0],
})


@pytest.fixture()
def hand_store(tmp_path, hand_articles):
    with Store(tmp_path / "store") as store:
        store.append({"articles": hand_articles, "doc_topics": HAND_TOPICS})
        yield store


def _frame(df: pd.DataFrame) -> pd.DataFrame:
    return df.reset_index(drop=True)


def test_monthly_topics_counted_by_hand(hand_store):
    got = hand_store.topics_over_time("MS")
    # October: w1-w5 (w1 has both topics), November: w6
    assert got["period"].dt.strftime("%Y-%m").tolist() == ["2017-10"] * 2 + ["2017-11"] * 2
    assert got[schema.TOPIC].tolist() == ["conflict", "diplomacy"] * 2
    assert got["n_docs"].tolist() == [3, 3, 0, 1]
    assert got["n_period_docs"].tolist() == [5, 5, 1, 1]
    assert got["share"].tolist() == [0.6, 0.6, 0.0, 1.0]
    assert got["weight_share"].round(6).tolist() == [0.48, 0.34, 0.0, 1.0]  # 2.4/5, 1.7/5
    assert got["incomplete"].tolist() == [False, False, True, True]  # data stop on Nov 2


def test_weeks_start_on_sunday_as_in_pandas(hand_store, hand_articles):
    got = hand_store.topics_over_time("W", by="source")
    want = topics_over_time(hand_articles, HAND_TOPICS, freq="W", by="source")
    pd.testing.assert_frame_equal(_frame(got), _frame(want), check_dtype=False)
    weeks = sorted(got["period"].dt.strftime("%m-%d").unique())
    assert weeks == ["10-01", "10-08", "10-15", "10-22", "10-29"]  # Sundays; 10-15 is empty
    empty = got[got["period"].dt.strftime("%m-%d") == "10-15"]
    assert (empty["n_period_docs"] == 0).all() and empty["share"].isna().all()
    reuters = got[(got[schema.SOURCE] == "Reuters") & (got[schema.TOPIC] == "conflict")]
    assert reuters["n_docs"].tolist() == [0, 0, 0, 1, 0]  # w5, week of Oct 22
    # one topic only: the same rows (every week and source kept)
    one = hand_store.topics_over_time("W", by="source", topics=["conflict"])
    pd.testing.assert_frame_equal(_frame(one), _frame(want[want[schema.TOPIC] == "conflict"]),
                                  check_dtype=False)
    by_country = hand_store.topics_over_time("MS", by="country", topics="diplomacy")
    assert by_country.empty  # no doc_countries in this store: no article has a country


def test_bad_arguments(hand_store):
    with pytest.raises(ValueError, match="freq 'H' is not supported"):
        hand_store.topics_over_time("H")
    with pytest.raises(ValueError, match="not a column of the articles table"):
        hand_store.topics_over_time("MS", by="colour")


@pytest.fixture(scope="module")
def real(allsides_dir, tmp_path_factory):
    """300 real AllSides articles (some undated) with topics and countries, in two appends."""
    from mediakit.topics import TopicModel

    arts = mediakit.load(allsides_dir / "articles-00.jsonl.gz", limit=300, progress=False)
    arts.attrs = {}
    model = TopicModel(n_topics=5, random_state=0).fit(arts)
    dt = model.doc_topics(arts)
    mentions = mediakit.find_mentions(arts)
    dc = mediakit.doc_countries(mentions, arts)
    path = tmp_path_factory.mktemp("topics") / "store"

    def part(lo, hi):
        ids = set(arts[schema.DOC_ID].iloc[lo:hi])
        return {"articles": arts.iloc[lo:hi],
                "doc_topics": dt[dt[schema.DOC_ID].isin(ids)],
                "doc_countries": dc[dc[schema.DOC_ID].isin(ids)]}

    return arts, dt, dc, path, part


def _pandas_topics(arts, dt, dc, freq, by, start, end):
    a = arts
    if start is not None:
        a = a[a[schema.PUBLISHED] >= pd.Timestamp(start, tz="UTC")]
    if end is not None:
        a = a[a[schema.PUBLISHED] < pd.Timestamp(end, tz="UTC")]
    return topics_over_time(a, dt[dt[schema.DOC_ID].isin(a[schema.DOC_ID])], freq=freq, by=by,
                            countries=dc)


CASES = [("MS", None, None, None), ("W", "source", "2017-01-01", None),
         ("W-MON", None, "2016-03-07", "2019-01-07"), ("QS", "country", None, None),
         ("D", "source", "2018-05-03", "2018-09-01"), ("MS", None, "2016-02-10", "2018-07-01"),
         ("YS", "source", "2015-06-01 12:00", None)]


@pytest.mark.slow
def test_real_topics_match_pandas_through_appends_and_compaction(real):
    arts, dt, dc, path, part = real
    assert arts[schema.PUBLISHED].isna().any()  # undated articles: warned about, left out
    with Store(path) as store:
        store.append(part(0, 150))

        def check(n):
            a = arts.iloc[:n]
            d = dt[dt[schema.DOC_ID].isin(a[schema.DOC_ID])]
            c = dc[dc[schema.DOC_ID].isin(a[schema.DOC_ID])]
            for freq, by, start, end in CASES:
                if start is None and end is None and a[schema.PUBLISHED].isna().any():
                    with pytest.warns(UserWarning, match="no published date"):
                        got = store.topics_over_time(freq, by=by, start=start, end=end)
                    with pytest.warns(UserWarning, match="no published date"):
                        want = _pandas_topics(a, d, c, freq, by, start, end)
                else:
                    got = store.topics_over_time(freq, by=by, start=start, end=end)
                    want = _pandas_topics(a, d, c, freq, by, start, end)
                assert len(want) > 0 and want["n_docs"].sum() > 0, (freq, by)
                pd.testing.assert_frame_equal(_frame(got), _frame(want), check_dtype=False,
                                              obj=f"{freq} by={by} {start}..{end}")
            # the country aggregates too: built above, extended by the next append
            with pytest.warns(UserWarning, match="no published date"):
                got = store.country_attention("W", countries=["USA", "RUS"])
            with pytest.warns(UserWarning, match="no published date"):
                want = country_attention(a, c, freq="W", countries=["USA", "RUS"])
            pd.testing.assert_frame_equal(_frame(got), _frame(want), check_dtype=False)

        check(150)
        store.append(part(150, 300))  # the aggregates add the new files' rows
        check(300)
        store.compact()  # new files: the aggregates are rebuilt
        check(300)
