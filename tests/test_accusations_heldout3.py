"""Failure patterns found on the third held-out batch of own sentences (issue #5).

Each test is a general form, checked on several real-looking sentences written for it (none
copied from a corpus), with its false-positive twins next to it.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS


def _acc(ex, text):
    return [(a.accuser_iso3, a.accused_iso3) for a in ex.extract(text) if a.polarity == "accuse"]


def _den(ex, text):
    return [(a.accused, a.accused_iso3) for a in ex.extract(text) if a.polarity == "deny"]


@pytest.mark.parametrize("text", [
    "The accused's lawyer said his client would appeal the verdict.",
    "Egypt was charged with hosting the climate summit in Sharm el-Sheikh.",
    "Norway was charged with chairing the committee for the next two years.",
    "Officials said the storm was responsible for at least 40 deaths in the Philippines.",
    "Heavy rains were responsible for the delays at ports in southern Brazil.",
    "Officials said the storm was to blame for at least 40 deaths.",
    "Police said the man was murdered on Friday.",
    "The minister said Iran had not violated the deal.",
    "The inquiry found Japan had violated no rule of the treaty, the minister said.",
    "He said Russia shelled out billions for the new stadium.",
    "Riot police charged the protesters in central Paris.",
    "EU states rejected responsibility for the refugees arriving by sea.",
])
def test_hard_negatives_of_batch3(ex, text):
    assert ex.extract(text) == []


@pytest.mark.parametrize("text, pair", [
    # "Y was/were to blame for <harm>" in reported speech reads like "responsible for"
    ("Russia said Ukraine was to blame for the attack on the bridge.", ("RUS", "UKR")),
    ("Mexico's president said U.S. gun makers were to blame for violence south of the border.",
     ("MEX", None)),  # companies are not state actors, whatever their country
    # a wrongdoing verb reported without an accusation word
    ("A Japanese government spokesman said North Korea had violated UN resolutions.",
     ("JPN", "PRK")),
    ("Taiwan's defence ministry said Chinese military aircraft had violated its air defence "
     "zone 20 times this month.", ("TWN", "CHN")),
    ("Kyiv said Russian troops had shelled the plant overnight.", ("UKR", "RUS")),
    # a legal charge by prosecutors without "with"
    ("German prosecutors have charged a man suspected of spying for Russia's intelligence "
     "service.", ("DEU", None)),
    # demonym + state role; Brussels as the EU; civilian boats
    ("Polish authorities charged a Belarusian diplomat with espionage on Friday.",
     ("POL", "BLR")),
    ("In a speech to parliament, the Hungarian prime minister accused Brussels of blackmailing "
     "Budapest over frozen funds.", ("HUN", None)),
    ("Indonesia's navy said Vietnamese fishing boats had repeatedly violated its waters.",
     ("IDN", None)),
    # condemning a state's act named by its demonym
    ("The Iraqi foreign ministry condemned the Iranian missile strikes on Erbil.",
     ("IRQ", "IRN")),
])
def test_accusation_forms_of_batch3(ex, text, pair):
    assert _acc(ex, text)[:1] == [pair]


def test_reported_verb_does_not_duplicate_an_accusation_verb(ex):
    rows = ex.extract("Russia accuses US of lying")
    assert [(r.accuser_iso3, r.accused_iso3, r.cue) for r in rows] == [("RUS", "USA", "accuses")]


def test_reported_verb_needs_a_verb_not_a_noun(ex):
    assert _acc(ex, "Trump said he pressed Putin twice about Russian meddling.") == []


@pytest.mark.parametrize("text, denier, iso", [
    ("Venezuela's defence minister rejected responsibility for the incident.",
     "Venezuela's defence minister", "VEN"),
    ("Moscow rejected any involvement in the poisoning.", "Moscow", "RUS"),
    ("Lithuania charges that Belarus is deliberately pushing migrants across the border, an "
     "allegation Minsk calls absurd.", "Minsk", "BLR"),
    ("Belarus dismissed as “absurd” Polish claims that it was helping Wagner fighters mass "
     "near the border.", "Belarus", "BLR"),
])
def test_denial_forms_of_batch3(ex, text, denier, iso):
    assert _den(ex, text) == [(denier, iso)]


def test_accuser_of_a_denied_accusation_named_by_its_demonym(ex):
    text = "Washington rejected Chinese accusations that it had planted malware in the grid."
    assert _acc(ex, text) == [("CHN", "USA")]
    assert _den(ex, text) == [("Washington", "USA")]


def test_denied_blocking_aid_is_an_accusation(ex):
    text = "Egypt's foreign minister denied that Cairo was blocking aid convoys to Gaza."
    assert _acc(ex, text) == [(None, "EGY")]
    assert _den(ex, text) == [("Egypt's foreign minister", "EGY")]


@pytest.mark.parametrize("text, pair", [
    # "X was behind <harm>" reported or quoted
    ("The Estonian interior minister said Russia was behind a series of sabotage attempts on "
     "Baltic infrastructure.", ("EST", "RUS")),
    ("“Iran is behind these attacks,” the Saudi foreign minister said.", ("SAU", "IRN")),
    # an envoy to a bloc is still the envoy of its state
    ("Britain's ambassador to the UN accused Russia of committing war crimes in Bucha.",
     ("GBR", "RUS")),
    ("Washington said Iran was behind the attacks and held Tehran responsible for the damage.",
     ("USA", "IRN")),
])
def test_accusation_forms_of_batch5(ex, text, pair):
    assert _acc(ex, text)[:1] == [pair]


@pytest.mark.parametrize("text", [
    "The minister said the country was behind schedule on its climate targets.",
    "Lavrov said there is no proof yet Syria's government is behind the chemical attack.",
    "The Chinese yuan was blamed for weaker earnings at several Korean carmakers.",
])
def test_hard_cases_of_batch5(ex, text):
    assert ex.extract(text) == []


def test_bloc_accuser_has_no_iso3(ex):
    rows = [a for a in ex.extract("The EU accused Russia of war crimes.")]
    assert [(a.accuser, a.accuser_iso3, a.accused_iso3) for a in rows] == [("The EU", None, "RUS")]


def test_denied_wrongdoing_of_batch6(ex):
    text = "Minsk has denied orchestrating the migrant crisis on the Polish border."
    assert _acc(ex, text) == [(None, "BLR")]
    assert _den(ex, text) == [("Minsk", "BLR")]
    # the denied act is a non-state group's: its accused keeps no ISO3, the denier keeps its own
    text = "China's foreign ministry denied that Chinese hackers had breached the U.S. Treasury."
    assert _acc(ex, text) == [(None, None)]
    assert _den(ex, text) == [("China's foreign ministry", "CHN")]


@pytest.mark.parametrize("text, denier, iso", [
    ("The Russian embassy said the accusations were “pure fantasy.”", "The Russian embassy", "RUS"),
    ("Hanoi rejected the charges.", "Hanoi", "VNM"),
])
def test_generic_denials_of_batch6(ex, scorer_ex, text, denier, iso):
    for x in (scorer_ex,) if text in VERIFIER_DIFFERS else (scorer_ex, ex):
        assert _den(x, text) == [(denier, iso)]
        assert _acc(x, text) == []


def test_charged_with_organising_an_event_is_a_task(ex):
    assert ex.extract("Qatar was charged with organising the tournament after a vote.") == []
    # ... while organising a crime stays a charge
    assert _acc(ex, "Police charged two men with organising the smuggling of migrants.") != []
