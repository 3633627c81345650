"""The packaged app (issue 18): built from this checkout, unpacked elsewhere, used as people do.

Slow (the build takes a few minutes), so it runs as its own step of ``./run tests`` with
``STORYBOARD_APP_PACKAGE_TESTS=1`` (after the rest of the suite, and only when no pytest
arguments were given); otherwise it is skipped with that reason. The fixture builds the
package with ``packaging/build.py`` (what ``./run package`` runs), unpacks the tarball in a
temporary folder and runs the binary there with a bare environment: no virtual env, no
PYTHONPATH, nothing of the checkout on the PATH. A developer rerunning these tests can set
``STORYBOARD_APP_PACKAGE_REUSE=1`` to test the archive already in ``dist/``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image

from storyboard_app import __version__
from tests.conftest import COFFEE, DETECTIVE, ROOT
from tests.core.test_kling import make_video
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("STORYBOARD_APP_PACKAGE_TESTS") != "1",
        reason="the packaged-app tests run in ./run tests's own package step (slow: builds it)",
    ),
    pytest.mark.timeout(1800),  # the first test waits for the build
]
SCRIPTS = ROOT / "tests" / "scripts"


def _machine() -> str:
    return os.uname().machine


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The package, built now and unpacked: the folder holding the ``storyboard-app`` binary."""
    if os.environ.get("STORYBOARD_APP_PACKAGE_REUSE") != "1":  # reuse: a developer's rerun
        started = time.monotonic()
        build = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py")],
            cwd=ROOT, capture_output=True, text=True, timeout=1800,
        )  # fmt: skip
        assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
        sys.stderr.write(f"package built in {time.monotonic() - started:.0f} s\n{build.stdout}")
    archive = ROOT / "dist" / f"storyboard-app-{__version__}-linux-{_machine()}.tar.gz"
    assert archive.is_file()
    place = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(place, filter="tar")
    yield place / archive.name.removesuffix(".tar.gz")
    shutil.rmtree(place, ignore_errors=True)


def _env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program: no venv, no PYTHONPATH, the system PATH."""
    keep = ("HOME", "LANG", "LC_ALL", "TMPDIR", "SSL_CERT_FILE", "SSL_CERT_DIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(PATH="/usr/local/bin:/usr/bin:/bin", STORYBOARD_APP_HOME=str(home))
    env.update(extra)
    return env


def _run(
    folder: Path, *args: str, home: Path, timeout: float = 300, **extra: str
) -> subprocess.CompletedProcess[str]:
    env = _env(home, QT_QPA_PLATFORM="offscreen", **extra)
    return subprocess.run(
        [str(folder / "storyboard-app"), *args],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
    )  # fmt: skip


def test_the_archive_is_named_with_its_version_and_holds_the_desktop_files(
    unpacked: Path,
) -> None:
    for name in ("storyboard-app", "launcher.sh", "install.sh", "uninstall.sh"):
        assert os.access(unpacked / name, os.X_OK), name
    desktop = (unpacked / "storyboard-app.desktop").read_text(encoding="utf-8")
    checked = subprocess.run(["desktop-file-validate", str(unpacked / "storyboard-app.desktop")],
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "\nName=Storyboard\n" in desktop
    assert "\nIcon=storyboard-app\n" in desktop
    mime_types = next(line for line in desktop.splitlines() if line.startswith("MimeType="))
    for kind in (
        "application/x-storyboard-project",
        "text/x-fountain",
        "application/x-final-draft",
    ):
        assert kind in mime_types
    mime = (unpacked / "storyboard-app-mime.xml").read_text(encoding="utf-8")
    for glob in ("*.storyboard", "*.fountain", "*.fdx"):
        assert f'<glob pattern="{glob}"/>' in mime
    assert (unpacked / "storyboard-app.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "app.svg"
    ).read_bytes()


def test_the_readme_and_the_examples_are_at_the_top_of_the_folder(
    unpacked: Path, tmp_path: Path
) -> None:
    """The README's command-line examples name ``examples/…``: they work from the folder."""
    link = unpacked / "examples"
    assert link.is_symlink()
    assert link.resolve() == (unpacked / "_internal" / "examples").resolve()
    assert (link / "Night City Detective.storyboard" / "project.json").is_file()
    readme = (unpacked / "README.txt").read_text(encoding="utf-8")
    for words in (
        "./install.sh",
        "./uninstall.sh",
        "New from Example",
        "~/.config/storyboard-app",
        "~/.local/share/storyboard-app",
        'examples/Night City Detective.storyboard"',
    ):
        assert words in readme, words  # fmt: skip
    result = subprocess.run(
        [str(unpacked / "storyboard-app"), "validate", "examples/Night City Detective.storyboard"],
        cwd=unpacked, capture_output=True, text=True, timeout=120, check=False,
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_resource_and_example_is_in_the_package(unpacked: Path) -> None:
    """Icons today; translations and fonts when they land under resources/."""
    for top in ("resources", "examples"):
        for file in (ROOT / top).rglob("*"):
            if file.is_file():
                packed = unpacked / "_internal" / file.relative_to(ROOT)
                assert packed.read_bytes() == file.read_bytes(), packed


def test_the_translations_are_in_the_package_and_used(unpacked: Path, tmp_path: Path) -> None:
    """The core's catalogues (problems, costs, the command line) and Qt's own (file dialogs,
    standard buttons): without them a Chinese window showed its problems in English."""
    internal = unpacked / "_internal"
    for language in ("zh_CN", "zh_TW"):
        packed = internal / "storyboard_app" / "locale" / f"{language}.po"
        assert (
            packed.read_bytes() == (ROOT / "storyboard_app" / "locale" / packed.name).read_bytes()
        )
        assert (internal / "PySide6" / "Qt" / "translations" / f"qtbase_{language}.qm").is_file()
    empty = tmp_path / "Empty"
    assert _run(unpacked, "new", str(empty), home=tmp_path).returncode == 0
    result = _run(unpacked, "validate", f"{empty}.storyboard", home=tmp_path, LANG="zh_CN.UTF-8")
    assert "镜头 1" in result.stdout, result.stdout + result.stderr  # the problem, in Chinese
    assert "个警告" in result.stderr, result.stderr  # and the count


def test_version_from_the_packaged_binary(unpacked: Path, tmp_path: Path) -> None:
    result = _run(unpacked, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"storyboard-app {__version__}"


def test_the_window_opens_on_the_example_under_xvfb(unpacked: Path, tmp_path: Path) -> None:
    """A real X server (Xvfb) and Qt's xcb platform plugin, as on a desktop."""
    shot = tmp_path / "window.png"
    env = _env(tmp_path / "home")  # no QT_QPA_PLATFORM: the packaged xcb plugin is used
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", str(unpacked / "storyboard-app"),
         "open", str(COFFEE), "--screenshot", str(shot), "--size", "1600x1000"],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Image.open(shot) as image:
        assert image.size == (1600, 1000)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None
    assert len(colours) > 200  # the editor with its pictures, not a blank or start window


def test_a_previs_rendered_by_the_packaged_cli_has_video_and_spoken_audio(
    unpacked: Path, tmp_path: Path
) -> None:
    video = tmp_path / "detective.mp4"
    result = _run(unpacked, "render", str(DETECTIVE), "-o", str(video), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "1 spoken line)" in result.stderr
    with av.open(str(video)) as container:
        picture = container.streams.video[0]
        sound = container.streams.audio[0]
        assert picture.codec_context.name == "h264"
        assert (picture.width, picture.height) == (1280, 720)
        assert sound.codec_context.name == "aac"
        assert container.duration is not None
        assert abs(container.duration / av.time_base - 12.0) < 0.1
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 288
    with av.open(str(video)) as container:
        samples = [np.abs(frame.to_ndarray()).max() for frame in container.decode(audio=0)]
    loudest = float(max(samples))
    assert loudest > 0.05  # espeak-ng's voice, not a silent track


def test_the_packaged_check_plays_video_with_qtmultimedia(unpacked: Path, tmp_path: Path) -> None:
    """QtMultimedia's FFmpeg plugin is the part freezers commonly lose."""
    result = _run(unpacked, "check", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "video playback (QtMultimedia): ok: QMediaPlayer showed" in result.stdout
    assert "with its audio track" in result.stdout
    assert "HTTPS certificates: ok" in result.stdout


def test_every_cli_command_works_from_the_packaged_binary(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"

    def ok(*args: str) -> subprocess.CompletedProcess[str]:
        result = _run(unpacked, *args, home=home)
        assert result.returncode == 0, f"{args}: {result.stderr}"
        return result

    assert "no problems" in ok("validate", str(DETECTIVE)).stderr
    payload = json.loads(ok("compile", str(COFFEE), "--storyboard", "2").stdout)
    assert payload["guidances"]
    request = json.loads(ok("compile", str(DETECTIVE), "--format", "kling").stdout)
    assert request["endpoint"] == "/v1/videos/image2video"
    assert request["body"]["model_name"] == "kling-v3"
    exports = {"csv": "csv", "otio": "otio", "fcp7xml": "xml", "fcpxml": "fcpxml", "edl": "edl",
               "zip": "zip", "pdf": "pdf"}  # fmt: skip
    for kind, suffix in exports.items():
        target = tmp_path / f"export.{suffix}"
        ok("export", str(COFFEE), "--format", kind, "-o", str(target))
        assert target.stat().st_size > 100, kind
    with (tmp_path / "export.csv").open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.reader(file))) > 5
    assert (tmp_path / "export.pdf").read_bytes().startswith(b"%PDF")
    edl = (tmp_path / "export.edl").read_bytes()
    assert edl.startswith(b"TITLE: Aurora Espresso Advert")
    assert b"* LOC: " in edl  # the shots' markers, through the CMX 3600 adapter
    for script in ("edge-cases.fountain", "edge-cases.fdx"):
        target = tmp_path / f"{script}.storyboard"
        ok("import-script", str(SCRIPTS / script), "-o", str(target))
        assert (target / "project.json").is_file()
    ok("new", str(tmp_path / "Blank"))
    assert (tmp_path / "Blank.storyboard" / "project.json").is_file()
    ok("jobs", "--all")


def test_the_packaged_cli_submits_to_kling_and_downloads_the_render(
    unpacked: Path, tmp_path: Path
) -> None:
    """httpx, the JWT signing and the job database, frozen, against the fake service."""
    with FakeKling(make_video(3.0), 3.0, processing_queries=2) as fake:
        result = _run(
            unpacked, "submit", str(DETECTIVE), "--wait", "--output", str(tmp_path / "out"),
            home=tmp_path / "home", KLING_ACCESS_KEY=ACCESS_KEY, KLING_SECRET_KEY=SECRET_KEY,
            KLING_BASE_URL=fake.base_url, STORYBOARD_APP_POLL="0.02,0.05",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        videos = [Path(line) for line in result.stdout.splitlines() if line.endswith(".mp4")]
        assert len(videos) == 1
        assert videos[0].read_bytes() == fake.state.video
        assert len(fake.state.tasks) == 1


def test_the_launcher_imports_a_screenplay_beside_it_and_opens_the_project(
    unpacked: Path, tmp_path: Path
) -> None:
    """What the menu entry does with a .fountain file opened from the file manager."""
    script = tmp_path / "Night Shift.fountain"
    shutil.copy2(SCRIPTS / "edge-cases.fountain", script)
    report = tmp_path / "first-paint.json"
    env = _env(tmp_path / "home", QT_QPA_PLATFORM="offscreen",
               STORYBOARD_APP_FIRST_PAINT=str(report))  # fmt: skip
    result = subprocess.run([str(unpacked / "launcher.sh"), str(script)], env=env,
                            capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "Night Shift.storyboard" / "project.json").is_file()
    opened = json.loads(report.read_text(encoding="utf-8"))
    assert "storyboard_app.ui.main_window" in opened["editor_paint"]["modules"]


def test_install_puts_the_app_in_the_menu_and_uninstall_takes_it_out(
    unpacked: Path, tmp_path: Path
) -> None:
    home = tmp_path / "user"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    installed = subprocess.run([str(unpacked / "install.sh")], env=env, capture_output=True,
                               text=True, timeout=60, check=False)  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    entry = home / ".local/share/applications/storyboard-app.desktop"
    assert f'Exec="{unpacked}/launcher.sh" %f' in entry.read_text(encoding="utf-8")
    assert (home / ".local/share/icons/hicolor/scalable/apps/storyboard-app.svg").is_file()
    assert (home / ".local/share/mime/packages/storyboard-app.xml").is_file()
    command = home / ".local/bin/storyboard-app"
    version = subprocess.run([str(command), "--version"], env=env, capture_output=True,
                             text=True, timeout=60, check=False)  # fmt: skip
    assert version.stdout.strip() == f"storyboard-app {__version__}"
    removed = subprocess.run([str(unpacked / "uninstall.sh")], env=env, capture_output=True,
                             text=True, timeout=60, check=False)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not command.exists()
    assert ".local/share/storyboard-app" in removed.stdout  # says what it kept, and where
    assert ".config/QtProject.conf" in removed.stdout  # and what Qt itself leaves
    assert "qtshadercache-" in removed.stdout
