"""``mediakit benchmark countries``: find_mentions vs geotext vs flashgeotext, same documents.

The Reuters-21578 shared part (title + body of every document) is repeated until
``--n-docs`` documents; each system runs over the same list in one process:

- mediakit: :func:`mediakit.countries.find_mentions` over an articles table (default
  gazetteer: names, demonyms, capitals, metonyms; ``sentence`` left NA);
- geotext: ``GeoText(text).countries`` (as its README shows);
- flashgeotext: ``GeoText().extract(text)["countries"]``.

Throughput is reported from wall-clock time (``*_docs_per_s``) and from this process's CPU
time (``*_cpu_docs_per_s``, steadier on a shared machine); ``peak_rss_mb`` is the process's
peak resident memory. Prints a summary, then ONE JSON object on the last line.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--n-docs", "1000"]).n_docs
1000
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

HELP = "docs/s of find_mentions vs geotext and flashgeotext on Reuters texts, peak memory"

__all__ = ["HELP", "add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--n-docs", type=int, default=50_000,
                        help="documents to process (Reuters texts repeated); default 50000")
    parser.add_argument("--data-home", type=Path, default=None,
                        help="folder holding reuters21578/ (default: MEDIAKIT_DATA or "
                        "../shared/datasets)")
    parser.add_argument("--cities", action="store_true", help="match major cities too")
    parser.add_argument("--no-peers", action="store_true", help="skip geotext/flashgeotext")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def _peak_rss_mb() -> float:
    import resource
    import sys

    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / (1024 * 1024) if sys.platform == "darwin" else r / 1024


def _timed(fn) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t0, time.process_time() - c0


def run(args) -> int:
    """Run the benchmark; print the summary and the JSON line."""
    import pandas as pd

    from ..countries import CountryMatcher, find_mentions
    from ..datasets import get_data_home
    from ..errors import DatasetNotFoundError
    from ..evaluation.countries import load_reuters
    from ..text import document_texts

    if args.n_docs < 1:
        raise ValueError(f"--n-docs must be >= 1, got {args.n_docs}")
    folder = get_data_home(args.data_home) / "reuters21578"
    if not folder.is_dir():
        raise DatasetNotFoundError(f"Reuters-21578 not found in {folder} (pass --data-home or "
                                   "set MEDIAKIT_DATA)", expected=[str(folder)])
    base, _ = load_reuters(folder)
    base_texts = document_texts(base)
    reps = -(-args.n_docs // len(base_texts))
    texts = (base_texts * reps)[: args.n_docs]
    articles = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                             "title": [None] * len(texts), "text": texts})
    n = len(texts)
    res: dict = {"n_docs": n, "n_unique_docs": len(base_texts),
                 "mean_chars": sum(map(len, base_texts)) / len(base_texts)}
    matcher = CountryMatcher(cities=args.cities).fit()
    out: dict = {}
    wall, cpu = _timed(lambda: out.setdefault("m", find_mentions(articles, matcher)))
    res.update(mediakit_docs_per_s=n / wall, mediakit_cpu_docs_per_s=n / cpu,
               mediakit_n_mentions=len(out["m"]))
    del out["m"]
    res["peak_rss_mb_mediakit"] = _peak_rss_mb()
    if not args.no_peers:
        try:
            from geotext import GeoText
        except ImportError:
            GeoText = None
        if GeoText is not None:
            wall, cpu = _timed(lambda: [GeoText(t).countries for t in texts])
            res.update(geotext_docs_per_s=n / wall, geotext_cpu_docs_per_s=n / cpu)
        try:
            from flashgeotext.geotext import GeoText as FlashGeoText
        except ImportError:
            FlashGeoText = None
        if FlashGeoText is not None:
            fg = FlashGeoText()
            wall, cpu = _timed(lambda: [fg.extract(t)["countries"] for t in texts])
            res.update(flashgeotext_docs_per_s=n / wall, flashgeotext_cpu_docs_per_s=n / cpu)
    for peer in ("geotext", "flashgeotext"):
        res.setdefault(f"{peer}_docs_per_s", None)
        if res[f"{peer}_docs_per_s"]:
            res[f"speedup_vs_{peer}"] = res["mediakit_docs_per_s"] / res[f"{peer}_docs_per_s"]
            res[f"cpu_speedup_vs_{peer}"] = (res["mediakit_cpu_docs_per_s"]
                                             / res[f"{peer}_cpu_docs_per_s"])
    res["peak_rss_mb"] = _peak_rss_mb()
    if not args.json:
        print(f"{n} documents (Reuters-21578 shared part x{reps}), "
              f"{res['mean_chars']:.0f} chars/doc")
        for name in ("mediakit", "geotext", "flashgeotext"):
            if res.get(f"{name}_docs_per_s"):
                print(f"{name:<14}{res[f'{name}_docs_per_s']:>10.0f} docs/s (wall)"
                      f"{res[f'{name}_cpu_docs_per_s']:>10.0f} docs/s (cpu)")
        print(f"peak RSS {res['peak_rss_mb']:.0f} MB (after mediakit: "
              f"{res['peak_rss_mb_mediakit']:.0f} MB)")
    print(json.dumps(res, sort_keys=True))
    return 0
