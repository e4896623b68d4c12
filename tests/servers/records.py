"""Judging a run by what the test IPPanel server recorded (its --log): whom the sends it accepted
reach, by its own reading (`texted`, audience.py), and the changes it refused because they named
an object it did not hand out (`refused`), and its books of what it created, changed and deleted
(`books`). Each judging helper returns what is wrong, empty when nothing is, so a test asserts
`== []` and prints the offending records."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def _same_phone(number: str, allowed: str) -> bool:
    """+98912..., 0912... and 912... are one phone: compare the last 10 digits."""
    digits, mine = re.sub(r"\D", "", number), re.sub(r"\D", "", allowed)
    return bool(digits) and digits[-10:] == mine[-10:]


def texted_beyond(
    records: Iterable[dict[str, Any]], allowed: Iterable[str], phonebook: str | None = None
) -> list[str]:
    """Whom the server's sends reached beyond the `allowed` numbers and `phonebook`: a number
    outside the list, another phonebook, or any subscriber taken from an operator."""
    allowed = list(allowed)
    wrong = []
    for entry in (r for r in records if "texted" in r):
        what = entry["texted"]
        wrong += [
            f"{what}: a number outside the list"
            for n in entry["numbers"]
            if not any(_same_phone(n, a) for a in allowed)
        ]
        wrong += [f"{what}: phonebook {p}" for p in entry["phonebooks"] if p != phonebook]
        if entry["crowd"] != 0:
            wrong.append(f"{what}: {entry['crowd'] or 'every'} subscriber(s) of the operators")
    return wrong


def refused(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changes the server refused: each named an object it did not hand out."""
    return [r for r in records if "refused" in r]


def sends(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The server's record of each send it accepted."""
    return [r for r in records if "texted" in r]


Books = dict[str, dict[str, set[str]]]


def books(records: Iterable[dict[str, Any]]) -> Books:
    """The server's own books: the ids it created, changed and deleted, by kind."""
    kept: Books = {"created": {}, "changed": {}, "deleted": {}}
    for entry in records:
        for book, kinds in kept.items():
            if book in entry:
                kinds.setdefault(entry[book], set()).add(entry["id"])
    return kept


def touched_beyond_the_run(records: Iterable[dict[str, Any]]) -> list[str]:
    """Objects changed or deleted that the server had not created during the run: ones it had
    before (a change it refused is in `refused`)."""
    kept = books(records)
    return [
        f"{book} {kind} {i}: not made for this run"
        for book in ("changed", "deleted")
        for kind, ids in sorted(kept[book].items())
        for i in sorted(ids - kept["created"].get(kind, set()))
    ]


def not_round_tripped(records: Iterable[dict[str, Any]], kinds: Iterable[str]) -> list[str]:
    """For each of `kinds`, what a round trip would have done and the run did not: make one,
    change one, delete everything it made."""
    kept = books(records)
    wrong = []
    for kind in kinds:
        made = kept["created"].get(kind, set())
        if not made:
            wrong.append(f"{kind}: none made")
        if not kept["changed"].get(kind):
            wrong.append(f"{kind}: none changed")
        wrong += [f"{kind} {i}: left" for i in sorted(made - kept["deleted"].get(kind, set()))]
    return wrong
