"""Cue and actor tables of the accusation extractor (read from ``mediakit/data/*.tsv``).

Each table is a TSV with ``#`` header comments (sources, how to extend). Users may pass their
own file or DataFrame with the same columns.

Examples
--------
>>> lex = load_lexicon()
>>> lex.family("accused"), lex.family("denied"), lex.family("weather")
('accuse', 'deny', None)
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from os import PathLike

import pandas as pd

from .._automaton import PhraseAutomaton
from ..errors import GazetteerError
from ._prefixed import PrefixedRegex, class_chars

__all__ = ["Lexicon", "load_lexicon", "read_table"]

_CUE_FAMILIES = {
    "accuse", "blame", "charge", "allege", "claim", "condemn", "responsible", "pretend",
    "indict", "believe", "nominal", "quote", "wrongdoing", "weak", "allegedly",
}
_DENIAL_FAMILIES = {"deny", "reject", "verdict", "innocent", "object"}
_ACTOR_KINDS = {"organ", "leader", "media", "nonstate", "igo", "vague"}

TableLike = str | PathLike | pd.DataFrame | None

_START_LONGEST = operator.itemgetter(0, 1)


def read_table(source: TableLike, default: str, columns: tuple[str, ...]) -> pd.DataFrame:
    """Read one cue/actor TSV (``#`` lines are comments) or check a given DataFrame.

    Examples
    --------
    >>> read_table(None, "denial_cues.tsv", ("pattern", "family")).columns.tolist()
    ['pattern', 'family']
    """
    if isinstance(source, pd.DataFrame):
        df = source.copy()
        where = "the given table"
    else:
        if source is None:
            where = f"mediakit/data/{default}"
            handle = resources.files("mediakit.data").joinpath(default).open(encoding="utf-8")
        else:
            where = str(source)
            handle = open(source, encoding="utf-8")  # noqa: SIM115 - closed below
        with handle:
            df = pd.read_csv(
                handle, sep="\t", comment="#", dtype=str, keep_default_na=False,
                quoting=3, skip_blank_lines=True,
            )
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise GazetteerError(
            f"{where}: missing column(s) {', '.join(missing)}; expected {', '.join(columns)}"
        )
    return df.fillna("")


def _first_chars(items) -> set[str] | None:
    """Characters a match of the parsed regex ``items`` can start with (None: unknown)."""
    from re import _constants as c

    before: set[str] = set()  # first characters of optional items already passed
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: look at the next item
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] == 0:
            sub = _first_chars(av[2])  # optional "(?:ethnic )?": it or what follows
            if sub is None:
                return None
            before |= sub
            continue
        first = _first_chars_one(op, av, c)
        return None if first is None else first | before
    return None


def _starts_of(pattern: str, flags: int) -> set[str] | None:
    """First characters of ``pattern``'s matches via the stdlib regex parser (None: unknown)."""
    try:
        from re import _parser

        return _first_chars(_parser.parse(pattern, flags))
    except (ImportError, AttributeError, TypeError, ValueError, re.error):  # pragma: no cover
        return None  # another Python's private parser: no prefilter, same matches


def _first_chars_one(op, av, c) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN:
        chars = class_chars(av, c)
        return None if chars is None else set(chars)
    if op is c.BRANCH:
        out = set()
        for alt in av[1]:
            sub = _first_chars(alt)
            if sub is None:
                return None
            out |= sub
        return out
    if op is c.SUBPATTERN:
        if av[1] or av[2]:
            return None  # local flags: keep it simple
        return _first_chars(av[3])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _first_chars(av[2])
    return None


def fast_regex(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile ``pattern`` behind a lookahead on the characters a match can start with.

    The result matches exactly what ``re.compile(pattern, flags)`` matches, but a search
    rejects the other positions with one character-class test instead of trying every
    alternative of a long word list there.

    Examples
    --------
    >>> fast_regex("lies|lying", re.IGNORECASE).pattern
    '(?=[Ll])(?:lies|lying)'
    >>> fast_regex("(?:ethnic )?cleansing").pattern
    '(?=[ce])(?:(?:ethnic )?cleansing)'
    >>> fast_regex("x*").pattern  # may match the empty string: left as it is
    'x*'
    """
    chars = _starts_of(pattern, flags)
    if not chars or flags & re.VERBOSE:
        return re.compile(pattern, flags)
    if flags & re.IGNORECASE:
        chars |= {ch.lower() for ch in chars} | {ch.upper() for ch in chars if len(ch.upper()) == 1}
    cls = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def _longest_first(patterns) -> list[str]:
    """The distinct ``patterns``, longest first (then alphabetically): the order of
    :func:`_word_regex`'s alternation, so that "responsible for" wins over "responsible";
    patterns of one length no longer come in the set's order, which changed from one
    process to the next with the string hash seed.

    Examples
    --------
    >>> _longest_first(["blame", "accuse", "blame", "deny"])
    ['accuse', 'blame', 'deny']
    """
    return sorted(set(patterns), key=lambda p: (-len(p), p))


def _word_regex(patterns: list[str]) -> re.Pattern:
    """Whole-word alternation of ``patterns`` (ignoring case), longest pattern first.

    For speed the alternatives are grouped by the letter they can start with, each group
    behind a one-character lookahead, keeping their order inside each group: at any position
    the engine then tries only the patterns that can match there, in the same order as the
    plain alternation, so both find the same matches.
    """
    alts = _longest_first(patterns)
    plain = r"\b(?:" + "|".join(f"(?:{p})" for p in alts) + r")\b"
    firsts = []
    for p in alts:
        chars = _starts_of(p, re.IGNORECASE)
        if not chars or any(len(ch.lower()) != 1 for ch in chars):
            return fast_regex(plain, re.IGNORECASE)
        firsts.append({ch.lower() for ch in chars})
    if not alts:
        return re.compile(plain, re.IGNORECASE)
    keys = sorted(set().union(*firsts))
    groups = []
    for k in keys:
        members = "|".join(f"(?:{p})" for p, f in zip(alts, firsts, strict=True) if k in f)
        groups.append(f"(?={re.escape(k)})(?:{members})")
    cls = "".join(re.escape(k) for k in keys)
    return re.compile(f"(?=[{cls}])\\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)


def _prefixed(regex: re.Pattern) -> PrefixedRegex:
    return PrefixedRegex(regex.pattern, regex.flags)


@dataclass
class Lexicon:
    """Compiled cue and actor tables.

    Attributes
    ----------
    cue_re : re.Pattern
        Every accusation and denial cue (the prefilter and the per-sentence cue finder).
    wrong_re : PrefixedRegex
        Wrongdoing words that make a reported or denied clause an accusation (a regex
        searched only where one of its words can start).
    object_re : PrefixedRegex
        Accusation nouns a denial may take as object ("the allegations").
    actor_re : re.Pattern
        Every phrase of the actors table.
    """

    families: dict[str, str]
    cue_re: re.Pattern
    wrong_re: PrefixedRegex
    object_re: PrefixedRegex
    actor_re: re.Pattern
    actors: dict[str, list[tuple[str, str, str, str]]]
    cue_ac: PhraseAutomaton | None = None
    actor_ac: PhraseAutomaton | None = None
    #: last word of each multi-word ``leader`` phrase -> that phrase's rows (see
    #: :meth:`surname`); surnames that are phrases themselves or common words are left out
    surnames: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)
    #: the surnames left out of :attr:`surnames` as common words or first names ("King",
    #: "Rice"): trusted only after an office title ("Rep. Jordan", :meth:`surname`)
    common_surnames: dict[str, list[tuple[str, str, str, str]]] = field(default_factory=dict)
    #: every written form of a surname of either table -> (surname, form is possessive):
    #: "graham" and "graham's"/"graham’s" (one lookup per token, see _rules._surname_actors)
    surname_forms: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def find_cues(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, family)`` of every cue in ``text`` (whole words, longest first).

        One Aho-Corasick pass over the lower-cased text (linear, C speed); regex cue patterns
        are entered by their literal prefix and confirmed with :attr:`cue_re` at the hit.
        """
        n = len(text)
        # the word-boundary tests that do not depend on the other hits come first, so that
        # only the hits at word starts are sorted (by start, longest first); lower-casing
        # ASCII letters changes neither isalnum() nor the other characters tested
        cands = []
        for start, end, kf in self.cue_ac.overlapping_lower(text):
            end_idx = end - 1
            k = end - start
            if start:
                c = text[start - 1]
                if c.isalnum():
                    continue
                if start > 1 and c in "-'’" and text[start - 2].isalnum():
                    continue  # inside a word: "now-concluded", "self-blame"
            if kf[1] is not None and end_idx + 1 < n and text[end_idx + 1].isalnum():
                continue
            cands.append((start, -k, end_idx, kf))
        if not cands:
            return []
        cands.sort(key=_START_LONGEST)
        out: list[tuple[int, int, str]] = []
        last_end = -1
        # a regex cue reaching over other words ("convicted after prosecutors accused him of")
        # hides only the cues of its own family in that reach, except a denial's, whose reach
        # is what it denies ("fighting allegations") (session 14)
        gap_end, gap_fam = -1, None
        for start, _, end_idx, (_key, fam) in cands:
            if start < last_end:
                continue
            if fam is None:  # a regex pattern entered by its prefix
                m = self.cue_re.match(text, start)
                if m is None:
                    continue
                end = m.end()
                fam = self.family(m.group(0))
                if fam is None:
                    continue
            else:
                end = end_idx + 1
            if end < n and text[end].isalnum():
                continue
            if start < gap_end and (fam == gap_fam or gap_fam in _DENIAL_FAMILIES):
                continue
            out.append((start, end, fam))
            if end > end_idx + 1:  # a regex cue: the next may start after its literal prefix
                last_end, gap_end, gap_fam = end_idx + 1, end, fam
            else:
                last_end = end
        return out

    def find_actors(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, phrase)`` of every actors-table phrase in ``text`` (whole words);
        accents do not matter ("Díaz-Canel" finds "diaz-canel").

        Examples
        --------
        >>> load_lexicon().find_actors("Cuba's Miguel Díaz-Canel spoke.")
        [(7, 24, 'miguel diaz-canel')]
        """
        low = text.lower()
        if not low.isascii():
            low = fold_accents(low)
        hits = []
        for start, end, key in self.actor_ac.overlapping(low):
            if start and low[start - 1].isalnum():
                continue
            if end < len(low) and low[end].isalnum():
                continue
            hits.append((start, end, key))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out = []
        last = -1
        for h in hits:
            if h[0] >= last:
                out.append(h)
                last = h[1]
        return out

    def family(self, word: str) -> str | None:
        """The cue family of a matched cue string (``None`` when it is not a cue)."""
        w = " ".join(word.lower().split())
        fam = self.families.get(w)
        if fam is not None:
            return fam
        for pat, f in self._regex_families:
            if pat.fullmatch(w):
                return f
        return None

    def actor(self, phrase: str, when: date | None) -> tuple[str, str] | None:
        """``(kind, iso3)`` of an actors-table phrase valid on ``when`` (any date if None)."""
        rows = self.actors.get(phrase.lower())
        if not rows:
            return None
        for iso, kind, start, end in rows:
            if kind == "leader" and when is not None:
                if start and when < date.fromisoformat(start):
                    continue
                if end and when >= date.fromisoformat(end):
                    continue
            return kind, iso
        return None

    def surname(self, word: str, when: date | None, *, titled: bool = False) -> str | None:
        """ISO3 of a bare surname ("Graham", "Navarro") held by a leader in office on ``when``.

        Only when every leader of the actors table with that surname in office on ``when``
        serves the same state: "Collins" in 2013 is USA (a senator and a congressman), "Kelly"
        in 2017 USA (John Kelly), "Clinton" in 2016 nobody (no Clinton in office). Without a
        date every row counts, so a surname shared by two states gives None. A surname that
        is also a common word or first name counts only when ``titled`` ("Rep. Jordan") and
        dated.

        Examples
        --------
        >>> from datetime import date
        >>> lex = load_lexicon()
        >>> lex.surname("Navarro", date(2018, 5, 1)), lex.surname("Navarro", date(2022, 5, 1))
        ('USA', None)
        """
        word = fold_accents(word.lower())
        rows = self.surnames.get(word)
        if not rows and titled and when is not None:
            rows = self.common_surnames.get(word)
        if not rows:
            return None
        isos = set()
        for iso, _kind, start, end in rows:
            if when is not None and (start and when < date.fromisoformat(start)
                                     or end and when >= date.fromisoformat(end)):
                continue
            isos.add(iso)
        return isos.pop() if len(isos) == 1 else None

    @functools.cached_property
    def _regex_families(self) -> list[tuple[re.Pattern, str]]:
        return [(re.compile(p), f) for p, f in self._patterns if not p.isalpha()]

    _patterns: tuple[tuple[str, str], ...] = ()


#: Accented Latin letters to their base letter, one character for one, so that offsets hold.
_FOLD = {c: d[0] for c in range(0xC0, 0x250)
         if len(d := unicodedata.normalize("NFD", chr(c))) > 1 and d[0].isascii()}


def fold_accents(text: str) -> str:
    """``text`` with accented Latin letters replaced by their base letter, same length.

    Examples
    --------
    >>> fold_accents("díaz-canel, erdoğan")
    'diaz-canel, erdogan'
    """
    if text.isascii() or _FOLDABLE.search(text) is None:
        return text  # (curly quotes and dashes alone: no per-character translation)
    return text.translate(_FOLD)


#: Any character :data:`_FOLD` changes (a class search runs in C; ``translate`` looks every
#: character up in a dict).
_FOLDABLE = re.compile("[" + "".join(sorted(map(chr, _FOLD))) + "]")


def _check(df: pd.DataFrame, col: str, allowed: set[str], where: str) -> None:
    bad = sorted(set(df[col]) - allowed)
    if bad:
        raise GazetteerError(
            f"{where}: unknown {col} value(s) {bad}; allowed: {', '.join(sorted(allowed))}"
        )


def build_lexicon(cues: TableLike = None, denials: TableLike = None,
                  actors: TableLike = None) -> Lexicon:
    """Compile the three tables (defaults: the files in ``mediakit/data``; the default actors
    are ``actors.tsv`` and ``world_leaders.tsv``, a given ``actors`` table replaces both).

    Examples
    --------
    >>> build_lexicon().actor("Putin", None)
    ('leader', 'RUS')
    """
    c = read_table(cues, "accusation_cues.tsv", ("pattern", "family"))
    d = read_table(denials, "denial_cues.tsv", ("pattern", "family"))
    a = read_table(actors, "actors.tsv", ("phrase", "iso3", "kind"))
    world = read_table(None, "world_leaders.tsv", ("phrase", "iso3", "kind")) if (
        actors is None) else None
    _check(c, "family", _CUE_FAMILIES, "accusation cues")
    _check(d, "family", _DENIAL_FAMILIES, "denial cues")
    _check(a, "kind", _ACTOR_KINDS, "actors")
    # the world's office holders (session 9) come with the default table: full names, and
    # only their distinctive surnames ("Salvini", "Kislyak"; not "Martin", "Howard")
    vague_surnames: set[str] = set()
    if world is not None:
        _check(world, "kind", _ACTOR_KINDS, "world leaders")
        vague_surnames = {p.lower() for p in world["phrase"] if not _distinctive(p.lower())}
        a = pd.concat([a, world], ignore_index=True).fillna("")
    for p in list(c["pattern"]) + list(d["pattern"]):
        try:
            re.compile(p)
        except re.error as exc:
            raise GazetteerError(f"cue pattern {p!r} is not a valid regex: {exc}") from None
    cue_rows = [(p.lower(), f) for p, f in zip(c["pattern"], c["family"], strict=True)
                if f != "wrongdoing"]
    den_rows = [(p.lower(), f) for p, f in zip(d["pattern"], d["family"], strict=True)
                if f != "object"]
    rows = tuple(cue_rows + den_rows)
    families = {p: f for p, f in rows if p.replace(" ", "").isalpha()}
    actors_map: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in a.itertuples(index=False):
        rowd = row._asdict()
        actors_map.setdefault(rowd["phrase"].lower(), []).append(
            (rowd["iso3"], rowd["kind"], rowd.get("valid_from", ""), rowd.get("valid_to", ""))
        )
    lex = Lexicon(
        families=families,
        cue_re=_word_regex([p for p, _ in rows]),
        # searched over whole clauses many times per sentence: only where a word can start
        wrong_re=_prefixed(_word_regex(list(c.loc[c["family"] == "wrongdoing", "pattern"]))),
        object_re=_prefixed(_word_regex(list(d.loc[d["family"] == "object", "pattern"]))),
        actor_re=_word_regex([re.escape(p) for p in actors_map]),
        actors=actors_map,
    )
    lex._patterns = tuple((p, f) for p, f in rows if p not in families)
    lex.surnames = _surnames(actors_map, skip=vague_surnames)
    lex.common_surnames = _surnames(actors_map, common=True, skip=vague_surnames)
    for name in (*lex.surnames, *lex.common_surnames):
        lex.surname_forms[name] = (name, False)
        lex.surname_forms[name + "’s"] = lex.surname_forms[name + "'s"] = (name, True)
    cue_keys: dict[str, tuple[str, str | None]] = {p: (p, f) for p, f in families.items()}
    for p, _ in rows:
        if p not in families:
            prefix = re.match(r"[a-z ]*", p).group(0)
            if p[len(prefix):len(prefix) + 1] in ("?", "*", "{"):
                # "holds?\s+...": the quantified last letter is not part of every match
                # (before session 12, "hold X responsible" and "bear responsibility" were
                # never looked for: only "holds", "bears")
                prefix = prefix[:-1]
            if len(prefix) < 3:
                raise GazetteerError(f"cue pattern {p!r} needs a literal prefix of 3+ letters")
            # a pattern's prefix that is also a literal cue ("slammed" and "slammed\s+...for")
            # goes through the regex, which holds both: the literal cue is not lost, nor the
            # pattern, whatever the order of the rows
            cue_keys[prefix] = (prefix, None)
    lex.cue_ac = PhraseAutomaton(cue_keys)
    folded: dict[str, str] = {}
    for phrase in actors_map:
        folded.setdefault(fold_accents(phrase), phrase)  # "julián castro" as "julian castro"
    # (searched sentence by sentence between other work: compact, see PhraseAutomaton)
    lex.actor_ac = PhraseAutomaton(folded, compact=True)
    return lex


#: last words of leaders' names that are also common words, first names or places: a bare
#: "Rice", "Major", "Jordan" or "Warren" is too often someone or something else
_COMMON_SURNAMES = frozenset(str.split("""
abdullah ahmed alexander austin baker block brown burns button casey chu clark
cotton craft crow daley duncan evans fischer foley frank gates george glenn
hamilton harris hawley hills hook howe hui hunter jackson johnson jones jordan jung kemp
khan king kirk lee lewis long lynch omar madrid major may miller mitchell monaco murphy murray paul
peng perez perry powell power price ramos rice roberts ross ryan sam scott stevens sullivan
sultan thomas un uno waters webb webster wheeler wilson wolf woo wright young younger yi iii
"""))


#: Frequent family names (English, Spanish, French, German, Chinese, Korean, Arabic, South
#: Asian ...): a bare one names too many people to stand for one office holder of
#: world_leaders.tsv ("Martin" is not Ireland's Micheál Martin).
_FREQUENT_SURNAMES = frozenset(str.split("""
smith johnson williams brown jones miller davis wilson anderson taylor thomas moore martin
jackson thompson white harris clark lewis robinson walker young allen king wright scott
hill green adams baker nelson carter mitchell roberts turner phillips campbell parker evans
edwards collins stewart morris murphy cook rogers morgan cooper peterson reed bailey bell
kelly howard ward cox richardson wood watson brooks bennett gray grey james hughes price
sanders myers long ross foster powell jenkins perry russell sullivan fisher henderson
coleman simmons patterson jordan reynolds hamilton graham wallace west cole hayes gibson
ford marshall owens harrison kennedy wells alexander webb grant stone hunt palmer mills
rice hunter shaw holmes black stevens knight dunn lane hudson ryan fox lawrence gordon hart
burns crawford warren dixon spencer snyder hoffman pierce porter chapman boyd ferguson
riley carroll lambert reid frost field major blair davies hague fraser murray duncan
morrison mackay macdonald robertson thomson paterson kerr johnston gill
garcia rodriguez martinez hernandez lopez gonzalez gonzales perez sanchez ramirez torres
flores rivera gomez diaz cruz morales ortiz gutierrez chavez ramos ruiz alvarez mendoza
castillo jimenez moreno romero herrera medina aguilar vargas castro fernandez silva santos
souza costa pereira oliveira ferreira alves rossi russo ferrari esposito bianchi romano
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch
richter klein wolf bauer bernard dubois robert richard petit durand leroy moreau
simon laurent lefebvre michel david bertrand roux vincent fournier morel girard andre
mercier dupont bonnet francois li wang zhang chen liu yang huang zhao wu zhou xu sun ma zhu
hu guo he lin luo gao liang song tang han feng deng cao peng zeng xiao tian dong pan yuan
cai jiang yu du ye cheng wei su lu ding ren shen yao lee kim park choi jung kang cho yoon
jang lim nguyen tran pham hoang phan vu vo dang bui do ho ngo duong ly ali ahmed ahmad
hussein hussain hassan hasan mohammed muhammad mohamed mahmoud ibrahim abdullah khalil
salem saleh nasser said omar othman youssef yousef mustafa khan shah singh kumar sharma
patel gupta das rao reddy iyer menon nair rahman islam hossain begum chowdhury
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida
yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu ivanov smirnov kuznetsov
popov petrov sokolov volkov novak kovac horvat nowak wisniewski jensen hansen nielsen
larsen andersen olsen johansson karlsson nilsson eriksson larsson
"""))


def _distinctive(phrase: str) -> bool:
    """Whether the last word of ``phrase`` may stand alone for its holder (6+ letters, not a
    frequent family name)."""
    last = phrase.split()[-1]
    return len(last) >= 6 and last not in _FREQUENT_SURNAMES and last not in _COMMON_SURNAMES


def _surnames(actors_map, *, common: bool = False, skip=frozenset()
              ) -> dict[str, list[tuple[str, str, str, str]]]:
    """Surname -> rows of the multi-word ``leader`` phrases that end in it (see
    :meth:`Lexicon.surname`), or begin with it for states whose names put the family name
    first ("Xi Jinping"); with ``common``, only the surnames that are common words (or
    frequent family names, "Li", "Kim"). Phrases in ``skip`` give no surname."""
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for phrase, rows in actors_map.items():
        words = phrase.split()
        if len(words) < 2 or phrase in skip:
            continue
        leaders = [r for r in rows if r[1] == "leader" and r[0]]
        if not leaders:
            continue
        last = fold_accents(words[-1])
        if not (last in actors_map or (last in _COMMON_SURNAMES) != common or len(last) < 3
                or not last.replace("-", "").replace("'", "").replace("’", "").isalpha()):
            out.setdefault(last, []).extend(leaders)
        if len(words) <= 3 and all(r[0] in _FAMILY_NAME_FIRST for r in leaders):
            # "Xi Jinping" is "Mr. Xi", "Moon Jae-in" is "President Moon" (session 14); a
            # family name shared by many ("Li", "Kim") counts only after a title
            first = words[0]
            if first.isalpha() and len(first) >= 2 and first not in actors_map and (
                    first in _COMMON_SURNAMES or first in _FREQUENT_FAMILY_NAMES) == common:
                out.setdefault(first, []).extend(leaders)
    return out


#: States whose leaders' names are written family name first in English-language news.
_FAMILY_NAME_FIRST = frozenset(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK"])
#: Family names too frequent there to stand alone for one office holder.
_FREQUENT_FAMILY_NAMES = frozenset(str.split("""
li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu lin he guo luo gao
kim lee park choi jung kang cho yoon lim han oh seo shin kwon hwang ahn song moon
"""))


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The default lexicon (cached)."""
    return build_lexicon()
