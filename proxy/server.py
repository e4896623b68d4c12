"""The proxy's HTTP side (aiohttp, server and client on one asyncio loop): each request goes to
staging as it came and staging's answer comes back as it came; the exchange is then checked,
counted and recorded (watch.py), after the caller has its answer, or before it with
PROXY_STRICT=1. A staging that fails gets a 502 in the API's error envelope, or with
PROXY_FALLBACK=mock the mock's answer, marked."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import ssl
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import aiohttp
from aiohttp import web
from multidict import CIMultiDict
from yarl import URL

from learn.checker import JSON, media_of
from learn.har import Exchange
from proxy.drift import markdown
from proxy.recording import Traffic
from proxy.settings import Settings
from proxy.watch import Watch
from proxy.wire import (
    FALLBACK_HEADER,
    STATUS,
    STRICT_HEADER,
    Upstream,
    cors,
    envelope,
    failure,
    forwarded,
    is_cors,
)

FLUSH_SECONDS = 1.0  # how often the reports are written while traffic arrives
BODY_LIMIT = 64 << 20  # bytes of a request body forwarded (the mock takes 10 MiB, as Prism)
CONTROL = "/__proxy/"
# Headers aiohttp writes on every answer when they are missing; an answer passed on has only
# those staging sent.
ADDED_BY_AIOHTTP = ("Server", "Date", "Content-Type")
TEXTUAL = ("text/", "application/json", "application/problem+json", "application/xml")


class Passed(web.Response):
    """An answer as it came: aiohttp's own Server, Date and Content-Type are taken back out
    where the upstream sent none."""

    def __init__(self, *, missing: tuple[str, ...], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._missing = missing

    async def _prepare_headers(self) -> None:
        await super()._prepare_headers()
        for name in self._missing:
            self._headers.popall(name, None)


def decoded(payload: bytes, encoding: str) -> bytes:
    """The body as the spec describes it, under its Content-Encoding (what the checker reads; the
    caller gets the bytes as they came)."""
    try:
        if encoding == "gzip":
            return zlib.decompress(payload, 16 + zlib.MAX_WBITS)
        if encoding == "deflate":
            return zlib.decompress(payload)
    except zlib.error:
        pass
    return payload


def body_text(payload: bytes, media: str) -> str | None:
    if not payload:
        return None
    if media.startswith(TEXTUAL) or media.endswith("+json"):
        return payload.decode("utf-8", "replace")
    return f"({len(payload)} bytes of {media or 'an unnamed type'})"


class Proxy:
    def __init__(
        self,
        settings: Settings,
        watch: Watch,
        mock_url: str | None = None,
        log: Callable[[str], None] = print,
    ) -> None:
        self.settings = settings
        self.watch = watch
        self.mock_url = mock_url
        self.log = log
        self.upstream = Upstream(settings.upstream)
        self.pending: list[tuple[Traffic, bool]] = []
        self.session: aiohttp.ClientSession | None = None

    async def open(self) -> None:
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=60),
            timeout=aiohttp.ClientTimeout(total=self.settings.timeout),
            # What forwarding must not add: no cookie jar (it would send one app's cookies with
            # another's requests), no decompression (the caller gets the bytes as sent), none of
            # aiohttp's own request headers.
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
        )

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        self.drain()

    # --- the requests ------------------------------------------------------------------------

    async def handle(self, request: web.BaseRequest) -> web.StreamResponse:
        if request.path.startswith(CONTROL):
            return self.control(request)
        if (
            request.method == "OPTIONS"
            and "Origin" in request.headers
            and "Access-Control-Request-Method" in request.headers
        ):
            # A CORS preflight is the browser's question, not a call of the API: the mock's answer.
            headers = CIMultiDict(cors(request.headers))
            headers["Access-Control-Allow-Methods"] = request.headers[
                "Access-Control-Request-Method"
            ]
            return web.Response(status=204, headers=headers)
        started, clock = datetime.now(UTC), time.perf_counter()
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            said = f"proxy: a request body over {BODY_LIMIT >> 20} MiB is not forwarded"
            return self.own(request, 413, envelope(said))
        url = self.upstream.url(request.raw_path)
        sent = forwarded(request.raw_headers)
        assert self.session is not None
        try:
            async with self.session.request(
                request.method,
                URL(url, encoded=True),
                headers=sent,
                data=body or None,
                allow_redirects=False,
            ) as answer:
                payload = await answer.read()
        except (TimeoutError, aiohttp.ClientError, ssl.SSLError, OSError) as exc:
            reason = failure(exc, self.settings.timeout)
            self.watch.drift.failed(reason.split(":")[0])
            said = f"the upstream {self.settings.upstream} failed: {reason}"
            self.log(f"proxy: {request.method} {self.watch.sanitizer.text(request.path)}: {said}")
            if self.mock_url:
                return await self.from_mock(request, sent, body, said)
            return self.own(request, STATUS, envelope(f"proxy: {said}"))
        elapsed = (time.perf_counter() - clock) * 1000
        returned = forwarded(answer.raw_headers)
        media = media_of(answer.headers.get("Content-Type"))
        readable = decoded(payload, answer.headers.get("Content-Encoding", "").strip().lower())
        exchange = Exchange(
            method=request.method,
            url=url,
            path=request.path,
            status=answer.status,
            media_type=media if payload else "",
            body=body_text(readable, media),
            request_headers=sent,
            query=parse_qsl(request.query_string, keep_blank_values=True),
            request_raw=body,
        )
        traffic = Traffic(exchange, started, elapsed, returned, answer.reason or "", len(payload))
        if self.mock_url and answer.status >= 500:
            self.later(traffic, fallback=True)
            said = f"the upstream {self.settings.upstream} answered {answer.status}"
            return await self.from_mock(request, sent, body, said)
        if self.settings.strict:
            outcome = self.watch.observe(traffic)
            broken = [d for d in outcome.breaking if d.direction == "response"]
            if broken:
                errors: dict[str, list[str]] = {}
                for d in broken:
                    where = f"response {answer.status} {d.location} {d.pointer or '/'}"
                    errors.setdefault(where, []).append(
                        f"{d.kind}: expected {d.expected}, saw {d.seen}"
                    )
                said = (
                    f"proxy (strict): {outcome.operation.operation_id if outcome.operation else ''}"
                    f": the upstream's {answer.status} answer breaks the contract in "
                    f"{len(broken)} place(s)"
                )
                return self.own(request, STATUS, envelope(said, errors), strict=True)
        else:
            self.later(traffic)
        return self.passed(request, answer.status, answer.reason, returned, payload)

    async def from_mock(
        self,
        request: web.BaseRequest,
        headers: list[tuple[str, str]],
        body: bytes,
        said: str,
    ) -> web.StreamResponse:
        assert self.session is not None and self.mock_url is not None
        marked = f"mock ({said})".encode("ascii", "replace").decode()
        try:
            async with self.session.request(
                request.method,
                URL(self.mock_url + request.raw_path, encoded=True),
                headers=headers,
                data=body or None,
                allow_redirects=False,
            ) as answer:
                payload = await answer.read()
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            reason = failure(exc, self.settings.timeout)
            return self.own(
                request, STATUS, envelope(f"proxy: {said}; the mock failed too: {reason}")
            )
        returned = [*forwarded(answer.raw_headers), (FALLBACK_HEADER, marked)]
        return self.passed(request, answer.status, answer.reason, returned, payload)

    def passed(
        self,
        request: web.BaseRequest,
        status: int,
        reason: str | None,
        headers: list[tuple[str, str]],
        payload: bytes,
    ) -> web.StreamResponse:
        names = {k.lower() for k, _ in headers}
        kept = CIMultiDict((k, v) for k, v in headers if not is_cors(k))
        vary = [v for k, v in headers if k.lower() == "vary"]
        for name, value in cors(request.headers):
            if name == "Vary":
                value = (
                    ", ".join([*vary, "Origin"])
                    if "origin" not in ",".join(vary).lower()
                    else ", ".join(vary)
                )
            kept.add(name, value)
        missing = tuple(h for h in ADDED_BY_AIOHTTP if h.lower() not in names)
        return Passed(status=status, reason=reason, headers=kept, body=payload, missing=missing)

    def own(
        self, request: web.BaseRequest, status: int, body: bytes, strict: bool = False
    ) -> web.StreamResponse:
        headers = CIMultiDict(cors(request.headers))
        headers["Content-Type"] = JSON
        if strict:
            headers[STRICT_HEADER] = "1"
        return web.Response(status=status, headers=headers, body=body)

    def control(self, request: web.BaseRequest) -> web.StreamResponse:
        if request.path == CONTROL + "drift" and request.method == "GET":
            self.drain()
            body = json.dumps(self.watch.drift.as_json(), ensure_ascii=False).encode()
            headers = CIMultiDict(cors(request.headers))
            headers["Content-Type"] = JSON
            return web.Response(status=200, headers=headers, body=body)
        return self.own(
            request,
            404,
            envelope(
                f"proxy: {request.method} {request.path} is the proxy's own address: "
                f"GET {CONTROL}drift is the summary"
            ),
        )

    # --- checking after the answer, and the reports -------------------------------------------

    def later(self, traffic: Traffic, fallback: bool = False) -> None:
        """Checked once the caller has its answer: the loop runs callbacks in order, so before
        anything that arrives after it (and the summary drains what is left first)."""
        self.pending.append((traffic, fallback))
        asyncio.get_running_loop().call_soon(self.drain)

    def drain(self) -> None:
        pending, self.pending = self.pending, []
        for traffic, fallback in pending:
            self.watch.observe(traffic, fallback=fallback)

    def write(self, reports: Path) -> None:
        """drift.json and drift.md, and traffic.har when recording, each replaced whole."""
        self.drain()
        reports.mkdir(parents=True, exist_ok=True)
        if self.watch.dirty:
            self.watch.dirty = False
            summary = self.watch.drift.as_json()
            _replace(reports / "drift.json", json.dumps(summary, ensure_ascii=False, indent=2))
            _replace(reports / "drift.md", markdown(summary))
        if self.watch.recording is not None and self.watch.recorded:
            self.watch.recorded = False
            _replace(reports / "traffic.har", self.watch.recording.har())

    async def flushing(self, reports: Path) -> None:
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            self.write(reports)


def _replace(path: Path, text: str) -> None:
    scratch = path.with_name(f".{path.name}.{os.getpid()}")
    scratch.write_text(text, encoding="utf-8")
    os.replace(scratch, path)


async def serve(proxy: Proxy, settings: Settings, stop: asyncio.Event) -> None:
    """Listens until `stop` is set; the reports are written as traffic arrives and at the end."""
    await proxy.open()
    loop = asyncio.get_running_loop()

    def request(
        message: Any, payload: Any, protocol: Any, writer: Any, task: Any
    ) -> web.BaseRequest:
        # aiohttp reads at most 1 MiB of a body by default; a document upload may be more.
        return web.BaseRequest(
            message, payload, protocol, writer, task, loop, client_max_size=BODY_LIMIT
        )

    server = web.Server(proxy.handle, request_factory=request)
    runner = web.ServerRunner(server, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port, reuse_address=True)
    try:
        await site.start()
    except OSError:
        await runner.cleanup()
        await proxy.close()
        raise
    for name in ("drift.md", "drift.json", "traffic.har"):  # a run's reports are its own
        (settings.reports / name).unlink(missing_ok=True)
    proxy.write(settings.reports)
    flushing = asyncio.create_task(proxy.flushing(settings.reports))
    proxy.log(f"proxy: listening on {settings.url}, forwarding to {settings.upstream}")
    try:
        await stop.wait()
    finally:
        flushing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await flushing
        await runner.cleanup()
        await proxy.close()
        proxy.watch.dirty = True
        proxy.write(settings.reports)
