"""``mediakit annotate INPUT... --store DIR``: annotate files into a store, streaming.

Prints a progress bar (stderr) and, on its last stdout line, one JSON object: ``docs_in``,
``annotated``, ``skipped`` (``already_in_store``, ``duplicate_in_input``, ``load``),
``elapsed_s``, ``docs_per_s`` and rows written per table. ``docs_in == annotated +
sum(skipped)`` always. Rerunning after an interruption resumes: articles already in the store
are skipped. ``--compact`` merges the store's small files afterwards (key ``compact``).
"""

from __future__ import annotations

import argparse
import json

HELP = "annotate files (countries, accusations) into a Parquet+DuckDB store, streaming"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``annotate`` options."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders to load")
    parser.add_argument("--store", required=True, metavar="DIR", help="store folder")
    parser.add_argument("--format", default=None, help="input format (default: detected)")
    parser.add_argument("--annotators", default="countries,accusations",
                        help="comma-separated annotator names (default: countries,accusations)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="local worker processes (default 1)")
    parser.add_argument("--dask", default=None, metavar="ADDRESS",
                        help="run on a dask cluster, e.g. tcp://scheduler:8786 (workers must "
                        "see INPUT and --store at the same paths)")
    parser.add_argument("--chunk-size", type=int, default=10_000, metavar="N",
                        help="articles per chunk (default 10000)")
    parser.add_argument("--compact", action="store_true",
                        help="afterwards, merge the store's small Parquet files (one per table "
                        "and month per chunk) into few large ones (Store.compact)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    """Run ``mediakit annotate``; print the JSON summary last."""
    from ..pipeline import annotate_dask, annotate_into
    from ..store import Store

    annotators = [a.strip() for a in args.annotators.split(",") if a.strip()]
    with Store(args.store) as store:
        if args.dask:
            out = annotate_dask(args.inputs, store, annotators, address=args.dask,
                                format=args.format, progress=not args.no_progress)
        else:
            out = annotate_into(store, args.inputs, annotators, chunk_size=args.chunk_size,
                                progress=not args.no_progress, n_jobs=args.workers,
                                format=args.format)
        if args.compact:
            out["compact"] = store.compact(progress=not args.no_progress)
    print(json.dumps(out), flush=True)
    return 0
