"""Lazy re-exports: ``mediakit.load`` imports :mod:`mediakit.io` only when first used.

Keeps ``import mediakit`` and ``mediakit --help`` fast (no pandas/sklearn/matplotlib at import)
while the package still re-exports one alphabetised ``__all__``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_exports(package: str, exports: dict[str, str]) -> tuple[Callable, Callable]:
    """Return ``(__getattr__, __dir__)`` for a package re-exporting ``exports``.

    ``exports`` maps a public name to the (relative) module defining it; a name mapped to
    ``"."`` is a submodule imported on first use (``mediakit.plots``).

    Examples
    --------
    >>> getattr_, dir_ = lazy_exports("mediakit", {"validate": ".schema"})
    >>> getattr_("validate").__name__
    'validate'
    >>> dir_()
    ['validate']
    """

    def __getattr__(name: str):
        try:
            modname = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        if modname == ".":
            return importlib.import_module(f".{name}", package)
        return getattr(importlib.import_module(modname, package), name)

    def __dir__() -> list[str]:
        return sorted(exports)

    return __getattr__, __dir__
