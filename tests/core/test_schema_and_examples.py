"""Generated artefacts stay in step with the code: the JSON Schema and the examples."""

from __future__ import annotations

import filecmp
from pathlib import Path

import jsonschema

from scripts.make_examples import build
from scripts.write_schema import SCHEMA_FILE, schema_text
from storyboard_app.compiler.guidances import compile_guidances, guidances_schema
from storyboard_app.storage.bundle import load_project
from tests.conftest import COFFEE, DETECTIVE, EXAMPLES, TEAHOUSE


def test_the_schema_in_docs_is_up_to_date() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "docs/guidances.schema.json is out of date: run python scripts/write_schema.py"
    )


def test_example_payloads_validate_against_the_schema() -> None:
    schema = guidances_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for example in (DETECTIVE, COFFEE, TEAHOUSE):
        project = load_project(example)
        for index in range(len(project.storyboards)):
            payload = compile_guidances(project, index).model_dump(mode="json")
            jsonschema.validate(payload, schema)


def test_the_committed_examples_are_what_the_generator_makes(tmp_path: Path) -> None:
    made = build(tmp_path)
    for folder in made:
        committed = EXAMPLES / folder.name
        assert (folder / "project.json").read_text() == (committed / "project.json").read_text()
        names = sorted(p.name for p in (folder / "assets").iterdir())
        assert names == sorted(p.name for p in (committed / "assets").iterdir())
        for name in names:  # names are content hashes, but compare bytes anyway
            assert filecmp.cmp(folder / "assets" / name, committed / "assets" / name, shallow=False)


def test_examples_are_the_ones_the_product_promises() -> None:
    detective = load_project(DETECTIVE).storyboards
    assert len(detective) == 1
    assert [(s.size.value, s.duration) for s in detective[0].shots] == [
        ("WS", 3),
        ("MS", 5),
        ("CU", 4),
    ]
    assert any(s.dialogue for s in detective[0].shots)
    sounds = " ".join(tag for s in detective[0].shots for tag in s.sound)
    assert "rain" in sounds
    assert "siren" in sounds
    coffee = load_project(COFFEE).storyboards
    assert [b.total_duration for b in coffee] == [15, 15]
