"""Reading single frames back out of rendered videos (for stills and chaining)."""

from __future__ import annotations

from pathlib import Path

import av
from PIL import Image


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
            raise ValueError(f"{video.name} holds no video frames")
        return chosen


def last_frame(video: Path) -> Image.Image:
    """The final frame of a video."""
    return frame_at(video, video_duration(video) + 1.0)
