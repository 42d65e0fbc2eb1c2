"""The tables mediakit passes between its stages, and their validators.

Every module takes column names from here (``schema.DOC_ID``, ...) rather than spelling them
as bare strings, so a rename happens in one place. Each table is described by a
:class:`TableSchema` (ordered columns with pandas dtypes); :func:`empty` builds an empty table,
:func:`validate` checks one and :func:`validate_articles` is the common case.

Examples
--------
>>> import pandas as pd
>>> from mediakit import schema
>>> df = schema.empty("articles")
>>> list(df.columns[:4])
['doc_id', 'published', 'source', 'title']
>>> schema.validate_articles(df) is df
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from .errors import SchemaError

__all__ = [
    "ACCUSATIONS",
    "ARTICLES",
    "DOC_COUNTRIES",
    "DOC_TOPICS",
    "MENTIONS",
    "TABLES",
    "TableSchema",
    "coerce",
    "empty",
    "from_columns",
    "validate",
    "validate_articles",
]

# --- column names -------------------------------------------------------------------------
DOC_ID = "doc_id"
PUBLISHED = "published"
PUBLISHED_FROM = "published_from"
SOURCE = "source"
TITLE = "title"
TEXT = "text"
URL = "url"
LANG = "lang"
IS_TEASER = "is_teaser"

START = "start"
END = "end"
SURFACE = "surface"
ISO3 = "iso3"
KIND = "kind"
SENTENCE = "sentence"

N_MENTIONS = "n_mentions"
SCORE = "score"
PRIMARY = "primary"

ACCUSER = "accuser"
ACCUSER_ISO3 = "accuser_iso3"
ACCUSED = "accused"
ACCUSED_ISO3 = "accused_iso3"
ALLEGATION = "allegation"
CUE = "cue"
POLARITY = "polarity"
CONFIDENCE = "confidence"
ANSWERS = "answers"  # for a denial: `start` of the accusation it answers in the same article
ACCUSER_START, ACCUSER_END = "accuser_start", "accuser_end"
ACCUSED_START, ACCUSED_END = "accused_start", "accused_end"
CUE_START, CUE_END = "cue_start", "cue_end"
METHOD = "method"  # "rules" or "scorer" (the learned sentence scorer's rows)

TOPIC = "topic"
WEIGHT = "weight"

#: Where a ``published`` value came from (the column ``published_from``).
PUBLISHED_FROM_VALUES = ("field", "image_slug", "dateline", "file_mtime")
#: Mention kinds.
MENTION_KINDS = ("name", "demonym", "capital", "metonym", "city", "leader")
#: Accusation polarities.
POLARITIES = ("accuse", "deny")

_STR = "string"
_UTC = "datetime64[ns, UTC]"


@dataclass(frozen=True)
class TableSchema:
    """Ordered required columns of one table and their pandas dtypes.

    ``extra_ok`` says whether other columns may follow (articles keep whatever a format
    carries, e.g. Reuters ``places``).
    """

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]
    extra_ok: bool = True

    @property
    def names(self) -> list[str]:
        """Column names in order."""
        return [c for c, _ in self.columns]

    @property
    def dtypes(self) -> dict[str, str]:
        """Mapping column -> pandas dtype string."""
        return dict(self.columns)


ARTICLES = TableSchema(
    "articles",
    (
        (DOC_ID, _STR),
        (PUBLISHED, _UTC),
        (SOURCE, _STR),
        (TITLE, _STR),
        (TEXT, _STR),
        (URL, _STR),
        (LANG, _STR),
        (PUBLISHED_FROM, _STR),
    ),
    key=(DOC_ID,),
)

MENTIONS = TableSchema(
    "mentions",
    (
        (DOC_ID, _STR),
        (START, "int64"),
        (END, "int64"),
        (SURFACE, _STR),
        (ISO3, _STR),
        (KIND, _STR),
        (SENTENCE, "Int64"),
    ),
    key=(DOC_ID, START),
)

DOC_COUNTRIES = TableSchema(
    "doc_countries",
    (
        (DOC_ID, _STR),
        (ISO3, _STR),
        (N_MENTIONS, "int64"),
        (SCORE, "float64"),
        (PRIMARY, "bool"),
    ),
    key=(DOC_ID, ISO3),
)

ACCUSATIONS = TableSchema(
    "accusations",
    (
        (DOC_ID, _STR),
        (SENTENCE, "int64"),
        (START, "int64"),
        (END, "int64"),
        (ACCUSER, _STR),
        (ACCUSER_ISO3, _STR),
        (ACCUSED, _STR),
        (ACCUSED_ISO3, _STR),
        (ALLEGATION, _STR),
        (CUE, _STR),
        (POLARITY, _STR),
        (CONFIDENCE, "float64"),
        (ANSWERS, "Int64"),
        (ACCUSER_START, "Int64"),
        (ACCUSER_END, "Int64"),
        (ACCUSED_START, "Int64"),
        (ACCUSED_END, "Int64"),
        (CUE_START, "Int64"),
        (CUE_END, "Int64"),
        (METHOD, _STR),
    ),
    key=(DOC_ID, CUE_START, POLARITY),
)

DOC_TOPICS = TableSchema(
    "doc_topics",
    ((DOC_ID, _STR), (TOPIC, _STR), (WEIGHT, "float64")),
    key=(DOC_ID, TOPIC),
)

#: Every table by name.
TABLES: dict[str, TableSchema] = {
    t.name: t for t in (ARTICLES, MENTIONS, DOC_COUNTRIES, ACCUSATIONS, DOC_TOPICS)
}


def _get(table: str | TableSchema) -> TableSchema:
    if isinstance(table, TableSchema):
        return table
    try:
        return TABLES[table]
    except KeyError:
        raise SchemaError(
            f"unknown table {table!r}; known tables: {', '.join(sorted(TABLES))}"
        ) from None


def empty(table: str | TableSchema) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of ``table``.

    Examples
    --------
    >>> empty("doc_countries").dtypes["primary"]
    dtype('bool')
    """
    spec = _get(table)
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in spec.columns})


def coerce(df: pd.DataFrame, table: str | TableSchema) -> pd.DataFrame:
    """Return ``df`` with missing optional columns added as NA and dtypes set per schema.

    Required key columns must already exist. Datetimes are converted to UTC.

    Examples
    --------
    >>> import pandas as pd
    >>> out = coerce(pd.DataFrame({"doc_id": ["a"], "title": ["Hi"]}), "articles")
    >>> str(out["published"].dtype), out.loc[0, "text"] is pd.NA
    ('datetime64[ns, UTC]', True)
    """
    spec = _get(table)
    out = df.copy()
    for key in spec.key:
        if key not in out.columns:
            raise SchemaError(f"{spec.name} table: required column {key!r} is missing", column=key)
    for col, dtype in spec.columns:
        if col not in out.columns:
            out[col] = pd.Series(pd.NA if dtype != "bool" else False, index=out.index)
        if dtype == _UTC:
            out[col] = pd.to_datetime(out[col], utc=True, errors="raise").astype(_UTC)
        else:
            out[col] = out[col].astype(dtype)
    ordered = spec.names + [c for c in out.columns if c not in spec.names]
    return out[ordered]


def from_columns(columns: Mapping[str, Sequence], table: str | TableSchema) -> pd.DataFrame:
    """Build a ``table`` DataFrame from plain Python lists, one per column.

    The result equals ``coerce(pd.DataFrame(columns), table)`` (columns missing from
    ``columns`` are NA; ``None`` is NA) at a fraction of its cost: the annotators call it once
    per chunk of articles, where ``coerce``'s per-column conversions cost more than the
    annotation of a small chunk.

    Examples
    --------
    >>> out = from_columns({"doc_id": ["a", "b"], "topic": ["war", None], "weight": [1, 0.5]},
    ...                    "doc_topics")
    >>> out.dtypes.astype(str).tolist(), out["topic"].isna().tolist(), out["weight"].tolist()
    (['string', 'string', 'float64'], [False, True], [1.0, 0.5])
    """
    spec = _get(table)
    lengths = {len(v) for v in columns.values()}
    if len(lengths) > 1:
        raise ValueError(f"{spec.name} table: columns of different lengths {sorted(lengths)}")
    n = lengths.pop() if lengths else 0
    for key in spec.key:
        if key not in columns:
            raise SchemaError(f"{spec.name} table: required column {key!r} is missing", column=key)
    data = {col: _column(columns[col] if col in columns else [None] * n, dtype)
            for col, dtype in spec.columns}
    data.update({c: v for c, v in columns.items() if c not in data})
    return pd.DataFrame(data)


def _column(values: Sequence, dtype: str):
    """``values`` as an array of ``dtype``: the fast constructors, else pandas' conversion."""
    import numpy as np

    try:
        if dtype == _STR:
            import pyarrow as pa

            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        if dtype == "int64":
            return np.array(values, dtype=np.int64)
        if dtype == "float64":
            return np.array([np.nan if v is None else v for v in values], dtype=np.float64)
        if dtype == "Int64":
            mask = np.array([v is None for v in values], dtype=bool)
            data = np.array([0 if v is None else v for v in values], dtype=np.int64)
            return pd.arrays.IntegerArray(data, mask)
    except (TypeError, ValueError, OverflowError, ImportError):
        pass  # pd.NA, numpy scalars, strings of numbers...: the general path below
    except Exception as exc:  # pyarrow's ArrowInvalid / ArrowTypeError
        if type(exc).__module__.split(".")[0] != "pyarrow":
            raise
    series = pd.Series(list(values), dtype=object)
    if dtype == _UTC:
        return pd.to_datetime(series, utc=True, errors="raise").astype(_UTC).array
    if dtype == "bool" and series.isna().any():
        series = series.where(series.notna(), False)
    return series.astype(dtype).array


def validate(df: pd.DataFrame, table: str | TableSchema) -> pd.DataFrame:
    """Check that ``df`` follows the schema of ``table``; return it unchanged.

    Raises :class:`~mediakit.errors.SchemaError` naming the first problem found: a missing
    column, a wrong dtype, or duplicate keys.

    Examples
    --------
    >>> import pandas as pd
    >>> validate(pd.DataFrame({"doc_id": ["a"]}), "articles")
    Traceback (most recent call last):
    ...
    mediakit.errors.SchemaError: articles table: column 'published' is missing (have: doc_id)
    """
    spec = _get(table)
    if not isinstance(df, pd.DataFrame):
        raise SchemaError(f"{spec.name} table: expected a pandas DataFrame, got {type(df).__name__}")
    for col, dtype in spec.columns:
        if col not in df.columns:
            raise SchemaError(
                f"{spec.name} table: column {col!r} is missing (have: {', '.join(map(str, df.columns))})",
                column=col,
            )
        actual = df[col].dtype
        if not _dtype_ok(actual, dtype):
            raise SchemaError(
                f"{spec.name} table: column {col!r} has dtype {actual}, expected {dtype}",
                column=col,
            )
    if not spec.extra_ok:
        extra = [c for c in df.columns if c not in spec.names]
        if extra:
            raise SchemaError(f"{spec.name} table: unexpected columns {extra}", column=extra[0])
    dup = df.duplicated(list(spec.key), keep=False)
    if dup.any():
        first = df.loc[dup, list(spec.key)].iloc[0].tolist()
        raise SchemaError(
            f"{spec.name} table: {int(dup.sum())} rows share a key {list(spec.key)}, e.g. {first}",
            column=spec.key[0],
        )
    return df


def _dtype_ok(actual, expected: str) -> bool:
    if expected == _STR:
        return isinstance(actual, pd.StringDtype) or pd.api.types.is_object_dtype(actual)
    if expected == _UTC:
        return isinstance(actual, pd.DatetimeTZDtype) and str(actual.tz) == "UTC"
    if expected in ("int64", "Int64"):
        return pd.api.types.is_integer_dtype(actual)
    if expected == "float64":
        return pd.api.types.is_float_dtype(actual)
    if expected == "bool":
        return pd.api.types.is_bool_dtype(actual)
    return str(actual) == expected


def validate_articles(df: pd.DataFrame) -> pd.DataFrame:
    """Check an articles table (see :data:`ARTICLES`); return it unchanged.

    Besides columns and dtypes, ``doc_id`` must be non-null and unique, and
    ``published_from`` must be one of :data:`PUBLISHED_FROM_VALUES` or NA.

    Examples
    --------
    >>> import pandas as pd
    >>> df = coerce(pd.DataFrame({"doc_id": ["a", "a"]}), "articles")
    >>> validate_articles(df)
    Traceback (most recent call last):
    ...
    mediakit.errors.SchemaError: articles table: 2 rows share a key ['doc_id'], e.g. ['a']
    """
    validate(df, ARTICLES)
    if df[DOC_ID].isna().any():
        n = int(df[DOC_ID].isna().sum())
        raise SchemaError(f"articles table: {n} rows have no doc_id", column=DOC_ID)
    bad = ~df[PUBLISHED_FROM].isna() & ~df[PUBLISHED_FROM].isin(PUBLISHED_FROM_VALUES)
    if bad.any():
        raise SchemaError(
            f"articles table: published_from has unknown values "
            f"{sorted(set(df.loc[bad, PUBLISHED_FROM]))}; expected one of {PUBLISHED_FROM_VALUES}",
            column=PUBLISHED_FROM,
        )
    return df
