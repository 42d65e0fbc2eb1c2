"""Run the analysis notebooks headless and write HTML reports (``mediakit demo``).

The notebooks in ``notebooks/`` take their inputs from a ``parameters`` cell (papermill):
:func:`run_notebooks` executes them with papermill and converts each executed notebook to a
self-contained HTML page with nbconvert. The helpers :func:`load_corpus` and
:func:`corpus_summary` are what the notebooks' first cells call, so that the logic stays in
the package and the notebooks stay short.

Examples
--------
>>> from mediakit.reports import notebook_paths
>>> [p.name for p in notebook_paths()][:1]
['01_country_coverage.ipynb']
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from . import schema
from .errors import DatasetNotFoundError

__all__ = [
    "NOTEBOOKS",
    "FigureView",
    "SAMPLE",
    "corpus_summary",
    "country_ranking",
    "load_corpus",
    "notebook_paths",
    "notebooks_dir",
    "resolve_corpus",
    "run_notebooks",
    "save_figure",
    "stance_model",
    "strip_outputs",
]

_ROOT = Path(__file__).resolve().parents[1]
#: The user's sample dump bundled with the source tree.
SAMPLE = _ROOT / "data" / "000_85d8c5cde1672087.txt"
#: The report notebooks, in the order ``mediakit demo`` runs them.
NOTEBOOKS = (
    "01_country_coverage.ipynb",
    "02_accusations.ipynb",
    "03_topics_and_stance.ipynb",
)


def notebooks_dir() -> Path:
    """Return the ``notebooks/`` folder of the source checkout.

    Examples
    --------
    >>> notebooks_dir().name
    'notebooks'
    """
    path = _ROOT / "notebooks"
    if not path.is_dir():
        raise FileNotFoundError(
            f"notebooks folder not found at {path}: the report notebooks ship with the source "
            "checkout (git clone ...; pip install -e .), not with the wheel"
        )
    return path


def notebook_paths(names: Sequence[str] | None = None) -> list[Path]:
    """Return the report notebooks that exist (``names``: file names or paths).

    Examples
    --------
    >>> notebook_paths(["01_country_coverage"])[0].suffix
    '.ipynb'
    """
    if names is None:
        return [p for p in (notebooks_dir() / n for n in NOTEBOOKS) if p.is_file()]
    out = []
    for name in names:
        p = Path(name)
        if not p.suffix:
            p = p.with_suffix(".ipynb")
        if not p.is_file():
            p = notebooks_dir() / p.name
        if not p.is_file():
            raise FileNotFoundError(f"notebook {name!r} not found (looked in {notebooks_dir()})")
        out.append(p)
    return out


def _datasets_roots() -> list[Path]:
    env = os.environ.get("MEDIAKIT_DATA")
    roots = [Path(env)] if env else []
    return roots + [_ROOT.parent / "shared" / "datasets", _ROOT / "datasets"]


def resolve_corpus(corpus: str | os.PathLike | None) -> Path:
    """Return the path a notebook's ``corpus`` parameter designates.

    ``None`` is the bundled sample; an existing path is used as is (relative paths are tried
    from the working directory, then from the repository root); a bare name such as
    ``"allsides"`` is looked up in ``$MEDIAKIT_DATA`` and ``../shared/datasets``.

    Examples
    --------
    >>> resolve_corpus(None).name
    '000_85d8c5cde1672087.txt'
    >>> resolve_corpus("no-such-corpus")
    Traceback (most recent call last):
    ...
    mediakit.errors.DatasetNotFoundError: corpus 'no-such-corpus' not found: ...
    """
    if corpus is None or str(corpus).strip() in ("", "sample", "None"):
        return SAMPLE
    p = Path(os.path.expanduser(str(corpus)))
    candidates = [p] if p.is_absolute() else [Path.cwd() / p, _ROOT / p]
    if len(p.parts) == 1:
        candidates += [root / p for root in _datasets_roots()]
    for cand in candidates:
        if cand.exists():
            return cand
    tried = ", ".join(str(c) for c in candidates)
    raise DatasetNotFoundError(
        f"corpus {str(corpus)!r} not found: looked at {tried}. Pass a file or folder path, or a "
        "dataset name with the shared datasets in $MEDIAKIT_DATA or ../shared/datasets",
        expected=[str(c) for c in candidates],
    )


def load_corpus(
    corpus: str | os.PathLike | None = None,
    *,
    format: str | None = None,
    limit: int | None = None,
    start: Any = None,
    end: Any = None,
    progress: bool = False,
) -> pd.DataFrame:
    """Load the corpus a notebook is parameterised with; keep ``[start, end]`` (whole days).

    ``limit`` caps how many articles are read (before the date filter), so a large corpus
    stays quick in a CI run.

    Examples
    --------
    >>> arts = load_corpus(None)
    >>> len(arts)
    3
    >>> len(load_corpus(None, start="2030-01-01"))
    0
    """
    from .io import load
    from .widgets._base import filter_articles

    articles = load(resolve_corpus(corpus), format=format, limit=limit, progress=progress)
    if start is None and end is None:
        return articles
    report = articles.attrs.get("load_report")
    out = filter_articles(articles, start=start, end=end).reset_index(drop=True)
    out.attrs = {"load_report": report, "date_filter": (start, end), "n_before_filter": len(articles)}
    return out


def corpus_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """Return a one-column table describing a corpus: size, dates, sources, teasers.

    Examples
    --------
    >>> s = corpus_summary(load_corpus(None))
    >>> s.loc["articles", "value"], s.loc["first day", "value"]
    (3, '2017-10-10')
    """
    pub = articles[schema.PUBLISHED]
    rows: dict[str, Any] = {
        "articles": len(articles),
        "with a date": int(pub.notna().sum()),
        "first day": None if pub.notna().sum() == 0 else pub.min().date().isoformat(),
        "last day": None if pub.notna().sum() == 0 else pub.max().date().isoformat(),
        "sources": int(articles[schema.SOURCE].nunique()),
    }
    if schema.PUBLISHED_FROM in articles:
        for origin, n in articles[schema.PUBLISHED_FROM].value_counts().items():
            rows[f"date from {origin}"] = int(n)
    if schema.IS_TEASER in articles:
        rows["teasers (title only)"] = int(articles[schema.IS_TEASER].sum())
    return pd.DataFrame({"value": pd.Series(rows, dtype=object)})


def country_ranking(doc_countries: pd.DataFrame) -> pd.DataFrame:
    """Countries by number of articles mentioning them, then by number of mentions.

    Returns a table indexed by ``iso3`` with columns ``country`` (a readable name),
    ``articles`` and ``mentions``; ties are broken by ISO3 code so the order is stable.

    Examples
    --------
    >>> import pandas as pd
    >>> dc = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "iso3": ["RUS", "USA", "USA", "TUR"],
    ...                    "n_mentions": [3, 4, 1, 1]})
    >>> country_ranking(dc).reset_index().values.tolist()
    [['USA', 'United States', 2, 5], ['RUS', 'Russian Federation', 1, 3], ['TUR', 'Türkiye', 1, 1]]
    """
    from .widgets.coverage import country_label

    g = doc_countries.groupby(schema.ISO3)
    out = pd.DataFrame({
        "articles": g[schema.DOC_ID].nunique().astype("int64"),
        "mentions": g[schema.N_MENTIONS].sum().astype("int64"),
    })
    out.index = out.index.astype(str)
    out = out.sort_index().sort_values(["articles", "mentions"], ascending=False, kind="stable")
    out.insert(0, "country", [country_label(c) for c in out.index])
    out.index.name = schema.ISO3
    return out


class FigureView:
    """A saved figure, displayed as a PNG image in notebooks (live, papermill and HTML).

    A bare matplotlib ``Figure`` only shows as an image when pyplot's inline backend is
    active; this wrapper always does, through ``_repr_png_``.

    Attributes
    ----------
    figure : matplotlib.figure.Figure
    path : pathlib.Path
        Where the figure was saved.
    """

    def __init__(self, figure, path: Path, png: bytes) -> None:
        self.figure, self.path, self._png = figure, path, png

    def _repr_png_(self) -> bytes:
        return self._png

    def __repr__(self) -> str:
        return f"<figure saved to {self.path}>"


def save_figure(fig, path: str | os.PathLike, *, dpi: int = 100) -> FigureView:
    """Save ``fig`` to ``path`` (format from the suffix); return it wrapped for display.

    The figure is also closed in pyplot (if it was registered there), so a notebook shows it
    once, as the cell's result.

    Examples
    --------
    >>> import tempfile
    >>> from matplotlib.figure import Figure
    >>> path = Path(tempfile.mkdtemp()) / "fig.svg"
    >>> view = save_figure(Figure(figsize=(2, 1)), path)
    >>> view._repr_png_()[:4], path.read_text()[:5]
    (b'\x89PNG', '<?xml')
    """
    from .widgets._base import _figure_bytes, _release

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi, bbox_inches="tight")
    _release(fig)
    png = path.read_bytes() if path.suffix.lower() == ".png" else _figure_bytes(fig, "png", dpi)
    return FigureView(fig, path, png)


def stance_model(path: str | os.PathLike | None = None):
    """Return the stance model a notebook should use, or None (with the reason printed).

    ``path`` is a ``.skops`` file saved with ``StanceClassifier.save``; without one, the
    default model trained on FNC-1 (:func:`mediakit.stance.default_model`: trained once, about
    two minutes on two cores, then cached). When there is neither a file nor FNC-1 data, the
    stance section is skipped rather than failing the whole report.

    Examples
    --------
    >>> stance_model("no-such-model.skops") is None
    stance section skipped: no stance model file at no-such-model.skops
    True
    """
    from .errors import DatasetNotFoundError

    if path is not None:
        if not Path(path).is_file():
            print(f"stance section skipped: no stance model file at {path}")
            return None
        from .stance import StanceClassifier

        return StanceClassifier.load(path)
    from .stance import default_model

    try:
        return default_model()
    except DatasetNotFoundError as exc:
        print(f"stance section skipped: {exc}")
        return None


def strip_outputs(nb):
    """Remove outputs, execution counts and widget state from a notebook node (in place).

    Also drops the per-cell ``execution`` timing metadata and papermill's bookkeeping, so a
    notebook saved from JupyterLab diffs like the one written by ``scripts/make_notebooks.py``.
    Returns the number of cells that had outputs.

    Examples
    --------
    >>> from nbformat.v4 import new_code_cell, new_notebook, new_output
    >>> nb = new_notebook(cells=[new_code_cell("1 + 1", execution_count=1,
    ...                   outputs=[new_output("execute_result", {"text/plain": "2"})])])
    >>> strip_outputs(nb), nb.cells[0].outputs, nb.cells[0].execution_count
    (1, [], None)
    """
    n = 0
    for cell in nb.cells:
        for key in ("execution", "papermill", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        if cell.cell_type != "code":
            continue
        n += bool(cell.get("outputs"))
        cell.outputs = []
        cell.execution_count = None
    for key in ("widgets", "papermill"):
        nb.metadata.pop(key, None)
    return n


def run_notebooks(
    out_dir: str | os.PathLike,
    parameters: Mapping[str, Any] | None = None,
    notebooks: Sequence[str | os.PathLike] | None = None,
    *,
    kernel_name: str | None = None,
    html: bool = True,
    timeout: int | None = 600,
) -> list[Path]:
    """Execute report notebooks headless with papermill and write HTML pages to ``out_dir``.

    Parameters
    ----------
    out_dir : path
        Folder for ``<name>.ipynb`` (executed), ``<name>.html`` and each notebook's figures
        and tables (``<name>/``).
    parameters : mapping, optional
        Values for the notebooks' ``parameters`` cells (e.g. ``{"corpus": "allsides",
        "limit": 500}``). Each notebook receives only the names it declares; ``interactive``
        is False (no widgets in a static report) and ``output_dir`` points into ``out_dir``
        unless given.
    notebooks : list, optional
        Notebook names or paths (default: every report notebook that exists).
    kernel_name : str, optional
        Jupyter kernel (default: the notebook's, ``python3``).
    html : bool, default True
        Also convert each executed notebook to HTML.
    timeout : int, optional
        Seconds allowed per cell.

    Returns
    -------
    list of Path
        The HTML pages written (the executed notebooks when ``html=False``).

    Raises
    ------
    papermill.PapermillExecutionError
        When a cell fails; the message names the notebook and shows the cell. The executed
        notebook (with the traceback) is still written to ``out_dir``.

    Examples
    --------
    >>> run_notebooks("reports")  # doctest: +SKIP
    [PosixPath('reports/01_country_coverage.html'), ...]
    """
    import papermill as pm

    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    given = dict(parameters or {})
    corpus = given.get("corpus")
    if corpus is not None and Path(str(corpus)).exists():  # relative to the caller's cwd
        given["corpus"] = str(Path(str(corpus)).resolve())
    written: list[Path] = []
    for nb in notebook_paths(notebooks):
        declared = pm.inspect_notebook(str(nb))
        params = {"interactive": False, "output_dir": str(out / nb.stem)}
        params.update(given)
        params = {k: v for k, v in params.items() if k in declared}
        target = out / nb.name
        kwargs = {"kernel_name": kernel_name} if kernel_name else {}
        try:
            pm.execute_notebook(
                str(nb), str(target), parameters=params, cwd=str(nb.parent),
                progress_bar=False, log_output=False, execution_timeout=timeout, **kwargs,
            )
        except pm.PapermillExecutionError as exc:
            exc.add_note(f"in notebook {nb} (executed copy with the traceback: {target})")
            raise
        written.append(_to_html(target) if html else target)
    return written


def _to_html(ipynb: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(ipynb, as_version=4)
    nb.metadata.pop("widgets", None)  # widget views need a live kernel; keep the page static
    exporter = HTMLExporter(template_name="lab")
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    path = ipynb.with_suffix(".html")
    path.write_text(body, encoding="utf-8")
    return path
