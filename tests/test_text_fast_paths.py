"""Fast paths that must give exactly what their plain definitions give.

The sentence boundary finder runs per first character (a literal, found by the regex engine's
fast search) instead of one pattern starting with a character class; the accusation tokeniser
splits on white space and skips the regex for words of letters and digits. Both are checked
against the plain definitions on generated text holding the hard cases (abbreviations,
initials, closing quotes, runs of end punctuation, blank lines, non-ASCII letters whose
lower case changes length).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.accusations._rules import _TOKEN_RE, _Tok, _tokenise
from mediakit.text import _BOUNDARY_RE, ABBREVIATIONS, _boundary_spans, sentence_spans

PIECES = ["Mr.", "U.S.", "J. ", "e.g. ", "etc.", "\n\n", "\n \n", ". A", "?! B", "…", "”", ")",
          "’", "'s", " ", "\t", "\u00a0", "said", "Iran", "3.5", "İ", "Σ", "ß", "_x", "co-op",
          "A&B", ".", "!", "?", "\n", '"', "a", "Z", "9"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _plain_boundaries(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in _BOUNDARY_RE.finditer(text, pos, endpos)]


def _plain_tokens(s: str) -> list[tuple[int, int, str, str]]:
    # the tokeniser's definition: every _TOKEN_RE match; a final "." is a token of its own
    # unless the word is an abbreviation, holds a dot or is one letter
    out = []
    for m in _TOKEN_RE.finditer(s):
        a, b = m.span()
        core = s[a:b - 1].lower()
        if s[b - 1] == "." and b - a > 1 and not (
                core in ABBREVIATIONS or "." in core or (len(core) == 1 and core.isalpha())):
            out += [(a, b - 1, s[a:b - 1], core), (b - 1, b, ".", ".")]
        else:
            out.append((a, b, s[a:b], s[a:b].lower()))
    return out


@settings(max_examples=600, deadline=None)
@given(texts, st.data())
def test_boundary_spans_equal_the_whole_pattern(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert _boundary_spans(text, a, b) == _plain_boundaries(text, a, b)
    assert _boundary_spans(text, 0, len(text)) == _plain_boundaries(text, 0, len(text))


def test_boundary_spans_on_a_news_paragraph():
    t = ('Mr. Lee met Gen. Kim in the U.S. on Jan. 5. "Why?!" he asked.\n\n\n\n'
         "Talks ended… Then J. Smith spoke.")
    assert _boundary_spans(t, 0, len(t)) == _plain_boundaries(t, 0, len(t))
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        'Mr. Lee met Gen. Kim in the U.S. on Jan. 5.', '"Why?!" he asked.', "Talks ended…",
        "Then J. Smith spoke."]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_tokenise_equals_its_definition(s):
    toks = _tokenise(s)
    assert all(isinstance(t, _Tok) for t in toks)
    if len(s.lower()) == len(s) and "Σ" not in s:
        assert [tuple(t) for t in toks] == _plain_tokens(s)
    else:  # lower() changes lengths: token by token, same spans and texts
        assert [(t.start, t.end, t.text) for t in toks] == [x[:3] for x in _plain_tokens(s)]


def test_tokenise_a_sentence_by_hand():
    s = "Moscow’s envoy said the U.S. lied, Mr. Lee added."
    assert [t.text for t in _tokenise(s)] == [
        "Moscow’s", "envoy", "said", "the", "U.S.", "lied", ",", "Mr.", "Lee", "added", "."]
