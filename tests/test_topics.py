"""TopicModel, npmi_coherence, choose_n_topics, topics_over_time and their plots."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from sklearn.feature_extraction.text import HashingVectorizer

from mediakit import plots, schema
from mediakit.topics import TopicModel, choose_n_topics, npmi_coherence, topics_over_time

OIL = [
    "Oil prices rose after OPEC agreed to cut crude output by one million barrels a day.",
    "Crude oil futures fell as US inventories of crude and gasoline swelled.",
    "OPEC ministers meet in Vienna to discuss oil output quotas and crude prices.",
    "Brent crude climbed above 80 dollars a barrel on supply worries in the oil market.",
    "Saudi Arabia said it would raise crude oil output, pushing oil prices lower.",
    "Oil companies cut spending as crude prices slumped and barrels piled up.",
    "The oil cartel OPEC kept output unchanged and crude prices steadied.",
    "Refiners bought more crude oil as gasoline demand and barrel prices rose.",
]
BANKS = [
    "The central bank raised interest rates by a quarter point to curb inflation.",
    "Bank of England policymakers voted to keep interest rates on hold as inflation eased.",
    "The Federal Reserve signalled further interest rate increases to fight inflation.",
    "Inflation slowed, giving the central bank room to cut interest rates next year.",
    "Markets expect the central bank to hold rates steady despite sticky inflation.",
    "The bank governor said interest rates would stay high until inflation falls.",
    "Higher interest rates from the central bank cooled mortgage lending and inflation.",
    "Economists said the central bank rate cut came as inflation fell below target.",
]
WAR = [
    "Syrian army troops advanced on Isis militants near Deir Ezzor with Russian air support.",
    "Russia accused the US of pretending to fight Isis militants in Syria and Iraq.",
    "Isis militants retreated from Mosul as Iraqi troops and coalition air strikes pressed on.",
    "The US-led coalition said its air strikes killed dozens of Isis militants in Syria.",
    "Syrian government troops and Russian jets bombed Isis positions along the Euphrates.",
    "Kurdish fighters backed by coalition air strikes pushed Isis militants out of Raqqa.",
    "Russian air strikes hit militants in Syria, the defence ministry in Moscow said.",
    "Iraqi troops fought Isis militants street by street in western Mosul.",
]
CORPUS = OIL + BANKS + WAR
THEMES = ["oil"] * 8 + ["bank"] * 8 + ["war"] * 8
THEME_WORDS = {
    "oil": {"oil", "crude", "opec", "output", "prices", "barrel", "barrels", "gasoline"},
    "bank": {"interest", "rates", "inflation", "central", "bank", "rate"},
    "war": {"isis", "militants", "syria", "syrian", "air", "strikes", "troops", "russian",
            "mosul", "coalition"},
}


def _model(**kw):
    params = {"n_topics": 3, "min_df": 2, "max_df": 0.9, "random_state": 0}
    params.update(kw)
    return TopicModel(**params)


def _theme_of(words) -> str:
    hits = {t: len(set(words) & ws) for t, ws in THEME_WORDS.items()}
    return max(hits, key=hits.get)


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_topics_recover_the_three_themes(method):
    tm = _model(method=method).fit(CORPUS)
    tw = tm.top_words(5)
    themes = [_theme_of(tw.loc[tw["topic_index"] == k, "word"]) for k in range(3)]
    assert sorted(themes) == ["bank", "oil", "war"]
    # default labels are the top words, in rank order
    for k, label in enumerate(tm.labels_):
        top3 = tw.loc[tw["topic_index"] == k, "word"].head(3).tolist()
        assert label == "/".join(top3)
    # each document's main topic is its theme (LDA on 24 sentences is noisier)
    dt = tm.doc_topics(CORPUS, top=1)
    schema.validate(dt, "doc_topics")
    label_theme = dict(zip(tm.labels_, themes, strict=True))
    got = [label_theme[t] for t in dt.sort_values("doc_id", key=lambda s: s.astype(int))["topic"]]
    agree = np.mean([g == t for g, t in zip(got, THEMES, strict=True)])
    assert agree >= (0.95 if method == "nmf" else 0.75)


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_same_random_state_gives_identical_topics(method):
    a = _model(method=method, random_state=7).fit(CORPUS)
    b = _model(method=method, random_state=7).fit(CORPUS)
    assert a.labels_ == b.labels_
    np.testing.assert_array_equal(a.components_, b.components_)
    pd.testing.assert_frame_equal(a.doc_topics(CORPUS), b.doc_topics(CORPUS))


def test_partial_fit_is_deterministic_and_keeps_first_chunk_vocabulary():
    def run():
        tm = _model()
        for i in range(0, 24, 8):  # chunks mixing the themes
            tm.partial_fit([CORPUS[j] for j in range(24) if j % 3 == i // 8])
        return tm

    a, b = run(), run()
    assert a.n_docs_seen_ == 24
    np.testing.assert_array_equal(a.components_, b.components_)
    assert a.labels_ == b.labels_
    vocab = set(a.feature_names_)
    assert "opec" in vocab and "inflation" in vocab
    W = a.transform(["OPEC cut crude oil output"])
    assert W.shape == (1, 3) and W.sum() == pytest.approx(1.0)


def test_partial_fit_lda_and_hashing_vectorizer():
    tm = TopicModel(n_topics=3, method="lda", random_state=0,
                    vectorizer=HashingVectorizer(n_features=2**12, alternate_sign=False,
                                                 stop_words="english"))
    tm.partial_fit(CORPUS[::2]).partial_fit(CORPUS[1::2])
    assert tm.n_docs_seen_ == 24
    assert all(lab.startswith("hash_") for lab in tm.labels_[0].split("/"))
    assert tm.transform(CORPUS).shape == (24, 3)


def test_fast_vectorizing_equals_scikit_learn_on_real_text(sample_path):
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    from mediakit.topics._fastvec import can_fast_transform, fast_transform

    text = sample_path.read_text(encoding="utf-8")
    paras = [p for p in text.split("\n\n") if p.strip()]
    assert len(paras) >= 20
    # curly quotes, hyphens, apostrophes, digits, accents, an empty and a stop-word-only doc
    tricky = ["Russia\u2019s \u201cpretend\u201d fight \u2014 co-operation in Deir-Ezzor, 2017!",
              "Caf\u00e9 Erdo\u011fan's x-ray 3d US-led", "", "the and of", "ISIS isis IsIs"]
    docs = paras + tricky
    for vec in (TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1),
                TfidfVectorizer(norm=None, use_idf=False, binary=True),
                CountVectorizer(token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b", min_df=2),
                CountVectorizer(lowercase=False)):
        vec.fit(paras[: len(paras) // 2])
        assert can_fast_transform(vec)
        want, got = vec.transform(docs), fast_transform(vec, docs)
        assert got.shape == want.shape and got.dtype == want.dtype
        assert got.nnz == want.nnz > 0
        assert abs(got - want).max() < 1e-6
    # what the fast path must not take: bigrams, custom analyzers, hashing
    assert not can_fast_transform(TfidfVectorizer(ngram_range=(1, 2)).fit(paras))
    assert not can_fast_transform(CountVectorizer(analyzer=str.split).fit(paras))
    assert not can_fast_transform(HashingVectorizer())


def test_streamed_topics_use_the_fast_path_and_match_a_plain_transform():
    tm = _model()
    tm.partial_fit(CORPUS[::2]).partial_fit(CORPUS[1::2])
    W = tm.transform(CORPUS)
    D = tm.vectorizer_.transform(CORPUS)  # scikit-learn's own path
    ref = tm.model_.transform(D)
    ref = ref / np.where(ref.sum(axis=1, keepdims=True) > 0, ref.sum(axis=1, keepdims=True), 1)
    np.testing.assert_allclose(W, ref, atol=1e-6)


def test_articles_table_input_uses_doc_id_and_title():
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(24)],
                         "title": ["News"] * 24, "text": CORPUS})
    tm = _model().fit(arts)
    dt = tm.doc_topics(arts, min_weight=0.5)
    assert set(dt["doc_id"]) <= set(arts["doc_id"])
    assert len(dt) >= 20  # nearly every document has one dominant topic
    assert dt["weight"].between(0.5, 1.0).all()


def test_user_labels_and_relabelling():
    tm = _model().fit(CORPUS)
    theme = {k: _theme_of(tm.top_words(5).query("topic_index == @k")["word"])
             for k in range(3)}
    names = {"oil": "energy", "bank": "monetary policy", "war": "Syria war"}
    tm.set_labels({k: names[t] for k, t in theme.items()})
    assert sorted(tm.labels_) == ["Syria war", "energy", "monetary policy"]
    dt = tm.doc_topics([OIL[0], BANKS[0]], top=1)
    assert dt["topic"].tolist() == ["energy", "monetary policy"]
    # labels= at construction gives the same result
    tm2 = _model(labels=[names[theme[k]] for k in range(3)]).fit(CORPUS)
    assert tm2.labels_ == tm.labels_
    with pytest.raises(KeyError, match="unknown topic 'sports'"):
        tm.set_labels({"sports": "x"})
    with pytest.raises(KeyError, match="unknown topic 5"):
        tm.set_labels({5: "x"})
    with pytest.raises(ValueError, match="unique"):
        tm.set_labels(["a", "a", "b"])
    with pytest.raises(ValueError, match="2 labels given for 3 topics"):
        tm.set_labels(["a", "b"])


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="single string"):
        _model().fit("Oil prices rose")
    with pytest.raises(ValueError, match="no documents"):
        _model().fit([])
    with pytest.raises(ValueError, match="all 3 documents are empty"):
        _model().fit(["", "   ", None])
    with pytest.raises(ValueError, match="'method' parameter of TopicModel"):
        _model(method="pca").fit(CORPUS)
    with pytest.raises(ValueError, match="'n_topics' parameter"):
        _model(n_topics=0).fit(CORPUS)
    with pytest.raises(TypeError, match="document 1 is a int"):
        _model().fit(["oil", 3])
    with pytest.raises(ValueError, match="distinct terms for n_topics=40"):
        _model(n_topics=40).fit(CORPUS)


def test_empty_documents_warn_and_get_no_topic():
    docs = CORPUS + ["", "   "]
    with pytest.warns(UserWarning, match="2 of 26 documents are empty"):
        tm = _model().fit(docs)
    assert tm.n_empty_docs_ == 2
    W = tm.transform(docs)
    assert (W[-2:] == 0).all()
    dt = tm.doc_topics(docs)
    assert not dt["doc_id"].isin(["24", "25"]).any()


def test_npmi_coherence_by_hand():
    # word 0 and 1 always together (p=.5 each, p(0,1)=.5): NPMI = log2/log2 = 1
    # word 0 and 2 overlap in one of four docs (p=.5 each, p=.25): PMI = log(1) = 0
    # word 1 and 3 never together: -1
    X = np.array([[1, 1, 0, 0], [1, 1, 1, 0], [0, 0, 1, 1], [0, 0, 0, 1]])
    comps = np.array([[1.0, 0.9, 0.0, 0.0], [1.0, 0.0, 0.9, 0.0], [0.0, 1.0, 0.0, 0.9]])
    got = npmi_coherence(X, comps, n_words=2)
    np.testing.assert_allclose(got, [1.0, 0.0, -1.0], atol=1e-12)
    with pytest.raises(ValueError, match="doc_term has 4 terms but components have 3"):
        npmi_coherence(X, comps[:, :3])


def test_coherence_prefers_the_true_number_of_topics():
    # NPMI of the top 10 words: one topic mixes the themes, six split them
    t = choose_n_topics(CORPUS, [6, 1, 3], min_df=2, max_df=0.9, progress=False)
    assert t["n_topics"].tolist() == [1, 3, 6]
    assert t.loc[t["coherence"].idxmax(), "n_topics"] == 3
    assert t.loc[1, "coherence"] > t.loc[0, "coherence"] + 0.2
    assert (t["coherence_min"] <= t["coherence"]).all()
    tm = _model().fit(CORPUS)
    assert tm.coherence_ == pytest.approx(t.loc[1, "coherence"])
    assert tm.topic_coherence_.shape == (3,)
    fig = plots.topic_coherence(t)
    assert isinstance(fig, Figure)
    assert fig.axes[0].get_title() == "Topic coherence (best: 3 topics)"


def test_top_words_plot_from_model():
    tm = _model().fit(CORPUS)
    fig = plots.top_words(tm, n=5)
    assert [a.get_title() for a in fig.axes] == tm.labels_
    assert len(fig.axes[0].patches) == 5
    with pytest.raises(ValueError, match="unknown topics"):
        plots.top_words(tm, topics=["nope"])


def test_sample_dump_topic_is_about_isis(sample_path):
    from mediakit import load

    arts = load(sample_path, progress=False)
    tm = TopicModel(n_topics=1, min_df=1, max_df=1.0, random_state=0).fit(arts)
    assert {"isis", "syrian", "iraq", "coalition", "russian"} & set(tm.labels_[0].split("/"))
    dt = tm.doc_topics(arts)
    assert set(dt["doc_id"]) <= set(arts["doc_id"])


# ----------------------------------------------------------------------- topics_over_time
def _arts():
    return pd.DataFrame({
        "doc_id": ["a", "b", "c", "d", "e", "f"],
        "published": pd.to_datetime(["2020-01-05", "2020-01-20", "2020-01-31", "2020-02-03",
                                     "2020-03-01", "2020-03-10"], utc=True),
        "source": ["BBC", "CNN", "BBC", "BBC", "CNN", "CNN"],
    })


def _dt():
    return pd.DataFrame({
        "doc_id": ["a", "a", "b", "d", "e", "f"],
        "topic": ["oil", "war", "oil", "war", "oil", "oil"],
        "weight": [0.6, 0.4, 1.0, 1.0, 1.0, 0.5],
    })


def test_topics_over_time_counts_shares_and_incomplete_month():
    t = topics_over_time(_arts(), _dt(), freq="MS")
    assert list(t.columns) == ["period", "topic", "n_docs", "n_period_docs", "share",
                               "weight_share", "incomplete"]
    t = t.set_index([t["period"].dt.strftime("%Y-%m"), "topic"])
    # January: a, b, c published; oil in a and b, war in a
    assert t.loc[("2020-01", "oil"), ["n_docs", "n_period_docs"]].tolist() == [2, 3]
    assert t.loc[("2020-01", "oil"), "share"] == pytest.approx(2 / 3)
    assert t.loc[("2020-01", "oil"), "weight_share"] == pytest.approx(1.6 / 3)
    assert t.loc[("2020-01", "war"), "share"] == pytest.approx(1 / 3)
    # February: only d (war); oil row present with zero
    assert t.loc[("2020-02", "oil"), ["n_docs", "n_period_docs"]].tolist() == [0, 1]
    # March: data stop on the 10th -> incomplete; earlier months are complete
    assert t.loc[("2020-03", "oil"), "incomplete"]
    assert not t.loc[("2020-01", "oil"), "incomplete"]
    assert str(t["period"].dt.tz) == "UTC"


def test_topics_over_time_complete_last_period_and_weeks():
    arts = _arts().iloc[:3]  # last day Jan 31: January is complete
    dt = _dt()
    t = topics_over_time(arts, dt[dt["doc_id"].isin(arts["doc_id"])])
    assert not t["incomplete"].any()
    w = topics_over_time(_arts(), _dt(), freq="W-MON")
    assert (w["period"].dt.day_of_week == 0).all()  # weeks start on Mondays
    assert w.groupby("period")["n_period_docs"].first().sum() == 6


def test_topics_over_time_by_source_and_country():
    t = topics_over_time(_arts(), _dt(), by="source")
    jan_bbc = t[(t["period"].dt.month == 1) & (t["source"] == "BBC") & (t["topic"] == "oil")]
    assert jan_bbc[["n_docs", "n_period_docs"]].values.tolist() == [[1, 2]]  # a of {a, c}
    arts = _arts()
    arts.loc[5, "source"] = None
    u = topics_over_time(arts, _dt(), by="source")
    assert set(u["source"]) == {"BBC", "CNN", "(unknown)"}
    assert u["n_docs"].sum() == t["n_docs"].sum()
    countries = pd.DataFrame({"doc_id": ["a", "a", "b", "e"], "iso3": ["SYR", "USA", "USA",
                                                                     "RUS"]})
    c = topics_over_time(_arts(), _dt(), by="country", countries=countries)
    jan_usa = c[(c["period"].dt.month == 1) & (c["country"] == "USA")].set_index("topic")
    assert jan_usa.loc["oil", "n_docs"] == 2 and jan_usa.loc["oil", "n_period_docs"] == 2
    assert jan_usa.loc["war", "share"] == pytest.approx(0.5)
    assert set(c["country"]) == {"RUS", "SYR", "USA"}


def test_topics_over_time_reports_left_out_rows():
    arts = _arts()
    arts.loc[2, "published"] = pd.NaT
    with pytest.warns(UserWarning, match="1 of 6 articles have no published date"):
        t = topics_over_time(arts, _dt())
    assert t[t["period"].dt.month == 1]["n_period_docs"].iloc[0] == 2
    dt = pd.concat([_dt(), pd.DataFrame({"doc_id": ["zz"], "topic": ["oil"], "weight": [1.0]})])
    with pytest.warns(UserWarning, match="1 doc_topics rows have a doc_id that is not"):
        topics_over_time(_arts(), dt)


def test_topics_over_time_errors():
    with pytest.raises(ValueError, match="needs countries="):
        topics_over_time(_arts(), _dt(), by="country")
    with pytest.raises(ValueError, match="by='lang' is not a column"):
        topics_over_time(_arts(), _dt(), by="lang")
    with pytest.raises(ValueError, match="no 'published' column"):
        topics_over_time(_arts().drop(columns="published"), _dt())
    with pytest.raises(ValueError, match="unknown freq"):
        topics_over_time(_arts(), _dt(), freq="fortnight")


def test_topics_over_time_plot_marks_incomplete_period():
    t = topics_over_time(_arts(), _dt())
    fig = plots.topics_over_time(t, value="share")
    ax = fig.axes[0]
    assert [x.get_text() for x in ax.get_legend().get_texts()] == ["oil", "war"]
    assert "incomplete" in ax.get_xlabel()
    dashed = [ln for ln in ax.get_lines() if ln.get_linestyle() == "--"]
    assert len(dashed) == 2  # one dashed last segment per topic
    fig2 = plots.topics_over_time(topics_over_time(_arts(), _dt(), by="source"),
                                  value="n_docs", top=3)
    assert len(fig2.axes[0].get_legend().get_texts()) == 3
    with pytest.raises(ValueError, match="value must be"):
        plots.topics_over_time(t, value="count")


def test_topic_model_skops_round_trip(tmp_path):
    import skops.io as sio

    tm = _model().fit(CORPUS)
    tm.set_labels({0: "first"})
    path = tmp_path / "tm.skops"
    sio.dump(tm, path)
    untrusted = sio.get_untrusted_types(file=path)
    assert "mediakit.topics._model.TopicModel" in untrusted
    loaded = sio.load(path, trusted=untrusted)
    assert loaded.labels_ == tm.labels_
    pd.testing.assert_frame_equal(loaded.doc_topics(CORPUS), tm.doc_topics(CORPUS))


def test_benchmark_topics_streams_allsides_and_reports_json(allsides_dir, capsys):
    import json

    from mediakit.cli import main

    assert main(["benchmark", "topics", "--n-docs", "600", "--chunk-size", "300",
                 "--n-topics", "5", "--data-home", str(allsides_dir.parent), "--json"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["n_docs"] == 600 and res["threads"] == 1
    assert 0 < res["start_rss_mb"] <= res["peak_rss_mb"] < 3072 and res["within_limit"]
    assert res["seconds"] > 0 and res["cpu_seconds"] > 0 and res["cpu_docs_per_s"] > 0
    assert len(res["topics"]) == 5 and all("/" in t for t in res["topics"])
    assert res["n_warnings"] == 0
