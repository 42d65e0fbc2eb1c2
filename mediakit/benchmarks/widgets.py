"""``mediakit benchmark widgets``: how long the explorers take to redraw after a control change.

On the bundled sample (``data/000_85d8c5cde1672087.txt``) each explorer is built once, then
its controls are changed in turn (``--repeats`` times each) and the synchronous redraw
(recompute + draw + PNG) is timed, as a user changing a dropdown in JupyterLab waits for it:

- coverage: frequency, counts/shares;
- accusations: frequency, accusations/denials, accuser;
- topics: frequency, shares/documents, topic, grouping.

``*_median_ms``/``*_p95_ms`` are wall-clock times (the issue's target: 200 ms on the sample),
``*_cpu_median_ms`` the process CPU time of the same redraws (less sensitive to other
processes on a shared machine), ``*_cold_median_ms`` the same changes with the explorer's
table cache cleared before each one (every table recomputed, nothing remembered).

With ``--store DIR`` (an existing store) or ``--store-articles N`` (a store synthesised as
by ``mediakit benchmark query``), the Store-backed coverage and accusation explorers are
timed the same way on it, plus selection changes that run new queries (countries, sources,
start date, accuser): keys ``store_*``. ONE JSON line at the end.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--repeats", "3"]).repeats
3
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

HELP = "median/p95 redraw latency of the explorer widgets (sample; optionally a big store)"

__all__ = ["HELP", "add_arguments", "run", "time_changes"]

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "000_85d8c5cde1672087.txt"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--repeats", type=int, default=12,
                        help="changes timed per control (default 12)")
    parser.add_argument("--sample", default=None, help="corpus file (default: bundled sample)")
    parser.add_argument("--store", default=None,
                        help="also time the Store-backed explorers on this existing store")
    parser.add_argument("--store-articles", type=int, default=0,
                        help="synthesise a store of this many articles (as `benchmark "
                        "query`) and time the Store-backed explorers on it")
    parser.add_argument("--base-docs", type=int, default=2000,
                        help="AllSides articles annotated and repeated for --store-articles")
    parser.add_argument("--data-home", default=None, help="folder holding allsides/")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def _values(widget) -> list:
    return [o[1] if isinstance(o, tuple) else o for o in widget.options]


def time_changes(explorer, controls, repeats: int, *, cold: bool = False) -> dict:
    """Time ``repeats`` value changes of each control; return wall and CPU ms lists.

    Each change moves a control to its next option (cycling), like a user clicking
    through a dropdown. ``cold=True`` clears the explorer's table cache before each one.

    Examples
    --------
    >>> class Ctl:  # a stand-in control with two options
    ...     options, value = ("a", "b"), "a"
    >>> class Ex:
    ...     def clear_cache(self): pass
    >>> t = time_changes(Ex(), [Ctl()], 3)
    >>> len(t["wall"]), len(t["cpu"])
    (3, 3)
    """
    wall, cpu = [], []
    for control in controls:
        values = _values(control)
        if len(values) < 2:
            continue
        for _ in range(repeats):
            current = control.value
            nxt = values[(values.index(current) + 1) % len(values)] if current in values \
                else values[0]
            if cold:
                explorer.clear_cache()
            t0, c0 = time.perf_counter(), time.process_time()
            control.value = nxt
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    return {"wall": wall, "cpu": cpu}


def _stats(prefix: str, times: dict, out: dict) -> None:
    import numpy as np

    if not times["wall"]:
        return
    w, c = np.array(times["wall"]), np.array(times["cpu"])
    out[f"{prefix}_median_ms"] = round(float(np.median(w)), 1)
    out[f"{prefix}_p95_ms"] = round(float(np.percentile(w, 95)), 1)
    out[f"{prefix}_cpu_median_ms"] = round(float(np.median(c)), 1)
    out[f"{prefix}_n"] = len(w)


def _sample_part(path, repeats: int, result: dict) -> None:
    import warnings

    import mediakit
    from mediakit.widgets import AccusationExplorer, CoverageExplorer, TopicExplorer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # load problems are reported, not benchmarked
        arts = mediakit.load(path, progress=False)
    arts.attrs = {}
    result["sample_articles"] = len(arts)
    builders = {
        "coverage": (lambda: CoverageExplorer(arts), ("freq", "value")),
        "accusations": (lambda: AccusationExplorer(arts), ("freq", "polarity", "accuser")),
        "topics": (lambda: TopicExplorer(arts, n_topics=2),
                   ("freq", "value", "topic", "by")),
    }
    for name, (build, names) in builders.items():
        t0 = time.perf_counter()
        ex = build()
        result[f"{name}_init_s"] = round(time.perf_counter() - t0, 2)
        controls = [getattr(ex, n) for n in names]
        time_changes(ex, controls, 1)  # warm-up: imports, first draws
        _stats(name, time_changes(ex, controls, repeats), result)
        cold = time_changes(ex, controls, max(2, repeats // 3), cold=True)
        if cold["wall"]:
            import numpy as np

            result[f"{name}_cold_median_ms"] = round(float(np.median(cold["wall"])), 1)


def _store_part(folder, repeats: int, result: dict) -> None:
    import datetime as dt

    from mediakit.store import Store
    from mediakit.widgets import AccusationExplorer, CoverageExplorer

    store = Store(folder)
    try:
        rows = store.summary()["rows"]
        result["store_articles"] = rows["articles"]
        result["store_mentions"] = rows["mentions"]
        result["store_accusations"] = rows["accusations"]
        t0 = time.perf_counter()
        cov = CoverageExplorer(store)
        result["store_coverage_init_s"] = round(time.perf_counter() - t0, 2)
        controls = [cov.freq, cov.value]
        time_changes(cov, controls, 1)
        _stats("store_coverage", time_changes(cov, controls, repeats), result)
        lo, hi = cov.start.value, cov.end.value
        sel = []
        if lo and hi:
            mid = lo + (hi - lo) / 2
            for value in (mid, mid - dt.timedelta(days=90), lo):
                t0 = time.perf_counter()
                cov.start.value = value
                sel.append((time.perf_counter() - t0) * 1000)
        for value in ((cov.sources.options[0],) if cov.sources.options else (), ()):
            t0 = time.perf_counter()
            cov.sources.value = value
            sel.append((time.perf_counter() - t0) * 1000)
        codes = [c for _, c in cov.countries.options[:8]]
        for value in (tuple(codes[:1]), tuple(codes[1:3]), tuple(codes[3:8])):
            t0 = time.perf_counter()
            cov.countries.value = value
            sel.append((time.perf_counter() - t0) * 1000)
        _stats("store_coverage_selection", {"wall": sel, "cpu": sel}, result)

        t0 = time.perf_counter()
        acc = AccusationExplorer(store)
        result["store_accusations_init_s"] = round(time.perf_counter() - t0, 2)
        controls = [acc.freq, acc.polarity]
        time_changes(acc, controls, 1)
        _stats("store_accusations", time_changes(acc, controls, repeats), result)
        sel = []
        for _, code in acc.accuser.options[1:6]:
            t0 = time.perf_counter()
            acc.accuser.value = code
            sel.append((time.perf_counter() - t0) * 1000)
        _stats("store_accusations_selection", {"wall": sel, "cpu": sel}, result)
    finally:
        store.close()
    for key in [k for k in result if k.endswith("selection_cpu_median_ms")]:
        del result[key]  # selection changes are timed on the wall clock only


def run(args) -> int:
    """Run the benchmark; print a summary and the JSON line."""
    from ._common import PeakRSS, machine_info, print_json

    result: dict = {"target_ms": 200}
    with PeakRSS() as rss:
        _sample_part(args.sample or SAMPLE, args.repeats, result)
        folder, made = args.store, None
        if folder is None and args.store_articles > 0:
            from .query import _annotated_base, synthesise_store

            made = folder = tempfile.mkdtemp(prefix="mediakit-widgets-")
            t0 = time.perf_counter()
            base = _annotated_base(args.data_home, args.base_docs)
            synthesise_store(folder, base, args.store_articles)
            del base
            result["store_generate_s"] = round(time.perf_counter() - t0, 1)
        try:
            if folder is not None:
                _store_part(folder, max(3, args.repeats // 2), result)
        finally:
            if made is not None:
                shutil.rmtree(made, ignore_errors=True)
    result["peak_rss_mb"] = rss.peak_mb
    result.update(machine_info())
    if not args.json:
        for name in ("coverage", "accusations", "topics", "store_coverage",
                     "store_accusations"):
            if f"{name}_median_ms" in result:
                print(f"{name}: median {result[f'{name}_median_ms']} ms, p95 "
                      f"{result[f'{name}_p95_ms']} ms (CPU {result[f'{name}_cpu_median_ms']} ms)")
    print_json(result)
    return 0
