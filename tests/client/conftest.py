"""Fixtures of the client tests. The client is imported from the committed generated/ tree
(tests/conftest.py puts it on the path), as a backend team's checkout of this repository would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.client.generation import generate_with_upstream_templates
from tests.client.wire import Wire, record


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The bundled spec: the source of every expected value (users have no seed file)."""
    from tests.client.spec_examples import load_bundle

    return load_bundle()


@pytest.fixture(scope="session")
def upstream_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client as the generator makes it with none of generator/templates/."""
    out = tmp_path_factory.mktemp("upstream") / "ippanel-client"
    generate_with_upstream_templates(out)
    return out


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the session, outside the tree: later runs reuse the package's analysis."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    """What the client's transport asks of the network, with the test's own clock."""
    return record(monkeypatch)
