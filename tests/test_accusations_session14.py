"""Session 14: forms found in the dev/blind development batches (b21-b74), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of

from mediakit.accusations._lexicon import load_lexicon


# -- "May" the name is neither the modal nor the month ------------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    # Theresa May was the UK's prime minister from July 2016 to July 2019
    ("Theresa May accused Moscow of a brazen attack on British soil.", "Theresa May", "GBR"),
    ("Mrs May has blamed Russia for the poisoning in Salisbury.", "Mrs May", "GBR"),
    ("But May accused Moscow of a brazen attack on British soil.", "May", None),
    ("May accused Moscow of a brazen attack on British soil.", "May", None),
])
def test_may_the_name_accuses(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date="2018-03-14")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)
    assert acc.accused_iso3 == "RUS"


@pytest.mark.parametrize("text", [
    "Critics may accuse Moscow of a brazen attack on British soil.",
    "Some may blame Moscow for the attack in Salisbury.",
])
def test_may_the_modal_is_still_hypothetical(rules_ex, text):
    assert rows_of(rules_ex, text, date="2018-03-14") == []


def test_may_the_month_is_no_actor(rules_ex):
    (acc,) = rows_of(rules_ex, "In May, Britain accused Moscow of a brazen attack.",
                     date="2018-06-14")
    assert (acc.accuser, acc.accuser_iso3, acc.accused_iso3) == ("Britain", "GBR", "RUS")


# -- a regex cue reaching over words hides only its own family ----------------------------------
def test_cue_inside_a_longer_cue_is_found():
    lex = load_lexicon()
    s = "The banker was convicted after agents accused him of laundering money."
    fams = [(s[a:b], f) for a, b, f in lex.find_cues(s)]
    assert ("accused", "accuse") in [(w, f) for w, f in fams]
    assert any(f == "indict" for _, f in fams)


def test_cue_inside_a_longer_cue_accuses(rules_ex):
    rows = rows_of(rules_ex, "The banker was convicted after agents accused him of laundering "
                             "money.")
    assert [(r.accuser, r.accused, r.cue) for r in rows] == [("agents", "him", "accused")]


def test_denial_cue_still_holds_what_it_denies(rules_ex):
    # "fighting allegations that ...": the reach is the denied claim, one denial
    rows = rules_ex.extract("The firm is fighting allegations that it underpaid its cleaners.")
    assert [r.polarity for r in rows].count("deny") == 1


# -- "denied it <past verb>": "it" is the clause's subject, not the object of "denied" ----------
def test_denied_it_with_a_past_verb_is_a_denied_act(rules_ex):
    rows = rules_ex.extract("Moscow has denied it meddled in the French vote.",
                            date="2018-06-01")
    assert {(r.polarity, r.accused_iso3) for r in rows} == {("accuse", "RUS"), ("deny", "RUS")}


def test_denied_it_alone_needs_an_accusation(rules_ex):
    # the object pronoun with nothing it refers to: no row
    assert rules_ex.extract("Moscow denied it again on Tuesday.", date="2018-06-01") == []


# -- a rejected claim that "it" did something is an accusation ---------------------------------
def test_rejected_claim_that_it_acted(rules_ex):
    rows = rules_ex.extract("Beijing has rejected U.S. claims that it has reneged on the deal.",
                            date="2019-05-10")
    acc = [r for r in rows if r.polarity == "accuse"]
    assert (acc[0].accuser_iso3, acc[0].accused_iso3) == ("USA", "CHN")
    assert any(r.polarity == "deny" for r in rows)


def test_rejected_claim_of_a_capability_is_not(rules_ex):
    # a capability claimed, not a deed done (session 12's twin, with "it")
    assert rows_of(rules_ex, "Beijing has rejected claims that it could match the new tariffs.",
                   date="2019-05-10") == []


# -- rhetorical blame -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Who can blame Norway for wanting to protect its fishermen?",
    "You can hardly blame Norway for wanting to protect its fishermen.",
])
def test_rhetorical_blame_is_no_accusation(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_plain_blame_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "Iceland blamed Norway for overfishing the shared stocks.")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("ISL", "NOR")


# -- the infinitive's subject in a subordinate clause ------------------------------------------
@pytest.mark.parametrize("text, accuser", [
    ("Years later, the rule was dropped after regulators used leaked memos to accuse the bank "
     "of fraud.", "regulators"),
    ("Before the war, the decree was notorious as colonial officers used it to accuse farmers "
     "of sedition.", "colonial officers"),
])
def test_infinitive_subject_in_subordinate_clause(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accuser == accuser


def test_leading_conjunction_is_no_accuser(rules_ex):
    (acc,) = rows_of(rules_ex, "But the minister met the envoy and accused him of lying.")
    assert acc.accuser == "the minister"


# -- "denied having" a tie or a possession -----------------------------------------------------
def test_denied_having_business_is_a_denied_act(rules_ex):
    rows = rules_ex.extract("The senator has denied having any business dealings in Iran.",
                            date="2018-06-01")
    assert {r.polarity for r in rows} == {"accuse", "deny"}


def test_denied_having_said_is_not(rules_ex):
    # a denied statement: no act (development: labelled neither)
    assert rules_ex.extract("The senator denied having said Iran should get the bomb.",
                            date="2018-06-01") == []


# -- passive blame after a coordinated verb, or with an adverbial before "for" ------------------
@pytest.mark.parametrize("text, accused", [
    ("Mr. Lund posted a clip and thus was falsely blamed for the riot.", "Mr. Lund"),
    ("The premier is blamed in particular for closing the border too late.", "The premier"),
    ("The premier is blamed largely for the slow response.", "The premier"),
])
def test_passive_blame_variants(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == accused


# -- East Asian family names come first --------------------------------------------------------
@pytest.mark.parametrize("text, date, iso3", [
    ("Critics accused Mr. Xi of hiding the outbreak.", "2020-02-01", "CHN"),
    ("Critics accused Xi of hiding the outbreak.", "2020-02-01", "CHN"),
    ("Critics accused President Moon of appeasing Pyongyang.", "2019-02-01", "KOR"),
    ("Critics accused Mr. Li of hiding the figures.", "2016-02-01", "CHN"),
    # before Xi Jinping took office, and a frequent family name without a title
    ("Critics accused Xi of hiding the outbreak.", "2005-02-01", None),
    ("Critics accused Li of hiding the figures.", "2016-02-01", None),
])
def test_family_name_first(rules_ex, text, date, iso3):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accused_iso3 == iso3


# -- who faces accusations is accused ---------------------------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("The minister has faced accusations of bribery for months.", "The minister"),
    ("The governor faces fresh allegations that he lied to investigators.", "The governor"),
    ("The ruling party, dogged by allegations of vote buying, lost the election.",
     "The ruling party"),
    ("The agency has been rocked by allegations of abuse.", "The agency"),
])
def test_faced_accusations(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused, acc.rule) == (None, accused, "nominal-faced")


def test_faced_accusations_by_someone(rules_ex):
    (acc,) = rows_of(rules_ex, "The company faced accusations from regulators that it hid "
                               "losses.")
    assert (acc.accuser, acc.accused) == ("regulators", "The company")


def test_faced_a_question_is_no_accusation(rules_ex):
    # a faced question, and accusations nobody faces
    assert rows_of(rules_ex, "The minister faced questions about the budget.") == []
    assert rows_of(rules_ex, "Reporters asked about the allegations.") == []


# -- a denial read by the scorer must deny an accusation noun ---------------------------------
def test_scorer_denial_needs_an_accusation_noun():
    from mediakit.accusations import AccusationExtractor
    ex = AccusationExtractor(verifier=False).fit()  # the scorer's own rows
    rows = ex.extract("TikTok rejected condemnation from the Trump administration that it "
                      "shares users' data.", date="2020-08-01")
    assert [(r.polarity, r.rule) for r in rows] == [("accuse", "scorer"), ("deny", "scorer")]
    # denied without an accusation noun: the scorer's accusation stays, its denial does not
    rows = ex.extract("Officials denied Tuesday they ever concluded that the attack was an "
                      "unplanned outburst.", date="2019-02-01")
    assert [r.polarity for r in rows] == ["accuse"]


# -- refusals to people are no denials ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The agency says the law does not allow it to deny illegal immigrants the tax credit.",
    "The regime is denying citizens information about the outbreak.",
    "The detainees said they had been beaten, kept in cold cells and denied sleep.",
])
def test_refusals_are_no_denials(rules_ex, text):
    assert rules_ex.extract(text) == []


# -- a denied passive of one's own is no denied act --------------------------------------------
def test_denied_being_pressured_is_no_denied_act(rules_ex):
    assert rules_ex.extract("The senator denied he had been pressured to change his vote.") == []


def test_denied_own_act_twin(rules_ex):
    rows = rules_ex.extract("The senator denied he had taken bribes from the lobbyists.")
    assert {r.polarity for r in rows} == {"accuse", "deny"}


# -- exhortations report no rejection ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Voters should reject the allegations of fraud spread by the campaign.",
    "Everyone in the party must reject any accusations of bias.",
])
def test_exhortation_is_no_rejection(rules_ex, text):
    assert rows_of(rules_ex, text, "deny", date=None) == []


def test_reported_rejection_twin(rules_ex):
    rows = rules_ex.extract("The party rejected the allegations of fraud spread by the campaign.")
    assert any(r.polarity == "deny" for r in rows)


# -- a main subject with lower-case modifiers ---------------------------------------------------
def test_main_subject_with_lower_case_modifiers(rules_ex):
    (acc,) = rows_of(rules_ex, "The ruling party, dogged by allegations of vote buying, lost "
                               "the election.")
    assert acc.accused == "The ruling party"


def test_main_subject_stops_at_a_verb(rules_ex):
    # "like to" is no part of the subject: the participle's subject stays unknown
    (acc,) = rows_of(rules_ex, "The papers like to blame the unions for the strikes.")
    assert acc.accuser in (None, "The papers")
    assert acc.accused == "the unions"


# -- "to blame" with a degree word, and the reflexive ------------------------------------------
def test_more_to_blame(rules_ex):
    (acc,) = rows_of(rules_ex, "The senator said the adviser was more to blame than the chief "
                               "of staff.")
    assert (acc.accuser, acc.accused) == ("The senator", "the adviser")


def test_only_themselves_to_blame(rules_ex):
    (acc,) = rows_of(rules_ex, "The critic argues that the networks have only themselves to "
                               "blame.")
    assert (acc.accuser, acc.accused) == ("The critic", "the networks")


def test_to_blame_as_a_verb_twin(rules_ex):
    # "was to blame the unions": the verb with its object, as before
    (acc,) = rows_of(rules_ex, "His first reaction was to blame the unions for the strike.")
    assert acc.accused == "the unions"


# -- a document speaks for its author ----------------------------------------------------------
def test_report_from_an_agency_accuses(rules_ex):
    (acc,) = rows_of(rules_ex, "A new report from Norway's intelligence service found that "
                               "Russian hackers were responsible for the breach.",
                     date="2019-05-01")
    assert (acc.accuser, acc.accuser_iso3) == ("Norway's intelligence service", "NOR")


def test_report_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "Norway's intelligence service found that Russian hackers were "
                               "responsible for the breach.", date="2019-05-01")
    assert (acc.accuser, acc.accuser_iso3) == ("Norway's intelligence service", "NOR")


# -- "X denies it ...": the pronoun is the denier -----------------------------------------------
def test_denier_pronoun_is_the_denier(rules_ex):
    rows = rules_ex.extract("Washington says Moscow broke the treaty, though Moscow denies it "
                            "is violating the pact.", date="2019-02-05")
    acc = [r for r in rows if r.rule == "deny-content"]
    assert (acc[0].accused, acc[0].accused_iso3) == ("Moscow", "RUS")


# -- adverbs of frequency between a subject and its verb ----------------------------------------
def test_often_accused_appositive(rules_ex):
    (acc,) = rows_of(rules_ex, "The governor, often accused of ignoring the floods, defended "
                               "his record.")
    assert acc.accused == "The governor"


def test_often_blame(rules_ex):
    (acc,) = rows_of(rules_ex, "Farmers often blame the governor for the water shortages.")
    assert (acc.accuser, acc.accused) == ("Farmers", "the governor")


# -- a noun "blame" placed on nobody ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor is not getting the level of blame he deserves for the shortages.",
    "It is unclear how much blame the minister deserves for the delays.",
    "The opposition could also draw blame if it votes against the budget.",
    "Officials refrained from assigning blame or playing politics after the attack.",
])
def test_noun_blame_on_nobody(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_finger_of_blame_at_someone(rules_ex):
    (acc,) = rows_of(rules_ex, "The activists pointed the finger of blame directly at the "
                               "White House.")
    assert acc.accused_iso3 == "USA"


@pytest.mark.parametrize("text", [
    "You can blame the White House for the delay, but the courts share the fault.",
    "One can blame the ministry for the delay.",
])
def test_you_can_blame_is_no_report(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- a notion or suggestion of a part in a deed -------------------------------------------------
def test_dismissed_notion_of_a_role(rules_ex):
    rows = rules_ex.extract("The ministers dismissed the notion that Belarus played a role in "
                            "the border crisis.", date="2021-11-10")
    acc = [r for r in rows if r.polarity == "accuse"]
    assert (acc[0].accused, acc[0].accused_iso3) == ("Belarus", "BLR")
    assert any(r.polarity == "deny" for r in rows)


def test_dismissed_notion_of_a_forecast_twin(rules_ex):
    # a forecast, not a deed
    assert rules_ex.extract("The ministers dismissed the notion that Belarus will play a role "
                            "in the talks.", date="2021-11-10") == []


# -- "them" after a list of states is the list (its first state, gold rule 5) -------------------
def test_them_after_a_list_of_states(rules_ex):
    (acc,) = rows_of(rules_ex, "The president cut aid to Honduras, El Salvador and Guatemala, "
                               "accusing them of sending migrants north.", date="2019-04-01")
    assert acc.accused_iso3 == "HND"


def test_list_commas_do_not_end_the_clause_before_a_participle(rules_ex):
    (acc,) = rows_of(rules_ex, "Talk of sanctions grew last week, after Trump declared that he "
                               "would cut aid to Honduras, El Salvador and Guatemala, accusing "
                               "them of sending migrants north.", date="2019-04-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", "HND")


def test_it_after_one_state_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "The president cut aid to Guatemala, accusing it of sending "
                               "migrants north.", date="2019-04-01")
    assert acc.accused_iso3 == "GTM"


# -- verdicts: a suit "which alleges" is without merit; falsehoods; "outrageous to suggest" ------
def test_suit_which_alleges_is_without_merit(rules_ex):
    rows = rules_ex.extract("The maker said the suit, which alleges that it copied a rival's "
                            "patents, is without merit.")
    assert any(r.polarity == "deny" for r in rows)


def test_allegation_based_on_falsehoods(rules_ex):
    rows = rules_ex.extract("A blog said the minister lied to parliament, an allegation that "
                            "is based on absolute falsehoods, the ministry said.")
    assert any(r.polarity == "deny" for r in rows)


def test_outrageous_to_suggest(rules_ex):
    rows = rules_ex.extract("The spokeswoman said it was “outrageous” to suggest the mayor "
                            "bore any responsibility for the riot.")
    assert any(r.polarity == "deny" for r in rows)


def test_outrageous_conduct_twin(rules_ex):
    # the adjective of an act, no claim answered: no denial
    assert rows_of(rules_ex, "The senator condemned the outrageous conduct of the guards.", "deny",
                   date=None) == []


# -- blame focused, foisted or deflected onto someone -------------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("The governor's aides are trying to focus blame for the delays on the opposition.",
     "The governor's aides", "the opposition"),
    ("The minister is deflecting blame for the outbreak toward the army.", "The minister",
     "the army"),
    ("The mayor deflects blame to his ministers.", "The mayor", "his ministers"),
])
def test_blame_focused_or_deflected(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused, acc.rule) == (accuser, accused, "blame-noun")


def test_spaced_hyphen_ends_an_object(rules_ex):
    (acc,) = rows_of(rules_ex, "Damascus blames the strikes on Israel -- which denies them -- "
                               "and vows to respond.", date="2019-06-01")
    assert (acc.accused, acc.accused_iso3) == ("Israel", "ISR")


# -- "should be blamed on the actions of X"; an interview aside; "made previously by" -----------
def test_should_be_blamed_on_the_actions_of(rules_ex):
    (acc,) = rows_of(rules_ex, "The premier said the unrest should be blamed on the actions of "
                               "the government in Minsk.", date="2021-06-01")
    assert (acc.accuser, acc.accused_iso3) == ("The premier", "BLR")


def test_was_blamed_on_weather_twin(rules_ex):
    assert rows_of(rules_ex, "The shortages were blamed on the weather.") == []


def test_interview_aside_is_no_part_of_the_denier(rules_ex):
    (den,) = rows_of(rules_ex, "Mr. Orban, in an interview with a German newspaper, dismissed "
                               "the allegations as fake news.", "deny", date="2018-06-01")
    assert (den.accused, den.accused_iso3) == ("Mr. Orban", "HUN")


def test_accusation_made_previously_by(rules_ex):
    (acc,) = rows_of(rules_ex, "The envoy repeated the accusation made previously by Ankara "
                               "that Athens was arming the militias.", date="1987-06-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("TUR", "GRC")


# -- infringing is a wrong; a possessive clause subject stops at its verb ------------------------
def test_claimed_infringement(rules_ex):
    (acc,) = rows_of(rules_ex, "The maker claimed that its rival's scanner infringed two of its "
                               "patents.")
    assert (acc.accuser, acc.rule) == ("The maker", "claim-that")


def test_possessive_clause_subject_stops_at_its_verb(rules_ex):
    (acc,) = rows_of(rules_ex, "The company charged that its rival stole its designs.")
    assert acc.accused == "its rival"


# -- "charging" with a bare clause; a fronted "Accused of ..." -----------------------------------
def test_charging_a_bare_clause(rules_ex):
    (acc,) = rows_of(rules_ex, "The carrier filed a suit against its rival, charging the rival "
                               "broke a marketing agreement.")
    assert (acc.accused, acc.rule) == ("the rival", "charge-that")


def test_charging_customers_twin(rules_ex):
    assert rows_of(rules_ex, "The firm is charging the customers paid too little.") == []


@pytest.mark.parametrize("text, accuser, accused", [
    ("Accused of spying, the Russian diplomat left Britain.", None, "the Russian diplomat"),
    ("Accused by Moscow of spying, the diplomat left the country.", "Moscow", "the diplomat"),
])
def test_fronted_accused_of(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused, acc.rule) == (accuser, accused, "accuse-fronted")


# -- a duty is no crime; conditions and capabilities report no accusation ------------------------
def test_charged_with_supervision_is_a_duty(rules_ex):
    assert rows_of(rules_ex, "The central bank, charged with supervision of the lenders, has "
                             "issued only treasury bonds.") == []


@pytest.mark.parametrize("text", [
    "They asked voters how they would feel if their own relatives were falsely accused of "
    "fraud.",
    "I don't think we can be accused of being too generous to the strikers.",
])
def test_conditions_and_capabilities(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_reported_passive_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "Their relatives were falsely accused of fraud by the police.")
    assert acc.accused == "Their relatives"


# -- pretence negated, conditional, or going on --------------------------------------------------
@pytest.mark.parametrize("text", [
    "“Nobody really understands oil prices, and I don\ufffd\ufffd\ufffdt pretend to understand them,” "
    "the governor told senators.",
    "The rate was 23 percent, or 32 percent if one pretended that all income was paid out.",
    "She never liked the capital and chose not to try to pretend to.",
])
def test_pretence_not_reported(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_pretence_going_on_twin(rules_ex):
    rows = rows_of(rules_ex, "“If the ministry continues to pretend that hoping is a strategy, "
                             "we will get nowhere,” said one aide.")
    assert rows and rows[0].accuser == "one aide"


# -- a member of Congress "of <a US state>" ----------------------------------------------------
def test_member_of_congress_of_a_us_state(rules_ex):
    (acc,) = rows_of(rules_ex, "Sen. Jane Holt of Vermont accused Republicans of stalling the "
                               "aid bill.", date="2019-05-01")
    assert acc.accuser_iso3 == "USA"


def test_senator_of_another_state_twin(rules_ex):
    # a country named in the span: not the US Congress
    (acc,) = rows_of(rules_ex, "Sen. Jane Holt of Argentina accused Republicans of stalling the "
                               "aid bill.", date="2019-05-01")
    assert acc.accuser_iso3 != "USA"


# -- a quote attributed with "accused"; a present verb ends the quoted subject -------------------
def test_quote_then_accused(rules_ex):
    (acc,) = rows_of(rules_ex, "“The minister lied to us about the contracts,” the senator "
                               "accused.")
    assert (acc.accuser, acc.accused, acc.rule) == ("the senator", "The minister",
                                                    "accuse-final")


def test_quote_then_alleged_adding(rules_ex):
    rows = rows_of(rules_ex, "“The governor seems to welcome the help again,” the senator "
                             "alleged, adding that the state must act.")
    assert [(r.accuser, r.accused) for r in rows if r.rule == "allege-final"] == [
        ("the senator", "The governor")]


# -- a state's noun phrase coordinated with another party ----------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("The Syrian government and Russia blamed the rebels for the gas attack.",
     "The Syrian government and Russia", "SYR"),
    ("Both the Iraqi army and Iran blamed the militants for the bombing.",
     "Both the Iraqi army and Iran", "IRQ"),
])
def test_state_phrase_and_another_party(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date="2016-10-01")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- "accused the leader of X of ...": the first "of" is the object's ----------------------------
def test_object_with_its_own_of_phrase(rules_ex):
    (acc,) = rows_of(rules_ex, "The senator accused the head of the Iranian navy of lying about "
                               "the drills.", date="2019-05-01")
    assert (acc.accused, acc.accused_iso3) == ("the head of the Iranian navy", "IRN")


def test_object_then_charge_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "The senator accused the head of lying about the drills.")
    assert acc.accused == "the head"


def test_charge_inside_a_product_name(rules_ex):
    assert rules_ex.extract("The merged firm will develop its Quick Charge product for "
                            "charging car batteries.") == []


def test_had_only_themselves_to_blame_without_a_reporter(rules_ex):
    (acc,) = rows_of(rules_ex, "The speaker had a message for his rivals: the Democrats had only "
                               "themselves to blame for the defeat.")
    assert (acc.accuser, acc.accused) == (None, "the Democrats")


@pytest.mark.parametrize("text", [
    "If the bill fails, Republicans will only have themselves to blame.",
    "The candidate, a tough self-critic, said he has only himself to blame for the loss.",
])
def test_reflexive_blame_future_or_own(rules_ex, text):
    assert [r for r in rows_of(rules_ex, text) if r.rule == "blame-reflexive"] == []


def test_shift_the_blame_far_onto(rules_ex):
    (acc,) = rows_of(rules_ex, "The leaders sought to shift the blame for any talk about it onto "
                               "the opposition.")
    assert acc.accused == "the opposition"


# -- a long prepositional opener; ", and sought to put the blame on" -----------------------------
def test_long_prepositional_opener_is_no_subject(rules_ex):
    (acc,) = rows_of(rules_ex, "In a speech to a meeting of business executives in Miami, the "
                               "chairman lashed out at raiders, accusing them of harming "
                               "companies.")
    assert acc.accuser == "the chairman"


def test_coordinated_blame_placer_takes_the_main_subject(rules_ex):
    (acc,) = rows_of(rules_ex, "The governor warned on Monday that a shutdown could happen, and "
                               "sought to put the blame on the unions.")
    assert (acc.accuser, acc.accused) == ("The governor", "the unions")


def test_accusations_said_to_be_unsubstantiated(rules_ex):
    rows = rules_ex.extract("The foreign ministry said the accusations of a cover-up were "
                            "unsubstantiated.")
    assert any(r.polarity == "deny" for r in rows)


# -- a denial whose object names the act --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The embassy denied the spying allegations, calling them a flat out lie.",
    "The minister denied the bribery accusation on Monday.",
    "The army denies any wrongdoing in the 2014 offensive.",
    "His denial of an affair with the intern led to the trial.",
    "The envoy should not have accepted the general's denial of involvement in the killing.",
])
def test_denial_naming_the_act_is_an_accusation(rules_ex, text):
    rows = rules_ex.extract(text, date="2019-01-01")
    assert {"accuse", "deny"} <= {r.polarity for r in rows}
    assert any(r.rule.startswith("deny") and r.polarity == "accuse" for r in rows)


@pytest.mark.parametrize("text", [
    "The minister denied the allegations on Monday.",
    "The general denied any wrongdoing in a statement.",
    "His denial of the claims was swift.",
])
def test_bare_denial_is_no_accusation(rules_ex, text):
    rows = rules_ex.extract(text, date="2019-01-01")
    assert [r.polarity for r in rows] == ["deny"]


# -- a name resolved by the office in its appositive ---------------------------------------------
def test_name_resolved_by_appositive_office(rules_ex):
    (acc,) = rows_of(rules_ex, "Jane Roe, the U.S. Attorney for the Eastern District of New "
                               "York, described the conduct as shocking and accused the mayor "
                               "of fraud.", date="2014-01-23")
    assert (acc.accuser, acc.accuser_iso3) == ("Jane Roe", "USA")


def test_name_with_a_non_office_appositive_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "Jane Roe, a novelist from Damascus, praised the talks and "
                               "accused Arab nations of funding rebels.", date="2014-01-23")
    assert acc.accuser_iso3 is None


def test_non_office_appositive_names_no_state(rules_ex):
    (acc,) = rows_of(rules_ex, "Mary Smith, a critic of the Russian government, accused Moscow "
                               "of fraud.")
    assert (acc.accuser_iso3, acc.accused_iso3) == (None, "RUS")


def test_office_appositive_names_its_state_twin(rules_ex):
    (acc,) = rows_of(rules_ex, "Ali Reza, the Iranian foreign minister, accused Washington of "
                               "lying.")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("IRN", "USA")


# -- what the denier was doing or wants is no denied act -----------------------------------------
@pytest.mark.parametrize("text", [
    "The minister resigned today, but denied he was responding to the protests.",
    "The speaker called a news conference to deny he wants to be president.",
])
def test_denied_state_is_no_denied_act(rules_ex, text):
    assert rules_ex.extract(text) == []


def test_denied_trying_to_hide_twin(rules_ex):
    rows = rules_ex.extract("The minister denied he was trying to hide the losses from "
                            "auditors.")
    assert {r.polarity for r in rows} == {"accuse", "deny"}


def test_faced_allegations_then_and(rules_ex):
    # the faced noun closes its phrase with "and" ("\\b" in _FACED_END, not a backspace)
    rows = rows_of(rules_ex, "The ruling party, rocked by bribery allegations and defections, "
                             "blamed the press for its defeat.")
    assert any(r.rule == "nominal-faced" and r.accused == "The ruling party" for r in rows)
