"""The mock's page, docs/mock.md, works as written: every curl command in it is run against the
mock, and its output must be the JSON shown under it."""

import json
import re
import subprocess
from pathlib import Path

from mock.launcher import REPO, Mock

PAGE = REPO / "docs" / "mock.md"
README_URL = "http://127.0.0.1:4010"


def commands() -> list[tuple[str, str | None]]:
    """(command, expected output) pairs from the page's sh blocks, in order."""
    text = PAGE.read_text(encoding="utf-8")
    pairs: list[tuple[str, str | None]] = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith(("curl ", "printf ")):
                pairs.append((line, None))
            elif line.startswith("# ") and pairs:
                pairs[-1] = (pairs[-1][0], line[2:])
            elif pairs and pairs[-1][1] is None and not line.startswith("make "):
                pairs[-1] = (pairs[-1][0] + "\n" + line, None)
    return pairs


def test_the_page_has_its_examples() -> None:
    curls = [c for c, expected in commands() if c.startswith("curl ")]
    assert len(curls) >= 18
    assert all(expected is not None for c, expected in commands() if c.startswith("curl "))


def test_every_curl_on_the_page_prints_what_the_page_shows(mock: Mock, tmp_path: Path) -> None:
    for command, expected in commands():
        run = subprocess.run(
            ["bash", "-c", command.replace(README_URL, mock.url)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=10,
        )
        assert run.returncode == 0, (command, run.stderr)
        if expected is not None:
            assert json.loads(run.stdout) == json.loads(expected), command
