"""Country coverage: mentions, document countries, and country classifiers.

- :class:`CountryMatcher` / :func:`find_mentions` - dictionary mentions (``mentions`` table);
- :func:`doc_countries` - article x country counts, scores and the primary countries;
- :class:`CountryVectorizer` - texts -> sparse country-count matrix (scikit-learn transformer);
- :class:`NewsmapClassifier` - semi-supervised (no labels) multi-label country classifier;
- :class:`CountryClassifier` - supervised multi-label country classifier.
"""

from __future__ import annotations

from ._doc import doc_countries
from ._matcher import DEFAULT_KINDS, CountryMatcher, Mention, find_mentions
from ._models import CountryClassifier, CountryVectorizer, NewsmapClassifier

__all__ = [
    "DEFAULT_KINDS",
    "CountryClassifier",
    "CountryMatcher",
    "CountryVectorizer",
    "Mention",
    "NewsmapClassifier",
    "doc_countries",
    "find_mentions",
]
