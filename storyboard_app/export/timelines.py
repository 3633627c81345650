"""Editor timelines through OpenTimelineIO: .otio, FCP7/Premiere XML, FCPXML, CMX 3600 EDL.

One clip per storyboard pointing at its active take (or an offline clip of the storyboard's
length when it has none), one marker per shot with its size, move and dialogue; names and
durations exact, at 24 fps (CMX 3600 EDL upper-cases marker names, by its convention).
A clip's file keeps its own name (FCP7 would otherwise show the URL's "%20"s), and FCPXML
says which takes have sound (OpenTimelineIO marks every video-track asset silent).
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import opentimelineio as otio

from storyboard_app.domain.models import Project, Shot
from storyboard_app.export.shotlist import moves_words
from storyboard_app.i18n import _
from storyboard_app.render.frames import has_audio, video_duration
from storyboard_app.storage.bundle import atomic_write_text
from storyboard_app.storage.takes import TakeStore

RATE = 24
ADAPTERS = {"otio": "otio_json", "fcp7xml": "fcp_xml", "fcpxml": "fcpx_xml", "edl": "cmx_3600"}
"""Our format names → OpenTimelineIO adapter names."""


def _time(seconds: float) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(round(seconds * RATE), RATE)


def _range(start: float, duration: float) -> otio.opentime.TimeRange:
    return otio.opentime.TimeRange(_time(start), _time(duration))


def marker_name(number: int, shot: Shot) -> str:
    """ "2 · MS · slow dolly in" (the moves in the app's language: "2 · MS · 缓慢推镜头")."""
    moves = moves_words(shot, ", then ")
    return " · ".join(part for part in (str(number), shot.size.value, moves) if part)


def build_timeline(project: Project, folder: Path) -> otio.schema.Timeline:
    """The project as an editor's timeline (active takes where they exist)."""
    takes = TakeStore(folder)
    timeline = otio.schema.Timeline(name=project.title)
    track = otio.schema.Track(name=_("Storyboards"), kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    for board in project.storyboards:
        seconds = board.total_duration
        take = takes.active(board.id)
        video = folder / take.video if take else None
        if video is not None and video.exists():
            available = video_duration(video)
            reference = otio.schema.ExternalReference(
                target_url=video.resolve().as_uri(), available_range=_range(0, available)
            )
            reference.name = video.name
            item = otio.schema.Clip(
                name=board.name, media_reference=reference,
                source_range=_range(0, min(seconds, available)),
            )  # fmt: skip
        else:
            # Not a Gap: FCP XML drops a trailing gap with its markers. An offline clip keeps
            # the storyboard's name, length and shot markers in every editor.
            item = otio.schema.Clip(
                name=board.name, media_reference=otio.schema.MissingReference(),
                source_range=_range(0, seconds),
            )  # fmt: skip
        for number, (shot, start) in enumerate(
            zip(board.shots, board.shot_starts(), strict=True), start=1
        ):
            marker = otio.schema.Marker(
                name=marker_name(number, shot), marked_range=_range(start, 0),
                color=otio.schema.MarkerColor.ORANGE,
            )  # fmt: skip
            dialogue = " / ".join(f"{d.character}: {d.line}" for d in shot.dialogue)
            marker.metadata["storyboard"] = {
                "shot_id": shot.id, "size": shot.size.value, "angle": shot.angle.value,
                "duration": shot.duration, "dialogue": dialogue,
            }  # fmt: skip
            item.markers.append(marker)
        track.append(item)
    return timeline


_ASSET = re.compile(r'<asset\b[^>]*\bsrc="([^"]*)"[^>]*>')


def _with_sound(fcpxml: str) -> str:
    """Mark the FCPXML assets whose video files carry sound as having audio."""

    def mark(match: re.Match[str]) -> str:
        url = unescape(match.group(1))
        if not url.startswith("file://"):
            return match.group(0)
        video = Path(unquote(urlsplit(url).path))
        if not video.is_file() or not has_audio(video):
            return match.group(0)
        tag = match.group(0).replace('hasAudio="0"', 'hasAudio="1"')
        return tag.replace(' hasAudio="1"', ' hasAudio="1" audioSources="1"', 1)

    return _ASSET.sub(mark, fcpxml)


def write_timeline(project: Project, folder: Path, file: Path, format_name: str) -> None:
    """Write the timeline in one of :data:`ADAPTERS`' formats (atomically)."""
    timeline = build_timeline(project, folder)
    text = otio.adapters.write_to_string(timeline, adapter_name=ADAPTERS[format_name])
    if format_name == "fcpxml":
        text = _with_sound(text)
    atomic_write_text(file, text)
