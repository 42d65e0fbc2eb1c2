"""PrefixedRegex: the lexicon's long word alternations searched only where a word can start.

It must find exactly what the plain compiled regex finds (search and finditer, with pos and
endpos), including on text whose non-ASCII letters a case-insensitive regex folds to ASCII.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.accusations._lexicon import load_lexicon
from mediakit.accusations._prefixed import _FOLDS_TO_ASCII, PrefixedRegex, match_prefixes
from mediakit.accusations._rules import _NEGATION, _NEGATION_AT

WORDS = ["didn't ", "n’t ", "never ", "NOR ", "no longer ", "refused to ", "without ", "x ",
         "lied", "LIES", "war crimes", "Chemical weapons", "back the rebels", "aided", "arms",
         "theft", "İllegal", "ſpying", "Killed", "_killed", "un-lawful", "allegations",
         "the claims", "\u212aILLED", "allies", "cover-up", "’", " ", ", ", "-", "x", "\n"]
texts = st.lists(st.sampled_from(WORDS), max_size=12).map("".join)


@pytest.fixture(scope="module")
def regexes():
    lex = load_lexicon()
    return [(p, re.compile(p.pattern, p.flags)) for p in (lex.wrong_re, lex.object_re)] + [
        (_NEGATION_AT, _NEGATION)]


def test_the_lexicon_regexes_have_prefixes(regexes):
    for p, _ in regexes:
        assert isinstance(p, PrefixedRegex) and p._auto is not None
    assert _NEGATION_AT.search("Iran said it didn't ").group(0) == "n't "  # inside a word
    assert "war " in match_prefixes(regexes[0][0].pattern, re.IGNORECASE)


@settings(max_examples=500, deadline=None)
@given(texts, st.data())
def test_same_matches_as_the_regex(regexes, text, data):
    a = data.draw(st.integers(-2, len(text) + 2))
    b = data.draw(st.integers(-2, len(text) + 3))
    for fast, plain in regexes:
        for pos, end in ((0, sys.maxsize), (a, b)):
            m1, m2 = fast.search(text, pos, end), plain.search(text, pos, end)
            assert (m1 and m1.span()) == (m2 and m2.span())
            assert [m.span() for m in fast.finditer(text, pos, end)] == [
                m.span() for m in plain.finditer(text, pos, end)]


def test_a_clause_by_hand(regexes):
    wrong = regexes[0][0]
    s = "Allies said the economy grew, but Kyiv says Moscow committed war crimes and lied."
    assert [m.group(0) for m in wrong.finditer(s)] == ["war crimes", "lied"]
    assert wrong.search(s, 0, 30) is None  # "Allies" holds "lies" inside a word


def test_folding_letters_are_all_listed():
    # every non-ASCII character that a case-insensitive regex matches with an ASCII letter
    letters = re.compile("[a-z]", re.IGNORECASE)
    found = [chr(c) for c in range(128, sys.maxunicode + 1) if letters.match(chr(c))]
    assert sorted(found) == sorted(_FOLDS_TO_ASCII)


def test_prefixes_stop_at_parts_not_read():
    assert sorted(match_prefixes(r"(?:ab|c)\w+d", re.IGNORECASE)) == ["ab", "c"]
    assert match_prefixes(r"[^x]yz") is None  # could start with anything
    assert sorted(match_prefixes(r"(?:ab){3}", re.IGNORECASE)) == ["abab"]
    with pytest.raises(ValueError, match="IGNORECASE"):
        PrefixedRegex("lies", 0)
