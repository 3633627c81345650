"""The command line, run as a user runs it: arguments in, exit code and text out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from storyboard_app.main import main
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, ROOT, write_image


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse usage errors, --help, --version
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_a_good_project(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", str(DETECTIVE))
    assert (code, out) == (0, "")
    assert err.strip().endswith("no problems")


def test_validate_prints_each_problem_and_fails(
    capsys: pytest.CaptureFixture[str], example_copy: Callable[[Path], Path]
) -> None:
    folder = example_copy(DETECTIVE)
    data = json.loads((folder / "project.json").read_text())
    data["storyboards"][0]["shots"][1]["duration"] = 9  # 3 + 9 + 4 = 16 s
    (folder / "project.json").write_text(json.dumps(data))
    for asset in (folder / "assets").iterdir():
        asset.unlink()
    before = (folder / "project.json").read_bytes()
    code, out, err = run(capsys, "validate", str(folder))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "storyboards[0].shots: error: Storyboard “Alley” lasts 16 s; kling-v3 renders 3–15 s."
        " Hint: Shorten the shots by 1 s in all, or move a shot to another storyboard."
    )
    assert lines[1].startswith("storyboards[0].shots[0].first_frame: error: assets/")
    assert "is missing from the project folder" in lines[1]
    assert "2 errors, 0 warnings" in err
    assert (folder / "project.json").read_bytes() == before


def test_compile_prints_the_guidances_payload(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compile", str(COFFEE), "--storyboard", "Brand moment")
    assert code == 0
    payload = json.loads(out)
    assert payload["storyboard"] == "Brand moment"
    assert payload["total_duration"] == 15
    assert "Estimated cost: 15 s × 1.2 u/s = 18 units ≈ $2.52 (kling-v3, pro, audio)" in err


def test_compile_writes_the_kling_request_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "request.json"
    code, out, err = run(
        capsys, "compile", str(DETECTIVE), "--format", "kling", "-o", str(out_file)
    )
    assert (code, out) == (0, "")
    request = json.loads(out_file.read_text())
    assert request["endpoint"] == "/v1/videos/image2video"
    assert request["body"]["image"].startswith("<image assets/")
    assert f"Wrote {out_file}" in err


def test_compile_refuses_an_invalid_board_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(DETECTIVE)
    gif = write_image(tmp_path / "x.gif", (400, 400), "GIF")
    target = next(p for p in (folder / "assets").iterdir() if p.suffix == ".png")
    target.write_bytes(gif.read_bytes())
    out_file = tmp_path / "never.json"
    code, _out, err = run(capsys, "compile", str(folder), "-o", str(out_file))
    assert code == 1
    assert "is a GIF image; kling-v3 takes JPEG or PNG" in err
    assert "Not compiled: 1 error, 0 warnings." in err
    assert not out_file.exists()


def test_unknown_storyboard_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "compile", str(COFFEE), "--storyboard", "7")
    assert code == 2
    assert "no storyboard “7”; this project has: 1 “Morning ritual”, 2 “Brand moment”" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "compile")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "compile", str(COFFEE), "--format", "yaml")[0] == 2


def test_corrupt_project_exits_1_with_the_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "Broken.storyboard"
    folder.mkdir()
    (folder / "project.json").write_text('{"title": "x", "storyboards": [')
    code, out, err = run(capsys, "validate", str(folder))
    assert (code, out) == (1, "")
    assert "is truncated: it ends in the middle (line 1)" in err


def test_new_creates_a_project_that_validates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "new", str(tmp_path / "Pilot"), "--title", "Pilot episode")
    assert code == 0
    folder = tmp_path / "Pilot.storyboard"
    assert f"Created {folder}" in err
    project = load_project(folder)
    assert project.title == "Pilot episode"
    assert run(capsys, "new", str(folder))[0] == 1  # never overwrites


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("validate", "compile", "new", "open"):
        code, out, _ = run(capsys, command, "--help")
        assert code == 0
        assert "usage: storyboard-app " + command in out
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("storyboard-app ")


def test_the_installed_command_runs() -> None:
    command = Path(sys.executable).parent / "storyboard-app"
    result = subprocess.run(
        [str(command), "validate", str(DETECTIVE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "no problems" in result.stderr


def test_render_writes_a_complete_video(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "brand.mp4"
    code, stdout, err = run(
        capsys, "render", str(COFFEE), "--storyboard", "Brand moment", "-o", str(out)
    )
    assert code == 0, err
    assert stdout == ""
    assert "Rendering “Brand moment”: 100%" in err
    assert f"Wrote {out} (15 s, 1280×720, 360 frames, 1 spoken line)" in err  # its one line
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brand.mp4"]


def test_render_stops_on_missing_pictures_unless_title_cards(
    capsys: pytest.CaptureFixture[str], example_copy: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = example_copy(DETECTIVE)
    for asset in (folder / "assets").iterdir():
        asset.unlink()
    out = tmp_path / "out.mp4"
    code, _, err = run(capsys, "render", str(folder), "-o", str(out))
    assert code == 1
    assert "Shot 1: assets/" in err
    assert "is missing" in err
    assert "--title-cards" in err
    assert not out.exists()
    code, _, err = run(capsys, "render", str(folder), "-o", str(out), "--title-cards")
    assert code == 0, err
    assert "Blocking frame instead of Shot 1" in err
    assert out.is_file()
