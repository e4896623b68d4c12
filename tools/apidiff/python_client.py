"""The Python client's public API (generated/ippanel-client), read from its source by griffe:
each public module's classes with their attributes (a model's fields: type, and whether the
constructor lets them out), methods and functions with their parameters and return types.
BASE's copy comes out of `git archive`, so nothing in the working tree is touched."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import griffe

from kit.spec import REPO

from .surface import Entry, Key, Names, Surface

CLIENT = "generated/ippanel-client"
PACKAGE = "ippanel_client"
TITLE = f"Python client ({CLIENT})"


def public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def function(fn: griffe.Function, key: Key) -> Iterator[tuple[Key, Entry]]:
    yield key, Entry(f"def -> {fn.returns}", False)
    for parameter in fn.parameters:
        if parameter.name in ("self", "cls"):
            continue
        annotation = str(parameter.annotation or "")
        yield (*key, f"({parameter.name})"), Entry(annotation, parameter.default is not None)


def members(obj: griffe.Object, key: Key) -> Iterator[tuple[Key, Entry]]:
    for name, member in obj.members.items():
        if member.is_alias or not public(name) or name == "__all__":
            continue
        at = (*key, name)
        if isinstance(member, griffe.Class):
            bases = ", ".join(str(b) for b in member.bases)
            yield at, Entry(f"class({bases})", False)
            yield from members(member, at)
        elif isinstance(member, griffe.Function):
            yield from function(member, at)
        elif isinstance(member, griffe.Attribute):
            if member.annotation is None:  # an enum's member, a plain constant: its value
                yield at, Entry(f"= {member.value}", False)
            else:
                yield at, Entry(str(member.annotation), member.value is not None)


def surface(search_path: Path) -> Surface:
    if not (search_path / PACKAGE).is_dir():
        return {}
    package = griffe.load(PACKAGE, search_paths=[search_path], resolve_aliases=False)
    assert isinstance(package, griffe.Module)
    found: Surface = {}
    todo: list[griffe.Module] = [package]
    while todo:
        module = todo.pop()
        todo.extend(m for name, m in module.modules.items() if public(name))
        name = module.path.removeprefix(PACKAGE).removeprefix(".") or PACKAGE
        found.update(members(module, (name,)))
    return found


def at_ref(base: str) -> Surface:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", base, "--", CLIENT],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return {}  # BASE has no Python client
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(tmp, filter="data")
        return surface(Path(tmp) / CLIENT)


def working_tree() -> Surface:
    return surface(REPO / CLIENT)


def names(key: Key) -> Names:
    """models.<module>.<Class>.<field>: a component schema and field; api.<tag>.<op>: an
    operationId (the generator names both after the spec)."""
    module = key[0]
    if module.startswith("models.") and len(key) > 1:
        return Names(schema=key[1], field=key[2].strip("()") if len(key) > 2 else None)
    if module.startswith("api.") and module.count(".") == 2:
        return Names(operation_id=module.rsplit(".", 1)[1])
    return Names()
