"""The base model is trained once and kept as a file that later processes read."""

from __future__ import annotations

import importlib.metadata
import logging

import pytest

from servicegap.textlens import analysis, learn

TEXTS = [
    "Food was great but the waiter was rude",
    "We waited forty minutes before anyone took our order",
    "Lovely staff, will come back",
]


@pytest.fixture
def fresh_process(tmp_path, monkeypatch):
    """As a new process with its data directory's folder: no base model in memory."""
    monkeypatch.setattr(analysis, "_base", None)
    monkeypatch.setattr(analysis, "_base_folder", None)
    analysis.keep_base_model_in(tmp_path / "textlens")
    return tmp_path / "textlens"


def trainings(monkeypatch) -> list[int]:
    calls: list[int] = []
    train = learn.train

    def counted(examples, *, version):
        calls.append(1)
        return train(examples, version=version)

    monkeypatch.setattr(learn, "train", counted)
    return calls


def test_the_first_process_trains_and_keeps_it_the_next_reads_it(fresh_process, monkeypatch):
    calls = trainings(monkeypatch)
    trained = analysis.base_model()
    assert calls == [1]
    kept = analysis.base_model_file()
    assert kept.parent == fresh_process and kept.is_file()

    monkeypatch.setattr(analysis, "_base", None)  # the next process
    read = analysis.base_model()
    assert calls == [1]  # read, not trained again
    assert read.version == trained.version == analysis.BASE_VERSION
    for text in TEXTS:
        assert analysis.analyse(text, model=read) == analysis.analyse(text, model=trained)


def test_a_kept_model_that_cannot_be_read_is_trained_again(fresh_process, monkeypatch, caplog):
    analysis.base_model()
    kept = analysis.base_model_file()
    kept.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(analysis, "_base", None)
    calls = trainings(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens.analysis"):
        model = analysis.base_model()
    assert calls == [1] and model.version == analysis.BASE_VERSION
    assert "kept base model cannot be read" in caplog.text
    assert learn.load_model(kept).version == analysis.BASE_VERSION  # and kept anew


def test_a_folder_that_cannot_be_written_only_costs_the_training(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(analysis, "_base", None)
    monkeypatch.setattr(analysis, "_base_folder", None)
    analysis.keep_base_model_in(blocker / "textlens")  # a folder inside a file
    with caplog.at_level(logging.WARNING, logger="servicegap.textlens.analysis"):
        model = analysis.base_model()
    assert model.version == analysis.BASE_VERSION
    assert "cannot be kept" in caplog.text


def test_a_new_model_replaces_those_of_earlier_code(fresh_process, monkeypatch):
    fresh_process.mkdir(parents=True)
    earlier = fresh_process / "base-1-0123456789abcdef0123.json"
    earlier.write_text("{}", encoding="utf-8")
    organisation = fresh_process / "0b1e0c1d-0000-4000-8000-000000000000" / "v1.json"
    organisation.parent.mkdir()
    organisation.write_text("{}", encoding="utf-8")
    analysis.base_model()
    assert not earlier.exists()
    assert organisation.exists()  # an organisation's own models are not the base model's
    assert sorted(fresh_process.glob("*.json")) == [analysis.base_model_file()]


def test_another_scikit_learn_trains_its_own(fresh_process, monkeypatch):
    before = analysis.base_model_file()
    real = importlib.metadata.version

    def other(name):
        return "0.0-other" if name == "scikit-learn" else real(name)

    monkeypatch.setattr(importlib.metadata, "version", other)
    after = analysis.base_model_file()
    assert after != before and after.parent == before.parent


def test_without_a_folder_nothing_is_kept(monkeypatch):
    monkeypatch.setattr(analysis, "_base_folder", None)
    assert analysis.base_model_file() is None
