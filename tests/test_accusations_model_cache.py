"""The on-disk cache of the default accusation models (mediakit.accusations._model_cache)."""

from __future__ import annotations

import json

import pytest

import mediakit.accusations as acc
from mediakit.accusations import AccusationExtractor
from mediakit.accusations._model_cache import cache_file

SENTENCES = [
    "Russia accused the US of pretending to fight Isis.",
    "TikTok rejected criticism from the Trump administration that it shares users' data.",
    "Seoul decried the missile launch by North Korea as a grave provocation.",
]


@pytest.fixture
def fresh_models(monkeypatch, tmp_path):
    """No models in this process; the cache in a temporary folder."""
    monkeypatch.setenv("MEDIAKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("MEDIAKIT_MODEL_CACHE", raising=False)
    monkeypatch.setattr(acc, "_MODELS", [])
    return tmp_path


def _rows(ex):
    return [[(r.polarity, r.accuser, r.accused, r.confidence, r.rule)
             for r in ex.extract(s, date="2020-08-01")] for s in SENTENCES]


def test_first_fit_writes_the_cache_and_the_next_process_reads_it(fresh_models, monkeypatch):
    fitted = AccusationExtractor().fit()
    path = cache_file()
    assert path.parent == fresh_models and path.is_file()
    expected = _rows(fitted)
    # a new process: no models in memory, and fitting is not allowed
    monkeypatch.setattr(acc, "_MODELS", [])

    def no_fit(*args, **kwargs):
        raise AssertionError("refitted although the cache holds the models")

    monkeypatch.setattr(acc, "_fit_models", no_fit)
    cached = AccusationExtractor().fit()
    assert _rows(cached) == expected
    assert cached.scorer_.predict_proba(SENTENCES[1]) == fitted.scorer_.predict_proba(
        SENTENCES[1])


def test_a_damaged_cache_is_refitted(fresh_models, monkeypatch):
    AccusationExtractor().fit()
    path = cache_file()
    path.write_text('{"scorer": {"weights": ', encoding="utf-8")  # cut short
    monkeypatch.setattr(acc, "_MODELS", [])
    ex = AccusationExtractor().fit()
    assert _rows(ex)[0][0][:3] == ("accuse", "Russia", "the US")
    assert json.loads(path.read_text(encoding="utf-8"))["scorer"]["weights"]  # rewritten


def test_cache_can_be_turned_off(fresh_models, monkeypatch):
    monkeypatch.setenv("MEDIAKIT_MODEL_CACHE", "0")
    AccusationExtractor().fit()
    assert not any(fresh_models.iterdir())
