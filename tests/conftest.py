"""Shared fixtures: a small written corpus, a built store, the CLI runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def _no_user_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never touch the user's store or home: KG_STORE points into a temp folder."""
    monkeypatch.setenv("KG_STORE", str(tmp_path / "default-store"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the written test corpus (two .txt articles) that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", target)
    return target


@pytest.fixture
def jsonl_corpus() -> Path:
    return DATA / "corpus.jsonl"


@pytest.fixture(scope="session")
def _built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    store = tmp_path_factory.mktemp("built") / "kg.db"
    build([DATA / "corpus", DATA / "corpus.jsonl"], str(store))
    return store


@pytest.fixture
def store(_built: Path, tmp_path: Path) -> Path:
    """A store built from the test corpus, copied so that a test may change it."""
    target = tmp_path / "kg.db"
    shutil.copytree(_built, target)
    return target


def snapshot(store: Path) -> set[tuple[str, ...]]:
    """Every quad of a store, to check that a failed command left it as it was."""
    from kg.store import close_store, open_store

    dataset = open_store(str(store), read_only=True)
    try:
        return {tuple(str(t) for t in quad) for quad in dataset.quads((None, None, None, None))}
    finally:
        close_store(dataset)
