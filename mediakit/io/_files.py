"""Reading raw files: gzip-aware, with errors that name the file."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import ParseError

__all__ = ["decode_utf8", "decode_utf8_line", "iter_blocks", "iter_lines", "read_bytes", "stem"]

#: Bytes read at a time by :func:`iter_blocks`.
BLOCK_SIZE = 1 << 20


def _gzip_error(path: Path, exc: BaseException) -> ParseError:
    return ParseError(f"truncated or corrupt gzip file ({exc}); re-copy or re-download it",
                      path=path)


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
            raise _gzip_error(path, exc) from None
    return data


def iter_blocks(path, size: int = BLOCK_SIZE) -> Iterator[bytes]:
    """Yield the bytes of ``path`` in blocks of ``size`` (decompressed when it ends in ``.gz``).

    The streaming twin of :func:`read_bytes`: the same :class:`~mediakit.errors.ParseError`
    for a missing file or a truncated / corrupt gzip (raised when the reader reaches the bad
    part, so blocks before it were already yielded).

    Examples
    --------
    >>> import gzip, tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt.gz"
    >>> _ = p.write_bytes(gzip.compress(b"Russia accuses US"))
    >>> b"".join(iter_blocks(p, size=4))
    b'Russia accuses US'
    """
    path = Path(path)
    if not path.is_file():
        raise ParseError("file not found", path=path)
    gz = path.suffix.lower() == ".gz"
    with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
        while True:
            try:
                block = fh.read(size)
            except (EOFError, OSError, zlib.error) as exc:
                if not gz:
                    raise
                raise _gzip_error(path, exc) from None
            if not block:
                return
            yield block


def iter_lines(path, size: int = BLOCK_SIZE) -> Iterator[tuple[int, bytes]]:
    """Yield ``(line number, line bytes without the newline)`` of ``path``, counted from 1.

    Lines are split on ``\\n`` only, exactly as ``data.split(b"\\n")`` would (so the last
    element may be ``b""``); only one line (plus a block) is held at a time.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_bytes(b'{"title": "Russia"}\\r\\n\\n{"title": "Syria"}\\n')
    >>> list(iter_lines(p, size=5))
    [(1, b'{"title": "Russia"}\\r'), (2, b''), (3, b'{"title": "Syria"}'), (4, b'')]
    """
    rest = b""
    lineno = 0
    for block in iter_blocks(path, size):
        parts = block.split(b"\n")
        parts[0] = rest + parts[0]
        rest = parts.pop()
        for part in parts:
            lineno += 1
            yield lineno, part
    yield lineno + 1, rest


def _utf8_problem(raw: bytes, exc: UnicodeDecodeError) -> str:
    bad = raw[exc.start:exc.end]
    return f"invalid UTF-8 bytes {bad!r} at column {exc.start + 1}, replaced by U+FFFD"


def decode_utf8_line(raw: bytes, lineno: int, ctx=None) -> str:
    """Decode one line (no newline) as :func:`decode_utf8` does, reporting it as ``lineno``.

    The BOM is not stripped here (the caller strips it from the first line).

    Examples
    --------
    >>> decode_utf8_line(b"Pentag\\xf3n", 2)
    'Pentag\\ufffdn'
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if ctx is not None:
            ctx.issue(_utf8_problem(raw, exc), line=lineno)
        return raw.decode("utf-8", errors="replace")


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
                    ctx.issue(_utf8_problem(raw, exc), line=lineno)
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
