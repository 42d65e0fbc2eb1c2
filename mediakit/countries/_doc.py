"""Document-level countries from a mentions table: :func:`doc_countries`."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..text import TITLE_SEPARATOR

__all__ = ["KIND_WEIGHTS", "doc_countries"]

#: Weight of one mention by kind (persons and cities say less about the country covered).
KIND_WEIGHTS = {"name": 1.0, "demonym": 1.0, "capital": 1.0, "metonym": 1.0, "city": 0.5,
                "leader": 0.5}


def _title_lengths(articles: pd.DataFrame) -> pd.Series:
    """Length of the title part of ``document_text`` per doc_id (0 without a body)."""
    title = articles[schema.TITLE] if schema.TITLE in articles else pd.Series(
        pd.NA, index=articles.index)
    text = articles[schema.TEXT] if schema.TEXT in articles else pd.Series(
        pd.NA, index=articles.index)
    t = title.fillna("").astype(str)
    has_body = text.fillna("").astype(str).str.len() > 0
    n = t.str.len()
    # a title-only article: the whole text is the title
    out = pd.Series(n.where(has_body | (n > 0), 0).to_numpy(),
                    index=articles[schema.DOC_ID].astype(str).to_numpy())
    return out[~out.index.duplicated(keep="first")]


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
    m = mentions[[schema.DOC_ID, schema.START, schema.ISO3, schema.KIND]].copy()
    m[schema.DOC_ID] = m[schema.DOC_ID].astype(str)
    start = m[schema.START].to_numpy()
    if articles is not None:
        tlen = _title_lengths(articles)
        tl = m[schema.DOC_ID].map(tlen).fillna(0).to_numpy()
        in_title = start < tl
        body_start = np.where(tl > 0, tl + len(TITLE_SEPARATOR), 0)
        in_lead = ~in_title & (start < body_start + lead_chars)
    else:
        in_title = np.zeros(len(m), dtype=bool)
        in_lead = start < lead_chars
    pos_w = np.where(in_title, title_weight, np.where(in_lead, lead_weight, 1.0))
    kind_w = m[schema.KIND].astype(str).map(kw).fillna(1.0).to_numpy()
    m["_w"] = pos_w * kind_w
    m["_t"] = in_title
    g = m.groupby([schema.DOC_ID, schema.ISO3], sort=False).agg(
        n=(schema.START, "size"), w=("_w", "sum"), t=("_t", "any"), first=(schema.START, "min"))
    g = g.reset_index()
    total = g.groupby(schema.DOC_ID)["w"].transform("sum")
    g["score"] = g["w"] / total
    top = g.groupby(schema.DOC_ID)["score"].transform("max")
    any_title = g.groupby(schema.DOC_ID)["t"].transform("any")
    g["primary"] = np.where(any_title, g["t"], g["score"] >= primary_ratio * top)
    g = g.sort_values([schema.DOC_ID, "primary", "score", "first"],
                      ascending=[True, False, False, True], kind="mergesort")
    out = pd.DataFrame({
        schema.DOC_ID: g[schema.DOC_ID].astype("string").to_numpy(),
        schema.ISO3: g[schema.ISO3].astype("string").to_numpy(),
        schema.N_MENTIONS: g["n"].astype("int64").to_numpy(),
        schema.SCORE: g["score"].astype("float64").to_numpy(),
        schema.PRIMARY: g["primary"].astype(bool).to_numpy(),
    })
    return out.reset_index(drop=True)
