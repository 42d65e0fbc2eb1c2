"""Country coverage figures: :func:`coverage_timeline`."""

from __future__ import annotations

import pandas as pd

from .. import schema

__all__ = ["coverage_timeline"]


def coverage_timeline(attention: pd.DataFrame, *, countries=None, value: str = "share",
                      by_value=None, top: int = 6, freq: str | None = None, ax=None):
    """Plot country attention over time, one line per country.

    Parameters
    ----------
    attention : DataFrame
        Output of :func:`mediakit.coverage.country_attention`. When it has a ``by`` column
        (e.g. ``source``), pass ``by_value`` to plot one group; otherwise groups are summed
        (counts) or re-divided (shares).
    countries : list of str, optional
        ISO3 codes to draw; default the ``top`` countries by total count.
    value : {"share", "count"}
        Share of all articles in the period, or number of articles.
    freq : str, optional
        The period length of ``attention`` ("D", "W", "M"...). Only used when the table has
        a single period: the x axis then spans one period either side of it (without
        ``freq``, one day either side) instead of matplotlib's default of several years.
    ax : matplotlib Axes, optional
        Draw into this Axes; a new Figure otherwise.

    Returns
    -------
    matplotlib.figure.Figure
        Incomplete last periods are drawn with a dashed segment and hollow marker.

    Examples
    --------
    >>> import pandas as pd
    >>> att = pd.DataFrame({"period": pd.to_datetime(["2017-10-02", "2017-10-09"] * 2,
    ...     utc=True), "iso3": ["RUS", "RUS", "USA", "USA"], "n_articles": [1, 2, 2, 1],
    ...     "n_total": [4, 4, 4, 4], "share": [.25, .5, .5, .25], "n_mentions": [1, 2, 2, 1],
    ...     "incomplete": [False, True, False, True]})
    >>> fig = coverage_timeline(att)
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['Russia', 'United States']

    A single period gets one period of room either side:

    >>> one = att[att["period"] == att["period"].min()]
    >>> ax = coverage_timeline(one, freq="W").axes[0]
    >>> import matplotlib.dates as mdates
    >>> [mdates.num2date(x).strftime("%Y-%m-%d") for x in ax.get_xlim()]
    ['2017-09-25', '2017-10-09']
    """
    from matplotlib.figure import Figure

    from ..gazetteer import country_name

    if value not in ("share", "count"):
        raise ValueError(f"value must be 'share' or 'count', got {value!r}")
    need = ("period", schema.ISO3, "n_articles", "n_total", "incomplete")
    missing = [c for c in need if c not in attention]
    if missing:
        raise schema.SchemaError(f"attention table: columns {missing} are missing; pass the "
                                 "output of mediakit.coverage.country_attention", column=missing[0])
    att = attention
    extra = [c for c in att.columns if c not in (*need, "share", schema.N_MENTIONS)]
    if by_value is not None:
        if not extra:
            raise ValueError("by_value given but the attention table has no group column")
        att = att[att[extra[0]] == by_value]
    if extra or att.duplicated(["period", schema.ISO3]).any():
        g = att.groupby(["period", schema.ISO3]).agg(
            n=("n_articles", "sum"), inc=("incomplete", "any")).reset_index()
        totals = att.drop_duplicates([*extra, "period"]).groupby("period")["n_total"].sum()
        g["share"] = g["n"] / g["period"].map(totals)
    else:  # one row per period and country already (the usual case): no regrouping
        g = pd.DataFrame({"period": att["period"], schema.ISO3: att[schema.ISO3],
                          "n": att["n_articles"], "inc": att["incomplete"].astype(bool),
                          "share": att["n_articles"] / att["n_total"]})
    if countries is None:
        countries = g.groupby(schema.ISO3)["n"].sum().sort_values(
            ascending=False, kind="mergesort").index[:top].tolist()
    countries = [countries] if isinstance(countries, str) else list(countries)
    if ax is None:
        fig = Figure(figsize=(8, 4), layout="constrained")
        ax = fig.subplots()
    else:
        fig = ax.figure
    col = "share" if value == "share" else "n"
    by_iso = {iso: d for iso, d in g.groupby(schema.ISO3, sort=False)}
    for iso in countries:
        d = by_iso.get(iso)
        if d is None or d.empty:
            continue
        d = d.sort_values("period")
        try:
            label = country_name(iso)
        except Exception:
            label = iso
        x = d["period"].dt.tz_convert(None).to_numpy()
        y = d[col].to_numpy(dtype=float)
        done = ~d["inc"].to_numpy(dtype=bool)
        n_done = int(done.sum())
        color = None
        if n_done:
            (line,) = ax.plot(x[done], y[done], marker="o", ms=3, label=label)
            color = line.get_color()
        if n_done < len(d):  # incomplete periods: hollow markers, dashed from the last full one
            (hollow,) = ax.plot(x[~done], y[~done], ls="none", marker="o", mfc="white",
                                color=color, label=None if n_done else label)
            k = max(0, n_done - 1)
            if len(x) - k > 1:
                ax.plot(x[k:], y[k:], ls="--", color=hollow.get_color())
    ax.set_ylabel("share of articles" if value == "share" else "articles")
    # a fixed title position: the automatic one measures the tick labels on every draw
    ax.set_title("Country coverage" + (f" - {by_value}" if by_value is not None else ""),
                  y=1.0)
    _date_axis(ax, g["period"], freq)
    if ax.lines:
        ax.legend(loc="best", fontsize="small")
    return fig


def _date_axis(ax, periods: pd.Series, freq: str | None) -> None:
    """Concise date ticks (few, short labels) and a sensible range for a single period."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)  # at most 7 labels
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    from matplotlib.ticker import AutoLocator, MaxNLocator

    if type(ax.yaxis.get_major_locator()) is AutoLocator:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5))
    uniq = pd.Series(periods.dropna().unique())
    if len(uniq) == 1:
        p = pd.Timestamp(uniq.iloc[0])
        p = p.tz_convert(None) if p.tzinfo is not None else p
        step = _one_period(freq)
        ax.set_xlim(p - step, p + step)


def _one_period(freq: str | None):
    """One period of ``freq`` (a day when unknown or unusual)."""
    if not freq:
        return pd.Timedelta(days=1)
    from ..coverage._periods import period_freq

    unit = period_freq(freq).upper().split("-")[0]
    return {"D": pd.Timedelta(days=1), "W": pd.Timedelta(weeks=1),
            "M": pd.DateOffset(months=1), "Q": pd.DateOffset(months=3),
            "Y": pd.DateOffset(years=1)}.get(unit, pd.Timedelta(days=1))
