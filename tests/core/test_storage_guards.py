"""Files outside the project, odd files, bad input and two writers: what loading, assets,
recovery files and takes do with each (issue 12)."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from storyboard_app.compiler.validation import validate_project
from storyboard_app.storage.assets import MAX_PIXELS, AssetError, AssetStore, inspect_image
from storyboard_app.storage.bundle import (
    ProjectChangedOnDisk,
    ProjectLoadError,
    clean_leftovers,
    load_project,
    project_version,
    save_project,
)
from storyboard_app.storage.project_checks import MAX_FIELD_CHARS
from storyboard_app.storage.recovery import RecoveryStore, recovery_key
from storyboard_app.storage.takes import Take, TakeStore
from tests.conftest import DETECTIVE, ROOT, board, project_of, write_image

FIRST_FRAME = "assets/f33a6adec3ab7632.png"


def detective_with(tmp_path: Path, **shot_changes: object) -> Path:
    """A copy of the detective example whose first shot has these raw JSON values."""
    folder = tmp_path / "Det.storyboard"
    shutil.copytree(DETECTIVE, folder)
    data = json.loads((folder / "project.json").read_text(encoding="utf-8"))
    data["storyboards"][0]["shots"][0].update(shot_changes)
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def load_error(folder: Path) -> str:
    with pytest.raises(ProjectLoadError) as raised:
        load_project(folder)
    return str(raised.value)


# -- 10. files outside the project -------------------------------------------------------


@pytest.mark.parametrize("path", ["../private-photo.png", "/etc/passwd", "assets/../../x.png"])
def test_an_asset_path_leading_out_of_the_project_is_a_load_error(
    tmp_path: Path, path: str
) -> None:
    write_image(tmp_path / "private-photo.png", (640, 480))
    folder = detective_with(tmp_path, first_frame=path)
    message = load_error(folder)
    assert "storyboards[0].shots[0].first_frame" in message
    assert "outside the project folder" in message


def test_a_symlink_leading_out_of_the_project_is_a_load_error(tmp_path: Path) -> None:
    secret = write_image(tmp_path / "private-photo.png", (640, 480))
    folder = detective_with(tmp_path, first_frame="assets/link.png")
    (folder / "assets/link.png").symlink_to(secret)
    message = load_error(folder)
    assert "storyboards[0].shots[0].first_frame" in message
    assert "outside the project folder" in message
    # nor does a project made in memory read it
    project = project_of(board(3).evolve(shots=({"first_frame": "assets/link.png"},)))
    info = AssetStore(folder).inspect("assets/link.png")
    assert not info.readable
    assert "outside the project folder" in info.error
    problems = validate_project(project, AssetStore(folder))
    assert any("outside the project folder" in p.message for p in problems)
    with pytest.raises(AssetError, match="outside the project folder"):
        AssetStore(folder).read_bytes("assets/link.png")


def test_a_symlink_inside_the_project_is_fine(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, first_frame="assets/same.png")
    (folder / "assets/same.png").symlink_to(folder / FIRST_FRAME)
    assert load_project(folder).storyboards[0].shots[0].first_frame == "assets/same.png"


# -- 11. FIFOs and devices ---------------------------------------------------------------


def test_a_fifo_named_as_an_image_is_refused_without_hanging(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, first_frame="assets/pipe.png")
    os.mkfifo(folder / "assets/pipe.png")
    started = time.monotonic()
    message = load_error(folder)
    assert "storyboards[0].shots[0].first_frame" in message
    assert "not a regular file" in message
    info = inspect_image(folder / "assets/pipe.png", "assets/pipe.png")
    assert "not a regular file" in info.error
    with pytest.raises(AssetError, match="not a regular file"):
        AssetStore(folder).import_image(folder / "assets/pipe.png")
    assert time.monotonic() - started < 5


def test_a_device_named_as_an_image_is_refused(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, first_frame="assets/zero.png")
    (folder / "assets/zero.png").symlink_to("/dev/zero")
    message = load_error(folder)
    assert "outside the project folder" in message or "not a regular file" in message
    assert "not a regular file" in inspect_image(Path("/dev/zero")).error


def test_validate_compile_render_do_not_hang_on_a_fifo(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, first_frame="assets/pipe.png")
    os.mkfifo(folder / "assets/pipe.png")
    for args in (["validate"], ["compile"], ["render", "-o", str(tmp_path / "o.mp4")]):
        result = subprocess.run(
            [sys.executable, "-m", "storyboard_app", args[0], str(folder), *args[1:]],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1, args
        assert "not a regular file" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


# -- 12. bad JSON, clear words -----------------------------------------------------------


def write_project(tmp_path: Path, content: bytes) -> Path:
    folder = tmp_path / "Bad.storyboard"
    folder.mkdir(exist_ok=True)
    (folder / "project.json").write_bytes(content)
    return folder


@pytest.mark.parametrize("depth", [100, 2_000, 100_000])
def test_deeply_nested_json_is_a_message(tmp_path: Path, depth: int) -> None:
    folder = write_project(tmp_path, b'{"title": ' + b"[" * depth + b"]" * depth + b"}")
    assert "nested too deeply" in load_error(folder)


def test_a_5000_digit_number_is_a_message(tmp_path: Path) -> None:
    folder = write_project(tmp_path, b'{"schema_version": 1, "seed": ' + b"9" * 5000 + b"}")
    message = load_error(folder)
    assert "number" in message
    assert "too long" in message


def test_a_utf8_bom_is_accepted(tmp_path: Path) -> None:
    folder = detective_with(tmp_path)
    text = (folder / "project.json").read_bytes()
    (folder / "project.json").write_bytes(b"\xef\xbb\xbf" + text.replace(b"\n", b"\r\n"))
    assert load_project(folder).title == "Night City Detective"


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.5, 0.61, 0.77, 0.9, 0.99])
def test_a_file_cut_anywhere_says_it_is_truncated(tmp_path: Path, fraction: float) -> None:
    whole = (DETECTIVE / "project.json").read_bytes()
    folder = write_project(tmp_path, whole[: int(len(whole) * fraction)])
    message = load_error(folder)
    assert "is truncated" in message
    assert "Unterminated" not in message


def test_a_validation_error_is_not_followed_by_a_spurious_line(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, duration=-2)
    message = load_error(folder)
    assert "storyboards[0].shots[0].duration" in message
    assert "at least 1 item" not in message
    assert len(message.splitlines()) == 2


def test_a_nan_duration_says_not_a_number(tmp_path: Path) -> None:
    folder = detective_with(tmp_path)
    text = (folder / "project.json").read_text()
    (folder / "project.json").write_text(text.replace('"duration": 3.0', '"duration": NaN', 1))
    message = load_error(folder)
    assert "storyboards[0].shots[0].duration: not a number" in message


# -- 13, 14. damaged images and decode bombs -----------------------------------------------


def truncated_jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    Image.effect_noise((1200, 800), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def test_a_truncated_jpeg_fails_validation_naming_file_and_shot(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, first_frame="assets/cut.jpg")
    truncated_jpeg(folder / "assets/cut.jpg")
    project = load_project(folder)
    problems = [p for p in validate_project(project, AssetStore(folder)) if p.is_error]
    assert any(
        p.path == "storyboards[0].shots[0].first_frame" and "truncated" in p.message
        for p in problems
    ), problems


def test_a_refused_import_leaves_nothing_in_assets(tmp_path: Path) -> None:
    store = AssetStore(tmp_path / "P.storyboard")
    with pytest.raises(AssetError, match="truncated"):
        store.import_image(truncated_jpeg(tmp_path / "cut.jpg"))
    assets = tmp_path / "P.storyboard/assets"
    assert not assets.exists() or list(assets.iterdir()) == []


def test_a_decode_bomb_is_refused_by_its_pixel_count(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (10900, 10900)).save(bomb)  # a few hundred KB of file
    assert bomb.stat().st_size < 2_000_000
    info = inspect_image(bomb)
    assert not info.readable
    assert "10900×10900" in info.error
    assert f"{MAX_PIXELS // 1_000_000} megapixels" in info.error
    with pytest.raises(AssetError, match="megapixels"):
        AssetStore(tmp_path / "P.storyboard").import_image(bomb)


# -- 15. absurd sizes ----------------------------------------------------------------------


def test_a_huge_field_is_refused_at_load_naming_it(tmp_path: Path) -> None:
    folder = detective_with(tmp_path, action="x" * (MAX_FIELD_CHARS + 1))
    message = load_error(folder)
    assert "storyboards[0].shots[0].action" in message
    assert f"{MAX_FIELD_CHARS:,}" in message


def test_a_huge_project_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    folder = write_project(tmp_path, b"{}")
    with (folder / "project.json").open("r+b") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk used
    message = load_error(folder)
    assert "200 MB" in message or "too large" in message


# -- 16. leftovers of killed saves -----------------------------------------------------


def test_temporaries_of_killed_saves_are_cleaned_up(tmp_path: Path) -> None:
    folder = tmp_path / "P.storyboard"
    save_project(folder, project_of(board(3)))
    script = (
        "import os, sys, time\n"
        "from storyboard_app.storage import bundle\n"
        "real = os.replace\n"
        "def hang(*a):\n    print('writing', flush=True); time.sleep(60)\n"
        "os.replace = hang\n"
        "bundle.atomic_write_text(__import__('pathlib').Path(sys.argv[1]), 'x' * 100000)\n"
    )
    for _ in range(3):
        with subprocess.Popen(
            [sys.executable, "-c", script, str(folder / "project.json")],
            cwd=ROOT, stdout=subprocess.PIPE, text=True,
        ) as writer:  # fmt: skip
            assert writer.stdout is not None
            assert writer.stdout.readline() == "writing\n"
            writer.send_signal(signal.SIGKILL)
    left = list(folder.glob(".project.json.*.tmp"))
    assert len(left) == 3
    # a save in progress elsewhere is left alone
    with subprocess.Popen(
        [sys.executable, "-c", script, str(folder / "project.json")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    ) as live:  # fmt: skip
        assert live.stdout is not None
        assert live.stdout.readline() == "writing\n"
        assert clean_leftovers(folder) == 3
        assert len(list(folder.glob(".project.json.*.tmp"))) == 1
        live.send_signal(signal.SIGKILL)
    assert load_project(folder).storyboards[0].total_duration == 3


def test_recovery_temporaries_are_cleaned_at_start(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    store.folder.mkdir()
    (store.folder / ".abc.json.x1y2.tmp").write_bytes(b"x" * 1000)
    assert store.pending() == []
    assert list(store.folder.iterdir()) == []


# -- 9. two writers ------------------------------------------------------------------------


def test_a_save_over_a_newer_save_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "P.storyboard"
    save_project(folder, project_of(board(3), title="Start"))
    seen_by_a = seen_by_b = project_version(folder)
    seen_by_a = save_project(folder, project_of(board(3), title="A's edit"), seen_by_a)
    with pytest.raises(ProjectChangedOnDisk, match="changed on disk"):
        save_project(folder, project_of(board(3), title="B's edit"), seen_by_b)
    assert load_project(folder).title == "A's edit"
    save_project(folder, project_of(board(3), title="B's edit"))  # B was asked and said yes
    assert load_project(folder).title == "B's edit"
    assert seen_by_a != project_version(folder)


def test_recovery_files_are_per_window_and_a_live_one_is_not_offered(tmp_path: Path) -> None:
    folder = tmp_path / "P.storyboard"
    a, b = recovery_key(folder, "window-a"), recovery_key(folder, "window-b")
    assert a != b
    store = RecoveryStore(tmp_path / "recovery")
    store.write(a, folder, project_of(board(3), title="A"))
    store.write(b, folder, project_of(board(3), title="B"))
    store.discard(b)  # window B closes
    assert (store.folder / f"{a}.json").exists()
    another_process = RecoveryStore(tmp_path / "recovery")
    assert another_process.pending() == []  # A is alive: its file is not offered, nor deleted
    assert (store.folder / f"{a}.json").exists()


def test_a_recovery_file_of_a_dead_process_is_offered(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from storyboard_app.storage.recovery import RecoveryStore\n"
        "from tests.conftest import board, project_of\n"
        "RecoveryStore(Path(sys.argv[1])).write('k1', None, project_of(board(3), title='X'))\n"
        "print('written', flush=True); time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "recovery")],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    ) as writer:  # fmt: skip
        assert writer.stdout is not None
        assert writer.stdout.readline() == "written\n"
        assert RecoveryStore(tmp_path / "recovery").pending() == []
        writer.send_signal(signal.SIGKILL)
    store = RecoveryStore(tmp_path / "recovery")
    [found] = store.pending()
    assert found.project.title == "X"
    store.discard(found.key)  # restored or declined
    assert list(store.folder.iterdir()) == []


def take(number: int) -> Take:
    return Take(
        id=f"take-{number}", storyboard_id="b", storyboard_name="B", video=f"renders/{number}.mp4",
        provider="kling", mode="std", created_at=float(number), requested_duration=3.0,
    )  # fmt: skip


def test_two_take_stores_on_one_folder_keep_every_take(tmp_path: Path) -> None:
    first, second = TakeStore(tmp_path), TakeStore(tmp_path)  # two processes' views
    assert first.add(take(1))
    assert second.add(take(2))
    assert {t.id for t in TakeStore(tmp_path).takes()} == {"take-1", "take-2"}
    assert {t.id for t in first.takes()} == {"take-1", "take-2"}


def test_many_processes_adding_takes_keep_them_all(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from storyboard_app.storage.takes import TakeStore\n"
        "from tests.core.test_storage_guards import take\n"
        "store = TakeStore(Path(sys.argv[1]))\n"
        "for n in range(int(sys.argv[2]), int(sys.argv[2]) + 10):\n    store.add(take(n))\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(start)], cwd=ROOT)
        for start in (0, 100, 200)
    ]
    for writer in writers:
        assert writer.wait(timeout=60) == 0
    assert len(TakeStore(tmp_path).takes()) == 30


# -- the commands, as a person runs them ---------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    from storyboard_app.main import main

    code = main(list(args))
    return code, capsys.readouterr().err


BAD_FILES = {
    "nested": b'{"title": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "digits": b'{"schema_version": 1, "seed": ' + b"9" * 5000 + b"}",
    "cut": (DETECTIVE / "project.json").read_bytes()[:900],
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
@pytest.mark.parametrize(
    "command", [["validate"], ["compile"], ["render", "-o", "x.mp4"], ["export", "--format",
                "csv", "-o", "x.csv"], ["export", "--format", "zip", "-o", "x.zip"]],
    ids=lambda c: "-".join(c[:3:2]),
)  # fmt: skip
def test_every_command_gives_a_message_for_a_bad_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, command: list[str]
) -> None:
    folder = write_project(tmp_path, BAD_FILES[kind])
    code, err = cli(capsys, command[0], str(folder), *command[1:])
    assert code == 1
    assert f"storyboard-app {command[0]}: " in err
    assert len(err.strip().splitlines()) <= 2, err
    assert not (tmp_path / "x.zip").exists()


def test_a_project_naming_a_file_outside_is_neither_packed_nor_sent(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_image(tmp_path / "private-photo.png", (640, 480))
    folder = detective_with(tmp_path, first_frame="../private-photo.png")
    code, err = cli(capsys, "export", str(folder), "--format", "zip", "-o", str(tmp_path / "p.zip"))
    assert code == 1
    assert "outside the project folder" in err
    assert not (tmp_path / "p.zip").exists()
    monkeypatch.setenv("STORYBOARD_APP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KLING_ACCESS_KEY", "ak")
    monkeypatch.setenv("KLING_SECRET_KEY", "sk")
    monkeypatch.setenv("KLING_BASE_URL", "http://127.0.0.1:9")  # nothing may be sent anyway
    code, err = cli(capsys, "submit", str(folder), "--wait")
    assert code == 1
    assert "outside the project folder" in err
    assert not (tmp_path / "home/data/jobs.sqlite3").exists() or "job-" not in err


def test_render_names_the_file_and_shot_of_a_truncated_jpeg(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = detective_with(tmp_path, first_frame="assets/cut.jpg")
    truncated_jpeg(folder / "assets/cut.jpg")
    code, err = cli(capsys, "render", str(folder), "-o", str(tmp_path / "o.mp4"))
    assert code == 1
    assert "assets/cut.jpg" in err
    assert "truncated" in err
    assert "hot 1" in err  # "Shot 1" / "shot 1"
