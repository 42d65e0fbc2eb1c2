"""CSV, JSON Lines (plain or ``.gz``; also a JSON array) and Parquet files of articles.

Columns named like the articles table (``doc_id``, ``published``, ``source``, ``title``,
``text``, ``url``, ``lang``) are used directly; ``columns=`` renames others (e.g.
``{"body": "text", "date": "published"}``). At least one of ``text`` / ``title`` is required.
Other columns are kept as extra columns. Dates are parsed to UTC; values that do not parse
stay NaT and are reported (``published_from`` is ``"field"`` only where a date was parsed).
Without a ``doc_id`` column, ids are ``<file stem>:<row number>`` (rows counted from 1).

:func:`read_table` reads a file whole; :func:`iter_table` reads it chunk by chunk in bounded
memory (one chunk of rows at a time) and gives the same rows and the same report (a ``.json``
file holding one JSON array is the exception: it is read whole).

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
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._dates import parse_dates
from ._files import decode_utf8, decode_utf8_line, iter_blocks, iter_lines, read_bytes, stem
from ._report import _FileContext

__all__ = ["finish_articles", "iter_table", "read_table"]

_ARRAY = re.compile(r"\s*\[")
_STRING_COLS = (schema.SOURCE, schema.TITLE, schema.TEXT, schema.URL, schema.LANG)


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8")


def _decode(data: bytes, encoding: str, ctx: _FileContext) -> str:
    if _is_utf8(encoding):
        return decode_utf8(data, ctx)
    return data.decode(encoding, errors="replace")


def _csv_sep(path: Path, sep: str | None) -> str:
    if sep is None:
        sep = "\t" if path.name.lower().removesuffix(".gz").endswith(".tsv") else ","
    return sep


def _read_csv(path: Path, ctx: _FileContext, *, encoding: str = "utf-8", sep: str | None = None,
              **kwargs) -> pd.DataFrame:
    text = _decode(read_bytes(path), encoding, ctx)
    if not text.strip():
        ctx.issue("empty file: no header and no rows", line=1)
        return pd.DataFrame()
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                           sep=_csv_sep(path, sep), **kwargs)
    except pd.errors.ParserError as exc:
        raise ParseError(f"CSV does not parse ({exc})", path=path) from None


def _read_jsonl_arrow(data: bytes, encoding: str, limit) -> pd.DataFrame | None:
    """Fast path (pyarrow) for clean UTF-8 JSON Lines; None when it does not apply.

    The frame equals what the line-by-line reader builds (:func:`_records_frame`): date-like
    strings stay strings (pyarrow would infer timestamps), text columns are ``string``, and
    files with nested values (lists, objects) take the line-by-line reader. So
    :func:`read_table` and :func:`iter_table` give the same columns whichever path ran.
    """
    if (limit is not None or encoding.lower().replace("_", "-") not in ("utf-8", "utf8")
            or not data.strip() or b"\n\n" in data or b"\r" in data
            or data.lstrip()[:1] != b"{"):
        return None
    try:  # pyarrow does not validate UTF-8: invalid bytes go to the reporting path
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return _arrow_frame(data)


def _arrow_frame(data: bytes) -> pd.DataFrame | None:
    """Clean UTF-8 JSON Lines (no blank line) read by pyarrow, as :func:`_records_frame`
    would build them; None when pyarrow cannot read them so (the caller reads line by line)."""
    import pyarrow as pa
    import pyarrow.json as pj

    def read(buf: bytes, as_text: list[str]):
        opts = pj.ParseOptions(
            explicit_schema=pa.schema([pa.field(n, pa.string()) for n in as_text]),
            unexpected_field_behavior="infer") if as_text else None
        return pj.read_json(pa.BufferReader(buf), parse_options=opts)

    def dated(table) -> list[str]:
        return [f.name for f in table.schema if pa.types.is_temporal(f.type)]

    try:
        # the first lines tell which fields pyarrow would take for dates: read them as text
        cut = data.rfind(b"\n", 0, 1 << 16)
        head = read(data[:cut] if cut > 0 else data, [])
        as_text = dated(head)
        table = read(data, as_text)
        if dated(table):  # a field looked like dates only further down: read again
            as_text += dated(table)
            table = read(data, as_text)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None  # the line-by-line reader names the bad line
    names = head.column_names  # in order of first appearance, as pandas puts them
    table = table.select(names + [n for n in table.column_names if n not in names])
    plain = (pa.types.is_string, pa.types.is_large_string, pa.types.is_integer,
             pa.types.is_floating, pa.types.is_boolean, pa.types.is_null)
    if not all(any(t(f.type) for t in plain) for f in table.schema):
        return None  # lists / objects: pandas keeps Python values, pyarrow arrays
    mapper = {pa.string(): pd.StringDtype(), pa.large_string(): pd.StringDtype()}.get
    return table.to_pandas(types_mapper=mapper)


def _records_frame(records: list) -> pd.DataFrame:
    """``pd.DataFrame(records)`` with text columns as ``string`` (as the pyarrow path gives)."""
    df = pd.DataFrame(records)
    for col in df.columns:
        dtype = df[col].dtype
        if isinstance(dtype, pd.StringDtype) and dtype.na_value is not pd.NA:
            df[col] = df[col].astype("string")
    return df


def _json_record(line: str, lineno: int, ctx: _FileContext) -> dict | None:
    """One non-blank JSON Lines line counted as an item: its object, or None when it is not
    JSON or not an object (skipped and reported with its line and item numbers)."""
    ctx.file.n_items += 1
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        ctx.skip(f"invalid JSON ({exc.msg} at column {exc.colno})", line=lineno,
                 item=ctx.file.n_items)
        return None
    if not isinstance(rec, dict):
        ctx.skip(f"expected a JSON object, got {type(rec).__name__}", line=lineno,
                 item=ctx.file.n_items)
        return None
    return rec


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
        return _records_frame(good), [0] * len(good)
    records, lines = [], []
    for lineno, line in enumerate(text.split("\n"), 1):
        if limit is not None and len(records) >= limit:
            break
        if not line or line.isspace():
            continue
        rec = _json_record(line, lineno, ctx)
        if rec is not None:
            records.append(rec)
            lines.append(lineno)
    if not text.strip():
        ctx.issue("empty file: no records", line=1)
    return _records_frame(records), lines


def _table_format(path: Path, fmt: str | None) -> str:
    if fmt is None:
        base = path.name.lower().removesuffix(".gz")
        fmt = ("parquet" if base.endswith(".parquet") else
               "jsonl" if base.endswith((".jsonl", ".json", ".ndjson")) else "csv")
    if fmt not in ("csv", "jsonl", "parquet"):
        raise ValueError(f"unknown tabular format {fmt!r}; use csv, jsonl or parquet")
    return fmt


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
    fmt = _table_format(path, fmt)
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
    if limit is not None and len(raw) > limit:
        ctx.file.n_items -= len(raw) - limit
        raw = raw.iloc[:limit]
    df = finish_articles(raw, path, ctx, source=source, columns=columns, lines=lines)
    ctx.file.n_loaded += len(df)
    return df


class _DateProblems:
    """Collects the date problems of :func:`parse_dates` to report them in row order.

    ``parse_dates`` reports values that do not parse before implausible ones; in row order
    the problems of a whole file and of its chunks read one after the other are the same.
    """

    def __init__(self) -> None:
        self.found: list[tuple] = []

    def date_problem(self, reason: str, value, *, line=None, item=None) -> None:
        self.found.append((item, line, reason, value))

    def report_to(self, ctx: _FileContext) -> None:
        for item, line, reason, value in sorted(self.found, key=lambda p: p[0]):
            ctx.date_problem(reason, value, line=line, item=item)


def finish_articles(raw: pd.DataFrame, path, ctx: _FileContext, *, source: str | None = None,
                    columns: Mapping[str, str] | None = None, lines=None,
                    id_prefix: str | None = None, row_start: int = 1) -> pd.DataFrame:
    """Turn a raw frame (one row per article) into an articles table.

    Renames per ``columns``, checks that ``text`` or ``title`` exists, parses dates (reporting
    bad ones), fills ``doc_id`` (``<stem>:<row>`` or ``id_prefix + value``) and ``source``.
    ``row_start`` is the file-wide number of the frame's first row (for a chunk of a file):
    fallback ids and the item numbers of date problems count from it.
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
    rows = range(row_start, row_start + n)
    if schema.DOC_ID in out.columns:
        ids = out[schema.DOC_ID].astype("string")
        ids = ids.where(ids.notna() & (ids.str.strip() != ""))
        if id_prefix:
            ids = id_prefix + ids
        fallback = pd.Series([f"{file_stem}:{i}" for i in rows], dtype="string")
        out[schema.DOC_ID] = ids.fillna(fallback)
    else:
        out[schema.DOC_ID] = pd.Series([f"{file_stem}:{i}" for i in rows], dtype="string")
    lines = None if lines is None or not any(lines) else list(lines)
    if schema.PUBLISHED in out.columns:
        given_from = out[schema.PUBLISHED_FROM].astype("string") \
            if schema.PUBLISHED_FROM in out.columns else None
        problems = _DateProblems()
        pub, src = parse_dates(out[schema.PUBLISHED], problems, lines=lines,
                               items=None if row_start == 1 else rows)
        if ctx is not None:
            problems.report_to(ctx)
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


# --- streaming -------------------------------------------------------------------------------


def iter_table(path, fmt: str | None = None, *, ctx: _FileContext, chunk_rows: int,
               limit: int | None = None, source: str | None = None,
               columns: Mapping[str, str] | None = None, encoding: str = "utf-8",
               **options) -> Iterator[pd.DataFrame]:
    """Read a CSV / JSON Lines / Parquet file chunk by chunk, in bounded memory.

    Yields the articles tables :func:`read_table` would return, cut into chunks of at most
    ``chunk_rows`` rows, while holding only about one chunk of the file: concatenated, the
    chunks equal ``read_table(path, ...)`` (same ``doc_id`` ``<file stem>:<row>`` counted
    over the whole file) and ``ctx`` ends with the same counts, skipped lines, flagged input
    and date problems.

    JSON Lines are read line by line (``.gz`` decompressed on the fly), ``chunk_rows``
    non-blank lines at a time (with pyarrow when they are clean, else with :mod:`json`,
    reporting bad lines), so a chunk holds fewer rows when lines of it were skipped; a file
    holding one JSON array (``[`` first) cannot be streamed and is read whole. CSV/TSV go
    through :func:`pandas.read_csv` with ``chunksize``; Parquet through
    :meth:`pyarrow.parquet.ParquetFile.iter_batches`. A file that holds no row gives one
    empty chunk.

    Parameters
    ----------
    path : str or Path
        As for :func:`read_table`.
    fmt : {"csv", "jsonl", "parquet"}, optional
        Format; from the suffix when omitted.
    ctx : _FileContext
        Collects counts and problems (as :func:`read_table` fills it).
    chunk_rows : int
        Maximum rows per chunk (>= 1).
    limit, source, columns, encoding, **options
        As for :func:`read_table` (``encoding`` must be ASCII-compatible, e.g. UTF-8, latin-1).

    Yields
    ------
    pandas.DataFrame
        Articles tables (extra input columns kept).

    Raises
    ------
    ParseError
        As :func:`read_table`, but when the reader reaches the problem: a corrupt gzip, a CSV
        row that does not parse or a broken Parquet row group after earlier chunks were
        yielded; under ``ctx.strict`` the first problem in file order (:func:`read_table`
        raises on invalid UTF-8 anywhere in the file before looking at the records).

    Notes
    -----
    With ``limit=``, reading stops once ``limit`` rows were kept, except that (as with
    :func:`read_table`) the rest of the file is still scanned for invalid UTF-8 to report.
    JSON Lines records need not all carry the same fields: a column named in ``columns=``
    (or ``text`` / ``title``) that no record of the file has raises the
    :func:`read_table` error once the whole file was read. An extra column that is absent
    or empty in a whole chunk gets that chunk's dtype (e.g. ``object``), so the chunks of
    such a file may differ in extra-column dtypes.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from mediakit.io._report import _FileContext
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "wire.jsonl"
    >>> _ = p.write_text('{"title": "Russia accuses US", "date": "2017-10-10"}\\n{oops\\n'
    ...                  '{"title": "Syria talks", "date": "soon"}\\n'
    ...                  '{"title": "Pentagon replies"}\\n')
    >>> ctx = _FileContext(p, "jsonl")
    >>> chunks = list(iter_table(p, ctx=ctx, chunk_rows=2, columns={"date": "published"}))
    >>> [c["doc_id"].tolist() for c in chunks]
    [['wire:1'], ['wire:2', 'wire:3']]
    >>> ctx.file.n_items, ctx.file.n_loaded, ctx.file.n_skipped, ctx.file.n_date_problems
    (4, 3, 1, 1)
    >>> str(ctx.date_problems[0])
    "...wire.jsonl, line 3, item 2: date does not parse (value 'soon')"
    """
    path = Path(path)
    fmt = _table_format(path, fmt)
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be a positive integer, got {chunk_rows}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    if fmt == "jsonl":
        parts = _jsonl_parts(path, ctx, chunk_rows=chunk_rows, limit=limit, encoding=encoding)
    elif fmt == "csv":
        parts = _csv_parts(path, ctx, chunk_rows=chunk_rows, limit=limit, encoding=encoding,
                           **options)
    else:
        parts = _parquet_parts(path, chunk_rows=chunk_rows, limit=limit)
    row = 1
    seen: dict[str, None] = {}  # JSON Lines: the columns of all chunks so far, in order
    for raw, lines in parts:
        if fmt != "jsonl":
            ctx.file.n_items += len(raw)
        elif len(raw.columns):
            seen.update(dict.fromkeys(raw.columns))
            raw = _fill_sparse(raw, columns)
        df = finish_articles(raw, path, ctx, source=source, columns=columns, lines=lines,
                             row_start=row)
        row += len(df)
        ctx.file.n_loaded += len(df)
        yield df
    if seen:  # the column checks of finish_articles, over the whole file
        finish_articles(pd.DataFrame(columns=list(seen)), path, None, columns=columns)


def _fill_sparse(raw: pd.DataFrame, columns: Mapping[str, str] | None) -> pd.DataFrame:
    """Give a JSON Lines chunk the columns finish_articles requires, as missing values.

    Another chunk of the file may have them (fields that only some records carry); whether
    the file as a whole has them is checked once all chunks were read.
    """
    for col in columns or {}:
        if col not in raw.columns:
            raw[col] = None
    names = {(columns or {}).get(c, c) for c in raw.columns}
    if schema.TEXT not in names and schema.TITLE not in names:
        raw[schema.TEXT] = None
    return raw


_Parts = Iterator[tuple[pd.DataFrame, "list[int] | None"]]


def _line_decoder(ctx: _FileContext, encoding: str):
    """``decode(lineno, raw) -> str`` as :func:`_decode` treats the whole file."""
    if not _is_utf8(encoding):
        return lambda lineno, raw: raw.decode(encoding, errors="replace")

    def decode(lineno: int, raw: bytes) -> str:
        line = decode_utf8_line(raw, lineno, ctx)
        return line[1:] if lineno == 1 and line.startswith("\ufeff") else line

    return decode


def _first_text(path: Path, encoding: str) -> str | None:
    """The first line holding more than whitespace (decoded, unreported), or None."""
    codec = "utf-8" if _is_utf8(encoding) else encoding
    for _, raw in iter_lines(path):
        line = raw.decode(codec, errors="replace").removeprefix("\ufeff")
        if line.strip():
            return line
    return None


def _jsonl_parts(path: Path, ctx: _FileContext, *, chunk_rows: int, limit: int | None,
                 encoding: str) -> _Parts:
    """Records of a JSON Lines file, ``chunk_rows`` at a time, as ``_read_jsonl`` reads them."""
    first = _first_text(path, encoding)
    if first is not None and _ARRAY.match(first):  # one JSON array: read it whole
        raw, lines = _read_jsonl(path, ctx, encoding=encoding, limit=limit)
        if limit is not None and len(raw) > limit:
            ctx.file.n_items -= len(raw) - limit
            raw, lines = raw.iloc[:limit], lines[:limit]
        for start in range(0, max(len(raw), 1), chunk_rows):
            yield raw.iloc[start:start + chunk_rows], lines[start:start + chunk_rows]
        return
    decode = _line_decoder(ctx, encoding)
    utf8 = _is_utf8(encoding)
    batch: list[tuple[int, str, bytes | None]] = []  # (line number, text, clean bytes)
    kept = 0
    blank = True
    yielded = False
    numbered = iter_lines(path)
    for lineno, raw in numbered:
        room = chunk_rows if limit is None else min(chunk_rows, limit - kept)
        if room <= 0:
            # as read_table, which decodes the whole file: report invalid bytes further on
            for k, rest in itertools.chain([(lineno, raw)], numbered):
                blank = not decode(k, rest).strip() and blank
            break
        line = decode(lineno, raw)
        if not line or line.isspace():
            continue
        blank = False
        clean = (utf8 and line.lstrip().startswith("{") and "\r" not in line
                 and "\ufffd" not in line)
        batch.append((lineno, line, raw.removeprefix(b"\xef\xbb\xbf") if clean else None))
        if len(batch) >= room:
            frame, lines = _parse_batch(batch, ctx)
            batch = []
            kept += len(frame)
            if len(frame):
                yielded = True
                yield frame, lines
    if batch:
        frame, lines = _parse_batch(batch, ctx)
        if len(frame) or not yielded:
            yielded = True
            yield frame, lines
    if blank:
        ctx.issue("empty file: no records", line=1)
    if not yielded:
        yield _records_frame([]), []


def _parse_batch(batch: list[tuple[int, str, bytes | None]],
                 ctx: _FileContext) -> tuple[pd.DataFrame, list[int]]:
    """Records of some non-blank JSON Lines: pyarrow when they are clean, else line by line
    (``_read_jsonl``'s rules: bad JSON and non-objects skipped and reported)."""
    if all(clean is not None for _, _, clean in batch):
        frame = _arrow_frame(b"\n".join(clean for _, _, clean in batch))
        if frame is not None and len(frame) == len(batch):
            ctx.file.n_items += len(batch)
            return frame, [lineno for lineno, _, _ in batch]
    records: list[dict] = []
    lines: list[int] = []
    for lineno, line, _ in batch:
        rec = _json_record(line, lineno, ctx)
        if rec is not None:
            records.append(rec)
            lines.append(lineno)
    return _records_frame(records), lines


class _TextStream(io.TextIOBase):
    """The decoded text of a file, read block by block (for :func:`pandas.read_csv`).

    Invalid UTF-8 is replaced and reported by line exactly as ``decode_utf8`` does (BOM
    stripped); other encodings are decoded with replacement, as ``_decode`` does.
    """

    def __init__(self, path: Path, ctx: _FileContext, encoding: str) -> None:
        self._blocks = iter_blocks(path)
        self._ctx = ctx
        self._encoding = encoding
        self._utf8 = _is_utf8(encoding)
        self._rest = b""
        self._buf = ""
        self._line = 1  # number of the first line of the next piece decoded
        self._started = False

    def readable(self) -> bool:
        return True

    def _push(self, data: bytes) -> None:
        if self._utf8:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("utf-8", errors="replace")
                for k, raw in enumerate(data.split(b"\n")):
                    decode_utf8_line(raw, self._line + k, self._ctx)
            if not self._started:
                text = text.removeprefix("\ufeff")
        else:
            text = data.decode(self._encoding, errors="replace")
        self._started = True
        self._line += data.count(b"\n")
        self._buf += text

    def _fill(self) -> bool:
        """Decode the next piece of whole lines into the buffer; False at the end."""
        for block in self._blocks:
            data = self._rest + block
            cut = data.rfind(b"\n") + 1
            if cut:
                self._rest = data[cut:]
                self._push(data[:cut])
                return True
            self._rest = data
        if self._rest:
            data, self._rest = self._rest, b""
            self._push(data)
            return True
        return False

    def is_blank(self) -> bool:
        """True when the whole text is whitespace (reads until it is known)."""
        while not self._buf.strip():
            if not self._fill():
                return True
        return False

    def drain(self) -> None:
        """Decode (and report) the rest of the file, keeping nothing."""
        self._buf = ""
        while self._fill():
            self._buf = ""

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            while self._fill():
                pass
            out, self._buf = self._buf, ""
            return out
        while len(self._buf) < size and self._fill():
            pass
        out, self._buf = self._buf[:size], self._buf[size:]
        return out


def _csv_parts(path: Path, ctx: _FileContext, *, chunk_rows: int, limit: int | None,
               encoding: str, sep: str | None = None, **kwargs) -> _Parts:
    """Rows of a CSV/TSV file, ``chunk_rows`` at a time, as ``_read_csv`` reads them."""
    stream = _TextStream(path, ctx, encoding)
    if stream.is_blank():
        ctx.issue("empty file: no header and no rows", line=1)
        yield pd.DataFrame(), None
        return
    try:
        reader = pd.read_csv(stream, chunksize=chunk_rows, dtype=str, keep_default_na=False,
                             sep=_csv_sep(path, sep), **kwargs)
    except pd.errors.ParserError as exc:
        raise ParseError(f"CSV does not parse ({exc})", path=path) from None
    kept = 0
    with reader:
        chunks = iter(reader)
        while True:
            try:
                raw = next(chunks)
            except StopIteration:
                return
            except pd.errors.ParserError as exc:
                raise ParseError(f"CSV does not parse ({exc})", path=path) from None
            if limit is not None and kept + len(raw) >= limit:
                yield raw.iloc[:limit - kept], None
                stream.drain()  # report invalid bytes further on, as read_table does
                return
            kept += len(raw)
            yield raw, None


def _parquet_parts(path: Path, *, chunk_rows: int, limit: int | None) -> _Parts:
    """Rows of a Parquet file, ``chunk_rows`` at a time, as :func:`pandas.read_parquet`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        schema_ = pf.schema_arrow
    except Exception as exc:  # pyarrow raises several types for broken files
        raise ParseError(f"Parquet file does not read ({exc})", path=path) from None
    kept = 0
    batches = pf.iter_batches(batch_size=chunk_rows)
    with pf:
        while limit is None or kept < limit or kept == 0:
            try:
                batch = next(batches, None)
                if batch is None:
                    break
                raw = pa.Table.from_batches([batch], schema=schema_).to_pandas()
            except Exception as exc:
                raise ParseError(f"Parquet file does not read ({exc})", path=path) from None
            if limit is not None:
                raw = raw.iloc[:limit - kept]
            kept += len(raw)
            yield raw, None
            if limit is not None and kept >= limit:
                return
        if kept == 0:
            yield schema_.empty_table().to_pandas(), None
