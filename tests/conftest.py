"""Shared fixtures: where the shared datasets and the user's sample live.

Tests that need a dataset call ``shared_dataset("reuters21578")``: it returns the folder, or
skips with a clear reason when it is absent - and fails instead when
``MEDIAKIT_REQUIRE_DATA=1`` (as in CI), so a missing dataset can never pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "000_85d8c5cde1672087.txt"
GOLD_DIR_CANDIDATES = [ROOT.parent / "shared" / "gold"]


def datasets_root() -> Path | None:
    """The folder holding the shared datasets, or None."""
    env = os.environ.get("MEDIAKIT_DATA")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "datasets"]:
        if cand.is_dir():
            return cand
    return None


def _missing(reason: str):
    if os.environ.get("MEDIAKIT_REQUIRE_DATA") == "1":
        pytest.fail(f"{reason} (MEDIAKIT_REQUIRE_DATA=1 makes this a failure)")
    pytest.skip(reason)


def shared_dataset(name: str) -> Path:
    """Return ``<datasets>/<name>`` or skip/fail with the reason."""
    root = datasets_root()
    if root is None or not (root / name).is_dir():
        _missing(
            f"dataset {name!r} not found: put the shared datasets in ../shared/datasets "
            "or point MEDIAKIT_DATA at them"
        )
    return root / name


def shared_gold(filename: str) -> Path:
    """Return ``../shared/gold/<filename>`` or skip/fail with the reason."""
    for d in GOLD_DIR_CANDIDATES:
        if (d / filename).is_file():
            return d / filename
    _missing(f"gold file {filename!r} not found in ../shared/gold")
    raise AssertionError  # unreachable


@pytest.fixture
def sample_path() -> Path:
    """The user's sample dump shipped in data/."""
    return SAMPLE


@pytest.fixture(scope="session")
def reuters_dir() -> Path:
    return shared_dataset("reuters21578")


@pytest.fixture(scope="session")
def fnc1_dir() -> Path:
    return shared_dataset("fnc1")


@pytest.fixture(scope="session")
def allsides_dir() -> Path:
    return shared_dataset("allsides")


@pytest.fixture(scope="session")
def fakes_dir() -> Path:
    return shared_dataset("fa_kes")


@pytest.fixture(scope="session")
def gold_accusations() -> Path:
    return shared_gold("accusations_dev.jsonl")
