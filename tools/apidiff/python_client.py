"""The Python client's API changes (generated/ippanel-client), found by griffe's own breaking-change
finder (`griffe.find_breaking_changes`) over the package at BASE (out of `git archive`, so nothing
in the working tree is touched) and in the working tree.

Two things griffe does not do are added here. The models are attrs classes, whose constructor
attrs writes at import time: `AttrsInit` writes it for griffe, from the fields, as griffe's own
dataclasses extension does for dataclasses, so that a field a caller must now pass is found.
And griffe compares no annotations yet (its finder's "TODO: Support annotation breaking
changes"): `annotation_changes` says where an attribute's, parameter's or return's type changed.
Additions are not changes griffe reports; the spec's own say what was added.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import griffe

from kit.spec import REPO

from .report import Change
from .rules import rules
from .surface import Key, Names, norm, union_sorted

CLIENT = "generated/ippanel-client"
PACKAGE = "ippanel_client"
TITLE = f"Python client ({CLIENT})"
INIT = "attrs-init"  # the label of a constructor AttrsInit wrote

# griffe's kinds of breakage, each a rule of rules.txt.
RULES = {
    griffe.BreakageKind.OBJECT_REMOVED: "python-object-removed",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "python-object-changed-kind",
    griffe.BreakageKind.PARAMETER_REMOVED: "python-parameter-removed",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "python-parameter-became-required",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "python-required-parameter-added",
    griffe.BreakageKind.PARAMETER_MOVED: "python-parameter-moved",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "python-parameter-changed-kind",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "python-parameter-default-changed",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "python-return-removed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "python-base-removed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "python-type-changed",
    # griffe 2 no longer reports a value changed (its source: "YORE: Bump 3: Remove").
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE: "python-type-changed",
}


class AttrsInit(griffe.Extension):
    """An attrs class's `__init__`, from its annotated fields (those `field(init=False)` left
    out), keyword or positional, each with its default."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for module in [pkg, *all_modules(pkg)]:
            for member in module.members.values():
                if isinstance(member, griffe.Class) and is_attrs(member):
                    member.set_member("__init__", constructor(member))


def all_modules(module: griffe.Module) -> Iterator[griffe.Module]:
    for sub in module.modules.values():
        if isinstance(sub, griffe.Module):
            yield sub
            yield from all_modules(sub)


def is_attrs(cls: griffe.Class) -> bool:
    paths = {getattr(d.value, "canonical_path", "") for d in cls.decorators}
    return bool(paths & {"attrs.define", "attr.define", "attr.s", "attrs.frozen"})


def constructor(cls: griffe.Class) -> griffe.Function:
    """attrs' rules: a `field(...)` gives the default (or factory) and the name (`alias`, else
    the attribute's without its leading underscore); `init=False` keeps it out; a field with
    neither default nor factory is required. Keyword or positional, in order."""
    parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for member in cls.members.values():
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        if "property" in member.labels:
            continue
        name, default = member.name.lstrip("_"), member.value
        if getattr(member.value, "canonical_path", "") == "attrs.field":
            given = {
                str(getattr(a, "name", "")): getattr(a, "value", None)
                for a in getattr(member.value, "arguments", [])
            }
            if str(given.get("init")) == "False":
                continue
            name = str(given.get("alias") or name).strip("'\"")
            factory = given.get("factory")
            default = given.get("default") or (f"{factory}()" if factory else None)
        parameters.append(
            griffe.Parameter(
                name,
                annotation=member.annotation,
                kind=griffe.ParameterKind.positional_or_keyword,
                default=default,
            )
        )
    init = griffe.Function(
        "__init__", lineno=0, endlineno=0, parent=cls, parameters=griffe.Parameters(*parameters)
    )
    init.labels.add(INIT)
    return init


def load(search_path: Path) -> griffe.Module | None:
    if not (search_path / PACKAGE).is_dir():
        return None
    extensions = griffe.load_extensions(AttrsInit)
    package = griffe.load(
        PACKAGE, search_paths=[search_path], extensions=extensions, resolve_aliases=False
    )
    assert isinstance(package, griffe.Module)
    return package


def at_ref(base: str, where: Path) -> griffe.Module | None:
    """BASE's package, extracted under `where` (a temporary directory the caller removes)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", base, "--", CLIENT],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return None  # BASE has no Python client
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(where, filter="data")
    return load(where / CLIENT)


def changes(base: str, renames: Mapping[str, str]) -> list[tuple[Change, Names]]:
    """The client's changes from BASE to the working tree (entries not yet tied to the spec)."""
    with tempfile.TemporaryDirectory() as tmp:
        old = at_ref(base, Path(tmp))
        new = load(REPO / CLIENT)
        if old is None or new is None:
            return []
        return compare(old, new, renames)


def key_of(obj: griffe.Object | griffe.Alias, *more: str) -> Key:
    """(module relative to the package, then the names inside it): the key surface.py names."""
    # An alias (a re-export) lives in its parent module; its `.module` is its target's.
    home = obj.parent if obj.is_alias and obj.parent is not None else obj
    module = obj.path if obj.is_module else home.module.path
    inside = obj.path.removeprefix(module).removeprefix(".")
    relative = module.removeprefix(PACKAGE).removeprefix(".") or PACKAGE
    return (relative, *(inside.split(".") if inside else ()), *more)


def canon(path: str, renames: Mapping[str, str]) -> str:
    """A dotted path compared loosely, with renamed components under their new names: the
    generator names a model's class and module after its schema (TokenOwner, token_owner)."""
    renamed = {norm(old): norm(new) for old, new in renames.items()}
    return ".".join(renamed.get(norm(part), norm(part)) for part in path.split("."))


def annotation(value: Any, renames: Mapping[str, str]) -> str:
    """An annotation's text as compared: renamed schemas under their new names, its union in a
    fixed order (a oneOf's order is no change)."""
    text = str(value or "")
    for old, new in renames.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return union_sorted(text)


def public_objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    for name, member in obj.members.items():
        if member.is_alias or not member.is_public or name == "__all__":
            continue
        assert isinstance(member, griffe.Object)
        yield member
        if member.is_module or member.is_class:
            yield from public_objects(member)


def annotation_changes(
    pairs: list[tuple[griffe.Object, griffe.Object]], renames: Mapping[str, str]
) -> Iterator[tuple[str, Key, str, str, str]]:
    for old, new in pairs:
        if isinstance(old, griffe.Attribute) and isinstance(new, griffe.Attribute):
            # A field with a value may be left out of the constructor (a model's UNSET).
            was, now = old.value is not None, new.value is not None
            retyped = annotation(old.annotation, renames) != annotation(new.annotation, {})
            if was != now or retyped:
                parts = [f"became {'optional' if now else 'required'}"] * (was != now)
                parts += ["type changed"] * retyped
                before = f"{'optional ' * was}{old.annotation}"
                after = f"{'optional ' * now}{new.annotation}"
                yield "python-type-changed", key_of(new), before, after, ", ".join(parts)
        if isinstance(old, griffe.Function) and isinstance(new, griffe.Function):
            if INIT in new.labels:
                continue  # its parameters are the fields, compared as attributes
            if old.returns is not None and (
                annotation(old.returns, renames) != annotation(new.returns, {})
            ):
                before, after = str(old.returns), str(new.returns)
                yield "python-type-changed", key_of(new), before, after, "return type changed"
            kept = {p.name: p for p in new.parameters}
            for param in old.parameters:
                same = kept.get(param.name)
                if same is not None and (
                    annotation(param.annotation, renames) != annotation(same.annotation, {})
                ):
                    at = key_of(new, f"({param.name})")
                    before, after = str(param.annotation), str(same.annotation)
                    yield "python-type-changed", at, before, after, "parameter type changed"


def compare(
    old: griffe.Module, new: griffe.Module, renames: Mapping[str, str]
) -> list[tuple[Change, Names]]:
    """griffe's breakages, then the annotations it leaves out; a renamed schema's objects are
    compared under their new names."""
    index = {canon(o.path, renames): o for o in public_objects(new)}
    pairs = []
    for o in public_objects(old):
        if (n := index.get(canon(o.path, renames))) is not None:
            pairs.append((o, n))
    # Where a rename happens (its parent kept its name), griffe compares the two as one.
    renamed = [(o, n) for o, n in pairs if o.name != n.name]
    found: list[tuple[str, Key, str, str, str]] = []
    for a, b in [(old, new), *renamed]:
        for breakage in griffe.find_breaking_changes(a, b):
            found.extend(breakage_entry(breakage, index, renames))
    found.extend(annotation_changes(pairs, renames))
    result: dict[tuple[str, Key], tuple[Change, Names]] = {}
    for rule_id, key, before, after, message in sorted(found, key=lambda f: f[1]):
        rule, of = rules()[rule_id], names(key)
        where = f"{key[0]}: {'.'.join(key[1:])}" if len(key) > 1 else key[0]
        change = Change(rule.level, rule.id, "", where, before, after, message, of.operation_id)
        result.setdefault((rule_id, key), (replace(change, schema=of.schema, field=of.field), of))
    return list(result.values())


def breakage_entry(
    breakage: griffe.Breakage, index: Mapping[str, griffe.Object], renames: Mapping[str, str]
) -> Iterator[tuple[str, Key, str, str, str]]:
    obj = breakage.obj
    kind = breakage.kind
    if kind is griffe.BreakageKind.OBJECT_REMOVED and canon(obj.path, renames) in index:
        return  # renamed, not removed: compared under its new name
    init = isinstance(obj, griffe.Function) and INIT in obj.labels
    if init and kind in (
        griffe.BreakageKind.PARAMETER_REMOVED,
        griffe.BreakageKind.PARAMETER_MOVED,
    ):
        # A field removed is its attribute removed; a field's position follows the spec's order
        # of properties, and the generated models are built by keyword.
        return
    param = breakage.old_value if kind.name.startswith("PARAMETER") else None
    if kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        param = breakage.new_value
    key = key_of(obj, f"({param.name})") if param is not None else key_of(obj)
    before, after = "present", "absent"
    if kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        before, after = str(breakage.old_value.default), str(breakage.new_value.default)
    elif kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED:
        before, after = "absent", "required"
    elif kind is griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED:
        before, after = "optional", "required"
    elif (
        kind is not griffe.BreakageKind.OBJECT_REMOVED
        and kind is not griffe.BreakageKind.PARAMETER_REMOVED
    ):
        before, after = str(breakage.old_value), str(breakage.new_value)
    yield RULES[kind], key, before, after, kind.value.lower()


def names(key: Key) -> Names:
    """What a key names in the spec (the generator names both after it): `models` (a re-export)
    and models.<module>.<Class>.<field>: a component schema and field; api.<tag>.<op>: an
    operationId (and a parameter of its functions)."""
    module = key[0]
    if module == "models" and len(key) > 1:
        return Names(schema=key[1])
    if module.startswith("models."):
        schema = key[1] if len(key) > 1 else module.rsplit(".", 1)[1]
        field = key[2].strip("()") if len(key) > 2 else None
        if field == "__init__" and len(key) > 3:
            field = key[3].strip("()")
        return Names(schema=schema, field=field)
    if module.startswith("api.") and module.count(".") == 2:
        parameter = key[-1].strip("()") if key[-1].startswith("(") else None
        return Names(operation_id=module.rsplit(".", 1)[1], field=parameter)
    return Names()
