"""Fixtures of the client tests. The client is imported from the committed generated/ tree,
as a backend team's checkout of this repository would."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.client.generation import PROJECT, REPO, generate

if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The bundled spec: the source of every expected value (users have no seed file)."""
    return yaml.safe_load((REPO / "openapi" / "bundled" / "ippanel.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def fresh_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client as `make generate` makes it now, in a scratch directory."""
    out = tmp_path_factory.mktemp("fresh") / "ippanel-client"
    generate(out)
    return out
