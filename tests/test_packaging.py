"""The two ways to install mediakit (pip + pyproject, conda + environment.yml) must agree."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

from conftest import ROOT

# conda-forge names that differ from PyPI names
CONDA_TO_PYPI = {"python-duckdb": "duckdb"}


def _split(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(.*)$", req)
    assert m, req
    return m.group(1).lower().replace("_", "-"), m.group(3).replace(" ", "")


def _pyproject() -> dict[str, str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = list(meta["dependencies"])
    for extra in meta["optional-dependencies"].values():
        reqs += extra
    return dict(_split(r) for r in reqs)


def _environment() -> dict[str, str]:
    out = {}
    text = (ROOT / "environment.yml").read_text()
    for line in text.split("\ndependencies:", 1)[1].splitlines():
        item = line.split("#", 1)[0].strip()
        if not item.startswith("- ") or item.endswith(":"):
            continue
        spec = item[2:].strip()
        if spec in ("pip", "-e .") or spec.startswith("python>="):
            continue
        name, bound = _split(spec)
        out[CONDA_TO_PYPI.get(name, name)] = bound
    return out


def test_environment_yml_lists_the_same_packages_as_pyproject():
    assert _environment() == _pyproject()


def test_every_dependency_is_lower_bounded():
    for name, bound in _pyproject().items():
        assert bound.startswith(">="), f"{name} has no lower bound: {bound!r}"


def test_parser_reads_both_files():
    # guard against a parser that silently reads nothing
    assert {"pandas", "scikit-learn", "ahocorasick-rs", "duckdb"} <= set(_environment())


def test_python_dash_m_runs_the_command_line():
    import mediakit

    out = subprocess.run([sys.executable, "-m", "mediakit", "--version"], capture_output=True,
                         text=True, check=True)
    assert mediakit.__version__ in out.stdout
