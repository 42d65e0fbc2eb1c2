"""Session 11: forms found in the dev/blind development batches (b21-b56), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- the antecedent of a restrictive "who" clause is the accuser ------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("The plan drew sharp criticism from Republicans on Capitol Hill who accused him of "
     "overreach.", "Republicans on Capitol Hill", "USA"),
    ("The plan angered officials in Moscow who accused Britain of meddling.",
     "officials in Moscow", "RUS"),
    # a description in apposition to a name: the name decides the code
    ("She met Senator Bernie Sanders, the veteran progressive who has accused Amazon of "
     "underpaying workers.", "Senator Bernie Sanders", "USA"),
    # private persons stay null
    ("Jones is one of several women who accused the senator of harassment.",
     "several women", None),
    ("The professor who accused the judge of assault will testify.", "The professor", None),
])
def test_restrictive_relative_antecedent_is_the_accuser(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- a non-state word that describes a state actor after all (rule 6) -------------------------
@pytest.mark.parametrize("text, when, accused", [
    # a sitting judge as a nominee keeps his office; a nominee out of office gets none
    ("Democrats accused Supreme Court nominee Brett Kavanaugh of lying.", "2018-09-20", "USA"),
    ("Democrats accused Defense Secretary nominee Chuck Hagel of lying.", "2013-02-01", None),
    ("Clinton accused Republican candidate Donald Trump of lying.", "2016-10-01", None),
    # an organ's lawyer, not a leader's private one
    ("The campaign accused an FBI lawyer of bias.", "2018-03-01", "USA"),
    ("The FBI accused Trump's personal lawyer of lying.", "2018-03-01", None),
    # the state's own paper, not a private one
    ("Washington accused the official state newspaper China Daily of lying.", "2018-03-01",
     "CHN"),
    ("Washington accused the newspaper of lying.", "2018-03-01", None),
])
def test_state_qualified_nonstate_words(rules_ex, text, when, accused):
    (acc,) = rows_of(rules_ex, text, date=when)
    assert acc.accused_iso3 == accused


@pytest.mark.parametrize("text, accuser", [
    # "a group of" state actors; a group of private persons stays null
    ("A group of Russian officials accused Google of fraud.", "RUS"),
    ("A group of Russian businessmen accused Google of fraud.", None),
    ("A group of state officials and a U.S. senator accused Google of fraud.", "USA"),
    # a country's central bank, not a bank of it
    ("The Bank of Zambia accused lenders of fraud.", "ZMB"),
    ("The largest bank of Zambia accused lenders of fraud.", None),
])
def test_group_of_state_actors_and_central_banks(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accuser_iso3 == accuser


# -- a candidate's campaign is private (rule 6); coordination takes the first state actor ------
@pytest.mark.parametrize("text, when, accused", [
    ("Fehrnstrom accused the Obama campaign of peddling exaggerations.", "2012-06-01", None),
    ("Romney accused his campaign of lying.", "2012-06-01", None),
    ("Aides accused Obama of peddling exaggerations.", "2012-06-01", "USA"),
])
def test_campaigns_are_private(rules_ex, text, when, accused):
    (acc,) = rows_of(rules_ex, text, date=when)
    assert acc.accused_iso3 == accused


@pytest.mark.parametrize("text, accuser", [
    ("The Trump campaign and the Kremlin accused Clinton of lying.", "RUS"),
    ("Russian businessmen and the Kremlin accused Clinton of lying.", "RUS"),
    ("The Kremlin and Russian businessmen accused Clinton of lying.", "RUS"),
    ("Russian businessmen and bankers accused Clinton of lying.", None),
])
def test_coordination_takes_the_first_state_actor(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accuser_iso3 == accuser


# -- a past-tense verb ends a noun phrase found by walking over words --------------------------
@pytest.mark.parametrize("text, accused", [
    ("The Justice Department confirmed Assange had been indicted on a charge of hacking.",
     "Assange"),
    ("The dossier alleges that Trump fixer Michael Cohen met with Russian agents in Prague.",
     "Trump fixer Michael Cohen"),
])
def test_past_tense_verb_ends_the_phrase(rules_ex, text, accused):
    accs = rows_of(rules_ex, text)
    assert accs and accs[0].accused == accused


# -- "the agency" is the organ named before it; "as" and "than" end a blamed party ------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("Critics attacked the CIA for its findings, blaming the agency for faulty analysis.",
     "the agency", "USA"),
    ("In the IRS story, the agency has been accused of targeting conservative groups.",
     "the agency", "USA"),
    # no organ before it: nobody known
    ("Critics blamed the agency for faulty analysis.", "the agency", None),
    ("Tehran described the comments blaming the Islamic Republic as baseless.",
     "the Islamic Republic", "IRN"),
    ("Polls found more voters blame the president than congressional Democrats for the "
     "shutdown.", "the president", "USA"),
    ("Officials accused more than 200 websites of spreading the hoax.", "more than 200 websites",
     None),
])
def test_agency_coreference_and_object_stops(rules_ex, text, accused, iso3):
    accs = rows_of(rules_ex, text)
    assert (accs[0].accused, accs[0].accused_iso3) == (accused, iso3)


# -- an artifact as the source has no code (gold rule 2) ---------------------------------------
@pytest.mark.parametrize("text, accuser_iso3", [
    ("A January 2017 US intelligence report blamed Russia for the hack.", None),
    ("A UK investigation blamed Russia for the poisoning.", None),
    ("Some US reports allege that Iran supplied the drones.", None),
    # the organ itself, or its report by possessive, keeps the code
    ("US intelligence agencies blamed Russia for the hack.", "USA"),
    ("The Justice Department's report accused Russia of the hack.", "USA"),
])
def test_artifact_accusers_have_no_code(rules_ex, text, accuser_iso3):
    accs = rows_of(rules_ex, text)
    assert accs[0].accuser_iso3 == accuser_iso3


def test_as_after_a_verb_of_seeing_stays_in_the_blamed_phrase(rules_ex):
    text = ("The White House blames what it sees as Netanyahu's intransigence for the collapse "
            "of the peace drive.")
    (acc,) = rows_of(rules_ex, text, date="2014-10-29")
    assert acc.accused_iso3 == "ISR"


# -- bare "the House", "the prosecution" (as "prosecutors", session 10); the pope --------------
@pytest.mark.parametrize("text, accuser", [
    ("The House voted to impeach the president on two charges of obstruction.", "USA"),
    ("The prosecution alleges that the aide lied to investigators.", "USA"),
    ("The Pope blamed arms dealers for the war.", "VAT"),
    # another state's house: not the US
    ("In Britain, the House voted to accuse the minister of contempt.", None),
])
def test_bare_house_prosecution_and_pope(rules_ex, text, accuser):
    accs = rows_of(rules_ex, text)
    assert accs[0].accuser_iso3 == accuser


def test_object_pronoun_skips_the_accusers_own_abbreviation(rules_ex):
    text = ("The Securities and Exchange Commission (SEC) had Elliott Enterprises shut down, "
            "accusing it of defrauding investors.")
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", None)


# -- denied ties or participation: a bare denial (gold rule 4) ---------------------------------
@pytest.mark.parametrize("text, denies", [
    ("South Korea's intelligence agency denied any ties to the gunman.", True),
    ("The Pakistani Taliban denied participation, according to the Associated Press.", True),
    ("The group denied any connection to the bombing.", True),
    # refused, not denied
    ("He was denied participation in the tournament.", False),
])
def test_denied_ties_and_participation(rules_ex, text, denies):
    assert bool(rows_of(rules_ex, text, "deny")) is denies


# -- contracted "wasn't responsible for" / "isn't to blame" clear a party (family innocent) ----
@pytest.mark.parametrize("text, denies, cleared", [
    ("But the Kremlin insists Assad's government wasn't responsible for the attack.", True,
     "Assad's government"),
    ("The ministry says the army isn’t to blame for the massacre.", True, "the army"),
    # a duty, not a harm
    ("He wasn't responsible for paying the staff.", False, None),
])
def test_contracted_innocent_forms(rules_ex, text, denies, cleared):
    assert bool(rows_of(rules_ex, text, "deny")) is denies
    if cleared:
        assert rows_of(rules_ex, text)[0].accused == cleared
