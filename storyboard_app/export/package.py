"""A zip of the project to share: project file, assets (with their original names), takes
list and active takes."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from storyboard_app.domain.models import Project
from storyboard_app.storage.asset_names import NAMES_FILE
from storyboard_app.storage.bundle import PROJECT_FILE, RENDERS_DIR
from storyboard_app.storage.takes import TAKES_FILE, TakeStore


def package_files(project: Project, folder: Path) -> list[str]:
    """The files the package holds, as paths inside the project folder."""
    files = [PROJECT_FILE, *project.asset_paths(), NAMES_FILE]
    takes = TakeStore(folder)
    if takes.file.exists():
        files.append(f"{RENDERS_DIR}/{TAKES_FILE}")
    for board in project.storyboards:
        take = takes.active(board.id)
        if take is not None and (folder / take.video).exists():
            files.append(take.video)
    return list(dict.fromkeys(f for f in files if (folder / f).is_file()))


def write_package(project: Project, folder: Path, file: Path) -> list[str]:
    """Zip the project under its folder's name; returns what went in."""
    files = package_files(project, folder)
    temporary = file.with_name(file.name + ".part")
    file.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in files:
            # video is already compressed; storing it saves time and nothing else
            kind = zipfile.ZIP_STORED if name.endswith(".mp4") else zipfile.ZIP_DEFLATED
            archive.write(folder / name, f"{folder.name}/{name}", compress_type=kind)
    os.replace(temporary, file)
    return files
