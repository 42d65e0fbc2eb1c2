"""Stance detection (FNC-1): does a body agree with, dispute, merely report, or ignore a claim?

* :class:`StanceClassifier` - scikit-learn estimator over (headline/claim, body) pairs;
* :func:`fnc_score` - the official FNC-1 score plus per-class F1 and confusion;
  :func:`reweighted_score` - the same for a confusion matrix rescaled to another class mix
  (default: the competition test's, :data:`COMPETITION_SHARES`);
* :func:`claim_cv` - claim-grouped cross-validation on training data (to choose parameters);
* :func:`claim_stance` - score every article of a corpus against one claim;
* :func:`holdout_split` / :func:`disjoint_split` - hold-outs by body id, or by whole claims
  (no body and no headline on both sides, like the FNC-1 competition test);
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
from ._model import BODY, HEADLINE, MODEL_FORMAT, StanceClassifier, claim_cv
from ._score import COMPETITION_SHARES, LABELS, FNCScore, fnc_score, reweighted_score
from ._split import disjoint_split, holdout_split

__all__ = [
    "BODY",
    "COMPETITION_SHARES",
    "HEADLINE",
    "LABELS",
    "MODEL_FORMAT",
    "FNCScore",
    "StanceClassifier",
    "claim_cv",
    "claim_stance",
    "default_model",
    "disjoint_split",
    "fnc_score",
    "holdout_split",
    "reweighted_score",
    "stance_shares",
]
