"""The accusations do not depend on the string hash seed of the process (session 16).

Until session 16 the role picker summed its feature weights in the order of a set of strings,
which changes with ``PYTHONHASHSEED``: on one AllSides sentence (a Hill "MORE" link line naming
several members of Congress, with "slamming"), the scorer's accuser was Ocasio-Cortez under most
seeds and Ilhan Omar under seed 4.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = """
import json, sys
import mediakit
from mediakit.accusations import AccusationExtractor
arts = mediakit.load(sys.argv[1], format="allsides", limit=10_000, progress=False)
arts = arts[arts["doc_id"] == "4yRnC6hGWJp5XBBz"]
out = AccusationExtractor().fit().transform(arts)
cols = ["cue_start", "polarity", "accuser", "accused", "method"]
print(json.dumps(out[cols].astype(object).where(out[cols].notna(), None).values.tolist()))
"""


def _rows(allsides_dir, seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(allsides_dir)], env=env,
                          capture_output=True, text=True, check=True, timeout=600)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_rows_are_the_same_under_two_hash_seeds(allsides_dir):
    a, b = _rows(allsides_dir, 0), _rows(allsides_dir, 4)
    assert a == b
    # the document is the one whose scorer row moved: it has a "slamming" accusation row
    assert any(r[1] == "accuse" and r[4] == "scorer" for r in a)
