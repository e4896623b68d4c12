"""`make diff BASE=<ref>` end to end, on a scratch git repository (the kit's bundle, clients,
generators and kit/ copied to a temporary directory; the real tree is never touched): in
`TokenOwner`, `name` made optional and `user_id` turned into a string, both clients regenerated,
then compared with BASE as uncommitted changes and again once committed. What the generators
wrote is checked in the generated files first, so the report is judged against them.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kit.spec import REPO

# mock/documented.js is the TypeScript generator's too (the msw handlers answer by it).
COPIED = ["kit", "tools", "generator", "openapi/bundled", "generated", "mock"]
# Read-only: the tools the generators and `make diff` run, and what the Makefile checks them by.
LINKED = [".venv", "node_modules", "Makefile", "requirements.txt", "package-lock.json"]
TS_SCHEMA = "generated/ippanel-client-ts/src/schema.d.ts"
PY_MODEL = "generated/ippanel-client/ippanel_client/models/token_owner.py"


def git(where: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=where,
        check=True,
        capture_output=True,
    )


def make_diff(where: Path, base: str) -> subprocess.CompletedProcess[str]:
    """`make diff BASE=base` as a user runs it: each test asserts its exit code."""
    return subprocess.run(
        ["make", "--no-print-directory", "diff", f"BASE={base}"],
        cwd=where,
        capture_output=True,
        text=True,
    )


def breaking(result: subprocess.CompletedProcess[str]) -> bool:
    """make fails (2) because the tool exited 1, which docs/ci.md says is a breaking change."""
    return result.returncode == 2 and result.stderr.endswith("Error 1\n")


def section(output: str, title: str) -> str:
    """The lines of one section of the report."""
    return output.split(f"== {title}", 1)[1].split("\n== ", 1)[0].split("\ndiff: ", 1)[0]


@dataclass(frozen=True)
class Runs:
    where: Path
    unchanged: subprocess.CompletedProcess[str]
    uncommitted: subprocess.CompletedProcess[str]
    committed: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    where = tmp_path_factory.mktemp("apidiff")
    for part in COPIED:
        shutil.copytree(
            REPO / part, where / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    for part in LINKED:
        (where / part).symlink_to(REPO / part)
    git(where, "init", "-q")
    git(where, "add", *COPIED)
    git(where, "commit", "-qm", "base")
    unchanged = make_diff(where, "HEAD")

    bundle = where / "openapi/bundled/ippanel.yaml"
    spec = yaml.safe_load(bundle.read_text(encoding="utf-8"))
    owner = spec["components"]["schemas"]["TokenOwner"]
    owner["required"].remove("name")
    owner["properties"]["user_id"]["type"] = "string"
    bundle.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for line in (["generator/generate.sh"], ["node", "generator/ts/generate.mjs"]):
        subprocess.run(line, cwd=where, check=True, capture_output=True)
    uncommitted = make_diff(where, "HEAD")

    git(where, "add", *COPIED)
    git(where, "commit", "-qm", "TokenOwner: name optional, user_id a string")
    return Runs(where, unchanged, uncommitted, make_diff(where, "HEAD~1"))


def test_the_generators_wrote_the_change(runs: Runs) -> None:
    ts = (runs.where / TS_SCHEMA).read_text()
    python = (runs.where / PY_MODEL).read_text()
    assert "            name?: string;" in ts and "            user_id: string;" in ts
    assert "    name: str | Unset = UNSET" in python and "    user_id: str\n" in python


def test_an_unchanged_tree_has_no_changes(runs: Runs) -> None:
    result = runs.unchanged
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": no changes since HEAD") == 3, result.stdout
    assert result.stdout.splitlines()[-1] == "diff: no breaking change since HEAD"


@pytest.mark.parametrize("which", ["uncommitted", "committed"])
def test_a_field_made_optional_is_named_in_the_spec_and_both_clients(
    runs: Runs, which: str
) -> None:
    result: subprocess.CompletedProcess[str] = getattr(runs, which)
    base = "HEAD" if which == "uncommitted" else "HEAD~1"
    assert breaking(result), result.stdout + result.stderr
    spec = section(result.stdout, "spec")
    op = "POST /api/acl/auth/check_token  response 200 application/json"
    assert f"1. BREAKING  [response-property-became-optional]  {op} $.data.name" in spec
    assert f"2. BREAKING  [response-property-type-changed]  {op} $.data.user_id" in spec
    assert "(integer -> string)" in spec
    python = section(result.stdout, "Python client")
    assert "follows from spec change 1: models.token_owner: TokenOwner.name: became optional" in (
        python
    )
    assert "(str -> optional str | Unset)" in python
    assert "follows from spec change 2: models.token_owner: TokenOwner.user_id: type changed" in (
        python
    )
    ts = section(result.stdout, "TypeScript client")
    schema = "schema.d.ts: components.schemas.TokenOwner"
    assert f"follows from spec change 1: {schema}.name: became optional (string -> optional" in ts
    assert f"follows from spec change 2: {schema}.user_id: type changed (number -> string)" in ts
    # Said once: no client line is a breaking change of its own.
    assert "BREAKING" not in python + ts
    assert result.stdout.splitlines()[-1] == f"diff: BREAKING changes since {base}"


def test_a_hand_edit_to_a_client_is_breaking_on_its_own(runs: Runs, tmp_path: Path) -> None:
    where = tmp_path / "copy"
    shutil.copytree(runs.where, where, symlinks=True)
    model = where / PY_MODEL
    model.write_text(model.read_text().replace("    user_name: str\n", "", 1))
    schema = where / TS_SCHEMA
    schema.write_text(schema.read_text().replace("        SendResult: {", "        Sent: {", 1))
    result = make_diff(where, "HEAD")
    assert breaking(result), result.stdout + result.stderr
    assert "== spec (openapi/bundled/ippanel.yaml): no changes" in result.stdout
    python = section(result.stdout, "Python client")
    assert "BREAKING  [python-object-removed]  models.token_owner: TokenOwner.user_name" in python
    ts = section(result.stdout, "TypeScript client")
    assert "BREAKING  [typescript-removed]  schema.d.ts: components.schemas.SendResult:" in ts
    assert "info      [typescript-added]  schema.d.ts: components.schemas.Sent:" in ts


def test_a_bad_base_is_a_one_line_error() -> None:
    for args, expected in (
        (["BASE=no-such-ref"], "diff: no-such-ref is not a git ref of this repository"),
        ([], "usage: make diff BASE=<git ref>"),
    ):
        result = subprocess.run(["make", "diff", *args], cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 2
        assert result.stderr.splitlines()[0].startswith(expected), result.stderr
