"""`make diff BASE=<ref>`: quiet on an unchanged spec; on a broken copy, each kind of breaking
change flagged (removed operation, removed field, new required field, narrowed enum, changed
type; a removed model attribute in the Python client; a removed type in the TS client) and a
non-zero exit. Each case runs on a scratch git repository: BASE is its commit of the kit's
bundle, clients and kit/, and the break is made in its working tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kit.spec import REPO

COPIED = ["kit", "openapi/bundled", "generated"]
Spec = dict[str, Any]


def git(where: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=where, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    for part in COPIED:
        shutil.copytree(
            REPO / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
        )
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def make_diff(where: Path, base: str = "HEAD") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kit.apidiff", base], cwd=where, capture_output=True, text=True
    )


def edit_spec(where: Path, change: Callable[[Spec], object]) -> None:
    path = where / "openapi" / "bundled" / "ippanel.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(spec)
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_make_target_is_quiet_on_an_unchanged_tree() -> None:
    result = subprocess.run(["make", "diff", "BASE=HEAD"], cwd=REPO, capture_output=True, text=True)
    # The working tree may hold uncommitted work; an unchanged copy is checked below.
    assert result.stdout.splitlines()[-1].startswith("diff: "), result.stdout + result.stderr


def test_quiet_on_an_unchanged_spec(scratch: Path) -> None:
    result = make_diff(scratch)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BREAKING" not in result.stdout
    assert result.stdout.splitlines()[-1] == "diff: no breaking change since HEAD"


def schemas(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


BREAKS: dict[str, tuple[Callable[[Spec], object], str]] = {
    "removed operation": (
        lambda s: s["paths"].pop("/api/acl/auth/logout"),
        "POST /api/acl/auth/logout: operation removed",
    ),
    "removed field": (
        lambda s: schemas(s)["AuthToken"]["properties"].pop("token"),
        ".data.token: field removed",
    ),
    "new required field": (
        lambda s: (
            schemas(s)["LoginRequest"]["properties"].update(otp={"type": "string"}),
            schemas(s)["LoginRequest"]["required"].append("otp"),
        ),
        "POST /api/acl/auth/login body.otp: required field added",
    ),
    "narrowed enum": (
        lambda s: schemas(s)["LoginMethod"]["enum"].remove("ga"),
        "enum narrowed: ['ga'] removed",
    ),
    "changed type": (
        lambda s: schemas(s)["SendResult"]["properties"]["message_outbox_ids"]["items"].update(
            type="string"
        ),
        "message_outbox_ids[]: type ['integer'] -> ['string']",
    ),
}


@pytest.mark.parametrize("kind", BREAKS)
def test_each_kind_of_break_is_flagged(scratch: Path, kind: str) -> None:
    change, expected = BREAKS[kind]
    edit_spec(scratch, change)
    result = make_diff(scratch)
    assert result.returncode == 1, result.stdout + result.stderr
    flagged = [line for line in result.stdout.splitlines() if "BREAKING" in line]
    assert any(expected in line for line in flagged), result.stdout


def test_an_added_operation_is_listed_not_breaking(scratch: Path) -> None:
    edit_spec(scratch, lambda s: s["paths"].update({"/api/new": s["paths"]["/api/send"]}))
    result = make_diff(scratch)
    assert result.returncode == 0, result.stdout
    assert "POST /api/new: operation added" in result.stdout


def test_a_removed_python_attribute_is_flagged_by_griffe(scratch: Path) -> None:
    model = scratch / "generated/ippanel-client/ippanel_client/models/auth_token.py"
    model.write_text(model.read_text().replace("    token: str\n", "", 1))
    result = make_diff(scratch)
    assert result.returncode == 1, result.stdout + result.stderr
    python = result.stdout.split("== Python client", 1)[1]
    assert "BREAKING" in python and "token" in python, result.stdout


def test_a_removed_ts_type_is_flagged(scratch: Path) -> None:
    schema = scratch / "generated/ippanel-client-ts/src/schema.d.ts"
    text = schema.read_text()
    schema.write_text(text.replace("        SendResult: {", "        SendOutcome: {", 1))
    result = make_diff(scratch)
    assert result.returncode == 1, result.stdout
    assert 'BREAKING  components["schemas"]["SendResult"]: removed from the TypeScript client' in (
        result.stdout
    )


def test_an_unknown_base_is_a_clear_error(scratch: Path) -> None:
    result = make_diff(scratch, "no-such-ref")
    assert result.returncode == 2
    assert "no-such-ref has no openapi/bundled/ippanel.yaml" in result.stderr
