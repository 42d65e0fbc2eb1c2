"""mediakit: which countries are covered, who accuses whom of what, and how that changes over time.

The public API is re-exported here (imported lazily, so ``import mediakit`` is instant).

Examples
--------
>>> import mediakit
>>> mediakit.__version__
'0.1.0'
"""

from __future__ import annotations

from ._lazy import lazy_exports
from .errors import (
    DatasetNotFoundError,
    GazetteerError,
    MediakitError,
    ModelFileError,
    ParseError,
    SchemaError,
    StoreError,
)

__version__ = "0.1.0"

_EXPORTS = {
    # io and datasets
    "load": ".io",
    "iter_load": ".io",
    "LoadReport": ".io",
    "fetch_allsides": ".datasets",
    "fetch_fakes": ".datasets",
    "fetch_fnc1": ".datasets",
    "fetch_reuters21578": ".datasets",
    # countries
    "CountryClassifier": ".countries",
    "CountryMatcher": ".countries",
    "CountryVectorizer": ".countries",
    "NewsmapClassifier": ".countries",
    "doc_countries": ".countries",
    "find_mentions": ".countries",
    # accusations
    "AccusationExtractor": ".accusations",
    # coverage
    "accusations_over_time": ".coverage",
    "country_attention": ".coverage",
    "who_accuses_whom": ".coverage",
    # topics and stance
    "StanceClassifier": ".stance",
    "TopicClassifier": ".topics",
    "TopicModel": ".topics",
    "claim_stance": ".stance",
    "fnc_score": ".stance",
    "choose_n_topics": ".topics",
    "npmi_coherence": ".topics",
    "topics_over_time": ".topics",
    # scale
    "Store": ".store",
    "annotate": ".pipeline",
    "annotate_dask": ".pipeline",
    "annotate_into": ".pipeline",
    # submodules reachable as attributes after `import mediakit`
    "coverage": ".",
    "datasets": ".",
    "plots": ".",
    "reports": ".",
    "widgets": ".",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [  # names in _EXPORTS resolve lazily
    "AccusationExtractor",
    "CountryClassifier",
    "CountryMatcher",
    "CountryVectorizer",
    "DatasetNotFoundError",
    "GazetteerError",
    "LoadReport",
    "MediakitError",
    "ModelFileError",
    "NewsmapClassifier",
    "ParseError",
    "SchemaError",
    "StanceClassifier",
    "Store",
    "StoreError",
    "TopicClassifier",
    "TopicModel",
    "__version__",
    "accusations_over_time",
    "annotate",
    "annotate_dask",
    "annotate_into",
    "choose_n_topics",
    "claim_stance",
    "country_attention",
    "doc_countries",
    "fetch_allsides",
    "fetch_fakes",
    "fetch_fnc1",
    "fetch_reuters21578",
    "find_mentions",
    "fnc_score",
    "iter_load",
    "load",
    "npmi_coherence",
    "topics_over_time",
    "who_accuses_whom",
]
