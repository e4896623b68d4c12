"""The keyword arguments an operation needs besides its client and body: each required path or
query parameter's `example` (every required parameter has one), under the generator's Python
name."""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from kit.spec import deref


def python_name(name: str) -> str:
    """The generator's name for a parameter, an operation or a tag: snake case."""
    return str(PythonIdentifier(name, prefix="field_"))


def required_arguments(operation: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for parameter in (deref(p, spec) for p in operation.get("parameters", [])):
        if not parameter.get("required") or parameter["in"] not in ("path", "query"):
            continue
        examples = [deref(e, spec)["value"] for e in parameter.get("examples", {}).values()]
        value = parameter.get("example", examples[0] if examples else None)
        assert value is not None, f"{parameter['name']}: a required parameter needs an example"
        found[python_name(parameter["name"])] = value
    return found
