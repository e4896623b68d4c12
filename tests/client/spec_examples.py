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
from ippanel_client.types import File

from kit.operations import operations as spec_operations
from kit.spec import bundle, deref
from tests.client.arguments import required_arguments

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


def sending_types(spec: dict[str, Any]) -> list[str]:
    """Every sending type `POST /api/send` takes: the discriminator keys of the union of each of
    its request bodies (JSON, multipart), in the spec's order."""
    content = spec["paths"]["/api/send"]["post"]["requestBody"]["content"]
    unions = [resolve(spec, media["schema"]) for media in content.values()]
    return [key for union in unions for key in union["discriminator"]["mapping"]]


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    spec: dict[str, Any]
    secured: bool
    # The query parameters its credentials go in (URL send), by name; none for the header token.
    query_credentials: tuple[str, ...] = ()

    @property
    def operation_id(self) -> str:
        return str(self.spec["operationId"])

    def module(self) -> ModuleType:
        """The generated module: api/<tag in snake case>/<operation_id in snake case>.py."""
        name = re.sub(r"(?<!^)(?=[A-Z])", "_", self.operation_id).lower()
        tag = self.spec["tags"][0].lower().replace(" ", "_")
        return importlib.import_module(f"ippanel_client.api.{tag}.{name}")

    def required_parameters(self) -> dict[str, Any]:
        """Each required parameter's `example`, by the generated function's argument name."""
        return required_arguments(self.spec, load_bundle())


def operations(bundle: dict[str, Any]) -> list[Operation]:
    found = []
    for op in spec_operations(bundle):
        security = op.operation.get("security", bundle.get("security", []))
        schemes = bundle["components"]["securitySchemes"]
        in_query = tuple(
            schemes[name]["name"]
            for name in (security[0] if security else {})
            if schemes[name]["in"] == "query"
        )
        spec = {**op.operation, "parameters": [resolve(bundle, p) for p in op.parameters]}
        found.append(Operation(op.path, op.method, spec, bool(security), in_query))
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


def file_fields(bundle: dict[str, Any], operation: Operation) -> set[str]:
    """The multipart body's fields that hold files (`format: binary`, or arrays of them)."""
    media = operation.spec.get("requestBody", {}).get("content", {}).get("multipart/form-data")
    if media is None:
        return set()
    properties = resolve(bundle, media["schema"]).get("properties", {})
    return {
        name
        for name, schema in properties.items()
        if "binary" in (schema.get("format"), schema.get("items", {}).get("format"))
    }


def body_from_example(operation: Operation, value: dict[str, Any]) -> Any:
    """A request example as the generated class a user would build. A multipart example names
    its files; real content (a CSV) goes in their place."""
    if "sending_type" not in value:
        files = file_fields(load_bundle(), operation)
        content = {
            name: [CSV for _ in given] if isinstance(given, list) else CSV
            for name, given in value.items()
            if name in files
        }
        body = typing.get_type_hints(operation.module().sync_detailed)["body"]
        # An optional body is typed `Model | Unset`: the model is the arm with from_dict.
        arms = typing.get_args(body) or (body,)
        built = next(a for a in arms if hasattr(a, "from_dict")).from_dict({**value, **content})
        # from_dict gives a File no name, and a part without a filename is a plain field: name
        # each file as a user would.
        for field in attrs.fields(type(built)):
            given = getattr(built, field.name)
            for file in given if isinstance(given, list) else [given]:
                if isinstance(file, File):
                    file.file_name, file.mime_type = "upload.csv", "text/csv"
        return built
    model: Any = send_body_class(value["sending_type"])  # a generated class: it has from_dict
    if "files[]" in value:
        body = model.from_dict({**value, "files[]": []})
        body.files = [
            File(payload=io.BytesIO(CSV), file_name=name, mime_type="text/csv")
            for name in value["files[]"]
        ]
        return body
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
