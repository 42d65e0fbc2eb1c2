"""Country coverage figures: :func:`coverage_timeline`."""

from __future__ import annotations

import pandas as pd

from .. import schema

__all__ = ["coverage_timeline"]


def coverage_timeline(attention: pd.DataFrame, *, countries=None, value: str = "share",
                      by_value=None, top: int = 6, ax=None):
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
    g = att.groupby(["period", schema.ISO3]).agg(
        n=("n_articles", "sum"), inc=("incomplete", "any")).reset_index()
    totals = att.drop_duplicates([*extra, "period"]).groupby("period")["n_total"].sum()
    g["share"] = g["n"] / g["period"].map(totals)
    if countries is None:
        countries = g.groupby(schema.ISO3)["n"].sum().sort_values(
            ascending=False, kind="mergesort").index[:top].tolist()
    countries = [countries] if isinstance(countries, str) else list(countries)
    if ax is None:
        fig = Figure(figsize=(8, 4))
        ax = fig.subplots()
    else:
        fig = ax.figure
    col = "share" if value == "share" else "n"
    for iso in countries:
        d = g[g[schema.ISO3] == iso].sort_values("period")
        if d.empty:
            continue
        try:
            label = country_name(iso)
        except Exception:
            label = iso
        x = d["period"].dt.tz_convert(None)
        done = ~d["inc"].to_numpy()
        (line,) = ax.plot(x[done], d[col][done], marker="o", ms=3, label=label)
        if (~done).any():
            k = max(0, int(done.sum()) - 1)
            ax.plot(x.iloc[k:], d[col].iloc[k:], ls="--", color=line.get_color())
            ax.plot(x[~done], d[col][~done], ls="none", marker="o", mfc="white",
                    color=line.get_color())
    ax.set_ylabel("share of articles" if value == "share" else "articles")
    ax.set_xlabel("period")
    ax.set_title("Country coverage" + (f" - {by_value}" if by_value is not None else ""))
    if ax.lines:
        ax.legend(loc="best", fontsize="small")
    fig.autofmt_xdate()
    return fig
