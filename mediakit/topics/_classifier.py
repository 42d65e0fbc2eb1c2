"""TopicClassifier: labelled (multi-label or single-label) topics from article texts."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import KFold
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from ._text import _as_texts

__all__ = ["TopicClassifier"]

_OUTPUTS = ("lists", "indicator", "single")


def _binary_svm(X, y, C, class_weight, random_state):
    """Fit one binary LinearSVC; degenerate columns (all 0 / all 1) get a constant score."""
    pos = int(y.sum())
    if pos == 0 or pos == len(y):
        return np.zeros(X.shape[1], dtype=np.float32), (1.0 if pos else -1.0)
    clf = LinearSVC(C=C, class_weight=class_weight, random_state=random_state, max_iter=5000)
    clf.fit(X, y)
    return clf.coef_.ravel().astype(np.float32), float(clf.intercept_[0])


def _fit_all(X, Y, C, class_weight, random_state, n_jobs):
    from joblib import Parallel, delayed

    # liblinear releases the GIL: threads share X without copies
    res = Parallel(n_jobs=n_jobs, prefer="threads")(
        delayed(_binary_svm)(X, Y[:, j], C, class_weight, random_state)
        for j in range(Y.shape[1])
    )
    coef = np.vstack([r[0] for r in res]) if res else np.zeros((0, X.shape[1]), np.float32)
    return coef, np.array([r[1] for r in res], dtype=np.float64)


def _best_threshold(scores: np.ndarray, y: np.ndarray) -> float:
    """Threshold on ``scores`` maximising F1 for the binary labels ``y`` (midpoint rule)."""
    order = np.argsort(-scores, kind="stable")
    s, t = scores[order], y[order].astype(float)
    tp = np.cumsum(t)
    k = np.arange(1, len(s) + 1)
    f1 = 2 * tp / (k + t.sum())
    # only cut between distinct scores
    valid = np.r_[s[:-1] > s[1:], True]
    f1 = np.where(valid, f1, -1)
    i = int(np.argmax(f1))
    return float((s[i] + s[i + 1]) / 2) if i + 1 < len(s) else float(s[i] - 1e-6)


def _platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Fit ``p = 1 / (1 + exp(-(a * s + b)))`` by regularised logistic regression."""
    from sklearn.linear_model import LogisticRegression

    if y.min() == y.max():
        return 0.0, (8.0 if y.max() else -8.0)
    # Platt's target smoothing keeps extreme classes calibrated
    lr = LogisticRegression(C=100.0)
    n_pos = y.sum()
    n_neg = len(y) - n_pos
    t_pos = (n_pos + 1) / (n_pos + 2)
    t_neg = 1 / (n_neg + 2)
    s = scores.reshape(-1, 1)
    X2 = np.vstack([s, s])
    y2 = np.r_[np.ones(len(y)), np.zeros(len(y))]
    w = np.r_[np.where(y == 1, t_pos, t_neg), np.where(y == 1, 1 - t_pos, 1 - t_neg)]
    lr.fit(X2, y2, sample_weight=w)
    return float(lr.coef_[0, 0]), float(lr.intercept_[0])


class TopicClassifier(ClassifierMixin, BaseEstimator):
    """Supervised topics: TF-IDF word (and optionally character) n-grams + linear SVMs.

    One binary linear SVM per topic (one-vs-rest) over sublinear TF-IDF of word 1-2 grams
    (titles repeated ``title_weight`` times), with per-topic decision thresholds tuned on
    cross-validated scores and probabilities calibrated on the same scores (Platt scaling).

    Parameters
    ----------
    C : float, default 2.0
        SVM regularisation (larger = less regularised).
    word_ngrams : tuple, default (1, 2)
    char_ngrams : tuple or None, default None
        Add ``char_wb`` n-grams of these lengths (e.g. ``(3, 5)``): a little more accurate on
        Reuters, about 5x slower to fit.
    min_df, max_df : int or float
        Vocabulary limits of the vectorizers.
    max_features : int or None, default 200000
        Cap on word features (and on character features when used, x2). The model stores a
        dense ``n_classes x n_features`` float32 matrix: 90 topics x 200,000 features = 72 MB.
    title_weight : int, default 3
        How many times the title is repeated (articles tables only).
    class_weight : None or "balanced"
        SVM class weights (``"balanced"`` favours recall on rare topics).
    thresholds : {"cv", "zero"}, default "cv"
        ``"cv"`` tunes each topic's threshold to maximise its F1 on ``cv``-fold cross-validated
        decision scores (topics with fewer than ``min_threshold_support`` positives keep 0),
        moved toward 0 by ``threshold_shrink``; ``"zero"`` uses the SVM's own 0.
    threshold_shrink : float, default 0.25
        Fraction of the way from the tuned threshold back to 0 (0 = fully tuned); tuned
        thresholds overfit the folds a little, and a quarter of the way back did best on a
        later-in-time Reuters hold-out.
    min_threshold_support : int, default 3
    cv : int or None, default 3
        Folds for thresholds and calibration. ``None`` skips cross-validation (faster; then
        ``predict_proba`` is a plain sigmoid of the SVM score, not calibrated).
    fallback : bool, default True
        Multi-label only: a document for which no topic passes its threshold gets its best
        topic if that topic's margin (``decision_function``) is above ``fallback_margin``.
    fallback_margin : float, default -0.1
        Kept close to 0 because corpora such as Reuters also have documents with no topic
        (21% of our Reuters hold-out, 8.5% of the ModApte test): there -0.1 gained 0.001
        micro-F1, while -0.3 lost 0.03 (a top-1 fallback with no margin lost 0.06).
    n_jobs : int or None, default None
        Threads used to fit the per-topic SVMs (``-1`` = all cores).
    random_state : int or None, default 0
        Cross-validation folds and SVM seed.

    Attributes
    ----------
    classes_ : ndarray
        Topic labels (column order of indicator matrices and ``predict_proba``).
    output_ : {"lists", "indicator", "single"}
        What ``predict`` returns, decided by the ``Y`` given to ``fit``:
        a list of label lists -> a list of label lists; a binary indicator matrix -> an
        indicator matrix (ndarray of 0/1); a 1-D sequence of single labels (single-label task,
        e.g. AllSides ``topic``) -> a 1-D ndarray of labels (the best topic per document).
    vectorizer_ : fitted FeatureUnion of TfidfVectorizers
    coef_ : ndarray of shape (n_classes, n_features), intercept_ : ndarray
    threshold_ : ndarray of shape (n_classes,)
    calibration_ : ndarray of shape (n_classes, 2)
        Platt parameters (a, b) per topic.

    Examples
    --------
    >>> texts = ["Oil prices rise as OPEC cuts crude output", "Crude oil falls on supply glut",
    ...          "Central bank raises interest rates", "Bank cuts rates to boost lending",
    ...          "Wheat harvest lifts grain exports", "Grain prices drop after big wheat crop"]
    >>> labels = [["crude"], ["crude"], ["interest"], ["interest"], ["grain", "wheat"],
    ...           ["grain", "wheat"]]
    >>> clf = TopicClassifier(min_df=1, cv=None).fit(texts, labels)
    >>> clf.predict(["OPEC to cut oil output", "wheat exports rise"])
    [['crude'], ['grain', 'wheat']]
    """

    def __init__(
        self,
        *,
        C: float = 2.0,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] | None = None,
        min_df: int | float = 2,
        max_df: int | float = 0.5,
        max_features: int | None = 200_000,
        title_weight: int = 3,
        class_weight=None,
        thresholds: str = "cv",
        threshold_shrink: float = 0.25,
        min_threshold_support: int = 3,
        cv: int | None = 3,
        fallback: bool = True,
        fallback_margin: float = -0.1,
        n_jobs: int | None = None,
        random_state: int | None = 0,
    ):
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.title_weight = title_weight
        self.class_weight = class_weight
        self.thresholds = thresholds
        self.threshold_shrink = threshold_shrink
        self.min_threshold_support = min_threshold_support
        self.cv = cv
        self.fallback = fallback
        self.fallback_margin = fallback_margin
        self.n_jobs = n_jobs
        self.random_state = random_state

    # ------------------------------------------------------------------ helpers
    def _texts(self, X, what: str) -> list[str]:
        return _as_texts(X, what=f"TopicClassifier.{what}", title_weight=self.title_weight)

    def _make_vectorizer(self) -> FeatureUnion:
        parts = [("word", TfidfVectorizer(
            sublinear_tf=True, ngram_range=tuple(self.word_ngrams), min_df=self.min_df,
            max_df=self.max_df, max_features=self.max_features, dtype=np.float32))]
        if self.char_ngrams is not None:
            parts.append(("char", TfidfVectorizer(
                sublinear_tf=True, analyzer="char_wb", ngram_range=tuple(self.char_ngrams),
                min_df=max(self.min_df, 3) if isinstance(self.min_df, int) else self.min_df,
                max_features=None if self.max_features is None else 2 * self.max_features,
                dtype=np.float32)))
        return FeatureUnion(parts)

    def _encode_y(self, Y, n: int) -> np.ndarray:
        """Set ``classes_`` / ``output_``; return the binary indicator matrix."""
        if sp.issparse(Y):
            Y = Y.toarray()
        if isinstance(Y, pd.DataFrame):
            raise TypeError("TopicClassifier.fit: Y must be a list of label lists, a 1-D "
                            "sequence of labels or a binary indicator matrix, not a DataFrame")
        if isinstance(Y, np.ndarray) and Y.ndim == 2:
            if Y.shape[0] != n:
                raise ValueError(f"TopicClassifier.fit: {n} documents but Y has {Y.shape[0]} rows")
            vals = np.unique(Y)
            if not np.isin(vals, [0, 1]).all():
                raise ValueError("TopicClassifier.fit: an indicator matrix Y must hold only 0 "
                                 f"and 1; found {vals[:5].tolist()}")
            self.output_ = "indicator"
            if getattr(self, "_classes_hint", None) is not None:
                self.classes_ = np.asarray(self._classes_hint)
            else:
                self.classes_ = np.arange(Y.shape[1])
            return Y.astype(np.int8)
        Y = list(Y)
        if len(Y) != n:
            raise ValueError(f"TopicClassifier.fit: {n} documents but {len(Y)} label entries")
        if not Y:
            raise ValueError("TopicClassifier.fit: no labels given")
        is_list = [isinstance(y, list | tuple | set | frozenset | np.ndarray) for y in Y]
        if all(is_list):
            self.output_ = "lists"
            labsets = [sorted({str(v) for v in y}) for y in Y]
        elif not any(is_list):
            if any(y is None or (isinstance(y, float) and y != y) for y in Y):
                bad = next(i for i, y in enumerate(Y)
                           if y is None or (isinstance(y, float) and y != y))
                raise ValueError(f"TopicClassifier.fit: label of document {bad} is missing; "
                                 "drop unlabelled documents or pass label lists ([] = no topic)")
            self.output_ = "single"
            labsets = [[str(y)] for y in Y]
        else:
            raise ValueError("TopicClassifier.fit: Y mixes label lists and single labels; give "
                             "a list of lists (multi-label) or one label per document")
        self.classes_ = np.array(sorted({v for s in labsets for v in s}), dtype=object)
        if len(self.classes_) < 2 and self.output_ == "single":
            raise ValueError("TopicClassifier.fit: a single-label task needs >= 2 distinct "
                             f"labels; got {self.classes_.tolist()}")
        if len(self.classes_) == 0:
            raise ValueError("TopicClassifier.fit: no document has a label")
        index = {c: i for i, c in enumerate(self.classes_)}
        out = np.zeros((n, len(self.classes_)), dtype=np.int8)
        for i, s in enumerate(labsets):
            for v in s:
                out[i, index[v]] = 1
        return out

    # ------------------------------------------------------------------ fit
    def fit(self, X, Y, *, classes: Sequence | None = None):
        """Fit on documents ``X`` (articles table or iterable of str) and labels ``Y``.

        ``Y`` is a list of label lists (multi-label; ``[]`` = no topic), a 1-D sequence of
        labels (single-label) or a binary indicator matrix (then ``classes`` names its columns).
        Returns self.
        """
        if self.thresholds not in ("cv", "zero"):
            raise ValueError("The 'thresholds' parameter of TopicClassifier must be 'cv' or "
                             f"'zero'. Got {self.thresholds!r} instead.")
        if not self.C > 0:
            raise ValueError(f"The 'C' parameter of TopicClassifier must be > 0. Got {self.C!r}.")
        texts = self._texts(X, "fit")
        if not texts:
            raise ValueError("TopicClassifier.fit: no documents were given")
        n_empty = sum(1 for t in texts if not t.strip())
        if n_empty == len(texts):
            raise ValueError(f"TopicClassifier.fit: all {len(texts)} documents are empty")
        self._classes_hint = classes
        try:
            Y = self._encode_y(Y, len(texts))
        finally:
            del self._classes_hint
        if classes is not None and len(classes) != Y.shape[1]:
            raise ValueError(f"TopicClassifier.fit: {len(classes)} classes for an indicator "
                             f"matrix with {Y.shape[1]} columns")
        self.n_empty_docs_ = n_empty
        self.vectorizer_ = self._make_vectorizer()
        Xm = self.vectorizer_.fit_transform(texts).tocsr()
        self.n_features_ = Xm.shape[1]
        self.coef_, self.intercept_ = _fit_all(
            Xm, Y, self.C, self.class_weight, self.random_state, self.n_jobs)

        n_cls = Y.shape[1]
        self.threshold_ = np.zeros(n_cls)
        self.calibration_ = np.tile([2.0, 0.0], (n_cls, 1))
        if self.cv is not None and self.cv >= 2 and len(texts) >= 2 * self.cv:
            S = np.zeros(Y.shape, dtype=np.float64)
            folds = KFold(self.cv, shuffle=True, random_state=self.random_state)
            for tr, te in folds.split(Xm):
                coef, icpt = _fit_all(Xm[tr], Y[tr], self.C, self.class_weight,
                                      self.random_state, self.n_jobs)
                S[te] = Xm[te] @ coef.T + icpt
            for j in range(n_cls):
                y = Y[:, j]
                self.calibration_[j] = _platt(S[:, j], y)
                if self.thresholds == "cv" and self.output_ != "single" \
                        and y.sum() >= self.min_threshold_support:
                    t = _best_threshold(S[:, j], y)
                    self.threshold_[j] = (1 - self.threshold_shrink) * t
        return self

    # ------------------------------------------------------------------ predict
    def _scores(self, X) -> np.ndarray:
        check_is_fitted(self, "coef_")
        texts = self._texts(X, "predict")
        if not texts:
            return np.zeros((0, len(self.classes_)))
        Xm = self.vectorizer_.transform(texts)
        return np.asarray(Xm @ self.coef_.T, dtype=np.float64) + self.intercept_

    def decision_function(self, X) -> np.ndarray:
        """SVM margins minus each topic's threshold (> 0 = predicted), shape (n, n_classes)."""
        return self._scores(X) - self.threshold_

    def predict_indicator(self, X) -> np.ndarray:
        """Binary indicator matrix (n_docs, n_classes), whatever ``Y`` ``fit`` received."""
        D = self.decision_function(X)
        P = (D > 0).astype(np.int8)
        if self.output_ == "single":
            P[:] = 0
            if len(D):
                P[np.arange(len(D)), D.argmax(axis=1)] = 1
            return P
        if self.fallback and len(D):
            best = D.argmax(axis=1)
            empty = (P.sum(axis=1) == 0) & (D[np.arange(len(D)), best] > self.fallback_margin)
            P[np.flatnonzero(empty), best[empty]] = 1
        return P

    def predict(self, X):
        """Predicted topics, in the form ``Y`` had at fit (see ``output_``)."""
        P = self.predict_indicator(X)
        if self.output_ == "indicator":
            return P
        if self.output_ == "single":
            return self.classes_[P.argmax(axis=1)] if len(P) else self.classes_[:0]
        return [[str(c) for c in self.classes_[row.astype(bool)]] for row in P]

    def predict_proba(self, X) -> np.ndarray:
        """Calibrated probability of each topic, shape (n_docs, n_classes).

        Multi-label: independent per-topic probabilities (Platt scaling of cross-validated
        SVM margins). Single-label: the same, normalised to sum to 1 per document.
        """
        S = self._scores(X)
        a, b = self.calibration_[:, 0], self.calibration_[:, 1]
        P = 1.0 / (1.0 + np.exp(-(S * a + b)))
        if self.output_ == "single" and len(P):
            P = P / P.sum(axis=1, keepdims=True)
        return P

    def score(self, X, Y) -> float:
        """Micro-averaged F1 (multi-label) or accuracy (single-label)."""
        from sklearn.metrics import accuracy_score, f1_score

        if self.output_ == "single":
            return float(accuracy_score(np.asarray(Y, dtype=object).astype(str),
                                        self.predict(X).astype(str)))
        P = self.predict_indicator(X)
        if isinstance(Y, np.ndarray) and Y.ndim == 2:
            T = Y
        else:
            index = {str(c): i for i, c in enumerate(self.classes_)}
            T = np.zeros_like(P)
            for i, labs in enumerate(Y):
                for v in labs:
                    if str(v) in index:
                        T[i, index[str(v)]] = 1
        return float(f1_score(T, P, average="micro", zero_division=0))
