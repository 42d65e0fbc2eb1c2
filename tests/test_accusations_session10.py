"""Session 10: forms found in the dev/blind development batches (b21-b50), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- bare US office nouns and congressional groups (rule 6) ----------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Democrats accused the president of endangering the Constitution.", None, "USA"),
    ("Republican lawmakers blamed the administration for the delay.", "USA", "USA"),
    ("Congressional Democrats accused the Pentagon of hiding the cost.", "USA", "USA"),
    ("House investigators accused the agency of destroying records.", "USA", None),
    # governors and prosecutors: the blind labels code them USA (sub-national officials)
    ("Republicans accused the governor of lying.", None, "USA"),
    ("Prosecutors allege that the aide lied to investigators.", "USA", None),
    # the US named beside another state: still the US president
    ("Critics accused the president of pressuring Ukraine to open an inquiry into a U.S. rival.",
     None, "USA"),
])
def test_bare_us_offices_resolve_to_usa(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


@pytest.mark.parametrize("text, accuser, accused", [
    # another state named and not the US: whose president is unknown
    ("Iraqi lawmakers accused the president of corruption.", "IRQ", None),
    ("Opposition parties in Kenya accused the president of rigging the vote.", None, None),
    # a company's president; bare party members are no legislators
    ("The president of the company accused rivals of dumping.", None, None),
    ("At the firm, the president blamed the unions for the losses.", None, None),
    ("Republicans accused the mayor of lying.", None, None),
])
def test_bare_offices_elsewhere_stay_null(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


# -- blame taken by the subject, as another party says (gold rule 1) -------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Mr. Lavrov said the U.S. bears some blame for the crisis.", "Mr. Lavrov", "the U.S."),
    ("Trump said Monday that Mexico shares in the blame for the violence.", "Trump", "Mexico"),
    ("Most voters said Obama deserved the blame for the economy.", "Most voters", "Obama"),
    # "to blame" blames whatever follows "for" (no harm word needed)
    ("Conservatives say Democrats are to blame for the tone of the debate.", "Conservatives",
     "Democrats"),
    ("China said the U.S. was entirely to blame for the breakdown.", "China", "the U.S."),
    ("The minister said the blame will rest with a small group of rebels.", "The minister",
     "a small group"),
])
def test_blame_borne_by_the_subject(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)


@pytest.mark.parametrize("text", [
    # blame taken by the speaker or the speaker's own side, blame denied, or nobody reporting
    "He said he shares the blame for the defeat.",
    "We all bear some blame for this.",
    "Both teams share the blame for the loss.",
    "He said the weather was to blame for the delay.",
])
def test_blame_taken_or_unreported_is_not(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    # people nouns the agent test did not know
    ("He blamed gang violence on children who crossed the border.", "children"),
    ("Drug makers blame insurers for the high prices.", "insurers"),
])
def test_more_people_nouns_are_agents(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == accused


# -- denials (gold rule 4) -------------------------------------------------------------------
@pytest.mark.parametrize("text, denier", [
    # a relative after the denied content
    ("Critics say the mayor took bribes, something the mayor has repeatedly denied.",
     "the mayor"),
    ("Democrats say Nunes was working with the White House, something Nunes has denied.",
     "Nunes"),
    ("Smith resigned after accusations he hid the losses, charges he denied.", "he"),
    # "disputed" an accusation noun; blame pushed away
    ("Juul executives have disputed allegations that they marketed their products to teens.",
     "Juul executives"),
    ("China seeks to deflect blame for the pandemic.", "China"),
    ("The army acted to deflect accusations that it staged a coup.", "The army"),
    ("She brushed off blame by saying the decisions were made lower down.", "She"),
    ("Mr. Boehner washed his hands of the blame.", "Mr. Boehner"),
])
def test_more_denial_forms(rules_ex, text, denier):
    (den,) = rows_of(rules_ex, text, "deny")
    assert den.accused == denier


@pytest.mark.parametrize("text", [
    "The company makes something that users denied.",
    "The two sides disputed the figures.",
    "The disputed territory was seized.",
    "The goalkeeper deflected the shot.",
    "He rejected the blame game.",
    "That dispute is over U.S. charges that Japan closed its markets.",
])
def test_denial_twins_are_not(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


# -- "for allegedly <act>": a party acts on the allegation (rule 3's exception) --------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Police arrested a man for allegedly stealing a car.", "Police", "a man"),
    ("The court ordered China to pay 41.3 mln dlrs for allegedly defaulting on a loan.",
     "The court", "China"),
    ("The Federal Aviation Administration fined Delta Air Lines Inc 140,400 dlrs for alleged "
     "violations of safety rules.", "The Federal Aviation Administration",
     "Delta Air Lines Inc"),
    # the subject suffers the act: the accuser is unstated
    ("He was arrested last week for allegedly stealing a car.", None, "He"),
    ("The agency came under fire in June for allegedly banning the flag.", None, "The agency"),
])
def test_acting_on_an_alleged_act(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)


@pytest.mark.parametrize("text", [
    # a journalist's hedge: nobody acts on it
    "The man allegedly stole a car.",
    "He was seen in Ohio after allegedly stealing a car.",
    "Nobody was arrested for allegedly stealing the car.",
])
def test_bare_allegedly_is_not(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- who brings a legal charge (rule 1: legal charges by state organs count) -----------------
@pytest.mark.parametrize("text, accuser", [
    ("The Justice Department is preparing corruption charges against the senator.",
     "The Justice Department"),
    ("The SEC had filed similar charges, and the trader settled.", "The SEC"),
])
def test_who_brings_the_charges(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accuser == accuser


def test_charges_without_a_bringer_keep_no_accuser(rules_ex):
    (acc,) = rows_of(rules_ex, "He faces charges of fraud.")
    assert acc.accuser is None


# -- "blamed X on Y" with commas inside X, a coordinated Y, an agent inside X -----------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("He blamed violence in Portland, Oregon, not just on militia organizers but on others.",
     "He", "militia organizers"),
    ("Makumbi blamed the failure to set quotas, which were suspended last year, on Indonesian "
     "demands.", "Makumbi", "Indonesian demands"),
    ("The crisis, which he blamed on the instability in Libya and human traffickers, grew.",
     "he", "human traffickers"),
    ("Cardenas has blamed the intransigence of some big countries.", "Cardenas",
     "some big countries"),
    # more reporting verbs before "to blame"
    ("Trump suggested this week that China was to blame for the change.", "Trump", "China"),
    ("In his book, Panetta writes that Obama was to blame for the surge.", "Panetta", "Obama"),
])
def test_blame_objects_read_further(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)


@pytest.mark.parametrize("text", [
    "He blamed the weather, and on Monday the team lost.",
    "A storm of blame-casting, self-scoring and anger, with partisans turning on one another.",
    "Cardenas has blamed the intransigence of the market.",
])
def test_blame_read_further_twins(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- private persons of a nationality, business lobbies, people close to a state (rule 6) ----
@pytest.mark.parametrize("text, accuser, accused", [
    # (bare "Prosecutors": American unless another state's office is named)
    ("Prosecutors accused 13 Russians and three Russian companies of interfering.", "USA",
     None),
    ("Many Iranians blamed the government for the crash.", None, None),
    ("More than half of Americans blame Trump for the shutdown.", None, "USA"),
    ("A third man, Saudi citizen Ahmed Almutairi, was accused of spying.", None, None),
    ("The US Chamber of Commerce accused Democrats of hurting business.", None, None),
    ("Sources close to the White House accused Pelosi of lying.", None, "USA"),
])
def test_private_persons_of_a_nationality_get_no_code(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2019-02-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


@pytest.mark.parametrize("text, accuser, accused", [
    # the state and its organs keep their code
    ("Russian officials accused Ukraine of shelling the town.", "RUS", "UKR"),
    ("Two Russian diplomats were accused of spying.", None, "RUS"),
    ("The Russians accused Kiev of lying.", "RUS", "UKR"),
    ("Officials at the White House accused Pelosi of lying.", "USA", "USA"),
])
def test_state_actors_keep_their_code(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2019-02-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == (accuser, accused)


@pytest.mark.parametrize("text, accused", [
    # places abroad do not make "the president" foreign ...
    ("Republicans blamed the President for the expansion of ISIS in Syria.", "USA"),
    ("The whistleblower accused the president of pressuring Ukraine.", "USA"),
    ("The administration blamed Democrats for the policy.", None),
    # ... another state's office named before it does
    ("After Ukrainian President Zelenskiy spoke, critics accused the president of lying.", None),
    ("Critics of the Iraqi government accused the president of corruption.", None),
])
def test_whose_president(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused_iso3 == accused


# -- members of Congress by party and state; the sentence around "(D-Vt.) charged" ----------
def test_party_and_state_after_a_name_is_congress(rules_ex):
    (acc,) = rows_of(rules_ex, "Committee Chairman Patrick Leahy (D-Vt.) charged Japan with "
                               "lying and cheating in its trade practices.")
    assert (acc.accuser, acc.accuser_iso3, acc.accused_iso3) == (
        "Committee Chairman Patrick Leahy", "USA", "JPN")


def test_sentence_start_before_a_lower_case_cue():
    from mediakit.text import sentence_span, sentence_spans
    t = "Prices fell. Patrick Leahy (D-Vt.) charged Japan with lying. Talks ended."
    a, b = sentence_span(t, t.index("charged"))
    assert t[a:b] == "Patrick Leahy (D-Vt.) charged Japan with lying."
    assert (a, b) in sentence_spans(t)
    # a sentence that does end before the cue still ends there
    t = "He left (on Monday.) Charges followed."
    a, b = sentence_span(t, t.index("Charges"))
    assert t[a:b] == "Charges followed."


@pytest.mark.parametrize("text", [
    # neither confirmed nor denied; asked to deny, not denying
    "Clinton's campaign has neither confirmed or denied their authenticity.",
    "The company would not confirm or deny the report.",
    "Trump urged Coats to deny the allegations.",
])
def test_denials_not_made(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


@pytest.mark.parametrize("text, denier", [
    ("During the hearings, the minister denied that he'd received orders from the palace.",
     "the minister"),
    ("The oil minister denied that Nigeria was over-producing.", "The oil minister"),
    ("Brazil denied having sold sugar below world market prices.", "Brazil"),
])
def test_denied_wrongs_of_trade_and_contractions(rules_ex, text, denier):
    (den,) = rows_of(rules_ex, text, "deny")
    assert den.accused == denier


@pytest.mark.parametrize("text", [
    "Analysts said prices fell below market levels.",
    "The minister denied that output was rising.",
])
def test_trade_wrong_twins(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == [] and rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, date, accused", [
    # the object pronoun is not the accuser: no other state actor before it -> no code
    ("The SEC had Elliott Enterprises shut down, accusing it of defrauding investors.",
     "2019-05-01", None),
    ("Sanders attacked Clinton and all but accused her of complicity.", "2016-03-01", None),
    # ... while an antecedent that is a state actor still gives one
    ("Merkel met Putin and accused him of lying.", "2019-05-01", "RUS"),
])
def test_object_pronoun_is_not_the_accuser(rules_ex, text, date, accused):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accused_iso3 == accused


# -- headline passives, coordinated passives, who is held on or faces charges ---------------
@pytest.mark.parametrize("text, accuser, accused", [
    ('Trump accused of "cultural insensitivity" after calling Warren a name', None, "Trump"),
    ("Russia accused of meddling in the election", None, "Russia"),
    ("China has long engaged in espionage and been accused of stealing designs.", None,
     "China"),
    ("The House voted along party lines to impeach Trump on two charges.", "The House",
     "Trump"),
    ("Snowden is wanted by the US on charges of espionage.", "the US", "Snowden"),
    ("He faces charges of fraud.", None, "He"),
    ("The senator, facing corruption charges, resigned.", None, "The senator"),
    ("Russia refused to hand over Snowden to face federal charges.", None, "Snowden"),
])
def test_who_is_accused_in_passives_and_charges(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2019-12-20")
    assert (acc.accuser, acc.accused) == (accuser, accused)


@pytest.mark.parametrize("text", [
    "The accused of the crime was released.",
    "Prices face charges.",
])
def test_passive_and_charge_twins(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_confirmed_is_no_firm(rules_ex):
    # "confirmed" holds "firm" but names no company: "the president" is still the US
    (acc,) = rows_of(rules_ex, "Aides confirmed that Democrats accused the president of lying.")
    assert acc.accused_iso3 == "USA"
    (acc,) = rows_of(rules_ex, "The firm said rivals accused the president of lying.")
    assert acc.accused_iso3 is None
