"""The gazetteer data and loader: coverage of ISO 3166, sources, user rows and their errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pycountry
import pytest

from mediakit.errors import GazetteerError
from mediakit.gazetteer import (
    GAZETTEER_COLUMNS,
    country_name,
    known_codes,
    load_gazetteer,
    reuters_places,
    successor,
)

GAZ_DIR = Path(__file__).resolve().parents[1] / "mediakit" / "gazetteer"


@pytest.fixture(scope="module")
def gaz() -> pd.DataFrame:
    return load_gazetteer()


def test_columns_and_uniqueness(gaz):
    assert tuple(gaz.columns) == GAZETTEER_COLUMNS
    key = gaz["alias"].str.casefold() + gaz["kind"].eq("block").map({True: "#b", False: ""})
    assert not key.duplicated().any()
    assert gaz["case_sensitive"].dtype == bool


def test_every_iso_country_has_a_name(gaz):
    names = gaz[gaz["kind"] == "name"]
    missing = {c.alpha_3 for c in pycountry.countries} - set(names["iso3"])
    assert missing == set()


def test_historical_states_and_kosovo_palestine(gaz):
    lookup = dict(zip(gaz["alias"], gaz["iso3"], strict=True))
    assert lookup["Soviet Union"] == "SUN"
    assert lookup["USSR"] == "SUN"
    assert lookup["East Germany"] == "DDR"
    assert lookup["West Germany"] == "DEU"
    assert lookup["Yugoslavia"] == "YUG"
    assert lookup["Czechoslovakia"] == "CSK"
    assert lookup["Zaire"] == "COD"
    assert lookup["Burma"] == "MMR"
    assert lookup["Kosovo"] == "XKX"
    assert lookup["Palestine"] == "PSE"


def test_aliases_demonyms_capitals_metonyms(gaz):
    rows = {(a, i, k) for a, i, k in zip(gaz["alias"], gaz["iso3"], gaz["kind"], strict=True)}
    for row in [("United States", "USA", "name"), ("U.S.", "USA", "name"),
                ("America", "USA", "name"), ("US", "USA", "name"),
                ("Russian", "RUS", "demonym"), ("Moscow", "RUS", "capital"),
                ("Kremlin", "RUS", "metonym"), ("White House", "USA", "metonym"),
                ("Pentagon", "USA", "metonym"), ("State Department", "USA", "metonym"),
                ("Downing Street", "GBR", "metonym"), ("Whitehall", "GBR", "metonym"),
                ("Elysée", "FRA", "metonym"), ("Zhongnanhai", "CHN", "metonym"),
                ("Beijing", "CHN", "capital"), ("Putin", "RUS", "leader")]:
        assert row in rows, row


def test_common_words_are_guarded(gaz):
    cs = dict(zip(gaz["alias"], gaz["case_sensitive"], strict=True))
    for alias in ("US", "Turkey", "China", "Chad", "Jordan", "Georgia", "Niger"):
        assert cs[alias], alias
    assert "Male" not in set(gaz["alias"])  # Maldives capital, a common word


def test_data_files_name_their_sources():
    for name in ("countries.tsv", "cities.tsv", "overrides.tsv", "reuters_places.tsv"):
        head = (GAZ_DIR / name).read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("#"), name
        assert "ource" in " ".join(head) or "pycountry" in " ".join(head), name
    assert (GAZ_DIR / "SOURCES.md").is_file()


def test_all_codes_known(gaz):
    codes = known_codes()
    real = gaz[gaz["kind"] != "block"]
    assert set(real["iso3"]) <= codes


def test_country_name_and_successor():
    assert country_name("RUS") == "Russia"
    assert country_name("usa") == "United States"
    assert successor("SUN") == "RUS" and successor("DDR") == "DDR"
    with pytest.raises(GazetteerError, match="unknown country code 'ZZZ'"):
        country_name("ZZZ")


def test_user_rows_extend_and_override():
    g = load_gazetteer([{"iso3": "fra", "alias": "Hexagone", "kind": "metonym"},
                        {"iso3": "COD", "alias": "Congo"}])
    assert g.loc[g["alias"] == "Hexagone", "iso3"].item() == "FRA"
    assert g.loc[g["alias"] == "Congo", "iso3"].item() == "COD"
    assert len(g) == len(load_gazetteer()) + 1


@pytest.mark.parametrize("rows, match", [
    ([{"iso3": "XXX", "alias": "Atlantis"}], "unknown country code 'XXX'"),
    ([{"iso3": None, "alias": "Atlantis"}], "unknown country code None"),
    ([{"iso3": "FRA", "alias": "Gaul"}, {"iso3": "ITA", "alias": "gaul"}], "given twice"),
    ([{"iso3": "FRA", "alias": ""}], "at least 2 characters"),
    ([{"iso3": "FRA", "alias": "--"}], "letter or digit"),
    ([{"iso3": "FRA", "alias": "Gaul", "kind": "region"}], "kind 'region'"),
    ([{"alias": "Gaul"}], "need a column 'iso3'"),
    (42, "DataFrame or a list"),
])
def test_bad_user_rows_raise_clear_errors(rows, match):
    with pytest.raises(GazetteerError, match=match):
        load_gazetteer(rows)


def test_reuters_places_table():
    t = reuters_places()
    codes = Path(GAZ_DIR / "reuters_places.tsv").read_text(encoding="utf-8")
    assert "west-germany\tDEU" in codes
    m = dict(zip(t["code"], t["iso3"], strict=True))
    assert len(m) == 175
    assert m["usa"] == "USA" and m["uk"] == "GBR" and m["ussr"] == "SUN"
    assert m["hong-kong"] == "HKG" and m["bahrain"] == "BHR" and m["east-germany"] == "DDR"
    assert set(v for v in m.values() if v) <= known_codes()
