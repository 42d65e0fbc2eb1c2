"""``mediakit evaluate stance``: the FNC-1 score of :class:`~mediakit.stance.StanceClassifier`.

Each of ``--train`` / ``--test`` is a folder with one ``*bodies.csv`` and one ``*stances.csv``
(the FNC-1 layout: ``train_bodies.csv`` + ``train_stances.csv``,
``competition_test_bodies.csv`` + ``competition_test_stances.csv``). Without ``--test``,
``--holdout 0.2`` holds out 20 % of the training *bodies* (the official baseline's split:
``random.Random(1489215)`` over the body ids), so no body is on both sides. With
``--split bodies+headlines`` whole claims are held out instead (no body and no headline on
both sides, like the competition test; see :func:`mediakit.stance.disjoint_split`).

The last line printed is one JSON object: ``relative_score`` (percent), ``score``,
``max_score``, ``macro_f1``, ``per_class_f1``, ``confusion`` (gold rows x predicted columns,
order in ``labels``), ``fit_seconds`` (wall clock), ``fit_cpu_seconds`` (CPU time of this
process: the fairer figure on a shared machine), ``predict_seconds``, ``n_train``, ``n_test``,
``related_as_unrelated`` (related test pairs predicted unrelated) and
``unrelated_as_related``. With ``--reweight competition`` also
``competition_relative_score``, ``competition_macro_f1`` and ``competition_per_class_f1``:
the same confusion matrix with its gold rows rescaled to the FNC-1 competition test's class
mix (:func:`mediakit.stance.reweighted_score`), for a hold-out whose mix differs from it.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> a = p.parse_args(["--train", "fnc1", "--holdout", "0.2"])
>>> a.holdout, a.test is None
(0.2, True)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

SPLITS = ("bodies", "bodies+headlines")
REWEIGHTS = ("competition",)

HELP = "stance on FNC-1 (official relative score, macro-F1, per-class F1, fit seconds)"

__all__ = ["HELP", "add_arguments", "evaluate_stance", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``mediakit evaluate stance``."""
    parser.add_argument("--train", required=True, type=Path,
                        help="folder with one *bodies.csv and one *stances.csv (labelled)")
    parser.add_argument("--test", type=Path, default=None,
                        help="folder with the test *bodies.csv and *stances.csv (labelled)")
    parser.add_argument("--holdout", type=float, default=None, metavar="FRACTION",
                        help="without --test: hold out this fraction of the training bodies "
                        "(baseline split, e.g. 0.2)")
    parser.add_argument("--split", choices=SPLITS, default="bodies",
                        help="with --holdout: 'bodies' = the baseline's body-id split (default); "
                        "'bodies+headlines' = hold out whole claims, so no body and no "
                        "headline is on both sides (like the competition test)")
    parser.add_argument("--seed", type=int, default=None,
                        help="seed of the hold-out split (default: the baseline's 1489215)")
    parser.add_argument("--random-state", type=int, default=0, help="model seed")
    parser.add_argument("--save-model", type=Path, default=None,
                        help="also write the fitted model here (skops)")
    parser.add_argument("--reweight", choices=REWEIGHTS, default=None,
                        help="also report the score of the confusion matrix rescaled to this "
                        "class mix ('competition': the FNC-1 competition test's)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def _pairs(bodies, stances, where: Path):
    from ..stance._claim import fnc1_pairs

    if len(stances) == 0:
        raise ValueError(f"{where}: no stances file or no rows in it")
    if stances["stance"].isna().any():
        raise ValueError(
            f"{where}: {int(stances['stance'].isna().sum())} stance rows have no label; "
            "evaluation needs a labelled stances file (with a Stance column)")
    try:
        return fnc1_pairs(bodies, stances)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def evaluate_stance(train: Path, test: Path | None = None, *, holdout: float | None = None,
                    seed: int | None = None, random_state: int = 0,
                    save_model: Path | None = None, split: str = "bodies",
                    reweight: str | None = None) -> dict:
    """Fit on ``train``, score on ``test`` (or a hold-out of ``train``: ``split="bodies"`` by
    body id, ``"bodies+headlines"`` by whole claims); return metrics (with
    ``reweight="competition"`` also those of the confusion rescaled to the competition mix).

    Examples
    --------
    >>> evaluate_stance("fnc1", holdout=0.2)  # doctest: +SKIP
    """
    from ..io.fnc1 import read_fnc1
    from ..stance import StanceClassifier, fnc_score
    from ..stance._model import BODY, HEADLINE
    from ..stance._split import BASELINE_SEED, disjoint_split, holdout_split

    train = Path(train)
    if split not in SPLITS:
        raise ValueError(f"split must be one of {list(SPLITS)}; got {split!r}")
    if reweight is not None and reweight not in REWEIGHTS:
        raise ValueError(f"reweight must be one of {list(REWEIGHTS)} or None; got {reweight!r}")
    if (test is None) == (holdout is None):
        raise ValueError("give exactly one of --test DIR or --holdout FRACTION")
    bodies, stances = read_fnc1(train)
    data = _pairs(bodies, stances, train)
    split_info = None
    if test is None:
        seed = BASELINE_SEED if seed is None else seed
        if split == "bodies":
            tr_ids, te_ids = holdout_split(bodies["body_id"], fraction=holdout, seed=seed)
            is_te = data["body_id"].isin(set(te_ids)).to_numpy()
            tr_df, te_df = data[~is_te], data[is_te]
            info = {"n_train_bodies": len(tr_ids), "n_test_bodies": len(te_ids)}
        else:
            is_tr, is_te, info = disjoint_split(
                data[HEADLINE].tolist(), data["body_id"].tolist(), data["stance"].tolist(),
                fraction=holdout, seed=seed)
            tr_df, te_df = data[is_tr], data[is_te]
        split_info = {"kind": split, "holdout": holdout, "seed": seed, **info}
    else:
        test = Path(test)
        tb, ts = read_fnc1(test)
        tr_df, te_df = data, _pairs(tb, ts, test)
    model = StanceClassifier(random_state=random_state)
    t0, c0 = time.perf_counter(), time.process_time()
    model.fit(tr_df[[HEADLINE, BODY]], tr_df["stance"])
    fit_s, fit_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    pred = model.predict(te_df[[HEADLINE, BODY]])
    pred_s = time.perf_counter() - t0
    if save_model is not None:
        model.save(save_model)
    gold = te_df["stance"].astype(str).str.strip().str.lower().to_numpy()
    scored = fnc_score(list(gold), list(pred))
    res = scored.to_dict()
    if reweight == "competition":
        from ..stance import reweighted_score

        comp = reweighted_score(scored.confusion)
        res.update(competition_relative_score=comp.relative_score,
                   competition_macro_f1=comp.macro_f1,
                   competition_per_class_f1=comp.per_class_f1)
    res.update(
        related_as_unrelated=int(((gold != "unrelated") & (pred == "unrelated")).sum()),
        unrelated_as_related=int(((gold == "unrelated") & (pred != "unrelated")).sum()),
        fit_seconds=round(fit_s, 2),
        fit_cpu_seconds=round(fit_cpu, 2),
        predict_seconds=round(pred_s, 2),
        n_train=len(tr_df),
        n_test=len(te_df),
        train=str(train),
        test=None if test is None else str(test),
        split=split_info,
        model=model.__class__.__name__,
        params={k: v for k, v in model.get_params().items() if k != "cues"},
    )
    return res


def run(args: argparse.Namespace) -> int:
    """Run the evaluation and print the result (JSON on the last line)."""
    from ..errors import MediakitError

    if args.test is not None and args.split != "bodies":
        print("mediakit evaluate stance: error: --split applies to --holdout only",
              file=sys.stderr)
        return 2
    if (args.test is None) == (args.holdout is None):
        print("mediakit evaluate stance: error: give exactly one of --test DIR or --holdout "
              "FRACTION", file=sys.stderr)
        return 2
    try:
        res = evaluate_stance(args.train, args.test, holdout=args.holdout, seed=args.seed,
                              random_state=args.random_state, save_model=args.save_model,
                              split=args.split, reweight=args.reweight)
    except MediakitError:
        raise
    except ValueError as exc:
        print(f"mediakit evaluate stance: error: {exc}", file=sys.stderr)
        return 1
    if not args.json:
        sp = res["split"]
        where = (f"{sp['kind']} hold-out of {sp['n_test_bodies']} bodies" if sp
                 else res["test"])
        print(f"FNC-1 stance: trained on {res['n_train']} pairs in {res['fit_seconds']:.1f} s, "
              f"tested on {res['n_test']} pairs ({where})")
        print(f"relative score {res['relative_score']:.2f}% ({res['score']:g} / "
              f"{res['max_score']:g}), macro-F1 {res['macro_f1']:.3f}")
        print("per-class F1: " + ", ".join(f"{k} {v:.3f}" for k, v in res["per_class_f1"].items()))
        if "competition_relative_score" in res:
            print(f"rescaled to the competition test's class mix: relative score "
                  f"{res['competition_relative_score']:.2f}%, macro-F1 "
                  f"{res['competition_macro_f1']:.3f}")
    print(json.dumps(res))
    return 0
