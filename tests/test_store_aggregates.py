"""Store aggregates computed in DuckDB equal the pandas functions of mediakit.coverage."""

from __future__ import annotations

import pandas as pd
import pytest

import mediakit
from mediakit.coverage import country_attention
from mediakit.pipeline import annotate_into
from mediakit.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def annotated(allsides_dir, tmp_path_factory):
    """500 real AllSides articles annotated into a store, and the same tables in pandas."""
    arts = mediakit.load(allsides_dir / "articles-00.jsonl.gz", limit=500, progress=False)
    arts.attrs = {}
    path = tmp_path_factory.mktemp("agg") / "store"
    annotate_into(path, arts, ["countries"], chunk_size=250, progress=False)
    store = Store(path)
    dc = store.table("doc_countries")
    yield store, arts, dc
    store.close()


def _pandas(arts, dc, *, source=None, start=None, end=None, **kw):
    a = arts
    if source is not None:
        a = a[a["source"].isin([source] if isinstance(source, str) else source)]
    if start is not None:
        a = a[a["published"] >= pd.Timestamp(start, tz="UTC")]
    if end is not None:
        a = a[a["published"] < pd.Timestamp(end, tz="UTC")]
    return country_attention(a, dc, **kw)


@pytest.mark.parametrize("kw", [
    {"freq": "W", "countries": ["USA", "RUS", "CHN", "IRN", "SYR"]},
    {"freq": "M", "countries": ["USA", "MEX"], "start": "2016-01-01", "end": "2019-01-01"},
    {"freq": "Q"},
    {"freq": "W", "countries": ["USA", "CHN"], "by": "source", "start": "2018-01-01"},
    {"freq": "M", "countries": ["USA", "ISR"], "by": "topic", "start": "2015-01-01"},
    {"freq": "Y", "primary_only": True, "start": "2012-01-01"},
])
def test_country_attention_matches_pandas(annotated, kw):
    store, arts, dc = annotated
    kw = dict(kw)
    got_kw = {k: v for k, v in kw.items() if k != "freq"}
    if "start" not in kw:  # undated articles are left out, counted and warned about
        with pytest.warns(UserWarning, match="no published date"):
            got = store.country_attention(kw["freq"], **got_kw)
        with pytest.warns(UserWarning, match="no published date"):
            want = _pandas(arts, dc, **kw)
    else:
        got = store.country_attention(kw["freq"], **got_kw)
        want = _pandas(arts, dc, **kw)
    assert len(want) > 0
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_country_attention_for_one_source(annotated):
    store, arts, dc = annotated
    source = arts["source"].value_counts().index[0]
    got = store.country_attention("W", countries=["USA"], source=source, start="2010-01-01")
    want = _pandas(arts, dc, source=source, start="2010-01-01", freq="W", countries=["USA"])
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got["n_total"].sum() == int((arts["source"] == source).sum()
                                       - arts.loc[arts["source"] == source,
                                                  "published"].isna().sum())


def test_strict_undated_and_bad_freq(annotated):
    store, _, _ = annotated
    with pytest.raises(mediakit.SchemaError, match="no published date"):
        store.country_attention("M", strict=True)
    with pytest.raises(ValueError, match="freq '2W' is not supported"):
        store.country_attention("2W", start="2016-01-01")


@pytest.fixture(scope="module")
def accused(allsides_dir, tmp_path_factory):
    """200 real AllSides articles with accusations, in a store and in pandas."""
    arts = mediakit.load(allsides_dir / "articles-02.jsonl.gz", limit=200, progress=False)
    arts.attrs = {}
    path = tmp_path_factory.mktemp("acc") / "store"
    annotate_into(path, arts, ["accusations"], chunk_size=100, progress=False)
    store = Store(path)
    acc = store.table("accusations")
    yield store, arts, acc
    store.close()


@pytest.mark.parametrize("kw", [
    {},
    {"by": "text"},
    {"polarity": "deny", "unresolved": "?"},
    {"min_confidence": 0.5, "matrix": "n_accusations"},
    {"start": "2013-01-01", "end": "2021-01-01"},
    {"method": "rules"},
    {"method": "scorer", "unresolved": "?"},
])
def test_who_accuses_whom_matches_pandas(accused, kw):
    from mediakit.coverage import who_accuses_whom

    store, arts, acc = accused
    assert len(acc) > 20  # AllSides articles do carry accusations
    if "start" in kw:
        with pytest.warns(UserWarning, match="no published date"):
            got = store.who_accuses_whom(**kw)
        with pytest.warns(UserWarning, match="no published date"):
            want = who_accuses_whom(acc, articles=arts, **kw)
    else:
        got = store.who_accuses_whom(**kw)
        want = who_accuses_whom(acc, **kw)
    assert len(want) > 0
    pd.testing.assert_frame_equal(got, want, check_dtype=False, check_names=False)
