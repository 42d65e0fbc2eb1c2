"""Forms missed on batch 10 of own sentences (issue #5), pinned with their twins.

Every sentence was written for mediakit (situations paraphrased from news, no text copied);
the expected codes were checked by hand against the labelling rules of
``shared/gold/README.md``: the primary accusation's (accuser ISO3, accused ISO3), ``None``
for non-state or unstated parties. Each form has a negative twin: the same words in an
innocent sentence.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS, denied_codes, primary_pair


@pytest.mark.parametrize("text, pair", [
    # a break-in named by its target, reported; hackers said to act for a state are state
    # actors (rule 6), plain hackers are not
    ("Denmark's intelligence agency said Russian state hackers had broken into the servers of "
     "the defence ministry.", ("DNK", "RUS")),
    ("A software firm said hackers backed by the Iranian state had broken into its email "
     "system.", (None, "IRN")),
    ("Police said two men had broken into the offices of the charity.", (None, None)),
    # a passive charge with its legal organ before "with"
    ("A former bank executive was charged by a federal grand jury with laundering money for "
     "a cartel.", ("USA", None)),
    # a verdict for a wrong: the convicted is accused, the court (if named) accuses
    ("The midfielder was suspended for six games after being found guilty of spitting at a "
     "referee.", (None, None)),
    ("A Moscow court found the American reporter guilty of espionage.", ("RUS", None)),
    ("The former mayor was convicted of bribery by a Paris court.", ("FRA", None)),
    # a source named with "according to" and a harm with its doer in a passive
    ("According to the Egyptian interior ministry, the bomb at the church was planted by a "
     "militant trained abroad.", ("EGY", None)),
    ("The attack on the dam was carried out by Russian special forces, according to Ukrainian "
     "military intelligence.", ("UKR", "RUS")),
    # a participle after a clause: the clause's subject accuses
    ("The Texas attorney general sued the drug maker, alleging that it had hidden the risks "
     "of its painkiller.", ("USA", None)),
    # an artifact named by its issuing organ
    ("Beijing rejected a Pentagon report accusing Chinese jets of unsafe intercepts over the "
     "East China Sea.", ("USA", "CHN")),
])
def test_batch10_forms(ex, text, pair):
    assert primary_pair(ex, text) == pair


@pytest.mark.parametrize("text", [
    # twins: the same words with no accusation
    "The crowd broke into song after the final whistle.",
    "Her second single had broken into the top ten, the label said.",
    "Customers were charged by a utility for the extra power they used.",
    "He faces up to ten years in prison if found guilty of fraud.",
    "The defender was found not guilty of abusing an opponent.",
    "She was convicted on appeal, her lawyer said.",
    "So far, the senator hasn’t been convicted of anything.",
    "It released thousands of convicted criminals out of overcrowded jails.",
    "According to the company, the survey was carried out by an outside pollster.",
    "The trees were planted by volunteers, the mayor said.",
    "Airlines blamed freezing fog at Heathrow for hundreds of cancelled flights.",
    "Farmers blamed heavy flooding across the valley for the poor harvest.",
])
def test_batch10_twins_stay_negative(ex, text):
    assert primary_pair(ex, text) is None


def test_rejected_claims_by_a_named_party(ex):
    text = ("Rome rejected claims by Tunis that Italian coast guard officers had thrown migrants "
            "into the sea.")
    assert primary_pair(ex, text) == ("TUN", "ITA")
    assert denied_codes(ex, text) == ["ITA"]
    # a multi-word owner before the accusation noun: "New Delhi's allegation"
    text = ("Islamabad rejected New Delhi's allegation that Pakistani intelligence had helped "
            "plan the attack.")
    assert primary_pair(ex, text) == ("IND", "PAK")
    assert denied_codes(ex, text) == ["PAK"]
    # "threw flowers into the crowd" names no wrong
    assert primary_pair(ex, "Fans threw flowers into the crowd, police said.") is None


def test_findings_that_name_a_wrong(ex, rules_ex):
    text = ("Myanmar's envoy rejected the findings of UN investigators that the army had "
            "committed genocide against the Rohingya.")
    assert primary_pair(ex, text) == (None, "MMR")
    assert denied_codes(ex, text) == ["MMR"]
    # findings about sales are no accusation, and rejecting them no denial (the rules know;
    # the learned scorer is below its threshold here: P(accusation) 0.41)
    twin = "The company rejected the findings of the audit that sales had fallen."
    for extractor in (ex, rules_ex):
        assert primary_pair(extractor, twin) is None
        assert denied_codes(extractor, twin) == []


def test_denied_accusation_is_primary_before_a_counter_charge(ex):
    text = ("Moscow rejected Ukraine's accusation that its troops had blown up the dam and "
            "blamed Kiev for the flooding.")
    assert primary_pair(ex, text) == ("UKR", "RUS")
    assert denied_codes(ex, text) == ["RUS"]


def test_contested_and_fought_charges(ex, scorer_ex):
    text = ("The league charged the winger with misconduct, but his club said it would contest "
            "the charge.")
    assert text in VERIFIER_DIFFERS  # the verifier drops the league's charge
    assert primary_pair(scorer_ex, text) == (None, None)
    assert len(denied_codes(ex, text)) == 1
    assert len(denied_codes(ex, "The governor vowed to fight the charges.")) == 1
    # "contest" and "fight" without a charge: no denial
    for twin in ("She contested the election in 2019.",
                 "He attempted to contest one single charge on his phone bill.",
                 "The state holds the first nominating contest, and strong claims matter.",
                 "It is unclear whether the ruling will resolve a fight over the claims."):
        assert denied_codes(ex, twin) == []


def test_charges_called_politically_motivated(ex):
    text = "The senator called the charges politically motivated."
    assert len(denied_codes(ex, text)) == 1
    # a motive, not a denial
    assert denied_codes(ex, "Police said the attack was politically motivated.") == []


def test_appositive_charge_after_a_report(ex):
    text = ("The Israeli army said Hamas was hiding weapons in schools in Gaza, a charge the "
            "group rejects.")
    assert primary_pair(ex, text) == ("ISR", None)
    assert denied_codes(ex, text) == [None]
    # a factual claim rejected is no accusation
    assert primary_pair(ex, "The company said sales rose, a claim the union rejects.") is None
