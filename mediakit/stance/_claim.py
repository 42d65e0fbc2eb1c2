"""Applying stance to a corpus: how does coverage of one claim split over time?"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema
from ..errors import DatasetNotFoundError, ModelFileError
from ._model import BODY, HEADLINE, StanceClassifier
from ._score import LABELS, RELATED

__all__ = ["STANCE", "claim_stance", "default_model", "stance_shares"]

#: Column of :func:`claim_stance` holding the predicted stance.
STANCE = "stance"
_PROBA = [f"p_{lab}" for lab in LABELS]
_DEFAULT: dict[str, StanceClassifier] = {}
_CACHE_NAME = "stance_fnc1.skops"


def _cache_dir() -> Path:
    env = os.environ.get("MEDIAKIT_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "mediakit"


def default_model(*, data_home=None, cache: bool = True) -> StanceClassifier:
    """Return a :class:`StanceClassifier` trained on the FNC-1 training data.

    The model is trained once (about three minutes of CPU) from the FNC-1 files in
    ``<data_home>/fnc1/`` when ``data_home`` is given, else those found by
    :func:`mediakit.fetch_fnc1`, and kept in memory; with ``cache=True`` it is also written to
    ``$MEDIAKIT_CACHE/stance_fnc1.skops`` (default ``~/.cache/mediakit``) and read from there
    next time. A cached model written by another version of mediakit (see
    :data:`~mediakit.stance._model.MODEL_FORMAT`) or unreadable is retrained and replaced, with
    a warning.

    Raises
    ------
    DatasetNotFoundError
        No trained model and no FNC-1 data: the message says how to get one.

    Examples
    --------
    >>> model = default_model()  # doctest: +SKIP
    """
    key = f"fnc1:{data_home}"
    if key in _DEFAULT:
        return _DEFAULT[key]
    path = _cache_dir() / _CACHE_NAME
    model = None
    if cache and path.is_file():
        try:
            model = StanceClassifier.load(path)
        except ModelFileError as exc:
            warnings.warn(
                f"the cached default stance model cannot be used ({exc}); retraining it from "
                f"FNC-1 and replacing {path}", UserWarning, stacklevel=2)
    if model is None:
        bodies, stances = _read_training_data(data_home)
        model = train_on_fnc1(bodies, stances)
        if cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            try:  # write then rename: a reader never sees a half-written cache file
                model.save(tmp)
                os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
    _DEFAULT[key] = model
    return model


def _read_training_data(data_home):
    """FNC-1 training tables from ``<data_home>/fnc1`` (only there when given) or the usual
    dataset folders (:func:`mediakit.fetch_fnc1`)."""
    from ..datasets import fetch_fnc1

    try:
        if data_home is not None:
            folder = Path(data_home).expanduser() / "fnc1"
            names = ["train_bodies.csv", "train_stances.csv"]
            if not all((folder / n).is_file() for n in names):
                raise DatasetNotFoundError(
                    f"FNC-1 not found: {', '.join(names)} are not in {folder}",
                    expected=[f"fnc1/{n}" for n in names])
            from ..io.fnc1 import read_fnc1

            return read_fnc1(folder / "train_bodies.csv")
        return fetch_fnc1()
    except DatasetNotFoundError as exc:
        raise DatasetNotFoundError(
            "claim_stance needs a trained StanceClassifier and none was given; no FNC-1 "
            f"data was found to train the default one ({exc}). Either put train_bodies.csv "
            "and train_stances.csv in <MEDIAKIT_DATA>/fnc1/, or train one yourself: "
            "StanceClassifier().fit(pairs, stances).save('stance.skops') and pass "
            "model=StanceClassifier.load('stance.skops').",
            expected=exc.expected,
        ) from None


def fnc1_pairs(bodies: pd.DataFrame, stances: pd.DataFrame) -> pd.DataFrame:
    """Join an FNC-1 stances table to its bodies: columns ``headline``, ``body``, ``body_id``,
    ``stance``. A stance row whose body id is not in ``bodies`` raises ValueError."""
    text = dict(zip(bodies["body_id"].tolist(), bodies[schema.TEXT].tolist(), strict=True))
    missing = sorted(set(stances["body_id"].tolist()) - set(text))
    if missing:
        raise ValueError(
            f"{len(missing)} body id(s) in the stances table are not in the bodies table, "
            f"e.g. {missing[:5]}"
        )
    return pd.DataFrame({
        HEADLINE: stances["headline"].astype(str).to_numpy(),
        BODY: [text[i] for i in stances["body_id"].tolist()],
        "body_id": stances["body_id"].to_numpy(),
        STANCE: stances["stance"].to_numpy(),
    })


def train_on_fnc1(bodies: pd.DataFrame, stances: pd.DataFrame, **params) -> StanceClassifier:
    """Fit a :class:`StanceClassifier` on FNC-1 tables as read by ``mediakit.io.fnc1``."""
    pairs = fnc1_pairs(bodies, stances)
    if pairs[STANCE].isna().any():
        raise ValueError(
            f"{int(pairs[STANCE].isna().sum())} stance rows have no label; training needs a "
            "labelled stances file (with a Stance column)")
    return StanceClassifier(**params).fit(pairs[[HEADLINE, BODY]], pairs[STANCE])


def claim_stance(
    articles: pd.DataFrame,
    claim: str,
    *,
    model: StanceClassifier | None = None,
    strict: bool = False,
) -> pd.DataFrame:
    """Stance of every article towards one claim.

    Each article's ``text`` (its ``title`` when it has no text) is paired with ``claim`` and
    scored by ``model``.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles table (``doc_id``, ``text``, ``title``, ``published``, ``source``).
    claim : str
        The claim, phrased like a headline, e.g. ``"the US is pretending to fight Isis"``.
    model : StanceClassifier, optional
        A fitted model; default :func:`default_model` (trained on FNC-1).
    strict : bool, default False
        Articles without any text get stance NA and a warning; ``strict=True`` raises.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``stance``, ``p_agree``, ``p_disagree``, ``p_discuss``, ``p_unrelated``,
        ``published``, ``source``; one row per article, in input order.

    Examples
    --------
    >>> import pandas as pd
    >>> X = [("Isis flees", "Isis fled the town."), ("Isis flees", "Cats nap.")] * 3
    >>> m = StanceClassifier(max_iter=5, n_components=2).fit(X, ["agree", "unrelated"] * 3)
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Isis fled the town.", "Cats nap."]})
    >>> claim_stance(arts, "Isis flees", model=m)["stance"].tolist()
    ['agree', 'unrelated']
    """
    if not isinstance(claim, str) or not claim.strip():
        raise ValueError(f"claim must be a non-empty string; got {claim!r}")
    if not isinstance(articles, pd.DataFrame) or schema.DOC_ID not in articles.columns:
        raise ValueError("articles must be an articles table (a DataFrame with a 'doc_id' column)")
    if model is None:
        model = default_model()
    text = articles[schema.TEXT] if schema.TEXT in articles else pd.Series(pd.NA, index=articles.index)
    title = articles[schema.TITLE] if schema.TITLE in articles else pd.Series(pd.NA, index=articles.index)
    body = text.astype("string").fillna("").str.strip()
    body = body.where(body != "", title.astype("string").fillna("").str.strip())
    ok = (body != "").to_numpy()
    n_bad = int((~ok).sum())
    if n_bad:
        first = articles[schema.DOC_ID].iloc[int(np.flatnonzero(~ok)[0])]
        msg = f"{n_bad} article(s) have no text or title (first: doc_id {first!r}); stance is NA"
        if strict:
            raise ValueError(msg)
        warnings.warn(msg, UserWarning, stacklevel=2)
    proba = np.full((len(articles), len(LABELS)), np.nan)
    stance = pd.Series(pd.NA, index=range(len(articles)), dtype="string")
    if ok.any():
        pairs = pd.DataFrame({HEADLINE: claim, BODY: body[ok].to_numpy()})
        proba[ok] = model.predict_proba(pairs)
        stance[ok] = model.predict(pairs)
    out = pd.DataFrame({schema.DOC_ID: articles[schema.DOC_ID].astype("string").to_numpy()})
    out[STANCE] = stance.to_numpy()
    for j, col in enumerate(_PROBA):
        out[col] = proba[:, j]
    out[schema.PUBLISHED] = (
        pd.to_datetime(articles[schema.PUBLISHED], utc=True).to_numpy()
        if schema.PUBLISHED in articles else pd.NaT
    )
    out[schema.PUBLISHED] = pd.to_datetime(out[schema.PUBLISHED], utc=True)
    out[schema.SOURCE] = (
        articles[schema.SOURCE].astype("string").to_numpy() if schema.SOURCE in articles
        else pd.NA
    )
    out[schema.SOURCE] = out[schema.SOURCE].astype("string")
    return out


def stance_shares(table: pd.DataFrame, *, freq: str = "W", related_only: bool = True) -> pd.DataFrame:
    """Count articles per period and stance (the data behind ``plots.stance_over_time``).

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`claim_stance` (columns ``published`` and ``stance``).
    freq : str, default "W"
        pandas period alias ("D", "W", "M", ...).
    related_only : bool, default True
        Keep only agree / disagree / discuss (drop articles unrelated to the claim).

    Returns
    -------
    pandas.DataFrame
        Index: period start (UTC timestamps); columns: stances; values: article counts.
        Rows without a date or a stance are left out with a warning saying how many.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"published": pd.to_datetime(["2015-10-01", "2015-10-02",
    ...     "2015-10-09"], utc=True), "stance": ["agree", "disagree", "discuss"]})
    >>> stance_shares(t, freq="W").to_numpy().tolist()
    [[1, 1, 0], [0, 0, 1]]
    """
    for col in (schema.PUBLISHED, STANCE):
        if col not in table.columns:
            raise ValueError(f"stance table lacks column {col!r} (use claim_stance's output)")
    published = pd.to_datetime(table[schema.PUBLISHED], utc=True)
    keep = published.notna() & table[STANCE].notna()
    n_drop = int((~keep).sum())
    if n_drop:
        warnings.warn(
            f"{n_drop} of {len(table)} articles have no date or no stance and are not counted",
            UserWarning, stacklevel=2)
    labels = list(RELATED) if related_only else list(LABELS)
    df = pd.DataFrame({"t": published[keep], STANCE: table.loc[keep, STANCE].astype(str)})
    df = df[df[STANCE].isin(labels)]
    period = df["t"].dt.tz_localize(None).dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
    counts = pd.crosstab(period, df[STANCE]).reindex(columns=labels, fill_value=0)
    counts.index.name = schema.PUBLISHED
    counts.columns.name = STANCE
    return counts.astype("int64")
