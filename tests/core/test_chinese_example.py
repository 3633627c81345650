"""The Chinese example project: valid, Chinese prompts, a previs with Chinese subtitles and
Mandarin speech."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from storyboard_app.compiler.guidances import compile_guidances
from storyboard_app.compiler.validation import validate_project
from storyboard_app.render import speech
from storyboard_app.render.frames import frame_at
from storyboard_app.render.previs import render_previs
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import TEAHOUSE


def test_the_chinese_example_is_a_valid_two_storyboard_scene() -> None:
    project = load_project(TEAHOUSE)
    assert len(project.storyboards) == 2
    assert [p for p in validate_project(project, AssetStore(TEAHOUSE)) if p.is_error] == []
    lines = [line for board in project.storyboards for s in board.shots for line in s.dialogue]
    assert len(lines) >= 4
    assert {line.language for line in lines} == {"zh"}
    assert speech.voice_for(lines[0].character, "zh")[0].startswith("cmn+")


@pytest.mark.skipif(speech.espeak_path() is None, reason="espeak-ng is not installed")
def test_its_previs_speaks_mandarin_under_chinese_subtitles(tmp_path: Path) -> None:
    project = load_project(TEAHOUSE)
    video = tmp_path / "reunion.mp4"
    result = render_previs(compile_guidances(project, 0), TEAHOUSE, video)
    assert result.spoken_lines == 2
    assert result.log == []  # every character had a font
    # shot 2 (3-8 s) holds two lines: 陈伯's until 5.5 s, then 林晓's
    first, second = (np.asarray(frame_at(video, t), np.int16) for t in (4.0, 6.5))
    subtitles = slice(560, 700)
    assert np.abs(first[subtitles] - second[subtitles]).mean() > 1.0
    with av.open(str(video)) as box:
        samples = np.concatenate([f.to_ndarray()[0] for f in box.decode(audio=0)])
    assert np.abs(samples[int(3.2 * 48000) : int(5.4 * 48000)]).max() > 0.05
