"""`make proxy UPSTREAM=<staging base URL>`: see proxy/__init__.py. Refuses in one line (exit 2)
what it cannot run with; listens until Ctrl-C or SIGTERM, then writes its reports a last time."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import signal
import socket
import sys
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit

import uvloop

from kit.settings import Refusal
from kit.spec import BUNDLE, REPO, SPEC_ROOT, load_yaml
from learn.checker import Checker
from learn.places import Documents
from proxy.recording import Recording
from proxy.server import Proxy, serve
from proxy.settings import Settings
from proxy.watch import Watch


def say(line: str) -> None:
    print(line, flush=True)


def warn_if_unreachable(upstream: str) -> None:
    """A warning, not a refusal: staging may come back, and until then each caller gets a 502
    that says why (or the mock's answer with PROXY_FALLBACK=mock)."""
    parts = urlsplit(upstream)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=3):
            return
    except socket.gaierror:
        why = "its host name does not resolve"
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
    say(f"proxy: warning: {upstream} does not answer now ({why}); callers get a 502 until it does")


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            return exc.errno != errno.EADDRINUSE
    return True


@contextlib.contextmanager
def fallback_mock(settings: Settings) -> Iterator[str | None]:
    """The kit's mock on a free port, for PROXY_FALLBACK=mock; stopped with the proxy."""
    if settings.fallback != "mock":
        yield None
        return
    from mock.launcher import running_mock

    with running_mock(log_level="warn") as mock:
        say(f"proxy: the mock answers for staging when it fails: {mock.url}")
        yield mock.url


def main(env: Mapping[str, str] = os.environ) -> int:
    try:
        settings = Settings.from_env(env)
    except Refusal as exc:
        print(f"proxy: {exc}", file=sys.stderr)
        return 2
    if not port_free(settings.host, settings.port):
        print(
            f"proxy: {settings.host}:{settings.port} is busy: another program listens there "
            "(another make proxy?); set PROXY_PORT",
            file=sys.stderr,
        )
        return 2
    if not settings.loopback:
        say(
            f"proxy: warning: listening on {settings.host}, not loopback: anyone who can reach "
            "it reaches staging through it"
        )
    warn_if_unreachable(settings.upstream)
    checker = Checker(Documents(load_yaml(BUNDLE), SPEC_ROOT))
    recording = Recording(settings.record_each) if settings.record else None
    watch = Watch(checker, settings.upstream, recording, say)
    with fallback_mock(settings) as mock_url:
        proxy = Proxy(settings, watch, mock_url, say)
        try:
            with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
                runner.run(_until_stopped(proxy, settings))
        except OSError as exc:
            print(
                f"proxy: cannot listen on {settings.host}:{settings.port}: {exc}", file=sys.stderr
            )
            return 2
    shown = (
        settings.reports.relative_to(REPO)
        if settings.reports.is_relative_to(REPO)
        else settings.reports
    )
    files = "drift.md, drift.json" + (", traffic.har" if settings.record else "")
    say(f"proxy: stopped; {watch.drift.exchanges} exchanges; reports in {shown}/ ({files})")
    return 0


async def _until_stopped(proxy: Proxy, settings: Settings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await serve(proxy, settings, stop)


if __name__ == "__main__":
    sys.exit(main())
