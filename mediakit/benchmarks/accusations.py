"""``mediakit benchmark accusations``: AccusationExtractor throughput on AllSides articles.

Loads ``--n-docs`` AllSides articles with :func:`mediakit.load` (``format="allsides"``; the
folder defaults to ``$MEDIAKIT_DATA/allsides`` or ``../shared/datasets/allsides``), warms the
extractor up on a few documents (tables compiled, country matcher built), then times
:meth:`~mediakit.accusations.AccusationExtractor.transform` over all of them on one core,
``--repeats`` times (default 3), each time followed at once by the scale issue's yardstick on
the same articles (lowercase plus a pyahocorasick scan over country names, ~10,800 docs/s on
the issue's machine), so that each ratio compares two runs made under the same load.
Prints a summary, then ONE JSON object on the last line with ``n_docs``, ``repeats``,
``docs_per_s`` (wall clock), ``cpu_docs_per_s`` (process CPU time; ``docs_per_cpu_s`` is the
same figure under its former name), ``seconds`` and ``cpu_seconds`` (each the median over the
repeats), ``n_accusations``, ``n_denials``, ``mb_per_s``, ``load_avg_1m`` (the machine's load
while it ran), ``reference_scan_docs_per_s`` (median), ``docs_per_s_per_scan`` (the median
of the per-repeat ratios: the machine-independent figure), ``docs_per_s_at_reference`` (that
ratio on the issue's machine) and ``per_repeat`` (each repeat's docs/s and yardstick docs/s).

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--n-docs", "500"]).n_docs
500
>>> p.parse_args([]).repeats
3
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

HELP = "AccusationExtractor over N AllSides articles on one core: docs/s, accusations found"

__all__ = ["HELP", "add_arguments", "default_allsides_dir", "run"]


def default_allsides_dir() -> Path:
    """The ``allsides`` folder of :func:`mediakit.datasets.get_data_home`.

    Examples
    --------
    >>> default_allsides_dir().name
    'allsides'
    """
    from ..datasets import get_data_home

    return get_data_home() / "allsides"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--n-docs", type=int, default=10_000,
                        help="AllSides articles to process (default 10000)")
    parser.add_argument("--data", type=Path, default=None,
                        help="AllSides folder (default: $MEDIAKIT_DATA/allsides or "
                             "../shared/datasets/allsides)")
    parser.add_argument("--repeats", type=int, default=3,
                        help="timed passes, each paired with a yardstick scan (default 3)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def run(args) -> int:
    """Run the benchmark; print the summary and the JSON line."""
    import mediakit
    from mediakit.accusations import AccusationExtractor
    from mediakit.errors import DatasetNotFoundError

    from ..text import document_texts
    from ._common import REFERENCE_SCAN_DOCS_PER_S, machine_info, reference_scan_docs_per_s

    folder = args.data or default_allsides_dir()
    if not Path(folder).exists():
        raise DatasetNotFoundError(
            f"AllSides folder not found: {folder}; pass --data or set MEDIAKIT_DATA",
            expected=str(folder),
        )
    if args.n_docs < 1:
        raise ValueError(f"--n-docs must be >= 1, got {args.n_docs}")
    repeats = getattr(args, "repeats", 3)
    if repeats < 1:
        raise ValueError(f"--repeats must be >= 1, got {repeats}")
    arts = mediakit.load(folder, format="allsides", limit=args.n_docs, progress=False)
    n_chars = int(arts["text"].fillna("").str.len().sum() + arts["title"].fillna("").str.len()
                  .sum())
    ex = AccusationExtractor().fit()
    ex.transform(arts.head(20))  # warm-up
    texts = document_texts(arts)
    n = len(arts)
    walls, cpus, scans = [], [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        out = ex.transform(arts)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        scans.append(reference_scan_docs_per_s(texts, repeats=1))
    secs, cpu = statistics.median(walls), statistics.median(cpus)
    res = {
        "n_docs": n,
        "repeats": repeats,
        "seconds": round(secs, 3),
        "docs_per_s": round(n / secs, 1) if secs else None,
        "cpu_seconds": round(cpu, 3),
        "cpu_docs_per_s": round(n / cpu, 1) if cpu else None,
        "docs_per_cpu_s": round(n / cpu, 1) if cpu else None,  # former name
        "mb_per_s": round(n_chars / 1e6 / secs, 2) if secs else None,
        "n_accusations": int((out["polarity"] == "accuse").sum()),
        "n_denials": int((out["polarity"] == "deny").sum()),
        "n_docs_with_rows": int(out["doc_id"].nunique()),
        "load_avg_1m": machine_info()["load_avg_1m"],
        "per_repeat": [{"docs_per_s": round(n / w, 1) if w else None, "scan_docs_per_s": sc}
                       for w, sc in zip(walls, scans, strict=True)],
    }
    if all(scans) and all(walls):
        ratios = [n / w / sc for w, sc in zip(walls, scans, strict=True)]
        ratio = statistics.median(ratios)
        res["reference_scan_docs_per_s"] = round(statistics.median(scans), 1)
        res["docs_per_s_per_scan"] = round(ratio, 4)
        res["docs_per_s_at_reference"] = round(ratio * REFERENCE_SCAN_DOCS_PER_S, 1)
    else:  # pyahocorasick missing: no yardstick
        res["reference_scan_docs_per_s"] = None
    if not args.json:
        print(f"AccusationExtractor on {res['n_docs']} AllSides articles: "
              f"{res['docs_per_s']} docs/s wall, {res['cpu_docs_per_s']} docs per CPU-second "
              f"({res['mb_per_s']} MB/s; median of {repeats}), "
              f"{res['n_accusations']} accusations, {res['n_denials']} denials; "
              f"{res.get('docs_per_s_at_reference')} docs/s on the issue's machine (x "
              f"{res.get('docs_per_s_per_scan')} of the yardstick scan)")
    print(json.dumps(res, sort_keys=True))
    return 0
