"""Strip outputs, execution counts and widget state from notebooks before committing.

Usage: ``python scripts/strip_notebooks.py [notebook ...]`` (default: notebooks/*.ipynb).
``--check`` only reports notebooks that carry outputs and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from mediakit.reports import strip_outputs

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if dirty")
    args = parser.parse_args(argv)
    paths = args.paths or sorted((ROOT / "notebooks").glob("*.ipynb"))
    dirty = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        before = nbformat.writes(nb)
        strip_outputs(nb)
        after = nbformat.writes(nb)
        if after != before:
            dirty.append(path)
            if not args.check:
                path.write_text(after + "\n", encoding="utf-8")
    for path in dirty:
        print(("has outputs: " if args.check else "stripped: ") + str(path))
    return 1 if (args.check and dirty) else 0


if __name__ == "__main__":
    sys.exit(main())
