"""``mediakit evaluate topics`` on Reuters-21578 ModApte and its helpers."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from mediakit.cli import main
from mediakit.evaluation.topics import MODAPTE_90, modapte_docs


def test_modapte_docs_filters_splits_and_categories():
    arts = pd.DataFrame({
        "doc_id": ["1", "2", "3", "4", "5"],
        "topics_flag": ["YES", "YES", "NO", "BYPASS", "YES"],
        "lewissplit": ["TRAIN", "TRAIN", "TRAIN", "TRAIN", "NOT-USED"],
        "topics": [["earn", "acq"], ["gold", "austdlr"], ["crude"], ["crude"], ["ship"]],
    })
    docs, labels = modapte_docs(arts, side="train")
    # NOT-USED, NO and BYPASS documents are not training documents
    assert docs["doc_id"].tolist() == ["1", "2"]
    # austdlr is not one of the 90 ModApte categories
    assert labels == [["acq", "earn"], ["gold"]]
    # the test side scores every TOPICS=YES document of the folder, whatever its split
    docs, labels = modapte_docs(arts, side="test")
    assert docs["doc_id"].tolist() == ["1", "2", "5"]
    assert labels[2] == ["ship"]


def test_modapte_docs_needs_reuters_columns():
    from mediakit.errors import SchemaError

    with pytest.raises(SchemaError, match="no 'topics_flag' column"):
        modapte_docs(pd.DataFrame({"doc_id": ["1"], "topics": [[]]}), side="train")


def test_modapte_90_matches_the_shared_training_split(reuters_dir):
    """All 90 categories occur in LEWISSPLIT=TRAIN, TOPICS=YES; 7,770 docs carry one."""
    from mediakit import load

    arts = load(reuters_dir, format="reuters", progress=False)
    docs, labels = modapte_docs(arts, side="train")
    assert len(MODAPTE_90) == len(set(MODAPTE_90)) == 90
    assert len(docs) == 9603
    assert sum(1 for y in labels if y) == 7770
    assert {c for y in labels for c in y} == set(MODAPTE_90)
    known = set((reuters_dir / "all-topics-strings.lc.txt").read_text().split())
    assert set(MODAPTE_90) <= known


def _link_folder(tmp_path, name, files):
    d = tmp_path / name
    d.mkdir()
    for f in files:
        os.symlink(f, d / f.name)
    return d


@pytest.mark.slow
def test_cli_json_contract_on_a_time_split(reuters_dir, tmp_path, capsys):
    files = sorted(reuters_dir.glob("reut2-*.sgm.gz"))
    train = _link_folder(tmp_path, "train", files[:2])
    test = _link_folder(tmp_path, "test", files[2:3])
    assert main(["evaluate", "topics", "--train", str(train), "--test", str(test),
                 "--n-jobs", "2"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("Reuters-21578 ModApte topics")
    res = json.loads(out[-1])
    for key in ("n_train", "n_test", "n_categories", "micro_f1", "macro_f1", "fit_seconds"):
        assert key in res
    assert res["n_categories"] == 90
    # reut2-002 holds 1000 docs; only its TOPICS=YES ones are scored
    assert 400 < res["n_test"] < 1000
    assert 0.75 < res["micro_f1"] <= 1.0
    assert 0.0 < res["macro_f1"] <= res["micro_f1"]
    assert res["n_overlap_dropped"] == 0


def test_cli_errors_on_a_folder_without_reuters_files(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code = main(["evaluate", "topics", "--train", str(tmp_path / "empty"),
                 "--test", str(tmp_path / "empty"), "--json"])
    assert code == 1
    assert "no Reuters-21578 files in" in capsys.readouterr().err
