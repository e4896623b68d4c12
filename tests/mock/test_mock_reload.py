"""A rebuilt bundle is served without a restart, and the log says so (mock/server.js watches the
bundle's directory). The test serves a copy (MOCK_SPEC), so that the committed bundle is never
touched; `make mock` runs the same server on openapi/bundled/ippanel.yaml."""

import shutil
from pathlib import Path

import httpx

from kit.processes import printed
from kit.spec import BUNDLE
from mock.launcher import Mock, running_mock
from tests.mock.mock_spec import AUTH

CHECK = "/api/acl/auth/check_token"


def wait_for(mock: Mock, text: str, count: int = 1) -> None:
    assert mock.wait_for(printed(text, count)), (text, mock.output()[-2000:], mock.errors())


def test_a_rebuilt_bundle_is_served_at_once_and_a_broken_one_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "ippanel.yaml"
    shutil.copy(BUNDLE, spec)
    original = spec.read_text(encoding="utf-8")
    assert original.count("user_name: ippanel") == 1
    with (
        running_mock(env={"MOCK_SPEC": str(spec)}) as mock,
        httpx.Client(base_url=mock.url, timeout=5) as client,
    ):
        for _ in range(2):  # the second answer comes from the fast path's memory
            assert client.post(CHECK, headers=AUTH).json()["data"]["user_name"] == "ippanel"

        spec.write_text(original.replace("user_name: ippanel", "user_name: rebuilt"), "utf-8")
        wait_for(mock, "mock: reloaded")
        assert "ippanel.yaml (" in mock.output()  # names the file and its operations
        assert client.post(CHECK, headers=AUTH).json()["data"]["user_name"] == "rebuilt"

        # Replaced rather than rewritten, as git or an editor may do it.
        replacement = tmp_path / "new.yaml"
        replacement.write_text(original.replace("user_name: ippanel", "user_name: again"), "utf-8")
        replacement.replace(spec)
        wait_for(mock, "mock: reloaded", count=2)
        assert client.post(CHECK, headers=AUTH).json()["data"]["user_name"] == "again"

        spec.write_text("openapi: 3.1.0\npaths: [\n", "utf-8")
        wait_for(mock, "mock: kept the previous spec")
        assert client.post(CHECK, headers=AUTH).json()["data"]["user_name"] == "again"
        assert mock.alive()
