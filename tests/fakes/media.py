"""Real media for the fakes to hand out."""

from __future__ import annotations

import io
from fractions import Fraction

import av
import numpy as np


def make_video(seconds: float = 2.0) -> bytes:
    """A real H.264 MP4 of ``seconds`` at 24 fps, 320×240."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as box:
        stream = box.add_stream("libx264", rate=24)
        assert isinstance(stream, av.VideoStream)
        stream.width, stream.height, stream.pix_fmt = 320, 240, "yuv420p"
        for n in range(int(seconds * 24)):
            frame = av.VideoFrame.from_ndarray(
                np.full((240, 320, 3), n * 4 % 255, np.uint8), "rgb24"
            )
            frame.pts, frame.time_base = n, Fraction(1, 24)
            box.mux(stream.encode(frame))
        box.mux(stream.encode(None))
    return buffer.getvalue()
