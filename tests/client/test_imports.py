"""Every generated module imports. Upstream's templates alone generate a send module that fails
on import (openapi-python-client #1451); generator/templates/endpoint_macros.py.jinja fixes it."""

from __future__ import annotations

from pathlib import Path

from tests.client.generation import PROJECT, import_errors


def test_every_generated_module_imports() -> None:
    errors, tried = import_errors(PROJECT)
    assert errors == []
    assert tried == len(list((PROJECT / "ippanel_client").rglob("*.py")))


def test_upstream_templates_give_a_module_that_does_not_import(upstream_client: Path) -> None:
    errors, _ = import_errors(upstream_client)
    assert errors == [
        "ippanel_client.api.send.send_sms: NameError: name 'Unset' is not defined",
    ]
