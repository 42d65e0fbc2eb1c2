"""Aggregations over annotation tables: country attention, who accuses whom, over time.

Each function is pure (DataFrames in, a DataFrame out) so that a widget, a notebook and a
script get the same numbers.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "country_attention": "._countries",
    "accusations_over_time": "._accusations",
    "who_accuses_whom": "._accusations",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
