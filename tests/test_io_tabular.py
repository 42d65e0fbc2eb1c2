"""CSV / JSON Lines / Parquet / folders of .txt, several paths, duplicate ids, dispatch."""

from __future__ import annotations

import gzip
import json

import pandas as pd
import pytest

from mediakit import schema
from mediakit.errors import ParseError
from mediakit.io import FORMATS, LoadReport, detect_format, load

ROWS = [
    {"id": "a1", "headline": "Russia accuses US of pretending to fight Isis",
     "body": "Moscow said the US slowed its assault.", "date": "2017-10-10 17:49:36+00:00",
     "outlet": "The Independent"},
    {"id": "a2", "headline": "Pentagon calls claims ridiculous",
     "body": "A spokesperson dismissed the allegations as false.", "date": "10/11/2017",
     "outlet": "Reuters"},
]
MAP = {"id": "doc_id", "headline": "title", "body": "text", "date": "published",
       "outlet": "source"}


def _check(df):
    assert df["doc_id"].tolist() == ["a1", "a2"]
    assert df["title"].tolist()[0] == "Russia accuses US of pretending to fight Isis"
    assert df["source"].tolist() == ["The Independent", "Reuters"]
    assert df.loc[0, "published"] == pd.Timestamp("2017-10-10 17:49:36", tz="UTC")
    assert df.loc[1, "published"] == pd.Timestamp("2017-10-11", tz="UTC")  # month first
    assert df["published_from"].tolist() == ["field", "field"]
    schema.validate_articles(df)
    for col in ("doc_id", "title", "text", "source"):
        assert str(df[col].dtype) == "string"


def test_csv_with_column_mapping(tmp_path):
    p = tmp_path / "wire.csv"
    pd.DataFrame(ROWS).to_csv(p, index=False)
    _check(load(p, columns=MAP))


def test_jsonl_plain_and_gz_and_array(tmp_path):
    lines = "".join(json.dumps(r) + "\n" for r in ROWS)
    (tmp_path / "a.jsonl").write_text(lines)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    (tmp_path / "c.json").write_text(json.dumps(ROWS))
    for name in ("a.jsonl", "b.jsonl.gz", "c.json"):
        _check(load(tmp_path / name, columns=MAP))


def test_jsonl_bad_line_is_skipped_with_line_number(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps(ROWS[0]) + "\n\n{not json\n" + json.dumps(ROWS[1]) + "\n")
    with pytest.warns(UserWarning, match=r"bad\.jsonl, line 3, item 2: invalid JSON"):
        df = load(p, columns=MAP)
    assert df["doc_id"].tolist() == ["a1", "a2"]
    rep = df.attrs["load_report"]
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (3, 2, 1)


def test_default_ids_and_source(tmp_path):
    p = tmp_path / "notes.csv"
    p.write_text("title,text\nRussia accuses US,Moscow said.\nIran deal,Trump said.\n")
    df = load(p)
    assert df["doc_id"].tolist() == ["notes:1", "notes:2"]
    assert (df["source"] == "notes").all()
    assert df["published"].isna().all() and df["published_from"].isna().all()
    assert load(p, source="desk")["source"].tolist() == ["desk", "desk"]


def test_parquet_round_trip_keeps_lists(tmp_path):
    df = pd.DataFrame({"doc_id": ["r1", "r2"], "title": ["A", "B"], "text": ["x", "y"],
                       "published": pd.to_datetime(["1987-02-26", None], utc=True),
                       "published_from": ["dateline", None],
                       "places": [["usa", "uruguay"], []]})
    p = tmp_path / "a.parquet"
    df.to_parquet(p)
    out = load(p)
    assert out["places"].map(list).tolist() == [["usa", "uruguay"], []]
    assert out["published_from"].tolist()[0] == "dateline"  # the file's own origin is kept
    assert pd.isna(out.loc[1, "published"])


def test_several_paths_and_duplicate_ids(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("doc_id,title,text\nx,Russia accuses US,Moscow said.\n")
    b.write_text("doc_id,title,text\nx,Pentagon denies,Washington said.\ny,Iran,Tehran said.\n")
    with pytest.warns(UserWarning, match="1 duplicate doc_id"):
        df = load([a, b])
    assert df["doc_id"].tolist() == ["x", "x#2", "y"]
    rep = df.attrs["load_report"]
    assert rep.n_duplicates == 1 and rep.duplicate_ids == ["x"]
    assert rep.n_items == rep.n_loaded == 3


def test_limit_across_files(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("title,text\nOne,1\nTwo,2\n")
    b.write_text("title,text\nThree,3\n")
    df = load([a, b], limit=3, progress=False)
    assert df["title"].tolist() == ["One", "Two", "Three"]
    assert load([a, b], limit=1)["title"].tolist() == ["One"]


def test_textdir_folder(tmp_path):
    d = tmp_path / "wires"
    d.mkdir()
    (d / "b.txt").write_text("Pentagon calls claims ridiculous\n\nA spokesperson said.\n")
    (d / "a.txt").write_text("Russia accuses US\n\nMoscow said.\n\nSecond paragraph.\n")
    df = load(d)
    assert df["doc_id"].tolist() == ["a:1", "b:1"]
    assert df["title"].tolist() == ["Russia accuses US", "Pentagon calls claims ridiculous"]
    assert df.loc[0, "text"] == "Moscow said.\n\nSecond paragraph."
    assert (df["source"] == "wires").all()


def test_folder_of_dumps(tmp_path, sample_path):
    (tmp_path / "001.txt").write_bytes(sample_path.read_bytes())
    (tmp_path / "002.txt").write_bytes(sample_path.read_bytes())
    df = load(tmp_path, progress=False)
    assert len(df) == 6 and df["doc_id"].is_unique
    assert df["doc_id"].tolist()[3] == "002:1"


def test_detect_format_and_errors(tmp_path):
    assert detect_format("x/reut2-003.sgm") == "reuters"
    assert detect_format("x/competition_test_bodies.csv") == "fnc1"
    assert set(FORMATS) >= {"dump", "csv", "jsonl", "parquet", "textdir", "fakes", "allsides"}
    odd = tmp_path / "x.bin"
    odd.write_bytes(b"\x00\x01")
    with pytest.raises(ParseError, match=r"x\.bin: unknown file type"):
        load(odd)
    with pytest.raises(ParseError, match="not found"):
        load(tmp_path / "missing.csv")
    with pytest.raises(ValueError, match="unknown format"):
        load(odd, format="word")


def test_report_round_trip(tmp_path):
    p = tmp_path / "n.csv"
    p.write_text("title,text\nA,b\n")
    rep = load(p).attrs["load_report"]
    assert isinstance(rep, LoadReport)
    d = rep.to_dict()
    assert json.loads(json.dumps(d))["n_loaded"] == 1
    assert "1 file, 1 items: 1 loaded, 0 skipped" in rep.summary()
    assert "<table>" in rep._repr_html_() and "n.csv" in rep._repr_html_()
    assert "loaded=1" in repr(rep)


def test_folder_of_csv_files(tmp_path):
    (tmp_path / "b.csv").write_text("title,text\nPentagon denies,Washington said.\n")
    (tmp_path / "a.csv").write_text("title,text\nRussia accuses US,Moscow said.\n")
    (tmp_path / "MANIFEST.md").write_text("# not data\n")
    df = load(tmp_path, progress=False)
    assert df["doc_id"].tolist() == ["a:1", "b:1"]
    assert detect_format(tmp_path) == "csv"
    (tmp_path / "c.parquet").write_bytes(b"")
    with pytest.raises(ParseError, match="several formats: csv, parquet"):
        detect_format(tmp_path)


def test_fakes_folder_is_recognised(fakes_dir):
    assert detect_format(fakes_dir) == "fakes"
