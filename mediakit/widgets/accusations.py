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
from ._base import DataSource, Explorer, css, date_bounds, filter_articles, highlight_html
from .coverage import FREQUENCIES, _day, _empty_figure, _iso, _two_panel_figure, country_label

__all__ = ["AccusationExplorer"]

#: selector value meaning "any accuser / accused"
ANY = "*"
#: selector value meaning "an actor not mapped to a country"
NO_COUNTRY = "-"
POLARITY_CHOICES = (("accusations", "accuse"), ("denials", "deny"))
#: label of a party without a country code in the matrix and the timeline
UNRESOLVED = "?"


def _actor_options(values: pd.Series) -> list[tuple[str, str]]:
    counts = values.fillna(NO_COUNTRY).astype(str).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable")
    opts = [(f"any ({int(counts.sum())})", ANY)]
    for code, n in counts.items():
        if code != NO_COUNTRY:
            opts.append((f"{country_label(code)} ({code}) · {n}", code))
    if NO_COUNTRY in counts:
        opts.append((f"not a country · {counts[NO_COUNTRY]}", NO_COUNTRY))
    return opts


def _match(series: pd.Series, value: str) -> pd.Series:
    if value == ANY:
        return pd.Series(True, index=series.index)
    if value == NO_COUNTRY:
        return series.isna()
    return (series == value).fillna(False).astype(bool)


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
        self.source = DataSource.from_any(articles, accusations=accusations)
        self._acc = self.source.table("accusations")
        self.n_sentences = n_sentences
        self.pair_data = pd.DataFrame()
        self.sentences = pd.DataFrame()

        acc_opts = _actor_options(self._acc[schema.ACCUSER_ISO3])
        accd_opts = _actor_options(self._acc[schema.ACCUSED_ISO3])
        for name, value, opts in (("accuser", accuser, acc_opts), ("accused", accused, accd_opts)):
            if value is not None and value not in dict((v, k) for k, v in opts):
                raise ValueError(
                    f"{name} {value!r} does not occur in the accusations table; "
                    f"choose one of {[v for _, v in opts[1:]]}"
                )
        lo, hi = date_bounds(self.source.articles)
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
        from ..coverage import accusations_over_time, who_accuses_whom
        from ..plots import accusation_matrix, accusation_timeline

        sel = self._selection()
        arts = filter_articles(self.source.articles, start=sel["start"], end=sel["end"])
        acc = self._acc[self._acc[schema.DOC_ID].isin(arts[schema.DOC_ID])]
        acc = acc[acc[schema.POLARITY] == sel["polarity"]]
        pair = acc[_match(acc[schema.ACCUSER_ISO3], self.accuser.value)
                   & _match(acc[schema.ACCUSED_ISO3], self.accused.value)]
        self._arts_view, self._pair = arts, pair
        if acc.empty:
            self.pair_data = pd.DataFrame()
            return _empty_figure("no accusations for this selection"), pd.DataFrame()
        kw = {"polarity": sel["polarity"], "unresolved": UNRESOLVED}
        matrix = who_accuses_whom(acc, **kw)
        freq = {"MS": "M"}.get(sel["freq"], sel["freq"])  # a period frequency there
        self.pair_data = (accusations_over_time(pair, arts, freq=freq, **kw) if len(pair)
                          else pd.DataFrame())
        fig = _two_panel_figure()
        ax_m, ax_t = fig.subplots(1, 2, width_ratios=[1, 1.3])
        accusation_matrix(matrix, ax=ax_m)
        if pair.empty:
            ax_t.set_axis_off()
            ax_t.text(0.5, 0.5, "no accusations for this pair", ha="center", color="0.4")
        else:
            accusation_timeline(self.pair_data, ax=ax_t)
            ax_t.set_title(_pair_title(sel))
        return fig, matrix

    def _after_compute(self) -> None:
        pair = self._pair
        if schema.CONFIDENCE in pair:
            pair = pair.sort_values([schema.CONFIDENCE, schema.DOC_ID, schema.START],
                                    ascending=[False, True, True])
        self.sentences = pair.head(self.n_sentences).reset_index(drop=True)
        self.sentence_html.value = self._sentences_html()

    def _sentences_html(self) -> str:
        rows = self.sentences
        if rows.empty:
            return css() + '<div class="mk-list"><i>No sentence for this selection.</i></div>'
        arts = self.source.articles.set_index(schema.DOC_ID)
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
