"""TopicExplorer over a Store holding doc_topics: the same views as over DataFrames, in SQL."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import forbid_whole_tables

import mediakit
from mediakit import schema
from mediakit.store import Store
from mediakit.topics import TopicModel
from mediakit.widgets import TopicExplorer


@pytest.fixture(scope="module")
def hand(tmp_path_factory, hand_articles):
    arts = hand_articles
    model = TopicModel(n_topics=2, min_df=1, random_state=0).fit(arts)
    doc_topics = model.doc_topics(arts)
    mentions = mediakit.find_mentions(arts)
    dc = mediakit.doc_countries(mentions, arts)
    with Store(tmp_path_factory.mktemp("topics") / "store") as store:
        store.append({"articles": arts, "doc_topics": doc_topics, "doc_countries": dc,
                      "mentions": mentions})
        yield store, arts, model, doc_topics


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True),
                                  check_dtype=False)


@pytest.mark.slow
def test_topic_explorer_on_a_store_equals_dataframes(hand, monkeypatch):
    store, arts, model, doc_topics = hand
    forbid_whole_tables(monkeypatch, store)
    frames = TopicExplorer(arts, model=model, doc_topics=doc_topics)
    stored = TopicExplorer(store, model=model)
    assert stored.queries is not None and stored.source is None  # answered in SQL
    assert stored.topic.options == frames.topic.options
    labels = [t for _, t in frames.topic.options]
    steps = [(None, None), ("by", "source"), ("freq", "W"), ("topic", labels[1]),
             ("start", dt.date(2017, 10, 4)), ("by", "country"), ("freq", "D"),
             ("end", dt.date(2017, 10, 24)), ("by", ""), ("topic", labels[0])]
    for name, value in steps:
        if name:
            for ex in (stored, frames):
                getattr(ex, name).value = value
        assert stored.selection == frames.selection
        assert len(frames.data) > 0, (name, value)
        _same(stored.data, frames.data)
        assert (stored.examples[schema.DOC_ID].tolist()
                == frames.examples[schema.DOC_ID].tolist()), (name, value)
        assert stored.article_html.value == frames.article_html.value
    # checked by hand: w2 (Oct 4) to w5 (Oct 24) are four articles in four days' periods
    assert stored.data["n_period_docs"].sum() == 4


@pytest.mark.slow
def test_topic_explorer_on_a_store_without_its_model(hand, monkeypatch):
    store, arts, model, doc_topics = hand
    forbid_whole_tables(monkeypatch, store)
    stored = TopicExplorer(store)  # topics as stored; no top words without the model
    assert sorted(t for _, t in stored.topic.options) == sorted(model.labels_)
    counts = doc_topics.groupby(schema.TOPIC)[schema.DOC_ID].nunique()
    for label, topic in stored.topic.options:
        assert label == f"{topic} · {counts[topic]}"
    frames = TopicExplorer(arts, model=model, doc_topics=doc_topics,
                           topic=stored.topic.value)
    _same(stored.data, frames.data)
    assert stored.examples[schema.DOC_ID].tolist() == frames.examples[schema.DOC_ID].tolist()
