"""`mediakit evaluate countries` and `mediakit benchmark countries`, and the set metrics."""

from __future__ import annotations

import json

import pytest

from mediakit.cli import main
from mediakit.evaluation._metrics import per_label_f1, set_prf

KEYS = {"method", "n_docs", "micro_precision", "micro_recall", "micro_f1", "macro_f1",
        "docs_per_s", "peers"}


def _doc(newid, split, places, title, dateline, body):
    ds = "".join(f"<D>{p}</D>" for p in places)
    return (f'<REUTERS TOPICS="NO" LEWISSPLIT="{split}" CGISPLIT="TRAINING-SET" '
            f'OLDID="{newid}" NEWID="{newid}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n'
            f"<TOPICS></TOPICS>\n<PLACES>{ds}</PLACES>\n<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n"
            f"<EXCHANGES></EXCHANGES>\n<COMPANIES></COMPANIES>\n<UNKNOWN></UNKNOWN>\n"
            f"<TEXT>&#2;\n<TITLE>{title}</TITLE>\n<DATELINE>    {dateline} - </DATELINE>"
            f"<BODY>{body}\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n")


# hand-written wire stories (not copied from the dataset)
STORIES = [
    (["usa"], "ACME CORP SEES HIGHER PROFIT", "NEW YORK, Feb 26",
     "Acme Corp said it expects higher first quarter profit."),
    (["ussr", "usa"], "SOVIET GRAIN PURCHASES FROM U.S. RISE", "WASHINGTON, Feb 26",
     "The Soviet Union bought more U.S. wheat, the Agriculture Department said."),
    (["uk"], "BRITISH BANK RAISES BASE RATE", "LONDON, Feb 26",
     "A British clearing bank raised its base rate to 11 pct."),
    (["west-germany"], "BUNDESBANK LEAVES RATES UNCHANGED", "FRANKFURT, Feb 26",
     "The Bundesbank left its discount rate unchanged, a West German official said."),
    (["japan"], "JAPAN TRADE SURPLUS WIDENS", "TOKYO, Feb 26",
     "Japan's trade surplus widened in January, the Finance Ministry said."),
    ([], "NO PLACE STORY", "NEW YORK, Feb 26", "An item without places."),
]


@pytest.fixture()
def reuters_tiny(tmp_path):
    folder = tmp_path / "reuters"
    folder.mkdir()
    docs = [_doc(i + 1, "TRAIN" if i % 2 else "TEST", *s) for i, s in enumerate(STORIES)]
    (folder / "reut2-000.sgm").write_text('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(docs),
                                          encoding="latin-1")
    return folder


def test_set_prf_by_hand():
    gold = [{"USA"}, {"RUS", "USA"}, {"GBR"}]
    pred = [{"USA"}, {"RUS"}, {"GBR", "FRA"}]
    r = set_prf(gold, pred)
    # tp = 3 (USA, RUS, GBR), fp = 1 (FRA), fn = 1 (USA in doc 2)
    assert r["micro_precision"] == pytest.approx(3 / 4)
    assert r["micro_recall"] == pytest.approx(3 / 4)
    # per label: USA p=1 r=.5 -> 2/3; RUS 1; GBR 1; FRA 0 -> macro = (2/3+1+1+0)/4
    assert r["macro_f1"] == pytest.approx((2 / 3 + 2) / 4)
    assert per_label_f1(gold, pred)["USA"]["support"] == 2
    with pytest.raises(ValueError, match="same length"):
        set_prf([set()], [])


@pytest.mark.slow
def test_evaluate_mentions_json(reuters_tiny, capsys):
    assert main(["evaluate", "countries", "--test", str(reuters_tiny)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    res = json.loads(lines[-1])
    assert set(res) >= KEYS
    assert res["method"] == "mentions"
    assert res["n_docs"] == 5  # the story without PLACES is not scored
    assert res["micro_precision"] == pytest.approx(1.0)
    assert res["micro_recall"] == pytest.approx(1.0)  # ussr is matched through Soviet -> RUS
    for peer in ("geotext", "flashgeotext"):
        assert KEYS - {"peers"} <= set(res["peers"][peer])
        assert 0 <= res["peers"][peer]["micro_f1"] <= 1
    assert any("mediakit-mentions" in line for line in lines[:-1])


def test_evaluate_newsmap_and_supervised(reuters_tiny, capsys):
    assert main(["evaluate", "countries", "--test", str(reuters_tiny), "--method", "newsmap",
                 "--json", "--no-peers"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["method"] == "newsmap" and res["n_fit_docs"] == 5 and res["peers"] == {}
    assert set(res) >= KEYS and 0 <= res["micro_f1"] <= 1
    assert main(["evaluate", "countries", "--test", str(reuters_tiny), "--train",
                 str(reuters_tiny), "--method", "supervised", "--json", "--no-peers"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    res = json.loads(out[-1])
    assert len(out) == 1  # --json prints only the JSON line
    assert res["n_train_docs"] == 2  # LEWISSPLIT=TRAIN docs with places
    assert res["n_test_docs_in_train"] == 2  # reported: those scores are not held out


def test_evaluate_errors(tmp_path, capsys):
    assert main(["evaluate", "countries", "--test", str(tmp_path / "nope")]) == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["evaluate", "countries", "--test", str(tmp_path), "--method", "magic"])


@pytest.mark.slow
def test_mentions_beat_peers_on_shared_reuters(reuters_dir, capsys):
    assert main(["evaluate", "countries", "--test", str(reuters_dir), "--limit", "3000",
                 "--json"]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert res["n_docs"] == 3000
    assert res["micro_f1"] >= 0.62
    assert res["micro_f1"] > res["peers"]["geotext"]["micro_f1"]
    assert res["micro_f1"] > res["peers"]["flashgeotext"]["micro_f1"]


@pytest.mark.slow
def test_benchmark_json(reuters_dir, capsys):
    assert main(["benchmark", "countries", "--n-docs", "2000", "--json", "--data-home",
                 str(reuters_dir.parent)]) == 0
    res = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    for k in ("n_docs", "mediakit_docs_per_s", "geotext_docs_per_s", "flashgeotext_docs_per_s",
              "peak_rss_mb"):
        assert res[k] > 0, k
    assert res["n_docs"] == 2000
