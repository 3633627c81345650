"""Reading single frames back out of rendered videos (for stills and chaining).

A previs video has its slate, sound caption and subtitles burned in, for the person
watching. A frame that goes on to a video service (chaining one storyboard into the next)
must be the clean picture, so :func:`clean_frame` draws it again without them.
"""

from __future__ import annotations

from pathlib import Path

import av
from PIL import Image

from storyboard_app.compiler.guidances import GuidancesPayload
from storyboard_app.i18n import _
from storyboard_app.render.previs import FPS, previs_still

PREVIS_PROVIDER = "local previs"
"""The provider name of previs jobs and takes (their videos carry captions)."""


def video_duration(video: Path) -> float:
    """The real length of a video file in seconds (services return other lengths than asked)."""
    with av.open(str(video)) as container:
        if container.duration is not None:
            return float(container.duration / av.time_base)
        stream = container.streams.video[0]
        if stream.duration is None or stream.time_base is None:
            return 0.0
        return float(stream.duration * stream.time_base)


def frame_at(video: Path, seconds: float) -> Image.Image:
    """The frame shown at ``seconds`` (the last frame when past the end)."""
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        target = max(0.0, seconds)
        if stream.time_base is not None:
            container.seek(int(target / stream.time_base), stream=stream, backward=True)
        chosen: Image.Image | None = None
        for frame in container.decode(stream):
            if frame.time is not None and frame.time > target + 1e-6 and chosen is not None:
                break
            chosen = Image.fromarray(frame.to_ndarray(format="rgb24"))
        if chosen is None:
            raise ValueError(_("{file} holds no video frames").format(file=video.name))
        return chosen


def last_frame(video: Path) -> Image.Image:
    """The final frame of a video."""
    return frame_at(video, video_duration(video) + 1.0)


def has_audio(video: Path) -> bool:
    """Whether a video file carries a sound track."""
    with av.open(str(video)) as container:
        return bool(container.streams.audio)


def clean_frame(
    video: Path,
    seconds: float,
    provider: str,
    payload: dict[str, object] | None,
    folder: Path,
) -> Image.Image:
    """The picture at ``seconds`` without captions: a previs render's frame is drawn again
    from what was rendered (its ``payload``) without them; a service's video is clean."""
    if provider != PREVIS_PROVIDER or payload is None:
        return frame_at(video, seconds)
    rendered = GuidancesPayload.model_validate(payload)
    starts = [guidance.start for guidance in rendered.guidances]
    index = max((i for i, start in enumerate(starts) if start <= seconds + 1e-6), default=0)
    with av.open(str(video)) as container:
        height = container.streams.video[0].height
    shot = rendered.guidances[index]
    at = min(seconds - shot.start, shot.duration - 1 / FPS)
    return previs_still(rendered, folder, index, height, at=at, captions=False)
