"""Refactors are not breaks: a schema moved behind a `$ref`, split into `allOf` parts, a component
renamed, `oneOf` variants reordered, nullability spelled the other way, a default written out,
a header's name in another case. Each gives no breaking finding, only, where the clients' types
are named or written differently, a refactor finding; and each still lets a real break through
when one comes with it. The clients see a renamed schema under its new name."""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tools.apidiff import python_client, spec_changes, surface, ts_client
from tools.apidiff.surface import Entry

from .api_diff_fixture import FIXTURE, TODAY, Spec, headers, param, props, schema
from .test_api_diff_rules import rename

SHAPES: Spec = {
    "Circle": {"type": "object", "required": ["r"], "properties": {"r": {"type": "number"}}},
    "Square": {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}},
}


def with_shapes() -> Spec:
    spec = copy.deepcopy(FIXTURE)
    spec["components"]["schemas"].update(copy.deepcopy(SHAPES))
    circle, square = ({"$ref": f"#/components/schemas/{n}"} for n in ("Circle", "Square"))
    props(spec, "Item")["shape"] = {"oneOf": [circle, square]}
    props(spec, "ItemRequest")["shape"] = {"oneOf": [circle, square]}
    props(spec, "ItemRequest")["point"] = {
        "oneOf": [
            {"type": "object", "required": ["x"], "properties": {"x": {"type": "number"}}},
            {"type": "string", "pattern": "^[0-9]+,[0-9]+$"},
        ]
    }
    return spec


def move_behind_ref(s: Spec) -> None:
    """Item's `state` (inline) moved to a component of its own."""
    s["components"]["schemas"]["State"] = props(s, "Item")["state"]
    props(s, "Item")["state"] = {"$ref": "#/components/schemas/State"}


def inline(s: Spec) -> None:
    """The other way: ItemRequest's `kind` (a `$ref` to Kind) written in place."""
    props(s, "ItemRequest")["kind"] = copy.deepcopy(schema(s, "Kind"))


def split_into_all_of(s: Spec) -> None:
    """Item as `allOf`: a base with its id and name, and the rest."""
    item = schema(s, "Item")
    base = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {k: item["properties"].pop(k) for k in ("id", "name")},
    }
    item["required"] = [r for r in item["required"] if r not in ("id", "name")]
    s["components"]["schemas"]["Named"] = base
    s["components"]["schemas"]["Item"] = {"allOf": [{"$ref": "#/components/schemas/Named"}, item]}


def reorder_one_of(s: Spec) -> None:
    for name in ("Item", "ItemRequest"):
        props(s, name)["shape"]["oneOf"].reverse()
    props(s, "ItemRequest")["point"]["oneOf"].reverse()  # inline variants: no names to go by


def respell_nullable(s: Spec) -> None:
    props(s, "Item")["tag"] = {"type": ["string", "null"]}


def write_defaults_out(s: Spec) -> None:
    param(s, "lang").update(style="form", explode=True)


def recase_header(s: Spec) -> None:
    headers(s)["x-rate"] = headers(s).pop("X-Rate")


REFACTORS: dict[str, tuple[Callable[[Spec], None], set[str]]] = {
    # what it does, and the only rules it may fire
    "moved behind a $ref": (move_behind_ref, {"schema-ref-changed"}),
    "inlined": (inline, {"schema-ref-changed"}),
    "split into allOf": (split_into_all_of, {"schema-all-of-changed"}),
    "component renamed": (lambda s: rename(s, "Kind", "ItemKind"), {"component-renamed"}),
    "oneOf reordered": (reorder_one_of, set()),
    "nullable respelled": (respell_nullable, set()),
    "defaults written out": (write_defaults_out, set()),
    "header name in another case": (recase_header, set()),
}


def base() -> Spec:
    spec = with_shapes()
    props(spec, "Item")["tag"] = {"type": "string", "nullable": True}
    return spec


def diff(*edits: Callable[[Spec], None]) -> list[str]:
    old, new = base(), base()
    for edit in edits:
        edit(new)
    return [f"{c.level} {c.rule}" for c in spec_changes(old, new, TODAY)]


@pytest.mark.parametrize("name", REFACTORS)
def test_a_refactor_is_no_break(name: str) -> None:
    edit, allowed = REFACTORS[name]
    found = diff(edit)
    assert {f.split()[1] for f in found} <= allowed, found
    assert not [f for f in found if f.startswith("BREAKING")], found


def break_with(s: Spec) -> None:
    """A real break: Item's required `name` made optional (readers may go without it)."""
    declared = "Named" if "allOf" in schema(s, "Item") else "Item"
    schema(s, declared)["required"].remove("name")


@pytest.mark.parametrize("name", REFACTORS)
def test_a_break_that_comes_with_a_refactor_still_breaks(name: str) -> None:
    edit = REFACTORS[name][0]
    found = diff(edit, break_with)
    assert "BREAKING response-property-became-optional" in found, found


def test_a_moved_schema_is_named_by_the_field_that_holds_it() -> None:
    """What the clients' entries name (ItemRequest.kind in TypeScript, the class the Python
    generator names after them), so that their changes are told under it."""
    old, new = base(), base()
    inline(new)
    found = [(c.rule, c.schema, c.field) for c in spec_changes(old, new, TODAY)]
    assert set(found) == {("schema-ref-changed", "ItemRequest", "kind")}


def test_a_renamed_component_that_changed_too_is_no_rename() -> None:
    def renamed_and_changed(s: Spec) -> None:
        rename(s, "Kind", "ItemKind")
        schema(s, "ItemKind")["enum"].remove("b")

    found = diff(renamed_and_changed)
    assert "WARNING component-renamed" not in found
    assert "BREAKING request-property-enum-value-removed" in found


def test_an_inline_variant_changed_is_matched_to_itself() -> None:
    """Two inline variants, one changed: paired (one left on each side), so the change is
    named, not a variant removed and another added."""

    def loosen(s: Spec) -> None:
        props(s, "ItemRequest")["point"]["oneOf"][1].pop("pattern")

    found = diff(loosen)
    assert found == ["info request-property-pattern-removed"] * 2  # POST and PUT send it


def package(where: Path, files: dict[str, str]) -> Path:
    for name, source in {"__init__.py": "", **files}.items():
        (where / "ippanel_client" / name).parent.mkdir(parents=True, exist_ok=True)
        (where / "ippanel_client" / name).write_text(textwrap.dedent(source), encoding="utf-8")
    return where


MODEL = """
from attrs import define
@define
class {name}:
    value: str
"""
USER = """
from .models.{module} import {name}
def read() -> {name}: ...
"""


def test_the_python_client_sees_a_renamed_schema_under_its_new_name(tmp_path: Path) -> None:
    def client(where: Path, name: str, module: str, field: str = "value") -> Path:
        model = MODEL.format(name=name).replace("value: str", f"{field}: str")
        files = {f"models/{module}.py": model, "models/__init__.py": "", "api.py": USER}
        files["api.py"] = USER.format(module=module, name=name)
        return package(where, files)

    old = python_client.load(client(tmp_path / "old", "TokenOwner", "token_owner"))
    renamed = python_client.load(client(tmp_path / "new", "Owner", "owner"))
    changed = python_client.load(client(tmp_path / "changed", "Owner", "owner", field="other"))
    assert old is not None and renamed is not None and changed is not None
    assert python_client.compare(old, renamed, {"TokenOwner": "Owner"}) == []
    # Not told of the rename: the module gone, and the function's return type changed.
    told = {(c.rule, c.path) for c, _ in python_client.compare(old, renamed, {})}
    assert told == {
        ("python-object-removed", "models.token_owner"),
        ("python-type-changed", "api: read"),
    }
    # A real change in the renamed class is still found, under the new name.
    found = [
        (c.rule, c.path) for c, _ in python_client.compare(old, changed, {"TokenOwner": "Owner"})
    ]
    assert ("python-object-removed", "models.token_owner: TokenOwner.value") in found


def test_the_typescript_client_sees_a_renamed_schema_under_its_new_name() -> None:
    def entries(name: str) -> dict[tuple[str, ...], Entry]:
        return {
            ("schema.d.ts", "components", "schemas", name): Entry("{…}", False),
            ("schema.d.ts", "components", "schemas", name, "value"): Entry("string", False),
            ("schema.d.ts", "operations", "read", "data"): Entry(
                f'components["schemas"]["{name}"] | null', False
            ),
        }

    old, new = entries("TokenOwner"), entries("Owner")
    assert surface.compare(old, new, ts_client.names, {"TokenOwner": "Owner"}) == []
    told = surface.compare(old, new, ts_client.names, {})
    assert {c.rule for c, _ in told} == {
        "typescript-removed",
        "typescript-added",
        "typescript-changed",
    }
