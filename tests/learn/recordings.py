"""HAR 1.2 recordings made in the test, one exchange at a time, and what learning finds in them
against the committed spec (read, never changed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kit.spec import SPEC_ROOT, bundle, example
from learn import har
from learn.differences import Findings, find
from learn.places import Documents
from learn.proposals import Edit, Policy
from learn.sanitize import Sanitizer


def entry(
    method: str,
    url: str,
    status: int,
    body: Any,
    media: str = "application/json",
    headers: dict[str, str] | None = None,
    request_body: Any = None,
) -> dict[str, Any]:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    request: dict[str, Any] = {
        "method": method,
        "url": url,
        "headers": [{"name": k, "value": v} for k, v in (headers or {}).items()],
    }
    if request_body is not None:
        request["postData"] = {"mimeType": "application/json", "text": json.dumps(request_body)}
    return {
        "request": request,
        "response": {"status": status, "content": {"mimeType": media, "text": text}},
    }


def write_har(path: Path, entries: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}), encoding="utf-8")
    return path


def learn(path: Path) -> tuple[Findings, list[Edit]]:
    docs = Documents(bundle(), SPEC_ROOT)
    findings = find(docs, har.read(path))
    return findings, Policy(docs, Sanitizer()).propose(findings)


def documented(name: str) -> Any:
    """A deep copy of a documented example's value, to alter."""
    return json.loads(json.dumps(example(name)))
