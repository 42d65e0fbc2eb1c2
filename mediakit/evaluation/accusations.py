"""``mediakit evaluate accusations``: sentence-level scores on a gold JSONL file.

The gold format is the one of ``shared/gold/accusations_dev.jsonl`` (one JSON object per line:
``text``, ``is_accusation``, ``accuser_iso3``, ``accused_iso3``, ``is_denial``, ``date`` ...).
Scoring follows its README: an accusation is *found* when the system reports at least one
accusation in the sentence (precision/recall/F1 over sentences), the same for denials;
accuser/accused ISO3 accuracy is taken over the gold accusations found (``null`` = ``null``
counts as right; the system's first accusation row is its primary one) and ``pair_accuracy``
needs both right.

A cue-word baseline is scored in the same run: a cue present means an accusation, the
nearest country mention before the cue is the accuser and the nearest after it the accused;
a denial cue present means a denial.

Examples
--------
>>> recs = [{"text": "Russia accuses US of lying.", "is_accusation": True,
...          "accuser_iso3": "RUS", "accused_iso3": "USA", "is_denial": False},
...         {"text": "He charged the battery.", "is_accusation": False,
...          "accuser_iso3": None, "accused_iso3": None, "is_denial": False}]
>>> res = evaluate_accusations(recs)
>>> res["accusation"]["f1"], res["pair_accuracy"], res["baseline"]["accusation"]["precision"]
(1.0, 1.0, 0.5)
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import ParseError

HELP = "accusations and denials on a gold JSONL (sentence P/R/F1, ISO3 accuracy, baseline)"

__all__ = ["HELP", "add_arguments", "baseline_extract", "evaluate_accusations", "read_gold",
           "run"]

_REQUIRED = ("text", "is_accusation", "is_denial")
_BASE_CUES = re.compile(
    r"\b(?:accus\w*|blam\w*|charg\w*|alleg\w*|condemn\w*|denounc\w*|claim\w*|pretend\w*|"
    r"indict\w*|responsible\s+for)\b", re.IGNORECASE)
_BASE_DENIALS = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|reject\w*|dismiss\w*|refut\w*|"
                           r"rebuff\w*)\b", re.IGNORECASE)


def read_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file; raise :class:`~mediakit.errors.ParseError` naming the line.

    Examples
    --------
    >>> read_gold("missing.jsonl")
    Traceback (most recent call last):
    ...
    FileNotFoundError: gold file not found: missing.jsonl
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"gold file not found: {path}")
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseError(f"not valid JSON: {exc.msg}", path=path, line=i) from None
            missing = [k for k in _REQUIRED if k not in rec]
            if missing:
                raise ParseError(f"record lacks {', '.join(missing)}", path=path, line=i)
            out.append(rec)
    return out


def baseline_extract(matcher) -> Callable[[str], tuple[list, list]]:
    """The cue-word baseline as a function ``text -> (accusations, denials)``.

    Each accusation is ``(accuser_iso3, accused_iso3)``.

    Examples
    --------
    >>> from mediakit.countries import CountryMatcher
    >>> base = baseline_extract(CountryMatcher())
    >>> base("Russia accused Ukraine of shelling; Kiev denied it.")
    ([('RUS', 'UKR')], [True])
    """
    def extract(text: str) -> tuple[list, list]:
        accs = []
        mentions = matcher.find(text)
        for m in _BASE_CUES.finditer(text):
            before = [x for x in mentions if x.end <= m.start()]
            after = [x for x in mentions if x.start >= m.end()]
            accs.append((before[-1].iso3 if before else None,
                         after[0].iso3 if after else None))
            break
        denials = [True] if _BASE_DENIALS.search(text) else []
        return accs, denials

    return extract


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "fp": fp, "fn": fn}


def _score(records: list[dict], predict: Callable[[dict], tuple[list, list]],
           outcomes: list | None = None) -> dict:
    """The metrics of ``predict`` on ``records``; ``outcomes``, if given, receives one
    ``(gold accusation, found accusation, gold denial, found denial, pair right)`` per record
    (for :func:`_intervals`)."""
    a = {"tp": 0, "fp": 0, "fn": 0}
    d = {"tp": 0, "fp": 0, "fn": 0}
    n_found = ok_accuser = ok_accused = ok_pair = 0
    for rec in records:
        accs, dens = predict(rec)
        gold_a, gold_d = bool(rec["is_accusation"]), bool(rec["is_denial"])
        found = bool(accs) and gold_a
        r1 = found and accs[0][0] == rec.get("accuser_iso3")
        r2 = found and accs[0][1] == rec.get("accused_iso3")
        if outcomes is not None:
            outcomes.append((gold_a, bool(accs), gold_d, bool(dens), bool(r1 and r2)))
        if found:
            a["tp"] += 1
            n_found += 1
            ok_accuser += r1
            ok_accused += r2
            ok_pair += r1 and r2
        elif accs:
            a["fp"] += 1
        elif gold_a:
            a["fn"] += 1
        if dens and gold_d:
            d["tp"] += 1
        elif dens:
            d["fp"] += 1
        elif gold_d:
            d["fn"] += 1

    def frac(x: int) -> float:
        return round(x / n_found, 4) if n_found else 0.0

    return {
        "n_sentences": len(records),
        "accusation": _prf(a["tp"], a["fp"], a["fn"]),
        "denial": _prf(d["tp"], d["fp"], d["fn"]),
        "accuser_accuracy": frac(ok_accuser),
        "accused_accuracy": frac(ok_accused),
        "pair_accuracy": frac(ok_pair),
        "n_true_positives": n_found,
    }


#: Bootstrap resamples of the gold sentences behind the intervals of :func:`_intervals`.
BOOTSTRAP_RESAMPLES = 1000


def _metrics(o):
    """Accusation F1, denial F1 and pair accuracy of the five outcome columns of
    :func:`_score` (numpy bool arrays, sentences on the last axis: a leading axis scores a
    batch of resamples at once)."""
    import numpy as np

    ga, pa, gd, pd_, pair = o

    def f1(g, p):
        tp = (g & p).sum(axis=-1)
        den = p.sum(axis=-1) + g.sum(axis=-1)  # (tp + fp) + (tp + fn)
        return np.divide(2 * tp, den, out=np.zeros(np.shape(tp)), where=den > 0)

    found = (ga & pa).sum(axis=-1)
    pair_acc = np.divide((pair & ga & pa).sum(axis=-1), found, out=np.zeros(np.shape(found)),
                         where=found > 0)
    return f1(ga, pa), f1(gd, pd_), pair_acc


def _intervals(model: list, base: list, *, resamples: int = BOOTSTRAP_RESAMPLES,
               level: float = 0.95, seed: int = 0) -> dict:
    """Percentile bootstrap intervals (resampling the gold sentences, the same resamples for
    the model and the baseline) of accusation F1, denial F1 and pair accuracy, and of the
    model's margin over the baseline on each."""
    import numpy as np

    m = np.array(model, dtype=bool).T  # 5 columns x n sentences
    b = np.array(base, dtype=bool).T
    n = m.shape[1]
    rng = np.random.default_rng(seed)
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    names = ("accusation_f1", "denial_f1", "pair_accuracy")
    draws = {k: [] for k in names}
    margins = {k: [] for k in names}
    for start in range(0, resamples, 100):  # (100 resamples at a time: bounded memory)
        idx = rng.integers(0, n, size=(min(100, resamples - start), n))
        mm, bb = _metrics(m[:, idx]), _metrics(b[:, idx])
        for k, x, y in zip(names, mm, bb, strict=True):
            draws[k].append(x)
            margins[k].append(x - y)

    def ci(parts):
        v = np.concatenate(parts)
        return [round(float(np.quantile(v, lo_q)), 4), round(float(np.quantile(v, hi_q)), 4)]

    return {"level": level, "resamples": resamples, "seed": seed,
            **{k: ci(draws[k]) for k in names},
            "minus_baseline": {k: ci(margins[k]) for k in names}}


def evaluate_accusations(gold: str | Path | Iterable[dict], *, extractor=None) -> dict:
    """Score :class:`~mediakit.accusations.AccusationExtractor` and the baseline on ``gold``.

    ``gold`` is a JSONL path or an iterable of records. Returns the metrics dict of the
    model (keys ``n_sentences``, ``accusation``, ``denial`` - each with ``precision``,
    ``recall``, ``f1`` as fractions 0-1 -, ``accuser_accuracy``, ``accused_accuracy``,
    ``pair_accuracy``) with the same figures for the cue baseline under ``baseline``.

    ``intervals`` says how far to trust them: 95 % percentile bootstrap intervals over the
    gold sentences (:data:`BOOTSTRAP_RESAMPLES` resamples, seed 0: the same figures on every
    run) of ``accusation_f1``, ``denial_f1`` and ``pair_accuracy``, and under
    ``minus_baseline`` of the model's margin over the baseline on the same resamples. On a
    few hundred sentences an F1 is known to about +/- 0.03.
    """
    from ..accusations import AccusationExtractor

    records = read_gold(gold) if isinstance(gold, str | Path) else list(gold)
    ex = (extractor or AccusationExtractor()).fit() if not hasattr(extractor, "lexicon_") else (
        extractor)

    def model(rec: dict) -> tuple[list, list]:
        rows = ex.extract(rec["text"], date=rec.get("date"))
        accs = [(r.accuser_iso3, r.accused_iso3) for r in rows if r.polarity == "accuse"]
        dens = [r for r in rows if r.polarity == "deny"]
        return accs, dens

    base = baseline_extract(ex.matcher_)
    t0 = time.perf_counter()
    mine: list = []
    res = _score(records, model, mine)
    res["seconds"] = round(time.perf_counter() - t0, 3)
    theirs: list = []
    res["baseline"] = _score(records, lambda rec: base(rec["text"]), theirs)
    res["model"] = "AccusationExtractor"
    if records:
        res["intervals"] = _intervals(mine, theirs)
    return res


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--gold", required=True, type=Path,
                        help="gold JSONL (format of shared/gold/accusations_dev.jsonl)")
    parser.add_argument("--no-scorer", action="store_true",
                        help="score the rules alone (AccusationExtractor(scorer=False))")
    parser.add_argument("--no-verifier", action="store_true",
                        help="score the rules and the scorer without the learned verifier "
                             "(AccusationExtractor(verifier=False))")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def run(args) -> int:
    """Run the evaluation; print a summary and the metrics as one JSON line (last line)."""
    from ..accusations import AccusationExtractor

    ex = AccusationExtractor(scorer=not getattr(args, "no_scorer", False),
                             verifier=not getattr(args, "no_verifier", False)).fit()
    res = evaluate_accusations(args.gold, extractor=ex)
    res["scorer"] = ex.scorer_ is not None
    res["verifier"] = ex.verifier_ is not None
    if not args.json:
        print(f"gold: {args.gold} ({res['n_sentences']} sentences)")
        for name, r in (("model", res), ("baseline", res["baseline"])):
            a, d = r["accusation"], r["denial"]
            print(f"{name:9s} accusation P/R/F1 {a['precision']:.3f}/{a['recall']:.3f}/"
                  f"{a['f1']:.3f}  denial P/R/F1 {d['precision']:.3f}/{d['recall']:.3f}/"
                  f"{d['f1']:.3f}  accuser {r['accuser_accuracy']:.3f} accused "
                  f"{r['accused_accuracy']:.3f} pair {r['pair_accuracy']:.3f}")
        iv = res.get("intervals")
        if iv:
            show = "  ".join(f"{k} [{iv[k][0]:.3f}, {iv[k][1]:.3f}]"
                             for k in ("accusation_f1", "denial_f1", "pair_accuracy"))
            print(f"95 % bootstrap intervals ({iv['resamples']} resamples of the sentences): "
                  f"{show}")
    print(json.dumps(res, sort_keys=True))
    return 0
