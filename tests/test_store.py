"""mediakit.store.Store: atomic appends, doc_id skipping, orphans, foreign/corrupt files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from mediakit import errors, schema
from mediakit.errors import SchemaError
from mediakit.store import Store, StoreError, stage_tables

TEXTS = [
    ("a1", "2016-03-01T10:00:00Z", "BBC", "Russia accuses US of 'pretending' to fight Isis",
     "Moscow said Washington was arming the rebels."),
    ("a2", "2016-03-09T08:00:00Z", "BBC", "Syrian general: US arming Isis",
     "The Pentagon called it absolutely ridiculous."),
    ("a3", "2016-04-02T12:00:00Z", "CNN", "Turkey shoots down Russian jet", "Ankara said."),
    ("a4", None, "CNN", "Weather in Paris", "Rain expected over France."),
]


def _articles(rows=TEXTS) -> pd.DataFrame:
    df = pd.DataFrame(rows, columns=["doc_id", "published", "source", "title", "text"])
    return schema.coerce(df, "articles")


def _doc_countries() -> pd.DataFrame:
    rows = [("a1", "RUS", 2, 0.5, True), ("a1", "USA", 2, 0.5, True),
            ("a2", "SYR", 1, 0.5, True), ("a2", "USA", 1, 0.5, True),
            ("a3", "TUR", 1, 0.5, True), ("a3", "RUS", 1, 0.5, True),
            ("a4", "FRA", 2, 1.0, True)]
    df = pd.DataFrame(rows, columns=["doc_id", "iso3", "n_mentions", "score", "primary"])
    return schema.coerce(df, "doc_countries")


def test_append_partitions_by_month_and_round_trips(tmp_path):
    with Store(tmp_path / "s") as store:
        rep = store.append({"articles": _articles(), "doc_countries": _doc_countries()})
        assert rep == {"articles": 4, "skipped_in_store": 0, "skipped_duplicate": 0,
                       "rows": {"articles": 4, "doc_countries": 7}}
        months = sorted(p.name for p in (tmp_path / "s" / "articles").iterdir())
        assert months == ["month=2016-03", "month=2016-04", "month=unknown"]
        back = store.articles().sort_values("doc_id").reset_index(drop=True)
        schema.validate_articles(back)
        pd.testing.assert_frame_equal(back[schema.ARTICLES.names], _articles(),
                                      check_dtype=True)
        dc = store.table("doc_countries", where="iso3 = ?", params=["USA"])
        assert sorted(dc["doc_id"]) == ["a1", "a2"]
        # annotation rows carry their article's source and date for pushed-down queries
        assert set(dc["source"]) == {"BBC"}
        assert store.summary()["n_undated"] == 1
        assert store.summary()["n_sources"] == 2


def test_existing_and_duplicate_doc_ids_are_skipped_and_counted(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()[:2], "doc_countries": _doc_countries()[:4]})
        again = pd.concat([_articles(), _articles()[3:]], ignore_index=True)
        rep = store.append({"articles": again, "doc_countries": _doc_countries()})
        assert rep["articles"] == 2
        assert rep["skipped_in_store"] == 2
        assert rep["skipped_duplicate"] == 1
        assert len(again) == rep["articles"] + rep["skipped_in_store"] + rep["skipped_duplicate"]
        # the doc_countries rows of skipped articles were not written twice
        n = store.query("SELECT count(*) AS n, count(DISTINCT doc_id || iso3) AS k "
                        "FROM doc_countries")
        assert n["n"].item() == n["k"].item() == 7
        assert store.contains(["a1", "a4", "zz"]).tolist() == [True, True, False]


def test_second_instance_sees_appends_of_first(tmp_path):
    with Store(tmp_path) as writer, Store(tmp_path) as reader:
        assert len(reader.articles()) == 0
        writer.append({"articles": _articles()})
        assert len(reader.articles()) == 4
        assert reader.contains(["a2"]).tolist() == [True]


def test_annotation_rows_for_unknown_articles_are_refused(tmp_path):
    with Store(tmp_path) as store, pytest.raises(SchemaError, match="not in the articles"):
        store.append({"articles": _articles()[:1], "doc_countries": _doc_countries()})
    with Store(tmp_path) as store, pytest.raises(SchemaError, match="'articles' table"):
        store.append({"doc_countries": _doc_countries()})


def test_uncommitted_files_are_ignored_then_cleaned_with_a_warning(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()[:1]})
    # an append that crashed before its manifest: files on disk, not committed
    staged = stage_tables(tmp_path, {"articles": _articles()[1:], "doc_countries":
                                     _doc_countries()[2:]})
    orphan = tmp_path / staged["files"]["articles"][0]["path"]
    assert orphan.exists()
    with pytest.warns(UserWarning, match=r"interrupted append.*part-"), Store(tmp_path) as s:
        assert s.articles()["doc_id"].tolist() == ["a1"]
        assert s.summary()["rows"]["doc_countries"] == 0
    assert not orphan.exists()


def test_uncommitted_files_of_a_running_append_are_left_alone(tmp_path):
    staged = stage_tables(tmp_path, {"articles": _articles()})
    from mediakit.store import _Lock

    lock = _Lock(tmp_path / "_lock")
    assert lock.acquire()
    try:
        with Store(tmp_path) as s:  # another process is appending: no cleaning, no warning
            assert len(s.articles()) == 0
    finally:
        lock.release()
    assert (tmp_path / staged["files"]["articles"][0]["path"]).exists()


def test_foreign_parquet_file_is_a_clear_error(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()})
    foreign = tmp_path / "articles" / "month=2016-03" / "mine.parquet"
    pd.DataFrame({"x": [1]}).to_parquet(foreign)
    with pytest.raises(StoreError, match="did not write") as err:
        Store(tmp_path)
    assert err.value.path == str(foreign)


def test_store_error_is_in_the_package_hierarchy():
    import mediakit
    from mediakit import store as store_module

    assert store_module.StoreError is errors.StoreError is mediakit.StoreError
    assert issubclass(errors.StoreError, errors.MediakitError)
    assert "StoreError" in errors.__all__


def test_corrupt_committed_file_is_a_clear_error(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()})
    man = json.loads(next((tmp_path / "_manifest").glob("*.json")).read_text())
    victim = tmp_path / man["files"]["articles"][0]["path"]
    victim.write_bytes(b"this is not parquet at all")
    with pytest.raises(StoreError, match="not a readable Parquet file") as err:
        Store(tmp_path)
    assert err.value.path == str(victim)


def test_committed_file_with_foreign_schema_is_named(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()})
    man = json.loads(next((tmp_path / "_manifest").glob("*.json")).read_text())
    victim = tmp_path / man["files"]["articles"][0]["path"]
    pd.DataFrame({"x": [1]}).to_parquet(victim)
    with pytest.raises(StoreError, match="lacks column 'doc_id'") as err:
        Store(tmp_path)
    assert err.value.path == str(victim)


def test_unreadable_manifest_and_missing_file_are_named(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles()})
    man_path = next((tmp_path / "_manifest").glob("*.json"))
    man = json.loads(man_path.read_text())
    os.remove(tmp_path / man["files"]["articles"][0]["path"])
    with pytest.raises(StoreError, match="listed in a manifest but missing"):
        Store(tmp_path)
    man_path.write_text("{not json")
    with pytest.raises(StoreError, match="manifest") as err:
        Store(tmp_path)
    assert err.value.path == str(man_path)


def test_summary_and_html(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles(), "doc_countries": _doc_countries()})
        s = store.summary()
        assert s["rows"]["articles"] == 4 and s["rows"]["doc_countries"] == 7
        assert s["published_min"].startswith("2016-03-01")
        assert s["published_max"].startswith("2016-04-02")
        html = store._repr_html_()
        assert "doc_countries" in html and "mediakit Store" in html
        assert "articles=4" in repr(store)
        # summary() leaves no open DuckDB result behind: an append right after works
        more = _articles([("a5", "2016-04-09", "CNN", "Iran blames Saudi Arabia", "")])
        assert store.append({"articles": more})["articles"] == 1
        assert store.summary()["rows"]["articles"] == 5


def test_missing_folder_without_create(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        Store(tmp_path / "nope", create=False)
    assert not Path(tmp_path / "nope").exists()


def _accusations() -> pd.DataFrame:
    # a1: "Russia accuses US of 'pretending' to fight Isis"
    # a2: "Syrian general: US arming Isis" / "The Pentagon called it absolutely ridiculous."
    rows = [("a1", 0, 0, 48, "Russia", "RUS", "US", "USA", "pretending to fight Isis",
             "accuses", "accuse", 0.9, 7),
            ("a2", 0, 0, 30, "Syrian general", "SYR", "US", "USA", "arming Isis", ":",
             "accuse", 0.6, 14),
            ("a2", 1, 32, 78, "The Pentagon", "USA", None, None, "arming Isis",
             "called it absolutely ridiculous", "deny", 0.7, 45)]
    cols = ["doc_id", "sentence", "start", "end", "accuser", "accuser_iso3", "accused",
            "accused_iso3", "allegation", "cue", "polarity", "confidence", "cue_start"]
    return schema.coerce(pd.DataFrame(rows, columns=cols), "accusations")


def test_who_accuses_whom_in_duckdb(tmp_path):
    with Store(tmp_path) as store:
        store.append({"articles": _articles(), "accusations": _accusations()})
        got = store.who_accuses_whom()
        assert got[["accuser", "accused", "n_accusations"]].values.tolist() == [
            ["RUS", "USA", 1], ["SYR", "USA", 1]]
        # the denial has no accused code: left out unless labelled
        assert store.who_accuses_whom(polarity="deny").empty
        deny = store.who_accuses_whom(polarity="deny", unresolved="?")
        assert deny[["accuser", "accused"]].values.tolist() == [["USA", "?"]]
        assert store.who_accuses_whom(by="text")["accuser"].tolist() == ["Russia",
                                                                         "Syrian general"]
        with pytest.warns(UserWarning, match="1 of 4 articles have no published date"):
            later = store.who_accuses_whom(start="2016-03-05", end="2016-04-01")
        assert later["accuser"].tolist() == ["SYR"]
        assert store.who_accuses_whom(min_confidence=0.8)["accuser"].tolist() == ["RUS"]
        assert store.who_accuses_whom(matrix="n_articles").loc["RUS", "USA"] == 1
        assert store.who_accuses_whom(source="CNN").empty
        # the in-memory cache follows later appends
        store.append({"articles": _articles([("a9", "2016-03-20", "BBC", "Russia accuses US",
                                              "")]),
                      "accusations": _accusations().iloc[:1].assign(doc_id="a9")})
        assert store.who_accuses_whom()["n_accusations"].tolist() == [2, 1]
