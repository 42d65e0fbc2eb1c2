"""Bad input: every problem is skipped-and-reported (or raised under strict) with its place."""

from __future__ import annotations

import gzip
import hashlib
import time

import pandas as pd
import pytest

from mediakit.errors import ParseError
from mediakit.io import load

ITEM = ("- 1507657776 mosul ruins - Russia accuses US of pretending to fight Isis\n\n"
        "Russia accuses US of pretending to fight Isis\n\n"
        "The Russian Defence Ministry has alleged that the US slowed its assault.\n\n"
        "The Pentagon did not immediately respond.\n")
TEASER = ("- 1507649787 erdogan visas - Erdogan refuses to recognise US ambassador\n\n"
          "Erdogan refuses to recognise US ambassador\n")


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("")
    with pytest.warns(UserWarning, match=r"empty\.txt, line 1: empty file"):
        df = load(p)
    assert len(df) == 0
    with pytest.warns(UserWarning, match=r"empty\.txt.*empty file: no items"):
        assert len(load(p, format="dump")) == 0
    with pytest.raises(ParseError, match=r"empty\.txt.*empty file"):
        load(p, format="dump", strict=True)


def test_dump_without_items(tmp_path):
    p = tmp_path / "noitems.txt"
    p.write_text("Russia accuses US of pretending to fight Isis\n\nNo header anywhere.\n")
    with pytest.warns(UserWarning, match=r"noitems\.txt, line 1: text before the first item"):
        df = load(p, format="dump")
    rep = df.attrs["load_report"]
    assert len(df) == 0 and rep.n_skipped == 1 and rep.n_issues == 1
    assert "no item headers" in rep.issues[0].reason


def test_item_header_without_title(tmp_path):
    p = tmp_path / "notitle.txt"
    p.write_text(ITEM + "\n\n- 1507649787 erdogan visas -\n\nSome orphan text.\n\n\n" + TEASER)
    with pytest.warns(UserWarning, match=r"notitle\.txt, line 10, item 2: item header without a ti"):
        df = load(p)
    assert df["doc_id"].tolist() == ["notitle:1", "notitle:3"]  # numbers stay stable
    rep = df.attrs["load_report"]
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (3, 2, 1)


def test_body_before_any_header(tmp_path):
    p = tmp_path / "lead.txt"
    p.write_text("Scraped at 2017-10-10\n\n" + ITEM)
    with pytest.warns(UserWarning, match=r"lead\.txt, line 1: text before the first item header"):
        df = load(p, format="dump")
    assert len(df) == 1 and df.loc[0, "doc_id"] == "lead:1"
    with pytest.raises(ParseError) as exc:
        load(p, format="dump", strict=True)
    assert exc.value.line == 1 and exc.value.path.endswith("lead.txt")


def test_mixed_line_endings(tmp_path):
    p = tmp_path / "mixed.txt"
    text = ITEM.replace("\n", "\r\n") + "\n\n" + TEASER  # teaser lines end in \n only
    p.write_bytes(text.encode())
    with pytest.warns(UserWarning, match=r"mixed\.txt, line \d+: mixed line endings"):
        df = load(p)
    assert df["title"].tolist() == ["Russia accuses US of pretending to fight Isis",
                                    "Erdogan refuses to recognise US ambassador"]
    assert not df["text"].str.contains("\r").any()
    assert df.attrs["load_report"].issues[0].line == 8  # first line ending in \\n only
    with pytest.raises(ParseError, match="mixed line endings"):
        load(p, strict=True)


def test_invalid_utf8_is_replaced_and_reported_by_line(tmp_path):
    p = tmp_path / "latin.txt"
    data = ITEM.encode().replace(b"Pentagon", b"Pentag\xf3n")
    p.write_bytes(data)
    with pytest.warns(UserWarning, match=r"latin\.txt, line 7: invalid UTF-8 bytes b'\\xf3'"):
        df = load(p)
    assert "Pentag\ufffdn" in df.loc[0, "text"]
    with pytest.raises(ParseError) as exc:
        load(p, strict=True)
    assert exc.value.line == 7


@pytest.mark.parametrize("name", ["dump.txt.gz", "wire.jsonl.gz", "news.csv.gz"])
def test_truncated_gz(tmp_path, name):
    p = tmp_path / name
    payload = (ITEM * 200) if name.startswith("dump") else (
        '{"title": "Russia accuses US", "text": "Moscow said."}\n' * 2000
        if "jsonl" in name else "title,text\n" + "Russia accuses US,Moscow said.\n" * 2000)
    data = gzip.compress(payload.encode())
    p.write_bytes(data[: len(data) - 40])
    with pytest.raises(ParseError, match=rf"{name.replace('.', chr(92) + '.')}: truncated"):
        load(p, format="dump" if name.startswith("dump") else None)


def test_csv_missing_required_column(tmp_path):
    p = tmp_path / "wire.csv"
    p.write_text("headline_x,date\nRussia accuses US,2017-10-10\n")
    with pytest.raises(ParseError, match=r"wire\.csv: required column 'text' \(or 'title'\)"):
        load(p)
    with pytest.raises(ParseError, match=r"wire\.csv: column 'body' named in columns="):
        load(p, columns={"body": "text"})


def test_dates_that_do_not_parse(tmp_path):
    p = tmp_path / "dates.csv"
    p.write_text("title,text,published\n"
                 "Russia accuses US,Moscow said.,2017-10-10T17:49:36Z\n"
                 "Turkey refuses envoy,Ankara said.,yesterday afternoon\n"
                 "Iran deal,Washington said.,\n"
                 "Erdogan visas,Ankara said.,2017-02-30\n")
    df = load(p)  # reported, not warned: the rows are all kept
    rep = df.attrs["load_report"]
    assert rep.n_date_problems == 2
    assert [(d.item, d.value) for d in rep.date_problems] == [
        (2, "yesterday afternoon"), (4, "2017-02-30")]
    assert str(rep.date_problems[0]).startswith(str(p) + ", item 2: date does not parse")
    assert df["published"].isna().tolist() == [False, True, True, True]
    assert df["published_from"].tolist()[0] == "field"
    assert df["published_from"].isna().tolist() == [False, True, True, True]
    with pytest.raises(ParseError, match=r"dates\.csv, item 2: date does not parse"):
        load(p, strict=True)


@pytest.mark.slow
def test_50_mb_single_document(tmp_path):
    para = ("The Russian Defence Ministry has alleged that the US has deliberately slowed the "
            "pace of its assault on Isis in Iraq – “pretending” to fight. ")
    body = "\n\n".join(para * 40 for _ in range(50 * 2**20 // (len(para) * 40) + 1))
    p = tmp_path / "huge.txt"
    p.write_text("- 1507657776 huge - One very long article\n\nOne very long article\n\n"
                 + body + "\n", encoding="utf-8")
    assert p.stat().st_size > 50 * 2**20
    t0 = time.perf_counter()
    df = load(p)
    elapsed = time.perf_counter() - t0
    assert len(df) == 1
    text = df.loc[0, "text"]
    assert hashlib.sha256(text.encode()).hexdigest() == hashlib.sha256(body.encode()).hexdigest()
    assert elapsed < 30  # generous bound for a shared 2-core machine; typical is a few seconds
    assert pd.notna(df.loc[0, "published"])


@pytest.mark.parametrize("name, data, line", [
    ("a.jsonl", b'{"title": "ok", "text": "fine"}\n{"title": "Pentag\xf3n", "text": "x"}\n', 2),
    ("b.csv", b"title,text\nok,fine\nPentag\xf3n,x\n", 3),
])
def test_invalid_utf8_in_tables(tmp_path, name, data, line):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.warns(UserWarning, match=rf"{name[0]}\.\w+, line {line}: invalid UTF-8"):
        df = load(p)
    assert df["title"].tolist() == ["ok", "Pentag\ufffdn"]
