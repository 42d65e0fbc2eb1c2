"""List mediakit's errors on a gold file: what `mediakit evaluate accusations` counts, one by one.

For development sets only (never look at a test set's errors). Each error is printed as
``KIND id | text`` plus what mediakit said, where KIND is FN/FP (accusation), DFN/DFP (denial)
or PAIR (accusation found, accuser or accused ISO3 wrong, scored on the first row as the
evaluator does).

    python dev/blind/errors.py GOLD.jsonl [--kinds FN,FP,PAIR,DFN,DFP] [--no-scorer]
"""

from __future__ import annotations

import argparse

from mediakit.accusations import AccusationExtractor
from mediakit.evaluation.accusations import read_gold


def main() -> None:
    """Print the errors of the default extractor (or the rules alone) on a gold file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--kinds", default="FN,FP,PAIR,DFN,DFP")
    ap.add_argument("--no-scorer", action="store_true")
    args = ap.parse_args()
    kinds = set(args.kinds.split(","))
    ex = AccusationExtractor(scorer=not args.no_scorer).fit()
    counts: dict[str, int] = {}
    for path in args.gold:
        for rec in read_gold(path):
            rows = ex.extract(rec["text"], date=rec.get("date"))
            accs = [r for r in rows if r.polarity == "accuse"]
            dens = [r for r in rows if r.polarity == "deny"]
            said = "; ".join(f"{r.polarity}:{r.accuser}({r.accuser_iso3})->{r.accused}"
                             f"({r.accused_iso3}) cue={r.cue} conf={r.confidence:.2f}"
                             for r in rows)
            found = []
            if accs and not rec["is_accusation"]:
                found.append("FP")
            if rec["is_accusation"] and not accs:
                found.append("FN")
            if accs and rec["is_accusation"] and (
                    (accs[0].accuser_iso3, accs[0].accused_iso3)
                    != (rec.get("accuser_iso3"), rec.get("accused_iso3"))):
                found.append("PAIR")
            if dens and not rec["is_denial"]:
                found.append("DFP")
            if rec["is_denial"] and not dens:
                found.append("DFN")
            for kind in found:
                counts[kind] = counts.get(kind, 0) + 1
                if kind in kinds:
                    gold = (f"gold {rec.get('accuser_text')}({rec.get('accuser_iso3')})->"
                            f"{rec.get('accused_text')}({rec.get('accused_iso3')}) "
                            f"cue={rec.get('cue')} denier={rec.get('denier_text')}")
                    print(f"{kind} {rec['id']} | {rec['text']}\n    {gold}\n    said: {said}"
                          + (f"\n    notes: {rec['notes']}" if rec.get("notes") else ""))
    print(counts)


if __name__ == "__main__":
    main()
