"""Reuters-21578 SGML loader: shared-data counts (MANIFEST) and hand-made SGML edge cases."""

from __future__ import annotations

import gzip
import html

import pandas as pd
import pytest

from mediakit import schema
from mediakit.datasets import fetch_reuters21578
from mediakit.errors import ParseError
from mediakit.io import load
from mediakit.io.reuters import read_reuters


@pytest.fixture(scope="module")
def reuters(reuters_dir):
    # fetch_reuters21578 = load(folder, format="reuters"), read once per test session
    return fetch_reuters21578(reuters_dir.parent)


@pytest.mark.slow
def test_shared_counts_match_manifest(reuters):
    df = reuters
    assert len(df) == 15390
    assert (df["places"].str.len() > 0).sum() == 13320
    assert df["lewissplit"].value_counts().to_dict() == {"TRAIN": 14668, "NOT-USED": 722}
    train = df[df["lewissplit"] == "TRAIN"]
    assert (train["topics_flag"] == "YES").sum() == 9603
    assert (train["topics_flag"] == "BYPASS").sum() == 1043
    assert df["published"].min().date() == pd.Timestamp("1987-02-26").date()
    assert df["published"].max().date() == pd.Timestamp("1987-06-16").date()
    assert df["published"].notna().all()
    assert (df["published_from"] == "field").all()
    schema.validate_articles(df)


@pytest.mark.slow
def test_accounting_and_report(reuters):
    rep = reuters.attrs["load_report"]
    assert rep.n_items == rep.n_loaded + rep.n_skipped == 15390
    assert rep.n_skipped == 0 and rep.n_duplicates == 0
    assert len(rep.files) == 18
    # one document has a wire time "605:12:19.12": the day is kept, the problem reported
    assert rep.n_date_problems == 1
    prob = rep.date_problems[0]
    assert prob.path.endswith("reut2-017.sgm.gz") and prob.line > 1
    assert prob.value == "31-MAR-1987 605:12:19.12" and prob.line == 5743
    assert "kept the day" in prob.reason


@pytest.mark.slow
def test_first_document_fields(reuters):
    row = reuters.set_index("doc_id").loc["reuters-1"]
    assert row["title"] == "BAHIA COCOA REVIEW"
    assert row["dateline"] == "SALVADOR, Feb 26"
    assert row["places"] == ["el-salvador", "usa", "uruguay"]
    assert row["topics"] == ["cocoa"]
    assert row["published"] == pd.Timestamp("1987-02-26 15:01:01.79", tz="UTC")
    assert row["text"].startswith("Showers continued throughout the week in\nthe Bahia cocoa")
    assert row["text"].endswith("Reuter")
    assert (row["newid"], row["oldid"]) == (1, 5544)
    assert row["cgisplit"] == "TRAINING-SET"


@pytest.mark.slow
def test_entities_decoded_and_brief_unproc_kept(reuters):
    df = reuters
    assert not df["text"].str.contains("&lt;", regex=False).any()
    assert not df["title"].str.contains("&amp;", regex=False).any()
    assert df["text"].str.contains("<", regex=False).any()  # from &lt;
    assert not df["text"].str.contains("\x03", regex=False).any()
    brief = df[df["text_type"] == "BRIEF"]
    assert len(brief) > 0 and (brief["title"].str.len() > 0).all()
    unproc = df[df["text_type"] == "UNPROC"]
    assert len(unproc) == 709
    # checked by hand: NEWID 12793 (reut2-012) is an UNPROC document whose TEXT is empty
    assert unproc.loc[unproc["text"] == "", "doc_id"].tolist() == ["reuters-12793"]


_DOC = """<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="{old}" NEWID="{new}">
<DATE>10-OCT-1987 17:49:36.00</DATE>
<TOPICS><D>grain</D></TOPICS>
<PLACES><D>ussr</D><D>usa</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS><D>gatt</D></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>&#5;&#5;&#5;C T</UNKNOWN>
<TEXT>&#2;
<TITLE>MOSCOW SAYS U.S. &amp; ALLIES SLOWED GRAIN TALKS</TITLE>
<DATELINE>    MOSCOW, Oct 10 - </DATELINE><BODY>The Soviet trade ministry accused
Washington of stalling talks on &lt;Exportkhleb&gt; purchases.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""

_BRIEF = """<REUTERS TOPICS="NO" LEWISSPLIT="NOT-USED" CGISPLIT="TRAINING-SET" OLDID="5" NEWID="12">
<DATE>11-OCT-1987 09:00:00.00</DATE>
<TOPICS></TOPICS>
<PLACES><D>uk</D></PLACES>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>LONDON GOLD FIXED AT 460 DLRS</TITLE>
&#3;</TEXT>
</REUTERS>
"""


def _sgml(*docs: str) -> str:
    return '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(docs)


def test_handmade_sgml_fields(tmp_path):
    p = tmp_path / "reut2-900.sgm"
    p.write_text(_sgml(_DOC.format(old=1, new=11), _BRIEF), encoding="latin-1")
    df = load(p)
    assert df["doc_id"].tolist() == ["reuters-11", "reuters-12"]
    first = df.iloc[0]
    assert first["title"] == "MOSCOW SAYS U.S. & ALLIES SLOWED GRAIN TALKS"
    assert first["text"] == ("The Soviet trade ministry accused\nWashington of stalling talks on "
                             "<Exportkhleb> purchases.\n Reuter")
    assert first["orgs"] == ["gatt"] and first["people"] == []
    assert first["source"] == "reuters"
    brief = df.iloc[1]
    assert brief["title"] == "LONDON GOLD FIXED AT 460 DLRS" and brief["text"] == ""
    assert brief["text_type"] == "BRIEF" and brief["lewissplit"] == "NOT-USED"
    assert df.attrs["load_report"].n_skipped == 0


def test_same_file_same_ids(tmp_path):
    p = tmp_path / "reut2-901.sgm.gz"
    p.write_bytes(gzip.compress(_sgml(_DOC.format(old=1, new=3)).encode("latin-1")))
    assert load(p)["doc_id"].tolist() == load(p)["doc_id"].tolist() == ["reuters-3"]


def test_cut_document_is_skipped_with_line(tmp_path):
    good = _DOC.format(old=1, new=21)
    cut = _DOC.format(old=2, new=22)
    cut = cut[: cut.index("<BODY>") + 20]  # the file ends in the middle of document 2
    p = tmp_path / "reut2-902.sgm"
    p.write_text(_sgml(good, cut), encoding="latin-1")
    with pytest.warns(UserWarning, match=r"reut2-902\.sgm, line 18, item 2: .*cut off"):
        df = load(p)
    assert df["doc_id"].tolist() == ["reuters-21"]
    rep = df.attrs["load_report"]
    assert (rep.n_items, rep.n_loaded, rep.n_skipped) == (2, 1, 1)
    assert rep.skipped[0].line == 18
    with pytest.raises(ParseError, match="cut off") as exc:
        load(p, strict=True)
    assert exc.value.line == 18 and exc.value.item == 2 and exc.value.path.endswith("902.sgm")


def test_truncated_gz_names_file(tmp_path):
    p = tmp_path / "reut2-903.sgm.gz"
    data = gzip.compress(_sgml(*(_DOC.format(old=i, new=i) for i in range(1, 30))).encode())
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(ParseError, match=r"reut2-903\.sgm\.gz: truncated or corrupt gzip"):
        load(p)


def test_folder_loads_all_files_in_order(tmp_path):
    for k in range(3):
        (tmp_path / f"reut2-00{k}.sgm").write_text(
            _sgml(_DOC.format(old=k, new=100 + k)), encoding="latin-1")
    (tmp_path / "README.txt").write_text("not a reuters file\n")
    df = load(tmp_path, progress=False)
    assert df["doc_id"].tolist() == ["reuters-100", "reuters-101", "reuters-102"]
    assert len(df.attrs["load_report"].files) == 3


def test_read_reuters_limit(tmp_path):
    p = tmp_path / "reut2-904.sgm"
    p.write_text(_sgml(*(_DOC.format(old=i, new=i) for i in range(1, 6))), encoding="latin-1")
    assert len(read_reuters(p, limit=2)) == 2
    assert len(load(p, limit=4)) == 4
    assert html.unescape("&lt;") == "<"
