"""The marks the mock's sessions and world act on (openapi.yaml, "Side effects"; mock/marks.js
reads them): how many messages each sending type carries, the tokens of the login steps, what
each operation does with the outbox, and how its lists page and filter. `gaps` finds what the
spec leaves unsaid, judged by the spec's own examples, schemas and links; each kind of gap is
shown caught on a copy of the bundle with that one thing taken out or garbled."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kit.marks import Schemas
from kit.operations import SpecOperation, operations
from kit.spec import bundle

TOKEN_KINDS = ("final", "next-step", "reset")
OUTBOX_ROLES = ("send", "list", "report", "stats", "recipients", "price", "credit")
PAGING = ("page", "per-page")
STAMPS = ("created", "updated")
MATCHES = ("equals", "contains", "from", "to")
TOKEN_TITLE = "Token"  # the schema of every token an answer hands out
LOGOUT = (
    "post",
    "/api/acl/auth/logout",
)  # docs/mock.md: logout revokes the token it is called with


def pointer(document: Any, path: str) -> Any:
    """The value at a JSON pointer, or None."""
    for part in path.split("/")[1:]:
        key: Any = part.replace("~1", "/").replace("~0", "~")
        if isinstance(document, list) and key.isdigit() and int(key) < len(document):
            document = document[int(key)]
        elif isinstance(document, Mapping) and key in document:
            document = document[key]
        else:
            return None
    return document


def success(spec: Mapping[str, Any], op: SpecOperation) -> Mapping[str, Any]:
    """The operation's 200 JSON content: {schema, examples}."""
    response, _ = Schemas(spec).resolve(op.operation.get("responses", {}).get("200"))
    content: Mapping[str, Any] = (response or {}).get("content", {}).get("application/json", {})
    return content


def examples(spec: Mapping[str, Any], named: Mapping[str, Any]) -> dict[str, Any]:
    return {name: Schemas(spec).resolve(e)[0].get("value") for name, e in named.items()}


def tokens_at(schemas: Schemas, node: Any, path: str = "") -> Iterator[str]:
    """The JSON pointers of every field of a schema that is a token."""
    schema, _ = schemas.resolve(node)
    if isinstance(schema, Mapping) and schema.get("title") == TOKEN_TITLE:
        yield path
        return
    for name in schemas.properties(node):
        yield from tokens_at(schemas, field(schemas, node, name), f"{path}/{name}")


def request_bodies(spec: Mapping[str, Any], op: SpecOperation) -> dict[str, Any]:
    body, _ = Schemas(spec).resolve(op.operation.get("requestBody"))
    content: Mapping[str, Any] = (body or {}).get("content", {}) if body else {}
    return dict(content)


def message_gaps(spec: Mapping[str, Any], op: SpecOperation) -> Iterator[str]:
    """Each sending type says how many messages it carries, as its documented answer counts
    them: one id for `one`, at least one per item for `each`."""
    schemas = Schemas(spec)
    name = op.operation_id
    answers = {
        key: len(pointer(value, "/data/message_outbox_ids") or [])
        for key, value in examples(spec, success(spec, op).get("examples", {})).items()
    }
    contents = request_bodies(spec, op)
    if not contents:
        mark = op.operation.get("x-ippanel-messages")
        if mark != "one" and not isinstance(mark, Mapping):
            yield f"{name}: no x-ippanel-messages"
        elif mark == "one" and any(n != 1 for n in answers.values()):
            yield f"{name}: x-ippanel-messages one, but an answer lists {answers}"
        return
    for media, content in contents.items():
        variants = schemas.variants(content.get("schema"))
        requests = examples(spec, content.get("examples", {}))
        for variant in variants:
            schema, _ = schemas.resolve(variant)
            title = schema.get("title", "a variant")
            mark = schema.get("x-ippanel-messages")
            each = mark.get("each") if isinstance(mark, Mapping) else None
            if mark != "one" and not isinstance(each, str):
                yield f"{name}: {media} {title}: no x-ippanel-messages (one, or {{each: field}})"
                continue
            if each is not None and schemas.items(field(schemas, variant, each)) is None:
                yield f"{name}: {media} {title}: x-ippanel-messages each {each!r} is no list of it"
                continue
            # SendTime: "optional on every sending type"
            timed = [
                n
                for n in schemas.properties(variant)
                if field_marks(schemas, variant, n).get("x-ippanel-send-time")
            ]
            if not timed:
                yield f"{name}: {media} {title}: no field marked x-ippanel-send-time"
            fixed = schemas.consts(variant)
            for key, body in requests.items():
                if key not in answers or not all(body.get(k) == v for k, v in fixed.items()):
                    continue
                ids, items = answers[key], len(body.get(each, [])) if each else 1
                if (each is None and ids != 1) or ids < max(items, 1):
                    yield f"{name}: {media} {title}: example {key} answers {ids} ids for {mark}"


def token_gaps(spec: Mapping[str, Any], op: SpecOperation) -> Iterator[str]:
    """A token the answer holds is issued, one the request body takes is used, and logout
    revokes the token of the `Authorization` header."""
    schemas = Schemas(spec)
    name, mark = op.operation_id, op.operation.get("x-ippanel-tokens") or {}
    issued = list(tokens_at(schemas, success(spec, op).get("schema")))
    issues = mark.get("issues")
    if issued and (not isinstance(issues, Mapping) or issues.get("at") not in issued):
        yield f"{name}: its answer holds a token at {issued}: no x-ippanel-tokens issues there"
    if isinstance(issues, Mapping):
        kinds = issues.get("kind")
        by = issues.get("by")
        if by is not None:
            values = schemas.resolve(pointer_schema(schemas, success(spec, op), by))[0]
            enum = values.get("enum", []) if isinstance(values, Mapping) else []
            if not isinstance(kinds, Mapping) or set(kinds) != set(enum):
                yield f"{name}: x-ippanel-tokens issues by {by}: a kind for each of {enum}"
            kinds = list(kinds.values()) if isinstance(kinds, Mapping) else [kinds]
        for kind in kinds if isinstance(kinds, list) else [kinds]:
            if kind not in TOKEN_KINDS:
                yield f"{name}: x-ippanel-tokens issues {kind!r}, not one of {TOKEN_KINDS}"
    json_body = request_bodies(spec, op).get("application/json", {}).get("schema")
    if "token" in schemas.properties(json_body):
        uses = mark.get("uses")
        if uses != {"in": "body", "name": "token", "kind": uses and uses.get("kind")}:
            yield f"{name}: its body takes a token: no x-ippanel-tokens uses {{in: body, ...}}"
        elif uses["kind"] not in TOKEN_KINDS:
            yield f"{name}: x-ippanel-tokens uses {uses['kind']!r}, not one of {TOKEN_KINDS}"
    if (op.method, op.path) == LOGOUT:
        header = spec["components"]["securitySchemes"]["apiKey"]["name"]
        if mark.get("revokes") != {"in": "header", "name": header}:
            yield f"{name}: no x-ippanel-tokens revokes {{in: header, name: {header}}}"


def field(schemas: Schemas, node: Any, name: str) -> Any:
    """A field of a schema: of its declarations (an envelope's `allOf` parts may each declare
    it), the last, the most particular one."""
    return (schemas.properties(node).get(name) or [{}])[-1]


def field_marks(schemas: Schemas, node: Any, name: str) -> dict[str, Any]:
    """The marks of a field, over all its declarations (the first of each)."""
    found: dict[str, Any] = {}
    for declared in schemas.properties(node).get(name, []):
        for key, value in schemas.resolve(declared)[1].items():
            found.setdefault(key, value)
    return found


def object_gaps(spec: Mapping[str, Any], kinds: set[str]) -> Iterator[str]:
    """Stamps and counts of the schemas say what they are."""
    for name, node in spec["components"]["schemas"].items():
        for field_name, declared in Schemas(spec).properties(node).items():
            marks = Schemas(spec).resolve(declared[-1])[1]
            stamp, counts = marks.get("x-ippanel-stamp"), marks.get("x-ippanel-counts")
            if stamp is not None and stamp not in STAMPS:
                yield f"{name}.{field_name}: x-ippanel-stamp {stamp!r}, not one of {STAMPS}"
            if counts is not None and counts != "created" and counts not in kinds:
                yield f"{name}.{field_name}: x-ippanel-counts {counts!r}: no kind with a list"


def pointer_schema(schemas: Schemas, content: Mapping[str, Any], path: str) -> Any:
    node = content.get("schema")
    for part in path.split("/")[1:]:
        node = field(schemas, node, part)
    return node


def outbox_gaps(spec: Mapping[str, Any], ops: list[SpecOperation]) -> Iterator[str]:
    """The sends (their answer lists outbox ids) add to the outbox; what their links lead to
    shows a message (report, stats, recipients) or cancels it (a delete); roles are known."""
    by_id = {op.operation_id: op for op in ops}
    for op in ops:
        role = (op.operation.get("x-ippanel-outbox") or {}).get("role")
        if role is not None and role not in OUTBOX_ROLES:
            yield f"{op.operation_id}: x-ippanel-outbox role {role!r}, not one of {OUTBOX_ROLES}"
        answers = examples(spec, success(spec, op).get("examples", {}))
        if not any(pointer(a, "/data/message_outbox_ids") for a in answers.values()):
            continue
        if role != "send":
            yield f"{op.operation_id}: its answer lists outbox ids: no x-ippanel-outbox role send"
        response = op.operation["responses"]["200"]
        for link in response.get("links", {}).values():
            target = by_id[Schemas(spec).resolve(link)[0]["operationId"]]
            shows = (target.operation.get("x-ippanel-outbox") or {}).get("role")
            if (
                shows not in ("report", "stats", "recipients")
                and target.operation.get("x-ippanel-role") != "delete"
            ):
                yield f"{target.operation_id}: a send links to it: no x-ippanel-outbox role"
    for op in ops:
        mark = op.operation.get("x-ippanel-outbox") or {}
        body = request_bodies(spec, op).get("application/json", {}).get("schema")
        if mark.get("role") == "price" and mark.get("text") not in Schemas(spec).properties(body):
            yield f"{op.operation_id}: x-ippanel-outbox price: text names no field of its body"
        credits = examples(spec, success(spec, op).get("examples", {}))
        if mark.get("role") == "credit" and any(
            pointer(a, mark.get("at", "")) is None for a in credits.values()
        ):
            yield f"{op.operation_id}: x-ippanel-outbox credit: no credit at {mark.get('at')}"


def list_gaps(spec: Mapping[str, Any], op: SpecOperation) -> Iterator[str]:
    """Paging marks are known; a filter names a field of the items the list answers."""
    schemas = Schemas(spec)
    items = pointer_schema(schemas, success(spec, op), "/data")
    item = schemas.items(items)
    fields = schemas.properties(item) if item is not None else {}
    places = [schemas.resolve(p) for p in op.parameters]
    for media in request_bodies(spec, op).values():
        places += walk_marks(schemas, media.get("schema"))
    for _, marks in places:
        paging = marks.get("x-ippanel-paging")
        if paging is not None and paging not in PAGING:
            yield f"{op.operation_id}: x-ippanel-paging {paging!r}, not one of {PAGING}"
        found = marks.get("x-ippanel-filter")
        if found is not None and (
            found.get("match") not in MATCHES or found.get("field") not in fields
        ):
            yield f"{op.operation_id}: x-ippanel-filter {found}: no such field, or unknown match"


def walk_marks(schemas: Schemas, node: Any, depth: int = 0) -> Iterator[tuple[Any, dict[str, Any]]]:
    """Every field of a request schema with the marks on its way (two levels: a list's filters)."""
    for declared in schemas.properties(node).values():
        for d in declared:
            yield schemas.resolve(d)
            if depth < 1:
                yield from walk_marks(schemas, d, depth + 1)


def gaps(spec: Mapping[str, Any]) -> list[str]:
    """What the spec leaves unsaid of what the mock's sessions and world act on."""
    ops = operations(spec)
    found: list[str] = []
    for op in ops:
        if (op.operation.get("x-ippanel-outbox") or {}).get("role") == "send":
            found += message_gaps(spec, op)
        found += token_gaps(spec, op)
        found += list_gaps(spec, op)
    found += outbox_gaps(spec, ops)
    listed = {o.operation.get("x-ippanel-resource") for o in ops}
    found += object_gaps(spec, {k for k in listed if isinstance(k, str)})
    issued = set()
    for op in ops:
        kind = ((op.operation.get("x-ippanel-tokens") or {}).get("issues") or {}).get("kind")
        issued |= set(kind.values()) if isinstance(kind, Mapping) else {kind}
    for op in ops:
        used = ((op.operation.get("x-ippanel-tokens") or {}).get("uses") or {}).get("kind")
        if used is not None and used not in issued:
            found.append(f"{op.operation_id}: uses a {used} token, which nothing issues")
    return found


def test_the_spec_marks_what_the_mock_acts_on() -> None:
    assert gaps(bundle()) == []


def broken(change: Callable[[dict[str, Any]], None]) -> list[str]:
    spec = copy.deepcopy(bundle())
    change(spec)
    return gaps(spec)


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def operation(spec: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def test_a_sending_type_without_its_count_of_messages_is_caught() -> None:
    found = broken(lambda s: schema(s, "SendVotpRequest").pop("x-ippanel-messages"))
    assert found == [
        "sendSms: application/json SendVotpRequest: no x-ippanel-messages (one, or {each: field})"
    ]


def test_a_send_of_several_messages_counted_as_one_is_caught() -> None:
    def one(spec: dict[str, Any]) -> None:
        schema(spec, "SendPeerToPeerRequest")["x-ippanel-messages"] = "one"
        schema(spec, "SendPeerToPeerFileRequest")["x-ippanel-messages"] = {"each": "from_number"}

    assert broken(one) == [
        "sendSms: application/json SendPeerToPeerRequest: example peerToPeer answers 2 ids for one",
        "sendSms: multipart/form-data SendPeerToPeerFileRequest: x-ippanel-messages each "
        "'from_number' is no list of it",
    ]


def test_the_url_send_without_its_count_is_caught() -> None:
    found = broken(lambda s: operation(s, "get", "/api/send/webservice").pop("x-ippanel-messages"))
    assert found == ["sendSmsByUrl: no x-ippanel-messages"]


def test_a_token_operation_without_its_tokens_is_caught() -> None:
    def untoken(spec: dict[str, Any]) -> None:
        for path in ("/api/acl/auth/confirm_otp", "/api/acl/auth/logout"):
            operation(spec, "post", path).pop("x-ippanel-tokens")

    assert broken(untoken) == [
        "confirmOtp: its answer holds a token at ['/data/token']: no x-ippanel-tokens issues there",
        "confirmOtp: its body takes a token: no x-ippanel-tokens uses {in: body, ...}",
        "logout: no x-ippanel-tokens revokes {in: header, name: Authorization}",
    ]


def test_a_token_of_no_known_kind_or_issued_by_nobody_is_caught() -> None:
    def garble(spec: dict[str, Any]) -> None:
        login = operation(spec, "post", "/api/acl/auth/login")["x-ippanel-tokens"]["issues"]
        del login["kind"]["sms"]
        forgot = operation(spec, "post", "/api/acl/auth/forgot_password")["x-ippanel-tokens"]
        forgot["issues"]["kind"] = "once"

    assert broken(garble) == [
        "login: x-ippanel-tokens issues by /data/method: a kind for each of ['ga', 'sms', 'login']",
        f"forgotPassword: x-ippanel-tokens issues 'once', not one of {TOKEN_KINDS}",
        "changePasswordByToken: uses a reset token, which nothing issues",
    ]


def test_an_operation_the_sends_link_to_without_its_outbox_role_is_caught() -> None:
    def unrole(spec: dict[str, Any]) -> None:
        operation(spec, "get", "/api/report/bulk_stats").pop("x-ippanel-outbox")
        operation(spec, "post", "/api/send")["x-ippanel-outbox"]["role"] = "sent"

    found = broken(unrole)
    assert "sendSms: its answer lists outbox ids: no x-ippanel-outbox role send" in found
    assert "sendSms: x-ippanel-outbox role 'sent', not one of " + str(OUTBOX_ROLES) in found
    assert "getBulkStats: a send links to it: no x-ippanel-outbox role" in found
    assert len(found) == 4, found  # getBulkStats for each of the two sends


def test_a_filter_of_no_field_and_unknown_paging_are_caught() -> None:
    def garble(spec: dict[str, Any]) -> None:
        filters = schema(spec, "OutboxReportFilters")["properties"]
        filters["message"]["x-ippanel-filter"]["field"] = "text"
        schema(spec, "OutboxReportRequest")["properties"]["limit"]["x-ippanel-paging"] = "size"
        operation(spec, "get", "/api/payment/credit/mine")["x-ippanel-outbox"]["at"] = "/credit"
        operation(spec, "post", "/api/send/calculate-price")["x-ippanel-outbox"]["text"] = "body"

    assert broken(garble) == [
        "listOutboxReports: x-ippanel-paging 'size', not one of ('page', 'per-page')",
        "listOutboxReports: x-ippanel-filter {'field': 'text', 'match': 'contains'}: no such "
        "field, or unknown match",
        "calculateSmsPrice: x-ippanel-outbox price: text names no field of its body",
        "getMyCredit: x-ippanel-outbox credit: no credit at /credit",
    ]


def test_an_unknown_stamp_or_count_and_a_send_without_its_time_are_caught() -> None:
    def garble(spec: dict[str, Any]) -> None:
        schema(spec, "Phonebook")["properties"]["updated_at"]["x-ippanel-stamp"] = "changed"
        schema(spec, "Phonebook")["properties"]["count"]["x-ippanel-counts"] = "contacts"
        schema(spec, "SendTime").pop("x-ippanel-send-time")

    found = broken(garble)
    assert "Phonebook.updated_at: x-ippanel-stamp 'changed', not one of " + str(STAMPS) in found
    assert "Phonebook.count: x-ippanel-counts 'contacts': no kind with a list" in found
    untimed = [f for f in found if f.endswith("no field marked x-ippanel-send-time")]
    assert len(untimed) == 14 and len(found) == 16, found  # every sending type has a send time
