"""Dialogue spoken with espeak-ng (offline, milliseconds a line), one voice per character."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import wave

import numpy as np
from numpy.typing import NDArray

from storyboard_app.i18n import _

SAMPLE_RATE = 48_000

# espeak-ng voices by the language codes dialogue lines carry.
_LANGUAGE_VOICES = {
    "en": "en",
    "zh": "cmn",
    "ja": "ja",
    "ko": "ko",
    "es": "es",
    "fr": "fr",
    "de": "de",
    "it": "it",
    "pt": "pt",
}
_VARIANTS = ("m3", "f3", "m1", "f2", "m5", "f4", "m7", "f1")


def espeak_path() -> str | None:
    """The espeak-ng program, if installed."""
    return shutil.which("espeak-ng")


def voice_for(character: str, language: str) -> tuple[str, int]:
    """(espeak voice, pitch 0-99) for a character: the same every time, distinct per name."""
    digest = hashlib.sha256(character.strip().casefold().encode()).digest()
    variant = _VARIANTS[digest[0] % len(_VARIANTS)]
    pitch = 35 + digest[1] % 30
    return f"{_LANGUAGE_VOICES.get(language, 'en')}+{variant}", pitch


class SpeechError(Exception):
    """espeak-ng could not speak a line."""


def speak(text: str, character: str, language: str, program: str) -> NDArray[np.float32]:
    """The line as mono samples at :data:`SAMPLE_RATE`, values in [-1, 1]."""
    voice, pitch = voice_for(character, language)
    try:
        result = subprocess.run(
            [program, "-v", voice, "-p", str(pitch), "-s", "165", "--stdout", text],
            capture_output=True,
            check=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError) as error:
        raise SpeechError(
            _("espeak-ng failed for {name}: {error}").format(name=character, error=error)
        ) from None
    try:
        with wave.open(io.BytesIO(result.stdout)) as wav:
            rate = wav.getframerate()
            width = wav.getsampwidth()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as error:
        raise SpeechError(
            _("espeak-ng gave no usable audio for {name}: {error}").format(
                name=character, error=error
            )
        ) from None
    if width != 2:
        raise SpeechError(
            _("espeak-ng gave {bits}-bit audio; 16-bit expected").format(bits=width * 8)
        )
    samples = np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0
    if rate == SAMPLE_RATE or samples.size == 0:
        return samples
    positions = np.arange(0, samples.size, rate / SAMPLE_RATE, dtype=np.float64)
    resampled: NDArray[np.float32] = np.interp(positions, np.arange(samples.size), samples).astype(
        np.float32
    )
    return resampled
