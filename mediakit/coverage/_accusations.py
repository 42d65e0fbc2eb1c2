"""Who accuses whom, and over time: :func:`who_accuses_whom`, :func:`accusations_over_time`.

Both take the accusations table of :class:`mediakit.accusations.AccusationExtractor`
(:data:`mediakit.schema.ACCUSATIONS`). Parties are the ISO3 codes (``by="iso3"``, the
default; rows without a code on a side are left out unless ``unresolved`` names a label for
them) or the spans as written (``by="text"``).
"""

from __future__ import annotations

import pandas as pd

from .. import schema
from ._periods import drop_undated

__all__ = ["ACCUSATION_COUNT_COLUMNS", "accusations_over_time", "who_accuses_whom"]

N_ACCUSATIONS = "n_accusations"
N_ARTICLES = "n_articles"
N_TOTAL = "n_total"
SHARE = "share"
PERIOD = "period"
#: Columns of :func:`who_accuses_whom` (long form).
ACCUSATION_COUNT_COLUMNS = (schema.ACCUSER, schema.ACCUSED, N_ACCUSATIONS, N_ARTICLES)


def _parties(acc: pd.DataFrame, by: str, unresolved: str | None, polarity: str,
             min_confidence: float, method: str | None = None) -> pd.DataFrame:
    for col in (schema.DOC_ID, schema.POLARITY, schema.ACCUSER_ISO3, schema.ACCUSED_ISO3):
        if col not in acc:
            raise schema.SchemaError(
                f"accusations table: column {col!r} is missing; pass the output of "
                "AccusationExtractor.transform", column=col)
    if by not in ("iso3", "text"):
        raise ValueError(f"by must be 'iso3' or 'text', got {by!r}")
    if polarity not in schema.POLARITIES:
        raise ValueError(f"polarity must be one of {schema.POLARITIES}, got {polarity!r}")
    if method not in (None, "rules", "scorer"):
        raise ValueError(f"method must be None, 'rules' or 'scorer', got {method!r}")
    a = acc[acc[schema.POLARITY] == polarity]
    if method is not None:
        # a table without the column (an earlier version) holds rule rows only
        a = a[a[schema.METHOD] == method] if schema.METHOD in a else (
            a if method == "rules" else a.iloc[:0])
    if schema.CONFIDENCE in a and min_confidence > 0:
        a = a[a[schema.CONFIDENCE] >= min_confidence]
    src = (schema.ACCUSER_ISO3, schema.ACCUSED_ISO3) if by == "iso3" else (
        schema.ACCUSER, schema.ACCUSED)
    out = pd.DataFrame({
        schema.DOC_ID: a[schema.DOC_ID].astype(str),
        schema.ACCUSER: a[src[0]].astype("string"),
        schema.ACCUSED: a[src[1]].astype("string"),
    }, index=a.index)
    if unresolved is not None:
        out = out.fillna({schema.ACCUSER: unresolved, schema.ACCUSED: unresolved})
    else:
        out = out.dropna(subset=[schema.ACCUSER, schema.ACCUSED])
    return out


def _utc(value) -> pd.Timestamp:
    ts = pd.Timestamp(value)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _dated(articles: pd.DataFrame, strict: bool, who: str) -> pd.DataFrame:
    for col in (schema.DOC_ID, schema.PUBLISHED):
        if col not in articles:
            raise schema.SchemaError(f"articles table: column {col!r} is missing", column=col)
    a = articles[[schema.DOC_ID, schema.PUBLISHED]].copy()
    a[schema.DOC_ID] = a[schema.DOC_ID].astype(str)
    a[schema.PUBLISHED] = pd.to_datetime(a[schema.PUBLISHED], utc=True)
    return drop_undated(a, strict=strict, who=who, stacklevel=4)


def who_accuses_whom(accusations: pd.DataFrame, start=None, end=None, *,
                     articles: pd.DataFrame | None = None, by: str = "iso3",
                     polarity: str = "accuse", min_confidence: float = 0.0,
                     unresolved: str | None = None, matrix: str | None = None,
                     strict: bool = False, method: str | None = None) -> pd.DataFrame:
    """Count accusations per accuser and accused.

    Parameters
    ----------
    accusations : DataFrame
        The accusations table.
    start, end : date-like, optional
        Keep articles published in ``[start, end)``; needs ``articles`` (for the dates).
    articles : DataFrame, optional
        Articles table with ``doc_id`` and ``published``. Undated articles are left out of a
        date filter, counted and warned about (``strict=True`` raises).
    by : {"iso3", "text"}
        Parties as ISO3 codes or as the spans as written.
    polarity : {"accuse", "deny"}
        Which rows to count (for denials, ``accused`` is the party denying).
    min_confidence : float
        Drop rows below this confidence.
    method : {None, "rules", "scorer"}
        Only the rows of the rules, or of the learned scorer (the ``method`` column);
        ``None`` keeps both.
    unresolved : str, optional
        Label for a side without a code (e.g. ``"?"``); by default such rows are left out.
    matrix : {None, "n_accusations", "n_articles"}
        ``None`` returns the long table; otherwise an accuser x accused matrix of that count
        (zeros where there is none).

    Returns
    -------
    DataFrame
        Long form: ``accuser``, ``accused``, ``n_accusations`` (rows), ``n_articles``
        (distinct articles), sorted by ``n_accusations`` descending.

    Examples
    --------
    >>> import pandas as pd
    >>> acc = pd.DataFrame({"doc_id": ["a", "a", "b"], "polarity": ["accuse"] * 3,
    ...     "accuser_iso3": ["RUS", "RUS", "SYR"], "accused_iso3": ["USA", "USA", "USA"]})
    >>> who_accuses_whom(acc)
      accuser accused  n_accusations  n_articles
    0     RUS     USA              2           1
    1     SYR     USA              1           1
    >>> int(who_accuses_whom(acc, matrix="n_articles").loc["RUS", "USA"])
    1
    """
    if matrix not in (None, N_ACCUSATIONS, N_ARTICLES):
        raise ValueError(f"matrix must be None, 'n_accusations' or 'n_articles', got {matrix!r}")
    p = _parties(accusations, by, unresolved, polarity, min_confidence, method)
    if start is not None or end is not None:
        if articles is None:
            raise ValueError("start/end need articles= (the published dates are there)")
        a = _dated(articles, strict, "who_accuses_whom")
        if start is not None:
            a = a[a[schema.PUBLISHED] >= _utc(start)]
        if end is not None:
            a = a[a[schema.PUBLISHED] < _utc(end)]
        p = p[p[schema.DOC_ID].isin(set(a[schema.DOC_ID]))]
    out = (p.groupby([schema.ACCUSER, schema.ACCUSED], observed=True)
           .agg(**{N_ACCUSATIONS: (schema.DOC_ID, "size"),
                   N_ARTICLES: (schema.DOC_ID, "nunique")})
           .reset_index()
           .sort_values([N_ACCUSATIONS, schema.ACCUSER, schema.ACCUSED],
                        ascending=[False, True, True], kind="stable")
           .reset_index(drop=True))
    out[schema.ACCUSER] = out[schema.ACCUSER].astype(str)
    out[schema.ACCUSED] = out[schema.ACCUSED].astype(str)
    out[N_ACCUSATIONS] = out[N_ACCUSATIONS].astype("int64")
    out[N_ARTICLES] = out[N_ARTICLES].astype("int64")
    if matrix is None:
        return out
    return (out.pivot(index=schema.ACCUSER, columns=schema.ACCUSED, values=matrix)
            .fillna(0).astype("int64"))


def accusations_over_time(accusations: pd.DataFrame, articles: pd.DataFrame, freq: str = "W",
                          *, accuser=None, accused=None, by: str = "iso3",
                          polarity: str = "accuse", min_confidence: float = 0.0,
                          unresolved: str | None = None, strict: bool = False,
                          method: str | None = None) -> pd.DataFrame:
    """Accusations per period and accuser -> accused pair, with the share of all articles.

    Parameters
    ----------
    accusations, articles : DataFrame
        The accusations table and the articles table (``doc_id``, ``published``).
    freq : str, default "W"
        A pandas period frequency ("D", "W", "M", "Q", "Y").
    accuser, accused : str or list of str, optional
        Keep only these parties.
    by, polarity, min_confidence, unresolved, strict, method
        As in :func:`who_accuses_whom`.

    Returns
    -------
    DataFrame
        ``period`` (UTC start), ``accuser``, ``accused``, ``n_accusations``, ``n_articles``
        (articles with such an accusation), ``n_total`` (all dated articles of the period)
        and ``share`` = n_articles / n_total.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.to_datetime(
    ...     ["2017-10-02", "2017-10-03", "2017-10-10"], utc=True)})
    >>> acc = pd.DataFrame({"doc_id": ["a", "c"], "polarity": ["accuse", "accuse"],
    ...     "accuser_iso3": ["RUS", "RUS"], "accused_iso3": ["USA", "USA"]})
    >>> t = accusations_over_time(acc, arts)
    >>> t["period"].dt.strftime("%Y-%m-%d").tolist(), t["share"].tolist()
    (['2017-10-02', '2017-10-09'], [0.5, 1.0])
    """
    p = _parties(accusations, by, unresolved, polarity, min_confidence, method)
    for side, keep in ((schema.ACCUSER, accuser), (schema.ACCUSED, accused)):
        if keep is not None:
            keep = [keep] if isinstance(keep, str) else list(keep)
            p = p[p[side].isin(keep)]
    a = _dated(articles, strict, "accusations_over_time")
    naive = a[schema.PUBLISHED].dt.tz_convert("UTC").dt.tz_localize(None)
    a[PERIOD] = naive.dt.to_period(freq).dt.start_time.dt.tz_localize("UTC")
    totals = a.groupby(PERIOD).size().rename(N_TOTAL)
    m = p.merge(a[[schema.DOC_ID, PERIOD]], on=schema.DOC_ID, how="inner")
    cols = [PERIOD, schema.ACCUSER, schema.ACCUSED, N_ACCUSATIONS, N_ARTICLES, N_TOTAL, SHARE]
    if m.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == SHARE else "object")
                             for c in cols})
    out = (m.groupby([PERIOD, schema.ACCUSER, schema.ACCUSED], observed=True)
           .agg(**{N_ACCUSATIONS: (schema.DOC_ID, "size"),
                   N_ARTICLES: (schema.DOC_ID, "nunique")})
           .reset_index())
    out = out.merge(totals.reset_index(), on=PERIOD, how="left")
    out[SHARE] = out[N_ARTICLES] / out[N_TOTAL]
    out[schema.ACCUSER] = out[schema.ACCUSER].astype(str)
    out[schema.ACCUSED] = out[schema.ACCUSED].astype(str)
    return out[cols].sort_values([PERIOD, N_ACCUSATIONS], ascending=[True, False],
                                 kind="stable").reset_index(drop=True)
