"""The last word on each cue sentence, learned from real labelled news: :class:`SentenceVerifier`.

The rules and the :class:`._scorer.SentenceScorer` were written and trained on our own
sentences; fixing rules on the errors of real sentences stopped carrying over to fresh ones
(sessions 17-19: development scores rose, fresh blind tests stayed flat). The verifier is
fitted instead on the real sentences labelled blind under ``dev/blind/LABELLING.md``
(AllSides and Reuters-21578 sentences, stratified by cue family). It reads

- the sentence's words: TF-IDF of word 1-2 grams, as the scorer does, and
- what the rules and the scorer made of it (:func:`reading`): the cue families, the names of
  the rules that fired, whether they named and coded the parties, the scorer's
  probabilities, negation and idiom flags, the sentence's length and country mentions,

and gives ``(P(accusation), P(denial))`` with one logistic regression per question. The
extractor keeps, drops or adds rows by these probabilities (see
:meth:`AccusationExtractor._verified <mediakit.accusations.AccusationExtractor>`).

The bundled model (``mediakit/data/accusation_verifier.json``) holds **no text**: each word
n-gram is stored as its CRC-32 (``zlib.crc32`` of its UTF-8 bytes), with its IDF and two
coefficients; the reading features have our own names (``fam=accuse``, ``rule=deny-content``).
Training sentences come from the shared corpora and are never shipped; ``dev/verifier/train.py``
rebuilds the model from the committed label files and ``../shared``.

Examples
--------
>>> v = SentenceVerifier(min_df=1).fit(
...     ["Russia accused Ukraine of shelling the town.", "The team claimed the title.",
...      "Kiev denied shelling the town.", "Prices charged by shops rose."],
...     [{"fam=accuse": 1.0}, {"fam=claim": 1.0}, {"fam=deny": 1.0}, {"fam=charge": 1.0}],
...     [True, False, True, False], [False, False, True, False])
>>> p_acc, p_den = v.predict_proba("Moscow accused Kiev of shelling a school.", {"fam=accuse": 1})
>>> p_acc > 0.5
True
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections import Counter
from pathlib import Path

from ._scorer import _sigmoid, tfidf_sums

__all__ = ["VERIFIER_MODEL", "SentenceVerifier", "reading"]

#: The bundled verifier, fitted by ``dev/verifier/train.py`` on the blind-labelled batches.
VERIFIER_MODEL = Path(__file__).resolve().parents[1] / "data" / "accusation_verifier.json"

TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # the words the verifier reads (scikit-learn's default)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def reading(s: str, hits, rows, scorer_gate: bool, p_acc: float, p_den: float,
            n_mentions: int, withheld: int, idioms: int, dead: bool = False,
            ) -> dict[str, float]:
    """What the rules and the scorer made of sentence ``s``, as named features.

    ``hits`` are the sentence's cue hits ``(start, end, family)``; ``rows`` the rules' rows;
    ``scorer_gate`` whether the scorer alone would add a row (its gates and threshold);
    ``p_acc``/``p_den`` the scorer's probabilities; ``n_mentions`` the country mentions;
    ``withheld``/``idioms`` how many cues are negated or merely possible, or idioms;
    ``dead`` whether the rules would not have read the sentence at all (an accusation noun
    whose clause ends with it, "rocked by allegations of fraud, he resigned").

    Examples
    --------
    >>> f = reading("Iran accused Israel of the attack.", [(5, 12, "accuse")], [], True, 0.9,
    ...             0.1, 2, 0, 0)
    >>> f["fam=accuse"], f["n_mentions"], round(f["scorer_logit"], 2), f["scorer_gate"]
    (1.0, 2.0, 2.2, 1.0)
    """
    f: dict[str, float] = {}
    for h in hits:
        f["fam=" + h[2]] = 1.0
    accs = [r for r in rows if r.polarity == "accuse"]
    for r in rows:
        f[("rule=" if r.polarity == "accuse" else "drule=") + r.rule] = 1.0
    first = accs[0] if accs else None
    f.update({
        "log_len": math.log1p(len(s)),
        "n_mentions": float(n_mentions),
        "quote": float('"' in s or "\u201c" in s or "\u201d" in s),
        "n_hits": float(len(hits)),
        "rules_accuse": float(len(accs)),
        "rules_deny": float(len(rows) - len(accs)),
        "rules_confidence": max((r.confidence for r in accs), default=0.0),
        "scorer_gate": float(scorer_gate),
        "scorer_acc": p_acc,
        "scorer_logit": _logit(p_acc),
        "scorer_den": p_den,
        "withheld": float(withheld),
        "idiom": float(idioms),
        "cues_dead": float(dead),
        "first_cue_at": hits[0][0] / max(1, len(s)) if hits else 1.0,
        "accuser_named": float(bool(first and first.accuser)),
        "accused_named": float(bool(first and first.accused)),
        "accuser_coded": float(bool(first and first.accuser_iso3)),
        "accused_coded": float(bool(first and first.accused_iso3)),
    })
    return f


class SentenceVerifier:
    """P(accusation) and P(denial) of a cue sentence from its words and its reading.

    Parameters
    ----------
    C : float, default 4.0
        Inverse regularisation strength of both logistic regressions.
    min_df : int, default 3
        Word n-grams in fewer training sentences are left out (and never stored).
    min_count : int, default 5
        Reading features (``rule=...``, ``fam=...``) set in fewer training sentences are left
        out.
    threshold_accusation, threshold_denial : float, default 0.5
        The probabilities from which the extractor reports an accusation / a denial
        (``dev/verifier/train.py`` sets them by grouped cross-validation).

    Examples
    --------
    >>> v = SentenceVerifier(min_df=1, min_count=1).fit(
    ...     ["Iran accused Israel of the attack.", "He claimed the prize.",
    ...      "Israel denied the charge."],
    ...     [{"fam=accuse": 1.0}, {"fam=claim": 1.0}, {"fam=deny": 1.0}],
    ...     [True, False, True], [False, False, True])
    >>> p_acc, p_den = v.predict_proba("Iran accused Israel of the attack.", {"fam=accuse": 1})
    >>> p_acc > 0.5, p_den < 0.5
    (True, True)
    """

    def __init__(self, *, C: float = 4.0, min_df: int = 3, min_count: int = 5,
                 threshold_accusation: float = 0.5, threshold_denial: float = 0.5) -> None:
        self.C = C
        self.min_df = min_df
        self.min_count = min_count
        self.threshold_accusation = threshold_accusation
        self.threshold_denial = threshold_denial

    def fit(self, texts, readings, y_accusation, y_denial) -> SentenceVerifier:
        """Fit on sentences, their :func:`reading` dicts and the two label lists."""
        from scipy import sparse
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        texts, readings = list(texts), list(readings)
        ys = [[bool(v) for v in y_accusation], [bool(v) for v in y_denial]]
        if not len(texts) == len(readings) == len(ys[0]) == len(ys[1]):
            raise ValueError(f"{len(texts)} texts, {len(readings)} readings, {len(ys[0])} "
                             f"accusation and {len(ys[1])} denial labels")
        for name, y in zip(("accusation", "denial"), ys, strict=True):
            if len(set(y)) < 2:
                raise ValueError(f"the {name} labels need both true and false sentences")
        seen = Counter(k for r in readings for k, v in r.items() if v)
        kept = [{k: v for k, v in r.items() if seen[k] >= self.min_count} for r in readings]
        tv = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=self.min_df,
                             token_pattern=TOKEN_PATTERN)
        dv = DictVectorizer()
        X = sparse.hstack([tv.fit_transform(texts), dv.fit_transform(kept)]).tocsr()
        models = [LogisticRegression(C=self.C, max_iter=10000).fit(X, y) for y in ys]
        n_text = len(tv.vocabulary_)
        ca, cd = models[0].coef_[0], models[1].coef_[0]
        words: dict[int, tuple[float, float, float]] = {}
        for term, i in tv.vocabulary_.items():
            key = zlib.crc32(term.encode("utf-8"))
            if key in words:  # two n-grams with one CRC: refuse rather than mix them up
                raise ValueError(f"CRC-32 collision between training n-grams ({term!r})")
            words[key] = (float(tv.idf_[i]), float(ca[i]), float(cd[i]))
        self.words_ = words
        self.features_ = {name: (float(ca[n_text + j]), float(cd[n_text + j]))
                          for name, j in dv.vocabulary_.items()}
        self.intercepts_ = (float(models[0].intercept_[0]), float(models[1].intercept_[0]))
        # (the fitted scikit-learn objects; not written by to_json)
        self.vectorizer_, self.dict_vectorizer_, self.estimators_ = tv, dv, models
        self._prepare()
        return self

    def _prepare(self) -> None:
        self._token_re = re.compile(TOKEN_PATTERN)
        self._fast = {k: (i * i, i * a, i * d) for k, (i, a, d) in self.words_.items()}

    @staticmethod
    def _keys(toks: list[str]) -> list[int]:
        """The CRC-32 of each word and of each pair of neighbouring words (``"a b"``)."""
        terms = toks + list(map(" ".join, zip(toks, toks[1:], strict=False)))
        return list(map(zlib.crc32, map(str.encode, terms)))  # (C loops: no Python per term)

    def predict_proba(self, text: str, features: dict[str, float],
                      tokens: list[str] | None = None,
                      word_sums: tuple[float, float] | None = None) -> tuple[float, float]:
        """``(P(accusation), P(denial))`` of sentence ``text`` with its :func:`reading`
        (``tokens``: its lower-cased words by scikit-learn's default token pattern, if the
        caller has them already; ``word_sums``: the two word parts of the logits, if the
        caller has them already, see :func:`joint_weights`)."""
        if word_sums is not None:
            sa, sd = word_sums
        else:
            toks = tokens if tokens is not None else self._token_re.findall(text.lower())
            sa, sd = tfidf_sums(Counter(self._keys(toks)), self._fast)
        za, zd = self.intercepts_
        feats = self.features_
        for name, value in features.items():
            coef = feats.get(name)
            if coef is not None and value:
                za += value * coef[0]
                zd += value * coef[1]
        return _sigmoid(sa + za), _sigmoid(sd + zd)

    def joint_weights(self, scorer) -> dict[int, tuple] | None:
        """The word weights of ``scorer`` (a plain word 1-2-gram
        :class:`._scorer.SentenceScorer` reading :data:`TOKEN_PATTERN`) and of this verifier
        in one table keyed by CRC-32, for :func:`._scorer.tfidf_sums_two`: one count and one
        pass over a sentence's n-grams give both models' word sums (``_keys`` of its words).
        None when the scorer is not such a scorer or two of its n-grams share a CRC-32.

        Examples
        --------
        >>> from mediakit.accusations import AccusationExtractor
        >>> ex = AccusationExtractor().fit()
        >>> w = ex.verifier_.joint_weights(ex.scorer_)
        >>> len(w) >= len(ex.verifier_.words_)
        True
        """
        if not (getattr(scorer, "_plain", False) and tuple(scorer.ngram_range) == (1, 2)
                and scorer._token_re.pattern == TOKEN_PATTERN):
            return None
        zero = (0.0, 0.0, 0.0)
        own: dict[int, tuple[float, float, float]] = {}
        for term, v in scorer._fast.items():
            key = zlib.crc32(term.encode("utf-8"))
            if key in own:
                return None
            own[key] = v
        return {key: own.get(key, zero) + self._fast.get(key, zero)
                for key in own.keys() | self._fast.keys()}

    # --- the model file (plain JSON: numbers and our own feature names, no text) -----------
    def to_json(self, path) -> None:
        """Write the fitted model to ``path`` (JSON)."""
        state = {"format": "mediakit-accusation-verifier/1", "C": self.C, "min_df": self.min_df,
                 "min_count": self.min_count,
                 "threshold_accusation": self.threshold_accusation,
                 "threshold_denial": self.threshold_denial,
                 "intercepts": list(self.intercepts_),
                 "features": {k: list(v) for k, v in sorted(self.features_.items())},
                 "words": {str(k): [round(x, 6) for x in v]
                           for k, v in sorted(self.words_.items())}}
        Path(path).write_text(json.dumps(state, separators=(",", ":")) + "\n",
                              encoding="utf-8")

    @classmethod
    def from_json(cls, path=None) -> SentenceVerifier:
        """The model written by :meth:`to_json` (default: the bundled :data:`VERIFIER_MODEL`).

        Examples
        --------
        >>> v = SentenceVerifier.from_json()
        >>> 0 < v.threshold_accusation < 1
        True
        """
        path = Path(path) if path is not None else VERIFIER_MODEL
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FileNotFoundError(f"verifier model not found: {path}") from None
        if not isinstance(state, dict) or state.get("format") != \
                "mediakit-accusation-verifier/1":
            raise ValueError(f"{path} is not a mediakit accusation verifier model")
        v = cls(C=state["C"], min_df=state["min_df"], min_count=state["min_count"],
                threshold_accusation=state["threshold_accusation"],
                threshold_denial=state["threshold_denial"])
        v.words_ = {int(k): (x[0], x[1], x[2]) for k, x in state["words"].items()}
        v.features_ = {k: (x[0], x[1]) for k, x in state["features"].items()}
        v.intercepts_ = (state["intercepts"][0], state["intercepts"][1])
        v._prepare()
        return v
