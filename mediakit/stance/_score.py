"""The official FNC-1 score, with per-class F1 and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = [
    "COMPETITION_SHARES", "LABELS", "RELATED", "UNRELATED", "FNCScore", "fnc_score",
    "reweighted_score",
]

#: The four FNC-1 stances, in the order used by every table and matrix here.
LABELS: tuple[str, ...] = ("agree", "disagree", "discuss", "unrelated")
UNRELATED = "unrelated"
RELATED: tuple[str, ...] = ("agree", "disagree", "discuss")


@dataclass(frozen=True)
class FNCScore:
    """Result of :func:`fnc_score`.

    Attributes
    ----------
    score, max_score : float
        Points earned and the points a perfect prediction earns.
    relative_score : float
        ``100 * score / max_score`` (percent), the figure the FNC-1 leaderboard reports.
    per_class_f1 : dict
        F1 of each stance in :data:`LABELS`.
    macro_f1 : float
        Mean of the four F1 values.
    confusion : list of list of int
        Rows are gold stances, columns predictions, both in :data:`LABELS` order.
    n : int
        Number of pairs scored.
    """

    score: float
    max_score: float
    relative_score: float
    per_class_f1: dict[str, float]
    macro_f1: float
    confusion: list[list[int]]
    n: int
    labels: tuple[str, ...] = field(default=LABELS)

    def to_dict(self) -> dict:
        """Plain JSON-serialisable dict of every field."""
        return {
            "score": self.score,
            "max_score": self.max_score,
            "relative_score": self.relative_score,
            "per_class_f1": dict(self.per_class_f1),
            "macro_f1": self.macro_f1,
            "confusion": [list(r) for r in self.confusion],
            "labels": list(self.labels),
            "n": self.n,
        }

    def __repr__(self) -> str:
        return (
            f"FNCScore(relative_score={self.relative_score:.2f}, macro_f1={self.macro_f1:.3f}, "
            f"score={self.score:g}/{self.max_score:g}, n={self.n})"
        )


def _labels(values, what: str) -> np.ndarray:
    if isinstance(values, str):
        raise TypeError(f"{what}: a sequence of stance labels expected, a string was given")
    arr = np.asarray(pd.Series(list(values), dtype=object).astype(str).str.strip().str.lower())
    bad = sorted(set(arr) - set(LABELS))
    if bad:
        raise ValueError(f"{what} holds unknown stance labels {bad}; expected one of {list(LABELS)}")
    return arr


def fnc_score(y_true: Sequence[str], y_pred: Sequence[str]) -> FNCScore:
    """Score stance predictions with the official FNC-1 rule.

    Per pair: +0.25 when the related/unrelated decision is right (both ``unrelated``, or both
    in agree/disagree/discuss), and +0.75 more when the gold stance is related and the
    prediction is exactly that stance. ``max_score`` is the score of the gold labels against
    themselves (``0.25 * #unrelated + 1.0 * #related``).

    Parameters
    ----------
    y_true, y_pred : sequence of str
        Gold and predicted stances, each one of :data:`LABELS` (case-insensitive).

    Returns
    -------
    FNCScore
        ``score``, ``max_score``, ``relative_score`` (percent), ``per_class_f1``,
        ``macro_f1`` and ``confusion`` (gold rows x predicted columns, :data:`LABELS` order).

    Examples
    --------
    >>> s = fnc_score(["agree", "unrelated", "discuss"], ["agree", "unrelated", "agree"])
    >>> s.score, s.max_score, round(s.relative_score, 2)
    (1.5, 2.25, 66.67)
    """
    t, p = _labels(y_true, "y_true"), _labels(y_pred, "y_pred")
    if len(t) != len(p):
        raise ValueError(f"y_true has {len(t)} labels but y_pred has {len(p)}")
    if len(t) == 0:
        raise ValueError("fnc_score needs at least one pair; got empty y_true and y_pred")
    t_rel, p_rel = t != UNRELATED, p != UNRELATED
    score = 0.25 * float(np.sum(t_rel == p_rel)) + 0.75 * float(np.sum(t_rel & (t == p)))
    max_score = 0.25 * float(np.sum(~t_rel)) + 1.0 * float(np.sum(t_rel))
    idx = {lab: i for i, lab in enumerate(LABELS)}
    conf = np.zeros((len(LABELS), len(LABELS)), dtype=np.int64)
    np.add.at(conf, ([idx[x] for x in t], [idx[x] for x in p]), 1)
    f1 = {}
    for i, lab in enumerate(LABELS):
        tp = conf[i, i]
        denom = conf[i, :].sum() + conf[:, i].sum()
        f1[lab] = float(2 * tp / denom) if denom else 0.0
    return FNCScore(
        score=score,
        max_score=max_score,
        relative_score=100.0 * score / max_score,
        per_class_f1=f1,
        macro_f1=float(np.mean(list(f1.values()))),
        confusion=conf.tolist(),
        n=len(t),
    )


#: Class shares of the FNC-1 competition test set (25,413 pairs): the mix
#: :func:`reweighted_score` rescales a confusion matrix to.
COMPETITION_SHARES: dict[str, float] = {
    "agree": 0.074, "disagree": 0.027, "discuss": 0.178, "unrelated": 0.722,
}


def reweighted_score(confusion, shares: dict[str, float] | None = None) -> FNCScore:
    """The FNC-1 score of a confusion matrix whose gold rows are rescaled to another class mix.

    A hold-out split rarely has the class mix of the test it stands for (a claim-disjoint
    FNC-1 hold-out has about 28 % unrelated pairs, the competition test 72 %). Each gold row
    ``i`` is multiplied by ``shares[i] / (row_i / total)``, so the per-class recalls are kept
    and the class mix becomes ``shares``; the score, relative score and F1 are then computed
    on the (fractional) rescaled matrix.

    Parameters
    ----------
    confusion : array-like, 4 x 4
        Gold rows x predicted columns in :data:`LABELS` order (as in :class:`FNCScore`).
    shares : dict, optional
        Target share of each gold class (normalised to sum to 1); default
        :data:`COMPETITION_SHARES`.

    Returns
    -------
    FNCScore
        With a float ``confusion`` that sums to the original number of pairs.

    Examples
    --------
    >>> conf = [[8, 0, 2, 0], [0, 1, 0, 1], [1, 0, 9, 0], [0, 0, 0, 10]]
    >>> s = reweighted_score(conf, {"agree": 1, "disagree": 1, "discuss": 1, "unrelated": 1})
    >>> round(s.relative_score, 2), round(s.per_class_f1["unrelated"], 3)
    (77.69, 0.8)
    """
    conf = np.asarray(confusion, dtype=np.float64)
    if conf.shape != (len(LABELS), len(LABELS)):
        raise ValueError(f"confusion must be {len(LABELS)} x {len(LABELS)}; got {conf.shape}")
    shares = COMPETITION_SHARES if shares is None else shares
    missing = sorted(set(LABELS) - set(shares))
    if missing:
        raise ValueError(f"shares lack class(es) {missing}")
    target = np.array([float(shares[lab]) for lab in LABELS])
    if (target < 0).any() or target.sum() <= 0:
        raise ValueError(f"shares must be >= 0 and not all 0; got {shares}")
    target = target / target.sum()
    rows = conf.sum(axis=1)
    empty = [LABELS[i] for i in np.flatnonzero((rows == 0) & (target > 0))]
    if empty:
        raise ValueError(f"cannot reweight: no gold pairs of class(es) {empty}")
    total = rows.sum()
    scale = np.divide(target * total, rows, out=np.zeros_like(rows), where=rows > 0)
    c = conf * scale[:, None]
    u = LABELS.index(UNRELATED)
    rel = np.arange(len(LABELS)) != u
    score = 0.25 * (c[np.ix_(rel, rel)].sum() + c[u, u]) + 0.75 * np.trace(c[np.ix_(rel, rel)])
    max_score = 0.25 * c[u].sum() + c[rel].sum()
    f1 = {}
    for i, lab in enumerate(LABELS):
        denom = c[i].sum() + c[:, i].sum()
        f1[lab] = float(2 * c[i, i] / denom) if denom else 0.0
    return FNCScore(
        score=float(score), max_score=float(max_score),
        relative_score=100.0 * float(score) / float(max_score), per_class_f1=f1,
        macro_f1=float(np.mean(list(f1.values()))), confusion=c.tolist(), n=int(total),
    )
