"""One reading of ``freq`` for every over-time function.

pandas spells the same calendar unit differently for offsets (``"MS"`` month start) and for
periods (``"M"``); analysts pass either. :func:`period_freq` maps both to the period alias.

Examples
--------
>>> period_freq("MS"), period_freq("M"), period_freq("W"), period_freq("QS")
('M', 'M', 'W', 'Q')
"""

from __future__ import annotations

__all__ = ["period_freq"]

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
