"""``mediakit demo``: the main job on the bundled sample.

Loads the user's sample dump (``data/``), finds country mentions and the countries each article
is about, extracts accusations and denials, prints a readable summary, writes the tables under
``--out`` (Parquet and CSV) and, unless ``--no-notebooks``, executes the analysis notebooks
headless and writes them as HTML reports there too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "run the main job on the bundled sample: load, annotate, summarise, write reports/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path,
        help="files or folders to load (default: the bundled sample in data/)",
    )
    parser.add_argument("--out", type=Path, default=Path("reports"), help="output folder")
    parser.add_argument(
        "--no-notebooks", action="store_true", help="skip executing the notebooks to HTML"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON summary last")


def _sample_paths() -> list[Path]:
    from ..reports import SAMPLE

    for cand in (Path("data") / SAMPLE.name, SAMPLE):
        if cand.is_file():
            return [cand]
    from ..errors import DatasetNotFoundError

    raise DatasetNotFoundError(
        f"the bundled sample {SAMPLE.name} is not in ./data or {SAMPLE.parent}; "
        "run `mediakit demo PATH` with your own files",
        expected=[str(SAMPLE)],
    )


def _short(text: str, width: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def _fmt_time(ts) -> str:
    import pandas as pd

    return "unknown date" if pd.isna(ts) else ts.strftime("%Y-%m-%d %H:%M UTC")


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from .. import schema as s
    from ..accusations import AccusationExtractor
    from ..countries import doc_countries, find_mentions
    from ..gazetteer import country_name
    from ..io import load

    paths = args.paths or _sample_paths()
    articles = load(paths)
    report = articles.attrs.get("load_report")
    mentions = find_mentions(articles)
    countries = doc_countries(mentions, articles)
    accusations = AccusationExtractor().transform(articles)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    tables = {
        "articles": articles,
        "mentions": mentions,
        "doc_countries": countries,
        "accusations": accusations,
    }
    for name, table in tables.items():
        table = table.copy()
        table.attrs = {}
        table.to_parquet(out / f"{name}.parquet", index=False)
        table.to_csv(out / f"{name}.csv", index=False)

    print(f"mediakit demo: {len(articles)} articles from {', '.join(map(str, paths))}")
    if report is not None and report.n_skipped:
        print(f"  skipped {report.n_skipped} items (see the load report)")
    for _, art in articles.iterrows():
        doc = art[s.DOC_ID]
        teaser = " [teaser: title only]" if art.get(s.IS_TEASER, False) else ""
        print(f"\n* {art[s.TITLE]}{teaser}")
        print(f"  {doc} | {_fmt_time(art[s.PUBLISHED])} | source {art[s.SOURCE]}")
        dc = countries[countries[s.DOC_ID] == doc].sort_values(s.SCORE, ascending=False)
        if len(dc):
            parts = [
                f"{country_name(r[s.ISO3])} ({r[s.ISO3]}, {r[s.N_MENTIONS]}x"
                f"{', primary' if r[s.PRIMARY] else ''})"
                for _, r in dc.iterrows()
            ]
            print("  countries: " + "; ".join(parts))
        acc = accusations[accusations[s.DOC_ID] == doc]
        for _, r in acc.iterrows():
            who = r[s.ACCUSER] if pd.notna(r[s.ACCUSER]) else "(unstated)"
            whom = r[s.ACCUSED] if pd.notna(r[s.ACCUSED]) else "(unstated)"
            iso = f"{r[s.ACCUSER_ISO3] if pd.notna(r[s.ACCUSER_ISO3]) else '-'}" \
                  f" -> {r[s.ACCUSED_ISO3] if pd.notna(r[s.ACCUSED_ISO3]) else '-'}"
            what = _short(r[s.ALLEGATION]) if pd.notna(r[s.ALLEGATION]) else ""
            if r[s.POLARITY] == "accuse":
                line = f"{who} -> {whom}" + (f": \"{what}\"" if what else "")
            else:  # a denial: `accused` denies what `accuser` alleged
                line = f"{whom} denies the allegation by {who}"
            print(f"  {r[s.POLARITY]:>6} [{iso}] {line}  (cue: {r[s.CUE]!r})")

    html: list[Path] = []
    if not args.no_notebooks:
        from ..reports import run_notebooks

        print("\nexecuting notebooks headless ...", flush=True)
        html = run_notebooks(out)
        for p in html:
            print(f"  report: {p}")
    print(f"\ntables written to {out}/ (parquet + csv)")
    summary = {
        "n_articles": len(articles),
        "n_mentions": len(mentions),
        "n_doc_countries": len(countries),
        "n_accusations": int((accusations[s.POLARITY] == "accuse").sum()),
        "n_denials": int((accusations[s.POLARITY] == "deny").sum()),
        "out": str(out),
        "reports": [str(p) for p in html],
    }
    if args.json:
        print(json.dumps(summary))
    sys.stdout.flush()
    return 0
