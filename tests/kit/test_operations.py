"""kit.operations, the one walk over the spec's operations and the one path-template matcher,
judged by the OpenAPI 3.1 schema (which fields of a Path Item are operations) and by the spec's
source files (which operations there are)."""

from __future__ import annotations

import re
from typing import Any

from openapi_spec_validator.schemas import schema_v31

from kit.operations import METHODS, TemplateMatcher, operations
from kit.spec import SPEC_ROOT

# The Path Item fields that hold an Operation Object, as the OpenAPI 3.1 schema lists them.
SCHEMA_METHODS = [
    name
    for name, field in schema_v31["$defs"]["path-item"]["properties"].items()
    if field.get("$ref") == "#/$defs/operation"
]


def every_method_spec() -> dict[str, Any]:
    """One path item with an operation under each method, and every other Path Item field."""
    item: dict[str, Any] = {m: {"operationId": f"{m}Thing"} for m in SCHEMA_METHODS}
    item |= {"summary": "s", "description": "d", "servers": [], "parameters": [{"name": "x"}]}
    return {"paths": {"/things": item}}


def test_the_method_list_is_the_schemas():
    assert len(SCHEMA_METHODS) == 8
    assert list(METHODS) == SCHEMA_METHODS


def test_the_walk_yields_every_method_and_nothing_else():
    spec = every_method_spec()
    walked = operations(spec)
    assert [op.method for op in walked] == SCHEMA_METHODS
    assert {op.operation_id for op in walked} == {f"{m}Thing" for m in SCHEMA_METHODS}
    assert all(op.item is spec["paths"]["/things"] for op in walked)  # its shared parameters

    del spec["paths"]["/things"]["trace"]  # broken input: the same check sees one missing
    assert [op.method for op in operations(spec)] != SCHEMA_METHODS


def test_the_walk_over_the_bundle_finds_every_operation_of_the_sources():
    written = {
        found
        for source in SPEC_ROOT.parent.rglob("*.yaml")
        if "bundled" not in source.parts
        for found in re.findall(r"^\s*operationId:\s*(\S+)", source.read_text(), re.MULTILINE)
    }
    walked = [op.operation_id for op in operations()]
    assert len(walked) == len(set(walked)) == len(written) == 77
    assert set(walked) == written


def test_the_matcher_prefers_literal_paths_whatever_their_order():
    templates = [("/api/x/{id}", "one"), ("/api/x/list", "list")]
    for given in (templates, templates[::-1]):
        matcher = TemplateMatcher(given)
        assert matcher.match("/api/x/list") == ("list", {})
        assert matcher.match("/api/x/7") == ("one", {"id": "7"})
    # Broken input: without the literal path, the same request is the template's.
    assert TemplateMatcher(templates[:1]).match("/api/x/list") == ("one", {"id": "list"})


def test_the_matcher_gives_parameters_by_name_one_segment_each():
    matcher = TemplateMatcher([("/books/{book-id}/pages/{page.no}", "page")])
    assert matcher.match("/books/b1/pages/3") == ("page", {"book-id": "b1", "page.no": "3"})
    assert matcher.match("/books/b1/x/pages/3") is None
    assert matcher.match("/v1/books/b1/pages/3") is None  # no prefix unless asked
    assert TemplateMatcher([("/A/{a}", 1)], ignore_case=True).match("/a/B") == (1, {"a": "B"})


def test_with_any_prefix_the_most_literal_template_wins():
    templates = [("/api/send/banks/{bank}", "bank"), ("/v2/api/send/banks/cities", "cities")]
    for given in (templates, templates[::-1]):
        matcher = TemplateMatcher(given, any_prefix=True)
        assert matcher.match("/v2/api/send/banks/cities") == ("cities", {})
        assert matcher.match("/host/v1/api/send/banks/b7") == ("bank", {"bank": "b7"})
    assert TemplateMatcher(templates, any_prefix=True).match("/api/send/banksx/b7") is None
