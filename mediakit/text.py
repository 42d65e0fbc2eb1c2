"""Text helpers shared by the annotators.

Offsets in the mentions and accusations tables index into :func:`document_text`:
``title + "\\n\\n" + text`` (either part may be missing). Keeping one definition here means
a span found by any annotator can be cut out of the same string by any other.

Examples
--------
>>> document_text("Russia accuses US", "Moscow said.")
'Russia accuses US\\n\\nMoscow said.'
>>> document_text(None, "Moscow said.")
'Moscow said.'
"""

from __future__ import annotations

import re

import pandas as pd

from .schema import TEXT, TITLE

__all__ = [
    "TITLE_SEPARATOR",
    "document_text",
    "document_texts",
    "sentence_ends",
    "sentence_span",
    "sentence_spans",
]

#: Separator between title and body in :func:`document_text`.
TITLE_SEPARATOR = "\n\n"


def _missing(value: object) -> bool:
    """None, pd.NA or a float NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _clean(value: object) -> str:
    return "" if _missing(value) else str(value)


def document_text(title: object, text: object) -> str:
    """Return the string every offset refers to: ``title``, a blank line, ``text``.

    Missing parts (None, NA, NaN, "") are left out together with the separator, so a teaser
    (title only) is just its title.

    Examples
    --------
    >>> document_text("Isis ranks flooded", "")
    'Isis ranks flooded'
    """
    t, b = _clean(title), _clean(text)
    if t and b:
        return t + TITLE_SEPARATOR + b
    return t or b


def document_texts(articles: pd.DataFrame) -> list[str]:
    """Return :func:`document_text` for every row of an articles table, in order.

    Examples
    --------
    >>> import pandas as pd
    >>> document_texts(pd.DataFrame({"title": ["A", None], "text": ["b", "c"]}))
    ['A\\n\\nb', 'c']
    """
    titles = articles[TITLE] if TITLE in articles else [None] * len(articles)
    texts = articles[TEXT] if TEXT in articles else [None] * len(articles)
    return [document_text(t, b) for t, b in zip(titles, texts, strict=True)]


# --- sentence boundaries ----------------------------------------------------------------------
# A local boundary finder: candidates come from one compiled regex (no nested quantifiers, so
# linear), and each candidate is checked in O(1) by looking at a bounded window around it.
# It handles abbreviations (Mr., Gen., Jan., U.S.), initials ("J. Smith"), closing quotes and
# brackets after the full stop, paragraph breaks, and a lower-case continuation ("e.g. this").

#: Tokens (lower case, without their final dot) after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "gov", "sen", "rep", "rev", "st", "sr", "jr", "hon", "pres", "supt", "insp", "det", "messrs", "mmes", "fr", "brig", "cdr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "est", "approx", "etc", "vs", "v", "no", "nos", "vol", "fig", "p", "pp", "ed", "eds", "al", "cf", "ie", "eg", "mt", "ft", "ave", "blvd", "rd", "hwy", "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "a.m", "p.m", "i.e", "e.g", "d.c", "n.y", "l.a"]
)

_CLOSERS = "\"'”’)]»"


def _build_boundary_re() -> tuple[re.Pattern, tuple[re.Pattern, ...]]:
    # One regex does the whole check at C speed: end punctuation (+ closing quotes/brackets)
    # followed by white space and a character that is not lower case, not preceded by an
    # abbreviation ("Mr."), an initial ("J.") or a dotted acronym ("U.S."); or a blank line.
    # Each lookbehind has a fixed width and runs only where the punctuation matched, so the
    # pattern stays linear.
    plain = sorted(a for a in ABBREVIATIONS if "." not in a)
    # the lookbehinds follow the matched "." so they are only tried at full stops
    by_len: dict[int, list[str]] = {}
    for a in plain:
        by_len.setdefault(len(a), []).append(re.escape(a))
    lookbehinds = "".join(f"(?<!\\b(?:{'|'.join(v)})\\.)" for _, v in sorted(by_len.items()))
    lookbehinds += (r"(?<!\b[A-Za-z]\.)(?<!\b[A-Za-z]\.[A-Za-z]\.)"
                    r"(?<!\b[A-Za-z]\.[A-Za-z]\.[A-Za-z]\.)")
    # The pattern starts with a character class so that the regex engine skips every other
    # character at C speed. It is equivalent to the plain alternation
    #   END(?=\s+[^\sa-z]|\s*$) | END(?=[ \t\r]*\n[ \t\r]*\n) | \n[ \t\r]*\n
    # with END = (?:\.LOOKBEHINDS|[!?…])[.!?…]*[closers]*: the first character decides the
    # branch, and both lookaheads need white space (or the end) right after END, so they can
    # only hold at its longest extent, whichever is tried first.
    end = r"[.!?…]*[\"'”’)\]»]*(?=\s+[^\sa-z]|\s*$|[ \t\r]*\n[ \t\r]*\n)"
    whole = re.compile(
        r"[.!?…\n](?:(?<=\n)[ \t\r]*\n|(?<!\n)(?:(?<!\.)|(?i:" + lookbehinds + r"))" + end + ")"
    )
    # The same pattern split by its first character, each part starting with a literal: the
    # regex engine finds a literal with a fast search, but tests a character class at every
    # character (~10 ns each; 8x slower over a whole article). Same matches (see
    # _boundary_spans).
    by_char = (
        re.compile(r"\.(?i:" + lookbehinds + ")" + end),
        re.compile(r"\n[ \t\r]*\n"),
        re.compile(r"!" + end),
        re.compile(r"\?" + end),
        re.compile(r"…" + end),
    )
    return whole, by_char


_BOUNDARY_RE, _BOUNDARY_PARTS = _build_boundary_re()


_SPAN = re.Match.span  # (mapped over finditer: no Python frame per match)


def _boundary_spans(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    """``[m.span() for m in _BOUNDARY_RE.finditer(text, pos, endpos)]``, faster on long spans.

    The matches of the per-character parts, sorted, less those starting inside an earlier
    one (a part's match ends where the run of end punctuation and closers ends, so it is the
    match the whole pattern makes from the run's first character).
    """
    spans: list[tuple[int, int]] = []
    parts = 0
    for rx in _BOUNDARY_PARTS:
        n = len(spans)
        spans.extend(map(_SPAN, rx.finditer(text, pos, endpos)))
        parts += len(spans) > n
    if parts > 1:
        spans.sort()
        out = []
        last = -1
        for sp in spans:
            if sp[0] >= last:
                out.append(sp)
                last = sp[1]
        return out
    return spans


_MAX_TOKEN = 24


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return their ``(start, end)`` character spans.

    Spans exclude surrounding white space; a sentence ends after its final punctuation and
    any closing quotes or brackets. Runs in time linear in ``len(text)``.

    Examples
    --------
    >>> t = 'Mr. Smith met Gen. Lee in the U.S. on Jan. 5. "It was fine," he said. Next.'
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['Mr. Smith met Gen. Lee in the U.S. on Jan. 5.', '"It was fine," he said.', 'Next.']
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_spans expects a str, got {type(text).__name__}")
    spans = []
    start = 0
    for a, m_end in _boundary_spans(text, 0, len(text)):
        # _add_span inlined (hot loop)
        b = a if text[a] == "\n" else m_end
        while start < b and text[start].isspace():
            start += 1
        while b > start and text[b - 1].isspace():
            b -= 1
        if b > start:
            spans.append((start, b))
        start = m_end
    _add_span(text, start, len(text), spans)
    return spans


def sentence_ends(text: str, stop: int | None = None) -> list[int]:
    """Where the sentences of ``text[:stop]`` end, for counting the sentences before an offset.

    ``bisect.bisect_right(sentence_ends(text, stop), pos)`` is the index (in
    ``sentence_spans(text[:stop])``) of the sentence starting at ``pos``, for any ``pos`` that
    is a sentence start (a non-space character) or ``stop`` itself. The ends are those of the
    spans before their trailing white space is cut, which gives the same counts at such
    offsets while skipping the per-character trimming: about twice as fast.

    Examples
    --------
    >>> t = "Prices rose.\\n\\nRussia accused the U.S. of lying. Talks ended."
    >>> import bisect
    >>> bisect.bisect_right(sentence_ends(t), t.index("Talks"))
    2
    >>> [t[a:b] for a, b in sentence_spans(t)][2]
    'Talks ended.'
    """
    if not isinstance(text, str):
        raise TypeError(f"sentence_ends expects a str, got {type(text).__name__}")
    n = len(text) if stop is None else max(0, min(stop, len(text)))
    ends = []
    prev = 0
    for a, end in _boundary_spans(text, 0, n):
        if text[a] != "\n":
            ends.append(end)  # never an empty sentence: the match holds its punctuation
        elif a > prev and not text[prev:a].isspace():
            ends.append(a)
        prev = end
    if n > prev and not text[prev:n].isspace():
        ends.append(n)
    return ends


def _add_span(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))


def sentence_span(text: str, pos: int, *, max_chars: int = 1500) -> tuple[int, int]:
    """Return the ``(start, end)`` span of the sentence containing offset ``pos``.

    Looks at most ``max_chars`` characters to either side, so the cost per call is bounded
    whatever the input (a 100,000-character "sentence" without punctuation gives a window of
    ``2 * max_chars`` around ``pos``).

    Examples
    --------
    >>> t = "Prices rose. Russia accused the U.S. of lying. Talks ended."
    >>> a, b = sentence_span(t, t.index("accused"))
    >>> t[a:b]
    'Russia accused the U.S. of lying.'
    """
    n = len(text)
    if not 0 <= pos <= n:
        raise ValueError(f"pos={pos} is outside the text (length {n})")
    start = _span_start(text, pos, max_chars)
    end = _span_end(text, pos, max_chars)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span_start(text: str, pos: int, max_chars: int) -> int:
    """Start of the sentence holding ``pos`` before white space is trimmed (sentence_span)."""
    lo = max(0, pos - max_chars)
    # the window reaches one character past pos, so that the lookahead sees what follows: a
    # window cut at pos would let "$" match there and end a sentence before a lower-case word
    # ("Patrick Leahy (D-Vt.) charged": one sentence, as sentence_spans says)
    hi = min(len(text), pos + 1)
    # look back a short window first (most sentences are short), then the whole window
    for width in (min(400, max_chars), max_chars):
        wlo = max(0, pos - width)
        spans = (_boundary_spans(text, wlo, hi) if width > 400
                 else list(map(_SPAN, _BOUNDARY_RE.finditer(text, wlo, hi))))
        while spans and spans[-1][1] > pos:
            spans.pop()
        if spans:
            return spans[-1][1]  # a match ends at or before pos, its endpos
        if wlo == lo:
            break
    return lo


def _span_end(text: str, pos: int, max_chars: int) -> int:
    """End of the sentence holding ``pos`` before white space is trimmed (sentence_span)."""
    for m in _BOUNDARY_RE.finditer(text, pos, min(len(text), pos + max_chars)):
        return m.start() if m.group(0)[0] == "\n" else m.end()
    return min(len(text), pos + max_chars)
