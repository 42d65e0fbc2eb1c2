"""The scraped dump format (the user's sample, ``data/000_85d8c5cde1672087.txt``).

An item starts with a header line ``- <image slug> - <title>``, then a blank line, the title
again, then body paragraphs separated by blank lines, up to the next header. Items without a
body are teasers (kept: ``text`` = ``""``, ``is_teaser`` = True). A 10-digit unix timestamp at
the start of the slug is the image's upload time: it becomes ``published`` (UTC) with
``published_from = "image_slug"``. Text is kept exactly (``\\r\\n`` becomes ``\\n``).

Examples
--------
>>> import pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "dump.txt"
>>> _ = p.write_text(render_dump([
...     ("1507657776 mosul ruins", "Russia accuses US of ‘pretending’ to fight Isis",
...      "The Russian Defence Ministry has alleged a plot.\\n\\nThe Pentagon denied it."),
...     ("11dc iranfacts", "Trump - Corker spat", ""),
... ]), encoding="utf-8")
>>> df = read_dump(p)
>>> df[["doc_id", "title", "is_teaser"]].values.tolist()
[['dump:1', 'Russia accuses US of ‘pretending’ to fight Isis', False], ['dump:2', 'Trump - Corker spat', True]]
>>> str(df.loc[0, "published"]), df.loc[0, "published_from"]
('2017-10-10 17:49:36+00:00', 'image_slug')
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .. import schema
from ._files import decode_utf8, read_bytes, stem
from ._report import _FileContext

__all__ = ["IMAGE_SLUG", "looks_like_dump", "read_dump", "render_dump"]

#: Extra column holding the image slug of each item.
IMAGE_SLUG = "image_slug"
_SEP = " - "
_TS = re.compile(r"^(\d{10})(?!\d)")
#: slug timestamps outside this window are not taken as upload times
_TS_MIN, _TS_MAX = 946684800, 4102444800  # 2000-01-01 .. 2100-01-01


def looks_like_dump(head: str) -> bool:
    """True when the first non-empty line of ``head`` looks like ``- <slug> - <title>``.

    Examples
    --------
    >>> looks_like_dump("\\n- 1507657776 mosul ruins - Russia accuses US\\n")
    True
    >>> looks_like_dump("Russia accuses US\\n")
    False
    """
    for line in head.splitlines():
        if line.strip():
            return line.startswith("- ") and (_SEP in line[1:] or line.rstrip().endswith(" -"))
    return False


def render_dump(items: Iterable[tuple[str, str, str]]) -> str:
    """Render ``(slug, title, text)`` items in the dump format (the inverse of parsing).

    ``text`` holds paragraphs separated by blank lines; an empty text renders a teaser.

    Examples
    --------
    >>> print(render_dump([("1507649787 erdogan", "Erdogan refuses", "")]), end="")
    - 1507649787 erdogan - Erdogan refuses
    <BLANKLINE>
    Erdogan refuses
    """
    out = []
    for slug, title, text in items:
        out.append(f"- {slug}{_SEP}{title}\n\n{title}\n")
        if text:
            out.append(f"\n{text}\n")
        out.append("\n")
    return "".join(out).rstrip("\n") + "\n" if out else ""


def _blank(line: str) -> bool:
    return not line.strip()


def _next_nonblank(lines: list[str], i: int, stop: int) -> int | None:
    while i < stop and i < len(lines):
        if not _blank(lines[i]):
            return i
        i += 1
    return None


def _split_header(rest: str, repeated: str | None) -> tuple[str, str | None, bool]:
    """Return (slug, title or None, title_confirmed) for a header line without its ``- ``."""
    positions = [m.start() for m in re.finditer(re.escape(_SEP), rest)]
    if repeated is not None:
        want = repeated.strip()
        for pos in positions:
            if rest[pos + len(_SEP):].strip() == want and want:
                return rest[:pos], rest[pos + len(_SEP):].strip(), True
    if rest.rstrip().endswith(" -") or rest.rstrip() == "-":
        return rest.rstrip()[:-1].rstrip(), None, False
    if not positions:
        return rest, None, False
    pos = positions[0]
    title = rest[pos + len(_SEP):].strip()
    return rest[:pos], (title or None), False


def _is_header(lines: list[str], i: int) -> bool:
    line = lines[i]
    if not line.startswith("- "):
        return False
    if i > 0 and not _blank(lines[i - 1]):
        return False
    rest = line[2:]
    nxt = _next_nonblank(lines, i + 1, i + 3)
    repeated = lines[nxt] if nxt is not None else None
    slug, title, confirmed = _split_header(rest, repeated)
    if confirmed:
        return True
    if title is None:  # "- slug -": a header whose title is missing
        return rest.rstrip().endswith("-")
    # "- slug - title" without the repeated title line: a header if a blank line follows
    return i + 1 >= len(lines) or _blank(lines[i + 1])


def _normalise_newlines(text: str, ctx: _FileContext) -> str:
    """``\\r\\n`` -> ``\\n``; a file mixing both is read the same way and flagged."""
    n_crlf = text.count("\r\n")
    if not n_crlf:
        return text
    n_lf = text.count("\n") - n_crlf
    if n_lf:
        lines = text.split("\n")
        # report the first line whose ending differs from the file's majority ending
        minority_cr = n_crlf <= n_lf
        first = next(k for k, ln in enumerate(lines[:-1], 1)
                     if ln.endswith("\r") == minority_cr)
        ctx.issue(f"mixed line endings ({n_crlf} lines end in \\r\\n, {n_lf} in \\n); "
                  "all read as \\n", line=first)
    return text.replace("\r\n", "\n")


def read_dump(path, *, ctx: _FileContext | None = None, limit: int | None = None,
              source: str | None = None) -> pd.DataFrame:
    """Read a scraped dump file into an articles table.

    Parameters
    ----------
    path : str or Path
        The dump (``.txt``, optionally ``.gz``), UTF-8.
    ctx : _FileContext, optional
        Collects skipped items and flags (passed by :func:`mediakit.load`).
    limit : int, optional
        Stop after this many items.
    source : str, optional
        ``source`` column (default: the file name stem).

    Returns
    -------
    pandas.DataFrame
        Articles table with extra columns ``image_slug``, ``is_teaser`` and ``line`` (the
        line number of the item's header in the file).
    """
    path = Path(path)
    ctx = ctx or _FileContext(path, "dump")
    text = _normalise_newlines(decode_utf8(read_bytes(path), ctx), ctx)
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    src = source or stem(path)
    file_stem = stem(path)
    if not text.strip():
        ctx.issue("empty file: no items")
    headers = [i for i in range(len(lines)) if _is_header(lines, i)]
    first = headers[0] if headers else len(lines)
    lead = _next_nonblank(lines, 0, first)
    if lead is not None:
        ctx.file.n_items += 1
        ctx.skip("text before the first item header '- <slug> - <title>' "
                 f"(starts {lines[lead][:60]!r})", line=lead + 1)
    if text.strip() and not headers:
        ctx.issue("no item headers '- <image slug> - <title>' found")
    rows = []
    for n, h in enumerate(headers, start=1):
        if limit is not None and len(rows) >= limit:
            break
        ctx.file.n_items += 1
        stop = headers[n] if n < len(headers) else len(lines)
        nxt = _next_nonblank(lines, h + 1, min(stop, h + 3))
        repeated = lines[nxt] if nxt is not None else None
        slug, title, confirmed = _split_header(lines[h][2:], repeated)
        if title is None:
            ctx.skip("item header without a title (expected '- <image slug> - <title>')",
                     line=h + 1, item=n)
            continue
        body_start = nxt + 1 if confirmed else h + 1
        paras, cur = [], []
        for ln in lines[body_start:stop]:
            if _blank(ln):
                if cur:
                    paras.append("\n".join(cur))
                    cur = []
            else:
                cur.append(ln)
        if cur:
            paras.append("\n".join(cur))
        m = _TS.match(slug.strip())
        ts = int(m.group(1)) if m else None
        published = (pd.Timestamp(ts, unit="s", tz="UTC")
                     if ts is not None and _TS_MIN <= ts < _TS_MAX else None)
        rows.append({
            schema.DOC_ID: f"{file_stem}:{n}",
            schema.PUBLISHED: published,
            schema.SOURCE: src,
            schema.TITLE: title,
            schema.TEXT: "\n\n".join(paras),
            schema.PUBLISHED_FROM: "image_slug" if published is not None else None,
            IMAGE_SLUG: slug.strip(),
            schema.IS_TEASER: not paras,
            "line": h + 1,
        })
    ctx.file.n_loaded += len(rows)
    cols = [schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.TITLE, schema.TEXT,
            schema.PUBLISHED_FROM, IMAGE_SLUG, schema.IS_TEASER, "line"]
    df = pd.DataFrame(rows, columns=cols)
    df[schema.PUBLISHED] = pd.to_datetime(df[schema.PUBLISHED], utc=True)
    df[IMAGE_SLUG] = df[IMAGE_SLUG].astype("string")
    df[schema.IS_TEASER] = df[schema.IS_TEASER].astype("bool")
    df["line"] = df["line"].astype("int64")
    return schema.coerce(df, "articles")
