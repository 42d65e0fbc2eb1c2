"""PhraseAutomaton (ahocorasick-rs) and its users on text that is not plain ASCII."""

import pickle

from mediakit._automaton import PhraseAutomaton
from mediakit.accusations import AccusationExtractor
from mediakit.countries import CountryMatcher


def test_longest_prefers_the_longer_alias_and_keeps_character_offsets():
    auto = PhraseAutomaton({"Niger": "NER", "Nigeria": "NGA", "Guinea": "GIN",
                            "Equatorial Guinea": "GNQ"})
    text = "“Nigeria” – Equatorial Guinea"
    assert auto.longest(text) == [(1, 8, "NGA"), (12, 29, "GNQ")]
    assert text[1:8] == "Nigeria" and text[12:29] == "Equatorial Guinea"


def test_overlapping_lower_maps_byte_offsets_back_to_characters():
    auto = PhraseAutomaton({"accused": "accuse", "accuse": "accuse"})
    text = "Kyiv 😀 ACCUSED Pétér; İstanbul accused"
    hits = auto.overlapping_lower(text)
    assert [text[s:e] for s, e, _ in hits] == ["ACCUSE", "ACCUSED", "accuse", "accused"]
    # same hits as searching the lower-cased string itself
    low = "".join(c.lower() if c.isascii() else c for c in text)
    assert sorted(hits) == sorted(auto.overlapping(low))


def test_overlapping_lower_same_hits_with_and_without_a_non_ascii_phrase():
    # ASCII phrases take the "?"-for-non-ASCII path, a table with one non-ASCII phrase the
    # UTF-8 path with offsets mapped back: both must report the ASCII phrases alike
    ascii_only = PhraseAutomaton({"accuse": 1, "lies": 2, "blamed for": 3})
    mixed = PhraseAutomaton({"accuse": 1, "lies": 2, "blamed for": 3, "côte": 4})
    text = "“Allies” ACCUSE Côte d’Ivoire; 中国 Blamed For lies?\ud800 accuse"
    a, m = ascii_only.overlapping_lower(text), mixed.overlapping_lower(text)
    assert [(text[s:e], v) for s, e, v in a] == [("lies", 2), ("ACCUSE", 1),
                                                 ("Blamed For", 3), ("lies", 2), ("accuse", 1)]
    assert [h for h in m if h[2] != 4] == a
    assert [text[s:e] for s, e, v in m if v == 4] == ["Côte"]


def test_lone_surrogates_do_not_break_matching():
    # JSON with a bad "\ud800" escape decodes to a lone surrogate; offsets must still hold
    text = "\ud800 Russia accused \udc00 France of lying"
    found = CountryMatcher().find(text)
    assert [(m.surface, m.iso3, m.start) for m in found] == [("Russia", "RUS", 2),
                                                            ("France", "FRA", 19)]
    acc = AccusationExtractor().extract(text)
    assert [(a.accuser_iso3, a.accused_iso3, a.cue) for a in acc] == [("RUS", "FRA", "accused")]


def test_pickled_automaton_is_rebuilt_and_finds_the_same():
    auto = PhraseAutomaton({"Kremlin": "RUS"})
    assert auto.longest("the Kremlin said") == [(4, 11, "RUS")]
    again = pickle.loads(pickle.dumps(auto))
    assert again.longest("the Kremlin said") == [(4, 11, "RUS")]
    assert len(PhraseAutomaton({})) == 0 and PhraseAutomaton({}).longest("x") == []


def test_compact_automaton_finds_what_the_dfa_finds():
    phrases = {"un": "igo", "united nations": "igo", "the kremlin": "RUS", "kremlin": "RUS",
               "o’rourke": "USA", "díaz-canel": "CUB", "mp": "x"}
    text = "the kremlin told the united nations an mp, díaz-canel and o’rourke; stunned"
    dfa, compact = PhraseAutomaton(phrases), PhraseAutomaton(phrases, compact=True)
    hits = compact.overlapping(text)
    assert sorted(hits) == sorted(dfa.overlapping(text))
    assert tuple(text[s:e] for s, e, _ in hits[:2]) == ("the kremlin", "kremlin")
    assert "un" in [text[s:e] for s, e, _ in hits]  # inside "stunned" too: every hit
    assert compact.longest(text) == dfa.longest(text)
    again = pickle.loads(pickle.dumps(compact))
    assert again.compact and again.overlapping(text) == hits
