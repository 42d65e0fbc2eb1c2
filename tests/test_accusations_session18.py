"""Session 18: general forms that the rules missed or misread in the development batches, each
shown on our own sentences with a twin that must not change; expected rows were checked by hand
against the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- a quoted denial verb: Moore "totally denies" the allegations ---------------------------------
@pytest.mark.parametrize("text, denier", [
    ('The senator "totally denies" the allegations, his lawyer said.', "The senator"),
    ('Trump has "categorically denied" the accusations.', "Trump"),
    ('The minister "strongly denied" any wrongdoing.', "The minister"),
])
def test_quoted_denial_verb(rules_ex, text, denier):
    rows = rows_of(rules_ex, text, "deny")
    assert [r.accused for r in rows] == [denier]


def test_quoted_denial_of_a_request_is_still_a_refusal(rules_ex):
    # "denied" a request stays a refusal, quoted or not
    assert rows_of(rules_ex, 'The court "flatly denied" his request for bail.', "deny") == []


# -- "dismissed X as a 'trashy tabloid fiction'": a quote before the adjectives, more verdicts ---
@pytest.mark.parametrize("text, denier", [
    ('The spokeswoman dismissed the book as a "trashy tabloid fiction".', "The spokeswoman"),
    ("The minister dismissed the lawsuit as political grandstanding.", "The minister"),
    ("The embassy dismissed the report as a conspiracy theory.", "The embassy"),
])
def test_dismissed_as_verdict(rules_ex, text, denier):
    assert [r.accused for r in rows_of(rules_ex, text, "deny")] == [denier]


@pytest.mark.parametrize("text", [
    # a verdict on something that is no accusation stays out when it is no verdict of falsehood
    "The coach dismissed the rumours about his future as premature.",
    # calling the press "fake news" is an attack on the press, not a denial (dev sentences)
    'Trump and his aides have routinely dismissed the news media as "fake news."',
])
def test_dismissed_without_falsehood_verdict(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


# -- "X takes/gets the bulk of the blame": others blame X ----------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("Republicans are taking the bulk of the blame for the shutdown.", "Republicans"),
    ("The governor gets most of the blame for the botched rollout.", "The governor"),
])
def test_blame_taken_by_subject(rules_ex, text, accused):
    assert [(r.accuser, r.accused) for r in rows_of(rules_ex, text)] == [(None, accused)]


@pytest.mark.parametrize("text", [
    "We take most of the blame for the defeat.",  # blame accepted
    "The weather got most of the blame for the delays.",  # no agent
    "The President could end up shouldering most of the blame.",  # not yet
])
def test_blame_taken_not_an_accusation(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- exceeding an agreed production ceiling is a wrongdoing, like exceeding a quota ------------
def test_denied_exceeding_production_ceiling(rules_ex):
    text = "The oil minister denied that Nigeria was exceeding its agreed production ceiling."
    assert [r.accused for r in rows_of(rules_ex, text, "deny")] == ["The oil minister"]


def test_output_near_ceiling_is_no_denial(rules_ex):
    text = "The oil minister denied that output would reach the production ceiling this year."
    assert rows_of(rules_ex, text, "deny") == []


# -- more verdicts on a named accusation: "an appalling lie", "a political hit", "a hit job" ------
@pytest.mark.parametrize("text, denier", [
    ("The attorney general called the accusations of collusion an appalling lie.",
     "The attorney general"),
    ('The nominee described the allegations as "a calculated political hit".', "The nominee"),
    ("The senator called the allegations a hit job.", "The senator"),
])
def test_more_verdicts(rules_ex, text, denier):
    assert [r.accused for r in rows_of(rules_ex, text, "deny")] == [denier]


def test_lie_without_named_accusation_is_no_denial(rules_ex):
    # a verdict needs an accusation named in the sentence
    assert rows_of(rules_ex, "He said the campaign was built on an appalling lie.", "deny") == []


# -- an opening participle clause that ends inside a quote: 'of "assassination," Kavanaugh' -----
def test_participle_opener_ending_in_quote(rules_ex):
    text = ('Accusing Democratic senators of "character assassination," Kavanaugh called '
            "the hearing a disgrace.")
    r = rows_of(rules_ex, text)[0]
    assert (r.accuser, r.accused) == ("Kavanaugh", "Democratic senators")


def test_participle_opener_subject_with_common_noun(rules_ex):
    # (before session 18 the subject was the bare "a")
    text = "Blaming the outlets for the defeat, a consortium of billionaires launched a fund."
    assert rows_of(rules_ex, text)[0].accuser.startswith("a consortium")


# -- a measure that violates a pact, reported: its maker is accused (Reuters wire copy) ---------
@pytest.mark.parametrize("text, accuser", [
    ("Brazil said the new quota system violated the coffee agreement.", "Brazil"),
    ("The proposed levy also violates GATT rules, the trade minister said.", "the trade minister"),
])
def test_reported_measure_violates(rules_ex, text, accuser):
    rows = rows_of(rules_ex, text)
    assert rows and rows[0].accuser == accuser


@pytest.mark.parametrize("text", [
    "Todd said the change prevented the bank from violating covenants of its loan.",
    "The agency said it will review any unit that violates the pact.",
    "The minister said the plan did not violate GATT rules.",
])
def test_violation_not_charged(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- sanctions against X for violating ...: the sanctioner accuses X -----------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Washington imposed sanctions against Moscow for violating the treaty.",
     "Washington", "Moscow"),
    ("The industry group urged the government to impose trade sanctions against Japan for "
     "violating the chip pact.", "The industry group", "Japan"),
    ("Senators praised President Reagan for retaliating against Japan for violating the accord.",
     "President Reagan", "Japan"),
])
def test_sanctions_for_violating(rules_ex, text, accuser, accused):
    r = rows_of(rules_ex, text)[0]
    assert (r.accuser, r.accused) == (accuser, accused)


def test_violating_after_for_without_sanction(rules_ex):
    # "fined ... for violating" has no party sanctioning against another named here
    assert rows_of(rules_ex, "He was praised for not violating the rules.") == []


# -- criticism of a party's conduct: "criticised Uganda's policies" ------------------------------
@pytest.mark.parametrize("text, accuser, accused, iso3", [
    ("The World Bank criticised Uganda's policies on deficit financing.",
     "The World Bank", "Uganda", "UGA"),
    ("The minister criticized the attitude of the outgoing Irish government.",
     "The minister", "the outgoing Irish government", "IRL"),
    ("Smaller brokers have criticized the Exchange Council's efforts to restrict membership.",
     "Smaller brokers", "the Exchange Council", None),
])
def test_criticised_conduct(rules_ex, text, accuser, accused, iso3):
    r = rows_of(rules_ex, text, date="1987-04-01")[0]
    assert (r.accuser, r.accused, r.accused_iso3) == (accuser, accused, iso3)


@pytest.mark.parametrize("text", [
    "Critics criticized the film's ending.",  # no conduct of a party
    "Reviewers criticized Biden's pitch for a commission.",  # a pitch is no conduct noun here
])
def test_criticised_thing_is_no_rule_row(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- money charges and launches are never read by the scorer either -----------------------------
@pytest.mark.parametrize("text", [
    "The holding company's cash flow was insufficient to meet fixed charges.",
    "Charges taken last year sharply reduced the equity base, the agency said.",
    "Its overseas unit had a difficult year with higher depreciation charges.",
    "The rocket blasted off from the launch pad before dawn.",
])
def test_money_charges_and_launches(ex, text):
    assert rows_of(ex, text) == []


def test_settled_charges_still_read(ex):
    # money before "charges", but the charge is stated after it
    text = ("The FTC said the retailer agreed to pay 200,000 dlrs to settle charges that it "
            "misrepresented the fabric content of its coats.")
    assert rows_of(ex, text)


# -- criticism of a measure names no party: the scorer leaves it -----------------------------------
@pytest.mark.parametrize("text", [
    "Economists criticised the controls, saying they could hurt exports.",
    "Union leaders have criticised the freeze in interviews with the agency.",
    "Leaders from several countries have criticised the move and threatened retaliation.",
])
def test_criticised_measure(ex, text):
    assert rows_of(ex, text) == []


# -- the ruling party of a one-party state is a state organ --------------------------------------
@pytest.mark.parametrize("text, date, iso3", [
    ("The Soviet Communist Party has criticised the ministry for failing to store grain.",
     "1987-04-07", "RUS"),
    ("Beijing's critics accuse the Chinese Communist Party of hiding the outbreak.",
     "2020-04-13", "CHN"),
])
def test_ruling_party_is_state(rules_ex, text, date, iso3):
    r = rows_of(rules_ex, text, date=date)[0]
    assert iso3 in (r.accuser_iso3, r.accused_iso3)


def test_party_in_a_democracy_stays_nonstate(rules_ex):
    r = rows_of(rules_ex, "The Labour Party accused the government of misleading voters.",
                date="2016-06-30")[0]
    assert r.accuser_iso3 is None


# -- more things blamed that are no agents ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The tax agency blamed a 2010 Supreme Court ruling that gave groups more leeway.",
    "Businesses are blaming the Washington tumult for holding back hiring.",
    "The senator blamed the whole thing on funding cuts to the military.",
    "The president blamed the unrest on the Arab Spring upheaval.",
])
def test_blame_on_non_agents(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_ruling_still_reports(rules_ex):
    # a court's ruling is no agent to blame, but it can state a violation
    text = ("The minister said the court ruling stated that the agency's bids violated the "
            "accession treaty.")
    assert rows_of(rules_ex, text)


# -- withheld accusations: "his refusal to blame", "rather than condemn", "the lack of charges" ---
@pytest.mark.parametrize("text", [
    "Lawmakers were angered by his refusal to blame Russia for interfering in the election.",
    "Rather than condemn the hacking, Trump seemed to encourage Russia.",
    "Republicans pointed to the lack of charges against the president.",
    "The governor is avoiding criticism of the president's response to the outbreak.",
    "Investing in workers instead of blaming immigrants might help the economy.",
])
def test_withheld_accusations(ex, text):
    assert rows_of(ex, text) == []


def test_rather_than_before_other_words_keeps_the_accusation(rules_ex):
    text = ("He set up the firm so that searches would show praise rather than the allegations "
            "that he defrauded investors.")
    assert rows_of(rules_ex, text)


# -- "alleged" before a person: the journalist's "the accused", no accusation reported -----------
@pytest.mark.parametrize("text", [
    "The aide made false statements about his dealings with an alleged Russian operative.",
    "Rebels have not ceased their attacks on government forces and alleged informants.",
    "The crackdown on alleged terrorists in the region made him popular.",
])
def test_alleged_person_is_no_accusation(ex, text):
    assert rows_of(ex, text) == []


def test_alleged_spies_still_read(ex):
    # spies are a state's agents: not in the list, so the sentence is still read
    assert rows_of(ex, "The administration slapped Russia with sanctions and ejected 35 alleged "
                       "Russian spies from the country.")


# -- headline ellipsis: "X says Y behind <attack>", "X says Y 'solely to blame'" ------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Seoul says North Korea behind hacking of nuclear plant operator", "Seoul", "North Korea"),
    ("Britain says Russia behind nerve agent attack", "Britain", "Russia"),
    ("China says U.S. 'solely to blame' for collapse of trade talks", "China", "U.S."),
])
def test_headline_ellipsis(rules_ex, text, accuser, accused):
    r = rows_of(rules_ex, text)[0]
    assert (r.accuser, r.accused) == (accuser, accused)


@pytest.mark.parametrize("text", [
    "The team fell behind the attack in the second half, the coach said.",
    "Behind the attack was a long-planned strategy, officials said.",
])
def test_behind_without_a_doer(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- a legal action judged "without merit": the party sued denies it (Reuters wire copy) ----------
@pytest.mark.parametrize("text, denier", [
    ("The brokerage said it believes the SEC action is without merit.", "The brokerage"),
    ("The company said the civil action was without merit.", "The company"),
])
def test_action_without_merit(rules_ex, text, denier):
    assert [r.accused for r in rows_of(rules_ex, text, "deny")] == [denier]


def test_film_action_is_no_legal_action(rules_ex):
    assert rows_of(rules_ex, "The critic said the film's action is without merit.", "deny") == []
