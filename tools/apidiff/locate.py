"""Where a spec change is in the spec's sources, for an annotation on a pull request's lines: a
field of a component schema in its file (`openapi/<section>/schemas/<Name>.yaml`: the bundle
names each component after its file), else the operation's method (or its parameter) in its
path file (the one `openapi/openapi.yaml` lists for the path), else the root's `paths`."""

from __future__ import annotations

from collections import deque
from functools import cache
from pathlib import Path

import yaml

from kit.spec import REPO, SPEC_ROOT_PATH

from .report import Change


@cache
def tree(file: Path) -> yaml.Node | None:
    try:
        return yaml.compose(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None


def direct(node: yaml.Node, keys: tuple[str, ...]) -> int | None:
    """The line of the entry at `keys` right under `node`, if there is one."""
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            return None
        pair = next(((k, v) for k, v in node.value if k.value == key), None)
        if pair is None:
            return None
        line, node = int(pair[0].start_mark.line) + 1, pair[1]
    return line


def key_line(node: yaml.Node | None, *keys: str) -> int | None:
    """The line (1-based) of the first entry at `keys` anywhere under `node`, breadth-first:
    `key_line(tree, "properties", "name")` finds a field wherever its `properties` are (in an
    allOf part too)."""
    todo: deque[yaml.Node] = deque([node] if node is not None else [])
    while todo:
        current = todo.popleft()
        if (found := direct(current, keys)) is not None:
            return found
        if isinstance(current, yaml.MappingNode):
            todo.extend(value for _, value in current.value)
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
    return None


def direct_node(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if k.value == key), None)


def named_line(node: yaml.Node | None, name: str) -> int | None:
    """The line of the first `name: <name>` entry under `node`, breadth-first."""
    todo: deque[yaml.Node] = deque([node] if node is not None else [])
    while todo:
        current = todo.popleft()
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if key.value == "name" and getattr(value, "value", None) == name:
                    return int(key.start_mark.line) + 1
                todo.append(value)
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(current.value)
    return None


def schema_file(name: str, root: Path) -> Path | None:
    found = sorted((root / "openapi").glob(f"**/schemas/{name}.yaml"))
    return found[0] if found else None


def path_file(path: str, root: Path) -> Path | None:
    spec_root = tree(root / SPEC_ROOT_PATH)
    if not isinstance(spec_root, yaml.MappingNode):
        return None
    for key, value in spec_root.value:
        if key.value == "paths" and isinstance(value, yaml.MappingNode):
            for path_key, item in value.value:
                if path_key.value == path and isinstance(item, yaml.MappingNode):
                    refs = {k.value: v.value for k, v in item.value}
                    ref = refs.get("$ref")
                    return (root / SPEC_ROOT_PATH).parent / ref if isinstance(ref, str) else None
    return None


def source(change: Change, root: Path = REPO) -> tuple[str, int]:
    """(file relative to `root`, line) for a spec change."""
    if change.schema and (file := schema_file(change.schema, root)):
        keys = ("properties", change.field) if change.field else ()
        line = key_line(tree(file), *keys) if keys else None
        return str(file.relative_to(root)), line or 1
    if change.operation:
        method, path = change.operation.split(" ", 1)
        file = path_file(path, root)
        if file is not None and file.exists():
            operation = direct_node(tree(file), method.lower())
            # A parameter's own entry (`name: <it>`), when the path file writes it out.
            line = named_line(operation, change.field) if change.field else None
            return str(file.relative_to(root)), line or key_line(tree(file), method.lower()) or 1
    return str(SPEC_ROOT_PATH), key_line(tree(root / SPEC_ROOT_PATH), "paths") or 1
