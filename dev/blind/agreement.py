"""Agreement between two blind labellers of the same batch, scored as `mediakit evaluate
accusations` scores the extractor: the first labeller's labels are the gold, the second's the
predictions (accusation and denial F1 over sentences, accuser/accused ISO3 on the sentences
both call accusations). It reads the text-free label files only, so it needs no dataset.

    python dev/blind/agreement.py labels/b39_labels.jsonl labels/second/b39_labels.jsonl

Dissolved states are read as their successors on both sides (`mediakit.gazetteer.successor`),
as the extractor codes them. Swapping the two files swaps precision and recall; F1 and the
actor accuracies are the same either way.
"""

from __future__ import annotations

import argparse
import json

from blindlib import read_jsonl

from mediakit.evaluation.accusations import _score
from mediakit.gazetteer import successor


def _code(value):
    return successor(value) if value else value


def agreement(first: list[dict], second: list[dict]) -> dict:
    """The metrics of :func:`mediakit.evaluation.accusations._score`, ``second`` predicting
    ``first`` (matched by ``id``; ids in one file only are left out)."""
    other = {r["id"]: r for r in second}
    gold = []
    for r in first:
        if r["id"] in other:
            gold.append(dict(r, accuser_iso3=_code(r.get("accuser_iso3")),
                             accused_iso3=_code(r.get("accused_iso3"))))

    def predict(rec: dict):
        o = other[rec["id"]]
        accs = [(_code(o.get("accuser_iso3")), _code(o.get("accused_iso3")))] if (
            o["is_accusation"]) else []
        return accs, ([True] if o["is_denial"] else [])

    return _score(gold, predict)


def main() -> None:
    """Print the agreement of the paired label files as one JSON object per pair and in all."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", help="FIRST SECOND [FIRST SECOND ...]")
    args = ap.parse_args()
    if len(args.files) % 2:
        ap.error("give the label files in pairs: first labeller, second labeller")
    all_first: list[dict] = []
    all_second: list[dict] = []
    for a, b in zip(args.files[::2], args.files[1::2], strict=True):
        first, second = read_jsonl(a), read_jsonl(b)
        all_first += first
        all_second += second
        print(json.dumps({"first": a, "second": b, **agreement(first, second)}))
    print(json.dumps({"all": True, **agreement(all_first, all_second)}))


if __name__ == "__main__":
    main()
