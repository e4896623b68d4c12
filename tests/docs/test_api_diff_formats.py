"""`make diff`'s outputs, each parsed back: the JSON report (which `make changelog --report`
reads), the Markdown a pull request gets as a comment, and the GitHub Actions annotations, whose
files and lines are checked against the spec's sources themselves."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from kit.spec import REPO
from tools.apidiff import formats
from tools.apidiff.locate import source
from tools.apidiff.report import SPEC_TITLE, Change, Report, Stale

from .api_diff_fixture import run, schema

CHECK_TOKEN = "POST /api/acl/auth/check_token"
TS = "TypeScript client (generated/ippanel-client-ts)"
PY = "Python client (generated/ippanel-client)"


def report() -> Report:
    """Breaking, warning and info spec changes (one accepted), client changes that follow and
    one that does not (its type has a pipe), and a stale ignore entry."""
    spec = [
        Change("BREAKING", "response-property-became-optional", CHECK_TOKEN,
               "response 200 application/json $.data.name", "required", "optional",
               "became optional", "checkToken", "TokenOwner", "name"),
        Change("BREAKING", "request-property-max-length-decreased", CHECK_TOKEN,
               "request body application/json $.token", "100", "5", "maxLength changed",
               "checkToken", "CheckTokenRequest", "token", accepted="the mobile team was told"),
        Change("WARNING", "response-optional-property-removed", CHECK_TOKEN,
               "response 200 application/json $.data.tag", "optional", "absent", "field removed",
               "checkToken"),
        Change("info", "endpoint-added", "GET /api/new", "", "absent", "present", "added"),
    ]  # fmt: skip
    clients = {
        PY: [
            Change("BREAKING", "python-type-changed", "", "models.token_owner: TokenOwner.name",
                   "str", "optional str | Unset", "became optional", schema="TokenOwner",
                   field="name", follows=1),
        ],
        TS: [
            Change("BREAKING", "typescript-changed", "", "client.ts: send.(body)",
                   "string | Blob", "string", "type changed"),
        ],
    }  # fmt: skip
    return Report(
        "main", spec, clients, [Stale("apidiff-ignore.yaml", 7, "endpoint-added", "GET /x", "old")]
    )


def test_json_reads_back_as_the_same_report() -> None:
    original = report()
    data = json.loads(formats.json_text(original))
    assert data["breaking"] is True and data["spec"][1]["kind"] == "breaking"
    again = Report.from_json(data)
    assert again.to_json() == original.to_json()
    assert [c.accepted for c in again.spec] == [None, "the mobile team was told", None, None]


def markdown_rows(text: str) -> dict[str, list[list[str]]]:
    """Each section's table rows, cells unquoted (code spans, escaped pipes)."""
    sections: dict[str, list[list[str]]] = {}
    title = ""
    for line in text.splitlines():
        if match := re.match(r"^\*\*(.+)\*\*: ", line):
            title = match[1]
            sections[title] = []
        elif line.startswith("| ") and not line.startswith("| #"):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            sections[title].append([c.strip("`").replace("\\|", "|") for c in cells])
    return sections


def test_markdown_reads_back_as_the_changes() -> None:
    original = report()
    text = formats.markdown(original)
    assert text.splitlines()[0] == "### API diff: BREAKING changes (1 accepted) since main"
    rows = markdown_rows(text)
    for title, changes in original.sections().items():
        assert [r[2:7] for r in rows[title]] == [
            [c.rule, c.operation, c.path, c.before, c.after] for c in changes
        ]
    levels = [r[1] for r in rows[SPEC_TITLE]]
    assert levels == ["**BREAKING**", "BREAKING", "WARNING", "info"]
    assert rows[SPEC_TITLE][1][7] == "accepted: the mobile team was told"
    assert rows[PY][0][1] == "follows 1"
    assert "- `apidiff-ignore.yaml:7`: `endpoint-added` in `GET /x`" in text


COMMAND = re.compile(
    r"^::(?P<command>error|warning|notice) (?P<properties>[^:]*)::(?P<message>.*)$"
)


def unescape(value: str) -> str:
    for code, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(code, char)
    return value


def commands(text: str) -> list[dict[str, str]]:
    found = []
    for line in text.splitlines():
        if match := COMMAND.match(line):
            properties = dict(p.split("=", 1) for p in match["properties"].split(","))
            found.append(
                {
                    "command": match["command"],
                    **{k: unescape(v) for k, v in properties.items()},
                    "message": unescape(match["message"]),
                }
            )
    return found


def test_github_annotations_point_at_the_spec_source_lines() -> None:
    text = formats.github(report())
    assert text.startswith(formats.text(report()))
    found = commands(text)
    assert [(a["command"], a["title"]) for a in found] == [
        ("error", "BREAKING response-property-became-optional"),
        ("notice", "BREAKING request-property-max-length-decreased"),
        ("warning", "WARNING response-optional-property-removed"),
        ("error", "BREAKING typescript-changed"),
        ("warning", "stale ignore entry"),
    ]
    # Each spec change on its field's line in its schema's file, or its operation's.
    assert found[0]["file"] == "openapi/auth/schemas/TokenOwner.yaml"
    assert source_line(found[0]).strip() == "name:"
    assert found[2]["file"] == "openapi/auth/paths/api_acl_auth_check_token.yaml"
    assert source_line(found[2]) == "post:"
    assert found[0]["message"] == (
        f"{CHECK_TOKEN}  response 200 application/json $.data.name: became optional"
        " (required -> optional)"
    )
    assert "file" not in found[3]  # a client change no spec change explains: no source line
    assert (found[4]["file"], found[4]["line"]) == ("apidiff-ignore.yaml", "7")


def source_line(annotation: dict[str, str]) -> str:
    lines = (REPO / annotation["file"]).read_text(encoding="utf-8").splitlines()
    return lines[int(annotation["line"]) - 1]


def test_a_wrong_line_is_caught() -> None:
    """The line check above, shown failing once: every annotation on line 1 of its file."""
    first = commands(formats.github(report(), locate=lambda c: (source(c)[0], 1)))[0]
    assert source_line(first).strip() != "name:"


def test_a_change_without_a_source_points_at_the_paths_of_the_root() -> None:
    gone = Change("BREAKING", "api-removed-without-deprecation", "GET /nowhere", "", "", "", "")
    file, line = source(gone)
    assert file == "openapi/openapi.yaml"
    assert (REPO / file).read_text().splitlines()[line - 1] == "paths:"


def test_a_parameter_change_points_at_its_entry_in_the_path_file() -> None:
    renamed = Change(
        "BREAKING", "request-parameter-became-required", "GET /api/patterns",
        "query parameter filter[code]", "optional", "required", "became required",
        "listPatterns", None, "filter[code]",
    )  # fmt: skip
    file, line = source(renamed)
    assert file == "openapi/pattern/paths/api_patterns.yaml"
    assert (REPO / file).read_text().splitlines()[line - 1].strip() == "- name: filter[code]"


def changelog(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tools.changelog", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_changelog_reads_the_json_report(tmp_path: Path) -> None:
    changes = run(lambda s: schema(s, "Item")["required"].remove("name"))
    saved = tmp_path / "diff.json"
    saved.write_text(formats.json_text(Report("v1.0.0", changes, {})), encoding="utf-8")
    done = changelog("--report", str(saved))
    assert done.returncode == 0, done.stderr
    breaking = done.stdout.split("### Breaking changes", 1)[1]
    assert all(f"- {c.line()}" in breaking for c in changes)
    assert "(changes since v1.0.0)" in done.stdout and "the **major** part must rise" in done.stdout


def test_make_changelog_refuses_what_is_not_a_report_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "diff.json").write_text('{"spec": []}', encoding="utf-8")
    done = changelog("--report", str(tmp_path / "diff.json"))
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(
        f"changelog: {tmp_path / 'diff.json'}: not a JSON report of make diff"
    )
