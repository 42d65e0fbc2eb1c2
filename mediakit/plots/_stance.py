"""How coverage of a claim splits into agreeing, disputing and merely reporting, over time."""

from __future__ import annotations

import pandas as pd

__all__ = ["stance_over_time"]

_COLORS = {"agree": "#2a9d8f", "disagree": "#e76f51", "discuss": "#8d99ae",
           "unrelated": "#d9d9d9"}
_NAMES = {"agree": "agrees", "disagree": "disputes", "discuss": "reports (discusses)",
          "unrelated": "unrelated"}


def stance_over_time(table: pd.DataFrame, *, freq: str = "W", ax=None,
                     related_only: bool = True, share: bool = False):
    """Stacked bars: articles per period that agree with, dispute or merely report a claim.

    Parameters
    ----------
    table : pandas.DataFrame
        Output of :func:`mediakit.claim_stance` (``published``, ``stance``).
    freq : str, default "W"
        pandas period alias ("D", "W", "M", ...).
    ax : matplotlib.axes.Axes, optional
        Draw here; default: a new figure.
    related_only : bool, default True
        Leave out articles unrelated to the claim.
    share : bool, default False
        Plot each period's shares (0-1) instead of article counts.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"published": pd.to_datetime(["2015-10-01", "2015-10-02",
    ...     "2015-10-09"], utc=True), "stance": ["agree", "disagree", "discuss"]})
    >>> fig = stance_over_time(t)
    >>> [p.get_label() for p in fig.axes[0].containers]
    ['agrees', 'disputes', 'reports (discusses)']
    """
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    from ..stance import stance_shares

    counts = stance_shares(table, freq=freq, related_only=related_only)
    if share:
        total = counts.sum(axis=1).replace(0, 1)
        counts = counts.div(total, axis=0)
    if ax is None:
        fig = Figure(figsize=(8, 3.5))
        ax = fig.add_subplot()
    else:
        fig = ax.figure
    x = counts.index.tz_localize(None) if len(counts) else pd.DatetimeIndex([])
    if len(x) >= 2:
        width = 0.8 * float(pd.Series(x).diff().dropna().min() / pd.Timedelta(days=1))
    else:
        start = pd.Timestamp("2000-01-03")
        width = 0.8 * float(((start + pd.tseries.frequencies.to_offset(freq)) - start)
                            / pd.Timedelta(days=1))
    bottom = None
    for col in counts.columns:
        vals = counts[col].to_numpy(dtype=float)
        ax.bar(x, vals, width=width, bottom=bottom, color=_COLORS[col], label=_NAMES[col],
               align="edge")
        bottom = vals if bottom is None else bottom + vals
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_ylabel("share of articles" if share else "articles")
    ax.set_title(f"Stance towards the claim per period ({freq})")
    if len(counts.columns):
        ax.legend(loc="upper left", frameon=False, fontsize="small")
    if not len(counts):
        ax.text(0.5, 0.5, "no dated articles related to the claim", ha="center",
                va="center", transform=ax.transAxes)
    return fig
