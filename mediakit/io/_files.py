"""Reading raw files: gzip-aware, with errors that name the file."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from ..errors import ParseError

__all__ = ["decode_utf8", "read_bytes", "stem"]


def read_bytes(path) -> bytes:
    """Return the bytes of ``path``, decompressed when it ends in ``.gz``.

    A truncated or corrupt gzip raises :class:`~mediakit.errors.ParseError` naming the file.

    Examples
    --------
    >>> import gzip, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt.gz"
    >>> _ = p.write_bytes(gzip.compress(b"Russia accuses US")[:-6])
    >>> read_bytes(p)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mediakit.errors.ParseError: ...a.txt.gz: truncated or corrupt gzip file (...); re-copy...

    """
    path = Path(path)
    if not path.is_file():
        raise ParseError("file not found", path=path)
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error) as exc:
            raise ParseError(
                f"truncated or corrupt gzip file ({exc}); re-copy or re-download it", path=path
            ) from None
    return data


def decode_utf8(data: bytes, ctx=None) -> str:
    """Decode UTF-8 (BOM stripped); invalid bytes become U+FFFD and are reported by line.

    Examples
    --------
    >>> decode_utf8("Erdoğan’s visa spat".encode())
    'Erdoğan’s visa spat'
    >>> decode_utf8(b"caf\\xe9")
    'caf\\ufffd'
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if ctx is not None:
            for lineno, raw in enumerate(data.split(b"\n"), start=1):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    bad = raw[exc.start:exc.end]
                    ctx.issue(
                        f"invalid UTF-8 bytes {bad!r} at column {exc.start + 1}, replaced by U+FFFD",
                        line=lineno,
                    )
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def stem(path) -> str:
    """File name without its suffixes (``reut2-000.sgm.gz`` -> ``reut2-000``).

    Examples
    --------
    >>> stem("data/000_85d8c5cde1672087.txt")
    '000_85d8c5cde1672087'
    >>> stem("articles-00.jsonl.gz")
    'articles-00'
    """
    name = Path(path).name
    for suf in (".gz", ".jsonl", ".json", ".csv", ".txt", ".sgm", ".parquet", ".tsv"):
        if name.lower().endswith(suf):
            name = name[: -len(suf)]
    return name
