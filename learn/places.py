"""Where a node of the spec lives, twice: in the bundle (a JSON pointer, what an overlay targets)
and in the sources under openapi/ (the file that defines it and the pointer in that file, what
APPLY=1 edits). A `Place` is moved by the same steps in both, following `$ref`s in each: the
bundle's `#/components/...` and the sources' relative file references."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kit.operations import TemplateMatcher, operations
from kit.spec import load_yaml

Pointer = tuple[str, ...]


class Documents:
    """The bundle and the source files, parsed once each."""

    def __init__(self, bundle: dict[str, Any], root: Path) -> None:
        self.bundle = bundle
        self.root = root  # openapi/openapi.yaml
        self._files: dict[Path, Any] = {}
        # Where each step of `Place.to` led: a checker walks the same schemas on every exchange.
        self.steps: dict[tuple[Place, tuple[str, ...]], Place] = {}

    def file(self, path: Path) -> Any:
        found = self._files.get(path)
        if found is None:
            resolved = path.resolve()
            if resolved not in self._files:
                self._files[resolved] = load_yaml(resolved)
            found = self._files[path] = self._files[resolved]
        return found

    def start(self) -> Place:
        return Place(self, (), self.root.resolve(), ())

    def component(self, kind: str, name: str) -> Place:
        """A component of the bundle, and the source file it was bundled from (the bundle names
        each component after its file, and file names are unique across the spec)."""
        files = [p for p in self.root.parent.rglob(f"{name}.yaml") if "bundled" not in p.parts]
        return Place(self, ("components", kind, name), files[0].resolve(), ())

    def operation(self, path: str, method: str) -> Place:
        return self.start().to("paths", path, method)


def at(document: Any, pointer: Pointer) -> Any:
    for key in pointer:
        document = document[int(key)] if isinstance(document, list) else document[key]
    return document


def _pointer(fragment: str) -> Pointer:
    return tuple(
        p.replace("~1", "/").replace("~0", "~") for p in fragment.lstrip("/").split("/") if p
    )


@dataclass(frozen=True)
class Place:
    docs: Documents = field(hash=False, compare=False)
    bundle: Pointer
    file: Path
    source: Pointer

    @cached_property
    def node(self) -> Any:
        return at(self.docs.bundle, self.bundle)

    @cached_property
    def source_node(self) -> Any:
        return at(self.docs.file(self.file), self.source)

    def resolved(self) -> Place:
        """This place, or the one its `$ref` names, until a real node: in each document on its
        own (the bundle inlines what the sources refer to, and the other way round)."""
        return self._in_bundle(None)._in_source(None)

    def _in_bundle(self, key: str | None) -> Place:
        place = self
        while _refers(place.node, key):
            target = _pointer(place.node["$ref"].partition("#")[2])
            place = Place(place.docs, target, place.file, place.source)
        return place

    def _in_source(self, key: str | None) -> Place:
        place = self
        while _refers(place.source_node, key):
            file_part, _, fragment = place.source_node["$ref"].partition("#")
            target = (place.file.parent / file_part).resolve() if file_part else place.file
            place = Place(place.docs, place.bundle, target, _pointer(fragment))
        return place

    def to(self, *keys: Any) -> Place:
        """The place `keys` lead to, following `$ref`s where a key is not in the node itself."""
        path = tuple(map(str, keys))
        found = self.docs.steps.get((self, path))
        if found is None:
            place = self
            for key in path:
                place = place._in_bundle(key)._in_source(key)
                place = Place(place.docs, (*place.bundle, key), place.file, (*place.source, key))
            found = self.docs.steps[(self, path)] = place.resolved()
        return found

    def has(self, key: str) -> bool:
        return isinstance(self.node, dict) and key in self.node

    def pointer(self) -> str:
        return "#/" + "/".join(k.replace("~", "~0").replace("/", "~1") for k in self.bundle)


def _refers(node: Any, key: str | None) -> bool:
    """Whether `node` is a reference to follow before reading `key` (None: any)."""
    return isinstance(node, dict) and "$ref" in node and (key is None or key not in node)


def jsonpath(pointer: Pointer) -> str:
    """An RFC 9535 normalized path: what an Overlay's `target` holds."""
    return "$" + "".join("['" + k.replace("\\", "\\\\").replace("'", "\\'") + "']" for k in pointer)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.method} {self.path})"


class Router:
    """Recorded requests to the spec's operations, by method and path template, whatever server
    prefix (/v1, a host's own) comes before the template."""

    def __init__(self, bundle: dict[str, Any]) -> None:
        by_method: dict[str, list[tuple[str, Operation]]] = {}
        for op in operations(bundle):
            route = Operation(op.method.upper(), op.path, op.operation_id)
            by_method.setdefault(route.method, []).append((op.path, route))
        self.routes = {
            method: TemplateMatcher(routes, any_prefix=True) for method, routes in by_method.items()
        }
        self.operations = [route for routes in by_method.values() for _, route in routes]

    def find(self, method: str, path: str) -> Operation | None:
        found = self.match(method, path)
        return None if found is None else found[0]

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation and its path parameters (as they came, still percent-encoded)."""
        matcher = self.routes.get(method)
        return None if matcher is None else matcher.match(path)
