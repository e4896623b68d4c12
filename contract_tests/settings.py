"""A live run's settings, read once from the environment (the IPPANEL_* variables listed in
live.py), and the one-line refusals of settings it cannot run with."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from contract_tests.classes import Decision, OptInError, OptIns, plan
from contract_tests.gateway import RateLimit
from contract_tests.policy import Allowance, ConfigError
from kit.spec import bundle

DEFAULT_RATE_LIMIT = "2/s"
DEFAULT_MAX_EXAMPLES = 5
# Coverage sends every boundary value of every field, hundreds of requests to /api/send alone: too
# many for a live server that bills each SMS, so a live run only does it when asked.
DEFAULT_PHASES = "examples,fuzzing,stateful"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
# A token that was never valid: schemathesis sends it to logout (see schemathesis.toml).
NEVER_VALID = "contract-tests-token-that-was-never-issued"
# The number of the contact a round trip adds when the run may not send (adding one texts nobody):
# the documentation's example number.
PLACEHOLDER_NUMBER = "+989120000000"


class Refusal(Exception):
    """A reason not to start, said in one line."""


@dataclass
class Settings:
    base_url: str
    token: str
    rate: RateLimit
    max_examples: int
    phases: str
    excluded_checks: tuple[str, ...]
    seed: int | None
    allowance: Allowance | None
    username: str | None
    password: str | None
    decisions: list[Decision]
    round_trips: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        base_url = env.get("IPPANEL_BASE_URL", "").strip()
        token = env.get("IPPANEL_TOKEN", "").strip()
        if not base_url:
            raise Refusal(
                "IPPANEL_BASE_URL is not set: set it to the server to check, e.g. https://staging.example.com/v1"
            )
        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).hostname:
            raise Refusal(f"IPPANEL_BASE_URL must be an http(s) URL, not {shown(base_url)!r}")
        if not token:
            raise Refusal(
                "IPPANEL_TOKEN is not set: set it to a token or API key of a test account"
            )
        try:
            rate = RateLimit(env.get("IPPANEL_RATE_LIMIT") or DEFAULT_RATE_LIMIT)
        except ValueError as exc:
            raise Refusal(str(exc)) from None
        examples = env.get("IPPANEL_MAX_EXAMPLES") or str(DEFAULT_MAX_EXAMPLES)
        if not examples.isdigit() or int(examples) < 1:
            raise Refusal(f"IPPANEL_MAX_EXAMPLES must be a positive whole number, not {examples!r}")
        phases = env.get("IPPANEL_PHASES") or DEFAULT_PHASES
        if not set(phases.split(",")) <= set(PHASES):
            known = ", ".join(PHASES)
            raise Refusal(
                f"IPPANEL_PHASES must be a comma-separated list of {known}, not {phases!r}"
            )
        excluded = tuple(c for c in (env.get("IPPANEL_EXCLUDE_CHECKS") or "").split(",") if c)
        if not all(re.fullmatch(r"[a-z_]+", c) for c in excluded):
            raise Refusal(
                "IPPANEL_EXCLUDE_CHECKS must be schemathesis check names, e.g. ignored_auth"
            )
        seed = env.get("IPPANEL_SEED") or None
        if seed is not None and not seed.isdigit():
            raise Refusal(f"IPPANEL_SEED must be a whole number, not {seed!r}")
        allowance = None
        if env.get("IPPANEL_ALLOW_SEND") == "1":
            try:
                allowance = Allowance.from_env(env)
            except ConfigError as exc:
                raise Refusal(str(exc)) from None
        username, password = (
            env.get("IPPANEL_USERNAME") or None,
            env.get("IPPANEL_PASSWORD") or None,
        )
        if bool(username) != bool(password):
            raise Refusal("set both IPPANEL_USERNAME and IPPANEL_PASSWORD, or neither")
        for name in (
            "IPPANEL_ALLOW_SEND",
            "IPPANEL_ALLOW_WRITES",
            "IPPANEL_RESELLER",
            "IPPANEL_ROUND_TRIPS",
        ):
            if env.get(name, "") not in ("", "0", "1"):
                raise Refusal(f"{name} must be 1 (or unset), not {env[name]!r}")
        try:
            decisions = plan(bundle(), OptIns.from_env(env))
        except OptInError as exc:
            raise Refusal(str(exc)) from None
        return cls(
            base_url,
            token,
            rate,
            int(examples),
            phases,
            excluded,
            int(seed) if seed else None,
            allowance,
            username,
            password,
            decisions,
            env.get("IPPANEL_ROUND_TRIPS") != "0",
        )


def shown(url: str) -> str:
    """A URL as the run may print it: scheme, host and path, never user:password@."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


def ensure_reachable(base_url: str) -> None:
    try:
        httpx.get(base_url, timeout=5, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise Refusal(
            f"IPPANEL_BASE_URL {shown(base_url)} is unreachable ({type(exc).__name__})"
        ) from None
