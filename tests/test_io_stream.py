"""mediakit.io.iter_load / input_files: chunks one file at a time, same rows and report as load."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from mediakit import schema
from mediakit.errors import ParseError
from mediakit.io import LoadIterator, input_files, iter_load, load


def _records(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_sample_chunks_equal_load(sample_path):
    whole = load(sample_path, progress=False)
    chunks = iter_load(sample_path, chunk_size=2, progress=False)
    assert isinstance(chunks, LoadIterator)
    parts = list(chunks)
    assert [len(p) for p in parts] == [2, 1]
    got = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(got, whole.reset_index(drop=True), check_like=False)
    # the first article of the user's sample, unchanged
    assert got.loc[0, "title"] == "Russia accuses US of ‘pretending’ to fight Isis"
    rep = chunks.report
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (3, 3, 0)
    assert chunks.n_yielded == 3
    for p in parts:
        schema.validate_articles(p)


def test_skipped_lines_are_counted_and_warned_once_at_the_end(tmp_path):
    good = {"title": "Russia accuses US of pretending to fight Isis", "text": "Moscow said."}
    p = tmp_path / "wire.jsonl"
    p.write_text(json.dumps(good) + "\n{not json\n" + json.dumps(good | {"title": "Syria"})
                 + "\n", encoding="utf-8")
    chunks = iter_load(p, chunk_size=1, progress=False)
    first = next(chunks)  # no warning before the end
    assert first["title"].tolist() == [good["title"]]
    with pytest.warns(UserWarning, match=r"skipped 1 of 3 items; first: .*wire\.jsonl, line 2"):
        rest = list(chunks)
    assert [len(r) for r in rest] == [1]
    rep = chunks.report
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (3, 2, 1)
    assert rep.n_items == rep.n_loaded + rep.n_skipped
    with pytest.raises(ParseError, match=r"wire\.jsonl, line 2.*invalid JSON") as err:
        list(iter_load(p, strict=True, progress=False))
    assert err.value.line == 2


def test_duplicate_ids_across_files_renamed_as_load_does(tmp_path):
    _records(tmp_path / "a.jsonl", [{"doc_id": "x", "title": "Russia accuses US"},
                                    {"doc_id": "y", "title": "Syria talks"}])
    _records(tmp_path / "b.jsonl", [{"doc_id": "x", "title": "Russia accuses US again"},
                                    {"doc_id": "x", "title": "and again"},
                                    {"doc_id": "z", "title": "Weather"}])
    _records(tmp_path / "c.jsonl", [{"doc_id": "x", "title": "fourth"}])
    with pytest.warns(UserWarning, match="3 duplicate doc_id"):
        whole = load(tmp_path, progress=False)
    with pytest.warns(UserWarning, match="3 duplicate doc_id"):
        it = iter_load(tmp_path, chunk_size=10, progress=False)
        parts = list(it)
    assert [len(p) for p in parts] == [2, 3, 1]  # a chunk never spans two files
    ids = pd.concat(parts)["doc_id"].tolist()
    assert ids == ["x", "y", "x#2", "x#3", "z", "x#4"]
    assert ids == whole["doc_id"].tolist()
    assert it.report.n_duplicates == whole.attrs["load_report"].n_duplicates == 3
    assert it.report.duplicate_ids == ["x"]


def test_input_files_and_format_errors(tmp_path):
    _records(tmp_path / "b.jsonl", [{"title": "b"}])
    _records(tmp_path / "a.jsonl", [{"title": "a"}])
    assert [(p.name, f) for p, f in input_files(tmp_path)] == [("a.jsonl", "jsonl"),
                                                               ("b.jsonl", "jsonl")]
    with pytest.raises(ParseError, match=r"missing\.csv.*not found"):
        input_files(tmp_path / "missing.csv")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        iter_load(tmp_path, format="xml")
    with pytest.raises(ValueError, match="chunk_size"):
        iter_load(tmp_path, chunk_size=0)


@pytest.mark.slow
def test_allsides_streams_file_by_file(allsides_dir):
    files = [allsides_dir / "articles-00.jsonl.gz", allsides_dir / "articles-01.jsonl.gz"]
    assert [p for p, _ in input_files(allsides_dir)][:2] == files
    chunks = iter_load(files, chunk_size=5_000, limit=12_600, progress=False)
    first = next(chunks)
    # lazy: only the first file has been read when the first chunk arrives
    assert [f.path for f in chunks.report.files] == [str(files[0])]
    parts = [first, *chunks]
    sizes = [len(p) for p in parts]
    n0 = chunks.report.files[0].n_loaded
    assert n0 > 12_000  # one AllSides part holds 12,518 articles
    assert sizes == [5_000, 5_000, n0 - 10_000, 12_600 - n0]
    rep = chunks.report
    assert rep.n_loaded == 12_600 == sum(sizes)
    for f in rep.files:
        assert f.n_items == f.n_loaded + f.n_skipped
    got = pd.concat(parts, ignore_index=True)
    assert got["doc_id"].is_unique
    assert got["source"].notna().mean() > 0.99 and got["text"].str.len().median() > 500
    assert {"bias", "topic"} <= set(got.columns)
    assert str(got["published"].dtype) == "datetime64[ns, UTC]"
