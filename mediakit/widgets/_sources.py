"""The questions the explorers ask of their data, answered from DataFrames or from a Store.

An explorer never reads whole tables itself: it asks a *query object* for what one view
needs (the attention table of a selection, ten example headlines, the sentences of a pair).
Two implementations answer the same questions with the same tables:

- :class:`FrameQueries` over in-memory DataFrames (a :class:`~mediakit.widgets.DataSource`),
  with the pandas functions of :mod:`mediakit.coverage`;
- :class:`StoreQueries` over a :class:`mediakit.Store`, in DuckDB SQL: the aggregates pushed
  down by the store (:meth:`~mediakit.Store.country_attention`,
  :meth:`~mediakit.Store.who_accuses_whom`) and ``LIMIT`` queries for the example rows, so
  a million-article store is never loaded into pandas.

Dates: ``start`` and ``end`` are whole days, both inclusive (``end="2017-10-10"`` keeps that
day); ``None`` means unbounded.

Examples
--------
>>> import pandas as pd
>>> from mediakit import schema
>>> arts = schema.coerce(pd.DataFrame({"doc_id": ["a", "b"], "source": ["X", "Y"],
...     "published": ["2017-10-02", "2017-10-03"], "title": ["Russia", "Peru"]}), "articles")
>>> dc = pd.DataFrame({"doc_id": ["a", "b"], "iso3": ["RUS", "PER"], "n_mentions": [1, 1],
...     "score": [1.0, 1.0], "primary": [True, True]})
>>> q = queries_for(arts, doc_countries=dc)
>>> q.sources(), q.date_bounds()
(['X', 'Y'], (datetime.date(2017, 10, 2), datetime.date(2017, 10, 3)))
>>> q.attention(["RUS"], None, None, ["X"], "D")[["iso3", "n_articles", "n_total"]]
  iso3  n_articles  n_total
0  RUS           1        1
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

from .. import schema
from ._base import DataSource, filter_articles, to_timestamp

__all__ = ["FrameQueries", "StoreQueries", "queries_for"]

#: label of a party without a country code (matrix, timeline)
UNRESOLVED = "?"
#: selector values: any party / a party not mapped to a country
ANY, NO_COUNTRY = "*", "-"

_UNITS = {"D": "day", "W": "week", "M": "month", "MS": "month"}
_ACC_COLS = (schema.DOC_ID, schema.SENTENCE, schema.START, schema.END, schema.ACCUSER,
             schema.ACCUSER_ISO3, schema.ACCUSED, schema.ACCUSED_ISO3, schema.ALLEGATION,
             schema.CUE, schema.POLARITY, schema.CONFIDENCE, schema.ACCUSER_START,
             schema.ACCUSER_END, schema.ACCUSED_START, schema.ACCUSED_END, schema.CUE_START,
             schema.CUE_END)


def queries_for(obj: Any, **tables: Any) -> FrameQueries | StoreQueries:
    """Return the query object for ``obj``: a Store, a DataSource or an articles DataFrame.

    ``tables`` are annotation tables given by the caller (``mentions=...``); with a Store
    they must be None (the store's own tables are used).

    Examples
    --------
    >>> import pandas as pd
    >>> type(queries_for(pd.DataFrame({"doc_id": ["a"]}))).__name__
    'FrameQueries'
    """
    if _is_store(obj):
        given = sorted(k for k, v in tables.items() if v is not None)
        if given:
            raise TypeError(f"a Store brings its own tables; do not pass {given} with it")
        return StoreQueries(obj)
    return FrameQueries(DataSource.from_any(obj, **tables))


def _is_store(obj: Any) -> bool:
    return all(callable(getattr(obj, n, None)) for n in ("query", "country_attention",
                                                         "who_accuses_whom", "summary"))


def _bounds(start: Any, end: Any) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """``[lo, hi)`` UTC timestamps for inclusive whole days ``start``..``end``."""
    lo, hi = to_timestamp(start), to_timestamp(end)
    return (None if lo is None else lo.normalize(),
            None if hi is None else hi.normalize() + pd.Timedelta(days=1))


def _period_freq(freq: str) -> str:
    return {"MS": "M"}.get(freq, freq)


def _empty_over_time() -> pd.DataFrame:
    cols = ["period", schema.ACCUSER, schema.ACCUSED, "n_accusations", "n_articles",
            "n_total", "share"]
    return pd.DataFrame({c: pd.Series(dtype="float64" if c == "share" else "object")
                         for c in cols})


def _match(series: pd.Series, value: str) -> pd.Series:
    if value == ANY:
        return pd.Series(True, index=series.index)
    if value == NO_COUNTRY:
        return series.isna()
    return (series == value).fillna(False).astype(bool)


@contextlib.contextmanager
def _quiet_undated():
    """Silence the "N articles have no published date" warning of the store aggregates:
    the explorers show that count in their status line instead."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*have no published date",
                                category=UserWarning)
        yield


def _order_headlines(rows: pd.DataFrame, n: int) -> pd.DataFrame:
    rows = rows.sort_values(["_rank", schema.PUBLISHED, schema.DOC_ID],
                            ascending=[False, False, True], na_position="last", kind="stable")
    return rows.drop(columns="_rank").head(n).reset_index(drop=True)


# --- DataFrames ------------------------------------------------------------------------------


class FrameQueries:
    """Answers from in-memory tables (see the module docstring).

    Parameters
    ----------
    source : DataSource
        The tables; missing annotation tables are computed on first use.
    """

    is_store = False

    def __init__(self, source: DataSource) -> None:
        self.source = source

    def prefetch(self, tables: Sequence[str], units: Sequence[str] = ("month", "day", "week"),
                 rows: Sequence[str] = ()) -> None:
        """Nothing to prepare for in-memory tables (see :meth:`StoreQueries.prefetch`)."""

    # general ---------------------------------------------------------------------------------
    def sources(self) -> list[str]:
        """Sorted source names."""
        return sorted(self.source.articles[schema.SOURCE].dropna().astype(str).unique())

    def date_bounds(self) -> tuple[_dt.date | None, _dt.date | None]:
        """First and last publication day."""
        from ._base import date_bounds

        return date_bounds(self.source.articles)

    def n_undated(self) -> int:
        """Articles without a date."""
        arts = self.source.articles
        return int(arts[schema.PUBLISHED].isna().sum()) if schema.PUBLISHED in arts else 0

    def _view(self, start, end, sources=None) -> pd.DataFrame:
        return filter_articles(self.source.articles, start=start, end=end, sources=sources)

    def articles_by_id(self, doc_ids: Sequence[str], published=None) -> pd.DataFrame:
        """The articles ``doc_ids`` (any order)."""
        arts = self.source.articles
        return arts[arts[schema.DOC_ID].isin(list(doc_ids))]

    # countries -------------------------------------------------------------------------------
    def country_ranking(self, start=None, end=None, sources=None) -> pd.DataFrame:
        """:func:`mediakit.reports.country_ranking` of the articles in the selection."""
        from ..reports import country_ranking

        dc = self.source.table("doc_countries")
        if start is not None or end is not None or sources:
            dc = dc[dc[schema.DOC_ID].isin(self._view(start, end, sources)[schema.DOC_ID])]
        return country_ranking(dc)

    def attention(self, countries, start, end, sources, freq: str) -> pd.DataFrame:
        """:func:`mediakit.coverage.country_attention` of the selection."""
        from ..coverage import country_attention

        arts = self._view(start, end, sources)
        if arts.empty:
            return pd.DataFrame()
        dc = self.source.table("doc_countries")
        dc = dc[dc[schema.DOC_ID].isin(arts[schema.DOC_ID])]
        return country_attention(arts, dc, freq=_period_freq(freq), countries=list(countries))

    def headlines(self, countries, start, end, sources, n: int) -> pd.DataFrame:
        """The ``n`` articles with the most mentions of one of ``countries``.

        Ranked by the largest per-country mention count (then newest, then ``doc_id``);
        ``n_mentions`` is the article's number of mentions of all of ``countries``.
        """
        arts = self._view(start, end, sources)
        dc = self.source.table("doc_countries")
        dc = dc[dc[schema.DOC_ID].isin(arts[schema.DOC_ID]) & dc[schema.ISO3].isin(countries)]
        if dc.empty:
            return arts.iloc[0:0].assign(**{schema.N_MENTIONS: pd.Series(dtype="int64")})
        g = dc.groupby(schema.DOC_ID)[schema.N_MENTIONS].agg(["max", "sum"])
        rows = arts.set_index(schema.DOC_ID).join(g, how="inner").reset_index()
        rows = rows.rename(columns={"max": "_rank", "sum": schema.N_MENTIONS})
        rows[schema.N_MENTIONS] = rows[schema.N_MENTIONS].astype("int64")
        return _order_headlines(rows, n)

    def mentions_of(self, doc_ids: Sequence[str], published=None) -> pd.DataFrame:
        """Country mentions in the articles ``doc_ids``."""
        m = self.source.table("mentions")
        return m[m[schema.DOC_ID].isin(list(doc_ids))]

    # accusations -----------------------------------------------------------------------------
    def _acc(self) -> pd.DataFrame:
        return self.source.table("accusations")

    def actor_counts(self, column: str) -> pd.Series:
        """Accusation rows per value of ``column`` (None as :data:`NO_COUNTRY`)."""
        return self._acc()[column].fillna(NO_COUNTRY).astype(str).value_counts()

    def _acc_view(self, start, end, polarity) -> tuple[pd.DataFrame, pd.DataFrame]:
        arts = self._view(start, end)
        acc = self._acc()
        acc = acc[acc[schema.DOC_ID].isin(arts[schema.DOC_ID])]
        return arts, acc[acc[schema.POLARITY] == polarity]

    def who_accuses_whom(self, start, end, polarity: str) -> pd.DataFrame:
        """:func:`mediakit.coverage.who_accuses_whom` (unresolved parties as ``"?"``)."""
        from ..coverage import who_accuses_whom

        _, acc = self._acc_view(start, end, polarity)
        if acc.empty:
            return pd.DataFrame()
        return who_accuses_whom(acc, polarity=polarity, unresolved=UNRESOLVED)

    def pair_over_time(self, accuser: str, accused: str, start, end, freq: str,
                       polarity: str) -> pd.DataFrame:
        """:func:`mediakit.coverage.accusations_over_time` of one accuser/accused choice."""
        from ..coverage import accusations_over_time

        arts, acc = self._acc_view(start, end, polarity)
        pair = acc[_match(acc[schema.ACCUSER_ISO3], accuser)
                   & _match(acc[schema.ACCUSED_ISO3], accused)]
        if pair.empty:
            return _empty_over_time()
        return accusations_over_time(pair, arts, freq=_period_freq(freq), polarity=polarity,
                                     unresolved=UNRESOLVED)

    def sentences(self, accuser: str, accused: str, start, end, polarity: str,
                  n: int) -> pd.DataFrame:
        """The ``n`` most confident accusation rows of the choice."""
        _, acc = self._acc_view(start, end, polarity)
        pair = acc[_match(acc[schema.ACCUSER_ISO3], accuser)
                   & _match(acc[schema.ACCUSED_ISO3], accused)]
        if schema.CONFIDENCE in pair:
            pair = pair.sort_values([schema.CONFIDENCE, schema.DOC_ID, schema.START],
                                    ascending=[False, True, True], kind="stable")
        out = pair.head(n).reset_index(drop=True)
        arts = self.source.articles.set_index(schema.DOC_ID)
        pub = arts.get(schema.PUBLISHED)
        if pub is not None:
            out[schema.PUBLISHED] = out[schema.DOC_ID].map(pub)
        return out


# --- Store -----------------------------------------------------------------------------------


class StoreQueries:
    """Answers in DuckDB SQL over a :class:`mediakit.Store` (see the module docstring).

    Parameters
    ----------
    store : mediakit.Store
    """

    is_store = True

    def __init__(self, store: Any) -> None:
        self.store = store
        if hasattr(store, "_sort_now"):  # aggregates unsorted while the first view is
            store._sort_now = False  # drawn: prefetch() sorts them in the background
        self._summary = store.summary()
        self._partitioned: bool | None = None

    def prefetch(self, tables: Sequence[str], units: Sequence[str] = ("month", "day", "week"),
                 rows: Sequence[str] = ()) -> None:
        """Build the store's aggregates of ``tables`` per ``units``, then the in-memory
        copies of ``rows`` tables, in the background
        (:meth:`~mediakit.Store.prepare_aggregates`): called once the first view is drawn,
        so that the first change of frequency or dates does not wait for a file scan, and
        the example rows (headlines, sentences) come from memory once the copies exist."""
        prepare = getattr(self.store, "prepare_aggregates", None)
        if prepare is None:
            return
        if hasattr(self.store, "_sort_now"):
            self.store._sort_now = True

        def held(t: str) -> bool:
            if t == "topic_countries":  # doc_topics joined with doc_countries
                return self.has("doc_topics") and self.has("doc_countries")
            return self.has(t)

        prepare([(t, u) for u in units for t in tables
                 if held(t) and (t != "accusations" or u == "day")]
                + [(t, "rows") for t in rows if held(t)])

    def _rows(self, table: str) -> tuple[str, bool]:
        """The relation to read example rows of ``table`` from, and whether its timestamps
        are naive UTC: the store's in-memory copy once built (milliseconds), else the
        Parquet view (filters pushed into the scan; a few hundred ms on a million articles).
        """
        ready = getattr(self.store, "has_aggregate", None)
        if ready is not None and ready(table, "rows"):
            return self.store.hot_table(table), True
        return table, False

    def _agg(self, table: str, start=None, end=None, unit: str = "week") -> str:
        """The store's aggregate of ``table`` (:meth:`~mediakit.Store.aggregate_table`)
        usable for the whole days ``start``..``end`` and periods of ``unit``.

        Counts per period, source and country (or accuser, accused and polarity) answer the
        options lists, rankings and timelines by reading thousands of rows instead of
        millions; one scan of the Parquet files builds each the first time it is needed.
        """
        from ..store import _agg_unit

        if table == "accusations":
            return self.store.aggregate_table(table, "day")
        lo, hi = _bounds(start, end)
        return self.store.aggregate_table(table, _agg_unit(unit, lo, hi) or "day")

    def _months(self, published) -> list[str] | None:
        """Hive ``month`` partitions holding ``published`` (None: not partitioned so)."""
        if self._partitioned is None:
            cols = self._q("SELECT * FROM articles LIMIT 0").columns
            self._partitioned = "month" in cols
        if not self._partitioned or published is None:
            return None
        pub = pd.to_datetime(pd.Series(published), utc=True)
        months = set(pub.dropna().dt.strftime("%Y-%m"))
        if pub.isna().any():
            months.add("unknown")
        return sorted(months)

    def _unbounded(self, start, end) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
        """``[lo, hi)`` of the days, None for a bound that leaves no dated article out.

        The store answers from its pre-aggregated tables only for whole periods; a date
        range covering the whole corpus is the same as no range.
        """
        lo, hi = _bounds(start, end)
        first, last = self._summary["published_min"], self._summary["published_max"]
        if lo is not None and first is not None and lo <= pd.Timestamp(first):
            lo = None
        if hi is not None and last is not None and hi > pd.Timestamp(last):
            hi = None
        return lo, hi

    def has(self, table: str) -> bool:
        """Whether the store holds rows of ``table``."""
        return self._summary["rows"].get(table, 0) > 0

    def _q(self, sql: str, params: Sequence | None = None) -> pd.DataFrame:
        return self.store.query(sql, list(params) if params is not None else None)

    @staticmethod
    def _where(start, end, sources=None, col: str = schema.PUBLISHED,
               naive: bool = False) -> tuple[str, list]:
        lo, hi = _bounds(start, end)
        conds, params = [], []
        cast = "TIMESTAMP" if naive else "TIMESTAMPTZ"
        for value, op in ((lo, ">="), (hi, "<")):
            if value is not None:
                conds.append(f"{col} {op} ?::{cast}")
                params.append((value.tz_localize(None) if naive else value).to_pydatetime())
        if sources:
            conds.append(f"{schema.SOURCE} IN (SELECT unnest(?::VARCHAR[]))")
            params.append([str(s) for s in sources])
        return " AND ".join(conds) or "TRUE", params

    # general ---------------------------------------------------------------------------------
    def sources(self) -> list[str]:
        """Sorted source names."""
        df = self._q(f"SELECT DISTINCT {schema.SOURCE} AS s FROM {self._agg('articles')} "
                     f"WHERE {schema.SOURCE} IS NOT NULL")
        return sorted(df["s"].astype(str))

    def date_bounds(self) -> tuple[_dt.date | None, _dt.date | None]:
        """First and last publication day."""
        lo, hi = self._summary["published_min"], self._summary["published_max"]
        return (None if lo is None else pd.Timestamp(lo).date(),
                None if hi is None else pd.Timestamp(hi).date())

    def n_undated(self) -> int:
        """Articles without a date."""
        return int(self._summary["n_undated"])

    def articles_by_id(self, doc_ids: Sequence[str], published=None) -> pd.DataFrame:
        """The articles ``doc_ids``; ``published`` (their dates) lets DuckDB skip files."""
        cols = (schema.DOC_ID, schema.TITLE, schema.TEXT, schema.PUBLISHED, schema.SOURCE)
        where, params = self._ids_where(doc_ids, published)
        df = self._q(f"SELECT {', '.join(cols)} FROM articles WHERE {where}", params)
        return self._typed(df)

    def _ids_where(self, doc_ids, published, *, naive: bool = False,
                   partitions: bool = True) -> tuple[str, list]:
        """``doc_id IN (...)``, narrowed by the articles' dates so few files are read."""
        where = f"{schema.DOC_ID} IN (SELECT unnest(?::VARCHAR[]))"
        params: list = [[str(d) for d in doc_ids]]
        months = self._months(published) if partitions else None
        if months is not None:
            return where + " AND month IN (SELECT unnest(?::VARCHAR[]))", [*params, months]
        pub = pd.to_datetime(pd.Series(published), utc=True).dropna() if published is not None \
            else pd.Series(dtype="datetime64[ns, UTC]")
        if published is not None and len(pub) == len(doc_ids) and len(pub):
            cast = "TIMESTAMP" if naive else "TIMESTAMPTZ"
            lo, hi = pub.min(), pub.max()
            if naive:
                lo, hi = lo.tz_localize(None), hi.tz_localize(None)
            where += f" AND {schema.PUBLISHED} BETWEEN ?::{cast} AND ?::{cast}"
            params += [lo.to_pydatetime(), hi.to_pydatetime()]
        return where, params

    @staticmethod
    def _typed(df: pd.DataFrame) -> pd.DataFrame:
        if schema.PUBLISHED in df:
            df[schema.PUBLISHED] = pd.to_datetime(df[schema.PUBLISHED], utc=True)
        for col in (schema.DOC_ID, schema.SOURCE, schema.TITLE, schema.TEXT, schema.ISO3):
            if col in df:
                df[col] = df[col].astype("string")
        return df

    # countries -------------------------------------------------------------------------------
    def country_ranking(self, start=None, end=None, sources=None) -> pd.DataFrame:
        """Countries by articles then mentions (as :func:`mediakit.reports.country_ranking`)."""
        from .coverage import country_label

        # a store holds one row per article and country: the day sums count articles
        where, params = self._where(start, end, sources, col="p", naive=True)
        df = self._q(f"SELECT {schema.ISO3} AS iso3, sum(n) AS articles, sum(m) AS mentions "
                     f"FROM {self._agg('doc_countries', start, end)} WHERE {where} "
                     f"GROUP BY 1 ORDER BY articles DESC, mentions DESC, iso3", params)
        out = pd.DataFrame({"articles": df["articles"].astype("int64").to_numpy(),
                            "mentions": df["mentions"].astype("int64").to_numpy()},
                           index=pd.Index(df["iso3"].astype(str), name=schema.ISO3))
        out.insert(0, "country", [country_label(c) for c in out.index])
        return out

    def attention(self, countries, start, end, sources, freq: str) -> pd.DataFrame:
        """:meth:`mediakit.Store.country_attention` of the selection."""
        lo, hi = self._unbounded(start, end)
        with _quiet_undated():  # the explorer reports undated articles itself
            out = self.store.country_attention(_period_freq(freq), countries=list(countries),
                                               source=list(sources) if sources else None,
                                               start=lo, end=hi)
        return pd.DataFrame() if out.empty else out

    def headlines(self, countries, start, end, sources, n: int) -> pd.DataFrame:
        """As :meth:`FrameQueries.headlines`, with two ``LIMIT`` queries."""
        countries = list(countries)
        if not countries or n <= 0:
            return self._typed(pd.DataFrame(columns=[schema.DOC_ID, schema.TITLE, schema.TEXT,
                                                     schema.PUBLISHED, schema.SOURCE,
                                                     schema.N_MENTIONS]))
        table, naive = self._rows("doc_countries")
        where, params = self._where(start, end, sources, naive=naive)
        # the top rows per (article, country): enough of them to hold n distinct articles
        top = self._q(
            f"SELECT {schema.DOC_ID} AS doc_id, {schema.N_MENTIONS} AS n, {schema.PUBLISHED} AS p "
            f"FROM {table} WHERE {schema.ISO3} IN (SELECT unnest(?::VARCHAR[])) "
            f"AND {where} ORDER BY n DESC, p DESC NULLS LAST, doc_id "
            f"LIMIT {int(n) * len(countries)}", [countries, *params])
        top = top.drop_duplicates("doc_id").head(n)
        if top.empty:
            return self.articles_by_id([]).assign(**{schema.N_MENTIONS: pd.Series(dtype="int64")})
        ids = top["doc_id"].astype(str).tolist()
        pub = pd.to_datetime(top["p"], utc=True)
        id_where, id_params = self._ids_where(ids, pub, naive=naive, partitions=not naive)
        tot = self._q(f"SELECT {schema.DOC_ID} AS doc_id, sum({schema.N_MENTIONS}) AS n "
                      f"FROM {table} WHERE {id_where} AND "
                      f"{schema.ISO3} IN (SELECT unnest(?::VARCHAR[])) GROUP BY 1",
                      [*id_params, countries])
        rows = self.articles_by_id(ids, pub)
        rank = dict(zip(top["doc_id"].astype(str), top["n"].astype("int64"), strict=True))
        rows["_rank"] = rows[schema.DOC_ID].astype(str).map(rank)
        total = dict(zip(tot["doc_id"].astype(str), tot["n"].astype("int64"), strict=True))
        rows[schema.N_MENTIONS] = rows[schema.DOC_ID].astype(str).map(total).astype("int64")
        return _order_headlines(rows, n)

    def mentions_of(self, doc_ids: Sequence[str], published=None) -> pd.DataFrame:
        """Country mentions in the articles ``doc_ids``."""
        if not len(doc_ids):
            return schema.empty("mentions")
        where, params = self._ids_where(list(doc_ids), published)
        cols = ", ".join(f'"{c}"' for c in (schema.DOC_ID, schema.START, schema.END,
                                            schema.ISO3))
        return self._typed(self._q(f"SELECT {cols} FROM mentions WHERE {where}", params))

    # accusations -----------------------------------------------------------------------------
    def actor_counts(self, column: str) -> pd.Series:
        """Accusation rows per value of ``column`` (None as :data:`NO_COUNTRY`)."""
        if column not in (schema.ACCUSER_ISO3, schema.ACCUSED_ISO3):
            raise ValueError(f"unknown actor column {column!r}")
        df = self._q(f"SELECT coalesce({column}, ?) AS k, sum(n) AS n FROM "
                     f"{self._agg('accusations')} GROUP BY 1", [NO_COUNTRY])
        s = pd.Series(df["n"].astype("int64").to_numpy(), index=df["k"].astype(str).to_numpy(),
                      name="count")
        return s.sort_values(ascending=False, kind="stable")

    def who_accuses_whom(self, start, end, polarity: str) -> pd.DataFrame:
        """:meth:`mediakit.Store.who_accuses_whom` (unresolved parties as ``"?"``)."""
        lo, hi = _bounds(start, end)  # kept: without bounds undated articles would count
        with _quiet_undated():  # the explorer reports undated articles itself
            out = self.store.who_accuses_whom(lo, hi, polarity=polarity,
                                              unresolved=UNRESOLVED)
        return pd.DataFrame() if out.empty else out

    def _pair_where(self, accuser, accused, start, end, polarity, col: str = schema.PUBLISHED,
                    naive: bool = False) -> tuple[str, list]:
        where, params = self._where(start, end, col=col, naive=naive)
        conds, ps = [where, f"{schema.POLARITY} = ?"], [*params, polarity]
        for col, value in ((schema.ACCUSER_ISO3, accuser), (schema.ACCUSED_ISO3, accused)):
            if value == NO_COUNTRY:
                conds.append(f"{col} IS NULL")
            elif value != ANY:
                conds.append(f"{col} = ?")
                ps.append(value)
        return " AND ".join(conds), ps

    def pair_over_time(self, accuser: str, accused: str, start, end, freq: str,
                       polarity: str) -> pd.DataFrame:
        """As :meth:`FrameQueries.pair_over_time`, in SQL."""
        unit = _UNITS[freq]
        # per-day sums: an article has one day, so summing its distinct count stays exact
        where, params = self._pair_where(accuser, accused, start, end, polarity, col="p",
                                         naive=True)
        counts = self._q(
            f"SELECT date_trunc('{unit}', p) AS period, coalesce({schema.ACCUSER_ISO3}, ?) "
            f"AS accuser, coalesce({schema.ACCUSED_ISO3}, ?) AS accused, sum(n) AS "
            f"n_accusations, sum(nd) AS n_articles FROM {self._agg('accusations')} "
            f"WHERE {where} GROUP BY ALL", [UNRESOLVED, UNRESOLVED, *params])
        if counts.empty:
            return _empty_over_time()
        a_where, a_params = self._where(start, end, col="p", naive=True)
        totals = self._q(f"SELECT date_trunc('{unit}', p) AS period, sum(n_total) AS n_total "
                         f"FROM {self._agg('articles', start, end, unit)} WHERE p IS NOT NULL "
                         f"AND {a_where} "
                         "GROUP BY 1", a_params)
        out = counts.merge(totals, on="period", how="left")
        out["period"] = pd.to_datetime(out["period"]).dt.tz_localize("UTC")
        for col in ("n_accusations", "n_articles", "n_total"):
            out[col] = out[col].astype("int64")
        out["share"] = out["n_articles"] / out["n_total"]
        out["accuser"], out["accused"] = out["accuser"].astype(str), out["accused"].astype(str)
        out = out.sort_values(["period", "accuser", "accused"], kind="stable")
        out = out.sort_values(["period", "n_accusations"], ascending=[True, False],
                              kind="stable")
        cols = ["period", "accuser", "accused", "n_accusations", "n_articles", "n_total",
                "share"]
        return out[cols].reset_index(drop=True)

    def sentences(self, accuser: str, accused: str, start, end, polarity: str,
                  n: int) -> pd.DataFrame:
        """The ``n`` most confident accusation rows of the choice (``LIMIT`` queries).

        The top ``n`` (confidence, article) keys come first (from the in-memory copy, or a
        scan of a few columns of the Parquet files); the rows of those articles (spans
        included) are then read from the files that hold them, and sorted by confidence,
        ``doc_id`` and ``start``: the first ``n`` are exactly the top
        ``n`` rows, since every row ranked before the n-th key belongs to these articles.
        """
        cols = ", ".join(f'"{c}"' for c in (*_ACC_COLS, schema.PUBLISHED))
        order = (f"{schema.CONFIDENCE} DESC NULLS LAST, {schema.DOC_ID}, \"{schema.START}\"")
        acc, naive = self._rows("accusations")
        where, params = self._pair_where(accuser, accused, start, end, polarity, naive=naive)
        keys = self._q(f"SELECT {schema.DOC_ID} AS doc_id, {schema.PUBLISHED} AS p "
                       f"FROM {acc} "
                       f"WHERE {where} ORDER BY {schema.CONFIDENCE} DESC NULLS LAST, "
                       f"{schema.DOC_ID} LIMIT {int(n)}", params)
        if keys.empty:
            return self._typed(self._q(f"SELECT {cols} FROM accusations LIMIT 0"))
        keys = keys.drop_duplicates("doc_id")
        pub = pd.to_datetime(keys["p"], utc=True)
        id_where, id_params = self._ids_where(keys["doc_id"].astype(str).tolist(), pub)
        v_where, v_params = self._pair_where(accuser, accused, start, end, polarity)
        df = self._q(f"SELECT {cols} FROM accusations WHERE {id_where} AND {v_where} "
                     f"ORDER BY {order} LIMIT {int(n)}", [*id_params, *v_params])
        return self._typed(df)

    # topics ----------------------------------------------------------------------------------
    def topic_counts(self) -> pd.Series:
        """Articles per topic (a topic counts an article once), most first."""
        if not self.has("doc_topics"):
            return pd.Series(dtype="int64", name="count")
        unit = "month"
        df = self._q(f"SELECT {schema.TOPIC} AS t, sum(n) AS n FROM "
                     f"{self.store.aggregate_table('doc_topics', unit)} GROUP BY 1")
        s = pd.Series(df["n"].astype("int64").to_numpy(), index=df["t"].astype(str).to_numpy(),
                      name="count")
        return s.sort_values(ascending=False, kind="stable")

    def topics_over_time(self, start, end, freq: str, by: str | None,
                         topic: str | None = None) -> pd.DataFrame:
        """:meth:`mediakit.Store.topics_over_time` of the dated articles of the days (the
        rows of ``topic`` only, when given)."""
        lo, hi = self._unbounded(start, end)
        with _quiet_undated():  # the explorer reports undated articles itself
            return self.store.topics_over_time(freq, by=by, start=lo, end=hi,
                                               topics=None if topic is None else [topic])

    def topic_examples(self, topic: str, start, end, n: int) -> pd.DataFrame:
        """The ``n`` dated articles with the highest weight of ``topic`` (then ``doc_id``)."""
        table, naive = self._rows("doc_topics")
        where, params = self._where(start, end, naive=naive)
        top = self._q(f"SELECT {schema.DOC_ID} AS doc_id, {schema.WEIGHT} AS w, "
                      f"{schema.PUBLISHED} AS p FROM {table} WHERE {schema.TOPIC} = ? AND "
                      f"{schema.PUBLISHED} IS NOT NULL AND {where} ORDER BY w DESC, doc_id "
                      f"LIMIT {int(n)}", [topic, *params])
        rows = self.articles_by_id(top["doc_id"].astype(str).tolist(),
                                   pd.to_datetime(top["p"], utc=True))
        weight = dict(zip(top["doc_id"].astype(str), top["w"].astype(float), strict=True))
        rows[schema.WEIGHT] = rows[schema.DOC_ID].astype(str).map(weight).astype(float)
        rows = rows.sort_values([schema.WEIGHT, schema.DOC_ID], ascending=[False, True],
                                kind="stable")
        return rows.head(n).reset_index(drop=True)
