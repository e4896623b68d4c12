"""Each test module of the mock gets its own mock, started as `make mock` runs it on a free
port and stopped with its process group when the module is done."""

from collections.abc import Iterator

import httpx
import pytest

from mock.launcher import Mock, running_mock


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    with running_mock() as started:
        yield started


@pytest.fixture(scope="module")
def client(mock: Mock) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.url, timeout=5) as c:
        yield c
