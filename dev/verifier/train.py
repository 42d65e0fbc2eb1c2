"""Fit the accusation verifier (``mediakit/data/accusation_verifier.json``) on blind labels.

The verifier (:mod:`mediakit.accusations._verifier`) is fitted on real sentences labelled blind
(``dev/blind/labels``), rebuilt with their text from ``../shared`` by ``dev/blind/unpack.py``.
Each sentence is read by the extractor with the verifier off (the rules' rows, the scorer's
probabilities and gates: :meth:`AccusationExtractor._read`); a sentence with no live cue is
never shown to the verifier and is left out. The two thresholds are chosen by grouped
cross-validation (folds = labelled batches) to maximise sentence-level F1, then the model is
refitted on everything. ``rules_and_scorer`` in the summary is the reading's own verdict (a
rule's accusation, or the scorer's gate; a rule's denial).

Usage (from the repository root)::

    python dev/blind/unpack.py dev/blind/labels/b{21..120}_labels.jsonl -o /tmp/train.jsonl
    python dev/verifier/train.py /tmp/train.jsonl --out mediakit/data/accusation_verifier.json

Prints a JSON summary (sentences, cross-validated F1 of the rules + scorer and of the
verifier at the chosen thresholds).
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np

from mediakit.accusations import AccusationExtractor, _as_date
from mediakit.accusations._verifier import SentenceVerifier
from mediakit.evaluation.accusations import read_gold

THRESHOLDS = [round(0.25 + 0.05 * k, 2) for k in range(10)]  # 0.25 ... 0.70


def readings(records: list[dict]):
    """``(kept records, texts, readings, rows-say-accusation, rows-say-denial)``."""
    ex = AccusationExtractor(verifier=False).fit()
    kept, texts, feats, sys_a, sys_d = [], [], [], [], []
    for rec in records:
        s = rec["text"]
        groups = ex._sentences_with_cues(s, nouns=True)  # (as with a verifier)
        if not groups:
            continue
        a, b, hits = groups[0]  # (a sentence of the gold file is one sentence)
        rows, f = ex._read(s[a:b], _as_date(rec.get("date")), hits)[:2]
        gate = f["scorer_gate"] > 0
        kept.append(rec)
        texts.append(s[a:b])
        feats.append(f)
        sys_a.append(gate or any(r.polarity == "accuse" for r in rows))
        sys_d.append(any(r.polarity == "deny" for r in rows))
    return kept, texts, feats, np.array(sys_a), np.array(sys_d)


def f1(gold: np.ndarray, pred: np.ndarray, missed: int) -> float:
    """F1 with ``missed`` gold positives the verifier never sees (no live cue)."""
    tp = int((gold & pred).sum())
    fp = int((~gold & pred).sum())
    fn = int((gold & ~pred).sum()) + missed
    return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", help="gold JSONL files (dev/blind/unpack.py output)")
    ap.add_argument("--out", help="where to write the model (JSON); omit to only report")
    ap.add_argument("--C", type=float, default=4.0)
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    records = [r for path in args.gold for r in read_gold(path)]
    kept, texts, feats, sys_a, sys_d = readings(records)
    ya = np.array([bool(r["is_accusation"]) for r in kept])
    yd = np.array([bool(r["is_denial"]) for r in kept])
    missed_a = sum(bool(r["is_accusation"]) for r in records) - int(ya.sum())
    missed_d = sum(bool(r["is_denial"]) for r in records) - int(yd.sum())
    groups = [str(r.get("id", "")).split("-")[0] for r in kept]  # "b57-012" -> batch b57
    if len(set(groups)) < args.folds:  # one file without batches: plain folds
        groups = [k % args.folds for k in range(len(kept))]
    oof = np.zeros((len(kept), 2))
    for tr, te in GroupKFold(args.folds).split(texts, ya, groups):
        v = SentenceVerifier(C=args.C, min_df=args.min_df).fit(
            [texts[i] for i in tr], [feats[i] for i in tr], ya[tr], yd[tr])
        oof[te] = [v.predict_proba(texts[i], feats[i]) for i in te]
    best_a = max(THRESHOLDS, key=lambda t: (f1(ya, oof[:, 0] >= t, missed_a), -abs(t - 0.5)))
    best_d = max(THRESHOLDS, key=lambda t: (f1(yd, oof[:, 1] >= t, missed_d), -abs(t - 0.5)))
    v = SentenceVerifier(C=args.C, min_df=args.min_df, threshold_accusation=best_a,
                         threshold_denial=best_d).fit(texts, feats, ya, yd)
    summary = {
        "sentences": len(records), "with_live_cue": len(kept),
        "accusations": int(ya.sum()) + missed_a, "denials": int(yd.sum()) + missed_d,
        "threshold_accusation": best_a, "threshold_denial": best_d,
        "cv_accusation_f1": {"rules_and_scorer": f1(ya, sys_a, missed_a),
                             "verifier": f1(ya, oof[:, 0] >= best_a, missed_a)},
        "cv_denial_f1": {"rules_and_scorer": f1(yd, sys_d, missed_d),
                         "verifier": f1(yd, oof[:, 1] >= best_d, missed_d)},
        "words": len(v.words_), "reading_features": len(v.features_),
    }
    if args.out:
        v.to_json(args.out)
        summary["out"] = args.out
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
