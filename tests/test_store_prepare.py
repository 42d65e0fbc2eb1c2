"""Store aggregates built in the background (prepare_aggregates) and their bookkeeping."""

from __future__ import annotations

import pandas as pd
import pytest

import mediakit
from mediakit.coverage import country_attention
from mediakit.store import Store

WEEKS = "SELECT strftime(p, '%m-%d') AS week, sum(n_total) AS n FROM {} GROUP BY 1 ORDER BY 1"


def _week_counts(store: Store) -> list[tuple]:
    name = store.aggregate_table("articles", "week")
    return store.connection.execute(WEEKS.format(name)).fetchall()


def test_prepared_aggregates_count_by_hand(tmp_path, hand_articles):
    with Store(tmp_path / "s") as store:
        store.append({"articles": hand_articles.iloc[:4]})  # w1-w4
        assert not store.has_aggregate("articles", "week")
        store.prepare_aggregates([("articles", "week"), ("articles", "rows")], wait=True)
        assert store.has_aggregate("articles", "week")
        assert store.has_aggregate("articles", "rows")
        # Mondays: w1 (Oct 2) and w2 (Oct 4) in the week of Oct 2, w3 and w4 in that of Oct 9
        assert _week_counts(store) == [("10-02", 2), ("10-09", 2)]
        store.append({"articles": hand_articles.iloc[4:]})  # w5 (Oct 24), w6 (Nov 2)
        assert _week_counts(store) == [("10-02", 2), ("10-09", 2), ("10-23", 1), ("10-30", 1)]
        hot = store.hot_table("articles")
        assert store.connection.execute(f"SELECT count(*) FROM {hot}").fetchall() == [(6,)]


def test_prepared_aggregates_answer_like_pandas(tmp_path, hand_articles):
    mentions = mediakit.find_mentions(hand_articles)
    dc = mediakit.doc_countries(mentions, hand_articles)
    with Store(tmp_path / "s") as store:
        store.append({"articles": hand_articles, "doc_countries": dc})
        store.prepare_aggregates([(t, u) for u in ("day", "week", "month")
                                  for t in ("articles", "doc_countries")], wait=True)
        for freq, start in (("W", None), ("M", "2017-10-01"), ("D", "2017-10-04")):
            got = store.country_attention(freq, countries=["RUS", "USA"], start=start)
            arts = hand_articles if start is None else hand_articles[
                hand_articles["published"] >= pd.Timestamp(start, tz="UTC")]
            want = country_attention(arts, dc, freq=freq, countries=["RUS", "USA"])
            pd.testing.assert_frame_equal(got.reset_index(drop=True),
                                          want.reset_index(drop=True), check_dtype=False)


def test_close_while_preparing_and_bad_pairs(tmp_path, hand_articles):
    store = Store(tmp_path / "s")
    store.append({"articles": hand_articles})
    with pytest.raises(ValueError, match="no aggregate"):
        store.prepare_aggregates([("accusations", "week")])
    with pytest.raises(ValueError, match="no aggregate"):
        store.prepare_aggregates([("mentions", "rows")])
    store.prepare_aggregates([("articles", u) for u in ("day", "week", "month", "week_sun")])
    store.close()  # waits for (or stops) the background work, without an error
    with Store(tmp_path / "s") as again:  # nothing of it was written to the store folder
        assert len(again) == 6
        assert _week_counts(again)[0] == ("10-02", 2)
