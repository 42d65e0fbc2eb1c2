"""Interactive explorers for JupyterLab and Voilà: thin ipywidgets layers over mediakit.

Each explorer is built in one line from an articles table (or a :class:`mediakit.Store`),
displays itself, exposes the current selection (``.selection``) and the DataFrame behind its
figure (``.data``), and saves the view as PNG/SVG or its data as CSV.

- :class:`CoverageExplorer`: which countries are covered, when, by which sources;
- :class:`AccusationExplorer`: who accuses whom, over time, with the sentences behind it;
- :class:`TopicExplorer`: topics, their top words and their share over time.
"""

from __future__ import annotations

from .._lazy import lazy_exports

_EXPORTS = {
    "AccusationExplorer": ".accusations",
    "CoverageExplorer": ".coverage",
    "DataSource": "._base",
    "TopicExplorer": ".topics",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
__all__ = sorted(_EXPORTS)
