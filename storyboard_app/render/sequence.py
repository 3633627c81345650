"""A project as a sequence: its storyboards' active takes one after another, and chaining."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyboard_app.domain.models import Project
from storyboard_app.i18n import _
from storyboard_app.render.frames import clean_frame, video_duration
from storyboard_app.render.join import join_videos
from storyboard_app.storage.takes import TakeStore


@dataclass(frozen=True)
class SequencePart:
    """One storyboard's place in the sequence."""

    storyboard_id: str
    name: str
    video: Path
    start: float
    duration: float
    shot_starts: tuple[float, ...] = ()
    """Where each shot starts within the part's own video."""


def playing_at(parts: list[SequencePart], seconds: float) -> tuple[int, int] | None:
    """Which part, and which shot of it, plays ``seconds`` into the sequence."""
    if not parts:
        return None
    here = max((i for i, p in enumerate(parts) if p.start <= seconds + 1e-6), default=0)
    local = seconds - parts[here].start
    starts = parts[here].shot_starts
    shot = max((i for i, start in enumerate(starts) if start <= local + 1e-6), default=0)
    return here, shot


def sequence_parts(project: Project, folder: Path) -> tuple[list[SequencePart], list[str]]:
    """The active takes in storyboard order, and the storyboards that have none."""
    takes = TakeStore(folder)
    parts: list[SequencePart] = []
    missing: list[str] = []
    start = 0.0
    for board in project.storyboards:
        take = takes.active(board.id)
        video = folder / take.video if take else None
        if video is None or not video.exists():
            missing.append(board.name)
            continue
        seconds = video_duration(video)
        guidances = take.payload.get("guidances") if take and take.payload else None
        shots = (
            tuple(float(g["start"]) for g in guidances)
            if isinstance(guidances, list)
            else board.shot_starts()
        )
        parts.append(SequencePart(board.id, board.name, video, start, seconds, shots))
        start += seconds
    return parts, missing


def export_sequence(project: Project, folder: Path, output: Path) -> list[SequencePart]:
    """Write the whole sequence as one MP4; raises ValueError if a storyboard has no take."""
    parts, missing = sequence_parts(project, folder)
    if missing:
        raise ValueError(_("no active take yet for: {names}").format(names=_(", ").join(missing)))
    join_videos([part.video for part in parts], output)
    return parts


def chain_frame(project: Project, folder: Path, board_index: int, target: Path) -> Path:
    """Save the last frame of storyboard ``board_index``'s active take as a PNG at ``target``.

    It becomes the next storyboard's first frame, so a cut between two renders flows; it is
    the clean picture (a previs take's captions are not in it), since it goes to the service.
    """
    take = TakeStore(folder).active(project.storyboards[board_index].id)
    if take is None or not (folder / take.video).exists():
        raise ValueError(
            _("“{name}” has no active take to chain from").format(
                name=project.storyboards[board_index].name
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    video = folder / take.video
    frame = clean_frame(video, video_duration(video), take.provider, take.payload, folder)
    frame.save(target, "PNG")
    return target
