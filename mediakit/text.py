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

import pandas as pd

from .schema import TEXT, TITLE

__all__ = ["TITLE_SEPARATOR", "document_text", "document_texts"]

#: Separator between title and body in :func:`document_text`.
TITLE_SEPARATOR = "\n\n"


def _clean(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    return str(value)


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
