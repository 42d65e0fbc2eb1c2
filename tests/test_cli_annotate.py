"""``mediakit annotate``: JSON summary on the last line, counts reconcile, reruns resume."""

from __future__ import annotations

import json

import pytest

from mediakit.cli import main
from mediakit.store import Store


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_annotate_sample_into_store_then_resume(sample_path, tmp_path, capsys):
    store = tmp_path / "store"
    code = main(["annotate", str(sample_path), "--store", str(store), "--annotators",
                 "countries", "--chunk-size", "2"])
    assert code == 0
    captured = capsys.readouterr()
    out = _last_json(captured.out)
    assert out["docs_in"] == 3 and out["annotated"] == 3
    assert out["docs_in"] == out["annotated"] + sum(out["skipped"].values())
    assert out["docs_per_s"] > 0 and out["elapsed_s"] >= 0
    assert "annotate:" in captured.err  # the progress bar
    assert out["rows"]["mentions"] > 0

    assert main(["annotate", str(sample_path), "--store", str(store), "--annotators",
                 "countries", "--no-progress"]) == 0
    captured = capsys.readouterr()
    again = _last_json(captured.out)
    assert again["annotated"] == 0 and again["skipped"]["already_in_store"] == 3
    assert "annotate:" not in captured.err
    with Store(store) as s:
        assert s.summary()["rows"]["articles"] == 3


def test_compact_after_annotating_one_article_per_chunk(sample_path, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["annotate", str(sample_path), "--store", str(store), "--annotators",
                 "countries", "--chunk-size", "1", "--no-progress", "--compact"]) == 0
    out = _last_json(capsys.readouterr().out)
    assert out["annotated"] == 3
    # the two dated articles (October 2017) came in two chunks: two files per table there,
    # merged into one; the undated third article's files (month=unknown) stay as they are
    october = sorted(p.parent.parent.name for p in store.glob("*/month=2017-10/*.parquet"))
    assert october == ["articles", "doc_countries", "mentions"]
    assert out["compact"]["rewritten"] == 6
    assert out["compact"]["files_after"] == out["compact"]["files_before"] - 3
    with Store(store) as s:
        assert s.summary()["rows"]["articles"] == 3 and s.summary()["appends"] == 1
        assert {"RUS", "USA"} <= set(s.table("mentions")["iso3"])


def test_unknown_annotator_is_reported(sample_path, tmp_path):
    with pytest.raises(ValueError, match="unknown annotator 'nope'"):
        main(["annotate", str(sample_path), "--store", str(tmp_path), "--annotators", "nope"])


def test_missing_input_is_reported(tmp_path, capsys):
    code = main(["annotate", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "s")])
    assert code == 1
    assert "missing.txt" in capsys.readouterr().err
