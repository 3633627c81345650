"""What the app needs from the computer, checked: at start (a note) and by ``storyboard-app check``.

Two things come from the system rather than with the app: ``espeak-ng``, which speaks the
dialogue of previs renders, and a Chinese/Japanese font for the editor, the PDF and the
previs captions. Missing, the app still works (silent renders, boxes for CJK text), so
the start-up check only says what to install. ``check`` also proves the parts a frozen
build can lose: video playback through QtMultimedia's FFmpeg backend, video writing with
PyAV, and the certificate authorities HTTPS needs.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from PySide6.QtGui import QFontDatabase, QGuiApplication

from storyboard_app import i18n
from storyboard_app.ui.quiet_logs import quiet_multimedia_logs
from storyboard_app.ui.translations import install_translations

ESPEAK_PACKAGE = "espeak-ng"
CJK_FONT_PACKAGE = "fonts-noto-cjk"
PLAYBACK_TIMEOUT_MS = 15000


def espeak_missing() -> bool:
    """No ``espeak-ng`` on the PATH: previs renders get a silent audio track."""
    return shutil.which("espeak-ng") is None


def cjk_font_missing() -> bool:
    """No font Qt knows that writes Chinese (the Noto and WenQuanYi fonts also write Japanese)."""
    return not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def missing_note() -> str | None:
    """A sentence saying what is missing and how to install it, or None."""
    parts, packages = [], []
    if espeak_missing():
        parts.append(
            QCoreApplication.translate("SystemCheck", "espeak-ng, so previs renders will be silent")
        )
        packages.append(ESPEAK_PACKAGE)
    if cjk_font_missing():
        parts.append(
            QCoreApplication.translate(
                "SystemCheck", "a Chinese/Japanese font, so such text shows as boxes"
            )
        )
        packages.append(CJK_FONT_PACKAGE)
    if not parts:
        return None
    return QCoreApplication.translate(
        "SystemCheck",
        "Missing on this computer: {missing}. Install with: sudo apt install {packages} "
        "(Debian, Ubuntu; other systems have packages of the same names).",
    ).format(
        missing=QCoreApplication.translate("SystemCheck", "; ").join(parts),
        packages=" ".join(packages),
    )


@dataclass(frozen=True)
class Finding:
    """One line of ``storyboard-app check``: what, whether it is fine, and the details."""

    name: str
    ok: bool
    detail: str
    essential: bool = True


def _write_test_clip(file: Path) -> None:
    """One second of 320×180 H.264 video with AAC audio, written with PyAV."""
    import av
    import numpy as np

    with av.open(str(file), "w") as container:
        video = container.add_stream("libx264", rate=24)
        video.width, video.height, video.pix_fmt = 320, 180, "yuv420p"
        audio = container.add_stream("aac", rate=48000)
        audio.layout = "mono"
        for index in range(24):
            picture = np.full((180, 320, 3), index * 10, dtype=np.uint8)
            frame = av.VideoFrame.from_ndarray(picture, format="rgb24")
            container.mux(video.encode(frame))
        for index in range(48):
            samples = np.zeros((1, 1000), dtype=np.int16)
            sound = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
            sound.sample_rate, sound.pts, sound.time_base = 48000, index * 1000, Fraction(1, 48000)
            container.mux(audio.encode(sound))
        container.mux(video.encode(None))
        container.mux(audio.encode(None))


def _play(file: Path) -> tuple[int, bool, str]:
    """Play ``file`` with QMediaPlayer into a video sink: (frames shown, has audio, error)."""
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    player, sink = QMediaPlayer(), QVideoSink()
    player.setVideoSink(sink)
    frames = [0]
    loop = QEventLoop()

    def frame_shown() -> None:
        frames[0] += 1
        if frames[0] >= 5:
            loop.quit()

    sink.videoFrameChanged.connect(frame_shown)
    player.errorOccurred.connect(lambda *_: loop.quit())
    player.setSource(QUrl.fromLocalFile(str(file)))
    player.play()
    QTimer.singleShot(PLAYBACK_TIMEOUT_MS, loop.quit)
    loop.exec()
    has_audio, error = player.hasAudio(), player.errorString()
    player.stop()
    return frames[0], has_audio, error


def sound_output() -> Finding:
    """The default sound output device, or plainly none (renders then play silently)."""
    from PySide6.QtMultimedia import QMediaDevices

    name = QCoreApplication.translate("SystemCheck", "sound output")
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull() or not QMediaDevices.audioOutputs():
        return Finding(
            name,
            False,
            QCoreApplication.translate(
                "SystemCheck",
                "no sound output device: renders play silently (is PulseAudio or PipeWire "
                "running?)",
            ),
            essential=False,
        )
    return Finding(name, True, device.description(), essential=False)


def _check(name: str, probe: Callable[[], str], essential: bool = True) -> Finding:
    try:
        return Finding(name, True, probe(), essential)
    except Exception as error:  # a check reports any failure as its finding
        return Finding(name, False, f"{type(error).__name__}: {error}", essential)


def findings(scratch: Path) -> list[Finding]:
    """Every check, in order (needs a QGuiApplication)."""
    clip = scratch / "check.mp4"

    def writing() -> str:
        _write_test_clip(clip)
        return QCoreApplication.translate(
            "SystemCheck", "wrote a 1 s H.264/AAC test clip ({bytes} bytes)"
        ).format(bytes=clip.stat().st_size)

    def playing() -> str:
        from PySide6.QtMultimedia import QMediaFormat

        if not clip.is_file():
            raise RuntimeError(
                QCoreApplication.translate(
                    "SystemCheck", "no test clip to play (writing video failed)"
                )
            )
        frames, has_audio, error = _play(clip)
        if frames < 5:
            raise RuntimeError(
                QCoreApplication.translate(
                    "SystemCheck", "QMediaPlayer showed {frames} frames ({error})"
                ).format(
                    frames=frames,
                    error=error or QCoreApplication.translate("SystemCheck", "no error"),
                )
            )
        decoders = len(QMediaFormat().supportedVideoCodecs(QMediaFormat.ConversionMode.Decode))
        audio = (
            QCoreApplication.translate("SystemCheck", "with its audio track")
            if has_audio
            else QCoreApplication.translate("SystemCheck", "no audio track found")
        )
        return QCoreApplication.translate(
            "SystemCheck", "QMediaPlayer showed {frames} frames, {audio}; {decoders} video decoders"
        ).format(frames=frames, audio=audio, decoders=decoders)

    def certificates() -> str:
        import httpx

        httpx.create_ssl_context()
        bundle = os.environ.get("SSL_CERT_FILE")
        if bundle is None:
            import certifi

            bundle = certifi.where()
        return QCoreApplication.translate(
            "SystemCheck", "loaded the certificate authorities ({bundle})"
        ).format(bundle=bundle)

    espeak = shutil.which("espeak-ng")
    fonts = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return [
        _check(QCoreApplication.translate("SystemCheck", "video writing (PyAV)"), writing),
        _check(QCoreApplication.translate("SystemCheck", "video playback (QtMultimedia)"), playing),
        sound_output(),
        _check(QCoreApplication.translate("SystemCheck", "HTTPS certificates"), certificates),
        Finding(
            QCoreApplication.translate("SystemCheck", "espeak-ng (spoken dialogue)"),
            espeak is not None,
            espeak
            or QCoreApplication.translate(
                "SystemCheck", "not installed: previs renders are silent (install {package})"
            ).format(package=ESPEAK_PACKAGE),
            essential=False,
        ),
        Finding(
            QCoreApplication.translate("SystemCheck", "Chinese/Japanese font"),
            bool(fonts),
            ", ".join(fonts[:3])
            or QCoreApplication.translate(
                "SystemCheck", "none: such text shows as boxes (install {package})"
            ).format(package=CJK_FONT_PACKAGE),
            essential=False,
        ),
    ]


def run_check() -> int:
    """``storyboard-app check``: print each finding; exit 1 if an essential one failed."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_multimedia_logs()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    translators = install_translations(app, i18n.current_language())  # the system's language
    with tempfile.TemporaryDirectory(prefix="storyboard-check-") as scratch:
        results = findings(Path(scratch))
    for finding in results:
        mark = (
            QCoreApplication.translate("SystemCheck", "ok")
            if finding.ok
            else (
                QCoreApplication.translate("SystemCheck", "FAILED")
                if finding.essential
                else QCoreApplication.translate("SystemCheck", "missing")
            )
        )
        line = QCoreApplication.translate("SystemCheck", "{name}: {state}: {detail}").format(
            name=finding.name, state=mark, detail=finding.detail
        )
        sys.stdout.write(line + "\n")
    assert app is not None
    assert translators is not None  # kept installed until the findings are written
    failed = [f.name for f in results if f.essential and not f.ok]
    if failed:
        names = QCoreApplication.translate("SystemCheck", "; ").join(failed)
        sys.stderr.write(
            QCoreApplication.translate("SystemCheck", "Not working: {names}.").format(names=names)
            + "\n"
        )
        return 1
    return 0
