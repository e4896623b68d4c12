"""`contact-list/export` and `contact-list/{contact_id}` share a prefix: the mock and the client
must each send `.../contact-list/export` to the export, never read "export" as a contact id.
Each answer is compared with the example of the operation that should have answered (the
client's side: tests/client/test_against_mock.py, test_export_and_contact_are_two_calls)."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kit.spec import deref
from mock.launcher import Mock, free_port, prism_argv
from tests.mock.mock_spec import AUTH, spec

EXPORT = "/api/phonebooks/numbers/contact-list/export"
CONTACT = "/api/phonebooks/numbers/contact-list/{contact_id}"


def first_example(bundle: dict[str, Any], path: str) -> Any:
    """The first example of the 200 response of GET `path`."""
    response = deref(bundle["paths"][path]["get"]["responses"]["200"], bundle)
    examples = response["content"]["application/json"]["examples"]
    return deref(next(iter(examples.values())), bundle)["value"]


def answered_by(bundle: dict[str, Any], body: Any) -> str:
    """Which operation's example `body` is: the export's or the contact's."""
    found = [path for path in (EXPORT, CONTACT) if first_example(bundle, path) == body]
    assert len(found) == 1, body
    return found[0]


def test_the_export_is_not_a_contact(client: httpx.Client) -> None:
    bundle = spec()
    assert first_example(bundle, EXPORT) != first_example(bundle, CONTACT)
    export = client.get(EXPORT, headers=AUTH)
    contact = client.get(CONTACT.format(contact_id=1234), headers=AUTH)
    assert (export.status_code, contact.status_code) == (200, 200)
    assert answered_by(bundle, export.json()) == EXPORT
    assert answered_by(bundle, contact.json()) == CONTACT


def test_a_contact_id_is_a_number(client: httpx.Client) -> None:
    # Anything else after contact-list/ is no contact: the 422 envelope, not a contact.
    answer = client.get(CONTACT.format(contact_id="exports"), headers=AUTH)
    assert answer.status_code == 422, answer.text
    assert answer.json()["data"] is None


@pytest.fixture(scope="module")
def misrouting_prism() -> Iterator[Mock]:
    """Plain Prism on a broken spec: no export operation, and a contact id that takes any text."""
    broken = copy.deepcopy(spec())
    del broken["paths"][EXPORT]
    broken["components"]["parameters"]["ContactId"]["schema"] = {"type": "string"}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "broken.yaml"
        path.write_text(yaml.safe_dump(broken, allow_unicode=True))
        port = free_port()
        argv = prism_argv(port)
        argv[argv.index("mock") + 1] = str(path)
        prism = Mock(port, argv=argv)
        try:
            prism.wait_ready()
            yield prism
        finally:
            prism.stop()


def test_the_check_sees_a_misrouted_export(misrouting_prism: Mock) -> None:
    # On that spec the export's URL reads as contact "export": the check above would fail.
    answer = httpx.get(misrouting_prism.url + EXPORT, headers=AUTH, timeout=5)
    assert answer.status_code == 200
    assert answered_by(spec(), answer.json()) == CONTACT
