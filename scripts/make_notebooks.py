"""Write the report notebooks in notebooks/ from the cell lists below (no outputs).

Run ``python scripts/make_notebooks.py`` after editing a cell here; the notebooks are
committed without outputs so that diffs stay reviewable. ``--check`` exits 1 when a committed
notebook differs from what this script would write.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


COMMON_PARAMS = '''\
# Parameters (papermill: -p name value). Defaults run on the bundled sample.
corpus = None          # file or folder, or a shared dataset name ("allsides", "reuters21578");
                       # None: the bundled sample data/000_85d8c5cde1672087.txt
corpus_format = None   # loader format when the suffix does not tell (mediakit.io.FORMATS)
limit = 2000           # read at most this many articles, None for all: keeps CI runs fast
start = None           # first day kept, "YYYY-MM-DD"; None: from the first article
end = None             # last day kept, inclusive; None: to the last article
'''

LOAD = '''\
from pathlib import Path

from IPython.display import display

import mediakit
import mediakit.plots
from mediakit.reports import corpus_summary, load_corpus, save_figure

articles = load_corpus(corpus, format=corpus_format, limit=limit, start=start, end=end)
out = Path(output_dir)
out.mkdir(parents=True, exist_ok=True)
corpus_summary(articles)'''


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(src: str, *tags: str):
    cell = new_code_cell(src.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def coverage_notebook():
    return [
        md('''
# Which countries does this corpus cover, and when?

For each period (day, week or month) this notebook counts the articles that mention a
country, and the **share** of all articles of the period that do. A country is "mentioned"
when its name, demonym, capital, a metonym ("the Kremlin") or one of its cities or leaders
appears in the title or the text (`mediakit.find_mentions`).

- **Interactively** (JupyterLab): run all cells and use the explorer at the end.
- **Headless**: `papermill notebooks/01_country_coverage.ipynb out.ipynb -p corpus allsides
  -p countries '["RUS", "USA"]' -p freq M`; figures and tables go to `output_dir`.
'''),
        code(COMMON_PARAMS + '''\
countries = None       # ISO3 codes, e.g. ["RUS", "USA"]; None: the 5 most covered
freq = "W"             # period: "D" day, "W" week, "M" month
output_dir = "outputs/01_country_coverage"
interactive = True     # show the explorer widget (False for static HTML reports)
''', "parameters"),
        md("## The corpus"),
        code(LOAD),
        md('''
## Country mentions

Each mention is a span of the article (title, blank line, text); `doc_countries` sums them
per article and marks the article's primary country.
'''),
        code('''\
from mediakit.reports import country_ranking

mentions = mediakit.find_mentions(articles)
doc_countries = mediakit.doc_countries(mentions, articles)
ranking = country_ranking(doc_countries)
shown = list(countries) if countries else ranking.index[:5].tolist()
ranking.head(15)'''),
        md('''
## Attention over time

Share of the period's articles mentioning each country (a country can share an article with
others, so shares do not add up to 1). The last period may be incomplete: it is marked.
'''),
        code('''\
attention = mediakit.country_attention(articles, doc_countries, freq=freq, countries=shown)
attention.to_csv(out / "attention.csv", index=False)
save_figure(mediakit.plots.coverage_timeline(attention, countries=shown, value="share"),
            out / "coverage_share.png")'''),
        code('''\
save_figure(mediakit.plots.coverage_timeline(attention, countries=shown, value="count"),
            out / "coverage_count.png")'''),
        md('''
## Explore

Filter countries by typing, pick several with Ctrl/Shift-click, change dates, sources and
the period. The headlines below the figure show the mentions behind the numbers. "Save"
writes the figure (PNG/SVG) or its table (CSV) to `output_dir`.
'''),
        code('''\
if interactive:
    from mediakit.widgets import CoverageExplorer

    explorer = CoverageExplorer(articles, mentions=mentions, doc_countries=doc_countries,
                                countries=shown, freq=freq, export_dir=out)
    display(explorer)'''),
        md('''
## How far to trust this

Country detection measured on Reuters-21578 `PLACES` labels (the 13,320 shared documents with
places; `mediakit evaluate countries --test DIR --method mentions --json`, measured 2026-11-25;
the held-out TEST split is scored separately):

| method | micro precision | micro recall | micro F1 | macro F1 |
|---|---|---|---|---|
| mentions (dictionary + context rules) | 0.869 | 0.916 | 0.892 | 0.647 |
| newsmap (no labels; later 4,906 documents by date) | 0.899 | 0.896 | 0.897 | 0.638 |
| supervised (trained on earlier 8,414, tested on later 4,906) | 0.912 | 0.908 | 0.910 | 0.624 |
| geotext (peer, same documents and scoring) | 0.354 | 0.505 | 0.416 | 0.479 |
| flashgeotext (peer) | 0.661 | 0.405 | 0.502 | 0.414 |

Reuters 1987 newswire is not this corpus: names, spellings and topics differ. The checks below
are computed live on the corpus loaded above: articles where no country was found, and how the
mentions were found (names are the most reliable; cities and leaders the least).
'''),
        code('''\
found = articles["doc_id"].isin(doc_countries["doc_id"])
display(f"{int(found.sum())} of {len(articles)} articles mention at least one country")
mentions["kind"].value_counts().rename("mentions").to_frame()'''),
    ]


def accusations_notebook():
    return [
        md('''
# Who accuses whom of what?

`mediakit.AccusationExtractor` finds sentences where someone accuses someone else ("Russia
accuses US of 'pretending' to fight Isis") or denies an accusation ("the Pentagon dismissed
the claims as absolutely ridiculous"), with the accuser, the accused, the allegation and the
cue word. Accusers and accused are mapped to countries where possible.

- **Interactively**: run all cells; the explorer at the end shows the matrix, the timeline of
  a pair, and the sentences behind the numbers.
- **Headless**: `papermill notebooks/02_accusations.ipynb out.ipynb -p corpus allsides`.
'''),
        code(COMMON_PARAMS + '''\
freq = "W"             # period: "D" day, "W" week, "M" month
output_dir = "outputs/02_accusations"
interactive = True     # show the explorer widget (False for static HTML reports)
''', "parameters"),
        md("## The corpus"),
        code(LOAD),
        md("## Accusations and denials"),
        code('''\
accusations = mediakit.AccusationExtractor().transform(articles)
accusations.to_csv(out / "accusations.csv", index=False)
accusations[["accuser", "accused", "allegation", "cue", "polarity", "confidence"]].head(15)'''),
        md('''
## Who accuses whom

Counts of accusations between countries (rows accuse columns) over the whole period.
'''),
        code('''\
matrix = mediakit.who_accuses_whom(accusations)
matrix.to_csv(out / "who_accuses_whom.csv")
save_figure(mediakit.plots.accusation_matrix(matrix), out / "accusation_matrix.png")'''),
        md("## Over time"),
        code('''\
over_time = mediakit.accusations_over_time(accusations, articles, freq=freq)
over_time.to_csv(out / "accusations_over_time.csv", index=False)
save_figure(mediakit.plots.accusation_timeline(over_time), out / "accusation_timeline.png")'''),
        md('''
## Explore

Pick an accuser and an accused (or "any"), narrow the period; the sentences behind the
numbers are listed with the accuser, the accused and the cue highlighted.
'''),
        code('''\
if interactive:
    from mediakit.widgets import AccusationExplorer

    explorer = AccusationExplorer(articles, accusations=accusations, freq=freq, export_dir=out)
    display(explorer)'''),
        md('''
## How far to trust this

Measured with `mediakit evaluate accusations --gold FILE --json` (2026-11-25) on six batches
(296 sentences) labelled by the gold rules, each scored once before any rule was changed for it
(the 65-sentence development gold was used to build the rules, so its perfect score is not
evidence):

| measure | mediakit | cue-word baseline |
|---|---|---|
| accusation F1 (sentence level) | 0.86 – 0.97 | 0.59 – 0.76 |
| denial F1 | 0.82 – 1.00 | 0.70 – 0.84 |
| accuser and accused country both right | 0.83 – 0.95 | 0.62 – 0.82 |

On real news sentences a spot check of about 130 hits put accusation precision nearer 0.85 – 0.90.
The extractor reads one sentence at a time: an accusation spread over two sentences, or one
reported through a pronoun ("they said"), is often missed or attributed to the wrong actor.
Live on this corpus: how confident the extractor was, and how many actors could be mapped
to a country.
'''),
        code('''\
display(accusations["polarity"].value_counts().rename("rows").to_frame())
mapped = accusations[["accuser_iso3", "accused_iso3"]].notna().mean().rename("mapped to a country")
mapped.to_frame().join(
    accusations["confidence"].describe()[["mean", "min"]].rename("confidence").to_frame(),
    how="outer")'''),
    ]


def topics_notebook():
    return [
        md('''
# Topics, and stance towards a claim

An unsupervised topic model (`mediakit.TopicModel`, NMF over TF-IDF by default) groups the
articles into topics described by their top words; `mediakit.topics_over_time` follows each
topic's share per period, overall or by source. The last section scores the stance of each
article towards a claim (agree / disagree / discuss / unrelated, the FNC-1 task).

Topic models need more than a handful of articles: on the bundled 3-item sample the topics
are only a smoke test; run it on a corpus (`-p corpus allsides -p limit 2000`).
'''),
        code(COMMON_PARAMS + '''\
n_topics = 3           # number of topics (use 10-30 on a real corpus)
freq = "MS"            # period: "D" day, "W" week, "MS" month
by = None              # split topic shares by "source" (or None)
claim = "The US is pretending to fight Isis"   # stance towards this claim; None: skip
stance_model = None    # a StanceClassifier .skops file; None: the FNC-1 default model
output_dir = "outputs/03_topics_and_stance"
interactive = True     # show the explorer widget (False for static HTML reports)
''', "parameters"),
        md("## The corpus"),
        code(LOAD),
        md("## Topics"),
        code('''\
small = len(articles) < 50   # a word must appear in 2 articles, except in tiny corpora
model = mediakit.TopicModel(n_topics=n_topics, min_df=1 if small else 2, random_state=0)
model.fit(articles)
doc_topics = model.doc_topics(articles)
doc_topics.to_csv(out / "doc_topics.csv", index=False)
save_figure(mediakit.plots.top_words(model), out / "top_words.png")'''),
        md("## Topics over time"),
        code('''\
shares = mediakit.topics_over_time(articles, doc_topics, freq=freq, by=by)
shares.to_csv(out / "topics_over_time.csv", index=False)
save_figure(mediakit.plots.topics_over_time(shares), out / "topics_over_time.png")'''),
        md('''
## Explore

Pick a topic to see its top words and its share over time, overall or by source.
'''),
        code('''\
if interactive:
    from mediakit.widgets import TopicExplorer

    explorer = TopicExplorer(articles, model=model, doc_topics=doc_topics, freq=freq,
                             export_dir=out)
    display(explorer)'''),
        md('''
## Stance towards a claim

Each article's stance towards `claim` (agree / disagree / discuss / unrelated). Without a
`stance_model` file the default model is trained on the FNC-1 training data the first time
(about two minutes on two cores) and cached in `~/.cache/mediakit`.
'''),
        code('''\
from mediakit.reports import stance_model as load_stance_model

clf = load_stance_model(stance_model) if claim else None
if clf is not None:
    stance = mediakit.claim_stance(articles, claim, model=clf)
    stance.to_csv(out / "stance.csv", index=False)
    display(stance["stance"].value_counts().rename("articles").to_frame())
    display(stance.merge(articles[["doc_id", "title"]], on="doc_id").head(10))'''),
        md('''
## How far to trust this

Measured 2026-11-25 (`mediakit evaluate topics|stance ... --json`); the official test sets are
held out and scored separately:

| task | data | measure | value |
|---|---|---|---|
| topics (supervised) | Reuters-21578, later 25 % of ModApte TRAIN held out | micro / macro F1 (90 categories) | 0.856 / 0.559 (plain LinearSVC: 0.806) |
| topics (unsupervised) | any | same topics for the same `random_state` | yes (tested) |
| stance | FNC-1, baseline's body-id hold-out (9,622 pairs) | FNC-1 relative score | 87.5 % (official baseline on the same split: 79.5 %) |
| stance | same | macro F1 (agree / disagree / discuss / unrelated) | 0.711 (0.64 / 0.39 / 0.82 / 1.00) |
| stance | FNC-1, claims held out (no headline or body seen in training; 4,106 pairs) | relative score / macro F1 | 74.1 % / 0.621: expect this on new stories |

Topics are a reading aid, not a measurement: rerun with another `random_state` or
`n_topics` and check that the topics you report survive. Live on this corpus: how clearly
each article belongs to one topic (weight of its main topic).
'''),
        code('''\
main = doc_topics.sort_values("weight", ascending=False).drop_duplicates("doc_id")
main.groupby("topic")["weight"].describe()[["count", "mean", "min"]]'''),
    ]


def dashboard_notebook():
    return [
        md('''
# mediakit dashboard

Which countries a corpus covers, and who accuses whom (default: the bundled sample). Served
with Voilà: `voila notebooks/dashboard.ipynb` (`make app`). Set `MEDIAKIT_CORPUS` to a file,
folder or dataset name (and `MEDIAKIT_LIMIT`) to explore another corpus.
'''),
        code('''\
import os

import ipywidgets as widgets

from mediakit.reports import load_corpus
from mediakit.widgets import AccusationExplorer, CoverageExplorer

articles = load_corpus(os.environ.get("MEDIAKIT_CORPUS") or None,
                       limit=int(os.environ.get("MEDIAKIT_LIMIT", "2000")))
explorers = [CoverageExplorer(articles, export_dir="exports"),
             AccusationExplorer(articles, export_dir="exports")]
widgets.Tab([e.root for e in explorers], titles=["Countries", "Accusations"])'''),
    ]


BUILDERS = {
    "01_country_coverage.ipynb": coverage_notebook,
    "02_accusations.ipynb": accusations_notebook,
    "03_topics_and_stance.ipynb": topics_notebook,
    "dashboard.ipynb": dashboard_notebook,
}


def build(name: str):
    """Return the notebook ``name`` as an nbformat node (deterministic cell ids)."""
    nb = new_notebook(cells=BUILDERS[name]())
    stem = Path(name).stem.split("_")[0]
    for i, cell in enumerate(nb.cells):
        cell.id = f"{stem}-{i:02d}"
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
    }
    return nb


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="notebooks to write (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a committed notebook differs")
    args = parser.parse_args(argv)
    stale = []
    for name in args.names or BUILDERS:
        text = nbformat.writes(build(name)) + "\n"
        path = NOTEBOOKS / name
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date (run python scripts/make_notebooks.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
