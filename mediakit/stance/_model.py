"""StanceClassifier: the stance of a body towards a headline (FNC-1: agree/disagree/discuss/unrelated)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from ..errors import ModelFileError
from ._features import _PairFeaturizer, load_cues
from ._score import LABELS, RELATED, UNRELATED
from ._split import claim_components

__all__ = ["BODY", "HEADLINE", "MODEL_FORMAT", "StanceClassifier", "as_pairs", "check_labels",
           "claim_cv"]

#: Features of stage 1 (related vs unrelated): the headline-body similarities, each
#: constrained so that more similarity never lowers P(related), plus three length features.
_SIMILARITY = ("cos_", "ov_", "bm25", "sent_max", "sent_top", "sent_frac", "sent_lead",
               "rare_shared", "head_top_in_body", "ent_", "body_top_cover")
_STAGE1_EXTRA = ("head_len", "body_len", "body_n_sent")


def _stage1_columns(names: list[str]) -> tuple[np.ndarray, list[int]]:
    """Columns of stage 1 and their monotonic constraints (+1: increasing)."""
    cols = [i for i, n in enumerate(names) if n.startswith(_SIMILARITY) or n in _STAGE1_EXTRA]
    return np.asarray(cols, dtype=np.int64), [int(names[i].startswith(_SIMILARITY)) for i in cols]

#: Version of the fitted state of :class:`StanceClassifier` (features, stages, attributes).
#: Stamped into every fitted model as ``model_format_``; :meth:`StanceClassifier.load` refuses
#: a file with another stamp (it was written by another version of mediakit and would fail or,
#: worse, predict with mismatched features). Bump it whenever the fitted state changes.
MODEL_FORMAT = 3

#: Column names of the pair table :class:`StanceClassifier` takes as ``X``.
HEADLINE = "headline"
BODY = "body"


def as_pairs(X, *, what: str = "X") -> tuple[list[str], list[str]]:
    """Return ``(headlines, bodies)`` from the accepted ``X`` formats; reject empty texts.

    ``X`` is a DataFrame with columns ``headline`` and ``body``, or an iterable of
    ``(headline, body)`` pairs.
    """
    if isinstance(X, str):
        raise TypeError(f"{what}: (headline, body) pairs expected, a single string was given")
    if isinstance(X, pd.DataFrame):
        missing = [c for c in (HEADLINE, BODY) if c not in X.columns]
        if missing:
            raise ValueError(
                f"{what}: DataFrame lacks column(s) {missing}; StanceClassifier needs "
                f"'{HEADLINE}' and '{BODY}' (have: {', '.join(map(str, X.columns))})"
            )
        pairs = list(zip(X[HEADLINE].tolist(), X[BODY].tolist(), strict=True))
    else:
        try:
            pairs = [tuple(p) for p in X]
        except TypeError:
            raise TypeError(
                f"{what}: a DataFrame with columns '{HEADLINE}' and '{BODY}' or an iterable of "
                f"(headline, body) pairs expected, got {type(X).__name__}"
            ) from None
        bad = [i for i, p in enumerate(pairs) if len(p) != 2]
        if bad:
            raise ValueError(f"{what}: item {bad[0]} is not a (headline, body) pair")
    heads, bodies = [], []
    empty_h, empty_b = [], []
    for i, (h, b) in enumerate(pairs):
        h = "" if h is None or h is pd.NA or (isinstance(h, float) and h != h) else str(h)
        b = "" if b is None or b is pd.NA or (isinstance(b, float) and b != b) else str(b)
        if not h.strip():
            empty_h.append(i)
        if not b.strip():
            empty_b.append(i)
        heads.append(h)
        bodies.append(b)
    for name, rows in (("headline/claim", empty_h), ("body", empty_b)):
        if rows:
            raise ValueError(
                f"{what}: {len(rows)} pair(s) have an empty {name} (first at position "
                f"{rows[0]}); stance needs text on both sides"
            )
    return heads, bodies


def check_labels(y, *, what: str = "y") -> np.ndarray:
    """Return ``y`` as an array of lower-case FNC-1 labels; unknown labels raise ValueError."""
    if isinstance(y, str):
        raise TypeError(f"{what}: a sequence of stance labels expected, a string was given")
    s = pd.Series(list(y), dtype=object)
    if s.isna().any():
        raise ValueError(f"{what}: {int(s.isna().sum())} labels are missing (NA)")
    arr = s.astype(str).str.strip().str.lower().to_numpy()
    bad = sorted(set(arr) - set(LABELS))
    if bad:
        raise ValueError(f"{what} holds unknown stance labels {bad}; expected one of {list(LABELS)}")
    return arr


def _claim_groups(heads: list[str], bodies: list[str], related: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray]:
    """Claim ids per pair, of its body and of its headline (:func:`._split.claim_components`;
    one numbering, in order of first appearance, bodies first).

    Pairs about the same claim share a body group, so out-of-fold features and scores are
    made across claims, as at prediction time on new topics.
    """
    claim_of_head, claim_of_body = claim_components(heads, bodies, related)
    ids: dict = {}
    of_body = np.array([ids.setdefault(claim_of_body[b], len(ids)) for b in bodies])
    of_head = np.array([ids.setdefault(claim_of_head[h], len(ids)) for h in heads])
    return of_body, of_head


def _held_out(groups: np.ndarray, head_groups: np.ndarray, te: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the pairs whose body / headline belongs to a claim of the fold ``te``."""
    claims = np.unique(groups[te])
    return np.isin(groups, claims), np.isin(head_groups, claims)


class StanceClassifier(ClassifierMixin, BaseEstimator):
    """Stance of a body towards a headline or claim: agree, disagree, discuss or unrelated.

    Two stages, in the spirit of the strong FNC-1 systems (UCL, Athene, SOLAT):

    1. related vs unrelated: gradient boosting over similarity features (TF-IDF cosines of
       words, stems, characters and LSA, with and without words unseen in training; word,
       bigram, trigram, number and IDF-weighted overlap; the rarest shared word; BM25;
       overlap with the lead and with the best-matching body sentences; how many of the
       body's most frequent capitalised words and top TF-IDF terms the headline names),
       each constrained to raise P(related) monotonically, plus the text lengths;
    2. agree / disagree / discuss on related pairs: the same features plus counts of
       refuting, hedging, supporting and negating cue words in the headline, the body and the
       sentences closest to the headline (with ``context_cues=True`` also in the lead and in
       windows of a few tokens around the places where the body repeats the headline's
       words; on by default: with cross-fitted features they raise the claim-grouped CV
       score, see :func:`claim_cv`). An
       ensemble: gradient boosting (classes weighted by
       ``(n_max / n_class) ** class_weight_power`` so that the rare "disagree" is not
       ignored) averaged with a balanced logistic regression over the standardised features
       (weight ``linear_weight``); with ``text_model=True`` also the out-of-fold scores of a
       logistic regression over TF-IDF of the headline and its closest body sentences (this
       memorises claims: it helps on claims seen in training, hurts on new ones).

    Both stages are trained on *cross-fitted* features (``cross_fit``): each training pair
    is featurised by vocabularies, IDF and LSA fitted without its claim, so training pairs
    look like the pairs of new claims met at prediction time, and (``stack_in_sample``)
    once more with the in-sample features, like pairs of claims seen in training.
    Choose parameters with :func:`claim_cv` (claim-grouped CV on the training data).

    ``predict_proba`` combines them: ``P(unrelated) = 1 - P(related)``,
    ``P(agree) = P(related) * P(agree | related)``, and so on.

    Parameters
    ----------
    max_iter : int, default 200
        Boosting iterations of each stage.
    learning_rate : float, default 0.1
        Boosting learning rate.
    class_weight_power : float, default 0.75
        0 = no class weighting in stage 2, 1 = fully balanced.
    C : float, default 1.0
        Inverse regularisation of the logistic regressions.
    linear_weight : float, default 0.5
        Weight of the logistic regression over the hand features in stage 2 (0 = boosting
        only).
    text_model : bool, default False
        Add the TF-IDF text model's out-of-fold scores to stage 2 (see above).
    context_cues : bool, default True
        Compute the cue counts in windows around the headline's words and in the lead.
    cross_fit : bool, default True
        Compute the training features out of fold: the pairs of each of ``n_folds`` groups of
        claims get their features from vocabularies, IDF and LSA fitted on the *other*
        claims' texts only, as a new claim's pairs do at prediction time. Fitted in-sample,
        the training pairs look more similar to their bodies than new pairs ever do, and
        stage 1 then calls too many related pairs of new claims unrelated. Falls back to
        in-sample features when the data has fewer than ``n_folds`` claims.
    n_folds : int, default 5
        Folds (grouped by claim) of the cross-fitted features and of the out-of-fold text
        scores (``text_model=True``).
    stack_in_sample : bool, default True
        With ``cross_fit``: train both stages on the cross-fitted features *and* on the
        in-sample features of the same pairs (rows stacked), so that the model has seen
        pairs of known claims as well as pairs of new ones (ignored with
        ``text_model=True``).
    n_components : int, default 100
        LSA dimensions.
    related_threshold : float, default 0.5
        ``predict`` calls a pair related when ``P(related) >= related_threshold``.
    cues : pandas.DataFrame, optional
        Cue lexicon (columns ``word``, ``category`` in refute/hedge/support/negation);
        default: the bundled ``mediakit/data/stance_cues.tsv``.
    n_jobs : int or None, default 1
        Threads of the gradient boosting (``None``: all cores). One thread is the default
        because OpenMP threads on a busy shared machine are much slower than one.
    random_state : int, default 0
        Seed of the boosting and LSA (same data + same seed = same predictions).

    Attributes
    ----------
    classes_ : ndarray of str
        ``['agree', 'disagree', 'discuss', 'unrelated']`` (column order of ``predict_proba``).
    feature_names_ : list of str
        Names of the dense features.
    related_columns_ : ndarray of int
        Columns of the dense features used by stage 1.
    cross_fitted_ : bool
        Whether the training features were cross-fitted (see ``cross_fit``).
    stacked_ : bool
        Whether the in-sample features were stacked under them (``stack_in_sample``).

    Notes
    -----
    ``X`` is a DataFrame with columns ``headline`` and ``body`` (one row per pair), or an
    iterable of ``(headline, body)`` tuples. Save with :meth:`save` and read back with
    :meth:`load` (skops format; never pickle).

    Examples
    --------
    >>> body_ok = "Russia accused the US of pretending to fight Isis, officials confirmed."
    >>> body_no = "The Pentagon denied it was pretending to fight Isis, calling it a hoax."
    >>> body_x = "A cat won a baking contest in Ohio on Sunday."
    >>> X = [("US pretending to fight Isis", b) for b in (body_ok, body_no, body_x)] * 4
    >>> y = ["agree", "disagree", "unrelated"] * 4
    >>> clf = StanceClassifier(max_iter=10, n_components=2).fit(X, y)
    >>> clf.predict([("US pretending to fight Isis", body_x)]).tolist()
    ['unrelated']
    """

    def __init__(
        self,
        *,
        max_iter: int = 200,
        learning_rate: float = 0.1,
        class_weight_power: float = 0.75,
        C: float = 1.0,
        linear_weight: float = 0.5,
        text_model: bool = False,
        context_cues: bool = True,
        cross_fit: bool = True,
        n_folds: int = 5,
        stack_in_sample: bool = True,
        n_components: int = 100,
        related_threshold: float = 0.5,
        cues: pd.DataFrame | None = None,
        n_jobs: int | None = 1,
        random_state: int = 0,
    ) -> None:
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.class_weight_power = class_weight_power
        self.C = C
        self.linear_weight = linear_weight
        self.text_model = text_model
        self.context_cues = context_cues
        self.cross_fit = cross_fit
        self.n_folds = n_folds
        self.stack_in_sample = stack_in_sample
        self.n_components = n_components
        self.related_threshold = related_threshold
        self.cues = cues
        self.n_jobs = n_jobs
        self.random_state = random_state

    # -- fitting ---------------------------------------------------------------------------
    def _validate_params(self) -> None:
        checks = {
            "max_iter": (int, lambda v: v >= 1, "an int >= 1"),
            "learning_rate": ((int, float), lambda v: v > 0, "a float > 0"),
            "class_weight_power": ((int, float), lambda v: 0 <= v <= 1, "a float in [0, 1]"),
            "C": ((int, float), lambda v: v > 0, "a float > 0"),
            "linear_weight": ((int, float), lambda v: 0 <= v <= 1, "a float in [0, 1]"),
            "n_folds": (int, lambda v: v >= 2, "an int >= 2"),
            "n_components": (int, lambda v: v >= 1, "an int >= 1"),
            "related_threshold": ((int, float), lambda v: 0 < v < 1, "a float in (0, 1)"),
            "random_state": (int, lambda v: True, "an int"),
        }
        for name in ("text_model", "context_cues", "cross_fit", "stack_in_sample"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"The {name!r} parameter of StanceClassifier must be a bool. "
                                 f"Got {getattr(self, name)!r} instead.")
        if self.n_jobs is not None:
            checks["n_jobs"] = (int, lambda v: v >= 1, "an int >= 1 or None")
        for name, (types, ok, text) in checks.items():
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, types) or not ok(v):
                raise ValueError(
                    f"The {name!r} parameter of StanceClassifier must be {text}. Got {v!r} instead."
                )

    def _booster(self, n: int, monotonic_cst=None) -> HistGradientBoostingClassifier:
        return HistGradientBoostingClassifier(
            monotonic_cst=monotonic_cst,
            min_samples_leaf=min(20, max(1, n // 10)),  # tiny training sets still split
            max_iter=self.max_iter,
            learning_rate=self.learning_rate,
            l2_regularization=1.0,
            early_stopping=False,
            random_state=self.random_state,
        )

    def _linear(self) -> LogisticRegression:
        return LogisticRegression(C=self.C, max_iter=1000, class_weight="balanced")

    def _threads(self):
        from threadpoolctl import threadpool_limits

        return threadpool_limits(limits=self.n_jobs, user_api="openmp")

    def fit(self, X, y) -> StanceClassifier:
        """Fit both stages on (headline, body) pairs ``X`` and stances ``y``.

        Raises
        ------
        ValueError
            Empty headlines or bodies, unknown labels, or training data without both
            unrelated and related pairs.
        """
        self._validate_params()
        with self._threads():
            return self._fit(X, y)

    def _fit(self, X, y) -> StanceClassifier:
        heads, bodies, y, related = self._check_training_data(X, y)
        groups, head_groups = _claim_groups(heads, bodies, related)
        dense, names, ctx = self._train_features(heads, bodies, groups, head_groups)
        self.feature_names_ = names
        self.stacked_ = self.cross_fitted_ and self.stack_in_sample and not self.text_model
        if self.stacked_:  # the same pairs once more, featurised as seen claims
            dense = np.vstack([dense, self.featurizer_.dense(heads, bodies)[0]])
            y = np.concatenate([y, y])
        return self._fit_stages(dense, y, heads, bodies, groups, ctx)

    @staticmethod
    def _check_training_data(X, y):
        heads, bodies = as_pairs(X)
        y = check_labels(y)
        if len(y) != len(heads):
            raise ValueError(f"X has {len(heads)} pairs but y has {len(y)} labels")
        related = y != UNRELATED
        if related.all() or not related.any():
            raise ValueError(
                "training data needs both 'unrelated' and related (agree/disagree/discuss) "
                f"pairs; got only {sorted(set(y))}"
            )
        return heads, bodies, y, related

    def _featurizer(self) -> _PairFeaturizer:
        return _PairFeaturizer(
            cues=load_cues(self.cues), n_components=self.n_components,
            random_state=self.random_state, text=self.text_model,
            context_cues=self.context_cues,
        )

    def _folds(self, groups: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Claim-grouped folds (deterministic), or [] when there are too few claims."""
        if len(np.unique(groups)) < self.n_folds:
            return []
        return list(GroupKFold(n_splits=self.n_folds).split(groups, groups, groups))

    def _train_features(self, heads, bodies, groups, head_groups):
        """Fit ``featurizer_`` on every pair; return the training features (cross-fitted
        when ``cross_fit``), their names and the sparse-text context.

        Cross-fitted: the pairs whose body belongs to a fold's claims are featurised by a
        featurizer fitted on the texts of the other claims only (headlines of the fold's
        claims, met in unrelated pairs with other bodies, are left out too)."""
        self.featurizer_ = self._featurizer().fit(heads, bodies)
        folds = self._folds(groups) if self.cross_fit else []
        self.cross_fitted_ = bool(folds)
        if not folds:
            return self.featurizer_.dense(heads, bodies)
        dense, names = None, None
        for _, te in folds:
            in_b, in_h = _held_out(groups, head_groups, te)
            fz = self._featurizer().fit([h for h, x in zip(heads, in_h, strict=True) if not x],
                                        [b for b, x in zip(bodies, in_b, strict=True) if not x])
            part, names, _ = fz.dense([heads[i] for i in te], [bodies[i] for i in te])
            if dense is None:
                dense = np.zeros((len(heads), part.shape[1]))
            dense[te] = part
        ctx = self.featurizer_.dense(heads, bodies)[2] if self.text_model else None
        return dense, names, ctx

    def _fit_stages(self, dense, y, heads, bodies, groups, ctx) -> StanceClassifier:
        """Fit stage 1 and stage 2 on ready-made features (``featurizer_`` already fitted)."""
        related = y != UNRELATED
        self.related_columns_, cst = _stage1_columns(self.feature_names_)
        self.related_model_ = self._booster(len(y), cst).fit(
            dense[:, self.related_columns_], related)

        # stage 2: related pairs only
        idx = np.flatnonzero(related)
        yr = y[idx]
        self.related_classes_ = np.array([c for c in RELATED if c in set(yr)])
        self.linear_model_ = None
        self.stance_model_ = None
        self.hand_model_ = None
        if len(self.related_classes_) > 1:
            X2 = dense[idx]
            if self.text_model:
                X2 = np.hstack([X2, self._text_scores(bodies, groups, idx, yr, ctx)])
            counts = pd.Series(yr).value_counts()
            weights = (counts.max() / counts) ** self.class_weight_power
            self.stance_model_ = self._booster(len(idx)).fit(
                X2, yr, sample_weight=pd.Series(yr).map(weights).to_numpy())
            if self.linear_weight > 0:
                self.hand_model_ = make_pipeline(
                    StandardScaler(), LogisticRegression(
                        C=self.C, max_iter=5000, class_weight="balanced")).fit(X2, yr)
        self.classes_ = np.array(LABELS)
        self.n_features_in_ = 2
        self.model_format_ = MODEL_FORMAT
        return self

    def _text_scores(self, bodies, groups, idx, yr, ctx) -> np.ndarray:
        """Out-of-fold class scores of a logistic regression over the TF-IDF of the headline
        and its closest body sentences (folds grouped by claim); fits ``linear_model_``."""
        sparse = self.featurizer_.sparse(ctx)[idx]
        groups = groups[idx]
        if len(np.unique(groups)) < self.n_folds:
            groups = np.unique(np.asarray(bodies, dtype=object)[idx], return_inverse=True)[1]
        n_splits = min(self.n_folds, len(np.unique(groups)))
        oof = np.zeros((len(idx), len(self.related_classes_)))
        if n_splits >= 2:
            for tr, te in GroupKFold(n_splits=n_splits).split(sparse, yr, groups):
                if len(np.unique(yr[tr])) < 2:
                    oof[te] = 1.0 / len(self.related_classes_)
                    continue
                lin = self._linear().fit(sparse[tr], yr[tr])
                cols = np.searchsorted(self.related_classes_, lin.classes_)
                oof[np.ix_(te, cols)] = lin.predict_proba(sparse[te])
        self.linear_model_ = self._linear().fit(sparse, yr)
        return oof

    # -- prediction ------------------------------------------------------------------------
    def _stage_probas(self, X) -> tuple[np.ndarray, np.ndarray]:
        check_is_fitted(self, "related_model_")
        with self._threads():
            return self._stage_probas_(X)

    def _stage_probas_(self, X) -> tuple[np.ndarray, np.ndarray]:
        heads, bodies = as_pairs(X)
        if not heads:
            return np.zeros(0), np.zeros((0, len(RELATED)))
        dense, _, ctx = self.featurizer_.dense(heads, bodies)
        return self._probas_from_features(dense, ctx)

    def _probas_from_features(self, dense, ctx) -> tuple[np.ndarray, np.ndarray]:
        p_rel = self.related_model_.predict_proba(dense[:, self.related_columns_])[
            :, list(self.related_model_.classes_).index(True)]
        q = np.zeros((len(dense), len(RELATED)))
        if self.stance_model_ is None:
            q[:, RELATED.index(self.related_classes_[0])] = 1.0
            return p_rel, q
        X2 = dense
        if self.linear_model_ is not None:
            lin = np.zeros((len(dense), len(self.related_classes_)))
            cols = np.searchsorted(self.related_classes_, self.linear_model_.classes_)
            lin[:, cols] = self.linear_model_.predict_proba(self.featurizer_.sparse(ctx))
            X2 = np.hstack([dense, lin])
        p = self.stance_model_.predict_proba(X2)
        if self.hand_model_ is not None:
            w = self.linear_weight
            p = (1 - w) * p + w * self.hand_model_.predict_proba(X2)
        for j, c in enumerate(self.stance_model_.classes_):
            q[:, RELATED.index(c)] = p[:, j]
        return p_rel, q

    def predict_proba(self, X) -> np.ndarray:
        """Probabilities of ``classes_`` (agree, disagree, discuss, unrelated) per pair.

        Examples
        --------
        >>> import numpy as np
        >>> X = [("Isis flees", "Isis fled the town."), ("Isis flees", "Cats nap.")] * 3
        >>> clf = StanceClassifier(max_iter=5, n_components=2)
        >>> _ = clf.fit(X, ["discuss", "unrelated"] * 3)
        >>> np.allclose(clf.predict_proba(X).sum(axis=1), 1.0)
        True
        """
        p_rel, q = self._stage_probas(X)
        return np.column_stack([p_rel[:, None] * q, 1.0 - p_rel])

    def predict(self, X) -> np.ndarray:
        """Stance per pair: unrelated when ``P(related) < related_threshold``, else the most
        likely of agree/disagree/discuss."""
        p_rel, q = self._stage_probas(X)
        best = np.asarray(RELATED, dtype=object)[q.argmax(axis=1)] if len(q) else np.zeros(0, object)
        return np.where(p_rel >= self.related_threshold, best, UNRELATED).astype(object)

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: str | os.PathLike) -> Path:
        """Write the fitted model to ``path`` in the skops format (no pickle).

        Examples
        --------
        >>> import tempfile, pathlib
        >>> X = [("Isis flees", "Isis fled the town."), ("Isis flees", "Cats nap.")] * 3
        >>> clf = StanceClassifier(max_iter=5, n_components=2).fit(X, ["agree", "unrelated"] * 3)
        >>> path = clf.save(pathlib.Path(tempfile.mkdtemp()) / "stance.skops")
        >>> StanceClassifier.load(path).predict(X[:2]).tolist()
        ['agree', 'unrelated']
        """
        import skops.io as sio

        check_is_fitted(self, "related_model_")
        path = Path(path)
        sio.dump(self, path)
        return path

    @classmethod
    def load(cls, path: str | os.PathLike) -> StanceClassifier:
        """Read a model written by :meth:`save`.

        Only skops files are read; the types they hold must be scikit-learn/numpy/scipy
        types or mediakit's own. Anything else raises :class:`~mediakit.errors.ModelFileError`.
        """
        import skops.io as sio

        path = Path(path)
        if not path.is_file():
            raise ModelFileError(f"model file not found: {path}", path=path)
        if not zipfile.is_zipfile(path):
            raise ModelFileError(
                f"{path} is not a skops model file (StanceClassifier.save writes one; pickle "
                "files are never loaded)", path=path)
        try:
            untrusted = sio.get_untrusted_types(file=path)
        except Exception as exc:
            raise ModelFileError(f"{path} is not a readable skops file ({exc})", path=path) from None
        refused = [t for t in untrusted if not _trusted_type(t)]
        if refused:
            raise ModelFileError(
                f"{path} holds types mediakit does not trust: {', '.join(refused)}", path=path)
        try:
            model = sio.load(path, trusted=list(untrusted))
        except Exception as exc:
            raise ModelFileError(
                f"{path} could not be read as a skops file ({type(exc).__name__}: {exc}); if "
                f"it was saved by another version of mediakit, retrain it: {_RETRAIN}",
                path=path) from None
        if not isinstance(model, cls):
            raise ModelFileError(
                f"{path} holds a {type(model).__name__}, not a {cls.__name__}", path=path)
        found = getattr(model, "model_format_", None)
        if found != MODEL_FORMAT:
            raise ModelFileError(
                f"{path} holds a StanceClassifier of model format {found} (saved by "
                f"{'an older' if found is None or found < MODEL_FORMAT else 'a newer'} version "
                f"of mediakit); this version reads format {MODEL_FORMAT}. Retrain it: "
                f"{_RETRAIN}", path=path)
        return model


#: Parameters that change the features (the rest only change the fitted stages).
_FEATURE_PARAMS = ("context_cues", "n_components", "cues", "random_state", "cross_fit")


def claim_cv(X, y, *, params: dict | list[dict] | None = None, thresholds=None,
             n_splits: int = 5, shares: dict | None = None,
             progress: bool = False) -> pd.DataFrame:
    """Claim-grouped cross-validation of :class:`StanceClassifier` on *training* data.

    The pairs are split into ``n_splits`` folds of whole claims
    (:func:`~mediakit.stance._split.claim_components`; no headline and no body in two folds),
    so every fold is scored as new claims are: use it to choose parameters without touching
    a hold-out. Each test fold is featurised by vocabularies fitted on the other folds'
    texts only. With ``cross_fit=True`` (the default) the training folds use the same
    cross-fitted features, so the features are computed once per feature setting and shared
    by every setting of the stages and every threshold (plus, with ``stack_in_sample``,
    in-sample features from a featurizer fitted on the training folds, per fold); with
    ``cross_fit=False`` they are refitted per fold (slower).

    Parameters
    ----------
    X, y
        Pairs and stances, as for :meth:`StanceClassifier.fit`.
    params : dict or list of dict, optional
        :class:`StanceClassifier` parameters, one dict per setting to compare (default: the
        defaults). ``text_model=True`` is not supported here. ``n_folds`` is set to
        ``n_splits``.
    thresholds : sequence of float, optional
        ``related_threshold`` values scored for every setting (cheap: same fitted models);
        default: each setting's own.
    n_splits : int, default 5
        Number of claim folds.
    shares : dict, optional
        Class mix of the ``competition_*`` columns (:func:`~mediakit.stance.reweighted_score`;
        default: the FNC-1 competition test's).
    progress : bool, default False
        Show a progress bar over the fold fits.

    Returns
    -------
    pandas.DataFrame
        One row per (setting, threshold), scored over the pairs whose headline and body
        are in the same fold (``n`` of them; the others, all unrelated, are used for
        training only): ``setting`` (index into ``params``), the
        parameters that differ from the defaults, ``related_threshold``, ``relative_score``,
        ``macro_f1``, ``competition_relative_score``, ``competition_macro_f1`` (NaN when a
        class is missing from the scored pairs),
        ``f1_<class>``, ``related_missed`` (related pairs called unrelated),
        ``unrelated_called_related``, ``confusion``, ``n``, ``n_claims``.

    Raises
    ------
    ValueError
        Fewer claims than ``n_splits``, a fold whose training side lacks related or
        unrelated pairs, ``text_model=True``, or invalid parameters.

    Examples
    --------
    Compare two stage-2 weightings and three thresholds on the FNC-1 training pairs
    (minutes of CPU):

    >>> from mediakit.io.fnc1 import read_fnc1  # doctest: +SKIP
    >>> from mediakit.stance._claim import fnc1_pairs  # doctest: +SKIP
    >>> pairs = fnc1_pairs(*read_fnc1("fnc1"))  # doctest: +SKIP
    >>> claim_cv(pairs[["headline", "body"]], pairs["stance"],  # doctest: +SKIP
    ...          params=[{}, {"class_weight_power": 1.0}], thresholds=[0.3, 0.5])
    """
    from tqdm.auto import tqdm

    from ._score import fnc_score, reweighted_score

    settings = [{}] if params is None else [params] if isinstance(params, dict) else list(params)
    if not settings:
        raise ValueError("params: give at least one setting")
    if not isinstance(n_splits, int) or n_splits < 2:
        raise ValueError(f"n_splits must be an int >= 2; got {n_splits!r}")
    models = []
    for p in settings:
        if p.get("text_model"):
            raise ValueError("claim_cv does not support text_model=True")
        m = StanceClassifier(**{**p, "n_folds": n_splits})
        m._validate_params()
        models.append(m)
    heads, bodies, y, related = StanceClassifier._check_training_data(X, y)
    groups, head_groups = _claim_groups(heads, bodies, related)
    folds = models[0]._folds(groups)
    if not folds:
        raise ValueError(f"claim_cv needs at least n_splits={n_splits} claims; the data has "
                         f"{len(np.unique(groups))}")
    # a fold's test pairs: body and headline of its claims; training pairs: neither (the
    # "cross" pairs between the two sides, all unrelated, are in neither, as in
    # disjoint_split)
    splits = []
    for _, te in folds:
        in_b, in_h = _held_out(groups, head_groups, te)
        splits.append((np.flatnonzero(~in_b & ~in_h), np.flatnonzero(in_b & in_h)))
    scored = np.zeros(len(y), dtype=bool)
    for i, (tr, te) in enumerate(splits):
        scored[te] = True
        if len(np.unique(related[tr])) < 2:
            raise ValueError(
                f"claim_cv: the training side of fold {i} has only "
                f"{'related' if related[tr].all() else 'unrelated'} pairs; use a smaller "
                "n_splits or data with more claims")
    defaults = StanceClassifier().get_params()
    rows = []
    features: dict = {}
    bar = tqdm(total=len(models) * len(folds), disable=not progress, desc="claim CV")
    for k, model in enumerate(models):
        key = tuple(repr(model.get_params()[name]) for name in _FEATURE_PARAMS)
        p_rel, q = np.zeros(len(y)), np.zeros((len(y), len(RELATED)))
        with model._threads():
            if model.cross_fit and key not in features:
                features[key] = model._train_features(heads, bodies, groups, head_groups)[:2]
            for tr, te in splits:
                est = clone(model)
                sub = [heads[i] for i in tr], [bodies[i] for i in tr]
                if model.cross_fit:
                    dense, names = features[key]
                    train_x, test_x, train_y = dense[tr], dense[te], y[tr]
                    if model.stack_in_sample:  # in-sample rows: featurizer of this fold
                        fz = est._featurizer().fit(*sub)
                        train_x = np.vstack([train_x, fz.dense(*sub)[0]])
                        train_y = np.concatenate([train_y, train_y])
                else:
                    train_y = y[tr]
                    fz = est._featurizer().fit(*sub)
                    train_x, names, _ = fz.dense(*sub)
                    test_x = fz.dense([heads[i] for i in te], [bodies[i] for i in te])[0]
                est.feature_names_ = names
                est._fit_stages(train_x, train_y, *sub, groups[tr], None)
                p_rel[te], q[te] = est._probas_from_features(test_x, None)
                bar.update()
        best = np.asarray(RELATED, dtype=object)[q[scored].argmax(axis=1)]
        changed = {n: v for n, v in settings[k].items() if n != "cues" and v != defaults.get(n)}
        for t in (model.related_threshold,) if thresholds is None else thresholds:
            pred = np.where(p_rel[scored] >= t, best, UNRELATED)
            gold = y[scored]
            plain = fnc_score(gold, pred)
            try:
                comp = reweighted_score(plain.confusion, shares)
                comp_rel, comp_f1 = comp.relative_score, comp.macro_f1
            except ValueError:  # a class absent from the scored pairs: no rescaling
                comp_rel = comp_f1 = float("nan")
            rows.append({
                "setting": k, **changed, "related_threshold": float(t),
                "relative_score": plain.relative_score, "macro_f1": plain.macro_f1,
                "competition_relative_score": comp_rel, "competition_macro_f1": comp_f1,
                **{f"f1_{c}": v for c, v in plain.per_class_f1.items()},
                "related_missed": int(((gold != UNRELATED) & (pred == UNRELATED)).sum()),
                "unrelated_called_related": int(((gold == UNRELATED) & (pred != UNRELATED)).sum()),
                "confusion": plain.confusion, "n": int(scored.sum()),
                "n_claims": len(np.unique(groups)),
            })
    bar.close()
    return pd.DataFrame(rows)


_RETRAIN = ("StanceClassifier().fit(pairs, stances).save(path), or delete the file if it is "
            "the cached default model (mediakit.stance.default_model retrains it)")


_TRUSTED_PREFIXES = ("mediakit.stance.", "sklearn.", "numpy.", "scipy.sparse.")
_TRUSTED_EXACT = {"builtins.tuple", "builtins.frozenset", "builtins.set"}


def _trusted_type(name: str) -> bool:
    return name in _TRUSTED_EXACT or name.startswith(_TRUSTED_PREFIXES)

