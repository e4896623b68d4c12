"""The ignore file: a breaking change it names (rule, operation, reason) is still shown, marked
accepted, and no longer fails `make diff`; the client changes that follow from it are accepted
with it; an entry that matches nothing is reported as stale, with its line; a malformed file is
refused in one line naming the file and the line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kit.spec import REPO
from tools.apidiff import formats, ignore, spec_changes
from tools.apidiff.ignore import IgnoreError
from tools.apidiff.report import Change, Report

from .api_diff_fixture import FIXTURE, TODAY, run, schema

PYTHON = "Python client (generated/ippanel-client)"


def report() -> Report:
    """`name` made optional in Item's answers (breaking, in POST and GET), and a Python client
    change that follows from the first."""
    spec = run(lambda s: schema(s, "Item")["required"].remove("name"))
    client = Change(
        "BREAKING",
        "python-type-changed",
        "",
        "models.item: Item.name",
        "str",
        "optional str | Unset",
        "became optional",
        follows=1,
    )
    return Report("HEAD", spec, {PYTHON: [client]})


def write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "apidiff-ignore.yaml"
    file.write_text(textwrap.dedent(text), encoding="utf-8")
    return file


def applied(tmp_path: Path, text: str) -> Report:
    return ignore.apply(report(), ignore.load(write(tmp_path, text)), "apidiff-ignore.yaml")


def test_the_report_breaks_without_the_file() -> None:
    assert report().breaking
    assert [c.operation for c in report().spec] == ["GET /items/{id}", "POST /items/{id}"]


def test_an_accepted_break_is_shown_marked_and_does_not_fail(tmp_path: Path) -> None:
    done = applied(
        tmp_path,
        """\
        accepted:
          - rule: response-property-became-optional
            operation: POST /items/{id}
            reason: never sent for API keys; the mobile team was told
          - rule: response-property-became-optional
            operation: GET /items/{id}
            path: $.data.name
            reason: the same
        """,
    )
    assert not done.breaking and done.stale == []
    assert [c.accepted for c in done.spec] == [
        "the same",
        "never sent for API keys; the mobile team was told",
    ]
    # The client change that follows from the first is accepted with it.
    assert done.clients[PYTHON][0].accepted == "the same"
    text = formats.text(done)
    assert "(accepted: never sent for API keys; the mobile team was told)" in text
    assert text.splitlines()[-1] == "diff: no breaking change (3 accepted) since HEAD"


def test_an_entry_for_one_operation_leaves_the_other_breaking(tmp_path: Path) -> None:
    done = applied(
        tmp_path,
        """\
        accepted:
          - {rule: response-property-became-optional, operation: "POST /items/{id}", reason: told}
        """,
    )
    assert done.breaking
    assert [(c.operation, c.accepted) for c in done.spec] == [
        ("GET /items/{id}", None),
        ("POST /items/{id}", "told"),
    ]


def test_any_operation_is_a_star(tmp_path: Path) -> None:
    done = applied(
        tmp_path,
        """\
        accepted:
          - {rule: response-property-became-optional, operation: "*", reason: told}
        """,
    )
    assert not done.breaking


def test_an_entry_that_matches_nothing_is_stale(tmp_path: Path) -> None:
    done = applied(
        tmp_path,
        """\
        # accepted breaks
        accepted:
          - rule: response-property-became-optional
            operation: POST /items/{id}
            reason: told
          - rule: request-property-became-required
            operation: POST /items/{id}
            reason: merged long ago
          - rule: response-property-became-optional
            operation: POST /items/{id}
            path: $.data.tag
            reason: another field
        """,
    )
    assert [(s.line, s.rule, s.reason) for s in done.stale] == [
        (6, "request-property-became-required", "merged long ago"),
        (9, "response-property-became-optional", "another field"),
    ]
    assert "== stale: apidiff-ignore.yaml:6 accepts request-property-became-required" in (
        formats.text(done)
    )


def test_an_unchanged_spec_makes_every_entry_stale(tmp_path: Path) -> None:
    entries = ignore.load(
        write(tmp_path, "accepted:\n  - {rule: endpoint-added, operation: GET /x, reason: r}\n")
    )
    quiet = Report("HEAD", spec_changes(FIXTURE, FIXTURE, TODAY), {})
    assert [s.rule for s in ignore.apply(quiet, entries, "f").stale] == ["endpoint-added"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("accepted: [\n", "apidiff-ignore.yaml:2: not YAML"),
        (
            "accepted:\n  - {rule: no-such-rule, operation: GET /x, reason: r}\n",
            ":2: unknown rule 'no-such-rule'",
        ),
        (
            "accepted:\n  - {rule: endpoint-added, operation: GET /x}\n",
            ":2: entry without a reason",
        ),
        ("accepted:\n  - {rule: endpoint-added, reason: r}\n", ":2: entry without a operation"),
        (
            "accepted:\n  - {rule: endpoint-added, operation: x, reason: r, why: w}\n",
            ":2: unknown field 'why'",
        ),
        ("accepted: yes\n", ":1: `accepted` is not a list"),
        ("ignored: []\n", ":1: expected one key, `accepted:`"),
        ("accepted:\n  - just a string\n", ":2: an entry is rule, operation"),
    ],
)
def test_a_malformed_file_is_one_line_naming_the_line(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(IgnoreError) as raised:
        ignore.load(write(tmp_path, text))
    message = str(raised.value)
    assert said in message and "\n" not in message, message


def test_no_file_is_no_entry_unless_one_was_named(tmp_path: Path) -> None:
    assert ignore.load(tmp_path / "absent.yaml") == []
    with pytest.raises(IgnoreError, match="no such ignore file"):
        ignore.load(tmp_path / "absent.yaml", required=True)


def test_make_diff_refuses_a_bad_ignore_file_in_one_line(tmp_path: Path) -> None:
    bad = write(tmp_path, "accepted:\n  - {rule: no-such-rule, operation: GET /x, reason: r}\n")
    done = subprocess.run(
        [sys.executable, "-m", "tools.apidiff", "HEAD", "--ignore", str(bad)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "diff: apidiff-ignore.yaml:2: unknown rule 'no-such-rule' (make diff RULES=1 lists them)"
    ]
