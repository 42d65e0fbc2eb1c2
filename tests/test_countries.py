"""CountryMatcher, find_mentions and doc_countries on real-looking news sentences."""

from __future__ import annotations

import pandas as pd
import pytest

import mediakit
from mediakit import schema
from mediakit.countries import CountryMatcher, Mention, doc_countries, find_mentions
from mediakit.errors import GazetteerError
from mediakit.text import document_text


@pytest.fixture(scope="module")
def matcher() -> CountryMatcher:
    return CountryMatcher().fit()


def found(matcher, text):
    return [(m.surface, m.iso3) for m in matcher.find(text)]


# --- the user's sample -------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_article() -> pd.DataFrame:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / "000_85d8c5cde1672087.txt"
    arts = mediakit.load(path, progress=False)
    return arts.iloc[[0]].reset_index(drop=True)


def test_sample_mentions_with_hand_checked_offsets(sample_article):
    art = sample_article
    assert art.loc[0, "title"] == "Russia accuses US of \u2018pretending\u2019 to fight Isis"
    doc = document_text(art.loc[0, "title"], art.loc[0, "text"])
    men = find_mentions(art)
    schema.validate(men, schema.MENTIONS)
    spans = {(s, e): (sf, iso) for s, e, sf, iso in
             zip(men["start"], men["end"], men["surface"], men["iso3"], strict=True)}
    # title: "Russia" 0-6, "US" 15-17 (counted by hand); body starts at 47 + 2 = 49
    assert spans[(0, 6)] == ("Russia", "RUS")
    assert spans[(15, 17)] == ("US", "USA")
    # "The Russian Defence Ministry has alleged that the US ..." -> 49+4 and 49+50
    assert spans[(53, 60)] == ("Russian", "RUS")
    assert spans[(99, 101)] == ("US", "USA")
    # hyphenated forms resolve to the country
    rb = doc.index("Russian-backed")
    assert spans[(rb, rb + 7)] == ("Russian", "RUS")
    ul = doc.index("US-led")
    assert spans[(ul, ul + 2)] == ("US", "USA")
    assert doc[rb:rb + 7] == "Russian" and doc[ul:ul + 2] == "US"
    # every span cuts its surface out of document_text
    for (s, e), (sf, _) in spans.items():
        assert doc[s:e] == sf
    assert set(men["iso3"]) == {"RUS", "USA", "SYR", "IRQ"}
    for not_country in ("Isis", "At Tanf", "Deir Ezzor", "Rukban", "Tanf"):
        assert not_country not in set(men["surface"])
    assert "Pentagon" in set(men.loc[men["iso3"] == "USA", "surface"])


def test_sample_doc_countries_primary(sample_article):
    dc = doc_countries(find_mentions(sample_article), sample_article)
    schema.validate(dc, schema.DOC_COUNTRIES)
    prim = dict(zip(dc["iso3"], dc["primary"], strict=True))
    assert prim == {"RUS": True, "USA": True, "SYR": False, "IRQ": False}
    assert dc["score"].sum() == pytest.approx(1.0)
    assert list(dc["iso3"][:2]) == ["RUS", "USA"]


# --- ambiguity rules, one real-looking sentence each --------------------------------------
def test_us_pronoun_vs_country(matcher):
    assert found(matcher, "Let us be clear: the US will not pay, and neither will the U.S. "
                 "Treasury.") == [("US", "USA"), ("U.S.", "USA")]
    assert found(matcher, "JOIN US FOR A LIVE Q&A WITH OUR MOSCOW CORRESPONDENT") == [
        ("MOSCOW", "RUS")]
    assert found(matcher, "RUSSIA ACCUSES US OF PRETENDING TO FIGHT ISIS") == [
        ("RUSSIA", "RUS"), ("US", "USA")]
    assert found(matcher, "U.S. TRADE DEFICIT WIDENS") == [("U.S.", "USA")]


def test_georgia_country_vs_state(matcher):
    assert found(matcher, "Georgia's president said in Tbilisi that Russian troops remain.") == [
        ("Georgia", "GEO"), ("Tbilisi", "GEO"), ("Russian", "RUS")]
    assert found(matcher, "In Atlanta, Gov. Brian Kemp said Georgia would reopen gyms.") == []
    assert found(matcher, 'Rep. John Lewis, D-Georgia, spoke on "Meet the Press."') == []
    # a strong state cue elsewhere in the story decides
    filler = "Organisers handed out water and leaflets along the route. " * 5  # > 200 chars
    story = f"Protests spread in Atlanta on Monday.\n\n{filler}The marchers crossed Georgia."
    assert story.index("Georgia") - story.index("Atlanta") > 250
    assert found(matcher, story) == []
    assert found(matcher, story.replace("Atlanta", "Tbilisi")) == [
        ("Tbilisi", "GEO"), ("Georgia", "GEO")]


def test_jordan_and_chad_people_vs_countries(matcher):
    assert found(matcher, "Michael Jordan scored 40 points on Sunday.") == []
    assert found(matcher, "Chad Johnson caught two touchdown passes.") == []
    assert found(matcher, "King Abdullah of Jordan met the president of Chad in Amman.") == [
        ("Jordan", "JOR"), ("Chad", "TCD"), ("Amman", "JOR")]
    assert found(matcher, "Mr Jordan declined to comment.") == []
    assert found(matcher, 'Zahn wrote to the director, Chad Pitfield. "No," he said.') == []
    assert found(matcher, "Paris Hilton and David Oman met Rick Holland in Paris.") == [
        ("Paris", "FRA")]


def test_turkey_bird_and_china_porcelain(matcher):
    assert found(matcher, "We carved the turkey and served it on the good china.") == []
    assert found(matcher, "Turkey sandwiches sold out.") == []
    assert found(matcher, "Turkey and China signed a trade deal.") == [
        ("Turkey", "TUR"), ("China", "CHN")]


@pytest.mark.parametrize("text, expected", [
    ("Niger and Nigeria share a long border.", [("Niger", "NER"), ("Nigeria", "NGA")]),
    ("Guinea, Equatorial Guinea, Guinea-Bissau and Papua New Guinea sent delegates.",
     [("Guinea", "GIN"), ("Equatorial Guinea", "GNQ"), ("Guinea-Bissau", "GNB"),
      ("Papua New Guinea", "PNG")]),
    ("Sudan accused South Sudan of backing rebels.", [("Sudan", "SDN"), ("South Sudan", "SSD")]),
    ("Congo and the Democratic Republic of Congo traded fire across the river.",
     [("Congo", "COG"), ("Democratic Republic of Congo", "COD")]),
    ("Dominica and the Dominican Republic were hit by the storm.",
     [("Dominica", "DMA"), ("Dominican Republic", "DOM")]),
    ("Samoa beat American Samoa 3-0.", [("Samoa", "WSM"), ("American Samoa", "ASM")]),
    ("Oil prices in the Gulf of Mexico and in New Mexico rose.", []),
])
def test_longest_match_and_blockers(matcher, text, expected):
    assert found(matcher, text) == expected


def test_washington_capital_vs_person(matcher):
    assert found(matcher, "Washington said the sanctions would stay.") == [("Washington", "USA")]
    assert found(matcher, "Denzel Washington won the award.") == []
    assert found(matcher, "The actor Kerry Washington spoke.") == []
    assert found(matcher, "Wildfires spread across Washington State near Spokane.") == []
    assert found(matcher, "George Washington crossed the Delaware.") == []


def test_all_caps_dateline_and_metonyms(matcher):
    ms = matcher.find("MOSCOW, March 3 - The Kremlin rejected claims by the White House and "
                      "Downing Street.")
    assert [(m.surface, m.iso3, m.kind) for m in ms] == [
        ("MOSCOW", "RUS", "capital"), ("Kremlin", "RUS", "metonym"),
        ("White House", "USA", "metonym"), ("Downing Street", "GBR", "metonym")]
    assert ms[0] == Mention(0, 6, "MOSCOW", "RUS", "capital")


def test_names_broken_across_wire_lines(matcher):
    text = "Exports to the United\nStates rose, a refinery in Paulsboro, New\nJersey, said."
    ms = matcher.find(text)
    assert [(m.surface, m.iso3) for m in ms] == [("United\nStates", "USA")]
    assert text[ms[0].start:ms[0].end] == "United\nStates"


def test_word_boundaries_are_unicode_aware(matcher):
    assert found(matcher, "The Omani woman from Iranshahr met Chadians.") == [("Omani", "OMN")]
    assert found(matcher, "Élysée officials met Pétain's heirs in Paris") == [
        ("Élysée", "FRA"), ("Paris", "FRA")]
    assert found(matcher, "Россия и Russia") == [("Russia", "RUS")]
    assert found(matcher, "Prussian history") == []


def test_leaders_and_cities_only_when_asked():
    text = "Putin met officials in St. Petersburg and Chicago."
    assert found(CountryMatcher(), text) == []
    m = CountryMatcher(kinds=["name", "leader"], cities=True)
    assert [(x.surface, x.iso3, x.kind) for x in m.find(text)] == [
        ("Putin", "RUS", "leader"), ("St. Petersburg", "RUS", "city"), ("Chicago", "USA", "city")]


def test_user_gazetteer_rows():
    m = CountryMatcher(gazetteer=[{"iso3": "FRA", "alias": "Hexagone", "kind": "metonym"}])
    assert found(m, "The Hexagone votes today.") == [("Hexagone", "FRA")]
    with pytest.raises(GazetteerError, match="unknown country code 'ABC'"):
        CountryMatcher(gazetteer=[{"iso3": "ABC", "alias": "Nowhere"}]).fit()
    with pytest.raises(GazetteerError, match="unknown mention kinds"):
        CountryMatcher(kinds=["nation"]).fit()


def test_find_lazily_fits_and_rejects_non_strings():
    m = CountryMatcher()
    assert m.find("") == []
    assert m.find("Iraq") == [Mention(0, 4, "Iraq", "IRQ", "name")]
    with pytest.raises(TypeError, match="expects a str"):
        m.find(None)


# --- find_mentions on awkward tables ---------------------------------------------------------
def test_find_mentions_bad_input_gives_documented_results(matcher):
    arts = pd.DataFrame({
        "doc_id": ["empty", "na_title", "mixed", "none"],
        "title": ["", None, "Путин: Россия и Syria", None],
        "text": ["", "Kabul and Kandahar.", "Syrie / Syria 叙利亚", None],
    })
    men = find_mentions(arts, matcher, sentences=True)
    schema.validate(men, schema.MENTIONS)
    assert men["doc_id"].tolist() == ["na_title", "mixed", "mixed"]
    assert men["surface"].tolist() == ["Kabul", "Syria", "Syria"]
    # offsets index document_text: NA title -> the body alone
    assert men["start"].tolist()[0] == 0
    assert men["sentence"].tolist() == [0, 0, 1]


def test_find_mentions_empty_table_and_errors(matcher):
    out = find_mentions(pd.DataFrame({"doc_id": pd.Series([], dtype=str)}), matcher)
    schema.validate(out, schema.MENTIONS)
    assert len(out) == 0
    with pytest.raises(schema.SchemaError, match="doc_id"):
        find_mentions(pd.DataFrame({"text": ["Iraq"]}), matcher)
    with pytest.raises(TypeError, match="articles DataFrame"):
        find_mentions(["Iraq"], matcher)


@pytest.mark.slow
def test_large_document(matcher):
    filler = "lorem ipsum dolor sit amet. " * (50_000_000 // 28)  # ~50 MB
    text = "Russia said " + filler + "Iraq"
    men = find_mentions(pd.DataFrame({"doc_id": ["big"], "title": [None], "text": [text]}),
                        matcher)
    assert men["surface"].tolist() == ["Russia", "Iraq"]
    assert men["start"].tolist() == [0, len(text) - 4]


def test_doc_countries_without_articles_and_empty():
    arts = pd.DataFrame({"doc_id": ["a"], "title": [None],
                         "text": ["Syria said Iraq and Iraq and Iraq helped."]})
    dc = doc_countries(find_mentions(arts))
    assert dc["iso3"].tolist() == ["IRQ", "SYR"]
    assert dc["primary"].tolist() == [True, False] or dc["primary"].tolist() == [True, True]
    empty = doc_countries(schema.empty("mentions"))
    schema.validate(empty, schema.DOC_COUNTRIES)
    assert len(empty) == 0
