"""Kernel-side tests of the explorers: set a control's value in Python, check the figure and
``.data`` change as expected. Expected numbers are counted by hand from the
hand-made articles of ``conftest.HAND_ROWS`` (fixture ``hand_articles``)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import mediakit
from mediakit import schema
from mediakit.widgets import CoverageExplorer, TopicExplorer
from mediakit.widgets._base import DataSource, highlight_html


@pytest.fixture(scope="module")
def articles(hand_articles):
    return hand_articles


@pytest.fixture(scope="module")
def tables(articles):
    mentions = mediakit.find_mentions(articles)
    return {"mentions": mentions, "doc_countries": mediakit.doc_countries(mentions, articles)}


@pytest.fixture
def explorer(articles, tables, tmp_path):
    return CoverageExplorer(articles, **tables, countries=["RUS"], freq="W", value="count",
                            export_dir=tmp_path)


def _by_period(data: pd.DataFrame, col: str, iso3: str = "RUS") -> dict[str, float]:
    d = data[data[schema.ISO3] == iso3]
    return dict(zip(d["period"].dt.strftime("%Y-%m-%d"), d[col], strict=True))


def test_default_selection_is_the_most_covered_countries(articles, tables):
    ex = CoverageExplorer(articles, **tables)
    # USA in w1 w2 w4 w5, RUS in w1 w3 w5, every other country in one article
    assert ex.selection["countries"][:2] == ["USA", "RUS"]
    assert len(ex.selection["countries"]) == 5
    assert ex.selection["start"] == "2017-10-02" and ex.selection["end"] == "2017-11-02"
    assert ex.image.value[:4] == b"\x89PNG"


def test_weekly_shares_of_russia(explorer):
    # weeks start on Monday: Oct 2 (w1 w2), Oct 9 (w3 w4), Oct 23 (w5), Oct 30 (w6)
    assert explorer.selection["countries"] == ["RUS"]
    assert _by_period(explorer.data, "share") == {
        "2017-10-02": 0.5, "2017-10-09": 0.5, "2017-10-23": 1.0, "2017-10-30": 0.0}
    assert explorer.data["n_articles"].sum() == 3


def test_changing_frequency_redraws_and_changes_data(explorer):
    before_png, before = explorer.image.value, explorer.data
    explorer.freq.value = "MS"
    assert explorer.selection["freq"] == "MS"
    # October: w1-w5, three about Russia; November: w6
    assert _by_period(explorer.data, "share") == {"2017-10-01": 0.6, "2017-11-01": 0.0}
    assert explorer.image.value != before_png
    assert not explorer.data.equals(before)


def test_counts_and_shares_draw_different_figures(explorer):
    counts_png = explorer.image.value
    explorer.value.value = "share"
    assert explorer.image.value != counts_png
    assert explorer.selection["value"] == "share"


def test_adding_a_country(explorer):
    explorer.countries.value = ("RUS", "USA")
    assert set(explorer.data[schema.ISO3]) == {"RUS", "USA"}
    assert explorer.data.groupby(schema.ISO3)["n_articles"].sum().to_dict() == {"RUS": 3, "USA": 4}


def test_source_and_date_filters(explorer):
    explorer.sources.value = ("Reuters",)  # w2 w4 w5: Russia only in w5
    assert explorer.data["n_articles"].sum() == 1
    assert explorer.headlines[schema.DOC_ID].tolist() == ["w5"]
    explorer.sources.value = ()
    explorer.start.value = dt.date(2017, 10, 10)
    explorer.end.value = dt.date(2017, 10, 31)  # w3 w4 w5
    assert explorer.selection["start"] == "2017-10-10"
    assert explorer.data["n_articles"].sum() == 2
    # w5 mentions Russia twice (Kremlin, Russia), w3 once (Russian)
    assert explorer.headlines[schema.DOC_ID].tolist() == ["w5", "w3"]


def test_empty_period_shows_a_message_not_an_error(explorer):
    explorer.start.value = dt.date(2030, 1, 1)
    explorer.end.value = dt.date(2030, 2, 1)
    assert explorer.data.empty and explorer.headlines.empty
    assert "No article mentions the selection" in explorer.headline_html.value
    assert explorer.image.value[:4] == b"\x89PNG"


def test_headlines_highlight_the_selected_country(explorer):
    explorer.countries.value = ("TUR",)
    assert explorer.headlines[schema.DOC_ID].tolist() == ["w2"]
    html = explorer.headline_html.value
    assert '<mark title="TUR">Turkey</mark> refuses' in html
    assert '<mark class="mk-other" title="USA">US</mark> ambassador' in html
    assert '<mark title="TUR">Ankara</mark>' in html  # the body snippet


def test_headline_text_is_escaped(tables):
    arts = schema.coerce(pd.DataFrame({
        schema.DOC_ID: ["x"], schema.PUBLISHED: ["2017-10-02"], schema.SOURCE: ["Blog"],
        schema.TITLE: ['<script>alert(1)</script> Russia & "allies"'], schema.TEXT: [""]}),
        "articles")
    ex = CoverageExplorer(arts)
    html = ex.headline_html.value
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<mark title="RUS">Russia</mark> &amp; &quot;allies&quot;' in html


def test_country_filter_keeps_the_selection(explorer):
    explorer.country_filter.value = "germ"
    codes = [code for _, code in explorer.countries.options]
    assert codes == ["DEU", "RUS"] or sorted(codes) == ["DEU", "RUS"]
    assert explorer.countries.value == ("RUS",)
    explorer.country_filter.value = ""
    assert len(explorer.countries.options) == 9  # RUS USA TUR IRQ SYR IRN FRA DEU ESP


def test_exports(explorer, tmp_path):
    for fmt, button in explorer.buttons.items():
        button.click()
        (saved,) = tmp_path.glob(f"coverage-*.{fmt}")
        assert saved.stat().st_size > 0
    assert "saved" in explorer.status.value
    (csv,) = tmp_path.glob("coverage-*.csv")
    assert pd.read_csv(csv)["n_articles"].sum() == 3
    assert b"<svg" in explorer.save(tmp_path / "view.svg").read_bytes()[:500]
    with pytest.raises(ValueError, match="use .png, .svg or .csv"):
        explorer.save(tmp_path / "view.pdf")


def test_display_delegates_to_the_root_widget(explorer):
    bundle = explorer._repr_mimebundle_()
    view = bundle["application/vnd.jupyter.widget-view+json"]
    assert view["model_id"] == explorer.root.model_id
    assert repr(explorer).startswith("CoverageExplorer(countries=['RUS']")


def test_bad_input_is_named(articles, tables):
    with pytest.raises(TypeError, match="articles DataFrame"):
        CoverageExplorer("data/000_85d8c5cde1672087.txt")
    with pytest.raises(ValueError, match="freq must be one of"):
        CoverageExplorer(articles, **tables, freq="Q")
    with pytest.warns(UserWarning, match=r"no article mentions \['NZL'\]"):
        ex = CoverageExplorer(articles, **tables, countries=["RUS", "NZL"])
    assert ex.selection["countries"] == ["RUS"]


def test_runs_on_the_bundled_sample(sample_path):
    ex = CoverageExplorer(mediakit.load(sample_path), countries=["RUS", "TUR"], freq="D")
    # all three items are dated 2017-10-10; the Russia/US article and the Erdogan teaser
    assert _by_period(ex.data, "n_articles", "RUS") == {"2017-10-10": 1}
    assert _by_period(ex.data, "n_articles", "TUR") == {"2017-10-10": 1}
    assert len(ex.headlines) == 2


def test_accepts_a_store(articles, tables, tmp_path):
    from mediakit.store import Store

    with Store(tmp_path / "store") as store:
        store.append({"articles": articles, **tables})
        from_store = CoverageExplorer(store, countries=["RUS"], freq="W", value="count")
        from_frames = CoverageExplorer(articles, **tables, countries=["RUS"], freq="W",
                                       value="count")
        assert from_store.countries.options == from_frames.countries.options
        cols = ["period", schema.ISO3, "n_articles", "share"]
        pd.testing.assert_frame_equal(from_store.data[cols], from_frames.data[cols],
                                      check_dtype=False)


def test_data_source_computes_missing_tables_once(articles):
    src = DataSource(articles)
    assert not src.has("mentions")
    dc = src.table("doc_countries")
    assert src.has("mentions") and src.table("doc_countries") is dc
    with pytest.raises(ValueError, match="cannot be computed automatically"):
        src.table("doc_topics")


def test_highlight_html_skips_overlaps_and_escapes():
    text = "Russia & US"
    out = highlight_html(text, [(0, 6, "RUS"), (2, 4, "X"), (9, 11, "USA")])
    assert out == '<mark title="RUS">Russia</mark> &amp; <mark title="USA">US</mark>'


# --- TopicExplorer ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def topic_model(articles):
    return mediakit.TopicModel(n_topics=2, min_df=1, random_state=0).fit(articles)


def test_topic_explorer_switches_topic_and_grouping(articles, topic_model):
    ex = TopicExplorer(articles, model=topic_model, freq="MS", value="n_docs")
    first = ex.selection["topic"]
    assert set(ex.data[schema.TOPIC]) == {first}
    assert ex.data["n_period_docs"].tolist() == [5, 1]  # October w1-w5, November w6
    png = ex.image.value
    other = next(v for _, v in ex.topic.options if v != first)
    ex.topic.value = other
    assert set(ex.data[schema.TOPIC]) == {other} and ex.image.value != png
    weights = ex.examples[schema.WEIGHT].tolist()
    assert weights == sorted(weights, reverse=True)
    ex.by.value = "source"
    assert set(ex.data["source"]) == {"Independent", "Reuters"}
    assert ex.selection["by"] == "source"
    ex.by.value = "country"  # doc_countries computed on first use
    assert {"RUS", "USA", "TUR"} <= set(ex.data["country"])
    assert ex.data.groupby("period")["n_period_docs"].max().tolist() == [4, 1]  # USA: 4 in Oct


# --- AccusationExplorer ----------------------------------------------------------------------

ACC_ROWS = [
    ("a1", "2017-10-02 09:00", "Independent", "Russia accuses US of pretending to fight Isis",
     "The Russian Defence Ministry alleged that the US had slowed its assault on Isis in Iraq."),
    ("a2", "2017-10-10 10:00", "Reuters", "Syria accuses Turkey of sending troops into Idlib",
     "Damascus said the deployment violated its sovereignty."),
    ("a3", "2017-10-20 15:00", "Reuters", "Iran blames Saudi Arabia for attack on embassy",
     "Tehran said Riyadh was responsible for the attack."),
    ("a4", "2017-10-24 08:00", "Independent", "Pentagon rejects Russian claims",
     "The Pentagon dismissed the allegations made by Moscow as absolutely ridiculous."),
    ("a5", "2017-10-25 08:00", "Reuters", "Rebels accuse Damascus of gas attack", ""),
]
# doc, sentence (title or text), accuser, accuser_iso3, accused, accused_iso3, cue, polarity, conf
ACC_FACTS = [
    ("a1", 0, "Russia", "RUS", "US", "USA", "accuses", "accuse", 0.9),
    ("a1", 1, "The Russian Defence Ministry", "RUS", "the US", "USA", "alleged", "accuse", 0.8),
    ("a2", 0, "Syria", "SYR", "Turkey", "TUR", "accuses", "accuse", 0.9),
    ("a3", 0, "Iran", "IRN", "Saudi Arabia", "SAU", "blames", "accuse", 0.85),
    ("a3", 1, "Tehran", "IRN", "Riyadh", "SAU", "responsible", "accuse", 0.7),
    ("a4", 1, "Moscow", "RUS", "The Pentagon", "USA", "dismissed", "deny", 0.8),
    ("a5", 0, "Rebels", None, "Damascus", "SYR", "accuse", "accuse", 0.6),
]


@pytest.fixture(scope="module")
def acc_articles():
    cols = [schema.DOC_ID, schema.PUBLISHED, schema.SOURCE, schema.TITLE, schema.TEXT]
    return schema.coerce(pd.DataFrame(ACC_ROWS, columns=cols), "articles")


@pytest.fixture(scope="module")
def accusations(acc_articles):
    """A hand-made accusations table; offsets found in the articles' document text."""
    from mediakit.text import document_text

    docs = {r[0]: (r[3], r[4]) for r in ACC_ROWS}
    rows = []
    for doc_id, part, accuser, a_iso, accused, d_iso, cue, pol, conf in ACC_FACTS:
        title, text = docs[doc_id]
        full = document_text(title, text)
        start = 0 if part == 0 else len(title) + 2
        end = len(title) if part == 0 else len(full)

        def span(word, s=start, e=end, full=full):
            i = full.index(word, s, e)
            return i, i + len(word)

        (a0, a1), (d0, d1), (c0, c1) = span(accuser), span(accused), span(cue)
        rows.append({
            schema.DOC_ID: doc_id, schema.SENTENCE: part, schema.START: start, schema.END: end,
            schema.ACCUSER: accuser, schema.ACCUSER_ISO3: a_iso, schema.ACCUSED: accused,
            schema.ACCUSED_ISO3: d_iso, schema.ALLEGATION: None, schema.CUE: cue,
            schema.POLARITY: pol, schema.CONFIDENCE: conf, schema.ACCUSER_START: a0,
            schema.ACCUSER_END: a1, schema.ACCUSED_START: d0, schema.ACCUSED_END: d1,
            schema.CUE_START: c0, schema.CUE_END: c1})
    return schema.validate(schema.coerce(pd.DataFrame(rows), "accusations"), "accusations")


@pytest.fixture
def acc_explorer(acc_articles, accusations, tmp_path):
    from mediakit.widgets import AccusationExplorer

    return AccusationExplorer(acc_articles, accusations=accusations, export_dir=tmp_path)


def _pairs(data: pd.DataFrame) -> dict[tuple[str, str], int]:
    return {(a, b): int(n) for a, b, n in
            zip(data["accuser"], data["accused"], data["n_accusations"], strict=True)}


def test_accusation_matrix_counts_accusations(acc_explorer):
    assert acc_explorer.selection == {
        "accuser": None, "accused": None, "start": "2017-10-02", "end": "2017-10-25",
        "freq": "W", "polarity": "accuse"}
    # the rebels have no country: they count under "?"
    assert _pairs(acc_explorer.data) == {
        ("RUS", "USA"): 2, ("SYR", "TUR"): 1, ("IRN", "SAU"): 2, ("?", "SYR"): 1}
    assert len(acc_explorer.sentences) == 6


def test_selecting_an_accuser_lists_its_sentences_highlighted(acc_explorer):
    png = acc_explorer.image.value
    acc_explorer.accuser.value = "RUS"
    assert acc_explorer.image.value != png
    assert acc_explorer.sentences[schema.CUE].tolist() == ["accuses", "alleged"]  # by confidence
    assert int(acc_explorer.pair_data["n_accusations"].sum()) == 2
    html = acc_explorer.sentence_html.value
    assert ('<mark class="mk-accuser" title="accuser">Russia</mark> '
            '<mark class="mk-cue" title="cue">accuses</mark> '
            '<mark class="mk-accused" title="accused">US</mark> of pretending') in html
    assert '<mark class="mk-accuser" title="accuser">The Russian Defence Ministry</mark>' in html


def test_pair_timeline_follows_period_and_frequency(acc_explorer):
    acc_explorer.accused.value = "SAU"  # Iran's two accusations of Oct 20
    weekly = acc_explorer.pair_data
    assert weekly["period"].dt.strftime("%Y-%m-%d").tolist() == ["2017-10-16"]
    assert weekly["n_accusations"].tolist() == [2]
    acc_explorer.freq.value = "MS"
    assert acc_explorer.pair_data["period"].dt.strftime("%Y-%m-%d").tolist() == ["2017-10-01"]
    acc_explorer.start.value = dt.date(2017, 10, 21)
    assert acc_explorer.pair_data.empty and acc_explorer.sentences.empty
    assert _pairs(acc_explorer.data) == {("?", "SYR"): 1}


def test_denials_and_unmapped_actors(acc_explorer):
    acc_explorer.polarity.value = "deny"
    assert _pairs(acc_explorer.data) == {("RUS", "USA"): 1}
    assert acc_explorer.sentences[schema.CUE].tolist() == ["dismissed"]
    acc_explorer.polarity.value = "accuse"
    acc_explorer.accuser.value = "-"
    assert acc_explorer.sentences[schema.ACCUSER].tolist() == ["Rebels"]
    assert acc_explorer.selection["accuser"] == "-"


def test_accusation_explorer_rejects_unknown_actor(acc_articles, accusations):
    from mediakit.widgets import AccusationExplorer

    with pytest.raises(ValueError, match="accuser 'FRA' does not occur"):
        AccusationExplorer(acc_articles, accusations=accusations, accuser="FRA")


def test_accusation_explorer_on_the_sample(sample_path, tmp_path):
    from mediakit.widgets import AccusationExplorer

    ex = AccusationExplorer(mediakit.load(sample_path), accuser="RUS", export_dir=tmp_path)
    # "Russia accuses US of 'pretending' to fight Isis" and the Defence Ministry's claims
    assert _pairs(ex.data).get(("RUS", "USA"), 0) >= 2
    assert (ex.sentences[schema.ACCUSED_ISO3] == "USA").any()
    assert 'class="mk-cue"' in ex.sentence_html.value
    assert ex.save(tmp_path / "acc.csv").read_text().startswith("accuser,accused")


@pytest.mark.parametrize("freq, lo, hi", [("D", "2017-10-09", "2017-10-11"),
                                          ("W", "2017-10-02", "2017-10-16"),
                                          ("MS", "2017-09-01", "2017-11-01")])
def test_single_period_spans_one_period_either_side(sample_path, freq, lo, hi):
    """The one-day sample: the x axis shows the period with one period of room either side,
    not matplotlib's default of several years around a single point."""
    import matplotlib.dates as mdates

    from mediakit.coverage import country_attention
    from mediakit.plots import coverage_timeline

    arts = mediakit.load(sample_path)
    arts = arts[arts[schema.PUBLISHED].notna()]
    mentions = mediakit.find_mentions(arts)
    att = country_attention(arts, mediakit.doc_countries(mentions, arts),
                            freq={"MS": "M"}.get(freq, freq))
    assert att["period"].nunique() == 1
    ax = coverage_timeline(att, freq=freq).axes[0]
    assert [mdates.num2date(x).strftime("%Y-%m-%d") for x in ax.get_xlim()] == [lo, hi]
    # and in the explorer, which passes its frequency on
    ex = CoverageExplorer(mediakit.load(sample_path), freq=freq)
    (ax,) = [a for a in ex.figure.axes]
    assert [mdates.num2date(x).strftime("%Y-%m-%d") for x in ax.get_xlim()] == [lo, hi]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert not any("2015" in t or "2019" in t for t in labels)


def test_redraws_reuse_one_figure_and_cache_tables(explorer):
    fig = explorer.figure
    explorer.freq.value = "MS"
    explorer.value.value = "share"
    assert explorer.figure is fig  # artists replaced, axes (and their ticks) kept
    assert len(fig.axes[0].get_legend().get_texts()) == 1  # RUS only, nothing left over
    data = explorer.data
    explorer.value.value = "count"  # counts vs shares: the same table, remembered
    explorer.value.value = "share"
    pd.testing.assert_frame_equal(explorer.data, data)
    explorer.clear_cache()
    explorer.freq.value = "W"
    assert explorer.data["n_articles"].sum() == 3
