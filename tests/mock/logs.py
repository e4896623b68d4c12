"""The mock's log as far as a request: the mock writes its lines in batches, so a last request's
line marks that every line before it is written."""

import random

import httpx

from kit.processes import printed
from mock.launcher import Mock


def logged(mock: Mock, client: httpx.Client) -> str:
    """Everything the mock logged up to now (a marker request's line, at log level info)."""
    marker = f"/log-marker-{random.randrange(1 << 30)}"
    client.get(marker)
    assert mock.wait_for(printed(marker)), mock.output()[-2000:]
    return mock.output()
