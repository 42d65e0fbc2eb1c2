"""FNC-1 loader: shared-data counts (MANIFEST) and hand-made CSV edge cases."""

from __future__ import annotations

import pytest

from mediakit import schema
from mediakit.errors import ParseError
from mediakit.io import load
from mediakit.io.fnc1 import STANCES, read_fnc1

BODIES = (
    'Body ID,articleBody\n'
    '3,"The Pentagon dismissed the claims as ""absolutely ridiculous"".\n\n'
    'A spokesperson said the coalition fight goes on."\n'
    '8,Moscow accused Washington of pretending to fight Isis.\n'
)
STANCES_CSV = (
    "Headline,Body ID,Stance\n"
    "US arms Isis says Syrian general,3,disagree\n"
    "Russia accuses US over Isis,8,agree\n"
    '"Cats, dogs and a meteorite",8,unrelated\n'
)


@pytest.fixture(scope="module")
def fnc1(fnc1_dir):
    return read_fnc1(fnc1_dir)


def test_shared_counts(fnc1):
    bodies, stances = fnc1
    assert len(bodies) == 1683
    assert len(stances) == 49972
    assert stances["stance"].value_counts().to_dict() == {
        "unrelated": 36545, "discuss": 8909, "agree": 3678, "disagree": 840}
    assert stances["headline"].nunique() == 1648
    assert set(stances["body_id"]) == set(bodies["body_id"])
    assert bodies["body_id"].min() == 0 and bodies["body_id"].max() == 2532
    assert bodies["text"].str.len().max() == 27579
    assert str(stances["body_id"].dtype) == "int64" and str(bodies["body_id"].dtype) == "int64"
    assert isinstance(stances["headline"].dtype, type(bodies["text"].dtype))
    schema.validate_articles(bodies)
    assert bodies["doc_id"].iloc[0] == f"fnc1-{bodies['body_id'].iloc[0]}"


def test_load_folder_attaches_stances(fnc1_dir):
    df = load(fnc1_dir)
    assert len(df) == 1683 and len(df.attrs["stances"]) == 49972
    rep = df.attrs["load_report"]
    assert rep.n_items == rep.n_loaded + rep.n_skipped == 1683 + 49972
    assert (df["source"] == "fnc1").all()


def test_handmade_pair(tmp_path):
    (tmp_path / "x_bodies.csv").write_text(BODIES)
    (tmp_path / "x_stances.csv").write_text(STANCES_CSV)
    bodies, stances = read_fnc1(tmp_path / "x_bodies.csv")  # stances found beside it
    assert bodies["doc_id"].tolist() == ["fnc1-3", "fnc1-8"]
    assert bodies.loc[0, "text"] == ('The Pentagon dismissed the claims as "absolutely '
                                     'ridiculous".\n\nA spokesperson said the coalition fight '
                                     'goes on.')
    assert stances["headline"].tolist()[2] == "Cats, dogs and a meteorite"
    assert stances["stance"].tolist() == ["disagree", "agree", "unrelated"]
    assert set(stances["stance"]) <= set(STANCES)


def test_unlabelled_stances_have_na(tmp_path):
    (tmp_path / "test_bodies.csv").write_text(BODIES)
    (tmp_path / "test_stances_unlabeled.csv").write_text(
        "Headline,Body ID\nRussia accuses US over Isis,8\n")
    bodies, stances = read_fnc1(tmp_path)
    assert stances["stance"].isna().all() and len(stances) == 1


def test_unknown_stance_names_file_and_row(tmp_path):
    (tmp_path / "train_bodies.csv").write_text(BODIES)
    (tmp_path / "train_stances.csv").write_text(STANCES_CSV + "Odd headline,3,supports\n")
    with pytest.raises(ParseError, match=r"train_stances\.csv, line 5, item 4: unknown stance .*supports"):
        read_fnc1(tmp_path)


def test_stance_with_unknown_body_is_reported(tmp_path):
    (tmp_path / "train_bodies.csv").write_text(BODIES)
    (tmp_path / "train_stances.csv").write_text(STANCES_CSV + "Orphan headline,99,discuss\n")
    with pytest.raises(ParseError, match=r"item 4: stance row refers to Body ID 99"):
        read_fnc1(tmp_path, strict=True)
    with pytest.warns(UserWarning, match=r"train_stances\.csv, line 5, item 4: .*Body ID 99"):
        bodies, stances = read_fnc1(tmp_path)
    assert bodies.attrs["load_report"].n_issues == 1 and len(stances) == 4
    with pytest.warns(UserWarning, match=r"train_stances\.csv, line 5, item 4: .*Body ID 99"):
        df = load(tmp_path)
    assert len(df.attrs["stances"]) == 4  # kept, and reported
    assert df.attrs["load_report"].n_issues == 1


def test_strict_missing_body_names_file_line_item_and_body_id(tmp_path):
    (tmp_path / "train_bodies.csv").write_text(BODIES)
    # the first headline spans two lines: the orphan row starts on line 4, data row 2
    (tmp_path / "train_stances.csv").write_text(
        'Headline,Body ID,Stance\n"Syrian general:\nUS arms Isis",3,disagree\n'
        "Orphan headline,99,discuss\nRussia accuses US over Isis,8,agree\n")
    for call in (lambda: read_fnc1(tmp_path, strict=True), lambda: load(tmp_path, strict=True)):
        with pytest.raises(ParseError, match=r"train_stances\.csv, line 4, item 2: stance row "
                                             r"refers to Body ID 99 not in the bodies") as err:
            call()
        assert err.value.path.endswith("train_stances.csv")
        assert (err.value.line, err.value.item) == (4, 2)
    # strict wins over a lenient report context handed in by a caller
    from mediakit.io._report import _FileContext

    lenient = _FileContext(tmp_path / "train_stances.csv", "fnc1-stances")
    with pytest.raises(ParseError, match="Body ID 99"):
        read_fnc1(tmp_path, stances_ctx=lenient, strict=True)
    with pytest.warns(UserWarning, match=r"line 4, item 2: .*Body ID 99"):
        bodies, stances = read_fnc1(tmp_path)
    assert stances["body_id"].tolist() == [3, 99, 8]  # not strict: kept, and reported


def test_non_integer_body_id_names_its_line(tmp_path):
    # the first body spans lines 2-4, so the bad row (data row 3) starts on line 6
    (tmp_path / "train_bodies.csv").write_text(BODIES + "x7,Ankara said.\n")
    (tmp_path / "train_stances.csv").write_text(STANCES_CSV)
    with pytest.raises(ParseError, match=r"train_bodies\.csv, line 6, item 3: 'Body ID' is not "
                                         r"an integer \(value 'x7'\)"):
        read_fnc1(tmp_path, strict=True)


def test_missing_column_names_file(tmp_path):
    (tmp_path / "train_bodies.csv").write_text("Body ID,text\n1,Hello\n")
    (tmp_path / "train_stances.csv").write_text(STANCES_CSV)
    with pytest.raises(ParseError, match=r"train_bodies\.csv: required column 'articleBody'"):
        load(tmp_path)
