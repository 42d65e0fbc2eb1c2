"""The scraped dump format: the user's sample, edge cases and a parse/render round trip."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit import schema
from mediakit.errors import ParseError
from mediakit.io import detect_format, load
from mediakit.io.dump import looks_like_dump, read_dump, render_dump

TITLES = [
    "Russia accuses US of ‘pretending’ to fight Isis",
    "Turkey’s Erdogan refuses to recognise US ambassador as visa spat escalates",
    "Trump Misleadingly Blames Bob Corker for Iran Deal",
]


@pytest.fixture
def sample(sample_path):
    return load(sample_path)


def test_sample_items_and_titles(sample):
    assert len(sample) == 3
    assert sample["title"].tolist() == TITLES
    assert sample["is_teaser"].tolist() == [False, True, True]
    assert sample["text"].tolist()[1:] == ["", ""]
    assert sample["doc_id"].tolist() == [f"000_85d8c5cde1672087:{i}" for i in (1, 2, 3)]
    assert (sample["source"] == "000_85d8c5cde1672087").all()
    schema.validate_articles(sample)
    assert str(sample["text"].dtype) == "string"


def test_sample_body_paragraphs(sample):
    paras = sample.loc[0, "text"].split("\n\n")
    assert len(paras) == 14
    assert paras[0].startswith("The Russian Defence Ministry has alleged")
    assert paras[-1].startswith("Russia also claimed this week")
    assert "Isis’ front line" in paras[2]  # curly apostrophe kept as is
    assert "“Everyone sees" in sample.loc[0, "text"]
    assert paras[2].endswith("Moscow said.\xa0")  # trailing no-break space kept exactly


def test_sample_dates_from_image_slug(sample):
    assert sample.loc[0, "published"] == pd.Timestamp("2017-10-10 17:49:36", tz="UTC")
    assert sample.loc[1, "published"] == pd.Timestamp("2017-10-10 15:36:27", tz="UTC")
    assert pd.isna(sample.loc[2, "published"]) and pd.isna(sample.loc[2, "published_from"])
    assert sample["published_from"].tolist()[:2] == ["image_slug", "image_slug"]
    assert sample["image_slug"].tolist() == [
        "1507657776 mosul ruins", "1507649787 erdogan visas 150x150",
        "11dc iranfacts facebookJumbo 150x150"]


def test_sample_report_and_stable_ids(sample_path, sample):
    rep = sample.attrs["load_report"]
    assert (rep.n_items, rep.n_loaded, rep.n_skipped, rep.n_issues) == (3, 3, 0, 0)
    assert load(sample_path)["doc_id"].tolist() == sample["doc_id"].tolist()
    assert detect_format(sample_path) == "dump"
    assert load(sample_path, source="independent")["source"].unique().tolist() == ["independent"]


def test_title_and_slug_containing_separator(tmp_path):
    p = tmp_path / "d.txt"
    p.write_text(
        "- 1507657776 kiev - kharkiv map - Ukraine - Russia talks stall\n\n"
        "Ukraine - Russia talks stall\n\nNegotiators left Minsk.\n", encoding="utf-8")
    df = load(p)
    assert df.loc[0, "title"] == "Ukraine - Russia talks stall"
    assert df.loc[0, "image_slug"] == "1507657776 kiev - kharkiv map"
    assert df.loc[0, "text"] == "Negotiators left Minsk."


def test_crlf_file_reads_like_lf(tmp_path, sample_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(sample_path.read_bytes().replace(b"\n", b"\r\n"))
    df = load(p)
    assert df["title"].tolist() == TITLES
    assert "\r" not in df.loc[0, "text"]
    assert df.attrs["load_report"].n_issues == 0  # consistent \r\n is fine


def test_limit(sample_path):
    assert load(sample_path, limit=2)["title"].tolist() == TITLES[:2]


_WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
    max_size=40).map(str.strip).filter(lambda t: t and not t.startswith("-"))
# titles sometimes contain the " - " separator themselves
_TITLE = st.one_of(_WORDS, st.tuples(_WORDS, _WORDS).map(" - ".join))
_PARA = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
    max_size=60).filter(lambda t: t.strip() and not t.startswith("- "))
_SLUG = st.from_regex(r"[0-9]{10} [a-z0-9]{1,8}( - [a-z]{1,5})?|[a-z]{1,12}", fullmatch=True)
# a paragraph may span several lines
_BODY_PARA = st.lists(_PARA, min_size=1, max_size=2).map("\n".join)
_ITEM = st.tuples(_SLUG, _TITLE, st.lists(_BODY_PARA, max_size=4).map("\n\n".join))


@pytest.mark.slow
@settings(max_examples=50, deadline=None)
@given(st.lists(_ITEM, min_size=1, max_size=5))
def test_render_parse_round_trip(tmp_path_factory, items):
    p = tmp_path_factory.mktemp("rt") / "gen.txt"
    p.write_text(render_dump(items), encoding="utf-8")
    df = read_dump(p)
    assert df["title"].tolist() == [t for _, t, _ in items]
    assert df["text"].tolist() == [x for _, _, x in items]
    assert df["is_teaser"].tolist() == [x == "" for _, _, x in items]


def test_looks_like_dump():
    assert looks_like_dump("- 1507649787 erdogan - Erdogan refuses\n")
    assert not looks_like_dump("Erdogan refuses\n- not a header\n")


def test_header_without_title_strict(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_text("- 1507649787 erdogan -\n\nA body without a title.\n")
    with pytest.raises(ParseError, match="line 1, item 1: item header without a title"):
        load(p, strict=True)
