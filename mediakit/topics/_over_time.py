"""Topic counts and shares per period, optionally per source or country."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .. import schema

__all__ = ["topics_over_time"]

PERIOD = "period"
N_DOCS = "n_docs"
N_PERIOD_DOCS = "n_period_docs"
SHARE = "share"
WEIGHT_SHARE = "weight_share"
INCOMPLETE = "incomplete"
COUNTRY = "country"
#: Group of articles whose ``by`` column is missing.
UNKNOWN = "(unknown)"


def _period_starts(days: pd.Series, offset) -> pd.Series:
    """Map each (tz-naive, midnight) date to the start of its period."""
    uniq = pd.DatetimeIndex(days.dropna().unique())
    if isinstance(offset, pd.offsets.Tick):
        starts = uniq.floor(offset)
    else:
        starts = pd.DatetimeIndex([offset.rollback(d) for d in uniq])
    return days.map(dict(zip(uniq, starts, strict=True)))


def topics_over_time(
    articles: pd.DataFrame,
    doc_topics: pd.DataFrame,
    freq: str = "MS",
    by: str | None = None,
    countries: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count the documents of each topic per period, and their share of all documents.

    Parameters
    ----------
    articles : DataFrame
        Articles table with ``doc_id`` and ``published`` (UTC); the denominators count every
        dated article, with or without a topic. Undated articles are left out with a warning.
    doc_topics : DataFrame
        ``doc_topics`` table (``doc_id``, ``topic``, ``weight``), e.g. from
        :meth:`TopicModel.doc_topics` or built from labels. A document counts once per topic.
    freq : str, default "MS"
        Pandas frequency: ``"MS"`` month starts, ``"W-MON"`` weeks starting Monday, ``"D"``,
        ``"QS"``, ``"YS"``... Each row's ``period`` is the first day of its period.
    by : {None, "source", "country"} or any articles column
        Split counts by this column (missing values form the group ``"(unknown)"``);
        ``"country"`` uses ``countries`` (articles with no country are not counted then).
    countries : DataFrame, optional
        ``doc_countries`` table (``doc_id``, ``iso3``) for ``by="country"``: an article counts
        for every country it covers.

    Returns
    -------
    DataFrame with columns ``period`` (UTC timestamp), [the ``by`` column], ``topic``,
    ``n_docs`` (documents with the topic), ``n_period_docs`` (all documents of the period and
    group), ``share`` (= ``n_docs / n_period_docs``), ``weight_share`` (sum of topic weights /
    ``n_period_docs``), ``incomplete`` (True for the last period when the data stop before its
    end - its counts are not comparable). Every period x group x topic appears (zeros included).

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.to_datetime(
    ...     ["2020-01-03", "2020-01-20", "2020-02-02"], utc=True)})
    >>> dt = pd.DataFrame({"doc_id": ["a", "c"], "topic": ["oil", "oil"], "weight": [1.0, 0.5]})
    >>> t = topics_over_time(arts, dt)
    >>> t["period"].dt.strftime("%Y-%m").tolist(), t["n_docs"].tolist(), t["share"].tolist()
    (['2020-01', '2020-02'], [1, 1], [0.5, 1.0])
    >>> t["n_period_docs"].tolist(), t["incomplete"].tolist()
    ([2, 1], [False, True])
    """
    for col in (schema.DOC_ID, schema.PUBLISHED):
        if col not in articles.columns:
            raise ValueError(f"topics_over_time: articles table has no {col!r} column")
    for col in (schema.DOC_ID, schema.TOPIC):
        if col not in doc_topics.columns:
            raise ValueError(f"topics_over_time: doc_topics table has no {col!r} column")
    try:
        offset = pd.tseries.frequencies.to_offset(freq)
    except ValueError as exc:
        raise ValueError(f"topics_over_time: unknown freq {freq!r} ({exc})") from None

    group = None
    if by is not None:
        if by == COUNTRY:
            if countries is None:
                raise ValueError(
                    'topics_over_time: by="country" needs countries= (a doc_countries table '
                    "with doc_id and iso3, e.g. from mediakit.doc_countries)"
                )
            for col in (schema.DOC_ID, schema.ISO3):
                if col not in countries.columns:
                    raise ValueError(f"topics_over_time: countries table has no {col!r} column")
            group = COUNTRY
        elif by not in articles.columns:
            raise ValueError(
                f"topics_over_time: by={by!r} is not a column of the articles table "
                f"(have: {', '.join(map(str, articles.columns))}); use by='country' with "
                "countries= for countries"
            )
        else:
            group = by

    arts = articles[[schema.DOC_ID, schema.PUBLISHED]
                    + ([by] if group is not None and group != COUNTRY else [])].copy()
    pub = pd.to_datetime(arts[schema.PUBLISHED], utc=True)
    undated = int(pub.isna().sum())
    if undated:
        warnings.warn(
            f"topics_over_time: {undated} of {len(arts)} articles have no published date and "
            "are left out",
            UserWarning,
            stacklevel=2,
        )
    arts = arts.loc[pub.notna()]
    pub = pub.loc[pub.notna()]
    if group is not None and group != COUNTRY:
        # articles without a source (etc.) still count, in their own group
        arts[group] = arts[group].astype(object).where(arts[group].notna(), UNKNOWN)
    dt = doc_topics[[schema.DOC_ID, schema.TOPIC]
                    + ([schema.WEIGHT] if schema.WEIGHT in doc_topics.columns else [])].copy()
    if schema.WEIGHT not in dt.columns:
        dt[schema.WEIGHT] = 1.0
    dt = dt.drop_duplicates([schema.DOC_ID, schema.TOPIC])
    unknown = ~dt[schema.DOC_ID].isin(articles[schema.DOC_ID])
    if unknown.any():
        warnings.warn(
            f"topics_over_time: {int(unknown.sum())} doc_topics rows have a doc_id that is not "
            "in the articles table; they are left out",
            UserWarning,
            stacklevel=2,
        )
        dt = dt.loc[~unknown]
    topics = sorted(dt[schema.TOPIC].dropna().astype(str).unique())

    days = pub.dt.tz_convert("UTC").dt.tz_localize(None).dt.normalize()
    arts[PERIOD] = _period_starts(days, offset).to_numpy()
    if group == COUNTRY:
        c = countries[[schema.DOC_ID, schema.ISO3]].drop_duplicates()
        arts = arts.merge(c, on=schema.DOC_ID, how="inner").rename(columns={schema.ISO3: COUNTRY})
    keys = [PERIOD] + ([group] if group else [])
    cols = keys + [schema.TOPIC, N_DOCS, N_PERIOD_DOCS, SHARE, WEIGHT_SHARE, INCOMPLETE]
    if arts.empty or not topics:
        return _empty(cols)

    totals = arts.groupby(keys, dropna=False).size().rename(N_PERIOD_DOCS)
    joined = arts.merge(dt, on=schema.DOC_ID, how="inner")
    counts = joined.groupby(keys + [schema.TOPIC], dropna=False).agg(
        **{N_DOCS: (schema.DOC_ID, "nunique"), "_w": (schema.WEIGHT, "sum")})

    groups = arts[group].dropna().unique() if group else None
    return _complete(counts, totals.reset_index(), keys, groups, topics, cols, offset=offset,
                     first=arts[PERIOD].min(), last=arts[PERIOD].max(), last_day=days.max())


def _empty(cols: list[str]) -> pd.DataFrame:
    """The result table with no rows."""
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    out[PERIOD] = pd.Series(dtype="datetime64[ns, UTC]")
    return out


def _complete(counts: pd.DataFrame, totals: pd.DataFrame, keys: list[str], groups, topics,
              cols: list[str], *, offset, first, last, last_day) -> pd.DataFrame:
    """The result table from per-(period, group, topic) counts and per-(period, group) totals.

    ``counts`` is indexed by ``keys + [topic]`` with columns ``n_docs`` and ``_w`` (weight
    sum), ``totals`` has the ``keys`` and ``n_period_docs`` columns; periods are tz-naive.
    Every period from ``first`` to ``last`` x every group value x every topic gets a row (0
    when absent); the last period is incomplete when ``last_day`` is before its last day.
    Shared by :func:`topics_over_time` and :meth:`mediakit.Store.topics_over_time`.
    """
    periods = []
    p = first
    while p <= last:
        periods.append(p)
        p = p + offset
    grid_parts = [pd.Index(periods, name=PERIOD)]
    if groups is not None:
        grid_parts.append(pd.Index(sorted(groups, key=str), name=keys[1]))
    grid_parts.append(pd.Index(topics, name=schema.TOPIC))
    grid = pd.MultiIndex.from_product(grid_parts)
    out = counts.reindex(grid, fill_value=0).reset_index()
    out = out.merge(totals[keys + [N_PERIOD_DOCS]], on=keys, how="left")
    out[N_PERIOD_DOCS] = out[N_PERIOD_DOCS].fillna(0).astype("int64")
    out[N_DOCS] = out[N_DOCS].astype("int64")
    denom = out[N_PERIOD_DOCS].to_numpy(dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        safe = np.where(denom > 0, denom, 1)
        out[SHARE] = np.where(denom > 0, out[N_DOCS] / safe, np.nan)
        out[WEIGHT_SHARE] = np.where(denom > 0, out["_w"].astype(float) / safe, np.nan)
    incomplete_last = last_day < (last + offset) - pd.Timedelta(days=1)
    out[INCOMPLETE] = (out[PERIOD] == last) & bool(incomplete_last)
    out[PERIOD] = pd.to_datetime(out[PERIOD]).dt.tz_localize("UTC")
    return out[cols]
