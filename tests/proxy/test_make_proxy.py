"""`make proxy` as a team runs it: what it cannot run with is refused in one line, naming the
setting; another address than loopback is warned about; a stop (Ctrl-C, SIGTERM) leaves no
process behind and the reports written; docs/proxy.md's table is the settings' own."""

from __future__ import annotations

import signal
import socket
import sys
from pathlib import Path

import pytest

from kit.processes import HOST, free_port, printed, run, started
from kit.settings import table
from kit.spec import REPO
from proxy.launcher import proxy_env
from proxy.settings import SETTINGS


def make_proxy(tmp_path: Path, **settings: str) -> tuple[int | None, str, str]:
    env = proxy_env("", tmp_path, free_port(), **settings)
    env.pop("UPSTREAM")
    env.update({k: v for k, v in settings.items()})
    done = run(["make", "proxy"], env=env, timeout=60)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize(
    ("settings", "said"),
    [
        ({}, "proxy: UPSTREAM is not set: the staging server, as the clients' base URL, e.g. "),
        ({"UPSTREAM": "ftp://staging"}, "proxy: UPSTREAM: must be an http(s) URL"),
        ({"UPSTREAM": "https://qa:s3cret-pw@staging.test/v1"}, "must not carry a user name"),
        ({"UPSTREAM": "http://x/v1", "PROXY_PORT": "70000"}, "PROXY_PORT: must be a port number"),
        ({"UPSTREAM": "http://x/v1", "PROXY_FALLBACK": "yes"}, "PROXY_FALLBACK: must be unset or"),
        ({"UPSTREAM": "http://x/v1", "PROXY_STRICT": "true"}, "PROXY_STRICT: must be 1 (on) or 0"),
        ({"UPSTREAM": "http://x/v1", "PROXY_TIMEOUT_SECONDS": "0"}, "must be a positive number"),
    ],
)
def test_what_it_cannot_run_with_is_refused_in_one_line(
    tmp_path: Path, settings: dict[str, str], said: str
) -> None:
    code, out, err = make_proxy(tmp_path, **settings)
    assert code == 2
    refusal = [line for line in err.splitlines() if line.startswith("proxy:")]
    assert len(refusal) == 1 and said in refusal[0], err
    assert "s3cret-pw" not in out + err
    assert not (tmp_path / "drift.md").exists()


def test_a_busy_port_is_refused(tmp_path: Path) -> None:
    with socket.create_server((HOST, 0)) as taken:
        port = str(taken.getsockname()[1])
        code, _, err = make_proxy(tmp_path, UPSTREAM="http://127.0.0.1:9/v1", PROXY_PORT=port)
    assert code == 2
    assert f"proxy: {HOST}:{port} is busy" in err and "PROXY_PORT" in err


def test_another_address_than_loopback_is_warned_about(tmp_path: Path) -> None:
    port = free_port("0.0.0.0")
    env = proxy_env("http://127.0.0.1:9/v1", tmp_path, port, PROXY_HOST="0.0.0.0")
    argv = [sys.executable, "-m", "proxy"]
    with started(argv, env=env, ready=printed("listening on")) as proxy:
        said = proxy.output()
    assert "anyone who can reach it reaches staging through it" in said


def test_a_stop_leaves_nothing_behind_and_the_reports_written(tmp_path: Path) -> None:
    port = free_port()
    env = proxy_env("http://127.0.0.1:9/v1", tmp_path, port, PROXY_FALLBACK="mock")
    env["MAKEFLAGS"] = ""
    with started(["make", "proxy"], env=env, ready=printed("listening on"), timeout=60) as proxy:
        proxy.signal_group(signal.SIGINT)  # Ctrl-C: make, the proxy and its mock all get it
        assert proxy.wait(60) is not None
        assert proxy.wait_for(lambda p: not p.group_alive(), timeout=30, after_exit=True)
        said = proxy.output()
    assert "proxy: stopped; 0 exchanges" in said
    assert {p.name for p in tmp_path.iterdir()} == {"drift.md", "drift.json", "traffic.har"}


def test_the_guide_shows_the_settings_as_declared() -> None:
    guide = (REPO / "docs" / "proxy.md").read_text(encoding="utf-8")
    assert table(SETTINGS) in guide
