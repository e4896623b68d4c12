"""Recorded HTTP exchanges, read from HAR 1.2 files: a `make contract-live` run's har.json, a
browser's "save all as HAR", a proxy's export."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit


class BadRecording(Exception):
    """A file or folder that holds no HAR recording, said in one line."""


@dataclass
class Exchange:
    method: str
    url: str
    path: str
    status: int
    media_type: str  # the response's, without parameters ("" when it has no body)
    body: str | None  # the response's
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    query: list[tuple[str, str]] = field(default_factory=list)
    request_body: str | None = None
    request_raw: bytes | None = None  # the body's bytes, where they are known (a proxy's)

    def request_bytes(self) -> bytes:
        if self.request_raw is not None:
            return self.request_raw
        return (self.request_body or "").encode("utf-8")

    def request_header(self, name: str) -> str | None:
        return next((v for k, v in self.request_headers if k.lower() == name.lower()), None)

    def json(self) -> tuple[bool, Any]:
        """(True, the body parsed) when the body is JSON, else (False, None)."""
        if self.body is None or self.body == "":
            return False, None
        try:
            return True, json.loads(self.body)
        except ValueError:
            return False, None


def har_files(source: Path) -> list[Path]:
    if source.is_dir():
        found = sorted(p for p in source.rglob("*") if p.suffix in (".har", ".json"))
        found = [p for p in found if _is_har(p)]
        if not found:
            raise BadRecording(f"{source} holds no HAR file (*.har, or a HAR *.json)")
        return found
    if not source.is_file():
        raise BadRecording(f"{source} does not exist")
    if not _is_har(source):
        raise BadRecording(f"{source} is not a HAR 1.2 file (no log.entries)")
    return [source]


def _is_har(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(data, dict) and isinstance(data.get("log", {}).get("entries"), list)


def read(source: Path) -> list[Exchange]:
    """Every exchange of the HAR file `source`, or of the HAR files in the folder `source`."""
    return [e for path in har_files(source) for e in _entries(path)]


def _entries(path: Path) -> list[Exchange]:
    out = []
    for entry in json.loads(path.read_text(encoding="utf-8"))["log"]["entries"]:
        request, response = entry.get("request", {}), entry.get("response", {})
        status = int(response.get("status") or 0)
        if status <= 0:  # no answer (the browser's "(failed)", a stopped request)
            continue
        content = response.get("content") or {}
        text = content.get("text")
        if text is not None and content.get("encoding") == "base64":
            text = base64.b64decode(text).decode("utf-8", "replace")
        media = (content.get("mimeType") or "").split(";")[0].strip().lower()
        if not media:
            media = next(
                (
                    h["value"].split(";")[0].strip().lower()
                    for h in response.get("headers", [])
                    if h.get("name", "").lower() == "content-type"
                ),
                "",
            )
        url = request.get("url", "")
        parts = urlsplit(url)
        out.append(
            Exchange(
                method=request.get("method", "GET").upper(),
                url=url,
                path=unquote(parts.path),
                status=status,
                media_type=media if text else "",
                body=text,
                request_headers=[(h["name"], h["value"]) for h in request.get("headers", [])],
                query=parse_qsl(parts.query, keep_blank_values=True),
                request_body=(request.get("postData") or {}).get("text"),
            )
        )
    return out
