"""Forms found in the session-6 blind batches of real sentences (sampled like the gold dev
file: by cue word, labelled blind under shared/gold/README.md). The sentences here are our
own, written to show each form; expected rows were checked by hand against the labelling rules.
"""

from __future__ import annotations

import pytest
from conftest import primary_pair, rows_of


@pytest.mark.parametrize("text", [
    "He passed up an opportunity to blame Trump for the violence.",
    "They are free to accuse the minister of lying.",
    "It is far too easy to blame the intelligence services for the attack.",
    "The senator declined the chance to accuse Moscow of meddling.",
])
def test_withheld_or_merely_possiblerows_of(rules_ex, text):
    # gold rule 3: negated / withheld accusations are not accusations
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, pair", [
    # rule 3's exception: a party acting on the allegation accuses - here the acting party
    # is the first state actor of the clause, not the main subject ("It ...")
    ("It came a day after the Reagan administration's trade council decided to take action "
     "against Japan for its alleged failure to honour the pact.", ("USA", "JPN")),
    # the accused state named inside the alleged act
    ("Officials in Washington said the move reflected frustration over alleged unfair Korean "
     "trade practices.", ("USA", "KOR")),
])
def test_acting_on_an_allegation(rules_ex, text, pair):
    assert primary_pair(rules_ex, text, date="1987-04-01") == pair


@pytest.mark.parametrize("text", [
    # the state actor is in another clause: nobody acts on the allegation
    "The navy said it has not bought parts from the firm since May, when reports surfaced "
    "over its alleged sale of radar parts to Tehran.",
    # a journalist's hedge after an adjective
    "The White House ordered an inquiry into the latest alleged gas attack.",
])
def test_alleged_hedges_stay_out(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, accuser, iso", [
    ("Gabbard, who has accused the party of rigging the primaries, spoke on Monday.",
     "Gabbard", None),
    ("The Securities and Exchange Commission, which polices the markets, alleged that the "
     "trader ran a fraud.", "The Securities and Exchange Commission", "USA"),
    ("Tokyo will anger Beijing, which calls her a separatist and has condemned Japan for "
     "granting her a visa.", "Beijing", "CHN"),
])
def test_accuser_of_a_relative_clause(rules_ex, text, accuser, iso):
    (row,) = rows_of(rules_ex, text)
    assert row.accuser == accuser
    if iso is not None:
        assert row.accuser_iso3 == iso


@pytest.mark.parametrize("text, pair, parties", [
    ("Washington and Moscow accused each other of breaking the treaty.", ("USA", "RUS"),
     ("Washington", "Moscow")),
    ("Israel and Egypt blamed each other for the collapse of the truce.", ("ISR", "EGY"),
     ("Israel", "Egypt")),
    ("Washington and Beijing traded blame for the collapse of the talks.", ("USA", "CHN"),
     ("Washington", "Beijing")),
    ("The U.S. and Brazil have each laid the blame on the other for the breakdown in the "
     "negotiations.", ("USA", "BRA"), ("The U.S.", "Brazil")),
])
def test_mutualrows_of(rules_ex, text, pair, parties):
    # gold rule 5: the first-named party's accusation is the primary one
    row = rows_of(rules_ex, text)[0]
    assert (row.accuser_iso3, row.accused_iso3) == pair
    assert (row.accuser, row.accused) == parties


def test_blame_shifted_to_and_brunt_of_the_blame(rules_ex):
    (row,) = rows_of(rules_ex, "The Kremlin tried to shift the blame to Kiev for the "
                                    "downing of the airliner.")
    assert (row.accuser, row.accuser_iso3, row.accused_iso3) == ("The Kremlin", "RUS", "UKR")
    (row,) = rows_of(rules_ex, "Facebook has taken the brunt of the blame for the spread "
                                    "of fake news.")
    assert (row.accuser, row.accused) == (None, "Facebook")
    # taking the blame oneself is self-blame (rule 3)
    assert rows_of(rules_ex, "He took the blame for the loss.") == []


def test_he_is_a_person_not_the_country_before_it(rules_ex):
    (row,) = rows_of(rules_ex, "Trump criticised the situation in Libya, which he "
                                    "blamed on his predecessor.")
    assert row.accuser == "he" and row.accuser_iso3 == "USA"  # Trump in office in 2018
    (row,) = rows_of(rules_ex, "Trump criticised the situation in Libya, which he "
                                    "blamed on his predecessor.", date="2016-06-01")
    assert row.accuser_iso3 is None  # a candidate then; never Libya


def test_us_agencies_without_us(rules_ex):
    (row,) = rows_of(rules_ex, "The SEC charged two traders with insider dealing.")
    assert (row.accuser, row.accuser_iso3) == ("The SEC", "USA")


def test_one_word_name_opening_the_sentence_is_an_agent(rules_ex):
    (row,) = rows_of(rules_ex, "Obama gets blamed for a lot more.")
    assert (row.accuser, row.accused) == (None, "Obama")
    assert rows_of(rules_ex, "Inflation gets blamed for a lot more.") == []


@pytest.mark.parametrize("text", [
    "The agreement lets the U.S. deny asylum seekers the chance to apply.",
    "Pelosi has continued to rebuff him.",
    "The ministry dismissed as insignificant the gains made by rebel forces.",
    "A judge dismissed a lawsuit by the former aide seeking to halt the inquiry.",
])
def test_scorer_not_asked_about_refusals(ex, text):
    # only denial words, and nothing denied in a clause: the rules decide (no rows here)
    assert ex.extract(text, date="2018-06-01") == []


def test_scorer_still_reads_a_denied_clause(ex):
    rows = ex.extract("Beijing denied that its diplomats had leaked the documents.")
    assert [r.polarity for r in rows][:1] == ["accuse"]
    assert rows[0].accused_iso3 == "CHN"


@pytest.mark.parametrize("text, denier", [
    ("Romney on Thursday pushed back against Senate Majority Leader Harry Reid's allegations "
     "that he has not paid his taxes.", "Romney"),
    ("She brushed off the allegations that she had misused state funds.", "She"),
    ("McConnell also blasted the accusation that the president abused his office.",
     "McConnell"),
    ("Hours later, Collins called the charges meritless and said he would still run.",
     "Collins"),
    ("The minister called the accusations a witch hunt.", "The minister"),
])
def test_more_ways_to_deny(rules_ex, text, denier):
    dens = [a for a in rules_ex.extract(text, date="2012-08-01") if a.polarity == "deny"]
    assert [d.accused for d in dens] == [denier]


@pytest.mark.parametrize("text", [
    "A bomb blasted the market.",
    "The team brushed off the defeat.",
])
def test_denial_words_in_other_senses(rules_ex, text):
    assert rules_ex.extract(text) == []


@pytest.mark.parametrize("text, denier, iso", [
    ("He angrily denied he had a secret plan to take Greece out of the euro.", "He", None),
    ("Chinese officials have denied that they intend to end the city's self rule.",
     "Chinese officials", "CHN"),
])
def test_denying_ones_own_act_answers_an_accusation(rules_ex, text, denier, iso):
    # gold rule 4: the denied content names the denier's own act -> accusation and denial;
    # the accused is the denier (not Greece)
    rows = rules_ex.extract(text)
    assert [r.polarity for r in rows] == ["accuse", "deny"]
    assert all((r.accused, r.accused_iso3) == (denier, iso) for r in rows)


@pytest.mark.parametrize("text", [
    "If prosecutors accuse Manafort of lying, it could signal trouble.",
    "Many voters may find it easier to blame Republicans than Obama.",
    "The White House was preparing to lay the blame on the Speaker should the bill fail.",
    "It is wrong to accuse China of releasing the virus on purpose.",
])
def test_conditional_or_requestedrows_of(ex, text):
    # not reported accusations (rule 3); nor does the scorer get to read them
    assert rows_of(ex, text) == []


def test_requested_denunciation_is_no_accusation(ex):
    assert ex.extract("The association called on Trump to denounce the video.") == []


def test_blame_on_a_pact_is_blame_on_no_agent(rules_ex):
    assert rows_of(rules_ex, "Trump blames NAFTA for the loss of factory jobs.") == []


def test_denying_what_ones_own_people_did(rules_ex):
    rows = rules_ex.extract("Beijing denied that its diplomats had leaked the documents.")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("accuse", "CHN"), ("deny", "CHN")]
    # a fact about oneself is no accusation
    assert rules_ex.extract("China denied its economy was slowing.") == []


def test_subject_after_a_leading_clause_and_a_participle(rules_ex):
    (row,) = rows_of(rules_ex, "After cancelling the summit, blaming North Korea's "
                                    "hostility, Mr Trump tweeted that talks were going on.")
    assert (row.accuser, row.accuser_iso3, row.accused_iso3) == ("Mr Trump", "USA", "PRK")


def test_aside_after_the_accuser_is_trimmed(rules_ex):
    (row,) = rows_of(rules_ex, "Mr. Rokita, meanwhile, has accused Mr. Braun's company "
                                    "of benefiting from lopsided trade deals.")
    assert row.accuser == "Mr. Rokita"


@pytest.mark.parametrize("text, parties", [
    ("President Donald Trump slammed the Federal Reserve on the eve of its meeting.",
     ("President Donald Trump", "the Federal Reserve")),
    ("The senator has been slamming the administration in speeches all week.",
     ("The senator", "the administration")),
])
def test_slamming_a_party_denounces_it(rules_ex, text, parties):
    (row,) = rows_of(rules_ex, text, date="2018-12-18")
    assert (row.accuser, row.accused) == parties


@pytest.mark.parametrize("text", [
    "Hurricane Matthew caused flooding after slamming Haiti and other countries.",
    "The storm slammed into Alabama on Sunday.",
    "Democrats continue to slam the legislation as favoring big corporations.",
    "Police said three people were killed in the blast.",
])
def test_slamming_without_a_party(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_slamming_claims_is_still_a_denial(rules_ex):
    rows = rules_ex.extract("The Kremlin slammed the allegations as absurd.")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("deny", "RUS")]


@pytest.mark.parametrize("text", [
    "Millions of Americans filed jobless claims in previous weeks.",
    "Islamic State claimed responsibility for the attack on the market.",
    "She blamed herself for the defeat.",
    "Russia vetoed a proposal for a panel to investigate and apportion blame for the attacks.",
])
def test_scorer_not_asked_about_claim_or_blame_only_sentences(ex, text):
    # the rules decide these alone (here: nothing); the scorer said yes to each
    assert rows_of(ex, text) == []


@pytest.mark.parametrize("text, accused", [
    ("Police are investigating whether the man accused of killing 20 people wrote a "
     "manifesto.", "the man"),
    ("The officer charged with her murder appeared in court on Saturday.", "The officer"),
])
def test_reduced_relative_after_a_singular_noun(rules_ex, text, accused):
    (row,) = rows_of(rules_ex, text)
    assert (row.accuser, row.accused) == (None, accused)


@pytest.mark.parametrize("text", [
    "He was arrested on a murder charge and entered a not-guilty plea.",
    "He pleaded guilty to a theft charge last year.",
])
def test_held_or_pleading_on_a_charge(rules_ex, text):
    # a legal charge someone brought (gold rule 1: legal charges count)
    assert len(rows_of(rules_ex, text)) == 1


@pytest.mark.parametrize("text", [
    "She is in charge of the ministry.",
    "Entry is free of charge.",
    "The bank was held on a 5 pct service charge.",
])
def test_charge_in_other_senses(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    ("Jordan appeared to cast blame for the debt ceiling hike on party leaders.",
     "party leaders"),
    ("Ryan laid the blame for continuing high unemployment straight at the White House "
     "doorstep.", "the White House doorstep"),
    ("Moynihan blamed the victim for the poverty of the family.", "the victim"),
    ("The debacle was fraudulently blamed on an obscure video-maker.", "an obscure video-maker"),
])
def test_more_ways_to_place_blame(rules_ex, text, accused):
    (row,) = rows_of(rules_ex, text)
    assert row.accused == accused


def test_apportioning_blame_is_no_accusation(rules_ex):
    assert rows_of(rules_ex, "Russia vetoed a proposal for a panel to investigate and "
                                  "apportion blame for the attacks.") == []


def test_quoted_party_to_blame(rules_ex):
    (row,) = rows_of(rules_ex, 'The Palestinian ambassador said "Israel occupation '
                                    'forces" were to blame for the massacre at the border.')
    assert (row.accuser_iso3, row.accused, row.accused_iso3) == (
        "PSE", "Israel occupation forces", "ISR")


def test_we_in_a_quotation_is_its_speaker(rules_ex):
    row = rows_of(rules_ex, '"We accused the North Koreans of amping things up," one '
                                 'Defense Department official said.')[0]
    assert (row.accuser, row.accuser_iso3, row.accused_iso3) == (
        "one Defense Department official", "USA", "PRK")


def test_title_and_name_appositive_resolves_the_accused(rules_ex):
    row = rows_of(rules_ex, "Michael Cohen will accuse his former client, President "
                                 "Trump, of knowing about the hack.", date="2019-02-26")[0]
    assert (row.accused, row.accused_iso3) == ("his former client, President Trump", "USA")


def test_us_cabinet_titles(rules_ex):
    (row,) = rows_of(rules_ex, "Deputy Secretary of Energy Elizabeth Sherwood-Randall "
                                    "blamed the Russians for the cyberattack.")
    assert (row.accuser_iso3, row.accused_iso3) == ("USA", "RUS")


@pytest.mark.parametrize("text, denier", [
    ("Trump has denied telling Bolton he sought to use the aid as leverage.", "Trump"),
    ("Flynn initially denied talking about sanctions with the ambassador.", "Flynn"),
])
def test_denied_contacts_are_denied_acts(rules_ex, text, denier):
    rows = rules_ex.extract(text, date="2019-11-01")
    assert [(r.polarity, r.accused) for r in rows] == [("accuse", denier), ("deny", denier)]


def test_dismissing_the_notion_is_a_denial(rules_ex):
    rows = rules_ex.extract("But he dismissed the notion that Joe Biden did anything wrong.")
    assert [r.polarity for r in rows] == ["deny"]


@pytest.mark.parametrize("text", [
    "The Democrats kowtow to Blame Amerika antics.",
    '"If it doesn\'t work, blame us," Young said.',
])
def test_slogans_and_imperative_self_blame(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_title_case_headline_still_accuses(rules_ex):
    (row,) = rows_of(rules_ex, "Russia Blames US For Syria Chaos")
    assert (row.accuser_iso3, row.accused_iso3) == ("RUS", "USA")


def test_pleading_to_charges_and_filing_them(rules_ex):
    assert len(rows_of(rules_ex, "At the court he pleaded guilty to a pair of "
                                      "misdemeanor charges.")) == 1
    assert len(rows_of(rules_ex, "It is unclear what prompted the U.S. Attorney's Office "
                                      "to file charges after so much time.")) == 1
