"""Build the self-contained Linux app: ``./run package`` (which sets up the tools first).

1. PyInstaller freezes the app into one folder, ``build/package/storyboard-app/``: the
   ``storyboard-app`` binary, Python, Qt (with QtMultimedia's FFmpeg plugin), PyAV and
   everything under ``resources/`` and ``examples/`` (see ``storyboard-app.spec``).
2. Beside the binary: ``launcher.sh`` (what the menu entry runs), the ``.desktop`` entry,
   the icon, the MIME types, ``install.sh``, ``uninstall.sh``, ``README.txt`` (install,
   open, where files live, uninstall) and ``examples``, a link to the bundled examples in
   ``_internal`` (so the README's command-line examples work from the unpacked folder).
3. The folder is packed as ``dist/storyboard-app-VERSION-linux-ARCH.tar.gz``.

No AppImage: appimagetool and its runtime are not in the package registries this project can
use (PyPI, Debian); the tarball holds the same folder an AppImage would.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
FOLDER = BUILD / "package" / "storyboard-app"
DIST = ROOT / "dist"
BESIDE_THE_BINARY = (
    ("launcher.sh", "launcher.sh"),
    ("install.sh", "install.sh"),
    ("uninstall.sh", "uninstall.sh"),
    ("storyboard-app.desktop", "storyboard-app.desktop"),
    ("storyboard-app-mime.xml", "storyboard-app-mime.xml"),
    ("README.txt", "README.txt"),
)


def version() -> str:
    """The app's version, as the installed package (pyproject.toml) gives it."""
    from storyboard_app import __version__

    return __version__


def freeze() -> None:
    """Run PyInstaller on the spec into ``build/package``."""
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
            "--log-level", "WARN",
            "--distpath", str(FOLDER.parent),
            "--workpath", str(BUILD / "pyinstaller"),
            str(PACKAGING / "storyboard-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip


def add_desktop_files() -> None:
    """The launcher, desktop entry, icon, MIME types and (un)install scripts."""
    for source, target in BESIDE_THE_BINARY:
        shutil.copy2(PACKAGING / source, FOLDER / target)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg", FOLDER / "storyboard-app.svg")
    examples = FOLDER / "examples"
    if examples.is_symlink() or examples.exists():
        examples.unlink()
    examples.symlink_to(Path("_internal") / "examples", target_is_directory=True)


def pack(name: str) -> Path:
    """The folder as ``dist/NAME.tar.gz``, under a top folder ``NAME/``."""
    DIST.mkdir(exist_ok=True)
    archive = DIST / f"{name}.tar.gz"
    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        tar.add(FOLDER, arcname=name)
    partial.replace(archive)
    return archive


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    """Build, pack, and print what was made, how big, and how long it took."""
    started = time.monotonic()
    name = f"storyboard-app-{version()}-linux-{platform.machine()}"
    freeze()
    add_desktop_files()
    frozen = time.monotonic()
    archive = pack(name)
    done = time.monotonic()
    megabytes = 1024 * 1024
    print(f"Folder:  {FOLDER} ({folder_size(FOLDER) / megabytes:.0f} MB)")
    print(f"Archive: {archive} ({archive.stat().st_size / megabytes:.0f} MB)")
    print(f"Took {done - started:.0f} s (freezing {frozen - started:.0f} s, packing "
          f"{done - frozen:.0f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
