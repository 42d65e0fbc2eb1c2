"""Forms missed on batches 8 and 9 of own sentences (issue #5), pinned with their twins.

Every sentence was written for mediakit (situations paraphrased from news, no text copied);
the expected codes were checked by hand against the labelling rules of
``shared/gold/README.md``: the primary accusation's (accuser ISO3, accused ISO3), ``None``
for non-state or unstated parties. Each form has a negative twin: the same words in an
innocent sentence.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS, denied_codes, primary_pair


@pytest.mark.parametrize("text, pair", [
    # a reported act in a relative clause with a subject gap: the antecedent is accused
    # (firms are never states: rule 6)
    ("Washington blacklisted two Iranian firms it said had supplied missiles to Russia.",
     ("USA", None)),
    ("North Korea, which the United Nations says has violated sanctions for years, tested "
     "another rocket.", (None, "PRK")),
    # cue-less reported acts: aid blocked, a failure to stop a harm, a simple-past "targeted"
    ("UN officials said Sudanese troops were deliberately blocking aid convoys to Darfur.",
     (None, "SDN")),
    ("Kyiv said Belarusian border guards had failed to stop the attacks on its checkpoints.",
     ("UKR", "BLR")),
    ("Hackers working for Iran's Revolutionary Guards targeted Israeli water systems last "
     "year, the cyber agency said.", (None, "IRN")),
    ("Lithuania said Moscow was undermining the sanctions regime with shadow tankers.",
     ("LTU", "RUS")),
    # a penalty for a wrong
    ("Seoul fines Apple for abusing its position in the app market", ("KOR", None)),
    ("Meta was fined 1.2 billion euros by Ireland's regulator for breaching privacy rules.",
     ("IRL", None)),
    ("The US Treasury sanctioned four Russian officers over the poisoning of an opposition "
     "leader.", ("USA", "RUS")),
    # criticism of a state by a state for an act
    ("Tokyo slammed Beijing for sending coast guard ships into its waters.", ("JPN", "CHN")),
    # a condemned act and its agent after "by"
    ("Australia condemned the detention of a journalist by Chinese authorities as arbitrary.",
     ("AUS", "CHN")),
    # a trial for a wrong (accuser unstated; a former head of state is a private person)
    ("A former Argentine president went on trial on Tuesday for taking kickbacks from "
     "builders.", (None, None)),
    # "claims by X that ...", with a new wrong ("blown up")
    ("Claims by Russia's defence ministry that Ukrainian special forces had blown up a bridge "
     "were not backed by evidence.", ("RUS", "UKR")),
    # a denied role named after a generic denial: the accusation (accuser unstated)
    ("Beijing dismissed the report as groundless, saying Chinese hackers had no role in the "
     "breach.", (None, None)),
    # a participle after "said in a statement"; a policy of a state is that state
    ("The Iraqi foreign ministry said in a statement condemning Turkish air strikes near "
     "Sinjar.", ("IRQ", "TUR")),
    ("Moscow denounced new British sanctions on Russian banks as economic warfare.",
     ("RUS", "GBR")),
    # the report's author, not the main subject, accuses
    ("Egypt rejected a report by Amnesty International accusing Egyptian police of torture.",
     (None, "EGY")),
    # "-owned" is not the state; "working for" a state organ is
    ("The Qatari-owned broadcaster was accused by Riyadh of inciting unrest.",
     ("SAU", None)),
    # (bare "Prosecutors" in a sentence naming the US: USA since session 10)
    ("Prosecutors charged hackers working for Iran's Revolutionary Guards with attacking US "
     "banks.", ("USA", "IRN")),
    ("Prosecutors in Tehran charged hackers working for Iran's Revolutionary Guards with "
     "attacking banks.", (None, "IRN")),
])
def test_batch9_forms(ex, text, pair):
    assert primary_pair(ex, text) == pair


@pytest.mark.parametrize("text", [
    "The players it said had trained hard won the cup.",
    "Officials said snow was blocking aid convoys in the mountains.",
    "Police said the driver had failed to stop the car at a red light.",
    "The minister said the new rules had failed to stop the slide in prices.",
    "The ad campaign targeted suburban women, its designers said.",
    "Cornelissen told reporters the company expected its targeted 15 pct growth this year.",
    "Officials said the rain was undermining the foundations of the bridge.",
    "The library fines readers for returning books late.",
    "He was fined for speeding on the motorway.",
    "The ministry sanctioned the project over the summer.",
    "Fans slammed the coach for picking a weak team.",
    "Critics slammed the film for its length.",
    "The mayor condemned the destruction of the old market by fire.",
    "The new drug went on trial in 200 patients last year.",
    "The coach blew up at reporters after the game, players said.",
    "The team dismissed the report as rumour, saying the coach had no role in the transfer.",
])
def test_batch9_twins_stay_negative(ex, scorer_ex, text):
    assert primary_pair(scorer_ex, text) is None
    if text not in VERIFIER_DIFFERS:
        assert primary_pair(ex, text) is None


def test_cue_less_denial_after_but(ex):
    text = ("Separatist leaders blamed Ukrainian troops for the shelling of a bus stop, but Kiev "
            "said its forces had not fired on the area.")
    assert primary_pair(ex, text) == (None, "UKR")
    assert denied_codes(ex, text) == ["UKR"]
    # only the accused party's own word is its denial
    twin = ("Separatist leaders blamed Ukrainian troops for the shelling, but a local farmer "
            "said he had not heard any shots.")
    assert denied_codes(ex, twin) == []


def test_verdict_far_from_its_verb(ex):
    text = ("China's embassy called allegations that Beijing uses forced labour in Xinjiang the "
            "lie of the century.")
    assert primary_pair(ex, text) == (None, "CHN")
    assert denied_codes(ex, text) == ["CHN"]
    # a rumour called a lie is no denial of an accusation
    assert denied_codes(ex, "She called the rumours that she would retire a lie.") == []


def test_said_of_reports(ex):
    text = ("“These claims are absurd,” the Kremlin spokesman said of reports that Moscow had "
            "paid bounties to militants for killing US soldiers.")
    assert primary_pair(ex, text) == (None, "RUS")
    assert denied_codes(ex, text) == ["RUS"]
