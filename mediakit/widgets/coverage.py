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
from ._base import (
    DataSource,
    Explorer,
    css,
    date_bounds,
    filter_articles,
    highlight_html,
    snippet,
    to_timestamp,
)

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
        self.source = DataSource.from_any(articles, mentions=mentions, doc_countries=doc_countries)
        self.n_top = n_top
        self.n_headlines = n_headlines
        self.headlines = pd.DataFrame()

        arts = self.source.articles
        self._mentions = self.source.table("mentions")
        self._doc_countries = self.source.table("doc_countries")
        from ..reports import country_ranking

        ranking = country_ranking(self._doc_countries)
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

        lo, hi = date_bounds(arts)
        all_sources = sorted(arts[schema.SOURCE].dropna().astype(str).unique())
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

    def plotted_countries(self, doc_countries: pd.DataFrame | None = None) -> list[str]:
        """The countries drawn: the selection, or the ``n_top`` most covered ones."""
        if self.countries.value:
            return list(self.countries.value)
        from ..reports import country_ranking

        dc = self._doc_countries if doc_countries is None else doc_countries
        return list(country_ranking(dc).index[: self.n_top])

    # -- computing ------------------------------------------------------------------------------
    def _compute(self):
        from ..coverage import country_attention
        from ..plots import coverage_timeline

        sel = self._selection()
        arts = filter_articles(
            self.source.articles, start=sel["start"], end=sel["end"], sources=sel["sources"]
        )
        dc = self._doc_countries[self._doc_countries[schema.DOC_ID].isin(arts[schema.DOC_ID])]
        countries = self.plotted_countries(dc)
        self._articles_view, self._plotted = arts, countries
        if arts.empty or not countries:
            return _empty_figure("no articles for this selection"), pd.DataFrame()
        # country_attention takes period frequencies: a month is "M" there
        freq = {"MS": "M"}.get(sel["freq"], sel["freq"])
        attention = country_attention(arts, dc, freq=freq, countries=countries)
        fig = coverage_timeline(attention, countries=countries, value=sel["value"])
        return fig, attention

    def _after_compute(self) -> None:
        self.headlines = self._pick_headlines()
        self.headline_html.value = self._headlines_html()
        n_undated = int(self.source.articles[schema.PUBLISHED].isna().sum())
        self.status.value = (f'<span class="mk-meta">{n_undated} article(s) without a date are '
                             "not counted</span>" if n_undated else "")

    def _pick_headlines(self) -> pd.DataFrame:
        arts = self._articles_view
        m = self._mentions
        m = m[m[schema.DOC_ID].isin(arts[schema.DOC_ID]) & m[schema.ISO3].isin(self._plotted)]
        if m.empty:
            return arts.iloc[0:0]
        per_doc = m.groupby(schema.DOC_ID).size().rename(schema.N_MENTIONS)
        out = arts.set_index(schema.DOC_ID).join(per_doc, how="inner").reset_index()
        out = out.sort_values(
            [schema.N_MENTIONS, schema.PUBLISHED, schema.DOC_ID], ascending=[False, False, True],
            na_position="last",
        )
        return out.head(self.n_headlines).reset_index(drop=True)

    def _headlines_html(self) -> str:
        rows = self.headlines
        if rows.empty:
            return css() + '<div class="mk-list"><i>No article mentions the selection.</i></div>'
        chosen = set(self._plotted)
        by_doc = {k: g for k, g in self._mentions.groupby(schema.DOC_ID)}
        items = []
        for row in rows.itertuples(index=False):
            rec = row._asdict()
            title, text = rec.get(schema.TITLE), rec.get(schema.TEXT)
            doc = document_text(title, text)
            ms = by_doc.get(rec[schema.DOC_ID], pd.DataFrame(columns=[schema.START]))
            spans = [
                (int(s), int(e), str(c))
                for s, e, c in zip(ms[schema.START], ms[schema.END], ms[schema.ISO3], strict=True)
            ] if len(ms) else []
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


def _two_panel_figure():
    """A wide Figure for two side-by-side panels, with fixed margins.

    Fixed margins instead of a layout engine: constrained layout measures every tick label
    and costs about a third of each redraw.
    """
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.2))
    fig.subplots_adjust(left=0.1, right=0.98, bottom=0.14, top=0.9, wspace=0.3)
    return fig
