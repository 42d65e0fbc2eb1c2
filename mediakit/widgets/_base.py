"""Shared plumbing of the explorer widgets: data source adapter, rendering, exports.

The explorers are thin layers: every number they show comes from a public function of
:mod:`mediakit.coverage`, every picture from :mod:`mediakit.plots`. This module holds what
they share:

- :class:`DataSource` turns "an articles DataFrame" or "a :class:`mediakit.Store`" into the
  tables an explorer needs, computing missing annotation tables on first use;
- :func:`highlight_html` escapes a text and wraps character spans in ``<mark>``;
- :func:`figure_to_png` / :func:`figure_to_svg` render a Figure to bytes;
- :class:`Explorer` is the base class (root widget, display hooks, ``selection``, ``data``,
  export buttons with text labels: icon fonts are not reachable offline).

Examples
--------
>>> highlight_html("Russia accuses US", [(0, 6, "RUS"), (15, 17, "USA")])
'<mark title="RUS">Russia</mark> accuses <mark title="USA">US</mark>'
"""

from __future__ import annotations

import datetime as _dt
import html
import io
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from .. import schema

__all__ = ["DataSource", "Explorer", "figure_to_png", "figure_to_svg", "highlight_html",
           "live_png", "pin_axis_labels", "reset_axes"]

#: Tables an explorer may ask a :class:`DataSource` for.
_TABLES = ("articles", "mentions", "doc_countries", "accusations", "doc_topics")


# --- rendering helpers ---------------------------------------------------------------------


def figure_to_png(fig, *, dpi: int = 80) -> bytes:
    """Render a matplotlib Figure to PNG bytes and release it from pyplot.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> fig = Figure(figsize=(2, 1))
    >>> figure_to_png(fig)[:4]
    b'\\x89PNG'
    """
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    _release(fig)
    return buf.getvalue()


def figure_to_svg(fig) -> bytes:
    """Render a matplotlib Figure to SVG bytes.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> b"<svg" in figure_to_svg(Figure(figsize=(2, 1)))
    True
    """
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    _release(fig)
    return buf.getvalue()


def _release(fig) -> None:
    """Forget ``fig`` in pyplot's registry (if it is there) so figures do not pile up."""
    import matplotlib.pyplot as plt

    if plt.fignum_exists(getattr(fig, "number", -1)):
        plt.close(fig)


def highlight_html(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    *,
    css_class: str | Callable[[str], str | None] | None = None,
) -> str:
    """Return ``text`` HTML-escaped, with each ``(start, end, label)`` span in ``<mark>``.

    Overlapping spans are resolved left to right (a span starting inside a previous one is
    skipped); spans outside the text are ignored. ``label`` becomes the mark's tooltip;
    ``css_class`` (a string, or a function of the label) its class.

    Examples
    --------
    >>> highlight_html("<b>Moscow</b> said", [(3, 9, "RUS")], css_class="mk-country")
    '&lt;b&gt;<mark class="mk-country" title="RUS">Moscow</mark>&lt;/b&gt; said'
    >>> highlight_html("abc", [(1, 2, "x"), (0, 3, "y"), (5, 9, "z")])
    '<mark title="y">abc</mark>'
    """
    out: list[str] = []
    pos = 0
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(int(start), 0), min(int(end), len(text))
        if start < pos or end <= start:
            continue
        cls = css_class(label) if callable(css_class) else css_class
        attrs = f' class="{html.escape(cls)}"' if cls else ""
        attrs += f' title="{html.escape(str(label))}"' if label else ""
        out.append(html.escape(text[pos:start]))
        out.append(f"<mark{attrs}>{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def snippet(text: str, start: int, end: int, *, width: int = 160) -> tuple[int, int]:
    """Return ``(lo, hi)``: a window of about ``width`` chars around ``text[start:end]``.

    The window is widened to word boundaries and never crosses a blank line (so a title is
    not glued to the body).

    Examples
    --------
    >>> t = "Title\\n\\nMoscow said the US slowed its assault on Isis in Iraq."
    >>> lo, hi = snippet(t, 7, 13, width=20)
    >>> t[lo:hi]
    'Moscow said the US slowed its'
    >>> lo, hi = snippet(t, 56, 60, width=20)
    >>> t[lo:hi]
    'assault on Isis in Iraq.'
    """
    para_lo = text.rfind("\n\n", 0, start)
    para_hi = text.find("\n\n", end)
    p_lo = 0 if para_lo == -1 else para_lo + 2
    p_hi = len(text) if para_hi == -1 else para_hi
    half = width // 2
    lo = max(p_lo, start - half)
    hi = min(p_hi, end + half + (half - (start - lo)))  # unused room on the left goes right
    lo = max(p_lo, min(lo, hi - width))  # ... and unused room on the right goes left
    while lo > p_lo and not text[lo - 1].isspace():
        lo -= 1
    while hi < p_hi and not text[hi].isspace():
        hi += 1
    return lo, hi


def to_timestamp(value: Any) -> pd.Timestamp | None:
    """Return ``value`` (a date, string or Timestamp) as a UTC Timestamp, or None.

    Examples
    --------
    >>> import datetime
    >>> to_timestamp(datetime.date(2017, 10, 10))
    Timestamp('2017-10-10 00:00:00+0000', tz='UTC')
    >>> to_timestamp(None) is None
    True
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    ts = pd.Timestamp(value)
    if pd.isna(ts):
        return None
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def filter_articles(
    articles: pd.DataFrame,
    *,
    start: Any = None,
    end: Any = None,
    sources: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return the articles published in ``[start, end]`` (whole days) from ``sources``.

    ``end`` is inclusive: ``end="2017-10-10"`` keeps everything published that day. With a
    date bound, articles without a date (NaT) are left out; without one they are kept.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "source": ["x", "y"],
    ...     "published": pd.to_datetime(["2017-10-09 08:00", "2017-10-10 23:00"], utc=True)})
    >>> filter_articles(arts, end="2017-10-10").doc_id.tolist()
    ['a', 'b']
    >>> filter_articles(arts, start="2017-10-10", sources=["x"]).doc_id.tolist()
    []
    """
    keep = pd.Series(True, index=articles.index)
    lo, hi = to_timestamp(start), to_timestamp(end)
    if lo is not None or hi is not None:
        pub = articles[schema.PUBLISHED]
        if lo is not None:
            keep &= (pub >= lo).fillna(False).astype(bool)
        if hi is not None:
            keep &= (pub < hi.normalize() + pd.Timedelta(days=1)).fillna(False).astype(bool)
    if sources:
        keep &= articles[schema.SOURCE].isin(list(sources)).fillna(False).astype(bool)
    return articles.loc[keep]


# --- data source adapter ---------------------------------------------------------------------


class DataSource:
    """Where an explorer gets its tables: DataFrames given, a Store, or computed on demand.

    Parameters
    ----------
    articles : DataFrame
        An articles table (see :data:`mediakit.schema.ARTICLES`).
    **tables : DataFrame or callable
        Annotation tables already computed (``mentions``, ``doc_countries``, ``accusations``,
        ``doc_topics``), or zero-argument callables producing them. Missing ones are computed
        with mediakit's default annotators the first time an explorer asks for them.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "title": ["Russia accuses US"]})
    >>> src = DataSource(arts, doc_countries=lambda: pd.DataFrame({"doc_id": ["a"]}))
    >>> len(src.table("doc_countries")), src.has("accusations")
    (1, False)
    """

    def __init__(self, articles: pd.DataFrame, **tables: Any) -> None:
        unknown = set(tables) - set(_TABLES)
        if unknown:
            raise TypeError(
                f"DataSource got unknown table(s) {sorted(unknown)}; known: {', '.join(_TABLES)}"
            )
        if not isinstance(articles, pd.DataFrame):
            raise TypeError(
                "expected an articles DataFrame (from mediakit.load) or a mediakit.Store, "
                f"got {type(articles).__name__}"
            )
        self._tables: dict[str, Any] = {"articles": articles}
        self._tables.update({k: v for k, v in tables.items() if v is not None})

    @classmethod
    def from_any(cls, obj: Any, **tables: Any) -> DataSource:
        """Wrap ``obj``: a DataSource (returned as is), an articles DataFrame, or a Store.

        A Store is read through its ``table(name)`` / ``read(name)`` method; tables the
        store does not hold are computed from its articles.

        Examples
        --------
        >>> import pandas as pd
        >>> src = DataSource.from_any(pd.DataFrame({"doc_id": ["a"]}))
        >>> DataSource.from_any(src) is src
        True
        """
        if isinstance(obj, DataSource):
            return obj
        if isinstance(obj, pd.DataFrame):
            return cls(obj, **tables)
        reader = _store_reader(obj)
        if reader is None:
            raise TypeError(
                "expected an articles DataFrame (from mediakit.load), a mediakit.Store or a "
                f"DataSource, got {type(obj).__name__}"
            )
        for name in _TABLES[1:]:
            if tables.get(name) is None and reader(name, probe=True):
                tables[name] = (lambda n=name: reader(n))
        return cls(reader("articles"), **tables)

    def has(self, name: str) -> bool:
        """Whether table ``name`` was given (or already computed)."""
        return name in self._tables

    def table(self, name: str) -> pd.DataFrame:
        """Return table ``name``, computing it (once) if needed."""
        if name not in _TABLES:
            raise KeyError(f"unknown table {name!r}; known: {', '.join(_TABLES)}")
        value = self._tables.get(name)
        if value is None:
            value = self._compute(name)
        elif callable(value):
            value = value()
        self._tables[name] = value
        return value

    @property
    def articles(self) -> pd.DataFrame:
        """The articles table."""
        return self._tables["articles"]

    def _compute(self, name: str) -> pd.DataFrame:
        if name == "mentions":
            from ..countries import find_mentions

            return find_mentions(self.articles)
        if name == "doc_countries":
            from ..countries import doc_countries

            return doc_countries(self.table("mentions"), self.articles)
        if name == "accusations":
            from ..accusations import AccusationExtractor

            return AccusationExtractor().transform(self.articles)
        raise ValueError(
            f"table {name!r} cannot be computed automatically; pass it to the explorer "
            f"(e.g. {name}=...)"
        )


def _store_reader(store: Any) -> Callable[..., Any] | None:
    """Return ``read(name, probe=False)`` for an object that looks like a mediakit Store.

    ``probe=True`` answers whether the store holds rows of that table (from its
    ``summary()["rows"]`` when it has one).
    """
    fn = getattr(store, "table", None)
    if not callable(fn):
        return None

    def read(name: str, probe: bool = False):
        if not probe:
            return fn(name)
        summary = getattr(store, "summary", None)
        if callable(summary):
            return summary().get("rows", {}).get(name, 0) > 0
        try:
            return len(fn(name)) > 0
        except Exception:
            return False

    return read


# --- the explorer base class -------------------------------------------------------------------

_CSS = """<style>
.mk-list {font-size: 13px; line-height: 1.45; max-height: 420px; overflow-y: auto}
.mk-list li {margin-bottom: .45em}
.mk-list mark {background: #fde68a; padding: 0 1px}
.mk-list mark.mk-other {background: #e5e7eb}
.mk-list mark.mk-accuser {background: #bfdbfe}
.mk-list mark.mk-accused {background: #fecaca}
.mk-list mark.mk-cue {background: #bbf7d0}
.mk-meta {color: #6b7280; font-size: 11px}
</style>"""


class Explorer:
    """Base class of the explorers: a root widget, a figure, a table, exports.

    Subclasses build their controls, then implement :meth:`_compute` (returning the figure
    and the DataFrame behind it) and :meth:`_selection`. Any control change calls
    :meth:`refresh`, which redraws within one synchronous call.
    """

    #: file name stem for exports
    _stem = "explorer"

    def __init__(self, *, export_dir: str | Path | None = None, dpi: int = 80) -> None:
        import ipywidgets as w

        self.export_dir = Path(export_dir) if export_dir is not None else Path("exports")
        self.dpi = dpi
        self._data = pd.DataFrame()
        self._figure = None
        self._holding = False
        self.last_render_ms: float | None = None
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%"))
        self.status = w.HTML(layout=w.Layout(min_height="1.5em"))
        self.buttons = {
            fmt: w.Button(description=f"Save {fmt.upper()}", tooltip=f"save the view as {fmt}")
            for fmt in ("png", "svg", "csv")
        }
        for fmt, button in self.buttons.items():
            button.on_click(lambda _b, fmt=fmt: self._on_export(fmt))
        self.export_bar = w.HBox([*self.buttons.values(), self.status])

    # -- public API -------------------------------------------------------------------------
    @property
    def selection(self) -> dict[str, Any]:
        """The current selection of the controls, as plain Python values."""
        return self._selection()

    @property
    def data(self) -> pd.DataFrame:
        """The DataFrame behind the current figure (a copy)."""
        return self._data.copy()

    @property
    def figure(self):
        """The current matplotlib Figure.

        The live view reuses one Figure per layout between redraws (only its artists are
        replaced): to keep a view, save it (:meth:`save`) rather than holding this object.
        """
        return self._figure

    def refresh(self) -> None:
        """Recompute the table, redraw the figure and the side panels."""
        if self._holding:
            return
        t0 = time.perf_counter()
        try:
            fig, data = self._compute()
        except Exception as exc:  # shown in the widget, re-raised for scripts and tests
            self.status.value = f'<span style="color:#b91c1c">{html.escape(str(exc))}</span>'
            raise
        _release(fig)  # kept for save(), but out of pyplot (no inline double display)
        self._data = data
        self._figure = fig
        self.image.value = live_png(fig, self.dpi)
        self._after_compute()
        self.last_render_ms = (time.perf_counter() - t0) * 1000

    def _memo(self, kind: str, key: tuple, compute: Callable[[], Any]) -> Any:
        """Return ``compute()``, remembered under ``(kind, key)`` (a few per kind).

        The tables behind a view depend on part of the selection only (the attention
        table not on counts-vs-shares, the headlines not on the frequency): keyed by that
        part, switching a control back and forth redraws without recomputing.
        """
        cache = self.__dict__.setdefault("_memo_cache", {}).setdefault(kind, {})
        if key in cache:
            cache[key] = cache.pop(key)  # most recently used last
            return cache[key]
        value = compute()
        cache[key] = value
        while len(cache) > self._memo_size:
            cache.pop(next(iter(cache)))
        return value

    def _show_undated(self, n_undated: int) -> None:
        """Say in the status line how many undated articles the views leave out (if any)."""
        status = (f'<span class="mk-meta">{n_undated} article(s) without a date are '
                  "not counted</span>" if n_undated else "")
        if self.status.value != status:
            self.status.value = status

    def clear_cache(self) -> None:
        """Forget the remembered tables (e.g. after the underlying data changed)."""
        self.__dict__.pop("_memo_cache", None)

    #: tables remembered per kind by :meth:`_memo`
    _memo_size = 16

    def _canvas(self, layout: str, build: Callable[[], Any]):
        """Return ``(figure, axes)`` of the live view for ``layout``, emptied for a redraw.

        One Figure per layout is built once (by ``build()``) and reused: its Axes keep
        their tick objects, whose creation is a good part of a fresh figure's draw; only
        the artists (lines, images, texts, legend) are removed between redraws. Axes marked
        ``_mk_cax = True`` (a colorbar's) are left alone and not returned.
        """
        figs = self.__dict__.setdefault("_canvases", {})
        if layout not in figs:
            figs[layout] = build()
        fig = figs[layout]
        for ax in fig.axes:
            reset_axes(ax)
        return fig, [ax for ax in fig.axes if not getattr(ax, "_mk_cax", False)]

    def save(self, path: str | Path) -> Path:
        """Save the current view (``.png``/``.svg``) or its data (``.csv``) to ``path``.

        Examples
        --------
        >>> explorer.save("coverage.svg")  # doctest: +SKIP
        PosixPath('coverage.svg')
        """
        path = Path(path)
        fmt = path.suffix.lower().lstrip(".")
        if fmt not in ("png", "svg", "csv"):
            raise ValueError(f"cannot save as {path.suffix!r}: use .png, .svg or .csv")
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "csv":
            self._data.to_csv(path, index=False)
        else:
            path.write_bytes(_figure_bytes(self._figure, fmt, self.dpi * 2))
        return path

    # -- display --------------------------------------------------------------------------------
    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.root)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.root._repr_mimebundle_(include=include, exclude=exclude)

    def __repr__(self) -> str:
        sel = ", ".join(f"{k}={v!r}" for k, v in self.selection.items())
        return f"{type(self).__name__}({sel})"

    # -- for subclasses ---------------------------------------------------------------------
    def _compute(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _selection(self) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _after_compute(self) -> None:
        """Update side panels (headline lists...) after :meth:`_compute`."""

    def _observe(self, *controls) -> None:
        for c in controls:
            c.observe(lambda _change: self.refresh(), names="value")

    @contextmanager
    def _hold(self, *, redraw: bool = True):
        """Apply several control changes with one redraw at the end (or none)."""
        outer = self._holding
        self._holding = True
        try:
            yield
        finally:
            self._holding = outer
        if redraw and not outer:
            self.refresh()

    def _on_export(self, fmt: str) -> None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.export_dir / f"{self._stem}-{stamp}.{fmt}"
        try:
            self.save(path)
        except Exception as exc:
            self.status.value = f'<span style="color:#b91c1c">{html.escape(str(exc))}</span>'
            return
        self.status.value = f"saved <code>{html.escape(str(path))}</code>"


def reset_axes(ax) -> None:
    """Remove what was drawn in ``ax`` (keeping its ticks and scales) so it can be reused.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().subplots()
    >>> _ = ax.plot([0, 1], [2, 3]); _ = ax.set_title("x"); _ = ax.legend(["a"])
    >>> reset_axes(ax)
    >>> len(ax.lines), ax.get_legend(), ax.get_title()
    (0, None, '')
    """
    if getattr(ax, "_mk_cax", False):  # a colorbar's axes: the colorbar redraws itself
        return
    for artist in [*ax.lines, *ax.collections, *ax.images, *ax.texts, *ax.patches,
                   *ax.artists, *ax.tables]:
        artist.remove()
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.set_prop_cycle(None)
    ax.relim()
    ax.ignore_existing_data_limits = True
    ax.set_autoscale_on(True)
    ax.set_axis_on()
    ax.set_title("")
    ax.set_xlabel("")
    ax.set_ylabel("")


def pin_axis_labels(ax, *, x_pt: float = 30, y_pt: float = 40) -> None:
    """Place the axis labels ``x_pt`` below / ``y_pt`` left of ``ax`` (in points).

    Matplotlib otherwise measures every tick label on each draw to place them, a good part
    of a redraw; the live views know their tick labels are short.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure(figsize=(4, 2)).add_axes((0.25, 0.25, 0.5, 0.5))
    >>> pin_axis_labels(ax, y_pt=36)
    >>> round(float(ax.yaxis.label.get_position()[0]), 3)
    -0.25
    """
    fig = ax.get_figure()
    box = ax.get_position()
    w_in, h_in = fig.get_figwidth() * box.width, fig.get_figheight() * box.height
    ax.xaxis.set_label_coords(0.5, -x_pt / 72 / h_in)
    ax.yaxis.set_label_coords(-y_pt / 72 / w_in, 0.5)


def live_png(fig, dpi: int = 72) -> bytes:
    """Render ``fig`` for the live view: Agg straight to PNG, fast zlib level, no re-layout.

    Exports (:meth:`Explorer.save`) keep the full-quality path.

    Examples
    --------
    >>> from matplotlib.figure import Figure
    >>> live_png(Figure(figsize=(2, 1)))[:4]
    b'\\x89PNG'
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig.set_dpi(dpi)
    # reuse the figure's Agg canvas: its renderer, and with it matplotlib's cache of text
    # measurements, then survives from one redraw to the next
    canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    buf = io.BytesIO()
    canvas.print_png(buf, pil_kwargs={"compress_level": 1})
    return buf.getvalue()


def _figure_bytes(fig, fmt: str, dpi: int, *, tight: bool = True) -> bytes:
    # on screen the figure's own layout is enough; "tight" costs a second full draw
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches="tight" if tight else None)
    return buf.getvalue()


def date_bounds(articles: pd.DataFrame) -> tuple[_dt.date | None, _dt.date | None]:
    """Return the first and last publication day of ``articles`` (None when undated).

    Examples
    --------
    >>> import pandas as pd
    >>> date_bounds(pd.DataFrame({"published": pd.to_datetime(["2017-10-10"], utc=True)}))
    (datetime.date(2017, 10, 10), datetime.date(2017, 10, 10))
    """
    pub = articles[schema.PUBLISHED].dropna() if schema.PUBLISHED in articles else []
    if len(pub) == 0:
        return None, None
    return pub.min().date(), pub.max().date()


def css() -> str:
    """The small stylesheet used by the explorers' HTML panels."""
    return _CSS
