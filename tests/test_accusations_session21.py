"""Session 21: actor spans cut back to a noun phrase's end; accusation nouns the rules do not
read are left to the verifier.

Expected rows were read and checked by hand against shared/gold/README.md: the accuser is who
condemns or alleges, the accused who is condemned or alleged against, ISO3 only for states and
state organs; an accusation whose accuser or accused is not in the sentence has it unstated.
"""

from __future__ import annotations

import pytest

from mediakit.accusations._rules import Accusation, tidy_actors


def test_an_actor_span_never_ends_with_a_function_word(scorer_ex):
    # the rules' subject ran on to the infinitive's "to"; the span stops at "resolution"
    text = "Speaker Nancy Pelosi put forward a resolution to condemn Russia for the attack."
    (row,) = scorer_ex.extract(text, date="2019-05-01")
    assert row.accuser == "Speaker Nancy Pelosi put forward a resolution"
    assert text[row.accuser_start:row.accuser_end] == row.accuser
    assert (row.accuser_iso3, row.accused, row.accused_iso3) == ("USA", "Russia", "RUS")


@pytest.mark.parametrize(("span", "expected"), [
    ("the White House to", "the White House"),
    ("Pelosi and", "Pelosi"),
    ("the United States of", "the United States"),
    ("Moscow", "Moscow"),  # nothing to cut
    ("The", None),  # nothing left: unstated
    ("to", None),
    # what is claimed, not who claims (gold rule 2: artifacts as sources are unstated)
    ("The report", None),
    ("A January 2017 US intelligence report", None),
    ("the allegations", None),
    ("The Allegations.", None),
    ("the Justice Department's report", "the Justice Department's report"),  # its owner's
])
def test_tidy_actors(span, expected):
    s = f"{span} blamed Kiev."
    f = Accusation("accuse", "blamed", len(span) + 1, len(span) + 7, accuser=span,
                   accuser_iso3="USA", accuser_start=0, accuser_end=len(span),
                   accused="Kiev", accused_iso3="UKR", accused_start=len(span) + 8,
                   accused_end=len(span) + 12)
    g = tidy_actors(f, s)
    assert g.accuser == expected
    assert (g.accused, g.accused_start, g.accused_end) == ("Kiev", f.accused_start,
                                                           f.accused_end)
    if expected is None:
        assert (g.accuser_iso3, g.accuser_start, g.accuser_end) == (None, None, None)
    else:
        assert (g.accuser_iso3, g.accuser_start) == ("USA", 0)
        assert s[g.accuser_start:g.accuser_end] == expected


CAME_FORWARD = ("The congressman resigned on Friday after two former aides came forward with "
                "sexual harassment allegations.")


def test_an_accusation_noun_the_rules_do_not_read_goes_to_the_verifier(ex, scorer_ex):
    # "allegations" ends its clause: no rule reads it (the sentence is skipped unread without
    # a verifier); the aides accuse the congressman, so the verifier's row is right
    assert scorer_ex.extract(CAME_FORWARD) == []
    rows = ex.extract(CAME_FORWARD, date="2018-01-05")
    assert [r.polarity for r in rows] == ["accuse"]
    assert rows[0].cue == "allegations" and rows[0].rule == "scorer"
    assert ex._sentences_with_cues(CAME_FORWARD) != []
    assert scorer_ex._sentences_with_cues(CAME_FORWARD) == []
    # the verifier knows the rules would not have read it
    (a, b, hits), = ex._sentences_with_cues(CAME_FORWARD)
    assert ex._read(CAME_FORWARD[a:b], None, hits).features["cues_dead"] == 1.0


@pytest.mark.parametrize("text", [
    "She declined to comment on the allegations.",  # nobody alleges anything here
    "The allegations will be heard by the committee next week.",
])
def test_accusation_nouns_alone_are_no_accusation(ex, text):
    assert ex.extract(text) == []


@pytest.mark.parametrize(("text", "accuser", "accuser_iso3", "accused", "accused_iso3"), [
    # the federal government and its agents are the US in a sentence about the US alone
    ("Gov. Andrew Cuomo blamed the federal government for the shortage.", "Gov. Andrew Cuomo",
     "USA", "the federal government", "USA"),
    ("The mayor accused federal agents of abusing protesters.", "The mayor", None,
     "federal agents", "USA"),
    ("He accused the feds of spying on his campaign.", "He", None, "the feds", "USA"),
    # ... but Canada has one too
    ("Canadian truckers accused the federal government of delays.", "Canadian truckers", None,
     "the federal government", None),
])
def test_the_federal_government(scorer_ex, text, accuser, accuser_iso3, accused, accused_iso3):
    rows = [r for r in scorer_ex.extract(text, date="2020-04-01") if r.polarity == "accuse"]
    assert [(r.accuser, r.accuser_iso3, r.accused, r.accused_iso3) for r in rows] == [
        (accuser, accuser_iso3, accused, accused_iso3)]


def test_no_accuser_taken_from_the_words_before_an_accusation_noun(ex):
    # nobody accuses anyone by name here: the accuser is unstated; the accused is "he" (a
    # pronoun, no state: since session 22 the role picker may also leave it unstated)
    text = "He remains sensitive to accusations he is too close to the Russian leader."
    rows = [r for r in ex.extract(text, date="2018-01-01") if r.polarity == "accuse"]
    assert [r.accuser for r in rows] == [None]
    assert rows[0].accused in (None, "he") and rows[0].accused_iso3 is None


@pytest.mark.parametrize("text", [
    # blame on non-agents (gold rule 3): the rules reject it, and the verifier, a little
    # above its threshold on these, may not overrule them below _REJECTED_ADD
    "The airline blamed fog over Moscow for the cancellations.",
    "Officials blamed torrential rains for the landslides in Kerala.",
    "The ministry blamed a technical fault for the nationwide power outage.",
])
def test_blame_on_weather_and_faults_stays_rejected(ex, text):
    assert ex.extract(text, date="2019-01-01") == []
