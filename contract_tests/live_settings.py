"""A live run's settings as values: read in one call from the environment as settings.py declares
them, checked together, and refused in one line when the run cannot go with them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests import settings as s
from contract_tests.classes import Decision, OptInError, OptIns, plan
from contract_tests.gateway import RateLimit
from contract_tests.policy import Allowance
from kit.settings import Refusal, read
from kit.spec import bundle

# A token that was never valid: schemathesis sends it to logout (see schemathesis.toml).
NEVER_VALID = "contract-tests-token-that-was-never-issued"
# The number of the contact a round trip adds when the run may not send (adding one texts nobody):
# the documentation's example number.
PLACEHOLDER_NUMBER = "+989120000000"

__all__ = ["NEVER_VALID", "PLACEHOLDER_NUMBER", "Refusal", "Settings", "allowance_from"]


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
        v = read(s.SETTINGS, env)
        allowance = None
        if v[s.ALLOW_SEND.name]:
            allowance = allowance_of(v)
            if allowance is None:
                raise Refusal(
                    f"{s.ALLOW_SEND.name}=1 needs {s.TEST_RECIPIENTS.name} (comma-separated) "
                    f"and {s.FROM_NUMBER.name}"
                )
        username, password = v[s.USERNAME.name], v[s.PASSWORD.name]
        if bool(username) != bool(password):
            raise Refusal(f"set both {s.USERNAME.name} and {s.PASSWORD.name}, or neither")
        opt_ins = OptIns(
            send=v[s.ALLOW_SEND.name],
            writes=v[s.ALLOW_WRITES.name],
            irreversible=v[s.ALLOW_IRREVERSIBLE.name],
            reseller=v[s.RESELLER.name],
        )
        try:
            decisions = plan(bundle(), opt_ins)
        except OptInError as exc:
            raise Refusal(str(exc)) from None
        return cls(
            base_url=v[s.BASE_URL.name],
            token=v[s.TOKEN.name],
            rate=RateLimit(env.get(s.RATE_LIMIT.name, "").strip() or s.RATE_LIMIT.default),
            max_examples=v[s.MAX_EXAMPLES.name],
            phases=v[s.PHASES_.name],
            excluded_checks=v[s.EXCLUDE_CHECKS.name],
            seed=v[s.SEED.name],
            allowance=allowance,
            username=username,
            password=password,
            decisions=decisions,
            round_trips=v[s.ROUND_TRIPS.name],
        )


def allowance_of(values: Mapping[str, Any]) -> Allowance | None:
    """Whom the run may text, from the settings' values; None without numbers and a sender."""
    recipients, sender = values[s.TEST_RECIPIENTS.name], values[s.FROM_NUMBER.name]
    if not recipients or not sender:
        return None
    return Allowance(recipients, sender, values[s.TEST_PHONEBOOK_ID.name])


def allowance_from(env: Mapping[str, str]) -> Allowance | None:
    """The allowance the run handed schemathesis' hooks in their environment (runner.py)."""
    return allowance_of(read(s.ALLOWANCE, env))


def ensure_reachable(base_url: str) -> None:
    try:
        httpx.get(base_url, timeout=5, follow_redirects=False)
    except httpx.HTTPError as exc:
        raise Refusal(
            f"{s.BASE_URL.name} {s.shown(base_url)} is unreachable ({type(exc).__name__})"
        ) from None
