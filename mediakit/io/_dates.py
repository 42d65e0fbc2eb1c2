"""Date parsing shared by the loaders: vectorised, UTC, and every unusable value reported."""

from __future__ import annotations

import warnings

import pandas as pd

__all__ = ["parse_dates"]

#: Dates before this are treated as implausible for news (and reported).
MIN_DATE = pd.Timestamp("1800-01-01", tz="UTC")


def _max_date() -> pd.Timestamp:
    return pd.Timestamp.now(tz="UTC") + pd.Timedelta(days=2)


_US = "datetime64[us, UTC]"


def _as_us(values: pd.Series) -> pd.Series:
    """Datetimes in microseconds (wide enough for year 1 and 9999), UTC."""
    if not isinstance(values.dtype, pd.DatetimeTZDtype):
        values = pd.to_datetime(values, utc=True, errors="coerce")
    return values.dt.as_unit("us")


def _to_utc(values: pd.Series, fmt: str) -> pd.Series:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pd.to_datetime(values, utc=True, errors="coerce", format=fmt)
        except (ValueError, TypeError, OverflowError):
            return pd.Series(pd.NaT, index=values.index, dtype=_US)


def parse_dates(values, ctx=None, *, items=None, lines=None, dayfirst: bool = False):
    """Parse date strings to UTC; return ``(published, published_from)``.

    Values that are missing or empty give NaT silently (an unknown date); values that are
    present but do not parse, or parse outside 1800 ... today, give NaT and are reported to
    ``ctx.date_problem`` with their item number. ``published_from`` is ``"field"`` only
    where a date was parsed.

    Examples
    --------
    >>> import pandas as pd
    >>> pub, src = parse_dates(pd.Series(["2017-10-10 17:49", "", "soon", "0001-11-30"]))
    >>> [str(x) for x in pub]
    ['2017-10-10 17:49:00+00:00', 'NaT', 'NaT', 'NaT']
    >>> src.tolist()
    ['field', <NA>, <NA>, <NA>]
    """
    raw = pd.Series(values).reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(raw.dtype):
        pub = _as_us(pd.to_datetime(raw, utc=True))
    else:
        raw = raw.astype("string").str.strip()
        present = raw.notna() & (raw != "")
        pub = pd.Series(pd.NaT, index=raw.index, dtype=_US)
        todo = raw[present]
        if len(todo):
            first = _as_us(_to_utc(todo, "ISO8601"))
            pub.loc[first.index] = first
            rest = todo[first.isna()]
            if len(rest):
                second = _as_us(_to_utc_dayfirst(rest) if dayfirst else _to_utc(rest, "mixed"))
                pub.loc[rest.index] = second
        bad_parse = present & pub.isna()
        if ctx is not None:
            for i in bad_parse[bad_parse].index:
                ctx.date_problem("date does not parse", raw.iloc[i], item=_item(items, i),
                                 line=None if lines is None else int(lines[i]))
    implausible = pub.notna() & ((pub < MIN_DATE) | (pub > _max_date()))
    if implausible.any():
        for i in implausible[implausible].index:
            if ctx is not None:
                ctx.date_problem("implausible date (before 1800 or in the future)",
                                 str(raw.iloc[i]), item=_item(items, i),
                                 line=None if lines is None else int(lines[i]))
        pub[implausible] = pd.NaT
    pub = pub.astype("datetime64[ns, UTC]")
    src = pd.Series(pd.NA, index=raw.index, dtype="string")
    src[pub.notna()] = "field"
    return pub, src


def _to_utc_dayfirst(values: pd.Series) -> pd.Series:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return pd.to_datetime(values, utc=True, errors="coerce", format="mixed", dayfirst=True)


def _item(items, i: int) -> int:
    return i + 1 if items is None else int(items[i])


def empty_published(n: int) -> tuple[pd.Series, pd.Series]:
    """Return ``n`` NaT dates and NA origins (for formats without dates)."""
    return (
        pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]"),
        pd.Series(pd.NA, index=range(n), dtype="string"),
    )

