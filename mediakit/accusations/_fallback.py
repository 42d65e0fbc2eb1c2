"""Rows for sentences the rules left empty but the :class:`~._scorer.SentenceScorer` flags.

The scorer says *that* a sentence reports an accusation (or a denial); these functions say
*who*, by the sentence's shape around its first cue, with the rules' own noun-phrase and
ISO3 machinery (:class:`._rules._Sentence`):

- a denial before any accusation cue ("TikTok rejected claims by the Trump administration
  that ..."): the denier is the main subject and the accused; the accuser is the holder of
  the denied claims ("claims by X", "X's claim", "U.S. charges"), if named;
- otherwise the accuser is the main subject (or the agent of "accused by X") and the accused
  the first actor after the cue.

Rows made here carry ``rule == "scorer"`` and the scorer's probability as ``confidence``.

Examples
--------
>>> from mediakit.accusations import AccusationExtractor
>>> ex = AccusationExtractor().fit()
>>> s = "TikTok rejected claims by the Trump administration that it shares users' data."
>>> [(a.polarity, a.accuser, a.accused, a.rule) for a in ex.extract(s, date="2020-08-01")]
[('accuse', 'the Trump administration', 'TikTok', 'scorer'), ('deny', 'the Trump administration', 'TikTok', 'scorer')]
"""

from __future__ import annotations

from datetime import date

from ._rules import _OBJ_STOPS, Accusation, _Sentence, _trim

__all__ = ["scorer_rows"]

_DENIAL_FAMILIES = frozenset(["deny", "reject", "verdict"])
_CLAIM_NOUNS = frozenset([
    "claim", "claims", "charge", "charges", "allegation", "allegations", "accusation",
    "accusations", "assertion", "assertions", "suggestion", "suggestions", "report", "reports",
    "conclusion", "conclusions", "finding", "findings"])
#: cue words that are nouns: their actors hang on prepositions, not on the main clause
_NOUN_CUES = _CLAIM_NOUNS | frozenset([
    "criticism", "criticisms", "condemnation", "condemnations", "accusation", "accusations",
    "allegation", "allegations", "denunciation", "denunciations"])


def _span(x: _Sentence, rng: tuple[int, int] | None) -> tuple[int, int] | None:
    return None if rng is None else x.span(*rng)


def _claimant(x: _Sentence, ci: int) -> tuple[int, int] | None:
    """Holder of the claims a denial at token ``ci`` answers ("claims by X", "X's claim")."""
    toks = x.toks
    j = ci + 1
    for k in range(j, min(len(toks), j + 8)):
        if toks[k].low not in _CLAIM_NOUNS:
            continue
        if k + 1 < len(toks) and toks[k + 1].low == "by":
            return _span(x, x.right_np(k + 2, _OBJ_STOPS))
        if k > j:
            words = [t.low for t in toks[j:k]]
            if words[0] in {"the", "a", "an", "these", "those", "such", "all", "any"} and not (
                    any(w in {"'s", "’s"} or w.endswith(("'s", "’s")) for w in words)):
                return None  # "the claims", "any allegations": nobody named
            return x.span(j, k)
        return None
    return None


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
        accuser_iso3=x.resolve(accuser), accuser_start=None if accuser is None else accuser[0],
        accuser_end=None if accuser is None else accuser[1],
        accused=None if accused is None else s[accused[0]:accused[1]],
        accused_iso3=x.resolve(accused), accused_start=None if accused is None else accused[0],
        accused_end=None if accused is None else accused[1],
        confidence=round(confidence, 2), rule="scorer",
    )


def scorer_rows(s: str, hits: list[tuple[int, int, str]], lex, matcher, when: date | None,
                *, accuse: float | None, deny: float | None) -> list[Accusation]:
    """An accusation row (when ``accuse`` is a probability) and a denial row (``deny``).

    ``hits`` are the cue hits of the sentence ``s`` (``(start, end, family)``, in order);
    ``None`` for a polarity means "do not add one".
    """
    if not hits or (accuse is None and deny is None):
        return []
    x = _Sentence(s, lex, matcher, when)
    toks = x.toks
    acc_hits = [h for h in hits if h[2] not in _DENIAL_FAMILIES]
    den_hits = [h for h in hits if h[2] in _DENIAL_FAMILIES]
    out: list[Accusation] = []
    if den_hits and (not acc_hits or den_hits[0][0] < acc_hits[0][0]):
        d = den_hits[0]
        ci = x.tok_at(d[0])
        denier = _span(x, x.main_subject(ci))
        claimant = _claimant(x, ci)
        if accuse is not None:
            cue = acc_hits[0][:2] if acc_hits else d[:2]
            out.append(_row(x, "accuse", cue, claimant, denier, accuse))
        if deny is not None:
            out.append(_row(x, "deny", d[:2], claimant, denier, deny))
        return out
    if accuse is not None and acc_hits:
        c = acc_hits[0]
        ci = x.tok_at(c[0])
        if ci < len(toks) and toks[ci].low in _NOUN_CUES:
            # "criticism from Malaysian miners", "condemnation of the raid by Moscow"
            accuser = accused = None
            k = ci + 1
            if k < len(toks) and toks[k].low in {"of", "against"}:
                rng = x.right_np(k + 1, _OBJ_STOPS)
                accused = _span(x, rng)
                k = rng[1] if rng else k + 1
            if k < len(toks) and toks[k].low in {"from", "by"}:
                accuser = _span(x, x.right_np(k + 1, _OBJ_STOPS))
        elif ci + 1 < len(toks) and toks[ci + 1].low == "by":  # "was accused by X of ..."
            accuser = _span(x, x.right_np(ci + 2, _OBJ_STOPS))
            accused = _span(x, x.main_subject(ci))
        else:
            # the main subject accuses the object right after the cue (no actor further
            # away: "condemned the attack, Israeli Prime Minister ..." names no accused)
            accuser = _span(x, x.main_subject(ci))
            k = x.tok_at(c[1])  # the first token after the (maybe multi-word) cue
            rng = x.right_np(k, _OBJ_STOPS) if k < len(toks) else None
            if rng is not None and rng[1] + 1 < len(toks) and toks[rng[1]].low == "by":
                # "decried the missile launch by North Korea": the doer of the act
                rng = x.right_np(rng[1] + 1, _OBJ_STOPS) or rng
            accused = _span(x, rng)
        out.append(_row(x, "accuse", c[:2], accuser, accused, accuse))
    if deny is not None and den_hits:
        # "..., which Moscow denied": the noun phrase before the later denial cue
        d = den_hits[0]
        denier = _span(x, x.left_np(x.tok_at(d[0])))
        out.append(_row(x, "deny", d[:2], None, denier, deny))
    return out
