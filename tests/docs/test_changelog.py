"""`make changelog`: the entry lists breaking changes first, then additions, then fixes, and
names the version part that must rise, by the rules docs/ci.md states; a bad ref is one line."""

from __future__ import annotations

import subprocess

from kit.spec import REPO
from tools.apidiff.report import BREAKING, INFO, Change
from tools.changelog import entry, rise

ADDED = Change(INFO, "endpoint-added", "GET /api/new", "", "", "GET /api/new", "endpoint added")
FIXED = Change(
    INFO,
    "request-property-became-optional",
    "POST /api/send",
    "$.x",
    "required",
    "optional",
    "x optional",
)
BROKE = Change(
    BREAKING,
    "response-property-type-changed",
    "POST /api/a",
    "$.id",
    "integer",
    "string",
    "type changed",
)
FOLLOWS = Change(BREAKING, "", "", "models.a: A.id", "int", "str", "type changed", follows=1)


def test_breaking_first_then_additions_then_fixes() -> None:
    text = entry([FIXED, ADDED, BROKE, FOLLOWS], "v1.0.0", "2.0.0")
    order = [text.index(s) for s in ("### Breaking", "### Additions", "### Fixes")]
    assert order == sorted(order)
    assert "the **major** part must rise" in text
    # The client change that follows from a spec change is not listed a second time.
    assert text.count("- ") == 3 and "models.a" not in text


def test_the_version_part_that_rises() -> None:
    assert [rise([BROKE, ADDED]), rise([ADDED, FIXED]), rise([FIXED]), rise([])] == [
        "major",
        "minor",
        "patch",
        "none",
    ]


def test_a_bad_ref_is_one_line() -> None:
    done = subprocess.run(
        ["make", "-s", "changelog", "BASE=no-such-ref"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode != 0
    assert (
        done.stderr.splitlines()[0] == "changelog: no-such-ref is not a git ref of this repository"
    )
