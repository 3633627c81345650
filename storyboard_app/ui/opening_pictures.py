"""The pictures the editor shows when it opens, decoded before its first paint.

Thumbnails are decoded on worker threads and drawn when they arrive. For a window that
opens on a project that would make its first frame show plain blocks where the shots'
pictures belong, filled in a moment later. So the app starts decoding the opening
storyboard's pictures as soon as the project has loaded (the workers decode them while
the editor is being built) and, just before the editor's first paint, takes in the ones
that are done and waits for the rest, at most :data:`WAIT_MS`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from storyboard_app.domain.models import Character, Shot
from storyboard_app.ui.document import ProjectDocument
from storyboard_app.ui.thumbnails import ThumbnailCache

WAIT_MS = 400
"""Longest the first paint waits for a picture still being decoded (a huge PNG)."""


def _shown_paths(shots: Iterable[Shot], characters: Iterable[Character]) -> list[str]:
    """Asset paths of the pictures the editor shows for a storyboard with its first shot
    selected: each shot's picture (or its cast's first picture), the first shot's frames
    and references."""
    by_name = {character.name.casefold(): character for character in characters}
    paths: list[str] = []
    for number, shot in enumerate(shots):
        own = shot.picture()
        if own:
            paths.append(own)
        else:
            cast = (by_name.get(name.casefold()) for name in shot.cast())
            paths.extend(next((c.references[:1] for c in cast if c and c.references), ()))
        if number == 0:
            frames = (shot.first_frame, shot.last_frame)
            paths.extend(path for path in frames if path)
            paths.extend(reference.image for reference in shot.references)
    return list(dict.fromkeys(paths))


def start_decoding(thumbnails: ThumbnailCache, document: ProjectDocument) -> list[Path]:
    """Start decoding the opening storyboard's pictures; the files asked for."""
    folder, project = document.asset_root, document.project
    if folder is None or not project.storyboards:
        return []
    paths = _shown_paths(project.storyboards[0].shots, project.characters)
    files = [folder / path for path in paths if (folder / path).is_file()]
    for file in files:
        thumbnails.get(file)
    return files


def take_decoded(thumbnails: ThumbnailCache, files: Iterable[Path], wait_ms: int = WAIT_MS) -> None:
    """Put the decoded thumbnails of ``files`` in the cache now, waiting for those still
    being decoded (at most ``wait_ms``). Only the workers' results are delivered here:
    nothing is painted."""
    deadline = time.monotonic() + wait_ms / 1000
    files = list(files)
    if not files:
        return
    while True:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # finished decodes
        if not any(thumbnails.pending(file) for file in files) or time.monotonic() > deadline:
            return
        time.sleep(0.002)  # the workers need the interpreter too
