"""`mypy --strict` accepts the generated package, and catches a caller's type errors through it."""

from __future__ import annotations

from pathlib import Path

from tests.client.generation import PACKAGE_NAME, PROJECT, mypy_strict


def test_the_generated_package_is_strictly_typed(mypy_cache: Path) -> None:
    assert mypy_strict(["-p", PACKAGE_NAME], mypy_cache, cwd=PROJECT) == []


MISUSE = """
from ippanel_client import Client
from ippanel_client.api.auth import check_token
from ippanel_client.models import Gender

check_token.sync(client=Client(base_url="http://127.0.0.1:4010"))
gender: Gender = 1
"""


def test_a_callers_type_errors_are_caught(mypy_cache: Path, tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(MISUSE)
    errors = mypy_strict([str(caller)], mypy_cache, cwd=tmp_path)
    # check_token needs a token: its own `security` makes the client an AuthenticatedClient.
    assert any('Argument "client" to "sync" has incompatible type "Client"' in e for e in errors), (
        errors
    )
    assert any(
        'Incompatible types in assignment (expression has type "int", variable has type "Gender")'
        in e
        for e in errors
    ), errors
    assert len(errors) == 2, errors


DISCRIMINATES = """
from typing import Literal
from ippanel_client.models import AuthToken, AuthTokenEnvelope, ErrorEnvelope

def token(body: AuthTokenEnvelope) -> AuthToken:
    success: Literal[True] = body.meta.status
    return body.data  # required on success: no Unset to rule out first

def message(body: ErrorEnvelope) -> str:
    failure: Literal[False] = body.meta.status
    return body.meta.message
"""


def test_success_and_error_are_told_apart_by_type(mypy_cache: Path, tmp_path: Path) -> None:
    # `data` is required on success (typed, not `| Unset`) and `meta.status` is a Literal on
    # each side.
    caller = tmp_path / "caller.py"
    caller.write_text(DISCRIMINATES)
    assert mypy_strict([str(caller)], mypy_cache, cwd=tmp_path) == []
    # The same check fails when the sides are swapped.
    caller.write_text(DISCRIMINATES.replace("Literal[True]", "Literal[False]", 1))
    errors = mypy_strict([str(caller)], mypy_cache, cwd=tmp_path)
    assert any("Incompatible types in assignment" in e for e in errors), errors
