"""Loaders: any supported file, folder or list of them -> one articles table.

:func:`load` picks the format from the suffix or the content, reads every file with the
matching module (``dump``, ``tabular``, ``textdir``, ``reuters``, ``fnc1``, ``allsides``,
``fakes``), concatenates, makes ``doc_id`` unique (later duplicates get ``#2``, ``#3`` ... and
are reported) and attaches a :class:`LoadReport` as ``df.attrs["load_report"]``.
:func:`iter_load` reads the same inputs as chunks, for corpora larger than memory (CSV, JSON
Lines and Parquet files are streamed within the file, so one huge file is fine too);
:func:`input_files` lists the files (read units) both of them read.

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
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from os import PathLike
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..errors import ParseError
from ._report import FileReport, LoadReport, Problem, _FileContext

__all__ = [
    "FORMATS",
    "FileReport",
    "LoadIterator",
    "LoadReport",
    "Problem",
    "detect_format",
    "input_files",
    "iter_load",
    "load",
]

#: Format names accepted by ``load(..., format=...)``.
FORMATS = ("dump", "reuters", "fnc1", "allsides", "fakes", "csv", "jsonl", "parquet", "textdir")

_FAKES_HEADER = ("unit_id", "article_title", "article_content")

#: Formats :func:`iter_load` streams within a file (the others are read one file at a time).
_STREAMED = ("csv", "jsonl", "parquet")


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


def _as_paths(path_or_paths) -> list[Path]:
    if isinstance(path_or_paths, (str, PathLike)):
        return [Path(path_or_paths)]
    paths = [Path(p) for p in path_or_paths]
    if not paths:
        raise ValueError("load() / iter_load() need at least one path")
    return paths


def _check_format(format: str | None) -> None:
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of {', '.join(FORMATS)}")


def input_files(
    path_or_paths: str | PathLike | Iterable[str | PathLike], format: str | None = None
) -> list[tuple[Path, str]]:
    """List the read units of :func:`load` / :func:`iter_load`: ``(path, format)`` pairs.

    Folders are expanded into the files read one by one (Reuters ``reut2-*.sgm*``, AllSides
    ``articles-*.jsonl.gz``, a folder of CSV / JSON Lines / Parquet / dump files); an FNC-1
    folder or a folder of plain ``.txt`` articles is one unit. Useful to split work across
    processes or machines (one unit per task).

    Parameters
    ----------
    path_or_paths : path or list of paths
        Files and/or folders, as for :func:`load`.
    format : str, optional
        Force a format (one of :data:`FORMATS`); by default detected per path.

    Returns
    -------
    list of (pathlib.Path, str)

    Raises
    ------
    ParseError
        A path does not exist or its format cannot be told.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.csv", "a.csv"):
    ...     _ = (d / name).write_text("title,text\\nRussia accuses US,...\\n")
    >>> [(p.name, f) for p, f in input_files(d)]
    [('a.csv', 'csv'), ('b.csv', 'csv')]
    """
    _check_format(format)
    return _units(_as_paths(path_or_paths), format)


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


def _load_unit(path: Path, fmt: str, report: LoadReport, *, strict: bool, remaining,
               source, columns, options) -> pd.DataFrame:
    """Read one unit, cut it to ``remaining`` rows, add its counts to ``report``."""
    ctx = _FileContext(path, fmt, strict=strict)
    df = _read_unit(path, fmt, ctx, report, strict=strict, limit=remaining, source=source,
                    columns=columns, options=options)
    if remaining is not None and len(df) > remaining:
        df = df.iloc[:remaining]
        ctx.file.n_loaded = len(df)
        ctx.file.n_items = ctx.file.n_loaded + ctx.file.n_skipped
    ctx.add_to(report)
    return df


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
    _check_format(format)
    paths = _as_paths(path_or_paths)
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
        df = _load_unit(path, fmt, report, strict=strict, remaining=remaining, source=source,
                        columns=columns, options=options)
        if "stances" in df.attrs:
            stances.append(df.attrs.pop("stances"))
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


# --- streaming -------------------------------------------------------------------------------


def _merge_sorted(known: np.ndarray, new: np.ndarray) -> np.ndarray:
    from ..store import _merge_sorted

    return _merge_sorted(known, new)


def _hash(ids: pd.Series) -> np.ndarray:
    return pd.util.hash_array(ids.to_numpy(dtype=object))


class _IdDeduper:
    """Makes ``doc_id`` unique across units as :func:`load` does, keeping 8 bytes per id.

    Ids are remembered as sorted 64-bit hashes (a false "duplicate" needs a hash collision:
    about 3e-8 for a million ids); the occurrence count is kept only for duplicated ids.
    """

    def __init__(self) -> None:
        self.seen = np.empty(0, dtype=np.uint64)
        self.counts: dict[int, int] = {}

    def _in_seen(self, hashes: np.ndarray) -> np.ndarray:
        if not len(self.seen):
            return np.zeros(len(hashes), dtype=bool)
        pos = np.searchsorted(self.seen, hashes)
        pos[pos >= len(self.seen)] = 0
        return self.seen[pos] == hashes

    def __call__(self, df: pd.DataFrame, report: LoadReport) -> pd.DataFrame:
        ids = df[schema.DOC_ID].astype("string").reset_index(drop=True)
        hashes = _hash(ids)
        hit = self._in_seen(hashes)
        local = ids.groupby(ids, sort=False).cumcount().to_numpy() + 1
        if not hit.any() and not (local > 1).any():
            self.seen = _merge_sorted(self.seen, hashes)
            return df
        prior = np.zeros(len(ids), dtype=np.int64)
        prior[hit] = [self.counts.get(int(h), 1) for h in hashes[hit]]
        rank = local + prior
        dup = rank > 1
        for h, r in zip(hashes[dup], rank[dup], strict=True):
            self.counts[int(h)] = max(self.counts.get(int(h), 1), int(r))
        new = ids.copy()
        new[dup] = ids[dup] + "#" + pd.Series(rank[dup], index=ids.index[dup]).astype(str)
        # a suffixed id could collide with an id seen before or in this unit: extend it
        while True:
            clash = pd.Series(dup, index=new.index) & (
                new.duplicated(keep="first") | pd.Series(self._in_seen(_hash(new)),
                                                         index=new.index))
            if not clash.any():
                break
            new[clash] = new[clash] + "#"
        n_dup = int(dup.sum())
        report.n_duplicates += n_dup
        room = 20 - len(report.duplicate_ids)
        if room > 0:
            examples = [i for i in dict.fromkeys(ids[dup].tolist())
                        if i not in report.duplicate_ids]
            report.duplicate_ids.extend(examples[:room])
        self.seen = _merge_sorted(self.seen, _hash(new))
        df = df.copy()
        df[schema.DOC_ID] = new.to_numpy()
        return df


class LoadIterator(Iterator[pd.DataFrame]):
    """The iterator :func:`iter_load` returns: article chunks, and the load report so far.

    Attributes
    ----------
    report : LoadReport
        Counts of the files read so far, the one being streamed included (complete once the
        iterator is exhausted): ``report.n_items == report.n_loaded + report.n_skipped``;
        the examples of problems of a streamed file are added when it is finished (or the
        iterator closed).
    units : list of (pathlib.Path, str)
        The files (read units) in reading order, as :func:`input_files` lists them.
    n_yielded : int
        Articles yielded so far.
    """

    def __init__(self, units, *, chunk_size, strict, limit, source, columns, progress,
                 options) -> None:
        self.units = list(units)
        self.report = LoadReport()
        self.n_yielded = 0
        self._warned = False
        self._gen = self._generate(chunk_size=chunk_size, strict=strict, limit=limit,
                                   source=source, columns=columns, progress=progress,
                                   options=options)

    def _generate(self, *, chunk_size, strict, limit, source, columns, progress, options):
        from tqdm.auto import tqdm

        dedupe = _IdDeduper()
        remaining = limit
        with tqdm(self.units, desc="load", unit="file",
                  disable=not progress or len(self.units) < 2) as bar:
            for path, fmt in bar:
                if remaining is not None and remaining <= 0:
                    break
                frames = self._unit_frames(path, fmt, chunk_size=chunk_size, strict=strict,
                                           remaining=remaining, source=source,
                                           columns=columns, options=options)
                with closing(frames):
                    for df in frames:
                        if remaining is not None:
                            remaining -= len(df)
                        if not len(df):
                            continue
                        df = df.reset_index(drop=True)
                        if schema.IS_TEASER in df.columns:
                            df[schema.IS_TEASER] = (df[schema.IS_TEASER].astype("boolean")
                                                    .fillna(False).astype(bool))
                        df = dedupe(df, self.report)
                        df = schema.coerce(df, "articles")
                        schema.validate_articles(df)
                        for start in range(0, len(df), chunk_size):
                            chunk = df.iloc[start:start + chunk_size]
                            self.n_yielded += len(chunk)
                            yield chunk
                        del df

    def _unit_frames(self, path, fmt, *, chunk_size, strict, remaining, source, columns,
                     options):
        """Articles of one read unit: streamed in chunks for CSV / JSON Lines / Parquet,
        else the whole unit as one frame."""
        if fmt not in _STREAMED:
            df = _load_unit(path, fmt, self.report, strict=strict, remaining=remaining,
                            source=source, columns=columns, options=options)
            df.attrs = {}  # FNC-1 stances are not streamed: use load() for them
            yield df
            return
        from .tabular import iter_table

        ctx = _FileContext(path, fmt, strict=strict)
        self.report.files.append(ctx.file)  # its counts grow while the file is read
        chunks = iter_table(path, fmt, ctx=ctx, chunk_rows=chunk_size, limit=remaining,
                            source=source, columns=columns, **options)
        try:
            with closing(chunks):
                yield from chunks
        finally:  # also when the consumer stops early: the report covers what was read
            self.report.skipped.extend(ctx.skipped)
            self.report.issues.extend(ctx.issues)
            self.report.date_problems.extend(ctx.date_problems)

    def __next__(self) -> pd.DataFrame:
        try:
            return next(self._gen)
        except StopIteration:
            if not self._warned:  # once, pointing at the caller's loop
                self._warned = True
                self.report._warn(stacklevel=3, who="mediakit.iter_load")
            raise

    def close(self) -> None:
        """Stop reading: closes the file being read and the progress bar (the report keeps
        what was read)."""
        self._gen.close()

    def __repr__(self) -> str:
        return (f"LoadIterator(units={len(self.units)}, yielded={self.n_yielded}, "
                f"report={self.report!r})")


def iter_load(
    path_or_paths: str | PathLike | Iterable[str | PathLike],
    *,
    format: str | None = None,
    chunk_size: int = 10_000,
    strict: bool = False,
    limit: int | None = None,
    source: str | None = None,
    columns: Mapping[str, str] | None = None,
    progress: bool = True,
    **options,
) -> LoadIterator:
    """Load articles chunk by chunk, one file at a time, in bounded memory.

    Reads the same inputs as :func:`load`, with the same options, but yields articles
    tables of at most ``chunk_size`` rows instead of one table. CSV/TSV, JSON Lines
    (plain or ``.gz``) and Parquet files are streamed within the file (see
    :func:`mediakit.io.tabular.iter_table`): only about one chunk of such a file is held at a
    time, so a single file larger than memory streams through (a ``.json`` file holding one
    JSON array is the exception: it is read whole). The other formats (dumps, Reuters,
    AllSides, FA-KES, FNC-1, folders of ``.txt``), whose files are small by nature, are read
    one file (read unit, see :func:`input_files`) at a time and cut into chunks. ``doc_id``
    values are made unique across all files as in :func:`load` (later duplicates get ``#2``,
    ``#3`` ...), remembering 8 bytes per article.

    Parameters
    ----------
    path_or_paths : path or list of paths
        Files and/or folders.
    format : str, optional
        Force a format (one of :data:`FORMATS`).
    chunk_size : int, default 10_000
        Maximum rows per yielded chunk (a chunk never spans two files); for CSV / JSON Lines
        / Parquet also the rows read at a time.
    strict, limit, source, columns, **options
        As in :func:`load`.
    progress : bool, default True
        A tqdm bar counting files (when there are several).

    Returns
    -------
    LoadIterator
        Iterate it for the chunks (articles schema plus the format's extra columns, which may
        differ between files); its ``report`` (a :class:`LoadReport`) accounts for every
        item read: ``n_items == n_loaded + n_skipped``. It is complete (equal to the report
        of :func:`load`) when the iterator is exhausted; if you stop early (``close()`` or
        dropping the iterator), it covers what was read, the file being read included. When
        the iterator is exhausted, one ``UserWarning`` summarises skipped or flagged input,
        as :func:`load` does. FNC-1 stances are not streamed (use :func:`load` or
        :func:`mediakit.io.fnc1.read_fnc1`). A CSV row that does not parse or a corrupt
        ``.gz`` raises when the reader reaches it, after the chunks before it.

    Raises
    ------
    ParseError
        A path is missing or of unknown format; under ``strict=True``, the first skipped
        item, flagged input or unusable date (naming file, line and item).

    Examples
    --------
    >>> from pathlib import Path
    >>> import mediakit
    >>> sample = Path(mediakit.__file__).parents[1] / "data" / "000_85d8c5cde1672087.txt"
    >>> chunks = iter_load(sample, chunk_size=2, progress=False)
    >>> [len(c) for c in chunks]
    [2, 1]
    >>> chunks.report.n_items, chunks.report.n_loaded, chunks.report.n_skipped
    (3, 3, 0)
    """
    _check_format(format)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    units = _units(_as_paths(path_or_paths), format)
    return LoadIterator(units, chunk_size=chunk_size, strict=strict, limit=limit,
                        source=source, columns=columns, progress=progress, options=options)
