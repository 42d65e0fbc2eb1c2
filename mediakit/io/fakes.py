"""FA-KES (Abu Salem et al., ICWSM 2019): fake news around the Syrian war, one CSV (latin-1).

Columns ``unit_id``, ``article_title`` -> ``title``, ``article_content`` -> ``text``,
``source``, ``date`` (month-first ``M/D/YYYY`` or ``MM/DD/YYYY``) -> ``published``,
``location``, ``labels`` (1 credible, 0 fake). ``unit_id`` is not unique in the data (792 ids
over 804 rows), so ``doc_id`` is ``fakes-<row number>`` (rows counted from 1); ``unit_id`` is
kept as a column.

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "FA-KES-Dataset.csv"
>>> _ = p.write_bytes(b"unit_id,article_title,article_content,source,date,location,labels\\n"
...     b"1000000001,Shelling in Idlib,Monitors said shelling hit \\x95 a market,sana,4/5/2017,idlib,1\\n")
>>> df = read_fakes(p)
>>> df.loc[0, ["doc_id", "location"]].tolist(), int(df.loc[0, "labels"])
(['fakes-1', 'idlib'], 1)
>>> str(df.loc[0, "published"])
'2017-04-05 00:00:00+00:00'
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._dates import parse_dates
from ._report import _FileContext
from .tabular import _read_csv, finish_articles

__all__ = ["read_fakes"]

FIELDS = ("unit_id", "article_title", "article_content", "source", "date", "location", "labels")


def read_fakes(path, *, ctx: _FileContext | None = None, limit: int | None = None,
               source: str | None = None) -> pd.DataFrame:
    """Read the FA-KES CSV (``.csv`` or ``.csv.gz``, latin-1) into an articles table.

    Parameters
    ----------
    path : str or Path
        ``FA-KES-Dataset.csv[.gz]``.
    ctx : _FileContext, optional
        Collects problems (passed by :func:`mediakit.load`).
    limit : int, optional
        Keep at most this many rows.
    source : str, optional
        Fills ``source`` where a row has none.

    Returns
    -------
    pandas.DataFrame
        Articles table with extra columns ``unit_id`` (Int64), ``location`` (string),
        ``labels`` (Int64: 1 credible, 0 fake).
    """
    path = Path(path)
    ctx = ctx or _FileContext(path, "fakes")
    raw = _read_csv(path, ctx, encoding="latin-1")
    missing = [c for c in FIELDS if c not in raw.columns]
    if missing:
        raise ParseError(f"not an FA-KES file: column {missing[0]!r} is missing "
                         f"(have: {', '.join(map(str, raw.columns))})", path=path)
    if limit is not None:
        raw = raw.iloc[:limit]
    ctx.file.n_items += len(raw)
    # month-first dates parsed here, so mixed M/D/YYYY and MM/DD/YYYY are both read right
    pub, src = parse_dates(raw["date"], ctx)
    raw = raw.rename(columns={"article_title": schema.TITLE, "article_content": schema.TEXT,
                              "date": "date_raw"})
    raw[schema.DOC_ID] = [f"fakes-{i}" for i in range(1, len(raw) + 1)]
    for col in ("unit_id", "labels"):
        raw[col] = pd.to_numeric(raw[col].str.strip(), errors="coerce").astype("Int64")
    raw["location"] = raw["location"].astype("string")
    df = finish_articles(raw.drop(columns=["date_raw"]), path, ctx, source=source)
    df[schema.PUBLISHED] = pub.array
    df[schema.PUBLISHED_FROM] = src.array
    ctx.file.n_loaded += len(df)
    return df
