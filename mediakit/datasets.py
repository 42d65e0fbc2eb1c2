"""Public news corpora, loaded from disk in scikit-learn ``fetch_*`` style (never downloaded).

Each ``fetch_*`` looks for its folder under, in order: the ``data_home`` argument, the
``MEDIAKIT_DATA`` environment variable, ``../shared/datasets`` relative to the current
directory, and ``../shared/datasets`` relative to the repository (the package's parent's
parent). When the files are absent, :class:`~mediakit.errors.DatasetNotFoundError` says which
files to put in which folder. Nothing here uses the network. Each dataset is read once per
process (keyed by its files' names, sizes and modification times); later calls return copies.

========================  ================  ===============================================
function                  folder            files
========================  ================  ===============================================
fetch_reuters21578        ``reuters21578``  ``reut2-NNN.sgm`` or ``reut2-NNN.sgm.gz``
fetch_fnc1                ``fnc1``          ``train_bodies.csv``, ``train_stances.csv``
fetch_allsides            ``allsides``      ``articles-NN.jsonl.gz`` (+ ``splits/``)
fetch_fakes               ``fa_kes``        ``FA-KES-Dataset.csv.gz`` (or ``.csv``)
========================  ================  ===============================================

Examples
--------
>>> from mediakit.datasets import fetch_reuters21578, get_data_home
>>> get_data_home().name  # doctest: +SKIP
'datasets'
>>> df = fetch_reuters21578(subset="train")  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .errors import DatasetNotFoundError

__all__ = [
    "DatasetNotFoundError",
    "fetch_allsides",
    "fetch_fakes",
    "fetch_fnc1",
    "fetch_reuters21578",
    "get_data_home",
]

_REPO = Path(__file__).resolve().parents[1]


def _candidates(data_home=None) -> list[Path]:
    cands: list[Path] = []
    if data_home is not None:
        cands.append(Path(data_home).expanduser())
    env = os.environ.get("MEDIAKIT_DATA")
    if env:
        cands.append(Path(env).expanduser())
    cands.append(Path.cwd().parent / "shared" / "datasets")
    cands.append(_REPO.parent / "shared" / "datasets")
    out: list[Path] = []
    for c in cands:
        if c not in out:
            out.append(c)
    return out


def get_data_home(data_home: str | os.PathLike | None = None) -> Path:
    """Return the folder mediakit reads datasets from.

    The first existing folder among ``data_home``, ``$MEDIAKIT_DATA``,
    ``<cwd>/../shared/datasets`` and ``<repo>/../shared/datasets``; when none exists, the
    first candidate (nothing is created).

    Examples
    --------
    >>> import tempfile
    >>> d = tempfile.mkdtemp()
    >>> get_data_home(d) == Path(d)
    True
    """
    cands = _candidates(data_home)
    for c in cands:
        if c.is_dir():
            return c
    return cands[0]


_CACHE: dict[tuple, object] = {}
_CACHE_MAX = 4


def _signature(folder: Path) -> tuple:
    return tuple((p.name, st.st_size, st.st_mtime_ns)
                 for p in sorted(folder.rglob("*")) if p.is_file() for st in (p.stat(),))


def _cached(key: str, folder: Path, read):
    """Read once per process (keyed by the files' names, sizes and mtimes); return copies."""
    sig = (key, str(folder), _signature(folder))
    if sig not in _CACHE:
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[sig] = read()
    value = _CACHE[sig]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    return _copy(value)


def _copy(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.attrs = dict(df.attrs)
    return out


def _find(name: str, title: str, patterns: Sequence[str], want: str, data_home) -> Path:
    """Return ``<root>/<name>`` for the first root holding files matching all patterns."""
    cands = _candidates(data_home)
    for root in cands:
        folder = root / name
        if folder.is_dir() and all(any(folder.glob(p)) for p in patterns):
            return folder
    searched = "\n".join(f"  {c / name}" for c in cands)
    raise DatasetNotFoundError(
        f"{title} not found: put {want} in a folder named {name!r} under one of:\n{searched}\n"
        "(or pass data_home=, or set MEDIAKIT_DATA). mediakit never downloads data.",
        expected=[f"{name}/{p}" for p in patterns],
    )


def fetch_reuters21578(data_home=None, *, subset: str | None = None,
                       progress: bool = False) -> pd.DataFrame:
    """Load Reuters-21578 (Distribution 1.0) as an articles table.

    Origin: David D. Lewis' Reuters-21578 Distribution 1.0 (1987 Reuters newswire; copyright
    Reuters Ltd., free distribution for research purposes only - acknowledge "Reuters-21578,
    Distribution 1.0"); the shared copy comes from GitHub ``kchopra456/Reuters-21578``.
    Put the original ``reut2-000.sgm`` ... ``reut2-021.sgm`` files (plain or gzipped) in
    ``<data_home>/reuters21578/``.

    Parameters
    ----------
    data_home : str or Path, optional
        Folder holding ``reuters21578/`` (see :func:`get_data_home`).
    subset : {None, "all", "train", "test", "not-used", "modapte-train"}, optional
        ``LEWISSPLIT`` filter; ``"modapte-train"`` is TRAIN with ``TOPICS="YES"``.
    progress : bool, default False
        Show a progress bar over the files.

    Returns
    -------
    pandas.DataFrame
        Articles with ``topics``, ``places``, ``people``, ``orgs``, ``exchanges`` lists and
        ``lewissplit``, ``cgisplit``, ``topics_flag``, ``newid``, ``oldid`` columns.

    Examples
    --------
    >>> df = fetch_reuters21578(subset="modapte-train")  # doctest: +SKIP
    >>> len(df)  # doctest: +SKIP
    9603
    """
    from .io import load

    subsets = {None: None, "all": None, "train": "TRAIN", "test": "TEST",
               "not-used": "NOT-USED", "modapte-train": "TRAIN"}
    if subset not in subsets:
        raise ValueError(f"subset must be one of {sorted(k for k in subsets if k)}, got {subset!r}")
    folder = _find("reuters21578", "Reuters-21578", ["reut2-*.sgm*"],
                   "the reut2-NNN.sgm (or .sgm.gz) files", data_home)
    df = _cached("reuters", folder, lambda: load(folder, format="reuters", progress=progress))
    split = subsets[subset]
    if split is None:
        return df
    keep = df["lewissplit"] == split
    if subset == "modapte-train":
        keep &= df["topics_flag"] == "YES"
    if not keep.any():
        raise DatasetNotFoundError(
            f"Reuters-21578 in {folder} has no LEWISSPLIT={split} documents "
            "(the shared copy holds out the TEST split)", expected=[f"LEWISSPLIT={split}"])
    out = df[keep].reset_index(drop=True)
    out.attrs = df.attrs
    return out


def fetch_fnc1(data_home=None, *, subset: str = "train") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Load FNC-1 (Fake News Challenge stage 1) stance data: ``(bodies, stances)``.

    Origin: GitHub ``FakeNewsChallenge/fnc-1`` (files ``train_bodies.csv``,
    ``train_stances.csv``; labelled test set ``competition_test_bodies.csv``,
    ``competition_test_stances.csv``); task and scoring at fakenewschallenge.org. No licence
    is stated by the data repository. Put the files in ``<data_home>/fnc1/``.

    Parameters
    ----------
    data_home : str or Path, optional
        Folder holding ``fnc1/``.
    subset : {"train", "competition_test"}, default "train"
        Which pair of files to read.

    Returns
    -------
    bodies : pandas.DataFrame
        Articles table (``doc_id`` ``fnc1-<Body ID>``, extra ``body_id``).
    stances : pandas.DataFrame
        ``headline``, ``body_id``, ``stance``.

    Examples
    --------
    >>> bodies, stances = fetch_fnc1()  # doctest: +SKIP
    >>> len(bodies), len(stances)  # doctest: +SKIP
    (1683, 49972)
    """
    from .io.fnc1 import read_fnc1

    if subset not in ("train", "competition_test"):
        raise ValueError(f"subset must be 'train' or 'competition_test', got {subset!r}")
    bodies_name, stances_name = f"{subset}_bodies.csv", f"{subset}_stances.csv"
    folder = _find("fnc1", "FNC-1", [bodies_name, stances_name],
                   f"{bodies_name} and {stances_name}", data_home)
    return _cached(subset, folder, lambda: read_fnc1(folder / bodies_name))


def fetch_allsides(data_home=None, *, split: str | None = None,
                   progress: bool = False) -> pd.DataFrame:
    """Load the AllSides Article-Bias-Prediction corpus (Baly et al., EMNLP 2020).

    Origin: GitHub ``ramybaly/Article-Bias-Prediction`` (Apache-2.0 repository; article
    texts belong to their publishers; cite the paper). 37,554 articles, labelled left /
    center / right. Put ``articles-00.jsonl.gz`` ... (one JSON object per line with ``ID``,
    ``content_original``, ``date``, ...) in ``<data_home>/allsides/``, and the paper's split
    lists in ``<data_home>/allsides/splits/{media,random}/{train,valid,test}.tsv``.

    Parameters
    ----------
    data_home : str or Path, optional
        Folder holding ``allsides/``.
    split : str, optional
        ``"media/train"``, ``"random/test"``, ...: keep only the IDs of that split list.
    progress : bool, default False
        Show a progress bar over the files.

    Returns
    -------
    pandas.DataFrame
        Articles with ``topic``, ``source_url``, ``authors``, ``bias`` (0 left, 1 center,
        2 right) and ``bias_text``; missing or bogus dates are NaT (bogus ones reported in
        ``df.attrs["load_report"]``).

    Examples
    --------
    >>> df = fetch_allsides(split="media/test")  # doctest: +SKIP
    >>> len(df)  # doctest: +SKIP
    1300
    """
    from .io import load

    folder = _find("allsides", "AllSides", ["articles-*.jsonl*"],
                   "articles-NN.jsonl.gz", data_home)
    df = _cached("allsides", folder, lambda: load(sorted(folder.glob("articles-*.jsonl*")),
                                                  format="allsides", progress=progress))
    if split is None:
        return df
    tsv = folder / "splits" / f"{split}.tsv"
    if not tsv.is_file():
        raise DatasetNotFoundError(
            f"AllSides split {split!r} not found: expected {tsv} (e.g. split='media/train')",
            expected=[str(tsv)])
    ids = pd.read_csv(tsv, sep="\t", dtype=str)["ID"]
    out = df[df["doc_id"].isin(set(ids))].reset_index(drop=True)
    out.attrs = df.attrs
    return out


def fetch_fakes(data_home=None) -> pd.DataFrame:
    """Load FA-KES, fake news around the Syrian war (Abu Salem et al., ICWSM 2019).

    Origin: Zenodo record 10.5281/zenodo.2607278 (``FA-KES-Dataset.csv``; the shared copy
    comes from GitHub ``Pitaz1/AI_BootCamp_Group1``). 804 articles labelled 1 credible /
    0 fake, with the event ``location`` (Syrian governorate). Put ``FA-KES-Dataset.csv.gz``
    (or the plain ``.csv``) in ``<data_home>/fa_kes/``.

    Parameters
    ----------
    data_home : str or Path, optional
        Folder holding ``fa_kes/``.

    Returns
    -------
    pandas.DataFrame
        Articles with ``unit_id``, ``location`` and ``labels``.

    Examples
    --------
    >>> df = fetch_fakes()  # doctest: +SKIP
    >>> int(df["labels"].sum())  # doctest: +SKIP
    426
    """
    from .io import load

    folder = _find("fa_kes", "FA-KES", ["FA-KES-Dataset.csv*"],
                   "FA-KES-Dataset.csv.gz (or FA-KES-Dataset.csv)", data_home)
    path = sorted(folder.glob("FA-KES-Dataset.csv*"))[0]
    return _cached("fakes", folder, lambda: load(path, format="fakes"))
