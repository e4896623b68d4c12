"""What `make contract-live` reads from the environment, each setting declared once
(kit.settings): its name, its default, its line in the table of
docs/reference/contract-tests.md (`table(SETTINGS)`, checked by a test) and how its text becomes
a value. Everything else names a setting through these: the run reads them all at once
(live_settings.py), the refusals and the plan's reasons say their names, and the run passes the
allowance on to schemathesis' hooks under them."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from kit.settings import Setting, switch, text, whole_number

PHASES = ("examples", "coverage", "fuzzing", "stateful")


def shown(url: str) -> str:
    """A URL as the run may print it: scheme, host and path, never user:password@."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


def base_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http(s) URL, not {shown(value)!r}")
    return value


def per_request(value: str) -> float:
    """ "N/s", "N/m" or "N/h" as the seconds between two requests."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*([smh])\s*", value)
    if not match or int(match[1]) == 0:
        raise ValueError(f"must look like 2/s, 60/m or 500/h, not {value!r}")
    return {"s": 1, "m": 60, "h": 3600}[match[2]] / int(match[1])


def phases(value: str) -> str:
    if not set(value.split(",")) <= set(PHASES):
        raise ValueError(f"must be a comma-separated list of {', '.join(PHASES)}, not {value!r}")
    return value


def check_names(value: str) -> tuple[str, ...]:
    names = tuple(c for c in value.split(",") if c)
    if not all(re.fullmatch(r"[a-z_]+", c) for c in names):
        raise ValueError("must be schemathesis check names, e.g. ignored_auth")
    return names


def seed(value: str) -> int | None:
    if value and not value.isdigit():
        raise ValueError(f"must be a whole number, not {value!r}")
    return int(value) if value else None


def numbers(value: str) -> tuple[str, ...]:
    found = tuple(r.strip() for r in value.split(",") if r.strip())
    bad = [r for r in found if not re.fullmatch(r"\+[1-9][0-9]{7,14}", r)]
    if bad:
        raise ValueError(f"must be E.164 numbers like +989120000000, not {bad[0]!r}")
    return found


def sender(value: str) -> str:
    if value and not re.fullmatch(r"\+[0-9A-Za-z]{2,20}", value):
        raise ValueError(f"must be a sender number like +983000505, not {value!r}")
    return value


def phonebook(value: str) -> str | None:
    if value and not value.isdigit():
        raise ValueError(f"must be a phonebook's numeric id, not {value!r}")
    return value or None


def names(value: str) -> frozenset[str]:
    return frozenset(n.strip() for n in value.split(",") if n.strip())


def optional(value: str) -> str | None:
    return value or None


BASE_URL = Setting(
    "IPPANEL_BASE_URL",
    "",
    "the server to check, as the clients' base URL",
    base_url,
    example="https://staging.example.com/v1",
)
TOKEN = Setting(
    "IPPANEL_TOKEN",
    "",
    "a token or API key of a **test account**",
    text,
    example="an API key the panel made for the test account",
)
RATE_LIMIT = Setting(
    "IPPANEL_RATE_LIMIT", "2/s", "at most this many requests (`N/s`, `N/m`, `N/h`)", per_request
)
MAX_EXAMPLES = Setting(
    "IPPANEL_MAX_EXAMPLES", "5", "random requests per operation (fuzzing)", whole_number
)
# Coverage sends every boundary value of every field, hundreds of requests to /api/send alone: too
# many for a live server that bills each SMS, so a live run only does it when asked.
PHASES_ = Setting(
    "IPPANEL_PHASES",
    "examples,fuzzing,stateful",
    "add `coverage` for every boundary value: hundreds of requests per operation; `stateful` "
    "follows the spec's links (below)",
    phases,
)
EXCLUDE_CHECKS = Setting(
    "IPPANEL_EXCLUDE_CHECKS",
    "",
    "schemathesis checks to leave out, comma-separated, e.g. `ignored_auth`",
    check_names,
)
SEED = Setting(
    "IPPANEL_SEED", "", "replay an earlier run (its report prints the seed); unset: random", seed
)
ALLOW_SEND = Setting(
    "IPPANEL_ALLOW_SEND", "0", "`1` includes the operations that send SMS (below)", switch
)
TEST_RECIPIENTS = Setting(
    "IPPANEL_TEST_RECIPIENTS",
    "",
    f"with `{ALLOW_SEND.name}=1`: the only numbers texted (comma-separated, E.164)",
    numbers,
)
FROM_NUMBER = Setting(
    "IPPANEL_FROM_NUMBER", "", f"with `{ALLOW_SEND.name}=1`: the only sender", sender
)
TEST_PHONEBOOK_ID = Setting(
    "IPPANEL_TEST_PHONEBOOK_ID",
    "",
    f"with `{ALLOW_SEND.name}=1`: the only phonebook a phonebook send may name (a test phonebook "
    "whose members you vouch for); without it such sends are not sent",
    phonebook,
)
ALLOW_WRITES = Setting(
    "IPPANEL_ALLOW_WRITES",
    "0",
    "`1` includes the operations that change data, and the round trips on objects the run "
    "creates (below)",
    switch,
)
ALLOW_IRREVERSIBLE = Setting(
    "IPPANEL_ALLOW_IRREVERSIBLE",
    "",
    "operationIds of irreversible operations to include, comma-separated (e.g. "
    "`createUser,createTicket`); a name that is not one is refused",
    names,
)
RESELLER = Setting(
    "IPPANEL_RESELLER",
    "0",
    "`1`: the test account is a reseller's; includes the reseller-only operations",
    switch,
)
ROUND_TRIPS = Setting(
    "IPPANEL_ROUND_TRIPS",
    "1",
    "`0` leaves out the round trips (for a server that keeps no state, like the mock)",
    switch,
)
USERNAME = Setting(
    "IPPANEL_USERNAME",
    "",
    f"with `{ALLOW_SEND.name}=1` and a password: also run the login flow",
    optional,
)
PASSWORD = Setting(
    "IPPANEL_PASSWORD", "", "the test account's password, for the login flow", optional
)

SETTINGS = (
    BASE_URL,
    TOKEN,
    RATE_LIMIT,
    MAX_EXAMPLES,
    PHASES_,
    EXCLUDE_CHECKS,
    SEED,
    ALLOW_SEND,
    TEST_RECIPIENTS,
    FROM_NUMBER,
    TEST_PHONEBOOK_ID,
    ALLOW_WRITES,
    ALLOW_IRREVERSIBLE,
    RESELLER,
    ROUND_TRIPS,
    USERNAME,
    PASSWORD,
)
# What the run hands schemathesis' hooks (runner.py), which confine each send to it.
ALLOWANCE = (TEST_RECIPIENTS, FROM_NUMBER, TEST_PHONEBOOK_ID)
