"""The official FNC-1 score, with per-class F1 and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

__all__ = ["LABELS", "RELATED", "UNRELATED", "FNCScore", "fnc_score"]

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
