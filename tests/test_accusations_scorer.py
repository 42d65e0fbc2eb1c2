"""The learned sentence scorer behind AccusationExtractor(scorer=True).

Expected rows below were read and checked by hand against the labelling rules of
shared/gold/README.md (the accuser is who makes the charge, the accused who is charged; ISO3
only for states and state organs).
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from mediakit.accusations import AccusationExtractor
from mediakit.accusations._scorer import SentenceScorer, load_training


@pytest.fixture(scope="module")
def scorer():
    return SentenceScorer().fit(load_training())


def _rows(ex, text, date=None):
    return [(a.polarity, a.accuser, a.accuser_iso3, a.accused, a.accused_iso3, a.rule)
            for a in ex.extract(text, date=date)]


def test_fast_scoring_equals_scikit_learn(scorer):
    texts = load_training()["text"].tolist()[::7] + [
        "", "Öl und Gas", "denied denied denied the the allegations allegations",
        "A sentence of words the scorer never saw: zxq wvut."]
    X = scorer.vectorizer_.transform(texts)
    pa = scorer.estimators_[0].predict_proba(X)[:, 1]
    pd_ = scorer.estimators_[1].predict_proba(X)[:, 1]
    for t, a, d in zip(texts, pa, pd_, strict=True):
        fa, fd = scorer.predict_proba(t)
        assert fa == pytest.approx(a, abs=1e-9) and fd == pytest.approx(d, abs=1e-9), t


def test_scorer_separates_clear_cases(scorer):
    assert scorer.predict_proba("Russia accused Ukraine of shelling the power plant.")[0] > 0.8
    assert scorer.predict_proba("The team claimed the title on Sunday.")[0] < 0.3
    assert scorer.predict_proba("Iran denied the allegations of supplying drones.")[1] > 0.8


def test_rules_miss_the_scorer_catches(scorer_ex, rules_ex):
    # the scorer's rows (verifier=False: the verifier may drop or keep them)
    # a denial of condemnation (a weak cue, read by the scorer alone) naming no wrongdoing
    # word the rules know: a company denies a government's charge; the company gets no ISO3
    # (rule 6), the administration does ("criticism" is an object noun of the denial rules
    # since session 9: tests/test_accusations_session9.py)
    text = ("TikTok rejected condemnation from the Trump administration that it shares "
            "American users' data with the Chinese government.")
    assert rules_ex.extract(text, date="2020-08-01") == []
    assert _rows(scorer_ex, text, "2020-08-01") == [
        ("accuse", "the Trump administration", "USA", "TikTok", None, "scorer"),
        ("deny", "the Trump administration", "USA", "TikTok", None, "scorer"),
    ]
    # a weak cue (no rule reads "decried"): the doer of the condemned act is the accused
    text = "Seoul decried the missile launch by North Korea as a grave provocation."
    assert rules_ex.extract(text) == []
    assert _rows(scorer_ex, text) == [("accuse", "Seoul", "KOR", "North Korea", "PRK", "scorer")]
    # a noun cue: the accuser hangs on "from"; the act's doer is not named
    text = "The raid drew sharp criticism from Beijing, which called it an act of piracy."
    assert _rows(scorer_ex, text) == [("accuse", "Beijing", "CHN", None, None, "scorer")]


@pytest.mark.parametrize("text", [
    "The coach faced criticism after the team lost again.",
    "Critics say the new stadium is too expensive.",
    "The company rejected the proposal on Monday.",
    "NASA rejected claims that the asteroid could strike Earth in 2029.",
    "The army said soldiers had killed five militants.",  # cue-less acts: rules only
    "It released thousands of convicted criminals out of overcrowded jails.",
])
def test_scorer_leaves_hard_negatives_alone(ex, text):
    assert ex.extract(text) == []


def test_weak_cues_need_the_scorer(rules_ex):
    # "decried" is a weak cue: the rules never read it, and without the scorer such a
    # sentence is not even delimited
    assert rules_ex._sentences_with_cues("Seoul decried the launch.") == []


def test_scorer_rows_carry_its_probability(ex):
    rows = ex.extract("Seoul decried the missile launch by North Korea as a grave provocation.")
    assert rows and all(0.5 <= r.confidence <= 1 for r in rows)
    # (the threshold of the scorer's own rows: with the verifier on, its thresholds decide)
    strict = AccusationExtractor(scorer_threshold=0.999, verifier=False).fit()
    assert strict.extract("Seoul decried the missile launch by North Korea.") == []


def test_own_training_sentences(tmp_path):
    df = pd.DataFrame({
        "text": ["Country A accused country B of cheating.", "The shop charged ten dollars.",
                 "B denied cheating.", "The bill was charged to the card."],
        "is_accusation": [True, False, True, False], "is_denial": [False, False, True, False]})
    ex = AccusationExtractor(training=df).fit()
    assert len(ex.scorer_.weights_) < 60  # fitted on these four sentences, not the bundled
    path = tmp_path / "mine.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in df.to_dict("records")), "utf-8")
    assert AccusationExtractor(training=path).fit().scorer_.weights_ == ex.scorer_.weights_


def test_bad_training_data(tmp_path):
    with pytest.raises(ValueError, match="missing \\['is_denial'\\]"):
        load_training(pd.DataFrame({"text": ["a"], "is_accusation": [True]}))
    with pytest.raises(ValueError, match="'is_accusation' must be true/false"):
        load_training(pd.DataFrame({"text": ["a"], "is_accusation": ["yes"],
                                    "is_denial": [False]}))
    with pytest.raises(ValueError, match="non-empty string"):
        load_training(pd.DataFrame({"text": [" "], "is_accusation": [True],
                                    "is_denial": [False]}))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "is_accusation": true, "is_denial": false}\n{oops\n', "utf-8")
    with pytest.raises(ValueError, match="bad.jsonl, line 2: not valid JSON"):
        load_training(bad)
    with pytest.raises(FileNotFoundError, match="training sentences not found"):
        load_training(tmp_path / "missing.jsonl")
    one_class = pd.DataFrame({"text": ["a b", "c d"], "is_accusation": [True, True],
                              "is_denial": [False, True]})
    with pytest.raises(ValueError, match="accusation labels need both"):
        SentenceScorer().fit(one_class)
    with pytest.raises(ValueError, match="scorer_threshold"):
        AccusationExtractor(scorer_threshold=0).fit()


def test_scorer_off_is_the_rules_alone(rules_ex):
    text = "Moscow accused Washington of pretending to fight Isis."
    rows = rules_ex.extract(text)
    assert rows and all(r.rule != "scorer" for r in rows)
    assert rules_ex.scorer_ is None


def test_role_picker_learns_from_the_actor_spans(ex):
    # trained on the bundled sentences' accuser_text / accused_text and their codes
    assert ex.roles_ is not None
    # one candidate never fills both roles
    text = "Seoul decried the missile launch by North Korea as a grave provocation."
    (row,) = ex.extract(text)
    assert (row.accuser, row.accused) == ("Seoul", "North Korea")


def test_training_without_actor_spans_uses_the_sentence_shape():
    df = pd.DataFrame({
        "text": ["Seoul accused Pyongyang of lying.", "The shop charged ten dollars.",
                 "Pyongyang denied lying.", "The bill was charged to the card.",
                 "Seoul decried the missile launch by North Korea."],
        "is_accusation": [True, False, True, False, True],
        "is_denial": [False, False, True, False, False]})
    ex = AccusationExtractor(training=df, scorer_threshold=0.3).fit()
    assert ex.roles_ is None
    rows = [(r.accuser, r.accused, r.rule) for r in ex.extract(
        "Seoul decried the missile launch by North Korea as a grave provocation.")]
    assert rows == [("Seoul", "North Korea", "scorer")]


def test_role_picker_needs_spans():
    from mediakit.accusations._roles import RolePicker

    ex = AccusationExtractor(scorer=False).fit()
    df = pd.DataFrame({"text": ["Seoul accused Pyongyang of lying."], "is_accusation": [True],
                       "is_denial": [False], "accuser_text": [None], "accuser_iso3": [None],
                       "accused_text": [None], "accused_iso3": [None]})
    with pytest.raises(ValueError, match="no accuser spans to learn from"):
        RolePicker().fit(df, ex.lexicon_, ex.matcher_)


@pytest.mark.parametrize(("text", "date", "accused_iso3"), [
    # Marco Rubio has been a US senator since 2011-01-03 (a national legislator: rule 6)
    ("Piven accused Rubio of exploiting racial fears.", "2014-01-13", "USA"),
    ("Piven accused Rubio of exploiting racial fears.", "2008-05-01", None),
    # Mitt Romney: a candidate in 2012, a senator from 2019-01-03
    ("Obama accused Romney of hiding his tax returns.", "2012-07-15", None),
    ("Trump accused Romney of disloyalty.", "2020-02-06", "USA"),
    # James Baker was Treasury Secretary from 1985 to 1988 (Reuters-21578's year, 1987)
    ("Stoltenberg accused James Baker of talking down the dollar.", "1987-10-20", "USA"),
    # "Baker" alone is too common a name to be the Secretary
    ("Stoltenberg accused Baker of talking down the dollar.", "1987-10-20", None),
])
def test_office_holders_by_name_only_in_office(rules_ex, text, date, accused_iso3):
    (row,) = [r for r in rules_ex.extract(text, date=date) if r.polarity == "accuse"]
    assert row.accused_iso3 == accused_iso3


@pytest.mark.parametrize("text", [
    "The National Bank of Hungary denied any misconduct on its part.",
    "They denied any insinuation of pay-to-play.",
    "The senator denied having anything to do with the Russians.",
])
def test_denials_of_misconduct_and_links(rules_ex, text):
    assert [r.polarity for r in rules_ex.extract(text)][-1:] == ["deny"]


@pytest.mark.parametrize(("text", "pair"), [
    # the noun "blame" laid on someone across a "for ..." phrase (real-news forms)
    ("Kiev placed a share of the blame for the blackout on Russia.", ("UKR", "RUS")),
    ("The mayor laid some of the blame for the unrest at the feet of Moscow.", (None, "RUS")),
    ("The blame lies with Moscow, the minister said.", (None, "RUS")),
    ("But Ankara is convinced the blame lies with Damascus.", ("TUR", "SYR")),
])
def test_blame_laid_on_a_party(rules_ex, text, pair):
    (row,) = [r for r in rules_ex.extract(text) if r.polarity == "accuse"]
    assert (row.accuser_iso3, row.accused_iso3) == pair


@pytest.mark.parametrize("text", [
    "He put the blame for the defeat on the weather.",
    "The team shares the blame for the loss.",
])
def test_blame_laid_on_no_party(rules_ex, text):
    assert [r for r in rules_ex.extract(text) if r.polarity == "accuse"] == []


@pytest.mark.parametrize(("text", "parties"), [
    # an accusing reporting verb at the very end names the accuser; the clause is the charge
    ('"Stone lied to Congress," prosecutors alleged.', ("prosecutors", "Stone")),
    ("Moscow armed the rebels, Kiev charged.", ("Kiev", "Moscow")),
    ("The Justice Department mishandled the inquiry, two senators charged.",
     ("two senators", "The Justice Department")),
])
def test_final_accusing_attribution(rules_ex, text, parties):
    (row,) = [r for r in rules_ex.extract(text) if r.polarity == "accuse"]
    assert (row.accuser, row.accused) == parties


@pytest.mark.parametrize("text", [
    '"It was a fair fight," he alleged.',   # no party to accuse
    "Prices rose, he said, and the battery charged.",
    "The phone was fully charged.",
])
def test_final_attribution_needs_an_accused_party(rules_ex, text):
    assert [r for r in rules_ex.extract(text) if r.polarity == "accuse"] == []


@pytest.mark.parametrize(("text", "pair"), [
    # rule 3's exception: a party acts against another "for alleged" wrongdoing
    ("Washington imposed sanctions against Japan for alleged violations of the accord.",
     ("USA", "JPN")),
    ("Seoul slapped duties on Brazil for alleged dumping.", ("KOR", "BRA")),
])
def test_acting_against_a_party_for_alleged_wrongs(rules_ex, text, pair):
    (row,) = [r for r in rules_ex.extract(text, date="1987-04-01") if r.polarity == "accuse"]
    assert (row.accuser_iso3, row.accused_iso3) == pair


def test_alleged_as_a_hedge_stays_out(rules_ex):
    # nobody acts on the allegation: the journalist's hedge
    assert rules_ex.extract("The alleged violations date back to 1985.") == []


@pytest.mark.parametrize(("text", "accused"), [
    ("They're accused of crimes against the government.", "They're"),
    ("Fairfax was himself accused of sexual assault.", "Fairfax"),
    ("She's blamed for the failures of the agency.", "She's"),
])
def test_passive_accusations_in_everyday_forms(rules_ex, text, accused):
    (row,) = [r for r in rules_ex.extract(text) if r.polarity == "accuse"]
    assert (row.accuser, row.accused) == (None, accused)


def test_contracted_has_is_active(rules_ex):
    (row,) = [r for r in rules_ex.extract("He's blamed Obama for the failures.")
              if r.polarity == "accuse"]
    assert (row.accuser, row.accused) == ("He's", "Obama")


@pytest.mark.parametrize("text", [
    "The U.S. condemned the heinous attack in Istanbul.",
    "Obama condemned Friday's bombing.",
    "In a statement, the government said it strongly condemns the appalling attack in Paris.",
])
def test_condemning_an_act_without_its_agent(ex, text):
    # an act someone committed, the perpetrator unnamed: no identifiable agent, so no
    # accusation (gold rule 1), from the rules or the scorer (session 9: the blind labels of
    # b21-b38 call all four such sentences negatives; sessions 5-8 gave a row, accused None)
    assert [r for r in ex.extract(text, date="2016-06-01") if r.polarity == "accuse"] == []


def test_condemning_an_act_with_its_agent(rules_ex):
    text = "The U.S. condemned the attack by Houthi militants on the tanker."
    (row,) = [r for r in rules_ex.extract(text) if r.polarity == "accuse"]
    assert (row.accuser_iso3, row.accused) == ("USA", "Houthi militants")


@pytest.mark.parametrize("text", [
    "The pope condemned violence against women.",   # a kind of act, no particular one
    "The mayor condemned the destruction of the old market by fire.",
    "Critics condemned the decision.",
])
def test_condemning_no_committed_act(rules_ex, text):
    assert [r for r in rules_ex.extract(text) if r.polarity == "accuse"] == []


@pytest.mark.parametrize(("text", "accused_iso3"), [
    # a denied part in a named act: the accusation is there too, accuser unstated (rule 4)
    ("North Korea denies responsibility for the attack.", "PRK"),
    ("Tehran denied any involvement in the coup attempt.", "IRN"),
])
def test_denied_part_in_an_act_is_an_accusation(rules_ex, text, accused_iso3):
    rows = rules_ex.extract(text)
    assert [r.polarity for r in rows] == ["accuse", "deny"]
    assert rows[0].accuser is None and rows[0].accused_iso3 == accused_iso3


def test_denied_duty_is_no_accusation(rules_ex):
    rows = rules_ex.extract("The minister denied responsibility for the refugees.")
    assert [r.polarity for r in rows] == ["deny"]
