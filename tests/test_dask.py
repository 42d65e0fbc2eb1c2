"""annotate_dask on a real local dask cluster: same store as a single-process run."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import allsides_parts

from mediakit import schema
from mediakit.pipeline import annotate_dask, annotate_into
from mediakit.store import Store

pytestmark = pytest.mark.slow

KEYS = {"articles": list(schema.ARTICLES.key), "mentions": list(schema.MENTIONS.key),
        "doc_countries": list(schema.DOC_COUNTRIES.key)}


@pytest.fixture(scope="module")
def corpus(allsides_dir, tmp_path_factory):
    return allsides_parts(allsides_dir, tmp_path_factory.mktemp("dask_inputs"),
                          file="articles-02.jsonl.gz", n_docs=300)


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def _tables(path) -> dict[str, pd.DataFrame]:
    with Store(path) as s:
        out = {}
        for t, k in KEYS.items():
            df = s.table(t)
            out[t] = df[sorted(df.columns)].sort_values(k).reset_index(drop=True)
        return out


def test_dask_files_and_dataframe_match_single_process(corpus, client, tmp_path):
    df, paths = corpus
    annotate_into(tmp_path / "single", paths, ["countries"], chunk_size=10_000, progress=False)
    want = _tables(tmp_path / "single")
    assert len(want["articles"]) == 300 and len(want["mentions"]) > 300

    out = annotate_dask(paths, tmp_path / "files", ["countries"], client=client,
                        progress=False)
    assert out["docs_in"] == 300 and out["annotated"] == 300
    got = _tables(tmp_path / "files")
    for name in KEYS:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
    # a rerun resumes: everything is already there
    again = annotate_dask(paths, tmp_path / "files", ["countries"], client=client,
                          progress=False)
    assert again["annotated"] == 0 and again["skipped"]["already_in_store"] == 300

    dd = pytest.importorskip("dask.dataframe")
    ddf = dd.from_pandas(df, npartitions=3)
    out = annotate_dask(ddf, tmp_path / "ddf", ["countries"], client=client, progress=False)
    assert out["annotated"] == 300
    got = _tables(tmp_path / "ddf")
    for name in ("mentions", "doc_countries"):
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)


def test_dask_needs_a_client_or_address(tmp_path):
    with pytest.raises(ValueError, match="client= or address="):
        annotate_dask([], tmp_path / "s", ["countries"])
