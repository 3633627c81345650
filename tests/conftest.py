"""Fixtures shared by every test: the bundled examples and small project builders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from storyboard_app import i18n
from storyboard_app.domain.models import Project, Shot, Storyboard
from storyboard_app.storage.bundle import save_project

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DETECTIVE = EXAMPLES / "Night City Detective.storyboard"
COFFEE = EXAMPLES / "Aurora Espresso Advert.storyboard"
TEAHOUSE = EXAMPLES / "雨夜茶馆.storyboard"
GOLDEN = Path(__file__).resolve().parent / "golden"

UPDATE_GOLDEN = os.environ.get("UPDATE_GOLDEN") == "1"
"""Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change."""


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in English, whatever the machine's locale or the last test chose."""
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    i18n.install("en")


@pytest.fixture(autouse=True)
def _own_app_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every test keeps the app's settings, job database, recovery files and Kling element
    store in a folder of its own (``STORYBOARD_APP_HOME``), never in the user's: tests that
    read the element store found entries other runs had left there."""
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path_factory.mktemp("app-home")))


@pytest.fixture
def example_copy(tmp_path: Path) -> Callable[[Path], Path]:
    """Copy an example bundle into the test's own folder (examples stay untouched)."""

    def copy(example: Path) -> Path:
        target = tmp_path / example.name
        shutil.copytree(example, target)
        return target

    return copy


def board(*durations: float, **settings: object) -> Storyboard:
    """A storyboard whose shots have these durations and a short subject each."""
    shots = tuple(
        Shot(id=f"s{i + 1}", subject=f"Subject {i + 1}", duration=d)
        for i, d in enumerate(durations)
    )
    return Storyboard(name="Board", shots=shots).evolve(**settings)


def project_of(*boards: Storyboard, **settings: object) -> Project:
    """A project holding these storyboards."""
    return Project(title="Test", storyboards=boards).evolve(**settings)


def write_image(path: Path, size: tuple[int, int], fmt: str = "PNG", noise: bool = False) -> Path:
    """Write an image file; ``noise`` makes it incompressible (for size limits)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if noise:
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    else:
        image = Image.new("RGB", size, (90, 120, 160))
    image.save(path, fmt)
    return path


@pytest.fixture
def bundle(tmp_path: Path) -> Callable[[Project], Path]:
    """Save a project as a bundle folder in the test's own folder."""

    def make(project: Project) -> Path:
        folder = tmp_path / "Test.storyboard"
        save_project(folder, project)
        return folder

    return make
