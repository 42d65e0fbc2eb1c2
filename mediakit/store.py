"""A folder of Parquet datasets queried through DuckDB: where annotated corpora live.

Layout of a store folder::

    store/
      articles/month=2016-03/part-<append id>-<n>.parquet
      articles/month=unknown/...            (articles without a date)
      mentions/month=.../...
      doc_countries/ ...  accusations/ ...  doc_topics/ ...
      _manifest/00000001.json                (one committed append: the files it wrote)
      _lock                                  (held by the one process appending)

An append writes its Parquet files under their final partition folders with unique names,
then commits by atomically writing one manifest (temporary file + ``os.replace``). Readers
only ever see files listed in committed manifests, so a crash (even SIGKILL) at any point
leaves the store holding whole appends only; the files of an interrupted append are ignored,
and deleted with a warning naming them by the next process that opens the store or starts
appending while no other process is appending. ``doc_id`` values already in the store are
skipped and counted, so rerunning an interrupted job resumes it.

Many small appends leave many small files; :meth:`Store.compact` rewrites them into few large
ones per table and month and commits the result the same way, with a manifest marked
``"base"`` that supersedes all earlier ones (a crash before its rename changes nothing).

Annotation tables (mentions, doc_countries, accusations, doc_topics) are stored with the
``published`` and ``source`` of their article added, so that the aggregates
(:meth:`Store.country_attention`, :meth:`Store.who_accuses_whom`,
:meth:`Store.topics_over_time`) run inside DuckDB without joining or loading whole tables
into pandas. They read small in-memory tables of counts per day, week or month (and
source, country, topic or pair: :meth:`Store.aggregate_table`), each built by one scan of
the Parquet files when first needed (or ahead, in the background:
:meth:`Store.prepare_aggregates`) and extended with the files of each later append, so a
widget's question on a million articles reads thousands of rows, not millions.

Examples
--------
>>> import tempfile, pandas as pd
>>> from mediakit import schema
>>> from mediakit.store import Store
>>> arts = schema.coerce(pd.DataFrame({
...     "doc_id": ["a", "b"], "source": ["BBC", "BBC"],
...     "published": ["2016-03-01", "2016-03-09"],
...     "title": ["Russia accuses US", "Syria"], "text": ["...", "..."]}), "articles")
>>> dc = schema.coerce(pd.DataFrame({"doc_id": ["a", "a", "b"], "iso3": ["RUS", "USA", "SYR"],
...     "n_mentions": [1, 1, 1], "score": [0.5, 0.5, 1.0], "primary": [True, False, True]}),
...     "doc_countries")
>>> with tempfile.TemporaryDirectory() as d:
...     store = Store(d)
...     report = store.append({"articles": arts, "doc_countries": dc})
...     again = store.append({"articles": arts})
...     n = store.query("SELECT count(*) AS n FROM doc_countries")["n"].item()
...     store.close()
>>> report["articles"], again["skipped_in_store"], n
(2, 2, 3)
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import re
import threading
import uuid
import warnings
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .errors import SchemaError, StoreError  # StoreError re-exported: mediakit.store.StoreError

__all__ = ["Store", "StoreError"]

#: Tables a store holds (in this order).
TABLES = ("articles", "mentions", "doc_countries", "accusations", "doc_topics")
#: Annotation tables get these article columns added on write.
_DENORM = (schema.PUBLISHED, schema.SOURCE)
_MONTH_UNKNOWN = "unknown"
_MANIFEST_DIR = "_manifest"
_LOCK = "_lock"
_PART_RE = re.compile(r"^part-[0-9a-f]{32}-\d+\.parquet$")
_MANIFEST_RE = re.compile(r"^\d{8}\.json$")
_DUCK_TYPES = {
    "string": "VARCHAR",
    "datetime64[ns, UTC]": "TIMESTAMPTZ",
    "int64": "BIGINT",
    "Int64": "BIGINT",
    "float64": "DOUBLE",
    "bool": "BOOLEAN",
}


# --- writing (also used by dask workers, hence module-level functions) ---------------------


def _month_keys(published: pd.Series) -> pd.Series:
    """Partition key per row: ``YYYY-MM`` of ``published`` (UTC) or ``unknown``."""
    pub = pd.to_datetime(published, utc=True)
    months = pub.dt.tz_localize(None).to_numpy().astype("datetime64[M]")
    uniq, inverse = np.unique(months, return_inverse=True)  # format each month once
    labels = np.array([_MONTH_UNKNOWN if np.isnat(u) else str(u) for u in uniq], dtype=object)
    return pd.Series(labels[inverse.reshape(-1)], index=published.index, dtype=object)


def _normalise(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Coerce a known table to its schema; make object columns strings."""
    df = schema.coerce(df, name) if name in schema.TABLES else df.copy()
    for col in df.columns:
        if df[col].dtype == object:
            df[col] = df[col].astype("string")
    return df.reset_index(drop=True)


def _to_arrow(df: pd.DataFrame):
    import pyarrow as pa

    if df.attrs:  # e.g. a load report: not table data
        df = df.copy(deep=False)
        df.attrs = {}
    return pa.Table.from_pandas(df, preserve_index=False)


def _write_arrow(table, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, compression="zstd")


def stage_tables(root: str | os.PathLike, tables: Mapping[str, pd.DataFrame]) -> dict:
    """Write ``tables`` as Parquet files under ``root`` without committing them.

    The files land in their final partition folders with unique names; they are invisible
    until :meth:`Store.commit_staged` lists them in a manifest. ``tables`` must contain
    ``articles``; rows of other tables whose ``doc_id`` is not among the articles are an
    error. This is what a dask worker runs; the client commits.

    Returns
    -------
    dict
        ``{"files": {table: [{"path", "rows"}]}, "doc_ids": [...], "n_rows": {table: n}}``.

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "published": [None], "title": ["Hi"]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     staged = stage_tables(d, {"articles": arts})
    >>> staged["files"]["articles"][0]["path"].startswith("articles/month=unknown/part-")
    True
    """
    root = Path(root)
    if "articles" not in tables:
        raise SchemaError("store append: an 'articles' table is required", column=schema.DOC_ID)
    articles = _normalise("articles", tables["articles"])
    months = _month_keys(articles[schema.PUBLISHED])
    ids = articles[schema.DOC_ID].to_numpy(dtype=object)
    first = np.flatnonzero(~articles[schema.DOC_ID].duplicated().to_numpy())
    id_index = pd.Index(ids[first])  # unique ids -> row of their (first) article
    month_arr = months.to_numpy()
    prepared: list[tuple[str, pd.DataFrame, pd.Series]] = []
    for name, raw in tables.items():
        if raw is None:
            continue
        if name == "articles":
            prepared.append((name, articles, months))
            continue
        df = _normalise(name, raw)
        if schema.DOC_ID not in df.columns:
            raise SchemaError(f"{name} table: required column 'doc_id' is missing",
                              column=schema.DOC_ID)
        codes = id_index.get_indexer(df[schema.DOC_ID].to_numpy(dtype=object))
        unknown = codes < 0
        if unknown.any():
            raise SchemaError(
                f"{name} table: {int(unknown.sum())} rows refer to doc_ids not in the "
                f"articles of this append, e.g. {df[schema.DOC_ID].iloc[unknown.argmax()]!r}",
                column=schema.DOC_ID,
            )
        rows = first[codes]  # the article row of every annotation row
        for col in _DENORM:
            if col not in df.columns:  # .array keeps the dtype (no per-row Timestamp objects)
                df[col] = articles[col].array.take(rows)
        prepared.append((name, df, pd.Series(month_arr[rows])))
    append_id = uuid.uuid4().hex
    files: dict[str, list[dict]] = {}
    schemas: dict[str, list[list[str]]] = {}
    n_rows: dict[str, int] = {}
    counter = 0
    written: list[Path] = []
    try:
        for name, df, keys in prepared:
            n_rows[name] = len(df)
            entries = files.setdefault(name, [])
            if df.empty:
                continue
            k = keys.to_numpy().astype(str)
            order = np.argsort(k, kind="stable")
            table = _to_arrow(df.iloc[order])
            schemas[name] = [[f.name, str(f.type)] for f in table.schema]
            months, starts, counts = np.unique(k[order], return_index=True, return_counts=True)
            for month, start, count in zip(months, starts, counts, strict=True):
                rel = f"{name}/month={month}/part-{append_id}-{counter}.parquet"
                counter += 1
                written.append(root / rel)
                _write_arrow(table.slice(int(start), int(count)), root / rel)
                entries.append({"path": rel, "rows": int(count)})
    except BaseException:
        for p in written:
            with contextlib.suppress(OSError):
                p.unlink()
        raise
    return {
        "append_id": append_id,
        "files": files,
        "schemas": schemas,
        "doc_ids": articles[schema.DOC_ID].tolist(),
        "n_rows": n_rows,
    }


def _hash_ids(ids) -> np.ndarray:
    arr = np.asarray(pd.Series(ids, dtype=object).to_numpy(dtype=object))
    if len(arr) == 0:
        return np.empty(0, dtype=np.uint64)
    return pd.util.hash_array(arr)


def _merge_sorted(known: np.ndarray, new: np.ndarray) -> np.ndarray:
    """``np.union1d(known, new)`` for a large sorted ``known`` and a small ``new``, in
    O(len(known)) instead of re-sorting everything (this runs after every append).

    Examples
    --------
    >>> _merge_sorted(np.array([1, 5, 9], dtype=np.uint64), np.array([9, 2, 2, 12],
    ...     dtype=np.uint64)).tolist()
    [1, 2, 5, 9, 12]
    """
    new = np.unique(new)
    if len(known):
        pos = np.searchsorted(known, new)
        present = known[np.minimum(pos, len(known) - 1)] == new
        new, pos = new[~present], pos[~present]
        return np.insert(known, pos, new)
    return new


def _sql_str(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


class _Lock:
    """An exclusive advisory lock on ``<store>/_lock`` (released when the process dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def acquire(self, blocking: bool = True) -> bool:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no cross-process lock
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except OSError:
            os.close(fd)
            return False
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor drops the flock
            self.fd = None


class Store:
    """A folder of Parquet datasets (one per table, partitioned by month) with DuckDB views.

    Parameters
    ----------
    path : str or path-like
        The store folder; created when missing (unless ``create=False``).
    create : bool, default True
        Create the folder when it does not exist; otherwise raise ``FileNotFoundError``.
    verify : bool, default True
        On open, read the footer of every committed Parquet file and check its columns, so a
        corrupt or foreign file is reported by name at once rather than mid-query.

    Attributes
    ----------
    path : pathlib.Path
    connection : duckdb.DuckDBPyConnection
        The in-process connection; each table is a view of the same name.

    Notes
    -----
    Every append writes at least one Parquet file per table and month, so a store filled
    by many small appends (small ``chunk_size``, frequent incremental runs) holds many
    small files, which slows opening and scans. :meth:`compact` merges them into files of
    up to a million rows, atomically (same manifest commit as appends: a crash mid-compact
    leaves the store as it was). Run it after a large job, e.g. ``Store(path).compact()``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
    ...     store.summary()["rows"]["articles"]
    0
    """

    def __init__(self, path: str | os.PathLike, *, create: bool = True, verify: bool = True):
        import duckdb

        self.path = Path(path)
        if not self.path.exists():
            if not create:
                raise FileNotFoundError(f"store folder {self.path} does not exist")
            self.path.mkdir(parents=True)
        if not self.path.is_dir():
            raise StoreError(f"store path {self.path} is not a folder", path=self.path)
        (self.path / _MANIFEST_DIR).mkdir(exist_ok=True)
        self.verify = verify
        self._con = duckdb.connect()
        self._con.execute("SET TimeZone='UTC'")
        # keep Parquet footers between queries (file names are unique: never stale)
        with contextlib.suppress(Exception):
            self._con.execute("SET enable_object_cache = true")
        self._manifests: list[dict] = []
        self._manifest_stamp: tuple | None = None
        self._id_hashes: np.ndarray | None = None
        self._hot_loaded: dict[str, set[str]] = {}
        self._hot_made: set[str] = set()
        self._hot_version: dict[str, int] = {}  # bumped whenever a hot table changes
        self._agg_files: dict[str, list[str]] = {}  # files summed into each aggregate
        self._lock = _Lock(self.path / _LOCK)
        self._agg_lock = threading.Lock()  # guards _agg_files and _agg_pending
        self._agg_pending: dict[str, threading.Event] = {}  # built in the background
        self._agg_sorted: set[str] = set()  # aggregates sorted by their keys (zone maps)
        self._agg_started: set[str] = set()  # pending ones the background is building
        #: sort an aggregate a query builds by its keys (zone maps then skip most of it in
        #: later queries; twice the build time): off while an explorer draws its first view,
        #: which then has them sorted in the background (prepare_aggregates)
        self._sort_now = True
        self._bg_threads: list[threading.Thread] = []
        self._bg_cursors: list = []
        self._closed = False
        self._load(clean=True)

    # --- opening ----------------------------------------------------------------------

    def _stamp(self) -> tuple:
        names = sorted(n for n in os.listdir(self.path / _MANIFEST_DIR) if _MANIFEST_RE.match(n))
        return (len(names), names[-1] if names else None)

    def _read_manifests(self) -> list[dict]:
        """Committed manifests in order, from the last compaction (``"base"``) on.

        Manifests older than the last base were superseded by it (a compaction that stopped
        before deleting them): they are not read, and are listed in ``self._superseded``.
        """
        out = []
        mdir = self.path / _MANIFEST_DIR
        names = sorted(n for n in os.listdir(mdir) if _MANIFEST_RE.match(n))
        self._superseded = []
        for k in range(len(names) - 1, -1, -1):
            name = names[k]
            try:
                man = json.loads((mdir / name).read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise StoreError(
                    f"store manifest {mdir / name} is unreadable ({exc}); it was not written "
                    "by mediakit or was altered: restore or delete it",
                    path=mdir / name,
                ) from exc
            out.append(man)
            if man.get("base"):
                self._superseded = names[:k]
                break
        out.reverse()
        return out

    def _committed(self) -> dict[str, list[str]]:
        files: dict[str, list[str]] = {t: [] for t in TABLES}
        for man in self._manifests:
            for table, entries in man["files"].items():
                files.setdefault(table, []).extend(e["path"] for e in entries)
        return files

    def _load(self, *, clean: bool = False) -> None:
        """(Re)read manifests, check files, clean orphans if nobody is appending, make views."""
        self._manifest_stamp = self._stamp()
        self._manifests = self._read_manifests()
        committed = self._committed()
        listed = {p for paths in committed.values() for p in paths}
        for rel in listed:
            if not (self.path / rel).is_file():
                raise StoreError(
                    f"store file {self.path / rel} is listed in a manifest but missing: "
                    "the store folder was altered",
                    path=self.path / rel,
                )
        orphans = self._scan_foreign(listed)
        if (orphans or self._superseded) and clean and self._lock.acquire(blocking=False):
            try:
                self._clean(self._scan_foreign(set(self._committed_now()[1])))
                self._drop_superseded()
            finally:
                self._lock.release()
        if self.verify:
            for table, paths in committed.items():
                for rel in paths:
                    self._check_file(table, self.path / rel)
        self._files = committed
        self._make_views()

    def _committed_now(self) -> tuple[list[dict], list[str]]:
        mans = self._read_manifests()
        return mans, [e["path"] for m in mans for es in m["files"].values() for e in es]

    def _scan_foreign(self, listed: set[str]) -> list[Path]:
        """Uncommitted files written by an append; raise on anything else Parquet."""
        orphans = []
        for dirpath, _dirnames, filenames in os.walk(self.path):
            d = Path(dirpath)
            for fn in filenames:
                p = d / fn
                rel = p.relative_to(self.path).as_posix()
                if rel in listed or rel == _LOCK:
                    continue
                if d.name == _MANIFEST_DIR and d.parent == self.path:
                    if fn.startswith(".tmp-"):
                        orphans.append(p)
                    continue
                if _PART_RE.match(fn) and d.name.startswith("month="):
                    orphans.append(p)
                elif fn.endswith(".parquet") or fn.endswith(".parquet.tmp"):
                    raise StoreError(
                        f"store folder {self.path} holds a Parquet file it did not write: {p}. "
                        "Move it out of the store (append its rows with Store.append instead)",
                        path=p,
                    )
        return orphans

    def _sweep(self) -> None:
        """Clean orphans (caller holds the lock) unless nothing was committed since the last
        sweep of this instance: walking the whole store before every append of a long job
        would cost time growing with the store."""
        if getattr(self, "_swept_stamp", None) == self._stamp():
            return
        self._clean(self._scan_foreign(set(self._committed_now()[1])))
        self._swept_stamp = self._stamp()

    def _drop_superseded(self) -> None:
        """Delete manifests older than the last compaction (caller holds the lock)."""
        for name in getattr(self, "_superseded", []):
            with contextlib.suppress(FileNotFoundError):
                (self.path / _MANIFEST_DIR / name).unlink()
        self._superseded = []

    def _clean(self, orphans: list[Path]) -> None:
        if not orphans:
            return
        names = ", ".join(str(p.relative_to(self.path)) for p in orphans[:5])
        more = f" and {len(orphans) - 5} more" if len(orphans) > 5 else ""
        warnings.warn(
            f"mediakit store {self.path}: removed {len(orphans)} files of an interrupted "
            f"append or compaction that were never committed or are no longer listed: "
            f"{names}{more}",
            UserWarning,
            stacklevel=4,
        )
        for p in orphans:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    def _check_file(self, table: str, path: Path) -> None:
        import pyarrow.parquet as pq

        try:
            names = pq.read_schema(path).names
        except Exception as exc:
            raise StoreError(
                f"store file {path} is not a readable Parquet file ({exc}); it is corrupt: "
                "delete the manifest listing it (and its files) or restore it from a backup",
                path=path,
            ) from exc
        spec = schema.TABLES.get(table)
        if spec is not None:
            for key in spec.key:
                if key not in names:
                    raise StoreError(
                        f"store file {path} lacks column {key!r} required in table {table!r}",
                        path=path,
                    )

    def _make_views(self) -> None:
        """Mark views stale; they are rebuilt by the next read (one rebuild per commit batch)."""
        self._views_stale = True

    def _views(self) -> None:
        if not getattr(self, "_views_stale", True):
            return
        groups: dict[str, dict[tuple, list[str]]] = {t: {} for t in self._files}
        for man in self._manifests:
            for table, entries in man["files"].items():
                man_sig = man.get("schemas", {}).get(table, [])
                for e in entries:  # a compaction's manifest records each file's schema
                    sig = tuple(map(tuple, e.get("schema", man_sig)))
                    groups.setdefault(table, {}).setdefault(sig, []).append(e["path"])
        con = self._con
        for table, by_sig in groups.items():
            selects = []
            for sig, paths in by_sig.items():
                if not paths:
                    continue
                files = "[" + ", ".join(_sql_str(self.path / p) for p in paths) + "]"
                union = ", union_by_name = true" if not sig else ""
                selects.append(f"SELECT * FROM read_parquet({files}{union})")
            sql = " UNION ALL BY NAME ".join(selects) if selects else _empty_select(table)
            con.execute(f'CREATE OR REPLACE VIEW "{table}" AS {sql}')
        self._views_stale = False

    def refresh(self) -> Store:
        """Re-read the manifests (another process may have appended); return self."""
        if self._stamp() != self._manifest_stamp:
            self._id_hashes = None
            self._load()
        return self

    # --- reading ----------------------------------------------------------------------

    @property
    def connection(self):
        """The in-process DuckDB connection, its views up to date (one per table)."""
        self.refresh()
        self._views()
        return self._con

    def query(self, sql: str, params: Iterable | None = None) -> pd.DataFrame:
        """Run SQL over the store's views (``articles``, ``mentions``, ...); return a DataFrame.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     store.query("SELECT count(*) AS n FROM mentions")["n"].item()
        0
        """
        self.refresh()
        self._views()
        return self._con.execute(sql, params).df()

    def table(
        self,
        name: str,
        columns: Iterable[str] | None = None,
        where: str | None = None,
        params: Iterable | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Return (a selection of) one table as a DataFrame with schema dtypes.

        Meant for small selections (one source, one month): ``where`` is a SQL condition
        with optional ``?`` parameters.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     list(store.table("doc_countries").columns)[:3]
        ['doc_id', 'iso3', 'n_mentions']
        """
        if name not in self._files and name not in TABLES:
            raise StoreError(f"store has no table {name!r}; tables: {', '.join(TABLES)}")
        cols = "*" if columns is None else ", ".join(f'"{c}"' for c in columns)
        sql = f'SELECT {cols} FROM "{name}"'
        if where:
            sql += f" WHERE {where}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        df = self.query(sql, params)
        if name in schema.TABLES:
            spec = schema.TABLES[name]
            for col, dtype in spec.columns:
                if col in df.columns:
                    df[col] = (pd.to_datetime(df[col], utc=True).astype(dtype)
                               if dtype.startswith("datetime") else df[col].astype(dtype))
            if schema.PUBLISHED in df.columns and name != "articles":
                df[schema.PUBLISHED] = pd.to_datetime(df[schema.PUBLISHED], utc=True)
        return df

    def articles(self, columns: Iterable[str] | None = None, where: str | None = None,
                 params: Iterable | None = None, limit: int | None = None) -> pd.DataFrame:
        """Return articles (see :meth:`table`)."""
        return self.table("articles", columns=columns, where=where, params=params, limit=limit)

    def summary(self) -> dict:
        """Rows per table, date range, number of sources and appends.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     sorted(store.summary())
        ['appends', 'n_sources', 'n_undated', 'path', 'published_max', 'published_min', 'rows']
        """
        self.refresh()
        self._views()
        rows = {t: sum(e["rows"] for m in self._manifests for e in m["files"].get(t, []))
                for t in self._files}
        r = self._con.execute(
            f"SELECT min({schema.PUBLISHED}), max({schema.PUBLISHED}), "
            f"count(DISTINCT {schema.SOURCE}), count(*) FILTER (WHERE {schema.PUBLISHED} IS NULL)"
            " FROM articles"
        ).fetchall()[0]  # not fetchone(): it leaves the result open and blocks register()
        ts = [None if v is None else pd.Timestamp(v).tz_convert("UTC").isoformat() for v in r[:2]]
        return {
            "path": str(self.path),
            "rows": rows,
            "published_min": ts[0],
            "published_max": ts[1],
            "n_sources": int(r[2]),
            "n_undated": int(r[3]),
            "appends": len(self._manifests),
        }

    def __len__(self) -> int:
        return sum(e["rows"] for m in self._manifests for e in m["files"].get("articles", []))

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, articles={len(self)}, appends={len(self._manifests)})"

    def _repr_html_(self) -> str:
        s = self.summary()
        rows = "".join(
            f"<tr><td>{html.escape(t)}</td><td style='text-align:right'>{n:,}</td></tr>"
            for t, n in s["rows"].items()
        )
        return (
            f"<div><b>mediakit Store</b> <code>{html.escape(s['path'])}</code><br>"
            f"{s['appends']} appends, {s['n_sources']} sources, published "
            f"{html.escape(str(s['published_min']))} to {html.escape(str(s['published_max']))}"
            f" ({s['n_undated']} undated)<table><tr><th>table</th><th>rows</th></tr>{rows}"
            "</table></div>"
        )

    # --- doc ids ----------------------------------------------------------------------

    def _hashes(self) -> np.ndarray:
        """Sorted uint64 hashes of every doc_id in the store (8 bytes per article)."""
        if self._id_hashes is None:
            import pyarrow.parquet as pq

            parts = [np.empty(0, dtype=np.uint64)]
            for rel in self._files.get("articles", []):
                col = pq.read_table(self.path / rel, columns=[schema.DOC_ID]).column(0)
                parts.append(_hash_ids(col.to_pandas().to_numpy(dtype=object)))
            self._id_hashes = np.unique(np.concatenate(parts))
        return self._id_hashes

    def contains(self, doc_ids: Iterable[str]) -> np.ndarray:
        """Boolean mask: which of ``doc_ids`` are already in the store.

        Uses 64-bit hashes kept in memory, confirmed by an exact DuckDB lookup on a hit.

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": pd.DataFrame({"doc_id": ["a"], "title": ["x"]})})
        ...     store.contains(["a", "b"]).tolist()
        [True, False]
        """
        self.refresh()
        ids = pd.Series(list(doc_ids), dtype=object)
        hashes = _hash_ids(ids)
        known = self._hashes()
        pos = np.searchsorted(known, hashes)
        pos[pos >= len(known)] = 0
        hit = (known[pos] == hashes) if len(known) else np.zeros(len(ids), dtype=bool)
        if hit.any():
            self._views()
            cand = pd.DataFrame({"doc_id": ids[hit].astype(str).to_numpy()})
            self._con.register("_mk_cand", cand)
            try:
                found = set(self._con.execute(
                    f'SELECT DISTINCT a.{schema.DOC_ID} FROM articles a '
                    f'JOIN _mk_cand c ON a.{schema.DOC_ID} = c.doc_id').df().iloc[:, 0])
            finally:
                self._con.unregister("_mk_cand")
            hit = hit & ids.isin(found).to_numpy()
        return hit

    # --- writing ----------------------------------------------------------------------

    def append(self, tables: Mapping[str, pd.DataFrame]) -> dict:
        """Add one batch of tables atomically; skip articles whose ``doc_id`` is present.

        Parameters
        ----------
        tables : mapping of table name -> DataFrame
            Must include ``articles``; annotation tables (``mentions``, ``doc_countries``,
            ``accusations``, ``doc_topics`` or a user table) are keyed by ``doc_id``. An
            :class:`mediakit.pipeline.Annotated` works as is.

        Returns
        -------
        dict
            ``{"articles": added, "skipped_in_store": n, "skipped_duplicate": n,
            "rows": {table: rows written}}``. ``len(input articles) == articles +
            skipped_in_store + skipped_duplicate``.

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "a", "b"], "title": ["x", "x", "y"]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     store.append({"articles": arts})
        {'articles': 2, 'skipped_in_store': 0, 'skipped_duplicate': 1, 'rows': {'articles': 2}}
        """
        tables = dict(tables)
        if "articles" not in tables:
            raise SchemaError("store append: an 'articles' table is required",
                              column=schema.DOC_ID)
        if not self._lock.acquire(blocking=True):  # pragma: no cover
            raise StoreError(f"could not lock store {self.path}")
        try:
            self.refresh()
            self._sweep()
            tables, skipped_in_store, skipped_dup = self._filter_new(tables)
            staged = stage_tables(self.path, tables)
            self._commit(staged)
            self._swept_stamp = self._manifest_stamp  # our own commit left no orphans
        finally:
            self._lock.release()
        return {
            "articles": len(staged["doc_ids"]),
            "skipped_in_store": skipped_in_store,
            "skipped_duplicate": skipped_dup,
            "rows": staged["n_rows"],
        }

    def _filter_new(self, tables: dict) -> tuple[dict, int, int]:
        arts = tables["articles"]
        ids = arts[schema.DOC_ID]
        if ids.isna().any():
            raise SchemaError(f"articles table: {int(ids.isna().sum())} rows have no doc_id",
                              column=schema.DOC_ID)
        in_store = self.contains(ids)
        dup = ids.duplicated().to_numpy() & ~in_store
        keep = ~(in_store | dup)
        if keep.all():
            return tables, 0, 0
        keep_ids = set(ids[keep])
        out = {}
        for name, df in tables.items():
            if df is None:
                continue
            if name == "articles":
                out[name] = df[keep]
            else:
                out[name] = df[df[schema.DOC_ID].isin(keep_ids)]
        return out, int(in_store.sum()), int(dup.sum())

    def _commit(self, staged: dict) -> None:
        """Write the manifest listing ``staged`` files (atomic); caller holds the lock."""
        manifest = {
            "version": 1,
            "append_id": staged["append_id"],
            "created": datetime.now(UTC).isoformat(),
            "n_articles": len(staged["doc_ids"]),
            "files": staged["files"],
            "schemas": staged.get("schemas", {}),
        }
        self._write_manifest(manifest)
        self._manifests.append(manifest)
        self._manifest_stamp = self._stamp()
        for table, entries in staged["files"].items():
            self._files.setdefault(table, []).extend(e["path"] for e in entries)
        if self._id_hashes is not None:
            self._id_hashes = _merge_sorted(self._id_hashes, _hash_ids(staged["doc_ids"]))
        self._make_views()

    def _write_manifest(self, manifest: dict, seq: int | None = None) -> None:
        """Write the next manifest atomically (temporary file, fsync, rename, fsync dir)."""
        mdir = self.path / _MANIFEST_DIR
        if seq is None:
            names = [n for n in os.listdir(mdir) if _MANIFEST_RE.match(n)]
            seq = max((int(n[:8]) for n in names), default=0) + 1
        tmp = mdir / f".tmp-{manifest['append_id']}.json"
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(manifest, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, mdir / f"{seq:08d}.json")
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        with contextlib.suppress(OSError):  # make the rename durable
            dfd = os.open(mdir, os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)

    def commit_staged(self, staged: dict) -> dict:
        """Commit files written by :func:`stage_tables` (e.g. on a dask worker).

        Articles already in the store (or staged twice) are removed by rewriting the staged
        files without them before the commit. Returns counts like :meth:`append`.
        """
        if not self._lock.acquire(blocking=True):  # pragma: no cover
            raise StoreError(f"could not lock store {self.path}")
        try:
            return self._commit_staged_locked(staged)
        finally:
            self._lock.release()

    def _commit_staged_locked(self, staged: dict) -> dict:
        self.refresh()
        ids = pd.Series(staged["doc_ids"], dtype=object)
        in_store = self.contains(ids)
        dup = ids.duplicated().to_numpy() & ~in_store
        if (in_store | dup).any():
            staged = self._restage_without(staged, in_store | dup)
        self._commit(staged)
        return {
            "articles": len(staged["doc_ids"]),
            "skipped_in_store": int(in_store.sum()),
            "skipped_duplicate": int(dup.sum()),
            "rows": staged["n_rows"],
        }

    def _restage_without(self, staged: dict, drop: np.ndarray) -> dict:
        import pyarrow.parquet as pq

        ids = pd.Series(staged["doc_ids"], dtype=object)
        drop_ids = set(ids[drop])
        tables: dict[str, list[pd.DataFrame]] = {}
        for table, entries in staged["files"].items():
            frames = []
            for e in entries:
                df = pq.read_table(self.path / e["path"]).to_pandas()
                if table == "articles":
                    df = df[~df[schema.DOC_ID].isin(drop_ids)
                            & ~df[schema.DOC_ID].duplicated()]
                else:
                    df = df[~df[schema.DOC_ID].isin(drop_ids)]
                frames.append(df)
            tables[table] = (pd.concat(frames, ignore_index=True) if frames
                             else schema.empty(table) if table in schema.TABLES else None)
        new = stage_tables(self.path, {k: v for k, v in tables.items() if v is not None})
        for entries in staged["files"].values():
            for e in entries:
                with contextlib.suppress(FileNotFoundError):
                    (self.path / e["path"]).unlink()
        return new

    @contextlib.contextmanager
    def writing(self):
        """Hold the store's append lock for a whole job (e.g. a dask run committing many
        staged batches), so no other process cleans its not-yet-committed files."""
        if not self._lock.acquire(blocking=True):  # pragma: no cover
            raise StoreError(f"could not lock store {self.path}")
        try:
            self.refresh()
            self._clean(self._scan_foreign(set(self._committed_now()[1])))
            yield self
        finally:
            self._lock.release()

    def compact(
        self,
        tables: Iterable[str] | None = None,
        *,
        max_rows_per_file: int = 1_000_000,
        row_group_rows: int = 100_000,
        progress: bool = False,
    ) -> dict:
        """Merge the many small Parquet files left by small appends into few large ones.

        For each table and month partition, the committed files with the same columns are
        rewritten into files of at most ``max_rows_per_file`` rows (streamed row group by
        row group, so memory stays bounded by ``row_group_rows`` rows). The result is
        committed like an append: one new manifest, written to a temporary file and renamed
        atomically, marks itself as the base that supersedes every earlier manifest. A crash
        (even SIGKILL) before that rename leaves the store exactly as it was (the partial
        files are cleaned, with a warning, by the next process that opens the store); after
        it, the store holds the compacted files, and the replaced files and manifests are
        deleted (by this call, or by the next open if it was interrupted). Rows, ``doc_id``
        values and query results do not change. Appends wait for the compaction (it holds
        the store's lock); another process reading the store sees the new files at its next
        query.

        Parameters
        ----------
        tables : list of str, optional
            Tables to compact (default: all).
        max_rows_per_file : int, default 1_000_000
            Rows per output file.
        row_group_rows : int, default 100_000
            Rows per Parquet row group in the output files.
        progress : bool, default False
            A tqdm bar over the partitions rewritten.

        Returns
        -------
        dict
            ``files_before``, ``files_after`` (committed files, all tables),
            ``rewritten`` (input files replaced), ``rows`` (rows rewritten per table).

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     for i in range(3):  # three small appends: three files in month=2016-03
        ...         _ = store.append({"articles": pd.DataFrame({"doc_id": [f"a{i}"],
        ...             "published": ["2016-03-0{}".format(i + 1)], "title": ["Syria"]})})
        ...     out = store.compact()
        ...     n = len(store)
        >>> out["files_before"], out["files_after"], n
        (3, 1, 3)
        """
        import pyarrow as pa
        import pyarrow.parquet as pq
        from tqdm.auto import tqdm

        if max_rows_per_file < 1 or row_group_rows < 1:
            raise ValueError("max_rows_per_file and row_group_rows must be positive")
        if not self._lock.acquire(blocking=True):  # pragma: no cover
            raise StoreError(f"could not lock store {self.path}")
        try:
            self.refresh()
            self._clean(self._scan_foreign(set(self._committed_now()[1])))
            wanted = set(self._files) if tables is None else set(tables)
            unknown = wanted - set(self._files) - set(TABLES)
            if unknown:
                raise StoreError(f"store has no table {sorted(unknown)[0]!r}; tables: "
                                 f"{', '.join(self._files)}")
            # every committed file with its schema, grouped by table, month and schema
            groups: dict[tuple, list[dict]] = {}
            n_before = 0
            for man in self._manifests:
                for table, entries in man["files"].items():
                    man_sig = man.get("schemas", {}).get(table, [])
                    for e in entries:
                        n_before += 1
                        sig = [list(x) for x in e.get("schema", man_sig)]
                        month = e["path"].split("/")[1]
                        key = (table, month, json.dumps(sig))
                        groups.setdefault(key, []).append({**e, "schema": sig})
            append_id = uuid.uuid4().hex
            files: dict[str, list[dict]] = {}
            replaced: list[str] = []
            rewritten_rows: dict[str, int] = {}
            written: list[Path] = []
            todo = [k for k, es in groups.items() if k[0] in wanted and len(es) > 1]
            keep = set(groups) - set(todo)
            try:
                for key, entries in groups.items():
                    if key in keep:
                        files.setdefault(key[0], []).extend(entries)
                counter = [0]  # output file number, shared by all partitions
                for key in tqdm(todo, desc="compact", unit="partition", disable=not progress):
                    table, month, _sig = key
                    entries = groups[key]
                    out_entries = self._rewrite(
                        table, month, entries, append_id, counter, written,
                        max_rows_per_file, row_group_rows, pa, pq)
                    files.setdefault(table, []).extend(out_entries)
                    replaced.extend(e["path"] for e in entries)
                    rewritten_rows[table] = rewritten_rows.get(table, 0) + sum(
                        e["rows"] for e in entries)
                if not replaced:
                    return {"files_before": n_before, "files_after": n_before,
                            "rewritten": 0, "rows": {}}
                n_articles = sum(e["rows"] for e in files.get("articles", []))
                manifest = {
                    "version": 1,
                    "base": True,  # supersedes every earlier manifest
                    "append_id": append_id,
                    "created": datetime.now(UTC).isoformat(),
                    "n_articles": n_articles,
                    "files": files,
                    "schemas": {},
                }
                self._write_manifest(manifest)  # the commit point
            except BaseException:
                for p in written:
                    with contextlib.suppress(OSError):
                        p.unlink()
                raise
            # committed: forget the replaced files and manifests
            self._load()
            for rel in replaced:
                with contextlib.suppress(FileNotFoundError):
                    (self.path / rel).unlink()
            self._drop_superseded()
            self._manifest_stamp = self._stamp()
        finally:
            self._lock.release()
        return {"files_before": n_before,
                "files_after": sum(len(v) for v in self._files.values()),
                "rewritten": len(replaced), "rows": rewritten_rows}

    def _rewrite(self, table, month, entries, append_id, counter, written, max_rows,
                 row_group_rows, pa, pq) -> list[dict]:
        """Stream ``entries`` (same table, month, columns) into new files; return entries."""
        out: list[dict] = []
        first = pq.read_schema(self.path / entries[0]["path"])
        writer = None
        rel = None
        rows_in_file = 0
        buffer: list = []
        buffered = 0

        def flush() -> None:
            nonlocal buffer, buffered, writer, rel, rows_in_file
            if not buffer:
                return
            tbl = pa.Table.from_batches(buffer, schema=first)
            buffer, buffered = [], 0
            start = 0
            while start < tbl.num_rows:
                if writer is None:
                    rel = f"{table}/{month}/part-{append_id}-{counter[0]}.parquet"
                    counter[0] += 1
                    written.append(self.path / rel)
                    writer = pq.ParquetWriter(self.path / rel, first, compression="zstd")
                    out.append({"path": rel, "rows": 0, "schema": entries[0]["schema"]})
                take = min(tbl.num_rows - start, max_rows - rows_in_file)
                writer.write_table(tbl.slice(start, take), row_group_size=row_group_rows)
                rows_in_file += take
                out[-1]["rows"] += take
                start += take
                if rows_in_file >= max_rows:
                    writer.close()
                    writer, rows_in_file = None, 0

        try:
            for e in entries:
                pf = pq.ParquetFile(self.path / e["path"])
                for batch in pf.iter_batches(batch_size=row_group_rows):
                    buffer.append(batch.cast(first) if batch.schema != first else batch)
                    buffered += batch.num_rows
                    if buffered >= row_group_rows:
                        flush()
            flush()
        finally:
            if writer is not None:
                writer.close()
        return out

    # --- aggregates pushed down into DuckDB --------------------------------------------

    def _filters(self, source, start, end, col: str = schema.PUBLISHED
                 ) -> tuple[list[str], list]:
        """SQL conditions (and parameters) on source and the published range (naive UTC)."""
        conds, params = [], []
        if source is not None:
            srcs = [source] if isinstance(source, str) else list(source)
            if len(srcs) == 1:
                conds.append(f"{schema.SOURCE} = ?")
            else:
                conds.append(f"{schema.SOURCE} IN ({', '.join('?' * len(srcs))})")
            params.extend(srcs)
        for value, op in ((start, ">="), (end, "<")):
            if value is not None:
                ts = pd.Timestamp(value)
                ts = ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts
                conds.append(f"{col} {op} ?::TIMESTAMP")
                params.append(ts.to_pydatetime())
        return conds, params

    def hot_table(self, table: str) -> str:
        """Name of the in-memory DuckDB copy of the columns of ``table`` that aggregates read.

        Built on first use, kept up to date with later commits; query it through
        :attr:`connection` (``store.connection.execute(f"SELECT ... FROM {name}")``) for
        scans and top-N queries in milliseconds. Only ``articles``, ``doc_countries``,
        ``doc_topics`` and ``accusations`` have one, and the table must hold data.

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a"], "source": ["X"], "published": ["2017-10-02"],
        ...                      "title": ["a"]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": arts})
        ...     name = store.hot_table("articles")
        ...     store.connection.execute(f"SELECT count(*) FROM {name}").fetchall()
        [(1,)]
        """
        if table not in _HOT_COLUMNS:
            raise ValueError(f"Store.hot_table: no in-memory copy of {table!r}; one of "
                             f"{', '.join(_HOT_COLUMNS)}")
        self.connection  # noqa: B018 - refreshes the views to the latest commit
        return self._hot(table)

    def _hot(self, table: str) -> str:
        """Name of an in-memory DuckDB table holding the columns aggregates read.

        Built on first use from the committed files (or in the background by
        :meth:`prepare_aggregates`), then extended with the files of later commits only;
        sorted by what its queries filter on, so zone maps skip most row groups. Keeps
        top-N queries in milliseconds on millions of rows, at ~30-60 bytes per row.
        """
        name = f"_hot_{table}"
        self._await(name)
        con = self.connection
        loaded = self._hot_loaded.setdefault(table, set())
        current = self._files.get(table, [])
        if not loaded.issubset(current):  # files were compacted: rebuild from the new ones
            self._hot_made.discard(table)
            loaded.clear()
        new = [p for p in current if p not in loaded]
        sel = _hot_select(table)
        if table not in self._hot_made:
            con.execute(f'CREATE OR REPLACE TABLE {name} AS SELECT {sel} FROM "{table}" '
                        f"ORDER BY {_HOT_ORDER[table]}")
            self._hot_made.add(table)
            loaded.update(current)
            self._hot_version[table] = self._hot_version.get(table, 0) + 1
        elif new:
            files = "[" + ", ".join(_sql_str(self.path / p) for p in new) + "]"
            con.execute(f"INSERT INTO {name} SELECT {sel} FROM "
                        f"read_parquet({files}, union_by_name = true)")
            loaded.update(new)
            self._hot_version[table] = self._hot_version.get(table, 0) + 1
        return name

    def aggregate_table(self, table: str, unit: str = "day") -> str:
        """Name of the in-memory per-period aggregate of ``table`` that widget queries read.

        Built on first use with one scan of the Parquet files (only the columns it needs,
        about a second per million articles), then extended with the files of later appends
        only (a compaction rebuilds it). Each row sums one period ``p`` (the UTC day, week
        or month start; NULL for undated articles):

        - ``articles``: ``source``, ``n_total`` (articles), ``last`` (latest ``published``);
        - ``doc_countries``: ``source``, ``iso3``, ``n`` (articles), ``m`` (mentions),
          ``np``/``mp`` (the same for primary countries);
        - ``doc_topics``: ``source``, ``topic``, ``n`` (rows: articles, as its key is
          ``doc_id`` and ``topic``), ``w`` (sum of weights);
        - ``topic_countries`` (doc_topics joined with doc_countries; rebuilt, not extended,
          after an append): ``iso3``, ``topic``, ``n`` (articles), ``w`` (sum of weights);
        - ``accusations`` (days only): ``accuser_iso3``, ``accused_iso3``, ``polarity``,
          ``n`` (rows), ``nd`` (articles; an article has one date, so sums stay exact).

        A key may occur in several rows (one per append): always aggregate with ``sum`` and
        ``max``. Query it through :attr:`connection`.

        Parameters
        ----------
        table : {"articles", "doc_countries", "doc_topics", "topic_countries", "accusations"}
        unit : {"day", "week", "month", "week_sun"}
            Weeks start on Monday; ``week_sun`` weeks on Sunday (pandas ``W``).

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "source": ["X", "X"],
        ...     "published": ["2017-10-02 08:00", "2017-10-04 17:00"], "title": ["a", "b"]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": arts})
        ...     name = store.aggregate_table("articles", "week")
        ...     store.connection.execute(f"SELECT p, n_total FROM {name}").fetchall()
        [(datetime.datetime(2017, 10, 2, 0, 0), 2)]
        """
        if table not in _AGGREGATES and table != _TOPIC_COUNTRIES:
            raise ValueError(f"Store.aggregate_table: no aggregate of {table!r}; one of "
                             f"{', '.join([*_AGGREGATES, _TOPIC_COUNTRIES])}")
        units = ("day",) if table == "accusations" else _PERIOD_UNITS
        if unit not in units:
            raise ValueError(f"Store.aggregate_table: unit {unit!r} is not available for "
                             f"{table!r}; one of {', '.join(units)}")
        return self._aggregate(table, unit)

    def _aggregate(self, table: str, unit: str) -> str:
        """Build or extend ``_agg_<table>_<unit>`` (see :meth:`aggregate_table`)."""
        name = f"_agg_{table}_{unit}"
        self._await(name)
        con = self.connection
        if table == _TOPIC_COUNTRIES:  # a join: rebuilt whenever either table changed
            files = self._tc_files()
            if self._agg_files.get(name) != files:
                order = f" ORDER BY {_AGG_ORDER[table]}" if self._sort_now else ""
                con.execute(f"CREATE OR REPLACE TABLE {name} AS "
                            + _tc_select(unit, '"doc_countries"', '"doc_topics"') + order)
                self._agg_files[name] = files
                (self._agg_sorted.add if order else self._agg_sorted.discard)(name)
            return name
        current = self._files.get(table, [])
        loaded = self._agg_files.get(name)
        if loaded is not None and len(loaded) <= len(current) \
                and current[:len(loaded)] == loaded:
            new = current[len(loaded):]
            if new:  # an append: add the new files' rows (keys may repeat: readers sum)
                con.execute(f"INSERT INTO {name} " + _agg_select(table, unit,
                                                                 self._parquet(new)))
                self._agg_files[name] = list(current)
            return name
        order = f" ORDER BY {_AGG_ORDER[table]}" if self._sort_now else ""
        con.execute(f"CREATE OR REPLACE TABLE {name} AS "
                    + _agg_select(table, unit, f'"{table}"') + order)
        self._agg_files[name] = list(current)
        (self._agg_sorted.add if order else self._agg_sorted.discard)(name)
        return name

    def has_aggregate(self, table: str, unit: str) -> bool:
        """Whether :meth:`aggregate_table` (or, for unit ``"rows"``, :meth:`hot_table`)
        would answer at once: built, and not being built in the background.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     store.has_aggregate("articles", "week")
        False
        """
        name = f"_hot_{table}" if unit == "rows" else f"_agg_{table}_{unit}"
        if name in self._agg_pending:
            return False
        return table in self._hot_made if unit == "rows" else name in self._agg_files

    def _await(self, name: str) -> None:
        """Before building ``name`` here: wait if the background is building it; if it is
        only queued there, take it (the background skips it) rather than wait for the
        builds queued before it."""
        with self._agg_lock:
            pending = self._agg_pending.get(name)
            if pending is not None and name not in self._agg_started:
                del self._agg_pending[name]
                pending.set()
                pending = None
        if pending is not None:
            pending.wait()

    def _tc_files(self) -> list[str]:
        return [*self._files.get("doc_countries", []), "|", *self._files.get("doc_topics", [])]

    def _parquet(self, files: list[str]) -> str:
        paths = "[" + ", ".join(_sql_str(self.path / p) for p in files) + "]"
        return f"read_parquet({paths}, union_by_name = true)"

    def prepare_aggregates(self, pairs: Iterable[tuple[str, str]], *,
                           wait: bool = False) -> None:
        """Build the aggregates ``pairs`` (``(table, unit)``) in a background thread.

        An explorer calls this once its first view is drawn, for the periods a user may
        pick next, so that the first change to them does not wait for a scan of the files.
        A query needing an aggregate still being built waits for it (one only queued is
        built by the query, and skipped by the background); one that failed
        (e.g. files compacted away meanwhile) is built again when next needed. These are
        sorted by their keys (country, source, topic) so that filters skip most of them;
        aggregates built already (unsorted, by a query that needed them at once) are sorted
        then, while queries go on reading the unsorted ones. Tables without rows are skipped.

        Parameters
        ----------
        pairs : iterable of (table, unit)
            As in :meth:`aggregate_table`, built in this order; unit ``"rows"`` builds the
            in-memory copy of :meth:`hot_table` (unsorted).
        wait : bool, default False
            Return only once they, and those of earlier calls, are built (with ``pairs``
            empty: wait for the earlier calls only).

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a"], "source": ["X"],
        ...                      "published": ["2017-10-02"], "title": ["a"]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": arts})
        ...     store.prepare_aggregates([("articles", "month")], wait=True)
        ...     store.connection.execute("SELECT n_total FROM _agg_articles_month").fetchall()
        [(1,)]
        """
        self.connection  # noqa: B018 - the file lists of the latest commit
        todo, resort = [], []  # to build; built at once (unsorted) to sort for zone maps
        with self._agg_lock:
            for table, unit in pairs:
                if unit == "rows" and table in _HOT_COLUMNS:
                    name = f"_hot_{table}"
                    done = table in self._hot_made
                elif table in _AGGREGATES and unit in (
                        ("day",) if table == "accusations" else _PERIOD_UNITS):
                    name = f"_agg_{table}_{unit}"
                    done = name in self._agg_files
                elif table == _TOPIC_COUNTRIES and unit in _PERIOD_UNITS:
                    name = f"_agg_{table}_{unit}"
                    files = self._tc_files()
                    if files[0] == "|" or files[-1] == "|":  # one of the tables is empty
                        continue
                    done = self._agg_files.get(name) == files
                    if not done and name not in self._agg_pending:
                        event = threading.Event()
                        self._agg_pending[name] = event
                        todo.append((table, unit, name, files, event))
                    elif done and name not in self._agg_sorted:
                        resort.append((table, name, list(files)))
                    continue
                else:
                    raise ValueError(f"Store.prepare_aggregates: no aggregate ({table!r}, "
                                     f"{unit!r}); see Store.aggregate_table and hot_table")
                files = list(self._files.get(table, []))
                if done and unit != "rows" and name not in self._agg_sorted \
                        and name not in self._agg_pending:
                    resort.append((table, name, list(self._agg_files[name])))
                if done or name in self._agg_pending or not files:
                    continue
                event = threading.Event()
                self._agg_pending[name] = event
                todo.append((table, unit, name, files, event))
        if not todo and not resort:
            if wait:
                self._join_background()
            return
        cursor = self._con.cursor()  # same in-memory database, its own connection
        self._bg_cursors.append(cursor)

        def build() -> None:
            try:
                for table, unit, name, files, event in todo:
                    with self._agg_lock:
                        claimed = self._agg_pending.get(name) is not event
                        if not claimed:
                            self._agg_started.add(name)
                    if claimed:  # a query needed it first and built it
                        continue
                    try:
                        if self._closed:
                            continue
                        if table == _TOPIC_COUNTRIES:
                            cut = files.index("|")
                            cursor.execute(f"CREATE OR REPLACE TABLE {name} AS " + _tc_select(
                                unit, self._parquet(files[:cut]), self._parquet(files[cut + 1:]))
                                + f" ORDER BY {_AGG_ORDER[table]}")
                            with self._agg_lock:
                                self._agg_files[name] = files
                                self._agg_sorted.add(name)
                            continue
                        if unit == "rows":  # sorted so that zone maps skip most rows
                            cursor.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT "
                                           f"{_hot_select(table)} FROM {self._parquet(files)} "
                                           f"ORDER BY {_HOT_ORDER[table]}")
                            with self._agg_lock:
                                self._hot_loaded[table] = set(files)
                                self._hot_made.add(table)
                                self._hot_version[table] = self._hot_version.get(table, 0) + 1
                            continue
                        cursor.execute(f"CREATE OR REPLACE TABLE {name} AS "
                                       + _agg_select(table, unit, self._parquet(files))
                                       + f" ORDER BY {_AGG_ORDER[table]}")
                        with self._agg_lock:
                            self._agg_files[name] = files
                            self._agg_sorted.add(name)
                    except Exception:  # rebuilt in the foreground when next needed
                        pass
                    finally:
                        with self._agg_lock:
                            self._agg_pending.pop(name, None)
                            self._agg_started.discard(name)
                        event.set()
                for table, name, files in resort:  # readers go on with the unsorted one
                    if self._closed:
                        break
                    try:
                        cursor.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM "
                                       f"{name} ORDER BY {_AGG_ORDER[table]}")
                    except Exception:  # stays unsorted
                        continue
                    with self._agg_lock:
                        if self._agg_files.get(name) == files:
                            self._agg_sorted.add(name)
                        else:  # an append inserted rows meanwhile: rebuild when next used
                            self._agg_files.pop(name, None)
            finally:
                with contextlib.suppress(Exception):
                    cursor.close()

        thread = threading.Thread(target=build, name="mediakit-store-aggregates",
                                  daemon=True)
        self._bg_threads.append(thread)
        thread.start()
        if wait:
            self._join_background()

    def _join_background(self) -> None:
        for thread in list(self._bg_threads):
            thread.join()

    def _agg(self, unit: str) -> tuple[str, str]:
        """(articles, doc_countries) aggregates per source x ``unit`` (x country)."""
        return self._aggregate("articles", unit), self._aggregate("doc_countries", unit)

    def _undated(self, source) -> tuple[int, int]:
        """(articles without a date, all articles) of ``source`` (None: all sources)."""
        name = self._aggregate("articles", self._built_unit("articles"))
        conds, params = self._filters(source, None, None)
        u, a = self.connection.execute(
            f"SELECT coalesce(sum(n_total) FILTER (WHERE p IS NULL), 0), "
            f"coalesce(sum(n_total), 0) FROM {name} "
            f"WHERE {' AND '.join(conds) or 'TRUE'}", params).fetchall()[0]
        return int(u), int(a)

    def _agg_accusations(self) -> str:
        """Accusations per day, pair and polarity (see :meth:`aggregate_table`)."""
        return self._aggregate("accusations", "day")

    def _built_unit(self, table: str, default: str = "week") -> str:
        """A unit whose aggregate of ``table`` exists already (for sums over all periods)."""
        for unit in ("month", "week", "day"):
            if f"_agg_{table}_{unit}" in self._agg_files:
                return unit
        return default

    def country_attention(
        self,
        freq: str = "W",
        *,
        countries: Iterable[str] | str | None = None,
        source: str | Iterable[str] | None = None,
        start=None,
        end=None,
        by: str | None = None,
        primary_only: bool = False,
        strict: bool = False,
    ) -> pd.DataFrame:
        """Articles about each country per period, and their share of all articles.

        The same table as :func:`mediakit.coverage.country_attention` applied to the
        stored articles (restricted to ``source`` and ``start <= published < end``) and
        doc_countries, computed inside DuckDB: only the result comes back to pandas.

        Parameters
        ----------
        freq : {"D", "W", "M", "Q", "Y"}
            Period (weeks start on Monday, as pandas ``W``).
        countries : list of str, optional
            ISO3 codes to keep (denominators still count every article).
        source : str or list of str, optional
            Only these sources.
        start, end : date-like, optional
            Only articles published in ``[start, end)`` (UTC when naive).
        by : str, optional
            An articles column to group by (e.g. ``"source"``).
        primary_only, strict : bool
            As in :func:`mediakit.coverage.country_attention`.

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["X", "X", "X"],
        ...     "published": ["2017-10-02", "2017-10-03", "2017-10-10"], "title": list("abc")})
        >>> dc = pd.DataFrame({"doc_id": ["a", "c"], "iso3": ["RUS", "RUS"],
        ...     "n_mentions": [2, 1], "score": [1.0, 1.0], "primary": [True, True]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": arts, "doc_countries": dc})
        ...     att = store.country_attention("W", countries=["RUS"])
        >>> att[["n_articles", "n_total", "share", "incomplete"]]
           n_articles  n_total  share  incomplete
        0           1        2    0.5       False
        1           1        1    1.0        True
        """
        unit = _FREQ_UNITS.get(str(freq).upper())
        if unit is None:
            raise ValueError(f"Store.country_attention: freq {freq!r} is not supported; use "
                             f"one of {', '.join(sorted(_FREQ_UNITS))}")
        con = self.connection
        fast = by in (None, schema.SOURCE)  # doc_countries carries published and source
        agg_unit = _agg_unit(unit, start, end) if fast else None
        P = schema.PUBLISHED
        if agg_unit is not None:  # pre-aggregated per source, country and week/month
            arts, dcs = self._agg(agg_unit)
            pcol, n_tot, last = "p", "sum(n_total)", "max(last)"
            n_art = "sum(np)" if primary_only else "sum(n)"
            n_men = "sum(mp)" if primary_only else "sum(m)"
        else:
            if fast:  # bounds inside a day: the raw rows (Parquet views)
                pub = f"timezone('UTC', {P}) AS {P}"
                arts = f"(SELECT {pub}, {schema.SOURCE} FROM articles)"
                dcs = (f"(SELECT {pub}, {schema.SOURCE}, {schema.ISO3}, {schema.N_MENTIONS}, "
                       f'"{schema.PRIMARY}" FROM doc_countries)')
            else:
                pub = f"timezone('UTC', {P}) AS {P}"
                arts = (f'(SELECT {pub}, {schema.SOURCE}, "{by}" FROM articles)')
                dcs = (f"(SELECT timezone('UTC', d.{P}) AS {P}, "
                       f'd.{schema.SOURCE}, d.{schema.ISO3}, d.{schema.N_MENTIONS}, '
                       f'd."{schema.PRIMARY}", a."{by}" FROM doc_countries d '
                       f"JOIN articles a USING ({schema.DOC_ID}))")
            pcol, n_tot, last = P, "count(*)", f"max({P})"
            n_art, n_men = "count(*)", f"sum({schema.N_MENTIONS})"
        conds, params = self._filters(source, start, end, col=pcol)
        where = " AND ".join(conds) if conds else "TRUE"
        if agg_unit is not None:
            n_undated = n_all = 0
            if start is None and end is None:
                n_undated, n_all = self._undated(source)
        else:
            n_undated, n_all = con.execute(
                f"SELECT count(*) FILTER (WHERE {P} IS NULL), count(*) "
                f"FROM {arts} WHERE {where}", params).fetchall()[0]
        if n_undated:
            msg = (f"country_attention: {n_undated} of {n_all} articles have no published "
                   "date and are left out")
            if strict:
                raise SchemaError(msg, column=P)
            warnings.warn(msg, UserWarning, stacklevel=2)
        keys = [by] if by else []
        kq = f'"{by}", ' if by else ""
        per = f"date_trunc('{unit}', {pcol})"
        dc_conds = [f"{pcol} IS NOT NULL", *conds]
        dc_params = list(params)
        if countries is not None:
            countries = [countries] if isinstance(countries, str) else list(countries)
            dc_conds.append(f"{schema.ISO3} IN ({', '.join('?' * len(countries))})")
            dc_params.extend(countries)
        if primary_only and agg_unit is None:
            dc_conds.append(f'"{schema.PRIMARY}"')
        counts = (f"SELECT {per} AS period, {kq}{schema.ISO3}, {n_art} AS n_articles, "
                  f"{n_men} AS n_mentions FROM {dcs} "
                  f"WHERE {' AND '.join(dc_conds)} GROUP BY ALL")
        if agg_unit is not None and primary_only:
            counts += " HAVING sum(np) > 0"
        if countries is None:
            isos = f"SELECT DISTINCT {schema.ISO3} FROM c"
            iso_params: list = []
        else:
            isos = f"SELECT DISTINCT unnest(?::VARCHAR[]) AS {schema.ISO3}"
            iso_params = [countries]
        tk = f't."{by}", ' if by else ""
        using = ", ".join(["period", *[f'"{k}"' for k in keys], schema.ISO3])
        sql = f"""
            WITH t AS (SELECT {per} AS period, {kq}{n_tot} AS n_total, {last} AS last
                       FROM {arts} WHERE {pcol} IS NOT NULL AND {where} GROUP BY ALL),
                 c AS ({counts}),
                 i AS ({isos})
            SELECT {tk}t.period, i.{schema.ISO3},
                   coalesce(c.n_articles, 0) AS n_articles, t.n_total,
                   coalesce(c.n_articles, 0) / t.n_total AS share,
                   coalesce(c.n_mentions, 0) AS n_mentions,
                   t.period + {_INTERVALS[unit]} > (SELECT max(last) FROM t) + INTERVAL 1 DAY
                       AS incomplete
            FROM t CROSS JOIN i LEFT JOIN c USING ({using})
            ORDER BY {tk}t.period, i.{schema.ISO3}
        """
        out = con.execute(sql, [*params, *dc_params, *iso_params]).df()
        out["period"] = pd.to_datetime(out["period"]).dt.tz_localize("UTC").astype(
            "datetime64[ns, UTC]")
        out[schema.ISO3] = out[schema.ISO3].astype("string")
        for col in ("n_articles", "n_total", schema.N_MENTIONS):
            out[col] = out[col].astype("int64")
        out["share"] = out["share"].astype("float64")
        out["incomplete"] = out["incomplete"].astype(bool)
        if by:
            out[by] = out[by].astype(pd.StringDtype()) if out[by].dtype == object or \
                pd.api.types.is_string_dtype(out[by]) else out[by]
        return out

    def who_accuses_whom(
        self,
        start=None,
        end=None,
        *,
        source: str | Iterable[str] | None = None,
        by: str = "iso3",
        polarity: str = "accuse",
        min_confidence: float = 0.0,
        unresolved: str | None = None,
        matrix: str | None = None,
        strict: bool = False,
        method: str | None = None,
    ) -> pd.DataFrame:
        """Accusations per accuser and accused, computed in DuckDB.

        The same table as :func:`mediakit.coverage.who_accuses_whom` over the stored
        accusations of articles published in ``[start, end)`` (and from ``source``); see
        there for the parameters.

        Examples
        --------
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     list(store.who_accuses_whom().columns)
        ['accuser', 'accused', 'n_accusations', 'n_articles']
        """
        if matrix not in (None, "n_accusations", "n_articles"):
            raise ValueError(f"matrix must be None, 'n_accusations' or 'n_articles', got "
                             f"{matrix!r}")
        if by not in ("iso3", "text"):
            raise ValueError(f"by must be 'iso3' or 'text', got {by!r}")
        if polarity not in schema.POLARITIES:
            raise ValueError(f"polarity must be one of {schema.POLARITIES}, got {polarity!r}")
        if method not in (None, "rules", "scorer"):
            raise ValueError(f"method must be None, 'rules' or 'scorer', got {method!r}")
        con = self.connection
        acc = "accusations"
        if start is not None or end is not None:
            n_undated, n_all = self._undated(source)
            if n_undated:
                msg = (f"who_accuses_whom: {n_undated} of {n_all} articles have no published "
                       "date and are left out")
                if strict:
                    raise SchemaError(msg, column=schema.PUBLISHED)
                warnings.warn(msg, UserWarning, stacklevel=2)
        cols = ((schema.ACCUSER_ISO3, schema.ACCUSED_ISO3) if by == "iso3"
                else (schema.ACCUSER, schema.ACCUSED))
        daily = (by == "iso3" and min_confidence <= 0 and source is None and method is None
                 and all(v is None or _is_midnight(v) for v in (start, end)))
        if daily:  # pre-aggregated per day and pair (an article has one date: sums exact)
            acc = self._agg_accusations()
            n_acc, n_art = "sum(n)", "sum(nd)"
            conds, params = self._filters(None, start, end, col="p")
        else:
            n_acc, n_art = "count(*)", f"count(DISTINCT {schema.DOC_ID})"
            conds, params = self._filters(source, start, end)
        conds.append(f"{schema.POLARITY} = ?")
        params.append(polarity)
        if min_confidence > 0:
            conds.append(f"{schema.CONFIDENCE} >= ?")
            params.append(float(min_confidence))
        if method is not None:
            conds.append(f"{schema.METHOD} = ?")
            params.append(method)
        sel = []
        for col, name in zip(cols, (schema.ACCUSER, schema.ACCUSED), strict=True):
            if unresolved is None:
                conds.append(f"{col} IS NOT NULL")
                sel.append(f"{col} AS {name}")
            else:
                sel.append(f"coalesce({col}, ?) AS {name}")
        sel_params = [unresolved, unresolved] if unresolved is not None else []
        out = con.execute(
            f"SELECT {', '.join(sel)}, {n_acc} AS n_accusations, {n_art} AS n_articles "
            f"FROM {acc} WHERE {' AND '.join(conds)} GROUP BY ALL "
            f"ORDER BY n_accusations DESC, {schema.ACCUSER}, {schema.ACCUSED}",
            [*sel_params, *params]).df()
        for col in (schema.ACCUSER, schema.ACCUSED):
            out[col] = out[col].astype(str)
        for col in ("n_accusations", "n_articles"):
            out[col] = out[col].astype("int64")
        if matrix is None:
            return out
        return (out.pivot(index=schema.ACCUSER, columns=schema.ACCUSED, values=matrix)
                .fillna(0).astype("int64"))

    def topics_over_time(
        self,
        freq: str = "MS",
        *,
        by: str | None = None,
        start=None,
        end=None,
        topics: Iterable[str] | None = None,
    ) -> pd.DataFrame:
        """Documents of each topic per period and their share, computed in DuckDB.

        The same table as :func:`mediakit.topics.topics_over_time` applied to the stored
        articles published in ``[start, end)`` (all articles when both are None), their
        ``doc_topics`` rows and, for ``by="country"``, their ``doc_countries`` rows. Only
        counts per period come back to pandas (from per-period aggregates of doc_topics kept
        in memory, see :meth:`aggregate_table`; ``by="country"`` or another articles column
        joins the stored tables instead). Rows of ``doc_topics`` are assumed unique per
        ``doc_id`` and ``topic`` (its key).

        Parameters
        ----------
        freq : {"D", "W", "W-SUN", "W-MON", "MS", "QS", "YS"}
            Period; ``"W"`` weeks start on Sunday, as in pandas.
        by : {None, "source", "country"} or an articles column
            Split counts by this column (missing values form the group ``"(unknown)"``).
        start, end : date-like, optional
            Only articles published in ``[start, end)`` (UTC when naive).
        topics : list of str, optional
            Only the rows of these topics (the same rows as in the full table).

        Examples
        --------
        >>> import tempfile, pandas as pd
        >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["X", "X", "Y"],
        ...     "published": ["2020-01-03", "2020-01-20", "2020-02-02"], "title": list("abc")})
        >>> dt = pd.DataFrame({"doc_id": ["a", "c"], "topic": ["oil", "oil"],
        ...                    "weight": [1.0, 0.5]})
        >>> with tempfile.TemporaryDirectory() as d, Store(d) as store:
        ...     _ = store.append({"articles": arts, "doc_topics": dt})
        ...     t = store.topics_over_time("MS")
        >>> t["n_docs"].tolist(), t["share"].tolist(), t["incomplete"].tolist()
        ([1, 1], [0.5, 1.0], [False, True])
        """
        from .topics._over_time import (  # no scikit-learn: mediakit.topics is lazy
            COUNTRY,
            INCOMPLETE,
            N_DOCS,
            N_PERIOD_DOCS,
            PERIOD,
            SHARE,
            UNKNOWN,
            WEIGHT_SHARE,
            _complete,
            _empty,
        )

        fq = str(freq).upper()
        spec = _TOPIC_FREQS.get(fq)
        if spec is None:
            raise ValueError(f"Store.topics_over_time: freq {freq!r} is not supported; use one "
                             f"of {', '.join(_TOPIC_FREQS)}")
        unit, aligned = spec
        offset = pd.tseries.frequencies.to_offset({"W": "W-SUN"}.get(fq, fq))
        con = self.connection
        P, S, T = schema.PUBLISHED, schema.SOURCE, schema.TOPIC
        art_cols = list(con.execute("SELECT * FROM articles LIMIT 0").df().columns)
        if by is not None and by != COUNTRY and by not in art_cols:
            raise ValueError(f"Store.topics_over_time: by={by!r} is not a column of the "
                             f"articles table (have: {', '.join(art_cols)}); use "
                             "by='country' for countries")
        if start is None and end is None:
            n_undated, n_all = self._undated(None)
            if n_undated:
                warnings.warn(f"topics_over_time: {n_undated} of {n_all} articles have no "
                              "published date and are left out", UserWarning, stacklevel=2)
        wanted = None if topics is None else sorted(
            {topics} if isinstance(topics, str) else set(topics))
        t_cond = "" if wanted is None else f" AND {T} IN (SELECT unnest(?::VARCHAR[]))"
        t_param = [] if wanted is None else [wanted]
        grouped = by not in (None, S, COUNTRY)  # another articles column: join raw rows
        base = None if grouped else _agg_unit(aligned, start, end)
        if base is not None and by == COUNTRY:  # per-period aggregates; the join per day
            base = aligned if base == aligned else "day"
            conds, params = self._filters(None, start, end, col="p")
            per, w = _period_sql(unit, "p"), " AND ".join(conds) or "TRUE"
            C = schema.ISO3
            a_sql = (f"SELECT {per} AS period, {C} AS g, sum(n) AS n FROM "
                     f"{self._aggregate('doc_countries', 'day')} WHERE p IS NOT NULL AND {w} "
                     "GROUP BY ALL")
            c_sql = (f"SELECT {per} AS period, {C} AS g, {T}, sum(n) AS n_docs, sum(w) AS _w "
                     f"FROM {self._aggregate(_TOPIC_COUNTRIES, 'day')} WHERE p IS NOT NULL "
                     f"AND {w}{t_cond} GROUP BY ALL")
            t_sql = (f"SELECT DISTINCT {T} FROM {self._aggregate('doc_topics', base)} "
                     f"WHERE {w}")
            d_sql = (f"SELECT max(last) FROM {self._aggregate('articles', base)} "
                     f"WHERE p IS NOT NULL AND {w}")
            a_params = t_params = params
            c_params = [*params, *t_param]
        elif base is not None:  # per-period aggregates: filters on the period start p
            base = aligned if base == aligned else "day"
            arts = self._aggregate("articles", base)
            dts = self._aggregate("doc_topics", base)
            conds, params = self._filters(None, start, end, col="p")
            per = _period_sql(unit, "p")
            g = f"coalesce({S}, '{UNKNOWN}')" if by == S else None
            a_sql = (f"SELECT {per} AS period{', ' + g + ' AS g' if g else ''}, "
                     f"sum(n_total) AS n, max(last) AS last FROM {arts} "
                     f"WHERE p IS NOT NULL AND {' AND '.join(conds) or 'TRUE'} GROUP BY ALL")
            c_sql = (f"SELECT {per} AS period{', ' + g + ' AS g' if g else ''}, {T}, "
                     f"sum(n) AS n_docs, sum(w) AS _w FROM {dts} WHERE p IS NOT NULL AND "
                     f"{' AND '.join(conds) or 'TRUE'}{t_cond} GROUP BY ALL")
            t_sql = (f"SELECT DISTINCT {T} FROM {dts} WHERE "
                     f"{' AND '.join(conds) or 'TRUE'}")
            a_params = t_params = params
            c_params = [*params, *t_param]
        else:  # raw rows, joined
            conds, params = self._filters(None, start, end, col=f"a.{P}")
            where = " AND ".join(conds) or "TRUE"
            day = f"date_trunc('day', timezone('UTC', a.{P}))"
            per = _period_sql(unit, day)
            if by == COUNTRY:  # doc_countries carries published: no join with articles
                arts = (f"(SELECT {schema.DOC_ID}, {P}, {schema.ISO3} AS g FROM "
                        "doc_countries)")
            elif by is not None:
                arts = (f"(SELECT {schema.DOC_ID}, {P}, coalesce(CAST(\"{by}\" AS VARCHAR), "
                        f"'{UNKNOWN}') AS g FROM articles)")
            else:
                arts = f"(SELECT {schema.DOC_ID}, {P} FROM articles)"
            gs = ", a.g" if by is not None else ""
            a_sql = (f"SELECT {per} AS period{gs}, count(*) AS n, max(timezone('UTC', a.{P})) "
                     f"AS last FROM {arts} a WHERE a.{P} IS NOT NULL AND {where} GROUP BY ALL")
            # one row per article and topic (the key of doc_topics): count(*) counts articles
            c_sql = (f"SELECT {per} AS period{gs}, t.{T}, count(*) AS n_docs, "
                     f"sum(t.{schema.WEIGHT}) AS _w FROM {arts} a JOIN (SELECT "
                     f"{schema.DOC_ID}, {T}, {schema.WEIGHT} FROM doc_topics WHERE TRUE"
                     f"{t_cond}) t USING ({schema.DOC_ID}) WHERE a.{P} IS NOT NULL AND {where} "
                     "GROUP BY ALL")
            t_sql = f"SELECT DISTINCT {T} FROM doc_topics a WHERE {where}"
            a_params = t_params = params
            c_params = [*t_param, *params]
            if by == COUNTRY:  # the last day is that of every dated article, as in pandas
                d_sql = (f"SELECT max(timezone('UTC', {P})) FROM articles a WHERE {P} IS NOT "
                         f"NULL AND {where}")
        totals = con.execute(a_sql, a_params).df()
        found = sorted(con.execute(t_sql, t_params).df()[T].dropna().astype(str))
        if wanted is not None:  # rows of the others are left out (periods, groups unchanged)
            found = [t for t in found if t in wanted]
        topics = found
        keys = [PERIOD] + ([by] if by is not None else [])
        cols = keys + [T, N_DOCS, N_PERIOD_DOCS, SHARE, WEIGHT_SHARE, INCOMPLETE]
        if totals.empty or not topics:
            return _empty(cols)
        counts = con.execute(c_sql, c_params).df()
        totals = totals.rename(columns={"period": PERIOD, "g": by, "n": N_PERIOD_DOCS})
        counts = counts.rename(columns={"period": PERIOD, "g": by})
        for df in (totals, counts):
            df[PERIOD] = pd.to_datetime(df[PERIOD]).astype("datetime64[ns]")
        if by == COUNTRY:
            last_day = pd.Timestamp(con.execute(d_sql, a_params).fetchall()[0][0]).normalize()
        else:
            last_day = pd.Timestamp(totals["last"].max()).normalize()
        counts[T] = counts[T].astype(str)
        return _complete(counts.set_index(keys + [T])[[N_DOCS, "_w"]], totals, keys,
                         totals[by].dropna().unique() if by is not None else None, topics,
                         cols, offset=offset, first=totals[PERIOD].min(),
                         last=totals[PERIOD].max(), last_day=last_day)

    # --- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the DuckDB connection (stopping aggregates still being built)."""
        self._closed = True
        for cursor in self._bg_cursors:
            with contextlib.suppress(Exception):
                cursor.interrupt()
        for thread in self._bg_threads:
            thread.join()
        self._bg_threads, self._bg_cursors = [], []
        self._lock.release()
        with contextlib.suppress(Exception):
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _empty_select(table: str) -> str:
    spec = schema.TABLES.get(table)
    if spec is None:
        return "SELECT NULL::VARCHAR AS doc_id WHERE false"
    cols = [(c, _DUCK_TYPES.get(d, "VARCHAR")) for c, d in spec.columns]
    if table != "articles":
        cols += [(schema.PUBLISHED, "TIMESTAMPTZ"), (schema.SOURCE, "VARCHAR")]
    return "SELECT " + ", ".join(f'NULL::{t} AS "{c}"' for c, t in cols) + " WHERE false"


#: pandas period aliases -> DuckDB date_trunc units
_FREQ_UNITS = {"D": "day", "W": "week", "W-SUN": "week", "M": "month", "Q": "quarter",
               "Q-DEC": "quarter", "Y": "year", "Y-DEC": "year", "A": "year"}
_INTERVALS = {"day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH",
              "quarter": "INTERVAL 3 MONTH", "year": "INTERVAL 1 YEAR"}
#: Aggregates (see Store.aggregate_table): group keys, aggregate expressions, filter.
_AGGREGATES = {
    "articles": ((schema.SOURCE,), f"count(*) AS n_total, max(timezone('UTC', "
                 f"{schema.PUBLISHED})) AS last", None),
    "doc_countries": (
        (schema.SOURCE, schema.ISO3),
        f'count(*) AS n, sum({schema.N_MENTIONS}) AS m, count(*) FILTER (WHERE '
        f'"{schema.PRIMARY}") AS np, coalesce(sum({schema.N_MENTIONS}) FILTER (WHERE '
        f'"{schema.PRIMARY}"), 0) AS mp', None),
    "doc_topics": ((schema.SOURCE, schema.TOPIC),  # one row per article and topic (its key)
                   f"count(*) AS n, sum({schema.WEIGHT}) AS w", None),
    "accusations": ((schema.ACCUSER_ISO3, schema.ACCUSED_ISO3, schema.POLARITY),
                    f"count(*) AS n, count(DISTINCT {schema.DOC_ID}) AS nd", None),
}
#: Columns the aggregates read, cached in memory (see Store._hot).
_HOT_COLUMNS = {
    "articles": (schema.DOC_ID, schema.PUBLISHED, schema.SOURCE),
    "doc_countries": (schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.ISO3,
                      schema.N_MENTIONS, schema.PRIMARY),
    "doc_topics": (schema.DOC_ID, schema.TOPIC, schema.WEIGHT, schema.PUBLISHED, schema.SOURCE),
    "accusations": (schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.ACCUSER_ISO3,
                    schema.ACCUSED_ISO3, schema.ACCUSER, schema.ACCUSED, schema.POLARITY,
                    schema.CONFIDENCE),
}


_PERIOD_UNITS = ("day", "week", "month", "week_sun")


#: sort order of the in-memory copies: by what their queries filter on (zone maps)
_HOT_ORDER = {"articles": f"{schema.SOURCE}, {schema.PUBLISHED}",
              "doc_countries": f"{schema.ISO3}, {schema.PUBLISHED}",  # headlines by country
              "doc_topics": f"{schema.TOPIC}, {schema.WEIGHT} DESC",  # examples of a topic
              "accusations": schema.PUBLISHED}


def _hot_select(table: str) -> str:
    """The columns of the in-memory copy of ``table`` (``published`` as naive UTC)."""
    return ", ".join(f"timezone('UTC', \"{c}\") AS \"{c}\"" if c == schema.PUBLISHED
                     else f'"{c}"' for c in _HOT_COLUMNS[table])


_TOPIC_COUNTRIES = "topic_countries"
#: sort order of the aggregates built in the background: what queries filter on first
_AGG_ORDER = {"articles": f"{schema.SOURCE}, p",
              "doc_countries": f"{schema.ISO3}, {schema.SOURCE}, p",
              "doc_topics": f"{schema.TOPIC}, {schema.SOURCE}, p",
              "accusations": "p",
              _TOPIC_COUNTRIES: f"{schema.TOPIC}, {schema.ISO3}, p"}


def _tc_select(unit: str, dc_src: str, dt_src: str) -> str:
    """SQL of the articles and topic weights per country, topic and ``unit``."""
    P, D, T, W, C = schema.PUBLISHED, schema.DOC_ID, schema.TOPIC, schema.WEIGHT, schema.ISO3
    period = _period_sql(unit, f"timezone('UTC', t.{P})")
    return (f"SELECT c.{C} AS {C}, t.{T} AS {T}, {period} AS p, count(*) AS n, "
            f"sum(t.{W}) AS w FROM (SELECT {D}, {C} FROM {dc_src}) c JOIN (SELECT {D}, {T}, "
            f"{W}, {P} FROM {dt_src}) t USING ({D}) WHERE t.{P} IS NOT NULL GROUP BY ALL")


def _agg_select(table: str, unit: str, src: str) -> str:
    """SQL of the aggregate of ``table`` per ``unit`` read from the relation ``src``."""
    keys, aggs, where = _AGGREGATES[table]
    P = schema.PUBLISHED
    cols = ", ".join(f'"{k}"' for k in keys)
    period = _period_sql(unit, f"timezone('UTC', {P})")
    return (f"SELECT {cols}, {period} AS p, {aggs} FROM {src}"
            + (f" WHERE {where}" if where else "") + " GROUP BY ALL")
#: topics_over_time frequencies -> (SQL period unit, aggregate unit whose bounds it needs)
_TOPIC_FREQS = {"D": ("day", "day"), "W": ("week_sun", "week_sun"),
                "W-SUN": ("week_sun", "week_sun"), "W-MON": ("week", "week"),
                "MS": ("month", "month"), "QS": ("quarter", "month"),
                "QS-JAN": ("quarter", "month"), "YS": ("year", "month"),
                "YS-JAN": ("year", "month")}


def _period_sql(unit: str, expr: str) -> str:
    """SQL of the start of the ``unit`` holding the naive UTC timestamp ``expr``.

    Examples
    --------
    >>> _period_sql("week_sun", "p")
    "date_trunc('week', p + INTERVAL 1 DAY) - INTERVAL 1 DAY"
    """
    if unit == "week_sun":  # pandas "W" (W-SUN): weeks from Sunday to Saturday
        return f"date_trunc('week', {expr} + INTERVAL 1 DAY) - INTERVAL 1 DAY"
    return f"date_trunc('{unit}', {expr})"


def _agg_unit(unit: str, start, end) -> str | None:
    """The pre-aggregated period usable for ``unit`` with exact results, or None.

    Weeks serve "week"; months serve "month", "quarter" and "year"; days serve any of them.
    The coarsest one whose boundaries ``start``/``end`` fall on is chosen (counts of a
    partial period would differ); bounds that are not midnights need the raw rows.

    Examples
    --------
    >>> _agg_unit("week", "2017-10-02", None), _agg_unit("week", "2017-10-03", None)
    ('week', 'day')
    >>> _agg_unit("month", None, "2017-10-03 12:00") is None
    True
    """
    aligned = {"week": "week", "week_sun": "week_sun", "month": "month", "quarter": "month",
               "year": "month"}.get(unit)
    for value in (start, end):
        if value is None:
            continue
        ts = pd.Timestamp(value)
        ts = ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts
        if ts != ts.normalize():
            return None
        if ((aligned == "week" and ts.weekday() != 0) or (aligned == "month" and ts.day != 1)
                or (aligned == "week_sun" and ts.weekday() != 6)):
            aligned = None
    return aligned or "day"


def _is_midnight(value) -> bool:
    ts = pd.Timestamp(value)
    ts = ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts
    return ts == ts.normalize()
