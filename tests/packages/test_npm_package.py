"""The npm tarball of `make packages`, installed into an empty project as a user installs it: a
strict program type-checks against it; a program over every example of every operation runs
under Node against the package's own msw handlers; the handlers' 401 and 422s match the real
mock's answers to the same requests, sent through the installed client, and so do the latency
and faults `Prefer` asks for, as fetch sees them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kit.spec import bundle
from tests.packages.conftest import TOOLS
from tests.ts.harness import OPTIONS, tap_counts
from tests.ts.program import cases, program

HERE = Path(__file__).parent
# A host no one answers: only msw can.
MSW_BASE_URL = "https://api.example.test/v1"


def installed(project: Path) -> dict[str, object]:
    manifest: dict[str, object] = json.loads(
        (project / "node_modules" / "ippanel-client" / "package.json").read_text(encoding="utf-8")
    )
    return manifest


def test_the_tarball_carries_the_spec_version_built_js_and_types(project: Path) -> None:
    manifest = installed(project)
    assert manifest["version"] == bundle()["info"]["version"]
    exports = manifest["exports"]
    assert isinstance(exports, dict) and set(exports) == {".", "./msw"}
    package = project / "node_modules" / "ippanel-client"
    for target in exports.values():
        assert (package / target["default"]).is_file() and (package / target["types"]).is_file()
    assert (package / "dist" / "schema.d.ts").is_file()  # what index.d.ts's types come from
    assert "openapi-fetch" in manifest["dependencies"]  # type: ignore[operator]
    assert manifest["peerDependenciesMeta"] == {"msw": {"optional": True}}


@pytest.fixture(scope="module")
def built(project: Path) -> Path:
    """The errors test and msw's set-up type-checked by the project's own tsc, strict (its
    `@ts-expect-error` marks fail the check unless the installed types refuse those bodies); with
    the every-operation program (tsc --strict checks it in tests/ts), all transpiled by esbuild."""
    source = project / "src"
    source.mkdir(exist_ok=True)
    for name in ("msw_preamble.mts", "errors.test.mts", "faults.test.mts"):
        shutil.copy(HERE / name, source)
    text = program(bundle(), "ippanel-client")
    (source / "every_operation.test.mts").write_text('import "./msw_preamble.mjs";\n' + text)
    tests = [source / "errors.test.mts", source / "faults.test.mts"]
    checked = run(project, [TOOLS / "tsc", *OPTIONS, "--noEmit", *tests])
    assert checked.returncode == 0, checked.stdout
    out = project / "out"
    esbuild: list[str | Path] = [
        TOOLS / "esbuild",
        *sorted(source.glob("*.mts")),
        f"--outdir={out}",
    ]
    transpiled = run(project, [*esbuild, "--out-extension:.js=.mjs", "--log-level=warning"])
    assert transpiled.returncode == 0, transpiled.stderr
    return out


def run(project: Path, argv: list[str | Path], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv,
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **env},
    )


def node_test(project: Path, files: list[str | Path], **env: str) -> dict[str, int]:
    result = subprocess.run(
        ["node", "--test", "--test-reporter=tap", *files],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, **env},
    )
    return tap_counts(result.stdout) | {"exit": result.returncode}


def test_every_example_through_the_msw_handlers(project: Path, built: Path) -> None:
    env = {"MOCK_URL": MSW_BASE_URL, "MSW_BASE_URL": MSW_BASE_URL}
    counts = node_test(project, [built / "every_operation.test.mjs"], **env)
    assert counts == counts | {"pass": len(cases(bundle())), "fail": 0, "exit": 0}


def test_a_handler_answering_off_its_example_fails(project: Path, built: Path) -> None:
    # The check above can fail: one handler swapped for a wrong answer fails its operation's cases.
    env = {"MOCK_URL": MSW_BASE_URL, "MSW_BASE_URL": MSW_BASE_URL}
    program = [built / "every_operation.test.mjs"]
    only = "--test-name-pattern=^getMyCredit-"
    counts = node_test(project, [only, *program], MSW_BREAK="get /api/payment/credit/mine", **env)
    assert counts["fail"] == 2 and counts["pass"] == 0 and counts["exit"] != 0


def test_the_msw_401_422_and_prefer_answers_are_the_mocks(
    project: Path, built: Path, mock_url: str
) -> None:
    env = {"MOCK_URL": mock_url, "MSW_BASE_URL": MSW_BASE_URL}
    counts = node_test(project, [built / "errors.test.mjs"], **env)
    assert counts == counts | {"pass": 10, "fail": 0, "exit": 0}


def test_a_422_off_the_mocks_fails(project: Path, built: Path, mock_url: str) -> None:
    # The comparison can fail: msw's login handler swapped for another 422 body fails the login
    # cases only.
    env = {
        "MOCK_URL": mock_url,
        "MSW_BASE_URL": MSW_BASE_URL,
        "MSW_BREAK": "post /api/acl/auth/login",
    }
    counts = node_test(project, [built / "errors.test.mjs"], **env)
    assert counts["fail"] == 2 and counts["pass"] == 8 and counts["exit"] != 0


FAULT_CASES = 9  # faults.test.mts: five statuses, a drop, a hang, a delay, a word refused


def test_the_msw_faults_and_latency_are_the_mocks(
    project: Path, built: Path, mock_url: str
) -> None:
    env = {"MOCK_URL": mock_url, "MSW_BASE_URL": MSW_BASE_URL}
    counts = node_test(project, [built / "faults.test.mjs"], **env)
    assert counts == counts | {"pass": FAULT_CASES, "fail": 0, "exit": 0}


def test_a_handler_that_ignores_the_fault_words_fails(
    project: Path, built: Path, mock_url: str
) -> None:
    # The comparison can fail: a check_token handler that answers whatever Prefer says fails
    # every case, the mock's side unchanged.
    env = {"MOCK_URL": mock_url, "MSW_BASE_URL": MSW_BASE_URL, "MSW_BREAK": "faults"}
    counts = node_test(project, [built / "faults.test.mjs"], **env)
    assert counts["fail"] == FAULT_CASES and counts["pass"] == 0 and counts["exit"] != 0
