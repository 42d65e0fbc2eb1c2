"""FNC-1 (Fake News Challenge stage 1) stance data: a bodies CSV and a stances CSV.

``read_fnc1(path)`` returns ``(bodies, stances)``: ``bodies`` is an articles table
(``doc_id`` = ``fnc1-<Body ID>``, ``text`` = ``articleBody``, extra column ``body_id``,
``source`` = ``"fnc1"``) and ``stances`` a DataFrame with ``headline`` (string), ``body_id``
(int64) and ``stance`` (string; NA when the file has no ``Stance`` column, as in the
unlabelled test files). Messages name the file, the line where the row starts (bodies span
several lines) and the item: data rows counted from 1 (the header is row 0).

Examples
--------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "train_bodies.csv").write_text(
...     'Body ID,articleBody\\n7,"Russia accused the US of\\n""pretending"" to fight Isis."\\n')
>>> _ = (d / "train_stances.csv").write_text(
...     "Headline,Body ID,Stance\\nRussia accuses US,7,agree\\nCats are fluid,7,unrelated\\n")
>>> bodies, stances = read_fnc1(d)
>>> bodies.loc[0, "doc_id"], bodies.loc[0, "text"]
('fnc1-7', 'Russia accused the US of\\n"pretending" to fight Isis.')
>>> stances["stance"].tolist()
['agree', 'unrelated']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._report import LoadReport, _FileContext

__all__ = ["STANCES", "find_fnc1_files", "is_fnc1_dir", "read_fnc1", "read_fnc1_bodies",
           "read_fnc1_stances"]

SOURCE = "fnc1"
#: The four FNC-1 stance labels.
STANCES = ("unrelated", "discuss", "agree", "disagree")
BODY_ID = "body_id"
HEADLINE = "headline"
STANCE = "stance"


def _one(folder: Path, pattern: str) -> Path | None:
    found = sorted(folder.glob(pattern))
    if len(found) > 1:
        raise ParseError(
            f"several files match {pattern!r} ({', '.join(p.name for p in found)}); "
            "pass the bodies file itself", path=folder)
    return found[0] if found else None


def is_fnc1_dir(folder) -> bool:
    """True when ``folder`` holds a ``*bodies.csv`` and a ``*stances*.csv``."""
    folder = Path(folder)
    return (folder.is_dir() and any(folder.glob("*bodies.csv"))
            and any(folder.glob("*stances*.csv")))


def find_fnc1_files(path) -> tuple[Path, Path | None]:
    """Return ``(bodies_csv, stances_csv or None)`` for a folder or a bodies file."""
    path = Path(path)
    if path.is_dir():
        bodies = _one(path, "*bodies.csv")
        if bodies is None:
            raise ParseError("no *bodies.csv file in this folder (FNC-1 needs one)", path=path)
        return bodies, _one(path, "*stances*.csv")
    if not path.is_file():
        raise ParseError("file not found", path=path)
    prefix = path.name[: -len("bodies.csv")] if path.name.endswith("bodies.csv") else None
    if prefix is None:
        return path, None
    for name in ("stances.csv", "stances_unlabeled.csv"):
        cand = path.with_name(prefix + name)
        if cand.is_file():
            return path, cand
    return path, None


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 ({exc})", path=path) from None
    except pd.errors.ParserError as exc:
        raise ParseError(f"CSV does not parse ({exc})", path=path) from None
    except pd.errors.EmptyDataError:
        raise ParseError("empty file (no CSV header)", path=path) from None


def _require(df: pd.DataFrame, path: Path, cols: tuple[str, ...]) -> None:
    for c in cols:
        if c not in df.columns:
            raise ParseError(
                f"required column {c!r} is missing (have: {', '.join(df.columns)})", path=path)


def _row_lines(path: Path) -> list[int]:
    """File line (from 1) where each data row of a CSV starts; quoted fields may span lines.

    Only computed when a row has to be named (a second, plain ``csv`` pass over the file).
    """
    import csv

    starts: list[int] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        prev = 0
        for row in reader:
            if row:  # pandas skips blank lines too
                starts.append(prev + 1)
            prev = reader.line_num
    return starts[1:]  # the header is not a data row


class _Lines:
    """Lazy ``item -> line`` lookup for messages (the file is re-read on first use only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lines: list[int] | None = None

    def __call__(self, i: int) -> int | None:
        if self._lines is None:
            try:
                self._lines = _row_lines(self.path)
            except (OSError, UnicodeDecodeError, ValueError):
                self._lines = []
        return self._lines[i] if i < len(self._lines) else None


def _body_ids(values: pd.Series, path: Path, ctx: _FileContext,
              lines: _Lines | None = None) -> tuple[pd.Series, pd.Series]:
    """Parsed ids and the mask of rows to keep; rows whose id is not an integer are skipped."""
    ids = pd.to_numeric(values.str.strip(), errors="coerce")
    bad = ids.isna() | (ids != ids.round())
    lines = lines or _Lines(path)
    for i in bad[bad].index:
        ctx.skip(f"'Body ID' is not an integer (value {values.iloc[i]!r})",
                 line=lines(int(i)), item=int(i) + 1)
    return ids, ~bad


def read_fnc1_bodies(path, *, ctx: _FileContext | None = None,
                     source: str | None = None) -> pd.DataFrame:
    """Read an FNC-1 bodies CSV (``Body ID``, ``articleBody``) into an articles table."""
    path = Path(path)
    ctx = ctx or _FileContext(path, "fnc1", strict=True)
    raw = _read_csv(path)
    _require(raw, path, ("Body ID", "articleBody"))
    ctx.file.n_items += len(raw)
    ids, keep = _body_ids(raw["Body ID"], path, ctx)
    raw, ids = raw[keep], ids[keep].astype("int64")
    df = pd.DataFrame({
        schema.DOC_ID: "fnc1-" + ids.astype(str),
        schema.SOURCE: source or SOURCE,
        schema.TEXT: raw["articleBody"],
        schema.TITLE: pd.NA,
        BODY_ID: ids,
    }).reset_index(drop=True)
    ctx.file.n_loaded += len(df)
    return schema.coerce(df, "articles")


def read_fnc1_stances(path, *, ctx: _FileContext | None = None,
                      body_ids=None) -> pd.DataFrame:
    """Read an FNC-1 stances CSV (``Headline``, ``Body ID``, optional ``Stance``).

    Unknown stance labels raise :class:`~mediakit.errors.ParseError` naming the file, line and
    row. Rows whose ``Body ID`` is not in ``body_ids`` (when given) are kept and reported in
    ``ctx``, or raise a ParseError naming file, line, row and Body ID when ``ctx`` is strict
    (the default without ``ctx``).
    """
    path = Path(path)
    ctx = ctx or _FileContext(path, "fnc1-stances", strict=True)
    raw = _read_csv(path)
    _require(raw, path, ("Headline", "Body ID"))
    ctx.file.n_items += len(raw)
    lines = _Lines(path)
    ids, keep = _body_ids(raw["Body ID"], path, ctx, lines)
    if "Stance" in raw.columns:
        stance = raw["Stance"].str.strip()
        bad = ~stance.isin(STANCES)
        if bad.any():
            i = int(bad.idxmax())
            raise ParseError(
                f"unknown stance label {raw['Stance'].iloc[i]!r} ({int(bad.sum())} rows); "
                f"expected one of {', '.join(STANCES)}", path=path, line=lines(i), item=i + 1)
        stance = stance.astype("string")
    else:
        stance = pd.Series(pd.NA, index=raw.index, dtype="string")
    out = pd.DataFrame({
        HEADLINE: raw["Headline"].astype("string"),
        BODY_ID: ids,
        STANCE: stance,
    })[keep]
    rows = out.index.to_numpy()  # data row (from 0) in the file, for messages
    out = out.reset_index(drop=True)
    out[BODY_ID] = out[BODY_ID].astype("int64")
    if body_ids is not None:
        missing = ~out[BODY_ID].isin(set(body_ids)).to_numpy()
        for k in missing.nonzero()[0]:
            i = int(rows[k])
            ctx.issue(f"stance row refers to Body ID {out[BODY_ID].iloc[k]} not in the bodies "
                      "file", line=lines(i), item=i + 1)
    ctx.file.n_loaded += len(out)
    return out


def read_fnc1(path, *, ctx: _FileContext | None = None, stances_ctx: _FileContext | None = None,
              strict: bool = False, source: str | None = None
              ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read FNC-1 data: ``path`` is a folder with ``*bodies.csv`` + ``*stances.csv``, or the
    bodies file (the stances file is looked up beside it: ``X_bodies.csv`` -> ``X_stances.csv``).

    Parameters
    ----------
    path : str or Path
        Folder or bodies CSV.
    strict : bool, default False
        Raise :class:`~mediakit.errors.ParseError` at the first problem instead of reporting
        it in ``bodies.attrs["load_report"]`` with one ``UserWarning``: a non-integer
        ``Body ID``, or a stance row pointing at a body missing from the bodies file (the
        error names the stances file, the line and item of the row, and the Body ID).
        ``strict=True`` also applies when report contexts are passed. Unknown stance labels
        always raise.
    source : str, optional
        ``source`` column of the bodies (default ``"fnc1"``).

    Returns
    -------
    bodies : pandas.DataFrame
        Articles table with extra column ``body_id`` (int64).
    stances : pandas.DataFrame
        Columns ``headline``, ``body_id``, ``stance`` (an empty frame if no stances file).
    """
    bodies_path, stances_path = find_fnc1_files(path)
    standalone = ctx is None
    ctx = ctx or _FileContext(bodies_path, "fnc1", strict=strict)
    for c in (ctx, stances_ctx):
        if strict and c is not None:
            c.strict = True
    bodies = read_fnc1_bodies(bodies_path, ctx=ctx, source=source)
    sctx = None
    if stances_path is None:
        stances = pd.DataFrame({HEADLINE: pd.Series(dtype="string"),
                                BODY_ID: pd.Series(dtype="int64"),
                                STANCE: pd.Series(dtype="string")})
    else:
        sctx = stances_ctx or _FileContext(stances_path, "fnc1-stances", strict=strict)
        stances = read_fnc1_stances(stances_path, ctx=sctx, body_ids=bodies[BODY_ID])
    if standalone:  # called directly: attach the report and warn like mediakit.load does
        report = LoadReport()
        for c in (ctx, sctx):
            if c is not None:
                c.add_to(report)
        bodies.attrs["load_report"] = report
        report._warn(stacklevel=2)
    return bodies, stances
