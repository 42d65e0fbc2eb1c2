"""Interleaved A/B timing of AccusationExtractor.transform between two checkouts.

usage: python dev/speed/ab.py DIR_A DIR_B [--rounds 5] [--seed S]

Starts one worker process per checkout (``PYTHONPATH=DIR``, the same interpreter), each holding
the same AllSides articles in five chunks of 2,000, and has them transform chunk after chunk in
turns, swapping who goes first; each checkout's time is the sum over chunks of its fastest
pass. A single benchmark run on a shared VM drifts by 10-20 % within minutes; here both sides
see the same minutes. Processes still differ by a few per cent (memory layout, hash seed):
repeat with several ``--seed`` values and compare the mean ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

WORKER = r"""
import sys, time, mediakit
from mediakit.accusations import AccusationExtractor
from mediakit.benchmarks.accusations import default_allsides_dir
arts = mediakit.load(default_allsides_dir(), format="allsides", limit=10_000, progress=False)
ex = AccusationExtractor().fit(); ex.transform(arts.head(20))
chunks = [arts.iloc[i:i + 2000] for i in range(0, len(arts), 2000)]
print(len(chunks), flush=True)
for line in sys.stdin:
    c0 = time.process_time(); ex.transform(chunks[int(line)])
    print(time.process_time() - c0, flush=True)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs=2)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--seed", default="random")
    args = ap.parse_args()
    procs = []
    for d in args.dirs:
        env = {**os.environ, "PYTHONPATH": d, "PYTHONHASHSEED": str(args.seed)}
        p = subprocess.Popen([sys.executable, "-c", WORKER], cwd=d, env=env, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        procs.append(p)
    n = [int(p.stdout.readline()) for p in procs][0]
    best = [[float("inf")] * n for _ in procs]
    for r in range(args.rounds):
        for k in range(n):
            order = range(len(procs)) if (r + k) % 2 == 0 else reversed(range(len(procs)))
            for j in order:
                procs[j].stdin.write(f"{k}\n")
                procs[j].stdin.flush()
                best[j][k] = min(best[j][k], float(procs[j].stdout.readline()))
    for p in procs:
        p.stdin.close()
        p.wait()
    tot = [sum(b) for b in best]
    for d, t in zip(args.dirs, tot, strict=True):
        print(f"{d}: {t:.3f} CPU s, {n * 2000 / t:.0f} docs/s")
    print(f"B runs at {tot[0] / tot[1]:.3f}x the speed of A")


if __name__ == "__main__":
    main()
