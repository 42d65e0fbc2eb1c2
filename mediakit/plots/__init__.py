"""Matplotlib figures over mediakit tables.

Every function takes a table (as returned by :mod:`mediakit.coverage` and friends) and an
optional ``ax``, returns a :class:`matplotlib.figure.Figure`, never calls ``plt.show()`` and
changes no global style.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "coverage_timeline": "._countries",
    "accusation_matrix": "._accusations",
    "accusation_timeline": "._accusations",
    "topics_over_time": "._topics",
    "top_words": "._topics",
    "topic_coherence": "._topics",
    "stance_over_time": "._stance",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
