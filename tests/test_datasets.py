"""fetch_* on the shared datasets, and the missing-data error."""

from __future__ import annotations

import json

import pytest

import mediakit
from mediakit import datasets
from mediakit.errors import DatasetNotFoundError
from mediakit.io import detect_format


@pytest.fixture
def nowhere(tmp_path, monkeypatch):
    """No dataset anywhere: empty data_home, MEDIAKIT_DATA, cwd and repo candidates."""
    empty = tmp_path / "empty"
    (empty / "work").mkdir(parents=True)
    monkeypatch.setenv("MEDIAKIT_DATA", str(empty / "env"))
    monkeypatch.chdir(empty / "work")
    monkeypatch.setattr(datasets, "_REPO", empty / "repo")
    return empty


@pytest.mark.parametrize("fetch, folder, want", [
    (datasets.fetch_reuters21578, "reuters21578", "reut2-NNN.sgm"),
    (datasets.fetch_fnc1, "fnc1", "train_bodies.csv and train_stances.csv"),
    (datasets.fetch_allsides, "allsides", "articles-NN.jsonl.gz"),
    (datasets.fetch_fakes, "fa_kes", "FA-KES-Dataset.csv.gz"),
])
def test_missing_dataset_says_what_and_where(nowhere, fetch, folder, want):
    with pytest.raises(DatasetNotFoundError) as exc:
        fetch(data_home=nowhere / "home")
    msg = str(exc.value)
    assert want in msg and f"folder named {folder!r}" in msg
    assert str(nowhere / "home" / folder) in msg and str(nowhere / "env" / folder) in msg
    assert exc.value.expected and exc.value.expected[0].startswith(folder + "/")


def test_get_data_home_order(tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    b.mkdir()
    monkeypatch.setenv("MEDIAKIT_DATA", str(b))
    assert datasets.get_data_home(a) == b  # a does not exist: next candidate
    a.mkdir()
    assert datasets.get_data_home(a) == a


def test_data_home_argument_is_used(tmp_path, fnc1_dir, nowhere):
    home = tmp_path / "mine"
    (home / "fnc1").mkdir(parents=True)
    for name in ("train_bodies.csv", "train_stances.csv"):
        (home / "fnc1" / name).write_bytes((fnc1_dir / name).read_bytes())
    bodies, stances = datasets.fetch_fnc1(data_home=home)
    assert (len(bodies), len(stances)) == (1683, 49972)
    with pytest.raises(ValueError, match="subset"):
        datasets.fetch_fnc1(data_home=home, subset="dev")


@pytest.mark.slow
def test_fetch_reuters_subsets(reuters_dir):
    train = datasets.fetch_reuters21578(reuters_dir.parent, subset="modapte-train")
    assert len(train) == 9603
    assert (train["lewissplit"] == "TRAIN").all()
    with pytest.raises(DatasetNotFoundError, match="TEST"):
        datasets.fetch_reuters21578(reuters_dir.parent, subset="test")


def test_fetch_fakes_counts(fakes_dir):
    df = mediakit.fetch_fakes(fakes_dir.parent)
    assert len(df) == 804
    assert df["labels"].value_counts().to_dict() == {1: 426, 0: 378}
    assert df["unit_id"].nunique() == 792
    assert df["location"].value_counts().to_dict()["aleppo"] == 308
    assert df["source"].value_counts().to_dict()["ahram"] == 149
    assert df["published"].min().date().isoformat() == "2011-02-02"
    assert df["published"].max().date().isoformat() == "2018-07-18"
    assert df["published"].notna().all()
    rep = df.attrs["load_report"]
    assert rep.n_items == rep.n_loaded + rep.n_skipped == 804
    assert df["doc_id"].is_unique
    assert detect_format(fakes_dir / "FA-KES-Dataset.csv.gz") == "fakes"


@pytest.mark.slow
def test_fetch_allsides_counts_and_split(allsides_dir):
    df = datasets.fetch_allsides(allsides_dir.parent)
    assert len(df) == 37554 and df["doc_id"].is_unique
    rep = df.attrs["load_report"]
    assert rep.n_items == rep.n_loaded + rep.n_skipped == 37554
    assert df["bias_text"].value_counts().to_dict() == {
        "right": 13734, "left": 13005, "center": 10815}
    # 4,407 empty dates + 3 bogus ones (0001-11-30 twice, 2050-09-30), all NaT
    assert df["published"].isna().sum() == 4410
    assert rep.n_date_problems == 3
    assert sorted(p.value for p in rep.date_problems) == ["0001-11-30", "0001-11-30",
                                                          "2050-09-30"]
    assert df["published"].min().date().isoformat() == "2001-10-23"
    assert df["published"].max().date().isoformat() == "2020-07-21"
    for col in ("topic", "bias", "bias_text", "authors"):
        assert col in df.columns
    assert detect_format(allsides_dir) == "allsides"
    assert detect_format(allsides_dir / "articles-01.jsonl.gz") == "allsides"


def test_fetch_allsides_split_on_handmade_folder(tmp_path, nowhere):
    folder = tmp_path / "allsides"
    (folder / "splits" / "media").mkdir(parents=True)
    recs = [{"ID": f"id{k}", "topic": "world", "source": "Example Daily", "source_url": "x.org",
             "url": f"http://x.org/{k}", "date": "2017-10-10", "authors": "",
             "title": f"Russia accuses US, part {k}", "content_original": "Moscow said.",
             "bias": k % 3, "bias_text": ["left", "center", "right"][k % 3]} for k in range(5)]
    (folder / "articles-00.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    (folder / "splits" / "media" / "test.tsv").write_text("ID\tbias\nid1\t1\nid4\t1\n")
    assert len(datasets.fetch_allsides(tmp_path)) == 5
    test = datasets.fetch_allsides(tmp_path, split="media/test")
    assert test["doc_id"].tolist() == ["id1", "id4"]
    with pytest.raises(DatasetNotFoundError, match="random/dev"):
        datasets.fetch_allsides(tmp_path, split="random/dev")
