"""NPMI topic coherence computed from a document-term matrix."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["npmi_coherence"]


def npmi_coherence(doc_term, components, *, n_words: int = 10) -> np.ndarray:
    """Return the NPMI coherence of every topic, from document co-occurrence.

    For the ``n_words`` highest-weighted words of a topic, every pair (i, j) scores
    ``NPMI = log(p(i, j) / (p(i) p(j))) / -log(p(i, j))`` where ``p`` are the fractions of
    documents of ``doc_term`` containing the word(s); a pair never seen together scores -1.
    A topic's coherence is the mean over its pairs: 1 = its words always occur together,
    0 = independent, -1 = never together. Higher is better; averages around 0.05-0.2 are
    typical of readable news topics.

    Parameters
    ----------
    doc_term : array-like or sparse matrix of shape (n_docs, n_terms)
        Counts or weights; only presence (> 0) is used.
    components : array-like of shape (n_topics, n_terms)
        Topic-word weights (``TopicModel.components_``, ``NMF.components_``).
    n_words : int, default 10
        Top words per topic.

    Returns
    -------
    numpy.ndarray of shape (n_topics,)

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]])
    >>> topics = np.array([[1.0, 0.9, 0, 0], [0.9, 0, 1.0, 0]])
    >>> npmi_coherence(X, topics, n_words=2).round(2).tolist()
    [1.0, -1.0]
    """
    comp = np.asarray(components, dtype=float)
    if comp.ndim != 2:
        raise ValueError(f"components must be 2-D (n_topics, n_terms); got shape {comp.shape}")
    X = sp.csc_matrix(doc_term) if not sp.issparse(doc_term) else doc_term.tocsc()
    if X.shape[1] != comp.shape[1]:
        raise ValueError(
            f"doc_term has {X.shape[1]} terms but components have {comp.shape[1]}; "
            "use the document-term matrix of the model's own vectorizer"
        )
    n_docs = X.shape[0]
    if n_docs == 0:
        raise ValueError("doc_term has no documents: cannot estimate word co-occurrence")
    n_words = max(2, min(int(n_words), comp.shape[1]))
    out = np.empty(comp.shape[0])
    for k, row in enumerate(comp):
        top = np.argsort(-row, kind="stable")[:n_words]
        B = (X[:, top] > 0).astype(np.float64)
        co = np.asarray((B.T @ B).todense())
        p = np.diag(co) / n_docs
        pij = co / n_docs
        iu = np.triu_indices(len(top), k=1)
        pij_u, pi, pj = pij[iu], p[iu[0]], p[iu[1]]
        vals = np.full(pij_u.shape, -1.0)
        ok = pij_u > 0
        with np.errstate(divide="ignore", invalid="ignore"):
            pmi = np.log(pij_u[ok] / (pi[ok] * pj[ok]))
            denom = -np.log(pij_u[ok])
            # p(i, j) == 1: every document holds both words -> perfectly coherent
            vals[ok] = np.where(denom > 0, pmi / np.where(denom > 0, denom, 1.0), 1.0)
        out[k] = float(vals.mean())
    return out
