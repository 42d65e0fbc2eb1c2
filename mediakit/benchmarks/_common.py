"""Helpers shared by the benchmarks: peak RSS of a process tree, JSON output, AllSides input.

Examples
--------
>>> with PeakRSS(interval=0.01) as rss:
...     block = bytearray(1 << 20)
>>> rss.peak_mb > 0
True
>>> print_json({"docs": 3})
{"docs": 3}
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from pathlib import Path

__all__ = ["REFERENCE_SCAN_DOCS_PER_S", "PeakRSS", "allsides_folder", "load_allsides_file",
           "machine_info", "normalised", "print_json", "reference_scan", "reference_scan_docs_per_s"]

#: The yardstick of the scale issue: "lowercasing plus an Aho-Corasick scan over country names
#: runs ~10,800 such [AllSides] articles/s here" (pyahocorasick, one core).
REFERENCE_SCAN_DOCS_PER_S = 10_800


def _tree_rss(proc) -> int:
    import psutil

    total = 0
    try:
        total += proc.memory_info().rss
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
    except psutil.Error:
        pass
    return total


class PeakRSS:
    """Context manager sampling the resident memory of this process and its children.

    ``peak_mb`` is the largest sum seen (worker processes of a pool included); sampling
    runs in a daemon thread every ``interval`` seconds.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(me))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRSS:
        import psutil

        self.peak = _tree_rss(psutil.Process())
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()

    @property
    def peak_mb(self) -> float:
        """Peak resident memory in MiB."""
        return round(self.peak / 2**20, 1)


def print_json(obj: dict) -> None:
    """Print ``obj`` as ONE JSON line on stdout (the benchmark's result)."""
    print(json.dumps(obj), flush=True)


def machine_info() -> dict:
    """CPU count and load average: numbers from a busy shared machine need this context."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else (None, None, None)
    return {"cpus": os.cpu_count(), "load_avg_1m": round(load[0], 2) if load[0] else None,
            "python": sys.version.split()[0]}


def allsides_folder(data_home: str | os.PathLike | None = None) -> Path:
    """The ``allsides/`` folder under the data home (``--data-home``, MEDIAKIT_DATA, ...)."""
    from ..datasets import get_data_home
    from ..errors import DatasetNotFoundError

    folder = get_data_home(data_home) / "allsides"
    if not any(folder.glob("articles-*.jsonl.gz")):
        raise DatasetNotFoundError(
            f"AllSides not found in {folder}: put articles-00.jsonl.gz ... there (pass "
            "--data-home or set MEDIAKIT_DATA)", expected=[str(folder / "articles-00.jsonl.gz")])
    return folder


def load_allsides_file(data_home=None, *, part: int = 0, limit: int | None = None):
    """Load one AllSides part (12,518 articles) as an articles table, no progress bar."""
    import warnings

    from ..io import load

    path = allsides_folder(data_home) / f"articles-{part:02d}.jsonl.gz"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load problems are reported, not benchmarked
        df = load(path, limit=limit, progress=False)
    df.attrs = {}
    return df


def _country_automaton():
    """pyahocorasick automaton over the lowercased names and common names of pycountry."""
    import ahocorasick
    import pycountry

    auto = ahocorasick.Automaton()
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            auto.add_word(name.lower(), c.alpha_3)
    auto.make_automaton()
    return auto


def reference_scan(texts, automaton=None) -> int:
    """The scale issue's yardstick: lowercase each text, scan it for country names.

    pyahocorasick (the ``peers`` extra) over the lowercased names and common names of
    pycountry (``automaton``: built when not given); returns the number of hits. Timed by
    :func:`reference_scan_docs_per_s`.

    Examples
    --------
    >>> reference_scan(["Troops left Iraq for Kenya.", "No country here."])
    2
    """
    auto = automaton if automaton is not None else _country_automaton()
    return sum(1 for t in texts for _ in auto.iter(t.lower()))


def reference_scan_docs_per_s(texts, repeats: int = 3) -> float | None:
    """Docs/s of :func:`reference_scan` on ``texts`` (median of ``repeats``), or None.

    A peer measured in the same run as a benchmark: ``docs_per_s / reference_scan_docs_per_s``
    does not depend on how fast or how loaded the machine is, and times
    :data:`REFERENCE_SCAN_DOCS_PER_S` it gives the figure the machine of the scale issue would
    show. The automaton is built once, outside the timing. None when pyahocorasick is not
    installed.

    Examples
    --------
    >>> reference_scan_docs_per_s(["Troops left Iraq for Kenya."] * 200, repeats=1) > 0
    True
    """
    import statistics
    import time

    try:
        auto = _country_automaton()
    except ImportError:
        return None
    texts = list(texts)
    rates = []
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        reference_scan(texts, auto)
        rates.append(len(texts) / (time.perf_counter() - t0))
    return round(statistics.median(rates), 1)


def normalised(result: dict, key: str, scan: float | None) -> None:
    """Add ``<key>_per_scan`` and ``<key>_at_reference`` to ``result`` from ``scan``.

    Examples
    --------
    >>> r = {"docs_per_s": 1000.0}; normalised(r, "docs_per_s", 10_000.0); r
    {'docs_per_s': 1000.0, 'docs_per_s_per_scan': 0.1, 'docs_per_s_at_reference': 1080.0}
    """
    if scan and result.get(key):
        ratio = result[key] / scan
        result[f"{key}_per_scan"] = round(ratio, 4)
        result[f"{key}_at_reference"] = round(ratio * REFERENCE_SCAN_DOCS_PER_S, 1)
