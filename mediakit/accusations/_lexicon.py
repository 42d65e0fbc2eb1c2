"""Cue and actor tables of the accusation extractor (read from ``mediakit/data/*.tsv``).

Each table is a TSV with ``#`` header comments (sources, how to extend). Users may pass their
own file or DataFrame with the same columns.

Examples
--------
>>> lex = load_lexicon()
>>> lex.family("accused"), lex.family("denied"), lex.family("weather")
('accuse', 'deny', None)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from os import PathLike

import ahocorasick
import pandas as pd

from ..errors import GazetteerError

__all__ = ["Lexicon", "load_lexicon", "read_table"]

_CUE_FAMILIES = {
    "accuse", "blame", "charge", "allege", "claim", "condemn", "responsible", "pretend",
    "indict", "believe", "nominal", "quote", "wrongdoing",
}
_DENIAL_FAMILIES = {"deny", "reject", "verdict", "object"}
_ACTOR_KINDS = {"organ", "leader", "media", "nonstate", "igo", "vague"}

TableLike = str | PathLike | pd.DataFrame | None


def read_table(source: TableLike, default: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """Read one cue/actor TSV (``#`` lines are comments) or check a given DataFrame.

    Examples
    --------
    >>> read_table(None, "denial_cues.tsv", ("pattern", "family")).columns.tolist()
    ['pattern', 'family']
    """
    if isinstance(source, pd.DataFrame):
        df = source.copy()
        where = "the given table"
    else:
        if source is None:
            where = f"mediakit/data/{default}"
            handle = resources.files("mediakit.data").joinpath(default).open(encoding="utf-8")
        else:
            where = str(source)
            handle = open(source, encoding="utf-8")  # noqa: SIM115 - closed below
        with handle:
            df = pd.read_csv(
                handle, sep="\t", comment="#", dtype=str, keep_default_na=False,
                quoting=3, skip_blank_lines=True,
            )
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise GazetteerError(
            f"{where}: missing column(s) {', '.join(missing)}; expected {', '.join(columns)}"
        )
    return df.fillna("")


def _word_regex(patterns: list[str]) -> re.Pattern:
    # longest first so "responsible for" wins over shorter alternatives
    alts = sorted(set(patterns), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in alts) + r")\b", re.IGNORECASE)


@dataclass
class Lexicon:
    """Compiled cue and actor tables.

    Attributes
    ----------
    cue_re : re.Pattern
        Every accusation and denial cue (the prefilter and the per-sentence cue finder).
    wrong_re : re.Pattern
        Wrongdoing words that make a reported or denied clause an accusation.
    object_re : re.Pattern
        Accusation nouns a denial may take as object ("the allegations").
    actor_re : re.Pattern
        Every phrase of the actors table.
    """

    families: dict[str, str]
    cue_re: re.Pattern
    wrong_re: re.Pattern
    object_re: re.Pattern
    actor_re: re.Pattern
    actors: dict[str, list[tuple[str, str, str, str]]]
    cue_ac: object = None
    actor_ac: object = None

    def find_cues(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, family)`` of every cue in ``text`` (whole words, longest first).

        One Aho-Corasick pass over the lower-cased text (linear, C speed); regex cue patterns
        are entered by their literal prefix and confirmed with :attr:`cue_re` at the hit.
        """
        low = text.lower()
        out: list[tuple[int, int, str]] = []
        last_end = -1
        for end_idx, (key, fam) in sorted(self.cue_ac.iter(low),
                                          key=lambda h: (h[0] - len(h[1][0]), -len(h[1][0]))):
            start = end_idx - len(key) + 1
            if start < last_end or (start and (low[start - 1].isalnum())):
                continue
            if start > 1 and low[start - 1] in "-'’" and low[start - 2].isalnum():
                continue  # inside a word: "now-concluded", "self-blame"
            if fam is None:  # a regex pattern entered by its prefix
                m = self.cue_re.match(text, start)
                if m is None:
                    continue
                end = m.end()
                fam = self.family(m.group(0))
                if fam is None:
                    continue
            else:
                end = end_idx + 1
            if end < len(low) and (low[end].isalnum()):
                continue
            out.append((start, end, fam))
            last_end = end
        return out

    def find_actors(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, phrase)`` of every actors-table phrase in ``text`` (whole words)."""
        low = text.lower()
        hits = []
        for end_idx, key in self.actor_ac.iter(low):
            start = end_idx - len(key) + 1
            end = end_idx + 1
            if start and low[start - 1].isalnum():
                continue
            if end < len(low) and low[end].isalnum():
                continue
            hits.append((start, end, key))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out = []
        last = -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out

    def family(self, word: str) -> str | None:
        """The cue family of a matched cue string (``None`` when it is not a cue)."""
        w = " ".join(word.lower().split())
        fam = self.families.get(w)
        if fam is not None:
            return fam
        for pat, f in self._regex_families:
            if pat.fullmatch(w):
                return f
        return None

    def actor(self, phrase: str, when: date | None) -> tuple[str, str] | None:
        """``(kind, iso3)`` of an actors-table phrase valid on ``when`` (any date if None)."""
        rows = self.actors.get(phrase.lower())
        if not rows:
            return None
        for iso, kind, start, end in rows:
            if kind == "leader" and when is not None:
                if start and when < date.fromisoformat(start):
                    continue
                if end and when >= date.fromisoformat(end):
                    continue
            return kind, iso
        return None

    @functools.cached_property
    def _regex_families(self) -> list[tuple[re.Pattern, str]]:
        return [(re.compile(p), f) for p, f in self._patterns if not p.isalpha()]

    _patterns: tuple[tuple[str, str], ...] = ()


def _check(df: pd.DataFrame, col: str, allowed: set[str], where: str) -> None:
    bad = sorted(set(df[col]) - allowed)
    if bad:
        raise GazetteerError(
            f"{where}: unknown {col} value(s) {bad}; allowed: {', '.join(sorted(allowed))}"
        )


def build_lexicon(cues: TableLike = None, denials: TableLike = None,
                  actors: TableLike = None) -> Lexicon:
    """Compile the three tables (defaults: the files in ``mediakit/data``).

    Examples
    --------
    >>> build_lexicon().actor("Putin", None)
    ('leader', 'RUS')
    """
    c = read_table(cues, "accusation_cues.tsv", ("pattern", "family"))
    d = read_table(denials, "denial_cues.tsv", ("pattern", "family"))
    a = read_table(actors, "actors.tsv", ("phrase", "iso3", "kind"))
    _check(c, "family", _CUE_FAMILIES, "accusation cues")
    _check(d, "family", _DENIAL_FAMILIES, "denial cues")
    _check(a, "kind", _ACTOR_KINDS, "actors")
    for p in list(c["pattern"]) + list(d["pattern"]):
        try:
            re.compile(p)
        except re.error as exc:
            raise GazetteerError(f"cue pattern {p!r} is not a valid regex: {exc}") from None
    cue_rows = [(p.lower(), f) for p, f in zip(c["pattern"], c["family"], strict=True)
                if f != "wrongdoing"]
    den_rows = [(p.lower(), f) for p, f in zip(d["pattern"], d["family"], strict=True)
                if f != "object"]
    rows = tuple(cue_rows + den_rows)
    families = {p: f for p, f in rows if p.replace(" ", "").isalpha()}
    actors_map: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in a.itertuples(index=False):
        rowd = row._asdict()
        actors_map.setdefault(rowd["phrase"].lower(), []).append(
            (rowd["iso3"], rowd["kind"], rowd.get("valid_from", ""), rowd.get("valid_to", ""))
        )
    lex = Lexicon(
        families=families,
        cue_re=_word_regex([p for p, _ in rows]),
        wrong_re=_word_regex(list(c.loc[c["family"] == "wrongdoing", "pattern"])),
        object_re=_word_regex(list(d.loc[d["family"] == "object", "pattern"])),
        actor_re=_word_regex([re.escape(p) for p in actors_map]),
        actors=actors_map,
    )
    lex._patterns = tuple((p, f) for p, f in rows if p not in families)
    cue_ac = ahocorasick.Automaton()
    for p, f in rows:
        if p in families:
            cue_ac.add_word(p, (p, f))
        else:
            prefix = re.match(r"[a-z ]*", p).group(0)
            if len(prefix) < 3:
                raise GazetteerError(f"cue pattern {p!r} needs a literal prefix of 3+ letters")
            cue_ac.add_word(prefix, (prefix, None))
    cue_ac.make_automaton()
    actor_ac = ahocorasick.Automaton()
    for phrase in actors_map:
        actor_ac.add_word(phrase, phrase)
    actor_ac.make_automaton()
    lex.cue_ac = cue_ac
    lex.actor_ac = actor_ac
    return lex


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The default lexicon (cached)."""
    return build_lexicon()
