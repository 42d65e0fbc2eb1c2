"""AccusationExtractor on sentences written for these tests (news forms and classic traps)."""

from __future__ import annotations

import pandas as pd
import pytest

from mediakit import schema
from mediakit.accusations import AccusationExtractor
from mediakit.errors import GazetteerError


def _acc(ex, text, date=None):
    return [a for a in ex.extract(text, date=date) if a.polarity == "accuse"]


def _den(ex, text, date=None):
    return [a for a in ex.extract(text, date=date) if a.polarity == "deny"]


def _pair(a):
    return a.accuser_iso3, a.accused_iso3


# --- forms of accusation ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "accuser", "accuser_iso", "accused", "accused_iso"),
    [
        # X accuses Y of Z (headline without articles)
        ("Russia accuses US of ‘pretending’ to fight Isis", "Russia", "RUS", "US", "USA"),
        ("Iran accuses Saudi Arabia of sabotaging oil talks", "Iran", "IRN", "Saudi Arabia",
         "SAU"),
        ("The Chinese foreign ministry accused Washington of meddling in Hong Kong.",
         "The Chinese foreign ministry", "CHN", "Washington", "USA"),
        # time expression between subject and verb
        ("Ukraine on Tuesday accused Moscow of massing troops near the border.",
         "Ukraine", "UKR", "Moscow", "RUS"),
        # blame Y for Z / blame Z on Y
        ("Moscow blamed Kiev for the collapse of the ceasefire.", "Moscow", "RUS", "Kiev",
         "UKR"),
        ("Washington blamed the chemical attack on the Syrian military.", "Washington",
         "USA", "the Syrian military", "SYR"),
        # alleged/claimed/charged that
        ("The Iraqi foreign ministry has alleged that Turkish warplanes bombed a camp.",
         "The Iraqi foreign ministry", "IRQ", "Turkish warplanes", "TUR"),
        ("Tehran charged that the United States was funding terrorists in the region.",
         "Tehran", "IRN", "the United States", "USA"),
        # condemned Y for Z
        ("France condemned Turkey for its military offensive in northern Syria.", "France",
         "FRA", "Turkey", "TUR"),
        # fronted participle: the accuser is the main-clause subject
        ("Accusing Ottawa of hypocrisy, the Saudi foreign ministry expelled the ambassador.",
         "the Saudi foreign ministry", "SAU", "Ottawa", "CAN"),
        # relative clause: "which X has accused of"
        ("Iran, which Washington has accused of sponsoring terrorism, denied it.",
         "Washington", "USA", "Iran", "IRN"),
        # "..., and blamed": coordinated verb keeps the main subject
        ("Israel's military said the drone came from Lebanon, and blamed Iran for supplying it.",
         "Israel's military", "ISR", "Iran", "IRN"),
        # reported "responsible for" + harm
        ("The Armenian defence ministry said Azerbaijani forces were responsible for the "
         "shelling of civilian areas.", "The Armenian defence ministry", "ARM",
         "Azerbaijani forces", "AZE"),
    ],
)
def test_accusation_forms(ex, text, accuser, accuser_iso, accused, accused_iso):
    rows = _acc(ex, text)
    assert rows, text
    a = rows[0]
    assert (a.accuser, a.accuser_iso3, a.accused, a.accused_iso3) == (
        accuser, accuser_iso, accused, accused_iso)
    assert text[a.cue_start:a.cue_end] == a.cue
    assert text[a.accuser_start:a.accuser_end] == a.accuser
    assert text[a.accused_start:a.accused_end] == a.accused


def test_passive_accusation_by_agent(ex):
    a = _acc(ex, "Canada was accused by China of hypocrisy over the detention.")[0]
    assert (a.accuser, a.accused, _pair(a)) == ("China", "Canada", ("CHN", "CAN"))


def test_passive_accusation_without_accuser(ex):
    a = _acc(ex, "North Korea was accused of launching a cyber attack on a broadcaster.")[0]
    assert a.accuser is None and a.accuser_iso3 is None
    assert (a.accused, a.accused_iso3) == ("North Korea", "PRK")


def test_allegations_by_x_that_y(ex):
    text = "Allegations by Kiev that Russian troops had crossed the border were dismissed."
    a = _acc(ex, text)[0]
    assert (a.accuser, a.accused, _pair(a)) == ("Kiev", "Russian troops", ("UKR", "RUS"))


def test_quote_attribution(ex):
    text = ('"The Americans are simply pretending to fight terrorism," the Russian ambassador '
            "told reporters.")
    a = _acc(ex, text)[0]
    assert (a.accuser, a.accused, _pair(a)) == ("the Russian ambassador", "The Americans",
                                                ("RUS", "USA"))


def test_leaders_need_dates(ex):
    text = "Trump accused Iran of violating the nuclear deal."
    assert _pair(_acc(ex, text, date="2018-05-08")[0]) == ("USA", "IRN")
    # before 20 January 2017 Trump was a candidate, not a state actor
    assert _pair(_acc(ex, text, date="2016-05-08")[0]) == (None, "IRN")
    assert _pair(_acc(ex, "Putin accused the West of trying to contain Russia.")[0]) == (
        "RUS", None)


@pytest.mark.parametrize(
    ("text", "accuser_iso", "accused_iso"),
    [
        # non-state actors get no code, whatever country they name
        ("A Russian businessman accused the Kremlin of persecuting him.", None, "RUS"),
        ("Houthi rebels accused Saudi Arabia of bombing a wedding party.", None, "SAU"),
        ("NATO blamed Russia for the breakdown of the arms treaty.", None, "RUS"),
        ("Israel blames Hamas for civilian deaths.", "ISR", None),
        ("The company accused the Chinese government of stealing its designs.", None, "CHN"),
        # "-led" coalition is its leader; "-backed" forces are not their backer
        ("Amnesty International accused the US-led coalition of bombing a market.", None,
         "USA"),
        ("Ukraine blamed Russian-backed separatists for the shelling.", "UKR", None),
        # a dateline/location is never the actor
        ("In Geneva, the Iranian delegation accused Western powers of shifting goalposts.",
         "IRN", None),
    ],
)
def test_state_actor_rules(ex, text, accuser_iso, accused_iso):
    assert _pair(_acc(ex, text)[0]) == (accuser_iso, accused_iso)


# --- hard negatives: cue words without an accusation --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The accused man appeared in court in a grey suit.",
        "Lawyers for the accused asked for more time.",
        "Her accuser did not attend the hearing.",
        "Phones can be charged with a battery pack in the new model.",
        "He charged the battery overnight before the expedition.",
        "Banks charged customers higher fees for overdrafts.",
        "The interest rate charged on the loans was 8 pct.",
        "The atmosphere in the room was politically charged.",
        "He was charged with the task of rebuilding the army.",
        "After the final whistle the blame game began between the two coaches.",
        "Washington plays the blame-Beijing game.",
        "Traders blamed the weaker yen for the fall in exports.",
        "Officials blamed heavy rain for the collapse of the bridge.",
        "The delays were blamed on bad weather.",
        "Inflation was blamed for the drop in consumer confidence.",
        "The striker blamed himself for the missed penalty.",
        "The goalkeeper accepted the blame for the second goal.",
        "The prime minister refused to blame Moscow for the attack.",
        "The report stopped short of accusing Iran of violating the deal.",
        "Germany did not accuse Russia of any wrongdoing.",
        "The suspect allegedly stole two cars before fleeing.",
        "Details of the alleged fraud emerged in court documents.",
        "Federer claimed the title after a five-set final.",
        "The storm claimed the lives of at least twelve people.",
        "He was condemned to death by a military court.",
        "The ministry is responsible for border security and customs.",
        "Congress pretended the deficit did not matter for a decade.",
        "The children were pretending to be soldiers in the garden.",
        "Economists believe the recession will end next year.",
        "No governmental authority has ever alleged any such activity.",
    ],
)
def test_hard_negatives(ex, text):
    assert _acc(ex, text) == [], text
    assert _den(ex, text) == [], text


def test_prosecutors_are_the_accuser_of_legal_charges(ex):
    a = _acc(ex, "Federal prosecutors charged two Chinese intelligence officers with stealing "
                 "trade secrets.")[0]
    assert (a.accuser, a.accused) == ("Federal prosecutors", "two Chinese intelligence officers")
    assert _pair(a) == ("USA", "CHN")
    b = _acc(ex, "The man was charged with murder after the stabbing.")[0]
    assert (b.accuser, b.accused, _pair(b)) == (None, "The man", (None, None))


def test_alleged_acted_on_by_a_party(ex):
    a = _acc(ex, "Washington imposed the tariffs because of Japan's alleged failure to uphold "
                 "the agreement.")[0]
    assert _pair(a) == ("USA", "JPN")
    assert _acc(ex, "Police are investigating the alleged theft of paintings.") == []


# --- denials --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "denier", "iso"),
    [
        ("The Kremlin denied the allegations.", "The Kremlin", "RUS"),
        ("Beijing has repeatedly rejected the accusations.", "Beijing", "CHN"),
        ("The Foreign Ministry in Tehran dismissed the claims as baseless.",
         "The Foreign Ministry in Tehran", "IRN"),
        ("Pyongyang has denied involvement.", "Pyongyang", "PRK"),
        ("The Pentagon called the accusations absolutely ridiculous.", "The Pentagon", "USA"),
        ("A coalition spokesperson dismissed the allegations as false.",
         "A coalition spokesperson", None),
    ],
)
def test_generic_denials(ex, text, denier, iso):
    dens = _den(ex, text)
    assert dens and (dens[0].accused, dens[0].accused_iso3) == (denier, iso)
    assert _acc(ex, text) == []  # the denied allegation is not stated


def test_denial_naming_the_act_is_also_an_accusation(ex):
    text = "China denied hacking into the computers of a US defence contractor."
    assert _den(ex, text)[0].accused_iso3 == "CHN"
    a = _acc(ex, text)[0]
    assert a.accuser is None and a.accused_iso3 == "CHN"


def test_accusation_and_denial_in_one_sentence(ex):
    text = "The U.S. and Saudi Arabia have blamed the attacks on Iran, but Tehran has denied " \
           "any involvement."
    rows = ex.extract(text)
    assert _pair(rows[0]) == ("USA", "IRN") and rows[0].polarity == "accuse"
    assert [(d.accused, d.accused_iso3) for d in _den(ex, text)] == [("Tehran", "IRN")]
    rel = "The US accuses Beijing of unfair trade practices, which China denies."
    assert [d.accused for d in _den(ex, rel)] == ["China"]


@pytest.mark.parametrize(
    "text",
    [
        "Police denied him bail after the hearing.",
        "The court denied the appeal filed by the company.",
        "Journalists were denied access to the refugee camp.",
        "Visas were denied to several members of the delegation.",
        "The minister denied that the budget would be cut next year.",
        "The central bank denied reports that it planned to devalue the currency.",
        "He could not deny that relations with Moscow had cooled.",
        "The regulator rejected the merger proposal on Monday.",
        "Parliament dismissed the finance minister after a vote.",
        "It would be false to say the talks have failed.",
    ],
)
def test_not_denials(ex, text):
    assert _den(ex, text) == [], text


# --- articles table ------------------------------------------------------------------------
def test_transform_contract(ex):
    arts = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "title": ["Russia accuses US of lying", "Weather", None],
        "text": ["The Pentagon denied the allegations.", "Sunny and warm.", None],
        "published": pd.to_datetime(["2017-10-10", "2017-10-11", None], utc=True),
    })
    out = ex.transform(arts)
    schema.validate(out, "accusations")
    assert out["doc_id"].tolist() == ["a", "a"]
    assert out["polarity"].tolist() == ["accuse", "deny"]
    assert out["sentence"].tolist() == [0, 1]
    doc = "Russia accuses US of lying\n\nThe Pentagon denied the allegations."
    r = out.iloc[1]
    assert doc[r["start"]:r["end"]] == "The Pentagon denied the allegations."
    assert doc[r["accused_start"]:r["accused_end"]] == "The Pentagon"
    assert r["answers"] == out.iloc[0]["cue_start"]
    # chunks (an iterable of tables) give the same rows
    chunked = ex.transform([arts.iloc[:1], arts.iloc[1:]])
    pd.testing.assert_frame_equal(chunked, out)


def test_empty_and_bad_input(ex):
    empty = ex.transform(pd.DataFrame({"doc_id": [], "title": [], "text": []}))
    assert empty.empty and list(empty.columns)[:4] == ["doc_id", "sentence", "start", "end"]
    with pytest.raises(TypeError, match="str received"):
        ex.transform("Russia accuses US")
    with pytest.raises(schema.SchemaError, match="doc_id"):
        ex.transform(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(TypeError, match="expects a str"):
        ex.extract(None)


def test_parameters_validated_at_fit():
    with pytest.raises(ValueError, match="'min_confidence' parameter"):
        AccusationExtractor(min_confidence=2).fit()
    bad = pd.DataFrame({"pattern": ["accuse"], "family": ["nonsense"]})
    with pytest.raises(GazetteerError, match="unknown family"):
        AccusationExtractor(cues=bad).fit()


def test_min_confidence_filters(ex):
    text = "The Russian claims come a day after the talks."
    assert _acc(ex, text)  # a back-reference to an earlier claim, low confidence
    strict = AccusationExtractor(min_confidence=0.5).fit()
    assert _acc(strict, text) == []


def test_user_actor_table_extends_resolution(tmp_path):
    from importlib import resources

    base = resources.files("mediakit.data").joinpath("actors.tsv").read_text(encoding="utf-8")
    path = tmp_path / "actors.tsv"
    path.write_text(base + "zorblat\tFRA\tleader\t\t\n", encoding="utf-8")
    ex2 = AccusationExtractor(actors=path).fit()
    assert _pair(_acc(ex2, "Zorblat accused Germany of spying.")[0]) == ("FRA", "DEU")


def test_sklearn_conventions():
    from sklearn.base import clone
    from sklearn.pipeline import Pipeline

    est = AccusationExtractor(min_confidence=0.3)
    assert clone(est).get_params()["min_confidence"] == 0.3
    arts = pd.DataFrame({"doc_id": ["a"], "title": ["Iraq blames Iran for the war"],
                         "text": [""]})
    out = Pipeline([("acc", est)]).fit_transform(arts)
    assert tuple(out.iloc[0][["accuser_iso3", "accused_iso3"]]) == ("IRQ", "IRN")


@pytest.mark.parametrize(
    ("text", "accuser", "accuser_iso", "accused_iso"),
    [
        # parenthetical between subject and verb
        ("Moscow — without naming names — blamed Kiev for the attack.", "Moscow", "RUS",
         "UKR"),
        # relative clause after the subject
        ("Maduro, who has been in power since 2013, blamed Colombia for the blackout.",
         "Maduro", "VEN", "COL"),
        # coordinated verb inside a subordinate clause; state from the appositive
        ("The talks were calm until Walid al-Moallem, the Syrian foreign minister, took the "
         "floor and accused Arab nations of arming rebels.", "Walid al-Moallem", "SYR", None),
        # multi-party accuser: the first-named state
        ("Britain and its allies blamed Russian military intelligence for the cyber attack.",
         "Britain and its allies", "GBR", "RUS"),
    ],
)
def test_subject_finding(ex, text, accuser, accuser_iso, accused_iso):
    a = _acc(ex, text, date="2019-03-10")[0]
    assert (a.accuser, a.accuser_iso3, a.accused_iso3) == (accuser, accuser_iso, accused_iso)


@pytest.mark.parametrize(
    "text",
    [
        "Fiscal 1986 net includes an extraordinary charge of 3.5 mln dlrs.",
        "The bank took a 50 mln dlr charge against earnings in the fourth quarter.",
        "The officer in charge of the investigation declined to comment.",
        "Exxon raised the price it charges barge customers for heating oil.",
        "He repeated the flip-flopper charge that has dogged his rival for years.",
        "It was unclear whether the now-concluded inquiry would resume.",
        "IRAN CLAIMS 3,000 IRAQI CASUALTIES IN FIGHTING",
        "The company sweetened its bid, which the board rejected.",
        "The court dismissed all charges against the two men.",
        "North Korea claimed that it had successfully tested a hydrogen bomb.",
    ],
)
def test_more_hard_negatives(ex, text):
    assert ex.extract(text) == [], text


def test_quoted_wrongdoing_without_accusation_word(ex):
    text = "“China is stealing our technology,” the U.S. trade representative told lawmakers."
    a = _acc(ex, text)[0]
    assert (a.accuser, a.accused, _pair(a)) == ("the U.S. trade representative", "China",
                                                ("USA", "CHN"))
    assert _acc(ex, "“We were not lying,” he said.") == []
    assert _acc(ex, "He said he was lying on the beach.") == []
