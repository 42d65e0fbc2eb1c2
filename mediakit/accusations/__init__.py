"""Who accuses whom of what, and who denies it: :class:`AccusationExtractor`.

The extractor is rule-based and fast. One Aho-Corasick pass finds the cue words of a whole
document (text without a cue costs nearly nothing); sentences are cut only around the hits
(:func:`mediakit.text.sentence_span`, bounded windows; a sentence whose cues are all rejected
by the words after them is not even delimited), cheap string tests repeat the early
rejections of the rules so that most sentences are never tokenised ("claimed the title",
"rejected the proposal"), and each remaining sentence is analysed by the rule of its cue
family (accuse, blame, charge, allege, claim, condemn, responsible, pretend, indict,
believe, accusation nouns; denials: deny, reject, verdict). Actors are resolved to ISO3 with
:class:`mediakit.countries.CountryMatcher` plus ``mediakit/data/actors.tsv`` (state organs,
leaders in office with dates, state media, non-state markers); only states and state organs
get a code.

Where a sentence holds a cue but the rules find nothing, a learned scorer
(:class:`._scorer.SentenceScorer`, TF-IDF + logistic regression trained on our own labelled
sentences) may still report an accusation or a denial (``scorer=True``, the default): on real
news sentences labelled blind, the rules alone find under half of the accusations. Its rows
have ``confidence`` = its probability; ``scorer=False`` gives the rules alone (fewer, more
precise rows, ~40 % faster).

A verifier learned from real news sentences labelled blind (:class:`._verifier.SentenceVerifier`:
the sentence's words and what the rules and the scorer made of it) then has the last word on
each sentence with a cue (``verifier=True``, the default): it drops rows it does not believe
and adds the accusation or denial the others missed (``rule == "scorer"``, ``confidence`` =
its probability). On fresh blind sentences it raised accusation F1 from 0.771 to 0.803 and
denial F1 from 0.457 to 0.550 (session 20); ``verifier=False`` is about 1.6x faster.

Examples
--------
>>> ex = AccusationExtractor()
>>> [(a.accuser, a.accuser_iso3, a.accused, a.accused_iso3, a.polarity)
...  for a in ex.extract("Russia accuses US of 'pretending' to fight Isis")]
[('Russia', 'RUS', 'US', 'USA', 'accuse')]
>>> [(a.accused, a.accused_iso3, a.polarity)
...  for a in ex.extract("Tehran has denied any involvement in the attacks.")]
[('Tehran', 'IRN', 'accuse'), ('Tehran', 'IRN', 'deny')]
"""

from __future__ import annotations

import bisect
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple

import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin

from .. import schema
from ..text import _span_end, _span_start, document_text, sentence_ends
from ._fallback import denial_rows, scorer_rows
from ._lexicon import build_lexicon, load_lexicon
from ._roles import DENIAL_FAMILIES, RolePicker
from ._rules import (
    Accusation,
    _hypothetical,
    _negated_at,
    analyse_sentence,
    cue_alive,
    idiom,
    ruled_weak,
    shift,
    tidy_actors,
)
from ._scorer import SentenceScorer, _sigmoid, load_training, tfidf_sums_two
from ._verifier import TOKEN_PATTERN, SentenceVerifier, reading

__all__ = ["Accusation", "AccusationExtractor"]


#: The words of the scorer and of the verifier (scikit-learn's default token pattern).
_TOKEN = re.compile(TOKEN_PATTERN)


def _asks_scorer(s: str, rows: list, hits: list, set_aside: list[bool] | None = None) -> bool:
    """Whether the scorer is asked about a sentence: the rules found no accusation, and some
    cue is one the rules do not decide alone, neither withheld (:func:`_withheld`) nor an
    idiom. ``set_aside``: per hit, whether it is withheld or an idiom, if the caller knows
    (else tested here, only for the hits that need it)."""
    if any(r.polarity == "accuse" for r in rows):
        return False
    if set_aside is None:
        return not all(h[2] in _RULES_ONLY or _withheld(s, h[0]) or idiom(s, h[0], h[1])
                       for h in hits)
    return not all(h[2] in _RULES_ONLY or a for h, a in zip(hits, set_aside, strict=True))


def _withheld(s: str, a: int) -> bool:
    """A cue that is negated ("didn't accuse") or merely possible ("could blame"): the
    scorer is not asked about it (gold rule 3)."""
    return _hypothetical(s, a) or _negated_at(s, a)

#: A sentence longer than this is analysed in a window of this size around each cue.
MAX_SENTENCE_CHARS = 3000

#: Cue families the scorer is not asked about: cue-less reported acts ("the army said soldiers
#: had killed five militants") and verdict words ("convicted criminals") are accusations or
#: not by who did what to whom, which word n-grams cannot see; the rules alone decide them.
#: So does "for allegedly <act>" (session 10): a journalist's hedge unless a party acts on it.
_UNSCORED = frozenset(["quote", "indict", "allegedly"])

#: Cue families the rules read in full: when a sentence holds one of these and the rules found
#: no accusation, they mostly rejected it on purpose (a blame game, blame on inflation,
#: "refused to blame", "accounts pretending to be Russian", a journalist's "alleged"), and the
#: scorer's word is not enough ... On the gold dev file this keeps 7 of the scorer's 11 false
#: positives out (all had P < 0.85); on the real blind batches it gains 3 points of precision
#: for 1 of recall. Sentences the rules reject unread (``dead_ahead``: "claimed the title",
#: "North Korea claimed that it had tested a hydrogen bomb", where the scorer says 0.98) are
#: not shown to the scorer at all.
_RULES_DECIDE = frozenset(["accuse", "blame", "pretend", "allege"])

#: Cue families the scorer is not asked about when they are a sentence's only cues:
#: - denial words (and rebuttals without one: "innocent civilians"): "denied green cards to
#:   immigrants", "rebuffed him", "dismissed a lawsuit", "flatly denied that an accident
#:   happened" - the rules tell a rebuttal from a refusal or a factual denial by what is
#:   denied, while the scorer's n-grams said "accusation" with P 0.8-0.95;
#: - "claim": "jobless claims", "claimed responsibility for the attack", "his claim that
#:   Mueller found no collusion";
#: - "blame" (already needing P >= 0.9): "apportion blame", "she blamed herself", "falsely
#:   blamed the attack on a video".
#: Measured on real sentences sampled like the gold dev file (cue-stratified, labelled blind,
#: session 6): in 388 of them the scorer's rows in denial-only sentences were 22 false
#: positives for 6 true ones (accusation F1 0.761 -> 0.785 without them); in 769 (with the
#: session's new rules), claim- and blame-only sentences gave 16 false for 3 true (0.813 ->
#: 0.824; gold dev file 0.976 -> 0.988).
_RULES_ONLY = frozenset(["deny", "reject", "verdict", "innocent", "claim", "blame"]) | _UNSCORED

#: ... unless the scorer is very sure ("They're accused of crimes against the government",
#: which the rules miss for want of a named accuser: P 0.98).
_OVERRULE = 0.9

#: The verifier's probability from which it adds an accusation to a sentence whose accuse,
#: blame, pretend or allege cue the rules read and rejected ("The airline blamed fog over
#: Moscow for the cancellations"). Cross-validated on the verifier's 15,390 training sentences
#: (b21-b194 less the fresh tests b149-b154 and b171-b176; session 21), its additions there
#: are right 293 times and wrong 218 times at the verifier's 0.40 (blame alone: 74 and 83);
#: at 0.5, 238 and 126, and F1 0.8305 against 0.8296.
_REJECTED_ADD = 0.5


class _Reading(NamedTuple):
    """What :meth:`AccusationExtractor._read` made of a sentence."""

    rows: list[Accusation]  # the rules' rows
    features: dict[str, float] | None  # :func:`._verifier.reading` (None: left unread)
    keep: list  # the tokenised sentence (:class:`._rules._Sentence`), if the rules made one
    hits: list  # the cue hits as the rules filed them ("slammed X for" is criticism)
    tokens: list[str] | None  # the lower-cased words (:data:`_TOKEN`) the models read
    word_sums: tuple[float, float] | None = None  # the verifier's word parts, if known


class AccusationExtractor(TransformerMixin, BaseEstimator):
    """Extract accusations and denials from news articles (scikit-learn transformer).

    Parameters
    ----------
    min_confidence : float, default 0.0
        Rows below this confidence are dropped.
    cues, denials, actors : path, DataFrame or None
        Replacement tables for ``mediakit/data/accusation_cues.tsv``, ``denial_cues.tsv`` and
        ``actors.tsv`` (same columns). ``None`` uses the bundled files; the bundled actors are
        ``actors.tsv`` and ``world_leaders.tsv``, and a given ``actors`` replaces both.
    matcher : object or None
        Anything with ``find(text) -> list[Mention]`` (the
        :class:`mediakit.countries.CountryMatcher` contract); ``None`` builds the default
        ``CountryMatcher()``.
    link_denials : bool, default True
        Fill ``answers`` of a denial with the ``cue_start`` of the accusation it answers in
        the same article.
    scorer : bool, default True
        Ask a learned sentence scorer (:class:`._scorer.SentenceScorer`: TF-IDF + logistic
        regression) about each sentence with a cue where the rules found no accusation (or no
        denial), and add a row (``confidence`` = its probability, actors by the sentence's
        shape) when it is sure enough. ``False`` gives the rules alone.
    scorer_threshold : float, default 0.65
        Probability from which the scorer adds a row (without the verifier; with it, the
        verifier's own thresholds decide, and ``min_confidence`` filters what it reports).
    training : path, DataFrame or None
        Labelled sentences for the scorer (gold JSONL format, or a DataFrame with ``text``,
        ``is_accusation``, ``is_denial``); ``None`` uses the bundled
        ``mediakit/data/accusation_sentences.jsonl`` and ``accusation_paraphrases.jsonl``.
        Add your own to teach it your domain.
    verifier : bool or path, default True
        Let a verifier learned from real labelled news (:class:`._verifier.SentenceVerifier`)
        have the last word on each sentence with a cue: it reads the sentence's words and
        what the rules and the scorer made of it, drops the rows it does not believe and adds
        the accusation (actors as for the scorer) or denial it believes the others missed.
        ``True`` uses the bundled model (``mediakit/data/accusation_verifier.json``) with the
        default scorer (no ``training``); a path uses a model written by
        :meth:`SentenceVerifier.to_json <._verifier.SentenceVerifier.to_json>`; ``False``, or
        ``scorer=False``, turns it off.
    progress : bool, default False
        Show a tqdm progress bar in :meth:`transform`.

    Notes
    -----
    For ``polarity == "deny"`` rows, ``accused`` is the party that denies and ``accuser`` the
    accuser of the denied accusation when it is named in the same sentence.

    Examples
    --------
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"doc_id": ["d1"], "title": ["Russia accuses US of lying"],
    ...                      "text": ["The Pentagon denied the allegations."]})
    >>> out = AccusationExtractor().fit_transform(arts)
    >>> out[["accuser_iso3", "accused_iso3", "polarity", "answers"]].values.tolist()
    [['RUS', 'USA', 'accuse', <NA>], ['RUS', 'USA', 'deny', 7]]
    """

    def __init__(self, *, min_confidence: float = 0.0, cues=None, denials=None, actors=None,
                 matcher=None, link_denials: bool = True, scorer: bool = True,
                 scorer_threshold: float = 0.65, training=None, verifier=True,
                 progress: bool = False) -> None:
        self.min_confidence = min_confidence
        self.scorer = scorer
        self.scorer_threshold = scorer_threshold
        self.training = training
        self.verifier = verifier
        self.cues = cues
        self.denials = denials
        self.actors = actors
        self.matcher = matcher
        self.link_denials = link_denials
        self.progress = progress

    # --- set-up ----------------------------------------------------------------------------
    def fit(self, X=None, y=None):
        """Validate the parameters and compile the tables; returns ``self``."""
        if not isinstance(self.min_confidence, int | float) or not 0 <= self.min_confidence <= 1:
            raise ValueError(
                "The 'min_confidence' parameter of AccusationExtractor must be a float in "
                f"[0, 1]. Got {self.min_confidence!r} instead."
            )
        if self.cues is None and self.denials is None and self.actors is None:
            self.lexicon_ = load_lexicon()
        else:
            self.lexicon_ = build_lexicon(self.cues, self.denials, self.actors)
        if self.matcher is None:
            from ..countries import CountryMatcher

            self.matcher_ = _default_matcher(CountryMatcher)
        else:
            if not hasattr(self.matcher, "find"):
                raise TypeError("matcher must have a find(text) method returning mentions")
            self.matcher_ = self.matcher
        if not isinstance(self.scorer_threshold, int | float) or not (
                0 < self.scorer_threshold <= 1):
            raise ValueError(
                "The 'scorer_threshold' parameter of AccusationExtractor must be a float in "
                f"(0, 1]. Got {self.scorer_threshold!r} instead."
            )
        if not self.scorer:
            self.scorer_ = self.roles_ = None
        elif self.training is None and self.cues is None and self.denials is None and (
                self.actors is None and self.matcher is None):
            self.scorer_, self.roles_ = _default_models(self.lexicon_, self.matcher_)
        else:
            self.scorer_, self.roles_ = _fit_models(load_training(self.training),
                                                    self.lexicon_, self.matcher_)
        if not isinstance(self.verifier, bool | str | os.PathLike) and self.verifier is not None:
            raise TypeError("The 'verifier' parameter of AccusationExtractor must be True, "
                            f"False or the path of a model file. Got {self.verifier!r} instead.")
        self.verifier_ = None
        if self.scorer_ is not None and self.verifier is not False and self.verifier is not None:
            if self.verifier is True:
                if self.training is None:
                    self.verifier_ = _default_verifier()
            else:
                self.verifier_ = SentenceVerifier.from_json(self.verifier)
        self._joint_weights = None if self.verifier_ is None else _joint(self.verifier_,
                                                                         self.scorer_)
        return self

    def _ensure_fitted(self) -> None:
        if not hasattr(self, "lexicon_"):
            self.fit()

    # --- one sentence / one text -----------------------------------------------------------
    def extract(self, text: str, *, date: date | str | None = None) -> list[Accusation]:
        """Accusations and denials in ``text`` (one sentence, or a short text).

        Offsets are relative to ``text``. ``date`` (the publication date) decides which
        leaders are in office (Trump before 20 January 2017 is a candidate, not a state).
        The first ``"accuse"`` row is the sentence's primary accusation.

        Examples
        --------
        >>> ex = AccusationExtractor()
        >>> [a.polarity for a in ex.extract("He was charged with a battery of tests.")]
        []
        >>> a = ex.extract("Israel blames Hamas for civilian deaths.")[0]
        >>> a.accuser, a.accuser_iso3, a.accused, a.accused_iso3, a.cue
        ('Israel', 'ISR', 'Hamas', None, 'blames')
        """
        if not isinstance(text, str):
            raise TypeError(f"extract expects a str, got {type(text).__name__}")
        self._ensure_fitted()
        when = _as_date(date)
        out: list[Accusation] = []
        for a, b, hits in self._sentences_with_cues(text):
            out.extend(shift(f, a) for f in self._analyse(text[a:b], when, hits))
        return [f for f in out if f.confidence >= self.min_confidence]

    def _analyse(self, s: str, when: date | None, hits: list) -> list[Accusation]:
        """The rows of sentence ``s`` (:meth:`_rows`), their actor spans tidied
        (:func:`._rules.tidy_actors`)."""
        return [tidy_actors(f, s) for f in self._rows(s, when, hits)]

    def _rows(self, s: str, when: date | None, hits: list) -> list[Accusation]:
        """The rows of sentence ``s``: the rules', and the scorer's where the rules found no
        accusation; with a verifier, the rows it believes (:meth:`_verified`)."""
        if self.verifier_ is not None:
            r = self._read(s, when, hits, settled_ok=True)
            return r.rows if r.features is None else self._verified(s, when, r)
        hits = list(hits)  # the rules may re-file a cue ("slammed X for" is criticism)
        keep: list = []
        rows = analyse_sentence(s, self.lexicon_, self.matcher_, when, hits=hits, keep=keep)
        scorer = self.scorer_
        if scorer is None or not _asks_scorer(s, rows, hits):
            return rows
        p_acc = scorer.predict_proba(s)[0]
        if not self._scorer_sure(p_acc, hits):
            return rows
        return rows + scorer_rows(
            s, hits, self.lexicon_, self.matcher_, when, confidence=p_acc,
            deny_ok=not rows, roles=self.roles_, sentence=keep[0] if keep else None)

    def _scorer_sure(self, p_acc: float, hits: list) -> bool:
        """Whether the scorer's probability is enough for a row of its own."""
        return not (p_acc < self.scorer_threshold or p_acc < _OVERRULE and any(
            h[2] in _RULES_DECIDE for h in hits))

    def _read(self, s: str, when: date | None, hits: list, *,
              settled_ok: bool = False) -> _Reading:
        """The rules' rows of sentence ``s`` and what the rules and the scorer made of it
        (:class:`_Reading`; needs the scorer). With ``settled_ok``, a sentence whose rows the
        verifier could not change (:meth:`_verified`: no row to drop, no accusation it may
        add, no denial cue) comes back unread, ``features`` None (about a fifth of the sentences
        with a cue in news: no model is asked about them)."""
        hits = list(hits)  # the rules may re-file a cue ("slammed X for" is criticism)
        keep: list = []
        rows = analyse_sentence(s, self.lexicon_, self.matcher_, when, hits=hits, keep=keep)
        scorer = self.scorer_
        held = [_withheld(s, h[0]) for h in hits]
        if settled_ok and not rows and (any(held) or all(h[2] in _UNSCORED for h in hits)) and (
                not any(h[2] in DENIAL_FAMILIES for h in hits)):
            return _Reading(rows, None, keep, hits, None)
        idioms = [bool(idiom(s, h[0], h[1])) for h in hits]
        toks = _TOKEN.findall(s.lower())  # (the scorer's and the verifier's words)
        joint = self._joint_weights
        word_sums = None
        if joint is not None:  # both models' word sums in one pass (the same numbers)
            sa, sd, va, vd = tfidf_sums_two(Counter(SentenceVerifier._keys(toks)), joint)
            word_sums = (va, vd)
            p_acc = _sigmoid(sa + scorer.intercepts_[0])
            p_den = _sigmoid(sd + scorer.intercepts_[1])
        else:
            p_acc, p_den = scorer.predict_proba(s, toks if scorer._plain and (
                scorer._token_re.pattern == _TOKEN.pattern) else None)
        gate = _asks_scorer(s, rows, hits, [w or i for w, i in zip(held, idioms, strict=True)]
                            ) and self._scorer_sure(p_acc, hits)
        n_mentions = len(keep[0].mentions) if keep else len(self.matcher_.find(s))
        dead = not rows and any(h[2] == "nominal" for h in hits) and not any(
            cue_alive(s, h0, h1, fam, len(s), self.lexicon_) for h0, h1, fam in hits)
        feats = reading(s, hits, rows, gate, p_acc, p_den, n_mentions, sum(held), sum(idioms),
                        dead)
        return _Reading(rows, feats, keep, hits, toks, word_sums)

    def _verified(self, s: str, when: date | None, r: _Reading) -> list[Accusation]:
        """The rows of a sentence as the verifier judges its reading ``r``: the rules'
        accusations and denials it believes, plus the accusation (actors as for the scorer)
        or denial it believes they missed."""
        verifier = self.verifier_
        p_acc, p_den = verifier.predict_proba(s, r.features, r.tokens, r.word_sums)
        rows = r.rows
        sentence = r.keep[0] if r.keep else None
        if p_acc < verifier.threshold_accusation:
            rows = [x for x in rows if x.polarity != "accuse"]
        elif not any(x.polarity == "accuse" for x in rows) and not r.features["withheld"] and (
                any(h[2] not in _UNSCORED for h in r.hits)) and (
                p_acc >= _REJECTED_ADD or not any(h[2] in _RULES_DECIDE for h in r.hits)):
            # never beside a cue that is negated or merely possible ("didn't accuse X of
            # shelling": gold rule 3), nor where the rules alone decide (a reported act, "said
            # snow was blocking aid convoys": rare in the labelled batches, common in news);
            # on the labelled batches the two cost 0.3 points of F1 (cross-validated). Where
            # the rules read an accuse/blame cue and rejected it (blame on fog, a fault),
            # only a surer verifier overrules them
            rows = rows + scorer_rows(
                s, r.hits, self.lexicon_, self.matcher_, when, confidence=p_acc,
                deny_ok=not any(x.polarity == "deny" for x in rows), roles=self.roles_,
                sentence=sentence)
        if p_den < verifier.threshold_denial:
            rows = [x for x in rows if x.polarity != "deny"]
        elif not any(x.polarity == "deny" for x in rows):
            rows = rows + denial_rows(s, r.hits, self.lexicon_, self.matcher_, when,
                                      confidence=p_den, sentence=sentence)
        return rows

    def _sentences_with_cues(self, text: str, nouns: bool | None = None,
                             ) -> list[tuple[int, int, list]]:
        """Spans of the sentences holding cues, each with its cue hits (sentence offsets).

        The sentences are those of :func:`mediakit.text.sentence_span` at the first cue of
        each; its end is found first (a short look ahead), and the look back for its start is
        made only when some cue in it is not rejected by what follows the cue alone
        (:func:`._rules.dead_ahead`): the sentence would give no rows. With ``nouns`` (default:
        when there is a verifier) a sentence with an accusation noun is always kept, for the
        verifier to judge ("the senator, rocked by allegations of fraud, resigned": the rules
        read none of them; on the labelled batches, 2 in 5 are accusations).
        """
        if nouns is None:
            nouns = self.verifier_ is not None
        lex = self.lexicon_
        half = MAX_SENTENCE_CHARS // 2
        groups = []
        end = -1
        group = None
        weak_ok = self.scorer_ is not None
        for h0, h1, fam in lex.find_cues(text):
            if fam == "weak" and not weak_ok and not ruled_weak(text, h0, h1):
                continue  # a weak cue is read by the scorer alone
            if group is None or h0 >= end:
                # a new sentence (the cues come in order, so h0 is past its start)
                end = _span_end(text, h0, half)
                while end > h0 and text[end - 1].isspace():
                    end -= 1
                group = [h0, end, [], False]
                groups.append(group)
            if h1 <= end:
                group[2].append((h0, h1, fam))
                if not group[3] and (nouns and fam == "nominal" or cue_alive(
                        text, h0, h1, fam, end, lex)):
                    group[3] = True
        out = []
        for h0, end, hits, live in groups:
            if not live:
                continue
            a = _span_start(text, h0, half)
            while a < end and text[a].isspace():
                a += 1
            out.append((a, end, [(x0 - a, x1 - a, fam) for x0, x1, fam in hits]))
        return out

    # --- articles ---------------------------------------------------------------------------
    def transform(self, X) -> pd.DataFrame:
        """Return the accusations table (:data:`mediakit.schema.ACCUSATIONS`) of articles.

        ``X`` is an articles table (``doc_id``, ``title``, ``text``, optional ``published``)
        or an iterable of such tables (chunks), which are concatenated.
        """
        self._ensure_fitted()
        if isinstance(X, str):
            raise TypeError(
                "An articles DataFrame expected, str received; use extract(text) for one text."
            )
        if isinstance(X, pd.DataFrame):
            chunks: Iterable[pd.DataFrame] = [X]
        else:
            chunks = X
        tables = [self._transform_one(c) for c in chunks]
        if not tables:
            return schema.empty("accusations")
        if len(tables) == 1:
            return tables[0]
        return pd.concat(tables, ignore_index=True)  # all of the schema's dtypes already

    def _transform_one(self, articles: pd.DataFrame) -> pd.DataFrame:
        if not isinstance(articles, pd.DataFrame):
            raise TypeError(f"articles must be DataFrames, got {type(articles).__name__}")
        if schema.DOC_ID not in articles.columns:
            raise schema.SchemaError(
                "articles table: required column 'doc_id' is missing", column=schema.DOC_ID
            )
        n = len(articles)
        # plain lists: iterating a pyarrow-backed column element by element is slow
        titles = articles[schema.TITLE].tolist() if schema.TITLE in articles else [None] * n
        texts = articles[schema.TEXT].tolist() if schema.TEXT in articles else [None] * n
        dates = _dates(articles[schema.PUBLISHED]) if schema.PUBLISHED in articles else [None] * n
        rows: list[dict] = []
        it = zip(articles[schema.DOC_ID].tolist(), titles, texts, dates, strict=True)
        if self.progress:
            from tqdm.auto import tqdm

            it = tqdm(it, total=n, desc="accusations", unit="doc")
        bad = 0
        for doc_id, title, body, published in it:
            doc = document_text(title, body)
            if not doc:
                continue
            try:
                rows.extend(self._doc_rows(doc_id, doc, published))
            except RecursionError:  # pragma: no cover - defensive
                bad += 1
        if bad:
            warnings.warn(f"{bad} documents could not be analysed", stacklevel=2)
        if not rows:
            return schema.empty("accusations")
        return schema.from_columns({c: [r[c] for r in rows] for c in rows[0]}, "accusations")

    def _doc_rows(self, doc_id, doc: str, published) -> list[dict]:
        found = []
        sentences = self._sentences_with_cues(doc)
        if not sentences:
            return []
        when = _as_date(published)  # only for documents with a sentence to analyse
        for a, b, hits in sentences:
            for f in self._analyse(doc[a:b], when, hits):
                if f.confidence >= self.min_confidence:
                    found.append((a, b, f))
        if not found:
            return []
        # sentence indices (only for documents with rows): the sentences of the text before
        # the last sentence with rows, as sentence_spans(doc[:last]) finds them
        ends = sentence_ends(doc, max(a for a, _, _ in found))
        rows = [_row(doc_id, bisect.bisect_right(ends, a), a, b, f) for a, b, f in found]
        if self.link_denials:
            _link(rows)
        return rows


def _row(doc_id, k: int, a: int, b: int, f: Accusation) -> dict:
    """The table row of ``f``, found in the sentence ``doc[a:b]`` (offsets moved by ``a``)."""
    return {
        schema.DOC_ID: doc_id, schema.SENTENCE: k, schema.START: a, schema.END: b,
        schema.ACCUSER: f.accuser, schema.ACCUSER_ISO3: f.accuser_iso3,
        schema.ACCUSED: f.accused, schema.ACCUSED_ISO3: f.accused_iso3,
        schema.ALLEGATION: f.allegation, schema.CUE: f.cue, schema.POLARITY: f.polarity,
        schema.CONFIDENCE: f.confidence, schema.ANSWERS: None,
        schema.ACCUSER_START: None if f.accuser_start is None else f.accuser_start + a,
        schema.ACCUSER_END: None if f.accuser_end is None else f.accuser_end + a,
        schema.ACCUSED_START: None if f.accused_start is None else f.accused_start + a,
        schema.ACCUSED_END: None if f.accused_end is None else f.accused_end + a,
        schema.CUE_START: f.cue_start + a, schema.CUE_END: f.cue_end + a,
        schema.METHOD: "scorer" if f.rule == "scorer" else "rules",
    }


def _link(rows: list[dict]) -> None:
    """Set ``answers`` of each denial, and the accused of back-referring claims."""
    acc = [r for r in rows if r[schema.POLARITY] == "accuse"]
    for r in rows:
        if r[schema.POLARITY] == "accuse" and r[schema.ACCUSED] is None and r[schema.ACCUSER_ISO3]:
            # "the Russian claims": the accused of that accuser's earlier accusation
            for p in reversed(acc):
                if p[schema.CUE_START] < r[schema.CUE_START] and p[schema.ACCUSED_ISO3] and (
                    p[schema.ACCUSER_ISO3] == r[schema.ACCUSER_ISO3]
                ):
                    r[schema.ACCUSED_ISO3] = p[schema.ACCUSED_ISO3]
                    break
    for r in rows:
        if r[schema.POLARITY] != "deny":
            continue
        denier = r[schema.ACCUSED_ISO3]
        same = [p for p in acc if p[schema.SENTENCE] == r[schema.SENTENCE]
                and p[schema.CUE_START] <= r[schema.CUE_START]]
        before = [p for p in acc if p[schema.CUE_START] < r[schema.START]]
        target = None
        if same:
            own = [p for p in same if p[schema.CUE_START] == r[schema.CUE_START]]
            hit = [p for p in same if denier is not None and p[schema.ACCUSED_ISO3] == denier]
            target = (own or hit or same)[-1]
        elif denier is not None and any(p[schema.ACCUSED_ISO3] == denier for p in before):
            target = [p for p in before if p[schema.ACCUSED_ISO3] == denier][-1]
        elif before and r[schema.SENTENCE] - before[-1][schema.SENTENCE] <= 2:
            target = before[-1]
        if target is not None:
            r[schema.ANSWERS] = target[schema.CUE_START]
            if r[schema.ACCUSER] is None:
                r[schema.ACCUSER] = target[schema.ACCUSER]
                r[schema.ACCUSER_ISO3] = target[schema.ACCUSER_ISO3]
                r[schema.ACCUSER_START] = target[schema.ACCUSER_START]
                r[schema.ACCUSER_END] = target[schema.ACCUSER_END]


def _dates(published: pd.Series) -> list:
    """The publication dates as a list (``datetime.date`` objects for a datetime column).

    Iterating a datetime column builds one Timestamp per row; ``.dt.date`` converts the
    whole column at once.
    """
    if isinstance(published.dtype, pd.DatetimeTZDtype) or published.dtype.kind == "M":
        return published.dt.date.tolist()
    return published.tolist()


def _as_date(value) -> date | None:
    if type(value) is date:  # not isinstance: a datetime is a date too, and has a time
        return value
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, datetime):  # Timestamps too: the common case, before pd.isna
        return value.date()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        return None
    return None if pd.isna(ts) else ts.date()


_MATCHERS: dict[type, object] = {}
_MODELS: list[tuple[SentenceScorer, RolePicker | None]] = []
_VERIFIERS: list[SentenceVerifier] = []


def _fit_models(training: pd.DataFrame, lex, matcher) -> tuple[SentenceScorer,
                                                              RolePicker | None]:
    """The sentence scorer and, when the sentences carry actor spans, the role picker."""
    scorer = SentenceScorer().fit(training)
    if not {"accuser_text", "accuser_iso3", "accused_text", "accused_iso3"} <= set(
            training.columns):
        return scorer, None
    return scorer, RolePicker().fit(training, lex, matcher)


def _default_models(lex, matcher) -> tuple[SentenceScorer, RolePicker | None]:
    """The scorer fitted on the bundled sentences (once per process, ~3 s, or read from the
    on-disk cache of this installation: :mod:`._model_cache`, ~0.2 s) and the bundled role
    picker (:data:`._roles.ROLES_MODEL`, fitted on the real sentences labelled blind: on
    them it picks both codes right for 55 % of the accusations the scorer and the verifier add,
    against 50 % for a picker fitted on the bundled sentences alone, cross-validated;
    session 22)."""
    if not _MODELS:
        from ._model_cache import load_models, save_models

        models = load_models()
        if models is None:
            models = (SentenceScorer().fit(load_training()), None)
            save_models(*models)
        _MODELS.append((models[0], RolePicker.from_json()))
    return _MODELS[0]


_JOINT: dict[tuple[int, int], tuple] = {}


def _joint(verifier: SentenceVerifier, scorer: SentenceScorer) -> dict | None:
    """:meth:`SentenceVerifier.joint_weights`, built once per pair of models (~0.1 s)."""
    key = (id(verifier), id(scorer))
    if key not in _JOINT:
        # (the models are kept with the table: their ids stay theirs)
        _JOINT[key] = (verifier, scorer, verifier.joint_weights(scorer))
        if len(_JOINT) > 8:  # extractors fitted on other models: keep the newest few
            del _JOINT[next(iter(_JOINT))]
    return _JOINT[key][2]


def _default_verifier() -> SentenceVerifier:
    """The bundled verifier, read once per process."""
    if not _VERIFIERS:
        _VERIFIERS.append(SentenceVerifier.from_json())
    return _VERIFIERS[0]


def _default_matcher(cls):
    if cls not in _MATCHERS:
        # cities too: "a grand jury in Pennsylvania" (a city alone is never an actor)
        _MATCHERS[cls] = cls(cities=True)
    return _MATCHERS[cls]
