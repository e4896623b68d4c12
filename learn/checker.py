"""The one checker of recorded or live exchanges against the spec: what `make learn` learns from
and what `make proxy` reports come from here. Each exchange is matched to its operation, then
checked both ways:

- the response: a documented status (a 5xx is a server error), a documented content type, a body
  valid for that status, and fields that no schema declares even where extra ones are allowed;
- the request: the credentials the operation needs, its parameters (required, typed, within their
  schema) and none undeclared, and its body (content type, schema, undeclared fields).

Each difference names where it is (a JSON pointer, list items as `*`) and what was expected
against what was seen as a type, a keyword or a field name, never a value: the values stay in
`Found`, for `make learn` to infer from."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import unquote

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from werkzeug.formparser import parse_form_data

from kit.spec import registry
from learn.har import Exchange
from learn.places import Documents, Operation, Place, Router

# The kinds of difference, in the order a report lists them.
KINDS = (
    "undeclared field",
    "type",
    "required",
    "enum",
    "status",
    "content type",
    "credentials",
    "other",
    "server error",
)
JSON = "application/json"


@dataclass
class Difference:
    operation: Operation
    kind: str
    detail: str  # the field, keyword, status or media type it is about
    where: str  # for a person: "200 data.user_id", "request body params.recipients"
    place: Place | None  # the node a proposal edits (None: nothing to learn)
    values: list[Any] = field(default_factory=list)  # every value seen there
    bodies: list[Any] = field(default_factory=list)  # the answers it was seen in (raw)
    count: int = 0
    direction: str = "response"  # or "request"
    location: str = "body"  # body, status, content type, query, path, header
    pointer: str = ""  # a JSON pointer into `location`; list items as `*`
    expected: str = ""  # a type, keyword, field name or status: never a value seen
    seen: str = ""

    @property
    def key(self) -> tuple[str, str, str, tuple[str, ...]]:
        return (
            self.operation.label,
            self.kind,
            self.detail,
            self.place.bundle if self.place else (),
        )

    @property
    def breaking(self) -> bool:
        """Whether the exchange breaks the spec as written: a field the spec does not declare
        breaks nothing where extra fields are allowed (it is reported, and learned)."""
        return self.kind != "undeclared field"


@dataclass
class Found:
    """A difference in one exchange, with the value that shows it and the body it is in."""

    difference: Difference
    value: Any
    body: Any


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def dotted(status: int | str, path: Any) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return f"{status} {parts or 'body'}"


def pointer(path: Any) -> str:
    """An RFC 6901 pointer of an instance path, each list index written `*`: every item of a
    list is one place of the schema."""
    return "".join(
        "/" + ("*" if isinstance(p, int) else str(p).replace("~", "~0").replace("/", "~1"))
        for p in path
    )


def media_of(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def multipart_fields(content_type: str, raw: bytes) -> dict[str, Any]:
    """A multipart body as the spec's schemas see it: each field a string, a field named `x[]` a
    list, a file its content (read as latin-1, so each byte is one character)."""
    environ = {
        "wsgi.input": io.BytesIO(raw),
        "CONTENT_LENGTH": str(len(raw)),
        "CONTENT_TYPE": content_type,
        "REQUEST_METHOD": "POST",
    }
    _, form, files = parse_form_data(environ)
    fields: dict[str, Any] = {}
    for name, texts in form.lists():
        fields[name] = texts
    for name, uploads in files.lists():
        fields[name] = [u.read().decode("latin-1") for u in uploads]
    return {k: v if k.endswith("[]") or len(v) > 1 else v[0] for k, v in fields.items()}


class Checker:
    """The spec's operations and schemas, ready to check exchanges: validators are made once per
    schema and kept."""

    def __init__(self, docs: Documents) -> None:
        self.docs = docs
        self.router = Router(docs.bundle)
        self.schemas = registry(docs.bundle)
        self.security = docs.bundle.get("security", [])
        self.schemes = docs.bundle.get("components", {}).get("securitySchemes", {})
        self._validators: dict[str, Draft202012Validator] = {}
        self.operation = cache(self._operation)

    def route(self, method: str, path: str) -> Operation | None:
        return self.router.find(method.upper(), path)

    def _operation(self, op: Operation) -> Place:
        return self.docs.operation(op.path, op.method.lower())

    def validator(self, place: Place) -> Draft202012Validator:
        """A validator of the schema at `place`, formats included: a live server may break them
        as it may a type."""
        ref = place.pointer()
        found = self._validators.get(ref)
        if found is None:
            found = Draft202012Validator(
                {"$ref": "urn:ippanel" + ref},
                registry=self.schemas,
                format_checker=FormatChecker(),
            )
            self._validators[ref] = found
        return found

    # --- responses ---------------------------------------------------------------------------

    def response(self, op: Operation, ex: Exchange) -> Iterator[Found]:
        operation = self.operation(op)
        is_json, body = ex.json()
        shown = body if is_json else ex.body
        status = str(ex.status)
        responses = operation.to("responses")
        documented = list(responses.node)
        if ex.status >= 500:  # reported, never learned
            yield Found(
                Difference(
                    op,
                    "server error",
                    status,
                    status,
                    None,
                    location="status",
                    expected=", ".join(documented),
                    seen=status,
                ),
                ex.status,
                shown,
            )
            return
        if status not in responses.node and "default" not in responses.node:
            yield Found(
                Difference(
                    op,
                    "status",
                    status,
                    status,
                    responses,
                    location="status",
                    expected=", ".join(documented),
                    seen=status,
                ),
                shown,
                shown,
            )
            return
        response = responses.to(status if status in responses.node else "default")
        content = response.node.get("content") or {}
        if not ex.media_type:
            return
        if ex.media_type not in content:
            place = response.to("content") if content else response
            yield Found(
                Difference(
                    op,
                    "content type",
                    ex.media_type,
                    f"{status} {ex.media_type}",
                    place,
                    location="content type",
                    expected=", ".join(content) or "no body",
                    seen=ex.media_type,
                ),
                shown,
                shown,
            )
            return
        if not is_json or "schema" not in content[ex.media_type]:
            return
        schema = response.to("content", ex.media_type, "schema")
        yield from self._body(op, schema, body, "response", status)

    # --- requests ----------------------------------------------------------------------------

    def request(self, op: Operation, ex: Exchange) -> Iterator[Found]:
        operation = self.operation(op)
        yield from self._credentials(op, operation, ex)
        yield from self._parameters(op, operation, ex)
        yield from self._request_body(op, operation, ex)

    def credentials_given(self, ex: Exchange) -> str:
        """The headers that carry credentials in the request, by name (what the credentials'
        check reads of the headers: whether they are there)."""
        names = {
            str(s.get("name", "")).lower() for s in self.schemes.values() if s.get("in") == "header"
        }
        return ",".join(sorted({k.lower() for k, v in ex.request_headers if v} & names))

    def _credentials(self, op: Operation, operation: Place, ex: Exchange) -> Iterator[Found]:
        requirements = operation.node.get("security", self.security)
        if not requirements:
            return
        headers = {k.lower() for k, v in ex.request_headers if v}
        query = {k for k, v in ex.query if v}

        def met(requirement: dict[str, Any]) -> bool:
            for name in requirement:
                scheme = self.schemes.get(name, {})
                given = headers if scheme.get("in") == "header" else query
                if str(scheme.get("name", "")).lower() not in {g.lower() for g in given}:
                    return False
            return True

        if any(met(r) for r in requirements):
            return
        wanted = " or ".join(
            " and ".join(
                f"{self.schemes.get(n, {}).get('in', '?')} {self.schemes.get(n, {}).get('name', n)}"
                for n in r
            )
            for r in requirements
        )
        yield Found(
            Difference(
                op,
                "credentials",
                wanted,
                f"request credentials: {wanted}",
                None,
                direction="request",
                location="credentials",
                expected=wanted,
                seen="none",
            ),
            None,
            None,
        )

    def _parameters(self, op: Operation, operation: Place, ex: Exchange) -> Iterator[Found]:
        item = self.docs.start().to("paths", op.path)
        declared: dict[tuple[str, str], Place] = {}
        for owner in (item, operation):
            for i, _ in enumerate(owner.node.get("parameters", [])):
                param = owner.to("parameters", i)
                declared[(param.node["in"], param.node["name"])] = param
        given: dict[str, dict[str, list[str]]] = {"query": {}, "header": {}, "path": {}}
        for name, text in ex.query:
            given["query"].setdefault(name, []).append(text)
        for name, text in ex.request_headers:
            given["header"].setdefault(name.lower(), []).append(text)
        matched = self.router.match(op.method, ex.path)
        for name, text in (matched[1] if matched else {}).items():
            given["path"][name] = [unquote(text)]
        # The URL send's credentials are parameters of its security, not of the operation.
        secret_names = {
            str(self.schemes.get(name, {}).get("name"))
            for requirement in operation.node.get("security", self.security)
            for name in requirement
            if self.schemes.get(name, {}).get("in") == "query"
        }
        for (where, name), param in declared.items():
            values = given.get(where, {}).get(name.lower() if where == "header" else name, [])
            if not values:
                if param.node.get("required"):
                    yield Found(
                        Difference(
                            op,
                            "required",
                            name,
                            f"request {where} {name}",
                            None,
                            direction="request",
                            location=where,
                            pointer=pointer([name]),
                            expected=f"a parameter {name}",
                            seen="none",
                        ),
                        None,
                        None,
                    )
                continue
            schema = param.to("schema")
            value: Any = coerce(values[-1], schema.node) if len(values) == 1 else values
            for found in self._errors(op, schema, value, "request", where, where):
                found.difference.pointer = pointer([name]) + found.difference.pointer
                found.difference.where = f"request {where} {name}"
                found.difference.place = None
                yield found
        for name in given["query"]:
            if ("query", name) not in declared and name not in secret_names:
                yield Found(
                    Difference(
                        op,
                        "undeclared field",
                        name,
                        f"request query {name}",
                        None,
                        direction="request",
                        location="query",
                        pointer=pointer([name]),
                        expected="no such parameter",
                        seen=f"a parameter {name}",
                    ),
                    None,
                    None,
                )

    def _request_body(self, op: Operation, operation: Place, ex: Exchange) -> Iterator[Found]:
        if "requestBody" not in operation.node:
            return
        request_body = operation.to("requestBody")
        content = request_body.node.get("content") or {}
        raw = ex.request_bytes()
        if not raw:
            if request_body.node.get("required"):
                yield Found(
                    Difference(
                        op,
                        "required",
                        "body",
                        "request body",
                        None,
                        direction="request",
                        expected="a body",
                        seen="none",
                    ),
                    None,
                    None,
                )
            return
        content_type = ex.request_header("content-type")
        media = media_of(content_type)
        if media not in content:
            yield Found(
                Difference(
                    op,
                    "content type",
                    media or "none",
                    f"request {media or 'none'}",
                    None,
                    direction="request",
                    location="content type",
                    expected=", ".join(content),
                    seen=media or "none",
                ),
                None,
                None,
            )
            return
        body: Any
        try:
            if media == "multipart/form-data":
                body = multipart_fields(content_type or "", raw)
            elif media == JSON:
                body = json.loads(raw.decode("utf-8"))
            else:
                return  # a media type the spec gives no schema of that this checker reads
        except (ValueError, UnicodeDecodeError):
            yield Found(
                Difference(
                    op,
                    "other",
                    "syntax",
                    f"request body: not {media}",
                    None,
                    direction="request",
                    expected=media,
                    seen="unreadable",
                ),
                None,
                None,
            )
            return
        if "schema" not in content[media]:
            return
        schema = request_body.to("content", media, "schema")
        for found in self._body(op, schema, body, "request", "request"):
            found.difference.place = None  # a request teaches the app, not the spec
            yield found

    # --- bodies, either way ------------------------------------------------------------------

    def _body(
        self, op: Operation, schema: Place, body: Any, direction: str, status: str
    ) -> Iterator[Found]:
        yield from self._errors(op, schema, body, direction, status, "body")
        for holder, ipath, name, value in undeclared(schema, body, [], self):
            yield Found(
                Difference(
                    op,
                    "undeclared field",
                    name,
                    dotted(status, [p for p in [*ipath, name] if not isinstance(p, int)]),
                    holder,
                    direction=direction,
                    pointer=pointer([*ipath, name]),
                    expected="no such field",
                    seen=f"a field {name} ({_a(json_type(value))})",
                ),
                value,
                body,
            )

    def _errors(
        self,
        op: Operation,
        schema: Place,
        instance: Any,
        direction: str,
        status: str,
        location: str,
    ) -> Iterator[Found]:
        for error in self.validator(schema).iter_errors(instance):
            for leaf in _leaves(error):
                yield from self._error(op, schema, instance, leaf, direction, status, location)

    def _error(
        self,
        op: Operation,
        schema: Place,
        body: Any,
        error: ValidationError,
        direction: str,
        status: str,
        location: str,
    ) -> Iterator[Found]:
        keyword = str(error.validator)
        path = list(error.absolute_path)
        holder = _holder(schema, error)
        kind = keyword if keyword in ("type", "required", "enum") else "other"
        wanted: Any = error.validator_value
        instance: Any = error.instance
        if kind == "required":
            for name in [r for r in wanted if r not in instance]:
                yield Found(
                    Difference(
                        op,
                        kind,
                        name,
                        dotted(status, [*path, name]),
                        holder,
                        pointer=pointer([*path, name]),
                        expected=f"a field {name}",
                        seen="none",
                        direction=direction,
                        location=location,
                    ),
                    None,
                    body,
                )
            return
        named = [p for p in path if not isinstance(p, int)]
        detail = keyword if kind == "other" else ".".join(map(str, named))
        if kind == "type":
            expected = " or ".join(wanted) if isinstance(wanted, list) else str(wanted)
            seen = json_type(error.instance)
        elif kind == "enum":
            expected = "one of " + json.dumps(error.validator_value, ensure_ascii=False)
            seen = f"{_a(json_type(error.instance))} outside it"
        else:
            expected = f"{keyword} {_said(error.validator_value)}"
            seen = f"{_a(json_type(error.instance))} that breaks it"
        where = dotted(status, named) + ("" if kind != "other" else f": {error.message}")
        yield Found(
            Difference(
                op,
                kind,
                detail,
                where,
                None if kind == "other" else holder,
                pointer=pointer(path),
                expected=expected,
                seen=seen,
                direction=direction,
                location=location,
            ),
            error.instance,
            body,
        )


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _said(value: Any) -> str:
    """A keyword's value from the spec, short: a schema is named by what it is, not printed."""
    if isinstance(value, (dict, list)) and len(json.dumps(value)) > 60:
        return "(a schema)" if isinstance(value, dict) else f"({len(value)} schemas)"
    return json.dumps(value, ensure_ascii=False)


def _leaves(error: ValidationError) -> Iterator[ValidationError]:
    """The errors a person would fix: inside a `oneOf` or `anyOf` whose variants are told apart
    by a `const` or `enum` (the sending type), the errors of the one variant the instance
    chose; the union's own error otherwise."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        by_branch: dict[int, list[ValidationError]] = {}
        for sub in error.context:
            by_branch.setdefault(int(sub.schema_path[0]), []).append(sub)
        chosen = [
            errors
            for errors in by_branch.values()
            if not any(
                e.validator in ("const", "enum") and len(e.relative_path) <= 1 for e in errors
            )
        ]
        branches = len(error.validator_value)  # type: ignore[arg-type]
        if len(chosen) == 1 and len(by_branch) == branches:
            for sub in chosen[0]:
                yield from _leaves(sub)
            return
    yield error


def _holder(schema: Place, error: ValidationError) -> Place:
    """The schema node an error's keyword sits in, through the unions it went into."""
    return schema.to(*list(error.absolute_schema_path)[:-1])


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query, path or header value as its schema's type (the value itself when it is not one)."""
    kind = schema.get("type")
    try:
        if kind == "integer" and value.lstrip("-").isdigit():
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        pass
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def undeclared(
    schema: Place, instance: Any, ipath: list[Any], checker: Checker
) -> Iterator[tuple[Place, list[Any], str, Any]]:
    """(the schema to declare it in, where, name, value) of each field of `instance` that no schema
    applying to it declares; in lists, of every item."""
    applying: dict[str, list[Place]] = {}
    _applying(schema, instance, ipath, checker, applying)
    yield from _undeclared_at(instance, ipath, applying)


def _key(ipath: list[Any]) -> str:
    return json.dumps(ipath)


def _applying(
    place: Place, instance: Any, ipath: list[Any], checker: Checker, out: dict[str, list[Place]]
) -> None:
    node = place.node
    if not isinstance(node, dict):
        return
    out.setdefault(_key(ipath), []).append(place)
    for i, _ in enumerate(node.get("allOf", [])):
        _applying(place.to("allOf", i), instance, ipath, checker, out)
    for keyword in ("anyOf", "oneOf"):
        for i, _ in enumerate(node.get(keyword, [])):
            branch = place.to(keyword, i)
            if checker.validator(branch).is_valid(instance):
                _applying(branch, instance, ipath, checker, out)
    if isinstance(instance, dict):
        declared = node.get("properties") or {}
        for name, value in instance.items():
            if name in declared:
                _applying(place.to("properties", name), value, [*ipath, name], checker, out)
            elif isinstance(node.get("additionalProperties"), dict):
                sub = place.to("additionalProperties")
                _applying(sub, value, [*ipath, name], checker, out)
    if isinstance(instance, list) and isinstance(node.get("items"), dict):
        for i, item in enumerate(instance):
            _applying(place.to("items"), item, [*ipath, i], checker, out)


def _undeclared_at(
    instance: Any, ipath: list[Any], applying: dict[str, list[Place]]
) -> Iterator[tuple[Place, list[Any], str, Any]]:
    if isinstance(instance, list):
        for i, item in enumerate(instance):
            yield from _undeclared_at(item, [*ipath, i], applying)
        return
    if not isinstance(instance, dict):
        return
    places = applying.get(_key(ipath), [])
    nodes = [p.node for p in places]
    # A map (additionalProperties with a schema: field errors by name) declares every key.
    if not places or any(isinstance(n.get("additionalProperties"), dict) for n in nodes):
        return
    declared = {name for n in nodes for name in (n.get("properties") or {})}
    hosts = [p for p in places if "properties" in p.node] or [
        p for p in places if p.node.get("type") == "object"
    ]
    for name, value in instance.items():
        if name in declared:
            yield from _undeclared_at(value, [*ipath, name], applying)
        elif hosts:
            # Declared in the schema that declares most of its siblings.
            host = max(hosts, key=lambda p: len(p.node.get("properties") or {}))
            yield host, list(ipath), name, value
