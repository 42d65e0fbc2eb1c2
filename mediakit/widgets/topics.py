"""TopicExplorer: a topic's top words, its share over time (overall, by source or country)
and the articles that belong to it most.

A thin ipywidgets layer over :class:`mediakit.TopicModel`, :func:`mediakit.topics_over_time`,
:func:`mediakit.plots.top_words` and :func:`mediakit.plots.topics_over_time`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pandas as pd

from .. import schema
from ._base import (
    DataSource,
    Explorer,
    css,
    date_bounds,
    filter_articles,
    highlight_html,
    pin_axis_labels,
)
from ._sources import StoreQueries, _is_store
from .coverage import FREQUENCIES, _day, _empty_figure, _iso

__all__ = ["TopicExplorer"]

BY_CHOICES = (("overall", ""), ("by source", "source"), ("by country", "country"))
VALUE_CHOICES = (("shares", "share"), ("documents", "n_docs"))


class TopicExplorer(Explorer):
    """Explore topics: pick one, see its top words and its share over time.

    Parameters
    ----------
    articles : DataFrame or Store
        The articles table or a :class:`mediakit.Store`. A store holding ``doc_topics`` is
        queried in DuckDB (:meth:`mediakit.Store.topics_over_time`, ``LIMIT`` queries for
        the articles listed): no table is loaded whole. A store without them is loaded and
        a model is fitted as for a DataFrame.
    model : TopicModel, optional
        A fitted topic model. Without one, a ``TopicModel(n_topics=n_topics, random_state=0)``
        is fitted on ``articles`` - except over a store holding ``doc_topics``: its topics
        are used as they are, and the top-words panel stays empty without a model.
    doc_topics : DataFrame, optional
        ``model.doc_topics(articles)`` if already computed.
    doc_countries : DataFrame, optional
        For "by country"; computed with :func:`mediakit.doc_countries` when first needed.
    n_topics : int
        Topics of the model fitted when ``model`` is None.
    topic : str, optional
        Topic label selected at start (default: the topic with most articles).
    by : {None, "source", "country"}
        Split the timeline.
    freq : {"D", "W", "MS"}
    start, end : date-like, optional
    value : {"share", "n_docs"}
    n_words, n_articles : int
        Top words drawn, articles listed.
    export_dir : path, optional

    Attributes
    ----------
    data : DataFrame
        The ``topics_over_time`` rows of the selected topic (the timeline's data).
    examples : DataFrame
        The articles listed (highest weight of the selected topic first).

    Examples
    --------
    >>> from mediakit.widgets import TopicExplorer
    >>> ex = TopicExplorer(articles, n_topics=10)  # doctest: +SKIP
    >>> ex.by.value = "source"  # doctest: +SKIP
    """

    _stem = "topics"

    def __init__(
        self,
        articles: Any,
        *,
        model=None,
        doc_topics: pd.DataFrame | None = None,
        doc_countries: pd.DataFrame | None = None,
        n_topics: int = 10,
        topic: str | None = None,
        by: str | None = None,
        freq: str = "MS",
        start: Any = None,
        end: Any = None,
        value: str = "share",
        n_words: int = 10,
        n_articles: int = 10,
        export_dir: str | Path | None = None,
    ) -> None:
        import ipywidgets as w

        super().__init__(export_dir=export_dir)
        if freq not in dict(FREQUENCIES).values():
            raise ValueError(f"freq must be one of 'D', 'W', 'MS', got {freq!r}")
        if (by or "") not in dict(BY_CHOICES).values():
            raise ValueError(f"by must be None, 'source' or 'country', got {by!r}")
        if value not in dict(VALUE_CHOICES).values():
            raise ValueError(f"value must be 'share' or 'n_docs', got {value!r}")
        self.queries = None
        if (_is_store(articles) and doc_topics is None and doc_countries is None
                and articles.summary()["rows"].get("doc_topics", 0) > 0):
            self.queries = StoreQueries(articles)
        if self.queries is not None:
            self._init_store(model)
        else:
            self._init_frames(articles, model, doc_topics, doc_countries, n_topics)
        self.n_words, self.n_articles = n_words, n_articles
        self.examples = pd.DataFrame()
        labels = self._labels
        counts = self._topic_counts
        order = sorted(labels, key=lambda t: (-int(counts.get(t, 0)), labels.index(t)))
        options = [(f"{t} · {int(counts.get(t, 0))}", t) for t in order]
        if topic is not None and topic not in labels:
            raise ValueError(f"unknown topic {topic!r}; topics: {labels}")
        lo, hi = self._bounds
        self.topic = w.Dropdown(options=options, value=topic or order[0], description="Topic",
                                layout=w.Layout(width="auto"))
        self.by = w.Dropdown(options=BY_CHOICES, value=by or "", description="Timeline")
        self.freq = w.Dropdown(options=FREQUENCIES, value=freq, description="Every")
        self.start = w.DatePicker(description="From", value=_day(start) or lo)
        self.end = w.DatePicker(description="To", value=_day(end) or hi)
        self.value = w.ToggleButtons(options=VALUE_CHOICES, value=value)
        self.article_html = w.HTML()
        self._observe(self.topic, self.by, self.freq, self.start, self.end, self.value)
        controls = w.HBox([w.VBox([self.topic, self.by, self.value]),
                           w.VBox([self.start, self.end, self.freq])])
        self.root = w.VBox([controls, self.image, self.export_bar, self.article_html])
        self.root.add_class("mk-topic-explorer")
        self.refresh()
        if self.queries is not None:  # a store: the other periods' aggregates
            self.queries.prefetch(("articles", "doc_topics"), ("month", "week_sun", "day"),
                                  rows=("doc_topics",))
            self.queries.prefetch(("doc_countries", "topic_countries"), ("day",))  # by country

    def _init_store(self, model) -> None:
        """Topics, counts and dates of a store holding doc_topics (SQL only)."""
        self.model = model
        self.source = None
        self._topic_counts = self.queries.topic_counts()
        self._labels = (list(model.labels_) if model is not None
                        else sorted(self._topic_counts.index))
        self._bounds = self.queries.date_bounds()

    def _init_frames(self, articles, model, doc_topics, doc_countries, n_topics) -> None:
        self.source = DataSource.from_any(articles, doc_topics=doc_topics,
                                          doc_countries=doc_countries)
        arts = self.source.articles
        if model is None:
            from ..topics import TopicModel

            model = TopicModel(n_topics=n_topics, min_df=1 if len(arts) < 50 else 2,
                               random_state=0).fit(arts)
        self.model = model
        if not self.source.has("doc_topics"):
            self.source = DataSource(arts, doc_topics=model.doc_topics(arts),
                                     doc_countries=doc_countries)
        self._dt = self.source.table("doc_topics")
        self._topic_counts = self._dt.groupby(schema.TOPIC)[schema.DOC_ID].nunique()
        self._labels = list(model.labels_)
        self._bounds = date_bounds(arts)

    def _selection(self) -> dict[str, Any]:
        return {
            "topic": self.topic.value,
            "by": self.by.value or None,
            "freq": self.freq.value,
            "start": _iso(self.start.value),
            "end": _iso(self.end.value),
            "value": self.value.value,
        }

    def _compute(self):
        from ..plots import top_words as plot_top_words

        sel = self._selection()
        period = (sel["start"], sel["end"])
        fig, (ax_w, ax_t) = self._canvas("words+timeline", _words_figure)
        if self.model is not None:
            words = self._memo("words", (), lambda: self.model.top_words(self.n_words))
            words = words[words[schema.TOPIC] == sel["topic"]]
            self._words = words["word"].astype(str).tolist()
            plot_top_words(words, topics=[sel["topic"]], n=self.n_words, ax=ax_w)
        else:  # a store's topics without their model: no words to show
            self._words = []
            ax_w.set_axis_off()
            ax_w.text(0.5, 0.5, "top words: pass model=", ha="center", color="0.4")
        if self.queries is not None:
            # one topic per query: the table of all topics x days x sources can be millions
            # of rows, and the per-period aggregates answer a topic change in milliseconds
            shares = self._memo("over_time", (*period, sel["freq"], sel["by"], sel["topic"]),
                                lambda: self.queries.topics_over_time(
                                    *period, sel["freq"], sel["by"], sel["topic"]))
            if shares.empty:
                ax_t.set_axis_off()
                ax_t.text(0.5, 0.5, "no dated article in this period", ha="center",
                          color="0.4")
                return fig, pd.DataFrame()
            return self._draw_shares(shares, sel, fig, ax_t)
        arts, dt = self._memo("view", period, lambda: self._view(*period))
        self._arts_view, self._dt_view = arts, dt
        if arts.empty:
            ax_t.set_axis_off()
            ax_t.text(0.5, 0.5, "no dated article in this period", ha="center", color="0.4")
            return fig, pd.DataFrame()

        def table():  # every topic at once: switching topics reuses it
            from ..topics import topics_over_time

            kw = {}
            if sel["by"] == "country":
                kw["countries"] = self.source.table("doc_countries")
            return topics_over_time(arts, dt, freq=sel["freq"], by=sel["by"], **kw)

        shares = self._memo("over_time", (*period, sel["freq"], sel["by"]), table)
        return self._draw_shares(shares, sel, fig, ax_t)

    def _draw_shares(self, shares, sel, fig, ax_t):
        from ..plots import topics_over_time as plot_over_time

        shares = shares[shares[schema.TOPIC] == sel["topic"]].reset_index(drop=True)
        if shares.empty:
            return _empty_figure("no article of this topic in this period"), shares
        plot_over_time(shares, value=sel["value"], ax=ax_t)
        ax_t.set_title(sel["topic"] + ("" if not sel["by"] else f", by {sel['by']}"), y=1.0)
        return fig, shares

    def _view(self, start, end) -> tuple[pd.DataFrame, pd.DataFrame]:
        arts = filter_articles(self.source.articles, start=start, end=end)
        arts = arts[arts[schema.PUBLISHED].notna()]
        return arts, self._dt[self._dt[schema.DOC_ID].isin(arts[schema.DOC_ID])]

    def _after_compute(self) -> None:
        sel = self._selection()
        self.examples, html_ = self._memo(
            "examples", (sel["topic"], sel["start"], sel["end"]), self._examples)
        if self.article_html.value != html_:
            self.article_html.value = html_

    def _examples(self) -> tuple[pd.DataFrame, str]:
        topic = self.topic.value
        if self.queries is not None:
            sel = self._selection()
            self.examples = self.queries.topic_examples(topic, sel["start"], sel["end"],
                                                        self.n_articles)
            return self.examples, self._articles_html()
        dt = self._dt_view[self._dt_view[schema.TOPIC] == topic]
        rows = self._arts_view.merge(dt[[schema.DOC_ID, schema.WEIGHT]], on=schema.DOC_ID)
        rows = rows.sort_values([schema.WEIGHT, schema.DOC_ID], ascending=[False, True])
        self.examples = rows.head(self.n_articles).reset_index(drop=True)
        return self.examples, self._articles_html()

    def _articles_html(self) -> str:
        if self.examples.empty:
            return css() + '<div class="mk-list"><i>No article for this topic.</i></div>'
        pattern = (re.compile(r"\b(" + "|".join(map(re.escape, self._words)) + r")\b", re.I)
                   if self._words else None)
        items = []
        for rec in self.examples.to_dict("records"):
            title = rec.get(schema.TITLE)
            title = "" if title is None or pd.isna(title) else str(title)
            spans = ([(m.start(), m.end(), "") for m in pattern.finditer(title)]
                     if pattern else [])
            meta = " · ".join(html.escape(str(v)) for v in (
                _iso(rec.get(schema.PUBLISHED)), rec.get(schema.SOURCE),
                f"weight {rec[schema.WEIGHT]:.2f}") if v is not None and pd.notna(v))
            items.append(f"<li><b>{highlight_html(title, spans) or '<i>untitled</i>'}</b> "
                         f'<span class="mk-meta">{meta}</span></li>')
        return css() + '<ol class="mk-list">' + "".join(items) + "</ol>"


def _words_figure():
    """Top words (left) and the timeline (right), with fixed margins."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.2))
    pin_axis_labels(fig.add_axes((0.1, 0.12, 0.22, 0.78)))  # top words (no axis labels)
    pin_axis_labels(fig.add_axes((0.4, 0.12, 0.58, 0.78)), x_pt=28, y_pt=40)  # timeline
    return fig
