"""Turn a labelled gold-format file into a label file that holds no corpus text.

    python dev/blind/pack.py GOLD.jsonl SENTENCES.jsonl OUT_LABELS.jsonl

``GOLD.jsonl`` is labelled in the format of ``shared/gold/accusations_dev.jsonl`` (``id`` and
``text`` as in ``SENTENCES.jsonl``, the file written by ``sample.py``). Each output line keeps
the sentence's origin (``id``, ``source_key``, ``dataset``, ``doc_id``, ``start``, ``end``,
``date``, ``cue_family``) and ``length``, the booleans, the ISO3 codes and
``hard_negative_type``; every ``*_text``, ``allegation``, ``cue`` and ``denial_cue`` becomes
``*_span`` = ``[start, end]`` within the sentence (null when null). ``text``, ``notes`` and
``other_accusations`` are dropped; ``ambiguous`` keeps whether the notes start with
"ambiguous:". ``unpack.py`` rebuilds the gold file from the shared datasets.
"""

from __future__ import annotations

import argparse
import re
import sys

from blindlib import (
    BOOL_FIELDS,
    ISO_FIELDS,
    ORIGIN_FIELDS,
    SPAN_FIELDS,
    fail,
    read_jsonl,
    write_jsonl,
)

#: Gold keys dropped on purpose (text, or rebuilt by unpack.py).
DROPPED = {"text", "notes", "other_accusations", "source", "text_edited", "reuters_lewissplit"}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_TAG = re.compile(r"^[a-z0-9_]{1,60}$")


def pack_record(gold: dict, sent: dict) -> dict:
    """The label record of one gold record and its sentence; exits on any inconsistency."""
    rid = gold["id"]
    text = gold.get("text")
    if text != sent["text"]:
        fail(f"{rid}: text differs from the sampled sentence (edited? offsets would be wrong)")
    if gold.get("text_edited"):
        fail(f"{rid}: text_edited is true; labels must refer to the unedited sentence")
    out = {k: sent[k] for k in ORIGIN_FIELDS if k in sent}
    out["length"] = len(text)  # checked by unpack.py
    for k in BOOL_FIELDS:
        v = gold.get(k)
        if not (isinstance(v, bool) or (v is None and k == "needs_world_knowledge")):
            fail(f"{rid}: {k} must be true or false, got {v!r}")
    for k in ISO_FIELDS:
        v = gold.get(k)
        if v is not None and not (isinstance(v, str) and _ISO3.match(v)):
            fail(f"{rid}: {k} must be an ISO3 code or null, got {v!r}")
    hnt = gold.get("hard_negative_type")
    if hnt is not None and not (isinstance(hnt, str) and _TAG.match(hnt)):
        fail(f"{rid}: hard_negative_type must be a snake_case tag or null, got {hnt!r}")
    spans = {}
    for k, span_key in SPAN_FIELDS.items():
        v = gold.get(k)
        if v is None:
            spans[span_key] = None
            continue
        i = text.find(v) if isinstance(v, str) and v else -1
        if i < 0:
            fail(f"{rid}: {k} {v!r} is not a substring of the sentence text")
        spans[span_key] = [i, i + len(v)]
    out.update({
        "is_accusation": gold["is_accusation"],
        "accuser_span": spans["accuser_span"], "accuser_iso3": gold.get("accuser_iso3"),
        "accused_span": spans["accused_span"], "accused_iso3": gold.get("accused_iso3"),
        "allegation_span": spans["allegation_span"], "cue_span": spans["cue_span"],
        "is_denial": gold["is_denial"],
        "denier_span": spans["denier_span"], "denier_iso3": gold.get("denier_iso3"),
        "denial_cue_span": spans["denial_cue_span"],
        "hard_negative_type": hnt,
        "needs_world_knowledge": gold.get("needs_world_knowledge"),
        # LABELLING.md: notes of hesitant calls start with "ambiguous:"; keep that bit only
        "ambiguous": str(gold.get("notes") or "").lower().startswith("ambiguous"),
    })
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", help="labelled gold-format JSONL")
    ap.add_argument("sentences", help="bNN_sentences.jsonl the labels refer to")
    ap.add_argument("out", help="label file to write (no corpus text)")
    args = ap.parse_args(argv)
    sents = {s["id"]: s for s in read_jsonl(args.sentences)}
    known = set(SPAN_FIELDS) | set(BOOL_FIELDS) | set(ISO_FIELDS) | set(ORIGIN_FIELDS) | DROPPED
    known.add("hard_negative_type")
    out, seen, unknown = [], set(), set()
    for gold in read_jsonl(args.gold):
        rid = gold.get("id")
        if rid not in sents:
            fail(f"{rid!r}: no sentence with this id in {args.sentences}")
        if rid in seen:
            fail(f"{rid}: labelled twice in {args.gold}")
        seen.add(rid)
        unknown |= set(gold) - known
        out.append(pack_record(gold, sents[rid]))
    write_jsonl(args.out, out)
    if unknown:
        print(f"warning: dropped unknown keys {sorted(unknown)}", file=sys.stderr)
    print(f"{len(out)} labels written to {args.out} ({len(sents) - len(out)} sentences of "
          f"{args.sentences} not labelled)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
