"""Loaders: any supported file, folder or list of them -> one articles table.

:func:`load` picks the format from the suffix or the content, reads every file with the
matching module (``dump``, ``tabular``, ``textdir``, ``reuters``, ``fnc1``, ``allsides``,
``fakes``), concatenates, makes ``doc_id`` unique (later duplicates get ``#2``, ``#3`` ... and
are reported) and attaches a :class:`LoadReport` as ``df.attrs["load_report"]``.

Examples
--------
>>> from pathlib import Path
>>> import mediakit
>>> sample = Path(mediakit.__file__).parents[1] / "data" / "000_85d8c5cde1672087.txt"
>>> df = load(sample)
>>> len(df), df["is_teaser"].tolist()
(3, [False, True, True])
>>> df.attrs["load_report"].n_skipped
0
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Mapping
from os import PathLike
from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._report import FileReport, LoadReport, Problem, _FileContext

__all__ = ["FORMATS", "FileReport", "LoadReport", "Problem", "detect_format", "load"]

#: Format names accepted by ``load(..., format=...)``.
FORMATS = ("dump", "reuters", "fnc1", "allsides", "fakes", "csv", "jsonl", "parquet", "textdir")

_FAKES_HEADER = ("unit_id", "article_title", "article_content")


def _head(path: Path, n: int = 4096) -> str:
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                raw = fh.read(n)
        else:
            with open(path, "rb") as fh:
                raw = fh.read(n)
    except (OSError, EOFError):
        return ""
    return raw.decode("utf-8", errors="replace")


def detect_format(path) -> str:
    """Return the format name :func:`load` would use for ``path`` (a file or folder).

    Examples
    --------
    >>> detect_format("reut2-000.sgm.gz"), detect_format("articles.parquet")
    ('reuters', 'parquet')
    """
    path = Path(path)
    name = path.name.lower()
    if path.is_dir():
        from .fnc1 import is_fnc1_dir
        from .reuters import is_reuters_dir

        if is_reuters_dir(path):
            return "reuters"
        if is_fnc1_dir(path):
            return "fnc1"
        if any(path.glob("articles-*.jsonl.gz")):
            return "allsides"
        if any(path.glob("*.txt")) or any(path.glob("*.txt.gz")):
            return "textdir"
        kinds = {detect_format(q) for q in _data_files(path)}
        if len(kinds) == 1:
            return kinds.pop()
        raise ParseError(
            "cannot tell the format of this folder "
            + ("(no .csv/.jsonl/.json/.parquet/.sgm/.txt files)" if not kinds
               else f"(files of several formats: {', '.join(sorted(kinds))})")
            + "; pass the files themselves or format=", path=path)
    base = name[:-3] if name.endswith(".gz") else name
    if base.endswith(".sgm"):
        return "reuters"
    if base.endswith(".parquet") or name.endswith(".pq"):
        return "parquet"
    if base.endswith(("bodies.csv", "stances.csv")):
        return "fnc1"
    head = _head(path) if path.is_file() else ""
    if base.endswith((".csv", ".tsv")):
        first = head.split("\n", 1)[0].lower()
        if all(h in first for h in _FAKES_HEADER):
            return "fakes"
        if "body id" in first and "articlebody" in first:
            return "fnc1"
        return "csv"
    if base.endswith((".jsonl", ".json", ".ndjson")):
        if (name.startswith("articles-") and name.endswith(".jsonl.gz")) or (
            '"content_original"' in head.split("\n", 1)[0]
        ):
            return "allsides"
        return "jsonl"
    if base.endswith(".txt"):
        from .dump import looks_like_dump

        return "dump" if looks_like_dump(head) else "textdir"
    if "<REUTERS" in head[:2000]:
        return "reuters"
    from .dump import looks_like_dump

    if looks_like_dump(head):
        return "dump"
    raise ParseError(
        f"unknown file type (suffix {path.suffix!r}); pass format= one of {', '.join(FORMATS)}",
        path=path,
    )


_DATA_SUFFIXES = (".csv", ".tsv", ".jsonl", ".json", ".ndjson", ".parquet", ".sgm", ".txt")


def _data_files(folder: Path) -> list[Path]:
    """Files of ``folder`` whose suffix :func:`load` knows (plain or ``.gz``), sorted."""
    out = []
    for q in sorted(folder.iterdir()):
        name = q.name.lower().removesuffix(".gz")
        if q.is_file() and not q.name.startswith(".") and name.endswith(_DATA_SUFFIXES):
            out.append(q)
    return out


def _units(paths: list[Path], fmt: str | None) -> list[tuple[Path, str]]:
    """Expand folders into (path, format) read units."""
    units: list[tuple[Path, str]] = []
    for p in paths:
        if not p.exists():
            raise ParseError("file or folder not found", path=p)
        f = fmt or detect_format(p)
        if p.is_dir():
            if f == "reuters":
                from .reuters import reuters_files

                units.extend((q, f) for q in reuters_files(p))
            elif f == "allsides":
                units.extend((q, f) for q in sorted(p.glob("articles-*.jsonl.gz")))
            elif f == "textdir" and fmt is None:
                from .dump import looks_like_dump

                txts = sorted(q for q in p.iterdir() if q.is_file()
                              and q.name.lower().endswith((".txt", ".txt.gz")))
                dumps = [q for q in txts if looks_like_dump(_head(q))]
                if not dumps:
                    units.append((p, f))
                else:  # a folder of dumps (possibly with some plain text files)
                    units.extend((q, "dump" if q in dumps else "textdir") for q in txts)
            elif f in ("fnc1", "textdir"):
                units.append((p, f))
            else:  # a folder of CSV / JSON Lines / Parquet / FA-KES files
                units.extend((q, f) for q in _data_files(p))
        else:
            units.append((p, f))
    return units


def _read_unit(path: Path, fmt: str, ctx: _FileContext, report: LoadReport, *, strict: bool,
               limit, source, columns, options) -> pd.DataFrame:
    if fmt == "reuters":
        from .reuters import read_reuters

        return read_reuters(path, ctx=ctx, limit=limit, source=source)
    if fmt == "dump":
        from .dump import read_dump

        return read_dump(path, ctx=ctx, limit=limit, source=source)
    if fmt == "fnc1":
        from .fnc1 import find_fnc1_files, read_fnc1

        bodies_path, stances_path = find_fnc1_files(path)
        ctx.path = ctx.file.path = str(bodies_path)
        sctx = _FileContext(stances_path or path, "fnc1-stances", strict=strict)
        bodies, stances = read_fnc1(path, ctx=ctx, stances_ctx=sctx, source=source)
        if stances_path is not None:
            sctx.add_to(report)
        bodies.attrs["stances"] = stances
        return bodies
    if fmt == "allsides":
        from .allsides import read_allsides

        return read_allsides(path, ctx=ctx, limit=limit, source=source)
    if fmt == "fakes":
        from .fakes import read_fakes

        return read_fakes(path, ctx=ctx, limit=limit, source=source)
    if fmt in ("csv", "jsonl", "parquet"):
        from .tabular import read_table

        return read_table(path, fmt, ctx=ctx, limit=limit, source=source, columns=columns,
                          **options)
    if fmt == "textdir":
        from .textdir import read_textdir

        return read_textdir(path, ctx=ctx, limit=limit, source=source, **options)
    raise ParseError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", path=path)


def _dedupe_ids(df: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    ids = df[schema.DOC_ID].astype("string")
    dup = ids.duplicated(keep="first")
    if not dup.any():
        return df
    rank = ids.groupby(ids, sort=False).cumcount() + 1
    new = ids.copy()
    new[dup] = ids[dup] + "#" + rank[dup].astype(str)
    # a suffixed id could itself collide with an existing id: extend until unique
    while new.duplicated().any():
        again = new.duplicated(keep="first")
        new[again] = new[again] + "#"
    report.n_duplicates = int(dup.sum())
    report.duplicate_ids = list(dict.fromkeys(ids[dup].tolist()))[:20]
    df = df.copy()
    df[schema.DOC_ID] = new
    return df


def load(
    path_or_paths: str | PathLike | Iterable[str | PathLike],
    format: str | None = None,
    *,
    strict: bool = False,
    limit: int | None = None,
    source: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: bool = True,
    **options,
) -> pd.DataFrame:
    """Load news articles from files or folders into one articles table.

    Parameters
    ----------
    path_or_paths : path or list of paths
        Files and/or folders. Folders of Reuters ``reut2-*.sgm*``, FNC-1 (``*bodies.csv`` +
        ``*stances.csv``), AllSides ``articles-*.jsonl.gz`` and ``.txt`` files are recognised.
    format : str, optional
        Force a format (one of :data:`FORMATS`); by default from the suffix or the content.
    strict : bool, default False
        Raise :class:`~mediakit.errors.ParseError` (with ``path``, ``line``, ``item``) at the
        first skipped item, flagged input or unusable date instead of reporting it.
    limit : int, optional
        Stop after this many articles in total.
    source : str, optional
        Value for the ``source`` column where the format has none (default: per format, e.g.
        the file stem for dumps).
    columns : mapping, optional
        For CSV / JSON Lines / Parquet: rename input columns to article columns, e.g.
        ``{"body": "text", "date": "published"}``.
    progress : bool, default True
        Show a tqdm progress bar when several files are read.
    **options
        Passed to the CSV / JSON Lines reader (e.g. ``encoding="latin-1"``, ``sep=";"``) or
        to :func:`~mediakit.io.textdir.read_textdir` (``title_line=``, ``dates_from_mtime=``).

    Returns
    -------
    pandas.DataFrame
        Articles table (:data:`mediakit.schema.ARTICLES` plus the format's extra columns), with
        ``df.attrs["load_report"]`` (a :class:`LoadReport`); for FNC-1 also
        ``df.attrs["stances"]``. One ``UserWarning`` summarises skipped or flagged input.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "news.csv"
    >>> _ = p.write_text("headline,body,date\\nRussia accuses US,Moscow said...,2017-10-10\\n")
    >>> df = load(p, columns={"headline": "title", "body": "text", "date": "published"})
    >>> df.loc[0, ["doc_id", "title", "published_from"]].tolist()
    ['news:1', 'Russia accuses US', 'field']
    """
    if isinstance(path_or_paths, (str, PathLike)):
        paths = [Path(path_or_paths)]
    else:
        paths = [Path(p) for p in path_or_paths]
        if not paths:
            raise ValueError("load() needs at least one path")
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    units = _units(paths, format)
    report = LoadReport()
    frames = []
    stances = []
    from tqdm.auto import tqdm

    bar = tqdm(units, desc="load", unit="file", disable=not progress or len(units) < 2)
    remaining = limit
    for path, fmt in bar:
        if remaining is not None and remaining <= 0:
            break
        ctx = _FileContext(path, fmt, strict=strict)
        df = _read_unit(path, fmt, ctx, report, strict=strict, limit=remaining, source=source,
                        columns=columns, options=options)
        if remaining is not None and len(df) > remaining:
            df = df.iloc[:remaining]
            ctx.file.n_loaded = len(df)
            ctx.file.n_items = ctx.file.n_loaded + ctx.file.n_skipped
        if "stances" in df.attrs:
            stances.append(df.attrs.pop("stances"))
        ctx.add_to(report)
        frames.append(df)
        if remaining is not None:
            remaining -= len(df)
    frames = [f for f in frames if len(f)] or frames[:1] or [schema.empty("articles")]
    out = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    out = out.reset_index(drop=True)
    if schema.IS_TEASER in out.columns:
        out[schema.IS_TEASER] = out[schema.IS_TEASER].astype("boolean").fillna(False).astype(bool)
    out = _dedupe_ids(out, report)
    out = schema.coerce(out, "articles")
    schema.validate_articles(out)
    out.attrs = {"load_report": report}
    if stances:
        out.attrs["stances"] = pd.concat(stances, ignore_index=True) if len(stances) > 1 \
            else stances[0]
    report._warn(stacklevel=2)
    return out
