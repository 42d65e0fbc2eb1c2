"""mediakit.pipeline: streaming annotate(), process pool, annotate_into() with a store."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import mediakit
from mediakit import schema
from mediakit.pipeline import Annotated, annotate, annotate_into, iter_chunks
from mediakit.store import Store


@pytest.fixture(scope="module")
def allsides_200(allsides_dir) -> pd.DataFrame:
    return mediakit.load(allsides_dir / "articles-00.jsonl.gz", limit=200, progress=False)


def _sorted(df: pd.DataFrame, keys) -> pd.DataFrame:
    return df.sort_values(list(keys)).reset_index(drop=True)


def test_countries_on_the_users_sample_one_chunk_per_article(sample_path):
    arts = mediakit.load(sample_path, progress=False)
    before = arts.copy(deep=True)
    parts = list(annotate(arts, annotators=["countries"], chunk_size=1, progress=False))
    assert [p.n_docs for p in parts] == [1, 1, 1]
    assert all(isinstance(p, Annotated) for p in parts)
    # "Russia accuses US of 'pretending' to fight Isis": both countries in the first article
    first = parts[0]
    assert {"RUS", "USA"} <= set(first.mentions["iso3"])
    assert set(first.doc_countries["doc_id"]) == {arts["doc_id"].iloc[0]}
    schema.validate(first.mentions, "mentions")
    schema.validate(first.doc_countries, "doc_countries")
    # annotators never mutate the articles
    pd.testing.assert_frame_equal(arts, before)
    pd.testing.assert_frame_equal(pd.concat([p.articles for p in parts]), before)


def test_user_annotator_and_iterable_of_chunks(sample_path):
    arts = mediakit.load(sample_path, progress=False)

    def title_words(chunk):
        words = chunk["title"].fillna("").str.split().str.len()
        return {"title_words": pd.DataFrame({"doc_id": chunk["doc_id"], "n": words})}

    parts = list(annotate([arts.iloc[:2], arts.iloc[2:]], annotators=[title_words],
                          chunk_size=10, progress=False))
    assert [p.n_docs for p in parts] == [2, 1]
    n = pd.concat([p.title_words for p in parts])["n"].tolist()
    assert n == [len(str(t).split()) for t in arts["title"]]


def test_bad_annotators_are_named():
    arts = pd.DataFrame({"doc_id": ["a"], "title": ["Russia"]})
    with pytest.raises(ValueError, match="unknown annotator 'countrys'"):
        list(annotate(arts, annotators=["countrys"], progress=False))
    with pytest.raises(TypeError, match="returned list"):
        list(annotate(arts, annotators=[lambda c: []], progress=False))
    with pytest.raises(ValueError, match="never change the articles"):
        list(annotate(arts, annotators=[lambda c: {"articles": c}], progress=False))
    with pytest.raises(ValueError, match="chunk_size"):
        list(iter_chunks(arts, 0))
    with pytest.raises(TypeError, match="iterable of DataFrames"):
        list(iter_chunks([42], 5))


def test_one_progress_bar_counts_articles(sample_path, capsys):
    arts = mediakit.load(sample_path, progress=False)
    list(annotate(arts, annotators=[lambda c: {}], chunk_size=1, progress=True))
    err = capsys.readouterr().err
    assert "3/3" in err and err.count("annotate:") >= 1
    assert "countries" not in err  # no second bar from inside an annotator


def test_annotate_into_store_reconciles_and_resumes(sample_path, tmp_path):
    store_dir = tmp_path / "store"
    out = annotate_into(store_dir, [sample_path], ["countries"], chunk_size=2, progress=False)
    assert out["docs_in"] == 3 and out["annotated"] == 3
    assert out["docs_in"] == out["annotated"] + sum(out["skipped"].values())
    again = annotate_into(store_dir, [sample_path], ["countries"], progress=False)
    assert again["annotated"] == 0 and again["skipped"]["already_in_store"] == 3
    with Store(store_dir) as store:
        assert len(store.articles()) == 3
        m = store.table("mentions")
        assert {"RUS", "USA"} <= set(m["iso3"])
        assert store.summary()["appends"] == 2  # two chunks of the first run


def test_annotate_into_streams_files_and_counts_what_the_loader_skipped(sample_path, tmp_path):
    wire = tmp_path / "wire.jsonl"
    wire.write_text(json.dumps({"doc_id": "w1", "title": "Turkey accuses Russia of violating "
                                "its airspace", "text": "Ankara said two jets crossed."})
                    + "\n{broken line\n", encoding="utf-8")
    extra = pd.DataFrame({"doc_id": ["x1"], "title": ["Iran blames Saudi Arabia"]})
    with pytest.warns(UserWarning, match=r"iter_load: skipped 1 of 5 items.*wire\.jsonl, line 2"):
        out = annotate_into(tmp_path / "s", [sample_path, wire, extra], ["countries"],
                            chunk_size=2, progress=False)
    # 3 sample articles + 2 JSON Lines items + 1 DataFrame row
    assert out["docs_in"] == 6 and out["annotated"] == 5 and out["skipped"]["load"] == 1
    assert out["docs_in"] == out["annotated"] + sum(out["skipped"].values())
    with Store(tmp_path / "s") as store:
        m = store.table("mentions")
        assert set(m.loc[m["doc_id"] == "w1", "iso3"]) == {"TUR", "RUS"}
        assert set(m.loc[m["doc_id"] == "x1", "iso3"]) == {"IRN", "SAU"}
        assert store.summary()["appends"] == 4  # chunks of 2, 1 (sample), 1 (wire), 1


@pytest.mark.slow
def test_process_pool_gives_the_same_tables_as_one_process(allsides_200):
    names = ["countries", "accusations"]
    serial = list(annotate(allsides_200, names, chunk_size=50, progress=False))
    # 3 workers: each chunk of 50 is cut into pieces of 17, 17 and 16 articles
    pooled = list(annotate(allsides_200, names, chunk_size=50, progress=False, n_jobs=3))
    assert [p.n_docs for p in pooled] == [50] * 4  # in input order, no chunk lost
    for s, p in zip(serial, pooled, strict=True):
        assert p.articles["doc_id"].tolist() == s.articles["doc_id"].tolist()
    for table, keys, least in (("mentions", schema.MENTIONS.key, 200),
                               ("doc_countries", schema.DOC_COUNTRIES.key, 100),
                               ("accusations", schema.ACCUSATIONS.key, 20)):
        a = _sorted(pd.concat([p[table] for p in serial]), keys)
        b = _sorted(pd.concat([p[table] for p in pooled]), keys)
        assert len(a) > least  # AllSides articles mention countries and accusations
        pd.testing.assert_frame_equal(a, b)


def test_topics_annotator_with_a_fitted_model(tmp_path):
    from mediakit.pipeline import TopicsAnnotator
    from mediakit.topics import TopicModel

    texts = ["Oil prices rose as crude output fell.", "Crude oil barrel prices jumped.",
             "The central bank raised interest rates.", "Bank rates and interest climbed.",
             "Oil and crude exports grew.", "Interest rates at the bank were cut."]
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "title": [""] * 6,
                         "text": texts})
    model = TopicModel(n_topics=2, min_df=1, max_df=1.0, random_state=0).fit(texts)
    out = annotate_into(tmp_path, arts, ["countries", TopicsAnnotator(model, top=1)],
                        chunk_size=3, progress=False)
    assert out["rows"]["doc_topics"] == 6
    with Store(tmp_path) as store:
        dt = store.table("doc_topics").sort_values("doc_id")
    oil = dt.set_index("doc_id")["topic"]
    assert oil["d0"] == oil["d1"] == oil["d4"] != oil["d2"] == oil["d3"] == oil["d5"]
    with pytest.raises(TypeError, match="doc_topics"):
        TopicsAnnotator(object())


def test_pool_pieces_are_one_per_worker_and_never_over_the_piece_size():
    from mediakit.pipeline import PIECE_SIZE, _pieces

    df = pd.DataFrame({"doc_id": [f"d{i}" for i in range(2 * PIECE_SIZE + 500)]})
    sizes = [len(p) for p in _pieces(df, 2)]
    assert sizes == [834, 834, 832]  # ceil(2500 / 3) = 834 per piece, <= 1000
    assert [len(p) for p in _pieces(df.head(10), 2)] == [5, 5]  # one per worker
    assert [len(p) for p in _pieces(df.head(1), 4)] == [1]
    pieces = _pieces(df, 3)
    assert pd.concat(pieces)["doc_id"].tolist() == df["doc_id"].tolist()  # order kept


def test_pieces_tables_are_concatenated_in_order_even_when_one_piece_lacks_a_table():
    from mediakit.pipeline import _concat_tables

    a = {"t": pd.DataFrame({"doc_id": ["a", "b"]}), "u": pd.DataFrame({"doc_id": ["a"]})}
    b = {"t": pd.DataFrame({"doc_id": ["c"]})}  # no "u" rows nor table for this piece
    out = _concat_tables([a, b])
    assert out["t"]["doc_id"].tolist() == ["a", "b", "c"]
    assert out["u"]["doc_id"].tolist() == ["a"]
