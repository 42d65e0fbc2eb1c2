"""A learned second opinion over the accusation rules: :class:`SentenceScorer`.

The rules are precise but miss forms they were not written for ("rejected claims by the
Trump administration that it shares users' data", "called the charges a farce"). The scorer
is a TF-IDF (word 1-2 grams) logistic regression per question - *does this sentence report an
accusation?*, *does it report a denial?* - trained on labelled sentences
(``mediakit/data/accusation_sentences.jsonl`` and ``accusation_paraphrases.jsonl``: sentences
written or paraphrased for mediakit under the labelling rules of the gold set, with their
hard negatives). The extractor asks it
only about sentences that hold a cue and where the rules found no accusation, and uses its
accusation probability (see :meth:`AccusationExtractor._analyse
<mediakit.accusations.AccusationExtractor>`); the denial probability is there for users.

Scoring one sentence goes through plain dictionaries (about 40 µs), not through
scikit-learn's sparse matrices (about 300 µs per call); it gives the same probabilities as
``predict_proba`` of the fitted estimators.

Examples
--------
>>> sc = SentenceScorer().fit(
...     ["Russia accused Ukraine of shelling the town.", "The team claimed the title.",
...      "Kiev denied shelling the town.", "Prices charged by shops rose."],
...     [True, False, True, False], [False, False, True, False])
>>> p_acc, p_den = sc.predict_proba("Moscow accused Kiev of shelling a school.")
>>> p_acc > 0.5
True
"""

from __future__ import annotations

import math
import re
from collections import Counter
from pathlib import Path

import pandas as pd

__all__ = ["TRAINING_PARAPHRASES", "TRAINING_SENTENCES", "SentenceScorer", "load_training"]

_DATA = Path(__file__).resolve().parents[1] / "data"
#: Our own labelled sentences, written for mediakit (with their hard negatives).
TRAINING_SENTENCES = _DATA / "accusation_sentences.jsonl"
#: Paraphrases of real news sentences labelled blind: the same construction and label with
#: other actors, acts and words. The default scorer is fitted on both files, in this order.
TRAINING_PARAPHRASES = _DATA / "accusation_paraphrases.jsonl"

_COLUMNS = ("text", "is_accusation", "is_denial")
_ROLE_COLUMNS = ("date", "accuser_text", "accuser_iso3", "accused_text", "accused_iso3")


def load_training(source=None) -> pd.DataFrame:
    """Labelled sentences (``text``, ``is_accusation``, ``is_denial``) for the scorer.

    ``source`` is a JSON Lines path in the gold format (one object per line with at least those
    three keys), a DataFrame with those columns, or ``None`` for the bundled sentences
(:data:`TRAINING_SENTENCES` then :data:`TRAINING_PARAPHRASES`). The
    gold columns ``date``, ``accuser_text``, ``accuser_iso3``, ``accused_text`` and
    ``accused_iso3`` are kept when present (they train the role picker).

    Examples
    --------
    >>> df = load_training()
    >>> list(df.columns)[:3], len(df) > 900, bool(df["is_accusation"].any())
    (['text', 'is_accusation', 'is_denial'], True, True)
    """
    if source is None:
        return pd.concat([load_training(TRAINING_SENTENCES), load_training(TRAINING_PARAPHRASES)],
                         ignore_index=True)
    if isinstance(source, pd.DataFrame):
        df = source
    else:
        from ..evaluation.accusations import read_gold  # the gold JSONL reader

        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"training sentences not found: {path}")
        recs = read_gold(path)
        df = pd.DataFrame(recs)
    missing = [c for c in _COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"training sentences need the columns {list(_COLUMNS)}; "
                         f"missing {missing}")
    # the spans and codes of the actors, when given, teach the role picker (._roles)
    df = df[list(_COLUMNS) + [c for c in _ROLE_COLUMNS if c in df.columns]]
    if df["text"].map(lambda t: not isinstance(t, str) or not t.strip()).any():
        raise ValueError("training sentences: every 'text' must be a non-empty string")
    for col in _COLUMNS[1:]:
        if not df[col].map(lambda v: isinstance(v, bool)).all():
            raise ValueError(f"training sentences: '{col}' must be true/false on every row")
    return df.reset_index(drop=True)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def tfidf_sums(counts: Counter, w: dict) -> tuple[float, float]:
    """The two linear parts of logistic regressions over L2-normalised, sublinear TF-IDF:
    ``counts`` maps each term of a text to its count, ``w`` each known term to ``(idf**2,
    idf * coef_1, idf * coef_2)``; unknown terms are skipped, the known ones summed in the
    order of ``counts`` (as scikit-learn's vectoriser and ``decision_function`` would).

    Examples
    --------
    >>> tfidf_sums(Counter({"a": 1, "zz": 3}), {"a": (4.0, 2.0, -2.0)})
    (1.0, -1.0)
    """
    norm2 = sa = sd = 0.0
    for term, c in counts.items():
        v = w.get(term)
        if v is None:  # (most n-grams are not in the model)
            continue
        if c == 1:
            norm2 += v[0]
            sa += v[1]
            sd += v[2]
        else:
            tf = 1.0 + math.log(c)  # sublinear tf
            norm2 += tf * tf * v[0]
            sa += tf * v[1]
            sd += tf * v[2]
    if norm2:
        n = math.sqrt(norm2)
        sa /= n
        sd /= n
    return sa, sd


def tfidf_sums_two(counts: Counter, w: dict) -> tuple[float, float, float, float]:
    """:func:`tfidf_sums` of two models at once: ``w`` maps each term known to either to
    ``(idf1**2, idf1 * coef1_1, idf1 * coef1_2, idf2**2, idf2 * coef2_1, idf2 * coef2_2)``,
    zeros for the model that does not know it (adding a zero changes no sum, so each pair
    of sums is exactly what :func:`tfidf_sums` gives with that model's weights alone).

    Examples
    --------
    >>> tfidf_sums_two(Counter({"a": 1, "b": 1}), {"a": (4.0, 2.0, -2.0, 0.0, 0.0, 0.0),
    ...                                            "b": (0.0, 0.0, 0.0, 1.0, 3.0, 1.0)})
    (1.0, -1.0, 3.0, 1.0)
    """
    n1 = a1 = d1 = n2 = a2 = d2 = 0.0
    for term, c in counts.items():
        v = w.get(term)
        if v is None:
            continue
        if c == 1:
            n1 += v[0]
            a1 += v[1]
            d1 += v[2]
            n2 += v[3]
            a2 += v[4]
            d2 += v[5]
        else:
            tf = 1.0 + math.log(c)
            n1 += tf * tf * v[0]
            a1 += tf * v[1]
            d1 += tf * v[2]
            n2 += tf * tf * v[3]
            a2 += tf * v[4]
            d2 += tf * v[5]
    if n1:
        n = math.sqrt(n1)
        a1 /= n
        d1 /= n
    if n2:
        n = math.sqrt(n2)
        a2 /= n
        d2 /= n
    return a1, d1, a2, d2


class SentenceScorer:
    """P(accusation) and P(denial) of a sentence: TF-IDF word n-grams + logistic regression.

    Parameters
    ----------
    C : float, default 10.0
        Inverse regularisation strength of both logistic regressions.
    ngram_range : tuple, default (1, 2)
        Word n-grams of the TF-IDF vectoriser (lower-cased, sublinear tf).

    Examples
    --------
    >>> sc = SentenceScorer().fit(load_training())
    >>> round(sc.predict_proba("Iran denied that it had supplied the drones.")[1], 1) > 0.5
    True
    """

    def __init__(self, *, C: float = 10.0, ngram_range: tuple[int, int] = (1, 2)) -> None:
        self.C = C
        self.ngram_range = ngram_range

    def fit(self, X, y_accusation=None, y_denial=None) -> SentenceScorer:
        """Fit on a training table (:func:`load_training`) or on texts and two label lists."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        if isinstance(X, pd.DataFrame):
            df = load_training(X)
            texts = df["text"].tolist()
            y_accusation, y_denial = df["is_accusation"].tolist(), df["is_denial"].tolist()
        else:
            texts = list(X)
            if y_accusation is None or y_denial is None:
                raise TypeError("fit(texts, y_accusation, y_denial) needs both label lists")
            y_accusation, y_denial = list(y_accusation), list(y_denial)
        if not len(texts) == len(y_accusation) == len(y_denial):
            raise ValueError(f"{len(texts)} texts but {len(y_accusation)} accusation and "
                             f"{len(y_denial)} denial labels")
        for name, y in (("accusation", y_accusation), ("denial", y_denial)):
            if len(set(map(bool, y))) < 2:
                raise ValueError(f"the {name} labels need both true and false sentences")
        vec = TfidfVectorizer(ngram_range=self.ngram_range, sublinear_tf=True, lowercase=True)
        X_ = vec.fit_transform(texts)
        models = [LogisticRegression(C=self.C, max_iter=5000).fit(X_, [bool(v) for v in y])
                  for y in (y_accusation, y_denial)]
        self.vectorizer_ = vec
        self.estimators_ = models
        self.analyzer_ = vec.build_analyzer()
        idf = vec.idf_
        ca, cd = models[0].coef_[0], models[1].coef_[0]
        self.weights_ = {t: (float(idf[i]), float(ca[i]), float(cd[i]))
                         for t, i in vec.vocabulary_.items()}
        self.intercepts_ = (float(models[0].intercept_[0]), float(models[1].intercept_[0]))
        self._token_re = re.compile(vec.token_pattern)
        # the plain path repeats the default analyser: word 1- or 1-2-grams, no accents/stop
        # words; other n-gram ranges go through the vectoriser's analyser
        self._plain = self.ngram_range in ((1, 1), (1, 2))
        self._fast = {t: (i * i, i * a, i * d) for t, (i, a, d) in self.weights_.items()}
        return self

    def _state(self) -> dict:
        """What scoring needs, as plain JSON data (see :mod:`._model_cache`)."""
        return {"C": self.C, "ngram_range": list(self.ngram_range),
                "token_pattern": self._token_re.pattern, "intercepts": list(self.intercepts_),
                "weights": {t: list(v) for t, v in self.weights_.items()}}

    @classmethod
    def _from_state(cls, state: dict) -> SentenceScorer:
        """A scorer that scores like the fitted one whose :meth:`_state` this is (without
        the scikit-learn estimators: ``vectorizer_`` and ``estimators_`` are not set)."""
        sc = cls(C=state["C"], ngram_range=tuple(state["ngram_range"]))
        if sc.ngram_range not in ((1, 1), (1, 2)):
            raise ValueError("only word 1- or 1-2-gram scorers are restored from a state")
        sc.weights_ = {t: (v[0], v[1], v[2]) for t, v in state["weights"].items()}
        sc.intercepts_ = (state["intercepts"][0], state["intercepts"][1])
        sc._token_re = re.compile(state["token_pattern"])
        sc._plain = True
        sc._fast = {t: (i * i, i * a, i * d) for t, (i, a, d) in sc.weights_.items()}
        return sc

    def predict_proba(self, text: str, tokens: list[str] | None = None) -> tuple[float, float]:
        """``(P(accusation), P(denial))`` of one sentence (``tokens``: its lower-cased words
        by the scorer's token pattern, if the caller has them already)."""
        w = self._fast  # known term -> (idf**2, idf * coef_acc, idf * coef_den)
        if self._plain:
            # the vectoriser's own steps (lower-case, token regex, n-grams) without its
            # per-call overhead; Counter counts in C, unknown terms are skipped below (the
            # known ones keep the order of their first occurrence, so the sums are the same)
            toks = tokens if tokens is not None else self._token_re.findall(text.lower())
            counts = Counter(toks)
            if self.ngram_range != (1, 1):
                counts.update(map(" ".join, zip(toks, toks[1:], strict=False)))
        else:
            counts = Counter(self.analyzer_(text))
        sa, sd = tfidf_sums(counts, w)
        return _sigmoid(sa + self.intercepts_[0]), _sigmoid(sd + self.intercepts_[1])
