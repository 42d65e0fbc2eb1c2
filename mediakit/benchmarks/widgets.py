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

With ``--store DIR`` (an existing store) or ``--n-articles N`` (a store synthesised as by
``mediakit benchmark query``, plus synthetic ``doc_topics``; kept in ``--store-dir`` and
reused by later runs), the Store-backed explorers are opened (``store_<explorer>_open_s``:
construction until the first view is drawn; ``store_imports_s`` is the import of
matplotlib and the plots before, as a notebook has done already), changed once at once
(``_first_change_ms``, while the other periods' aggregates are still being built in the
background), left to finish that work (``_settle_s``), then timed the same way as on the
sample, plus selection changes that run new queries (countries, sources, start date,
accuser, topic): ``store_<explorer>_p50_ms``/``_p95_ms`` over all changes, ``_median_ms``
over control changes only, ``_selection_*`` over selection changes only. Targets on a 1M
store: open <= 3 s, p50 <= 200 ms, p95 <= 300 ms. ONE JSON line at the end.

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

__all__ = ["HELP", "add_arguments", "add_synthetic_doc_topics", "run", "time_changes"]

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "000_85d8c5cde1672087.txt"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--repeats", type=int, default=12,
                        help="changes timed per control (default 12)")
    parser.add_argument("--sample", default=None, help="corpus file (default: bundled sample)")
    parser.add_argument("--store", default=None,
                        help="also time the Store-backed explorers on this existing store")
    parser.add_argument("--n-articles", "--store-articles", dest="store_articles", type=int,
                        default=0, help="synthesise a store of this many articles (as "
                        "`benchmark query`) and time the Store-backed explorers on it")
    parser.add_argument("--store-dir", default=None,
                        help="keep the synthesised store under this folder and reuse it in "
                        "later runs (default: a temporary folder, deleted)")
    parser.add_argument("--skip-sample", action="store_true",
                        help="do not time the explorers on the bundled sample")
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


#: labels of the synthetic topics added to a synthesised store
SYNTHETIC_TOPICS = ("election vote", "war troops", "oil prices", "trade tariffs",
                    "court ruling", "climate emissions", "virus vaccine", "police protest")


def add_synthetic_doc_topics(folder, *, seed: int = 0) -> int:
    """Give every article of the store in ``folder`` one or two synthetic topics.

    Written straight into the store layout next to each articles file (one ``doc_topics``
    file per month) and committed with one manifest, like
    :func:`mediakit.benchmarks.query.synthesise_store`; returns the rows written (0 when
    the store has doc_topics already).
    """
    import uuid

    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ..store import Store

    store = Store(folder)
    try:
        if store.summary()["rows"].get("doc_topics", 0):
            return 0
        rng = np.random.default_rng(seed)
        labels = np.array(SYNTHETIC_TOPICS, dtype=object)
        append_id, files, rows = uuid.uuid4().hex, [], 0
        with store.writing():
            for k, rel in enumerate(store._files.get("articles", [])):
                arts = pq.read_table(store.path / rel, columns=["doc_id", "published", "source"])
                n = arts.num_rows
                first = rng.integers(0, len(labels), n)
                second = (first + rng.integers(1, len(labels), n)) % len(labels)
                two = rng.random(n) < 0.5
                idx = np.concatenate([np.arange(n), np.flatnonzero(two)])
                topic = np.concatenate([labels[first], labels[second[two]]])
                weight = np.concatenate([rng.uniform(0.4, 1.0, n),
                                         rng.uniform(0.05, 0.4, int(two.sum()))])
                take = pa.array(idx)
                table = pa.table({"doc_id": arts["doc_id"].take(take),
                                  "topic": pa.array(topic, type=pa.string()),
                                  "weight": pa.array(weight),
                                  "published": arts["published"].take(take),
                                  "source": arts["source"].take(take)})
                out = f"doc_topics/{rel.split('/')[1]}/part-{append_id}-{k}.parquet"
                (store.path / out).parent.mkdir(parents=True, exist_ok=True)
                pq.write_table(table, store.path / out, compression="zstd")
                files.append({"path": out, "rows": table.num_rows})
                rows += table.num_rows
            store._commit({"append_id": append_id, "files": {"doc_topics": files},
                           "schemas": {"doc_topics": [[f.name, str(f.type)]
                                                      for f in table.schema]},
                           "doc_ids": [], "n_rows": {"doc_topics": rows}})
        return rows
    finally:
        store.close()


def _timed_set(control, values, out: list) -> None:
    for value in values:
        t0 = time.perf_counter()
        control.value = value
        out.append((time.perf_counter() - t0) * 1000)


def _store_explorer(result: dict, name: str, build, controls, selections, repeats) -> None:
    """Open one Store-backed explorer, time its control and selection changes."""
    import numpy as np

    t0 = time.perf_counter()
    ex = build()
    result[f"store_{name}_open_s"] = round(time.perf_counter() - t0, 2)
    controls = [getattr(ex, c) for c in controls]
    # a user changing the frequency at once, while the other periods' aggregates are built
    values = _values(controls[0])
    t0 = time.perf_counter()
    controls[0].value = values[(values.index(controls[0].value) + 1) % len(values)]
    result[f"store_{name}_first_change_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    t0 = time.perf_counter()
    ex.queries.store.prepare_aggregates([], wait=True)  # background work done
    result[f"store_{name}_settle_s"] = round(time.perf_counter() - t0, 2)
    time_changes(ex, controls, 1)  # warm-up: first draws of every frequency
    changes = time_changes(ex, controls, repeats)
    _stats(f"store_{name}", changes, result)
    sel: list[float] = []
    for control, values in selections(ex):
        _timed_set(control, values, sel)
    _stats(f"store_{name}_selection", {"wall": sel, "cpu": sel}, result)
    every = np.array(changes["wall"] + sel)
    if len(every):
        result[f"store_{name}_p50_ms"] = round(float(np.median(every)), 1)
        result[f"store_{name}_p95_ms"] = round(float(np.percentile(every, 95)), 1)


def _coverage_selections(cov):
    import datetime as dt

    lo, hi = cov.start.value, cov.end.value
    out = []
    if lo and hi:
        mid = lo + (hi - lo) / 2
        out.append((cov.start, (mid, mid - dt.timedelta(days=90), lo)))
    srcs = list(cov.sources.options)
    out.append((cov.sources, [(s,) for s in srcs[:3]] + [()]))
    codes = [c for _, c in cov.countries.options[:12]]
    out.append((cov.countries, (tuple(codes[:1]), tuple(codes[1:3]), tuple(codes[3:8]),
                                tuple(codes[8:12]))))
    return out


def _accusation_selections(acc):
    return [(acc.accuser, [code for _, code in acc.accuser.options[1:6]]),
            (acc.accused, [code for _, code in acc.accused.options[1:4]])]


def _topic_selections(top):
    import datetime as dt

    out = [(top.topic, [t for _, t in top.topic.options[1:5]])]
    lo, hi = top.start.value, top.end.value
    if lo and hi:
        mid = lo + (hi - lo) / 2
        out.append((top.start, (mid, mid - dt.timedelta(days=90), lo)))
    return out


def _warm_imports() -> None:
    """Import matplotlib and the plotting functions (seconds on a cold process): timed
    apart from the explorers' opening, as a notebook has them imported already."""
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401

    from mediakit.plots import (  # noqa: F401
        accusation_matrix,
        accusation_timeline,
        coverage_timeline,
        top_words,
        topics_over_time,
    )


def _store_part(folder, repeats: int, result: dict) -> None:
    from mediakit.store import Store
    from mediakit.widgets import AccusationExplorer, CoverageExplorer, TopicExplorer

    t0 = time.perf_counter()  # what a notebook has imported before it opens an explorer
    _warm_imports()
    result["store_imports_s"] = round(time.perf_counter() - t0, 2)
    t0 = time.perf_counter()
    store = Store(folder)
    result["store_open_s"] = round(time.perf_counter() - t0, 2)
    try:
        rows = store.summary()["rows"]
        result["store_articles"] = rows["articles"]
        result["store_mentions"] = rows["mentions"]
        result["store_accusations"] = rows["accusations"]
        result["store_doc_topics"] = rows.get("doc_topics", 0)
        _store_explorer(result, "coverage", lambda: CoverageExplorer(store),
                        ("freq", "value"), _coverage_selections, repeats)
        _store_explorer(result, "accusations", lambda: AccusationExplorer(store),
                        ("freq", "polarity"), _accusation_selections, repeats)
        if rows.get("doc_topics", 0):
            _store_explorer(result, "topics", lambda: TopicExplorer(store),
                            ("freq", "value", "by"), _topic_selections, repeats)
    finally:
        store.close()
    for name in ("coverage", "accusations", "topics"):  # init_s: the earlier name of open_s
        if f"store_{name}_open_s" in result:
            result[f"store_{name}_init_s"] = result[f"store_{name}_open_s"]
    for key in [k for k in result if k.endswith("selection_cpu_median_ms")]:
        del result[key]  # selection changes are timed on the wall clock only


def _synthesised(args, result: dict) -> tuple[str, str | None]:
    """(store folder, folder to delete afterwards or None) for ``--n-articles``."""
    from ..store import Store
    from .query import _annotated_base, synthesise_store

    n = args.store_articles
    if args.store_dir:
        folder = str(Path(args.store_dir) / f"store-{n}")
        made = None
    else:
        folder = made = tempfile.mkdtemp(prefix="mediakit-widgets-")
    t0 = time.perf_counter()
    reuse = any(Path(folder, "_manifest").glob("*.json"))
    if reuse:
        with Store(folder) as s:
            reuse = s.summary()["rows"]["articles"] == n
    if not reuse:
        if Path(folder).exists() and made is None:
            shutil.rmtree(folder)
        base = _annotated_base(args.data_home, args.base_docs)
        synthesise_store(folder, base, n)
        del base
    add_synthetic_doc_topics(folder)
    result["store_reused"] = bool(reuse)
    result["store_generate_s"] = round(time.perf_counter() - t0, 1)
    return folder, made


def run(args) -> int:
    """Run the benchmark; print a summary and the JSON line."""
    from ._common import PeakRSS, machine_info, print_json

    result: dict = {"target_ms": 200, "store_target_open_s": 3, "store_target_p95_ms": 300}
    with PeakRSS() as rss:
        if not args.skip_sample:
            _sample_part(args.sample or SAMPLE, args.repeats, result)
        folder, made = args.store, None
        if folder is None and args.store_articles > 0:
            folder, made = _synthesised(args, result)
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
                     "store_accusations", "store_topics"):
            if f"{name}_median_ms" in result:
                print(f"{name}: median {result[f'{name}_median_ms']} ms, p95 "
                      f"{result[f'{name}_p95_ms']} ms (CPU {result[f'{name}_cpu_median_ms']} ms)")
    print_json(result)
    return 0
