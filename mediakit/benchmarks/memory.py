"""``mediakit benchmark memory``: peak RSS while streaming 100k and 1M articles into a store.

The corpus is one AllSides part (12,518 articles, in date order as a news feed comes)
repeated with new ``doc_id`` values and dates shifted by one day per repetition; it is
generated chunk by chunk, so neither the corpus nor the annotations are ever held whole.
Each size streams through :func:`mediakit.pipeline.annotate_into` into a fresh temporary
store (deleted afterwards). Peak RSS is sampled over this process and its worker processes.
Target: flat, <= 1.5 GB for both sizes. Prints ONE JSON object on its last line.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--sizes", "1000,2000"]).sizes
'1000,2000'
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator

HELP = "peak memory while streaming 100k and 1M AllSides articles through annotate into a store"

__all__ = ["HELP", "add_arguments", "repeated_corpus", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--sizes", default="100000,1000000",
                        help="comma-separated corpus sizes (default 100000,1000000)")
    parser.add_argument("--annotators", default="countries,accusations",
                        help="comma-separated annotators (default countries,accusations)")
    parser.add_argument("--chunk-size", type=int, default=10_000, help="articles per chunk")
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument("--no-store", action="store_true",
                        help="only annotate (do not write a temporary store)")
    parser.add_argument("--data-home", default=None, help="folder holding allsides/")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def repeated_corpus(base, n: int, chunk_size: int) -> Iterator:
    """Yield ``n`` articles in chunks: ``base`` repeated, new ids, dates +1 day per round.

    Examples
    --------
    >>> import pandas as pd
    >>> base = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(
    ...     ["2016-01-01", "2016-01-02"], utc=True)})
    >>> chunks = list(repeated_corpus(base, 5, 2))
    >>> [len(c) for c in chunks], chunks[1]["doc_id"].tolist()
    ([2, 2, 1], ['a~1', 'b~1'])
    """
    import pandas as pd

    produced, rep = 0, 0
    while produced < n:
        for i in range(0, len(base), chunk_size):
            take = min(chunk_size, len(base) - i, n - produced)
            if take <= 0:
                return
            chunk = base.iloc[i:i + take].copy()
            if rep:
                chunk["doc_id"] = chunk["doc_id"].astype("string") + f"~{rep}"
                chunk["published"] = chunk["published"] + pd.Timedelta(days=rep)
            produced += take
            yield chunk
        rep += 1


def run(args) -> int:
    """Run the benchmark; print a summary and the JSON line."""
    from ..pipeline import annotate, annotate_into, resolve_annotator
    from ._common import PeakRSS, load_allsides_file, machine_info, print_json

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    names = [a.strip() for a in args.annotators.split(",") if a.strip()]
    base = load_allsides_file(args.data_home, part=0)
    base = base.sort_values("published", kind="stable").reset_index(drop=True)
    if args.workers == 1:  # with workers the annotators live in the workers only
        for name in names:
            resolve_annotator(name)
    result: dict = {"annotators": names, "chunk_size": args.chunk_size,
                    "workers": args.workers, "store": not args.no_store,
                    "base_docs": len(base)}
    with PeakRSS() as idle:
        time.sleep(0.2)
    result["rss_before_mb"] = idle.peak_mb
    for n in sizes:
        tmp = tempfile.mkdtemp(prefix="mediakit-memory-")
        try:
            t0 = time.perf_counter()
            with PeakRSS(interval=0.1) as rss:
                chunks = repeated_corpus(base, n, args.chunk_size)
                if args.no_store:
                    done = 0
                    for part in annotate(chunks, names, chunk_size=args.chunk_size,
                                         progress=not args.json, n_jobs=args.workers,
                                         total=n):
                        done += part.n_docs
                else:
                    out = annotate_into(tmp, chunks, names, chunk_size=args.chunk_size,
                                        progress=not args.json, n_jobs=args.workers, total=n)
                    done = out["annotated"]
            elapsed = time.perf_counter() - t0
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        key = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}m"
        result[f"peak_rss_mb_{key}"] = rss.peak_mb
        result[f"docs_{key}"] = done
        result[f"docs_per_s_{key}"] = round(done / elapsed, 1)
        result[f"elapsed_s_{key}"] = round(elapsed, 1)
        print(f"{key}: peak RSS {rss.peak_mb} MB, {done} docs in {elapsed:.0f} s",
              file=sys.stderr, flush=True)  # partial results survive an interrupted run
    result["target_peak_rss_mb"] = 1536
    result.update(machine_info())
    if not args.json:
        print(", ".join(f"{k}={v}" for k, v in result.items() if k.startswith("peak_rss")))
    print_json(result)
    return 0
