"""Forms missed on batch 11 of own sentences (issue #5, wire-copy third), pinned with twins.

Every sentence was written for mediakit (situations paraphrased from news, no text copied,
none taken from the batch itself); the expected codes were checked by hand against the
labelling rules of ``shared/gold/README.md``: the primary accusation's (accuser ISO3, accused
ISO3), ``None`` for non-state or unstated parties. Each form has a negative twin: the same
words in an innocent sentence.
"""

from __future__ import annotations

import pytest
from conftest import primary_pair


def _denials(ex, text):
    return [(a.cue, a.accused) for a in ex.extract(text) if a.polarity == "deny"]


@pytest.mark.parametrize("text, pair", [
    # an appositive charge: "X, accused of / charged with ..., <verb>" (accuser unstated)
    ("The former mayor, accused of taking bribes from a builder, resigned on Friday.",
     (None, None)),
    ("A Russian diplomat, charged with spying on a NATO base, left Norway on Monday.",
     (None, "RUS")),
    # cue-less wire-copy acts in reported speech: "shot dead", "rigged the vote"
    ("Human rights groups said Myanmar troops had shot dead dozens of villagers.",
     (None, "MMR")),
    ("The opposition leader said the ruling party had rigged the vote in the capital.",
     (None, None)),
    # "bears (full) responsibility for" a harm, quoted
    ("“Turkey bears full responsibility for this attack,” the Greek foreign ministry said.",
     ("GRC", "TUR")),
    # "charged by <agent> with": an agent, not a rate
    ("The striker was charged by the football association with misconduct after the match.",
     (None, None)),
    # "charges brought by X that ...": the SEC is a US state organ; the accused a person
    ("The broker settled charges brought by the Securities and Exchange Commission that he "
     "had concealed losses from clients.", ("USA", None)),
    # congressional caucuses are national legislators
    ("House Democrats accused the Justice Department of shielding the president.",
     ("USA", "USA")),
    # "..., accusing it of": the clause's named object, not the subject, is "it"
    ("Washington cut its funding to the World Health Organization, accusing it of covering "
     "up the outbreak.", ("USA", None)),
    # a banned movement is no state even with "Congress" in its name
    ("Pretoria blamed the African National Congress for the bomb blasts.", ("ZAF", None)),
    # a court's conviction, the convicted named by up to four words before "of"
    ("A Cairo court convicted three Al Jazeera journalists of aiding a banned group.",
     ("EGY", None)),
])
def test_batch11_forms(ex, text, pair):
    assert primary_pair(ex, text, date="2019-06-01") == pair


@pytest.mark.parametrize("text", [
    # "refrained from" withholds the accusation
    "The government has so far refrained from blaming Moscow for the cyberattack.",
    # an open question is no accusation; the weather is no agent
    "The minister declined to say who was responsible for the leak of the report.",
    "The brewer blamed a bitterly cold February for lower shipments.",
    # "the four accused" is a noun
    "Lawyers for the four accused asked for the hearing to be held in private.",
    # "convicted" as an adjective, or without a court (convictions: session 4b's verdict rule)
    "Officials released two convicted murderers by mistake.",
    "Fans convicted the referee of bias in the court of public opinion.",
    # "charged by the hour", "shot dead" and "rigged" without a wrong
    "The lawyer charged by the hour with no cap on fees.",
    "The hunters said they had shot dead a wild boar near the farm.",
    "The sailors said the crew had rigged the mast before the storm.",
    "The ministry bears responsibility for the roads in the region.",
])
def test_batch11_twins_stay_negative(ex, text):
    assert primary_pair(ex, text) is None


def test_plea_of_not_guilty_answers_a_charge(ex):
    text = ("Senator Jones, charged with accepting bribes from a foreign government, has "
            "pleaded not guilty.")
    assert primary_pair(ex, text) == (None, None)
    assert _denials(ex, text) == [("pleaded not guilty", "Senator Jones")]
    assert _denials(ex, "The banker pleaded not guilty to fraud charges in Manhattan.") == [
        ("pleaded not guilty", "The banker")]
    # a plea with no charge in the sentence is no denial of an accusation
    assert _denials(ex, "The accused pleaded not guilty at the hearing in Nairobi.") == []


def test_rebuttals_without_a_deny_verb(ex):
    text = ("The federation president, accused of sexual assault over a kiss, insisted it "
            "was consensual.")
    assert _denials(ex, text) == [("insisted", "The federation president")]
    text = ("Seoul accused a Japanese patrol plane of flying low over a destroyer, but Tokyo "
            "insisted the aircraft had kept a safe distance.")
    assert primary_pair(ex, text) == ("KOR", "JPN")
    assert [d for _, d in _denials(ex, text)] == ["Tokyo"]
    # "insisted on" is a demand, not a rebuttal
    twin = ("Seoul accused a Japanese patrol plane of flying low over a destroyer, but Tokyo "
            "insisted on talks.")
    assert _denials(ex, twin) == []


def test_settlement_boilerplate_is_no_denial(ex):
    text = ("The trader settled the case without admitting or denying wrongdoing, the agency "
            "said.")
    assert _denials(ex, text) == []
    assert _denials(ex, "The trader denied any wrongdoing.") != []


def test_rejected_factual_claim_stays_negative(ex):
    text = ("Astronomers rejected claims that the signal came from aliens, saying it was "
            "most likely interference from a microwave oven.")
    assert primary_pair(ex, text) is None
    assert _denials(ex, text) == []


def test_accuser_and_accused_spans(ex):
    # the cited source, not the newspaper, accuses
    text = ("The pipeline blasts have been blamed on a pro-Ukrainian group, according to U.S. "
            "officials cited by a German newspaper.")
    assert primary_pair(ex, text) == ("USA", None)
    # the possessor of "alleged" is the name right before it, not the clause
    text = ("Washington expelled 15 Cuban diplomats over Havana's alleged failure to protect "
            "its embassy staff.")
    assert primary_pair(ex, text) == ("USA", "CUB")
    # a named former office holder is a private person (rule 6)
    text = ("A federal grand jury indicted former White House aide John Smith on perjury "
            "charges.")
    assert primary_pair(ex, text, date="1987-03-18") == ("USA", None)
    # the accuser of "the U.S. Treasury's charge that ..." is its possessor
    text = ("China rejected the U.S. Treasury's charge that it manipulates its currency to "
            "gain a trade advantage.")
    assert primary_pair(ex, text)[0] == "USA"


def test_rebuttal_names_the_accused(ex):
    # a charge naming no accused, answered by a state: that state is the accused
    text = ("Israel's legal team told the court that South Africa's charge of genocide was "
            "“grossly distorted”.")
    assert primary_pair(ex, text) == ("ZAF", "ISR")
    # a third party's rebuttal for a foreign non-state group keeps it non-state
    text = ("Tehran dismissed as fabricated U.S. accusations that Yemen's Houthi rebels had "
            "fired Iranian-made missiles at Riyadh.")
    assert primary_pair(ex, text) == ("USA", None)


def test_lawsuit_without_merit(ex):
    text = ("The company said a lawsuit in which a rival alleges that it copied its designs "
            "was without merit.")
    assert _denials(ex, text) == [("without merit", "The company")]
    # no allegation in the sentence: a suit judged, no accusation answered
    assert _denials(ex, "The judge said the lawsuit in which the tenants sought damages was "
                        "without merit.") == []
