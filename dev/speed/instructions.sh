#!/bin/bash
# Instructions executed by AccusationExtractor.transform over 1,500 AllSides articles, under
# valgrind's cachegrind (no cache simulation), for the checkout DIR: a run with the transform
# minus a run without it, seed 0. Deterministic, unlike timings on a shared VM, but blind to
# cache misses (a DFA against a compact NFA). Needs valgrind; takes about 2 minutes.
# usage: dev/speed/instructions.sh DIR [PYTHON]
set -euo pipefail
dir=$(cd "$1" && pwd)
py=${2:-$dir/.venv/bin/python}
code='
import os, mediakit
from mediakit.accusations import AccusationExtractor
from mediakit.benchmarks.accusations import default_allsides_dir
arts = mediakit.load(default_allsides_dir(), format="allsides", limit=1500, progress=False)
ex = AccusationExtractor().fit(); ex.transform(arts.head(20))
if os.environ.get("RUN") == "1":
    ex.transform(arts)
'
count() {
  (cd "$dir" && PYTHONPATH="$dir" PYTHONHASHSEED=0 RUN=$1 valgrind --tool=cachegrind \
    --cache-sim=no --cachegrind-out-file=/dev/null "$py" -c "$code" 2>&1 \
    | grep "I *refs" | awk '{print $NF}' | tr -d ,)
}
without=$(count 0)
with=$(count 1)
echo "$dir: $(( (with - without) / 1000000 ))M instructions in transform"
