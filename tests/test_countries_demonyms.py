"""Short names and demonyms that news uses and the generated gazetteer lacked (overrides.tsv)."""

import pytest

from mediakit.countries import CountryMatcher


@pytest.fixture(scope="module")
def matcher():
    return CountryMatcher()


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyzstan's border service said Tajik forces had opened fire on a Kyrgyz outpost.",
     [("Kyrgyzstan", "KGZ"), ("Tajik", "TJK"), ("Kyrgyz", "KGZ")]),
    ("Brunei and Malaysia signed the deal.", [("Brunei", "BRN"), ("Malaysia", "MYS")]),
    ("Kazakh, Uzbek and Azeri envoys met Nepali and Maldivian officials.",
     [("Kazakh", "KAZ"), ("Uzbek", "UZB"), ("Azeri", "AZE"), ("Nepali", "NPL"),
      ("Maldivian", "MDV")]),
    ("Slovenian and Icelandic fishermen protested.", [("Slovenian", "SVN"), ("Icelandic", "ISL")]),
    # the longer official names still win
    ("the Kyrgyz Republic and Brunei Darussalam",
     [("Kyrgyz Republic", "KGZ"), ("Brunei Darussalam", "BRN")]),
])
def test_news_demonyms(matcher, text, expected):
    assert [(m.surface, m.iso3) for m in matcher.find(text)] == expected
