"""The speed paths of the accusation extractor give exactly the results of the plain paths.

The gates (string-level rejections run before a sentence is tokenised), the skipping of
sentences whose cues are all rejected by what follows them (``dead_ahead``) and
:func:`mediakit.text.sentence_ends` exist only for speed: these tests run the extractor with
and without them on real-looking text and require identical rows. They run the rules alone
(``scorer=False``): the learned scorer reads what the rules leave empty, so its rows depend on
which cues reach it (tests/test_accusations_scorer.py).
"""

from __future__ import annotations

import bisect
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.accusations import _rules
from mediakit.accusations._scorer import TRAINING_PARAPHRASES, TRAINING_SENTENCES
from mediakit.text import document_text, sentence_ends, sentence_spans

# our own labelled sentences and the paraphrases (the scorer trains on them)
OWN = (TRAINING_SENTENCES, TRAINING_PARAPHRASES)


def _rows(ex, texts):
    return [[tuple(sorted(vars(a).items())) for a in ex.extract(t)] for t in texts]


def _without_gates(monkeypatch):
    """The plain paths: every cue analysed, every sentence with a cue looked at."""
    for fam in list(_rules._GATES):
        monkeypatch.setitem(_rules._GATES, fam, _rules._gate_true)
    monkeypatch.setattr(_rules, "dead_ahead", lambda *args: False)  # (read by cue_alive)


def _check_same(ex, texts, monkeypatch):
    gated = _rows(ex, texts)
    with monkeypatch.context() as m:
        _without_gates(m)
        plain = _rows(ex, texts)
    assert sum(map(len, plain)) > 0
    diff = [(t, g, p) for t, g, p in zip(texts, gated, plain, strict=True) if g != p]
    assert not diff, diff[:3]


def test_gates_change_nothing_on_own_labels(rules_ex, monkeypatch):
    texts = [json.loads(line)["text"] for path in OWN for line in
             path.read_text("utf-8").splitlines()
             if line.strip()]
    _check_same(rules_ex, texts, monkeypatch)


HARD = [
    # rejected by the gates (nothing to find) ...
    "The company rejected the proposal on Monday.",
    "He claimed the title in 2012 and never looked back.",
    "The batteries are charged overnight at a cost of $5.",
    "Critics said the service charge was too high.",
    "She denied him access to the files.",
    "The alleged victim was taken to hospital.",
    "Officials believe the storm will weaken by Friday.",
    "Nobody was responsible for the delay in the schedule.",
    "The team is in a blame game after the defeat.",
    "They did not accuse anyone of wrongdoing.",
    # ... next to the forms they must let through
    "Russia rejected the allegations that its jets bombed a hospital.",
    "Moscow claimed that the US had deliberately armed the rebels.",
    "The Kremlin charged that Washington was meddling in the vote.",
    "He was charged with murder on Tuesday.",
    "Kiev denied that its forces shelled the town.",
    "The Pentagon dismissed the claims as 'absolutely ridiculous'.",
    "Sanctions were imposed on Moscow over its alleged role in the hacking.",
    "Investigators believe the minister was poisoned by Russian agents.",
    "Turkey held Syria responsible for the attack on its soldiers.",
    "The Russian claims were rejected by Washington.",
    "Allegations by Kiev that Moscow sent troops were dismissed by the Kremlin as a provocation.",
    "“They are lying to the world,” the Iranian foreign minister said.",
    "China blamed the United States for the trade war.",
    "Syria, which Turkey accused of harbouring militants, denied it.",
    "It was an assertion that Saudi Arabia denies.",
]


def test_gates_change_nothing_on_hard_cases(rules_ex, monkeypatch):
    _check_same(rules_ex, HARD, monkeypatch)


def test_gated_sentences_are_not_tokenised(rules_ex, monkeypatch):
    calls = []
    real = _rules._tokenise
    monkeypatch.setattr(_rules, "_tokenise", lambda s: calls.append(s) or real(s))
    for text in HARD[:10]:
        assert rules_ex.extract(text) == [], text
    assert calls == []
    assert rules_ex.extract(HARD[10]) and calls  # a real denial is parsed


def test_gates_change_nothing_on_the_sample(rules_ex, monkeypatch, sample_path):
    text = sample_path.read_text("utf-8")
    _check_same(rules_ex, [text[a:b] for a, b in sentence_spans(text)], monkeypatch)


@pytest.mark.slow
def test_gates_change_nothing_on_allsides(rules_ex, monkeypatch, allsides_dir):
    import mediakit

    arts = mediakit.load(allsides_dir, format="allsides", limit=150, progress=False)
    gated = rules_ex.transform(arts)
    with monkeypatch.context() as m:
        _without_gates(m)
        plain = rules_ex.transform(arts)
    assert len(plain) > 20
    assert gated.astype(str).equals(plain.astype(str))


# --- sentence_ends ----------------------------------------------------------------------------
def _check_ends(text: str) -> None:
    spans = sentence_spans(text)
    for stop in [a for a, _ in spans] + [len(text)]:
        inner = sentence_spans(text[:stop])
        ends = sentence_ends(text, stop)
        for k, (a, _) in enumerate(inner):
            assert bisect.bisect_right(ends, a) == k, (text, stop, a)
        assert bisect.bisect_right(ends, stop) == len(inner)


def test_sentence_ends_counts_like_sentence_spans(sample_path):
    _check_ends(sample_path.read_text("utf-8"))
    _check_ends(document_text("Russia accuses US", "Moscow said.\n\n\n  It lied.  \n\nEnd"))
    _check_ends('He said: "Russia lied." Moscow denied it.\n\nA title\n\n\nNext one. ')
    with pytest.raises(TypeError):
        sentence_ends(None)


_PIECES = st.sampled_from(["Russia", "accused", "the", "U.S.", "Mr.", "of", "lying", ".", "!",
                           "?", "…", "\n", "\n\n", " ", "  ", "“", "”", '"', "'", "(", ")",
                           "e.g.", "J.", "said", ",", "\t", "Moscow", "denied"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(lambda xs: " ".join(xs)))
def test_sentence_ends_random_text(text):
    _check_ends(text)
