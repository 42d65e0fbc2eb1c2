"""Topic figures: topics over time, top words per topic, coherence by number of topics."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .. import schema

__all__ = ["top_words", "topic_coherence", "topics_over_time"]

_KNOWN = {"period", schema.TOPIC, "n_docs", "n_period_docs", "share", "weight_share",
          "incomplete"}


def _new_ax(ax, figsize=(8, 4.5)):
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def topics_over_time(table: pd.DataFrame, *, value: str = "share", topics=None,
                     top: int = 8, ax=None):
    """Line chart of a :func:`mediakit.topics.topics_over_time` table.

    One line per topic (per group x topic when the table was made with ``by=``), at most
    ``top`` lines (the largest by total documents) unless ``topics`` names them. The
    incomplete last period is drawn with a hollow marker and a dashed segment.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`mediakit.topics.topics_over_time`.
    value : {"share", "n_docs", "weight_share"}
    topics : list of str, optional
        Topics to show.
    top : int, default 8
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> from mediakit.topics import topics_over_time as tot
    >>> arts = pd.DataFrame({"doc_id": list("abcd"), "published": pd.to_datetime(
    ...     ["2020-01-03", "2020-02-20", "2020-03-02", "2020-03-05"], utc=True)})
    >>> dt = pd.DataFrame({"doc_id": list("abcd"), "topic": ["oil", "oil", "rates", "oil"]})
    >>> fig = topics_over_time(tot(arts, dt), value="n_docs")
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['oil', 'rates']
    """
    if value not in ("share", "n_docs", "weight_share"):
        raise ValueError(f"value must be 'share', 'n_docs' or 'weight_share'; got {value!r}")
    for col in ("period", schema.TOPIC, value):
        if col not in table.columns:
            raise ValueError(f"plots.topics_over_time: table has no {col!r} column; pass the "
                             "output of mediakit.topics.topics_over_time")
    groups = [c for c in table.columns if c not in _KNOWN]
    df = table.copy()
    df["_line"] = (df[groups[0]].astype(str) + " · " + df[schema.TOPIC].astype(str)
                   if groups else df[schema.TOPIC].astype(str))
    if topics is not None:
        missing = sorted(set(topics) - set(df[schema.TOPIC]))
        if missing:
            raise ValueError(f"plots.topics_over_time: unknown topics {missing}")
        df = df[df[schema.TOPIC].isin(list(topics))]
    size = df.groupby("_line")["n_docs"].sum() if "n_docs" in df else df.groupby("_line").size()
    keep = size.sort_values(ascending=False, kind="stable").index[:top]
    fig, ax = _new_ax(ax)
    for line in sorted(keep):
        d = df[df["_line"] == line].sort_values("period")
        x = pd.to_datetime(d["period"]).dt.tz_localize(None)
        y = d[value].to_numpy(dtype=float)
        inc = d["incomplete"].to_numpy(dtype=bool) if "incomplete" in d else np.zeros(len(d), bool)
        full = ~inc
        (ln,) = ax.plot(x[full], y[full], marker="o", markersize=3, label=line)
        if inc.any():
            idx = np.flatnonzero(inc)
            prev = idx[0] - 1
            xs = list(x.iloc[[prev]]) + list(x.iloc[idx]) if prev >= 0 else list(x.iloc[idx])
            ys = list(y[[prev]]) + list(y[idx]) if prev >= 0 else list(y[idx])
            ax.plot(xs, ys, linestyle="--", color=ln.get_color())
            ax.plot(x.iloc[idx], y[idx], linestyle="none", marker="o", markersize=5,
                    markerfacecolor="none", color=ln.get_color())
    ax.set_xlabel("period (hollow marker: incomplete)" if df.get("incomplete", pd.Series(
        dtype=bool)).any() else "period")
    ax.set_ylabel({"share": "share of documents", "n_docs": "documents",
                   "weight_share": "topic weight share"}[value])
    if value != "n_docs":
        ax.set_ylim(bottom=0)
    if len(keep):
        ax.legend(fontsize="small", loc="best")
    ax.set_title("Topics over time", y=1.0)
    return fig


def top_words(model_or_table, *, n: int = 10, topics=None, ncols: int = 4, ax=None):
    """Horizontal bars of each topic's top words.

    Parameters
    ----------
    model_or_table : TopicModel or DataFrame
        A fitted :class:`mediakit.topics.TopicModel` or its ``top_words()`` table
        (columns ``topic``, ``word``, ``weight``).
    n : int, default 10
        Words per topic.
    topics : list of str, optional
        Topics (labels) to show; default all.
    ncols : int, default 4
        Panels per row.
    ax : matplotlib Axes, optional
        Only when a single topic is shown.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"topic": ["oil"] * 2 + ["rates"] * 2, "word": ["oil", "crude",
    ...                   "rates", "bank"], "weight": [0.9, 0.5, 0.8, 0.4]})
    >>> fig = top_words(t)
    >>> [a.get_title() for a in fig.axes]
    ['oil', 'rates']
    """
    if hasattr(model_or_table, "top_words") and not isinstance(model_or_table, pd.DataFrame):
        table = model_or_table.top_words(n)
    else:
        table = model_or_table
    for col in (schema.TOPIC, "word", schema.WEIGHT):
        if col not in table.columns:
            raise ValueError(f"plots.top_words: table has no {col!r} column; pass a TopicModel "
                             "or its top_words() table")
    order = list(dict.fromkeys(table[schema.TOPIC]))
    if topics is not None:
        missing = sorted(set(topics) - set(order))
        if missing:
            raise ValueError(f"plots.top_words: unknown topics {missing}; known: {order}")
        order = [t for t in order if t in set(topics)]
    if not order:
        raise ValueError("plots.top_words: no topic to show")
    if ax is not None and len(order) != 1:
        raise ValueError(f"plots.top_words: ax= needs a single topic, got {len(order)}; "
                         "pass topics=[...] or leave ax out")
    if ax is not None:
        fig, axes = ax.figure, [ax]
    else:
        from matplotlib.figure import Figure

        cols = min(ncols, len(order))
        rows = math.ceil(len(order) / cols)
        fig = Figure(figsize=(3.2 * cols, 0.25 * n * rows + 1.0 * rows), layout="constrained")
        axes = [fig.add_subplot(rows, cols, i + 1) for i in range(len(order))]
    for a, topic in zip(axes, order, strict=False):
        d = table[table[schema.TOPIC] == topic].sort_values(schema.WEIGHT, ascending=False,
                                                           kind="stable").head(n)
        # numeric positions, not string categories: a reused Axes keeps no stale words
        words = d["word"].astype(str).tolist()[::-1]
        a.barh(range(len(words)), d[schema.WEIGHT].to_numpy()[::-1])
        a.set_yticks(range(len(words)), labels=words)
        a.set_title(str(topic), fontsize="medium", y=1.0)
        a.tick_params(axis="y", labelsize="small")
    return fig


def topic_coherence(table: pd.DataFrame, *, ax=None):
    """NPMI coherence against the number of topics (output of
    :func:`mediakit.topics.choose_n_topics`); the best ``n_topics`` is marked.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"n_topics": [5, 10, 20], "coherence": [0.05, 0.12, 0.09]})
    >>> fig = topic_coherence(t)
    >>> fig.axes[0].get_title()
    'Topic coherence (best: 10 topics)'
    """
    for col in ("n_topics", "coherence"):
        if col not in table.columns:
            raise ValueError(f"plots.topic_coherence: table has no {col!r} column; pass the "
                             "output of mediakit.topics.choose_n_topics")
    if table.empty:
        raise ValueError("plots.topic_coherence: empty table")
    t = table.sort_values("n_topics")
    fig, ax = _new_ax(ax, figsize=(6, 4))
    ax.plot(t["n_topics"], t["coherence"], marker="o", label="mean NPMI")
    if {"coherence_min", "coherence_max"} <= set(t.columns):
        ax.fill_between(t["n_topics"], t["coherence_min"], t["coherence_max"], alpha=0.2,
                        label="min-max over topics")
    best = t.loc[t["coherence"].idxmax()]
    ax.axvline(best["n_topics"], color="grey", linestyle=":")
    ax.set_xlabel("number of topics")
    ax.set_ylabel("NPMI coherence (higher is better)")
    ax.set_title(f"Topic coherence (best: {int(best['n_topics'])} topics)")
    ax.legend(fontsize="small")
    return fig
