"""``mediakit evaluate countries``: country classification on Reuters-21578 ``PLACES``.

Documents with a non-empty ``<PLACES>`` are scored; gold = their codes mapped to ISO alpha-3
by ``mediakit/gazetteer/reuters_places.tsv`` (codes with no country are reported and left
out). Historical states are compared through their successor
(:data:`mediakit.gazetteer.SUCCESSORS`: SUN->RUS, YUG->SRB, CSK->CZE, YMD->YEM) on both
sides, so a 1987 ``ussr`` label matches a *Moscow* mention. The text of a document is its
dateline, title and body. Methods:

- ``mentions``: the gazetteer (cities on); predicted = the countries of
  :func:`~mediakit.countries.doc_countries` that are primary or have a score >= 0.2;
- ``newsmap``: :class:`~mediakit.countries.NewsmapClassifier` (cities among the seeds),
  fitted without labels on the texts of ``--train`` when given, else on the ``--test``
  texts themselves;
- ``supervised``: :class:`~mediakit.countries.CountryClassifier` trained on the
  ``LEWISSPLIT="TRAIN"`` documents of ``--train`` (test documents that are also training
  documents are counted in ``n_test_docs_in_train`` and warned about).

``docs_per_s`` times prediction only (for newsmap/supervised, ``fit_seconds`` is separate).

geotext and flashgeotext, when installed, are scored identically on the same documents
(``GeoText(text).country_mentions`` ISO2 codes / ``GeoText().extract(text)["countries"]`` names mapped to
ISO3 with pycountry). Prints a summary, then ONE JSON object on the last line.

Examples
--------
>>> import argparse
>>> p = argparse.ArgumentParser(); add_arguments(p)
>>> p.parse_args(["--test", "reuters/", "--method", "newsmap"]).method
'newsmap'
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from pathlib import Path

HELP = "country classification on Reuters-21578 PLACES (micro/macro P/R/F1, docs/s, peers)"
METHODS = ("mentions", "newsmap", "supervised")
#: doc_countries rule used by the ``mentions`` method.
MENTIONS_MIN_SCORE = 0.2

__all__ = ["HELP", "add_arguments", "evaluate_countries", "load_reuters", "reuters_gold",
           "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--test", required=True, type=Path,
                        help="folder (or file) of Reuters-21578 reut2-*.sgm[.gz] to score")
    parser.add_argument("--train", type=Path, default=None,
                        help="Reuters folder to train on (supervised: its LEWISSPLIT=TRAIN "
                        "docs; newsmap: its texts, no labels)")
    parser.add_argument("--method", choices=METHODS, default="mentions")
    parser.add_argument("--json", action="store_true", help="print only the JSON line")
    parser.add_argument("--no-peers", action="store_true", help="skip geotext/flashgeotext")
    parser.add_argument("--limit", type=int, default=None, help="score at most N documents")


def load_reuters(path) -> tuple:
    """Load a Reuters-21578 folder or file; return ``(articles, n_load_warnings)``.

    Examples
    --------
    >>> arts, n_warn = load_reuters("../shared/datasets/reuters21578")  # doctest: +SKIP
    >>> len(arts)  # doctest: +SKIP
    15390
    """
    from ..io import load

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = load(path, format="reuters", progress=False)
    return df, len(caught)


def _doc_texts(df) -> list[str]:
    from ..text import document_text

    out = []
    dl = df["dateline"] if "dateline" in df else [None] * len(df)
    for d, t, b in zip(dl, df["title"], df["text"], strict=True):
        body = document_text(None, b)
        d = d if isinstance(d, str) and d.strip() else ""
        out.append(document_text(t, f"{d} - {body}" if d else body))
    return out


def reuters_gold(df) -> tuple:
    """Keep documents with non-empty PLACES; return ``(docs, gold_sets, excluded_codes)``.

    ``excluded_codes`` counts PLACES codes that map to no country (or are unknown).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"places": [["usa", "ussr"], [], ["atlantis"], ["west-germany"]]})
    >>> docs, gold, excluded = reuters_gold(df)
    >>> len(docs), [sorted(g) for g in gold], excluded
    (2, [['RUS', 'USA'], ['DEU']], {'atlantis': 1})
    """
    from collections import Counter

    from ..gazetteer import reuters_places, successor

    table = reuters_places()
    code_map = dict(zip(table["code"], table["iso3"], strict=True))
    excluded: Counter = Counter()
    keep, gold = [], []
    for i, places in enumerate(df["places"]):
        places = list(places) if places is not None else []
        if not places:
            continue
        g = set()
        for p in places:
            iso = code_map.get(p, "")
            if iso:
                g.add(successor(iso))
            else:
                excluded[p] += 1
        if g:
            keep.append(i)
            gold.append(g)
    return df.iloc[keep].reset_index(drop=True), gold, dict(excluded)


def _iso3_from_name(name: str, cache: dict) -> str | None:
    if name in cache:
        return cache[name]
    import pycountry

    try:
        iso = pycountry.countries.lookup(name).alpha_3
    except LookupError:
        try:
            iso = pycountry.countries.search_fuzzy(name)[0].alpha_3
        except LookupError:
            iso = None
    cache[name] = iso
    return iso


def _iso3_from_alpha2(code: str) -> str | None:
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return c.alpha_3 if c is not None else None


def peer_predictions(texts: list[str]) -> dict[str, tuple[list[set], float]]:
    """Predicted ISO3 sets and docs/s of geotext and flashgeotext (those installed).

    Examples
    --------
    >>> peer_predictions(["Russia accuses the United States"])["geotext"][0]  # doctest: +SKIP
    [{'RUS', 'USA'}]
    """
    from ..gazetteer import successor

    out = {}
    cache: dict = {}
    try:
        from geotext import GeoText
    except ImportError:
        GeoText = None
    if GeoText is not None:
        t0 = time.perf_counter()
        # geotext's README reads countries as ``country_mentions``: ISO2 codes of the
        # countries named and of the countries of the cities named.
        codes = [GeoText(t).country_mentions for t in texts]
        el = time.perf_counter() - t0
        pred = [{successor(i) for c in cs if (i := _iso3_from_alpha2(c))} for cs in codes]
        out["geotext"] = (pred, len(texts) / el if el else float("inf"))
    try:
        from flashgeotext.geotext import GeoText as FlashGeoText
    except ImportError:
        FlashGeoText = None
    if FlashGeoText is not None:
        fg = FlashGeoText()
        t0 = time.perf_counter()
        names = [fg.extract(t)["countries"].keys() for t in texts]
        el = time.perf_counter() - t0
        pred = [{successor(i) for n in ns if (i := _iso3_from_name(n, cache))} for ns in names]
        out["flashgeotext"] = (pred, len(texts) / el if el else float("inf"))
    return out


def _predict_mentions(texts):
    import pandas as pd

    from ..countries import CountryMatcher, doc_countries, find_mentions
    from ..gazetteer import successor

    ids = [str(i) for i in range(len(texts))]
    arts = pd.DataFrame({"doc_id": ids, "title": [None] * len(texts), "text": texts})
    m = CountryMatcher(cities=True).fit()
    t0 = time.perf_counter()
    men = find_mentions(arts, m)
    dc = doc_countries(men)
    el = time.perf_counter() - t0
    dc = dc[dc["primary"] | (dc["score"] >= MENTIONS_MIN_SCORE)]
    sets = dc.groupby("doc_id")["iso3"].agg(lambda s: {successor(x) for x in s}).to_dict()
    return [sets.get(i, set()) for i in ids], el, {}


def _predict_newsmap(texts, train_texts):
    from ..countries import NewsmapClassifier
    from ..gazetteer import successor

    t0 = time.perf_counter()
    nm = NewsmapClassifier(cities=True).fit(train_texts if train_texts is not None else texts)
    fit_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred = [{successor(c) for c in cs} for cs in nm.predict_countries(texts)]
    return pred, time.perf_counter() - t0, {"fit_seconds": fit_s,
                                            "n_fit_docs": len(train_texts or texts)}


def _predict_supervised(texts, train_df):
    from ..countries import CountryClassifier
    from ..gazetteer import successor

    tr = train_df[train_df["lewissplit"] == "TRAIN"] if "lewissplit" in train_df else train_df
    tr, gold, _ = reuters_gold(tr)
    t0 = time.perf_counter()
    clf = CountryClassifier().fit(_doc_texts(tr), [sorted(g) for g in gold])
    fit_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    pred = [{successor(c) for c in cs} for cs in clf.predict_countries(texts)]
    return pred, time.perf_counter() - t0, {"fit_seconds": fit_s, "n_train_docs": len(tr)}


def evaluate_countries(test, *, train=None, method: str = "mentions", peers: bool = True,
                       limit: int | None = None) -> dict:
    """Score a country method on a Reuters-21578 folder; return the JSON-ready result.

    Examples
    --------
    >>> r = evaluate_countries("../shared/datasets/reuters21578")  # doctest: +SKIP
    >>> round(r["micro_f1"], 2)  # doctest: +SKIP
    0.88
    """
    from ..errors import DatasetNotFoundError
    from ._metrics import set_prf

    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, got {method!r}")
    for p in (test, train):
        if p is not None and not Path(p).exists():
            raise DatasetNotFoundError(f"{p} does not exist: pass a folder of Reuters-21578 "
                                       "reut2-*.sgm[.gz] files", expected=["reut2-*.sgm.gz"])
    if method == "supervised" and train is None:
        raise ValueError("--method supervised needs --train DIR (its LEWISSPLIT=TRAIN docs)")
    df, n_warn = load_reuters(test)
    docs, gold, excluded = reuters_gold(df)
    if limit is not None:
        docs, gold = docs.iloc[:limit], gold[:limit]
    texts = _doc_texts(docs)
    train_df = load_reuters(train)[0] if train is not None else None
    if method == "mentions":
        pred, el, extra = _predict_mentions(texts)
    elif method == "newsmap":
        pred, el, extra = _predict_newsmap(
            texts, _doc_texts(train_df) if train_df is not None else None)
    else:
        tr_ids = set(train_df["doc_id"][train_df["lewissplit"] == "TRAIN"]) if (
            "lewissplit" in train_df) else set(train_df["doc_id"])
        pred, el, extra = _predict_supervised(texts, train_df)
        extra["n_test_docs_in_train"] = len(tr_ids & set(docs["doc_id"]))
    res = {"method": method, **set_prf(gold, pred),
           "docs_per_s": len(texts) / el if el else float("inf"), **extra,
           "excluded_codes": excluded, "load_warnings": n_warn, "peers": {}}
    if peers:
        for name, (ppred, dps) in peer_predictions(texts).items():
            res["peers"][name] = {"method": name, **set_prf(gold, ppred), "docs_per_s": dps}
    return res


def run(args) -> int:
    """Run the evaluation and print the summary and the JSON line."""
    res = evaluate_countries(args.test, train=args.train, method=args.method,
                             peers=not args.no_peers, limit=args.limit)
    if not args.json:
        rows = [("mediakit-" + res["method"], res)] + list(res["peers"].items())
        print(f"Reuters-21578 PLACES, {res['n_docs']} documents")
        print(f"{'system':<22}{'micro-P':>9}{'micro-R':>9}{'micro-F1':>10}{'macro-F1':>10}"
              f"{'docs/s':>10}")
        for name, r in rows:
            print(f"{name:<22}{r['micro_precision']:>9.3f}{r['micro_recall']:>9.3f}"
                  f"{r['micro_f1']:>10.3f}{r['macro_f1']:>10.3f}{r['docs_per_s']:>10.0f}")
        if res["excluded_codes"]:
            print(f"excluded PLACES codes (no country): {res['excluded_codes']}")
        if res.get("n_test_docs_in_train"):
            print(f"WARNING: {res['n_test_docs_in_train']} test documents are also training "
                  "documents: this score is not held out")
    print(json.dumps(res, sort_keys=True))
    return 0
