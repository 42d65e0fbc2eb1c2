"""AccusationExplorer: who accuses whom, over time, and the sentences behind the numbers.

A thin ipywidgets layer over :func:`mediakit.coverage.who_accuses_whom`,
:func:`mediakit.coverage.accusations_over_time`, :func:`mediakit.plots.accusation_matrix`
and :func:`mediakit.plots.accusation_timeline`.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pandas as pd

from .. import schema
from ..text import document_text
from ._base import Explorer, css, highlight_html, pin_axis_labels
from ._sources import ANY, NO_COUNTRY, UNRESOLVED, queries_for  # noqa: F401 (re-exported)
from .coverage import FREQUENCIES, _day, _empty_figure, _iso, country_label

__all__ = ["AccusationExplorer"]

POLARITY_CHOICES = (("accusations", "accuse"), ("denials", "deny"))


def _actor_options(counts: pd.Series) -> list[tuple[str, str]]:
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    opts = [(f"any ({int(counts.sum())})", ANY)]
    for code, n in counts.items():
        if code != NO_COUNTRY:
            opts.append((f"{country_label(code)} ({code}) · {n}", code))
    if NO_COUNTRY in counts:
        opts.append((f"not a country · {counts[NO_COUNTRY]}", NO_COUNTRY))
    return opts


class AccusationExplorer(Explorer):
    """Explore accusations: accuser, accused, period, polarity; matrix, timeline, sentences.

    Parameters
    ----------
    articles : DataFrame or Store
        The articles table or a :class:`mediakit.Store`.
    accusations : DataFrame, optional
        The accusations table; computed with :class:`mediakit.AccusationExtractor` if absent.
    accuser, accused : str, optional
        ISO3 codes selected at start (default: any).
    start, end : date-like, optional
        Period (inclusive days; default: the whole corpus).
    freq : {"D", "W", "MS"}
        Period length of the timeline.
    polarity : {"accuse", "deny"}
        Which rows to count (for denials, ``accused`` is the party denying).
    n_sentences : int
        How many example sentences to list.
    export_dir : path, optional
        Where the "Save" buttons write.

    Attributes
    ----------
    data : DataFrame
        The who-accuses-whom table behind the matrix.
    pair_data : DataFrame
        The over-time table behind the timeline of the selected pair.
    sentences : DataFrame
        The accusation rows listed under the figure.

    Examples
    --------
    >>> import mediakit
    >>> from mediakit.widgets import AccusationExplorer
    >>> ex = AccusationExplorer(mediakit.load("data/000_85d8c5cde1672087.txt"))  # doctest: +SKIP
    >>> ex.accuser.value = "RUS"  # doctest: +SKIP
    """

    _stem = "accusations"

    def __init__(
        self,
        articles: Any,
        *,
        accusations: pd.DataFrame | None = None,
        accuser: str | None = None,
        accused: str | None = None,
        start: Any = None,
        end: Any = None,
        freq: str = "W",
        polarity: str = "accuse",
        n_sentences: int = 15,
        export_dir: str | Path | None = None,
    ) -> None:
        import ipywidgets as w

        super().__init__(export_dir=export_dir)
        if freq not in dict(FREQUENCIES).values():
            raise ValueError(f"freq must be one of 'D', 'W', 'MS', got {freq!r}")
        if polarity not in dict(POLARITY_CHOICES).values():
            raise ValueError(f"polarity must be 'accuse' or 'deny', got {polarity!r}")
        self.queries = queries_for(articles, accusations=accusations)
        self._n_undated = self.queries.n_undated()
        self.n_sentences = n_sentences
        self.pair_data = pd.DataFrame()
        self.sentences = pd.DataFrame()

        acc_opts = _actor_options(self.queries.actor_counts(schema.ACCUSER_ISO3))
        accd_opts = _actor_options(self.queries.actor_counts(schema.ACCUSED_ISO3))
        for name, value, opts in (("accuser", accuser, acc_opts), ("accused", accused, accd_opts)):
            if value is not None and value not in dict((v, k) for k, v in opts):
                raise ValueError(
                    f"{name} {value!r} does not occur in the accusations table; "
                    f"choose one of {[v for _, v in opts[1:]]}"
                )
        lo, hi = self.queries.date_bounds()
        self.accuser = w.Dropdown(options=acc_opts, value=accuser or ANY, description="Accuser")
        self.accused = w.Dropdown(options=accd_opts, value=accused or ANY, description="Accused")
        self.start = w.DatePicker(description="From", value=_day(start) or lo)
        self.end = w.DatePicker(description="To", value=_day(end) or hi)
        self.freq = w.Dropdown(options=FREQUENCIES, value=freq, description="Every")
        self.polarity = w.ToggleButtons(options=POLARITY_CHOICES, value=polarity)
        self.sentence_html = w.HTML()
        self._observe(self.accuser, self.accused, self.start, self.end, self.freq, self.polarity)

        controls = w.HBox([
            w.VBox([self.accuser, self.accused, self.polarity]),
            w.VBox([self.start, self.end, self.freq]),
        ])
        self.root = w.VBox([controls, self.image, self.export_bar, self.sentence_html])
        self.root.add_class("mk-accusation-explorer")
        self.refresh()
        # a store: the other periods' aggregates and the example rows, in the background
        self.queries.prefetch(("articles", "accusations"), rows=("accusations",))

    def _selection(self) -> dict[str, Any]:
        def actor(v):
            return None if v == ANY else v

        return {
            "accuser": actor(self.accuser.value),
            "accused": actor(self.accused.value),
            "start": _iso(self.start.value),
            "end": _iso(self.end.value),
            "freq": self.freq.value,
            "polarity": self.polarity.value,
        }

    def _compute(self):
        from ..plots import accusation_matrix, accusation_timeline

        sel = self._selection()
        q = self.queries
        period = (sel["start"], sel["end"], sel["polarity"])
        pair = (self.accuser.value, self.accused.value)
        matrix = self._memo("matrix", period, lambda: q.who_accuses_whom(*period))
        if matrix.empty:
            self.pair_data = pd.DataFrame()
            return _empty_figure("no accusations for this selection"), pd.DataFrame()
        over_time = self._memo("pair", (*pair, *period, sel["freq"]), lambda: q.pair_over_time(
            *pair, sel["start"], sel["end"], sel["freq"], sel["polarity"]))
        self.pair_data = over_time if len(over_time) else pd.DataFrame()
        fig, (ax_m, ax_t) = self._canvas("matrix+timeline", _matrix_figure)
        # numbers in the cells of a small matrix only: a 12 x 12 one would draw 144 labels
        n_cells = (min(12, matrix[schema.ACCUSER].nunique())
                   * min(12, matrix[schema.ACCUSED].nunique()))
        accusation_matrix(matrix, ax=ax_m, cax=fig.axes[2], annotate=n_cells <= 36)
        if self.pair_data.empty:
            ax_t.set_axis_off()
            ax_t.text(0.5, 0.5, "no accusations for this pair", ha="center", color="0.4")
        else:
            accusation_timeline(self.pair_data, ax=ax_t, freq=sel["freq"])
            ax_t.set_title(_pair_title(sel), y=1.0)
        return fig, matrix

    def _after_compute(self) -> None:
        sel = self._selection()
        key = (self.accuser.value, self.accused.value, sel["start"], sel["end"],
               sel["polarity"])
        self.sentences, html_ = self._memo("sentences", key, self._sentences)
        if self.sentence_html.value != html_:
            self.sentence_html.value = html_
        self._show_undated(self._n_undated)

    def _sentences(self) -> tuple[pd.DataFrame, str]:
        sel = self._selection()
        rows = self.queries.sentences(self.accuser.value, self.accused.value, sel["start"],
                                      sel["end"], sel["polarity"], self.n_sentences)
        return rows, self._sentences_html(rows)

    def _sentences_html(self, rows: pd.DataFrame) -> str:
        if rows.empty:
            return css() + '<div class="mk-list"><i>No sentence for this selection.</i></div>'
        arts = self.queries.articles_by_id(rows[schema.DOC_ID].astype(str).unique().tolist(),
                                           rows.get(schema.PUBLISHED))
        arts = arts.drop_duplicates(schema.DOC_ID).set_index(schema.DOC_ID)
        items = []
        for rec in rows.to_dict("records"):
            doc_id = rec[schema.DOC_ID]
            art = arts.loc[doc_id] if doc_id in arts.index else None
            doc = "" if art is None else document_text(art.get(schema.TITLE), art.get(schema.TEXT))
            s, e = int(rec[schema.START]), int(rec[schema.END])
            spans = []
            for role, a, b in (("accuser", schema.ACCUSER_START, schema.ACCUSER_END),
                               ("accused", schema.ACCUSED_START, schema.ACCUSED_END),
                               ("cue", schema.CUE_START, schema.CUE_END)):
                if pd.notna(rec.get(a)) and pd.notna(rec.get(b)):
                    spans.append((int(rec[a]) - s, int(rec[b]) - s, role))
            sentence = highlight_html(doc[s:e], spans, css_class=lambda r: f"mk-{r}")
            who = " → ".join(
                html.escape(str(rec.get(k) if pd.notna(rec.get(k)) else "?"))
                for k in (schema.ACCUSER, schema.ACCUSED)
            )
            what = rec.get(schema.ALLEGATION)
            meta = [
                _iso(None if art is None else art.get(schema.PUBLISHED)),
                None if art is None else art.get(schema.SOURCE),
                rec.get(schema.POLARITY),
                f"confidence {rec[schema.CONFIDENCE]:.2f}" if pd.notna(
                    rec.get(schema.CONFIDENCE)) else None,
            ]
            meta_s = " · ".join(html.escape(str(m)) for m in meta if m is not None and pd.notna(m))
            what_s = f": {html.escape(str(what))}" if what is not None and pd.notna(what) else ""
            items.append(f"<li>{sentence}<br><span class=\"mk-meta\"><b>{who}</b>{what_s} · "
                         f"{meta_s}</span></li>")
        legend = ('<div class="mk-list mk-meta"><mark class="mk-accuser">accuser</mark> '
                  '<mark class="mk-accused">accused</mark> <mark class="mk-cue">cue</mark></div>')
        return css() + legend + '<ol class="mk-list">' + "".join(items) + "</ol>"


def _pair_title(sel: dict) -> str:
    if not sel["accuser"] and not sel["accused"]:
        return "all pairs"
    return f'{sel["accuser"] or "anyone"} → {sel["accused"] or "anyone"}'


def _matrix_figure():
    """Matrix (with its colorbar axes) and timeline side by side, with fixed margins."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 4.2))
    pin_axis_labels(fig.add_axes((0.07, 0.2, 0.3, 0.7)), x_pt=34, y_pt=32)  # the matrix
    pin_axis_labels(fig.add_axes((0.54, 0.2, 0.44, 0.7)), y_pt=36)  # the timeline
    cax = fig.add_axes((0.385, 0.2, 0.012, 0.7))  # the matrix's colorbar
    cax._mk_cax = True
    return fig
