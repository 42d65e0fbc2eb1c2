"""Session 22: the role picker fitted on the blind labels, and one pass for both models' words."""

from __future__ import annotations

from collections import Counter

import pytest

from mediakit.accusations import AccusationExtractor
from mediakit.accusations._roles import ROLES_MODEL, RolePicker, candidates, main_cue
from mediakit.accusations._rules import _Sentence
from mediakit.accusations._scorer import _sigmoid, tfidf_sums, tfidf_sums_two
from mediakit.accusations._verifier import SentenceVerifier

SENTENCES = [
    "Seoul decried the missile launch by North Korea as a grave provocation.",
    "The Kremlin accused Washington of meddling, and Washington accused Moscow of lying, "
    "again and again and again.",
    "Iran denied that it had supplied the drones.",
    "Prices charged by shops rose sharply in May.",
]


@pytest.fixture(scope="module")
def ex():
    return AccusationExtractor().fit()


@pytest.mark.parametrize("text", SENTENCES)
def test_one_pass_gives_both_models_exactly_their_own_word_sums(ex, text):
    # the joint table must change no number: the scorer's probabilities and the verifier's
    # word sums are those of the two models scored apart (the second sentence repeats words:
    # the sublinear tf branch)
    joint = ex.verifier_.joint_weights(ex.scorer_)
    assert joint is not None
    toks = ex.scorer_._token_re.findall(text.lower())
    sa, sd, va, vd = tfidf_sums_two(Counter(SentenceVerifier._keys(toks)), joint)
    alone = ex.scorer_.predict_proba(text)
    assert (_sigmoid(sa + ex.scorer_.intercepts_[0]),
            _sigmoid(sd + ex.scorer_.intercepts_[1])) == alone
    assert (va, vd) == tfidf_sums(Counter(SentenceVerifier._keys(toks)), ex.verifier_._fast)
    feats = {"fam=accuse": 1.0}
    assert ex.verifier_.predict_proba(text, feats, toks, (va, vd)) == (
        ex.verifier_.predict_proba(text, feats))
    assert (va, vd) != (0.0, 0.0)  # the verifier knows some of these words


def test_no_joint_table_for_a_scorer_of_other_ngrams(ex):
    from mediakit.accusations._scorer import SentenceScorer, load_training

    uni = SentenceScorer(ngram_range=(1, 1)).fit(load_training())
    assert ex.verifier_.joint_weights(uni) is None


def test_bundled_role_picker_is_the_default_and_round_trips(ex, tmp_path):
    assert ROLES_MODEL.is_file()
    assert set(ex.roles_.coef_) == {"accuser", "accused"}
    path = tmp_path / "roles.json"
    ex.roles_.to_json(path)
    back = RolePicker.from_json(path)
    s = SENTENCES[0]
    x = _Sentence(s, ex.lexicon_, ex.matcher_, None)
    cands = candidates(x, *main_cue(ex.lexicon_.find_cues(s)))
    picked = back.pick(cands)
    assert picked == ex.roles_.pick(cands)
    assert [s[a:b] for a, b in picked] == ["Seoul", "North Korea"]


def test_role_picker_file_errors_are_clear(tmp_path):
    with pytest.raises(FileNotFoundError, match="role picker model not found"):
        RolePicker.from_json(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a mediakit role picker model"):
        RolePicker.from_json(bad)


def test_one_phrase_never_fills_both_roles(ex):
    # "the Trump administration" and "Trump administration" are two candidates of one phrase:
    # whichever role takes it, the other must look elsewhere (here: TikTok, the denier)
    s = "TikTok rejected condemnation from the Trump administration that it shares users' data."
    x = _Sentence(s, ex.lexicon_, ex.matcher_, None)
    a, b = ex.roles_.pick(candidates(x, *main_cue(ex.lexicon_.find_cues(s))))
    assert a is not None and b is not None
    assert not (a[0] < b[1] and b[0] < a[1])
    assert s[a[0]:a[1]] == "the Trump administration" and s[b[0]:b[1]] == "TikTok"


@pytest.mark.parametrize("text", [
    # asked, not reported (gold rule 3): an indirect and a direct question
    "Merkel declined to say whether she held Russia responsible for the attack.",
    "Would Washington hold Tehran responsible for the attack?",
])
def test_holding_responsible_inside_a_question_is_no_accusation(ex, text):
    assert [r for r in ex.extract(text, date="2015-01-01") if r.polarity == "accuse"] == []


@pytest.mark.parametrize("text, accuser, accused", [
    ("Merkel held Russia responsible for the attack.", "Merkel", "Russia"),
    # a threat to hold someone responsible accuses them (not a question)
    ("Trump said he would hold PRC officials responsible for the outbreak.", "he",
     "PRC officials"),
])
def test_holding_responsible_outside_a_question_still_accuses(ex, text, accuser, accused):
    rows = [r for r in ex.extract(text, date="2020-05-01") if r.polarity == "accuse"]
    assert [(r.accuser, r.accused, r.rule) for r in rows] == [
        (accuser, accused, "responsible-held")]
