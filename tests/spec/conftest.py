from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.spec.spec_checks import BUNDLE, ROOT, load_yaml


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The committed bundle: what the client, the mock and the contract tests read."""
    return load_yaml(ROOT / BUNDLE)


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    """A scratch copy of the spec sources, lint config and bundle, to break on purpose."""
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "openapi", tree / "openapi")
    shutil.copy(ROOT / "redocly.yaml", tree / "redocly.yaml")
    return tree
