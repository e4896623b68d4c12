"""A folder served over HTTP on a free port of the loopback, quietly: the pages a browser test
opens (the built site, a bundled page on an origin of its own)."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kit.processes import HOST


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the base's name)
        pass


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """The folder's URL ("http://127.0.0.1:PORT"); port 0: the system's free port, no race."""
    server = ThreadingHTTPServer((HOST, 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
