"""A method a path does not take gets 405 with the `Allow` header RFC 9110 requires."""

import re

import httpx
import pytest

from kit.operations import operations, template_regex
from kit.spec import deref
from tests.mock.mock_spec import spec


def methods_of(path: str) -> set[str]:
    return {op.method.upper() for op in operations(spec()) if op.path == path}


def url_of(path: str) -> str:
    """`path` with each parameter replaced by its documented example."""
    examples = {}
    for operation in (op.operation for op in operations(spec()) if op.path == path):
        for parameter in operation.get("parameters", []):
            parameter = deref(parameter, spec())
            examples[parameter["name"]] = parameter.get("example")
    return re.sub(r"\{([^}]+)\}", lambda m: str(examples[m.group(1)]), path)


def methods_for(url: str) -> set[str]:
    """The methods of the concrete path `url`, else of every templated path it matches (OpenAPI
    matches a concrete path first)."""
    if url in spec()["paths"]:
        return methods_of(url)
    return {
        op.method.upper() for op in operations(spec()) if template_regex(op.path).fullmatch(url)
    }


@pytest.mark.parametrize("path", sorted(spec()["paths"]))
def test_an_undocumented_method_gets_405_with_allow(client: httpx.Client, path: str) -> None:
    url = url_of(path)
    r = client.request("TRACE", url)
    assert r.status_code == 405
    allowed = r.headers["allow"].split(", ")
    assert set(allowed) == methods_for(url)
    assert methods_of(path) <= set(allowed)


def test_a_path_with_two_operations_allows_both(client: httpx.Client) -> None:
    r = client.request("TRACE", "/api/patterns/normal/zcxxc465465zxc")
    assert r.headers["allow"] == "DELETE, PUT"


def test_a_concrete_path_is_not_read_as_a_template(client: httpx.Client) -> None:
    # `/api/phonebooks/options` takes POST only, though `/api/phonebooks/{phonebook_id}` takes PUT.
    r = client.put("/api/phonebooks/options", json={"title": "t"}, headers={"Authorization": "t"})
    assert r.status_code == 405
    assert r.headers["allow"] == "POST"
    # The template itself still answers.
    r = client.put("/api/phonebooks/12345", json={"title": "t"}, headers={"Authorization": "t"})
    assert r.status_code == 200
