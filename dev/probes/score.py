"""Score mediakit's accusation extractor on the session-15 probe sets (our own sentences).

usage: python dev/probes/score.py dev/probes/probes_a.jsonl [more.jsonl ...] [--rules]

Each line: id, date, text, is_accusation, accuser_iso3, accused_iso3, is_denial, denier_iso3,
form, unsure (see dev/probes/README.md). Lines marked unsure are left out. Prints one JSON object
per file, counted as ``mediakit evaluate accusations`` counts: accusation and denial
precision/recall/F1 (and counts) over sentences, and the share of found accusations whose
accuser and accused ISO3 codes are both right (the gold README's ``pair_accuracy``).
``--rules`` scores the rules without the learned scorer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mediakit.accusations import AccusationExtractor
from mediakit.evaluation.accusations import evaluate_accusations


def score(path: Path, ex: AccusationExtractor) -> dict:
    """Sentence-level figures of ``ex`` on one probe file (counted by ``mediakit evaluate``)."""
    with path.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    # probes_b leaves denials unlabelled: none is gold there
    recs = [{**r, "is_denial": bool(r.get("is_denial"))} for r in recs if not r.get("unsure")]
    res = evaluate_accusations(recs, extractor=ex)
    return {"file": path.name, **{k: res[k] for k in (
        "n_sentences", "accusation", "denial", "pair_accuracy")}}


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
