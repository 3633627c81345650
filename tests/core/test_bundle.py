"""Project bundles: atomic saves with a backup, clear load errors, migrations, assets."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from storyboard_app.domain.models import SCHEMA_VERSION, Project
from storyboard_app.storage import bundle as bundle_module
from storyboard_app.storage.assets import AssetError, AssetStore
from storyboard_app.storage.bundle import (
    ProjectLoadError,
    ProjectSaveError,
    load_project,
    project_json,
    render_file,
    save_project,
)
from tests.conftest import DETECTIVE, board, project_of, write_image


def test_save_then_load_gives_the_same_project(tmp_path: Path) -> None:
    project = load_project(DETECTIVE)
    save_project(tmp_path / "Copy.storyboard", project)
    assert load_project(tmp_path / "Copy.storyboard") == project
    assert (tmp_path / "Copy.storyboard/assets").is_dir()
    assert (tmp_path / "Copy.storyboard/renders").is_dir()


def test_saving_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    folder = tmp_path / "P.storyboard"
    first = project_of(board(3, 4), title="First")
    second = first.evolve(title="Second")
    save_project(folder, first)
    save_project(folder, second)
    assert load_project(folder).title == "Second"
    backup = json.loads((folder / "project.json.bak").read_text())
    assert backup["title"] == "First"
    assert sorted(p.name for p in folder.iterdir()) == [
        "assets",
        "project.json",
        "project.json.bak",
        "renders",
    ]


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "P.storyboard"
    save_project(folder, project_of(board(3), title="Kept"))
    before = (folder / "project.json").read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(
        ProjectSaveError, match=r"No space left on device.*previous version is unchanged"
    ):
        save_project(folder, project_of(board(3), title="Lost"))
    monkeypatch.undo()
    assert (folder / "project.json").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["assets", "project.json", "renders"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b'{"title": "x", "storyboards": [', "is truncated: it ends in the middle (line 1)"),
        (
            b'{"title": "x",, }',
            "is not valid JSON: Expecting property name enclosed in double quotes"
            " at line 1, column 15",
        ),
        (b"[1, 2]", "should hold a JSON object, not list"),
        (b'{"title": "\xff"}', "is not UTF-8 text (bad byte at offset 11)"),
        (
            json.dumps({"schema_version": SCHEMA_VERSION + 1, "title": "x"}).encode(),
            f"saved by a newer version of the app (file format {SCHEMA_VERSION + 1})",
        ),
        (
            json.dumps(
                {"schema_version": 1, "storyboards": [{"shots": [{"duration": -2}]}]}
            ).encode(),
            "storyboards[0].shots[0].duration: Input should be greater than 0",
        ),
        (
            json.dumps({"schema_version": 1, "storyboards": [{"mode": "8k"}]}).encode(),
            "storyboards[0].mode: Input should be 'std', 'pro' or '4k'",
        ),
    ],
)
def test_bad_project_files_give_a_clear_error_and_stay_untouched(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    folder = tmp_path / "Bad.storyboard"
    folder.mkdir()
    (folder / "project.json").write_bytes(content)
    with pytest.raises(ProjectLoadError) as raised:
        load_project(folder)
    assert expected in str(raised.value)
    assert (folder / "project.json").read_bytes() == content
    assert [p.name for p in folder.iterdir()] == ["project.json"]


def test_not_a_project_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectLoadError, match="There is no project at"):
        load_project(tmp_path / "nowhere")
    with pytest.raises(ProjectLoadError, match=r"holds no project\.json"):
        load_project(tmp_path)
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ProjectLoadError, match="is a file"):
        load_project(tmp_path / "file.txt")


def test_a_prototype_file_migrates_to_the_current_format(tmp_path: Path) -> None:
    folder = tmp_path / "Old.storyboard"
    folder.mkdir()
    old = {
        "title": "Old one",
        "model": "kling-v3",
        "shots": [{"id": "a", "subject": "S", "duration": 4}],
    }
    (folder / "project.json").write_text(json.dumps(old))
    project = load_project(folder)
    assert project.schema_version == SCHEMA_VERSION
    assert project.storyboards[0].name == "Old one"
    assert project.storyboards[0].shots[0].duration == 4
    assert json.loads((folder / "project.json").read_text()) == old  # loading never writes


def test_project_json_is_stable_text() -> None:
    project = load_project(DETECTIVE)
    assert project_json(project) == (DETECTIVE / "project.json").read_text()


def test_importing_an_image_copies_it_by_content(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "P.storyboard")
    source = write_image(tmp_path / "desktop/photo.jpeg", (640, 480), "JPEG")
    first = store.import_image(source)
    second = store.import_image(source)
    assert first == second
    assert first.startswith("assets/")
    assert first.endswith(".jpg")
    assert store.absolute(first).read_bytes() == source.read_bytes()
    assert oct(os.stat(store.absolute(first)).st_mode & 0o777) == "0o644"
    info = store.inspect(first)
    assert (info.format, info.width, info.height) == ("JPEG", 640, 480)


def test_importing_a_broken_file_is_refused_and_adds_nothing(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "P.storyboard")
    junk = tmp_path / "not-an-image.png"
    junk.write_bytes(b"hello")
    with pytest.raises(
        AssetError, match=r"not-an-image\.png cannot be used as an image: not an image file"
    ):
        store.import_image(junk)
    assert not (tmp_path / "P.storyboard/assets").exists()


def test_create_refuses_an_existing_folder(
    tmp_path: Path, bundle: Callable[[Project], Path]
) -> None:
    folder = bundle(project_of(board(3)))
    with pytest.raises(ProjectSaveError, match="already exists"):
        bundle_module.create_project(folder, project_of(board(4)))


def test_a_render_is_named_after_its_storyboard_and_stays_in_its_folder(tmp_path: Path) -> None:
    named = render_file(tmp_path, "Night / Day: take 2", "previs", "job-0123456789")
    assert named == tmp_path / "renders" / "Night _ Day_ take 2 previs 456789.mp4"
    elsewhere = render_file(tmp_path, "../..", "kling std", "job-abcdef", tmp_path / "out")
    assert elsewhere == tmp_path / "out" / "_____ kling std abcdef.mp4"
    assert render_file(tmp_path, "  ", "previs", "job-1").name == "storyboard previs job-1.mp4"
