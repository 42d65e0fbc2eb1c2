"""AllSides Article-Bias-Prediction JSON Lines (``articles-*.jsonl.gz``, Baly et al. 2020).

Fields ``ID`` -> ``doc_id``, ``content_original`` -> ``text``, ``date`` -> ``published``
(empty dates give NaT silently; bogus ones such as ``0001-11-30`` or ``2050-09-30`` give NaT
and are reported); ``source``, ``url``, ``title`` as is; ``topic``, ``source_url``,
``authors``, ``bias`` (int: 0 left, 1 center, 2 right) and ``bias_text`` kept as extra columns.

Examples
--------
>>> import json, pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "articles-00.jsonl"
>>> rec = {"ID": "aB3dE5gH7jK9mN1p", "topic": "world", "source": "Example Daily - News",
...        "source_url": "www.example.org", "url": "http://example.org/a", "date": "2017-10-10",
...        "authors": "A. Writer", "title": "Russia accuses US of pretending to fight Isis",
...        "content_original": "The Russian Defence Ministry has alleged...", "bias": 0,
...        "bias_text": "left"}
>>> _ = p.write_text(json.dumps(rec) + "\\n")
>>> df = read_allsides(p)
>>> df.loc[0, ["doc_id", "source", "bias_text"]].tolist(), int(df.loc[0, "bias"])
(['aB3dE5gH7jK9mN1p', 'Example Daily - News', 'left'], 0)
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._report import _FileContext
from .tabular import _read_jsonl, finish_articles

__all__ = ["read_allsides"]

FIELDS = ("ID", "topic", "source", "source_url", "url", "date", "authors", "title",
          "content_original", "bias", "bias_text")
_RENAME = {"ID": schema.DOC_ID, "content_original": schema.TEXT, "date": schema.PUBLISHED}


def read_allsides(path, *, ctx: _FileContext | None = None, limit: int | None = None,
                  source: str | None = None) -> pd.DataFrame:
    """Read one AllSides ``articles-NN.jsonl[.gz]`` file into an articles table.

    Parameters
    ----------
    path : str or Path
        The JSON Lines file.
    ctx : _FileContext, optional
        Collects skipped lines and date problems (passed by :func:`mediakit.load`).
    limit : int, optional
        Stop after this many articles.
    source : str, optional
        Fills ``source`` where an article has none.

    Returns
    -------
    pandas.DataFrame
        Articles table with extra columns ``topic``, ``source_url``, ``authors``, ``bias``,
        ``bias_text``.
    """
    path = Path(path)
    ctx = ctx or _FileContext(path, "allsides")
    raw, lines = _read_jsonl(path, ctx, limit=limit)
    if len(raw) and "content_original" not in raw.columns:
        raise ParseError("not an AllSides file: no 'content_original' field "
                         f"(have: {', '.join(map(str, raw.columns))})", path=path)
    raw = raw.drop(columns=[c for c in ("content",) if c in raw.columns])
    raw = raw.rename(columns=_RENAME)
    for col in ("topic", "source_url", "authors", "bias_text"):
        if col in raw.columns:
            raw[col] = raw[col].astype("string")
    if "bias" in raw.columns:
        raw["bias"] = pd.to_numeric(raw["bias"], errors="coerce").astype("Int64")
    df = finish_articles(raw, path, ctx, source=source, lines=lines)
    ctx.file.n_loaded += len(df)
    return df
