"""Session 8: forms and resolutions found in the dev/blind development batches (b21-b32),
each shown on our own sentences with a twin that must not change; expected rows were
checked by hand against the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of

from mediakit.accusations._lexicon import load_lexicon


# -- bare surnames of office holders (rule 7: needs_world_knowledge, as "Cruz" -> USA) ---------
@pytest.mark.parametrize("text, date, accuser, accused", [
    # a senator (Lindsey Graham, in office since 1995) by surname alone
    ("Trump blamed Graham for the collapse of the immigration talks.", "2018-02-16",
     "USA", "USA"),
    # a title before the surname keeps it a surname
    ("Attorney General Barr accused the protesters of looting.", "2020-06-27", "USA", None),
    # Peter Navarro, White House trade adviser 2017-2021
    ("Navarro blamed China for the job losses.", "2019-11-14", "USA", "CHN"),
    # "But" opening the sentence is not a first name
    # "the administration" in a sentence about the US alone: USA since session 10
    ("But Collins accused the administration of stonewalling.", "2013-05-12", "USA", "USA"),
])
def test_surname_of_an_office_holder_resolves(rules_ex, text, date, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


@pytest.mark.parametrize("text, date", [
    # out of office: Navarro left in January 2021
    ("Navarro blamed China for the job losses.", "2023-11-14"),
    # another first name: not the senator
    ("Graham Allison blamed China for the standoff.", "2018-02-16"),
    ("Warren Buffett blamed China for the standoff.", "2018-02-16"),
    # a longer name with a particle: not Ilhan Omar
    ("Omar al-Rashidi blamed China for the standoff.", "2019-02-16"),
])
def test_surname_needs_the_office_and_a_bare_name(rules_ex, text, date):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accuser_iso3 is None


def test_surname_lookup_needs_one_state_among_the_holders():
    lex = load_lexicon()
    from datetime import date
    # Jerome and Colin Powell are both USA, but "Powell" is too common a word/name to trust
    assert lex.surname("Powell", date(2019, 1, 1)) is None
    # Clinton in 2016: neither Bill nor Hillary in office (a candidate has no ISO3)
    assert lex.surname("Clinton", date(2016, 6, 1)) is None
    assert lex.surname("Clinton", date(2010, 6, 1)) == "USA"  # Secretary of State
    assert lex.surname("Navarro", None) == "USA"  # one holder, one state


# -- merely possible accusations (gold rule 3: withheld or hypothetical) ------------------------
@pytest.mark.parametrize("text", [
    "Trump implied he would be quick to blame Democrats for any slowdown.",
    "Standing firm could allow the president to blame them for the cuts.",
    "Voters could begin to blame the government for the new attacks.",
    "It is possible that someone could be charged with a felony for leaking the call.",
])
def test_possible_accusation_is_not_reported(ex, text):
    assert rows_of(ex, text) == []


@pytest.mark.parametrize("text, accuser, accused", [
    # twins: the same accusations made, also in a narrative "would later"
    ("Trump was quick to blame Democrats for the slowdown.", "USA", None),
    ("Russia would later accuse Ukraine of shelling the town.", "RUS", "UKR"),
    ("The contractor was charged with a felony for leaking the call.", None, None),
])
def test_made_accusation_twins_are_kept(ex, text, accuser, accused):
    (acc,) = rows_of(ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


# -- a claim made earlier in the sentence, then denied (gold rule 4) ----------------------------
@pytest.mark.parametrize("text, accuser, accused, denier", [
    ("Iran claims the U.S. drone entered its airspace, but Washington denies that claim.",
     "IRN", "USA", "USA"),
    ("Ukraine said Russian troops were massing on the border; Moscow dismissed the allegation "
     "as absurd.", "UKR", "RUS", "RUS"),
    ("Kiev claimed that Russian troops had shelled a school, but Moscow rejected the claim.",
     "UKR", "RUS", "RUS"),
])
def test_claim_then_its_denial(rules_ex, text, accuser, accused, denier):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)
    # the denial answers the claim: its accuser is the claimant
    (deny,) = rows_of(rules_ex, text, "deny")
    assert (deny.accused_iso3, deny.accuser_iso3) == (denier, accuser)


@pytest.mark.parametrize("text", [
    # a fact, not an act of a state: a denial of a factual claim, no accusation
    "The company said profits rose, but analysts rejected the claim.",
    # the denial is part of what was said: no claim before it
    "He said Moscow denied the claim.",
])
def test_claim_then_denial_twins(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- an allegation acted on by a party the sentence does not name (gold rule 3, exception) ------
@pytest.mark.parametrize("text, accused", [
    ("The tariffs are in retaliation for Japan's alleged failure to honour the chip pact.", "JPN"),
    ("The new duties were imposed in retaliation for the alleged failure of Tokyo to open its "
     "markets.", "JPN"),
    ("The sanctions punish Russia for its alleged meddling in the election.", "RUS"),
])
def test_retaliation_for_an_alleged_act(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text, date="1987-04-07")
    assert (acc.accuser_iso3, acc.accused_iso3) == (None, accused)


def test_retaliation_twins(rules_ex):
    # the acting state is named: it accuses
    (acc,) = rows_of(rules_ex, "Washington imposed the tariffs in retaliation for Japan's "
                     "alleged failure to honour the chip pact.", date="1987-04-07")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", "JPN")
    # no retaliation, no party acting: the journalist's hedge (gold rule 3)
    assert rows_of(rules_ex, "The report describes Japan's alleged failure to honour the "
                   "chip pact.", date="1987-04-07") == []


# -- verdicts on an accusation (the "absolutely ridiculous", "false", "baseless") ---------
@pytest.mark.parametrize("text, denier", [
    ("The White House punched back, calling the allegation a “flat out lie.”", "The White House"),
    ("The administration concluded that the allegations were “unfounded.”", "The administration"),
    ("Moscow replied with a statement, labeling the accusation of meddling “a total hoax.”",
     "Moscow"),
])
def test_verdict_on_an_accusation_is_a_denial(rules_ex, text, denier):
    (deny,) = rows_of(rules_ex, text, "deny")
    assert deny.accused == denier


@pytest.mark.parametrize("text", [
    # no accusation answered: a lie told, a story judged
    "She told a complete lie about her past.",
    "He found the story false.",
])
def test_verdict_twins_without_an_accusation(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


# -- "hold X responsible" (gold rule 1: "X was responsible for <harm>") -------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    # no "for <harm>" needed when someone holds someone responsible
    # ("the president" with no other state's office named: USA since session 10, as the
    # blind labels code it)
    ("The president agrees with the family and holds North Korea “responsible.”", "USA",
     "PRK"),
    ("Washington said the raid was intolerable and held Tehran responsible.", "USA", "IRN"),
    # passive: the accuser is unsaid
    ("Germany was held responsible for the war.", None, "DEU"),
])
def test_hold_responsible(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2017-06-20")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


@pytest.mark.parametrize("text", [
    "The senator did not hold China responsible for the outbreak.",  # negated
    "The coach held himself responsible for the defeat.",  # self-blame (gold rule 3)
    "The company holds the patent and is responsible for marketing.",  # a remit
])
def test_hold_responsible_twins(rules_ex, text):
    assert rows_of(rules_ex, text, date="2017-06-20") == []


# -- who brings the charges; US bodies named without "U.S." -------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("The Justice Department announced charges against Elena Petrova, an accountant.",
     "USA", None),
    ("The probe by special counsel Robert Mueller has so far produced charges against 34 "
     "people.", "USA", None),
    # a grand jury (rule 6: grand juries are state organs; they sit in the US)
    ("An indictment from a grand jury also charges his son with fraud.", "USA", None),
    ("The House of Representatives voted to condemn Trump's decision to withdraw from Syria.",
     "USA", "USA"),
])
def test_bringer_of_charges_and_us_bodies(rules_ex, text, accuser, accused):
    (acc, *_) = rows_of(rules_ex, text, date="2019-10-18")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


def test_he_is_never_a_body(rules_ex):
    # "he" is Deaver (a private person), not the grand jury named before it
    rows = rows_of(rules_ex, "Michael Deaver was indicted by a grand jury on criminal charges "
                   "that he lied about his lobbying business.", date="1987-03-18")
    assert rows and all(r.accused_iso3 is None for r in rows)
    # twins: a named country's parliament is that country's; a bare "charges" has no bringer
    (acc,) = rows_of(rules_ex, "Japan's House of Representatives accused the ministry of "
                     "hiding the report.", date="1987-03-18")
    assert acc.accuser_iso3 == "JPN"
    (acc,) = rows_of(rules_ex, "He faces charges against three officials.", date="2019-10-18")
    assert acc.accuser is None


@pytest.mark.parametrize("text", [
    "The DOJ alleged a pattern of discrimination against the state's prison workers.",
    "Customs and Border Protection officials blamed smugglers for enticing the migrants.",
])
def test_more_us_agencies_by_acronym_or_name(rules_ex, text):
    (acc,) = rows_of(rules_ex, text, date="2016-05-09")
    assert acc.accuser_iso3 == "USA"


def test_blamed_a_long_object_on_an_agent(rules_ex):
    text = ("The government has blamed a spate of limpet mine blasts in the country's cities "
            "in recent months on the outlawed African National Congress.")
    (acc,) = rows_of(rules_ex, text, date="1987-04-16")
    assert acc.accused == "the outlawed African National Congress"
    # twin: "on" in another clause is not the target of the blame
    assert rows_of(rules_ex, "The government blamed the weather for the delays in the "
                   "harvest, and the ministers met on Tuesday.", date="1987-04-16") == []


def test_accusation_noun_with_a_time_adjunct_before_that(rules_ex):
    text = ("His comments follow Nato's accusation on Tuesday that Russia has broken the "
            "INF Treaty.")
    (acc,) = rows_of(rules_ex, text, date="2019-02-01")
    # the possessor is the name before "'s", not the clause it ends
    assert (acc.accuser, acc.accused_iso3) == ("Nato", "RUS")


# -- "alleged" as a relative clause's verb; a parenthesis after "that" ---------------------------
def test_alleged_in_a_relative_clause_and_after_a_parenthesis(rules_ex):
    assert rows_of(rules_ex, "The suits were brought by groups that alleged improper foreign "
                   "payments.", date="1987-02-01")
    # twin: after "said", "that alleged plot" is a determiner and a hedge (gold rule 3)
    assert rows_of(rules_ex, "Police said that alleged plot was foiled.", date="1987-02-01") == []
    assert rows_of(rules_ex, "Officials investigated that alleged plot for months.",
                   date="1987-02-01") == []
    # the clause's subject is past the parenthesis, and a name is a party: not "China"
    (acc,) = rows_of(rules_ex, "The lawsuit alleges that, at the same time, Xu was in an "
                     "abusive relationship with a student from China.", date="2016-02-01")
    assert (acc.accused, acc.accused_iso3) == ("Xu", None)


@pytest.mark.parametrize("text, accused", [
    ("The couple were detained at her family's house while waiting for visas, and accused of "
     "hiding weapons.", "The couple"),
    ("The men were arrested and charged with murder.", "The men"),
])
def test_passive_cue_coordinated_with_a_passive_verb(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text, date="2016-02-01")
    assert (acc.accuser, acc.accused) == (None, accused)


def test_coordinated_passive_twins(rules_ex):
    # an active verb before "and": the subject accuses
    (acc,) = rows_of(rules_ex, "The minister arrived and accused the rebels of shelling the "
                     "city.", date="2016-02-01")
    assert acc.accuser == "The minister"
    # "charged with a battery of tests" is no charge (the false positive)
    assert rows_of(rules_ex, "The men were arrested and charged with a battery of tests.",
                   date="2016-02-01") == []


def test_violations_alleged_by_an_agency(rules_ex):
    (acc, *_) = rows_of(rules_ex, "The settlement relates to regulatory violations alleged by "
                        "the Environmental Protection Agency at the plants.", date="1987-02-01")
    assert (acc.accuser, acc.accuser_iso3, acc.accused) == (
        "the Environmental Protection Agency", "USA", None)
    # twin: no wrong named before "alleged by"
    assert rows_of(rules_ex, "The documents alleged by the paper to exist were never found.",
                   date="1987-02-01") == []


def test_charging_that_a_clause(rules_ex):
    (acc,) = rows_of(rules_ex, "Critics issued a statement charging that the ministry had hidden "
                     "the report.", date="1987-02-01")
    assert (acc.accuser, acc.accused) == ("Critics", "the ministry")
    # twin: "charging that night" is a battery, not a charge
    assert rows_of(rules_ex, "He left the phone charging that night.", date="1987-02-01") == []


# -- "alleged" in relative clauses: "a network it alleged had ties", "..., which X alleged" -----
def test_reduced_relative_alleged(rules_ex):
    (acc,) = rows_of(rules_ex, "The U.S. imposed new sanctions on an oil shipping network it "
                     "alleged had ties to the Guard.", date="2019-02-01")
    assert (acc.accuser_iso3, acc.accused) == ("USA", "an oil shipping network")
    # twin: nothing wrong in what was alleged
    assert rows_of(rules_ex, "The firm sold the network it alleged was worth more.",
                   date="2019-02-01") == []


def test_which_x_alleged_at_the_end(rules_ex):
    (acc,) = rows_of(rules_ex, "Trump did not say whether his campaign had been in contact with "
                     "the Russian government, which Democrats alleged.", date="2019-02-01")
    assert (acc.accuser, acc.accused) == ("Democrats", "his campaign")
    # twin: a prediction, not an act (gold rule 3)
    assert rows_of(rules_ex, "He rejected the notion that the Iranians would be able to inspect "
                   "their own sites, as Republicans have alleged.", date="2015-02-01") == []


@pytest.mark.parametrize("text", [
    "The Soviet Union accused Washington of violating the treaty.",
    "Moscow accused Washington of violating the treaty.",
    "Soviet officials accused Washington of violating the treaty.",
])
def test_one_code_for_one_actor_in_1987(rules_ex, text):
    # the Soviet Union, Moscow and Soviet officials are one actor: Russia, the continuator
    # state (the gold codes with current codes: "Bonn (1987) -> DEU")
    (acc,) = rows_of(rules_ex, text, date="1987-03-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("RUS", "USA")


@pytest.mark.parametrize("text, accused", [
    ("Kuwait's oil minister denied that Iraq was pumping above its OPEC quota.", "IRQ"),
    ("The spokesman denied that the agency was overly restrictive during the outbreak.", None),
    ("Officials denied that the ministry had secretly withheld the report from parliament.",
     None),
])
def test_denied_blameworthy_acts_named_by_degree_or_secrecy(rules_ex, text, accused):
    # gold rule 4: a denial whose content names an act is an accusation (accuser unstated)
    (acc,) = rows_of(rules_ex, text, date="1987-03-01")
    assert acc.accuser is None and acc.accused_iso3 == accused
    assert rows_of(rules_ex, text, "deny", date="1987-03-01")


def test_denied_facts_stay_facts(rules_ex):
    # twins: the same denials of neutral facts (gold rule 3: denial of a factual report)
    assert rules_ex.extract("Kuwait's oil minister denied that Iraq was pumping more oil.",
                            date="1987-03-01") == []
    assert rules_ex.extract("The spokesman denied that the agency was closing its office.",
                            date="1987-03-01") == []


def test_issued_a_denial(rules_ex):
    (deny,) = rows_of(rules_ex, "The Kremlin quickly issued a denial.", "deny")
    assert deny.accused_iso3 == "RUS"
    # twins: a denial of a request is a refusal (gold rule 3)
    assert rules_ex.extract("The court issued a denial of bail.") == []
    assert rules_ex.extract("The ministry issued a denial of the visa application.") == []


@pytest.mark.parametrize("text", [
    "Russia didn't accuse Ukraine of shelling the town.",  # the scorer is not asked either
    "Russia didn’t accuse Ukraine of shelling the town.",  # a typographic apostrophe
    "“I can’t pretend to know what it means for this country,” the senator said.",
])
def test_negated_cues_give_nothing(ex, text):
    assert rows_of(ex, text) == []


def test_not_only_is_no_negation(rules_ex):
    (acc,) = rows_of(rules_ex, "Moscow not only accused Kiev of shelling the town but also "
                     "of hiding the evidence.")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("RUS", "UKR")


@pytest.mark.parametrize("text, accuser, accused", [
    ("Acid rain has strained relations, with Ottawa accusing Washington of failing to act.",
     "CAN", "USA"),
    ("“They supported them,” said Putin, accusing Western governments of arming his foes.",
     "RUS", None),
])
def test_participle_subjects_with_and_after_an_inverted_verb(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2013-04-26")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


def test_a_common_surname_needs_an_office_title(rules_ex):
    # Jim Jordan, in the House since 2007: "Rep. Jordan" is him, a bare "Jordan" the country
    (acc,) = rows_of(rules_ex, "Rep. Jordan accused the FBI of spying on the campaign.",
                     date="2019-06-07")
    assert acc.accuser_iso3 == "USA"
    (acc,) = rows_of(rules_ex, "Mobutu accused Belgium of meddling.", date="1987-03-18")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("COD", "BEL")  # Zaire's president


def test_the_intelligence_community(rules_ex):
    (acc,) = rows_of(rules_ex, "Republicans blamed the intelligence community for the "
                     "confusion.", date="2012-10-12")
    assert acc.accused_iso3 == "USA"
    (acc,) = rows_of(rules_ex, "Critics blamed Britain's intelligence community for the "
                     "failure.", date="2012-10-12")
    assert acc.accused_iso3 == "GBR"  # a named state wins
