"""The sketch field of a shot and the strokes document: saved, loaded, older files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyboard_app.domain.models import Project, Shot, Sketch, Storyboard
from storyboard_app.domain.sketch import SketchDocument, SketchError, Stroke, Tool, canvas_size
from storyboard_app.domain.vocabulary import AspectRatio
from storyboard_app.storage.bundle import load_project, save_project
from storyboard_app.storage.sketches import load_sketch, save_sketch
from tests.conftest import DETECTIVE


def test_the_canvas_is_4k_at_the_storyboards_aspect_ratio() -> None:
    assert canvas_size(AspectRatio.WIDE) == (3840, 2160)
    assert canvas_size(AspectRatio.VERTICAL) == (2160, 3840)
    assert canvas_size(AspectRatio.SQUARE) == (2160, 2160)


def test_a_board_is_saved_as_png_and_strokes_and_loads_back(tmp_path: Path) -> None:
    document = SketchDocument.blank(AspectRatio.WIDE).evolve(
        strokes=(
            Stroke(tool=Tool.PEN, weight=8, points=((10, 10, 0.5), (200, 80, 1.0))),
            Stroke(tool=Tool.NOTE, tone="red", points=((50, 50, 1.0),), text="雨夜 · Ray turns"),
        )
    )
    sketch = save_sketch(tmp_path, b"\x89PNG fake bytes", document)
    assert sketch.image.startswith("assets/")
    assert sketch.image.endswith(".png")
    assert sketch.strokes.endswith(".json")
    assert load_sketch(tmp_path, sketch) == document
    again = save_sketch(tmp_path, b"\x89PNG fake bytes", document)
    assert again == sketch  # content names: the same board is the same files
    shot = Shot(sketch=sketch, first_frame="assets/photo.png")
    assert shot.picture() == sketch.image  # the board shows the shot before its first frame
    project = Project(storyboards=(Storyboard(shots=(shot,)),))
    assert {sketch.image, sketch.strokes} <= set(project.asset_paths())
    save_project(tmp_path, project)
    assert load_project(tmp_path).storyboards[0].shots[0].sketch == sketch


def test_projects_written_before_sketches_still_load(tmp_path: Path) -> None:
    data = json.loads((DETECTIVE / "project.json").read_text(encoding="utf-8"))
    for board in data["storyboards"]:
        for shot in board["shots"]:
            shot.pop("sketch", None)
    (tmp_path / "project.json").write_text(json.dumps(data), encoding="utf-8")
    project = load_project(tmp_path)
    assert all(shot.sketch is None for shot in project.storyboards[0].shots)


def test_damaged_strokes_say_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(SketchError, match="width"):
        SketchDocument.from_json('{"width": 0, "height": 10}')
    with pytest.raises(SketchError, match="cannot be read"):
        SketchDocument.from_json("not json")
    with pytest.raises(ValueError, match="points"):
        Stroke(tool=Tool.PEN, points=())
    assert Sketch(image="assets/a.png", strokes="assets/a.json").image == "assets/a.png"
