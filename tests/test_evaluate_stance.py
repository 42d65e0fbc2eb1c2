"""Tests of ``mediakit evaluate stance`` on tiny FNC-1-layout folders written here."""

from __future__ import annotations

import csv
import json
import warnings
from pathlib import Path

import pytest
from test_stance_corpus import pairs

from mediakit.cli import main


def _write_fnc1(folder: Path, rows, prefix: str = "train_", *, extra_stance_rows=()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    ids: dict[str, int] = {}
    bodies: dict[int, str] = {}
    for _, body, _, key in rows:
        if key not in ids:
            ids[key] = 100 + 7 * len(ids)
            bodies[ids[key]] = body
    with open(folder / f"{prefix}bodies.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Body ID", "articleBody"])
        w.writerows(bodies.items())
    with open(folder / f"{prefix}stances.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Headline", "Body ID", "Stance"])
        for headline, _, stance, key in rows:
            w.writerow([headline, ids[key], stance])
        w.writerows(extra_stance_rows)
    return folder


def _last_json(capsys) -> dict:
    out = capsys.readouterr().out.strip().splitlines()
    return json.loads(out[-1])


@pytest.fixture
def fnc_dirs(tmp_path):
    rows = pairs()
    train = [r for r in rows if not r[3].startswith("meteorite")]
    test = [r for r in rows if r[3].startswith("meteorite")]
    return (_write_fnc1(tmp_path / "train", train),
            _write_fnc1(tmp_path / "test", test, prefix="competition_test_"))


def test_train_test_json(fnc_dirs, capsys):
    train, test = fnc_dirs
    assert main(["evaluate", "stance", "--train", str(train), "--test", str(test)]) == 0
    res = _last_json(capsys)
    assert res["n_train"] == 18 and res["n_test"] == 9
    assert 0 <= res["relative_score"] <= 100 and 0 <= res["macro_f1"] <= 1
    assert set(res["per_class_f1"]) == {"agree", "disagree", "discuss", "unrelated"}
    assert sum(map(sum, res["confusion"])) == 9
    # 3 related test pairs (1.0 each) + 6 unrelated (0.25 each)
    assert res["max_score"] == 4.5
    assert res["fit_seconds"] > 0


def test_holdout_split_by_body(fnc_dirs, capsys):
    train, _ = fnc_dirs
    assert main(["evaluate", "stance", "--train", str(train), "--holdout", "0.34",
                 "--json"]) == 0
    res = _last_json(capsys)
    # 6 bodies: int(0.66 * 6) = 3 for training, 3 held out; each body is paired with the
    # 3 headlines of the training folder
    assert res["split"]["n_train_bodies"] == 3 and res["split"]["n_test_bodies"] == 3
    assert res["n_train"] == 9 and res["n_test"] == 9


def test_unknown_label_in_training_file(tmp_path, capsys):
    rows = [(h, b, "neutral" if s == "discuss" else s, k) for h, b, s, k in pairs()]
    d = _write_fnc1(tmp_path / "bad", rows)
    assert main(["evaluate", "stance", "--train", str(d), "--holdout", "0.2"]) == 1
    err = capsys.readouterr().err
    assert "unknown stance label 'neutral'" in err and "train_stances.csv" in err


def test_missing_body_id(tmp_path, capsys):
    d = _write_fnc1(tmp_path / "bad", pairs(), extra_stance_rows=[["Isis flees", 9999, "agree"]])
    # the loader may flag the row (warning) before the evaluation refuses it (error)
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        code = main(["evaluate", "stance", "--train", str(d), "--holdout", "0.2"])
    assert code == 1
    err = capsys.readouterr().err
    assert "9999" in err and "not in the bodies" in err


def test_needs_test_or_holdout(fnc_dirs, capsys):
    train, _ = fnc_dirs
    assert main(["evaluate", "stance", "--train", str(train)]) == 2
    assert "exactly one of --test DIR or --holdout" in capsys.readouterr().err
