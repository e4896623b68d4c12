"""reports/proxy/traffic.har: the exchanges `make learn` reads, as HAR 1.2, scrubbed as they are
written by learn's one scrubber (learn/sanitize.py), and bounded: a fixed number per operation
and status, and beyond it only an exchange that shows a difference not recorded yet, so that a
day of browsing does not fill the disk."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from learn.checker import media_of, multipart_fields
from learn.har import Exchange
from learn.sanitize import Sanitizer

MAX_BODY = 1 << 20  # bytes of a body recorded; a larger one is left out, and says so
CREATOR = {"name": "ippanel-contract-kit make proxy", "version": "1"}


@dataclass
class Traffic:
    """One exchange as the proxy saw it: what the checker reads, and what HAR adds."""

    exchange: Exchange
    started: datetime
    elapsed_ms: float
    response_headers: list[tuple[str, str]]
    reason: str = ""
    response_bytes: int = 0


@dataclass
class Recording:
    each: int  # exchanges kept per (operation, status)
    entries: list[str] = field(default_factory=list)  # each entry's JSON, scrubbed
    kept: Counter[tuple[str, int]] = field(default_factory=Counter)
    shown: set[tuple[str, ...]] = field(default_factory=set)  # differences recorded already
    left_out: int = 0

    def wants(self, bucket: tuple[str, int], differences: set[tuple[str, ...]]) -> bool:
        new = differences - self.shown
        if self.kept[bucket] < self.each or (new and self.kept[bucket] < 2 * self.each):
            return True
        self.left_out += 1
        return False

    def add(
        self,
        bucket: tuple[str, int],
        differences: set[tuple[str, ...]],
        traffic: Traffic,
        sanitizer: Sanitizer,
    ) -> None:
        self.kept[bucket] += 1
        self.shown |= differences
        self.entries.append(json.dumps(entry(traffic, sanitizer), ensure_ascii=False))

    def har(self) -> str:
        head = json.dumps({"version": "1.2", "creator": CREATOR})[:-1]
        return '{"log": ' + head + ', "entries": [\n' + ",\n".join(self.entries) + "\n]}}\n"


def _pairs(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"name": k, "value": v} for k, v in pairs]


def _text(text: str | None, media: str, sanitizer: Sanitizer) -> str | None:
    """A body's text, scrubbed: JSON value by value (the field names tell what a value is), any
    other text as text."""
    if text is None:
        return None
    if len(text) > MAX_BODY:
        return f"(a body of {len(text)} characters, not recorded)"
    if media == "application/json" or media.endswith("+json"):
        try:
            return json.dumps(sanitizer.value(json.loads(text)), ensure_ascii=False)
        except ValueError:
            pass
    return sanitizer.text(text)


def _post_data(ex: Exchange, sanitizer: Sanitizer) -> dict[str, Any] | None:
    raw = ex.request_bytes()
    if not raw:
        return None
    content_type = ex.request_header("content-type") or ""
    media = media_of(content_type)
    if media == "multipart/form-data":
        # The fields as params; a file's content (an identity document, a list of numbers) is
        # never recorded, only its size.
        try:
            fields = multipart_fields(content_type, raw)
        except Exception:  # werkzeug raises several kinds on a malformed body
            fields = {}
        params = []
        for name, value in fields.items():
            for v in value if isinstance(value, list) else [value]:
                params.append({"name": name, "value": sanitizer.value(v, name)})
        return {"mimeType": content_type, "params": params, "text": ""}
    text = raw.decode("utf-8", "replace")
    return {"mimeType": content_type, "text": _text(text, media, sanitizer) or ""}


def entry(traffic: Traffic, sanitizer: Sanitizer) -> dict[str, Any]:
    ex = traffic.exchange
    response_type = next(
        (v for k, v in traffic.response_headers if k.lower() == "content-type"), ""
    )
    request: dict[str, Any] = {
        "method": ex.method,
        "url": sanitizer.url(ex.url),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": _pairs(sanitizer.headers(ex.request_headers)),
        "queryString": _pairs(sanitizer.query(ex.query)),
        "headersSize": -1,
        "bodySize": len(ex.request_bytes()),
    }
    post = _post_data(ex, sanitizer)
    if post is not None:
        request["postData"] = post
    content: dict[str, Any] = {"size": traffic.response_bytes, "mimeType": response_type}
    text = _text(ex.body, ex.media_type, sanitizer)
    if text is not None:
        content["text"] = text
    return {
        "startedDateTime": traffic.started.isoformat(timespec="milliseconds"),
        "time": round(traffic.elapsed_ms, 3),
        "request": request,
        "response": {
            "status": ex.status,
            "statusText": traffic.reason,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": _pairs(sanitizer.headers(traffic.response_headers)),
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": traffic.response_bytes,
        },
        "cache": {},
        "timings": {"send": 0, "wait": round(traffic.elapsed_ms, 3), "receive": 0},
    }
