"""Shared fixtures: where the shared datasets and the user's sample live.

Tests that need a dataset call ``shared_dataset("reuters21578")``: it returns the folder, or
skips with a clear reason when it is absent - and fails instead when
``MEDIAKIT_REQUIRE_DATA=1`` (as in CI), so a missing dataset can never pass silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "000_85d8c5cde1672087.txt"
GOLD_DIR_CANDIDATES = [ROOT.parent / "shared" / "gold"]


@pytest.fixture(scope="session")
def ex():
    """One fitted default ``AccusationExtractor`` for the accusation tests (only read)."""
    from mediakit.accusations import AccusationExtractor

    return AccusationExtractor().fit()


@pytest.fixture(scope="session")
def scorer_ex():
    """The rules and the scorer without the learned verifier (``verifier=False``, the default
    before session 20): for tests that pin what a rule reads, where the verifier's
    statistical judgement may differ on a single sentence."""
    from mediakit.accusations import AccusationExtractor

    return AccusationExtractor(verifier=False).fit()


#: Hand-checked sentences of the rule tests where the default extractor's learned verifier
#: (session 20) judges differently from the rules and the scorer, and wrongly by the labelling
#: rules. Their tests assert the rules' reading with ``scorer_ex`` and skip the default on
#: these only; every other sentence is still asserted with the default ``ex``.
VERIFIER_DIFFERS = frozenset([
    "Critics slammed the film for its length.",  # an accusation added (no party's conduct)
    "The Russian embassy said the accusations were \u201cpure fantasy.\u201d",  # accusation added
    "The minister denied claims that the budget had been cut.",  # a denial added
    "The league charged the winger with misconduct, but his club said it would contest the "
    "charge.",  # the league's charge dropped
    "Prosecutors will charge him with fraud.",  # the announced charge dropped
])


@pytest.fixture(scope="session")
def rules_ex():
    """The rules alone (``scorer=False``): for tests of the rules' own machinery."""
    from mediakit.accusations import AccusationExtractor

    return AccusationExtractor(scorer=False).fit()


def rows_of(ex, text: str, polarity: str = "accuse", date="2018-06-01") -> list:
    """The rows of one polarity (``accuse`` or ``deny``) that ``ex`` extracts from ``text``."""
    return [a for a in ex.extract(text, date=date) if a.polarity == polarity]


def primary_pair(ex, text: str, date=None):
    """(accuser ISO3, accused ISO3) of the first accusation in ``text``; None without one."""
    accs = [a for a in ex.extract(text, date=date) if a.polarity == "accuse"]
    return (accs[0].accuser_iso3, accs[0].accused_iso3) if accs else None


def denied_codes(ex, text: str) -> list:
    """Accused ISO3 of every denial row in ``text`` (the party whose accusation is denied)."""
    return [a.accused_iso3 for a in ex.extract(text) if a.polarity == "deny"]


def forbid_whole_tables(monkeypatch, store) -> None:
    """Fail the test if anything reads a table of the store without a filter."""
    table = store.table

    def guarded(name, columns=None, where=None, params=None, limit=None):
        if where is None and limit is None:
            raise AssertionError(f"the explorer read the whole {name!r} table")
        return table(name, columns=columns, where=where, params=params, limit=limit)

    monkeypatch.setattr(store, "table", guarded)


def allsides_parts(allsides_dir: Path, folder: Path, *, file: str, n_docs: int,
                   n_parts: int = 3):
    """The first ``n_docs`` articles of one AllSides file in date order (as a news feed
    comes), written to ``n_parts`` equal Parquet files in ``folder`` (a tmp dir: never the
    repo). Returns ``(articles, paths)``."""
    import mediakit

    df = mediakit.load(allsides_dir / file, limit=n_docs, progress=False)
    df = df.sort_values("published", kind="stable").reset_index(drop=True)
    df.attrs = {}
    size = n_docs // n_parts
    paths = []
    for i in range(n_parts):
        p = folder / f"part{i}.parquet"
        df.iloc[i * size:(i + 1) * size].to_parquet(p)
        paths.append(str(p))
    return df, paths


#: six hand-made articles (Oct-Nov 2017) behind the widget tests' hand counts
HAND_ROWS = [
    ("w1", "2017-10-02 09:00", "Independent", "Russia accuses US of pretending to fight Isis",
     "Moscow said the US-led coalition slowed its assault on Isis in Iraq."),
    ("w2", "2017-10-04 12:00", "Reuters",
     "Turkey refuses to recognise US ambassador as visa spat escalates",
     "Ankara and Washington suspended visa services."),
    ("w3", "2017-10-11 08:30", "Independent",
     "Syrian army retakes Deir Ezzor with Russian air support", "Damascus thanked its allies."),
    ("w4", "2017-10-12 17:45", "Reuters", "Iran warns Trump over nuclear deal",
     "Tehran said it would respond to any American move."),
    ("w5", "2017-10-24 06:10", "Reuters", "Kremlin denies hacking claims",
     "Russia rejected the allegations made in Washington."),
    ("w6", "2017-11-02 10:00", "Independent", "France and Germany call for calm in Catalonia",
     "Paris and Berlin urged Spain to talk."),
]


@pytest.fixture(scope="module")
def hand_articles():
    """:data:`HAND_ROWS` as an articles table (ids ``w1`` ... ``w6``)."""
    import pandas as pd

    from mediakit import schema

    cols = [schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.TITLE, schema.TEXT]
    return schema.coerce(pd.DataFrame(HAND_ROWS, columns=cols), "articles")


def datasets_root() -> Path | None:
    """The folder holding the shared datasets, or None."""
    env = os.environ.get("MEDIAKIT_DATA")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared" / "datasets"]:
        if cand.is_dir():
            return cand
    return None


def _missing(reason: str):
    if os.environ.get("MEDIAKIT_REQUIRE_DATA") == "1":
        pytest.fail(f"{reason} (MEDIAKIT_REQUIRE_DATA=1 makes this a failure)")
    pytest.skip(reason)


def shared_dataset(name: str) -> Path:
    """Return ``<datasets>/<name>`` or skip/fail with the reason."""
    root = datasets_root()
    if root is None or not (root / name).is_dir():
        _missing(
            f"dataset {name!r} not found: put the shared datasets in ../shared/datasets "
            "or point MEDIAKIT_DATA at them"
        )
    return root / name


def shared_gold(filename: str) -> Path:
    """Return ``../shared/gold/<filename>`` or skip/fail with the reason."""
    for d in GOLD_DIR_CANDIDATES:
        if (d / filename).is_file():
            return d / filename
    _missing(f"gold file {filename!r} not found in ../shared/gold")
    raise AssertionError  # unreachable


@pytest.fixture
def sample_path() -> Path:
    """The user's sample dump shipped in data/."""
    return SAMPLE


@pytest.fixture(scope="session")
def reuters_dir() -> Path:
    return shared_dataset("reuters21578")


@pytest.fixture(scope="session")
def fnc1_dir() -> Path:
    return shared_dataset("fnc1")


@pytest.fixture(scope="session")
def allsides_dir() -> Path:
    return shared_dataset("allsides")


@pytest.fixture(scope="session")
def fakes_dir() -> Path:
    return shared_dataset("fa_kes")


@pytest.fixture(scope="session")
def gold_accusations() -> Path:
    return shared_gold("accusations_dev.jsonl")
