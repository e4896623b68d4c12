"""The operations and named examples of the bundled spec, and the generated client's pieces for
each: what the mock tests call, and the values they expect back."""

from __future__ import annotations

import copy
import importlib
import io
import re
import typing
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import attrs
from ippanel_client import models
from ippanel_client.types import UNSET, File

from kit.spec import bundle, deref

# A CSV in the two columns the spec documents for peer_to_peer_file.
CSV = "recipient,message\n+989120000000,پیام اول\n+989130000000,پیام دوم\n".encode()


def load_bundle() -> dict[str, Any]:
    """The bundled spec: the source of every expected value (users have no seed file). A copy of
    kit.spec's: a test may change it."""
    return copy.deepcopy(bundle())


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """`node`, its `$ref`s into `spec` followed."""
    found: dict[str, Any] = deref(node, spec)
    return found


METHODS = ("get", "put", "post", "delete", "patch")
# Stands in for the spreadsheet that importContacts uploads: the mock reads no more than a file.
XLSX = b"PK\x03\x04 a spreadsheet's first bytes"


@dataclass(frozen=True)
class Operation:
    path: str
    spec: dict[str, Any]
    secured: bool
    method: str = "post"

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    def module(self) -> ModuleType:
        """The generated module: api/<tag in snake case>/<operation_id in snake case>.py."""
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()
        tag = re.sub(r"\W+", "_", self.spec["tags"][0]).lower()
        return importlib.import_module(f"ippanel_client.api.{tag}.{name}")


def operations(bundle: dict[str, Any]) -> list[Operation]:
    found = []
    for path, item in bundle["paths"].items():
        for method, spec in item.items():
            if method not in METHODS:
                continue
            security = spec.get("security", bundle.get("security", []))
            found.append(Operation(path, spec, secured=bool(security), method=method))
    return found


def required_arguments(bundle: dict[str, Any], operation: Operation) -> dict[str, Any]:
    """The value of each required parameter (path or query), from its `example`: the spec gives
    every required parameter one. The generated functions take them by their names."""
    found = {}
    for parameter in operation.spec.get("parameters", []):
        parameter = resolve(bundle, parameter)
        if parameter.get("required"):
            assert "example" in parameter, f"{operation.operation_id}: {parameter['name']}"
            found[parameter["name"]] = parameter["example"]
    return found


@dataclass(frozen=True)
class ResponseExample:
    status: int
    name: str
    value: dict[str, Any]
    model: type  # the generated class of the response's schema


def response_examples(bundle: dict[str, Any], operation: Operation) -> list[ResponseExample]:
    found = []
    for status, response in operation.spec["responses"].items():
        content = resolve(bundle, response)["content"]["application/json"]
        model = getattr(models, resolve(bundle, content["schema"])["title"])
        for name, example in content["examples"].items():
            found.append(
                ResponseExample(int(status), name, resolve(bundle, example)["value"], model)
            )
    return found


def request_examples(bundle: dict[str, Any], operation: Operation) -> dict[str, dict[str, Any]]:
    """Each named request example, by name (JSON and multipart alike)."""
    body = operation.spec.get("requestBody")
    if body is None:
        return {}
    return {
        name: resolve(bundle, example)["value"]
        for media in body["content"].values()
        for name, example in media["examples"].items()
    }


def send_body_class(sending_type: str) -> type:
    """The request class that the spec's `const` assigns to a sending type."""
    model: type = getattr(models, "Send" + sending_type.title().replace("_", "") + "Request")
    return model


def body_from_example(operation: Operation, value: dict[str, Any]) -> Any:
    """A request example as the generated class a user would build. The multipart example names
    its file; a real CSV goes in its place."""
    body_class = typing.get_type_hints(operation.module().sync_detailed)["body"]
    if isinstance(value.get("file"), str):
        # A multipart example names its one file; a real file goes in its place.
        return body_class(file=File(payload=io.BytesIO(XLSX), file_name=value["file"]))
    if "sending_type" not in value:
        return body_class.from_dict(value)
    if "files[]" in value:
        return models.SendPeerToPeerFileRequest(
            sending_type=value["sending_type"],
            from_number=value["from_number"],
            send_time=value.get("send_time", UNSET),
            files=[
                File(payload=io.BytesIO(CSV), file_name=name, mime_type="text/csv")
                for name in value["files[]"]
            ],
        )
    model: Any = send_body_class(value["sending_type"])  # a generated class: it has from_dict
    return model.from_dict(value)


def untyped_fields(parsed: Any, where: str = "") -> list[str]:
    """Keys that landed in `additional_properties` of a model that declares its fields: a field
    the client failed to type. Maps by design (FieldErrors, PatternParams) declare none."""
    found = []
    if attrs.has(type(parsed)):
        declared = [f.name for f in attrs.fields(type(parsed)) if f.name != "additional_properties"]
        if declared:
            found += [f"{where}.{key}" for key in parsed.additional_properties]
        for name in declared:
            found += untyped_fields(getattr(parsed, name), f"{where}.{name}")
    elif isinstance(parsed, list):
        for i, item in enumerate(parsed):
            found += untyped_fields(item, f"{where}[{i}]")
    return found
