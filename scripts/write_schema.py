"""Write the guidances payload's JSON Schema to docs/guidances.schema.json.

python scripts/write_schema.py
"""

from __future__ import annotations

import json
from pathlib import Path

from storyboard_app.compiler.guidances import guidances_schema

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "guidances.schema.json"


def schema_text() -> str:
    """The exact text of the schema file."""
    return json.dumps(guidances_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
