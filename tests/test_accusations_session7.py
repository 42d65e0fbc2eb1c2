"""Forms found in the session-7 blind batches of real sentences (dev/blind: sampled like the
gold dev file, labelled blind under shared/gold/README.md). The sentences here are our own,
written to show each form, each with a twin that must not change; expected rows were checked
by hand against the labelling rules.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


def test_denying_that_claim_is_a_denial_not_a_clause(rules_ex):
    # "that claim": a demonstrative before a singular object noun (gold rule 4)
    text = "Iran accused the U.S. of violating its airspace, but Washington denies that claim."
    (deny,) = rows_of(rules_ex, text, "deny")
    assert (deny.accused, deny.accused_iso3, deny.cue) == ("Washington", "USA", "denies")
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("IRN", "USA")
    # twin: "denied that charges had been filed" opens a clause, a denial of a fact
    assert rules_ex.extract("The ministry denied that charges had been filed against the "
                            "general.") == []


@pytest.mark.parametrize("text, accuser, denier", [
    ("Israel accused Iran of arming Hezbollah, a charge it denies.", "ISR", "IRN"),
    ("Moscow blamed Kiev for the blackout — an accusation it has rejected.", "RUS", "UKR"),
])
def test_appositive_denial_by_the_accused(rules_ex, text, accuser, denier):
    # "..., a charge they dismiss": the pronoun is the accused of the accusation before it
    (deny,) = rows_of(rules_ex, text, "deny")
    assert (deny.accuser_iso3, deny.accused_iso3) == (accuser, denier)
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, denier)


def test_appositive_denial_needs_the_appositive(rules_ex):
    # no comma or dash before "a claim ...": not this form, and no row at all
    assert rules_ex.extract("The claim he denied was old.") == []


def test_pleading_innocent_is_a_denial(rules_ex):
    text = "The former minister pleaded innocent to a charge of bribery."
    (deny,) = rows_of(rules_ex, text, "deny")
    assert (deny.accused, deny.cue) == ("The former minister", "pleaded innocent")
    assert rows_of(rules_ex, text, "accuse")  # the charge itself
    # twins: a plea with no charge in the sentence says nothing about an accusation
    assert rules_ex.extract("He pleaded innocent.") == []
    assert rules_ex.extract("He pleaded innocent at the hearing on Monday.") == []


def test_denial_noun_naming_the_denied_act(rules_ex):
    # gold rule 4: the denied content names an act -> an accusation (accuser unstated) too
    text = "The minister repeated his denial of meeting Russian agents."
    (deny,) = rows_of(rules_ex, text, "deny")
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert acc.accuser is None and acc.allegation == "of meeting Russian agents"
    assert deny.accused == acc.accused == "The minister"
    # twin: "denial of funding" is a refusal, no act denied
    assert rules_ex.extract("The court upheld the denial of funding for the project.") == []


@pytest.mark.parametrize("text", [
    "He will likely be blamed for the economic downturn.",
    "If the talks fail, it is Washington that will be blamed for the collapse.",
    "Turkey has steered away from publicly blaming Saudi Arabia for the killing.",
    "The party shied away from accusing the government of fraud.",
])
def test_predicted_or_avoided_blame_is_no_accusation(rules_ex, text):
    # gold rule 3: withheld accusations; a prediction is no reported accusation
    assert rows_of(rules_ex, text, "accuse") == []


@pytest.mark.parametrize("text, pair", [
    ("He was blamed for the downturn by the opposition.", (None, None)),
    ("Turkey has publicly blamed Saudi Arabia for the killing.", ("TUR", "SAU")),
    ("The party accused the government of fraud.", (None, None)),
])
def test_twins_of_predicted_or_avoided_blame(rules_ex, text, pair):
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text, accuser, iso3", [
    # "<subject> <verb> ... to <cue>": the subject stops at its verb
    ("White House spokesman Hogan Gidley went on TV to denounce the senator as dishonest.",
     "White House spokesman Hogan Gidley", "USA"),
    ("The Kremlin used the occasion to accuse Washington of meddling.", "The Kremlin", "RUS"),
    # "prompting X to allege": X alleges; a bare "the prosecution" in a sentence about no
    # other state is the US's since session 11 (as "prosecutors" since session 10)
    ("The test found his DNA on the gun, prompting the prosecution to allege it was planted.",
     "the prosecution", "USA"),
])
def test_subject_of_an_infinitive_cue(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


@pytest.mark.parametrize("text, date, pair", [
    # gold rule 6: a campaign and its staff are private, whoever they work for
    ("Special counsel Robert Mueller accused former Trump campaign chairman Paul Manafort of "
     "lying.", "2018-11-27", ("USA", None)),
    # (bare "lawmakers" in a sentence about the US alone: USA since session 10)
    ("Donald Trump’s former campaign manager accused lawmakers of petty politics.",
     "2018-07-20", (None, "USA")),
    # office judged at the date: Biden was vice president until 2017-01-20, president from
    # 2021-01-20, a private citizen between
    ("Joe Biden accused President Donald Trump of fueling white supremacy.", "2019-08-07",
     (None, "USA")),
    ("Vice President Joe Biden accused Russia of meddling in Ukraine.", "2015-03-01",
     ("USA", "RUS")),
    ("President Joe Biden accused Russia of war crimes.", "2022-04-04", ("USA", "RUS")),
    # twin: the White House itself is a state organ, its press corps is not
    ("The White House accused the press corps of bias.", "2018-09-01", ("USA", None)),
])
def test_private_campaigns_and_offices_by_date(rules_ex, text, date, pair):
    (acc,) = rows_of(rules_ex, text, "accuse", date=date)
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text, iso3", [
    # "denied it had ...": "it" is the clause's subject, the denier itself (gold rule 4)
    ("Syria has repeatedly denied it had anything to do with the attack.", "SYR"),
    ("Iran denied it was behind the attack.", "IRN"),
])
def test_denied_it_was_behind_is_a_denied_act(rules_ex, text, iso3):
    (deny,) = rows_of(rules_ex, text, "deny")
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert deny.accused_iso3 == acc.accused_iso3 == iso3 and acc.accuser is None


@pytest.mark.parametrize("text", [
    # twins: "it" opening a factual clause is a denial of a fact, not of an act
    "The company denied it had received the letter.",
    "The ministry denied it was planning to raise taxes.",
])
def test_denied_it_with_a_fact_is_no_accusation(rules_ex, text):
    assert rules_ex.extract(text) == []


def test_denied_it_as_object_still_answers_the_accusation(rules_ex):
    text = "Russia accused Ukraine of shelling the plant, but Kiev denied it."
    (deny,) = rows_of(rules_ex, text, "deny")
    assert (deny.accused, deny.accused_iso3) == ("Kiev", "UKR")


@pytest.mark.parametrize("text, expected", [
    ("She argued for having more women in charge: they listen.", True),
    ("The general took charge of the army after the coup.", True),
    ("Who is in charge of the inquiry?", True),
    ("Prosecutors will charge him with fraud.", False),
    ("The charge was dropped.", False),
])
def test_in_charge_is_an_idiom_the_scorer_is_not_asked_about(text, expected):
    from mediakit.accusations._rules import idiom

    a = text.lower().index("charge")
    assert idiom(text, a, a + len("charge")) is expected


def test_the_verb_charge_is_still_read(scorer_ex):
    # what the rules read (the verifier drops this announced charge: VERIFIER_DIFFERS)
    (acc,) = rows_of(scorer_ex, "Prosecutors will charge him with fraud.", "accuse")
    assert acc.accuser == "Prosecutors"


def test_an_object_stops_at_but(rules_ex):
    text = "Saudi Arabia blamed the death on rogue agents but denied any order from the palace."
    acc = rows_of(rules_ex, text, "accuse")[0]
    assert (acc.accuser_iso3, acc.accused) == ("SAU", "rogue agents")


@pytest.mark.parametrize("text", [
    # gold rule 3: a pretence planned, needed or merely possible is no reported accusation
    "Republican lawmakers announced a plan to pretend to be fiscally conservative, the senator "
    "said.",
    "In a brief statement, the prime minister said: 'There is no reason to pretend this is a "
    "happy day.'",
    # first person: self-description
    "That didn't mean I had to pretend I couldn't figure out what they meant.",
    "“We pretend to be surprised,” the minister said.",
])
def test_planned_possible_or_own_pretence_is_no_accusation(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


@pytest.mark.parametrize("text, pair", [
    # twins: a reported pretence of another party
    ("“The Americans are only pretending to fight terrorists,” the Russian general said.",
     ("RUS", "USA")),
    ("Russia accuses US of 'pretending' to fight Isis", ("RUS", "USA")),
])
def test_reported_pretence_is_an_accusation(rules_ex, text, pair):
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    # gold rule 3: blame on things, not agents
    "The JAMA spokesman blamed slow sales to southeast Asia and the Mideast.",
    "The bank partially blamed declining revenues on trade concerns with China.",
    "The campaign targets Western political ideas blamed for causing student protests.",
])
def test_blame_on_business_conditions_and_ideas(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


def test_blame_on_agents_linked_to_a_state_is_kept(rules_ex):
    # twin: the head before "to" is an agent ("militants loyal to Moscow": non-state)
    (acc,) = rows_of(rules_ex, "Kiev blamed militants loyal to Moscow for the attack.", "accuse")
    assert (acc.accuser_iso3, acc.accused, acc.accused_iso3) == (
        "UKR", "militants loyal to Moscow", None)


@pytest.mark.parametrize("text, pair", [
    # criticism of a state for an act accuses it, whoever criticises (gold rule 1)
    ("The OPEC president criticised Britain for refusing to cut its oil output.",
     (None, "GBR")),
    ("Beijing slammed Washington for sending a warship.", ("CHN", "USA")),
])
def test_criticism_of_a_state_for_an_act(rules_ex, text, pair):
    (acc,) = rows_of(rules_ex, text, "accuse")
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


def test_criticism_of_a_private_party_for_a_lawful_act_is_none(rules_ex):
    # twin: no state criticised, no wrong named
    assert rows_of(rules_ex, "Fans criticised the coach for picking a weak team.", "accuse") == []


@pytest.mark.parametrize("text, date, pair, accused", [
    # "blamed X on <an act> by <agent>": the agent of the act is blamed
    ("Obama blamed the impasse on steps taken by Israel.", "2014-04-01", ("USA", "ISR"),
     "Israel"),
    ("Obama blamed the impasse on both sides.", "2014-04-01", ("USA", None), "both sides"),
    ("Trump blamed the tensions on previous administrations.", "2018-07-16", ("USA", None),
     "previous administrations"),
])
def test_blame_on_an_act_of_an_agent(rules_ex, text, date, pair, accused):
    (acc,) = rows_of(rules_ex, text, "accuse", date=date)
    assert (acc.accuser_iso3, acc.accused_iso3) == pair and acc.accused == accused


def test_blame_on_an_act_without_agent_is_none(rules_ex):
    # twin: "blamed the delay on bad weather": still no agent
    assert rows_of(rules_ex, "Officials blamed the delay on bad weather at the port.",
                 "accuse") == []


@pytest.mark.parametrize("text, cue, expected", [
    # criticism of a thing names no party: the scorer is not asked about it
    ("Baker also criticised the concept of short-term debt relief.", "criticised", True),
    ("Critics criticized what he called large-scale solutions.", "criticized", True),
    ("It's difficult to criticise something when we don't know it.", "criticise", True),
    # twins: a party, or a party's act
    ("The senator criticised Beijing for expelling reporters.", "criticised", False),
    ("The senator criticised the decision by Beijing to expel reporters.", "criticised", False),
])
def test_criticism_of_a_thing_is_not_shown_to_the_scorer(text, cue, expected):
    from mediakit.accusations._rules import idiom

    a = text.index(cue)
    assert idiom(text, a, a + len(cue)) is expected


@pytest.mark.parametrize("text", [
    # "alleged" after a past-tense verb is the journalist's hedge ("killed alleged rock
    # throwers"), and a party's alleged act is no accusation of itself
    "Since 2010, border agents have killed alleged rock throwers in six incidents.",
    "Racism is again at the centre of the controversy over President Trump’s alleged "
    "remarks about Haiti.",
])
def test_hedging_alleged(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse", date="2018-01-15") == []


def test_subject_of_an_alleged_clause_stops_at_an_irregular_verb(rules_ex):
    (acc,) = rows_of(rules_ex, "Prosecutors alleged that the mayor took bribes.", "accuse")
    assert (acc.accuser, acc.accused) == ("Prosecutors", "the mayor")


def test_blame_on_a_video_is_no_accusation(rules_ex):
    # gold rule 3 names "a video" among the non-agents; twin: the film's maker is an agent
    assert rows_of(rules_ex, "Officials blamed an obscure YouTube video for the riots.",
                 "accuse") == []
    (acc,) = rows_of(rules_ex, "Officials blamed the film's maker for the riots.", "accuse")
    assert acc.accused == "the film's maker"


@pytest.mark.parametrize("text, denier", [
    # a verdict on the accusation after a reply verb, or "not true" (gold rule 4)
    ("Japan's delegate replied in the debate that the E.C. charges were unfounded.",
     "Japan's delegate"),
    ("“Allegations to the contrary are not true,” the ministry said.", "the ministry"),
    # defending oneself against an accusation
    ("The ministry defended itself against accusations that it hid the data.", "The ministry"),
])
def test_more_denial_forms(rules_ex, text, denier):
    (deny,) = rows_of(rules_ex, text, "deny", date="1987-03-01")
    assert deny.accused == denier


@pytest.mark.parametrize("text", [
    # twins: "not true" about a fact, a team defending itself in a game
    "“It is not true that the economy grew,” the minister said.",
    "The team defended itself against the Lakers in the second half.",
])
def test_more_denial_forms_twins(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


@pytest.mark.parametrize("text, accused, iso3", [
    # the scorer's roles: one party picked for both (overlapping spans) is the accused
    # (the learned picker may take the noun phrase with or without its article: the name
    # must be in it)
    ("The Obama administration has been widely criticized for its handling of the attack.",
     "Obama administration", "USA"),
    ("The Putin government has been criticized for jailing opposition leaders.", "Putin",
     "RUS"),
])
def test_scorer_row_never_has_one_party_in_both_roles(ex, text, accused, iso3):
    (acc,) = rows_of(ex, text, "accuse", date="2012-06-01")
    assert acc.accuser is None
    assert accused in acc.accused and acc.accused_iso3 == iso3
