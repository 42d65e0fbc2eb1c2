"""Session 13: forms found in the dev/blind development batches (b21-b68), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of

from mediakit.accusations._lexicon import fold_accents, load_lexicon


# -- a leader's surname with a possessive is the leader ----------------------------------------
@pytest.mark.parametrize("text, date, accuser, iso3", [
    # Yatsenyuk was Ukraine's prime minister from February 2014 to April 2016
    ("The Kremlin rejected Yatsenyuk's claims of Russian meddling in the east as unfounded.",
     "2014-05-22", "Yatsenyuk", "UKR"),
    # out of office, the same name is a private person (rule 6)
    ("The Kremlin rejected Yatsenyuk's claims of Russian meddling in the east as unfounded.",
     "2018-05-22", "Yatsenyuk", None),
])
def test_possessive_surname_resolves_in_office(rules_ex, text, date, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


# -- a denied claim of an act names the act's agent, not the denier ----------------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("The Kremlin rejected Kiev's claims of Russian meddling in the east as unfounded.",
     "Russian", "RUS"),
    ("Beijing dismissed the allegations of Chinese hacking by its army.", "Chinese", "CHN"),
])
def test_denied_claim_of_an_act_names_its_agent(rules_ex, text, accused, iso3):
    rows = rules_ex.extract(text, date="2018-06-01")
    acc = [r for r in rows if r.polarity == "accuse"][0]
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)
    assert any(r.polarity == "deny" for r in rows)


def test_denied_claim_without_an_agent_stays_the_deniers(rules_ex):
    # "allegations of corruption" name no agent: the denier is the accused (gold rule 4)
    (acc,) = rows_of(rules_ex, "The Kremlin denied allegations of corruption in the army.")
    assert (acc.accused, acc.accused_iso3) == ("The Kremlin", "RUS")


# -- a plural possessive owns the accusation noun ----------------------------------------------
@pytest.mark.parametrize("text, accuser", [
    ("She scolded the aide over the prosecutors’ allegations that he tried to bribe witnesses.",
     "the prosecutors"),
    ("The judge weighed the agents' allegations that the company laundered money.",
     "the agents"),
])
def test_plural_possessive_is_the_accuser(rules_ex, text, accuser):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accuser == accuser


def test_closing_quote_is_no_possessive(rules_ex):
    # a single-quoted phrase before the noun: its closing quote owns nothing
    rows = rows_of(rules_ex, "The aide dismissed the ‘witch hunts’ claims that he lied.")
    assert all(r.accuser != "witch hunts" for r in rows)


# -- accents do not hide a name ----------------------------------------------------------------
def test_fold_accents_keeps_offsets():
    text = "Díaz-Canel met Erdoğan in Zürich."
    folded = fold_accents(text)
    assert folded == "Diaz-Canel met Erdogan in Zurich."
    assert len(folded) == len(text)


def test_accented_name_resolves(rules_ex):
    # the leaders table spells him "Miguel Diaz-Canel"; the text has the accent
    lex = load_lexicon()
    assert (10, 27, "miguel diaz-canel") in lex.find_actors("President Miguel Díaz-Canel spoke.")
    (acc,) = rows_of(rules_ex, "Díaz-Canel blamed Washington for the shortages.",
                     date="2019-05-01")
    assert acc.accuser_iso3 == "CUB"


# -- a cleft names the accuser -----------------------------------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("It was the Obama administration that first accused Moscow of breaching the treaty.",
     "the Obama administration", "USA"),
    ("It was Germany that blamed Iran for the attack.", "Germany", "DEU"),
])
def test_cleft_subject_is_the_accuser(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


def test_relative_that_is_no_cleft(rules_ex):
    # "the report that accused": no "It was" before it, the report is an artifact
    (acc,) = rows_of(rules_ex, "Germany cited the report that accused Iran of the attack.")
    assert acc.accuser != "Germany"


# -- a state's conduct is the state's (rule 6: "A state's policy -> that state") --------------
@pytest.mark.parametrize("text, date, accused, iso3", [
    ("Critics blame the president’s 2011 withdrawal of troops for the chaos.", "2014-11-09",
     "the president’s 2011 withdrawal", "USA"),
    ("The envoy blamed the crisis on Indonesian demands for a bigger quota.", "1987-03-09",
     "Indonesian demands", "IDN"),
    ("He blamed the poor relations on Russian bad behavior.", "2018-04-29",
     "Russian bad behavior", "RUS"),
])
def test_state_conduct_is_the_states(rules_ex, text, date, accused, iso3):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)


@pytest.mark.parametrize("text, accused", [
    # people of a state are not the state (rule 6): no ISO3
    ("The minister blamed Russian hackers for the outage.", "Russian hackers"),
    # a private person's conduct stays private
    ("The senator blamed the lawyer’s handling of the case for the delay.",
     "the lawyer’s handling"),
])
def test_people_and_private_conduct_stay_null(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accused, acc.accused_iso3) == (accused, None)


# -- "it" is rarely a state after a preposition; "he" can be an office named by its state ------
def test_it_prefers_a_state_that_is_no_prepositional_object(rules_ex):
    # "on Iran" comes first, but "it" is the United States, the subject before it
    (acc,) = rows_of(rules_ex, "Talks on Iran stalled because the United States said it "
                     "blames Tehran for the attacks.")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", "IRN")


def test_the_government_of_a_leader(rules_ex):
    (acc,) = rows_of(rules_ex, "Few doubt the attack happened in Syria, and the United States "
                     "has made clear that it blames the government of President Bashar "
                     "al-Assad.")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("USA", "SYR")


def test_he_is_the_office_holder_named_by_his_state(rules_ex):
    (acc,) = rows_of(rules_ex, "The Russian president wrote a commentary in which he slammed "
                     "the prime minister of Japan for the tariffs.", date="2013-09-14")
    assert acc.accuser_iso3 == "RUS"


# -- an agency named with its article in the actors table ("the SEC") --------------------------
def test_agency_charge_without_modifier(rules_ex):
    (acc,) = rows_of(rules_ex, "Merrill said questions on the SEC charge against its executive "
                     "would be answered in New York.", date="1987-03-11")
    assert (acc.accuser, acc.accuser_iso3) == ("SEC", "USA")


# -- who does a participle's accusing ----------------------------------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    # the issuer of a statement dated after it
    ("The state news agency of Syria issued a statement on Tuesday accusing Kerry of lying.",
     "The state news agency of Syria", "SYR"),
    ("Egypt's foreign ministry issued a statement Tuesday accusing Turkey of meddling.",
     "Egypt's foreign ministry", "EGY"),
    # a named subject of the gerund after "to"/"of"
    ("The exchange led to Sanders accusing Clinton of being too cozy with Wall Street.",
     "Sanders", "USA"),
    # a participle phrase before the subject, twice
    ("Heading into the final weeks, Senator Ted Cruz is sharpening his attacks, accusing "
     "Obama of weakness.", "Senator Ted Cruz", "USA"),
    ("Today, attempting to argue against the suit, Sarah Sanders shifted her rationale, "
     "accusing the reporter of rudeness.", "Sarah Sanders", "USA"),
    # a participle phrase of more than seven words
    ("Today, attempting to argue against the network's latest suit, Sarah Sanders shifted her "
     "rationale, accusing the reporter of rudeness.", "Sarah Sanders", "USA"),
])
def test_participle_accuser(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text, date="2018-06-01" if "Sanders shifted" in text or (
        "Kerry" in text or "Egypt" in text) else "2015-10-13")
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)


def test_infinitive_to_is_no_gerund_subject(rules_ex):
    # "pointing to German reliance ... to accuse": the infinitive's subject is the main one
    (acc,) = rows_of(rules_ex, "Trump leveled criticism at Berlin, pointing to German reliance "
                     "on gas to accuse the country of being a captive of Russia.",
                     date="2018-07-11")
    assert (acc.accuser, acc.accuser_iso3) == ("Trump", "USA")


# -- a denied relation is a denial of an act (gold rule 4) -------------------------------------
@pytest.mark.parametrize("text, date, accused, iso3", [
    # in July 2016 Trump holds no office: the first *state* party of "between" (rule 5)
    ("A campaign adviser denied a connection between Trump and Putin.", "2016-07-30",
     "Putin", "RUS"),
    ("The minister has denied having any personal ties to the cartel.", "2018-06-01",
     "The minister", None),
    ("Putin, after denying any Russian link to the gunmen, changed his story.", "2014-04-17",
     "Russian", "RUS"),
])
def test_denied_relation(rules_ex, text, date, accused, iso3):
    rows = rules_ex.extract(text, date=date)
    acc = [r for r in rows if r.polarity == "accuse"]
    assert [r.polarity for r in rows].count("deny") == 1
    assert (acc[0].accuser, acc[0].accused, acc[0].accused_iso3) == (None, accused, iso3)


def test_a_relation_of_no_denial_is_nothing(rules_ex):
    # no denial verb: "a connection between" alone accuses nobody
    assert rules_ex.extract("Scientists found a connection between smoking and cancer.",
                            date="2018-06-01") == []


# -- what a denial denies: the denier's own act ------------------------------------------------
@pytest.mark.parametrize("text, date, accused, iso3", [
    # a time adjunct between the verb and the clause; "it" opens the clause (and is the
    # denier: since session 14 the row names it, not the pronoun)
    ("Tehran denied last Sunday it had attacked Gulf shipping.", "1987-03-24", "Tehran", "IRN"),
    # a pronoun subject is the denier, not a place later in the clause
    ("The lawyer has denied for months that he ever has been in Prague or colluded with "
     "Russia.", "2018-04-13", "The lawyer", None),
    # an act named as the object: the denier's own, not a party of the next clause
    ("Moscow has denied any interference, and Trump has said his campaign did nothing wrong.",
     "2017-07-22", "Moscow", "RUS"),
])
def test_denied_own_act(rules_ex, text, date, accused, iso3):
    rows = rules_ex.extract(text, date=date)
    acc = [r for r in rows if r.polarity == "accuse"][0]
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)
    assert any(r.polarity == "deny" for r in rows)


def test_pronoun_in_a_passive_clause_is_not_the_accused(rules_ex):
    # "it had been hit by four Israeli warplanes": the agent is accused, not "it"
    (acc,) = rows_of(rules_ex, "Within two days the Sudanese charged that it had been hit by "
                     "four Israeli warplanes.", date="1998-10-24")
    assert (acc.accused, acc.accused_iso3) == ("Israeli warplanes", "ISR")


# -- an appositive between commas is no clause subject -----------------------------------------
def test_appositive_is_no_subject_of_a_coordinated_verb(rules_ex):
    (acc,) = rows_of(rules_ex, "Rep. Peter T. King, New York Republican, blasted the delay and "
                     "accused the president of abdicating his responsibility.", date="2013-08-31")
    assert (acc.accuser, acc.accuser_iso3) == ("Rep. Peter T. King", "USA")


def test_subject_after_a_subordinator_keeps_its_appositive(rules_ex):
    (acc,) = rows_of(rules_ex, "The talks soured when Walid al-Moallem, the Syrian foreign "
                     "minister, took the floor and accused Arab nations of backing terrorists.",
                     date="2014-01-23")
    assert acc.accuser == "Walid al-Moallem"


# -- the subject of a reported clause, not a state in a prepositional phrase -------------------
@pytest.mark.parametrize("text, accused, iso3", [
    ("The lawsuit alleges that the state has classified young immigrants as not having "
     "permission to be in the U.S.", "the state", None),
    ("The government has charged that the strike by the miners union is part of a plot timed "
     "to the visit of the West German president.", "the strike", None),
])
def test_clause_subject_over_an_oblique_state(rules_ex, text, accused, iso3):
    (acc,) = rows_of(rules_ex, text, date="2012-11-29")
    assert (acc.accused, acc.accused_iso3) == (accused, iso3)


def test_state_modifying_the_clause_subject_still_counts(rules_ex):
    # "a section of the U.S. Tariff Act": the state owns the subject
    (acc,) = rows_of(rules_ex, "The executive authority alleged that a section of the U.S. "
                     "Tariff Act was incompatible with the GATT.", date="1987-03-20")
    assert acc.accused_iso3 == "USA"


# -- who is a state: a state's office holder in an IGO, former officials counted ---------------
def test_state_possessed_office_in_an_igo(rules_ex):
    (acc,) = rows_of(rules_ex, "Iran’s OPEC governor, Hossein Kazempour Ardebili, accused the "
                     "United States of trying to push up oil prices.", date="2018-07-01")
    assert (acc.accuser_iso3, acc.accused_iso3) == ("IRN", "USA")


def test_igo_alone_stays_null(rules_ex):
    (acc,) = rows_of(rules_ex, "The OPEC secretary general accused the United States of trying "
                     "to push up oil prices.", date="2018-07-01")
    assert acc.accuser_iso3 is None


def test_counted_former_officials_are_private(rules_ex):
    (acc,) = rows_of(rules_ex, "Four former CDC directors accused the White House of "
                     "politicizing science.", date="2020-07-16")
    assert (acc.accuser_iso3, acc.accused_iso3) == (None, "USA")


# -- mutual accusations: the parties before "each"/"both" --------------------------------------
@pytest.mark.parametrize("text, accuser, accused", [
    ("Israel and Hamas, the Islamist group that rules Gaza, each accused the other of "
     "breaking the truce.", "Israel", "Hamas"),
    ("The United States and Russian navies are at odds, with each side blaming the other.",
     "The United States", "Russian"),
])
def test_each_accused_the_other(rules_ex, text, accuser, accused):
    (acc,) = rows_of(rules_ex, text, date="2019-06-07")
    assert (acc.accuser, acc.accused) == (accuser, accused)


def test_sentence_opening_a_quotation(rules_ex):
    (acc,) = rows_of(rules_ex, "“The Chinese government made no effort to deny the documents, "
                     "but rather accused The Times of smearing China.”", date="2019-11-20")
    assert (acc.accuser, acc.accuser_iso3) == ("The Chinese government", "CHN")


# -- members of Congress and federal office holders of 2009-2021 (world_leaders.tsv) -----------
@pytest.mark.parametrize("text, date, iso3", [
    # a deputy press secretary in office, by his distinctive surname
    ("Gidley accused the FBI team of extreme bias.", "2017-12-15", "USA"),
    # a member of the House in office
    ("Rep. Cedric Richmond accused the Vermont senator of sowing division.", "2020-03-03", "USA"),
    # Ben Carson before he held office (a candidate in 2015) is a private person
    ("Carson accused Obama of tying the troops' hands.", "2015-11-20", None),
])
def test_office_holders_2009_2021(rules_ex, text, date, iso3):
    (acc,) = rows_of(rules_ex, text, date=date)
    assert acc.accuser_iso3 == iso3


# -- no denial: blame deflected onto someone, a refusal with two objects -----------------------
@pytest.mark.parametrize("text", [
    "Time after time, the president deflects blame to his cabinet secretaries, the senator said.",
    "The move is aimed at deflecting criticism of Japanese protectionism.",
    "The law obstructs the advancement of workers and denies them opportunities, he said.",
])
def test_no_denial(rules_ex, text):
    assert rows_of(rules_ex, text, polarity="deny") == []


def test_deflecting_accusations_is_a_denial(rules_ex):
    rows = rows_of(rules_ex, "The army acted to deflect accusations that it had staged a coup.",
                   polarity="deny")
    assert len(rows) == 1


# -- more rebuttals --------------------------------------------------------------------------
@pytest.mark.parametrize("text, denier", [
    # a verdict right after the accusation noun, without "is"/"called"
    ("“We find such accusations unacceptable,” the Kremlin spokesman said Thursday.",
     "the Kremlin spokesman"),
    ("The senator has maintained that these allegations aren’t true, his aide said.",
     "The senator"),
    # new objects of a denial: inferences, liability
    ("Democrats reject Republican inferences that the targeting was a conspiracy.",
     "Democrats"),
    ("The company said its partner denies any liability and will contest the suit.",
     "its partner"),
])
def test_more_rebuttals(rules_ex, text, denier):
    rows = rows_of(rules_ex, text, polarity="deny")
    assert [r.accused for r in rows][:1] == [denier]


@pytest.mark.parametrize("text", [
    # a rejected idea is a proposal, not an accusation
    "Democrats immediately rejected that idea, saying it would create a backlog.",
    # "unacceptable" without an accusation noun before it is no verdict
    "The minister said the delays were unacceptable.",
])
def test_no_rebuttal(rules_ex, text):
    assert rows_of(rules_ex, text, polarity="deny") == []


# -- "charged with" a task is no charge --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Guard is different from the regular military and is charged with protecting the "
    "ruling system.",
    "The office is charged with filling thousands of jobs throughout the government.",
    "Asa Hutchinson, the man charged with developing the program, spoke to CNN.",
])
def test_charged_with_a_task(rules_ex, text):
    assert rows_of(rules_ex, text) == []


def test_charged_with_a_crime_still_counts(rules_ex):
    (acc,) = rows_of(rules_ex, "The man was charged with conspiring to defraud the United "
                     "States.")
    assert acc.cue == "charged"


def test_comma_and_closes_a_subordinate_clause(rules_ex):
    (acc,) = rows_of(rules_ex, "She questioned how the country could pay for free tuition, as "
                     "Sanders wants, and accused him of wanting to scrap the law.",
                     date="2016-02-05")
    assert (acc.accuser, acc.accused, acc.accused_iso3) == ("She", "him", "USA")


def test_them_after_plural_people_is_not_the_state(rules_ex):
    # "them" are the Democrats, named after Congress
    (acc,) = rows_of(rules_ex, "Trump warned that Democrats will unleash havoc if they gain "
                     "control of Congress, and accused them of trying to sink his nominee.",
                     date="2018-10-02")
    assert (acc.accused, acc.accused_iso3) == ("them", None)
