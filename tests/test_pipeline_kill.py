"""Reliability: SIGKILL ``mediakit annotate`` at random points, reopen, rerun to completion."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import warnings

import pandas as pd
import pytest
from conftest import allsides_parts

from mediakit.pipeline import annotate_into
from mediakit.store import Store

pytestmark = pytest.mark.slow

KEYS = {"articles": ["doc_id"], "mentions": ["doc_id", "start"],
        "doc_countries": ["doc_id", "iso3"]}


@pytest.fixture(scope="module")
def inputs(allsides_dir, tmp_path_factory):
    """900 AllSides articles in date order (as a news feed comes) in 3 temporary Parquet
    files (not in the repo)."""
    return allsides_parts(allsides_dir, tmp_path_factory.mktemp("kill_inputs"),
                          file="articles-01.jsonl.gz", n_docs=900)[1]


def _cmd(paths, store):
    return [sys.executable, "-m", "mediakit.cli", "annotate", *paths, "--store", str(store),
            "--annotators", "countries", "--chunk-size", "100", "--no-progress"]


def _tables(store_dir) -> dict[str, pd.DataFrame]:
    with Store(store_dir) as s:
        return {t: s.table(t, columns=None).sort_values(k).reset_index(drop=True)
                for t, k in KEYS.items()}


def _check_whole_appends(store_dir, seed):
    with warnings.catch_warnings(record=True):  # orphans of the killed append: cleaned
        warnings.simplefilter("always")
        store = Store(store_dir)
    with store:
        arts = store.table("articles", columns=["doc_id"])
        assert not arts["doc_id"].duplicated().any(), f"duplicate doc_id (seed {seed})"
        for name in ("mentions", "doc_countries"):
            ids = set(store.table(name, columns=["doc_id"])["doc_id"])
            assert ids <= set(arts["doc_id"]), f"{name} rows without article (seed {seed})"
        # every committed append is whole: 100 articles per chunk, all with their countries
        for man in store._manifests:
            assert man["n_articles"] == 100, f"partial append (seed {seed})"
        return len(arts)


def test_sigkill_at_random_points_then_resume(inputs, tmp_path):
    reference = tmp_path / "reference"
    annotate_into(reference, inputs, ["countries"], chunk_size=100, progress=False)
    store = tmp_path / "store"
    seed = int(time.time())
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    seen = []
    for _ in range(3):
        proc = subprocess.Popen(_cmd(inputs, store), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=env)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        seen.append(_check_whole_appends(store, seed))
    done = subprocess.run(_cmd(inputs, store), capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["docs_in"] == 900
    assert out["docs_in"] == out["annotated"] + sum(out["skipped"].values())
    assert out["annotated"] + out["skipped"]["already_in_store"] == 900
    assert out["skipped"]["already_in_store"] >= seen[-1]
    got, want = _tables(store), _tables(reference)
    for name in KEYS:
        pd.testing.assert_frame_equal(got[name], want[name], obj=f"{name} (seed {seed})")
