"""One reading of ``freq`` for every over-time function.

pandas spells the same calendar unit differently for offsets (``"MS"`` month start) and for
periods (``"M"``); analysts pass either. :func:`period_freq` maps both to the period alias.

Examples
--------
>>> period_freq("MS"), period_freq("M"), period_freq("W"), period_freq("QS")
('M', 'M', 'W', 'Q')
"""

from __future__ import annotations

import warnings

import pandas as pd

from .. import schema

__all__ = ["drop_undated", "period_freq"]

_START_ALIASES = {"MS": "M", "QS": "Q", "YS": "Y", "AS": "Y", "A": "Y", "ME": "M", "QE": "Q",
                  "YE": "Y", "BMS": "M"}


def period_freq(freq: str) -> str:
    """Return the pandas *period* alias for ``freq`` (``"MS"`` -> ``"M"``, ``"D"`` stays).

    Examples
    --------
    >>> period_freq("D")
    'D'
    """
    if not isinstance(freq, str) or not freq:
        raise ValueError(f"freq must be a pandas frequency string such as 'W' or 'MS', got {freq!r}")
    return _START_ALIASES.get(freq.upper(), freq)


def drop_undated(frame: pd.DataFrame, *, strict: bool, who: str, stacklevel: int = 3):
    """Return ``frame`` without rows whose ``published`` is NaT, saying how many were left out.

    Warns (``UserWarning`` naming ``who``), or raises :class:`~mediakit.errors.SchemaError`
    when ``strict``. ``stacklevel`` counts from this function (3 = the caller of the public
    function that called it).

    Examples
    --------
    >>> import pandas as pd, warnings
    >>> df = pd.DataFrame({"published": pd.to_datetime(["2017-10-10", None], utc=True)})
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     len(drop_undated(df, strict=False, who="demo"))
    1
    >>> str(w[0].message)
    'demo: 1 of 2 articles have no published date and are left out'
    """
    undated = frame[schema.PUBLISHED].isna()
    if not undated.any():
        return frame
    msg = (f"{who}: {int(undated.sum())} of {len(frame)} articles have no published date and "
           "are left out")
    if strict:
        raise schema.SchemaError(msg, column=schema.PUBLISHED)
    warnings.warn(msg, UserWarning, stacklevel=stacklevel)
    return frame[~undated]
