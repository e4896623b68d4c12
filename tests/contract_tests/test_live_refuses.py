"""`make contract-live` refuses to start, in one line, when it cannot run safely."""

from dataclasses import replace

import pytest

from contract_tests.settings import SETTINGS
from kit.processes import free_port
from kit.settings import table
from kit.spec import REPO
from tests.contract_tests.conftest import ContractLive

LINE = "contract-live: "


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"IPPANEL_TOKEN": "t" * 32}, "IPPANEL_BASE_URL is not set"),
        ({"IPPANEL_BASE_URL": "http://127.0.0.1:1"}, "IPPANEL_TOKEN is not set"),
        (
            {"IPPANEL_BASE_URL": "ftp://127.0.0.1/", "IPPANEL_TOKEN": "t" * 32},
            "must be an http(s) URL",
        ),
        (
            {"IPPANEL_BASE_URL": "http://127.0.0.1:{port}", "IPPANEL_TOKEN": "t" * 32},
            "is unreachable",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_ALLOW_SEND": "1",
            },
            "needs IPPANEL_TEST_RECIPIENTS",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_ALLOW_SEND": "1",
                "IPPANEL_TEST_RECIPIENTS": "09120000000",
                "IPPANEL_FROM_NUMBER": "+983000505",
            },
            "must be E.164 numbers",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_ALLOW_SEND": "1",
                "IPPANEL_TEST_RECIPIENTS": "+989120000001",
                "IPPANEL_FROM_NUMBER": "+983000505",
                "IPPANEL_TEST_PHONEBOOK_ID": "my-book",
            },
            "IPPANEL_TEST_PHONEBOOK_ID: must be a phonebook's numeric id",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_RATE_LIMIT": "fast",
            },
            "IPPANEL_RATE_LIMIT: must look like",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_USERNAME": "u",
            },
            "set both IPPANEL_USERNAME and IPPANEL_PASSWORD",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_ALLOW_IRREVERSIBLE": "createUsr",
            },
            "IPPANEL_ALLOW_IRREVERSIBLE names createUsr, which is not an irreversible operation",
        ),
        (
            {
                "IPPANEL_BASE_URL": "http://127.0.0.1:{port}",
                "IPPANEL_TOKEN": "t" * 32,
                "IPPANEL_ALLOW_WRITES": "yes",
            },
            "IPPANEL_ALLOW_WRITES: must be 1 (on) or 0 (off)",
        ),
    ],
)
def test_refuses_in_one_line(contract_live: ContractLive, env: dict[str, str], says: str) -> None:
    port = free_port()  # nobody listens there
    result = contract_live(**{k: v.format(port=port) for k, v in env.items()})
    ours = [line for line in result.stderr.splitlines() if line.startswith(LINE)]
    assert result.returncode != 0
    assert len(ours) == 1 and says in ours[0], result.stderr
    assert result.stdout == "", "it started anyway"


def test_an_unreachable_url_is_not_shown_with_its_credentials(contract_live: ContractLive) -> None:
    result = contract_live(
        IPPANEL_BASE_URL=f"http://qa:hunter2@127.0.0.1:{free_port()}/v1", IPPANEL_TOKEN="t" * 32
    )
    assert "is unreachable" in result.stderr
    assert "hunter2" not in result.stderr + result.stdout


def test_the_guide_shows_the_settings_as_declared() -> None:
    guide = (REPO / "docs" / "reference" / "contract-tests.md").read_text(encoding="utf-8")
    assert table(SETTINGS) in guide
    # A setting declared but not in the guide's table is caught.
    renamed = (replace(SETTINGS[0], name="IPPANEL_SERVER"), *SETTINGS[1:])
    assert table(renamed) not in guide
