"""Hold-out splits of FNC-1-style pair data.

* :func:`holdout_split` - the body-id split of the official FNC-1 baseline;
* :func:`disjoint_split` - bodies *and* headlines disjoint: whole claims are held out, as in
  the FNC-1 competition test (new headlines and new bodies).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = ["BASELINE_SEED", "SPLITS", "disjoint_split", "holdout_split"]

#: Seed of ``generate_hold_out_split`` in FakeNewsChallenge/fnc-1-baseline (utils/generate_test_splits.py).
BASELINE_SEED = 1489215

#: Names of the hold-out splits of ``mediakit evaluate stance --split``.
SPLITS = ("bodies", "bodies+headlines")


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


def claim_components(headlines: Sequence[str], body_ids: Sequence, related: Sequence[bool]
                     ) -> tuple[dict, dict]:
    """Claims of a pair table: connected components of the graph of *related* pairs.

    Returns ``(claim_of_headline, claim_of_body)``, claim numbers in order of first
    appearance. A headline or body without any related pair is a claim of its own.
    """
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for h, b, r in zip(headlines, body_ids, related, strict=True):
        a, c = find(("h", h)), find(("b", b))
        if r and a != c:
            parent[c] = a
    number: dict = {}
    heads, bodies = {}, {}
    for h, b in zip(headlines, body_ids, strict=True):
        heads[h] = number.setdefault(find(("h", h)), len(number))
        bodies[b] = number.setdefault(find(("b", b)), len(number))
    return heads, bodies


def disjoint_split(
    headlines: Sequence[str],
    body_ids: Sequence,
    stances: Sequence[str],
    *,
    fraction: float = 0.2,
    seed: int = BASELINE_SEED,
) -> tuple[np.ndarray, np.ndarray, dict]:
    """Hold out whole claims: no body *and* no headline on both sides.

    The FNC-1 competition test pairs new headlines with new bodies, which the baseline's
    body-id split does not imitate (most held-out bodies share their claim, and so their
    headlines, with training bodies). Here the claims (connected components of related
    headline-body pairs, see :func:`claim_components`) are shuffled with
    ``random.Random(seed)`` and held out until they hold ``fraction`` of the bodies.
    A pair is on the training side when its headline and body are, on the hold-out side when
    both are held out; the remaining "cross" pairs (all unrelated: a headline of one claim
    with a body of another) are on neither side and counted in the returned info.

    Parameters
    ----------
    headlines, body_ids, stances : sequences of equal length
        One entry per pair (stances: FNC-1 labels; ``unrelated`` pairs do not join claims).
    fraction : float, default 0.2
        Share of the bodies to hold out (reached or just passed, claim by claim).
    seed : int
        Seed of the claim shuffle.

    Returns
    -------
    train, test : ndarray of bool
        Masks over the pairs.
    info : dict
        ``n_claims``, ``n_test_claims``, ``n_train_bodies``, ``n_test_bodies``,
        ``n_train_headlines``, ``n_test_headlines``, ``n_dropped_pairs``.

    Examples
    --------
    >>> heads = ["A", "A", "B", "B", "C", "C", "A", "C"]
    >>> bodies = [1, 2, 3, 4, 5, 6, 5, 1]
    >>> y = ["agree"] * 6 + ["unrelated"] * 2
    >>> train, test, info = disjoint_split(heads, bodies, y, fraction=0.3, seed=4)
    >>> sorted({h for h, t in zip(heads, test) if t}), info["n_dropped_pairs"]
    (['C'], 2)
    """
    if not 0 < fraction < 1:
        raise ValueError(f"fraction must be in (0, 1); got {fraction!r}")
    headlines, body_ids = list(headlines), list(body_ids)
    related = [str(s).strip().lower() != "unrelated" for s in stances]
    if not len(headlines) == len(body_ids) == len(related):
        raise ValueError("headlines, body_ids and stances must have the same length")
    h_claim, b_claim = claim_components(headlines, body_ids, related)
    n_claims = len(set(h_claim.values()) | set(b_claim.values()))
    if n_claims < 2:
        raise ValueError(
            "all pairs belong to one claim (connected by related pairs); a headline-disjoint "
            "split needs at least 2 claims")
    bodies_per_claim = np.bincount(list(b_claim.values()), minlength=n_claims)
    order = list(range(n_claims))
    rng = random.Random()
    rng.seed(seed)
    rng.shuffle(order)
    target = fraction * len(b_claim)
    held: set[int] = set()
    n_held = 0
    for c in order:
        if n_held >= target or len(held) == n_claims - 1:
            break
        held.add(c)
        n_held += int(bodies_per_claim[c])
    h_test = np.array([h_claim[h] in held for h in headlines])
    b_test = np.array([b_claim[b] in held for b in body_ids])
    train, test = ~h_test & ~b_test, h_test & b_test
    info = {
        "n_claims": n_claims,
        "n_test_claims": len(held),
        "n_train_bodies": len({b for b, t in zip(body_ids, b_test, strict=True) if not t}),
        "n_test_bodies": len({b for b, t in zip(body_ids, b_test, strict=True) if t}),
        "n_train_headlines": len({h for h, t in zip(headlines, h_test, strict=True) if not t}),
        "n_test_headlines": len({h for h, t in zip(headlines, h_test, strict=True) if t}),
        "n_dropped_pairs": int((~train & ~test).sum()),
    }
    return train, test, info
