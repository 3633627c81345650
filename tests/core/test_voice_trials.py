"""The fake Kling's preset voice samples (``trial_url``): real sound at its own address,
public, and strict about what asks for them."""

from __future__ import annotations

import asyncio
import io
import wave
from collections.abc import Iterator

import httpx
import pytest

from storyboard_app.providers.kling.auth import Credentials, TokenSource
from storyboard_app.providers.kling.client import KlingClient
from storyboard_app.providers.kling.voices import KlingVoices, Voice
from tests.core.test_kling import make_video
from tests.fakes.kling_elements import PRESETS, TRIAL_SECONDS
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling


@pytest.fixture
def fake() -> Iterator[FakeKling]:
    with FakeKling(make_video(1.0), 1.0) as service:
        yield service


def _presets(fake: FakeKling) -> list[Voice]:
    async def go() -> list[Voice]:
        async with httpx.AsyncClient(timeout=httpx.Timeout(5.0)) as http:
            keys = TokenSource(Credentials(ACCESS_KEY, SECRET_KEY))
            client = KlingClient(http, fake.base_url, keys)
            return await KlingVoices(client).presets()

    return asyncio.run(go())


def test_each_preset_sample_is_a_real_short_wav_served_by_the_fake_itself(
    fake: FakeKling,
) -> None:
    voices = _presets(fake)
    assert [v.voice_id for v in voices] == [p["voice_id"] for p in PRESETS]
    samples = []
    for voice in voices:
        assert voice.trial_url.startswith(fake.base_url)
        answer = httpx.get(voice.trial_url, timeout=5.0)
        assert answer.status_code == 200
        assert answer.headers["Content-Type"] == "audio/wav"
        with wave.open(io.BytesIO(answer.content)) as sound:
            seconds = sound.getnframes() / sound.getframerate()
            assert sound.getnchannels() == 1
        assert seconds == pytest.approx(TRIAL_SECONDS)
        samples.append(answer.content)
    assert samples[0] != samples[1]  # each voice has its own
    assert fake.state.trials_served == 2


def test_a_sample_link_refuses_keys_and_unknown_voices(fake: FakeKling) -> None:
    [voice, _other] = _presets(fake)
    sent_with_key = httpx.get(voice.trial_url, headers={"Authorization": "Bearer x"}, timeout=5.0)
    assert sent_with_key.status_code == 400
    assert httpx.get(f"{fake.base_url}/trials/1.wav", timeout=5.0).status_code == 404
    assert fake.state.trials_served == 0
