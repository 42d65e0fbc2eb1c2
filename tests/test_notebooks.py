"""Every report notebook runs headless with papermill: on the bundled sample with its default
parameters, and on a shared dataset through :func:`mediakit.reports.run_notebooks`."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pandas as pd
import papermill as pm
import pytest

from mediakit.reports import NOTEBOOKS, run_notebooks

pytestmark = pytest.mark.slow

NB_DIR = Path(__file__).resolve().parents[1] / "notebooks"
REPORTS = [NB_DIR / n for n in NOTEBOOKS if (NB_DIR / n).is_file()]
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


@pytest.fixture(scope="module")
def stance_model(tmp_path_factory) -> str:
    """A tiny StanceClassifier file, so that notebook 03 need not train on FNC-1 (2 min)."""
    from mediakit.stance import StanceClassifier

    pairs = [("Isis flees Mosul", "Isis fled the town after the assault."),
             ("Isis flees Mosul", "The cat slept all afternoon.")] * 3
    clf = StanceClassifier(max_iter=5, n_components=2).fit(pairs, ["agree", "unrelated"] * 3)
    return str(clf.save(tmp_path_factory.mktemp("stance") / "tiny.skops"))


def _execute(path: Path, out: Path, **parameters) -> nbformat.NotebookNode:
    """Run ``path`` with papermill; a failing cell fails the test showing the cell."""
    declared = pm.inspect_notebook(str(path))
    parameters = {k: v for k, v in parameters.items() if k in declared}
    try:
        pm.execute_notebook(str(path), str(out), parameters=parameters, cwd=str(path.parent),
                            progress_bar=False, log_output=False, execution_timeout=300)
    except pm.PapermillExecutionError as exc:
        pytest.fail(f"{path.name}: cell {exc.exec_count} failed\n--- cell ---\n{exc.source}\n"
                    f"--- error ---\n{exc}", pytrace=False)
    return nbformat.read(out, as_version=4)


def _mimes(nb) -> list[set[str]]:
    return [
        {m for o in c.get("outputs", []) for m in o.get("data", {})}
        for c in nb.cells if c.cell_type == "code"
    ]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_sample_with_defaults(path, tmp_path, stance_model):
    out_dir = tmp_path / "out"
    nb = _execute(path, tmp_path / path.name, output_dir=str(out_dir), stance_model=stance_model)
    mimes = _mimes(nb)
    assert any("image/png" in m for m in mimes), "no static figure"
    assert any(WIDGET_MIME in m for m in mimes), "the explorer widget was not displayed"
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    trust = [c.source for c in nb.cells if "## How far to trust this" in c.source]
    assert trust, "no 'How far to trust this' cell"
    assert "2026-11-25" in trust[0] and "TO FILL" not in trust[0]  # measured figures, dated
    written = sorted(p.name for p in out_dir.iterdir())
    assert any(n.endswith(".png") for n in written) and any(n.endswith(".csv") for n in written)
    if path.stem == "01_country_coverage":
        attention = pd.read_csv(out_dir / "attention.csv")
        n = attention.groupby("iso3")["n_articles"].sum()
        # the sample: the Russia/US article and the Erdogan/US teaser, both of 2017-10-10
        assert n["USA"] == 2 and n["RUS"] == 1 and len(n) == 5


def test_run_notebooks_on_a_shared_dataset_writes_html(allsides_dir, tmp_path, stance_model):
    params = {"corpus": str(allsides_dir), "limit": 150, "countries": ["RUS", "USA"],
              "n_topics": 5, "stance_model": stance_model}
    try:
        pages = run_notebooks(tmp_path, parameters=params)
    except pm.PapermillExecutionError as exc:
        pytest.fail(f"cell {exc.exec_count} failed\n--- cell ---\n{exc.source}\n{exc}",
                    pytrace=False)
    assert [p.name for p in pages] == [p.with_suffix(".html").name for p in REPORTS]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<img" in text and "Traceback" not in text
        nb = nbformat.read(page.with_suffix(".ipynb"), as_version=4)
        assert not any(WIDGET_MIME in m for m in _mimes(nb)), "widgets in a static report"
    attention = pd.read_csv(tmp_path / "01_country_coverage" / "attention.csv")
    assert set(attention["iso3"]) <= {"RUS", "USA"} and len(attention) > 0
