"""Dictionary matching of country mentions: :class:`CountryMatcher` and :func:`find_mentions`.

One Aho-Corasick automaton (:class:`mediakit._automaton.PhraseAutomaton`, ahocorasick-rs) runs
once over the text and yields the longest non-overlapping alias matches. Case is handled by the keys themselves (no lowercasing pass):
every alias is looked up as written and in capitals (``Moscow``, ``MOSCOW``); aliases that are
not case-sensitive also with a capitalised first letter or words (``Gulf Of Mexico`` in a
Title Case headline). So proper nouns must be capitalised - *turkey* the bird, *china* the
porcelain and *us* the pronoun never match - and case-sensitive aliases (``US``, ``Chad``,
``Turkey``...) only match as written or shouted. Each hit then passes Unicode word-boundary
checks and context rules for names that are also words, persons or US states:

- ``US`` in ALL-CAPS text is the pronoun after a verb or preposition (``JOIN US``,
  ``HELP US``), the country otherwise (``RUSSIA ACCUSES US OF ...``); ``U.S.`` is never
  ambiguous;
- ``Georgia`` is the US state when the window around it has US-state cues (Atlanta,
  Gov., Rep., D-Ga., county, senator...) and no cue for the country (Tbilisi, Georgian...),
  or when the document has strong state cues (Atlanta, Savannah, D-Georgia...) and none
  for the country;
- ``Jordan``, ``Chad``, ``Washington``, ``Oman``, ``Holland``, ``Jersey``, ``Paris`` are
  persons after ``Mr``/``Ms``/``Dr`` or next to another capitalised name (``Michael Jordan``,
  ``Chad Johnson``, ``Paris Hilton``), except words such as *King*, *Lake*, *Airways*;
- ``Turkey`` followed by a food word (``Turkey sandwiches``) is the bird;
- longest match wins, so ``Nigeria``/``Niger``, ``Equatorial Guinea``/``Guinea``,
  ``South Sudan``/``Sudan``, ``American Samoa``/``Samoa``, ``Dominican Republic``/
  ``Dominica``, ``DR Congo``/``Congo`` resolve to the right code; *blockers* such as
  ``New Mexico`` or ``Gulf of Mexico`` swallow the phrase.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

import pandas as pd
from sklearn.base import BaseEstimator

from .. import schema
from ..errors import GazetteerError
from ..text import document_text

__all__ = ["DEFAULT_KINDS", "CountryMatcher", "Mention", "find_mentions"]

#: Kinds matched unless ``kinds=`` says otherwise (cities via ``cities=True``; leaders are
#: time-bound persons and must be asked for explicitly).
DEFAULT_KINDS = ("name", "demonym", "capital", "metonym")


class Mention(NamedTuple):
    """One country mention: ``text[start:end] == surface`` resolves to ``iso3``."""

    start: int
    end: int
    surface: str
    iso3: str
    kind: str


# --- context rules ----------------------------------------------------------------------
_PRONOUN_GOVERNORS = frozenset(
    ["LET", "LETS", "HELP", "JOIN", "TELL", "TOLD", "GIVE", "GAVE", "GIVES", "FOR", "TO", "WITH", "ABOUT", "FROM", "OF", "AT", "BY", "AMONG", "AGAINST", "BETWEEN", "BEHIND", "BEFORE", "AFTER", "LIKE", "ASK", "ASKED", "ASKS", "SHOW", "SHOWED", "CALL", "CALLED", "EMAIL", "FOLLOW", "CONTACT", "WRITE", "ALL", "BOTH", "SEND", "SENT", "THANK", "THANKS", "KEEP", "MAKE", "MADE", "LEAVE", "LEFT", "TAKE", "TOOK", "BRING", "BROUGHT", "HIT", "HURT", "SAVE", "TRUST", "BELIEVE", "LOVE", "HATE", "WANT", "WANTS", "NEED", "NEEDS", "BEAT", "BEATS", "TOWARD", "TOWARDS", "UPON", "INTO", "ONTO", "OVER", "UNDER", "WITHOUT", "NEAR", "AROUND", "THROUGH", "BEHOLD", "PLEASE", "SUPPORT", "SUBSCRIBE", "VISIT", "VISITED"]
)
_GEORGIA_STATE = (
    "atlanta", "savannah", "macon", "augusta", "gov.", "governor", "ga.", "county", "senator",
    "sen.", "rep.", "d-ga", "r-ga", "d-georgia", "r-georgia", "congressman", "congresswoman",
    "runoff", "republican", "democrat", "state of georgia", "georgia state", "peach",
    "alabama", "florida", "carolina", "tennessee", "u.s. state", "legislature", "kemp",
    "abrams", "raffensperger",
)
#: Cues for the US state that count anywhere in the document (not only near the name).
_GEORGIA_STATE_DOC = ("atlanta", "savannah", "d-ga", "r-ga", "d-georgia", "r-georgia", "kemp",
                      "raffensperger", "state of georgia", "georgia's governor")
_GEORGIA_COUNTRY = (
    "tbilisi", "georgian", "ossetia", "abkhazia", "saakashvili", "shevardnadze", "caucasus",
    "kremlin", "soviet", "armenia", "azerbaijan", "black sea",
)
_PERSON_TITLES = frozenset(
    ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss", "Sir", "Coach", "Rep.", "Sen.", "Gov.", "Judge", "Officer"]
)
#: Capitalised words that may stand next to a country name without making it a person.
_CAP_OK = frozenset(
    ["In", "At", "From", "To", "For", "And", "The", "Of", "On", "By", "With", "Said", "Says", "King", "Queen", "Kingdom", "Lake", "West", "East", "North", "South", "Northern", "Southern", "Central", "Hashemite", "Republic", "Against", "Into", "Over", "Visit", "Visits", "Toward", "Towards", "Than", "Between", "Like", "Including", "Both", "Via", "Across", "But", "Or", "As", "If", "When", "While", "Where", "After", "Before", "Since", "Until", "Also", "Only", "President", "Prime", "Minister", "Ministry", "Government", "Army", "Foreign", "Defence", "Defense", "National", "River", "Valley", "Basin", "Dinar", "Airlines", "Times", "News", "Radio", "Television", "Embassy", "Ambassador", "Crown", "Prince", "Parliament", "Police", "Military", "Forces", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Islamic", "Arab", "State", "States", "United", "Bank", "Central", "Armed", "Air", "Navy", "Supreme", "Court", "Airport"]
)
_TURKEY_FOOD = frozenset(
    ["sandwich", "sandwiches", "dinner", "dinners", "breast", "breasts", "meat", "burger", "burgers", "bacon", "vulture", "vultures", "hunting", "hunters", "farmers", "farm", "farms", "feathers", "gravy", "leg", "legs", "roast", "stuffing", "slices", "sausage", "sausages", "drumstick", "drumsticks"]
)
_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def _prev_word(text: str, start: int) -> tuple[str, int]:
    """The word right before ``start`` when separated by exactly one space, and its start."""
    if start < 2 or text[start - 1] != " ":
        return "", -1
    i = start - 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def _next_word(text: str, end: int) -> str:
    if end >= len(text) - 1 or text[end] != " ":
        return ""
    m = _WORD.match(text, end + 1)
    return m.group(0) if m else ""


def _caps_context(text: str, start: int, end: int) -> bool:
    """True when the text around the hit has no lowercase letter (a shouted headline)."""
    window = text[max(0, start - 40):start] + text[end:end + 40]
    return not any(ch.islower() for ch in window)


def _is_capitalised_name(w: str) -> bool:
    return len(w) >= 2 and w[0].isupper() and w[1:].islower() and w.isalpha() \
        and w not in _CAP_OK


def _rule_us(text: str, start: int, end: int) -> bool:
    if not _caps_context(text, start, end):
        return True
    prev, _ = _prev_word(text, start)
    return prev.upper().strip(",;:") not in _PRONOUN_GOVERNORS


def _rule_georgia(text: str, start: int, end: int) -> bool:
    low = text.lower()
    window = low[max(0, start - 200):end + 200]
    if any(c in window for c in _GEORGIA_COUNTRY):
        return True
    if any(c in window for c in _GEORGIA_STATE):
        return False
    if any(c in low for c in _GEORGIA_COUNTRY):
        return True
    return not any(c in low for c in _GEORGIA_STATE_DOC)


def _rule_person(text: str, start: int, end: int) -> bool:
    if _caps_context(text, start, end):
        return True
    prev, pstart = _prev_word(text, start)
    if prev in _PERSON_TITLES:
        return False
    if prev and _is_capitalised_name(prev):
        # "Michael Jordan": a capitalised word that does not open a sentence
        before = text[max(0, pstart - 3):pstart].strip()
        if before and before[-1] not in ".!?\"“‘:" and pstart > 0:
            return False
    nxt = _next_word(text, end).rstrip(".,;:!?)\"”’")
    return not (nxt and _is_capitalised_name(nxt))


def _rule_turkey(text: str, start: int, end: int) -> bool:
    return _next_word(text, end).rstrip(".,;:!?").lower() not in _TURKEY_FOOD


_RULES = {
    "us": _rule_us,
    "georgia": _rule_georgia,
    "jordan": _rule_person,
    "chad": _rule_person,
    "washington": _rule_person,
    "oman": _rule_person,
    "holland": _rule_person,
    "jersey": _rule_person,
    "paris": _rule_person,
    "turkey": _rule_turkey,
}


def _capwords(alias: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in alias.split(" "))


def _case_variants(alias: str, case_sensitive: bool) -> list[str]:
    """The spellings of ``alias`` the automaton looks for in the original text.

    A case-sensitive alias: as written and in capitals (``US``; ``Turkey``, ``TURKEY``).
    Any other alias: also with its first letter or every word capitalised, so that a
    sentence start or a Title Case headline matches, but an all-lowercase *turkey* or
    *china* never does.
    """
    out = [alias, alias.upper()]
    if not case_sensitive:
        out += [alias[:1].upper() + alias[1:], _capwords(alias)]
    # a key starting with a lowercase letter could only match a common word
    return [k for k in dict.fromkeys(out) if not k[:1].islower()]


_WS = str.maketrans({"\n": " ", "\t": " ", "\r": " "})


def _checks(entries) -> list[tuple[bool, bool, str | None]]:
    """Per entry: check the left / right word boundary?, rule name ('' none, None blocker)."""
    return [(alias[0].isalnum(), alias[-1].isalnum(), rule if iso else None)
            for iso, _kind, alias, rule in entries]


class CountryMatcher(BaseEstimator):
    """Find country mentions in text with a gazetteer and an Aho-Corasick automaton.

    Parameters
    ----------
    gazetteer : DataFrame or list of dicts, optional
        Extra gazetteer rows (columns ``iso3``, ``alias``, optional ``kind``,
        ``case_sensitive``), validated by :func:`mediakit.gazetteer.load_gazetteer`: a user
        alias replaces a built-in one; unknown codes or conflicting duplicates raise
        :class:`~mediakit.errors.GazetteerError` at :meth:`fit`.
    kinds : sequence of str, optional
        Mention kinds to report; default :data:`DEFAULT_KINDS` (name, demonym, capital,
        metonym). Add ``"leader"`` for heads of state (time-bound: *Reagan* means USA only in
        some years), ``"city"`` for major cities and US states.
    cities : bool, default False
        Shortcut for adding ``"city"`` to ``kinds``.
    context_rules : bool, default True
        Apply the context rules for US/us, Georgia, Jordan, Chad, Washington, Turkey.

    Examples
    --------
    >>> m = CountryMatcher()
    >>> [(x.surface, x.iso3, x.kind) for x in m.find("MOSCOW, March 3 - The Kremlin said "
    ...     "US-led strikes hit Syria.")]
    [('MOSCOW', 'RUS', 'capital'), ('Kremlin', 'RUS', 'metonym'), ('US', 'USA', 'name'), ('Syria', 'SYR', 'name')]
    """

    def __init__(self, *, gazetteer=None, kinds=None, cities=False, context_rules=True):
        self.gazetteer = gazetteer
        self.kinds = kinds
        self.cities = cities
        self.context_rules = context_rules

    # -- fitting -------------------------------------------------------------------------
    def fit(self, X=None, y=None):
        """Build the automaton from the gazetteer; ``X`` and ``y`` are ignored.

        Sets ``entries_`` (one ``(iso3, kind, alias, rule)`` per gazetteer row used),
        ``n_aliases_`` (automaton keys, case variants included) and ``kinds_``. The automaton
        itself is private and rebuilt after unpickling or skops loading.
        """
        from .._automaton import PhraseAutomaton
        from ..gazetteer import KINDS, load_gazetteer

        if isinstance(self.kinds, str):
            raise GazetteerError(f"kinds must be a list of kinds, got the string {self.kinds!r}")
        kinds = set(DEFAULT_KINDS if self.kinds is None else self.kinds)
        unknown = kinds - set(KINDS)
        if unknown:
            raise GazetteerError(f"unknown mention kinds {sorted(unknown)}; expected some of "
                                 f"{', '.join(KINDS)}")
        if self.cities:
            kinds.add("city")
        gaz = load_gazetteer(self.gazetteer)
        entries: list[tuple[str, str, str, str]] = []
        keys: dict[str, int] = {}
        blocked: set[str] = set()
        for iso, alias, kind, cs in zip(gaz["iso3"], gaz["alias"], gaz["kind"],
                                        gaz["case_sensitive"], strict=True):
            if kind != "block" and kind not in kinds:
                continue
            low = alias.lower()
            rule = low if self.context_rules and low in _RULES else ""
            entry = ("" if kind == "block" else iso, kind, alias, rule)
            idx = len(entries)
            entries.append(entry)
            for key in _case_variants(alias, bool(cs) and kind != "block"):
                if key in keys and not (key in blocked and kind != "block"):
                    continue  # first row wins; a real alias (e.g. a city) beats a blocker
                keys[key] = idx
                if kind == "block":
                    blocked.add(key)
                else:
                    blocked.discard(key)
        auto = PhraseAutomaton(keys)
        self.entries_ = entries
        self.n_aliases_ = len(keys)
        self.kinds_ = tuple(sorted(kinds))
        self._automaton = auto
        self._checks = _checks(entries)
        return self

    def __getstate__(self):
        state = dict(super().__getstate__())
        state.pop("_automaton", None)  # rebuilt lazily: not serialisable by skops
        state.pop("_checks", None)
        return state

    def _auto(self):
        if getattr(self, "_automaton", None) is None:
            self.fit()
        return self._automaton

    # -- matching ------------------------------------------------------------------------
    def _spans(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of the accepted hits in ``text``."""
        auto = self._auto()
        if not text or not len(auto):
            return []
        n = len(text)
        out = []
        # wire copy wraps lines inside names ("New\nJersey"): scan with line breaks as
        # spaces (same length, so offsets still index the original text)
        scan = text.replace("\n", " ")
        if "\t" in scan or "\r" in scan:
            scan = scan.translate(_WS)
        checks = self._checks
        for start, end, idx in auto.longest(scan):
            left, right, rule = checks[idx]
            if left and start > 0:
                c = text[start - 1]
                if c.isalnum() or c == "_":
                    continue
            if right and end < n:
                c = text[end]
                if c.isalnum() or c == "_":
                    continue
            if rule is None:
                continue  # blocker
            if rule and not _RULES[rule](text, start, end):
                continue
            out.append((start, end, idx))
        return out

    def find(self, text: str) -> list[Mention]:
        """Return the country mentions in ``text``, sorted by start and non-overlapping.

        ``text`` must be a string (an empty string gives ``[]``); offsets index into it.

        Examples
        --------
        >>> CountryMatcher().find("Lake Chad shrank, Michael Jordan said in Georgia, Gov. Kemp noted.")
        [Mention(start=5, end=9, surface='Chad', iso3='TCD', kind='name')]
        """
        if not isinstance(text, str):
            raise TypeError(f"CountryMatcher.find expects a str, got {type(text).__name__}; "
                            "use find_mentions() for a table of articles")
        self._auto()
        entries = self.entries_
        return [Mention(s, e, text[s:e], entries[i][0], entries[i][1])
                for s, e, i in self._spans(text)]


_SENT = re.compile(r"(?:(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9]))|\n\s*\n")


def _sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the shared splitter when available)."""
    try:
        from ..text import sentence_spans
    except ImportError:  # pragma: no cover - older mediakit.text
        return [0] + [m.end() for m in _SENT.finditer(text)]
    starts = [a for a, _ in sentence_spans(text)]
    return [0] + starts[1:] if starts else [0]


def find_mentions(articles: pd.DataFrame, matcher: CountryMatcher | None = None, *,
                  progress: bool = False, sentences: bool = False) -> pd.DataFrame:
    """Return the country mentions of every article as a ``mentions`` table.

    Parameters
    ----------
    articles : DataFrame
        An articles table (``doc_id`` plus ``title`` and/or ``text``; NA parts are skipped).
    matcher : CountryMatcher, optional
        Defaults to ``CountryMatcher()``.
    progress : bool, default False
        Show a tqdm progress bar.
    sentences : bool, default False
        Fill the ``sentence`` column: index of the sentence holding the mention in
        :func:`mediakit.text.document_text`, as split by ``mediakit.text.sentence_spans``
        (the title is sentence 0), so it joins with the accusations table. Off by default
        because splitting costs more than matching; the column is then NA.

    Returns
    -------
    DataFrame
        :data:`mediakit.schema.MENTIONS`: ``doc_id``, ``start``, ``end`` (offsets into
        ``document_text(title, text)``), ``surface``, ``iso3``, ``kind``, ``sentence``.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["a"], "title": ["Russia accuses US of 'pretending'"],
    ...                      "text": ["The Russian-backed army fought."]})
    >>> find_mentions(arts, sentences=True)[["start", "end", "surface", "iso3", "sentence"]]
       start  end  surface iso3  sentence
    0      0    6   Russia  RUS         0
    1     15   17       US  USA         0
    2     39   46  Russian  RUS         1
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"find_mentions expects an articles DataFrame, got "
                        f"{type(articles).__name__}")
    if schema.DOC_ID not in articles:
        raise schema.SchemaError("articles table: required column 'doc_id' is missing",
                                 column=schema.DOC_ID)
    matcher = CountryMatcher() if matcher is None else matcher
    matcher._auto()
    entries = matcher.entries_
    ids = articles[schema.DOC_ID].astype("string").tolist()
    titles = articles[schema.TITLE].tolist() if schema.TITLE in articles else [None] * len(ids)
    texts = articles[schema.TEXT].tolist() if schema.TEXT in articles else [None] * len(ids)
    it = zip(ids, titles, texts, strict=True)
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(it, total=len(ids), desc="countries", unit="doc")
    doc_col, rows, surfaces, sents = [], [], [], []
    spans = matcher._spans
    for doc_id, title, body in it:
        text = document_text(title, body)
        hits = spans(text)
        if not hits:
            continue
        doc_col.extend([doc_id] * len(hits))
        rows.extend(hits)
        surfaces.extend([text[s:e] for s, e, _ in hits])
        if sentences:
            bounds = _sentence_starts(text)
            sents.extend(bisect.bisect_right(bounds, s) - 1 for s, _, _ in hits)
    columns = {
        schema.DOC_ID: doc_col,
        schema.START: [r[0] for r in rows],
        schema.END: [r[1] for r in rows],
        schema.SURFACE: surfaces,
        schema.ISO3: [entries[r[2]][0] for r in rows],
        schema.KIND: [entries[r[2]][1] for r in rows],
    }
    if sentences:
        columns[schema.SENTENCE] = sents
    out = schema.from_columns(columns, schema.MENTIONS)
    return out
