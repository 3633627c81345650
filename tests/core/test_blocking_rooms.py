"""A shot set inside is drawn in a room, at every angle the street set has, as fast."""

from __future__ import annotations

import subprocess
import sys
import time

import numpy as np
import pytest

from storyboard_app.domain.vocabulary import Angle, ShotSize
from storyboard_app.render.blocking import (
    LABEL_BOX,
    ROOM_DAY,
    SKY_LOW,
    SKY_TOP,
    Framing,
    _set,
    blocking_frame,
    name_tags,
)
from storyboard_app.render.scenery import Scenery

SIZE = (640, 360)
INSIDE, OUTSIDE = Scenery(interior=True), Scenery()


def frame(angle: Angle, scenery: Scenery, size: ShotSize = ShotSize.WS) -> np.ndarray:
    framing = Framing(size, angle, ("林晓", "Ray"), scenery=scenery)
    return np.asarray(blocking_frame(framing, SIZE, arrows=False)).astype(np.int16)


def sky_share(pixels: np.ndarray) -> float:
    """How much of ``pixels`` has a colour of the sky's gradient (within a few levels)."""
    steps = np.linspace(0, 1, 24)[:, None]
    sky = np.array(SKY_TOP) * (1 - steps) + np.array(SKY_LOW) * steps
    flat = pixels.reshape(-1, 3)
    near = np.abs(flat[:, None, :] - sky[None, :, :]).sum(axis=2).min(axis=1) <= 9
    return float(near.mean())


def share(pixels: np.ndarray, colour: tuple[int, int, int], tolerance: int = 6) -> float:
    return float((np.abs(pixels - np.array(colour)).sum(axis=2) <= tolerance).mean())


@pytest.mark.parametrize("angle", [a for a in Angle if a is not Angle.BIRDS_EYE])
def test_an_inside_shot_has_a_ceiling_where_the_street_has_sky(angle: Angle) -> None:
    outside, inside = frame(angle, OUTSIDE), frame(angle, INSIDE)
    top = slice(0, SIZE[1] // 10)
    assert sky_share(outside[top]) > 0.5  # the street set's top rows are sky
    assert sky_share(inside[top]) == 0.0
    assert share(inside[top], ROOM_DAY.ceiling) + share(inside[top], ROOM_DAY.side_wall) > 0.5
    assert share(inside, ROOM_DAY.back_wall) > 0.03  # the back wall shows, around the people
    assert share(inside, ROOM_DAY.floor) > 0.03
    assert np.abs(inside - outside).sum(axis=2).mean() > 30  # a different picture


def test_from_a_birds_eye_a_room_shows_its_walls_around_the_floor() -> None:
    outside, inside = frame(Angle.BIRDS_EYE, OUTSIDE), frame(Angle.BIRDS_EYE, INSIDE)
    edge = np.concatenate([inside[:10].reshape(-1, 3), inside[-10:].reshape(-1, 3)])[None]
    walls = share(edge, ROOM_DAY.side_wall) + share(edge, ROOM_DAY.back_wall)
    assert walls > 0.8
    assert share(inside[SIZE[1] // 3 : -SIZE[1] // 3], ROOM_DAY.floor) > 0.5
    assert share(outside[:10], ROOM_DAY.side_wall) == 0.0
    assert np.abs(inside - outside).sum(axis=2).mean() > 30


@pytest.mark.parametrize("scenery", [INSIDE, OUTSIDE])
def test_night_is_darker(scenery: Scenery) -> None:
    for angle in Angle:
        day = frame(angle, scenery)
        night = frame(angle, Scenery(scenery.interior, night=True))
        assert night.mean() < day.mean() - 8  # a shade darker: boards are printed too


@pytest.mark.parametrize("angle", list(Angle))
@pytest.mark.parametrize("size", [ShotSize.EWS, ShotSize.WS, ShotSize.MS, ShotSize.TWO_SHOT])
def test_names_stay_whole_inside_a_rooms_frame(angle: Angle, size: ShotSize) -> None:
    framing = Framing(size, angle, ("林晓", "陈伯"), scenery=INSIDE)
    tags = name_tags(framing, SIZE)
    assert len(tags) == 2
    for tag in tags:
        assert 0 <= tag.left < tag.right <= SIZE[0]
        assert 0 <= tag.top < tag.bottom <= SIZE[1]
    pixels = frame(angle, INSIDE, size)
    street = frame(angle, OUTSIDE, size)
    # as many tag pixels as on the street: nothing of the room is drawn over a name
    assert share(pixels, LABEL_BOX, 0) == pytest.approx(share(street, LABEL_BOX, 0), rel=0.02)
    assert share(pixels, LABEL_BOX, 0) > 0.002


def test_a_room_is_drawn_no_slower_than_the_street_and_without_numpy() -> None:
    def drawing(scenery: Scenery) -> float:
        start = time.perf_counter()
        for size in ((1280, 720), (768, 432), (300, 120)):  # picture area, timeline block
            for angle in Angle:
                if angle is not Angle.DUTCH:  # the street's dutch sky uses numpy: far slower
                    _set.__wrapped__(size, angle, scenery)
        return time.perf_counter() - start

    rooms, streets = [], []
    for _ in range(5):  # in turns, the fastest of each: other work on the machine cancels out
        rooms.append(drawing(INSIDE))
        streets.append(drawing(OUTSIDE))
    assert min(rooms) <= 1.1 * min(streets)
    script = (
        "import sys\n"
        "from storyboard_app.render.blocking import Framing, blocking_frame\n"
        "from storyboard_app.render.scenery import Scenery\n"
        "from storyboard_app.domain.vocabulary import Angle, ShotSize\n"
        "for angle in Angle:\n"
        "    framing = Framing(ShotSize.WS, angle, ('Ray',), scenery=Scenery(True, True))\n"
        "    blocking_frame(framing, (768, 432))\n"
        "print('numpy' in sys.modules)\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert loaded.stdout.strip() == "False", loaded.stderr
