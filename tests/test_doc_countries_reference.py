"""doc_countries (plain-Python aggregation) against a pandas groupby written from its docstring."""

import numpy as np
import pandas as pd
import pytest

from mediakit import load, schema
from mediakit.countries import doc_countries, find_mentions
from mediakit.countries._doc import KIND_WEIGHTS
from mediakit.text import TITLE_SEPARATOR


def _reference(mentions, articles, *, title_weight=3.0, lead_weight=2.0, lead_chars=400,
               kind_weights=None, primary_ratio=0.5):
    """The rule as the docstring states it, with pandas (the implementation before the change)."""
    kw = dict(KIND_WEIGHTS if kind_weights is None else kind_weights)
    m = mentions[[schema.DOC_ID, schema.START, schema.ISO3, schema.KIND]].copy()
    m[schema.DOC_ID] = m[schema.DOC_ID].astype(str)
    if articles is not None:
        first = articles.drop_duplicates(schema.DOC_ID)
        tlen = dict(zip(first[schema.DOC_ID].astype(str),
                        first[schema.TITLE].fillna("").astype(str).str.len(), strict=True))
        tl = m[schema.DOC_ID].map(tlen).fillna(0).to_numpy()
        in_title = m[schema.START].to_numpy() < tl
        body = np.where(tl > 0, tl + len(TITLE_SEPARATOR), 0)
        in_lead = ~in_title & (m[schema.START].to_numpy() < body + lead_chars)
    else:
        in_title = np.zeros(len(m), dtype=bool)
        in_lead = m[schema.START].to_numpy() < lead_chars
    pos = np.where(in_title, title_weight, np.where(in_lead, lead_weight, 1.0))
    m["_w"] = pos * m[schema.KIND].astype(str).map(kw).fillna(1.0).to_numpy()
    m["_t"] = in_title
    g = m.groupby([schema.DOC_ID, schema.ISO3], sort=False).agg(
        n=(schema.START, "size"), w=("_w", "sum"), t=("_t", "any"),
        first=(schema.START, "min")).reset_index()
    g["score"] = g["w"] / g.groupby(schema.DOC_ID)["w"].transform("sum")
    top = g.groupby(schema.DOC_ID)["score"].transform("max")
    any_title = g.groupby(schema.DOC_ID)["t"].transform("any")
    g["primary"] = np.where(any_title, g["t"], g["score"] >= primary_ratio * top)
    g = g.sort_values([schema.DOC_ID, "primary", "score", "first"],
                      ascending=[True, False, False, True], kind="mergesort")
    return pd.DataFrame({schema.DOC_ID: g[schema.DOC_ID].tolist(), schema.ISO3: g[schema.ISO3].tolist(),
                         schema.N_MENTIONS: g["n"].tolist(), schema.SCORE: g["score"].tolist(),
                         schema.PRIMARY: g["primary"].astype(bool).tolist()})


def _compare(got, want, *, order=True):
    if not order:  # non-dyadic weights: float sums may break exact score ties differently
        key = [schema.DOC_ID, schema.ISO3]
        got = got.sort_values(key, ignore_index=True)
        want = want.sort_values(key, ignore_index=True)
    assert got[schema.DOC_ID].tolist() == want[schema.DOC_ID].tolist()
    assert got[schema.ISO3].tolist() == want[schema.ISO3].tolist()
    assert got[schema.N_MENTIONS].tolist() == want[schema.N_MENTIONS].tolist()
    assert got[schema.PRIMARY].tolist() == want[schema.PRIMARY].tolist()
    np.testing.assert_allclose(got[schema.SCORE].to_numpy(), want[schema.SCORE].to_numpy(),
                               rtol=1e-12)


@pytest.mark.parametrize("kind_weights", [None, {"name": 0.1, "demonym": 0.7, "capital": 0.3}])
def test_matches_the_pandas_reference_on_allsides(allsides_dir, kind_weights):
    arts = load(allsides_dir / "articles-00.jsonl.gz", limit=400, progress=False)
    mentions = find_mentions(arts)
    assert len(mentions) > 2000
    _compare(doc_countries(mentions, arts, kind_weights=kind_weights),
             _reference(mentions, arts, kind_weights=kind_weights), order=kind_weights is None)
    _compare(doc_countries(mentions), _reference(mentions, None))


def test_matches_the_reference_on_title_only_and_missing_titles(hand_articles):
    arts = pd.concat([hand_articles, schema.coerce(pd.DataFrame({
        schema.DOC_ID: ["t1", "t2", "t3"],
        schema.TITLE: ["Iran and Iraq talk", None, "Chile"],
        schema.TEXT: [None, "Chile and Peru. Peru again.", "Peru"]}), "articles")],
        ignore_index=True)
    mentions = find_mentions(arts)
    assert {"t1", "t2"} <= set(mentions[schema.DOC_ID])
    got = doc_countries(mentions, arts)
    _compare(got, _reference(mentions, arts))
    # the title-only article: both countries are in its title, so both are primary
    t1 = got[got[schema.DOC_ID] == "t1"]
    assert t1[schema.PRIMARY].all() and set(t1[schema.ISO3]) == {"IRN", "IRQ"}
