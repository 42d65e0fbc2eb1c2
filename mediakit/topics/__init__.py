"""Topics: unsupervised topic models, topics over time, supervised topic classification.

- :class:`TopicModel` - NMF or LDA over article texts, readable labels, ``doc_topics`` table,
  ``partial_fit`` for corpora larger than memory, NPMI coherence (:func:`npmi_coherence`,
  :func:`choose_n_topics`) to pick ``n_topics``.
- :func:`topics_over_time` - document counts and shares per period (per source / country).
- :class:`TopicClassifier` - multi-label (or single-label) classifier for labelled topics
  (Reuters ``TOPICS``, AllSides ``topic``) with calibrated probabilities.

Examples
--------
>>> from mediakit.topics import TopicModel
>>> texts = ["Oil prices rose as crude supply fell", "Crude oil output cut lifts prices",
...          "The central bank raised interest rates", "Bank rates and interest climb"]
>>> tm = TopicModel(n_topics=2, min_df=1, max_df=1.0, random_state=0).fit(texts)
>>> sorted(tm.labels_)
['bank/rates/climb', 'crude/oil/prices']
"""

from __future__ import annotations

from ._classifier import TopicClassifier
from ._coherence import npmi_coherence
from ._model import TopicModel, choose_n_topics
from ._over_time import topics_over_time

__all__ = [
    "TopicClassifier",
    "TopicModel",
    "choose_n_topics",
    "npmi_coherence",
    "topics_over_time",
]
