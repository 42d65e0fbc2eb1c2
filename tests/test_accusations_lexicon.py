"""User cue tables: a literal cue and a pattern starting with the same word both work."""

import pandas as pd

from mediakit.accusations import AccusationExtractor
from mediakit.accusations._lexicon import build_lexicon, read_table


def _tables():
    cues = read_table(None, "accusation_cues.tsv", ("pattern", "family"))
    dens = read_table(None, "denial_cues.tsv", ("pattern", "family"))
    return cues, dens


def test_pattern_and_literal_with_the_same_first_word_both_kept():
    cues, dens = _tables()
    # a pattern cue starting with a word that is also a literal cue of the denial table
    # (read after the cue table): the literal used to replace the pattern's entry
    cues = pd.concat([cues, pd.DataFrame({"pattern": [r"rebuffed\s+(?:\w+\s+){1,3}?for"],
                                          "family": ["condemn"]})], ignore_index=True)
    dens = pd.concat([dens, pd.DataFrame({"pattern": ["rebuffed"], "family": ["reject"]})],
                     ignore_index=True)
    for c, d in ((cues, dens), (cues.iloc[::-1], dens.iloc[::-1])):
        lex = build_lexicon(c, d)
        s1 = "Beijing rebuffed Washington for sending warships."
        s2 = "The ministry rebuffed the allegations as baseless."
        assert [(s1[a:b], f) for a, b, f in lex.find_cues(s1)] == [
            ("rebuffed Washington for", "condemn")]
        assert [(s2[a:b], f) for a, b, f in lex.find_cues(s2)][0] == ("rebuffed", "reject")


def test_default_tables_still_find_both_kinds():
    ex = AccusationExtractor()
    found = ex.extract("Russia accused the US of lying, but Washington denied the claims.")
    assert [(f.polarity, f.cue) for f in found] == [("accuse", "accused"), ("deny", "denied")]
