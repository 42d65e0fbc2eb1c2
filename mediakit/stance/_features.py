"""Pair features for stance detection: similarity of a headline to a body, and cue words.

Everything here is computed on *unique* headlines and bodies first (FNC-1 pairs every body
with many headlines), then gathered per pair. Two families:

* dense hand features (:meth:`_PairFeaturizer.dense`): TF-IDF cosines (words, word stems,
  characters, LSA, and stems with words unseen in training kept at the highest IDF),
  word/stem/bigram/trigram/number overlap, the IDF of the rarest shared stem, BM25, overlap
  with the lead, the best-matching body sentences (and the best of the first two), the share
  of the body's most frequent capitalised words (:func:`entity_stems`) and of its top TF-IDF
  terms named by the headline, and counts of refuting / hedging / supporting / negating cue
  words in the headline, the body, and the body sentences closest to the headline;
* sparse text (:meth:`_PairFeaturizer.sparse`): TF-IDF of the headline and of the body sentences
  closest to it, for a linear model.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.preprocessing import normalize

CUE_CATEGORIES = ("refute", "hedge", "support", "negation")

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n+")
_STOP = frozenset(ENGLISH_STOP_WORDS) - {"not", "no", "never", "nothing", "none", "neither", "nor"}
_TOP_K = 3
_STEM = 5
_WINDOW = 8  # tokens either side of a headline word for the windowed cue counts
_LEAD = 3  # sentences of the lead


def normalise(text: str) -> str:
    """Lower-case and unify quotes/apostrophes."""
    return (
        text.lower()
        .replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (contractions kept whole: ``isn't``)."""
    return _TOKEN.findall(normalise(text))


def stems(toks: list[str]) -> list[str]:
    """Content-word stems: stop words dropped, words cut to their first five letters."""
    return [t[:_STEM] for t in toks if t not in _STOP and len(t) > 1]


def sentences(text: str) -> list[str]:
    """Split a body into sentences (punctuation or line breaks); never empty."""
    out = [s.strip() for s in _SENT.split(text) if s and s.strip()]
    return out or [text]


def load_cues(table: pd.DataFrame | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """Read the cue lexicon: ``{category: {first_token: (phrase, ...)}}``.

    ``table`` (columns ``word``, ``category``) replaces the bundled ``stance_cues.tsv``.
    """
    if table is None:
        text = resources.files("mediakit.data").joinpath("stance_cues.tsv").read_text("utf-8")
        rows = [
            line.split("\t")
            for line in text.splitlines()
            if line.strip() and not line.startswith("#")
        ]
        table = pd.DataFrame(rows, columns=["word", "category"])
    missing = {"word", "category"} - set(table.columns)
    if missing:
        raise ValueError(f"cue table lacks column(s) {sorted(missing)}; need 'word' and 'category'")
    bad = sorted(set(table["category"]) - set(CUE_CATEGORIES))
    if bad:
        raise ValueError(f"cue table has unknown categories {bad}; expected {CUE_CATEGORIES}")
    out: dict[str, dict[str, tuple[str, ...]]] = {c: {} for c in CUE_CATEGORIES}
    for word, cat in zip(table["word"], table["category"], strict=True):
        phrase = tuple(tokens(str(word)))
        if phrase:
            out[cat].setdefault(phrase[0], ())
            out[cat][phrase[0]] += (" ".join(phrase),)
    return out


def cue_counts(toks: list[str], cues: dict) -> np.ndarray:
    """Count the cues of each category in a token list (phrases of up to three tokens)."""
    return np.array([len(p) for p in cue_positions(toks, cues)], dtype=float)


def cue_positions(toks: list[str], cues: dict) -> list[np.ndarray]:
    """Token positions where a cue of each category starts (one array per category)."""
    out: list[list[int]] = [[] for _ in CUE_CATEGORIES]
    for i, tok in enumerate(toks):
        for j, cat in enumerate(CUE_CATEGORIES):
            phrases = cues[cat].get(tok)
            if phrases:
                for ph in phrases:
                    n = ph.count(" ") + 1
                    if n == 1 or " ".join(toks[i : i + n]) == ph:
                        out[j].append(i)
                        break
    return [np.asarray(x, dtype=np.int64) for x in out]


def window_cues(
    n_tokens: int, matches: np.ndarray, cue_pos: list[np.ndarray], *, width: int = _WINDOW
) -> tuple[np.ndarray, np.ndarray, float]:
    """Cues near the places where a body repeats the headline's words.

    ``matches`` are the token positions of headline words in the body, ``cue_pos`` the cue
    positions per category (:func:`cue_positions`). Returns the number of cues of each
    category within ``width`` tokens of a match, the number of cues of each category in the
    three tokens just *before* a match ("not dead", "denied killing"), and the share of the
    body covered by the windows.

    Examples
    --------
    >>> toks = "police denied that the mayor was arrested on friday".split()
    >>> cues = load_cues(pd.DataFrame({"word": ["denied"], "category": ["refute"]}))
    >>> near, before, cover = window_cues(len(toks), np.array([6]), cue_positions(toks, cues),
    ...                                   width=5)
    >>> near.tolist(), before.tolist()
    ([1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0])
    """
    near = np.zeros(len(CUE_CATEGORIES))
    before = np.zeros(len(CUE_CATEGORIES))
    if n_tokens == 0 or len(matches) == 0:
        return near, before, 0.0
    diff = np.zeros(n_tokens + 1, dtype=np.int64)
    np.add.at(diff, np.clip(matches - width, 0, n_tokens), 1)
    np.add.at(diff, np.clip(matches + width + 1, 0, n_tokens), -1)
    cover = np.cumsum(diff[:-1]) > 0
    diff[:] = 0
    np.add.at(diff, np.clip(matches - 3, 0, n_tokens), 1)
    np.add.at(diff, np.clip(matches, 0, n_tokens), -1)
    pre = np.cumsum(diff[:-1]) > 0
    for c, pos in enumerate(cue_pos):
        if len(pos):
            near[c] = cover[pos].sum()
            before[c] = pre[pos].sum()
    return near, before, float(cover.mean())


@dataclass
class _Texts:
    """Per-text preprocessing of a list of unique texts."""

    toks: list[list[str]]
    stems: list[list[str]]


def _prep(texts: list[str]) -> _Texts:
    toks = [tokens(t) for t in texts]
    return _Texts(toks, [stems(t) for t in toks])


def _identity(x):
    return x


_CAP = re.compile(r"\b([A-Z][A-Za-z0-9'\-]*|[0-9][0-9.,]*)")
_NUM = re.compile(r"[0-9]")
_N_ENT = 5  # most frequent capitalised words of a body
_N_TOP = 10  # body terms with the highest TF-IDF


def entity_stems(text: str) -> dict[str, int]:
    """Stems of the capitalised words and numbers of a text, except sentence-initial words.

    A crude, vocabulary-free stand-in for named entities ("Phelps", "Durex", "Isis", "57"):
    the words a story is *about*, whether or not training ever saw them.

    Examples
    --------
    >>> entity_stems("Police say Michael Phelps met her. He denied it in 2014.")
    {'micha': 1, 'phelp': 1, '2014': 1}
    """
    out: dict[str, int] = {}
    for sent in sentences(text):
        for m in _CAP.finditer(sent):
            if m.start() == len(sent) - len(sent.lstrip()):
                continue  # first word of the sentence: capitalised anyway
            stem = stems(tokens(m.group(1)))
            for st in stem:
                out[st] = out.get(st, 0) + 1
    return out


def _local_tfidf(docs: list[list[str]], vocab: dict[str, int], idf: np.ndarray) -> sp.csr_matrix:
    """Sublinear TF-IDF rows (L2-normalised) of stem lists over a local vocabulary."""
    indptr, cols, vals = [0], [], []
    for doc in docs:
        counts: dict[int, int] = {}
        for w in doc:
            j = vocab[w]
            counts[j] = counts.get(j, 0) + 1
        cols.extend(counts)
        vals.extend(counts.values())
        indptr.append(len(cols))
    m = sp.csr_matrix((np.asarray(vals, dtype=np.float64), np.asarray(cols, dtype=np.int64),
                       np.asarray(indptr, dtype=np.int64)), shape=(len(docs), len(vocab)))
    m.data = 1.0 + np.log(m.data)
    return normalize(m @ sp.diags(idf))


class _PairFeaturizer:
    """Fitted vocabularies shared by the dense and sparse features (private, skops-savable)."""

    def __init__(self, *, cues, n_components: int = 100, random_state: int = 0,
                 text: bool = True, context_cues: bool = True) -> None:
        self.cues = cues
        self.n_components = n_components
        self.random_state = random_state
        self.text = text
        self.context_cues = context_cues

    # -- fitting -----------------------------------------------------------------------
    def fit(self, headlines: list[str], bodies: list[str]) -> _PairFeaturizer:
        uh, ub = sorted(set(headlines)), sorted(set(bodies))
        ph, pb = _prep(uh), _prep(ub)
        docs = ph.stems + pb.stems
        small = len(docs) < 200  # tiny corpora (examples, tests): keep every term
        self.stem_tfidf_ = TfidfVectorizer(
            analyzer=_identity, sublinear_tf=True, min_df=1, dtype=np.float32
        ).fit(docs)
        self.word_tfidf_ = TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1 if small else 2,
            token_pattern=_TOKEN.pattern, lowercase=True, dtype=np.float32,
            max_features=100_000,
        ).fit(uh + ub)
        self.char_tfidf_ = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1 if small else 2,
            max_features=100_000, dtype=np.float32,
        ).fit(uh + ub)
        # sentence-level TF-IDF for the linear model: vocabulary from bodies' sentences
        self.sent_tfidf_ = None
        if self.text:
            sents = [s for b in ub for s in sentences(b)]
            self.sent_tfidf_ = TfidfVectorizer(
                analyzer="word", ngram_range=(1, 2), sublinear_tf=True,
                min_df=1 if small else 3, token_pattern=_TOKEN.pattern, dtype=np.float32,
                max_features=100_000,
            ).fit(sents + uh)
        for vec in (self.stem_tfidf_, self.word_tfidf_, self.char_tfidf_, self.sent_tfidf_):
            if vec is not None:
                vec.stop_words_ = None  # pruned terms: not needed, and huge to save
        n_comp = max(1, min(self.n_components, len(docs) - 1, len(self.stem_tfidf_.vocabulary_) - 1))
        self.svd_ = TruncatedSVD(n_components=n_comp, random_state=self.random_state).fit(
            self.stem_tfidf_.transform(docs)
        )
        idf = self.stem_tfidf_.idf_
        self.stem_idf_ = dict(zip(self.stem_tfidf_.get_feature_names_out(), idf.tolist(), strict=True))
        self.default_idf_ = float(idf.max()) if len(idf) else 1.0
        self.avg_body_len_ = float(np.mean([len(s) for s in pb.stems])) if ub else 1.0
        return self

    # -- compact state for skops: vocabularies as numpy string arrays, not dicts -------------
    _VECTORIZERS = ("stem_tfidf_", "word_tfidf_", "char_tfidf_", "sent_tfidf_")

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("stem_idf_", None)
        for name in self._VECTORIZERS:
            vec = state.get(name)
            if vec is None or getattr(vec, "vocabulary_", None) is None:
                continue
            terms = np.empty(len(vec.vocabulary_), dtype=object)
            for term, i in vec.vocabulary_.items():
                terms[i] = term
            light = copy.copy(vec)
            light.vocabulary_ = None
            state[name] = light
            state[name + "terms"] = terms.astype(str)
        return state

    def __setstate__(self, state: dict) -> None:
        state = dict(state)
        for name in self._VECTORIZERS:
            terms = state.pop(name + "terms", None)
            if terms is not None:
                vec = copy.copy(state[name])
                vec.vocabulary_ = {str(t): i for i, t in enumerate(terms.tolist())}
                state[name] = vec
        self.__dict__.update(state)
        if "stem_tfidf_" in state and "stem_idf_" not in state:
            vec = self.stem_tfidf_
            self.stem_idf_ = dict(zip(vec.get_feature_names_out().tolist(), vec.idf_.tolist(),
                                      strict=True))

    # -- shared per-text state ---------------------------------------------------------
    def _body_state(self, ub: list[str]):
        """Per unique body: sentence stem-TF-IDF matrix, cue counts per sentence, etc."""
        state = []
        for body in ub:
            sents = sentences(body)
            stoks = [tokens(s) for s in sents]
            sstems = [stems(t) for t in stoks]
            state.append((sents, stoks, sstems))
        return state

    def dense(self, headlines: list[str], bodies: list[str]) -> tuple[np.ndarray, list[str], dict]:
        """Dense features for each pair; returns (matrix, names, context for :meth:`sparse`)."""
        uh, hi = np.unique(np.asarray(headlines, dtype=object), return_inverse=True)
        ub, bi = np.unique(np.asarray(bodies, dtype=object), return_inverse=True)
        uh, ub = list(uh), list(ub)
        ph, pb = _prep(uh), _prep(ub)
        n = len(headlines)
        feats: dict[str, np.ndarray] = {}

        def cos(a, b):
            return np.asarray(a[hi].multiply(b[bi]).sum(axis=1)).ravel()

        hs, bs = self.stem_tfidf_.transform(ph.stems), self.stem_tfidf_.transform(pb.stems)
        feats["cos_stem"] = cos(hs, bs)
        # the same with words training never saw kept (IDF of the rarest training word):
        # a new story's names are what ties its headlines to its bodies
        state = self._body_state(ub)
        vocab: dict[str, int] = {}
        for doc in ph.stems + pb.stems + [t for st in state for t in st[2]]:
            for w in doc:
                vocab.setdefault(w, len(vocab))
        idf_all = np.array([self.stem_idf_.get(w, self.default_idf_) for w in vocab])
        hs_oov = _local_tfidf(ph.stems, vocab, idf_all)
        feats["cos_oov"] = cos(hs_oov, _local_tfidf(pb.stems, vocab, idf_all))
        feats["cos_word"] = cos(self.word_tfidf_.transform(uh), self.word_tfidf_.transform(ub))
        feats["cos_char"] = cos(self.char_tfidf_.transform(uh), self.char_tfidf_.transform(ub))
        hl = normalize(self.svd_.transform(hs))
        bl = normalize(self.svd_.transform(bs))
        feats["cos_lsa"] = np.einsum("ij,ij->i", hl[hi], bl[bi])

        # overlap features on stems
        bsets = [set(s) for s in pb.stems]
        lead_sets = [set(s[:40]) for s in pb.stems]
        bbig = [set(zip(s, s[1:], strict=False)) for s in pb.stems]
        btok = [set(t) for t in pb.toks]
        h_cue = np.array([cue_counts(t, self.cues) for t in ph.toks])
        b_cue = np.array([cue_counts(t, self.cues) for t in pb.toks])
        b_len = np.array([max(len(t), 1) for t in pb.toks], dtype=float)
        h_len = np.array([max(len(t), 1) for t in ph.toks], dtype=float)
        h_q = np.array(["?" in h for h in uh], dtype=float)
        h_quote = np.array([("'" in h.replace("'s ", " ")) or '"' in h for h in uh], dtype=float)

        ov = np.zeros(n)
        ov_idf = np.zeros(n)
        ov_lead = np.zeros(n)
        ov_big = np.zeros(n)
        ov_tok = np.zeros(n)
        ov_tri = np.zeros(n)
        rare = np.zeros(n)
        top_in = np.zeros(n)
        ent_cov = np.zeros(n)
        ent_head = np.zeros(n)
        top_cov = np.zeros(n)
        ov_num = np.zeros(n)
        btri = [set(zip(s, s[1:], s[2:], strict=False)) for s in pb.stems]
        b_ent = [entity_stems(b) for b in ub]
        b_ent_top = [set(sorted(e, key=lambda w, e=e: (-e[w], w))[:_N_ENT]) for e in b_ent]
        b_top = []
        for st in pb.stems:
            wt = {w: (1 + np.log(c)) * self.stem_idf_.get(w, self.default_idf_)
                  for w, c in Counter(st).items()}
            b_top.append(set(sorted(wt, key=lambda w, wt=wt: (-wt[w], w))[:_N_TOP]))
        h_num = [{t for t in toks if _NUM.search(t)} for toks in ph.toks]
        bm25 = np.zeros(n)
        k1, b = 1.2, 0.75
        bcount = [pd.Series(s).value_counts().to_dict() if s else {} for s in pb.stems]
        for p in range(n):
            h, bb = ph.stems[hi[p]], bi[p]
            hset = set(h)
            if not hset:
                continue
            idfs = {w: self.stem_idf_.get(w, self.default_idf_) for w in hset}
            tot = sum(idfs.values())
            inter = hset & bsets[bb]
            ov[p] = len(inter) / len(hset)
            ov_idf[p] = sum(idfs[w] for w in inter) / tot
            ov_lead[p] = sum(idfs[w] for w in hset & lead_sets[bb]) / tot
            hb = set(zip(h, h[1:], strict=False))
            ov_big[p] = len(hb & bbig[bb]) / len(hb) if hb else 0.0
            ht = set(ph.toks[hi[p]])
            ov_tok[p] = len(ht & btok[bb]) / max(len(ht), 1)
            ht3 = set(zip(h, h[1:], h[2:], strict=False))
            ov_tri[p] = len(ht3 & btri[bb]) / len(ht3) if ht3 else 0.0
            if inter:
                rare[p] = max(idfs[w] for w in inter) / self.default_idf_
            top_in[p] = float(max(hset, key=lambda w: (idfs[w], w)) in bsets[bb])
            if b_ent_top[bb]:
                ent_cov[p] = len(b_ent_top[bb] & hset) / len(b_ent_top[bb])
            ent_head[p] = np.log1p(sum(b_ent[bb].get(w, 0) for w in hset))
            if b_top[bb]:
                top_cov[p] = len(b_top[bb] & hset) / len(b_top[bb])
            nums = h_num[hi[p]]
            if nums:
                ov_num[p] = len(nums & btok[bb]) / len(nums)
            dl = len(pb.stems[bb]) / self.avg_body_len_
            s = 0.0
            for w in inter:
                tf = bcount[bb][w]
                s += idfs[w] * tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl))
            bm25[p] = s / tot
        feats.update(
            ov_stem=ov, ov_idf=ov_idf, ov_lead=ov_lead, ov_bigram=ov_big, ov_token=ov_tok,
            bm25=bm25, ov_trigram=ov_tri, rare_shared=rare, head_top_in_body=top_in,
            ent_cover=ent_cov, ent_in_head=ent_head, body_top_cover=top_cov, ov_number=ov_num,
        )

        # sentence-level: best-matching sentences of the body (OOV-aware TF-IDF)
        sent_rows, sent_body = [], []
        for j, (_, _, sstems) in enumerate(state):
            sent_rows.extend(sstems)
            sent_body.extend([j] * len(sstems))
        sent_body = np.asarray(sent_body)
        smat = _local_tfidf(sent_rows, vocab, idf_all)
        scue = np.array([cue_counts(t, self.cues) for st in state for t in st[1]]).reshape(
            -1, len(CUE_CATEGORIES)
        )
        starts = np.searchsorted(sent_body, np.arange(len(ub)))
        ends = np.searchsorted(sent_body, np.arange(len(ub)), side="right")
        s_max = np.zeros(n)
        s_top = np.zeros(n)
        s_pos = np.zeros(n)
        s_frac = np.zeros(n)
        s_lead = np.zeros(n)
        top_cue = np.zeros((n, len(CUE_CATEGORIES)))
        best_cue = np.zeros((n, len(CUE_CATEGORIES)))
        sel_rows, sel_cols = [], []
        order = np.argsort(bi, kind="stable")
        bounds = np.searchsorted(bi[order], np.arange(len(ub) + 1))
        for j in range(len(ub)):
            pairs = order[bounds[j] : bounds[j + 1]]
            if len(pairs) == 0:
                continue
            lo, hi_ = starts[j], ends[j]
            sims = (hs_oov[hi[pairs]] @ smat[lo:hi_].T).toarray()  # pairs x sentences
            s_lead[pairs] = sims[:, :2].max(axis=1)
            k = min(_TOP_K, hi_ - lo)
            top = np.argsort(-sims, axis=1, kind="stable")[:, :k]
            topv = np.take_along_axis(sims, top, axis=1)
            s_max[pairs] = topv[:, 0]
            s_top[pairs] = topv.mean(axis=1)
            s_pos[pairs] = top[:, 0] / max(hi_ - lo, 1)
            s_frac[pairs] = (sims > 0.2).mean(axis=1)
            top_cue[pairs] = scue[lo + top].sum(axis=1)
            best_cue[pairs] = scue[lo + top[:, 0]]
            sel_rows.append(np.repeat(pairs, k))
            sel_cols.append((lo + top).ravel())
        feats.update(sent_max=s_max, sent_top=s_top, sent_pos=s_pos, sent_frac=s_frac,
                     sent_lead=s_lead)

        # cues near the body's repetitions of headline words, and in the lead
        if self.context_cues:
            win_near, win_before, win_cover, lead_cue = self._context_cues(
                ph, pb, hi, bi, scue, starts, ends)
        for c, cat in enumerate(CUE_CATEGORIES):
            feats[f"head_{cat}"] = h_cue[hi, c]
            feats[f"body_{cat}"] = 100 * b_cue[bi, c] / b_len[bi]
            feats[f"top_{cat}"] = top_cue[:, c]
            feats[f"best_{cat}"] = best_cue[:, c]
            if self.context_cues:
                feats[f"win_{cat}"] = win_near[:, c]
                feats[f"pre_{cat}"] = win_before[:, c]
                feats[f"lead_{cat}"] = lead_cue[bi, c]
        if self.context_cues:
            feats["win_cover"] = win_cover
            feats["win_refute_share"] = (win_near[:, 0] + win_near[:, 3]) / (
                1.0 + win_near[:, 1] + win_near[:, 2])
            feats["win_hedge_share"] = win_near[:, 1] / (1.0 + win_near[:, 2])
        feats["polarity"] = (h_cue[hi, 0] + top_cue[:, 0]) % 2
        feats["head_question"] = h_q[hi]
        feats["head_quote"] = h_quote[hi]
        feats["head_len"] = np.log1p(h_len[hi])
        feats["body_len"] = np.log1p(b_len[bi])
        feats["body_n_sent"] = np.log1p(ends - starts)[bi]
        names = list(feats)
        X = np.column_stack([feats[k] for k in names]).astype(np.float64)
        rows = np.concatenate(sel_rows) if sel_rows else np.zeros(0, int)
        cols = np.concatenate(sel_cols) if sel_cols else np.zeros(0, int)
        context = {
            "rows": rows, "cols": cols, "n_sent": len(sent_rows), "sentences": state,
            "uh": uh, "hi": hi,
        }
        return X, names, context

    def _context_cues(self, ph, pb, hi, bi, scue, starts, ends):
        """Cue counts in windows around headline words in the body, and in the lead."""
        n = len(hi)
        b_pos = []  # per body: stem -> token positions, cue positions per category
        for toks in pb.toks:
            where: dict[str, list[int]] = {}
            for i, t in enumerate(toks):
                if t not in _STOP and len(t) > 1:
                    where.setdefault(t[:_STEM], []).append(i)
            b_pos.append((where, cue_positions(toks, self.cues)))
        win_near = np.zeros((n, len(CUE_CATEGORIES)))
        win_before = np.zeros((n, len(CUE_CATEGORIES)))
        win_cover = np.zeros(n)
        h_sets = [set(h) for h in ph.stems]
        for p in range(n):
            where, cpos = b_pos[bi[p]]
            hits = [where[w] for w in h_sets[hi[p]] if w in where]
            if not hits:
                continue
            matches = np.fromiter((i for h in hits for i in h), dtype=np.int64)
            win_near[p], win_before[p], win_cover[p] = window_cues(
                len(pb.toks[bi[p]]), matches, cpos)
        lead_cue = np.array([scue[starts[j] : min(starts[j] + _LEAD, ends[j])].sum(axis=0)
                             for j in range(len(pb.toks))]).reshape(-1, len(CUE_CATEGORIES))
        return win_near, win_before, win_cover, lead_cue

    def sparse(self, context: dict) -> sp.csr_matrix:
        """TF-IDF of the headline and of its closest body sentences (one row per pair)."""
        if self.sent_tfidf_ is None:
            raise ValueError("this featurizer was fitted with text=False: no sparse features")
        n = len(context["hi"])
        sents = [s for st in context["sentences"] for s in st[0]]
        smat = self.sent_tfidf_.transform(sents)
        sel = sp.csr_matrix(
            (np.ones(len(context["rows"]), dtype=np.float32), (context["rows"], context["cols"])),
            shape=(n, context["n_sent"]),
        )
        window = normalize(sel @ smat)
        head = self.sent_tfidf_.transform(context["uh"])[context["hi"]]
        return sp.hstack([head, window]).tocsr()
