"""The only way out of a live run: a local HTTP gateway between schemathesis and the real API.

schemathesis (and the login flow) talk to http://127.0.0.1:PORT and never hold a secret: they get
stand-ins ("surrogates") for IPPANEL_TOKEN and IPPANEL_PASSWORD, and the gateway swaps them for the
real values on the way out and back on the way in. A token the server returns (login, confirm_otp,
forgot_password...) is swapped for a stand-in of the same length before anyone sees it. So whatever
schemathesis prints or writes (console, JUnit XML, cassettes, HAR) cannot contain a secret: the
process writing it never had one.

On the way out the gateway also
- spaces requests out to the rate limit,
- stops, by closing the connection unanswered, any request to an operation the run left out (its
  class was not opted in to, see classes.py), any request to an operation that sends SMS when
  sending is not allowed, any request to one that holds a field its kind's rule refuses or that
  the spec does not mark (policy.py: fail closed), any change of an object the run did not create
  (cancel included, resources.py), and any request carrying IPPANEL_TOKEN to an operation that
  schemathesis.toml gives a never-valid token (logout). Each stop is recorded and fails the run.
"""

from __future__ import annotations

import json
import secrets
import string
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from contract_tests.classes import Scope
from contract_tests.policy import Allowance, violations
from contract_tests.request import Request
from contract_tests.resources import Ownership
from contract_tests.runner import never_given_the_token
from contract_tests.sending import cancels, sending_operations
from contract_tests.settings import ALLOW_SEND, TOKEN, per_request
from kit.marks import Paths, read_operations
from kit.spec import bundle

# Not forwarded: hop-by-hop headers, and the encodings: httpx negotiates its own, and a request
# body the server would decompress is one the guard could not read.
NOT_FORWARDED = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "proxy-connection",
    "host",
    "content-length",
    "content-encoding",
    "accept-encoding",
}


class Vault:
    """Secrets and their stand-ins. A stand-in is random and as long as its secret (at least 16
    characters when we choose the length), so nothing else in a request can collide with it."""

    def __init__(self) -> None:
        self._real_by_stand_in: dict[str, str] = {}
        self._lock = threading.Lock()

    def stand_in(self, secret: str, min_length: int = 16) -> str:
        with self._lock:
            for stand_in, real in self._real_by_stand_in.items():
                if real == secret:
                    return stand_in
            alphabet = string.ascii_lowercase + string.digits
            stand_in = "".join(
                secrets.choice(alphabet) for _ in range(max(len(secret), min_length))
            )
            self._real_by_stand_in[stand_in] = secret
            return stand_in

    def is_stand_in(self, value: str) -> bool:
        return value in self._real_by_stand_in

    def pairs(self) -> list[tuple[str, str]]:
        with self._lock:
            return sorted(self._real_by_stand_in.items(), key=lambda p: -len(p[1]))

    def reveal(self, text: str, json_body: bool = False, in_url: bool = False) -> str:
        """Stand-ins -> secrets, for what goes to the server (escaped for JSON or a URL query:
        the URL send takes its credentials there)."""
        for stand_in, real in self.pairs():
            if json_body:
                real = json.dumps(real)[1:-1]
            elif in_url:
                real = quote(real, safe="")
            text = text.replace(stand_in, real)
        return text

    def hide(self, text: str) -> str:
        """Secrets -> stand-ins, for what comes back, in raw and in JSON-escaped form."""
        for stand_in, real in self.pairs():
            for form in {real, json.dumps(real)[1:-1], json.dumps(real, ensure_ascii=False)[1:-1]}:
                text = text.replace(form, stand_in)
        return text

    def adopt_tokens(self, body: Any) -> None:
        """Register every token a response hands out (any string under a key naming a token)."""
        if isinstance(body, dict):
            for key, value in body.items():
                if (
                    "token" in str(key).lower()
                    and isinstance(value, str)
                    and len(value) >= 8
                    and not self.is_stand_in(value)
                ):
                    self.stand_in(value, min_length=len(value))
                else:
                    self.adopt_tokens(value)
        elif isinstance(body, list):
            for item in body:
                self.adopt_tokens(item)


class RateLimit:
    """At most N requests per second, minute or hour ("N/s", "N/m", "N/h"), evenly spaced.
    The clock and the sleep are the real ones unless a test hands in its own."""

    def __init__(
        self,
        spec: str,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = per_request(spec)
        self._next = 0.0
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
        self._sleep(max(0.0, slot - now))


@dataclass
class Blocked:
    method: str
    path: str
    reasons: list[str]


@dataclass
class Gateway:
    upstream: str
    token: str
    vault: Vault
    rate: RateLimit
    allowance: Allowance | None  # None: nothing that sends SMS may go out
    scope: Scope | None = None  # the operations this run includes; None: the spec's, all of them
    # What the run created, the only things it may change; None: changes of objects are not
    # judged (cancel still is), and the gateway keeps its own record.
    ownership: Ownership | None = None
    blocked: list[Blocked] = field(default_factory=list)
    forwarded: int = 0
    url: str = ""
    spec: Mapping[str, Any] | None = None  # whose marks it judges by: the bundle's by default

    def __post_init__(self) -> None:
        self._client = httpx.Client(timeout=30, follow_redirects=False)
        self._lock = threading.Lock()
        self.spec = bundle() if self.spec is None else self.spec
        self.record = self.ownership or Ownership(self.spec)  # the run's one record of it
        self._sends = Paths(sending_operations(self.spec).values())
        self._cancels = Paths(c.operation for c in cancels(self.spec))
        ops = read_operations(self.spec)
        self._logouts = Paths(ops[i] for i in never_given_the_token() if i in ops)

    def check(self, request: Request, headers: dict[str, str]) -> list[str]:
        """Why this request (already carrying the real secrets) must not leave. Empty: it may."""
        reasons = []
        given = headers.get("authorization", "").strip()
        # Any method on its path: a lenient server may route one it does not declare there.
        if self._logouts.at(request.path) is not None and given == self.token:
            reasons.append(
                f"logout with {TOKEN.name} (only tokens this run obtained may be logged out)"
            )
        refusal = self.scope.refusal(request.method, request.path) if self.scope else None
        if refusal is not None:
            reasons.append(refusal)
        sends = self._sends.at(request.path)
        if sends is not None:
            if self.allowance is None:
                reasons.append(f"this operation sends SMS and {ALLOW_SEND.name} is not 1")
            elif refusal is None:
                # A method the spec does not declare there is judged as no operation: any field
                # of it is one the spec does not mark.
                op = sends[0].get(request.method)
                reasons += violations(self.allowance, request, op, self.spec)
        cancels = self._cancels.at(request.path)
        if cancels is not None and self.allowance is None:
            reasons.append(f"cancel changes what is sent and {ALLOW_SEND.name} is not 1")
        elif cancels is not None and request.method not in cancels[0]:
            reasons.append(f"{request.method} on a cancel's path, which the spec does not declare")
        if refusal is None and (self.ownership is not None or cancels is not None):
            other = self.record.refusal(request)
            reasons += [other] if other else []
        return reasons

    def forward(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> httpx.Response | None:
        parts = urlsplit(target)
        content_type = headers.get("content-type", "")
        is_json = "json" in content_type.lower()
        out_headers = {
            k: self.vault.reveal(v) for k, v in headers.items() if k not in NOT_FORWARDED
        }
        # surrogateescape keeps any bytes (binary uploads too) exactly as they came.
        out_body = self.vault.reveal(
            body.decode("utf-8", "surrogateescape"), json_body=is_json
        ).encode("utf-8", "surrogateescape")
        query = self.vault.reveal(parts.query, in_url=True) if parts.query else ""
        lower = {k.lower(): v for k, v in out_headers.items()}
        # Read once: every rule below, and what is remembered after, judge this one reading.
        request = Request.read(method, parts.path, query, lower.get("content-type", ""), out_body)
        reasons = self.check(request, lower)
        if reasons:
            self.stop(method, parts.path, reasons)
            return None
        self.rate.wait()
        url = self.upstream.rstrip("/") + parts.path + (f"?{query}" if query else "")
        with self._lock:
            self.forwarded += 1
        response = self._client.request(method, url, headers=out_headers, content=out_body)
        try:
            answer = response.json()
        except ValueError:
            answer = None
        self.record.note(request, response.status_code, answer)
        return response

    def stop(self, method: str, path: str, reasons: list[str]) -> None:
        with self._lock:
            self.blocked.append(Blocked(method, path, reasons))

    def answer(self, response: httpx.Response) -> tuple[int, list[tuple[str, str]], bytes]:
        text = response.content.decode("utf-8", "surrogateescape")
        try:
            self.vault.adopt_tokens(json.loads(text))
        except ValueError:
            pass
        body = self.vault.hide(text).encode("utf-8", "surrogateescape")
        headers = [
            (k, self.vault.hide(v))
            for k, v in response.headers.multi_items()
            if k.lower() not in NOT_FORWARDED
        ]
        return response.status_code, headers + [("Content-Length", str(len(body)))], body

    def close(self) -> None:
        self._client.close()


def _handler(gateway: Gateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The head and the body go out in two writes: with Nagle's algorithm the body waits for
        # the client's delayed ACK, 40 ms an answer on a kept-alive connection.
        disable_nagle_algorithm = True

        def __getattr__(self, name: str) -> Any:
            if name.startswith("do_"):  # every method, TRACE included: the checks send them
                return self._relay
            raise AttributeError(name)

        def _relay(self) -> None:
            if self.headers.get("Transfer-Encoding"):
                # schemathesis sends whole bodies; a chunked one is not read, so it is stopped.
                gateway.stop(self.command, self.path, ["a chunked body"])
                self.close_connection = True
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            try:
                response = gateway.forward(self.command, self.path, headers, body)
            except httpx.HTTPError as exc:
                self.send_error(502, f"gateway: no answer from the server ({type(exc).__name__})")
                return
            if response is None:
                # Stopped: no answer at all, so the client reports an error, not a server reply.
                self.close_connection = True
                return
            status, out_headers, out_body = gateway.answer(response)
            self.send_response_only(status)
            for key, value in out_headers:
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(out_body)

        def log_message(
            self, format: str, *args: Any
        ) -> None:  # quiet: the summary says what matters
            pass

    return Handler


@contextmanager
def running_gateway(
    upstream: str,
    token: str,
    vault: Vault,
    rate: RateLimit,
    allowance: Allowance | None,
    scope: Scope | None = None,
    ownership: Ownership | None = None,
    spec: Mapping[str, Any] | None = None,
) -> Iterator[Gateway]:
    gateway = Gateway(upstream, token, vault, rate, allowance, scope, ownership, spec=spec)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gateway))
    server.daemon_threads = True
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()
        gateway.close()
