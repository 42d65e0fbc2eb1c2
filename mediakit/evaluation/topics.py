"""``mediakit evaluate topics``: supervised topics on Reuters-21578 ModApte ``TOPICS``.

Training documents: the ``TOPICS="YES"`` documents of ``--train`` whose ``LEWISSPLIT`` is
``"TRAIN"`` (every ``TOPICS="YES"`` document when the folder has no TRAIN split), labels
restricted to the 90 standard ModApte categories (:data:`MODAPTE_90`); documents with none of
them stay in as negatives for every category. Test documents: **every** ``TOPICS="YES"``
document of ``--test`` (one with none of the 90 categories is scored as all-negative, so a
predicted topic there is a false positive). Documents present in both folders are removed from
training (counted as ``n_overlap_dropped``).

Model: :class:`~mediakit.topics.TopicClassifier` with its defaults (override with ``--C``,
``--char``). Metrics: micro and macro F1 over the 90 categories (macro = mean per-category F1
over categories present in the gold or predicted labels; on the real ModApte test split all 90
occur). Prints a summary, then ONE JSON object on the last line.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> a = p.parse_args(["--train", "r/train", "--test", "r/test", "--json"])
>>> a.json, str(a.test)
(True, 'r/test')
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

from ._reuters_modapte import MODAPTE_90

HELP = "supervised topics on Reuters-21578 ModApte TOPICS (micro/macro F1, fit seconds)"

__all__ = ["HELP", "MODAPTE_90", "add_arguments", "evaluate_topics", "modapte_docs", "run"]

_YES = "YES"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--train", required=True, type=Path,
                        help="Reuters-21578 folder (reut2-*.sgm[.gz]) to train on: its "
                        "LEWISSPLIT=TRAIN, TOPICS=YES documents")
    parser.add_argument("--test", required=True, type=Path,
                        help="Reuters-21578 folder to score: every TOPICS=YES document")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--C", type=float, default=None, help="SVM C (default: the model's)")
    parser.add_argument("--char", action="store_true",
                        help="add character 3-5-gram features (slower)")
    parser.add_argument("--n-jobs", type=int, default=None,
                        help="threads for the per-topic SVMs (default: all cores)")


def _load(path):
    from ..errors import DatasetNotFoundError
    from ..io import load
    from ..io.reuters import reuters_files

    path = Path(path)
    if not path.exists() or (path.is_dir() and not reuters_files(path)):
        raise DatasetNotFoundError(
            f"no Reuters-21578 files in {path}: expected reut2-NNN.sgm or reut2-NNN.sgm.gz "
            "(Reuters-21578 Distribution 1.0 SGML)", expected=[str(path / "reut2-000.sgm.gz")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = load(path, format="reuters", progress=False)
    return df, len(caught)


def modapte_docs(articles, *, side: str):
    """Return ``(articles, labels)`` of the ModApte ``side`` ("train" or "test").

    ``labels`` is a list of label lists restricted to :data:`MODAPTE_90`.

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"doc_id": ["1", "2", "3"], "topics_flag": ["YES", "NO", "YES"],
    ...                   "lewissplit": ["TRAIN", "TRAIN", "TEST"],
    ...                   "topics": [["earn", "nosuch"], [], []]})
    >>> docs, labels = modapte_docs(a, side="train")
    >>> docs["doc_id"].tolist(), labels
    (['1'], [['earn']])
    >>> modapte_docs(a, side="test")[1]
    [['earn'], []]
    """
    from ..errors import SchemaError

    for col in ("topics_flag", "topics"):
        if col not in articles.columns:
            raise SchemaError(
                f"Reuters articles have no {col!r} column: load them with "
                "mediakit.load(folder, format='reuters')", column=col)
    keep = articles["topics_flag"] == _YES
    if side == "train" and "lewissplit" in articles.columns:
        train = articles["lewissplit"] == "TRAIN"
        if (keep & train).any():
            keep = keep & train
    docs = articles.loc[keep.fillna(False).astype(bool)].reset_index(drop=True)
    cats = set(MODAPTE_90)
    labels = [sorted({t for t in (ts if ts is not None else []) if t in cats})
              for ts in docs["topics"]]
    return docs, labels


def evaluate_topics(train_articles, test_articles, *, classifier=None, progress=False) -> dict:
    """Fit on the ModApte training side of ``train_articles``, score ``test_articles``.

    Returns the metrics dict printed by the command (see module docstring).
    """
    from ..topics import TopicClassifier
    from ._metrics import per_label_f1, set_prf

    tr, ytr = modapte_docs(train_articles, side="train")
    te, yte = modapte_docs(test_articles, side="test")
    if len(tr) == 0:
        raise ValueError("no TOPICS=YES training documents in --train")
    if len(te) == 0:
        raise ValueError("no TOPICS=YES documents to score in --test")
    overlap = tr["doc_id"].isin(set(te["doc_id"]))
    n_overlap = int(overlap.sum())
    if n_overlap:
        ytr = [y for y, o in zip(ytr, overlap, strict=True) if not o]
        tr = tr.loc[~overlap].reset_index(drop=True)
    clf = classifier if classifier is not None else TopicClassifier(n_jobs=-1)
    t0, c0 = time.perf_counter(), time.process_time()
    clf.fit(tr, ytr)
    fit_s, fit_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    pred = clf.predict(te)
    pred_s = time.perf_counter() - t0
    m = set_prf([set(y) for y in yte], [set(p) for p in pred])
    per = per_label_f1([set(y) for y in yte], [set(p) for p in pred])
    worst = sorted(((v["f1"], k, v["support"]) for k, v in per.items() if v["support"] >= 5))[:5]
    return {
        "task": "reuters21578-modapte-topics",
        "n_train": len(tr),
        "n_train_with_category": sum(1 for y in ytr if y),
        "n_test": len(te),
        "n_test_with_category": sum(1 for y in yte if y),
        "n_categories": len(MODAPTE_90),
        "n_categories_in_train": len({c for y in ytr for c in y}),
        "n_categories_in_test": len({c for y in yte for c in y}),
        "n_categories_scored": m["n_labels"],
        "micro_precision": round(m["micro_precision"], 4),
        "micro_recall": round(m["micro_recall"], 4),
        "micro_f1": round(m["micro_f1"], 4),
        "macro_f1": round(m["macro_f1"], 4),
        "fit_seconds": round(fit_s, 2),
        "fit_cpu_seconds": round(fit_cpu, 2),  # all threads; compare on a busy machine
        "predict_seconds": round(pred_s, 2),
        "n_overlap_dropped": n_overlap,
        "weakest_categories": [{"category": k, "f1": round(f, 3), "support": s}
                               for f, k, s in worst],
        "model": type(clf).__name__,
        "params": {k: v for k, v in clf.get_params().items()
                   if isinstance(v, int | float | str | bool | type(None) | tuple)},
    }


def run(args: argparse.Namespace) -> int:
    """Run the evaluation; print a summary and the JSON line."""
    from ..topics import TopicClassifier

    t0 = time.perf_counter()
    train, w1 = _load(args.train)
    test, w2 = _load(args.test)
    kw = {"n_jobs": args.n_jobs if args.n_jobs is not None else -1}
    if args.C is not None:
        kw["C"] = args.C
    if args.char:
        kw["char_ngrams"] = (3, 5)
    res = evaluate_topics(train, test, classifier=TopicClassifier(**kw))
    res["train"] = str(args.train)
    res["test"] = str(args.test)
    res["load_warnings"] = w1 + w2
    res["total_seconds"] = round(time.perf_counter() - t0, 2)
    if not args.json:
        print(f"Reuters-21578 ModApte topics: trained on {res['n_train']} docs "
              f"({res['n_categories_in_train']} of {res['n_categories']} categories), "
              f"scored {res['n_test']} TOPICS=YES docs")
        print(f"micro P/R/F1 = {res['micro_precision']:.3f} / {res['micro_recall']:.3f} / "
              f"{res['micro_f1']:.3f}   macro F1 = {res['macro_f1']:.3f}   "
              f"fit {res['fit_seconds']:.1f} s")
        sys.stdout.flush()
    print(json.dumps(res))
    return 0
