"""``mediakit benchmark query``: widget-query latency on a store of 1M articles / ~10M mentions.

The store is synthesised quickly from real annotations: ``--base-docs`` AllSides articles
are annotated once (countries, doc_countries, accusations), then repeated with new
``doc_id`` values and new dates spread over 2012-2020 (source kept), written month by month
with pyarrow straight into the store layout (one file per table and month) and committed
with one manifest. The article ``text`` column is not copied (no widget query reads it;
``articles_have_text`` says so).

Measured (``--repeats`` times after a warm-up, p50/p95 in ms):

- coverage: :meth:`Store.country_attention` weekly, 5 countries, one source;
- who: :meth:`Store.who_accuses_whom` for one year.

The same questions are answered by plain pandas on the loaded tables
(:func:`mediakit.coverage.country_attention`, :func:`mediakit.coverage.who_accuses_whom`)
in the same run (results checked equal): ``pandas_p95_ms`` and ``speedup_p95``. Target: p95 <= 50 ms. ONE JSON line at the end.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--n-articles", "10000"]).n_articles
10000
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

HELP = "p50/p95 latency of widget queries on a 1M-article store vs plain pandas"

__all__ = ["HELP", "add_arguments", "run", "synthesise_store"]

_ANN_TABLES = ("mentions", "doc_countries", "accusations")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--n-articles", type=int, default=1_000_000,
                        help="articles in the synthesised store (default 1,000,000)")
    parser.add_argument("--base-docs", type=int, default=2000,
                        help="real AllSides articles annotated and repeated (default 2000)")
    parser.add_argument("--repeats", type=int, default=30, help="timed runs per query")
    parser.add_argument("--pandas-repeats", type=int, default=5,
                        help="timed runs per query with pandas")
    parser.add_argument("--store", default=None,
                        help="keep the synthesised store in this folder (default: temporary);"
                        " an existing store there is reused")
    parser.add_argument("--data-home", default=None, help="folder holding allsides/")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")


def _annotated_base(data_home, n: int) -> dict:
    import pyarrow as pa

    from ..pipeline import annotate
    from ._common import load_allsides_file

    arts = load_allsides_file(data_home, part=1, limit=n)
    parts = list(annotate(arts, ["countries", "accusations"], chunk_size=1000,
                          progress=False))
    import pandas as pd

    from ..store import _normalise

    tables = {"articles": _normalise("articles", arts.drop(columns=["text"]))}
    for t in _ANN_TABLES:
        tables[t] = _normalise(t, pd.concat([p[t] for p in parts], ignore_index=True))
    ids = tables["articles"]["doc_id"].astype(str)
    pos = pd.Series(range(len(ids)), index=ids.to_numpy())
    out = {"articles": (pa.Table.from_pandas(tables["articles"], preserve_index=False), None)}
    for t in _ANN_TABLES:
        df = tables[t].drop(columns=[c for c in ("published", "source") if c in tables[t]])
        idx = pos.reindex(df["doc_id"].astype(str).to_numpy()).to_numpy()
        out[t] = (pa.Table.from_pandas(df, preserve_index=False), idx)
    return out


def synthesise_store(path, base: dict, n_articles: int, *, seed: int = 0) -> dict:
    """Write a store of ``n_articles`` by repeating ``base`` tables month by month."""
    import uuid

    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from ..store import Store

    rng = np.random.default_rng(seed)
    arts, _ = base["articles"]
    b = arts.num_rows
    reps = -(-n_articles // b)
    months = [(y, m) for y in range(2012, 2021) for m in range(1, 13)]
    append_id = uuid.uuid4().hex
    files: dict[str, list] = {t: [] for t in ("articles", *_ANN_TABLES)}
    schemas: dict = {}
    counter = 0
    written = 0
    store = Store(path)
    rows = dict.fromkeys(files, 0)
    ts_type = pa.timestamp("ns", tz="UTC")
    lock = store.writing()
    lock.__enter__()  # no other process may clean our files before the commit
    for mi, (y, m) in enumerate(months):
        my_reps = [r for r in range(mi, reps, len(months))]
        if not my_reps:
            continue
        start = np.datetime64(f"{y:04d}-{m:02d}-01", "s")
        end = np.datetime64(f"{y + (m == 12):04d}-{m % 12 + 1:02d}-01", "s")
        span = int((end - start).astype(int))
        per_table: dict[str, list] = {t: [] for t in files}
        for r in my_reps:
            keep = min(b, n_articles - r * b)
            if keep <= 0:
                continue
            a = arts.slice(0, keep)
            new_ids = pc.binary_join_element_wise(a["doc_id"].cast(pa.string()),
                                                  pa.scalar(f"~{r}"), "")
            secs = rng.integers(0, span, keep)
            pub = pa.array((start + secs.astype("timedelta64[s]")).astype("datetime64[ns]"),
                           type=pa.timestamp("ns")).cast(ts_type)
            a = a.set_column(a.schema.get_field_index("doc_id"), "doc_id", new_ids)
            a = a.set_column(a.schema.get_field_index("published"), "published", pub)
            per_table["articles"].append(a)
            for t in _ANN_TABLES:
                tab, idx = base[t]
                sel = np.flatnonzero(idx < keep)
                tt = tab.take(pa.array(sel))
                ii = pa.array(idx[sel])
                tt = tt.set_column(tt.schema.get_field_index("doc_id"), "doc_id",
                                   new_ids.take(ii))
                tt = tt.append_column("published", pub.take(ii))
                tt = tt.append_column("source", a["source"].take(ii))
                per_table[t].append(tt)
            written += keep
        for t, chunks in per_table.items():
            if not chunks:
                continue
            table = pa.concat_tables(chunks)
            rel = f"{t}/month={y:04d}-{m:02d}/part-{append_id}-{counter}.parquet"
            counter += 1
            (store.path / rel).parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(table, store.path / rel, compression="zstd")
            files[t].append({"path": rel, "rows": table.num_rows})
            schemas[t] = [[f.name, str(f.type)] for f in table.schema]
            rows[t] += table.num_rows
    staged = {"append_id": append_id, "files": files, "schemas": schemas,
              "doc_ids": [], "n_rows": rows}
    try:
        store._commit(staged)
    finally:
        lock.__exit__(None, None, None)
    store.close()
    return rows


def _pcts(times: list[float]) -> tuple[float, float]:
    import numpy as np

    a = np.array(times) * 1000
    return round(float(np.percentile(a, 50)), 2), round(float(np.percentile(a, 95)), 2)


def _timed(fn, repeats: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def run(args) -> int:
    """Run the benchmark; print a summary and the JSON line."""
    import pandas as pd

    from ..coverage import country_attention, who_accuses_whom
    from ..store import Store
    from ._common import PeakRSS, machine_info, print_json

    result: dict = {}
    folder = args.store or tempfile.mkdtemp(prefix="mediakit-query-")
    try:
        with PeakRSS() as rss:
            if args.store and any(Path(folder, "_manifest").glob("*.json")):
                with Store(folder) as s:  # reuse a store kept by an earlier --store run
                    rows = s.summary()["rows"]
                result["reused_store"] = True
            else:
                t0 = time.perf_counter()
                base = _annotated_base(args.data_home, args.base_docs)
                result["annotate_base_s"] = round(time.perf_counter() - t0, 1)
                t0 = time.perf_counter()
                rows = synthesise_store(folder, base, args.n_articles)
                result["generate_s"] = round(time.perf_counter() - t0, 1)
                del base
            result["n_articles"] = rows["articles"]
            result["n_mentions"] = rows["mentions"]
            result["n_doc_countries"] = rows["doc_countries"]
            result["n_accusations"] = rows["accusations"]
            result["articles_have_text"] = False
            t0 = time.perf_counter()
            store = Store(folder)
            result["open_s"] = round(time.perf_counter() - t0, 2)
            t0 = time.perf_counter()
            store.country_attention("W", countries=["USA"], source="")  # builds the cache
            store.who_accuses_whom()
            result["cache_build_s"] = round(time.perf_counter() - t0, 2)
            top = store.query("SELECT source, count(*) AS n FROM articles GROUP BY 1 "
                              "ORDER BY 2 DESC LIMIT 1")["source"].item()
            countries = store.query(
                "SELECT iso3 FROM doc_countries GROUP BY 1 ORDER BY count(*) DESC LIMIT 5"
            )["iso3"].tolist()
            result["query_source"], result["query_countries"] = top, countries

            def coverage():
                return store.country_attention("W", countries=countries, source=top)

            def who():
                return store.who_accuses_whom(start="2016-01-01", end="2017-01-01")

            cov_t = _timed(coverage, args.repeats)
            who_t = _timed(who, args.repeats)
            result["coverage_p50_ms"], result["coverage_p95_ms"] = _pcts(cov_t)
            result["who_p50_ms"], result["who_p95_ms"] = _pcts(who_t)
            result["p50_ms"], result["p95_ms"] = _pcts(cov_t + who_t)

            # the same questions with plain pandas on the loaded tables
            t0 = time.perf_counter()
            arts = store.table("articles", columns=["doc_id", "published", "source"])
            dc = store.table("doc_countries", columns=["doc_id", "iso3", "n_mentions",
                                                       "score", "primary"])
            acc = store.table("accusations")
            result["pandas_load_s"] = round(time.perf_counter() - t0, 1)

            def pd_coverage():
                return country_attention(arts[arts["source"] == top], dc, "W",
                                         countries=countries)

            def pd_who():
                return who_accuses_whom(acc, "2016-01-01", "2017-01-01", articles=arts)

            same = coverage().reset_index(drop=True)
            pd.testing.assert_frame_equal(same, pd_coverage(), check_dtype=False)
            pd.testing.assert_frame_equal(who(), pd_who(), check_dtype=False)
            pcov_t = _timed(pd_coverage, args.pandas_repeats)
            pwho_t = _timed(pd_who, args.pandas_repeats)
            result["pandas_coverage_p95_ms"] = _pcts(pcov_t)[1]
            result["pandas_who_p95_ms"] = _pcts(pwho_t)[1]
            result["pandas_p50_ms"], result["pandas_p95_ms"] = _pcts(pcov_t + pwho_t)
            result["speedup_p95"] = round(result["pandas_p95_ms"] / result["p95_ms"], 1)
            store.close()
        result["peak_rss_mb"] = rss.peak_mb
    finally:
        if args.store is None:
            shutil.rmtree(folder, ignore_errors=True)
    result["target_p95_ms"] = 50
    result.update(machine_info())
    if not args.json:
        print(f"{result['n_articles']:,} articles, {result['n_mentions']:,} mentions: "
              f"p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms (pandas p95 "
              f"{result['pandas_p95_ms']} ms)")
    print_json(result)
    return 0
