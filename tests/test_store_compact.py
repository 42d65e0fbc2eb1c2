"""Store.compact(): few files instead of many, same contents, atomic (a crash changes nothing)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

from mediakit import schema
from mediakit.store import Store

#: (title, accuser, accuser_iso3, accused, accused_iso3, allegation, cue, countries)
STORIES = [
    ("Russia accuses US of 'pretending' to fight Isis", "Russia", "RUS", "US", "USA",
     "pretending to fight Isis", "accuses", ["RUS", "USA", "SYR"]),
    ("Syrian general says US is arming Isis", "Syrian general", "SYR", "US", "USA",
     "arming Isis", "says", ["SYR", "USA"]),
    ("Turkey accuses Russia of violating its airspace", "Turkey", "TUR", "Russia", "RUS",
     "violating its airspace", "accuses", ["TUR", "RUS"]),
    ("Iran blames Saudi Arabia for the embassy attack", "Iran", "IRN", "Saudi Arabia", "SAU",
     "the embassy attack", "blames", ["IRN", "SAU"]),
]


def _batch(k: int) -> dict[str, pd.DataFrame]:
    """Append number k: two articles (months Jan-Mar 2016, two sources) and their rows."""
    arts, dcs, accs = [], [], []
    for j in range(2):
        n = 2 * k + j
        title, accuser, a3, accused, d3, allegation, cue, isos = STORIES[n % len(STORIES)]
        doc = f"d{n:03d}"
        day = pd.Timestamp("2016-01-04", tz="UTC") + pd.Timedelta(days=2 * n)
        arts.append((doc, day, "BBC" if n % 3 else "RT", title,
                     f"{title}. Officials rejected the claim."))
        for iso in isos:
            dcs.append((doc, iso, 1, 1 / len(isos), iso == isos[0]))
        accs.append((doc, 0, 0, len(title), accuser, a3, accused, d3, allegation, cue,
                     "accuse", 0.8, title.index(cue)))
    return {
        "articles": schema.coerce(pd.DataFrame(
            arts, columns=["doc_id", "published", "source", "title", "text"]), "articles"),
        "doc_countries": schema.coerce(pd.DataFrame(
            dcs, columns=["doc_id", "iso3", "n_mentions", "score", "primary"]),
            "doc_countries"),
        "accusations": schema.coerce(pd.DataFrame(accs, columns=[
            "doc_id", "sentence", "start", "end", "accuser", "accuser_iso3", "accused",
            "accused_iso3", "allegation", "cue", "polarity", "confidence", "cue_start"]),
            "accusations"),
    }


N_APPENDS = 30  # 60 articles, 2016-01-04 .. 2016-05-01


def _fill(path: Path, n: int = N_APPENDS) -> None:
    with Store(path) as store:
        for k in range(n):
            store.append(_batch(k))


def _parquet_files(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*.parquet"))


def _snapshot(store: Store) -> dict:
    keys = {"articles": ["doc_id"], "doc_countries": ["doc_id", "iso3"],
            "accusations": ["doc_id", "start"]}
    out = {t: store.table(t).sort_values(k).reset_index(drop=True) for t, k in keys.items()}
    out["attention"] = store.country_attention("M", countries=["USA", "RUS"])
    out["wav"] = store.who_accuses_whom()
    return out


def _assert_same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k], obj=k)


@pytest.mark.slow
def test_compact_merges_files_and_keeps_every_row(tmp_path):
    _fill(tmp_path)
    before_files = _parquet_files(tmp_path)
    assert len(before_files) > 3 * N_APPENDS  # >= one file per table per append
    with Store(tmp_path) as reader, Store(tmp_path) as store:
        before = _snapshot(store)
        reader_before = _snapshot(reader)  # builds the reader's in-memory aggregates
        assert before["wav"]["n_accusations"].sum() == 2 * N_APPENDS
        out = store.compact()
        after_files = _parquet_files(tmp_path)
        # one file per table and month (Jan..May 2016): 3 tables x 5 months
        assert len(after_files) == out["files_after"] == 15
        # May holds one article (2016-05-01): its three files are already compact
        assert out["files_before"] == len(before_files)
        assert out["rewritten"] == len(before_files) - 3
        assert out["rows"] == {"articles": 59, "doc_countries": 133, "accusations": 59}  # 135 - 2
        assert len(set(before_files) & set(after_files)) == 3  # the others were deleted
        assert len(list((tmp_path / "_manifest").glob("*.json"))) == 1
        _assert_same(_snapshot(store), before)
        # another instance opened before the compaction follows it (no double counting)
        _assert_same(_snapshot(reader), reader_before)
        assert store.summary()["rows"]["articles"] == 60 and len(store) == 60
        # appends after a compaction: skipped ids still known, new rows visible everywhere
        again = store.append(_batch(0))
        assert again["skipped_in_store"] == 2 and again["articles"] == 0
        store.append(_batch(N_APPENDS))
        assert len(store) == 62 and len(reader.articles()) == 62
        assert reader.who_accuses_whom()["n_accusations"].sum() == 62
        # compacting again folds the new append (2016-05-03, 05-05) into May's files
        assert store.compact()["rewritten"] == 6
    with Store(tmp_path) as reopened:
        assert len(reopened) == 62
        assert reopened.country_attention("M", countries=["USA"])["n_articles"].sum() == 32


def test_compact_nothing_to_do_and_bad_table(tmp_path):
    with Store(tmp_path) as store:
        assert store.compact() == {"files_before": 0, "files_after": 0, "rewritten": 0,
                                   "rows": {}}
        store.append(_batch(0))  # one file per table and month: already compact
        out = store.compact()
        assert out["rewritten"] == 0 and out["files_after"] == out["files_before"] == 3
        with pytest.raises(Exception, match="no table 'mentionz'"):
            store.compact(["mentionz"])


def test_max_rows_per_file_and_only_some_tables(tmp_path):
    _fill(tmp_path, 10)  # 20 articles: 14 in January 2016, 6 in February
    with Store(tmp_path) as store:
        before = _snapshot(store)
        out = store.compact(["articles"], max_rows_per_file=4, row_group_rows=3)
        assert set(out["rows"]) == {"articles"}
        arts = sorted((tmp_path / "articles").rglob("*.parquet"))
        import pyarrow.parquet as pq

        sizes = [pq.ParquetFile(p).metadata.num_rows for p in arts]
        assert sorted(sizes) == [2, 2, 4, 4, 4, 4]  # Jan: 4+4+4+2, Feb: 4+2
        assert len(list((tmp_path / "doc_countries").rglob("*.parquet"))) == 10  # untouched
        _assert_same(_snapshot(store), before)


def test_failed_commit_leaves_the_store_as_before(tmp_path, monkeypatch):
    _fill(tmp_path, 6)
    files = _parquet_files(tmp_path)
    manifests = sorted((tmp_path / "_manifest").iterdir())
    with Store(tmp_path) as store:
        before = _snapshot(store)

        def disk_full(src, dst):  # the rename that would commit the compaction fails
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("mediakit.store.os.replace", disk_full)
        with pytest.raises(OSError, match="No space left"):
            store.compact()
        monkeypatch.undo()
        assert _parquet_files(tmp_path) == files  # the partial output was removed
        _assert_same(_snapshot(store), before)
    assert sorted(p for p in (tmp_path / "_manifest").iterdir()
                  if not p.name.startswith(".tmp-")) == manifests
    with Store(tmp_path) as store:
        _assert_same(_snapshot(store), before)


def test_interrupted_cleanup_is_finished_by_the_next_open(tmp_path, monkeypatch):
    _fill(tmp_path, 6)
    with Store(tmp_path) as store:
        before = _snapshot(store)

        def killed(self):
            raise KeyboardInterrupt

        monkeypatch.setattr(Store, "_drop_superseded", killed)
        with pytest.raises(KeyboardInterrupt):
            store.compact()
        monkeypatch.undo()
    assert len(list((tmp_path / "_manifest").glob("*.json"))) == 7  # 6 old ones + the base
    with Store(tmp_path) as store:
        _assert_same(_snapshot(store), before)
        assert store.summary()["appends"] == 1
    assert len(list((tmp_path / "_manifest").glob("*.json"))) == 1


_COMPACT_SCRIPT = textwrap.dedent("""
    import sys
    from mediakit.store import Store
    store = Store(sys.argv[1])
    print("start", flush=True)
    store.compact(row_group_rows=1)
    print("done", flush=True)
""")


@pytest.mark.slow
def test_sigkill_during_compaction_keeps_a_whole_store(tmp_path):
    rng = random.Random(8)
    _fill(tmp_path / "s", 30)
    with Store(tmp_path / "s") as store:
        before = _snapshot(store)
    states = []
    for _attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", _COMPACT_SCRIPT, str(tmp_path / "s")],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0.0, 0.4))  # compacting these 30 appends takes ~0.5 s
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        with warnings.catch_warnings(record=True):  # leftovers of the killed run: cleaned
            warnings.simplefilter("always")
            store = Store(tmp_path / "s")
        with store:
            _assert_same(_snapshot(store), before)
            states.append(store.summary()["appends"])
    # each kill left the 30 appends as they were, or the committed compaction: never a mix
    assert set(states) <= {30, 1}
    with Store(tmp_path / "s") as store:  # and a compaction that completes
        store.compact()
        _assert_same(_snapshot(store), before)
        assert store.summary()["appends"] == 1
