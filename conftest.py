"""Fixtures shared by every test suite of the kit. pytest puts this directory on sys.path, so
`mock.launcher` imports from here."""

from collections.abc import Iterator

import pytest

from mock.launcher import running_mock


@pytest.fixture(scope="session")
def mock_url() -> Iterator[str]:
    """The base URL ("http://127.0.0.1:PORT") of the project's mock, started once per session as
    `make mock` runs it, on a free port, and stopped with its whole process group at the end."""
    with running_mock() as mock:
        yield mock.url
