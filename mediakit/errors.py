"""Exceptions raised by mediakit.

::

    MediakitError
     ├── ParseError            a file could not be read (.path, .line, .item)
     ├── SchemaError           a table lacks a column or has a wrong dtype (.column)
     ├── DatasetNotFoundError  a public corpus is not on disk (.expected)
     ├── GazetteerError        a user gazetteer row is invalid (.row)
     ├── ModelFileError        a model file is not a trusted skops file (.path)
     └── StoreError            a store folder holds a foreign or corrupt file (.path)

Every message names what was wrong, where, and what to do next.
"""

from __future__ import annotations

from os import PathLike

__all__ = [
    "DatasetNotFoundError",
    "GazetteerError",
    "MediakitError",
    "ModelFileError",
    "ParseError",
    "SchemaError",
    "StoreError",
]


class MediakitError(Exception):
    """Base class of every error mediakit raises on purpose."""


class ParseError(MediakitError, ValueError):
    """A file or one of its items could not be parsed.

    Examples
    --------
    >>> err = ParseError("item header without a title", path="dump.txt", line=12, item=3)
    >>> str(err)
    'dump.txt, line 12, item 3: item header without a title'
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | PathLike | None = None,
        line: int | None = None,
        item: int | None = None,
    ) -> None:
        self.path = None if path is None else str(path)
        self.line = line
        self.item = item
        self.reason = message
        where = [w for w in (
            self.path,
            None if line is None else f"line {line}",
            None if item is None else f"item {item}",
        ) if w]
        super().__init__(f"{', '.join(where)}: {message}" if where else message)


class SchemaError(MediakitError, ValueError):
    """A table does not follow its schema in :mod:`mediakit.schema`.

    Examples
    --------
    >>> str(SchemaError("column 'doc_id' is missing", column="doc_id"))
    "column 'doc_id' is missing"
    """

    def __init__(self, message: str, *, column: str | None = None) -> None:
        self.column = column
        super().__init__(message)


class DatasetNotFoundError(MediakitError, FileNotFoundError):
    """A public dataset's files are not where mediakit looked.

    The message lists the files expected and the folders searched.
    """

    def __init__(self, message: str, *, expected: list[str] | None = None) -> None:
        self.expected = list(expected or [])
        super().__init__(message)


class GazetteerError(MediakitError, ValueError):
    """A gazetteer row (built-in or user supplied) is invalid."""

    def __init__(self, message: str, *, row: object = None) -> None:
        self.row = row
        super().__init__(message)


class ModelFileError(MediakitError, ValueError):
    """A model file is missing, not a skops file, or holds untrusted types."""

    def __init__(self, message: str, *, path: str | PathLike | None = None) -> None:
        self.path = None if path is None else str(path)
        super().__init__(message)


class StoreError(MediakitError):
    """A store folder holds something mediakit did not write, or a file is corrupt.

    Raised by :class:`mediakit.store.Store` (also importable as ``mediakit.store.StoreError``);
    ``.path`` names the offending file or folder.

    Examples
    --------
    >>> err = StoreError("not a readable Parquet file", path="store/articles/x.parquet")
    >>> err.path, isinstance(err, MediakitError)
    ('store/articles/x.parquet', True)
    """

    def __init__(self, message: str, *, path: str | PathLike | None = None) -> None:
        self.path = None if path is None else str(path)
        super().__init__(message)
