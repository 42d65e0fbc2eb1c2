"""Shared helpers of the blind-labelling scripts: documents, keys, dates and JSONL I/O.

Documents come from mediakit's own loaders; the text every offset refers to is
``mediakit.text.document_text(title, text)``, so a ``(doc_id, start, end)`` triple is enough
to rebuild a sentence from the shared datasets.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from mediakit.datasets import fetch_allsides, fetch_reuters21578, get_data_home
from mediakit.text import document_text

DATASETS = ("allsides", "reuters")


def gold_dev_path() -> Path:
    """``<shared>/gold/accusations_dev.jsonl`` next to the datasets folder mediakit reads."""
    return get_data_home().parent / "gold" / "accusations_dev.jsonl"


def fail(msg: str) -> None:
    """Print ``msg`` to stderr and exit with status 1."""
    sys.exit(f"error: {msg}")


def load_frames(datasets: Iterable[str] = DATASETS) -> dict[str, pd.DataFrame]:
    """The articles tables of ``datasets``, keyed by dataset name."""
    fetch = {"allsides": fetch_allsides, "reuters": fetch_reuters21578}
    return {d: fetch[d]() for d in datasets}


def iter_documents(frames: dict[str, pd.DataFrame],
                   wanted: set[tuple[str, str]] | None = None
                   ) -> Iterator[tuple[str, str, str, str | None, int]]:
    """Yield ``(dataset, doc_id, document text, date, body start)`` by dataset and doc_id.

    The body start is the offset where the body begins (after the title and its blank
    line); it is the text's length when the document is a title alone.
    """
    for ds in DATASETS:
        if ds not in frames:
            continue
        df = frames[ds].sort_values("doc_id", kind="stable")
        for doc_id, title, text, ts in zip(df["doc_id"], df["title"], df["text"],
                                           df["published"], strict=True):
            if wanted is None or (ds, doc_id) in wanted:
                doc = document_text(title, text)
                body = document_text(None, text)
                yield ds, str(doc_id), doc, format_date(ds, ts), len(doc) - len(body)


_LINE_BREAK = re.compile(r"[ \t\r]*\n\s*")


def sentence_text(doc: str, start: int, end: int) -> str:
    """``doc[start:end]`` with each line break (and the white space around it) as one space.

    Reuters wraps its lines; the gold file joins them the same way. Deterministic, so a
    sentence is rebuilt exactly from its document offsets.
    """
    return _LINE_BREAK.sub(" ", doc[start:end])


def format_date(dataset: str, ts) -> str | None:
    """ISO date (AllSides, dates only) or date and time (Reuters, UTC); None when unknown."""
    if ts is None or pd.isna(ts):
        return None
    return ts.strftime("%Y-%m-%dT%H:%M:%S" if dataset == "reuters" else "%Y-%m-%d")


def source_key(dataset: str, doc_id: str, start: int) -> str:
    """``allsides:<ID>#<start>`` or ``reuters:NEWID-<n>#<start>``."""
    if dataset == "reuters":
        return f"reuters:NEWID-{doc_id.removeprefix('reuters-')}#{start}"
    return f"allsides:{doc_id}#{start}"


_KEY = re.compile(r"^(allsides|reuters):(?:NEWID-)?([^#]+)")
_ALLSIDES_SRC = re.compile(r"data/jsons/([A-Za-z0-9]+)\.json")
_REUTERS_SRC = re.compile(r"NEWID-(\d+)")


def doc_of(rec: dict) -> tuple[str, str] | None:
    """The ``(dataset, loader doc_id)`` a record comes from, or None if it does not say.

    Reads ``dataset`` + ``doc_id``, else ``source_key`` (``allsides:<ID>#..``,
    ``reuters:NEWID-<n>#..``), else ``source`` (``data/jsons/<ID>.json`` or ``NEWID-<n>``).
    AllSides doc ids are the corpus ``ID``; Reuters ones are ``reuters-<NEWID>``.
    """
    if rec.get("dataset") in DATASETS and rec.get("doc_id"):
        return rec["dataset"], str(rec["doc_id"])
    m = _KEY.match(rec.get("source_key") or "")
    if m:
        ds, ident = m.groups()
        return ds, f"reuters-{ident}" if ds == "reuters" else ident
    src = rec.get("source") or ""
    if m := _ALLSIDES_SRC.search(src):
        return "allsides", m.group(1)
    if "reuters" in src.lower() and (m := _REUTERS_SRC.search(src)):
        return "reuters", f"reuters-{m.group(1)}"
    return None


def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSON Lines file (blank lines skipped)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    fail(f"{path}:{i}: not valid JSON ({exc.msg})")
    return out


def write_jsonl(path: str | Path, records: Iterable[dict]) -> None:
    """Write records one per line, UTF-8, keys in the given order."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# --- label files ---------------------------------------------------------------------------
#: Gold fields holding a substring of the sentence -> the label-file key of its [start, end].
SPAN_FIELDS = {"accuser_text": "accuser_span", "accused_text": "accused_span",
               "allegation": "allegation_span", "cue": "cue_span",
               "denier_text": "denier_span", "denial_cue": "denial_cue_span"}
BOOL_FIELDS = ("is_accusation", "is_denial", "needs_world_knowledge")
ISO_FIELDS = ("accuser_iso3", "accused_iso3", "denier_iso3")
#: Where the sentence comes from (copied from the sentences file into the label file).
ORIGIN_FIELDS = ("id", "source_key", "dataset", "doc_id", "start", "end", "date", "cue_family")
#: Gold-format key order (as in shared/gold/accusations_dev.jsonl, plus the origin fields).
GOLD_ORDER = ("id", "source", "source_key", "dataset", "doc_id", "start", "end", "date", "text",
              "is_accusation", "accuser_text", "accuser_iso3", "accused_text", "accused_iso3",
              "allegation", "cue", "is_denial", "denier_text", "denier_iso3", "denial_cue",
              "hard_negative_type", "needs_world_knowledge", "other_accusations", "notes",
              "text_edited", "cue_family", "ambiguous")
