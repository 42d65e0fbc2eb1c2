"""Session 19: general forms that the rules missed or misread in the development batches
(b99-b112 joined development this session), each shown on our own sentences with a twin that
must not change; expected rows were checked by hand against the labelling rules of
shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- a negation does not reach over "and" into a second verb ---------------------------------------
def test_negation_stops_at_a_coordinated_verb(rules_ex):
    text = "He said the plan does not work and accused Democrats of wanting to raise taxes."
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == ["Democrats"]


@pytest.mark.parametrize("text", [
    "He did not accuse Democrats of wanting to raise taxes.",
    "He would not publicly accuse Democrats of wanting to raise taxes.",
])
def test_negation_still_withholds_the_cue(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


# -- a quoted noun phrase with a comma inside stays one object -------------------------------------
def test_quoted_object_with_a_comma(rules_ex):
    text = 'The minister blamed the "well-funded, reckless oil lobby" for killing the bill.'
    rows = rows_of(rules_ex, text, "accuse")
    assert [r.accused for r in rows] == ['the "well-funded, reckless oil lobby"']


def test_unclosed_quote_does_not_swallow_the_clause(rules_ex):
    # no closing quote within a few words: the comma ends the object as before
    text = 'The minister blamed the "lobby, which he said had killed the bill for years.'
    rows = [r for r in rows_of(rules_ex, text, "accuse") if r.cue == "blamed"]
    assert [r.accused for r in rows] == ['the "lobby']


# -- "was criticised" without "for" or "by": a party, or a party's conduct ---------------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("Both France and Britain have been criticised for their slow response.",
     "Both France and Britain", "FRA"),
    ("The bankers said Japan's policy was criticized when the board met.", "Japan", "JPN"),
    ("The storm will test the Federal Emergency Management Agency, which was heavily "
     "criticized as slow last year.", "the Federal Emergency Management Agency", "USA"),
])
def test_passive_criticism_of_a_party(rules_ex, text, accused, iso3):
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accuser, r.accused, r.accused_iso3) for r in rows] == [(None, accused, iso3)]


@pytest.mark.parametrize("text", [
    # a policy or a film criticised names no party
    "The new tariff was widely criticized last year.",
    "The film was criticized as too long.",
    # a pronoun alone is no party we can name
    "It was criticized when the board met.",
])
def test_passive_criticism_without_a_party(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


# -- the antecedent of ", which/who" before a passive cue ------------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("The talks stalled over the Saudi-led coalition, which has been accused of killing "
     "civilians.", "the Saudi-led coalition"),
    ("Reporters asked about the Holy See's ambassador to France, who has been accused of "
     "misconduct.", "the Holy See's ambassador to France"),
])
def test_relative_antecedent_of_a_passive_cue(rules_ex, text, accused):
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == [accused]


# -- an agreement is no agent ------------------------------------------------------------------
def test_agreement_blamed_is_no_accusation(rules_ex):
    text = "Officials blame the so-called Flores Settlement Agreement for a spike in arrivals."
    assert rows_of(rules_ex, text, "accuse") == []


def test_parties_to_an_agreement_can_still_be_blamed(rules_ex):
    text = "Officials blame Mexico for breaking the agreement."
    assert [r.accused_iso3 for r in rows_of(rules_ex, text, "accuse")] == ["MEX"]


# -- "placed some blame for X on Y": portion words between the verb and "blame" -------------------
@pytest.mark.parametrize("text, accuser, accused, iso3", [
    # (an artifact as the source is unstated: gold rule 2; session 21)
    ("The report placed some blame for the outcome on the State Department.", None,
     "the State Department", "USA"),
    ("The minister laid part of the blame for the losses on Japanese exporters.",
     "The minister", "Japanese exporters", None),
])
def test_portion_of_blame_placed(rules_ex, text, accuser, accused, iso3):
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accuser, r.accused, r.accused_iso3) for r in rows] == [(accuser, accused, iso3)]


def test_blame_taken_by_oneself_is_not_placed(rules_ex):
    assert rows_of(rules_ex, "We take some of the blame for the losses.", "accuse") == []


# -- a reporting participle names the accuser ----------------------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Cruz is suggesting Rubio bears some blame for the attacks.", "Cruz", "Rubio"),
    ("The newspaper published a commentary asserting that Washington was to blame for the "
     "failed talks.", "The newspaper", "Washington"),
])
def test_reporting_participle(rules_ex, text, accuser, accused):
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accuser, r.accused) for r in rows] == [(accuser, accused)]


def test_reporting_participle_without_blame(rules_ex):
    text = "Cruz is suggesting Rubio has a plan for the attacks."
    assert rows_of(rules_ex, text, "accuse") == []


# -- "responsible for" the bloodshed, reported by "notes" or a tail "..., X said" ------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Others argue that the gunman is solely responsible for the weekend's bloodshed.",
     "Others", "the gunman"),
    ("The agency also notes that the group was responsible for an attack on a hotel.",
     "The agency", "the group"),
    ("Attacks by the militia were responsible for most casualties, the army said.",
     "the army", "Attacks by the militia"),
])
def test_responsible_for_harm_reported(rules_ex, text, accuser, accused):
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accuser, r.accused) for r in rows] == [(accuser, accused)]


@pytest.mark.parametrize("text", [
    "The storm was responsible for 40 fatalities, officials said.",
    "In his notes the group was responsible for an attack on a hotel.",
    "She is responsible for the casualty ward at the hospital.",
])
def test_responsible_without_a_reported_agent(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


# -- more wrongdoing: a gun pulled, selling below cost, influencing an election -----------------
def test_claim_of_a_gun_pulled(rules_ex):
    text = "A former aide claims that the campaign director pulled a gun on him."
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accuser, r.accused) for r in rows] == [("A former aide", "the campaign director")]


@pytest.mark.parametrize("text, denier, iso3", [
    ("Moscow has long denied it sought to influence the presidential election.", "Moscow",
     "RUS"),
    ("The ministry denied that Japanese chipmakers were selling at below cost abroad.",
     "The ministry", None),
])
def test_denied_wrongdoing(rules_ex, text, denier, iso3):
    rows = rows_of(rules_ex, text, "deny")
    assert [(r.accused, r.accused_iso3) for r in rows] == [(denier, iso3)]


@pytest.mark.parametrize("text, polarity", [
    ("The trainer claims that the striker pulled a muscle in the warm-up.", "accuse"),
    ("The firm denied it sought to influence the price of copper.", "deny"),
])
def test_harmless_twins(rules_ex, text, polarity):
    assert rows_of(rules_ex, text, polarity) == []


# -- "the president" is American unless another state's office is named before it --------------
@pytest.mark.parametrize("text, iso3", [
    ("Democrats accused the president of endangering national security by asking Ukrainian "
     "President Volodymyr Zelenskiy to investigate a rival.", "USA"),
    ("Ukrainian President Volodymyr Zelenskiy spoke first; critics then accused the president "
     "of weakness.", None),
    ("Opposition parties in Kenya accused the president of rigging the vote.", None),
])
def test_bare_president_refers_back(rules_ex, text, iso3):
    rows = rows_of(rules_ex, text, "accuse", date="2019-12-16")
    assert [(r.accused, r.accused_iso3) for r in rows] == [("the president", iso3)]


# -- "charged with" a duty ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The two ministers, both charged with communicating the plans to the public, disagree.",
    "He visited agencies charged with keeping the country safe.",
    "It is the agency charged with preserving government records.",
])
def test_charged_with_a_duty(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


def test_charged_with_a_crime_still_counts(rules_ex):
    text = "Two officials charged with stealing the plans appeared in court."
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == ["Two officials"]


# -- "something (that) X refutes": a denial only of a wrong, or with a denial verb --------------------
@pytest.mark.parametrize("text", [
    "Some claim the gap is closing, something that historical data refutes.",
    "The study would show how many would lose cover, something many dismiss now as unnecessary.",
])
def test_something_refuted_without_a_wrong(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


@pytest.mark.parametrize("text, denier", [
    ("Critics say the campaign colluded with Moscow, something Trump has denied.", "Trump"),
    ("Critics say the minister lied to parliament, something that he rejects.", "he"),
])
def test_something_denied(rules_ex, text, denier):
    assert [r.accused for r in rows_of(rules_ex, text, "deny")] == [denier]


# -- idioms the scorer no longer reads: "politically charged", "prices charged", "led the charge" --
@pytest.mark.parametrize("text", [
    "His politically charged texts with a colleague were discovered in 2017.",
    "There was no clear fall in the prices charged by Chinese exporters.",
    "The senator has been leading the GOP charge over the embassy attack.",
    "She led the charge to restore American influence at the United Nations.",
])
def test_charge_idioms(ex, text):
    # the default extractor, scorer on: it must not read these either
    assert rows_of(ex, text, "accuse") == []


def test_charged_with_a_crime_after_an_adverb_still_counts(rules_ex):
    text = "Prosecutors have formally charged the mayor with bribery."
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == ["the mayor"]


# -- a pretence that only may come, or that one likes, is no accusation -----------------------------
@pytest.mark.parametrize("text", [
    "Anything we do, he will pretend to be angry about it, the aide said.",
    "She said she was simply unable to pretend that they were a normal family.",
    "People who feel more than they think like to pretend they are being kind.",
])
def test_pretence_not_reported(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


def test_pretence_reported(rules_ex):
    text = "Moscow accused Washington of pretending to fight the militants, the ministry said."
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == ["Washington"]


# -- charges that may come, or were dropped --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "It is unclear whether the department might later seek charges against him.",
    "These findings would likely form the basis of any charges against the director.",
    "State prosecutors dropped the charges against the actor last week.",
    "The office has sought dismissal of charges against at least 28 defendants.",
])
def test_charges_not_brought(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


@pytest.mark.parametrize("text, accused", [
    ("Prosecutors filed charges against the former mayor on Monday.", "the former mayor"),
    ("The charges against the former mayor include fraud.", "the former mayor"),
])
def test_charges_brought(rules_ex, text, accused):
    assert [r.accused for r in rows_of(rules_ex, text, "accuse")] == [accused]


# -- more things blamed that are no agents; "blame America first"; "blame to go around" ------------
@pytest.mark.parametrize("text", [
    "The devastating earthquake that hit Saturday is now blamed for at least 4,000 deaths.",
    "In a statement, the director partly blamed a 2015 ruling extending protections to children.",
    "He cut his political teeth amongst the \u201cblame America first\u201d crowd.",
    "The senator said that there is plenty of blame to go around Washington.",
])
def test_blame_without_an_agent(rules_ex, text):
    assert rows_of(rules_ex, text, "accuse") == []


@pytest.mark.parametrize("text, accused", [
    ("The director blamed judges extending protections to smugglers.", "judges"),
    ("Critics blame America for the war.", "America"),
])
def test_blame_of_agents_stays(rules_ex, text, accused):
    # (the span may run on over the participle phrase: its head is still the agent)
    assert [r.accused.startswith(accused) for r in rows_of(rules_ex, text, "accuse")] == [True]


# -- members of a congressional committee are American; "Cuban-American" is no Cuba -----------------
@pytest.mark.parametrize("text, iso3", [
    ("Republican leaders on the House Science Committee are accusing the agency of ignoring "
     "science.", "USA"),
    ("Democrats on the Senate Finance Committee accused the group of hiding foreign money.",
     "USA"),
    ("Fans on the team's supporters committee accused the club of greed.", None),
])
def test_congressional_committee_members(rules_ex, text, iso3):
    assert [r.accuser_iso3 for r in rows_of(rules_ex, text, "accuse")] == [iso3]


def test_hyphenated_american_is_no_foreign_state(rules_ex):
    text = "Two Cuban-American lawyers accused the firm of fraud."
    assert [r.accuser_iso3 for r in rows_of(rules_ex, text, "accuse")] == [None]


# -- a reduced relative hangs on the noun phrase right before it ----------------------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("The sanctions could block market access to Venezuelan officials accused of violating "
     "protesters' rights.", "Venezuelan officials", "VEN"),
    ("The department is pursuing a case against the U.S. Army soldier accused of leaking "
     "documents.", "the U.S. Army soldier", "USA"),
])
def test_reduced_relative_antecedent(rules_ex, text, accused, iso3):
    rows = rows_of(rules_ex, text, "accuse")
    assert [(r.accused, r.accused_iso3) for r in rows] == [(accused, iso3)]


# -- "critics of X accused him": X is accused; the critics are not X's state ------------------------
@pytest.mark.parametrize("text, accuser_iso3, accused_iso3", [
    ("Vocal critics of President Trump have blamed him for the shift.", None, "USA"),
    ("Legions of Trump critics have accused him of having fascist tendencies.", None, "USA"),
    ("Erdogan's enemies accuse him of trying to resurrect the Ottoman Empire.", None, "TUR"),
])
def test_critics_accuse_the_criticised(rules_ex, text, accuser_iso3, accused_iso3):
    rows = rows_of(rules_ex, text, "accuse", date="2018-03-15")
    assert [(r.accuser_iso3, r.accused_iso3) for r in rows] == [(accuser_iso3, accused_iso3)]


def test_officials_of_a_state_keep_its_code(rules_ex):
    text = "Officials of the Trump administration accused him of leaking."
    assert [r.accuser_iso3 for r in rows_of(rules_ex, text, "accuse")] == ["USA"]


# -- ", charging him": a name closing the main clause -------------------------------------------------
def test_participle_pronoun_after_a_name(rules_ex):
    text = ("House Democrats unveiled two articles of impeachment against President Donald "
            "Trump, charging him with abuse of power.")
    rows = rows_of(rules_ex, text, "accuse", date="2019-12-11")
    assert [r.accused_iso3 for r in rows] == ["USA"]


def test_participle_pronoun_after_a_private_name(rules_ex):
    # the name closing the clause has no state: "him" gets none either
    text = "Prosecutors in the case indicted the banker John Smith, charging him with fraud."
    rows = [r for r in rows_of(rules_ex, text, "accuse") if r.cue == "charging"]
    assert [(r.accused, r.accused_iso3) for r in rows] == [("him", None)]
