"""The rule table (tools/apidiff/rules.txt) against its cases and its readers: every rule has a
case that fires it and one just short of it (in the test files named below), every case names a
rule of the table; `make diff RULES=1` prints the table by class; the list of
docs/reference/diff-rules.md is the table's; a malformed table is refused in one line."""

from __future__ import annotations

import subprocess

import pytest

from kit.spec import REPO
from tools.apidiff import rules as table
from tools.apidiff.rules import TableError, parse

from . import (
    test_api_diff_clients,
    test_api_diff_field_rules,
    test_api_diff_rules,
    test_api_diff_schema_rules,
)

DOCS = REPO / "docs" / "reference" / "diff-rules.md"
BEGIN, END = "<!-- rules: begin -->", "<!-- rules: end -->"
# The classes the issue asked for, each by the class or subject the table tags it with.
ASKED = {
    "constraints": "constraints",
    "enum values": "values",
    "parameters": "parameter",
    "headers": "header",
    "defaults": "default",
    "nullability": "nullability",
    "readOnly and writeOnly": "access",
    "deprecation": "lifecycle",
    "security": "security",
    "oneOf and discriminator": "composition",
}


def cased() -> set[str]:
    """The rule ids the test files' cases fire."""
    return (
        test_api_diff_schema_rules.rule_ids()
        | test_api_diff_rules.rule_ids()
        | test_api_diff_field_rules.rule_ids()
        | test_api_diff_clients.rule_ids()
    )


def missing(ids: set[str], cases: set[str]) -> tuple[set[str], set[str]]:
    """(rules with no case, cases of no rule)."""
    return ids - cases, cases - ids


def test_every_rule_has_its_cases_and_every_case_a_rule() -> None:
    ids = set(table.rules().by_id)
    assert missing(ids, cased()) == (set(), set())


def test_a_rule_without_a_case_and_a_case_without_a_rule_are_named() -> None:
    ids = set(table.rules().by_id)
    assert missing(ids | {"made-up-rule"}, cased() | {"another"}) == ({"made-up-rule"}, {"another"})


def test_make_diff_rules_prints_the_table_by_class() -> None:
    done = subprocess.run(
        ["make", "-s", "diff", "RULES=1"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    printed = {line.split()[0] for line in lines if line.startswith("  ")}
    assert printed == set(table.rules().by_id)
    groups = {line.split()[1] for line in lines if line.startswith("== ")}
    tags = groups | {r.subject for r in table.rules().all}
    assert {asked: tag in tags for asked, tag in ASKED.items()} == dict.fromkeys(ASKED, True)


def test_the_docs_list_the_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert BEGIN in text and END in text, f"{DOCS} has no {BEGIN} ... {END}"
    listed = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert listed == table.markdown(), (
        "docs/reference/diff-rules.md: paste `python -m tools.apidiff.rules`"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("a-rule  fatal  request  body  type  -  -  what", "unknown level 'fatal'"),
        ("a-rule  info  sideways  body  type  -  -  what", "unknown side 'sideways'"),
        ("a-rule  info  request  elbow  type  -  -  what", "unknown subject 'elbow'"),
        ("a-rule  info  request  body  mood  -  -  what", "unknown class 'mood'"),
        ("a-rule  info  request  body", "4 columns, not 8"),
    ],
)
def test_a_malformed_table_is_refused_in_one_line(line: str, said: str) -> None:
    with pytest.raises(TableError) as raised:
        parse(f"# a comment\n{line}\n")
    assert str(raised.value).startswith("rules.txt:2: ") and said in str(raised.value)
    assert "\n" not in str(raised.value)


def test_an_id_or_a_check_listed_twice_is_refused() -> None:
    rule = "a-rule  info  request  body  type  a-check  -  what"
    other = "b-rule  info  request  body  type  a-check  -  what"
    for rows, said in (
        ([rule, rule], "ids listed twice: a-rule"),
        ([rule, other], "names two rules"),
    ):
        with pytest.raises(TableError, match=said):
            table.Rules(parse("\n".join(rows)))
