"""A folder of plain ``.txt`` files (or one such file): one article per file.

The first non-empty line is the title and the rest (from the next non-empty line) the text;
with ``title_line=False`` the whole file is the text. ``doc_id`` is ``<file stem>:1`` (one
item per file); ``source`` is the folder name unless ``source=`` is given. Dates are unknown
(NaT) unless ``dates_from_mtime=True``, which uses the file's modification time
(``published_from="file_mtime"``: an upload/copy time, not a publication date).

Examples
--------
>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp()) / "wires"
>>> d.mkdir()
>>> _ = (d / "a.txt").write_text("Russia accuses US\\n\\nMoscow said the US slowed its assault.\\n")
>>> df = read_textdir(d)
>>> df.loc[0, ["doc_id", "source", "title", "text"]].tolist()
['a:1', 'wires', 'Russia accuses US', 'Moscow said the US slowed its assault.']
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import schema
from ..errors import ParseError
from ._files import decode_utf8, read_bytes, stem
from ._report import _FileContext

__all__ = ["read_textdir"]


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise ParseError("file or folder not found", path=path)
    return sorted(p for p in path.iterdir()
                  if p.is_file() and p.name.lower().endswith((".txt", ".txt.gz")))


def read_textdir(path, *, ctx: _FileContext | None = None, limit: int | None = None,
                 source: str | None = None, title_line: bool = True,
                 dates_from_mtime: bool = False) -> pd.DataFrame:
    """Read a folder of ``.txt`` files (or one file), one article per file.

    Parameters
    ----------
    path : str or Path
        Folder (its ``*.txt`` and ``*.txt.gz`` files, sorted by name) or a single file.
    ctx : _FileContext, optional
        Collects problems (passed by :func:`mediakit.load`); empty files are skipped and
        reported, invalid UTF-8 is replaced and reported by line.
    limit : int, optional
        Stop after this many files.
    source : str, optional
        ``source`` column (default: the folder name).
    title_line : bool, default True
        Take the first non-empty line as the title.
    dates_from_mtime : bool, default False
        Use file modification times as ``published``.

    Returns
    -------
    pandas.DataFrame
        Articles table with an extra ``path`` column.
    """
    path = Path(path)
    ctx = ctx or _FileContext(path, "textdir")
    src = source or (path.name if path.is_dir() else path.parent.name) or "text"
    rows = []
    for f in _files(path):
        if limit is not None and len(rows) >= limit:
            break
        ctx.file.n_items += 1
        sub = _FileContext(f, "textdir", strict=ctx.strict)
        text = decode_utf8(read_bytes(f), sub).replace("\r\n", "\n")
        for p in sub.issues:
            ctx.issue(p.reason, line=p.line, value=p.value)
        if not text.strip():
            ctx.skip(f"empty file {f.name}", line=1)
            continue
        title = None
        body = text.strip("\n")
        if title_line:
            first, _, rest = body.partition("\n")
            title, body = first.strip(), rest.strip("\n")
        published = (pd.Timestamp(f.stat().st_mtime, unit="s", tz="UTC")
                     if dates_from_mtime else None)
        rows.append({
            schema.DOC_ID: f"{stem(f)}:1",
            schema.PUBLISHED: published,
            schema.SOURCE: src,
            schema.TITLE: title,
            schema.TEXT: body,
            schema.PUBLISHED_FROM: "file_mtime" if published is not None else None,
            "path": str(f),
        })
    ctx.file.n_loaded += len(rows)
    cols = [schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.TITLE, schema.TEXT,
            schema.PUBLISHED_FROM, "path"]
    df = pd.DataFrame(rows, columns=cols)
    df[schema.PUBLISHED] = pd.to_datetime(df[schema.PUBLISHED], utc=True)
    df["path"] = df["path"].astype("string")
    return schema.coerce(df, "articles")
