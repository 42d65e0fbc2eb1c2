"""CSV, JSON Lines (plain or ``.gz``; also a JSON array) and Parquet files of articles.

Columns named like the articles table (``doc_id``, ``published``, ``source``, ``title``,
``text``, ``url``, ``lang``) are used directly; ``columns=`` renames others (e.g.
``{"body": "text", "date": "published"}``). At least one of ``text`` / ``title`` is required.
Other columns are kept as extra columns. Dates are parsed to UTC; values that do not parse
stay NaT and are reported (``published_from`` is ``"field"`` only where a date was parsed).
Without a ``doc_id`` column, ids are ``<file stem>:<row number>`` (rows counted from 1).

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "wire.jsonl"
>>> _ = p.write_text('{"headline": "Russia accuses US", "body": "Moscow said...", '
...                  '"date": "2017-10-10T17:49:36Z"}\\n')
>>> df = read_table(p, "jsonl", columns={"headline": "title", "body": "text", "date": "published"})
>>> df.loc[0, ["doc_id", "title"]].tolist(), str(df.loc[0, "published"])
(['wire:1', 'Russia accuses US'], '2017-10-10 17:49:36+00:00')
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._dates import parse_dates
from ._files import decode_utf8, read_bytes, stem
from ._report import _FileContext

__all__ = ["finish_articles", "read_table"]

_ARRAY = re.compile(r"\s*\[")
_STRING_COLS = (schema.SOURCE, schema.TITLE, schema.TEXT, schema.URL, schema.LANG)


def _decode(data: bytes, encoding: str, ctx: _FileContext) -> str:
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        return decode_utf8(data, ctx)
    return data.decode(encoding, errors="replace")


def _read_csv(path: Path, ctx: _FileContext, *, encoding: str = "utf-8", sep: str | None = None,
              **kwargs) -> pd.DataFrame:
    text = _decode(read_bytes(path), encoding, ctx)
    if not text.strip():
        ctx.issue("empty file: no header and no rows", line=1)
        return pd.DataFrame()
    if sep is None:
        sep = "\t" if path.name.lower().removesuffix(".gz").endswith(".tsv") else ","
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=sep,
                           **kwargs)
    except pd.errors.ParserError as exc:
        raise ParseError(f"CSV does not parse ({exc})", path=path) from None


def _read_jsonl_arrow(data: bytes, encoding: str, limit) -> pd.DataFrame | None:
    """Fast path (pyarrow) for clean UTF-8 JSON Lines; None when it does not apply."""
    if (limit is not None or encoding.lower().replace("_", "-") not in ("utf-8", "utf8")
            or not data.strip() or b"\n\n" in data or b"\r" in data
            or data.lstrip()[:1] != b"{"):
        return None
    try:  # pyarrow does not validate UTF-8: invalid bytes go to the reporting path
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    import pyarrow as pa
    import pyarrow.json as pj

    try:
        table = pj.read_json(pa.BufferReader(data))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None  # the line-by-line reader names the bad line
    mapper = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype()}.get
    return table.to_pandas(types_mapper=mapper)


def _read_jsonl(path: Path, ctx: _FileContext, *, encoding: str = "utf-8",
                limit: int | None = None) -> tuple[pd.DataFrame, list[int]]:
    """Return (records frame, line number of each record)."""
    data = read_bytes(path)
    fast = _read_jsonl_arrow(data, encoding, limit)
    if fast is not None:
        ctx.file.n_items += len(fast)
        return fast, list(range(1, len(fast) + 1))
    text = _decode(data, encoding, ctx)
    if _ARRAY.match(text):  # a JSON array of objects
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParseError(f"JSON does not parse ({exc.msg})", path=path, line=exc.lineno) \
                from None
        good = []
        for k, rec in enumerate(records, 1):
            ctx.file.n_items += 1
            if isinstance(rec, dict):
                good.append(rec)
            else:
                ctx.skip(f"expected a JSON object, got {type(rec).__name__}", item=k)
        return pd.DataFrame(good), [0] * len(good)
    records, lines = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if limit is not None and len(records) >= limit:
            break
        if not line or line.isspace():
            continue
        ctx.file.n_items += 1
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            ctx.skip(f"invalid JSON ({exc.msg} at column {exc.colno})", line=lineno,
                     item=ctx.file.n_items)
            continue
        if not isinstance(rec, dict):
            ctx.skip(f"expected a JSON object, got {type(rec).__name__}", line=lineno,
                     item=ctx.file.n_items)
            continue
        records.append(rec)
        lines.append(lineno)
    if not text.strip():
        ctx.issue("empty file: no records", line=1)
    return pd.DataFrame(records), lines


def read_table(path, fmt: str | None = None, *, ctx: _FileContext | None = None,
               limit: int | None = None, source: str | None = None,
               columns: Mapping[str, str] | None = None, encoding: str = "utf-8",
               **options) -> pd.DataFrame:
    """Read a CSV / JSON Lines / Parquet file of articles into an articles table.

    Parameters
    ----------
    path : str or Path
        ``.csv``/``.tsv`` (optionally ``.gz``), ``.jsonl``/``.json`` (optionally ``.gz``) or
        ``.parquet``.
    fmt : {"csv", "jsonl", "parquet"}, optional
        Format; from the suffix when omitted.
    ctx : _FileContext, optional
        Collects problems (passed by :func:`mediakit.load`).
    limit : int, optional
        Keep at most this many rows.
    source : str, optional
        Fills ``source`` where the file has none (default: the file stem).
    columns : mapping, optional
        Input column -> article column renames.
    encoding : str, default "utf-8"
        Text encoding of CSV / JSON files.
    **options
        Passed to :func:`pandas.read_csv` (e.g. ``sep=";"``).

    Returns
    -------
    pandas.DataFrame
        Articles table; unknown input columns kept as extra columns.
    """
    path = Path(path)
    if fmt is None:
        base = path.name.lower().removesuffix(".gz")
        fmt = ("parquet" if base.endswith(".parquet") else
               "jsonl" if base.endswith((".jsonl", ".json", ".ndjson")) else "csv")
    ctx = ctx or _FileContext(path, fmt)
    lines = None
    if fmt == "csv":
        raw = _read_csv(path, ctx, encoding=encoding, **options)
        ctx.file.n_items += len(raw)
    elif fmt == "jsonl":
        raw, lines = _read_jsonl(path, ctx, encoding=encoding, limit=limit)
    elif fmt == "parquet":
        try:
            raw = pd.read_parquet(path)
        except Exception as exc:  # pyarrow raises several types for broken files
            raise ParseError(f"Parquet file does not read ({exc})", path=path) from None
        ctx.file.n_items += len(raw)
    else:
        raise ValueError(f"unknown tabular format {fmt!r}; use csv, jsonl or parquet")
    if limit is not None and len(raw) > limit:
        ctx.file.n_items -= len(raw) - limit
        raw = raw.iloc[:limit]
    df = finish_articles(raw, path, ctx, source=source, columns=columns, lines=lines)
    ctx.file.n_loaded += len(df)
    return df


def finish_articles(raw: pd.DataFrame, path, ctx: _FileContext, *, source: str | None = None,
                    columns: Mapping[str, str] | None = None, lines=None,
                    id_prefix: str | None = None) -> pd.DataFrame:
    """Turn a raw frame (one row per article) into an articles table.

    Renames per ``columns``, checks that ``text`` or ``title`` exists, parses dates (reporting
    bad ones), fills ``doc_id`` (``<stem>:<row>`` or ``id_prefix + value``) and ``source``.
    """
    path = Path(path)
    raw = raw.reset_index(drop=True)
    if columns:
        missing = [c for c in columns if c not in raw.columns]
        if missing and len(raw.columns):
            raise ParseError(
                f"column {missing[0]!r} named in columns= is missing "
                f"(have: {', '.join(map(str, raw.columns))})", path=path)
        raw = raw.rename(columns=dict(columns))
    if len(raw.columns) and schema.TEXT not in raw.columns and schema.TITLE not in raw.columns:
        raise ParseError(
            f"required column {schema.TEXT!r} (or {schema.TITLE!r}) is missing "
            f"(have: {', '.join(map(str, raw.columns))}); map yours with "
            f"columns={{'<your column>': {schema.TEXT!r}}}", path=path)
    n = len(raw)
    out = raw.copy()
    file_stem = stem(path)
    if schema.DOC_ID in out.columns:
        ids = out[schema.DOC_ID].astype("string")
        ids = ids.where(ids.notna() & (ids.str.strip() != ""))
        if id_prefix:
            ids = id_prefix + ids
        fallback = pd.Series([f"{file_stem}:{i}" for i in range(1, n + 1)], dtype="string")
        out[schema.DOC_ID] = ids.fillna(fallback)
    else:
        out[schema.DOC_ID] = pd.Series([f"{file_stem}:{i}" for i in range(1, n + 1)],
                                       dtype="string")
    lines = None if lines is None or not any(lines) else list(lines)
    if schema.PUBLISHED in out.columns:
        given_from = out[schema.PUBLISHED_FROM].astype("string") \
            if schema.PUBLISHED_FROM in out.columns else None
        pub, src = parse_dates(out[schema.PUBLISHED], ctx, lines=lines)
        if given_from is not None:
            ok = given_from.isin(schema.PUBLISHED_FROM_VALUES).fillna(False)
            src = src.where(~(ok & pub.notna()), given_from)
        out[schema.PUBLISHED] = pub.array
        out[schema.PUBLISHED_FROM] = src.array
    elif schema.PUBLISHED_FROM in out.columns:
        out[schema.PUBLISHED_FROM] = pd.NA
    default_source = source or file_stem
    if schema.SOURCE in out.columns:
        s = out[schema.SOURCE].astype("string")
        out[schema.SOURCE] = s.where(s.notna() & (s.str.strip() != ""), default_source)
    else:
        out[schema.SOURCE] = default_source
    for col in _STRING_COLS:
        if col in out.columns:
            s = out[col].astype("string")
            if col in (schema.URL, schema.LANG):
                s = s.where(s.str.strip() != "")
            out[col] = s
    return schema.coerce(out, "articles")
