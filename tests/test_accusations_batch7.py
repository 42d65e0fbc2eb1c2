"""Forms found on the seventh batch of own sentences (issue #5), pinned with their twins.

Every sentence was written for mediakit (situations paraphrased from news, no text copied);
the expected codes were checked by hand against the labelling rules of
``shared/gold/README.md``: the primary accusation's (accuser ISO3, accused ISO3), ``None``
for non-state or unstated parties.
"""

from __future__ import annotations

import pytest
from conftest import VERIFIER_DIFFERS, denied_codes, primary_pair


@pytest.mark.parametrize("text, pair", [
    # "that accused it of ...": a relative clause's verb, not "that accused man"
    ("Saudi Arabia has rejected a UN report that accused it of killing hundreds of Ethiopian "
     "migrants at its border with Yemen.", (None, "SAU")),
    # an object pronoun after "<verb> NP and accused": the first verb's object
    ("Lithuania expelled two Russian diplomats and accused them of spying.", ("LTU", "RUS")),
    ("Sri Lanka's navy arrested 20 Indian fishermen and accused them of poaching in its "
     "waters.", ("LKA", None)),
    # passive subjects: "after being accused", "charged by X with", reduced "blamed for"
    ("Two Russian diplomats were expelled after being accused of spying for Moscow.",
     (None, "RUS")),
    ("The sanctions target officials in Tehran blamed for the violent crackdown on protesters.",
     (None, "IRN")),
    ("A Dutch court found Shell responsible for oil spills in the Niger Delta.", ("NLD", None)),
    # a state's diplomatic protest at another party's act
    ("Greece protested to Ankara over what it said were repeated violations of its airspace "
     "by Turkish fighter jets.", ("GRC", "TUR")),
    ("Japan lodged a formal protest over the Chinese coast guard's incursion into waters "
     "around the Senkaku islands.", ("JPN", "CHN")),
    ("India protests Pakistan's ceasefire violations along Line of Control", ("IND", "PAK")),
    ("Seoul summoned the Japanese ambassador to protest against Tokyo's claim to the Dokdo "
     "islands.", ("KOR", "JPN")),
    # cue-less reported acts (another state's forces, a named group)
    ("The Pentagon said a Russian fighter jet had struck the propeller of a US surveillance "
     "drone over the Black Sea.", ("USA", "RUS")),
    ("Ukraine's air force said Russia had launched 40 drones and three missiles overnight.",
     ("UKR", "RUS")),
    ("Microsoft said hackers from Russia's SVR foreign intelligence service had gained access "
     "to the email accounts of its senior executives.", (None, "RUS")),
    ("Hackers working for China's military have targeted water utilities across the United "
     "States, Microsoft said.", (None, "CHN")),
    ("The appeals court ruled that the oil company had knowingly misled investors about the "
     "risks of climate change.", (None, None)),
    # quotes: "using X as a weapon", "turned X into weapons", "said of X"
    ("“They are using energy as a weapon,” the German economy minister said of Moscow's "
     "decision to cut gas deliveries.", ("DEU", "RUS")),
    ("“Mr Lukashenko has turned migrants into weapons,” Poland's interior minister said.",
     ("POL", "BLR")),
])
def test_accusation_forms(ex, text, pair):
    assert primary_pair(ex, text) == pair


def test_charged_by_an_organisation(ex):
    rows = [a for a in ex.extract("The striker was charged by the Football Association with "
                                  "violent conduct after the match.") if a.polarity == "accuse"]
    assert [(a.accuser, a.accused) for a in rows] == [("the Football Association", "The striker")]


@pytest.mark.parametrize("text, pair, deniers", [
    ("Amnesty International said Myanmar's military had committed crimes against humanity "
     "against the Rohingya, an accusation the army denied.", (None, "MMR"), ["?"]),
    ("The Kremlin said it was “absurd” to suggest that Russia had anything to do with the "
     "death of the mercenary leader.", (None, "RUS"), ["RUS"]),
    ("Hamas has denied using hospitals as command centres, as Israel alleges.",
     ("ISR", None), [None]),
    ("Pfizer denied that it had overcharged the NHS for an epilepsy drug.", (None, None), [None]),
    ("A Russian court sentenced a US journalist to 16 years on espionage charges that "
     "Washington called fabricated.", ("RUS", None), ["USA"]),
    ("The defence ministry in Moscow said claims that Russian troops had looted Kherson were "
     "“pure fabrication”.", (None, "RUS"), ["RUS"]),
])
def test_denials_with_the_accusation_they_answer(ex, text, pair, deniers):
    assert primary_pair(ex, text) == pair
    got = denied_codes(ex, text)
    # "?": one denial, its ISO3 not pinned ("the army" is Myanmar's only by coreference)
    assert len(got) == len(deniers)
    assert [g for g, d in zip(got, deniers, strict=True) if d != "?"] == [
        d for d in deniers if d != "?"]


@pytest.mark.parametrize("text", [
    # hypothetical blame is no reported accusation
    "If the talks collapse, Washington is likely to blame Tehran, analysts said.",
    # a denied report of something that happened to someone, with no one blamed
    "The Pentagon denied reports that a US drone had been shot down over Yemen.",
    "Moscow denied that Putin had met the Wagner chief after the mutiny.",
    "He denied receiving the letter.",
    # a state reporting its own side's strikes
    "Israel's military said its jets had struck Hezbollah targets in southern Lebanon overnight.",
    "The US military said it had destroyed two Houthi missile launchers in Yemen.",
    "Ukraine's army said it had entered the outskirts of the town after heavy fighting.",
    "The army said soldiers had killed five militants.",
    # the same verbs without a wrong
    "Officials said the two leaders struck a deal on grain exports after hours of talks.",
    "The airline said it had fired the pilot after the incident.",
    "The minister said the government was committed to reducing emissions.",
    "Talks on a ceasefire are planned to resume in Cairo next week, Egyptian officials said.",
    "Police said three people were killed in the blast.",
    "“Young men are disproportionately killed in road accidents,” she said.",
    # street protests and protests as nouns; "found" + a remit
    "Thousands protested in Tbilisi against the government's foreign agents bill.",
    "Protests over the pension reform spread to Lyon.",
    "The review found the ministry responsible for border security.",
])
def test_hard_negatives_of_batch7(ex, scorer_ex, text):
    assert scorer_ex.extract(text) == []
    if text not in VERIFIER_DIFFERS:
        assert ex.extract(text) == []
