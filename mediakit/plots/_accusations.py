"""Who-accuses-whom figures: :func:`accusation_matrix`, :func:`accusation_timeline`."""

from __future__ import annotations

import pandas as pd

from .. import schema
from ._countries import _date_axis

__all__ = ["accusation_matrix", "accusation_timeline"]

_COUNTS = ("n_accusations", "n_articles")


def _new_ax(ax, figsize):
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def accusation_matrix(table: pd.DataFrame, *, value: str = "n_accusations", top: int = 12,
                      annotate: bool = True, ax=None, cax=None):
    """Heat map of accusers (rows) x accused (columns).

    Parameters
    ----------
    table : DataFrame
        Long output of :func:`mediakit.coverage.who_accuses_whom`.
    value : {"n_accusations", "n_articles"}
        The count to show.
    top : int
        Keep the ``top`` accusers and accused by total count.
    annotate : bool
        Write the counts into the cells.
    ax : matplotlib Axes, optional
        Draw into this Axes; a new Figure otherwise.
    cax : matplotlib Axes, optional
        Draw the colorbar into this Axes (instead of taking room from ``ax``); a colorbar
        already there is updated, so the same Axes can be redrawn.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"accuser": ["RUS", "SYR"], "accused": ["USA", "USA"],
    ...                   "n_accusations": [3, 1], "n_articles": [2, 1]})
    >>> fig = accusation_matrix(t)
    >>> [x.get_text() for x in fig.axes[0].get_yticklabels()]
    ['RUS', 'SYR']
    """
    if value not in _COUNTS:
        raise ValueError(f"value must be one of {_COUNTS}, got {value!r}")
    for col in (schema.ACCUSER, schema.ACCUSED, value):
        if col not in table:
            raise schema.SchemaError(
                f"who-accuses-whom table: column {col!r} is missing; pass the output of "
                "mediakit.coverage.who_accuses_whom", column=col)
    fig, ax = _new_ax(ax, (7, 6))
    if table.empty:
        ax.text(0.5, 0.5, "no accusations", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    rows = table.groupby(schema.ACCUSER)[value].sum().sort_values(ascending=False)
    cols = table.groupby(schema.ACCUSED)[value].sum().sort_values(ascending=False)
    rows, cols = list(rows.index[:top]), list(cols.index[:top])
    m = (table.pivot_table(index=schema.ACCUSER, columns=schema.ACCUSED, values=value,
                           aggfunc="sum", fill_value=0)
         .reindex(index=rows, columns=cols, fill_value=0))
    im = ax.imshow(m.to_numpy(), cmap="Reds", aspect="auto")
    ax.set_xticks(range(len(cols)), labels=cols, rotation=45, ha="right")
    ax.set_yticks(range(len(rows)), labels=rows)
    ax.set_xlabel("accused")
    ax.set_ylabel("accuser")
    ax.set_title("Who accuses whom" + (" (articles)" if value == "n_articles" else ""), y=1.0)
    if annotate:
        vmax = m.to_numpy().max() or 1
        for i in range(len(rows)):
            for j in range(len(cols)):
                v = int(m.iat[i, j])
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=8,
                            color="white" if v > vmax / 2 else "black")
    from matplotlib.ticker import MaxNLocator

    label = value.replace("_", " ")
    if cax is None:
        cbar = fig.colorbar(im, ax=ax, label=label)
    elif getattr(cax, "_colorbar", None) is not None:
        cbar = cax._colorbar
        cbar.update_normal(im)
        cbar.set_label(label)
    else:
        cbar = fig.colorbar(im, cax=cax, label=label)
    cbar.locator = MaxNLocator(nbins=4, integer=True)  # counts: a few whole numbers
    return fig


def accusation_timeline(table: pd.DataFrame, *, value: str = "n_accusations", pairs=None,
                        top: int = 5, freq: str | None = None, ax=None):
    """One line per accuser -> accused pair over time.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`mediakit.coverage.accusations_over_time`.
    value : {"n_accusations", "n_articles", "share"}
        What to plot.
    pairs : list of (accuser, accused), optional
        Pairs to draw; default the ``top`` pairs by total ``n_accusations``.
    freq : str, optional
        Period length of ``table``; with a single period, the x axis spans one period
        either side of it.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": pd.to_datetime(["2017-10-02", "2017-10-09"], utc=True),
    ...     "accuser": ["RUS", "RUS"], "accused": ["USA", "USA"], "n_accusations": [1, 3],
    ...     "n_articles": [1, 2], "n_total": [4, 4], "share": [0.25, 0.5]})
    >>> fig = accusation_timeline(t)
    >>> [x.get_text() for x in fig.axes[0].get_legend().get_texts()]
    ['RUS → USA']
    """
    if value not in (*_COUNTS, "share"):
        raise ValueError(f"value must be 'n_accusations', 'n_articles' or 'share', got {value!r}")
    for col in ("period", schema.ACCUSER, schema.ACCUSED, value):
        if col not in table:
            raise schema.SchemaError(
                f"accusations-over-time table: column {col!r} is missing; pass the output of "
                "mediakit.coverage.accusations_over_time", column=col)
    fig, ax = _new_ax(ax, (8, 4.5))
    if pairs is None:
        tot = (table.groupby([schema.ACCUSER, schema.ACCUSED])["n_accusations"].sum()
               .sort_values(ascending=False))
        pairs = list(tot.index[:top])
    periods = sorted(table["period"].unique())
    # one vectorised conversion to naive UTC datetime64 for matplotlib, not one per point per
    # line (thousands of daily periods on a large store)
    idx = pd.DatetimeIndex(periods)
    x = (idx.tz_convert(None) if idx.tz is not None else idx).to_numpy()
    for accuser, accused in pairs:
        sub = table[(table[schema.ACCUSER] == accuser) & (table[schema.ACCUSED] == accused)]
        series = sub.groupby("period")[value].sum().reindex(periods, fill_value=0)
        ax.plot(x, series.to_numpy(), marker="o", label=f"{accuser} → {accused}")
    ax.set_ylabel(value.replace("_", " "))
    if value != "share":
        from matplotlib.ticker import MaxNLocator

        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.set_title("Accusations over time", y=1.0)
    _date_axis(ax, pd.Series(periods, dtype=object), freq)
    if pairs:
        ax.legend(loc="best", fontsize=8)
    return fig
