"""MOCK_WORKERS (docs/mock.md, "Run it for a team"): several worker processes of the mock on one
port, started and stopped as one, each answering (which one answered is told by its pid, whose
parent the operating system names), each serving a rebuilt bundle; settings that cannot work,
several workers with sessions and no store among them, refused at start in one line. The table
of settings in the guide is the mock's own declaration (mock/settings.js)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from kit.processes import printed, run
from kit.spec import BUNDLE, REPO
from mock.launcher import running_mock
from tests.mock.mock_spec import AUTH

WORKERS = 2
CHECK = "/api/acl/auth/check_token"
GUIDE = REPO / "docs" / "reference" / "mock.md"


def children(pid: int) -> set[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return {int(line) for line in found.stdout.split()}


def answering(
    url: str, path: str = "/__mock/health", times: int = 2 * WORKERS
) -> list[httpx.Response]:
    """`times` answers, each on a connection of its own (the workers take connections in turn)."""
    answers = []
    for _ in range(times):
        with httpx.Client(base_url=url, timeout=5) as fresh:
            answers.append(
                fresh.get(path) if path.startswith("/__mock/") else fresh.post(path, headers=AUTH)
            )
    return answers


def test_the_workers_share_the_port_answer_each_a_rebuilt_bundle_and_stop_as_one(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "ippanel.yaml"
    shutil.copy(BUNDLE, spec)
    original = spec.read_text(encoding="utf-8")
    env = {"MOCK_WORKERS": str(WORKERS), "MOCK_SPEC": str(spec)}
    with running_mock(env=env) as mock:
        assert f"mock: {WORKERS} workers (MOCK_WORKERS)" in mock.output()
        workers = children(mock.pid)
        answered = {r.json()["pid"] for r in answering(mock.url)}
        assert len(workers) == WORKERS and answered == workers

        spec.write_text(original.replace("user_name: ippanel", "user_name: rebuilt"), "utf-8")
        assert mock.wait_for(printed(f"operations) in {WORKERS} workers")), mock.output()[-2000:]
        assert "mock: reloaded" in mock.output()
        # Every connection, whichever worker takes it, gets the rebuilt bundle's answer.
        assert {r.json()["data"]["user_name"] for r in answering(mock.url, CHECK)} == {"rebuilt"}
        assert children(mock.pid) == workers
    assert not mock.group_alive()


def test_a_busy_port_stops_every_worker_with_one_line(mock_url: str) -> None:
    busy = mock_url.rsplit(":", 1)[1]  # the session's mock holds it
    env = {**os.environ, "MOCK_PORT": busy, "MOCK_WORKERS": str(WORKERS)}
    done = run(["node", "mock/server.js"], env=env, timeout=60)
    assert done.returncode == 1 and not done.left_behind
    said = f"mock: port {busy} on 127.0.0.1 is busy; free it or set MOCK_PORT"
    assert done.stderr.splitlines() == [said]


# A setting that cannot work, and the one line that says so (settings.js words each).
REFUSED = [
    (
        {"MOCK_SESSIONS": "1", "MOCK_WORKERS": "2"},
        "mock: MOCK_WORKERS=2 with MOCK_SESSIONS=1 needs MOCK_STORE: each worker would keep its "
        "own sessions, and a session's next request may reach another worker; set "
        "MOCK_STORE=redis://host:port/db, or MOCK_WORKERS=1",
    ),
    (
        {"MOCK_SESSIONS": "1", "MOCK_STORE": "memcached://127.0.0.1:11211"},
        "mock: MOCK_STORE must be a redis:// URL, like redis://127.0.0.1:6379/0, "
        'not "memcached://127.0.0.1:11211"',
    ),
    (
        {"MOCK_STORE": "redis://127.0.0.1:6379/0"},
        "mock: MOCK_STORE keeps sessions: set MOCK_SESSIONS=1 with it, or leave MOCK_STORE unset",
    ),
    ({"MOCK_WORKERS": "0"}, 'mock: MOCK_WORKERS must be a whole number of at least 1, not "0"'),
    (
        {"MOCK_SESSION_TTL_SECONDS": "a day"},
        'mock: MOCK_SESSION_TTL_SECONDS must be a whole number of at least 1, not "a day"',
    ),
    (
        {"MOCK_LATENCY_MS": "300-100"},
        "mock: MOCK_LATENCY_MS must be <min>-<max> milliseconds (or one number), min not above "
        'max, not "300-100"',
    ),
    ({"MOCK_FAULT_RATE": "1.5"}, 'mock: MOCK_FAULT_RATE must be a number from 0 to 1, not "1.5"'),
    (
        {"MOCK_FAULT_KINDS": "503,teapot"},
        "mock: MOCK_FAULT_KINDS must list some of 500, 502, 503, 504, 429, drop, hang, "
        'not "503,teapot"',
    ),
]


@pytest.mark.parametrize(("env", "said"), REFUSED, ids=[",".join(env) for env, _ in REFUSED])
def test_a_setting_that_cannot_work_is_refused_at_start_in_one_line(
    env: dict[str, str], said: str
) -> None:
    done = run(["node", "mock/server.js"], env={**os.environ, **env}, timeout=30)
    assert done.returncode == 1 and not done.left_behind
    assert (done.stdout, done.stderr) == ("", said + "\n")


def settings_table() -> str:
    """The table as mock/settings.js declares it."""
    done = subprocess.run(
        ["node", "mock/settings.js"], cwd=REPO, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def tables(page: str) -> list[str]:
    return [m.group(0).strip() for m in re.finditer(r"(?m)^\|.*\|\n(?:\|.*\|\n?)+", page)]


def test_the_guides_table_of_settings_is_the_mocks_declaration() -> None:
    declared = settings_table()
    # Every MOCK_ name the mock's code mentions is one of the table's settings.
    rows = {line.split("|")[1].strip().strip("`") for line in declared.splitlines()[2:]}
    code = [f.read_text(encoding="utf-8") for f in (REPO / "mock").rglob("*.js")]
    named = {name for text in code for name in re.findall(r"\bMOCK_[A-Z_]+", text)}
    assert "MOCK_STORE" in named and named <= rows, named - rows
    assert declared in tables(GUIDE.read_text(encoding="utf-8"))


def test_a_table_off_the_declaration_is_caught() -> None:
    # The check above fails on a guide whose row says another default.
    page = GUIDE.read_text(encoding="utf-8").replace(
        "| `MOCK_PORT` | `4010` |", "| `MOCK_PORT` | `8080` |"
    )
    assert settings_table() not in tables(page)
