"""Every kind of problem validation can report, in 简体中文 and 繁體中文: the Problems dock of a
Chinese window showed some in English (the packaged app lacked the catalogues, and nothing
checked each kind). Each scenario below breaks one or more rules; every message and hint must
read in Chinese, with only data (names, model ids, file names, codes) in ASCII letters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storyboard_app import i18n
from storyboard_app.compiler.validation import validate_project
from storyboard_app.domain.models import (
    CameraMove,
    Character,
    DialogueLine,
    Project,
    ReferenceImage,
    Shot,
)
from storyboard_app.domain.problems import Problem
from storyboard_app.domain.vocabulary import AspectRatio, Direction, Mode, MoveKind
from storyboard_app.storage.assets import AssetStore
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, TEAHOUSE, board, project_of, write_image

HAN = re.compile(r"[\u4e00-\u9fff]")
DATA = "ID MB KB px kling omni video std pro PNG JPEG WEBP GIF BMP assets png jpg jpeg mp3 wav"
"""ASCII words that are data, not English: model ids and modes, units, formats, file names."""


def _scenarios(folder: Path) -> list[Project]:
    """Projects that between them break every rule reachable without a Kling account."""
    for name, size, fmt, noise in (
        ("small.png", (200, 200), "PNG", False),
        ("wide.png", (3000, 400), "PNG", False),
        ("huge.png", (2000, 2000), "PNG", True),
        ("pic.gif", (400, 400), "GIF", False),
        ("f.png", (640, 360), "PNG", False),
    ):
        write_image(folder / "assets" / name, size, fmt, noise)
    (folder / "assets" / "broken.png").write_bytes(b"not a picture")
    for n in range(8):
        write_image(folder / f"assets/r{n}.png", (400 + n, 400))
    images = tuple(
        ReferenceImage(image=f"assets/{name}")
        for name in ("small.png", "wide.png", "huge.png", "pic.gif")
    )
    odd = (
        Shot(id="a", subject="", duration=1.5, references=images),
        Shot(
            id="b",
            subject="B",
            duration=4,
            last_frame="assets/f.png",
            first_frame="assets/broken.png",
            moves=(
                CameraMove(kind=MoveKind.PAN, direction=Direction.UP),
                CameraMove(kind=MoveKind.DOLLY, direction=Direction.IN, start=2, end=6),
            ),
            dialogue=(
                DialogueLine(character="Zed", line="Hi"),
                DialogueLine(character="", line=""),
                DialogueLine(character="Ann", line=""),
            ),
            references=tuple(ReferenceImage(image=f"assets/r{n}.png") for n in range(5)),
        ),
        Shot(id="b", subject="Maya " + "x" * 600, duration=3, first_frame="assets/gone.png"),
    )
    many = tuple(Shot(id=f"m{i}", subject=f"S{i}", duration=3) for i in range(7))
    return [
        project_of(
            board(3).evolve(shots=odd, audio=False, negative_prompt="n" * 3000),
            characters=(Character(name="Ann"), Character(name="Ann"), Character(name="Maya")),
        ),
        project_of(board(3).evolve(shots=many)),
        project_of(board(2)),
        project_of(board(7).evolve(model="kling-v2-6", audio=False)),
        project_of(board(5).evolve(model="kling-v2-6", mode=Mode.UHD_4K, audio=True)),
        project_of(board(5).evolve(model="kling-v9")),
        project_of(board(5).evolve(aspect_ratio=AspectRatio("1:1"), model="kling-v2-6")),
        project_of(board(3).evolve(shots=())),
        project_of(
            board(5).evolve(
                model="kling-v2-6",
                audio=False,
                cuts="model",
                shots=(
                    Shot(
                        id="v",
                        subject="V",
                        duration=5,
                        last_frame="assets/f.png",
                        references=(ReferenceImage(image="assets/r1.png"),),
                    ),
                ),
            )
        ),
        project_of(
            board(5).evolve(
                model="kling-v3-omni",
                shots=(
                    Shot(
                        id="w",
                        subject="W",
                        duration=5,
                        first_frame="assets/f.png",
                        last_frame="assets/f.png",
                        references=(ReferenceImage(image="assets/r1.png"),),
                    ),
                ),
            )
        ),
        project_of(board(5).evolve(cuts="model", shots=(Shot(id="z", subject="y" * 2600),))),
    ]


def _problems(folder: Path) -> list[Problem]:
    found: list[Problem] = []
    for project in _scenarios(folder):
        found += validate_project(project, AssetStore(folder))
    for example in (COFFEE, DETECTIVE, TEAHOUSE):
        found += validate_project(load_project(example), AssetStore(example))
    return found


REACHED = {
    "audio-unsupported", "character-named-not-cast", "dialogue-empty", "dialogue-muted",
    "dialogue-no-character", "dialogue-unknown-character", "duplicate-character",
    "duplicate-shot-id", "end-frame-with-images", "frame-mid-sequence", "image-aspect",
    "image-format", "image-missing", "image-too-large", "image-too-small", "image-unreadable",
    "last-frame-mode", "last-frame-without-first", "mode-unsupported", "model-cuts-unsupported",
    "move-direction", "move-window", "negative-prompt-too-long", "negatives-left-out",
    "no-shots", "prompt-too-long", "references-unsupported", "shot-duration-step", "shot-empty",
    "shot-prompt-too-long", "too-many-images", "too-many-references", "too-many-shots",
    "total-not-allowed", "total-too-long", "total-too-short", "unknown-model",
    "voices-left-out",
}  # fmt: skip
"""The kinds these scenarios and the examples reach (the rest need a Kling account's
elements or voices, tested in the compiler's own tests)."""


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_kind_of_problem_reads_in_chinese(language: str, tmp_path: Path) -> None:
    i18n.install("en")
    english = _problems(tmp_path)
    i18n.install(language)
    problems = _problems(tmp_path)
    assert [p.code for p in problems] == [p.code for p in english]
    assert {p.code for p in problems} >= REACHED, REACHED - {p.code for p in problems}
    data = DATA + "".join(
        json.dumps(project.model_dump(mode="json"), ensure_ascii=False)
        for project in _scenarios(tmp_path)
    )
    data += "".join(
        (example / "project.json").read_text(encoding="utf-8")
        for example in (COFFEE, DETECTIVE, TEAHOUSE)
    )
    for problem, original in zip(problems, english, strict=True):
        for text in (problem.message, problem.hint):
            if not text:
                continue
            assert HAN.search(text), (problem.code, text)
            words = [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in data]
            assert words == [], (problem.code, text, original.message)
