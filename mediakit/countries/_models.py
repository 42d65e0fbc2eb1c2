"""Country features and classifiers: :class:`CountryVectorizer`, :class:`NewsmapClassifier`,
:class:`CountryClassifier`.

All three are scikit-learn estimators over raw texts (an iterable of strings), deterministic,
and savable with skops (the matcher's automaton is rebuilt after loading).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ._matcher import CountryMatcher

__all__ = ["CountryClassifier", "CountryVectorizer", "NewsmapClassifier"]


def _texts(X) -> list[str]:
    if isinstance(X, str):
        raise ValueError("Iterable over raw text documents expected, string object received.")
    out = []
    for i, x in enumerate(X):
        if x is None or (isinstance(x, float) and x != x):
            out.append("")
        elif isinstance(x, str):
            out.append(x)
        else:
            raise ValueError(f"document {i} is a {type(x).__name__}, expected a string")
    return out


def _labels(y, n: int) -> list[list[str]]:
    if y is None:
        raise ValueError("y is required: one iterable of ISO3 codes per document")
    y = list(y)
    if len(y) != n:
        raise ValueError(f"X has {n} documents but y has {len(y)} label sets")
    out = []
    for i, labels in enumerate(y):
        if isinstance(labels, str):
            raise ValueError(f"y[{i}] is the string {labels!r}; give a list of codes such as "
                             "['USA']")
        out.append([str(v) for v in ([] if labels is None else labels)])
    return out


class CountryVectorizer(TransformerMixin, BaseEstimator):
    """Turn texts into a sparse document x country matrix of mention counts.

    Parameters
    ----------
    matcher : CountryMatcher, optional
        The matcher to use (default ``CountryMatcher(cities=cities)``).
    cities : bool, default False
        Count major cities too (ignored when ``matcher`` is given).
    binary : bool, default False
        1 for mentioned countries instead of counts.

    Examples
    --------
    >>> v = CountryVectorizer().fit(["x"])
    >>> X = v.transform(["Russia accuses US of 'pretending'", "Moscow and the Kremlin"])
    >>> names = list(v.get_feature_names_out())
    >>> int(X[0, names.index("USA")]), int(X[1, names.index("RUS")])
    (1, 2)
    """

    def __init__(self, *, matcher=None, cities=False, binary=False):
        self.matcher = matcher
        self.cities = cities
        self.binary = binary

    def fit(self, X=None, y=None):
        """Fix the feature set (every country code of the gazetteer); ``X`` is not needed."""
        m = self.matcher if self.matcher is not None else CountryMatcher(cities=self.cities)
        if not hasattr(m, "entries_"):
            m = m.fit()
        self.matcher_ = m
        codes = sorted({e[0] for e in m.entries_ if e[0]})
        self.feature_names_ = np.array(codes, dtype=object)
        self.vocabulary_ = {c: i for i, c in enumerate(codes)}
        return self

    def transform(self, X):
        """Return a CSR matrix (n_docs x n_countries) of mention counts."""
        check_is_fitted(self, "vocabulary_")
        texts = _texts(X)
        voc = self.vocabulary_
        entries = self.matcher_.entries_
        spans = self.matcher_._spans
        rows, cols = [], []
        for i, t in enumerate(texts):
            for _, _, idx in spans(t):
                j = voc.get(entries[idx][0])
                if j is not None:
                    rows.append(i)
                    cols.append(j)
        data = np.ones(len(rows), dtype=np.float64)
        M = sp.csr_matrix((data, (rows, cols)), shape=(len(texts), len(voc)))
        M.sum_duplicates()
        if self.binary:
            M.data[:] = 1.0
        return M

    def get_feature_names_out(self, input_features=None):
        """The ISO3 code of each column."""
        check_is_fitted(self, "feature_names_")
        return self.feature_names_.copy()


def _dictionary_shares(texts, matcher, classes, lead_chars: int = 400) -> np.ndarray:
    """Per document, each class's share of the (lead-weighted) dictionary mentions."""
    col = {c: j for j, c in enumerate(classes)}
    entries = matcher.entries_
    D = np.zeros((len(texts), len(classes)))
    for i, t in enumerate(texts):
        for s, _, idx in matcher._spans(t):
            j = col.get(entries[idx][0])
            if j is not None:
                D[i, j] += 2.0 if s < lead_chars else 1.0
    tot = D.sum(axis=1, keepdims=True)
    tot[tot == 0] = 1.0
    return D / tot


def _word_vectorizer(min_df, max_features):
    from sklearn.feature_extraction.text import CountVectorizer

    return CountVectorizer(lowercase=True, token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b",
                           min_df=min_df, max_df=0.5, max_features=max_features,
                           stop_words="english", dtype=np.float64)


class NewsmapClassifier(ClassifierMixin, BaseEstimator):
    """Semi-supervised multi-label country classifier trained without labels (newsmap).

    After Watanabe (2018), *Newsmap: A semi-supervised approach to geographical news
    classification*: the gazetteer labels every training document with the countries it
    mentions (the seed dictionary); for each country a smoothed log-likelihood ratio of
    every word - in documents labelled with the country against the others - is learned;
    a document's score for a country is the average of its words' ratios, plus
    ``dictionary_weight`` times the country's share of the document's own dictionary
    mentions (mentions in the first 400 characters count double). The top country is
    predicted (when its score is positive), plus any country whose score reaches
    ``relative_threshold`` of the top score. ``dictionary_weight=0`` gives the pure
    word model (on Reuters-21578 it scores lower: see ``mediakit evaluate countries``).

    Parameters
    ----------
    matcher : CountryMatcher, optional
        Seed dictionary (default ``CountryMatcher(cities=cities)``).
    cities : bool, default False
        Use major cities as seeds too (ignored when ``matcher`` is given).
    min_df : int, default 2
        Minimum document frequency of a word.
    max_features : int, optional
        Keep only the most frequent words.
    smooth : float, default 1.0
        Additive smoothing of the word counts.
    min_seed_docs : int, default 2
        Countries seeded in fewer documents are not modelled.
    dictionary_weight : float, default 4.0
        Weight of the document's own dictionary mentions in its scores.
    relative_threshold : float, default 0.5
        Extra countries need a score of at least this fraction of the top score.
    max_countries : int, default 3
        At most this many countries per document.

    Examples
    --------
    >>> docs = ["Moscow said Russia will cut oil output", "Russian oil exports rose",
    ...         "Washington said the US dollar fell", "US dollar and Wall Street stocks fell",
    ...         "oil output cut announced", "the dollar fell on Wall Street"]
    >>> nm = NewsmapClassifier(min_df=1, min_seed_docs=1).fit(docs)
    >>> nm.predict_countries(["oil output", "dollar stocks"])
    [['RUS'], ['USA']]
    """

    def __init__(self, *, matcher=None, cities=False, min_df=2, max_features=None, smooth=1.0,
                 min_seed_docs=2, dictionary_weight=4.0, relative_threshold=0.5,
                 max_countries=3):
        self.matcher = matcher
        self.cities = cities
        self.min_df = min_df
        self.max_features = max_features
        self.smooth = smooth
        self.min_seed_docs = min_seed_docs
        self.dictionary_weight = dictionary_weight
        self.relative_threshold = relative_threshold
        self.max_countries = max_countries

    def fit(self, X, y=None):
        """Learn word-country associations from the texts ``X``; ``y`` is ignored."""
        texts = _texts(X)
        if not texts:
            raise ValueError("NewsmapClassifier.fit needs at least one document")
        if self.smooth <= 0:
            raise ValueError(f"The 'smooth' parameter of NewsmapClassifier must be > 0. "
                             f"Got {self.smooth!r} instead.")
        cv = CountryVectorizer(matcher=self.matcher, cities=self.cities, binary=True).fit()
        Y = cv.transform(texts)  # seed labels
        seeded = np.asarray(Y.sum(axis=0)).ravel()
        keep = np.flatnonzero(seeded >= self.min_seed_docs)
        if keep.size == 0:
            raise ValueError("no country is mentioned in at least min_seed_docs="
                             f"{self.min_seed_docs} documents: nothing to learn from")
        wv = _word_vectorizer(self.min_df if len(texts) > 1 else 1, self.max_features)
        try:
            W = wv.fit_transform(texts)
        except ValueError as exc:  # empty vocabulary
            raise ValueError(f"NewsmapClassifier.fit: no usable words ({exc})") from None
        Yk = Y[:, keep].tocsc()
        F = (W.T @ Yk).toarray()  # words x countries
        total = np.asarray(W.sum(axis=0)).ravel()[:, None]
        Fn = total - F
        a, V = float(self.smooth), W.shape[1]
        p_in = (F + a) / (F.sum(axis=0, keepdims=True) + a * V)
        p_out = (Fn + a) / (Fn.sum(axis=0, keepdims=True) + a * V)
        self.coef_ = np.log(p_in) - np.log(p_out)  # V x C
        self.classes_ = cv.get_feature_names_out()[keep]
        self.vectorizer_ = wv
        self.country_vectorizer_ = cv
        self.n_seed_docs_ = seeded[keep].astype(np.int64)
        return self

    def decision_function(self, X):
        """Average word-country log-likelihood ratio, shape (n_docs, n_classes)."""
        check_is_fitted(self, "coef_")
        texts = _texts(X)
        W = self.vectorizer_.transform(texts)
        n = np.asarray(W.sum(axis=1)).ravel()
        n[n == 0] = 1.0
        S = np.asarray(W @ self.coef_) / n[:, None]
        if self.dictionary_weight:
            S += self.dictionary_weight * _dictionary_shares(
                texts, self.country_vectorizer_.matcher_, self.classes_)
        return S

    def _select(self, S: np.ndarray) -> np.ndarray:
        out = np.zeros(S.shape, dtype=np.int64)
        if S.shape[1] == 0:
            return out
        order = np.argsort(-S, axis=1, kind="stable")[:, : self.max_countries]
        top = S[np.arange(len(S)), order[:, 0]]
        for k in range(order.shape[1]):
            j = order[:, k]
            s = S[np.arange(len(S)), j]
            ok = (s > 0) & ((k == 0) | (s >= self.relative_threshold * top))
            out[np.arange(len(S))[ok], j[ok]] = 1
        return out

    def predict(self, X):
        """Indicator matrix (n_docs, n_classes): 1 for the predicted countries."""
        return self._select(self.decision_function(X))

    def predict_countries(self, X) -> list[list[str]]:
        """The predicted ISO3 codes of each document, best first."""
        S = self.decision_function(X)
        P = self._select(S)
        out = []
        for s, p in zip(S, P, strict=True):
            idx = np.flatnonzero(p)
            out.append([str(self.classes_[i]) for i in idx[np.argsort(-s[idx], kind="stable")]])
        return out

    def top_words(self, iso3: str, n: int = 10) -> list[str]:
        """The ``n`` words most associated with ``iso3``.

        Examples
        --------
        >>> docs = ["Moscow said Russia will cut oil output", "Russian oil exports rose",
        ...         "Washington said the US dollar fell", "US dollar fell"]
        >>> NewsmapClassifier(min_df=1, min_seed_docs=1).fit(docs).top_words("RUS", 2)
        ['oil', 'cut']
        """
        check_is_fitted(self, "coef_")
        j = list(self.classes_).index(iso3)
        words = self.vectorizer_.get_feature_names_out()
        order = np.argsort(-self.coef_[:, j], kind="stable")[:n]
        return [str(words[i]) for i in order]


class CountryClassifier(ClassifierMixin, BaseEstimator):
    """Supervised multi-label country classifier: one linear model per country.

    Features: TF-IDF of words and word pairs plus the (log) country-mention counts of
    :class:`CountryVectorizer`; a one-vs-rest linear SVM per country. A document gets every
    country whose decision value exceeds ``threshold``, and at least its best one.

    Parameters
    ----------
    matcher : CountryMatcher, optional
        For the country-count features (default ``CountryMatcher(cities=cities)``).
    cities : bool, default True
        Count major cities in the country features.
    C : float, default 0.5
        Inverse regularisation strength of the linear SVMs.
    min_df : int, default 2
        Minimum document frequency of a word n-gram.
    ngram_range : tuple, default (1, 2)
    threshold : float, default 0.0
        Decision threshold for extra countries.
    country_weight : float, default 1.0
        Scale of the country-count features relative to TF-IDF.
    random_state : int, optional
        Passed to the SVMs (results are deterministic either way).

    Examples
    --------
    >>> X = ["Moscow oil output", "Russian oil", "Wall Street stocks", "US dollar stocks",
    ...      "Moscow and Washington talks", "Kremlin oil"]
    >>> y = [["RUS"], ["RUS"], ["USA"], ["USA"], ["RUS", "USA"], ["RUS"]]
    >>> clf = CountryClassifier(min_df=1).fit(X, y)
    >>> clf.predict_countries(["oil output in Moscow", "stocks on Wall Street"])
    [['RUS'], ['USA']]
    """

    def __init__(self, *, matcher=None, cities=True, C=0.5, min_df=2, ngram_range=(1, 2),
                 threshold=0.0, country_weight=1.0, random_state=0):
        self.matcher = matcher
        self.cities = cities
        self.C = C
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.threshold = threshold
        self.country_weight = country_weight
        self.random_state = random_state

    def _features(self, texts, fit: bool):
        W = self.tfidf_.fit_transform(texts) if fit else self.tfidf_.transform(texts)
        Cm = self.country_vectorizer_.transform(texts)
        Cm.data = np.log1p(Cm.data) * self.country_weight
        return sp.hstack([W, Cm], format="csr")

    def fit(self, X, y):
        """Fit on texts ``X`` and label sets ``y`` (iterables of ISO3 codes)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.preprocessing import MultiLabelBinarizer
        from sklearn.svm import LinearSVC

        texts = _texts(X)
        labels = _labels(list(y), len(texts))
        if self.C <= 0:
            raise ValueError(f"The 'C' parameter of CountryClassifier must be > 0. Got "
                             f"{self.C!r} instead.")
        mlb = MultiLabelBinarizer()
        Y = mlb.fit_transform(labels)
        if Y.shape[1] == 0:
            raise ValueError("y has no labels at all: nothing to learn")
        self.classes_ = np.array(mlb.classes_, dtype=object)
        self.tfidf_ = TfidfVectorizer(sublinear_tf=True, min_df=self.min_df,
                                      ngram_range=tuple(self.ngram_range), dtype=np.float64,
                                      token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
        self.country_vectorizer_ = CountryVectorizer(matcher=self.matcher,
                                                     cities=self.cities).fit()
        F = self._features(texts, fit=True)
        self.model_ = OneVsRestClassifier(
            LinearSVC(C=self.C, random_state=self.random_state)).fit(F, Y)
        return self

    def decision_function(self, X):
        """Decision values, shape (n_docs, n_classes)."""
        check_is_fitted(self, "model_")
        D = self.model_.decision_function(self._features(_texts(X), fit=False))
        return D.reshape(-1, len(self.classes_))

    def predict(self, X):
        """Indicator matrix (n_docs, n_classes)."""
        D = self.decision_function(X)
        P = (self.threshold < D).astype(np.int64)
        P[np.arange(len(D)), D.argmax(axis=1)] = 1
        return P

    def predict_countries(self, X) -> list[list[str]]:
        """The predicted ISO3 codes of each document, best first."""
        D = self.decision_function(X)
        P = self.predict_from_decision(D)
        return [[str(self.classes_[i]) for i in np.flatnonzero(p)[np.argsort(
            -d[np.flatnonzero(p)], kind="stable")]] for d, p in zip(D, P, strict=True)]

    def predict_from_decision(self, D: np.ndarray) -> np.ndarray:
        """Indicator matrix from precomputed decision values."""
        P = (self.threshold < D).astype(np.int64)
        if len(D):
            P[np.arange(len(D)), D.argmax(axis=1)] = 1
        return P

