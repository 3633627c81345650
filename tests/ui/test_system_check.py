"""What the app needs from the computer: the start-up note and ``storyboard-app check``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication

from storyboard_app.ui.system_check import cjk_font_missing, missing_note
from tests.conftest import ROOT


def test_the_note_says_to_install_espeak_ng_when_it_is_not_on_the_path(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no espeak-ng
    note = missing_note()
    assert note is not None
    assert "espeak-ng, so previs renders will be silent" in note
    assert "sudo apt install espeak-ng" in note


def test_no_note_when_espeak_ng_and_a_cjk_font_are_there(qapp: QApplication) -> None:
    # ./run installs both (espeak-ng, fonts-wqy-microhei) on the machines that run the tests.
    assert not cjk_font_missing()
    assert missing_note() is None


def test_check_writes_and_plays_a_clip_and_finds_the_system_parts(
    qapp: QApplication, tmp_path: Path
) -> None:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STORYBOARD_APP_HOME": str(tmp_path),
    }
    environment.pop("QT_LOGGING_RULES", None)
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "symbolsresolver" not in result.stderr  # Qt's search for optional libraries
    assert "Input #0" not in result.stderr  # the FFmpeg inside Qt describing the test clip
    assert "qt.multimedia" not in result.stderr
    assert lines[0].startswith("video writing (PyAV): ok: wrote a 1 s H.264/AAC test clip")
    assert lines[1].startswith("video playback (QtMultimedia): ok: QMediaPlayer showed")
    assert "with its audio track" in lines[1]
    if QMediaDevices.audioOutputs():  # a desktop: its speakers
        assert lines[2] == f"sound output: ok: {QMediaDevices.defaultAudioOutput().description()}"
    else:  # as on the test machines: no PulseAudio or PipeWire running
        assert lines[2] == (
            "sound output: missing: no sound output device: renders play silently "
            "(is PulseAudio or PipeWire running?)"
        )
    assert lines[3].startswith("HTTPS certificates: ok")
    assert lines[4].startswith("espeak-ng (spoken dialogue): ok")
    assert lines[5].startswith("Chinese/Japanese font: ok")


def test_a_user_s_own_logging_rules_are_kept(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "check"],
        capture_output=True, text=True, check=False, cwd=ROOT, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STORYBOARD_APP_HOME": str(tmp_path),
             "QT_LOGGING_RULES": "qt.multimedia.ffmpeg.info=true"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "qt.multimedia.ffmpeg: Using Qt multimedia with FFmpeg" in result.stderr


def test_check_speaks_the_systems_language(qapp: QApplication, tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "zh_CN.UTF-8"}
    environment.pop("LC_ALL", None)
    environment.pop("LC_MESSAGES", None)
    result = subprocess.run(
        [sys.executable, "-m", "storyboard_app", "check"],
        capture_output=True, text=True, check=False, cwd=ROOT,
        env={**environment, "STORYBOARD_APP_HOME": str(tmp_path)}, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("写入视频（PyAV）：正常：已写入 1 秒的 H.264/AAC 测试片段")
    assert lines[1].startswith("播放视频（QtMultimedia）：正常：QMediaPlayer 显示了")
    if not QMediaDevices.audioOutputs():
        assert lines[2] == (
            "声音输出：缺失：没有声音输出设备："
            "渲染结果播放时没有声音（PulseAudio 或 PipeWire 是否在运行？）"
        )
    assert lines[3].startswith("HTTPS 证书：正常：已加载证书颁发机构")
    assert lines[4].startswith("espeak-ng（台词配音）：正常：")
    assert lines[5].startswith("中文/日文字体：正常：")
