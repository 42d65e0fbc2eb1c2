"""``mediakit benchmark topics``: streaming TopicModel.partial_fit memory and throughput.

Streams AllSides article texts (title + body, read line by line from the gzipped JSON Lines,
repeated as often as needed) in chunks of ``--chunk-size`` through
:meth:`mediakit.topics.TopicModel.partial_fit` (vocabulary fitted on the first chunk, then
``MiniBatchNMF`` or online LDA), and measures the peak resident memory of the process (psutil
sampled every 0.1 s in a thread, and ``resource.getrusage`` max RSS), the wall time and the CPU
time of the process (``cpu_docs_per_s`` is the figure to compare on a shared machine; BLAS is
limited to ``--threads`` threads, default 1). The texts
are never held in memory beyond one chunk, so the peak must not grow with ``--n-docs``.
Prints a summary, then ONE JSON object on the last line with ``n_docs``, ``peak_rss_mb``,
``seconds``, ``docs_per_s``.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--n-docs", "20000"]).n_docs
20000
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

HELP = "TopicModel.partial_fit over N AllSides-size articles: peak memory (MB), docs/s"

__all__ = ["HELP", "add_arguments", "iter_allsides_chunks", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--n-docs", type=int, default=1_000_000,
                        help="documents to stream (AllSides texts repeated); default 1000000")
    parser.add_argument("--chunk-size", type=int, default=10_000)
    parser.add_argument("--method", choices=("nmf", "lda"), default="nmf")
    parser.add_argument("--n-topics", type=int, default=20)
    parser.add_argument("--max-features", type=int, default=20_000)
    parser.add_argument("--data-home", type=Path, default=None,
                        help="folder holding allsides/ (default: MEDIAKIT_DATA or "
                        "../shared/datasets)")
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS/OpenMP threads (default 1: the one-core figure)")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--no-progress", action="store_true")


def _allsides_files(data_home) -> list[Path]:
    from ..datasets import get_data_home
    from ..errors import DatasetNotFoundError

    folder = get_data_home(data_home) / "allsides"
    files = sorted(folder.glob("articles-*.jsonl*"))
    if not files:
        raise DatasetNotFoundError(
            f"AllSides not found: expected articles-NN.jsonl.gz in {folder} (pass --data-home "
            "or set MEDIAKIT_DATA)", expected=[str(folder / "articles-00.jsonl.gz")])
    return files


def iter_allsides_chunks(files, n_docs: int, chunk_size: int) -> Iterator[list[str]]:
    """Yield lists of ``title + "\\n\\n" + content_original`` until ``n_docs`` texts were
    yielded, cycling over ``files``; one chunk in memory at a time."""
    from ..text import document_text

    done = 0
    chunk: list[str] = []
    while done < n_docs:
        for f in files:
            opener = gzip.open if str(f).endswith(".gz") else open
            with opener(f, "rt", encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    chunk.append(document_text(rec.get("title"), rec.get("content_original")))
                    if len(chunk) == chunk_size or done + len(chunk) == n_docs:
                        done += len(chunk)
                        yield chunk
                        chunk = []
                        if done >= n_docs:
                            return


class _PeakRSS:
    def __init__(self, interval: float = 0.1):
        import psutil

        self._proc = psutil.Process()
        self.peak = self._proc.memory_info().rss
        self._stop = threading.Event()
        self._interval = interval
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, self._proc.memory_info().rss)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._proc.memory_info().rss)


def _ru_maxrss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; print a summary and the JSON line."""
    import warnings

    from threadpoolctl import threadpool_limits
    from tqdm.auto import tqdm

    from ..topics import TopicModel

    if args.n_docs < 1 or args.chunk_size < 1:
        raise SystemExit("mediakit benchmark topics: --n-docs and --chunk-size must be >= 1")
    files = _allsides_files(args.data_home)
    tm = TopicModel(n_topics=args.n_topics, method=args.method,
                    max_features=args.max_features, random_state=0)
    start_rss = None
    with _PeakRSS() as mon, threadpool_limits(limits=max(1, args.threads)):
        start_rss = mon.peak
        t0 = time.perf_counter()
        c0 = time.process_time()
        bar = tqdm(total=args.n_docs, unit="doc", desc="partial_fit",
                   disable=args.no_progress or args.json)
        n_empty = 0
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for chunk in iter_allsides_chunks(files, args.n_docs, args.chunk_size):
                tm.partial_fit(chunk)
                bar.update(len(chunk))
        n_empty = tm.n_empty_docs_
        bar.close()
        seconds = time.perf_counter() - t0
        cpu_seconds = time.process_time() - c0
    ru = _ru_maxrss_mb()
    peak_mb = max(mon.peak / 2**20, ru or 0.0)
    res = {
        "benchmark": "topics-partial-fit",
        "n_docs": int(tm.n_docs_seen_),
        "peak_rss_mb": round(peak_mb, 1),
        "start_rss_mb": round(start_rss / 2**20, 1),
        "seconds": round(seconds, 1),
        "docs_per_s": round(tm.n_docs_seen_ / seconds, 1) if seconds > 0 else None,
        "cpu_seconds": round(cpu_seconds, 1),
        "cpu_docs_per_s": round(tm.n_docs_seen_ / cpu_seconds, 1) if cpu_seconds > 0 else None,
        "threads": max(1, args.threads),
        "chunk_size": args.chunk_size,
        "method": args.method,
        "n_topics": args.n_topics,
        "n_features": int(len(tm.feature_names_)),
        "n_empty_docs": int(n_empty),
        "n_warnings": len(caught),
        "coherence_last_chunk": round(tm.coherence_, 4),
        "topics": tm.labels_[:10],
        "memory_limit_mb": 3072,
        "within_limit": peak_mb <= 3072,
    }
    if not args.json:
        print(f"partial_fit over {res['n_docs']} docs in {res['seconds']} s "
              f"({res['docs_per_s']} docs/s; CPU {res['cpu_seconds']} s = "
              f"{res['cpu_docs_per_s']} docs/s); peak RSS {res['peak_rss_mb']} MB")
        sys.stdout.flush()
    print(json.dumps(res))
    return 0
