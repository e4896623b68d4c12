"""A method a path does not take gets 405 with the `Allow` header RFC 9110 requires."""

import httpx
import pytest
from mock_spec import spec


@pytest.mark.parametrize("path", sorted(spec()["paths"]))
def test_an_undocumented_method_gets_405_with_allow(client: httpx.Client, path: str) -> None:
    r = client.request("TRACE", path)
    assert r.status_code == 405
    documented = {method.upper() for method in spec()["paths"][path]}
    assert set(r.headers["allow"].split(", ")) == documented
