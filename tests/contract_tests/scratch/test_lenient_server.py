"""What QA meets first against a staging server that accepts more than the spec allows (a number
below its `minimum`, clamped): every live run fails on schemathesis' negative-data check, as
docs/contract-tests.md shows it; IPPANEL_EXCLUDE_CHECKS=negative_data_rejection leaves the check
out and the same run passes. On a scratch copy of the kit, so that it runs beside the other live
runs (tests/conftest.py), against the test server with --lenient."""

from __future__ import annotations

from pathlib import Path

from kit.spec import REPO
from tests.learn.conftest import QUICK, make_in, scratch_tree
from tests.servers import running_server

# One seed, so that fuzzing sends the same numbers below their minimum every time.
SEED = {"IPPANEL_SEED": "1", "IPPANEL_PHASES": "examples,fuzzing"}
SAID = "ST201 Schema-violating request accepted: Invalid data should have been rejected"


def test_a_lenient_server_fails_the_negative_data_check_until_it_is_left_out(
    tmp_path: Path,
) -> None:
    make = make_in(scratch_tree(tmp_path / "tree"))
    with running_server(tmp_path / "log", lenient=True) as server:
        env = {"IPPANEL_BASE_URL": server.url, "IPPANEL_TOKEN": server.token, **QUICK, **SEED}
        strict = make("contract-live", **env)
        relaxed = make("contract-live", IPPANEL_EXCLUDE_CHECKS="negative_data_rejection", **env)
    failed = [line for line in strict.stdout.splitlines() if line.startswith("  FAIL")]
    assert strict.returncode != 0 and failed, strict.stdout[-3000:]
    assert SAID in strict.stdout
    # The page shows such a failure as a run prints it.
    assert SAID in (REPO / "docs" / "contract-tests.md").read_text(encoding="utf-8")
    assert relaxed.returncode == 0, relaxed.stdout[-3000:]
    assert "  FAIL" not in relaxed.stdout
