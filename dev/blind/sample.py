"""Sample news sentences for blind accusation labelling, stratified like the gold dev file.

Writes ``<out>/bNN_sentences.jsonl`` for batches ``F .. F+N-1``: one sentence per line
(``id``, ``source_key``, ``doc_id``, ``dataset``, ``start``, ``end``, ``date``, ``text``,
``cue_family``). ``start``/``end`` index ``mediakit.text.document_text(title, text)`` and
come from ``mediakit.text.sentence_spans``; ``text`` is that slice with its line breaks joined
(Reuters wraps lines; the gold file joins them too). Titles, Reuters sentences that run over a
paragraph break and sentences outside 40-600 characters are skipped.

Strata are cue family x dataset x with/without a country mention; the cell quotas follow the
target shares below (fitted to what the corpora hold), sentences are drawn with
``random.Random(seed)`` only, at most one per document, never from the gold dev documents or
from documents of other batch files in ``--out`` or of ``--exclude`` files. Same arguments
and inputs give byte-identical files.

    python dev/blind/sample.py --seed 7 --batches 6 --per-batch 95 --first-batch 21 \\
        --out /work/blind7
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from blindlib import (
    doc_of,
    fail,
    gold_dev_path,
    iter_documents,
    load_frames,
    read_jsonl,
    sentence_text,
    source_key,
    write_jsonl,
)

from mediakit.countries import CountryMatcher
from mediakit.text import sentence_spans

#: (family, target share, cue words); a sentence belongs to the first family it matches.
FAMILIES = (
    ("accuse", 0.19, r"accuse|accuses|accused|accusing|accusations?"),
    ("blame", 0.17, r"blame|blamed|blames|blaming"),
    ("deny", 0.20, r"deny|denies|denied|denying|denial|reject\w*|dismiss\w*|rebuff\w*|refute\w*"),
    ("allege", 0.12, r"allege\w*|allegations?|allegedly"),
    ("charge", 0.08, r"charge|charged|charges|charging"),
    ("pretend", 0.04, r"pretend\w*"),
    ("responsible", 0.06, r"responsible|responsibility"),
    ("condemn", 0.06, r"condemn\w*|denounc\w*|slam\w*|blast\w*|criticis\w*|criticiz\w*"),
    ("claim", 0.05, r"claim\w*"),
    ("misc", 0.03, r"believe\w*|concluded|faces\s+trial|guilty|sanction\w*|violat\w*"),
)
DATASET_SHARES = {"allsides": 0.73, "reuters": 0.27}
COUNTRY_SHARE = 0.75
MIN_LEN, MAX_LEN = 40, 600

_CUES = [(f, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for f, _, words in FAMILIES]
#: Every cue word contains one of these; a cheap substring test skips most sentences.
_STEMS = ("accus", "blam", "deny", "deni", "reject", "dismiss", "rebuff", "refute", "alleg",
          "charg", "pretend", "responsib", "condemn", "denounc", "slam", "blast", "critici",
          "claim", "believ", "concluded", "trial", "guilty", "sanction", "violat")
_PARAGRAPH = re.compile(r"\n[ \t]{2,}")  # Reuters indents its paragraphs
_BATCH_FILE = re.compile(r"^b(\d+)_sentences\.jsonl$")


def cue_family(sentence: str) -> str | None:
    """The first family (in FAMILIES order) whose cue words occur in ``sentence``."""
    low = sentence.casefold()
    if not any(stem in low for stem in _STEMS):
        return None
    for fam, rx in _CUES:
        if rx.search(sentence):
            return fam
    return None


def excluded_docs(out: Path | None, batches: range, extra: list[Path], gold: Path) -> set:
    """Documents of the gold dev file, of other batch files in ``out`` and of ``extra``."""
    files = [gold, *extra]
    for p in sorted(out.glob("b*_sentences.jsonl")) if out is not None else ():
        m = _BATCH_FILE.match(p.name)
        if m and int(m.group(1)) not in batches:  # this run's own files get rewritten
            files.append(p)
    docs = set()
    for p in files:
        for i, rec in enumerate(read_jsonl(p), 1):
            doc = doc_of(rec)
            if doc is None:
                fail(f"{p}:{i}: cannot tell which document the record comes from")
            docs.add(doc)
    return docs


def excluded_sentences(out: Path, batches: range, extra: list[Path]) -> set:
    """``(dataset, doc_id, start)`` of every sentence of other batch files in ``out`` and of
    ``extra`` (for ``--reuse-documents``)."""
    files = list(extra)
    for p in sorted(out.glob("b*_sentences.jsonl")):
        m = _BATCH_FILE.match(p.name)
        if m and int(m.group(1)) not in batches:
            files.append(p)
    sents = set()
    for p in files:
        for i, rec in enumerate(read_jsonl(p), 1):
            doc = doc_of(rec)
            if doc is None or "start" not in rec:
                fail(f"{p}:{i}: cannot tell which sentence the record is")
            sents.add((*doc, int(rec["start"])))
    return sents


def build_pools(frames, exclude: set, exclude_sents: frozenset = frozenset(),
                datasets=None) -> tuple[dict, dict]:
    """Candidate sentences per (family, dataset, has_country) cell, and the document dates
    (documents in ``exclude``, sentences in ``exclude_sents`` and datasets not in ``datasets``
    left out)."""
    matcher = CountryMatcher()
    pools: dict[tuple, list] = defaultdict(list)
    dates = {}
    for ds, doc_id, text, date, body in iter_documents(frames):
        if (ds, doc_id) in exclude or datasets is not None and ds not in datasets:
            continue
        dates[ds, doc_id] = date
        for a, b in sentence_spans(text):
            if a < body or _PARAGRAPH.search(text, a, b):
                continue  # a title (the gold file has none), or paragraphs run together
            if (ds, doc_id, a) in exclude_sents:
                continue  # labelled before (--reuse-documents)
            s = sentence_text(text, a, b)
            if not MIN_LEN <= len(s) <= MAX_LEN:
                continue
            fam = cue_family(s)
            if fam is not None:
                pools[fam, ds, bool(matcher.find(s))].append((ds, doc_id, a, b, s))
    return pools, dates


def quotas(total: int, capacity: dict[tuple, int]) -> dict[tuple, int]:
    """Integer cell quotas summing to ``total``, near the target shares, within capacity.

    Starts from the product of the three target shares and rakes it (iterative proportional
    fitting, capped at each cell's capacity) so that the marginals hold even where a cell is
    short (few Reuters sentences say "pretend"); then rounds by largest remainder.
    """
    fam_share = {f: s for f, s, _ in FAMILIES}
    ctry_share = {True: COUNTRY_SHARE, False: 1 - COUNTRY_SHARE}
    cells = [(f, d, c) for f, _, _ in FAMILIES for d in DATASET_SHARES for c in (True, False)]
    margins = [fam_share, DATASET_SHARES, ctry_share]
    x = {k: min(capacity.get(k, 0), total * fam_share[k[0]] * DATASET_SHARES[k[1]]
                * ctry_share[k[2]]) for k in cells}
    for _ in range(500):
        for dim, shares in enumerate(margins):
            for level, share in shares.items():
                keys = [k for k in cells if k[dim] == level]
                s = sum(x[k] for k in keys)
                if s > 0:
                    for k in keys:
                        x[k] = min(capacity.get(k, 0), x[k] * total * share / s)
    # round: start from the floors, then add one unit at a time where the cell and its three
    # marginals lag their targets most (first cell in FAMILIES order on ties)
    q = {k: int(v) for k, v in x.items()}
    for _ in range(total - sum(q.values())):
        def lag(k: tuple) -> float:
            m = sum(total * shares[k[dim]] - sum(q[j] for j in cells if j[dim] == k[dim])
                    for dim, shares in enumerate(margins))
            return x[k] - q[k] + m
        open_cells = [k for k in cells if q[k] < capacity.get(k, 0)]
        if not open_cells:
            fail(f"only {sum(q.values())} documents can be sampled, {total} wanted")
        q[max(open_cells, key=lag)] += 1
    return q


def draw(pools: dict, quota: dict, rng: random.Random) -> tuple[dict, list[str]]:
    """Draw each cell's quota (scarcest cells first), one sentence per document.

    A cell left short (its documents taken by other cells) is filled from the same family in
    the other dataset, then with the other country status; returns (picks, warnings).
    """
    order = sorted(quota, key=lambda k: (len({c[:2] for c in pools.get(k, [])}), str(k)))
    shuffled = {}
    for k in order:
        cands = list(pools.get(k, []))
        rng.shuffle(cands)
        shuffled[k] = cands
    used: set = set()
    picks: dict[tuple, list] = {k: [] for k in order}
    pos = dict.fromkeys(order, 0)

    def take(src: tuple, dest: tuple, n: int) -> int:
        got = 0
        cands = shuffled.get(src, [])
        while got < n and pos.get(src, 0) < len(cands):
            c = cands[pos[src]]
            pos[src] += 1
            if c[:2] not in used:
                used.add(c[:2])
                picks[dest].append((*c, src))
                got += 1
        return got

    short = {}
    for k in order:
        got = take(k, k, quota[k])
        if got < quota[k]:
            short[k] = quota[k] - got
    warnings = []
    other_ds = {"allsides": "reuters", "reuters": "allsides"}
    for (f, d, c), n in short.items():
        for alt in ((f, other_ds[d], c), (f, d, not c), (f, other_ds[d], not c)):
            n -= take(alt, (f, d, c), n)
            if not n:
                break
        # (only where the above left it short, so earlier samplings are unchanged: any other
        # cell of the same dataset, scarcest first - session 18, Reuters alone)
        for alt in [k for k in order if k[1] == d and k != (f, d, c)] if n else ():
            n -= take(alt, (f, d, c), n)
            if not n:
                break
        warnings.append(f"cell {f}/{d}/{'country' if c else 'no country'} short by "
                        f"{short[f, d, c]}; {short[f, d, c] - n} taken from neighbour cells")
        if n:
            fail(f"cannot fill cell {(f, d, c)}: {n} sentences missing")
    return picks, warnings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--batches", type=int, required=True)
    ap.add_argument("--per-batch", type=int, required=True)
    ap.add_argument("--first-batch", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="JSONL files whose documents must not be sampled again")
    ap.add_argument("--gold", type=Path, default=gold_dev_path(),
                    help="gold dev file whose documents are excluded (default: %(default)s)")
    ap.add_argument("--dataset", choices=["allsides", "reuters"],
                    help="sample this dataset only (session 18: no unused Reuters document is "
                         "left, see --reuse-documents)")
    ap.add_argument("--reuse-documents", action="store_true",
                    help="exclude only the sentences already sampled (of --exclude files and "
                         "other batch files in --out), not their documents; the gold dev "
                         "file's documents stay excluded")
    args = ap.parse_args(argv)
    if args.dataset is not None:
        DATASET_SHARES.clear()  # (the quotas and the summary read it)
        DATASET_SHARES[args.dataset] = 1.0
    if args.batches < 1 or args.per_batch < 1 or args.first_batch < 0:
        fail("--batches and --per-batch must be positive, --first-batch non-negative")
    t0 = time.perf_counter()
    batch_nos = range(args.first_batch, args.first_batch + args.batches)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.reuse_documents:
        exclude = excluded_docs(None, batch_nos, [], args.gold)  # the gold file's documents
        exclude_sents = frozenset(excluded_sentences(args.out, batch_nos, args.exclude))
    else:
        exclude = excluded_docs(args.out, batch_nos, args.exclude, args.gold)
        exclude_sents = frozenset()
    pools, dates = build_pools(load_frames(), exclude, exclude_sents,
                               None if args.dataset is None else {args.dataset})
    capacity = {k: len({c[:2] for c in v}) for k, v in pools.items()}
    total = args.batches * args.per_batch
    rng = random.Random(args.seed)
    picks, warnings = draw(pools, quotas(total, capacity), rng)

    # deal the picks out in cell order, each to the batch (with room) holding the fewest of
    # its family + dataset + country status, so every batch gets the same mix; then shuffle
    batches: list[list] = [[] for _ in batch_nos]
    held: list[Counter] = [Counter() for _ in batch_nos]
    for cell in [(f, d, c) for f, _, _ in FAMILIES for d in DATASET_SHARES for c in (True, False)]:
        for p in picks.get(cell, []):
            b = min((b for b in range(args.batches) if len(batches[b]) < args.per_batch),
                    key=lambda b: (sum(held[b][i, v] for i, v in enumerate(cell)),
                                   len(batches[b]), b))
            batches[b].append(p)
            held[b].update((i, v) for i, v in enumerate(cell))
    mix: Counter = Counter()
    for no, items in zip(batch_nos, batches, strict=True):
        rng.shuffle(items)
        recs = []
        for j, (ds, doc_id, a, b, s, cell) in enumerate(items, 1):
            mix[cell] += 1
            recs.append({"id": f"b{no:02d}-{j:03d}", "source_key": source_key(ds, doc_id, a),
                         "doc_id": doc_id, "dataset": ds, "start": a, "end": b,
                         "date": dates[ds, doc_id], "text": s, "cue_family": cell[0]})
        write_jsonl(args.out / f"b{no:02d}_sentences.jsonl", recs)

    for w in warnings:
        print("warning:", w, file=sys.stderr)
    n = sum(mix.values())
    print(f"{n} sentences in {args.batches} batches ({len(exclude)} documents excluded), "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    levels = ([f for f, _, _ in FAMILIES], list(DATASET_SHARES), [True, False])
    for label, key in (("family", 0), ("dataset", 1), ("country", 2)):
        got = Counter()
        for cell, v in mix.items():
            got[cell[key]] += v
        print(f"  {label}: " + ", ".join(f"{k}={got[k]} ({got[k] / n:.1%})" for k in levels[key]),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
