"""The spec's operations, one walk over `paths` x methods, and the one path-template matcher.

Every Python reader of the spec's operations (the QA tool, its test server, the kit's tests, the
benchmarks) walks them here, so a ninth method or a path-level change is handled in one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kit.spec import bundle

# OpenAPI 3.1's operation fields of a Path Item, in its order.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

T = TypeVar("T")


@dataclass(frozen=True)
class SpecOperation:
    method: str  # lower case, as the spec's key
    path: str  # the template, as in the spec
    operation: Mapping[str, Any]  # the Operation Object
    item: Mapping[str, Any]  # its Path Item (shared parameters)

    @property
    def operation_id(self) -> str:
        return str(self.operation.get("operationId", ""))

    @property
    def parameters(self) -> list[Any]:
        """The path item's shared parameters, then the operation's own (both as written: a
        `$ref` is not followed, so an own one that overrides a shared one is the caller's)."""
        return [*self.item.get("parameters", []), *self.operation.get("parameters", [])]


def operations(spec: Mapping[str, Any] | None = None) -> list[SpecOperation]:
    """Every operation of `spec` (the bundle by default), in the spec's path order."""
    document = bundle() if spec is None else spec
    return [
        SpecOperation(method, path, item[method], item)
        for path, item in document.get("paths", {}).items()
        if isinstance(item, Mapping)
        for method in METHODS
        if isinstance(item.get(method), Mapping)
    ]


def by_operation_id(spec: Mapping[str, Any] | None = None) -> dict[str, SpecOperation]:
    return {op.operation_id: op for op in operations(spec) if op.operation_id}


def template_regex(
    template: str, ignore_case: bool = False, any_prefix: bool = False
) -> re.Pattern[str]:
    """A path template as a regex on request paths: each {parameter} is one segment, captured
    in a group `p0`, `p1`... (parameter names need not be identifiers); `TemplateMatcher.match`
    gives them back by name. With `any_prefix`, anything may come before the template (a server's
    /v1, a host's own prefix): templates start with "/", so the prefix is whole segments."""
    parts = re.split(r"(\{[^}/]+\})", template)
    out, index = ".*?" if any_prefix else "", 0
    for part in parts:
        if part.startswith("{"):
            out += f"(?P<p{index}>[^/]+)"
            index += 1
        elif part:
            out += re.escape(part)
    return re.compile(out, re.IGNORECASE if ignore_case else 0)


def template_names(template: str) -> list[str]:
    return re.findall(r"\{([^}/]+)\}", template)


def literal_length(template: str) -> int:
    """How much of the template is fixed text (its parameters left out)."""
    return len(re.sub(r"\{[^}/]+\}", "", template))


class TemplateMatcher(Generic[T]):
    """Request paths -> (the value of the template they match, its parameters by name).

    The most literal template is tried first. A literal path and a template that match the same
    path differ in length only by the parameters, so literal paths come before templated ones
    (/api/x/list is not /api/x/{id}); with `any_prefix`, /v2/api/send/banks/cities comes before
    /api/send/banks/{bank}, which would match it after a prefix. Ties: fewer parameters, then
    the order given."""

    def __init__(
        self,
        templates: Iterable[tuple[str, T]],
        ignore_case: bool = False,
        any_prefix: bool = False,
    ) -> None:
        ordered = sorted(
            templates, key=lambda entry: (-literal_length(entry[0]), entry[0].count("{"))
        )
        self._entries = [
            (template_regex(t, ignore_case, any_prefix), template_names(t), value)
            for t, value in ordered
        ]

    def match(self, path: str) -> tuple[T, dict[str, str]] | None:
        for pattern, names, value in self._entries:
            found = pattern.fullmatch(path)
            if found is not None:
                return value, {name: found[f"p{i}"] for i, name in enumerate(names)}
        return None

    def values(self) -> list[T]:
        return [value for *_, value in self._entries]
