"""Hand-off exports read back as an editor or a spreadsheet would read them."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import opentimelineio as otio
import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.domain.models import DialogueLine, ReferenceImage
from storyboard_app.export.package import write_package
from storyboard_app.export.shotlist import COLUMNS, shot_list_csv, shot_rows, write_shot_list
from storyboard_app.export.timelines import ADAPTERS, write_timeline
from storyboard_app.main import main
from storyboard_app.render.previs import render_previs
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project, save_project
from storyboard_app.storage.takes import Take, TakeStore
from tests.conftest import COFFEE, write_image


@pytest.fixture(scope="module")
def rendered_coffee(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The coffee advert with a previs take of its first storyboard (active), made once."""
    folder = tmp_path_factory.mktemp("coffee") / COFFEE.name
    shutil.copytree(COFFEE, folder)
    project = load_project(folder)
    payload = compile_guidances(project, 0)
    video = folder / "renders" / "ritual.mp4"
    render_previs(payload, folder, video)
    TakeStore(folder).add(Take(
        id="take-1", storyboard_id=payload.storyboard_id, storyboard_name=payload.storyboard,
        video="renders/ritual.mp4", provider="local previs", mode="720p", created_at=1.0,
        requested_duration=15.0, actual_duration=15.0,
    ))  # fmt: skip
    return folder


@pytest.fixture
def coffee_with_take(rendered_coffee: Path, tmp_path: Path) -> Path:
    """A copy of it the test may change."""
    folder = tmp_path / rendered_coffee.name
    shutil.copytree(rendered_coffee, folder)
    return folder


@pytest.mark.parametrize("kind", sorted(ADAPTERS))
def test_timelines_read_back_with_the_same_clips_and_markers(
    coffee_with_take: Path, tmp_path: Path, kind: str
) -> None:
    project = load_project(coffee_with_take)
    suffix = {"otio": "otio", "fcp7xml": "xml", "fcpxml": "fcpxml", "edl": "edl"}[kind]
    file = tmp_path / f"cut.{suffix}"
    write_timeline(project, coffee_with_take, file, kind)
    timeline = otio.adapters.read_from_file(str(file), adapter_name=ADAPTERS[kind])
    items = list(timeline.tracks[0])
    if kind == "edl":  # one event per clip; gaps become absent time
        clips = [item for item in items if isinstance(item, otio.schema.Clip)]
        assert [clip.name for clip in clips] == ["Morning ritual"]
        assert clips[0].duration().to_seconds() == pytest.approx(15.0)
        # CMX 3600 locators are upper case by convention; the words survive
        assert [m.name for m in clips[0].markers][:2] == ["1 · ECU · SLOW DOLLY IN",
                                                          "2 · MCU · SLOW TRUCK RIGHT"]  # fmt: skip
        assert len(clips[0].markers) == 5
        return
    assert [item.name for item in items] == ["Morning ritual", "Brand moment"]
    assert [item.duration().to_seconds() for item in items] == [15.0, 15.0]
    assert isinstance(items[0], otio.schema.Clip)
    reference = items[0].media_reference
    assert isinstance(reference, otio.schema.ExternalReference)
    assert reference.target_url.endswith("renders/ritual.mp4")
    for item, board in zip(items, project.storyboards, strict=True):
        markers = list(item.markers)
        assert len(markers) == len(board.shots)
        starts = [m.marked_range.start_time.to_seconds() for m in markers]
        assert starts == pytest.approx(list(board.shot_starts()))


def test_the_csv_round_trips_every_field(example_copy: Callable[[Path], Path]) -> None:
    folder = example_copy(COFFEE)
    project = load_project(folder)
    tricky = DialogueLine(character='Maya "M"', delivery="soft, warm", line='Say "when", then, go')
    board = project.storyboards[0]
    shot = board.shots[0].evolve(notes='Line one,\nline two; with "quotes"', dialogue=(tricky,))
    project = project.evolve(storyboards=(
        board.evolve(shots=(shot, *board.shots[1:])), *project.storyboards[1:]
    ))  # fmt: skip
    save_project(folder, project)
    text = shot_list_csv(project)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert tuple(rows[0]) == COLUMNS
    assert rows == shot_rows(project)
    assert rows[0]["dialogue"] == 'Maya "M" (soft, warm): Say "when", then, go'
    assert rows[0]["notes"] == 'Line one,\nline two; with "quotes"'
    assert [row["shot"] for row in rows] == ["1.1", "1.2", "1.3", "1.4", "1.5",
                                             "2.1", "2.2", "2.3", "2.4"]  # fmt: skip
    assert rows[5]["start"] == "15"  # the second storyboard starts after the first


def test_the_package_holds_the_project_assets_and_active_takes(
    coffee_with_take: Path, tmp_path: Path
) -> None:
    (coffee_with_take / "renders" / "old-take.mp4").write_bytes(b"not shared")
    file = tmp_path / "share.zip"
    write_package(load_project(coffee_with_take), coffee_with_take, file)
    with zipfile.ZipFile(file) as archive:
        names = sorted(archive.namelist())
        root = coffee_with_take.name
        assert f"{root}/project.json" in names
        assert f"{root}/renders/ritual.mp4" in names
        assert f"{root}/renders/takes.json" in names
        assert f"{root}/renders/old-take.mp4" not in names
        assert f"{root}/assets/names.json" in names  # the pictures' original names travel too
        assert sum(name.startswith(f"{root}/assets/") for name in names) == 3
        archive.extractall(tmp_path / "unpacked")
    assert load_project(tmp_path / "unpacked" / root) == load_project(coffee_with_take)


def test_export_command(
    capsys: pytest.CaptureFixture[str], coffee_with_take: Path, tmp_path: Path
) -> None:
    out = tmp_path / "list.csv"
    assert main(["export", str(coffee_with_take), "--format", "csv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("scene,storyboard,shot,size")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel on Windows reads UTF-8
    edl = tmp_path / "cut.edl"
    assert main(["export", str(coffee_with_take), "--format", "edl", "-o", str(edl)]) == 0
    assert "Morning ritual" in edl.read_text()
    assert f"Wrote {edl}" in capsys.readouterr().err


def test_the_csv_says_what_each_shot_shows_and_names_pictures_as_dropped(
    example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(COFFEE)
    project = load_project(folder)
    dropped = write_image(tmp_path / "Diner booth 雨.png", (640, 360))
    path = AssetStore(folder).import_image(dropped)
    again = AssetStore(folder).import_image(write_image(tmp_path / "copy.png", (640, 360)))
    assert again == path  # the same bytes: one file, and its first name is kept
    board = project.storyboards[0]
    shot = board.shots[0].evolve(
        subject="A cup on the counter", action="Steam rises.",
        references=(ReferenceImage(image=path, label="the booth"),),
    )  # fmt: skip
    project = project.evolve(storyboards=(
        board.evolve(shots=(shot, *board.shots[1:])), *project.storyboards[1:]
    ))  # fmt: skip
    save_project(folder, project)
    out = tmp_path / "list.csv"
    write_shot_list(project, out, folder)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows[0]["subject"] == "A cup on the counter"
    assert rows[0]["action"] == "Steam rises."
    assert rows[0]["references"] == "the booth (character): Diner booth 雨.png"
    assert "assets/" not in rows[0]["references"]
    assert COLUMNS.index("subject") < COLUMNS.index("dialogue")
    # An older project without recorded names still lists its files.
    (folder / "assets" / "names.json").unlink()
    assert shot_rows(project, folder)[0]["references"] == f"the booth (character): {path}"


def test_fcpxml_says_a_take_with_sound_has_audio(coffee_with_take: Path, tmp_path: Path) -> None:
    file = tmp_path / "cut.fcpxml"
    write_timeline(load_project(coffee_with_take), coffee_with_take, file, "fcpxml")
    root = ElementTree.parse(file).getroot()
    asset = next(a for a in root.iter("asset") if a.get("src", "").endswith("ritual.mp4"))
    assert asset.get("hasVideo") == "1"
    assert asset.get("hasAudio") == "1"  # the previs take has a sound track
    assert asset.get("audioSources") == "1"
    timeline = otio.adapters.read_from_file(str(file), adapter_name="fcpx_xml")
    assert timeline.tracks[0][0].name == "Morning ritual"


def test_fcp7_names_the_file_as_it_is_called(coffee_with_take: Path, tmp_path: Path) -> None:
    renders = coffee_with_take / "renders"
    (renders / "ritual.mp4").rename(renders / "Morning ritual previs 1.mp4")
    store = TakeStore(coffee_with_take)
    old = store.takes()[0]
    store.delete(old.id)
    store.add(old.model_copy(update={"video": "renders/Morning ritual previs 1.mp4"}))
    file = tmp_path / "cut.xml"
    write_timeline(load_project(coffee_with_take), coffee_with_take, file, "fcp7xml")
    root = ElementTree.parse(file).getroot()
    names = [f.findtext("name") for f in root.iter("file") if f.find("pathurl") is not None]
    assert names == ["Morning ritual previs 1.mp4"]
    url = next(f.findtext("pathurl") for f in root.iter("file") if f.find("pathurl") is not None)
    assert url is not None
    assert url.endswith("Morning%20ritual%20previs%201.mp4")  # the URL stays a URL
