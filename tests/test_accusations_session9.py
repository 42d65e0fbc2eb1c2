"""Session 9: forms found in the dev/blind development batches (b21-b38), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- criticism of a party for an act (gold rule 1: a blameworthy act attributed) ------------
@pytest.mark.parametrize("text, accuser, accused", [
    # neither party a state, no wrongdoing word: still an accusation since session 9
    ("In a televised address, he criticised the IMF for making Lima pay more than it lends.",
     "he", "the IMF"),
    ("The governor criticized the agency for closing the clinics without notice.",
     "The governor", "the agency"),
    ("Rosenstein criticizes Comey for calling a press conference in July.",
     "Rosenstein", "Comey"),
])
def test_criticism_of_a_party_for_an_act_is_an_accusation(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused, acc.rule) == (accuser, accused, "criticise")


@pytest.mark.parametrize("text", [
    # criticism of a thing, not of a party, and criticism without "for"
    "Economists criticised the plan for its cost.",
    "The governor criticized the agency on Tuesday.",
    # negated or hypothetical
    "The governor did not criticize the agency for closing the clinics.",
    "Voters could criticize the agency for closing the clinics.",
])
def test_criticism_twins_without_a_party_or_act_are_not(rules_ex, text):
    assert rows_of(rules_ex, text) == []


# -- rebuttals without a denial verb (gold rule 4) --------------------------------------------
@pytest.mark.parametrize("text, denier", [
    ("The former aide has always maintained his innocence.", "The former aide"),
    ("In the video, the senator proclaims his innocence.", "the senator"),
    ("Manafort insisted again on Friday that he was innocent.", "Manafort"),
    ("The ministry said it had done nothing wrong.", "The ministry"),
    ("“We did nothing wrong,” the spokesman said.", "the spokesman"),
    ("The chairman accepts no responsibility for the losses.", "The chairman"),
])
def test_rebuttal_without_a_denial_verb(rules_ex, text, denier):
    (den,) = rows_of(rules_ex, text, "deny")
    assert (den.accused, den.rule) == (denier, "innocent")
    # no act is named: a generic denial, no accusation (gold rule 4)
    assert rows_of(rules_ex, text) == []


def test_cleared_party_for_a_named_harm_is_the_denied_accusation(rules_ex):
    text = "The minister said Germany was not to blame for the trade deficit."
    (acc,) = rows_of(rules_ex, text)
    (den,) = rows_of(rules_ex, text, "deny")
    assert (acc.accuser, acc.accused, acc.accused_iso3) == (None, "Germany", "DEU")
    assert den.accused == "The minister"  # a third party's rebuttal (rule 4)
    text = "Officials said the company could not be held responsible for the shortages."
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == "the company"
    assert [d.accused for d in rows_of(rules_ex, text, "deny")] == ["Officials"]


@pytest.mark.parametrize("text", [
    # an adjective before a noun, a presumption, a condition
    "Soldiers fired on innocent civilians near the border.",
    "“In America, you are innocent until proven guilty,” he said.",
    "If they did nothing wrong, they have nothing to fear.",
    "The presumption of innocence applies to everyone.",
    # nothing wrong with a thing; the writer's own view (no speaker)
    "There is nothing wrong with the plan, the minister said.",
    "So, the region is not to blame for the crisis.",
    # a purpose, and a remit ("responsible for enforcing the law" is a duty)
    "The aim of the inquiry is not to blame anyone, he said.",
    "The agency said it is not responsible for enforcing the law.",
])
def test_rebuttal_twins_that_are_no_denial(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []
    assert rows_of(rules_ex, text) == []


# -- denied clauses about the denier's own acts ------------------------------------------------
@pytest.mark.parametrize("text, accused", [
    # "knowing" is the denier's own knowledge of the act
    ("The governor has denied knowing that the funds were diverted to the militia.",
     "The governor"),
    # a possessed subject with a past verb; a quotation mark before "that"
    ("Flynn was still “flatly denying” that his talks with the envoy had involved sanctions.",
     "Flynn"),
    # the subject of coordinated verbs
    ("The minister had said he would step aside but denied that he had met the lobbyists.",
     "The minister"),
])
def test_denial_of_the_deniers_own_act(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    (den,) = rows_of(rules_ex, text, "deny")
    assert acc.accused == accused and den.accused == accused


def test_denied_wrongdoing_without_an_act_is_a_generic_denial(rules_ex):
    text = "Throughout the talks, Moscow was denying it was doing anything untoward."
    (den,) = rows_of(rules_ex, text, "deny")
    assert (den.accused, den.accused_iso3) == ("Moscow", "RUS")
    assert rows_of(rules_ex, text) == []  # no act named (gold rule 4)


@pytest.mark.parametrize("text", [
    # a rumour about the denier's plans and a fact it received: factual denials (rule 3)
    "The firm denied that its shares would be sold to the state fund.",
    "The firm denied it had received the letter.",
    "The embassy denied that any of its citizens were killed in the blast.",
])
def test_factual_denials_stay_out(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


@pytest.mark.parametrize("text", [
    "The ministry rejected the criticism.",
    "Gibbs rejected the criticism, calling his opponents cowboys.",
])
def test_rejected_criticism_is_a_denial(rules_ex, text):
    assert len(rows_of(rules_ex, text, "deny")) == 1


# -- the object of a relative clause is the accused ------------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Critics attacked the agency that lawmakers blamed for the delays.",
     "lawmakers", "the agency"),
    ("The senator, who Democrats blame for the shutdown, declined to comment.",
     "Democrats", "The senator"),
    ("Pressure grew to hand over Gulen, whom Ankara blames for the failed coup.",
     "Ankara", "Gulen"),
    ("The firm that regulators accused of fraud has closed its offices.",
     "regulators", "The firm"),
    ("She faces the senator whom she has accused of lying about the budget.",
     "she", "the senator"),
])
def test_relative_object_is_the_accused(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)


@pytest.mark.parametrize("text, accused", [
    # a reduced relative and a relative subject keep their readings
    ("Officials in Tehran blamed for the crackdown were sanctioned.", "Officials in Tehran"),
    ("Twelve agents accused of hacking were indicted on Friday.", "Twelve agents"),
])
def test_relative_object_twins(rules_ex, text, accused):
    acc = rows_of(rules_ex, text)[0]
    assert (acc.accuser, acc.accused) == (None, accused)


# -- people nouns as the blamed party ----------------------------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("The president blamed the crises on his communications team.", "his communications team"),
    ("The mayor blamed the violence on the rally organizers.", "the rally organizers"),
])
def test_blame_on_a_group_of_people(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == accused


def test_blame_on_a_thing_stays_out(rules_ex):
    assert rows_of(rules_ex, "The president blamed the crises on the weather.") == []


# -- a participle after a preposition's noun phrase: that phrase accuses -----------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("The university defended its policies against a group accusing it of bias.",
     "a group", "it"),
    ("The court heard a lawsuit from states accusing the company of fraud.",
     "states", "the company"),
    # twins: the subject of the clause when no noun phrase follows the preposition
    ("He responded by accusing the president of lying.", "He", "the president"),
    ("With Ottawa accusing Washington of dumping, the talks stalled.", "Ottawa", "Washington"),
    # a preposition or subordinator between: the main subject accuses
    ("Obama threatened strikes against Syrian forces after blaming Assad for the attack.",
     "Obama", "Assad"),
    ("Schumer was among the Democrats accusing Trump of backing away.", "Schumer", "Trump"),
])

def test_participle_after_a_prepositional_phrase(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (accuser, accused)


def test_participle_after_with_and_a_time_adjunct(rules_ex):
    # the adjunct does not cut "with" off its noun phrase (the span keeps "on Friday")
    text = "The raids drew criticism, with Obama on Friday accusing Russia of killing civilians."
    (acc,) = rows_of(rules_ex, text, date="2016-10-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", "RUS")


def test_rejected_criticism_that_names_an_act(rules_ex):
    # "criticism" is an accusation noun of the denial rules: its holder accuses, and "it" in
    # the denied clause is the denier (a company: no ISO3, rule 6)
    text = ("TikTok rejected criticism from the Trump administration that it shares American "
            "users' data with the Chinese government.")
    rows = rules_ex.extract(text, date="2020-08-01")
    assert [(r.polarity, r.accuser_iso3, r.accused, r.accused_iso3) for r in rows] == [
        ("accuse", "USA", "TikTok", None), ("deny", "USA", "TikTok", None)]


# -- who is no state actor (gold rule 6) -------------------------------------------------------
@pytest.mark.parametrize("text, date, accuser", [
    # former office holders are private persons, whatever their old office
    ("Former White House aide Michael Deaver, a friend of the president, accused the press "
     "of lying.", "1987-05-01", None),
    ("The onetime North Carolina senator accused the press of lying.", "2012-05-01", None),
    ("Ex-President Bashir accused Cairo of meddling.", "2020-05-01", None),
    # a state named after "former" is still that state
    ("The former Soviet republic of Georgia accused Russia of shelling.", "2010-05-01", "GEO"),
    ("The former Yugoslav Republic of Macedonia accused Greece of blocking its bid.",
     "2005-05-01", "MKD"),
    # companies by legal suffix or Reuters ticker, even with a country in the name
    ("Continental Grain Co of the United States accused Dhaka of cheating.", "1987-05-01",
     None),
    ("<Fuji Bank Ltd> accused the regulator of leaking the report.", "1987-05-01", None),
])
def test_former_office_holders_and_companies_get_no_code(rules_ex, text, date, accuser):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accuser_iso3 == accuser


def test_bare_nationals_are_people_and_places_are_no_actors(rules_ex):
    # "Russians" are people (rule 6: "25 Russian nationals"); "the Russians" the state
    assert rows_of(rules_ex, "Mueller accused Russians of meddling.")[0].accused_iso3 is None
    assert rows_of(rules_ex, "Mueller accused the Russians of meddling.")[0].accused_iso3 == "RUS"
    # a capital after "in" places a person; officials placed there serve that state
    text = "The head of its mergers department in London was accused by U.S. authorities of " \
           "insider trading."
    (acc,) = rows_of(rules_ex, text, date="1987-05-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", None)
    text = "Liberal leaders in Washington accused the company of price gouging."
    assert rows_of(rules_ex, text)[0].accuser_iso3 is None
    text = "Officials in Beijing accused Washington of bullying."
    assert rows_of(rules_ex, text)[0].accuser_iso3 == "CHN"


# -- denials that are not, and the denier inside the denied clause -----------------------------
@pytest.mark.parametrize("text", [
    "There is no denying the number of migrants must be addressed.",  # a concession
    # a prediction dismissed, no act: no accusation answered
    "But he dismissed the notion that the window for reform will close next year.",
])
def test_no_denial_of_an_accusation(rules_ex, text):
    assert rules_ex.extract(text) == []


def test_dismissed_notion_about_oneself(rules_ex):
    rows = rules_ex.extract("He dismissed the notion that he had colluded with the Russians.")
    assert [(r.polarity, r.accused) for r in rows] == [("accuse", "He"), ("deny", "He")]


# -- reciprocal blame: the first two states named ----------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("The U.S. and Brazil, the largest importer and exporter respectively, each laid the "
     "blame on the other for the breakdown of the talks.", ("USA", "BRA")),
    ("The talks were marked by acrimony between France and West Germany, with each side "
     "blaming the other for the strains.", ("FRA", "DEU")),
    ("When talks broke down, the U.S. and Brazil, the largest consumer and producer "
     "respectively, blamed one another for sabotaging them.", ("USA", "BRA")),
    # the plain case is unchanged
    ("Armenia and Azerbaijan blamed each other for the fighting.", ("ARM", "AZE")),
])
def test_reciprocal_blame_between_two_states(rules_ex, text, pair):
    (acc,) = rows_of(rules_ex, text, date="1987-04-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


@pytest.mark.parametrize("text, accuser", [
    ("More startling were Trump’s statements blaming Russia for poor relations.", "Trump’s"),
    ("The issue sparked President Trump's series of tweets accusing investigators of lying.",
     "President Trump's"),
])
def test_possessor_of_statements_accuses(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, "USA")


def test_participle_after_a_comma_and_an_adverb(rules_ex):
    text = '"Now we have an Obama man," Trump wrote, apparently accusing Yates of blocking him.'
    (acc,) = rows_of(rules_ex, text, date="2017-01-30")
    assert (acc.accuser, acc.accused, acc.rule) == ("Trump", "Yates", "accuse-participle")
    # the progressive keeps its subject
    (acc,) = rows_of(rules_ex, "He was apparently accusing Yates of lying.")
    assert (acc.accuser, acc.rule) == ("He", "accuse-active")


def test_blamed_pronoun_with_an_agent_antecedent(rules_ex):
    (acc,) = rows_of(rules_ex, "Trump attacked China, blaming it for the job losses.")
    assert (acc.accused, acc.accused_iso3) == ("it", "CHN")
    # the antecedent is a thing: no accusation
    assert rows_of(rules_ex, "Trump attacked the weather, blaming it for the losses.") == []


@pytest.mark.parametrize("text, date, accuser", [
    ("Sen. Orrin Hatch accused the Democrats of obstruction.", "2019-08-31", "USA"),
    ("Democratic congresswoman Frederica Wilson accused Kelly of lying.", "2017-10-20", "USA"),
    ("Rep. Peter T. King, New York Republican, accused the agency of weakness.", "2013-08-31",
     "USA"),
    # another state in the appositive; a full "Senator" (Australia, the Philippines, ...);
    # a former member
    ("Sen. Ruperto Godoy, who chairs the Argentine Congress’ committee on foreign affairs, "
     "accused Britain of militarizing the islands.", "2015-03-12", None),
    ("Senator Kim Carr accused the Abbott government of cuts in Australia.", "2014-08-31", None),
    ("Former Sen. Bob Dole accused Russia of meddling.", "2019-08-31", None),
])
def test_members_of_congress_by_title(rules_ex, text, date, accuser):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accuser_iso3 == accuser


@pytest.mark.parametrize("text, denier", [
    ("The officials have dismissed the tax controversy as a “phony scandal”.", "The officials"),
    ("The White House said it will not take part, blasting the inquiry as “completely "
     "baseless”.", "The White House"),
])
def test_dismissed_as_a_verdict_is_a_denial(rules_ex, text, denier):
    (den,) = rows_of(rules_ex, text, "deny")
    assert (den.accused, den.rule) == (denier, "reject-as-verdict")


@pytest.mark.parametrize("text", [
    "The minister dismissed the plan as unworkable.",   # no verdict on an accusation
    "The senator slammed the bill as a giveaway.",
])
def test_dismissed_as_an_opinion_is_no_denial(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


@pytest.mark.parametrize("text", [
    "Political observers say the speed with which Democrats forced the senator to resign over "
    "misconduct allegations is breathtaking.",
    "Mr. Freeh made similar allegations a decade ago when he wrote a book.",
])
def test_scorer_rows_name_no_fragment_as_a_party(ex, text):
    # the role picker's candidates include fragments ("is breathtaking", "a decade ago"): a
    # party must be a name or an agent, else it is left empty
    for row in ex.extract(text, date="2018-01-01"):
        for span in (row.accuser, row.accused):
            assert span is None or span[0].isupper() or span.split()[-1] in {
                "senator", "Democrats", "he"}, span


# -- the world's office holders (mediakit/data/world_leaders.tsv, rule 7) ---------------------
@pytest.mark.parametrize("text, date, accuser", [
    ("Sergey Kislyak accused the press of lying.", "2016-05-01", "RUS"),
    ("Kislyak accused the press of lying.", "2016-05-01", "RUS"),   # a distinctive surname
    ("Kislyak accused the press of lying.", "2019-05-01", None),    # out of office
    ("Salvini accused Brussels of hypocrisy.", "2018-09-01", "ITA"),
    # Sudan's president until April 2019 (test_accusations_session8: not Ilhan Omar)
    ("Omar al-Bashir blamed China for the standoff.", "2019-02-16", "SDN"),
    ("Pope Francis blamed church leaders for the cover-up.", "2018-08-26", "VAT"),
    ("Economic Planning Secretary Solita Monsod blamed the bankers for the delay.",
     "1987-03-02", "PHL"),
    # a frequent family name is no office holder on its own ("Martin": not Micheál Martin)
    ("Martin accused the team of cheating.", "2021-03-01", None),
])
def test_world_office_holders(rules_ex, text, date, accuser):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accuser_iso3 == accuser


def test_world_leaders_table_is_well_formed():
    import pycountry

    from mediakit.accusations._lexicon import read_table

    t = read_table(None, "world_leaders.tsv", ("phrase", "iso3", "kind", "valid_from",
                                               "valid_to"))
    assert len(t) > 2000 and set(t["kind"]) == {"leader"}
    codes = {c.alpha_3 for c in pycountry.countries}
    assert set(t["iso3"]) <= codes
    assert (t["phrase"] == t["phrase"].str.lower()).all()
    assert (t["phrase"].str.split().str.len() >= 2).all()
    ends = t.loc[t["valid_to"] != ""]
    assert (ends["valid_from"] <= ends["valid_to"]).all()


@pytest.mark.parametrize("text, accused", [
    ("Mr Trump has been criticised for the remarks about the judge.", "Mr Trump"),
    ("The administration has been criticized for challenging the state law.",
     "The administration"),
])
def test_passive_criticism_for_an_act(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text, date="2018-01-01")
    assert (acc.accuser, acc.accused, acc.rule) == (None, accused, "criticise-passive")


@pytest.mark.parametrize("text", [
    "The plan was criticized for its cost.",   # a thing criticised
    "He was criticized.",                      # no act named
])
def test_passive_criticism_twins(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, date, pair", [
    # the Koreas' "the North" and "the South"; a US civil-war sentence stays unresolved
    ("Seoul said the North fired shells, and the North accused the South of provocations.",
     "2015-08-21", ("PRK", "KOR")),
    ("The North accused the South of treason.", "1864-01-01", (None, None)),
    ("The Islamic Republic has blamed the militants for the unrest.", "2019-11-26",
     ("IRN", None)),
    # the backer of a group is not the group (rule 6: "pro-Russian rebels" -> null)
    ("The Islamic Republic has blamed thugs linked to the United States for the unrest.",
     "2019-11-26", ("IRN", None)),
])
def test_metonyms_and_backed_groups(rules_ex, text, date, pair):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert (acc.accuser_iso3, acc.accused_iso3) == pair


def test_denier_before_scare_quotes_after_a_leading_clause(rules_ex):
    text = ("Two weeks later, in an interview with the Post, Flynn was still “categorically "
            "denying” that his talks with the ambassador had involved sanctions.")
    (den,) = rows_of(rules_ex, text, "deny", date="2017-02-08")
    assert den.accused == "Flynn"


@pytest.mark.parametrize("text, denier", [
    ("The insurer said it will defend against the charges.", "it"),
    ("The university defended its admissions policies on Friday against a group accusing it "
     "of bias.", "The university"),
    ("Facebook has defended itself against criticism that its platform spreads lies.",
     "Facebook"),
])
def test_defending_against_an_accusation_is_a_denial(rules_ex, text, denier):
    (den,) = rows_of(rules_ex, text, "deny")
    assert (den.accused, den.cue.split()[0].lower()[:6]) == (denier, "defend")


@pytest.mark.parametrize("text", [
    "The team defended its title against Spain.",
    "He defended the decision against critics.",
])
def test_defending_without_an_accusation_is_no_denial(rules_ex, text):
    assert rows_of(rules_ex, text, "deny") == []


def test_the_denier_owns_the_denied_clause(rules_ex):
    text = "Facebook has defended itself against criticism that its platform spreads lies."
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == "Facebook"


def test_criticism_of_a_plans_effect_names_no_accused(rules_ex):
    text = ("The congressman defended the tax plan against criticism that middle-class "
            "families will pay more.")
    assert rows_of(rules_ex, text) == []
    assert len(rows_of(rules_ex, text, "deny")) == 1
