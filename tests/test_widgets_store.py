"""Store-backed explorers: the same views as the DataFrame-backed ones, computed in DuckDB.

Each test builds a store from articles and their annotation tables, then checks that an
explorer given the store shows the same ``.data`` (and example rows) as one given the
DataFrames, for several selections, without ever reading a whole table into pandas.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from conftest import forbid_whole_tables

import mediakit
from mediakit import schema
from mediakit.store import Store
from mediakit.widgets import AccusationExplorer, CoverageExplorer

pytestmark = pytest.mark.slow  # builds stores and explorers: ~5-20 s per test on 2 busy cores

DATA_COLS = ["period", schema.ISO3, "n_articles", "n_total", "share", "n_mentions",
             "incomplete"]


def _same(a: pd.DataFrame, b: pd.DataFrame, cols=None) -> None:
    a = a if cols is None else a[cols]
    b = b if cols is None else b[cols]
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                  check_dtype=False)


def _annotate(arts: pd.DataFrame) -> dict[str, pd.DataFrame]:
    mentions = mediakit.find_mentions(arts)
    return {"mentions": mentions, "doc_countries": mediakit.doc_countries(mentions, arts),
            "accusations": mediakit.AccusationExtractor().transform(arts)}


# --- the bundled sample (three items, one undated) ------------------------------------------


SAMPLE = Path(__file__).resolve().parents[1] / "data" / "000_85d8c5cde1672087.txt"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    arts = mediakit.load(SAMPLE)
    arts.attrs = {}
    tables = _annotate(arts)
    store = Store(tmp_path_factory.mktemp("sample") / "store")
    store.append({"articles": arts, **tables})
    yield store, arts, tables
    store.close()


@pytest.mark.parametrize("freq", ["D", "W", "MS"])
def test_coverage_on_the_sample_store_equals_dataframes(sample, monkeypatch, freq):
    store, arts, tables = sample
    forbid_whole_tables(monkeypatch, store)
    frames = CoverageExplorer(arts, mentions=tables["mentions"],
                              doc_countries=tables["doc_countries"], freq=freq)
    stored = CoverageExplorer(store, freq=freq)
    assert stored.countries.options == frames.countries.options
    assert stored.selection == frames.selection
    assert len(frames.data) > 0
    _same(stored.data, frames.data, DATA_COLS)
    # the Russia / US article and the Erdogan teaser, same order, same highlighted mentions
    assert stored.headlines[schema.DOC_ID].tolist() == frames.headlines[schema.DOC_ID].tolist()
    assert stored.headline_html.value == frames.headline_html.value
    assert '<mark title="RUS">' in stored.headline_html.value
    # the undated third item is reported the same way
    assert stored.status.value == frames.status.value
    assert "1 article(s) without a date" in stored.status.value
    for ex in (stored, frames):
        ex.value.value = "count"
        ex.countries.value = ("TUR",)
    _same(stored.data, frames.data, DATA_COLS)
    assert stored.data["n_articles"].tolist() == [1]


def test_accusations_on_the_sample_store_equal_dataframes(sample, monkeypatch):
    store, arts, tables = sample
    forbid_whole_tables(monkeypatch, store)
    frames = AccusationExplorer(arts, accusations=tables["accusations"])
    stored = AccusationExplorer(store)
    assert stored.accuser.options == frames.accuser.options
    assert stored.accused.options == frames.accused.options
    _same(stored.data, frames.data)
    # "Russia accuses US of 'pretending' to fight Isis" and the ministry's claims
    assert dict(zip(zip(stored.data["accuser"], stored.data["accused"], strict=True),
                    stored.data["n_accusations"], strict=True))[("RUS", "USA")] >= 2
    for ex in (stored, frames):
        ex.accuser.value = "RUS"
    _same(stored.pair_data, frames.pair_data)
    assert stored.pair_data["period"].dt.strftime("%Y-%m-%d").tolist() == ["2017-10-09"]
    assert stored.sentences[schema.CUE].tolist() == frames.sentences[schema.CUE].tolist()
    assert stored.sentence_html.value == frames.sentence_html.value
    assert 'class="mk-cue"' in stored.sentence_html.value


# --- hand-made articles: filters and empty selections ---------------------------------------

@pytest.fixture(scope="module")
def small(tmp_path_factory, hand_articles):
    arts = hand_articles
    tables = _annotate(arts)
    store = Store(tmp_path_factory.mktemp("small") / "store")
    store.append({"articles": arts, **tables})
    yield store, arts, tables
    store.close()


def test_coverage_filters_on_a_store(small, monkeypatch):
    store, arts, tables = small
    forbid_whole_tables(monkeypatch, store)
    frames = CoverageExplorer(arts, mentions=tables["mentions"],
                              doc_countries=tables["doc_countries"], countries=["RUS", "USA"])
    stored = CoverageExplorer(store, countries=["RUS", "USA"])
    steps = [
        ("sources", ("Reuters",)),  # w2 w4 w5: Russia only in w5
        ("freq", "MS"),
        ("sources", ()),
        ("start", dt.date(2017, 10, 10)),
        ("end", dt.date(2017, 10, 31)),  # w3 w4 w5
        ("countries", ("RUS",)),
        ("countries", ()),  # none chosen: the most covered countries of the period
        ("start", dt.date(2030, 1, 1)),  # nothing
    ]
    for name, value in steps:
        for ex in (stored, frames):
            getattr(ex, name).value = value
        assert stored.selection == frames.selection
        if frames.data.empty:
            assert stored.data.empty
        else:
            _same(stored.data, frames.data, DATA_COLS)
        assert (stored.headlines[schema.DOC_ID].tolist()
                == frames.headlines[schema.DOC_ID].tolist()), (name, value)
    # counted by hand at the "end" step: w3 w4 w5 in October, Russia in w3 (Russian) and w5
    frames.start.value = stored.start.value = dt.date(2017, 10, 10)
    frames.countries.value = stored.countries.value = ("RUS",)
    assert stored.data["n_articles"].tolist() == [2] and stored.data["n_total"].tolist() == [3]
    # w5 mentions Russia twice (Kremlin, Russia), w3 once
    assert stored.headlines[schema.DOC_ID].tolist() == ["w5", "w3"]
    assert stored.headlines[schema.N_MENTIONS].tolist() == [2, 1]


def test_store_explorer_rejects_extra_tables(small):
    store, _, tables = small
    with pytest.raises(TypeError, match="brings its own tables"):
        CoverageExplorer(store, mentions=tables["mentions"])


# --- real articles ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def allsides(allsides_dir, tmp_path_factory):
    """400 real AllSides articles annotated into a store, and the same tables in pandas."""
    from mediakit.pipeline import annotate_into

    arts = mediakit.load(allsides_dir / "articles-00.jsonl.gz", limit=400, progress=False)
    arts.attrs = {}
    arts = arts[arts[schema.PUBLISHED].notna()].reset_index(drop=True)
    path = tmp_path_factory.mktemp("allsides") / "store"
    annotate_into(path, arts, ["countries", "accusations"], chunk_size=200, progress=False)
    store = Store(path)
    tables = {t: store.table(t) for t in ("mentions", "doc_countries", "accusations")}
    yield store, arts, tables
    store.close()


@pytest.mark.slow
def test_real_articles_store_equals_dataframes(allsides, monkeypatch):
    store, arts, tables = allsides
    forbid_whole_tables(monkeypatch, store)
    frames = CoverageExplorer(arts, mentions=tables["mentions"],
                              doc_countries=tables["doc_countries"], freq="MS")
    stored = CoverageExplorer(store, freq="MS")
    assert stored.countries.options == frames.countries.options
    top_source = arts[schema.SOURCE].value_counts().index[0]
    mid = arts[schema.PUBLISHED].quantile(0.5).date()
    for name, value in [(None, None), ("freq", "W"), ("sources", (top_source,)),
                        ("start", mid), ("countries", ("USA", "CHN", "MEX"))]:
        if name:
            for ex in (stored, frames):
                getattr(ex, name).value = value
        assert len(frames.data) > 0, (name, value)
        _same(stored.data, frames.data, DATA_COLS)
        assert (stored.headlines[schema.DOC_ID].tolist()
                == frames.headlines[schema.DOC_ID].tolist()), (name, value)

    frames = AccusationExplorer(arts, accusations=tables["accusations"], freq="MS")
    stored = AccusationExplorer(store, freq="MS")
    assert stored.accuser.options == frames.accuser.options
    _same(stored.data, frames.data)
    accuser = frames.accuser.options[1][1]  # the most frequent accuser
    for name, value in [("accuser", accuser), ("polarity", "deny"), ("polarity", "accuse"),
                        ("start", mid), ("accuser", "-")]:
        for ex in (stored, frames):
            getattr(ex, name).value = value
        if frames.data.empty:
            assert stored.data.empty
        else:
            _same(stored.data, frames.data)
        if frames.pair_data.empty:
            assert stored.pair_data.empty
        else:
            _same(stored.pair_data, frames.pair_data)
        assert (stored.sentences[[schema.DOC_ID, schema.START]].values.tolist()
                == frames.sentences[[schema.DOC_ID, schema.START]].values.tolist())
