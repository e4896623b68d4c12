"""`make proxy`'s settings, declared once (kit.settings): docs/proxy.md's table is theirs."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kit.settings import (
    Setting,
    one_of,
    port,
    positive_number,
    read,
    switch,
    text,
    whole_number,
)
from kit.spec import REPO


def upstream(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http(s) URL, e.g. https://staging.example/v1, not {value!r}")
    if parts.username or parts.password:
        # It would be printed, reported and sent with every request: credentials go in the app's
        # own requests, which the proxy forwards as they are.
        raise ValueError("must not carry a user name or password")
    if parts.query or parts.fragment:
        raise ValueError(f"must be a base URL, without a query or fragment: {value!r}")
    return value.rstrip("/")


def folder(value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else REPO / path


SETTINGS = (
    Setting(
        "UPSTREAM",
        "",
        "the staging server, as the clients' base URL",
        upstream,
        example="https://staging.example/v1",
    ),
    Setting(
        "PROXY_HOST", "127.0.0.1", "the address to listen on; another than loopback warns", text
    ),
    Setting("PROXY_PORT", "4011", "the port to listen on", port),
    Setting(
        "PROXY_TIMEOUT_SECONDS",
        "30",
        "how long staging may take to answer before the caller gets a 502",
        positive_number,
    ),
    Setting(
        "PROXY_FALLBACK",
        "",
        "`mock`: answer from the kit's mock, marked, when staging is down or answers a 5xx",
        one_of("", "mock"),
    ),
    Setting(
        "PROXY_STRICT",
        "0",
        "`1`: an answer that breaks the contract becomes a 502 listing the differences",
        switch,
    ),
    Setting("PROXY_RECORD", "1", "`0`: no `traffic.har`", switch),
    Setting(
        "PROXY_REPORTS",
        "reports/proxy",
        "the folder of `drift.md`, `drift.json` and `traffic.har` (each run replaces them)",
        folder,
    ),
    Setting(
        "PROXY_RECORD_EACH",
        "20",
        "exchanges recorded per operation and status (more when one shows a new difference)",
        whole_number,
    ),
)


@dataclass(frozen=True)
class Settings:
    upstream: str
    host: str
    port: int
    timeout: float
    fallback: str
    strict: bool
    record: bool
    record_each: int
    reports: Path

    @classmethod
    def from_env(cls, env: Any) -> Settings:
        v = read(SETTINGS, env)
        return cls(
            upstream=v["UPSTREAM"],
            host=v["PROXY_HOST"],
            port=v["PROXY_PORT"],
            timeout=v["PROXY_TIMEOUT_SECONDS"],
            fallback=v["PROXY_FALLBACK"],
            strict=v["PROXY_STRICT"],
            record=v["PROXY_RECORD"],
            record_each=v["PROXY_RECORD_EACH"],
            reports=v["PROXY_REPORTS"],
        )

    @property
    def loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"
