"""Stand-ins for what can sit between a client and the API: a gateway or proxy that answers with
its own status and body (an HTML 502 page, a truncated JSON), and a server that records what it
receives and may never answer (for the User-Agent, timeouts and retries). Not mocks of the API:
the mock tests use the real Prism mock."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BAD_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@contextlib.contextmanager
def gateway(status: int, body: bytes, content_type: str) -> Iterator[str]:
    """A server on 127.0.0.1 that answers every POST with this status and body; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Seen:
    """One request as the server received it."""

    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name.lower()]


class Record(list[Seen]):
    """The requests a server received, in order; a test waits on `arrived` for the server's
    thread to have recorded them, instead of for the wall clock."""

    def __init__(self) -> None:
        super().__init__()
        self._changed = threading.Condition()

    def add(self, seen: Seen) -> None:
        with self._changed:
            self.append(seen)
            self._changed.notify_all()

    def arrived(self, count: int) -> bool:
        """Whether `count` requests have arrived; waits for them (60 s at most, a guard only)."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self) >= count, timeout=60)


@contextlib.contextmanager
def recording_server(
    status: int = 200,
    body: bytes = b"{}",
    content_type: str = "application/json",
    answer: str = "yes",
) -> Iterator[tuple[str, Record]]:
    """A server on 127.0.0.1 that records every request it receives (in the list it yields with
    its URL) and then, by `answer`: "yes" answers with this status and body; "never" keeps the
    connection open without a word until the server stops; "close" closes it without a word."""
    seen = Record()
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def handle_one_request(self) -> None:
            # Every method alike: the line and headers parsed by the base class, then ours.
            self.raw_requestline = self.rfile.readline(65537)
            if not self.raw_requestline or not self.parse_request():
                self.close_connection = True
                return
            payload = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.add(Seen(self.command, self.path, list(self.headers.items()), payload))
            if answer == "never":
                stop.wait(60)
            if answer != "yes":
                self.close_connection = True
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", seen
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
