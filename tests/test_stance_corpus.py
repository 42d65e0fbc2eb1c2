"""A tiny hand-written FNC-1-style corpus (headline, body, stance) for the stance tests.

Three stories, each with bodies that agree with, dispute, or merely report its headline;
every headline is also paired with the other stories' bodies as ``unrelated``.
"""

from __future__ import annotations

STORIES = {
    "spider": (
        "Spider burrowed through tourist's stomach and up into his chest",
        {
            "agree": "Doctors confirmed that a spider burrowed into the stomach of a tourist "
                     "in Bali and crawled up into his chest. Hospital staff removed the spider "
                     "on Tuesday, officials said.",
            "disagree": "The story of a spider that burrowed through a tourist's stomach is a "
                        "hoax. Experts said it is not true and debunked the claim: no spider "
                        "could survive inside a human body.",
            "discuss": "A tourist claims a spider may have burrowed into his stomach, according "
                       "to reports. The story has not been verified and doctors have not "
                       "commented on the alleged spider.",
        },
    ),
    "meteorite": (
        "Meteorite crashes near airport in Nicaragua's capital Managua",
        {
            "agree": "A small meteorite crashed near the airport of Managua, the capital of "
                     "Nicaragua, the government confirmed on Sunday. The crater is 16 feet deep.",
            "disagree": "Scientists said the crater near Managua airport was not caused by a "
                        "meteorite. They denied the reports and called the meteorite claim "
                        "false, pointing to a gas explosion.",
            "discuss": "Residents of Managua reportedly heard a boom near the airport, and some "
                       "claim a meteorite may have crashed there. Officials could not confirm "
                       "the reports.",
        },
    ),
    "baghdadi": (
        "Wife and son of Islamic State leader Baghdadi detained in Lebanon",
        {
            "agree": "Lebanese officials confirmed that the army detained the wife and son of "
                     "Islamic State leader Abu Bakr al-Baghdadi near the Syrian border.",
            "disagree": "Iraq denied that the woman detained in Lebanon is the wife of Islamic "
                        "State leader Baghdadi. The claim is false, an Iraqi spokesman said.",
            "discuss": "A woman detained in Lebanon is reportedly the wife of Islamic State "
                       "leader Baghdadi, according to unconfirmed reports. Her son may also "
                       "have been held.",
        },
    ),
}


def pairs() -> list[tuple[str, str, str, str]]:
    """Rows (headline, body, stance, body_key) of every headline x body combination."""
    rows = []
    for key, (headline, _) in STORIES.items():
        for other, (_, bodies) in STORIES.items():
            for label, body in bodies.items():
                stance = label if other == key else "unrelated"
                rows.append((headline, body, stance, f"{other}-{label}"))
    return rows


def test_corpus_has_every_stance_and_one_unrelated_pair_per_foreign_body():
    rows = pairs()
    assert len(rows) == 3 * 9
    counts = {s: sum(r[2] == s for r in rows) for s in ("agree", "disagree", "discuss",
                                                         "unrelated")}
    assert counts == {"agree": 3, "disagree": 3, "discuss": 3, "unrelated": 18}
