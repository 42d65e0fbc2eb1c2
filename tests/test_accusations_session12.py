"""Session 12: forms found in the dev/blind development batches (b21-b62), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS, rows_of


# -- more kinds of agent can be blamed ---------------------------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("The Pentagon blamed the militia for the rocket attack.", "the militia"),
    ("The mayor blamed anarchists for the looting.", "anarchists"),
    ("The senator blamed white nationalists for the violence.", "white nationalists"),
    ("The minister blamed the physicians for the deaths.", "the physicians"),
    ("Police blamed a drug cartel for the killings.", "a drug cartel"),
    ("The governor blamed the organization for the fraud.", "the organization"),
])
def test_people_and_groups_are_agents(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == accused


@pytest.mark.parametrize("text", [
    # things, not agents: no accusation
    "The company blamed currency movements for the loss.",
    "The minister blamed the weather for the delays.",
    # "-ists" verbs are no people
    "Where blame exists, the governor insists on a review.",
])
def test_things_are_still_not_agents(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    # a reduced relative after a hyphenated noun: the noun is blamed, by nobody named
    ("The co-pilot blamed for the crash had hidden an illness.", "The co-pilot"),
    ("The organization blamed for the sinking was a military unit.", "The organization"),
])
def test_reduced_relative_blamed_for(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (None, accused)


# -- an accusation noun names the agent of its act (gold rule 2: no accuser) -------------------
@pytest.mark.parametrize("text, accused, iso3", [
    # a state adjective opens the act
    ("The summit comes amid accusations of Russian interference in the vote.", "Russian",
     "RUS"),
    ("The talks were clouded by allegations of Chinese hacking.", "Chinese", "CHN"),
    # "about" works like "of"
    ("Aides were told to probe allegations about Ukraine’s involvement in the hack.",
     "Ukraine", "UKR"),
    # the first party of "between X and Y"; the first *state* when X is a campaign (rule 5)
    ("The committee declined to look into allegations of collusion between the White House "
     "and Moscow.", "the White House", "USA"),
    ("The dossier held allegations of collusion between the Trump election campaign and "
     "Russia.", "Russia", "RUS"),
    ("The dossier held allegations of collusion between the Trump campaign and the Kremlin.",
     "the Kremlin", "RUS"),
])
def test_nominal_accusation_names_the_agent_of_its_act(rules_ex, text, accused, iso3):
    (acc,) = rows_of(rules_ex, text, date="2019-05-01")
    assert (acc.accuser, acc.accused, acc.accused_iso3) == (None, accused, iso3)


def test_nominal_act_agent_is_not_the_agent_of_a_later_verb(rules_ex):
    # "by Moscow" is the agent of "were denied", not of the meddling
    (acc,) = rows_of(rules_ex, "The allegations of Russian meddling were dismissed by Moscow.",
                     date="2019-05-01")
    assert (acc.accused, acc.accused_iso3) == ("Russian", "RUS")
    (acc,) = rows_of(rules_ex, "Allegations of bribery by Greek officials were denied.",
                     date="2019-05-01")
    assert acc.accused_iso3 == "GRC"


@pytest.mark.parametrize("text", [
    # no agent in the act, or a bare back-reference: no accusation
    "The accusations of irregularities in the primary were investigated.",
    "The allegations about the vote surfaced on Tuesday.",
])
def test_nominal_without_an_agent_is_no_accusation(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- who is a state (rule 6) -------------------------------------------------------------------
@pytest.mark.parametrize("text, when, accuser", [
    # members of parliament are national legislators; "Mann" is a surname, not the Isle of Man
    ("Labour MP John Mann accused him of betraying voters.", "2019-06-01", "GBR"),
    ("British MPs accused the company of misleading them.", "2019-06-01", "GBR"),
    ("Kenyan MPs accused the police of torture.", "2019-06-01", "KEN"),
    ("Novelist Thomas Mann accused the regime of barbarism.", "1938-06-01", None),
    # a group named "... for America" is no state
    ("Jane Doe, the director of Democracy for America, accused Senate Democrats of cowardice.",
     "2016-01-01", None),
    # bare US offices in a sentence about the US alone (as "the president", session 10)
    ("Treasury officials blamed the GRU for the hack of the U.S. vote.", "2018-03-15", "USA"),
    ("Administration officials blamed the breach on hackers.", "2015-06-01", "USA"),
])
def test_who_is_a_state_session12(rules_ex, text, when, accuser):
    (acc,) = rows_of(rules_ex, text, date=when)
    assert acc.accuser_iso3 == accuser


def test_an_inaugural_committee_is_private(rules_ex):
    (acc,) = rows_of(rules_ex, "The attorney general accused the Trump inaugural committee of "
                     "overpaying for rooms.", date="2019-01-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", None)


# -- an adjunct set off after the subject is not part of it ------------------------------------
@pytest.mark.parametrize("text, when, accuser, iso3", [
    ("Mitt Romney, in a joint interview with running mate Paul Ryan, accused the "
     "administration of failing.", "2012-09-20", "Mitt Romney", None),
    ("Mitt Romney, speaking in Ohio with Senator Rob Portman, accused the administration of "
     "failing.", "2012-09-20", "Mitt Romney", None),
    ("Netanyahu, giving a speech at the Ministry of Defense, accused Iran of lying.",
     "2018-05-01", "Netanyahu", "ISR"),
    # an apposition stays: it says who the subject is
    ("Sen. Chuck Grassley, the Republican chair of the Judiciary Committee, accused him of "
     "lying.", "2018-04-01", "Sen. Chuck Grassley, the Republican chair of the Judiciary "
     "Committee", "USA"),
])
def test_subject_without_its_adjunct(rules_ex, text, when, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date=when)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- relative clauses --------------------------------------------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    # adverbs and a time phrase between "which" and the verb
    ("He clashed with the White House, which then quickly blamed Dempsey for the leaks.",
     "the White House", "Dempsey"),
    ("He clashed with the White House, which quickly accused Dempsey of leaking.",
     "the White House", "Dempsey"),
    ("Tension rose with the United Kingdom, which last week accused Russia of poisoning a spy.",
     "the United Kingdom", "Russia"),
    # "that" after "told X" opens a clause whose verb has its own object
    ("A source told the Wall Street Journal that Cohen will publicly accuse Trump of fraud.",
     "Cohen", "Trump"),
    ("It was a bitter campaign in which she accused him of lying.", "she", "him"),
    # a true object relative keeps its antecedent as the accused
    ("He met Dempsey, whom the White House publicly accused of leaking.", "the White House",
     "Dempsey"),
    ("The firm that regulators accused of fraud closed.", "regulators", "The firm"),
])
def test_relative_clauses_session12(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2018-03-20")
    assert (acc.accuser, acc.accused) == (accuser, accused)


def test_trump_university_is_a_company(rules_ex):
    (acc,) = rows_of(rules_ex, "Plaintiffs accuse Trump University of fraud.", date="2016-06-01")
    assert acc.accused_iso3 is None


@pytest.mark.parametrize("text, accuser", [
    # the object of "prompting", "urged" ... does the accusing of the infinitive after it
    ("The yuan fell, prompting Mr Trump to accuse China of manipulating its currency.",
     "Mr Trump"),
    ("Pompeo blamed Iran, prompting Tehran to accuse Washington of deceit.", "Tehran"),
    ("The ruling prompted some observers to accuse the judge of naivete.", "some observers"),
    # a subject-control verb keeps its subject
    ("Russia wants to blame Ukraine for the crash.", "Russia"),
])
def test_object_control_infinitive(rules_ex, text, accuser):
    rows = rows_of(rules_ex, text, date="2019-08-05")
    assert rows[-1].accuser == accuser


# -- who issued the indictment or brought the charges -------------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    # the subject of the issuing verb, even in a subordinate clause
    ("That is because Special Counsel Robert Mueller unsealed an indictment accusing 13 "
     "Russians of fraud.", "Special Counsel Robert Mueller", "USA"),
    ("The talks stalled after the Pentagon released a report accusing China of hacking.",
     "the Pentagon", "USA"),
    ("Egypt issued a statement accusing Qatar of funding terror.", "Egypt", "EGY"),
])
def test_issuer_of_an_accusing_artifact(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


def test_charges_brought_against_someone_by(rules_ex):
    (acc,) = rows_of(rules_ex, "Gates pleaded guilty to two charges brought against him by "
                     "the Justice Department.")
    assert (acc.accuser, acc.accuser_iso3) == ("the Justice Department", "USA")


# -- a state's act is the state's (rule 6: "US sanctions" -> USA) -------------------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("Obama blamed Russian interference for the loss.", "Russian interference", "RUS"),
    ("Clinton blamed alleged Russian election interference for her loss.",
     "alleged Russian election interference", "RUS"),
    ("Carter blamed Israeli settlement of the West Bank.", "Israeli settlement", "ISR"),
])
def test_state_act_is_the_state(rules_ex, text, accused, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)


def test_act_without_its_state_is_no_agent(rules_ex):
    assert rows_of(rules_ex, "Obama blamed interference for the loss.") == []


# -- a dateline in capitals is never an actor (rule 7) ------------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("JERUSALEM — Former U.S. President Jimmy Carter said Monday that peace is vanishing, "
     "blaming Israeli settlement of the West Bank.", "Former U.S. President Jimmy Carter", None),
    ("NEW YORK - The mayor said on Monday that crime is rising, blaming the gangs for it.",
     "The mayor", None),
])
def test_dateline_in_capitals_is_no_actor(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date="2014-08-01")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- denials of claims that name a deed (gold rule 4) -------------------------------------------
def test_denied_claims_of_a_deed(ex):
    rows = ex.extract("Iran denied US claims that the country had struck down the plane.",
                      date="2020-01-12")
    (deny,) = [r for r in rows if r.polarity == "deny"]
    (acc,) = [r for r in rows if r.polarity == "accuse"]
    assert (deny.accused, deny.accused_iso3) == ("Iran", "IRN")
    # "the country" is the denier's own, not the claimant's
    assert (acc.accuser_iso3, acc.accused, acc.accused_iso3) == ("USA", "the country", "IRN")
    rows = ex.extract("Riyadh denied claims that the crown prince had knowledge of the plot.",
                      date="2018-10-20")
    assert [r.polarity for r in rows if r.polarity == "deny"] == ["deny"]


@pytest.mark.parametrize("text", [
    # a claimed capability or a bare fact is no accusation (gold: rejected_factual_claim)
    "The general rejected the claim that the contractor could tap into any phone.",
    "The minister denied claims that the budget had been cut.",
])
def test_denied_claims_of_no_deed(ex, scorer_ex, text):
    for x in (scorer_ex,) if text in VERIFIER_DIFFERS else (scorer_ex, ex):
        assert [r.polarity for r in x.extract(text, date="2015-01-01")] == []


@pytest.mark.parametrize("text, denier", [
    ("The judge turned aside the group's claim that the college discriminated against "
     "applicants.", "The judge"),
    ("The minister shrugged off the accusations.", "The minister"),
    ("The spokesman waved away the allegations.", "The spokesman"),
])
def test_more_rebuttal_verbs(rules_ex, text, denier):
    (deny,) = [r for r in rules_ex.extract(text) if r.polarity == "deny"]
    assert deny.accused == denier


def test_turning_aside_is_no_rebuttal(rules_ex):
    assert rules_ex.extract("She turned aside to speak to reporters.") == []


# -- "May" in a name is no modal verb; "Mrs"/"Mr" without a full stop are titles ---------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("Corbyn accused Theresa May of misleading Parliament.", "Theresa May", "GBR"),
    ("Corbyn accused Prime Minister Theresa May of lying.", "Prime Minister Theresa May", "GBR"),
    ("Tory rebels blamed Mrs May for the defeat.", "Mrs May", "GBR"),
])
def test_theresa_may(rules_ex, text, accused, iso3):
    (acc,) = rows_of(rules_ex, text, date="2018-04-01")
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)


def test_may_as_a_modal_still_ends_the_object(rules_ex):
    (acc,) = rows_of(rules_ex, "Critics accused Google of bias, a charge that may hurt it.")
    assert acc.accused == "Google"


# -- "hold X responsible" in the base form, and a long held party ------------------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("Trump said he would hold PRC officials linked to “smothering Hong Kong’s freedom” "
     "responsible.", "PRC officials linked", "CHN"),
    ("London will hold Moscow responsible.", "Moscow", "RUS"),
    ("The president holds North Korea responsible.", "North Korea", "PRK"),
])
def test_hold_responsible(rules_ex, text, accused, iso3):
    (acc,) = rows_of(rules_ex, text, date="2020-05-29")
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)


def test_cue_patterns_with_a_quantified_last_letter_are_looked_for():
    # "holds?\s+...": the literal prefix the cue automaton enters is "hold", not "holds"
    from mediakit.accusations._lexicon import load_lexicon

    lex = load_lexicon()
    assert [f for _, _, f in lex.find_cues("They hold Moscow responsible.")] == ["responsible"]
    assert [f for _, _, f in lex.find_cues("They hold talks.")] == []


# -- reported speech after a leading adverbial --------------------------------------------------
def test_reported_wrong_after_a_leading_adverbial(rules_ex):
    (acc,) = rows_of(rules_ex, "Instead of taking responsibility for the pandemic, Beijing is "
                     "lying to the world, the Trump administration says.", date="2020-03-18")
    assert (acc.accuser, acc.accuser_iso3, acc.accused, acc.accused_iso3) == (
        "the Trump administration", "USA", "Beijing", "CHN")


# -- a report's content after "saying" is what is denied (rule 3: a factual report) -------------
def test_denied_report_saying_a_fact_is_no_denial(ex):
    assert ex.extract("KLM denied a Dutch press report saying it was discussing a takeover of "
                      "Air Atlanta.", date="1987-03-23") == []


def test_denied_report_saying_a_wrong_is_a_denial(rules_ex):
    rows = rules_ex.extract("Moscow denied a report saying Russian hackers had attacked the "
                            "grid.", date="2019-01-01")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("accuse", "RUS"), ("deny", "RUS")]


def test_saying_after_allegations_is_the_deniers_own(rules_ex):
    rows = rules_ex.extract("The firm has rejected the allegations saying that its software is "
                            "used by governments for fighting crime.")
    assert [r.polarity for r in rows] == ["deny"]


# -- a passive rebuttal needs the allegation as its subject -------------------------------------
@pytest.mark.parametrize("text, denier", [
    ("The claims were rejected by the Kremlin.", "the Kremlin"),
    ("Allegations by Kiev that Russia shelled the town were dismissed by Moscow as a "
     "provocation.", "Moscow"),
    ("The Pentagon said the accusations were rejected by Moscow.", "Moscow"),
    ("However, Mr. Ibrahim’s claims were disputed by the army.", "the army"),
])
def test_passive_rebuttal_of_an_allegation(rules_ex, text, denier):
    (deny,) = [r for r in rules_ex.extract(text) if r.polarity == "deny"]
    assert deny.accused == denier


@pytest.mark.parametrize("text", [
    "A report on the CBC said TransCanada's new bid was rejected by Dome.",
    "Snowden, who is wanted by the US on charges of espionage, has been rejected by seven "
    "countries.",
])
def test_passive_rejection_of_no_allegation(rules_ex, text):
    assert [r for r in rules_ex.extract(text) if r.polarity == "deny"] == []


def test_rejecting_something_over_accusations_is_no_denial(rules_ex):
    rows = rules_ex.extract("The committee rejected his nomination over accusations he had "
                            "called the group un-American.")
    assert [r for r in rows if r.polarity == "deny"] == []
    rows = rules_ex.extract("Moscow rejected all of the allegations over the attack.")
    assert [r.polarity for r in rows] == ["deny"]


# -- congressional committees by their bare name ------------------------------------------------
@pytest.mark.parametrize("text, iso3", [
    ("The Judiciary Committee accused the nominee of lying.", "USA"),
    ("The Republican chair of the Judiciary Committee accused the nominee of lying.", "USA"),
    # a party committee is no organ of the state
    ("The Republican National Committee accused the nominee of lying.", None),
    # another state's committee
    ("Britain's Intelligence Committee accused Russia of meddling.", "GBR"),
])
def test_congressional_committees(rules_ex, text, iso3):
    (acc,) = rows_of(rules_ex, text, date="2018-04-01")
    assert acc.accuser_iso3 == iso3


def test_object_pronoun_skips_the_name_its_accuser_describes(rules_ex):
    # "him" is not Grassley, whom the accuser's description is in apposition to
    (acc,) = rows_of(rules_ex, "A letter penned by Sen. Chuck Grassley, the Republican chair of "
                     "the Judiciary Committee, accuses him of having ties to Russian "
                     "intelligence.", date="2018-04-01")
    assert (acc.accused, acc.accused_iso3) == ("him", None)
