"""Success and error bodies are told apart by their schemas alone: `meta.status` is `const`
in every envelope and `data` is required, so generated types discriminate on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.spec.spec_checks import bundle, edit, envelope_errors, load_yaml


def test_every_envelope_fixes_status_and_requires_data(spec: dict[str, Any]) -> None:
    assert envelope_errors(spec) == []


@pytest.mark.parametrize(
    ("source", "old", "new", "expected"),
    [
        # A success meta whose status may be anything: every success example is accepted flipped.
        ("SuccessMeta.yaml", "        const: true\n", "        type: boolean\n", "status False"),
        ("ErrorMeta.yaml", "        const: false\n", "        type: boolean\n", "status True"),
        ("SuccessEnvelope.yaml", "required: [data, meta]", "required: [meta]", "without data"),
    ],
)
def test_an_envelope_that_does_not_discriminate_is_caught(
    spec_copy: Path, tmp_path: Path, source: str, old: str, new: str, expected: str
) -> None:
    path = spec_copy / "openapi/shared/schemas" / source
    edit(path, old, new)
    if source == "SuccessEnvelope.yaml":
        # Each envelope also requires data in its own branch: take that away too.
        for envelope in (spec_copy / "openapi").rglob("*Envelope.yaml"):
            text = envelope.read_text(encoding="utf-8")
            envelope.write_text(text.replace("    required: [data]\n", ""), encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    bundle(spec_copy, broken)
    errors = envelope_errors(load_yaml(broken))
    assert errors and all(expected in e for e in errors), errors
