"""``storyboard-app elements PROJECT --props``: products and places as Kling elements from the
command line, as processes against the fake service over real HTTP: listed with where they
stand, made once, a lost answer looked up (not paid twice), a refusal kept as failed with
nothing paid, and Ctrl+C stops following without losing the task."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyboard_app.domain.models import ReferenceImage, Shot
from storyboard_app.domain.vocabulary import ImageRole
from storyboard_app.storage.bundle import save_project
from tests.conftest import ROOT, board, project_of, write_image
from tests.core.test_kling import make_video
from tests.core.test_kling_cli import command, environment
from tests.fakes.kling_server import ACCESS_KEY, SECRET_KEY, FakeKling, Fault

MACHINE = "the espresso machine"


@pytest.fixture
def fake() -> Iterator[FakeKling]:
    with FakeKling(make_video(3.0), 3.0) as service:
        yield service


def _project(tmp_path: Path, small: bool = False) -> Path:
    """Two shots with the espresso machine (2 pictures, named a little differently) and one
    picture of the diner (too few for an element); ``small``: the machine's pictures are
    below Kling's 300 px."""
    folder = tmp_path / "Coffee.storyboard"
    side = 200 if small else 400
    for name in ("m1", "m2", "diner"):
        write_image(folder / f"assets/{name}.png", (side + len(name), side))
    product, place = ImageRole.PRODUCT, ImageRole.LOCATION
    shots = (
        Shot(id="a", subject="Coffee", duration=3, references=(
            ReferenceImage(image="assets/m1.png", role=product, label=MACHINE),
            ReferenceImage(image="assets/diner.png", role=place, label="the diner"),
        )),
        Shot(id="b", subject="Steam", duration=3, references=(
            ReferenceImage(image="assets/m2.png", role=product, label="The  Espresso Machine"),
        )),
    )  # fmt: skip
    save_project(folder, project_of(board(3, 3).evolve(shots=shots)))
    return folder


def _run(fake: FakeKling, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command("elements", *args), cwd=ROOT, env=environment(home, fake),
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _stored(home: Path) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(
        (home / "data" / "kling-elements.json").read_text(encoding="utf-8")
    )
    return items


def test_props_are_listed_made_once_and_kept(fake: FakeKling, tmp_path: Path) -> None:
    folder, home = _project(tmp_path), tmp_path / "home"
    listed = _run(fake, home, str(folder), "--props")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "Storyboard 1 “Board”:",
        f"  {MACHINE} (product, 2 pictures, in shots 1, 2): not sent yet (make it with --make)",
        "  the diner (place, 1 picture, in shot 1): not possible: only 1 picture of it in the "
        "storyboard's shots; an element is made from 2–4 (the first from the front): give it "
        "more pictures with the same name",
    ]
    assert fake.state.requests == []  # listing sends nothing

    made = _run(fake, home, str(folder), "--props", "--make", "The Espresso  MACHINE")
    assert made.returncode == 0, made.stderr
    [line] = made.stdout.splitlines()[1:]
    assert line.startswith(f"  {MACHINE} (product, 2 pictures, in shots 1, 2): ready: element ")
    [body] = fake.state.general.created
    assert body["tag_list"] == [{"tag_id": "o_104"}]  # a product is an Item (§13.2)
    assert body["element_name"] == MACHINE
    assert body["external_task_id"].startswith("el-")
    element_id = int(line.split("element ")[1].split()[0])
    assert element_id in fake.state.general.elements

    again = _run(fake, home, str(folder), "--props", "--make")  # all: the diner cannot be
    assert again.returncode == 1
    assert f"{MACHINE} (product, 2 pictures, in shots 1, 2): ready: element {element_id}" in (
        again.stdout
    )
    assert "the diner (place, 1 picture, in shot 1): not possible" in again.stdout
    assert len(fake.state.general.created) == 1  # kept, not made twice
    assert all(ACCESS_KEY not in s and SECRET_KEY not in s for s in (again.stdout, again.stderr))


def test_a_lost_answer_is_looked_up_at_the_next_make_not_paid_twice(
    fake: FakeKling, tmp_path: Path
) -> None:
    folder, home = _project(tmp_path), tmp_path / "home"
    fake.fault(Fault("general-create", lost_after_create=True))
    lost = _run(fake, home, str(folder), "--props", "--make", MACHINE)
    assert lost.returncode == 1
    assert "no clear answer from Kling" in lost.stderr
    assert "not made twice" in lost.stderr
    assert len(fake.state.general.created) == 1  # Kling made it; the answer never came
    [kept] = _stored(home)
    assert kept["state"] == "creating"
    assert kept["task_id"] == fake.state.general.created[0]["external_task_id"]

    listed = _run(fake, home, str(folder), "--props")
    assert f"{MACHINE} (product, 2 pictures, in shots 1, 2): being made at Kling, not " in (
        listed.stdout
    )

    followed = _run(fake, home, str(folder), "--props", "--make", MACHINE)
    assert followed.returncode == 0, followed.stderr
    assert ": ready: element " in followed.stdout
    assert len(fake.state.general.created) == 1  # looked up by its external id


def test_a_refusal_is_kept_as_failed_with_nothing_paid(fake: FakeKling, tmp_path: Path) -> None:
    folder, home = _project(tmp_path, small=True), tmp_path / "home"
    refused = _run(fake, home, str(folder), "--props", "--make", MACHINE)
    assert refused.returncode == 1
    assert (
        f"  {MACHINE} (product, 2 pictures, in shots 1, 2): failed, nothing was paid: Kling "
        "rejected a value in the request. (Kling: frontal_image must be a jpg or png of at "
        "least 300 px a side, code 1201)"
    ) in refused.stdout.splitlines()
    assert fake.state.general.created == []
    [kept] = _stored(home)
    assert (kept["state"], kept["task_id"], kept["units"]) == ("failed", "", None)
    listed = _run(fake, home, str(folder), "--props")
    assert "failed, nothing was paid: Kling rejected a value" in listed.stdout


def test_ctrl_c_stops_following_and_the_next_make_follows_the_same_task(
    fake: FakeKling, tmp_path: Path
) -> None:
    folder, home = _project(tmp_path), tmp_path / "home"
    fake.state.general.processing_queries = 1_000_000  # Kling takes its time
    with subprocess.Popen(
        command("elements", str(folder), "--props", "--make", MACHINE), cwd=ROOT,
        env=environment(home, fake), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as process:  # fmt: skip
        deadline = time.monotonic() + 60
        while not any(t.queries >= 2 for t in fake.state.general.tasks.values()):
            assert time.monotonic() < deadline, "the element was never followed"
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 130, err
    assert "Stopped following. Kling may still finish" in err
    assert "Traceback" not in err
    assert out.splitlines() == ["Storyboard 1 “Board”:"]  # no state claimed
    [kept] = _stored(home)
    assert kept["state"] == "creating"

    fake.state.general.processing_queries = 2
    followed = _run(fake, home, str(folder), "--props", "--make", MACHINE)
    assert followed.returncode == 0, followed.stderr
    assert ": ready: element " in followed.stdout
    assert len(fake.state.general.created) == 1


def test_wrong_names_and_options_send_nothing(
    fake: FakeKling,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from storyboard_app.main import main

    folder = _project(tmp_path)
    for name, value in environment(tmp_path / "home", fake).items():
        monkeypatch.setenv(name, value)

    def run(*args: str) -> tuple[int, str]:
        code = main(["elements", str(folder), *args])
        return code, capsys.readouterr().err

    assert run("--props", "--make", "the kettle") == (
        1, "storyboard-app elements: no product or place named “the kettle”\n"
    )  # fmt: skip
    assert run("--props", "--storyboard", "9") == (
        1, "storyboard-app elements: no storyboard “9”\n"
    )  # fmt: skip
    code, said = run("--make")
    assert code == 2
    assert "--make and --storyboard go with --props" in said
    assert fake.state.requests == []
