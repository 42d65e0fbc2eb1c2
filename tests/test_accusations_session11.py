"""Session 11: forms found in the dev/blind development batches (b21-b56), each shown on our
own sentences with a twin that must not change; expected rows were checked by hand against
the labelling rules of shared/gold/README.md.
"""

from __future__ import annotations

import pytest
from conftest import rows_of


# -- the antecedent of a restrictive "who" clause is the accuser ------------------------------
@pytest.mark.parametrize("text, accuser, iso3", [
    ("The plan drew sharp criticism from Republicans on Capitol Hill who accused him of "
     "overreach.", "Republicans on Capitol Hill", "USA"),
    ("The plan angered officials in Moscow who accused Britain of meddling.",
     "officials in Moscow", "RUS"),
    # a description in apposition to a name: the name decides the code
    ("She met Senator Bernie Sanders, the veteran progressive who has accused Amazon of "
     "underpaying workers.", "Senator Bernie Sanders", "USA"),
    # private persons stay null
    ("Jones is one of several women who accused the senator of harassment.",
     "several women", None),
    ("The professor who accused the judge of assault will testify.", "The professor", None),
])
def test_restrictive_relative_antecedent_is_the_accuser(rules_ex, text, accuser, iso3):
    (acc,) = rows_of(rules_ex, text)
    assert (acc.accuser, acc.accuser_iso3) == (accuser, iso3)
