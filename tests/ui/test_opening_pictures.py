"""The pictures the editor opens on are decoded while it is built and in its first frame."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from storyboard_app.domain.models import Character, Project, Shot, Storyboard
from storyboard_app.storage.bundle import load_project
from storyboard_app.ui.background import Background
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.opening_pictures import start_decoding, take_decoded
from storyboard_app.ui.thumbnails import ThumbnailCache
from tests.conftest import COFFEE, write_image


def test_the_opening_storyboards_pictures_are_in_the_cache_before_the_first_paint(
    qapp: QApplication,
) -> None:
    background = Background(qapp)
    cache = ThumbnailCache(background, qapp)
    files = start_decoding(cache, ProjectDocument(load_project(COFFEE), COFFEE))
    # The second and fourth shots have pictures (the fifth repeats the fourth's); the
    # second storyboard is not shown when the window opens.
    assert files == [COFFEE / "assets/ddc981acf41b965d.png", COFFEE / "assets/f219692bdb568372.jpg"]
    take_decoded(cache, files)
    assert not any(cache.pending(file) for file in files)
    pixmaps = [cache.get(file) for file in files]
    assert all(pixmap is not None and not pixmap.isNull() for pixmap in pixmaps)
    background.wait()


def test_a_shot_without_a_picture_shows_its_casts_first_picture(
    qapp: QApplication, tmp_path: Path
) -> None:
    face = write_image(tmp_path / "assets" / "maya.png", (64, 64)).relative_to(tmp_path)
    frame = write_image(tmp_path / "assets" / "frame.png", (64, 36)).relative_to(tmp_path)
    project = Project(
        storyboards=(
            Storyboard(shots=(Shot(first_frame=frame.as_posix()), Shot(characters=("Maya",)))),
        ),
        characters=(Character(name="Maya", references=(face.as_posix(),)),),
    )
    background = Background(qapp)
    cache = ThumbnailCache(background, qapp)
    files = start_decoding(cache, ProjectDocument(project, tmp_path))
    assert files == [tmp_path / frame, tmp_path / face]
    take_decoded(cache, files)
    assert all(cache.get(file) is not None for file in files)
    background.wait()


def test_a_missing_file_is_not_waited_for(qapp: QApplication, tmp_path: Path) -> None:
    project = Project(storyboards=(Storyboard(shots=(Shot(first_frame="assets/gone.png"),)),))
    cache = ThumbnailCache(Background(qapp), qapp)
    assert start_decoding(cache, ProjectDocument(project, tmp_path)) == []
