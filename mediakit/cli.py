"""The ``mediakit`` command line.

Every subcommand lives in its own small module exposing ``HELP`` (one line),
``add_arguments(parser)`` and ``run(args) -> int``; heavy imports stay inside ``run`` so
``mediakit --help`` is instant. Commands whose module is not installed are not listed.

Examples
--------
>>> from mediakit.cli import main
>>> main(["--version"])  # doctest: +SKIP
mediakit 0.1.0
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence

__all__ = ["build_parser", "main"]

#: top-level commands -> module
COMMANDS: dict[str, str] = {
    "load": "mediakit.commands.load",
    "demo": "mediakit.commands.demo",
    "annotate": "mediakit.commands.annotate",
}
#: ``mediakit evaluate NAME`` -> module
EVALUATIONS: dict[str, str] = {
    "countries": "mediakit.evaluation.countries",
    "accusations": "mediakit.evaluation.accusations",
    "topics": "mediakit.evaluation.topics",
    "stance": "mediakit.evaluation.stance",
}
#: ``mediakit benchmark NAME`` -> module
BENCHMARKS: dict[str, str] = {
    "countries": "mediakit.benchmarks.countries",
    "accusations": "mediakit.benchmarks.accusations",
    "annotate": "mediakit.benchmarks.annotate",
    "memory": "mediakit.benchmarks.memory",
    "query": "mediakit.benchmarks.query",
    "topics": "mediakit.benchmarks.topics",
    "widgets": "mediakit.benchmarks.widgets",
}


def _available(table: dict[str, str]) -> dict[str, object]:
    mods = {}
    for name, modname in table.items():
        if importlib.util.find_spec(modname) is not None:
            mods[name] = importlib.import_module(modname)
    return mods


def _add_group(sub, table: dict[str, str]) -> None:
    for name, mod in _available(table).items():
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)


def build_parser() -> argparse.ArgumentParser:
    """Return the ``mediakit`` argument parser with every installed subcommand.

    Examples
    --------
    >>> build_parser().prog
    'mediakit'
    """
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Which countries are covered, who accuses whom of what, and how that "
        "changes over time - over any news corpus.",
    )
    parser.add_argument("--version", action="version", version=f"mediakit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_group(sub, COMMANDS)
    for group, table, text in (
        ("evaluate", EVALUATIONS, "print evaluation metrics as JSON (how far to trust a number)"),
        ("benchmark", BENCHMARKS, "measure speed and memory against peers, as JSON"),
    ):
        if _available(table):
            gp = sub.add_parser(group, help=text, description=text)
            _add_group(gp.add_subparsers(dest="what", metavar="WHAT", required=True), table)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "_run", None)
    if run is None:
        parser.print_help()
        return 2
    from .errors import MediakitError

    try:
        return int(run(args) or 0)
    except MediakitError as exc:
        print(f"mediakit: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
