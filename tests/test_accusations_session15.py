"""Session 15: general forms that the rules missed or misread, found with probe sentences
written from the labelling rules (dev/probes/) and in the development batches, each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against the
labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS, rows_of


def _all(ex, text, date="2018-06-01"):
    return ex.extract(text, date=date)


def _polarities(ex, text, date="2018-06-01"):
    return [(r.polarity, r.accused, r.accused_iso3) for r in _all(ex, text, date=date)]


# -- "denied trying to ...": an attempt denied is an act, not a refusal ----------------------------
@pytest.mark.parametrize("text, denier, iso3", [
    ("Russia denies trying to influence the election.", "Russia", "RUS"),
    ("Moscow denied seeking to destabilise Ukraine.", "Moscow", "RUS"),
    ("The minister denied plotting to kill the president.", "The minister", None),
    # a denial made to an audience
    ("Smith denied to reporters that he had ever colluded with Russia.", "Smith", None),
])
def test_denied_attempt_is_a_denial(rules_ex, text, denier, iso3):
    rows = _all(rules_ex, text)
    assert ("deny", denier, iso3) in [(r.polarity, r.accused, r.accused_iso3) for r in rows]
    # the denied content names an act: an accusation with no accuser stated (rule 4)
    assert ("accuse", None, denier) in [(r.polarity, r.accuser, r.accused) for r in rows]


@pytest.mark.parametrize("text", [
    "The visa was denied to several members of the delegation.",
    "Officials denied access to the camp.",
    "The court denied him permission to travel abroad.",
    "The agency denied the firm's request to merge.",
])
def test_refusals_stay_refusals(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- "..., a claim denied by X": a denial in an appositive ------------------------------------------
def test_claim_denied_by_is_a_denial(rules_ex):
    # the reported wrong is read by its own rule; the appositive adds the denial (and keeps the
    # claim's accuser)
    rows = _all(rules_ex, "Investigators say Moscow interfered in the vote - a claim denied "
                             "by the Kremlin.")
    assert [(r.polarity, r.accuser, r.accused, r.accused_iso3) for r in rows] == [
        ("accuse", "Investigators", "Moscow", "RUS"),
        ("deny", "Investigators", "the Kremlin", "RUS")]


def test_claim_denied_by_without_other_reading(rules_ex):
    # no rule reads the claim itself: the denier is its accused (rule 4)
    rows = _all(rules_ex, "Investigators say Moscow tipped the vote - a claim denied by the "
                          "Kremlin.")
    assert [(r.polarity, r.accuser, r.accused, r.accused_iso3) for r in rows] == [
        ("accuse", None, "the Kremlin", "RUS"), ("deny", None, "the Kremlin", "RUS")]


def test_something_denied_by_keeps_the_belief_to_the_scorer(ex):
    # the belief is the accusation (read by the scorer): the rules add only the denial
    rows = ex.extract("Western officials believe Moscow tried to sway the vote in his favour, "
                      "something denied by Russia.", date="2018-06-01")
    den = [r for r in rows if r.polarity == "deny"]
    assert [(r.accused, r.accused_iso3, r.rule) for r in den] == [("Russia", "RUS", "denied-by")]
    assert all(r.rule != "denied-by-content" for r in rows)


@pytest.mark.parametrize("text", [
    "The bid, rejected by the board, was raised on Friday.",
    "The request, denied by the court, was filed in May.",
    "Her claim was denied by the insurer.",
])
def test_refused_things_denied_by_are_no_denials(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


# -- "denied he had been hiding ...": a progressive act ---------------------------------------------
def test_denied_progressive_act(rules_ex):
    assert ("deny", "The minister", None) in _polarities(
        rules_ex, "The minister denied that he had been hiding money abroad.")


def test_denied_passive_state_is_still_no_act(rules_ex):
    assert _polarities(rules_ex, "The minister denied that he had been pressured.") == []


# -- "pointed the finger at X": the blame idiom ----------------------------------------------------
@pytest.mark.parametrize("text, accuser, accused, iso3", [
    ("Moscow pointed the finger at Damascus for the attack.", "Moscow", "Damascus",
     ("RUS", "SYR")),
    ("The Pentagon is pointing the finger at Russia.", "The Pentagon", "Russia", ("USA", "RUS")),
    ("Officials pointed the finger of blame at North Korea for the hack.", "Officials",
     "North Korea", (None, "PRK")),
])
def test_pointed_the_finger_at_blames(rules_ex, text, accuser, accused, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)
    assert (acc.accuser_iso3, acc.accused_iso3) == iso3


@pytest.mark.parametrize("text", [
    "The sign pointed the finger at the exit.",
    "Nobody pointed the finger at Russia.",
    "He pointed at the map of Russia.",
])
def test_pointing_without_blame(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- a question opened by an auxiliary asks, it does not report -------------------------------------
@pytest.mark.parametrize("text", [
    "Would Moscow accuse Kiev of shelling the town?",
    "Did Iran blame Israel for the attack?",
    "Has the Kremlin accused Kiev of shelling the town? Not yet.",
])
def test_yes_no_question_reports_no_accusation(rules_ex, text):
    assert _all(rules_ex, text) == []


@pytest.mark.parametrize("text", [
    # a statement, even with a question mark; a report inside a question
    "Moscow accused Kiev of shelling the town?",
    "Did you see that Russia accused Ukraine of shelling the town?",
])
def test_reported_accusation_inside_or_without_question(rules_ex, text):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == ("RUS", "UKR")


# -- a long adjunct between subject and verb, cut inside by its own clause --------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("Trump, in his growing fury over border crossings that he has likened to an invasion, has "
     "blamed Mexico for failing to stop the flow.", "Trump", "USA"),
    # the comma inside the closing quote (US style)
    ('Trump, in his growing fury over border crossings that he has likened to an "invasion," '
     "has blamed Mexico for failing to stop the flow.", "Trump", "USA"),
    ("Iran, citing intelligence reports that it said were reliable, accused Washington of "
     "economic terrorism.", "Iran", "IRN"),
    ("The minister, a close ally of the president who has led the talks, accused Washington of "
     "economic terrorism.", "The minister", None),
])
def test_subject_before_a_long_adjunct(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date="2019-06-01")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


@pytest.mark.parametrize("text, accuser", [
    ("Russia, in a statement on Monday, accused Ukraine of shelling the town.", "Russia"),
    ("In Tehran, at a rally that drew thousands, officials accused Washington of economic "
     "terrorism.", "officials"),
    ("After the vote, in a speech that lasted an hour, the minister accused Washington of "
     "economic terrorism.", "the minister"),
])
def test_subject_after_opening_adjuncts_unchanged(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text, date="2019-06-01")
    assert acc.accuser == accuser


# -- "the Turkish government's allegations": a lower-case possessor ---------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("The Turkish government's allegations that Saudi agents killed the journalist strained "
     "ties.", "The Turkish government", "TUR"),
    ("The Russian foreign ministry's accusations against Ukraine were rejected.",
     "The Russian foreign ministry", "RUS"),
    # twins that worked before: a capitalised possessor, an adjective after it
    ("Turkey's allegations that Saudi agents killed the journalist strained ties.", "Turkey",
     "TUR"),
    ("Moscow's latest accusations against Ukraine were rejected.", "Moscow", "RUS"),
])
def test_possessor_of_accusation_noun(rules_ex, text, accuser, iso3):
    acc = rows_of(rules_ex, text, date="2018-10-20")[0]
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- "allegations that the journalist was killed by Saudi officials": the agent is accused ---------
def test_passive_clause_accuses_its_agent(rules_ex):
    acc = rows_of(rules_ex, "Leaders are grappling with Turkey's allegations that the "
                  "journalist was killed by Saudi officials in Istanbul.",
                  date="2018-10-20")[0]
    assert (acc.accused, acc.accused_iso3) == ("Saudi officials", "SAU")


def test_passive_clause_without_actor_agent_keeps_subject(rules_ex):
    # "a hit squad" is no actor: the clause subject stays (as before)
    acc = rows_of(rules_ex, "Turkey alleged that the journalist was murdered by a hit "
                  "squad.", date="2018-10-20")[0]
    assert (acc.accuser_iso3, acc.accused) == ("TUR", "the journalist")


# -- a lower-case subject with a place after it, before a coordinated accusation ------------------
def test_subject_noun_with_place_before_coordinated_verb(rules_ex):
    acc = rows_of(rules_ex, "But a few prominent lawmakers in Moscow picked up on the "
                  "change, and accused Washington of breaking the deal.",
                  date="2018-10-20")[0]
    assert (acc.accuser, acc.accused_iso3) == ("a few prominent lawmakers in Moscow", "USA")


def test_determiner_subject_without_place_unchanged(rules_ex):
    acc = rows_of(rules_ex, "A small opposition party accused Washington of meddling.",
                  date="2018-10-20")[0]
    assert acc.accuser == "A small opposition party"


# -- "said it had nothing to do with / was not involved in <a harm>": a rebuttal ---------------------
@pytest.mark.parametrize("text, denier, iso3", [
    ("Russia said it had nothing to do with the poisoning.", "Russia", "RUS"),
    ("The Kremlin insisted it had nothing to do with the attack on the convoy.", "The Kremlin",
     "RUS"),
    ("Iran said it was not involved in the attack.", "Iran", "IRN"),
    ("Moscow said it wasn't involved in the hacking.", "Moscow", "RUS"),
])
def test_nothing_to_do_with_a_harm_is_a_denial(rules_ex, text, denier, iso3):
    rows = _all(rules_ex, text)
    assert [(r.polarity, r.accused, r.accused_iso3) for r in rows] == [
        ("accuse", denier, iso3), ("deny", denier, iso3)]


@pytest.mark.parametrize("text", [
    "Trump said the decision had nothing to do with politics.",
    "The minister said he was not involved in the negotiations.",
    "The United States and Japan are not involved in a trade war, Yeutter said.",
    # the writer's own view: nobody rebuts
    "Russia had nothing to do with the poisoning.",
])
def test_nothing_to_do_with_no_harm_or_no_speaker(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- officials added to world_leaders.tsv and corrected terms -----------------------------------------
@pytest.mark.parametrize("text, date, iso3", [
    ("Government spokesman Ali Rabiei accused the US of psychological warfare.", "2020-01-10",
     "IRN"),
    ("Foreign Ministry spokesman Geng Shuang accused the US of bullying.", "2019-05-10", "CHN"),
    ("Heather Nauert accused Russia of meddling.", "2018-03-10", "USA"),
    # corrected starts: the defence ministry spokesman since 2011; MBS defence minister in 2015
    ("Igor Konashenkov accused the US of shielding militants.", "2016-10-01", "RUS"),
    ("Mohammed bin Salman accused Iran of aggression.", "2016-01-10", "SAU"),
])
def test_officials_resolve(rules_ex, text, date, iso3):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert acc.accuser_iso3 == iso3


def test_officials_out_of_office_do_not_resolve(rules_ex):
    # Heather Nauert left the State Department in March 2019
    acc = rows_of(rules_ex, "Heather Nauert accused Russia of meddling.",
                  date="2020-03-10")[0]
    assert acc.accuser_iso3 is None


# -- lists of parties: the first-named state decides (rule 5) --------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("Britain, France and Germany accused Iran of breaching the nuclear deal.",
     "Britain, France and Germany", "GBR"),
    ("Saudi Arabia, the UAE, Bahrain and Egypt accused Qatar of funding terrorism.",
     "Saudi Arabia, the UAE, Bahrain and Egypt", "SAU"),
    ("On Monday, Britain, France and Germany blamed Iran for the attack.",
     "Britain, France and Germany", "GBR"),
    # a bloc named first is no state: the first-named state
    ("The EU and the United States accused Belarus of rigging the vote.",
     "The EU and the United States", "USA"),
    ("NATO members Britain and Poland blamed Moscow for the treaty's demise.",
     "NATO members Britain and Poland", "GBR"),
    # twins: an adverbial before the list is no party; two parties as before
    ("In a statement, France and Germany accused Iran of breaching the deal.",
     "France and Germany", "FRA"),
    ("Britain and France accused Iran of breaching the nuclear deal.", "Britain and France",
     "GBR"),
])
def test_list_of_accusers(rules_ex, text, accuser, iso3):
    acc = rows_of(rules_ex, text, date="2019-06-01")[0]
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- "According to X, Y <wrong>": a source named with "according to" ------------------------------
@pytest.mark.parametrize("text, pair", [
    ("According to Britain, Russia poisoned the former spy.", ("GBR", "RUS")),
    ("Russia poisoned the former spy, according to Britain.", ("GBR", "RUS")),
    ("According to the Turkish foreign ministry, Greece violated the Lausanne treaty.",
     ("TUR", "GRC")),
])
def test_according_to_a_party(rules_ex, text, pair):
    acc = rows_of(rules_ex, text)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "According to the ministry, prices rose 3 pct in May.",
    # an artifact is no party here (rule 2 would keep the accusation with no accuser; the
    # rules leave it to the scorer)
    "According to the report, Russia hacked the servers.",
])
def test_according_to_without_a_party_or_wrong(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- "denied the claims in a statement": the statement is no content --------------------------------
@pytest.mark.parametrize("text, denier", [
    ("Russia denied the claims in a statement.", "Russia"),
    ("Iran rejected the claims in an interview.", "Iran"),
    ("Russia denied the reports in a statement.", "Russia"),
])
def test_generic_denial_in_a_statement(rules_ex, text, denier):
    assert [(r.polarity, r.accused) for r in _all(rules_ex, text)] == [("deny", denier)]


def test_claims_about_a_fact_still_no_denial(rules_ex):
    # a factual report denied stays no denial (rule 3)
    assert _all(rules_ex, "The ministry denied reports that a US drone had been shot down.") == []


# -- "X's claims that ... were disputed by W": X claims, W denies -----------------------------------
def test_claims_disputed_by_another_party(rules_ex):
    rows = _all(rules_ex, "Iran's claims that the US drone violated its airspace were disputed "
                          "by Washington.", date="2019-06-20")
    acc = [r for r in rows if r.polarity == "accuse"][0]
    den = [r for r in rows if r.polarity == "deny"][0]
    assert (acc.accuser, acc.accuser_iso3, acc.accused_iso3) == ("Iran", "IRN", "USA")
    assert (den.accused, den.accused_iso3) == ("Washington", "USA")


def test_claims_by_a_party_that(rules_ex):
    acc = rows_of(rules_ex, "Claims by Iran that the US drone violated its airspace "
                  "were disputed.", date="2019-06-20")[0]
    assert (acc.accuser, acc.accuser_iso3) == ("Iran", "IRN")


def test_relative_denial_unchanged(rules_ex):
    den = rows_of(rules_ex, "The claims, which Moscow rejected, were repeated on Monday.", "deny")
    assert [(r.accused, r.accused_iso3) for r in den] == [("Moscow", "RUS")]


# -- "X, accused by Y of Z, ...", "N accused by Y of Z": the by-agent accuses ---------------------
@pytest.mark.parametrize("text, date, pair, accused", [
    ("North Korea, accused by Seoul of firing artillery, fired more shells.", "2010-11-24",
     ("KOR", "PRK"), "North Korea"),
    ("Russia, accused by Britain of poisoning a former spy, expelled diplomats.", "2018-06-01",
     ("GBR", "RUS"), "Russia"),
    ("British diplomats accused by Moscow of spying left the country.", "2018-06-01",
     ("RUS", "GBR"), "British diplomats"),
])
def test_accused_by_in_appositive_or_reduced_relative(rules_ex, text, date, pair, accused):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert ((acc.accuser_iso3, acc.accused_iso3), acc.accused) == (pair, accused)


def test_appositive_charge_is_cut_from_the_denier(rules_ex):
    den = rows_of(rules_ex, "Turkey, accused by the EU of drilling illegally off "
                  "Cyprus, rejected the claim.", "deny", date="2019-06-20")
    assert [(r.accused, r.accused_iso3) for r in den] == [("Turkey", "TUR")]


# -- "Having accused Britain of lying, Russia ...": the subject after the fronted phrase ---------
@pytest.mark.parametrize("text", [
    "Having accused Britain of lying, Russia demanded an apology.",
    "After accusing Britain of lying, Russia demanded an apology.",
    "After blaming Britain for the attack, Russia demanded an apology.",
    "Accusing Britain of lying, Russia demanded an apology.",  # (worked before)
])
def test_fronted_phrase_subject(rules_ex, text):
    acc = rows_of(rules_ex, text, date="2019-06-20")[0]
    assert (acc.accuser, acc.accuser_iso3, acc.accused_iso3) == ("Russia", "RUS", "GBR")


# -- "Y is to blame for Z, X said"; headlines "Kremlin: US to blame", "X says Y to blame" ----------
@pytest.mark.parametrize("text, date, accuser, pair", [
    ("Russia is to blame for the downing of MH17, the Dutch government said.", "2014-07-20",
     "the Dutch government", ("NLD", "RUS")),
    ("Kremlin: US to blame for Syria crisis", "2016-07-20", "Kremlin", ("RUS", "USA")),
    ("Russia says US to blame for Syria crisis", "2016-07-20", "Russia", ("RUS", "USA")),
    ("China says U.S. solely to blame for collapse of trade talks", "2019-05-20", "China",
     ("CHN", "USA")),
])
def test_to_blame_reported_after_or_headlined(rules_ex, text, date, accuser, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser, (acc.accuser_iso3, acc.accused_iso3)) == (accuser, pair)


@pytest.mark.parametrize("text", [
    "The storm is to blame for the delays, officials said.",
    "Japan's restrictions were also to blame for cuts in car component output, he said.",
])
def test_to_blame_without_agent_or_harm(rules_ex, text):
    assert _all(rules_ex, text, date="1987-07-20") == []


# -- more denial forms found by template probes -----------------------------------------------------
@pytest.mark.parametrize("text, denier", [
    ("Britain says Moscow poisoned the spy, a charge rejected by the Kremlin.", "the Kremlin"),
    ("Investigators say Moscow hacked the servers - a claim dismissed by the Kremlin.",
     "the Kremlin"),
    ("China disputes the claims.", "China"),
])
def test_more_denials(rules_ex, text, denier):
    assert denier in [r.accused for r in rows_of(rules_ex, text, "deny")]


def test_denied_doing_anything_wrong_names_no_act(rules_ex):
    # a generic denial: no accusation row (rule 4)
    assert [r.polarity for r in _all(rules_ex, "Russia denied doing anything wrong.")] == ["deny"]


@pytest.mark.parametrize("text", [
    "The army dismissed three officers for misconduct.",
    "The bid, rejected by the board, was raised.",
])
def test_dismissals_and_rejected_bids_are_no_denials(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- false accusations found by template probes ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "India has yet to accuse Pakistan of involvement.",
    "Reporters asked whether Washington blamed Moscow for the attack.",
    "Asked whether he blamed North Korea for the hack, he declined to answer.",
    "She gave her husband an accusing look.",
    "The condemned man ate his last meal.",
    "Officials blamed the flooding on Hurricane Katrina.",
    "Officials partly blamed the drought on El Nino.",
    "No country has yet been blamed for the attack.",
])
def test_no_accusation_reported(rules_ex, text):
    assert _all(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    # a participle describing someone inside an indirect question is still a charge
    ("Authorities are investigating whether the man accused of killing 20 people also wrote a "
     "manifesto.", "the man"),
    ("Moscow blamed the attack on Ukrainian nationalists.", "Ukrainian nationalists"),
    ("Police condemned the man for the attack.", "the man"),
])
def test_twins_still_accuse(rules_ex, text, accused):
    assert accused in [r.accused for r in rows_of(rules_ex, text)]


def test_duty_is_no_charge(rules_ex):
    assert _all(rules_ex, "The doctor charged with her care ordered a battery of tests.") == []


# -- killings and attacks reported in the simple past or progressive ------------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("“Russia is killing civilians in Aleppo,” the US ambassador told reporters.", "2016-10-01",
     ("USA", "RUS")),
    ("Syria said Turkish troops killed eight civilians.", "2018-06-01", ("SYR", "TUR")),
    ("Britain said Iran attacked the tankers.", "2019-06-20", ("GBR", "IRN")),
    ("Britain claims Russia hacked into the vaccine research.", "2020-07-16", ("GBR", "RUS")),
])
def test_reported_killing_or_attack(rules_ex, text, date, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "The army said its troops killed eight militants.",  # its own side
    "Eight civilians were killed in the attack, officials said.",  # no doer
])
def test_reported_killing_without_foreign_doer(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- a state's envoy at the UN; earlier offices of two prime ministers -----------------------------
@pytest.mark.parametrize("text, date, iso3", [
    ("Russian UN envoy Vitaly Churkin accused the US of supporting terrorists.", "2016-10-01",
     "RUS"),
    ("UN Ambassador Nikki Haley accused Iran of violating the deal.", "2017-10-01", "USA"),
    ("Foreign Secretary Boris Johnson accused Russia of lying.", "2017-10-01", "GBR"),
    ("Home Secretary Theresa May accused the police of failures.", "2014-10-01", "GBR"),
    # twins: the UN's own envoy is no state; "May" still the name after a title
    ("UN envoy to Syria Staffan de Mistura accused the government of shelling Aleppo.",
     "2016-10-01", None),
    ("Mrs May has blamed Russia for the poisoning.", "2018-03-14", "GBR"),
])
def test_envoys_and_earlier_offices(rules_ex, text, date, iso3):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert acc.accuser_iso3 == iso3


# -- reported wrongs, idioms and acts found by template probes --------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("“Iran sponsors terrorism,” Pompeo said.", ("USA", "IRN")),
    ("“Russia ordered the hack,” Britain said.", ("GBR", "RUS")),
    ("Britain said Russia is bombing hospitals in Syria.", ("GBR", "RUS")),
    ("China said the United States had stolen its technology.", ("CHN", "USA")),
    ("Iran said the United States had committed an act of terrorism.", ("IRN", "USA")),
    ("Britain said Russia had tried to hack the chemical weapons watchdog.", ("GBR", "RUS")),
    ("Israel said Iran had sent drones into its airspace.", ("ISR", "IRN")),
    ("The Chinese foreign ministry said the United States is bullying other countries.",
     ("CHN", "USA")),
    ("Beijing lashed out at Washington for selling arms to Taiwan.", ("CHN", "USA")),
    ("Russia hit out at Britain over the expulsions.", ("RUS", "GBR")),
    ("China blasts US over Taiwan arms sale", ("CHN", "USA")),
    ("France condemned the Turkish offensive in Syria.", ("FRA", "TUR")),
    ("Turkish prosecutors charged 17 journalists with terrorism.", ("TUR", None)),
])
def test_more_accusation_forms(rules_ex, text, pair):
    acc = rows_of(rules_ex, text, date="2019-10-10")[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "The thief had stolen a car, police said.",  # no foreign doer named in a crime report
    "The bank charged 5 pct on the loans.",
    "The shop charged 20 dollars for a bag.",
])
def test_more_negatives(rules_ex, text):
    assert [r for r in _all(rules_ex, text) if r.rule != "scorer"] == []


def test_hit_out_at_critics_is_no_rule_accusation(rules_ex):
    assert _all(rules_ex, "The striker hit out at critics over his form.") == []


# -- denial forms: "X's denial", "issued a denial on Sunday", "denied that it had <harm>", "which
# Tehran denies" after a reported wrong --------------------------------------------------------------
@pytest.mark.parametrize("text, denier", [
    ("Russia's denial was not convincing.", "Russia"),
    ("The Kremlin's denial came hours later.", "The Kremlin"),
    ("Iran issued a denial on Sunday.", "Iran"),
    ("The Kremlin denied that it had ordered the attack.", "The Kremlin"),
    ("Israel says Iran fired the rockets, which Tehran denies.", "Tehran"),
])
def test_denial_forms_session15(rules_ex, text, denier):
    assert denier in [r.accused for r in rows_of(rules_ex, text, "deny")]


@pytest.mark.parametrize("text", [
    "The court's denial of bail was appealed.",
    "The company denied that it had received the letter.",
    "Japan denied that it would devalue the yen.",
])
def test_denial_twins_session15(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


# -- "denied that <a named party> had <done a harm>" ------------------------------------------------
def test_denied_harm_by_named_party(rules_ex):
    rows = _all(rules_ex, "Foreign Minister Adel al-Jubeir denied that Crown Prince Mohammed bin "
                          "Salman had ordered the killing.", date="2018-10-20")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("accuse", "SAU"), ("deny", "SAU")]


@pytest.mark.parametrize("text", [
    # a factual report (agentless passive), a forecast, an exhortation to deny
    "Russia's defence ministry denied that the town had been hit in the attack.",
    "The company denied that its shares would fall after the attack.",
    "Trump pressed White House Counsel Donald McGahn to deny that Trump had tried to fire the "
    "counsel.",
])
def test_denied_harm_twins(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


def test_nothing_to_do_with_a_coup(rules_ex):
    rows = _all(rules_ex, "Washington said it had nothing to do with the attempted coup in "
                          "Turkey.", date="2016-07-20")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("accuse", "USA"), ("deny", "USA")]


# -- with a denial, the denied accusation is primary over the denier's counter-charge (rule 5) ------
@pytest.mark.parametrize("text, pair", [
    ("Damascus denied using chemical weapons and blamed the rebels for the deaths.",
     (None, "SYR")),
    ("China denies interfering and has blamed Western countries for stirring up trouble.",
     (None, "CHN")),
])
def test_denied_accusation_is_primary(rules_ex, text, pair):
    acc = rows_of(rules_ex, text, date="2019-10-10")[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


def test_accusation_of_the_denier_by_another_stays_primary(rules_ex):
    # the Israelis' accusation is the denied one and names its accuser
    acc = rows_of(rules_ex, "The Obama administration denies orchestrating the vote, but "
                  "the Israelis accuse it of doing precisely that.",
                  date="2016-12-30")[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == ("ISR", "USA")


# -- "rejected Beijing's claims that the US military brought the virus": a party's claim about
# another party's act is an accusation denied ------------------------------------------------------
@pytest.mark.parametrize("text, date, pair, denier", [
    ("Washington rejected Beijing's claims that the US military brought the virus to China.",
     "2020-03-20", ("CHN", "USA"), "USA"),
    ("Seoul denied Tokyo's claim that a South Korean warship had locked its radar on a Japanese "
     "patrol plane.", "2018-12-20", ("JPN", "KOR"), "KOR"),
    ("Russia rejected Western claims that Syrian government forces carried out a chemical attack "
     "in Douma.", "2018-04-20", (None, "SYR"), "RUS"),
])
def test_party_claim_about_another_denied(rules_ex, text, date, pair, denier):
    rows = _all(rules_ex, text, date=date)
    acc = [r for r in rows if r.polarity == "accuse"][0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair
    assert denier in [r.accused_iso3 for r in rows if r.polarity == "deny"]


@pytest.mark.parametrize("text", [
    "Analysts rejected Beijing's claims that growth had slowed.",
    "They reject President Obama's claim that the law allows the agency to collect records.",
    "The ministry rejected the company's claim that prices would rise.",
])
def test_party_claim_without_act_by_a_party(rules_ex, text):
    assert _all(rules_ex, text, date="2013-03-20") == []


# -- more reported wrongs and agents (fresh probe set) ---------------------------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("House Speaker Paul Ryan said Russia had meddled in American elections.", "2018-10-10",
     ("USA", "RUS")),
    ("Foreign Secretary Jeremy Hunt said the GRU had carried out reckless cyber attacks.",
     "2018-10-10", ("GBR", "RUS")),
    ("Dutch investigators said Russia shot down flight MH17.", "2018-10-10", ("NLD", "RUS")),
    ("Ankara said Riyadh had dispatched a 15-member team to kill the journalist.", "2018-10-10",
     ("TUR", "SAU")),
    ("Chinese President Xi Jinping blamed violent radicals for dragging Hong Kong into chaos.",
     "2019-10-10", ("CHN", None)),
    ("State Department spokeswoman Heather Nauert said the Syrian government and Russia were "
     "responsible for the suffering in Eastern Ghouta.", "2018-03-10", ("USA", "SYR")),
])
def test_more_reported_wrongs(rules_ex, text, date, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "The company said it carried out repairs.",
    "The company said it had interfered with nothing.",
])
def test_more_reported_twins(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- more state organs: special services, a state's pilots and torpedoes, the Palestinian
# Authority, Saeb Erekat -------------------------------------------------------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("Russia blamed the attack on Ukrainian special services.", "2018-10-10", ("RUS", "UKR")),
    ("The Palestinian Authority accused Israel of war crimes in Gaza.", "2014-10-10",
     ("PSE", "ISR")),
    ("Erekat accused Israel of extrajudicial killings.", "2014-10-10", ("PSE", "ISR")),
    ("Russia's defence ministry blamed Israeli pilots for the loss of a Russian plane.",
     "2018-09-10", ("RUS", "ISR")),
    ("Seoul blamed the sinking of the warship Cheonan on a North Korean torpedo.", "2010-05-10",
     ("KOR", "PRK")),
])
def test_more_state_organs(rules_ex, text, date, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


def test_pilots_without_a_state_are_no_state(rules_ex):
    assert _all(rules_ex, "The pilots blamed the weather for the delay.") == []


# -- "insisted it had not <wrong>": a rebuttal naming the act -----------------------------------
@pytest.mark.parametrize("text, iso3", [
    ("The Russian Defence Ministry insisted its jets had not hit civilian targets.", "RUS"),
    ("Beijing insisted it had not concealed information about the virus.", "CHN"),
    ("Kiev maintained that its troops had not fired on the convoy.", "UKR"),
])
def test_insisted_it_had_not(rules_ex, text, iso3):
    rows = _all(rules_ex, text, date="2018-10-10")
    assert [(r.polarity, r.accused_iso3) for r in rows] == [("accuse", iso3), ("deny", iso3)]


@pytest.mark.parametrize("text", [
    "The company insisted it had not raised prices.",
    "He insisted he was not tired.",
])
def test_insisted_without_wrong(rules_ex, text):
    assert _all(rules_ex, text) == []


# -- hard negatives and twins from the probe set -----------------------------------------------
@pytest.mark.parametrize("text", [
    "The teacher pointed an accusing finger at the boy.",
    "The diplomat charged with the negotiations flew to Geneva.",
    "Had Washington blamed Moscow, sanctions would have followed.",
])
def test_probe_negatives(rules_ex, text):
    assert _all(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    ("China rejected claims that it manipulates its currency.", "China"),
    ("The ministry denied claims that police had beaten protesters.", "police"),
    ("Greenpeace claimed that Shell had polluted the delta.", "Shell"),
    ("The coach blamed the referees for the defeat.", "the referees"),
    ("Workers blamed management for the closure.", "management"),
])
def test_probe_twins(rules_ex, text, accused):
    acc = rows_of(rules_ex, text, date="2019-01-10")[0]
    assert acc.accused == accused


@pytest.mark.parametrize("text, iso3", [
    ("Walid al-Moallem accused Turkey of occupying Syrian land.", "SYR"),
    ("Sergei Ryabkov accused Washington of spreading lies.", "RUS"),
    ("Gilad Erdan accused Iran of spreading lies.", "ISR"),
])
def test_more_office_holders(rules_ex, text, iso3):
    acc = rows_of(rules_ex, text, date="2019-10-10")[0]
    assert acc.accuser_iso3 == iso3


# -- "said there was no doubt that X was behind ...": certainty before the reported wrong -----------
@pytest.mark.parametrize("text, pair", [
    ("Britain said there was no doubt that Russia was behind the attack.", ("GBR", "RUS")),
    ("French Foreign Minister Jean-Yves Le Drian told reporters there was no doubt that Syria's "
     "government was behind the Douma attack.", ("FRA", "SYR")),
])
def test_certainty_before_reported_wrong(rules_ex, text, pair):
    acc = rows_of(rules_ex, text, date="2018-04-10")[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


def test_doubt_before_reported_wrong(rules_ex):
    assert _all(rules_ex, "Britain said there were doubts that Russia was behind the attack.",
                date="2018-04-10") == []


# -- realistic reported forms (fresh probe set C, read as development) ------------------------------
@pytest.mark.parametrize("text, date, pair", [
    ("The Netherlands said on Tuesday it had strong indications that Iran was behind the killings "
     "of two Dutch nationals.", "2019-12-20", ("NLD", "IRN")),
    ("President Reagan said the United States had solid evidence that Libya was behind the "
     "bombing of a West Berlin discotheque.", "1986-04-20", ("USA", "LBY")),
    ("Lithuanian Foreign Minister Linas Linkevicius said the Belarusian authorities had rigged "
     "Sunday's election.", "2020-08-20", ("LTU", "BLR")),
    ("South Korea's defence ministry rejected Japan's assertion that a Korean destroyer had "
     "locked its fire-control radar on to a Japanese patrol plane, saying it had been searching "
     "for a fishing boat in distress.", "2018-12-20", ("JPN", "KOR")),
    ("Qatar denies funding terrorism.", "2017-07-20", (None, "QAT")),
])
def test_realistic_reported_forms(rules_ex, text, date, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "He said the police had no evidence that Libya was behind the bombing.",
    "The council denied funding for the project.",
])
def test_realistic_twins(rules_ex, text):
    assert _all(rules_ex, text, date="1986-04-20") == []


@pytest.mark.parametrize("text", [
    "Analysts expect Beijing to accuse Washington of interference once the bill is signed.",
    "The allegedly stolen artworks were recovered from a warehouse, the museum's director said.",
    "An Egyptian court condemned 529 supporters of the ousted president to death on Monday.",
    "Syria's military denied that one of its fighter jets had been shot down over Hama province.",
    "The foreign minister said his own ministry bore some of the blame for the slow pace of visa "
    "processing.",
])
def test_fresh_c_negatives(ex, scorer_ex, text):
    # with the scorer: no row at all
    for x in (scorer_ex,) if text in VERIFIER_DIFFERS else (scorer_ex, ex):
        assert x.extract(text, date="2016-10-10") == []


def test_wall_street_is_no_state(rules_ex):
    acc = rows_of(rules_ex, "Brokers in Tokyo blamed the overnight collapse on Wall "
                  "Street for the fall in the Nikkei.", date="1987-10-20")
    assert [r.accused_iso3 for r in acc] == [None]


def test_list_of_accusers_after_a_dateline(rules_ex):
    acc = rows_of(rules_ex, "LONDON (Reuters) - Britain, the United States, France and "
                  "Germany on Thursday jointly blamed Russia for the nerve "
                  "agent attack.", date="2018-03-15")[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == ("GBR", "RUS")


def test_government_in_a_capital(rules_ex):
    acc = rows_of(rules_ex, "Kurds blame the Shiite-run government in Baghdad for "
                  "blocking shipments.", date="2015-11-12")[0]
    assert (acc.accused, acc.accused_iso3) == ("the Shiite-run government", "IRQ")


def test_government_in_power_is_no_capital(rules_ex):
    acc = rows_of(rules_ex, "Protesters blamed the government in power for the crisis.")[0]
    assert acc.accused_iso3 is None


def test_world_powers_are_blamed(rules_ex):
    acc = rows_of(rules_ex, "He also blamed world powers for providing insufficient "
                  "support for the rebels.")
    assert [(r.accused, r.accused_iso3) for r in acc] == [("world powers", None)]


@pytest.mark.parametrize("text, date, pair", [
    ("Ukraine said Russia had invaded its territory.", "2014-03-10", ("UKR", "RUS")),
    ("Kiev said Moscow annexed Crimea illegally.", "2014-03-10", ("UKR", "RUS")),
    ("Britain said Russia was spreading disinformation about the poisoning.", "2019-03-10",
     ("GBR", "RUS")),
    ("Riyadh said Doha had funded terrorist groups.", "2017-06-10", ("SAU", "QAT")),
    ("The US said Iran trained militant groups in Iraq.", "2017-06-10", ("USA", "IRN")),
])
def test_reported_invasions_and_support(rules_ex, text, date, pair):
    acc = rows_of(rules_ex, text, date=date)[0]
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "The company said it had invaded the market.",
    "He said the virus had invaded the cells.",
])
def test_invaded_by_no_party(rules_ex, text):
    assert _all(rules_ex, text) == []


def test_own_side_invading_is_no_accusation(rules_ex):
    assert _all(rules_ex, "The Russian army said its troops had invaded the town.",
                date="2014-03-10") == []
