"""Who accuses whom in a sentence the rules left empty: :class:`RolePicker`.

When the learned scorer reports an accusation the rules did not find, the accuser and the
accused are chosen among candidate noun phrases of the sentence (its main subject, the noun
phrase before and after the cue, the agents after "by"/"from"/"of"/"against", the holder of
denied claims, every country mention and actors-table hit widened to its phrase) by two
logistic regressions (one per role) over features of each candidate: where it came from, its
side of the cue and distance to it, the words around it, whether it resolves to a state, the
cue family. They are trained on the gold spans of the labelled sentences
(``accuser_text``/``accused_text`` with their ISO3); a role whose best candidate scores below
``min_proba`` stays empty. Scoring is a sum of weights over a few dozen binary features.

On the blind real-sentence batches it picks both codes right for 59 % of the gold
accusations against 52 % for the positional choice it replaces (the rules' own rows stay
as they are: there they are better, 70 % against 67 %; in session 22 a picker given the
rules' spans as features still did not beat them, 72.6 % against 73.0 %).

The default extractor uses the bundled picker (:data:`ROLES_MODEL`), fitted by
``dev/verifier/train_roles.py`` on our own sentences and the 15,390 real sentences labelled
blind: on the gold accusations whose row the scorer or the verifier adds it gets both codes
right for 54.7 % of them against 50.2 % when fitted on our own sentences alone
(cross-validated by labelled batch).

Examples
--------
>>> from mediakit.accusations import AccusationExtractor
>>> from mediakit.accusations._rules import _Sentence
>>> ex = AccusationExtractor().fit()
>>> s = "Seoul decried the missile launch by North Korea as a grave provocation."
>>> x = _Sentence(s, ex.lexicon_, ex.matcher_, None)
>>> cue, denial_first = main_cue(ex.lexicon_.find_cues(s))
>>> accuser, accused = ex.roles_.pick(candidates(x, cue, denial_first))
>>> s[slice(*accuser)], s[slice(*accused)]
('Seoul', 'North Korea')
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd

from ._rules import _DETERMINERS, _OBJ_STOPS, CLAIM_NOUNS, _Sentence
from ._scorer import _sigmoid

__all__ = ["ROLES_MODEL", "RolePicker", "candidates"]

#: The picker fitted on the real sentences labelled blind (``dev/verifier/train_roles.py``);
#: the default extractor uses it for the rows the scorer and the verifier add.
ROLES_MODEL = Path(__file__).resolve().parents[1] / "data" / "accusation_roles.json"
_FORMAT = "mediakit-accusation-roles/1"

DENIAL_FAMILIES = frozenset(["deny", "reject", "verdict", "innocent"])
#: cue words that are nouns: their actors hang on prepositions, not on the main clause
NOUN_CUES = CLAIM_NOUNS | frozenset([
    "criticism", "criticisms", "condemnation", "condemnations", "denunciation",
    "denunciations"])
_PREPS = ("by", "from", "of", "against")
_PRONOUNS = frozenset(["he", "she", "it", "they", "him", "her", "them", "his", "its", "their"])


def _span(x: _Sentence, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if rng is None else x.span(*rng)


def claimant(x: _Sentence, ci: int) -> tuple[int, int] | None:
    """Holder of the claims a denial at token ``ci`` answers ("claims by X", "X's claim")."""
    toks = x.toks
    j = ci + 1
    for k in range(j, min(len(toks), j + 8)):
        if toks[k].low not in CLAIM_NOUNS:
            continue
        if k + 1 < len(toks) and toks[k + 1].low == "by":
            return _span(x, x.right_np(k + 2, _OBJ_STOPS))
        if k > j:
            words = [t.low for t in toks[j:k]]
            if words[0] in {"the", "a", "an", "these", "those", "such", "all", "any"} and not (
                    any(w in {"'s", "’s"} or w.endswith(("'s", "’s")) for w in words)):
                return None  # "the claims", "any allegations": nobody named
            return x.span(j, k)
        return None
    return None


def _widen(x: _Sentence, a: int, b: int) -> tuple[int, int]:
    """The noun phrase around a country mention: "the US military", "Russia's government"."""
    toks = x.toks
    i, j = x.tok_at(a), x.tok_at(b)
    while i > 0 and toks[i - 1].low in _DETERMINERS:
        i -= 1
    while j < len(toks) and j - i < 6 and (
            x.lex.actors.get(toks[j].low) is not None or toks[j].low in {"’s", "'s"}):
        j += 1
    return x.span(i, j) or (a, b)


def main_cue(hits: list) -> tuple[tuple[int, int, str], bool] | None:
    """The cue the roles hang on, and whether a denial comes first."""
    acc = [h for h in hits if h[2] not in DENIAL_FAMILIES]
    den = [h for h in hits if h[2] in DENIAL_FAMILIES]
    if den and (not acc or den[0][0] < acc[0][0]):
        return den[0], True
    if acc:
        return acc[0], False
    return None


def candidates(x: _Sentence, cue: tuple[int, int, str], denial_first: bool
               ) -> list[tuple[tuple[int, int], str | None, tuple[str, ...]]]:
    """``(char span, ISO3 or None, features)`` of each candidate actor of sentence ``x``
    (the features a tuple of distinct strings, in a fixed order)."""
    s, toks = x.s, x.toks
    n = len(toks)
    ci, ce = x.tok_at(cue[0]), x.tok_at(cue[1])
    found: dict[tuple[int, int], str] = {}

    def add(name: str, rng) -> None:
        sp = _span(x, rng) if rng else None
        if sp and sp not in found:
            found[sp] = name

    add("subject", x.main_subject(ci))
    if not (ci < n and toks[ci].low in NOUN_CUES):
        # (before a noun cue, the words on its left are rarely a phrase: "He remains sensitive
        # to accusations", "Mr. Porter departed last month amid allegations"; session 21)
        add("left", x.left_np(ci))
    if ce < n:
        r = x.right_np(ce, _OBJ_STOPS)
        add("right", r)
        if r and r[1] + 1 < n and toks[r[1]].low in _PREPS:
            add("right_" + toks[r[1]].low, x.right_np(r[1] + 1, _OBJ_STOPS))
        if toks[ce].low in _PREPS and ce + 1 < n:
            add("after_" + toks[ce].low, x.right_np(ce + 1, _OBJ_STOPS))
    if denial_first:
        cl = claimant(x, ci)
        if cl:
            found.setdefault(cl, "claimant")
    for m in x.mentions:
        if m.kind != "city":
            found.setdefault(_widen(x, m.start, m.end), "mention")
    for a, b, kind, _iso in x.actors:
        found.setdefault((a, b), "actor_" + kind)
    fam = cue[2]
    cue_low = toks[ci].low if ci < n else ""
    den = int(denial_first)
    # the features every candidate of this cue shares
    f_fam, f_den, f_noun, f_cue = (f"fam={fam}", f"denfirst={den}",
                                   f"noun_cue={int(cue_low in NOUN_CUES)}", "cue=" + cue_low)
    out = []
    for sp, name in found.items():
        a, b = sp
        i, j = x.tok_at(a), x.tok_at(b)
        side = "b" if b <= cue[0] else "a" if a >= cue[1] else "o"
        dist = (ci - i) if side == "b" else (i - ce)
        iso = x.resolve(sp)
        f = (
            "src=" + name, "side=" + side, f_fam, f_den,
            f"has_iso={int(iso is not None)}", "prev=" + (toks[i - 1].low if i > 0 else "<s>"),
            "next=" + (toks[j].low if j < n else "</s>"), f"dist={min(5, abs(dist) // 3)}",
            f"first={int(i < 3)}", f"pron={int(s[a:b].lower() in _PRONOUNS)}",
            f"cap={int(s[a:a + 1].isupper())}", f_noun, f_cue, f"src_side={name}_{side}",
            f"src_fam={name}_{fam}", f"src_den={name}_{den}",
            # (session 22) the phrase's last word and length, and whether it resolves by
            # source and side: +1 point of pair accuracy for the bundled sentences' picker,
            # +2.4 for the one fitted on the blind labels (cross-validated)
            "last=" + (toks[j - 1].low if i < j <= n else ""), f"len={min(j - i, 6)}",
            f"iso_side={int(iso is not None)}{side}", f"src_iso={name}{int(iso is not None)}",
            f"cue_side={cue_low}_{side}",
        )
        out.append((sp, iso, f))
    return out


class RolePicker:
    """Choose the accuser and the accused among :func:`candidates` (one model per role).

    Parameters
    ----------
    C : float, default 1.0
        Inverse regularisation of the two logistic regressions.
    min_proba : float, default 0.3
        A role whose best candidate is less likely than this stays empty (``None``).
    min_count : int, default 1
        Features seen in fewer training candidates are left out.

    Examples
    --------
    >>> rp = RolePicker.from_json()  # the bundled picker, fitted on the blind labels
    >>> 0 < rp.min_proba < 1, len(rp.coef_["accuser"]) > 100
    (True, True)
    """

    def __init__(self, *, C: float = 1.0, min_proba: float = 0.3, min_count: int = 1) -> None:
        self.C = C
        self.min_proba = min_proba
        self.min_count = min_count

    def fit(self, training: pd.DataFrame, lex, matcher) -> RolePicker:
        """Fit on labelled sentences with ``accuser_text``/``accused_text`` and their ISO3."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        from . import _as_date

        feats: dict[str, list] = {"accuser": [], "accused": []}
        ys: dict[str, list] = {"accuser": [], "accused": []}
        for rec in training.to_dict("records"):
            if not rec.get("is_accusation"):
                continue
            text = rec["text"]
            cue = main_cue(lex.find_cues(text))
            if cue is None:
                continue
            x = _Sentence(text, lex, matcher, _as_date(rec.get("date")))
            cands = candidates(x, *cue)
            for role in feats:
                gold = rec.get(f"{role}_text")
                g0 = text.find(gold) if isinstance(gold, str) and gold else -1
                giso = rec.get(f"{role}_iso3")
                giso = giso if isinstance(giso, str) else None
                for (a, b), iso, f in cands:
                    hit = g0 >= 0 and a < g0 + len(gold) and g0 < b and iso == giso
                    feats[role].append(dict.fromkeys(f, 1))
                    ys[role].append(int(hit))
        self.coef_: dict[str, dict[str, float]] = {}
        self.intercept_: dict[str, float] = {}
        for role in feats:
            if len(set(ys[role])) < 2:
                raise ValueError(f"no {role} spans to learn from in the training sentences")
            if self.min_count > 1:
                seen = Counter(k for f in feats[role] for k in f)
                feats[role] = [{k: 1 for k in f if seen[k] >= self.min_count}
                               for f in feats[role]]
            dv = DictVectorizer()
            m = LogisticRegression(C=self.C, max_iter=3000).fit(dv.fit_transform(feats[role]),
                                                                ys[role])
            self.coef_[role] = {k: float(m.coef_[0][i]) for k, i in dv.vocabulary_.items()}
            self.intercept_[role] = float(m.intercept_[0])
        self._index()
        return self

    def _index(self) -> None:
        keys = set(self.coef_["accuser"]) | set(self.coef_["accused"])
        self._weights = {k: (self.coef_["accuser"].get(k, 0.0), self.coef_["accused"].get(k, 0.0))
                         for k in keys}

    def _state(self) -> dict:
        """The fitted weights as plain JSON data (see :mod:`._model_cache`)."""
        return {"C": self.C, "min_proba": self.min_proba, "min_count": self.min_count,
                "coef": self.coef_, "intercept": self.intercept_}

    @classmethod
    def _from_state(cls, state: dict) -> RolePicker:
        rp = cls(C=state["C"], min_proba=state["min_proba"],
                 min_count=state.get("min_count", 1))
        rp.coef_ = {role: dict(w) for role, w in state["coef"].items()}
        rp.intercept_ = dict(state["intercept"])
        rp._index()
        return rp

    # --- the model file (plain JSON: feature names and weights) ------------------------------
    def to_json(self, path) -> None:
        """Write the fitted picker to ``path`` (JSON, weights rounded to 6 decimals)."""
        state = self._state()
        state["coef"] = {role: {k: round(v, 6) for k, v in sorted(w.items())}
                         for role, w in sorted(state["coef"].items())}
        state["intercept"] = {k: round(v, 6) for k, v in sorted(state["intercept"].items())}
        Path(path).write_text(json.dumps({"format": _FORMAT, **state}, separators=(",", ":"))
                              + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, path=None) -> RolePicker:
        """The picker written by :meth:`to_json` (default: the bundled :data:`ROLES_MODEL`)."""
        path = Path(path) if path is not None else ROLES_MODEL
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FileNotFoundError(f"role picker model not found: {path}") from None
        if not isinstance(state, dict) or state.get("format") != _FORMAT:
            raise ValueError(f"{path} is not a mediakit role picker model")
        return cls._from_state(state)

    def pick(self, cands: list) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """``(accuser span, accused span)`` among ``cands`` (``None`` where none is likely).

        One phrase fills one role at most: the role that wants it more keeps it and the other
        takes its next best candidate that does not overlap it.
        """
        weights = self._weights
        za0, zb0 = self.intercept_["accuser"], self.intercept_["accused"]
        sa, sb = [], []
        for sp, _iso, f in cands:
            # the features come in a fixed order (a tuple: with a set, the process's string
            # hash seed ordered the sum, and before session 16 one near tie in 14,000 AllSides
            # rows went to another accuser from one seed to the next)
            za, zb = za0, zb0
            for feat in f:
                w = weights.get(feat)
                if w is not None:
                    za += w[0]
                    zb += w[1]
            sa.append((_sigmoid(za), sp))
            sb.append((_sigmoid(zb), sp))
        scored = {"accuser": sorted(sa, reverse=True), "accused": sorted(sb, reverse=True)}

        def best(role, skip=None):
            for p, sp in scored[role]:
                if p < self.min_proba:
                    return None, 0.0
                if skip is None or not (sp[0] < skip[1] and skip[0] < sp[1]):
                    return sp, p
            return None, 0.0

        a, pa = best("accuser")
        b, pb = best("accused")
        if a is not None and b is not None and a[0] < b[1] and b[0] < a[1]:
            # one phrase (or two candidates of it: "the Trump administration" and "Trump
            # administration") for both roles: the role that wants it more keeps it
            if pa >= pb:
                b, _ = best("accused", skip=a)
            else:
                a, _ = best("accuser", skip=b)
        return a, b
