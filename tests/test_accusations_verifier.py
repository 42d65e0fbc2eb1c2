"""The learned verifier behind AccusationExtractor(verifier=True) (session 20).

Expected rows were read and checked by hand against shared/gold/README.md: a negated cue
reports no accusation (rule 3); the accuser is who condemns or charges, the accused who is
condemned or charged; ISO3 only for states and state organs.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import VERIFIER_DIFFERS
from scipy import sparse

from mediakit.accusations import AccusationExtractor
from mediakit.accusations._verifier import VERIFIER_MODEL, SentenceVerifier, reading

ROOT = Path(__file__).resolve().parents[1]

TEXTS = ["Iran accused Israel of the attack.", "He claimed the prize.",
         "Israel denied the charge.", "Moscow blamed Kiev for the blast.",
         "The club rejected the offer.", "Beijing denied accusations that it spied."]
READINGS = [{"fam=accuse": 1.0, "scorer_logit": 2.0}, {"fam=claim": 1.0},
            {"fam=deny": 1.0, "rules_deny": 1.0}, {"fam=blame": 1.0, "scorer_logit": 1.5},
            {"fam=reject": 1.0}, {"fam=deny": 1.0, "rules_deny": 1.0, "scorer_logit": 1.0}]
Y_ACC = [True, False, False, True, False, True]
Y_DEN = [False, False, True, False, False, True]


@pytest.fixture(scope="module")
def small():
    return SentenceVerifier(min_df=1, min_count=1).fit(TEXTS, READINGS, Y_ACC, Y_DEN)


def test_fast_scoring_equals_scikit_learn(small):
    for text, feats in [*zip(TEXTS, READINGS, strict=True),
                        ("Israel accused Iran of the blast, and denied the charge.",
                         {"fam=accuse": 1.0, "fam=deny": 1.0, "unknown": 3.0}),
                        ("", {}), ("zxq wvut zxq", {"scorer_logit": -1.0})]:
        X = sparse.hstack([small.vectorizer_.transform([text]),
                           small.dict_vectorizer_.transform([feats])]).tocsr()
        want = [m.predict_proba(X)[0, 1] for m in small.estimators_]
        assert small.predict_proba(text, feats) == pytest.approx(want, abs=1e-9), text


def test_pair_keys_are_the_crc_of_the_two_words():
    keys = SentenceVerifier._keys(["iran", "accused", "israel"])
    assert keys == [zlib.crc32(w.encode()) for w in
                    ("iran", "accused", "israel", "iran accused", "accused israel")]


def test_model_file_round_trip(small, tmp_path):
    path = tmp_path / "v.json"
    small.to_json(path)
    back = SentenceVerifier.from_json(path)
    for text, feats in zip(TEXTS, READINGS, strict=True):
        assert back.predict_proba(text, feats) == pytest.approx(
            small.predict_proba(text, feats), abs=1e-5)
    # no words in the file: only CRCs, numbers and the feature names
    state = json.loads(path.read_text())
    assert all(re.fullmatch(r"\d+", k) for k in state["words"])
    assert "Iran" not in path.read_text() and "iran" not in path.read_text()


def test_bundled_model_holds_no_text():
    state = json.loads(VERIFIER_MODEL.read_text())
    assert len(state["words"]) > 5000
    assert all(re.fullmatch(r"\d+", k) for k in state["words"])
    numeric = set(reading("x", [(0, 1, "accuse")], [], False, 0.5, 0.5, 0, 0, 0))
    for name in state["features"]:
        assert name in numeric or re.fullmatch(r"(fam|rule|drule)=[a-z-]+", name), name
    v = SentenceVerifier.from_json()
    assert 0.2 <= v.threshold_accusation <= 0.7 and 0.2 <= v.threshold_denial <= 0.7


def test_bad_model_files(tmp_path):
    with pytest.raises(FileNotFoundError, match="verifier model not found"):
        SentenceVerifier.from_json(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"weights": {}}')
    with pytest.raises(ValueError, match="not a mediakit accusation verifier model"):
        SentenceVerifier.from_json(bad)
    with pytest.raises(FileNotFoundError):
        AccusationExtractor(verifier=tmp_path / "absent.json").fit()
    with pytest.raises(TypeError, match="'verifier' parameter"):
        AccusationExtractor(verifier=0.5).fit()


def test_fit_checks_its_input():
    with pytest.raises(ValueError, match="6 texts, 5 readings"):
        SentenceVerifier().fit(TEXTS, READINGS[:5], Y_ACC, Y_DEN)
    with pytest.raises(ValueError, match="denial labels need both"):
        SentenceVerifier(min_df=1).fit(TEXTS, READINGS, Y_ACC, [False] * 6)


def test_when_the_verifier_is_on():
    assert AccusationExtractor().fit().verifier_ is not None
    assert AccusationExtractor(verifier=False).fit().verifier_ is None
    assert AccusationExtractor(scorer=False).fit().verifier_ is None
    # a scorer trained on the user's own sentences reads differently: no bundled verifier
    own = [{"text": t, "is_accusation": a, "is_denial": d}
           for t, a, d in zip(TEXTS, Y_ACC, Y_DEN, strict=True)]
    import pandas as pd

    assert AccusationExtractor(training=pd.DataFrame(own)).fit().verifier_ is None


def _rows(ex, text, date=None):
    return [(a.polarity, a.accuser, a.accuser_iso3, a.accused, a.accused_iso3)
            for a in ex.extract(text, date=date)]


@pytest.mark.parametrize("text", [
    # a negated cue: the scorer says 0.93 and the verifier 0.82, but gold rule 3 holds
    "Russia didn't accuse Ukraine of shelling the town.",
    "Russia didn\u2019t accuse Ukraine of shelling the town.",
    # reported acts with no accusation word: the rules alone decide them
    "Officials said snow was blocking aid convoys in the mountains.",
    "He said Russia shelled out billions for the new stadium.",
])
def test_the_verifier_adds_nothing_where_the_rules_decide(ex, text):
    assert [r for r in ex.extract(text) if r.polarity == "accuse"] == []


def test_the_verifier_keeps_and_adds_real_accusations(ex):
    # the rules read it (an accusation in a denial) and the verifier keeps both rows
    assert _rows(ex, "China denied the accusations by the United States that it had hacked "
                     "the servers.") == [
        ("accuse", "the United States", "USA", "China", "CHN"),
        ("deny", "the United States", "USA", "China", "CHN")]
    # no rule reads "decried": the verifier believes it, the actors come as for the scorer
    assert _rows(ex, "Seoul decried the missile launch by North Korea as a grave "
                     "provocation.") == [("accuse", "Seoul", "KOR", "North Korea", "PRK")]


def test_train_script_writes_a_model_the_extractor_reads(gold_accusations, tmp_path):
    out = tmp_path / "verifier.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    res = subprocess.run([sys.executable, "dev/verifier/train.py", str(gold_accusations),
                          "--out", str(out)], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True)
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    n = sum(1 for line in gold_accusations.read_text(encoding="utf-8").splitlines()
            if line.strip())
    assert summary["sentences"] == n and 0 < summary["with_live_cue"] <= n
    assert 0 < summary["cv_accusation_f1"]["verifier"] <= 1
    ex = AccusationExtractor(verifier=out).fit()
    assert ex.verifier_.threshold_accusation == summary["threshold_accusation"]
    assert isinstance(ex.extract("Iran accused Israel of the attack."), list)


@pytest.mark.parametrize("text", sorted(VERIFIER_DIFFERS))
def test_the_listed_exceptions_still_differ(ex, scorer_ex, text):
    # the rule tests skip the default only on these; a sentence the verifier no longer
    # judges differently must leave the list (and be asserted with the default again)
    assert [(r.polarity, r.accuser, r.accused) for r in ex.extract(text)] != [
        (r.polarity, r.accuser, r.accused) for r in scorer_ex.extract(text)]
