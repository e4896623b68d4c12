"""What forwarding needs on the wire, and nothing of the spec: where a request goes upstream, the
headers that belong to one connection and not to the exchange, the CORS headers (as the mock
answers them), the proxy's own answers in the API's error envelope, and each way staging can fail
said in words."""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import aiohttp

# Headers of one hop (RFC 9110 7.6.1), the lengths aiohttp writes from the bytes it sends, and
# Expect (the proxy has the whole body before it sends): none is forwarded either way.
HOP = {
    "expect",
    "connection",
    "keep-alive",
    "proxy-connection",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}
# The proxy's own header on an answer the mock gave instead of staging.
FALLBACK_HEADER = "X-IPPanel-Proxy-Fallback"
STRICT_HEADER = "X-IPPanel-Proxy-Strict"
STATUS = 502
CODE = f"{STATUS}-0"  # the proxy's own message_code: the API's codes count from 1


class Upstream:
    """Where a request goes: the path after the clients' base URL (`/v1`), and the v2 look-ups
    (`/v2/api/...`) at the host's root, as the spec's servers put them. A request that already
    starts with the base URL's path (an app whose base URL is `http://proxy/v1`) is not given
    it twice, as the mock drops a leading `/v1`."""

    def __init__(self, base: str) -> None:
        parts = urlsplit(base)
        self.base = base
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.prefix = parts.path.rstrip("/")

    def url(self, raw_path_qs: str) -> str:
        path = raw_path_qs
        if self.prefix and (path == self.prefix or path.startswith(self.prefix + "/")):
            path = path[len(self.prefix) :] or "/"
        if path.startswith("/v2/"):
            return self.origin + path
        return self.origin + self.prefix + path


def forwarded(raw: Iterable[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    """The end-to-end headers, as they came (names' case, order and repeats kept), without those
    named in `Connection`."""
    pairs = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]
    named = {
        token.strip().lower()
        for k, v in pairs
        if k.lower() == "connection"
        for token in v.split(",")
    }
    return [(k, v) for k, v in pairs if k.lower() not in HOP and k.lower() not in named]


def cors(request_headers: Any) -> list[tuple[str, str]]:
    """The mock's CORS headers (mock/wire.js), so that a browser app can use either alike; the
    proxy's own header is exposed too."""
    return [
        ("Access-Control-Allow-Origin", request_headers.get("Origin") or "*"),
        (
            "Access-Control-Allow-Headers",
            request_headers.get("Access-Control-Request-Headers") or "*",
        ),
        ("Access-Control-Allow-Credentials", "true"),
        ("Access-Control-Expose-Headers", f"*, sl-violations, {FALLBACK_HEADER}, {STRICT_HEADER}"),
        ("Vary", "Origin"),
    ]


def is_cors(name: str) -> bool:
    return name.lower().startswith("access-control-") or name.lower() == "vary"


def envelope(message: str, errors: dict[str, list[str]] | None = None) -> bytes:
    """The API's error envelope (ErrorEnvelope) with the proxy's own code."""
    body = {
        "data": None,
        "meta": {
            "status": False,
            "message": message,
            "message_parameters": [],
            "message_code": CODE,
            "errors": errors or {},
        },
    }
    return json.dumps(body, ensure_ascii=False).encode()


def failure(exc: BaseException, timeout: float) -> str:
    """How staging failed, in words: the kind first."""
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        return f"timed out: no answer within {timeout:g} s (PROXY_TIMEOUT_SECONDS)"
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return "TLS failure: its certificate was not accepted"
    if isinstance(exc, (aiohttp.ClientSSLError, ssl.SSLError)):
        return "TLS failure: the TLS handshake failed"
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return "unreachable: its host name does not resolve"
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused: nothing listens there"
        return f"unreachable: {cause.strerror or type(cause).__name__}"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "the connection dropped before an answer"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "the answer was cut off"
    if isinstance(exc, aiohttp.ClientResponseError):
        return f"an answer that is not HTTP ({exc.message})"
    return f"failed: {type(exc).__name__}"
