"""Session 12: forms found in the dev/blind development batches (b21-b62), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- more kinds of agent can be blamed ---------------------------------------------------------
@pytest.mark.parametrize("text, accused", [
    ("The Pentagon blamed the militia for the rocket attack.", "the militia"),
    ("The mayor blamed anarchists for the looting.", "anarchists"),
    ("The senator blamed white nationalists for the violence.", "white nationalists"),
    ("The minister blamed the physicians for the deaths.", "the physicians"),
    ("Police blamed a drug cartel for the killings.", "a drug cartel"),
    ("The governor blamed the organization for the fraud.", "the organization"),
])
def test_people_and_groups_are_agents(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert acc.accused == accused


@pytest.mark.parametrize("text", [
    # things, not agents: no accusation
    "The company blamed currency movements for the loss.",
    "The minister blamed the weather for the delays.",
    # "-ists" verbs are no people
    "Where blame exists, the governor insists on a review.",
])
def test_things_are_still_not_agents(rules_ex, text):
    assert rows_of(rules_ex, text) == []


@pytest.mark.parametrize("text, accused", [
    # a reduced relative after a hyphenated noun: the noun is blamed, by nobody named
    ("The co-pilot blamed for the crash had hidden an illness.", "The co-pilot"),
    ("The organization blamed for the sinking was a military unit.", "The organization"),
])
def test_reduced_relative_blamed_for(rules_ex, text, accused):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accused) == (None, accused)
