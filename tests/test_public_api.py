"""The public API and the command line list only what really exists."""

from __future__ import annotations

import subprocess
import sys

import pytest

import mediakit
from mediakit.cli import BENCHMARKS, COMMANDS, EVALUATIONS, build_parser


@pytest.mark.parametrize("name", mediakit.__all__)
def test_every_public_name_resolves(name):
    assert getattr(mediakit, name) is not None


def test_submodules_are_attributes_after_import():
    assert callable(mediakit.plots.coverage_timeline)
    assert callable(mediakit.coverage.country_attention)


def test_unknown_attribute_raises_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        mediakit.nope  # noqa: B018


def test_help_lists_every_command_evaluation_and_benchmark():
    out = subprocess.run(
        [sys.executable, "-m", "mediakit.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in COMMANDS:
        assert name in out
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for group, table in (("evaluate", EVALUATIONS), ("benchmark", BENCHMARKS)):
        choices = next(a for a in sub.choices[group]._actions if a.dest == "what").choices
        assert set(choices) == set(table), group


def test_no_command_prints_help_and_fails():
    proc = subprocess.run([sys.executable, "-m", "mediakit.cli"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "evaluate" in proc.stdout
