"""Score mediakit's accusation extractor on the session-15 probe sets (our own sentences).

usage: python dev/probes/score.py dev/probes/probes_a.jsonl [more.jsonl ...] [--rules]

Each line: id, date, text, is_accusation, accuser_iso3, accused_iso3, is_denial, denier_iso3,
form, unsure (see dev/probes/README.md). Lines marked unsure are left out. Prints one JSON object
per file: accusation and denial precision/recall/F1 over sentences, and the share of found
accusations whose accuser and accused ISO3 codes are both right (the gold README's
``pair_accuracy``). ``--rules`` scores the rules without the learned scorer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mediakit.accusations import AccusationExtractor


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(path: Path, ex: AccusationExtractor) -> dict:
    """Sentence-level figures of ``ex`` on one probe file."""
    with path.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    recs = [r for r in recs if not r.get("unsure")]
    n = dict.fromkeys(("atp", "afp", "afn", "dtp", "dfp", "dfn", "pair"), 0)
    for r in recs:
        rows = ex.extract(r["text"], date=r["date"])
        acc = [x for x in rows if x.polarity == "accuse"]
        den = [x for x in rows if x.polarity == "deny"]
        ga, gd = r["is_accusation"], r.get("is_denial", False)
        n["atp"] += bool(acc) and ga
        n["afp"] += bool(acc) and not ga
        n["afn"] += (not acc) and ga
        n["dtp"] += bool(den) and gd
        n["dfp"] += bool(den) and not gd
        n["dfn"] += (not den) and gd
        if acc and ga:
            n["pair"] += (acc[0].accuser_iso3, acc[0].accused_iso3) == (
                r["accuser_iso3"], r["accused_iso3"])
    return {"file": path.name, "n_sentences": len(recs),
            "accusation": _prf(n["atp"], n["afp"], n["afn"]),
            "denial": _prf(n["dtp"], n["dfp"], n["dfn"]),
            "pair_accuracy": round(n["pair"] / n["atp"], 3) if n["atp"] else 0.0}


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if a != "--rules"]
    if not paths:
        print(__doc__)
        return 2
    ex = AccusationExtractor(scorer="--rules" not in argv).fit()
    for path in paths:
        print(json.dumps(score(path, ex)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
