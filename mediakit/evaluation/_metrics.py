"""Set-based precision / recall / F1 for multi-label predictions (shared by the evaluations).

Each document has a gold set and a predicted set of labels. *Micro* figures pool the counts
of all documents; *macro* F1 averages the per-label F1 over every label that occurs in the
gold or the predicted sets (a label only ever predicted counts with F1 = 0).

Examples
--------
>>> r = set_prf([{"USA"}, {"RUS", "SYR"}], [{"USA"}, {"RUS", "IRQ"}])
>>> round(r["micro_precision"], 3), round(r["micro_recall"], 3), r["macro_f1"]
(0.667, 0.667, 0.5)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["per_label_f1", "set_prf"]


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def _counts(gold: Sequence[Iterable], pred: Sequence[Iterable]):
    if len(gold) != len(pred):
        raise ValueError(f"gold and pred must have the same length, got {len(gold)} and "
                         f"{len(pred)}")
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        g, p = set(g), set(p)
        tp.update(g & p)
        fp.update(p - g)
        fn.update(g - p)
    return tp, fp, fn


def per_label_f1(gold: Sequence[Iterable], pred: Sequence[Iterable]) -> dict[str, dict]:
    """Per-label ``precision``, ``recall``, ``f1``, ``support`` (gold count).

    Examples
    --------
    >>> per_label_f1([{"USA"}], [{"USA", "GBR"}])["GBR"]
    {'precision': 0.0, 'recall': 0.0, 'f1': 0.0, 'support': 0}
    """
    tp, fp, fn = _counts(gold, pred)
    out = {}
    for lab in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        out[lab] = {"precision": p, "recall": r, "f1": _f1(p, r), "support": tp[lab] + fn[lab]}
    return out


def set_prf(gold: Sequence[Iterable], pred: Sequence[Iterable]) -> dict[str, float]:
    """Micro precision/recall/F1 and macro F1 of predicted label sets against gold sets.

    Returns a dict with ``micro_precision``, ``micro_recall``, ``micro_f1``, ``macro_f1``
    (fractions 0-1), ``n_docs``, ``n_gold``, ``n_pred``, ``n_labels``.

    Examples
    --------
    >>> set_prf([set()], [set()])["micro_f1"]
    0.0
    """
    tp, fp, fn = _counts(gold, pred)
    t, f_p, f_n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = t / (t + f_p) if t + f_p else 0.0
    r = t / (t + f_n) if t + f_n else 0.0
    labels = per_label_f1(gold, pred)
    macro = sum(v["f1"] for v in labels.values()) / len(labels) if labels else 0.0
    return {"micro_precision": p, "micro_recall": r, "micro_f1": _f1(p, r), "macro_f1": macro,
            "n_docs": len(gold), "n_gold": t + f_n, "n_pred": t + f_p, "n_labels": len(labels)}
