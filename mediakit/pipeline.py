"""Streaming annotation: articles in chunks -> annotation tables per chunk -> a store.

:func:`annotate` runs annotators over chunks of an articles table (or an iterable of chunks,
or files loaded one at a time) and yields one :class:`Annotated` per chunk, so a corpus of any
size goes through in bounded memory. ``n_jobs`` runs chunks in a local process pool with a
bounded number of chunks in flight; :func:`annotate_dask` runs the same annotators over the
partitions of a dask cluster and writes the same store layout. :func:`annotate_into` streams
into a :class:`mediakit.store.Store` and reconciles document counts.

An annotator is any callable ``articles_chunk -> dict[table_name, DataFrame]`` that does not
mutate its input; built-ins are named (``"countries"``, ``"accusations"``, ``"topics"``) and
imported only when used (see :data:`ANNOTATORS`, :func:`register_annotator`).

Examples
--------
>>> import pandas as pd
>>> from mediakit import schema
>>> arts = schema.coerce(pd.DataFrame({"doc_id": ["a", "b", "c"],
...     "title": ["Russia accuses US", "Syria talks", "Weather"]}), "articles")
>>> def shouting(chunk):  # a user annotator
...     loud = chunk[chunk["title"].str.contains("accuses")]
...     return {"loud": pd.DataFrame({"doc_id": loud["doc_id"]})}
>>> parts = list(annotate(arts, annotators=[shouting], chunk_size=2, progress=False))
>>> len(parts), [len(p["loud"]) for p in parts]
(2, [1, 0])
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import pandas as pd

from . import schema
from .errors import MediakitError

__all__ = [
    "ANNOTATORS",
    "PIECE_SIZE",
    "Annotated",
    "TopicsAnnotator",
    "annotate",
    "annotate_dask",
    "annotate_into",
    "iter_chunks",
    "register_annotator",
    "resolve_annotator",
]

Annotator = Callable[[pd.DataFrame], Mapping[str, pd.DataFrame]]


# --- built-in annotators (imported lazily) ------------------------------------------------


def _countries_factory() -> Annotator:
    from .countries import CountryMatcher, doc_countries, find_mentions

    matcher = CountryMatcher()

    def countries(chunk: pd.DataFrame) -> dict[str, pd.DataFrame]:
        mentions = find_mentions(chunk, matcher=matcher)
        return {"mentions": mentions, "doc_countries": doc_countries(mentions, chunk)}

    return countries


def _accusations_factory() -> Annotator:
    from .accusations import AccusationExtractor

    extractor = AccusationExtractor()

    def accusations(chunk: pd.DataFrame) -> dict[str, pd.DataFrame]:
        return {"accusations": extractor.transform(chunk)}

    return accusations


def _topics_factory() -> Annotator:
    raise MediakitError(
        "the 'topics' annotator needs a fitted model: pass "
        "annotators=[..., TopicsAnnotator(model)] with a fitted mediakit.TopicModel"
    )


class TopicsAnnotator:
    """Annotator giving the ``doc_topics`` table of a fitted :class:`mediakit.TopicModel`.

    Picklable, so it also runs in worker processes (``n_jobs``) and on dask workers.

    Parameters
    ----------
    model : fitted TopicModel (anything with ``doc_topics(articles, min_weight=, top=)``)
    min_weight : float, default 0.1
    top : int, optional
    """

    def __init__(self, model, *, min_weight: float = 0.1, top: int | None = None) -> None:
        if not hasattr(model, "doc_topics"):
            raise TypeError("TopicsAnnotator needs a model with a doc_topics() method "
                            f"(a fitted mediakit.TopicModel), got {type(model).__name__}")
        self.model = model
        self.min_weight = min_weight
        self.top = top

    def __call__(self, chunk: pd.DataFrame) -> dict[str, pd.DataFrame]:
        return {"doc_topics": self.model.doc_topics(chunk, min_weight=self.min_weight,
                                                    top=self.top)}


#: Named annotators: name -> factory returning the annotator (built once per process).
ANNOTATORS: dict[str, Callable[[], Annotator]] = {
    "countries": _countries_factory,
    "accusations": _accusations_factory,
    "topics": _topics_factory,
}
_RESOLVED: dict[str, Annotator] = {}


def register_annotator(name: str, factory: Callable[[], Annotator]) -> None:
    """Make ``annotators=[name]`` build its annotator with ``factory()`` (once per process).

    Examples
    --------
    >>> register_annotator("n_chars", lambda: lambda c: {"n_chars": c[["doc_id"]]})
    >>> "n_chars" in ANNOTATORS
    True
    >>> _ = ANNOTATORS.pop("n_chars")
    """
    ANNOTATORS[name] = factory
    _RESOLVED.pop(name, None)


def resolve_annotator(spec: str | Annotator) -> Annotator:
    """Return the callable for a name from :data:`ANNOTATORS`, or ``spec`` if callable.

    Examples
    --------
    >>> resolve_annotator("nope")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown annotator 'nope'; known: accusations, countries, ...
    """
    if callable(spec):
        return spec
    if isinstance(spec, str):
        if spec not in ANNOTATORS:
            raise ValueError(
                f"unknown annotator {spec!r}; known: {', '.join(sorted(ANNOTATORS))} "
                "(or pass a callable chunk -> dict of tables)"
            )
        if spec not in _RESOLVED:
            _RESOLVED[spec] = ANNOTATORS[spec]()
        return _RESOLVED[spec]
    raise TypeError(f"an annotator is a name or a callable, got {type(spec).__name__}")


# --- results -------------------------------------------------------------------------------


class Annotated(dict):
    """The tables produced for one chunk: ``articles`` plus one entry per annotation table.

    A dict (``ann["mentions"]``) whose keys also read as attributes (``ann.mentions``).

    Examples
    --------
    >>> ann = Annotated(articles=pd.DataFrame({"doc_id": ["a"]}))
    >>> ann.n_docs, sorted(ann)
    (1, ['articles'])
    """

    def __getattr__(self, name: str) -> pd.DataFrame:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def n_docs(self) -> int:
        """Articles in this chunk."""
        return len(self["articles"])

    def __repr__(self) -> str:
        parts = ", ".join(f"{k}={len(v)}" for k, v in self.items())
        return f"Annotated({parts})"


def _run_annotators(specs: Sequence[str | Annotator], chunk: pd.DataFrame) -> dict:
    out: dict[str, pd.DataFrame] = {}
    for spec in specs:
        fn = resolve_annotator(spec)
        result = fn(chunk)
        if not isinstance(result, Mapping):
            raise TypeError(
                f"annotator {getattr(fn, '__name__', fn)!r} returned "
                f"{type(result).__name__}; an annotator returns a dict of table name -> DataFrame"
            )
        for name, table in result.items():
            if name == "articles":
                raise ValueError(f"annotator {getattr(fn, '__name__', fn)!r} returned an "
                                 "'articles' table; annotators never change the articles")
            if name in out:
                out[name] = pd.concat([out[name], table], ignore_index=True)
            else:
                out[name] = table
    return out


def _worker(specs: Sequence[str | Annotator], chunk: pd.DataFrame) -> dict:
    return _run_annotators(specs, chunk)


def _init_worker(specs: Sequence[str | Annotator]) -> None:
    """Build the named annotators once when a worker process starts."""
    for spec in specs:
        if isinstance(spec, str):
            resolve_annotator(spec)


# --- chunking ------------------------------------------------------------------------------


def _slices(df: pd.DataFrame, chunk_size: int) -> Iterator[pd.DataFrame]:
    for i in range(0, len(df), chunk_size):
        yield df.iloc[i:i + chunk_size]


def iter_chunks(
    data,
    chunk_size: int = 10_000,
    *,
    format: str | None = None,
    load_reports: list | None = None,
) -> Iterator[pd.DataFrame]:
    """Yield article chunks of at most ``chunk_size`` rows.

    ``data`` is an articles DataFrame, an iterable of DataFrames, or a path / list of paths
    (read with :func:`mediakit.io.iter_load`, one file at a time, ``doc_id`` made unique
    across them; pass ``load_reports=[]`` to collect its :class:`~mediakit.LoadReport`).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": list("abcde")})
    >>> [len(c) for c in iter_chunks(df, 2)]
    [2, 2, 1]
    >>> [len(c) for c in iter_chunks([df, df.iloc[:1]], 4)]
    [4, 1, 1]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size}")
    if isinstance(data, pd.DataFrame):
        yield from _slices(data, chunk_size)
        return
    if isinstance(data, str | os.PathLike):
        data = [data]

    def load(paths: list) -> Iterator[pd.DataFrame]:
        from .io import iter_load

        loader = iter_load(paths, format=format, chunk_size=chunk_size, progress=False)
        if load_reports is not None:
            load_reports.append(loader.report)  # complete once the loader is exhausted
        yield from loader

    paths: list = []  # consecutive paths are read by one loader (ids unique across them)
    for item in data:
        if isinstance(item, str | os.PathLike):
            paths.append(item)
            continue
        if not isinstance(item, pd.DataFrame):
            raise TypeError(
                "annotate expects an articles DataFrame, an iterable of DataFrames or file "
                f"paths; got an item of type {type(item).__name__}"
            )
        if paths:
            yield from load(paths)
            paths = []
        yield from _slices(item, chunk_size)
    if paths:
        yield from load(paths)


def _total(data) -> int | None:
    if isinstance(data, pd.DataFrame):
        return len(data)
    if isinstance(data, list | tuple) and all(isinstance(d, pd.DataFrame) for d in data):
        return sum(len(d) for d in data)
    return None


# --- annotate ------------------------------------------------------------------------------


def annotate(
    articles_or_chunks,
    annotators: Sequence[str | Annotator] = ("countries", "accusations"),
    chunk_size: int = 10_000,
    progress: bool = True,
    n_jobs: int = 1,
    *,
    format: str | None = None,
    max_in_flight: int | None = None,
    total: int | None = None,
) -> Iterator[Annotated]:
    """Annotate articles chunk by chunk; yield one :class:`Annotated` per chunk, in order.

    Parameters
    ----------
    articles_or_chunks : DataFrame, iterable of DataFrames, path or list of paths
        The articles (schema ``articles``); see :func:`iter_chunks`.
    annotators : sequence of str or callable
        Names from :data:`ANNOTATORS` (``"countries"`` gives ``mentions`` and
        ``doc_countries``, ``"accusations"`` gives ``accusations``) or callables
        ``chunk -> dict[table_name, DataFrame]``. With ``n_jobs > 1`` callables must be
        picklable (module-level functions or estimators' bound methods).
    chunk_size : int, default 10_000
        Articles per chunk: memory is bounded by about three chunks, whatever ``n_jobs``
        (with workers: plus one :data:`PIECE_SIZE` piece per worker).
    progress : bool, default True
        One ``tqdm.auto`` bar counting articles.
    n_jobs : int, default 1
        Worker processes (``-1``: one per core). Each chunk is cut into pieces of at most
        :data:`PIECE_SIZE` articles (at least one per worker) and the pieces' tables are
        concatenated, so annotators must work document by document (the built-in ones do).
        Chunks in flight are bounded by ``max_in_flight`` (default 2: one being collected,
        the next keeping the workers busy), so memory does not grow with ``n_jobs``. Results
        come back in input order.
    format : str, optional
        Format passed to :func:`mediakit.load` when paths are given.
    total : int, optional
        Number of articles, for the progress bar when it cannot be known upfront.

    Yields
    ------
    Annotated
        ``articles`` (the chunk itself, unchanged) and the tables of every annotator.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "title": ["x", "y"]})
    >>> [a.n_docs for a in annotate(arts, annotators=[lambda c: {}], chunk_size=1,
    ...                             progress=False)]
    [1, 1]
    """
    specs = list(annotators)
    if not specs:
        raise ValueError("annotate needs at least one annotator")
    for spec in specs:
        if isinstance(spec, str) and spec not in ANNOTATORS:
            resolve_annotator(spec)  # raises the helpful error now, not in a worker
    if n_jobs == -1:
        n_jobs = os.cpu_count() or 1
    if n_jobs < 1:
        raise ValueError(f"n_jobs must be >= 1 or -1, got {n_jobs}")
    chunks = iter_chunks(articles_or_chunks, chunk_size, format=format)
    total = total if total is not None else _total(articles_or_chunks)
    from tqdm.auto import tqdm

    bar = tqdm(total=total, unit="doc", desc="annotate", disable=not progress, smoothing=0.1)
    try:
        if n_jobs == 1:
            for chunk in chunks:
                tables = _run_annotators(specs, chunk)
                bar.update(len(chunk))
                yield Annotated(articles=chunk, **tables)
        else:
            yield from _annotate_pool(chunks, specs, n_jobs, max_in_flight or 2, bar)
    finally:
        bar.close()


def _annotate_pool(chunks, specs, n_jobs, max_in_flight, bar) -> Iterator[Annotated]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("spawn")  # safe with threads (tqdm, duckdb) in the parent
    with ProcessPoolExecutor(max_workers=n_jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(specs,)) as pool:
        pending: deque = deque()  # (chunk, futures of its pieces)
        it = iter(chunks)
        exhausted = False
        while True:
            while not exhausted and len(pending) < max_in_flight:
                try:
                    chunk = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending.append((chunk, [pool.submit(_worker, specs, piece)
                                        for piece in _pieces(chunk, n_jobs)]))
            if not pending:
                break
            chunk, futures = pending.popleft()
            tables = _concat_tables([f.result() for f in futures])
            bar.update(len(chunk))
            yield Annotated(articles=chunk, **tables)


#: Articles per piece of a chunk sent to a worker: a worker's memory grows with its piece
#: (about 30 MB per 1,000 AllSides articles with the default annotators), not with the chunk.
PIECE_SIZE = 1000


def _pieces(chunk: pd.DataFrame, n: int) -> list[pd.DataFrame]:
    """Cut ``chunk`` into contiguous pieces of nearly equal size: at least ``n`` (one per
    worker) and none over :data:`PIECE_SIZE` articles."""
    k = max(n, -(-len(chunk) // PIECE_SIZE))
    size = -(-len(chunk) // k) or 1
    return list(_slices(chunk, size))


def _concat_tables(parts: list[dict]) -> dict:
    """The tables of a chunk's pieces, concatenated table by table, in piece order."""
    if len(parts) == 1:
        return parts[0]
    out: dict[str, pd.DataFrame] = {}
    names = list(dict.fromkeys(name for p in parts for name in p))  # a table one piece lacks
    for name in names:
        frames = [p[name] for p in parts if name in p]
        nonempty = [f for f in frames if len(f)] or frames[:1]
        out[name] = (nonempty[0] if len(nonempty) == 1
                     else pd.concat(nonempty, ignore_index=True))
    return out


# --- into a store --------------------------------------------------------------------------


def _empty_counts() -> dict[str, Any]:
    return {"docs_in": 0, "annotated": 0,
            "skipped": {"already_in_store": 0, "duplicate_in_input": 0, "load": 0}}


def annotate_into(
    store,
    articles_or_chunks,
    annotators: Sequence[str | Annotator] = ("countries", "accusations"),
    chunk_size: int = 10_000,
    progress: bool = True,
    n_jobs: int = 1,
    *,
    format: str | None = None,
    total: int | None = None,
) -> dict:
    """Annotate articles and append every chunk to ``store``; return reconciled counts.

    Articles whose ``doc_id`` is already in the store are skipped *before* annotation (so
    rerunning an interrupted job resumes it). Items the loader skipped are counted too, so
    ``docs_in == annotated + sum(skipped.values())`` always holds.

    Parameters
    ----------
    store : mediakit.store.Store or path
    other parameters
        As in :func:`annotate`.

    Returns
    -------
    dict
        ``docs_in``, ``annotated``, ``skipped`` (``already_in_store``,
        ``duplicate_in_input``, ``load``), ``elapsed_s``, ``docs_per_s``, ``rows`` (per
        table).

    Examples
    --------
    >>> import tempfile
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "a"], "title": ["x", "y", "x"]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     out = annotate_into(d, arts, annotators=[lambda c: {}], progress=False)
    >>> out["docs_in"], out["annotated"], out["skipped"]
    (3, 2, {'already_in_store': 0, 'duplicate_in_input': 1, 'load': 0})
    """
    from .store import Store

    own = not hasattr(store, "append")
    if own:
        store = Store(store)
    counts = _empty_counts()
    rows: dict[str, int] = {}
    reports: list = []
    t0 = time.perf_counter()

    def fresh() -> Iterator[pd.DataFrame]:
        for chunk in iter_chunks(articles_or_chunks, chunk_size, format=format,
                                 load_reports=reports):
            counts["docs_in"] += len(chunk)
            known = store.contains(chunk[schema.DOC_ID])
            if known.any():
                counts["skipped"]["already_in_store"] += int(known.sum())
                chunk = chunk[~known]
            if len(chunk):
                yield chunk

    try:
        for ann in annotate(fresh(), annotators, chunk_size=chunk_size, progress=progress,
                            n_jobs=n_jobs, total=total):
            res = store.append(ann)
            counts["annotated"] += res["articles"]
            counts["skipped"]["already_in_store"] += res["skipped_in_store"]
            counts["skipped"]["duplicate_in_input"] += res["skipped_duplicate"]
            for k, v in res["rows"].items():
                rows[k] = rows.get(k, 0) + v
    finally:
        if own:
            store.close()
    n_load_skipped = sum(r.n_skipped for r in reports)
    counts["skipped"]["load"] = n_load_skipped
    counts["docs_in"] += n_load_skipped
    elapsed = time.perf_counter() - t0
    counts["elapsed_s"] = round(elapsed, 3)
    counts["docs_per_s"] = round(counts["annotated"] / elapsed, 1) if elapsed > 0 else None
    counts["rows"] = rows
    return counts


# --- dask ----------------------------------------------------------------------------------


def _dask_partition(part, specs, root: str, known, format: str | None = None) -> dict:
    """Run on a dask worker: load if needed, drop known ids, annotate, write Parquet files."""
    import numpy as np

    from .store import _hash_ids, stage_tables

    reports: list = []
    chunks = list(iter_chunks(part, 10**12, format=format, load_reports=reports)) \
        if not isinstance(part, pd.DataFrame) else [part]
    df = pd.concat(chunks, ignore_index=True) if chunks else schema.empty("articles")
    n_in = len(df)
    n_known = 0
    if len(known) and n_in:
        hashes = _hash_ids(df[schema.DOC_ID])
        pos = np.searchsorted(known, hashes)
        pos[pos >= len(known)] = 0
        hit = known[pos] == hashes  # exact check happens again at commit time
        n_known = int(hit.sum())
        df = df[~hit]
    tables = _run_annotators(specs, df) if len(df) else {}
    staged = stage_tables(root, {"articles": df, **tables})
    staged["n_in"] = n_in
    staged["n_known"] = n_known
    staged["n_load_skipped"] = sum(r.n_skipped for r in reports)
    return staged


def annotate_dask(
    data,
    store,
    annotators: Sequence[str | Annotator] = ("countries", "accusations"),
    *,
    client=None,
    address: str | None = None,
    format: str | None = None,
    progress: bool = True,
) -> dict:
    """Annotate on a dask cluster; workers write Parquet, this process commits the store.

    Each partition (one file of ``data`` when paths are given, or one partition of a
    ``dask.dataframe``) is loaded, annotated and written by a worker with exactly the same
    functions as :func:`annotate`; the client commits each finished partition to the store
    atomically (so an interrupted run resumes like :func:`annotate_into`).

    On a real cluster every worker must see the input files and the store folder at the same
    paths (a shared file system), and have mediakit installed::

        dask scheduler                      # on one machine: tcp://scheduler:8786
        dask worker tcp://scheduler:8786    # on each worker machine
        mediakit annotate /shared/corpus/*.jsonl --store /shared/store --dask tcp://scheduler:8786

    Parameters
    ----------
    data : path, list of paths, or dask.dataframe.DataFrame
    store : mediakit.store.Store or path
    annotators : as in :func:`annotate` (callables must be picklable)
    client : distributed.Client, optional
    address : str, optional
        Scheduler address (``tcp://host:8786``) when no client is given.

    Returns
    -------
    dict
        Counts as :func:`annotate_into`.
    """
    try:
        import dask
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "annotate_dask needs dask and distributed: pip install 'mediakit[dask]'"
        ) from exc
    from .store import Store

    specs = list(annotators)
    for spec in specs:
        if isinstance(spec, str) and spec not in ANNOTATORS:
            resolve_annotator(spec)
    if client is None and address is None:
        raise ValueError("annotate_dask needs client= or address= (e.g. tcp://host:8786)")
    own_store = not hasattr(store, "append")
    if own_store:
        store = Store(store)
    own_client = client is None
    if own_client:
        client = Client(address)
    t0 = time.perf_counter()
    counts = _empty_counts()
    rows: dict[str, int] = {}
    try:
        with store.writing():
            known = client.scatter(store._hashes(), broadcast=True)
            root = str(store.path.resolve())
            if hasattr(data, "to_delayed"):
                parts = data.to_delayed()
                tasks = [dask.delayed(_dask_partition)(p, specs, root, known) for p in parts]
            else:
                from .io import input_files

                tasks = [dask.delayed(_dask_partition)(str(u), specs, root, known, f)
                         for u, f in input_files(data, format)]
            from tqdm.auto import tqdm

            futures = client.compute(tasks)
            for fut in tqdm(as_completed(futures), total=len(futures), unit="part",
                            desc="annotate (dask)", disable=not progress):
                staged = fut.result()
                res = store._commit_staged_locked(staged)
                counts["docs_in"] += staged["n_in"] + staged["n_load_skipped"]
                counts["annotated"] += res["articles"]
                counts["skipped"]["already_in_store"] += staged["n_known"] + res[
                    "skipped_in_store"]
                counts["skipped"]["duplicate_in_input"] += res["skipped_duplicate"]
                counts["skipped"]["load"] += staged["n_load_skipped"]
                for k, v in res["rows"].items():
                    rows[k] = rows.get(k, 0) + v
                fut.release()
    finally:
        if own_client:
            client.close()
        if own_store:
            store.close()
    elapsed = time.perf_counter() - t0
    counts["elapsed_s"] = round(elapsed, 3)
    counts["docs_per_s"] = round(counts["annotated"] / elapsed, 1) if elapsed > 0 else None
    counts["rows"] = rows
    return counts
