"""TopicModel: NMF / LDA topics with readable labels, streaming fit and NPMI coherence."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.decomposition import NMF, LatentDirichletAllocation, MiniBatchNMF
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from .. import schema
from ._coherence import npmi_coherence
from ._fastvec import can_fast_transform, fast_transform
from ._text import _as_texts, _doc_ids

__all__ = ["TopicModel", "choose_n_topics"]

_METHODS = ("nmf", "lda")
_STREAM_W_ITER = 10


def _default_vectorizer(method: str, *, max_features, min_df, max_df, stop_words):
    cls = TfidfVectorizer if method == "nmf" else CountVectorizer
    kw = {"sublinear_tf": True} if method == "nmf" else {}
    return cls(
        max_features=max_features,
        min_df=min_df,
        max_df=max_df,
        stop_words=stop_words,
        token_pattern=r"(?u)\b[^\W\d_][\w'-]*[^\W_]\b",  # words of >= 2 chars, no numbers
        lowercase=True,
        dtype=np.float32 if method == "nmf" else np.int64,
        **kw,
    )


def _is_fitted_vectorizer(vec) -> bool:
    if not hasattr(vec, "fit"):
        return False
    if getattr(vec, "__sklearn_is_fitted__", None) is not None:
        try:
            return bool(vec.__sklearn_is_fitted__())
        except Exception:  # any failure means "not fitted"
            return False
    try:
        check_is_fitted(vec)
    except Exception:
        return False
    return True


class TopicModel(TransformerMixin, BaseEstimator):
    """Unsupervised topics (NMF or LDA) over article texts, with readable labels.

    Parameters
    ----------
    n_topics : int, default 10
        Number of topics. Use :func:`choose_n_topics` (NPMI coherence) to pick it.
    method : {"nmf", "lda"}, default "nmf"
        NMF over sublinear TF-IDF (sharp, readable topics on news) or LDA over counts.
    vectorizer : sklearn text vectorizer, optional
        Turns texts into a document-term matrix. Default: ``TfidfVectorizer`` (NMF) or
        ``CountVectorizer`` (LDA) with English stop words, ``max_features``, ``min_df`` and
        ``max_df``. A vectorizer that is already fitted (or stateless, such as
        ``HashingVectorizer``) is used as is; top words of a ``HashingVectorizer`` are shown
        as ``hash_<column>`` since hashing cannot be inverted.
    max_features, min_df, max_df, stop_words :
        Options of the default vectorizer (ignored when ``vectorizer`` is given).
    n_label_words : int, default 3
        Number of top words joined with ``/`` to make default labels (``"oil/crude/prices"``).
    labels : list of str or dict, optional
        Your own labels: a list with one label per topic, or ``{topic index or default label:
        label}`` for some of them. Also settable after fitting with :meth:`set_labels`.
    max_iter : int, default 400
        Iterations of the batch solver in :meth:`fit`.
    batch_size : int, default 4096
        Mini-batch size of online LDA in :meth:`partial_fit` (each chunk is split into batches
        of this size). ``MiniBatchNMF`` takes each :meth:`partial_fit` chunk as one mini-batch,
        so there the chunk size is the batch size (10,000-document chunks work well).
    n_coherence_words : int, default 10
        Top words per topic used by the NPMI coherence (``coherence_``).
    random_state : int, RandomState or None
        Makes topics reproducible: the same data and ``random_state`` give identical topics.

    Attributes
    ----------
    vectorizer_ : fitted vectorizer
    model_ : fitted ``NMF`` / ``MiniBatchNMF`` / ``LatentDirichletAllocation``
    components_ : ndarray of shape (n_topics, n_terms)
        Topic-word weights.
    feature_names_ : ndarray of str
    labels_ : list of str
        Current topic labels (default from top words, or yours).
    topic_coherence_ : ndarray of shape (n_topics,)
        NPMI coherence of each topic on the training documents (for :meth:`partial_fit`: on
        the latest chunk).
    coherence_ : float
        Mean of ``topic_coherence_``.
    n_docs_seen_ : int
    n_empty_docs_ : int
        Empty documents met while fitting (they are warned about and get no topic).

    Notes
    -----
    **Streaming.** :meth:`partial_fit` trains on chunks of a corpus that does not fit in memory.
    The vocabulary must not change between chunks, so unless you pass a fitted or stateless
    vectorizer, the default vectorizer is **fitted on the first chunk and then frozen** (make it
    large and representative, e.g. 10,000+ articles). We prefer this to a
    ``HashingVectorizer`` because topics keep readable words; pass
    ``vectorizer=HashingVectorizer(alternate_sign=False)`` for a purely stateless pipeline.
    Later chunks (and :meth:`transform`) are vectorized by a faster path that gives exactly the
    vectorizer's own ``transform`` for word unigrams (about 1,000 AllSides articles/s on one
    core for NMF, see ``mediakit benchmark topics``).

    Examples
    --------
    >>> texts = ["Oil prices rose as crude supply fell", "Crude oil output cut lifts prices",
    ...          "The central bank raised interest rates", "Bank rates and interest climb"]
    >>> tm = TopicModel(n_topics=2, min_df=1, max_df=1.0, random_state=0).fit(texts)
    >>> tm.labels_
    ['bank/rates/climb', 'crude/oil/prices']
    >>> tm.top_words(2)[["topic", "rank", "word"]].values.tolist()[2:]
    [['crude/oil/prices', 1, 'crude'], ['crude/oil/prices', 2, 'oil']]
    >>> tm = tm.set_labels({"crude/oil/prices": "energy", 0: "monetary policy"})
    >>> tm.doc_topics(texts[:1])[["doc_id", "topic"]].values.tolist()
    [['0', 'energy']]
    """

    def __init__(
        self,
        *,
        n_topics: int = 10,
        method: str = "nmf",
        vectorizer=None,
        max_features: int | None = 20000,
        min_df: int | float = 2,
        max_df: int | float = 0.95,
        stop_words="english",
        n_label_words: int = 3,
        labels: Sequence[str] | Mapping | None = None,
        max_iter: int = 400,
        batch_size: int = 4096,
        n_coherence_words: int = 10,
        random_state=None,
    ):
        self.n_topics = n_topics
        self.method = method
        self.vectorizer = vectorizer
        self.max_features = max_features
        self.min_df = min_df
        self.max_df = max_df
        self.stop_words = stop_words
        self.n_label_words = n_label_words
        self.labels = labels
        self.max_iter = max_iter
        self.batch_size = batch_size
        self.n_coherence_words = n_coherence_words
        self.random_state = random_state

    # ------------------------------------------------------------------ validation
    def _validate_params(self) -> None:
        if self.method not in _METHODS:
            raise ValueError(
                f"The 'method' parameter of TopicModel must be one of {_METHODS}. "
                f"Got {self.method!r} instead."
            )
        if not isinstance(self.n_topics, int | np.integer) or self.n_topics < 1:
            raise ValueError(
                "The 'n_topics' parameter of TopicModel must be an int >= 1. "
                f"Got {self.n_topics!r} instead."
            )
        if not isinstance(self.n_label_words, int | np.integer) or self.n_label_words < 1:
            raise ValueError(
                "The 'n_label_words' parameter of TopicModel must be an int >= 1. "
                f"Got {self.n_label_words!r} instead."
            )

    def _texts(self, X, what: str) -> list[str]:
        texts = _as_texts(X, what=f"TopicModel.{what}")
        if not texts:
            raise ValueError(f"TopicModel.{what}: no documents were given")
        n_empty = sum(1 for t in texts if not t.strip())
        if n_empty == len(texts):
            raise ValueError(
                f"TopicModel.{what}: all {len(texts)} documents are empty; "
                "check that the articles table has 'title'/'text' filled in"
            )
        if n_empty and what in ("fit", "partial_fit"):
            warnings.warn(
                f"TopicModel.{what}: {n_empty} of {len(texts)} documents are empty; "
                "they take no part in the topics and get no topic",
                UserWarning,
                stacklevel=3,
            )
        self._last_n_empty = n_empty
        return texts

    def _make_vectorizer(self):
        if self.vectorizer is not None:
            return clone(self.vectorizer) if not _is_fitted_vectorizer(self.vectorizer) \
                else self.vectorizer
        return _default_vectorizer(
            self.method, max_features=self.max_features, min_df=self.min_df,
            max_df=self.max_df, stop_words=self.stop_words,
        )

    def _vectorize_fit(self, vec, texts):
        if _is_fitted_vectorizer(vec):
            return vec, vec.transform(texts)
        try:
            return vec, vec.fit_transform(texts)
        except ValueError as exc:  # e.g. "empty vocabulary", "max_df < min_df"
            raise ValueError(
                f"TopicModel: the vectorizer could not build a vocabulary from "
                f"{len(texts)} documents ({exc}); with few documents use min_df=1"
            ) from exc

    def _vectorize(self, texts):
        """``vectorizer_.transform(texts)``, through the faster identical path when possible."""
        if can_fast_transform(self.vectorizer_):
            return fast_transform(self.vectorizer_, texts)
        return self.vectorizer_.transform(texts)

    # ------------------------------------------------------------------ fitting
    def _make_model(self, batch: bool):
        if self.method == "nmf":
            if batch:
                return NMF(n_components=self.n_topics, init="nndsvda", max_iter=self.max_iter,
                           random_state=self.random_state)
            # each partial_fit chunk is one mini-batch; its document weights W are solved from
            # scratch with _STREAM_W_ITER multiplicative updates (scikit-learn's 30 cost 2x
            # the time for the same NPMI coherence on AllSides: 0.2717 vs 0.2736)
            return MiniBatchNMF(n_components=self.n_topics, init="nndsvda",
                                batch_size=self.batch_size,
                                fresh_restarts_max_iter=_STREAM_W_ITER,
                                random_state=self.random_state)
        return LatentDirichletAllocation(
            n_components=self.n_topics,
            learning_method="batch" if batch else "online",
            max_iter=min(self.max_iter, 50) if batch else 10,
            batch_size=self.batch_size,
            random_state=self.random_state,
        )

    def _finish(self, X) -> None:
        comp = np.asarray(self.model_.components_, dtype=float)
        self.components_ = comp
        if hasattr(self.vectorizer_, "get_feature_names_out"):
            try:
                names = self.vectorizer_.get_feature_names_out()
            except (AttributeError, ValueError):
                names = None
        else:
            names = None
        if names is None:
            names = np.array([f"hash_{i}" for i in range(comp.shape[1])], dtype=object)
        self.feature_names_ = np.asarray(names, dtype=object)
        self.default_labels_ = self._default_labels()
        self.labels_ = list(self.default_labels_)
        if self.labels is not None:
            self.set_labels(self.labels)
        self.topic_coherence_ = npmi_coherence(X, comp, n_words=self.n_coherence_words)
        self.coherence_ = float(np.mean(self.topic_coherence_))

    def fit(self, X, y=None):
        """Learn topics from ``X`` (articles table or iterable of strings); return self.

        Examples
        --------
        >>> tm = TopicModel(n_topics=1, min_df=1, max_df=1.0, random_state=0)
        >>> sorted(tm.fit(["Rates rise", "Rates fall"]).labels_[0].split("/"))
        ['fall', 'rates', 'rise']
        """
        self._validate_params()
        texts = self._texts(X, "fit")
        vec, D = self._vectorize_fit(self._make_vectorizer(), texts)
        if D.shape[1] < self.n_topics:
            raise ValueError(
                f"TopicModel.fit: only {D.shape[1]} distinct terms for n_topics="
                f"{self.n_topics}; give more documents or fewer topics"
            )
        self.vectorizer_ = vec
        self.model_ = self._make_model(batch=True)
        with warnings.catch_warnings():
            # NMF warns when max_iter is reached; the topics are still usable
            warnings.filterwarnings("ignore", message="Maximum number of iterations")
            self.model_.fit(D)
        self.n_docs_seen_ = len(texts)
        self.n_empty_docs_ = self._last_n_empty
        self._finish(D)
        return self

    def partial_fit(self, X, y=None):
        """Update topics with one chunk of documents (streaming); return self.

        The first call fixes the vocabulary (see Notes in the class docstring).

        Examples
        --------
        >>> tm = TopicModel(n_topics=1, min_df=1, max_df=1.0, random_state=0)
        >>> tm = tm.partial_fit(["Oil prices rise", "Oil output falls"])
        >>> tm = tm.partial_fit(["Oil prices fall again"])
        >>> tm.n_docs_seen_, tm.labels_
        (3, ['oil/prices/falls'])
        """
        texts = self._texts(X, "partial_fit")
        first = not hasattr(self, "model_")
        if first:
            self._validate_params()
            vec, D = self._vectorize_fit(self._make_vectorizer(), texts)
            if D.shape[1] < self.n_topics:
                raise ValueError(
                    f"TopicModel.partial_fit: the first chunk has only {D.shape[1]} distinct "
                    f"terms for n_topics={self.n_topics}; make the first chunk larger"
                )
            self.vectorizer_ = vec
            self.model_ = self._make_model(batch=False)
            self.n_docs_seen_ = 0
            self.n_empty_docs_ = 0
        else:
            D = self._vectorize(texts)
        self.model_.partial_fit(D)
        self.n_docs_seen_ += len(texts)
        self.n_empty_docs_ += self._last_n_empty
        self._finish(D)
        return self

    # ------------------------------------------------------------------ using
    def transform(self, X) -> np.ndarray:
        """Topic weights of each document, rows summing to 1 (all 0 for empty documents).

        Examples
        --------
        >>> tm = TopicModel(n_topics=2, min_df=1, max_df=1.0, random_state=0).fit(
        ...     ["oil crude", "oil crude barrel", "bank rates", "bank rates interest"])
        >>> tm.transform(["crude oil barrel"]).round(2).tolist()
        [[0.0, 1.0]]
        """
        check_is_fitted(self, "model_")
        texts = _as_texts(X, what="TopicModel.transform")
        if not texts:
            return np.zeros((0, self.n_topics))
        D = self._vectorize(texts)
        W = np.asarray(self.model_.transform(D), dtype=float)
        W[np.asarray(D.sum(axis=1)).ravel() == 0] = 0.0  # LDA gives a uniform row for empty docs
        tot = W.sum(axis=1, keepdims=True)
        return np.divide(W, tot, out=np.zeros_like(W), where=tot > 0)

    def doc_topics(self, X, *, min_weight: float = 0.1, top: int | None = None) -> pd.DataFrame:
        """The ``doc_topics`` table: one row per document x topic with weight >= ``min_weight``.

        ``weight`` is the topic's share of the document (rows of :meth:`transform`), ``topic``
        the current label. ``doc_id`` comes from the articles table, or is the position
        (``"0"``, ``"1"``, ...) for plain texts. Empty documents get no row.

        Parameters
        ----------
        X : articles DataFrame or iterable of str
        min_weight : float, default 0.1
            Smallest share kept.
        top : int, optional
            Keep at most this many topics per document (highest weights).

        Examples
        --------
        >>> tm = TopicModel(n_topics=2, min_df=1, max_df=1.0, random_state=0).fit(
        ...     ["oil crude", "oil crude barrel", "bank rates", "bank rates interest"])
        >>> tm.doc_topics(["oil and bank rates"])[["topic", "weight"]].round(2).values.tolist()
        [['bank/rates', 0.59], ['crude/oil/barrel', 0.41]]
        """
        W = self.transform(X)
        ids = _doc_ids(X, W.shape[0])
        rows, cols = np.nonzero((min_weight <= W) & (W > 0))
        df = pd.DataFrame({
            schema.DOC_ID: np.asarray(ids, dtype=object)[rows],
            schema.TOPIC: np.asarray(self.labels_, dtype=object)[cols],
            schema.WEIGHT: W[rows, cols],
            "_pos": rows,
        })
        df = df.sort_values(["_pos", schema.WEIGHT], ascending=[True, False], kind="stable")
        if top is not None:
            df = df.groupby("_pos", sort=False).head(int(top))
        df = df.drop(columns="_pos").reset_index(drop=True)
        return schema.coerce(df, schema.DOC_TOPICS)

    def top_words(self, n: int = 10) -> pd.DataFrame:
        """Top ``n`` words of each topic: columns ``topic``, ``rank`` (1 = best), ``word``,
        ``weight``.

        Examples
        --------
        >>> tm = TopicModel(n_topics=1, min_df=1, max_df=1.0, random_state=0)
        >>> tm.fit(["rates rise", "rates fall"]).top_words(1)[["rank", "word"]].values.tolist()
        [[1, 'rates']]
        """
        check_is_fitted(self, "components_")
        recs = []
        for k, row in enumerate(self.components_):
            order = self._order(row)[:n]
            for r, j in enumerate(order, 1):
                recs.append((self.labels_[k], k, r, str(self.feature_names_[j]), float(row[j])))
        return pd.DataFrame(recs, columns=[schema.TOPIC, "topic_index", "rank", "word",
                                           schema.WEIGHT])

    def _order(self, row: np.ndarray) -> np.ndarray:
        """Word indices by falling weight; equal weights (to 6 significant digits: float32
        NMF differs in the 7th between CPUs) alphabetically, so labels are the same everywhere."""
        w = np.array([float(f"{v:.6g}") for v in row])
        return np.lexsort((self.feature_names_, -w))

    def _default_labels(self) -> list[str]:
        labels = []
        for row in self.components_:
            order = self._order(row)[: self.n_label_words]
            words = [str(self.feature_names_[j]) for j in order if row[j] > 0]
            labels.append("/".join(words) if words else "(empty)")
        seen: dict[str, int] = {}
        out = []
        for lab in labels:
            seen[lab] = seen.get(lab, 0) + 1
            out.append(lab if seen[lab] == 1 else f"{lab} ({seen[lab]})")
        return out

    def set_labels(self, labels: Sequence[str] | Mapping):
        """Rename topics; return self.

        ``labels`` is a list with one label per topic, or a mapping from a topic index or a
        current/default label to a new label. Unknown topics raise a ``KeyError`` naming the
        known ones; labels must stay unique.

        Examples
        --------
        >>> tm = TopicModel(n_topics=1, min_df=1, max_df=1.0, random_state=0)
        >>> tm.fit(["rates rise", "rates fall"]).set_labels(["interest rates"]).labels_
        ['interest rates']
        >>> tm.set_labels({"monetary": "x"})
        Traceback (most recent call last):
        ...
        KeyError: "unknown topic 'monetary'; known topics: 0..0 or labels ['interest rates']"
        """
        check_is_fitted(self, "components_")
        new = list(self.labels_)
        if isinstance(labels, Mapping):
            for key, value in labels.items():
                if isinstance(key, int | np.integer) and not isinstance(key, bool):
                    if not 0 <= key < len(new):
                        raise KeyError(f"unknown topic {key!r}; known topics: 0..{len(new) - 1}")
                    idx = int(key)
                elif key in self.labels_:
                    idx = self.labels_.index(key)
                elif key in self.default_labels_:
                    idx = self.default_labels_.index(key)
                else:
                    raise KeyError(
                        f"unknown topic {key!r}; known topics: 0..{len(new) - 1} "
                        f"or labels {self.labels_}"
                    )
                new[idx] = str(value)
        elif isinstance(labels, Iterable) and not isinstance(labels, str):
            new = [str(v) for v in labels]
            if len(new) != len(self.labels_):
                raise ValueError(
                    f"set_labels: {len(new)} labels given for {len(self.labels_)} topics"
                )
        else:
            raise TypeError("labels must be a list of str or a mapping {topic: label}")
        dup = sorted({v for v in new if new.count(v) > 1})
        if dup:
            raise ValueError(f"set_labels: topic labels must be unique; repeated: {dup}")
        self.labels_ = new
        return self

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Output column names of :meth:`transform`: the topic labels."""
        check_is_fitted(self, "labels_")
        return np.asarray(self.labels_, dtype=object)

    def __repr__(self, N_CHAR_MAX=700):  # sklearn's signature
        base = super().__repr__(N_CHAR_MAX)
        if hasattr(self, "labels_"):
            return f"{base}  # topics: {', '.join(self.labels_[:5])}" + (
                ", ..." if len(self.labels_) > 5 else "")
        return base


def choose_n_topics(
    X,
    candidates: Iterable[int] = (5, 10, 15, 20, 30),
    *,
    method: str = "nmf",
    random_state=0,
    progress: bool = True,
    **params,
) -> pd.DataFrame:
    """Fit one :class:`TopicModel` per candidate ``n_topics`` and score its NPMI coherence.

    The texts are vectorized once. Plot the result with
    :func:`mediakit.plots.topic_coherence` and pick the ``n_topics`` where coherence peaks
    (or levels off).

    Parameters
    ----------
    X : articles DataFrame or iterable of str
    candidates : iterable of int
    method : {"nmf", "lda"}
    random_state : int, default 0
    progress : bool, default True
        Show a tqdm progress bar.
    **params :
        Other :class:`TopicModel` parameters (``min_df``, ``max_features``, ...).

    Returns
    -------
    DataFrame with columns ``n_topics``, ``coherence`` (mean NPMI), ``coherence_min``,
    ``coherence_max`` - one row per candidate.

    Examples
    --------
    >>> texts = ["oil crude barrel", "crude oil price", "bank rates interest",
    ...          "interest rates bank", "football match goal", "goal match win"]
    >>> t = choose_n_topics(texts, [2, 3], min_df=1, max_df=1.0,
    ...                     n_coherence_words=3, progress=False)
    >>> t["n_topics"].tolist(), bool(t.loc[1, "coherence"] > t.loc[0, "coherence"])
    ([2, 3], True)
    """
    from tqdm.auto import tqdm

    cands = sorted({int(c) for c in candidates})
    if not cands or cands[0] < 1:
        raise ValueError(f"choose_n_topics: candidates must be ints >= 1; got {list(candidates)}")
    base = TopicModel(n_topics=cands[0], method=method, random_state=random_state, **params)
    base._validate_params()
    texts = base._texts(X, "fit")
    vec, D = base._vectorize_fit(base._make_vectorizer(), texts)
    rows = []
    for k in tqdm(cands, desc="choose_n_topics", disable=not progress):
        tm = clone(base).set_params(n_topics=k, vectorizer=vec)
        tm._validate_params()
        if D.shape[1] < k:
            raise ValueError(f"choose_n_topics: only {D.shape[1]} distinct terms for n_topics={k}")
        tm.vectorizer_ = vec
        tm.model_ = tm._make_model(batch=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Maximum number of iterations")
            tm.model_.fit(D)
        tm._finish(D)
        c = tm.topic_coherence_
        rows.append((k, float(c.mean()), float(c.min()), float(c.max())))
    return pd.DataFrame(rows, columns=["n_topics", "coherence", "coherence_min", "coherence_max"])
