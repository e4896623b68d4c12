"""The Python client's whole flow, docs/reference/python-client.md, exactly as written there: it
type-checks with mypy --strict and runs against the mock, taking every login path and printing
the documented values."""

from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
from ippanel_client import Client

from tests.client.generation import BIN, PROJECT, REPO, mypy_strict, run
from tests.client.spec_examples import resolve, sending_types

PAGE = REPO / "docs" / "reference" / "python-client.md"


def readme_example(page: str) -> str:
    """The one ```python block of the client's page."""
    blocks = re.findall(r"^```python\n(.*?)^```$", page, flags=re.S | re.M)
    assert len(blocks) == 1, f"expected one python block in {PAGE}, found {len(blocks)}"
    return str(blocks[0])


def write_example(tmp_path: Path, code: str | None = None) -> Path:
    path = tmp_path / "example.py"
    path.write_text(code if code is not None else readme_example(PAGE.read_text(encoding="utf-8")))
    return path


def run_example(path: Path, url: str) -> Any:
    env = {
        **os.environ,
        "IPPANEL_BASE_URL": url,
        "IPPANEL_USERNAME": "your-username",
        "IPPANEL_PASSWORD": "your-password",
        "IPPANEL_OTP": "123456",
        "PYTHONPATH": str(PROJECT),
    }
    return run([str(BIN / "python"), str(path)], env=env, cwd=path.parent)


def example(bundle: dict[str, Any], name: str) -> Any:
    return resolve(bundle, {"$ref": f"#/components/examples/{name}"})["value"]


def sends_missing(printed: list[str], bundle: dict[str, Any]) -> list[str]:
    """The sending types of the spec (a new one included once the spec has it) that the
    example's lines `<sending type>: outbox ids [...]` do not show sent exactly once."""
    sent = [line.split(":")[0] for line in printed]
    return [kind for kind in sending_types(bundle) if sent.count(kind) != 1]


def test_the_example_runs_against_the_mock(
    mock_url: str, bundle: dict[str, Any], tmp_path: Path
) -> None:
    done = run_example(write_example(tmp_path), mock_url)
    assert done.returncode == 0, done.stderr
    owner = example(bundle, "CheckTokenValid")["data"]
    ids = example(bundle, "SentNormal")["data"]["message_outbox_ids"]  # the mock's default send
    code = example(bundle, "Unauthorized")["meta"]["message_code"]
    lines = done.stdout.splitlines()
    assert lines[0] == f"token of {owner['user_name']} (id {owner['user_id']})"
    sent, rest = lines[1:-2], lines[-2:]
    assert len(sending_types(bundle)) == 14
    assert sends_missing(sent, bundle) == []
    assert all(line.endswith(f": outbox ids {ids}") for line in sent), sent
    assert rest == [
        "422: {'message': ['تکمیل گزینه پیام الزامی است']}",
        f"401: {code}, log in again",
    ]


def test_the_example_type_checks(mypy_cache: Path, tmp_path: Path) -> None:
    assert mypy_strict([str(write_example(tmp_path))], mypy_cache, cwd=tmp_path) == []


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_example", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_login_path(
    mock_url: str, bundle: dict[str, Any], tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("IPPANEL_OTP", "123456")
    log_in = load(write_example(tmp_path)).log_in
    final = example(bundle, "ConfirmOtpConfirmed")["data"]["token"]
    for outcome, token, calls in [
        ("ga", final, ["/api/acl/auth/login", "/api/acl/auth/confirm_otp"]),
        ("sms", final, ["/api/acl/auth/login", "/api/acl/auth/confirm_otp"]),
        ("login", example(bundle, "LoginLogin")["data"]["token"], ["/api/acl/auth/login"]),
    ]:
        seen: list[str] = []

        def pick(request: httpx.Request, outcome: str = outcome, seen: list[str] = seen) -> None:
            seen.append(request.url.path)
            if request.url.path.endswith("/login"):
                request.headers["Prefer"] = f"example={outcome}"

        with Client(base_url=mock_url, httpx_args={"event_hooks": {"request": [pick]}}) as client:
            assert log_in(client, "your-username", "your-password") == token, outcome
        assert seen == calls, outcome


def test_a_broken_example_is_caught(mock_url: str, mypy_cache: Path, tmp_path: Path) -> None:
    code = readme_example(PAGE.read_text(encoding="utf-8"))
    broken = code.replace("LoginRequest(username=username,", "LoginRequest(user=username,")
    assert broken != code
    path = write_example(tmp_path, broken)
    assert any(
        'Unexpected keyword argument "user"' in e
        for e in mypy_strict([str(path)], mypy_cache, tmp_path)
    )
    done = run_example(path, mock_url)
    assert done.returncode != 0
    assert "unexpected keyword argument 'user'" in done.stderr


def test_an_example_that_skips_a_sending_type_is_caught(
    mock_url: str, bundle: dict[str, Any], tmp_path: Path
) -> None:
    code = readme_example(PAGE.read_text(encoding="utf-8"))
    broken = code.replace("for body in one_of_each():", "for body in one_of_each()[:-1]:")
    assert broken != code
    done = run_example(write_example(tmp_path, broken), mock_url)
    assert done.returncode == 0, done.stderr
    assert sends_missing(done.stdout.splitlines()[1:-2], bundle) == ["file"]
