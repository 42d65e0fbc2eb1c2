"""CoverageExplorer: which countries a corpus covers, and how that changes over time.

A thin ipywidgets layer over :func:`mediakit.coverage.country_attention` and
:func:`mediakit.plots.coverage_timeline`; the headline list shows the country mentions
(:func:`mediakit.find_mentions`) behind the numbers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .. import schema
from ..text import document_text
from ._base import Explorer, css, highlight_html, pin_axis_labels, snippet, to_timestamp
from ._sources import queries_for

__all__ = ["CoverageExplorer", "country_label"]

#: frequency choices shown to the user -> pandas frequency
FREQUENCIES = (("day", "D"), ("week", "W"), ("month", "MS"))
VALUES = (("shares", "share"), ("counts", "count"))


@lru_cache(maxsize=512)
def country_label(iso3: str) -> str:
    """Return a readable name for an ISO 3166 alpha-3 code (the code itself if unknown).

    Examples
    --------
    >>> country_label("RUS")
    'Russian Federation'
    >>> country_label("XKX")
    'XKX'
    """
    import pycountry

    try:
        c = pycountry.countries.get(alpha_3=str(iso3).upper())
    except (KeyError, LookupError):
        c = None
    return getattr(c, "common_name", None) or getattr(c, "name", None) or str(iso3)


class CoverageExplorer(Explorer):
    """Explore country attention: countries, dates, sources, frequency, counts or shares.

    Parameters
    ----------
    articles : DataFrame or Store
        The articles table (``mediakit.load(...)``) or a :class:`mediakit.Store`.
    mentions, doc_countries : DataFrame, optional
        Annotation tables if already computed; otherwise they are computed with
        :func:`mediakit.find_mentions` and :func:`mediakit.doc_countries`.
    countries : list of str, optional
        ISO3 codes selected at start (default: the ``n_top`` most covered countries).
    start, end : date-like, optional
        Date range (inclusive days). Default: the whole corpus.
    sources : list of str, optional
        Sources to keep (default: all).
    freq : {"D", "W", "MS"}
        Period length: day, week, month ("M" is accepted for a month too).
    value : {"share", "count"}
        Plot shares of articles or article counts.
    n_top : int
        How many countries to show when none is selected.
    n_headlines : int
        Length of the example-headline list.
    export_dir : path, optional
        Where the "Save" buttons write (default ``./exports``).

    Attributes
    ----------
    data : DataFrame
        The attention table behind the figure (``country_attention`` output).
    headlines : DataFrame
        The example articles listed under the figure.

    Examples
    --------
    >>> import mediakit
    >>> from mediakit.widgets import CoverageExplorer
    >>> ex = CoverageExplorer(mediakit.load("data/000_85d8c5cde1672087.txt"))  # doctest: +SKIP
    >>> ex.countries.value = ("RUS", "USA")  # doctest: +SKIP
    >>> ex.data.head()  # doctest: +SKIP
    """

    _stem = "coverage"

    def __init__(
        self,
        articles: Any,
        *,
        mentions: pd.DataFrame | None = None,
        doc_countries: pd.DataFrame | None = None,
        countries: Sequence[str] | None = None,
        start: Any = None,
        end: Any = None,
        sources: Sequence[str] | None = None,
        freq: str = "W",
        value: str = "share",
        n_top: int = 5,
        n_headlines: int = 10,
        export_dir: str | Path | None = None,
    ) -> None:
        import ipywidgets as w

        super().__init__(export_dir=export_dir)
        freq = {"M": "MS"}.get(freq, freq)
        freqs = dict(FREQUENCIES).values()
        if freq not in freqs:
            raise ValueError(f"freq must be one of {sorted(freqs)}, got {freq!r}")
        if value not in dict(VALUES).values():
            raise ValueError(f"value must be 'share' or 'count', got {value!r}")
        self.queries = queries_for(articles, mentions=mentions, doc_countries=doc_countries)
        self.n_top = n_top
        self.n_headlines = n_headlines
        self.headlines = pd.DataFrame()
        self._n_undated = self.queries.n_undated()

        ranking = self.queries.country_ranking()
        self._country_options = [
            (f"{r.country} ({c}) · {r.articles}", c) for c, r in ranking.iterrows()
        ]
        known = set(ranking.index)
        if countries is None:
            countries = list(ranking.index[:n_top])
        missing = [c for c in countries if c not in known]
        if missing:
            import warnings

            warnings.warn(
                f"CoverageExplorer: no article mentions {missing}; they are not selectable",
                stacklevel=2,
            )
        countries = [c for c in countries if c in known]

        lo, hi = self.queries.date_bounds()
        all_sources = self.queries.sources()
        self.country_filter = w.Text(placeholder="filter countries", description="Countries")
        self.countries = w.SelectMultiple(
            options=self._country_options, value=tuple(countries), rows=8,
            layout=w.Layout(width="auto"),
        )
        self.start = w.DatePicker(description="From", value=_day(start) or lo)
        self.end = w.DatePicker(description="To", value=_day(end) or hi)
        self.sources = w.SelectMultiple(
            options=all_sources, value=tuple(s for s in (sources or []) if s in all_sources),
            rows=min(6, max(2, len(all_sources))), description="Sources",
        )
        self.freq = w.Dropdown(options=FREQUENCIES, value=freq, description="Every")
        self.value = w.ToggleButtons(options=VALUES, value=value)
        self.headline_html = w.HTML()

        self.country_filter.observe(lambda _c: self._apply_filter(), names="value")
        self._observe(self.countries, self.start, self.end, self.sources, self.freq, self.value)

        controls = w.VBox(
            [self.country_filter, self.countries, self.start, self.end, self.sources,
             self.freq, self.value],
            layout=w.Layout(width="34%"),
        )
        self.root = w.VBox(
            [w.HBox([controls, w.VBox([self.image], layout=w.Layout(width="66%"))]),
             self.export_bar, self.headline_html]
        )
        self.root.add_class("mk-coverage-explorer")
        self.refresh()
        # a store: the other periods' aggregates and the example rows, in the background
        self.queries.prefetch(("articles", "doc_countries"), rows=("doc_countries",))

    # -- controls -----------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        needle = self.country_filter.value.strip().lower()
        chosen = tuple(self.countries.value)
        opts = [
            (label, code) for label, code in self._country_options
            if not needle or needle in label.lower() or code in chosen
        ]
        with self._hold(redraw=False):  # the selection is kept: nothing to redraw
            self.countries.options = opts
            self.countries.value = chosen

    def _selection(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries.value),
            "start": _iso(self.start.value),
            "end": _iso(self.end.value),
            "sources": list(self.sources.value),
            "freq": self.freq.value,
            "value": self.value.value,
        }

    def plotted_countries(self) -> list[str]:
        """The countries drawn: the selection, or the ``n_top`` most covered ones."""
        if self.countries.value:
            return list(self.countries.value)
        sel = self._selection()
        key = (sel["start"], sel["end"], tuple(sel["sources"]))
        ranking = self._memo("ranking", key, lambda: self.queries.country_ranking(
            sel["start"], sel["end"], sel["sources"]))
        return list(ranking.index[: self.n_top])

    # -- computing ------------------------------------------------------------------------------
    def _compute(self):
        from ..plots import coverage_timeline

        sel = self._selection()
        countries = self.plotted_countries()
        self._plotted = countries
        view = (tuple(countries), sel["start"], sel["end"], tuple(sel["sources"]))
        if not countries:
            return _empty_figure("no articles for this selection"), pd.DataFrame()
        attention = self._memo("attention", (*view, sel["freq"]), lambda: self.queries.attention(
            countries, sel["start"], sel["end"], sel["sources"], sel["freq"]))
        if attention.empty:
            return _empty_figure("no articles for this selection"), pd.DataFrame()
        fig, (ax,) = self._canvas("timeline", _timeline_figure)
        coverage_timeline(attention, countries=countries, value=sel["value"],
                          freq=sel["freq"], ax=ax)
        return fig, attention

    def _after_compute(self) -> None:
        sel = self._selection()
        view = (tuple(self._plotted), sel["start"], sel["end"], tuple(sel["sources"]))
        self.headlines, html_ = self._memo("headlines", view, self._headlines)
        if self.headline_html.value != html_:
            self.headline_html.value = html_
        self._show_undated(self._n_undated)

    def _headlines(self) -> tuple[pd.DataFrame, str]:
        sel = self._selection()
        if not self._plotted:
            rows = pd.DataFrame(columns=[schema.DOC_ID, schema.TITLE, schema.PUBLISHED,
                                         schema.SOURCE, schema.N_MENTIONS])
        else:
            rows = self.queries.headlines(self._plotted, sel["start"], sel["end"],
                                          sel["sources"], self.n_headlines)
        return rows, self._headlines_html(rows)

    def _headlines_html(self, rows: pd.DataFrame) -> str:
        if rows.empty:
            return css() + '<div class="mk-list"><i>No article mentions the selection.</i></div>'
        chosen = set(self._plotted)
        mentions = self.queries.mentions_of(rows[schema.DOC_ID].astype(str).tolist(),
                                            rows[schema.PUBLISHED])
        by_doc = {str(k): g for k, g in mentions.groupby(schema.DOC_ID)}
        items = []
        for row in rows.itertuples(index=False):
            rec = row._asdict()
            title, text = rec.get(schema.TITLE), rec.get(schema.TEXT)
            title = None if title is None or pd.isna(title) else title
            text = None if text is None or pd.isna(text) else text
            doc = document_text(title, text)
            ms = by_doc.get(str(rec[schema.DOC_ID]))
            spans = [
                (int(s), int(e), str(c))
                for s, e, c in zip(ms[schema.START], ms[schema.END], ms[schema.ISO3], strict=True)
            ] if ms is not None else []
            n_title = len(document_text(title, None))
            title_spans = [s for s in spans if s[1] <= n_title]
            body_spans = [s for s in spans if s[0] >= n_title]

            def cls(label: str) -> str | None:
                return None if label in chosen else "mk-other"

            head = highlight_html(doc[:n_title], title_spans, css_class=cls) or "<i>untitled</i>"
            first = next((s for s in body_spans if s[2] in chosen), None)
            body = ""
            if first is not None:
                lo, hi = snippet(doc, first[0], first[1])
                inner = [(s - lo, e - lo, c) for s, e, c in body_spans if s >= lo and e <= hi]
                body = "<br>…" + highlight_html(doc[lo:hi], inner, css_class=cls) + "…"
            meta = " · ".join(
                html.escape(str(v)) for v in (
                    _iso(rec.get(schema.PUBLISHED)), rec.get(schema.SOURCE),
                    f"{rec[schema.N_MENTIONS]} mention(s)",
                ) if v is not None and not (isinstance(v, float) and v != v) and v is not pd.NA
            )
            items.append(f'<li><b>{head}</b> <span class="mk-meta">{meta}</span>{body}</li>')
        return css() + '<ol class="mk-list">' + "".join(items) + "</ol>"


def _day(value: Any):
    ts = to_timestamp(value)
    return None if ts is None else ts.date()


def _iso(value: Any) -> str | None:
    ts = to_timestamp(value) if value is not None and value is not pd.NaT else None
    return None if ts is None else ts.date().isoformat()


def _empty_figure(message: str):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(6, 3))
    ax = fig.subplots()
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", color="0.4")
    return fig


def _timeline_figure():
    """The live view's one-panel Figure, with fixed margins (no layout engine to run)."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(8, 3.8))
    fig.subplots_adjust(left=0.09, right=0.98, bottom=0.12, top=0.91)
    pin_axis_labels(fig.add_subplot(), y_pt=42)
    return fig
