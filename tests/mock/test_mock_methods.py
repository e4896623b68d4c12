"""A method a path does not take gets 405 with the `Allow` header RFC 9110 requires."""

import httpx
import pytest
from mock_spec import spec


@pytest.mark.parametrize("path", sorted(spec()["paths"]))
def test_an_undocumented_method_gets_405_with_allow(client: httpx.Client, path: str) -> None:
    documented = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    methods = {method.upper() for method in spec()["paths"][path] if method in documented}
    assert methods and "TRACE" not in methods
    r = client.request("TRACE", path)
    assert r.status_code == 405
    assert set(r.headers["allow"].split(", ")) == methods
