"""``mediakit load``: readable summary, one JSON object last, Parquet output, strict errors."""

from __future__ import annotations

import json

import pandas as pd

from mediakit.cli import main


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_text_summary(sample_path, capsys):
    assert main(["load", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert "documents: 3" in out
    assert "2017-10-10T15:36:27Z ... 2017-10-10T17:49:36Z" in out
    assert "teasers (title, no body): 2" in out
    assert "skipped: 0" in out


def test_json_summary_and_parquet(sample_path, tmp_path, capsys):
    out_file = tmp_path / "a.parquet"
    assert main(["load", str(sample_path), "--json", "--out", str(out_file)]) == 0
    s = _last_json(capsys.readouterr().out)
    assert s["n_docs"] == 3 and s["n_skipped"] == 0 and s["n_teasers"] == 2
    assert s["n_sources"] == 1
    assert s["published_min"] == "2017-10-10T15:36:27Z"
    assert s["published_max"] == "2017-10-10T17:49:36Z"
    assert s["skipped"] == []
    back = pd.read_parquet(out_file)
    assert back["title"].tolist()[0] == "Russia accuses US of ‘pretending’ to fight Isis"
    assert back["is_teaser"].tolist() == [False, True, True]


def test_skipped_items_are_listed_with_place(tmp_path, capsys):
    p = tmp_path / "d.txt"
    p.write_text("Stray line before any header\n\n- 1507649787 erdogan - Erdogan refuses\n\n"
                 "Erdogan refuses\n")
    assert main(["load", str(p), "--format", "dump"]) == 0
    out = capsys.readouterr().out
    assert "skipped: 1" in out
    assert f"{p}, line 1: text before the first item header" in out
    assert main(["load", str(p), "--format", "dump", "--json"]) == 0
    s = _last_json(capsys.readouterr().out)
    assert s["n_docs"] == 1 and s["n_skipped"] == 1 and s["n_items"] == 2
    assert s["skipped"][0]["line"] == 1 and s["skipped"][0]["path"] == str(p)


def test_strict_fails_with_place(tmp_path, capsys):
    p = tmp_path / "d.txt"
    p.write_text("- 1507649787 erdogan -\n\nOrphan body.\n")
    assert main(["load", str(p), "--strict"]) == 1
    err = capsys.readouterr().err
    assert f"{p}, line 1, item 1: item header without a title" in err


def test_no_dates_gives_null(tmp_path, capsys):
    p = tmp_path / "n.csv"
    p.write_text("title,text\nRussia accuses US,Moscow said.\n")
    assert main(["load", str(p), "--json"]) == 0
    s = _last_json(capsys.readouterr().out)
    assert s["published_min"] is None and s["published_max"] is None


def test_fnc1_folder_writes_stances(fnc1_dir, tmp_path, capsys):
    out_file = tmp_path / "fnc.parquet"
    assert main(["load", str(fnc1_dir), "--json", "--out", str(out_file)]) == 0
    s = _last_json(capsys.readouterr().out)
    assert s["n_docs"] == 1683 and s["n_stances"] == 49972
    assert len(pd.read_parquet(tmp_path / "fnc.stances.parquet")) == 49972


def test_reuters_lists_survive_parquet(tmp_path, capsys):
    p = tmp_path / "reut2-000.sgm"
    p.write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
                 '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9" '
                 'NEWID="5">\n<DATE> 2-MAR-1987 10:00:00.00</DATE>\n'
                 '<TOPICS><D>grain</D><D>wheat</D></TOPICS>\n<PLACES><D>ussr</D></PLACES>\n'
                 '<TEXT>\n<TITLE>SOVIETS BUY WHEAT</TITLE>\n<BODY>Moscow bought wheat.\n'
                 '</BODY></TEXT>\n</REUTERS>\n', encoding="latin-1")
    out_file = tmp_path / "r.parquet"
    assert main(["load", str(p), "--json", "--out", str(out_file)]) == 0
    assert _last_json(capsys.readouterr().out)["published_min"] == "1987-03-02T10:00:00Z"
    back = pd.read_parquet(out_file)
    assert list(back.loc[0, "topics"]) == ["grain", "wheat"]
    assert list(back.loc[0, "places"]) == ["ussr"]
