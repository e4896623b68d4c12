"""Whom a request to the test IPPanel server would reach, by the server's own reading of the
request it accepted: never with the QA tool's parsers or judges, so a reading bug of the guard's is
not shared by the tests that judge it.

A send reaches the numbers it lists (recipients, peer-to-peer `params[].recipients`, other
recipients, the first column of each line of an uploaded file, the URL send's `to`), the members
of the phonebooks it names, and, for a target send (postal code, country, geolocation, job), as
many subscribers as its operator ranges and operator entries take (none given: every one)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

NUMBER_KEYS = frozenset({"recipients", "other_recipients", "other_recipients[]", "mobile"})
PHONEBOOK_KEYS = frozenset({"phonebook_id", "phonebook_ids"})
RANGE_KEYS = ("mci", "irancell", "other")
TARGET_SENDS = frozenset({"postal_code", "country", "geolocation", "job"})


@dataclass
class Audience:
    numbers: list[str] = field(default_factory=list)
    phonebooks: list[str] = field(default_factory=list)
    crowd: int | None = 0  # subscribers taken from operators; None: no bound (every one)
    sending_type: str | None = None  # as the body says it

    def as_log(self, operation_id: str) -> dict[str, Any]:
        return {
            "texted": operation_id,
            "type": self.sending_type,
            "numbers": self.numbers,
            "phonebooks": self.phonebooks,
            "crowd": self.crowd,
        }


def pairs(value: Any) -> Iterator[tuple[str, Any]]:
    """Every (key, value) of every object in `value`, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key), item
            yield from pairs(item)
    elif isinstance(value, list):
        for item in value:
            yield from pairs(item)


def leaves(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in leaves(item)]
    return [] if value is None or isinstance(value, bool) else [str(value)]


def _size(entry: Any) -> int | None:
    if isinstance(entry, dict) and isinstance(entry.get("size"), int):
        return max(0, entry["size"])
    return None


def _crowd(target: dict[str, Any], sending: str) -> int | None:
    """How many subscribers a target takes: its ranges (postal code, country) or its operator
    entries (geolocation, job); one missing or without a size is unbounded."""
    if sending in ("postal_code", "country"):
        sizes = [_size(target.get(name)) for name in RANGE_KEYS]
    else:
        entries = target.get("operator")
        sizes = [_size(e) for e in entries] if isinstance(entries, list) and entries else [None]
    return None if None in sizes else sum(s for s in sizes if s is not None)


def file_numbers(text: str) -> list[str]:
    """The recipients of an uploaded CSV: the first column of every line but the header."""
    lines = [line for line in text.splitlines() if line.strip()]
    return [line.split(",")[0].strip() for line in lines[1:]]


def of_send(body: Any, query: dict[str, list[str]]) -> Audience:
    """Whom a send the server accepted reaches (`body`: its JSON, or its form fields with each
    uploaded file's text under `files[]`)."""
    found = Audience(numbers=list(query.get("to", [])))
    if not isinstance(body, dict):
        return found
    for key, value in pairs(body):
        if key in NUMBER_KEYS:
            found.numbers += leaves(value)
        elif key in PHONEBOOK_KEYS:
            found.phonebooks += leaves(value)
    for text in body.get("files[]", []) if isinstance(body.get("files[]"), list) else []:
        found.numbers += file_numbers(str(text))
    sending = body.get("sending_type")
    found.sending_type = str(sending) if sending is not None else None
    if sending in TARGET_SENDS:
        params = body.get("params")
        for target in params if isinstance(params, list) else [params]:
            crowd = _crowd(target, str(sending)) if isinstance(target, dict) else None
            found.crowd = None if crowd is None or found.crowd is None else found.crowd + crowd
    return found
