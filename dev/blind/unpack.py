"""Rebuild gold-format JSONL (with text) from label files and the shared datasets.

    python dev/blind/unpack.py LABELS.jsonl... -o GOLD.jsonl

Each label's sentence is ``document_text[start:end]`` of its document (loaded with mediakit's
loaders), line breaks joined as in ``sample.py``; every ``*_span`` becomes the matching ``*_text`` / ``allegation`` / ``cue`` /
``denial_cue`` string. Fails when a document is missing, an offset falls outside its text or
the rebuilt text does not have the stored length; warns when ``[start, end]`` is no longer
one of ``mediakit.text.sentence_spans`` of the document (changed data or splitter).
"""

from __future__ import annotations

import argparse
import sys

from blindlib import (
    GOLD_ORDER,
    SPAN_FIELDS,
    doc_of,
    fail,
    iter_documents,
    load_frames,
    read_jsonl,
    sentence_text,
    source_key,
    write_jsonl,
)

from mediakit.text import sentence_spans

_NAMES = {"allsides": "AllSides", "reuters": "Reuters-21578"}


def unpack_record(lab: dict, doc: str) -> tuple[dict, bool]:
    """The gold-format record of one label; also whether its span is a current sentence."""
    rid, a, b = lab["id"], lab["start"], lab["end"]
    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(doc)):
        fail(f"{rid}: offsets [{a}, {b}] fall outside its document (length {len(doc)})")
    text = sentence_text(doc, a, b)
    if len(text) != lab.get("length", b - a):
        fail(f"{rid}: rebuilt text has length {len(text)}, stored {lab.get('length', b - a)}")
    if text != text.strip():
        fail(f"{rid}: rebuilt text starts or ends with white space (document changed?)")
    if source_key(lab["dataset"], lab["doc_id"], a) != lab["source_key"]:
        fail(f"{rid}: source_key {lab['source_key']!r} does not match doc_id/start")
    rec = {"id": rid,
           "source": f"{_NAMES[lab['dataset']]} {lab['doc_id']}, characters {a}-{b}",
           "text": text, "other_accusations": [], "notes": None, "text_edited": False}
    for k in ("source_key", "dataset", "doc_id", "start", "end", "date", "cue_family",
              "is_accusation", "accuser_iso3", "accused_iso3", "is_denial", "denier_iso3",
              "hard_negative_type", "needs_world_knowledge", "ambiguous"):
        rec[k] = lab.get(k)
    for field, span_key in SPAN_FIELDS.items():
        span = lab.get(span_key)
        if span is None:
            rec[field] = None
            continue
        i, j = span
        if not 0 <= i < j <= len(text):
            fail(f"{rid}: {span_key} {span} falls outside the sentence (length {len(text)})")
        rec[field] = text[i:j]
    return {k: rec[k] for k in GOLD_ORDER}, (a, b) in set(sentence_spans(doc))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("labels", nargs="+", help="label files written by pack.py")
    ap.add_argument("-o", "--out", required=True, help="gold-format JSONL to write")
    args = ap.parse_args(argv)
    labels, ids = [], set()
    for path in args.labels:
        for lab in read_jsonl(path):
            if lab.get("id") in ids:
                fail(f"{lab.get('id')!r} appears twice in the label files")
            ids.add(lab.get("id"))
            if doc_of(lab) is None:
                fail(f"{path}: {lab.get('id')!r} does not say which document it comes from")
            labels.append(lab)
    wanted = {doc_of(lab) for lab in labels}
    frames = load_frames(sorted({ds for ds, _ in wanted}))
    docs = {(ds, d): text for ds, d, text, _, _ in iter_documents(frames, wanted)}
    out, moved = [], []
    for lab in labels:
        key = doc_of(lab)
        if key not in docs:
            fail(f"{lab['id']}: document {key[1]} not found in the {key[0]} dataset")
        rec, is_sentence = unpack_record(lab, docs[key])
        out.append(rec)
        if not is_sentence:
            moved.append(lab["id"])
    write_jsonl(args.out, out)
    if moved:
        print(f"warning: {len(moved)} spans are no longer sentence spans of their documents "
              f"(data or splitter changed?): {', '.join(moved[:10])}", file=sys.stderr)
    print(f"{len(out)} gold records written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
