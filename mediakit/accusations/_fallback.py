"""Rows for sentences the rules left empty but the :class:`~._scorer.SentenceScorer` flags.

The scorer says *that* a sentence reports an accusation; these functions say *who*. By
default the learned :class:`._roles.RolePicker` chooses the accuser and the accused among the
sentence's noun phrases; without it (training sentences without actor spans) they come from
the sentence's shape around its first cue, with the rules' own noun-phrase and ISO3
machinery (:class:`._rules._Sentence`):

- a denial before any accusation cue ("TikTok rejected condemnation from the Trump
  administration that ..."): the denier is the main subject and the accused; the accuser is
  the holder of the denied claims ("claims by X", "X's claim", "U.S. charges"), if named;
- a noun cue ("criticism from Beijing"): the parties after "of"/"against" and "from"/"by";
- otherwise the accuser is the main subject (or the agent of "accused by X") and the accused
  the noun phrase after the cue (or the doer in "the launch by North Korea").

Rows made here carry ``rule == "scorer"`` (``method == "scorer"`` in the table) and the
scorer's probability as ``confidence``.

Examples
--------
>>> from mediakit.accusations import AccusationExtractor
>>> ex = AccusationExtractor(verifier=False).fit()  # (the verifier may drop or keep rows)
>>> s = "TikTok rejected condemnation from the Trump administration that it shares users' data."
>>> [(a.polarity, a.accuser, a.accused, a.rule) for a in ex.extract(s, date="2020-08-01")]
[('accuse', 'the Trump administration', 'TikTok', 'scorer'), ('deny', 'the Trump administration', 'TikTok', 'scorer')]
"""

from __future__ import annotations

import re
from datetime import date

from ._roles import DENIAL_FAMILIES, NOUN_CUES, RolePicker, _span, candidates, claimant, main_cue
from ._rules import _OBJ_STOPS, Accusation, _Analyser, _Sentence, _trim, continuator

__all__ = ["denial_rows", "scorer_rows"]


#: What a denial the scorer reads must deny: an accusation noun right after the denial word
#: ("rejected condemnation from ..."). Without one, 9 of 10 such denials on the development
#: batches were false ("rejected labeling the bill a compromise", "denying her the
#: president", "rebuffed the administration's efforts"; session 14).
_ACCUSATION_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?(?:condemnation|criticisms?|"
                                r"accusations?|allegations?|charges?|claims?)\b",
                                re.IGNORECASE)


def _row(x: _Sentence, polarity: str, cue: tuple[int, int], accuser, accused,
         confidence: float) -> Accusation:
    s = x.s
    if accuser is not None:
        accuser = _trim(s, accuser)
    if accused is not None:
        accused = _trim(s, accused)
    return Accusation(
        polarity=polarity, cue=s[cue[0]:cue[1]], cue_start=cue[0], cue_end=cue[1],
        accuser=None if accuser is None else s[accuser[0]:accuser[1]],
        accuser_iso3=continuator(x.resolve(accuser)),
        accuser_start=None if accuser is None else accuser[0],
        accuser_end=None if accuser is None else accuser[1],
        accused=None if accused is None else s[accused[0]:accused[1]],
        accused_iso3=continuator(x.resolve(accused)),
        accused_start=None if accused is None else accused[0],
        accused_end=None if accused is None else accused[1],
        confidence=round(confidence, 2), rule="scorer",
    )


def _positional(x: _Sentence, cue: tuple[int, int, str], denial_first: bool):
    """``(accuser, accused)`` spans by the sentence's shape around ``cue`` (no model)."""
    toks = x.toks
    ci = x.tok_at(cue[0])
    if denial_first:
        # the denier is accused; the holder of the denied claims accuses
        return claimant(x, ci), _span(x, x.main_subject(ci))
    if ci < len(toks) and toks[ci].low in NOUN_CUES:
        # "criticism from Malaysian miners", "condemnation of the raid by Moscow"
        accuser = accused = None
        k = ci + 1
        if k < len(toks) and toks[k].low in {"of", "against"}:
            rng = x.right_np(k + 1, _OBJ_STOPS)
            accused = _span(x, rng)
            k = rng[1] if rng else k + 1
        if k < len(toks) and toks[k].low in {"from", "by"}:
            accuser = _span(x, x.right_np(k + 1, _OBJ_STOPS))
        return accuser, accused
    if ci + 1 < len(toks) and toks[ci + 1].low == "by":  # "was accused by X of ..."
        return _span(x, x.right_np(ci + 2, _OBJ_STOPS)), _span(x, x.main_subject(ci))
    # the main subject accuses the object right after the cue (no actor further away:
    # "condemned the attack, Israeli Prime Minister ..." names no accused)
    k = x.tok_at(cue[1])  # the first token after the (maybe multi-word) cue
    rng = x.right_np(k, _OBJ_STOPS) if k < len(toks) else None
    if rng is not None and rng[1] + 1 < len(toks) and toks[rng[1]].low == "by":
        # "decried the missile launch by North Korea": the doer of the act
        rng = x.right_np(rng[1] + 1, _OBJ_STOPS) or rng
    return _span(x, x.main_subject(ci)), _span(x, rng)


def scorer_rows(s: str, hits: list[tuple[int, int, str]], lex, matcher, when: date | None,
                *, confidence: float, deny_ok: bool, roles: RolePicker | None = None,
                sentence: _Sentence | None = None) -> list[Accusation]:
    """The accusation the scorer found in sentence ``s``, and the denial it is read from.

    ``hits`` are the cue hits of ``s`` (``(start, end, family)``, in order); ``confidence``
    is the scorer's probability. An accusation read from a denial that comes first ("Trump
    denied meeting Russian officials") brings that denial along when ``deny_ok`` (the rules
    gave no denial in ``s``), the sentence names a party, and the denial word is not a
    verdict ("the false theory that ...": the writer's word, no reported denial). ``roles``
    chooses the actors (:class:`._roles.RolePicker`); without it they come from the
    sentence's shape. ``sentence`` is ``s`` already tokenised by the rules, if they did.

    The scorer adds no denial on its own: on the real blind batches such rows were all
    false positives, and in news mostly opinion ("That's very clearly false"). A denial
    read with an accusation must name an accusation noun as what it denies.
    """
    main = main_cue(hits)
    if main is None:
        return []
    cue, denial_first = main
    x = sentence if sentence is not None else _Sentence(s, lex, matcher, when)
    if roles is not None:
        accuser, accused = roles.pick(candidates(x, cue, denial_first))
    else:
        accuser, accused = _positional(x, cue, denial_first)
    an = _Analyser(x)

    def party(span):
        # a name or an agent: not "is breathtaking", "a decade ago", "and innuendo" (session
        # 9: the picker's candidates include such fragments)
        if span is None:
            return None
        span = _trim(s, span)
        return span if s[span[0]:span[0] + 1].isupper() or an._agent(span) else None

    accuser, accused = party(accuser), party(accused)
    if accuser is not None and accused is not None and (
            accuser[0] < accused[1] and accused[0] < accuser[1]):
        # "The Obama administration has been criticized": one party picked for both roles
        # (overlapping spans): it is the accused (session 7)
        accuser = None
    acc_cue = cue
    if denial_first:
        acc_cue = next((h for h in hits if h[2] not in DENIAL_FAMILIES), cue)
    out = [_row(x, "accuse", acc_cue[:2], accuser, accused, confidence)]
    if denial_first and deny_ok and cue[2] != "verdict" and (
            accuser is not None or accused is not None) and _ACCUSATION_OBJECT.match(
            s, cue[1]):
        out.append(_row(x, "deny", cue[:2], accuser, accused, confidence))
    return out


def denial_rows(s: str, hits: list[tuple[int, int, str]], lex, matcher, when: date | None,
                *, confidence: float, sentence: _Sentence | None = None) -> list[Accusation]:
    """The denial the verifier (:class:`._verifier.SentenceVerifier`) reads in ``s`` where the
    rules gave none: at the first denial cue of ``hits``, the denier is its main subject and
    the accuser the holder of the denied claims ("claims by X", "X's claim"), if named. No
    denial cue, no row.

    Examples
    --------
    >>> from mediakit.accusations import AccusationExtractor
    >>> ex = AccusationExtractor().fit()
    >>> s = "Iran rejected the claims by Israel."
    >>> [(r.polarity, r.accused, r.accuser) for r in denial_rows(
    ...     s, [(5, 13, "reject")], ex.lexicon_, ex.matcher_, None, confidence=0.8)]
    [('deny', 'Iran', 'Israel')]
    """
    cue = next((h for h in hits if h[2] in DENIAL_FAMILIES), None)
    if cue is None:
        return []
    x = sentence if sentence is not None else _Sentence(s, lex, matcher, when)
    accuser, denier = _positional(x, cue, True)  # (the holder of the claims, the subject)
    return [_row(x, "deny", cue[:2], accuser, denier, confidence)]
