"""Document-level countries from a mentions table: :func:`doc_countries`."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .. import schema
from ..text import TITLE_SEPARATOR, _clean, _missing

__all__ = ["KIND_WEIGHTS", "doc_countries"]

#: Weight of one mention by kind (persons and cities say less about the country covered).
KIND_WEIGHTS = {"name": 1.0, "demonym": 1.0, "capital": 1.0, "metonym": 1.0, "city": 0.5,
                "leader": 0.5}


def _title_lengths(articles: pd.DataFrame) -> dict[str, int]:
    """Length of the title part of ``document_text`` per doc_id (the first of duplicates)."""
    ids = articles[schema.DOC_ID].tolist()
    titles = articles[schema.TITLE].tolist() if schema.TITLE in articles else [None] * len(ids)
    out: dict[str, int] = {}
    for doc, title in zip(ids, titles, strict=True):
        doc = str(doc)
        if doc not in out:
            out[doc] = len(_clean(title))
    return out


def doc_countries(mentions: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                  title_weight: float = 3.0, lead_weight: float = 2.0, lead_chars: int = 400,
                  kind_weights: dict | None = None, primary_ratio: float = 0.5) -> pd.DataFrame:
    """Aggregate mentions to one row per article and country.

    Each mention weighs ``title_weight`` in the title, ``lead_weight`` in the first
    ``lead_chars`` characters of the body, 1 elsewhere, times :data:`KIND_WEIGHTS` of its
    kind. ``score`` is the country's share of the article's total weight (0-1).
    ``primary`` marks the countries the story is about: those named in the title; when the
    title names none (or ``articles`` is not given, so the title is unknown), those whose
    score is at least ``primary_ratio`` times the article's top score.

    Parameters
    ----------
    mentions : DataFrame
        A mentions table (:func:`find_mentions`).
    articles : DataFrame, optional
        The articles the mentions came from: gives the title length. Without it, the first
        ``lead_chars`` characters count as the lead and no mention as the title.

    Returns
    -------
    DataFrame
        :data:`mediakit.schema.DOC_COUNTRIES`, sorted by doc_id, primary first, then by descending score.

    Examples
    --------
    >>> import pandas as pd
    >>> from mediakit.countries import find_mentions
    >>> arts = pd.DataFrame({"doc_id": ["a"], "title": ["Russia accuses US"],
    ...     "text": ["Syria and Iraq were named. Syria again. Syria, Syria."]})
    >>> doc_countries(find_mentions(arts), arts)[["iso3", "n_mentions", "primary"]]
      iso3  n_mentions  primary
    0  RUS           1     True
    1  USA           1     True
    2  SYR           4    False
    3  IRQ           1    False
    """
    if len(mentions) == 0:
        return schema.empty(schema.DOC_COUNTRIES)
    schema.validate(mentions, schema.MENTIONS)
    kw = dict(KIND_WEIGHTS if kind_weights is None else kind_weights)
    # plain Python over the columns: a chunk of a few thousand mentions costs a few ms this
    # way, against tens of ms of fixed cost in a pandas groupby (the pipeline calls this once
    # per chunk of articles)
    tlen = _title_lengths(articles) if articles is not None else None
    sep = len(TITLE_SEPARATOR)
    groups: dict[tuple[str, str], list] = {}  # (doc, iso3) -> [n, weight, in title, first]
    docs = mentions[schema.DOC_ID]
    isos = mentions[schema.ISO3]
    kinds = mentions[schema.KIND]
    # the per-row NA tests only when some value is missing (never in find_mentions' output)
    checked = bool(docs.isna().any() or isos.isna().any() or kinds.isna().any())
    kget = kw.get
    tget = tlen.get if tlen is not None else None
    for doc, start, iso, kind in zip(docs.tolist(), mentions[schema.START].tolist(),
                                     isos.tolist(), kinds.tolist(), strict=True):
        if checked:
            if _missing(doc) or _missing(iso):
                continue  # as a groupby would: no key, no group
            kind = None if _missing(kind) else kind
        if not isinstance(doc, str):
            doc = str(doc)
        if tget is not None:
            tl = tget(doc, 0)
            in_title = start < tl
            in_lead = not in_title and start < (tl + sep if tl > 0 else 0) + lead_chars
        else:
            in_title = False
            in_lead = start < lead_chars
        weight = title_weight if in_title else lead_weight if in_lead else 1.0
        k = kget(kind, 1.0)
        if type(k) is not float:
            k = 1.0 if _missing(k) else k
        elif k != k:  # NaN
            k = 1.0
        weight *= k
        key = (doc, iso)
        g = groups.get(key)
        if g is None:
            groups[key] = [1, weight, in_title, start]
        else:
            g[0] += 1
            g[1] += weight
            if in_title:
                g[2] = True
            if start < g[3]:
                g[3] = start
    totals: dict[str, float] = {}
    tops: dict[str, float] = {}
    titled: dict[str, bool] = {}
    for (doc, _), (_, w, t, _) in groups.items():
        totals[doc] = totals.get(doc, 0.0) + w
        titled[doc] = titled.get(doc, False) or t
    rows = []
    for (doc, iso), (n, w, t, first) in groups.items():
        total = totals[doc]
        score = w / total if total else math.nan
        rows.append([doc, iso, n, score, t, first])
        if not math.isnan(score) and score > tops.get(doc, -math.inf):
            tops[doc] = score
    for r in rows:
        doc, score = r[0], r[3]
        r[4] = r[4] if titled[doc] else score >= primary_ratio * tops.get(doc, math.nan)
    # doc_id, primary first, descending score (NaN last), first mention; stable
    rows.sort(key=lambda r: (r[0], not r[4], math.isnan(r[3]),
                             0.0 if math.isnan(r[3]) else -r[3], r[5]))
    return pd.DataFrame({
        schema.DOC_ID: np.array([r[0] for r in rows], dtype=object),
        schema.ISO3: np.array([r[1] for r in rows], dtype=object),
        schema.N_MENTIONS: np.array([r[2] for r in rows], dtype="int64"),
        schema.SCORE: np.array([r[3] for r in rows], dtype="float64"),
        schema.PRIMARY: np.array([bool(r[4]) for r in rows], dtype=bool),
    })
