"""Stance detection (FNC-1): does a body agree with, dispute, merely report, or ignore a claim?

* :class:`StanceClassifier` - scikit-learn estimator over (headline/claim, body) pairs;
* :func:`fnc_score` - the official FNC-1 score plus per-class F1 and confusion;
* :func:`claim_stance` - score every article of a corpus against one claim;
* :func:`stance_shares` - per-period counts of agreeing / disputing / reporting coverage
  (drawn by :func:`mediakit.plots.stance_over_time`).

Examples
--------
>>> from mediakit.stance import fnc_score
>>> fnc_score(["disagree", "unrelated"], ["disagree", "discuss"]).relative_score
80.0
"""

from __future__ import annotations

from ._claim import claim_stance, default_model, stance_shares
from ._model import BODY, HEADLINE, StanceClassifier
from ._score import LABELS, FNCScore, fnc_score
from ._split import holdout_split

__all__ = [
    "BODY",
    "HEADLINE",
    "LABELS",
    "FNCScore",
    "StanceClassifier",
    "claim_stance",
    "default_model",
    "fnc_score",
    "holdout_split",
    "stance_shares",
]
