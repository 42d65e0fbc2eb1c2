"""``mediakit benchmark accusations``: AccusationExtractor throughput on AllSides articles.

Loads ``--n-docs`` AllSides articles with :func:`mediakit.load` (``format="allsides"``; the
folder defaults to ``$MEDIAKIT_DATA/allsides`` or ``../shared/datasets/allsides``), warms the
extractor up on a few documents (tables compiled, country matcher built), then times
:meth:`~mediakit.accusations.AccusationExtractor.transform` over all of them on one core.
Prints a summary, then ONE JSON object on the last line with ``n_docs``, ``docs_per_s``
(wall clock), ``cpu_docs_per_s`` (process CPU time: the figure to compare on a shared
machine; ``docs_per_cpu_s`` is the same figure under its former name), ``n_accusations``,
``n_denials``, ``seconds``, ``cpu_seconds``, ``mb_per_s`` and ``load_avg_1m`` (the machine's
load while it ran: compare figures only between runs under similar load). The scale issue's
yardstick runs on the same articles in the same run (``reference_scan_docs_per_s``: lowercase
plus a pyahocorasick scan over country names, ~10,800 docs/s on the issue's machine);
``docs_per_s_per_scan`` is the machine-independent ratio and ``docs_per_s_at_reference`` the
figure it gives on the issue's machine.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--n-docs", "500"]).n_docs
500
"""

from __future__ import annotations

import argparse
import json
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
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def run(args) -> int:
    """Run the benchmark; print the summary and the JSON line."""
    import mediakit
    from mediakit.accusations import AccusationExtractor
    from mediakit.errors import DatasetNotFoundError

    from ..text import document_texts
    from ._common import machine_info, normalised, reference_scan_docs_per_s

    folder = args.data or default_allsides_dir()
    if not Path(folder).exists():
        raise DatasetNotFoundError(
            f"AllSides folder not found: {folder}; pass --data or set MEDIAKIT_DATA",
            expected=str(folder),
        )
    if args.n_docs < 1:
        raise ValueError(f"--n-docs must be >= 1, got {args.n_docs}")
    arts = mediakit.load(folder, format="allsides", limit=args.n_docs, progress=False)
    n_chars = int(arts["text"].fillna("").str.len().sum() + arts["title"].fillna("").str.len()
                  .sum())
    ex = AccusationExtractor().fit()
    ex.transform(arts.head(20))  # warm-up
    t0, c0 = time.perf_counter(), time.process_time()
    out = ex.transform(arts)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    res = {
        "n_docs": len(arts),
        "seconds": round(secs, 3),
        "docs_per_s": round(len(arts) / secs, 1) if secs else None,
        "cpu_seconds": round(cpu, 3),
        "cpu_docs_per_s": round(len(arts) / cpu, 1) if cpu else None,
        "docs_per_cpu_s": round(len(arts) / cpu, 1) if cpu else None,  # former name
        "mb_per_s": round(n_chars / 1e6 / secs, 2) if secs else None,
        "n_accusations": int((out["polarity"] == "accuse").sum()),
        "n_denials": int((out["polarity"] == "deny").sum()),
        "n_docs_with_rows": int(out["doc_id"].nunique()),
        "load_avg_1m": machine_info()["load_avg_1m"],
        "reference_scan_docs_per_s": reference_scan_docs_per_s(document_texts(arts)),
    }
    normalised(res, "docs_per_s", res["reference_scan_docs_per_s"])
    if not args.json:
        print(f"AccusationExtractor on {res['n_docs']} AllSides articles: "
              f"{res['docs_per_s']} docs/s wall, {res['cpu_docs_per_s']} docs per CPU-second "
              f"({res['mb_per_s']} MB/s), "
              f"{res['n_accusations']} accusations, {res['n_denials']} denials")
    print(json.dumps(res, sort_keys=True))
    return 0
