"""A small IPPanel server for the QA tool's tests: the target of `make contract-live` there,
never a stand-in for the mock. Faithful by default: it validates every request against the spec
(with jsonschema), enforces the token, and answers what the spec documents. With --broken, six
operations each break the contract in their own way (BREAKAGES), and the suite must name each.

    python -m tests.servers.ippanel --port P --token T --username U --password PW \
        [--broken] [--lenient] [--no-documents] [--prefix /v1] [--log-answers] [--log FILE]

--log appends one JSON line per request received (path, headers, Authorization, body), per
answer with --log-answers (its bytes as written), per token issued,
per object created, changed, deleted or removed, per send it accepted (`texted`: whom it
reaches, by this server's own reading, audience.py) and per change it refused because it named
an object this server never handed out (`refused`). Tests judge a run by these records, never
by the QA tool's own judges.
"""

from __future__ import annotations

import argparse
import copy
import io
import itertools
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

from jsonschema import Draft202012Validator
from werkzeug.formparser import parse_form_data

from kit import spec
from kit.operations import TemplateMatcher, operations
from tests.servers import audience

# operationId -> how --broken breaks it, as the suite should report it.
BREAKAGES = {
    "checkToken": "wrong type: data.user_id is a string",
    "confirmOtp": "missing field: meta.message_code is left out",
    "forgotPassword": "undocumented status: 409 for an unknown user",
    "changePasswordByToken": "wrong content type: text/plain",
    "logout": "auth not enforced: any token logs out",
    "sendSmsOtp": "server error: 500",
}

# The keywords of a number's limits, which --lenient lets a parameter break.
LIMITS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")

# Not in the spec: a resource the ownership tests create, update and delete (test_resources.py).
THINGS = "/api/fixture/things"
DONE = {"status": True, "message": "انجام شد", "message_parameters": [], "message_code": "200-1"}


def meta_error(message: str, code: str, errors: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "status": False,
        "message": message,
        "message_parameters": [],
        "message_code": code,
        "errors": errors,
    }


class Spec:
    """Every operation of the spec, found by method and path, with what it takes and answers."""

    def __init__(self) -> None:
        self.raw = spec.bundle()
        self._registry = spec.registry(self.raw)
        by_path: dict[str, dict[str, dict[str, Any]]] = {}
        for found in operations(self.raw):
            shared = [self.resolve(p) for p in found.item.get("parameters", [])]
            own = [self.resolve(p) for p in found.operation.get("parameters", [])]
            names = {(p["in"], p["name"]) for p in own}
            params = own + [p for p in shared if (p["in"], p["name"]) not in names]
            by_path.setdefault(found.path, {})[found.method.upper()] = {
                **found.operation,
                "parameters": params,
                "x-path": found.path,
            }
        self.routes = TemplateMatcher(by_path.items())

    def find(self, path: str) -> tuple[dict[str, dict[str, Any]], dict[str, str]] | None:
        """The operations of the path `path` matches, by method, and its path parameters."""
        found = self.routes.match(path)
        if found is None:
            return None
        methods, params = found
        return methods, {k: unquote(v) for k, v in params.items()}

    def operation(self, operation_id: str) -> dict[str, Any]:
        """The operation with that operationId (its parameters merged, as `find` gives them)."""
        return next(
            op
            for methods in self.routes.values()
            for op in methods.values()
            if op["operationId"] == operation_id
        )

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            target: Any = self.raw
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def example(self, operation: dict[str, Any], status: str = "200") -> dict[str, Any]:
        """The first documented example of the operation's `status` answer (a deep copy)."""
        content = self.resolve(operation["responses"][status])["content"]["application/json"]
        first = next(iter(content["examples"].values()))
        return copy.deepcopy(self.resolve(first)["value"])

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return spec.validator(schema, self._registry)


# The field that names each kind of object in its list (x-ippanel-resource, see resources.py).
KEYS = {
    "phonebook": "id",
    "contact": "id",
    "customField": "id",
    "draftGroup": "draft_group_id",
    "draft": "draft_id",
    "pattern": "pattern_code",
}


def fitted(template: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """`template` with each of its fields that `values` has, in the template's type (a digit
    string for an integer field becomes an int, an int for a string field a string)."""
    out = dict(template)
    for key, value in values.items():
        if key not in template or isinstance(value, (dict, list)) or value is None:
            continue
        was = template[key]
        if isinstance(was, bool) or isinstance(value, bool):
            if isinstance(was, bool) and isinstance(value, bool):
                out[key] = value
        elif isinstance(was, int) and str(value).isdigit():
            out[key] = int(value)
        elif isinstance(was, str) or was is None:
            out[key] = str(value)
    return out


class Store:
    """The objects the content operations create, list, show, update and delete, read from the
    spec's marks: `x-ippanel-creates` makes one (shaped like an item of its kind's list example),
    the list operation answers its examples and what was made (filtered by any query parameter
    named like a field), `x-ippanel-targets` names the ones an update or delete changes. So a live
    run's round trips (live.py) are checked end to end."""

    def __init__(
        self,
        spec_: Spec,
        ids: Iterator[int],
        lock: threading.Lock,
        log: Callable[[dict[str, Any]], None],
    ) -> None:
        self.spec, self.ids, self.lock, self.log = spec_, ids, lock, log
        self.objects: dict[str, dict[str, dict[str, Any]]] = {kind: {} for kind in KEYS}
        self.handed_out: dict[str, set[str]] = {kind: set() for kind in KEYS}  # deleted or not
        self.lists: dict[str, dict[str, Any]] = {}  # kind -> its list operation
        # Its list: the GET named list* that is about that kind and takes no id.
        for methods in spec_.routes.values():
            op = methods.get("GET")
            kind = (op or {}).get("x-ippanel-resource")
            if op and kind and op["operationId"].startswith("list") and "{" not in op["x-path"]:
                self.lists[kind] = op

    def template(self, kind: str) -> dict[str, Any]:
        item: dict[str, Any] = self.spec.example(self.lists[kind])["data"][0]
        return item

    def named(
        self, operation: dict[str, Any], body: Any, path: dict[str, str]
    ) -> dict[str, list[str]]:
        """The ids of existing objects the request names, by kind (its x-ippanel-targets)."""
        found: dict[str, list[str]] = {}
        for target in operation.get("x-ippanel-targets", []):
            name = target["name"].rsplit("[].", 1)[-1]
            if target["in"] == "path":
                ids = [path[name]] if name in path else []
            else:
                ids = [i for k, v in audience.pairs(body) if k == name for i in audience.leaves(v)]
            found.setdefault(target["resource"], []).extend(str(i) for i in ids)
        return found

    def perform(
        self,
        operation: dict[str, Any],
        body: Any,
        query: dict[str, list[str]],
        path: dict[str, str],
    ) -> tuple[int, dict[str, Any]]:
        created: list[dict[str, Any]] = []
        try:
            return self._perform(operation, body, query, path, created)
        finally:
            for entry in created:  # logged outside the lock, which log takes too
                self.log(entry)

    def _perform(
        self,
        operation: dict[str, Any],
        body: Any,
        query: dict[str, list[str]],
        path: dict[str, str],
        log: list[dict[str, Any]],
    ) -> tuple[int, dict[str, Any]]:
        kind = operation["x-ippanel-resource"]
        answer = self.spec.example(operation)
        key = KEYS[kind]
        with self.lock:
            made = operation.get("x-ippanel-creates")
            if made:
                records = body["list"] if isinstance(body.get("list"), list) else [body]
                for record in records:
                    new = (
                        secrets.token_hex(8)
                        if KEYS[made] == "pattern_code"
                        else str(next(self.ids))
                    )
                    obj = fitted(self.template(made), {**record, KEYS[made]: new})
                    self.objects[made][new] = obj
                    self.handed_out[made].add(new)
                    log.append({"created": made, "id": new})
                    if isinstance(answer["data"], dict):
                        answer["data"] = fitted(
                            answer["data"],
                            {k: obj[k] for k in ("id", "title", KEYS[made]) if k in obj},
                        )
                return 200, answer
            if operation is self.lists.get(kind):
                filters = {
                    k.removeprefix("filter[").rstrip("]"): v[-1]
                    for k, v in query.items()
                    if k not in ("page", "per_page")
                }
                filters = {("pattern_code" if k == "code" else k): v for k, v in filters.items()}
                items = answer["data"] + list(self.objects[kind].values())
                answer["data"] = [
                    i for i in items if all(str(i.get(k, v)) == v for k, v in filters.items())
                ]
                return 200, answer
            named = self.named(operation, body, path).get(kind, [])
            if operation.get("x-ippanel-changes-data"):
                known = [i for i in named if i in self.objects[kind]]
                # A change naming what this server never made: someone else's object. (One it
                # made and has deleted is gone: the documented 404, nothing refused.)
                log += [
                    {"refused": operation["operationId"], "id": i}
                    for i in named
                    if i not in self.objects[kind] and i not in self.handed_out[kind]
                ]
                if not known and "404" in operation["responses"]:
                    return 404, self.spec.example(operation, "404")
                deletes = operation["operationId"].startswith("delete")
                for i in known:
                    if deletes:
                        del self.objects[kind][i]
                    else:
                        fields = {k: v for k, v in (body or {}).items() if k != key}
                        self.objects[kind][i] = fitted(self.objects[kind][i], fields)
                    log.append({"deleted" if deletes else "changed": kind, "id": i})
                return 200, answer
            shown = [self.objects[kind][v] for v in path.values() if v in self.objects[kind]]
            if shown and isinstance(answer["data"], dict):
                answer["data"] = fitted(answer["data"], shown[0])
            return 200, answer


class Tee(io.BufferedIOBase):
    """A writer that keeps a copy of what it writes."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.written = inner, b""

    def write(self, data: Any) -> int:
        self.written += bytes(data)
        return int(self.inner.write(data))

    def flush(self) -> None:
        self.inner.flush()


class State:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.requests = itertools.count(1)
        self.spec = Spec()
        self.sessions = {args.token}
        self.reset_tokens: set[str] = set()
        self.things: dict[int, dict[str, Any]] = {}  # THINGS, by id
        self.ids = itertools.count(1000)  # outbox ids, and the ids of what the server keeps
        self.scheduled: set[int] = set()  # outbox ids of messages sent with a send_time
        # The documents the account may upload for (the documented list, or none with
        # --no-documents), and those with an upload made while this server ran: the only ones a
        # removal may name. Anything else is the owner's, refused and recorded.
        listed = self.spec.example(self.spec.operation("listUserDocuments"))["data"]
        self.documents: dict[str, dict[str, Any]] = (
            {} if args.no_documents else {str(d["id"]): d for d in listed}
        )
        self.uploads: dict[str, int] = {}  # document id -> how many files it was sent
        self.lock = threading.Lock()
        self.store = Store(self.spec, self.ids, self.lock, self.log)

    def log(self, entry: dict[str, Any]) -> None:
        if self.args.log:
            with self.lock, open(self.args.log, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def issue(self, kind: str) -> str:
        token = secrets.token_hex(16)
        self.log({"issued": kind, "token": token})
        return token


def coerce(value: str, schema: dict[str, Any]) -> Any:
    """A query or path value as its schema's type (the value itself when it is not one)."""
    kind = schema.get("type")
    try:
        if kind == "integer" and re.fullmatch(r"-?\d+", value):
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        pass
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def read_multipart(content_type: str, raw: bytes) -> tuple[Any, Any]:
    """A multipart body's form fields and files, as werkzeug reads them (its own parser)."""
    environ = {
        "wsgi.input": io.BytesIO(raw),
        "CONTENT_LENGTH": str(len(raw)),
        "CONTENT_TYPE": content_type,
        "REQUEST_METHOD": "POST",
    }
    _, form, files = parse_form_data(environ)
    return form, files


def read_body(content_type: str, raw: bytes) -> tuple[Any, str | None]:
    """The body as the spec's schemas see it, or why it cannot be read."""
    media = content_type.split(";")[0].strip().lower()
    if media == "application/json":
        try:
            return json.loads(raw.decode("utf-8")), None
        except (UnicodeDecodeError, ValueError):
            return None, "the body is not JSON"
    if media == "multipart/form-data":
        try:
            form, files = read_multipart(content_type, raw)
        except Exception:  # werkzeug raises several kinds on a malformed multipart body
            return None, "the multipart body cannot be read"
        # A field named `x[]` is a list, even of one value (other_recipients[]).
        body: dict[str, Any] = {
            k: (v if k.endswith("[]") or len(v) > 1 else v[0]) for k, v in form.lists()
        }
        if "files[]" in body:
            return None, "files[] must be files"  # a part without a filename is a plain field
        if "files[]" in files:
            body["files[]"] = [f.read().decode("latin-1") for f in files.getlist("files[]")]
        return body, None
    return None, f"unsupported content type {media or 'none'}"


def handler(state: State) -> type[BaseHTTPRequestHandler]:
    broken = state.args.broken

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The head and the body go out in two writes: with Nagle's algorithm the body waits for
        # the client's delayed ACK, 40 ms an answer on a kept-alive connection.
        disable_nagle_algorithm = True
        seq = 0

        def handle_one_request(self) -> None:
            """With --log-answers, every byte of each answer, as this server wrote it, is
            logged after its request (`answered`, with the request's `seq`)."""
            self.seq = next(state.requests)
            if not state.args.log_answers:
                return super().handle_one_request()
            inner = self.wfile
            tee = self.wfile = Tee(inner)
            try:
                super().handle_one_request()
            finally:
                self.wfile = inner
                if tee.written:
                    state.log({"seq": self.seq, "answered": tee.written.decode("latin-1")})

        def __getattr__(self, name: str) -> Any:
            if name.startswith("do_"):
                return self.handle_any
            raise AttributeError(name)

        def reply(
            self,
            status: int,
            body: dict[str, Any] | None,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
        ) -> None:
            payload = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if payload:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        def api_path(self) -> str | None:
            """The request's path as the spec writes it. With --prefix (/v1), as production
            serves it: the v1 operations under the prefix only, the v2 look-ups at the root only;
            None for a path this server does not serve."""
            path = self.path.split("?")[0]
            prefix = state.args.prefix
            if not prefix:
                return path
            if path.startswith("/v2/"):
                return path
            if path.startswith(prefix + "/") and not path.startswith(prefix + "/v2/"):
                return path[len(prefix) :]
            return None

        def handle_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            received = self.path.split("?")[0]
            path = self.api_path()
            auth = self.headers.get("Authorization")
            state.log(
                {
                    "method": self.command,
                    "path": received,
                    "query": self.path.partition("?")[2],
                    "authorization": auth,
                    "content_type": self.headers.get("Content-Type"),
                    "body": raw.decode("utf-8", "replace"),
                    "headers": [[k, v] for k, v in self.headers.items()],
                    "seq": self.seq,
                }
            )
            if path is None:
                return self.reply(404, {"data": None, "meta": meta_error("not found", "404-1", {})})
            if path.startswith(THINGS) and auth in state.sessions:
                return self.things(path)
            found = state.spec.find(path)
            if found is None:
                return self.reply(404, {"data": None, "meta": meta_error("not found", "404-1", {})})
            methods, path_params = found
            operation = methods.get(self.command)
            if operation is None:
                return self.reply(405, None, headers={"Allow": ", ".join(methods)})
            op_id = operation["operationId"]
            query = parse_qs(self.path.partition("?")[2], keep_blank_values=True)
            unauthorized = {
                "data": None,
                "meta": meta_error(f"اطلاعات وارد شده صحیح نمی باشد ({auth})", "400-1", {}),
            }
            requirements = operation.get("security", state.spec.raw["security"])
            if (
                requirements
                and not any(self.satisfies(r, auth, query) for r in requirements)
                and not (broken and op_id == "logout")
            ):
                return self.reply(401, unauthorized)
            errors: dict[str, list[str]] = {}
            for param in operation["parameters"]:
                where = param["in"]
                values = [path_params[param["name"]]] if param["name"] in path_params else []
                if where == "query":
                    values = query.get(param["name"], [])
                if where not in ("path", "query"):
                    continue
                if not values:
                    if param.get("required"):
                        errors.setdefault(param["name"], []).append("is required")
                    continue
                schema = state.spec.resolve(param["schema"])
                value = coerce(values[-1], schema) if len(values) == 1 else values
                errors[param["name"]] = [
                    e.message
                    for e in state.spec.validator(param["schema"]).iter_errors(value)
                    # --lenient: a number outside its limits is clamped, as many servers do
                    if not (state.args.lenient and e.validator in LIMITS)
                ]
                if not errors[param["name"]]:
                    del errors[param["name"]]
            if errors:
                said = "; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items())
                return self.reply(422, {"data": None, "meta": meta_error(said, "400-2", errors)})
            body: Any = None
            request_body = state.spec.resolve(operation.get("requestBody"))
            if request_body is not None and (raw or request_body.get("required")):
                content = request_body["content"]
                media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                problem: str | None
                if media not in content:
                    body, problem = None, f"unsupported content type {media or 'none'}"
                elif not raw:
                    body, problem = None, "the body is empty"
                else:
                    body, problem = read_body(self.headers.get("Content-Type") or "", raw)
                if problem is None:
                    for error in state.spec.validator(content[media]["schema"]).iter_errors(body):
                        errors.setdefault(
                            ".".join(map(str, error.absolute_path)) or "body", []
                        ).append(error.message)
                    problem = "; ".join(sum(errors.values(), [])) if errors else None
                if problem is not None:
                    return self.reply(
                        422,
                        {"data": None, "meta": meta_error(problem, "400-2", {"body": [problem]})},
                    )
            self.operation, self.query, self.path_params = operation, query, path_params
            status, data = self.perform(op_id, body, auth, unauthorized)
            if broken and op_id == "confirmOtp":
                del data["meta"]["message_code"]
            if broken and op_id == "sendSmsOtp":
                return self.reply(
                    500, {"data": None, "meta": meta_error("server error", "500-1", {})}
                )
            if broken and op_id == "changePasswordByToken":
                return self.reply(status, data, content_type="text/plain")
            return self.reply(status, data)

        def satisfies(
            self, requirement: dict[str, Any], auth: str | None, query: dict[str, list[str]]
        ) -> bool:
            """Whether the request meets one security requirement: the header token, or the URL
            send's query credentials (the API key, or the username and password)."""
            args = state.args
            given = {
                "apiKey": auth in state.sessions,
                "urlApiKey": query.get("apikey") == [args.token],
                "urlUsername": query.get("username") == [args.username],
                "urlPassword": query.get("password") == [args.password],
            }
            return all(given.get(scheme, False) for scheme in requirement)

        def things(self, path: str) -> None:
            """A resource for the ownership tests: POST THINGS creates one, PUT and DELETE
            THINGS/{id} change one that exists."""
            rest = path[len(THINGS) :].strip("/")
            with state.lock:
                if self.command == "POST" and not rest:
                    thing_id = 500 + len(state.things)
                    state.things[thing_id] = {"id": thing_id}
                    return self.reply(200, {"data": {"id": thing_id}, "meta": DONE})
                if rest.isdigit() and int(rest) in state.things:
                    if self.command == "DELETE":
                        del state.things[int(rest)]
                    return self.reply(200, {"data": None, "meta": DONE})
            if self.command in ("PUT", "DELETE"):
                state.log({"refused": f"{self.command} {THINGS}", "id": rest})
            return self.reply(404, {"data": None, "meta": meta_error("not found", "404-1", {})})

        def perform(
            self, op_id: str, body: Any, auth: str | None, unauthorized: dict[str, Any]
        ) -> tuple[int, dict[str, Any]]:
            args = state.args
            if op_id == "login":
                if body["username"] == args.username and body["password"] == args.password:
                    token = state.issue("login")
                    with state.lock:
                        state.sessions.add(token)
                    return 200, {"data": {"method": "login", "token": token}, "meta": DONE}
                return 401, unauthorized
            if op_id == "forgotPassword":
                if body["username"] == args.username:
                    token = state.issue("reset")
                    with state.lock:
                        state.reset_tokens.add(token)
                    return 200, {"data": {"token": token}, "meta": DONE}
                return (409 if broken else 401), unauthorized
            if op_id == "changePasswordByToken":
                if body["token"] in state.reset_tokens and body["otp"] == "123456":
                    return 200, {"data": None, "meta": DONE}
                return 401, unauthorized
            if op_id in ("sendSmsOtp", "confirmOtp"):
                return 401, unauthorized  # no login of this server ever waits for a second factor
            if op_id == "logout":
                with state.lock:
                    state.sessions.discard(auth or "")
                return 200, {"data": None, "meta": DONE}
            if op_id == "checkToken":
                owner = {
                    "user_name": args.username,
                    "user_id": 58745,
                    "document_block": False,
                    "is_reseller": False,
                    "send_block": False,
                    "name": "test",
                }
                if broken:
                    owner["user_id"] = "58745"
                return 200, {"data": owner, "meta": DONE}
            if op_id in ("sendSms", "sendSmsByUrl"):
                state.log(audience.of_send(body, self.query).as_log(op_id))
            if op_id == "sendSms":
                count = len(body["params"]) if body.get("sending_type") == "peer_to_peer" else 1
                with state.lock:
                    ids = [next(state.ids) for _ in range(count)]
                    if body.get("send_time"):
                        state.scheduled.update(ids)
                for i in ids if body.get("send_time") else ():
                    state.log({"created": "scheduledMessage", "id": str(i)})
                return 200, {"data": {"message_outbox_ids": ids}, "meta": DONE}
            if op_id == "cancelScheduledSms":
                with state.lock:
                    known = body["message_outbox_id"] in state.scheduled
                    state.scheduled.discard(body["message_outbox_id"])
                if not known:
                    state.log({"refused": op_id, "id": str(body["message_outbox_id"])})
                    return 404, state.spec.example(self.operation, "404")
                state.log({"deleted": "scheduledMessage", "id": str(body["message_outbox_id"])})
            if op_id in ("listUserDocuments", "uploadUserDocument", "removeUserDocument"):
                return self.documents(op_id, body)
            if self.operation.get("x-ippanel-resource") in KEYS:
                return state.store.perform(self.operation, body, self.query, self.path_params)
            # Any other operation: its documented answer.
            return 200, state.spec.example(self.operation)

        def documents(self, op_id: str, body: Any) -> tuple[int, dict[str, Any]]:
            """The account's documents, by this server's own bookkeeping: an upload fills a
            document (a listed one shows it); a removal takes back only an upload made here, and
            any other is refused and recorded (`refused`), whoever sent it."""
            answer = state.spec.example(self.operation)
            if op_id == "listUserDocuments":
                with state.lock:
                    answer["data"] = [
                        {**d, "user_document": {"files": state.uploads[i]}}
                        if i in state.uploads
                        else d
                        for i, d in state.documents.items()
                    ]
                return 200, answer
            document = str(body["document_id"])
            with state.lock:
                if op_id == "uploadUserDocument":
                    state.uploads[document] = len(body["files[]"])
                    entry: dict[str, Any] = {"created": "userDocument", "id": document}
                elif op_id == "removeUserDocument" and document in state.uploads:
                    del state.uploads[document]
                    entry = {"removed": "userDocument", "id": document}
                else:
                    entry = {"refused": op_id, "id": document}
            state.log(entry)
            if "refused" in entry:
                return 422, state.spec.example(self.operation, "422")
            return 200, answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


def arguments() -> argparse.ArgumentParser:
    """The server's command line (a variant of the server, such as a drifting one, takes it too)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--username", default="qa-user")
    parser.add_argument("--password", default="qa-password")
    parser.add_argument("--broken", action="store_true")
    parser.add_argument("--no-documents", action="store_true", help="no document to upload for")
    parser.add_argument("--log")
    parser.add_argument("--prefix", default="", help="serve the v1 operations under it (/v1)")
    parser.add_argument("--log-answers", action="store_true", help="log each answer's bytes")
    parser.add_argument(
        "--lenient", action="store_true", help="accept a parameter outside its number limits"
    )
    return parser


def serve(args: argparse.Namespace, make_handler: Any = handler) -> None:
    """Listen on args.port until stopped, with `make_handler(State(args))`'s requests."""
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(State(args)))
    server.daemon_threads = True
    print(f"listening on http://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


def main() -> None:
    serve(arguments().parse_args())


if __name__ == "__main__":
    main()
