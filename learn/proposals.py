"""The policy: each difference becomes an edit of one key of one node of the spec, predictably.

- an undeclared field: an optional property, its type inferred from every value seen (a union
  where they differ, with null where null was seen), described as seen and undocumented;
- a type the server contradicts: widened to the types seen, flagged;
- a required property the server leaves out: no longer required, flagged;
- an unknown enum value: added (and named, where the enum names its values);
- an undocumented status: a response, the error envelope where the body is one, with an example;
- an undocumented content type: that content, with its schema inferred and an example.
Nothing is removed. 5xx answers and the other keywords (pattern, format, ...) are only reported.
Examples are scrubbed (sanitize.py)."""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from typing import Any

from genson import SchemaBuilder  # type: ignore[import-untyped]

from kit.spec import validator
from learn.differences import Difference, Findings, json_type
from learn.places import Documents, Place
from learn.sanitize import Sanitizer

LEARNED = "x-ippanel-learned"
UNDOCUMENTED = "undocumented: seen on the server, not in the documentation"
DISAGREES = "the server disagrees with the documentation: a person should decide"


@dataclass
class Edit:
    """Set `key` of the mapping at `place` to a value (the bundle's and the sources' differ only in
    how they write a `$ref`)."""

    place: Place
    key: str
    bundle_value: Any
    source_value: Any
    because: list[Difference] = field(default_factory=list)

    @property
    def existed(self) -> bool:
        return isinstance(self.place.node, dict) and self.key in self.place.node


class Policy:
    def __init__(self, docs: Documents, sanitizer: Sanitizer) -> None:
        self.docs, self.sanitizer = docs, sanitizer
        self.edits: dict[tuple[tuple[str, ...], str], Edit] = {}

    def current(self, place: Place, key: str) -> Any:
        edit = self.edits.get((place.bundle, key))
        if edit is not None:
            return copy.deepcopy(edit.bundle_value)
        return copy.deepcopy(place.node.get(key)) if isinstance(place.node, dict) else None

    def set(
        self, place: Place, key: str, value: Any, because: Difference, source: Any = None
    ) -> None:
        edit = self.edits.get((place.bundle, key))
        if edit is None:
            edit = self.edits[(place.bundle, key)] = Edit(place, key, None, None)
        edit.bundle_value = value
        edit.source_value = copy.deepcopy(value if source is None else source)
        if because not in edit.because:
            edit.because.append(because)

    def note(self, place: Place, text: str, because: Difference) -> None:
        notes = [n for n in str(self.current(place, LEARNED) or "").split("; ") if n]
        self.set(place, LEARNED, "; ".join(dict.fromkeys([*notes, text])), because)

    def propose(self, findings: Findings) -> list[Edit]:
        for difference in findings.differences.values():
            if difference.place is not None:
                getattr(self, "_" + difference.kind.replace(" ", "_"))(difference)
        return list(self.edits.values())

    # --- the rules ---------------------------------------------------------------------------

    def _undeclared_field(self, d: Difference) -> None:
        assert d.place is not None
        prop = infer(d.values)
        prop["description"] = (
            f"Seen on the server in {d.count} recorded answer(s); not in the documentation."
        )
        sample = next((v for v in d.values if v is not None), None)
        if sample is not None:
            prop["examples"] = [self.sanitizer.value(sample, d.detail)]
        prop[LEARNED] = UNDOCUMENTED
        if d.place.has("properties"):
            self.set(d.place.to("properties"), d.detail, prop, d)
        else:
            properties = self.current(d.place, "properties") or {}
            self.set(d.place, "properties", {**properties, d.detail: prop}, d)

    def _type(self, d: Difference) -> None:
        assert d.place is not None
        was = self.current(d.place, "type")
        types = [was] if isinstance(was, str) else list(was or [])
        seen = [json_type(v) for v in d.values]
        if "number" in types:  # an integer is a number already
            seen = [t for t in seen if t != "integer"]
        self.set(d.place, "type", list(dict.fromkeys([*types, *seen])), d)
        self.note(d.place, f"type widened to what the server sent; {DISAGREES}", d)

    def _required(self, d: Difference) -> None:
        assert d.place is not None
        required = [r for r in self.current(d.place, "required") or [] if r != d.detail]
        self.set(d.place, "required", required, d)
        self.note(d.place, f"{d.detail} made optional: the server left it out; {DISAGREES}", d)

    def _enum(self, d: Difference) -> None:
        assert d.place is not None
        values = self.current(d.place, "enum") or []
        new = [v for v in dict.fromkeys(map(_hashable, d.values)) if v not in values]
        self.set(d.place, "enum", [*values, *new], d)
        names = self.current(d.place, "x-enum-varnames")
        if names is not None:
            self.set(d.place, "x-enum-varnames", [*names, *map(varname, new)], d)
        self.note(d.place, f"enum value(s) {', '.join(map(str, new))} {UNDOCUMENTED}", d)

    def _status(self, d: Difference) -> None:
        assert d.place is not None
        body = d.values[0]
        envelope = self.docs.component("schemas", "ErrorEnvelope")
        is_error = body is not None and validator({"$ref": envelope.pointer()}).is_valid(body)
        response, source = self._response(d, body, envelope if is_error else None)
        self.set(d.place, d.detail, response, d, source)

    def _content_type(self, d: Difference) -> None:
        assert d.place is not None
        media = d.detail
        content, _ = self._content(d, d.values[0], None)
        if d.place.bundle[-1] == "content":
            self.set(d.place, media, content[media], d)
        else:  # a response without content
            self.set(d.place, "content", content, d)

    def _response(
        self, d: Difference, body: Any, envelope: Place | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        assert d.place is not None
        what = "the error envelope" if envelope else "this body"
        description = (
            f"Seen on the server in {d.count} recorded answer(s), with {what}; not in the "
            "documentation."
        )
        content, source_content = self._content(d, body, envelope)
        response: dict[str, Any] = {"description": description, LEARNED: UNDOCUMENTED}
        if body is not None:
            response["content"] = content
        source = {**response, "content": source_content} if body is not None else response
        return response, source

    def _content(
        self, d: Difference, body: Any, envelope: Place | None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        assert d.place is not None
        media = "application/json" if d.kind == "status" else d.detail
        example = {
            "summary": "As the server answered (scrubbed of personal data and secrets)",
            "value": self.sanitizer.value(body),
        }
        if envelope is not None:
            schema: dict[str, Any] = {"$ref": envelope.pointer()}
            relative = os.path.relpath(envelope.file, d.place.file.parent)
            source_schema: dict[str, Any] = {"$ref": relative}
        else:
            schema = source_schema = infer([v for v in d.values])
        if not isinstance(body, (dict, list)) and d.kind == "status":
            media = "text/plain"
        bundle = {media: {"schema": schema, "examples": {"seen-on-server": example}}}
        source = {media: {"schema": source_schema, "examples": {"seen-on-server": example}}}
        return bundle, copy.deepcopy(source)


def infer(values: list[Any]) -> dict[str, Any]:
    """A schema every value fits: genson's, without `required` (what was seen is not what must
    be) and without `$schema`."""
    builder = SchemaBuilder(schema_uri=None)
    for value in values:
        builder.add_object(value)
    schema: dict[str, Any] = builder.to_schema()
    return _optional(schema) if values else {}


def _optional(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _optional(v) for k, v in node.items() if k not in ("required", "$schema")}
    if isinstance(node, list):
        return [_optional(v) for v in node]
    return node


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def varname(value: Any) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "_", str(value)).strip("_").upper()
    return name if name and not name[0].isdigit() else f"VALUE_{name}"
