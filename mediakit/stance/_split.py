"""The body-id hold-out split of the official FNC-1 baseline."""

from __future__ import annotations

import random
from collections.abc import Iterable

__all__ = ["BASELINE_SEED", "holdout_split"]

#: Seed of ``generate_hold_out_split`` in FakeNewsChallenge/fnc-1-baseline (utils/generate_test_splits.py).
BASELINE_SEED = 1489215


def holdout_split(
    body_ids: Iterable[int], *, fraction: float = 0.2, seed: int = BASELINE_SEED
) -> tuple[list[int], list[int]]:
    """Split body ids into (train, hold-out) as the FNC-1 baseline does.

    The ids (in bodies-file order, duplicates ignored) are shuffled with
    ``random.Random(seed)``; the first ``int((1 - fraction) * n)`` are for training, the rest
    held out. No body is on both sides, so a model is never scored on a body it saw.

    Examples
    --------
    >>> train, hold = holdout_split(range(10), fraction=0.2)
    >>> len(train), len(hold), sorted(train + hold) == list(range(10))
    (8, 2, True)
    """
    if not 0 < fraction < 1:
        raise ValueError(f"fraction must be in (0, 1); got {fraction!r}")
    ids = list(dict.fromkeys(int(i) for i in body_ids))
    if len(ids) < 2:
        raise ValueError(f"need at least 2 distinct body ids to split; got {len(ids)}")
    rng = random.Random()
    rng.seed(seed)
    rng.shuffle(ids)
    cut = int(round((1 - fraction) * len(ids), 9))
    cut = min(max(cut, 1), len(ids) - 1)
    return ids[:cut], ids[cut:]
