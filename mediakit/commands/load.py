"""``mediakit load PATH... [--format F] [--out FILE.parquet] [--json] [--strict]``.

Loads files or folders with :func:`mediakit.load` and prints a readable summary: documents,
date range, top sources, teasers, skipped items with reasons, unusable dates. With ``--json``
the last stdout line is ONE JSON object with ``n_docs``, ``n_items``, ``n_skipped``,
``n_teasers``, ``n_sources``, ``published_min`` / ``published_max`` (ISO 8601 UTC or null),
``top_sources``, ``skipped`` / ``issues`` / ``date_problems`` examples, ``n_duplicates``,
``files`` and ``elapsed_s``. ``--out`` writes the table as Parquet (list columns kept; FNC-1
stances go to ``<out stem>.stances.parquet``). Exit code 1 on an error (with ``--strict``, at
the first problem).
"""

from __future__ import annotations

import argparse
import json

HELP = "load news files/folders into an articles table; print a summary (or JSON)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``load`` options."""
    from ..io import FORMATS

    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    parser.add_argument("--format", default=None, choices=FORMATS,
                        help="input format (default: from the suffix or the content)")
    parser.add_argument("--out", default=None, metavar="FILE.parquet",
                        help="write the articles table as Parquet")
    parser.add_argument("--json", action="store_true",
                        help="print the summary as one JSON object on the last line")
    parser.add_argument("--strict", action="store_true",
                        help="fail at the first skipped item or bad date instead of reporting")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="load at most N documents")
    parser.add_argument("--source", default=None, help="value for the source column")


def _iso(ts) -> str | None:
    import pandas as pd

    if ts is None or pd.isna(ts):
        return None
    return ts.tz_convert("UTC").isoformat().replace("+00:00", "Z")


def summarize(df) -> dict:
    """Return the JSON-ready summary of a loaded articles table (see module docstring).

    Examples
    --------
    >>> from mediakit.io import load
    >>> from pathlib import Path
    >>> import mediakit
    >>> df = load(Path(mediakit.__file__).parents[1] / "data" / "000_85d8c5cde1672087.txt")
    >>> s = summarize(df)
    >>> s["n_docs"], s["n_teasers"], s["published_min"], s["published_max"]
    (3, 2, '2017-10-10T15:36:27Z', '2017-10-10T17:49:36Z')
    """
    from .. import schema

    rep = df.attrs.get("load_report")
    pub = df[schema.PUBLISHED]
    sources = df[schema.SOURCE].value_counts(dropna=True)
    teasers = int(df[schema.IS_TEASER].sum()) if schema.IS_TEASER in df.columns else 0
    out = {
        "n_docs": len(df),
        "n_items": rep.n_items if rep else len(df),
        "n_skipped": rep.n_skipped if rep else 0,
        "n_issues": rep.n_issues if rep else 0,
        "n_date_problems": rep.n_date_problems if rep else 0,
        "n_duplicates": rep.n_duplicates if rep else 0,
        "n_teasers": teasers,
        "n_sources": int(sources.size),
        "n_undated": int(pub.isna().sum()),
        "published_min": _iso(pub.min()) if pub.notna().any() else None,
        "published_max": _iso(pub.max()) if pub.notna().any() else None,
        "top_sources": {str(k): int(v) for k, v in sources.head(5).items()},
    }
    if rep is not None:
        d = rep.to_dict()
        out.update({k: d[k] for k in ("skipped", "issues", "date_problems", "duplicate_ids")})
        out["files"] = [{k: f[k] for k in ("path", "format", "n_items", "n_loaded", "n_skipped")}
                        for f in d["files"]]
    if "stances" in df.attrs:
        out["n_stances"] = len(df.attrs["stances"])
    return out


def _print_text(s: dict) -> None:
    print(f"documents: {s['n_docs']} (of {s['n_items']} items read)")
    if s["published_min"]:
        print(f"published: {s['published_min']} ... {s['published_max']}"
              f" ({s['n_undated']} undated)")
    else:
        print("published: unknown for every document")
    top = ", ".join(f"{k} ({v})" for k, v in s["top_sources"].items())
    print(f"sources: {s['n_sources']}" + (f"; top: {top}" if top else ""))
    print(f"teasers (title, no body): {s['n_teasers']}")
    if "n_stances" in s:
        print(f"stances: {s['n_stances']}")
    print(f"skipped: {s['n_skipped']}")
    for p in s.get("skipped", [])[:10]:
        print(f"  {_where(p)}: {p['reason']}")
    for key, title in (("issues", "flagged input"), ("date_problems", "unusable dates")):
        n = s["n_issues" if key == "issues" else "n_date_problems"]
        if n:
            print(f"{title}: {n}")
            for p in s.get(key, [])[:10]:
                tail = f" (value {p['value']!r})" if p.get("value") is not None else ""
                print(f"  {_where(p)}: {p['reason']}{tail}")
    if s["n_duplicates"]:
        print(f"duplicate doc_id renamed: {s['n_duplicates']}")


def _where(p: dict) -> str:
    parts = [p["path"]]
    if p.get("line") is not None:
        parts.append(f"line {p['line']}")
    if p.get("item") is not None:
        parts.append(f"item {p['item']}")
    return ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    """Run ``mediakit load``."""
    import time
    import warnings
    from pathlib import Path

    from ..io import load

    t0 = time.perf_counter()
    with warnings.catch_warnings():  # the summary below lists what the warning would say
        warnings.simplefilter("ignore", UserWarning)
        df = load(args.paths, args.format, strict=args.strict, limit=args.limit,
                  source=args.source, progress=not args.json)
    s = summarize(df)
    s["elapsed_s"] = round(time.perf_counter() - t0, 3)
    if args.out:
        out = Path(args.out)
        stances = df.attrs.get("stances")
        table = df.copy()
        table.attrs = {}
        table.to_parquet(out, index=False)
        s["out"] = str(out)
        if stances is not None:
            sp = out.with_name(out.stem + ".stances.parquet")
            st = stances.copy()
            st.attrs = {}
            st.to_parquet(sp, index=False)
            s["out_stances"] = str(sp)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, default=str))
    else:
        _print_text(s)
        if args.out:
            print(f"written: {s['out']}")
    return 0
