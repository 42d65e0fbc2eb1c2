"""One huge CSV / JSON Lines / Parquet file streams in bounded memory (iter_table, iter_load).

The invariant: for every file, the chunks of ``iter_table`` concatenated equal ``read_table``
exactly, and the file report (counts, skipped lines, flagged input, date problems) is the same.
"""

from __future__ import annotations

import gzip
import json
import random
import tracemalloc
from dataclasses import asdict

import pandas as pd
import pytest

from mediakit.errors import ParseError
from mediakit.io import iter_load, load
from mediakit.io._report import _FileContext
from mediakit.io.tabular import iter_table, read_table

ARTICLES = [
    {"id": "r1", "headline": "Russia accuses US of pretending to fight Isis",
     "body": "Moscow said the US-led coalition slowed its assault on Raqqa.",
     "date": "2017-10-10T17:49:36Z", "outlet": "The Independent"},
    {"id": "", "headline": "Pentagon calls Russian claims ridiculous",
     "body": "A spokesperson dismissed the allegations as false.",
     "date": "2017-10-11", "outlet": "Reuters"},
    {"id": "r3", "headline": "Syria talks resume in Geneva",
     "body": "Envoys met for a fourth round of talks.", "date": "soon", "outlet": "AFP"},
    {"id": "r4", "headline": "Turkey blames Kurdish militants for Ankara blast",
     "body": "Officials said the attack killed 28 people.", "date": "1650-03-01",
     "outlet": "BBC"},
    {"id": "r5", "headline": "China rejects criticism of South China Sea islands",
     "body": "Beijing said the construction was lawful.", "date": "2090-05-01",
     "outlet": "Xinhua"},
    {"id": "  ", "headline": "Iran denies supplying missiles to Yemen rebels",
     "body": "Tehran called the charge baseless.", "date": "2017-11-05 08:00",
     "outlet": "Al Jazeera"},
    {"id": "r7", "headline": "France and Germany agree on eurozone budget",
     "body": "The finance ministers met in Paris.", "date": "", "outlet": ""},
    {"id": "r8", "headline": "Venezuela accuses Colombia of plotting coup",
     "body": "Caracas recalled its ambassador.", "date": "2018-02-14T09:30:00+01:00",
     "outlet": "El País"},
]
MAP = {"headline": "title", "body": "text", "date": "published", "outlet": "source"}
MAP_ID = MAP | {"id": "doc_id"}


def _jsonl_lines(rows) -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode() for r in rows]


def _messy_jsonl() -> bytes:
    """BOM, blank lines, bad JSON, a non-object, invalid UTF-8, CRLF, bad and odd dates."""
    lines = _jsonl_lines(ARTICLES)
    out = [b"\xef\xbb\xbf" + lines[0], b"", lines[1] + b"\r", b"{not json", lines[2],
           b'["Syria", "talks"]', lines[3].replace(b"Ankara", b"Ank\xe2ra"), b"   ",
           lines[4], b'{"headline": "unterminated', lines[5], b"42", lines[6],
           lines[7].replace("País".encode(), b"Pa\xeds"), b""]
    return b"\n".join(out)


def _messy_csv(sep: str) -> bytes:
    df = pd.DataFrame(ARTICLES)
    df.loc[2, "body"] = 'He said:\n"We will not leave Syria",\nand left.'  # quoted newlines
    text = df.to_csv(index=False, sep=sep, lineterminator="\n").encode()
    text = text.replace(b"Ankara", b"Ank\xe2ra").replace("País".encode(), b"Pa\xeds")
    return b"\xef\xbb\xbf" + text


def _files(tmp_path):
    """(path, read options) of every kind of file the invariant is checked on."""
    files = []
    p = tmp_path / "messy.jsonl"
    p.write_bytes(_messy_jsonl())
    files.append((p, {"columns": MAP_ID}))
    p = tmp_path / "messy-gz.jsonl.gz"
    p.write_bytes(gzip.compress(_messy_jsonl()))
    files.append((p, {"columns": MAP_ID}))
    noid = [{k: v for k, v in r.items() if k != "id"} for r in ARTICLES]
    p = tmp_path / "noid.jsonl"  # clean: read_table takes its pyarrow fast path
    p.write_bytes(b"\n".join(_jsonl_lines(noid)) + b"\n")
    files.append((p, {"columns": MAP}))
    extra = [r | {"views": k * 10, "score": k / 4, "paywall": k % 2 == 0,
                  "updated": "2017-10-12T08:00:00Z"} for k, r in enumerate(ARTICLES)]
    p = tmp_path / "extra.jsonl.gz"  # clean, extra numeric / bool / date-like columns
    p.write_bytes(gzip.compress(b"\n".join(_jsonl_lines(extra)) + b"\n"))
    files.append((p, {"columns": MAP_ID}))
    p = tmp_path / "array.json"
    p.write_text(json.dumps(noid[:5] + ["not an object"] + noid[5:]), encoding="utf-8")
    files.append((p, {"columns": MAP}))
    p = tmp_path / "wire.csv"
    p.write_bytes(_messy_csv(","))
    files.append((p, {"columns": MAP_ID}))
    p = tmp_path / "wire-gz.csv.gz"
    p.write_bytes(gzip.compress(_messy_csv(",")))
    files.append((p, {"columns": MAP}))
    p = tmp_path / "wire.tsv"
    p.write_bytes(_messy_csv("\t"))
    files.append((p, {"columns": MAP_ID}))
    p = tmp_path / "latin.csv"  # another encoding, asked for
    pd.DataFrame(ARTICLES).to_csv(p, index=False, encoding="latin-1")
    files.append((p, {"columns": MAP_ID, "encoding": "latin-1"}))
    p = tmp_path / "wire.parquet"
    pd.DataFrame(ARTICLES).to_parquet(p, index=False)
    files.append((p, {"columns": MAP_ID}))
    p = tmp_path / "indexed.parquet"  # a pandas index stored with the rows
    pd.DataFrame(noid, index=[f"k{i}" for i in range(len(noid))]).to_parquet(p)
    files.append((p, {"columns": MAP}))
    return files


def _state(ctx: _FileContext):
    return asdict(ctx.file), ctx.skipped, ctx.issues, ctx.date_problems


def _streamed(path, chunk_rows, **kw):
    ctx = _FileContext(path, "x")
    parts = list(iter_table(path, ctx=ctx, chunk_rows=chunk_rows, **kw))
    assert parts and all(len(p) <= chunk_rows for p in parts)
    return pd.concat(parts, ignore_index=True), ctx


@pytest.mark.parametrize("limit", [None, 4, 0])
@pytest.mark.parametrize("chunk_rows", [1, 3, 1000])
def test_chunks_equal_read_table_with_the_same_report(tmp_path, chunk_rows, limit):
    for path, kw in _files(tmp_path):
        ctx = _FileContext(path, "x")
        whole = read_table(path, ctx=ctx, limit=limit, **kw)
        got, sctx = _streamed(path, chunk_rows, limit=limit, **kw)
        pd.testing.assert_frame_equal(got, whole.reset_index(drop=True), check_exact=True,
                                      obj=path.name)
        assert _state(sctx) == _state(ctx), path.name
        f = sctx.file
        assert f.n_items == f.n_loaded + f.n_skipped


def test_messy_jsonl_report_checked_by_hand(tmp_path):
    p = tmp_path / "messy.jsonl"
    p.write_bytes(_messy_jsonl())
    df, ctx = _streamed(p, 3, columns=MAP_ID)
    # 12 non-blank lines: 8 articles, 2 bad JSON, 2 non-objects
    assert (ctx.file.n_items, ctx.file.n_loaded, ctx.file.n_skipped) == (12, 8, 4)
    # line 1 rec, 2 blank, 3 rec, 4 bad, 5 rec, 6 list, 7 rec, 8 blank, 9 rec, 10 bad, 11 rec,
    # 12 number, 13 rec, 14 rec, 15 empty; items count the non-blank lines
    assert [(s.line, s.item) for s in ctx.skipped] == [(4, 3), (6, 5), (10, 8), (12, 10)]
    assert "expected a JSON object, got list" in ctx.skipped[1].reason
    assert [i.line for i in ctx.issues] == [7, 14]  # invalid UTF-8, file line numbers
    assert "b'\\xe2'" in ctx.issues[0].reason
    # empty / blank ids fall back to <stem>:<row>, rows counted over the whole file
    assert df["doc_id"].tolist() == ["r1", "messy:2", "r3", "r4", "r5", "messy:6", "r7", "r8"]
    assert df.loc[0, "title"] == "Russia accuses US of pretending to fight Isis"  # no BOM
    assert df.loc[3, "title"] == "Turkey blames Kurdish militants for Ank\ufffdra blast"
    assert df.loc[0, "published"] == pd.Timestamp("2017-10-10 17:49:36", tz="UTC")
    assert df.loc[7, "published"] == pd.Timestamp("2018-02-14 08:30", tz="UTC")
    # date problems are numbered by row of the table (3rd, 4th, 5th article) and file line
    assert [(d.line, d.item, d.value) for d in ctx.date_problems] == [
        (5, 3, "soon"), (7, 4, "1650-03-01"), (9, 5, "2090-05-01")]
    assert df["source"].tolist()[6] == "messy"  # empty outlet -> file stem


def test_csv_quoted_newlines_and_tsv(tmp_path):
    for name, sep in (("wire.csv", ","), ("wire.tsv", "\t")):
        p = tmp_path / name
        p.write_bytes(_messy_csv(sep))
        df, ctx = _streamed(p, 2, columns=MAP_ID)
        assert len(df) == 8 and ctx.file.n_items == 8
        assert df.loc[2, "text"] == 'He said:\n"We will not leave Syria",\nand left.'
        assert df.loc[1, "doc_id"] == "wire:2"
        # header line 1; the 3rd article spans lines 4-6 (quoted newlines), so the 4th
        # (Ank\xe2ra) is on line 7 and the 8th (Pa\xeds) on line 11
        assert [i.line for i in ctx.issues] == [7, 11]


def test_columns_only_in_later_records_and_missing_everywhere(tmp_path):
    p = tmp_path / "sparse.jsonl"
    rows = [{"headline": "Russia accuses US"}, {"headline": "Syria talks"},
            {"headline": "Pentagon replies", "date": "2017-10-11"}]
    p.write_bytes(b"\n".join(_jsonl_lines(rows)))
    cols = {"headline": "title", "date": "published"}
    df, ctx = _streamed(p, 2, columns=cols)
    whole = read_table(p, columns=cols)
    pd.testing.assert_frame_equal(df, whole, check_exact=True)
    with pytest.raises(ParseError, match=r"column 'body' named in columns= is missing"):
        _streamed(p, 2, columns={"body": "text"} | cols)
    p.write_bytes(b'{"url": "http://example.org/a"}\n')
    with pytest.raises(ParseError, match=r"required column 'text' \(or 'title'\) is missing"):
        _streamed(p, 2)


def test_broken_files_give_the_read_table_errors(tmp_path):
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(gzip.compress(_messy_jsonl() * 50)[:-40])
    for reader in (read_table, lambda q: _streamed(q, 3)):
        with pytest.raises(ParseError, match=r"cut\.jsonl\.gz: truncated or corrupt gzip"):
            reader(p)
    p = tmp_path / "broken.parquet"
    p.write_bytes(b"PAR1 this is not parquet")
    for reader in (read_table, lambda q: _streamed(q, 3)):
        with pytest.raises(ParseError, match=r"broken\.parquet: Parquet file does not read"):
            reader(p)
    p = tmp_path / "bad.csv"
    p.write_text('title,text\nRussia accuses US,"Moscow said\nSyria,talks,extra\n')
    for reader in (read_table, lambda q: _streamed(q, 1)):
        with pytest.raises(ParseError, match=r"bad\.csv: CSV does not parse"):
            reader(p)
    p = tmp_path / "empty.csv"
    p.write_text("\n  \n")
    df, ctx = _streamed(p, 2)
    assert len(df) == 0 and [i.reason for i in ctx.issues] == ["empty file: no header and no rows"]


def test_iter_load_of_one_jsonl_equals_load(tmp_path):
    p = tmp_path / "wire.jsonl"
    rows = [r | {"id": f"{r['id']}"} for r in ARTICLES] * 3  # ids repeat: #2, #3 suffixes
    p.write_bytes(b"\n".join(_jsonl_lines(rows)[:10] + [b"{oops"] + _jsonl_lines(rows)[10:]))
    with pytest.warns(UserWarning, match=r"skipped 1 of 25 items.*wire\.jsonl, line 11"):
        whole = load(p, columns=MAP_ID, progress=False)
    with pytest.warns(UserWarning, match=r"iter_load: skipped 1 of 25 items"):
        it = iter_load(p, columns=MAP_ID, chunk_size=4, progress=False)
        parts = list(it)
    # the 3rd batch of 4 lines holds the bad one: a chunk of 3 (chunks hold at most 4)
    assert [len(c) for c in parts] == [4, 4, 3, 4, 4, 4, 1]
    got = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(got, whole.reset_index(drop=True), check_exact=True)
    assert it.report.to_dict() == whole.attrs["load_report"].to_dict()
    # 6 real ids per copy (2 are empty: wire:<row>), repeated twice more: 12 renamed
    assert it.report.n_duplicates == 12 and got["doc_id"].is_unique
    # limit across the file, and stopping early keeps a consistent report
    with pytest.warns(UserWarning, match="duplicate doc_id"):
        limited = pd.concat(list(iter_load(p, columns=MAP_ID, chunk_size=4, limit=9,
                                           progress=False)))
    assert len(limited) == 9
    it = iter_load(p, columns=MAP_ID, chunk_size=4, progress=False)
    next(it)
    next(it)
    it.close()
    rep = it.report
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (8, 8, 0)
    assert len(rep.files) == 1


WIRE = ("Russia accuses the United States of pretending to fight Isis while the Pentagon "
        "calls the claims ridiculous and Syria talks resume in Geneva as Turkey blames "
        "Kurdish militants for the blast in Ankara")


def _big_jsonl(path, n_rows: int) -> None:
    """~1 kB articles of real words in random order (~1 MB per 1,000 rows)."""
    rnd = random.Random(8)
    words = WIRE.split()
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n_rows):
            text = " ".join(rnd.choices(words, k=150))
            fh.write(json.dumps({"doc_id": f"big-{i}", "title": " ".join(words[i % 20:][:8]),
                                 "text": text, "published": f"2017-{1 + i % 12:02d}-10",
                                 "source": ("Reuters", "AFP", "BBC")[i % 3]}) + "\n")


@pytest.mark.slow
def test_one_big_jsonl_streams_in_bounded_memory(tmp_path):
    p = tmp_path / "big.jsonl"
    _big_jsonl(p, 60_000)
    assert p.stat().st_size > 55e6
    tracemalloc.start()
    try:
        n = 0
        it = iter_load(p, chunk_size=1000, progress=False)
        for chunk in it:
            n += len(chunk)
            del chunk
        _, stream_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        whole = load(p, progress=False)
        _, load_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == len(whole) == 60_000 == it.report.n_loaded
    assert stream_peak < load_peak / 4, (stream_peak / 1e6, load_peak / 1e6)
