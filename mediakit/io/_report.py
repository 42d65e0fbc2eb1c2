"""What a load did: items read, loaded and skipped per file, with reasons and places.

Every loader fills a :class:`_FileContext` (one per file) through ``skip()``, ``issue()`` and
``date_problem()``; :func:`mediakit.load` gathers them into one :class:`LoadReport` attached to
the returned table as ``df.attrs["load_report"]``.
"""

from __future__ import annotations

import warnings
from dataclasses import asdict, dataclass, field

from ..errors import ParseError

__all__ = ["FileReport", "LoadReport", "Problem"]

#: How many examples of each kind of problem a report keeps (counts are always complete).
MAX_EXAMPLES = 20


@dataclass(frozen=True)
class Problem:
    """One skipped item, flagged input or unparseable date: where it is and why.

    Examples
    --------
    >>> str(Problem("dump.txt", 12, 3, "item header without a title"))
    'dump.txt, line 12, item 3: item header without a title'
    """

    path: str
    line: int | None
    item: int | None
    reason: str
    value: str | None = None

    def __str__(self) -> str:
        where = [self.path]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.item is not None:
            where.append(f"item {self.item}")
        tail = "" if self.value is None else f" (value {self.value!r})"
        return f"{', '.join(where)}: {self.reason}{tail}"


@dataclass
class FileReport:
    """Counts for one input file: ``n_items == n_loaded + n_skipped``."""

    path: str
    format: str
    n_items: int = 0
    n_loaded: int = 0
    n_skipped: int = 0
    n_issues: int = 0
    n_date_problems: int = 0


@dataclass
class LoadReport:
    """Summary of a :func:`mediakit.load` call.

    Attributes
    ----------
    files : list of FileReport
        Per-file counts (items seen, loaded, skipped, flagged, bad dates).
    skipped : list of Problem
        Examples (at most ``MAX_EXAMPLES`` per file) of skipped items with path/line/item/reason.
    issues : list of Problem
        Examples of input that was loaded but altered or suspicious (invalid UTF-8 replaced,
        mixed line endings, stances pointing at unknown bodies, ...).
    date_problems : list of Problem
        Examples of date values that did not parse or are implausible (left as NaT).
    duplicate_ids : list of str
        Examples of ``doc_id`` values seen more than once (later ones got a ``#2``... suffix).
    n_duplicates : int
        How many rows got a suffixed id.

    Examples
    --------
    >>> rep = LoadReport([FileReport("a.txt", "dump", n_items=3, n_loaded=2, n_skipped=1)])
    >>> rep.n_items, rep.n_loaded, rep.n_skipped
    (3, 2, 1)
    >>> rep.to_dict()["n_skipped"]
    1
    """

    files: list[FileReport] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    issues: list[Problem] = field(default_factory=list)
    date_problems: list[Problem] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)
    n_duplicates: int = 0

    @property
    def n_items(self) -> int:
        """Items seen in all files."""
        return sum(f.n_items for f in self.files)

    @property
    def n_loaded(self) -> int:
        """Items returned as rows."""
        return sum(f.n_loaded for f in self.files)

    @property
    def n_skipped(self) -> int:
        """Items not returned (see :attr:`skipped` for examples)."""
        return sum(f.n_skipped for f in self.files)

    @property
    def n_issues(self) -> int:
        """Loaded items whose input was flagged."""
        return sum(f.n_issues for f in self.files)

    @property
    def n_date_problems(self) -> int:
        """Date values that could not be used (left as NaT)."""
        return sum(f.n_date_problems for f in self.files)

    def to_dict(self) -> dict:
        """Return the report as plain JSON-serialisable data."""
        return {
            "n_files": len(self.files),
            "n_items": self.n_items,
            "n_loaded": self.n_loaded,
            "n_skipped": self.n_skipped,
            "n_issues": self.n_issues,
            "n_date_problems": self.n_date_problems,
            "n_duplicates": self.n_duplicates,
            "files": [asdict(f) for f in self.files],
            "skipped": [asdict(p) for p in self.skipped],
            "issues": [asdict(p) for p in self.issues],
            "date_problems": [asdict(p) for p in self.date_problems],
            "duplicate_ids": list(self.duplicate_ids),
        }

    def summary(self) -> str:
        """Return a few human-readable lines describing the load.

        Examples
        --------
        >>> print(LoadReport([FileReport("a.csv", "csv", 2, 2)]).summary())
        1 file, 2 items: 2 loaded, 0 skipped
        """
        nf = len(self.files)
        lines = [
            f"{nf} file{'s' if nf != 1 else ''}, {self.n_items} items: "
            f"{self.n_loaded} loaded, {self.n_skipped} skipped"
        ]
        for title, probs, n in (
            ("skipped", self.skipped, self.n_skipped),
            ("flagged", self.issues, self.n_issues),
            ("unusable dates", self.date_problems, self.n_date_problems),
        ):
            if n:
                lines.append(f"{title}: {n}, e.g.")
                lines.extend(f"  {p}" for p in probs[:5])
        if self.n_duplicates:
            lines.append(
                f"duplicate doc_id: {self.n_duplicates} rows renamed with a #n suffix, "
                f"e.g. {', '.join(self.duplicate_ids[:5])}"
            )
        return "\n".join(lines)

    def __repr__(self) -> str:
        return (
            f"LoadReport(files={len(self.files)}, items={self.n_items}, loaded={self.n_loaded}, "
            f"skipped={self.n_skipped}, issues={self.n_issues}, "
            f"date_problems={self.n_date_problems}, duplicates={self.n_duplicates})"
        )

    def _repr_html_(self) -> str:
        import html

        head = "".join(f"<th>{h}</th>" for h in ("file", "format", "items", "loaded", "skipped",
                                                 "flagged", "bad dates"))
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
                f.path, f.format, f.n_items, f.n_loaded, f.n_skipped, f.n_issues,
                f.n_date_problems)) + "</tr>"
            for f in self.files[:50])
        more = f"<p>... {len(self.files) - 50} more files</p>" if len(self.files) > 50 else ""
        examples = "".join(f"<li>{html.escape(str(p))}</li>"
                           for p in (self.skipped + self.issues + self.date_problems)[:10])
        return (f"<b>LoadReport</b>: {self.n_loaded} of {self.n_items} items loaded, "
                f"{self.n_skipped} skipped, {self.n_issues} flagged, "
                f"{self.n_date_problems} unusable dates, {self.n_duplicates} duplicate ids"
                f"<table><tr>{head}</tr>{rows}</table>{more}"
                + (f"<ul>{examples}</ul>" if examples else ""))

    def _warn(self, stacklevel: int = 3, who: str = "mediakit.load") -> None:
        """Emit one UserWarning when items were skipped, input flagged or ids duplicated."""
        if not (self.n_skipped or self.n_issues or self.n_duplicates):
            return
        parts = []
        if self.n_skipped:
            parts.append(f"skipped {self.n_skipped} of {self.n_items} items; first: {self.skipped[0]}")
        if self.n_issues:
            parts.append(f"{self.n_issues} flagged input problems; first: {self.issues[0]}")
        if self.n_duplicates:
            parts.append(f"{self.n_duplicates} duplicate doc_id renamed with a #n suffix, "
                         f"first: {self.duplicate_ids[0]!r}")
        warnings.warn(
            f"{who}: " + "; ".join(parts)
            + " (see df.attrs['load_report'], or pass strict=True to raise)",
            UserWarning,
            stacklevel=stacklevel,
        )


class _FileContext:
    """Collects counts and problems while one file is read; raises under ``strict``."""

    def __init__(self, path, fmt: str, *, strict: bool = False) -> None:
        self.path = str(path)
        self.strict = strict
        self.file = FileReport(self.path, fmt)
        self.skipped: list[Problem] = []
        self.issues: list[Problem] = []
        self.date_problems: list[Problem] = []

    def _raise(self, reason: str, line, item) -> None:
        raise ParseError(reason, path=self.path, line=line, item=item)

    def skip(self, reason: str, *, line: int | None = None, item: int | None = None) -> None:
        """Record a skipped item (or raise ParseError under strict)."""
        if self.strict:
            self._raise(reason, line, item)
        self.file.n_skipped += 1
        if len(self.skipped) < MAX_EXAMPLES:
            self.skipped.append(Problem(self.path, line, item, reason))

    def issue(self, reason: str, *, line: int | None = None, item: int | None = None,
              value: str | None = None) -> None:
        """Record loaded-but-flagged input (or raise ParseError under strict)."""
        if self.strict:
            self._raise(reason if value is None else f"{reason} (value {value!r})", line, item)
        self.file.n_issues += 1
        if len(self.issues) < MAX_EXAMPLES:
            self.issues.append(Problem(self.path, line, item, reason, value))

    def date_problem(self, reason: str, value, *, line: int | None = None,
                     item: int | None = None) -> None:
        """Record a date value left as NaT (or raise ParseError under strict)."""
        if self.strict:
            self._raise(f"{reason} (value {value!r})", line, item)
        self.file.n_date_problems += 1
        if len(self.date_problems) < MAX_EXAMPLES:
            self.date_problems.append(Problem(self.path, line, item, reason, str(value)))

    def add_to(self, report: LoadReport) -> None:
        report.files.append(self.file)
        report.skipped.extend(self.skipped)
        report.issues.extend(self.issues)
        report.date_problems.extend(self.date_problems)
