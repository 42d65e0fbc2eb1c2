"""Country attention over time: :func:`country_attention`."""

from __future__ import annotations

import pandas as pd

from .. import schema
from ._periods import drop_undated, period_freq

__all__ = ["ATTENTION_COLUMNS", "country_attention"]

PERIOD = "period"
N_ARTICLES = "n_articles"
N_TOTAL = "n_total"
SHARE = "share"
INCOMPLETE = "incomplete"
#: Columns of :func:`country_attention` (after the ``by`` column, when given).
ATTENTION_COLUMNS = (PERIOD, schema.ISO3, N_ARTICLES, N_TOTAL, SHARE, schema.N_MENTIONS,
                     INCOMPLETE)


def country_attention(articles: pd.DataFrame, doc_countries: pd.DataFrame, freq: str = "W",
                      by: str | None = None, countries=None, *, primary_only: bool = False,
                      strict: bool = False) -> pd.DataFrame:
    """Count the articles about each country per period, and their share of all articles.

    The share divides by **all** articles of the same period (and the same ``by`` group,
    e.g. the same source), whether or not they mention any country - the normalisation
    Media Cloud and GDELT users expect, so that a source publishing twice as much does not
    look twice as interested.

    Parameters
    ----------
    articles : DataFrame
        Articles table with ``doc_id``, ``published`` (and the ``by`` column). Articles
        without a date are left out, counted and warned about (``strict=True`` raises).
    doc_countries : DataFrame
        :func:`mediakit.countries.doc_countries` output.
    freq : str, default "W"
        A pandas period frequency: "D", "W", "M", "Q", "Y"...
    by : str, optional
        Group column of ``articles`` (typically ``"source"``).
    countries : list of str, optional
        Keep only these ISO3 codes (the denominators still count every article).
    primary_only : bool, default False
        Count an article for a country only when the country is ``primary`` in it.

    Returns
    -------
    DataFrame
        ``[by,] period`` (UTC start of the period), ``iso3``, ``n_articles`` (articles about
        the country), ``n_total`` (all articles), ``share`` (= n_articles / n_total),
        ``n_mentions``, ``incomplete`` (True when the period ends after the last article
        date of the corpus, so its counts are partial). Periods without any mention of a
        listed country get a zero row.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.to_datetime(
    ...     ["2017-10-02", "2017-10-03", "2017-10-10"], utc=True)})
    >>> dc = pd.DataFrame({"doc_id": ["a", "c"], "iso3": ["RUS", "RUS"], "n_mentions": [2, 1],
    ...                    "score": [1.0, 1.0], "primary": [True, True]})
    >>> att = country_attention(arts, dc)
    >>> att["period"].dt.strftime("%Y-%m-%d").tolist()
    ['2017-10-02', '2017-10-09']
    >>> att[["n_articles", "n_total", "share", "incomplete"]]
       n_articles  n_total  share  incomplete
    0           1        2    0.5       False
    1           1        1    1.0        True
    """
    for col in (schema.DOC_ID, schema.PUBLISHED):
        if col not in articles:
            raise schema.SchemaError(f"articles table: column {col!r} is missing", column=col)
    if by is not None and by not in articles:
        raise schema.SchemaError(f"articles table: by column {by!r} is missing", column=by)
    for col in (schema.DOC_ID, schema.ISO3):
        if col not in doc_countries:
            raise schema.SchemaError(f"doc_countries table: column {col!r} is missing",
                                     column=col)
    keys = [by] if by else []
    a = articles[[schema.DOC_ID, schema.PUBLISHED, *keys]].copy()
    a[schema.PUBLISHED] = pd.to_datetime(a[schema.PUBLISHED], utc=True)
    a = drop_undated(a, strict=strict, who="country_attention")
    a[schema.DOC_ID] = a[schema.DOC_ID].astype(str)
    naive = a[schema.PUBLISHED].dt.tz_convert("UTC").dt.tz_localize(None)
    per = naive.dt.to_period(period_freq(freq))
    a[PERIOD] = per.dt.start_time.dt.tz_localize("UTC")
    a["_end"] = (per + 1).dt.start_time.dt.tz_localize("UTC")
    last = a[schema.PUBLISHED].max()
    totals = a.groupby([*keys, PERIOD], dropna=False).agg(
        **{N_TOTAL: (schema.DOC_ID, "size"), "_end": ("_end", "first")}).reset_index()
    dc = doc_countries
    if primary_only and schema.PRIMARY in dc:
        dc = dc[dc[schema.PRIMARY].astype(bool)]
    dc = dc[[schema.DOC_ID, schema.ISO3] + ([schema.N_MENTIONS] if schema.N_MENTIONS in dc
                                            else [])].copy()
    if schema.N_MENTIONS not in dc:
        dc[schema.N_MENTIONS] = 1
    dc[schema.DOC_ID] = dc[schema.DOC_ID].astype(str)
    if countries is not None:
        countries = [countries] if isinstance(countries, str) else list(countries)
        dc = dc[dc[schema.ISO3].isin(countries)]
    m = dc.merge(a[[schema.DOC_ID, PERIOD, *keys]], on=schema.DOC_ID, how="inner")
    counts = m.groupby([*keys, PERIOD, schema.ISO3], dropna=False).agg(
        **{N_ARTICLES: (schema.DOC_ID, "nunique"),
           schema.N_MENTIONS: (schema.N_MENTIONS, "sum")}).reset_index()
    isos = sorted(set(counts[schema.ISO3]) if countries is None else countries)
    grid = totals.merge(pd.DataFrame({schema.ISO3: pd.array(isos, dtype="string")}),
                        how="cross")
    counts[schema.ISO3] = counts[schema.ISO3].astype("string")
    out = grid.merge(counts, on=[*keys, PERIOD, schema.ISO3], how="left")
    out[N_ARTICLES] = out[N_ARTICLES].fillna(0).astype("int64")
    out[schema.N_MENTIONS] = out[schema.N_MENTIONS].fillna(0).astype("int64")
    out[N_TOTAL] = out[N_TOTAL].astype("int64")
    out[SHARE] = (out[N_ARTICLES] / out[N_TOTAL]).astype("float64")
    out[INCOMPLETE] = (out["_end"] > last + pd.Timedelta(days=1)) if len(out) else False
    out[INCOMPLETE] = out[INCOMPLETE].astype(bool)
    out = out[[*keys, *ATTENTION_COLUMNS]]
    return out.sort_values([*keys, PERIOD, schema.ISO3], kind="mergesort").reset_index(
        drop=True)
