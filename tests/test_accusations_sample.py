"""The user's sample dump: the accusations and denials of the Russia/US article, by hand."""

from __future__ import annotations

import pandas as pd
import pytest

import mediakit
from mediakit.accusations import AccusationExtractor
from mediakit.text import document_text


@pytest.fixture(scope="module")
def sample():
    from conftest import SAMPLE

    arts = mediakit.load(SAMPLE)
    out = AccusationExtractor().fit().transform(arts)
    first = arts.iloc[0]
    doc = document_text(first["title"], first["text"])
    return out[out["doc_id"] == first["doc_id"]].reset_index(drop=True), doc


def _cut(doc, row, part):
    return doc[row[f"{part}_start"]:row[f"{part}_end"]]


def _row(rows, cue, polarity):
    hit = rows[(rows["cue"] == cue) & (rows["polarity"] == polarity)]
    assert len(hit) >= 1, (cue, polarity, rows[["cue", "polarity"]].values.tolist())
    return hit.iloc[0]


def test_headline_and_first_paragraph(sample):
    rows, doc = sample
    head = _row(rows, "accuses", "accuse")
    assert (head["sentence"], head["start"], head["end"]) == (0, 0, 47)
    assert _cut(doc, head, "accuser") == "Russia" and head["accuser_iso3"] == "RUS"
    assert _cut(doc, head, "accused") == "US" and head["accused_iso3"] == "USA"
    assert _cut(doc, head, "cue") == "accuses"
    assert head["allegation"] == "of ‘pretending’ to fight Isis"
    para = _row(rows, "alleged", "accuse")
    assert _cut(doc, para, "accuser") == "The Russian Defence Ministry"
    assert _cut(doc, para, "accused") == "the US"
    assert (para["accuser_iso3"], para["accused_iso3"]) == ("RUS", "USA")


def test_quoted_spokesman(sample):
    rows, doc = sample
    q = _row(rows, "pretending", "accuse")
    assert _cut(doc, q, "accuser").startswith("Major-General Igor Konashenkov")
    assert _cut(doc, q, "accused") == "the US-led coalition"
    assert (q["accuser_iso3"], q["accused_iso3"]) == ("RUS", "USA")


def test_syrian_accusation_and_pentagon_denials(sample):
    rows, doc = sample
    acc = _row(rows, "slammed", "accuse")
    assert _cut(doc, acc, "accuser") == "a Syrian army official"
    assert _cut(doc, acc, "accused") == "the US"
    assert (acc["accuser_iso3"], acc["accused_iso3"]) == ("SYR", "USA")
    deny = _row(rows, "slammed", "deny")
    assert _cut(doc, deny, "accused") == "the Department of Defence"
    assert deny["accused_iso3"] == "USA"
    assert deny["answers"] == acc["cue_start"]
    pahon = _row(rows, "dismissed", "deny")
    assert _cut(doc, pahon, "accused") == "Pentagon spokesperson Eric Pahon"
    assert pahon["accused_iso3"] == "USA" and pahon["answers"] == acc["cue_start"]


def test_human_shields_claim_and_coalition_dismissal(sample):
    rows, doc = sample
    claim = _row(rows, "claimed", "accuse")
    assert _cut(doc, claim, "accuser") == "Russia"
    assert (claim["accuser_iso3"], claim["accused_iso3"]) == ("RUS", "USA")
    dismissals = rows[(rows["cue"] == "dismissed") & (rows["polarity"] == "deny")]
    last = dismissals.iloc[-1]
    assert _cut(doc, last, "accused") == "A coalition spokesperson"
    assert last["accused_iso3"] is pd.NA  # a coalition is not a state
    assert last["answers"] == claim["cue_start"]
    assert doc[last["start"]:last["end"]] == (
        "A coalition spokesperson dismissed the allegations as false.")
