"""Write every row the accusation extractor gives, to check that a speed change changes none.

usage: python dev/speed/rows.py OUT.jsonl [--docs N] [GOLD.jsonl ...]

For each gold-format file (default: ``../shared/gold/accusations_dev.jsonl``; add the blind
batches rebuilt by ``dev/blind/unpack.py``) and for the first N AllSides articles (default
10,000; ``$MEDIAKIT_DATA/allsides`` or ``../shared/datasets/allsides``; the default gold file
sits in the ``gold`` folder beside the datasets folder), with the learned scorer
and without it, one JSON line per sentence or table row. Compare two runs with ``diff`` or
``cmp``: a change meant only for speed must leave the files byte for byte the same. Run it
under two ``PYTHONHASHSEED`` values too: the rows must not depend on the string hash seed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import mediakit
from mediakit.accusations import AccusationExtractor
from mediakit.benchmarks.accusations import default_allsides_dir
from mediakit.datasets import get_data_home
from mediakit.evaluation.accusations import read_gold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("gold", nargs="*", type=Path)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--no-verifier", action="store_true",
                    help="AccusationExtractor(verifier=False) (the rules and the scorer only)")
    args = ap.parse_args()
    kw = {"verifier": False} if args.no_verifier else {}
    gold = args.gold or [get_data_home().parent / "gold" / "accusations_dev.jsonl"]
    arts = mediakit.load(default_allsides_dir(), format="allsides", limit=args.docs,
                         progress=False)
    with args.out.open("w", encoding="utf-8") as out:
        for scorer in (True, False):
            ex = AccusationExtractor(scorer=scorer, **kw).fit()
            for path in gold:
                for rec in read_gold(path):
                    rows = [repr(a) for a in ex.extract(rec["text"], date=rec.get("date"))]
                    out.write(json.dumps([scorer, path.name, rec["id"], rows]) + "\n")
            table = ex.transform(arts).astype(object)
            for row in table.where(table.notna(), None).itertuples(index=False):
                out.write(json.dumps([scorer, "allsides", *map(str, row)]) + "\n")
    print(f"rows written to {args.out}")


if __name__ == "__main__":
    main()
