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

from .._lazy import lazy_exports

# lazy: mediakit.topics._over_time (also used by the Store) must not import scikit-learn
_EXPORTS = {
    "TopicClassifier": "._classifier",
    "TopicModel": "._model",
    "choose_n_topics": "._model",
    "npmi_coherence": "._coherence",
    "topics_over_time": "._over_time",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
