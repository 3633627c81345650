"""Joining videos end to end into one file (shot-by-shot renders become one take)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from storyboard_app.render.previs import ENCODER, ENCODER_OPTIONS, FPS

SAMPLE_RATE = 48_000


def _audio_samples(video: Path, seconds: float) -> np.ndarray:
    """A video's sound as mono float samples at 48 kHz, padded or cut to ``seconds``."""
    wanted = round(seconds * SAMPLE_RATE)
    with av.open(str(video)) as container:
        if not container.streams.audio:
            return np.zeros(wanted, dtype=np.float32)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        chunks = [
            out.to_ndarray().reshape(-1)
            for frame in container.decode(audio=0)
            for out in resampler.resample(frame)
        ]
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    if samples.size < wanted:
        samples = np.pad(samples, (0, wanted - samples.size))
    return samples[:wanted].astype(np.float32)


def _has_sound(video: Path) -> bool:
    with av.open(str(video)) as container:
        return bool(container.streams.audio)


def join_videos(parts: Sequence[Path], output: Path) -> float:
    """Write ``parts`` one after another to ``output`` (via a ``.part`` file); its seconds.

    Frames are re-encoded at the first part's size and 24 fps, so parts of different
    encodings join cleanly; sound is kept when the parts have any.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(output.name + ".part")
    with av.open(str(parts[0])) as first:
        width = first.streams.video[0].codec_context.width
        height = first.streams.video[0].codec_context.height
    has_sound = any(_has_sound(part) for part in parts)
    number = 0
    sound: list[np.ndarray] = []
    try:
        with av.open(str(temporary), "w", format="mp4") as box:
            video = box.add_stream(ENCODER, rate=FPS, options=dict(ENCODER_OPTIONS))
            assert isinstance(video, av.VideoStream)
            video.width, video.height, video.pix_fmt = width, height, "yuv420p"
            audio = box.add_stream("aac", rate=SAMPLE_RATE, layout="mono") if has_sound else None
            for part in parts:
                start = number
                with av.open(str(part)) as source:
                    for frame in source.decode(video=0):
                        picture = frame.reformat(width=width, height=height, format="yuv420p")
                        picture.pts, picture.time_base = number, Fraction(1, FPS)
                        box.mux(video.encode(picture))
                        number += 1
                if has_sound:
                    sound.append(_audio_samples(part, (number - start) / FPS))
            box.mux(video.encode(None))
            if audio is not None:
                assert isinstance(audio, av.AudioStream)
                samples = np.concatenate(sound)
                for offset in range(0, samples.size, 1024):
                    chunk = samples[offset : offset + 1024].reshape(1, -1)
                    piece = av.AudioFrame.from_ndarray(chunk, format="flt", layout="mono")
                    piece.sample_rate, piece.pts = SAMPLE_RATE, offset
                    piece.time_base = Fraction(1, SAMPLE_RATE)
                    box.mux(audio.encode(piece))
                box.mux(audio.encode(None))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    os.replace(temporary, output)
    return number / FPS
