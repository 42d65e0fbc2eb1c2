"""Sentence boundaries (mediakit.text) and bad input for the accusation extractor."""

from __future__ import annotations

import pandas as pd
import pytest

from mediakit.accusations import MAX_SENTENCE_CHARS
from mediakit.text import sentence_span, sentence_spans


def _split(t):
    return [t[a:b] for a, b in sentence_spans(t)]


def test_abbreviations_initials_quotes():
    t = ('Mr. Smith met Gen. Lee and J. R. Jones in the U.S. on Jan. 5. They left! '
         '“We won,” he said. Then the U.N. envoy spoke.')
    assert _split(t) == [
        "Mr. Smith met Gen. Lee and J. R. Jones in the U.S. on Jan. 5.",
        "They left!",
        "“We won,” he said.",
        "Then the U.N. envoy spoke.",
    ]


def test_quote_closing_after_stop_and_paragraphs():
    t = 'He said: "Russia lied." Moscow denied it.\n\nA title without a stop\n\nNext one.'
    assert _split(t) == ['He said: "Russia lied."', "Moscow denied it.",
                         "A title without a stop", "Next one."]


def test_lowercase_continuation_is_not_a_boundary():
    assert _split("Prices rose ca. three pct. in March, e.g. in Tokyo.") == [
        "Prices rose ca. three pct. in March, e.g. in Tokyo."]


def test_sentence_span_matches_full_split():
    t = "First one. Russia accused the U.S. of lying. Third sentence here."
    assert sentence_span(t, t.index("accused")) == sentence_spans(t)[1]
    with pytest.raises(ValueError, match="outside the text"):
        sentence_span(t, len(t) + 5)


def test_sentence_span_is_bounded():
    t = "word " * 20_000 + "accused " + "word " * 20_000
    a, b = sentence_span(t, t.index("accused"), max_chars=500)
    assert b - a <= 1000


def test_long_text_without_punctuation(ex):
    text = "Russia accused the US of lying and " * 3000  # ~100,000 characters, one "sentence"
    rows = ex.extract(text)
    assert rows and all(r.polarity == "accuse" for r in rows)
    assert all(r.accuser_iso3 == "RUS" for r in rows)
    arts = pd.DataFrame({"doc_id": ["x"], "title": [None], "text": [text]})
    out = ex.transform(arts)
    assert ((out["end"] - out["start"]) <= MAX_SENTENCE_CHARS).all()
    assert (out["cue"] == "accused").all()


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        " " * 50_000,
        "“" * 20_000 + "Russia accused the US of lying",
        '"' * 30_001 + " blame " * 1000,
        "(" * 10_000 + "denied " * 2000,
        "alleged " * 5000,
        "accused. " * 5000,
        "\x00\x01 accused \ufeff blamed \u200b denied",
    ],
)
def test_adversarial_inputs_complete(ex, text):
    rows = ex.extract(text)
    for r in rows:
        assert 0 <= r.cue_start < r.cue_end <= len(text)
        assert text[r.cue_start:r.cue_end] == r.cue


def test_unbalanced_quotes_and_html(ex):
    text = ("<p>“The Russians <b>accused</b> the US of lying, the minister said</p>"
            "<script>var blame = 1;</script>")
    rows = ex.extract(text)
    assert [r.cue for r in rows] == ["accused"]
    assert rows[0].accused_iso3 == "USA"


def test_non_english_text(ex):
    assert ex.extract("Россия обвинила США во лжи. 中国指责美国。 La Russie accuse.") == []
