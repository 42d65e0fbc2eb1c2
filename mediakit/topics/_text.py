"""Turning the inputs every topic estimator accepts into a list of strings."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .. import schema
from ..text import document_text

__all__: list[str] = []


def _as_texts(X, *, what: str, title_weight: int = 1) -> list[str]:
    """Return one string per document of ``X`` (articles DataFrame or iterable of str).

    For an articles table the text is ``title`` + blank line + ``text``; ``title_weight`` > 1
    repeats the title that many times (titles carry the topic in news).
    """
    if isinstance(X, str):
        raise TypeError(
            f"{what}: an iterable of documents was expected, a single string was received; "
            "wrap it in a list"
        )
    if isinstance(X, pd.DataFrame):
        if schema.TITLE not in X.columns and schema.TEXT not in X.columns:
            raise ValueError(
                f"{what}: the articles table has neither a {schema.TITLE!r} nor a "
                f"{schema.TEXT!r} column (have: {', '.join(map(str, X.columns))})"
            )
        n = len(X)
        titles = X[schema.TITLE] if schema.TITLE in X.columns else [None] * n
        bodies = X[schema.TEXT] if schema.TEXT in X.columns else [None] * n
        out = []
        for t, b in zip(titles, bodies, strict=True):
            if title_weight > 1:
                t = document_text(t, None)
                t = "\n".join([t] * title_weight) if t else t
            out.append(document_text(t, b))
        return out
    if isinstance(X, pd.Series):
        X = X.tolist()
    if not isinstance(X, Iterable):
        raise TypeError(f"{what}: expected an articles DataFrame or an iterable of strings, "
                        f"got {type(X).__name__}")
    out = []
    for i, x in enumerate(X):
        if x is None or x is pd.NA or (isinstance(x, float) and x != x):
            out.append("")
        elif isinstance(x, str):
            out.append(x)
        else:
            raise TypeError(f"{what}: document {i} is a {type(x).__name__}, not a string")
    return out


def _doc_ids(X, n: int) -> list[str]:
    """``doc_id`` column of an articles table, else positions ``"0"``, ``"1"``, ..."""
    if isinstance(X, pd.DataFrame) and schema.DOC_ID in X.columns:
        return [str(v) for v in X[schema.DOC_ID]]
    return [str(i) for i in range(n)]
