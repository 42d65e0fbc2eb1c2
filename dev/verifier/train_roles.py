"""Fit the bundled role picker (``mediakit/data/accusation_roles.json``) on blind labels.

The role picker (:class:`mediakit.accusations._roles.RolePicker`) chooses the accuser and the
accused of the accusations the rules did not read (the rows the scorer and the verifier add):
two logistic regressions over features of the sentence's candidate noun phrases. Here it is
fitted on our own sentences (``mediakit/data/accusation_*.jsonl``, which hold the forms the
issue names) and the real sentences labelled blind (``dev/blind/labels``, text rebuilt from
``../shared`` by ``dev/blind/unpack.py``): each gold accusation's candidates at its main cue,
a candidate being right for a role when it overlaps the gold span and resolves to the gold
ISO3. The model file holds feature names (our own, with single words: the word before and
after a phrase, its last word, the cue) and their weights, no sentence.

Grouped cross-validation (folds = labelled batches) measures what matters: on the gold
accusations for which the default extractor reports the scorer's row first, how often both
ISO3 codes of that row are right with the picker fitted on the bundled sentences and with
the one fitted on them and the other folds' labels.

Usage (from the repository root; the bundled model of session 22, byte for byte, from the
verifier's training batches b21-b148, b155-b170 and b177-b194)::

    python dev/blind/unpack.py dev/blind/labels/b{21..148}_labels.jsonl \
        dev/blind/labels/b{155..170}_labels.jsonl dev/blind/labels/b{177..194}_labels.jsonl \
        -o /tmp/train.jsonl
    python dev/verifier/train_roles.py /tmp/train.jsonl --out mediakit/data/accusation_roles.json

Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import json
import sys

import numpy as np
import pandas as pd

from mediakit.accusations import AccusationExtractor, _as_date
from mediakit.accusations._fallback import scorer_rows
from mediakit.accusations._roles import RolePicker
from mediakit.accusations._rules import continuator
from mediakit.accusations._scorer import load_training
from mediakit.accusations._verifier import VERIFIER_MODEL
from mediakit.evaluation.accusations import read_gold


def scorer_accusations(records: list[dict], ex) -> list[tuple[int, tuple]]:
    """``(record index, (start, end, hits))`` of the gold accusations whose first reported row
    is the scorer's (``rule == "scorer"``), with the sentence span and cue hits it was read at."""
    out = []
    for i, rec in enumerate(records):
        if not rec["is_accusation"]:
            continue
        rows = [r for r in ex.extract(rec["text"], date=rec.get("date"))
                if r.polarity == "accuse"]
        if rows and rows[0].rule == "scorer":
            groups = ex._sentences_with_cues(rec["text"], nouns=True)
            if groups:
                out.append((i, groups[0]))
    return out


def pair_right(records, items, picker, ex) -> int:
    """How many of ``items`` get both codes right with ``picker`` (as the extractor reads them)."""
    ok = 0
    for i, (a, b, hits) in items:
        rec = records[i]
        rows = scorer_rows(rec["text"][a:b], hits, ex.lexicon_, ex.matcher_,
                           _as_date(rec.get("date")), confidence=1.0, deny_ok=False,
                           roles=picker)
        ok += (rows[0].accuser_iso3, rows[0].accused_iso3) == (
            rec.get("accuser_iso3"), rec.get("accused_iso3"))
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+", help="gold JSONL files (dev/blind/unpack.py output)")
    ap.add_argument("--out", help="where to write the model (JSON); omit to only report")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    from sklearn.model_selection import GroupKFold

    records = [r for path in args.gold for r in read_gold(path)]
    for r in records:  # a dissolved state's code as the extractor codes it ("SUN" -> "RUS")
        for key in ("accuser_iso3", "accused_iso3"):
            if isinstance(r.get(key), str):
                r[key] = continuator(r[key])
    table = pd.DataFrame(records)
    # the default extractor, but with the picker fitted on the bundled sentences (which rows
    # are the scorer's does not depend on the picker; the bundled model may not exist yet)
    ex = AccusationExtractor(training=load_training(), verifier=str(VERIFIER_MODEL)).fit()
    items = scorer_accusations(records, ex)
    bundled = ex.roles_
    groups = np.array([str(r.get("id", "")).split("-")[0] for r in records])
    own = load_training()  # our own sentences come first (their forms: "rejected X from Y")
    cols = [c for c in own.columns if c in table.columns]

    def fit(part: pd.DataFrame) -> RolePicker:
        return RolePicker(C=args.C, min_count=args.min_count).fit(
            pd.concat([own, part[cols]], ignore_index=True), ex.lexicon_, ex.matcher_)

    right = 0
    for tr, te in GroupKFold(args.folds).split(table, groups=groups):
        picker = fit(table.iloc[tr])
        held = set(te.tolist())
        right += pair_right(records, [x for x in items if x[0] in held], picker, ex)
    picker = fit(table)
    n = len(items)
    summary = {
        "sentences": len(records), "accusations": int(table["is_accusation"].sum()),
        "scorer_accusations": n,
        "cv_pair_accuracy": {"bundled_sentences": round(pair_right(records, items, bundled, ex)
                                                        / n, 4),
                             "with_blind_labels": round(right / n, 4)},
        "features": {role: len(w) for role, w in picker.coef_.items()},
    }
    if args.out:
        picker.to_json(args.out)
        summary["out"] = args.out
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
