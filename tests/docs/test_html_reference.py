"""`make docs`: one HTML file that needs nothing but itself (no script, style, font or image from
the network), rendered by a real headless browser (Debian's chromium, driven by playwright-core in
tests/docs/reference_check.mjs) with every request off the file refused and listed, with every
operation of the spec and its Persian texts on the page.

Redoc 3 renders the sections near the viewport only, so the browser moves the page to each tag
(`#/<tag>`), in a tall window, and collects each operation's section id (`<tag>/<operationid>`).

Chromium: `make test` installs Debian's package first when missing (`make browser`, as root with
apt-get). Without it the rendering tests skip, saying why, but fail where CI=true: CI must not
pass with the reference unrendered."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kit.operations import by_operation_id
from kit.spec import REPO, bundle

CHECK = Path(__file__).with_name("reference_check.mjs")
EXTERNAL = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']?(?:https?:)?//""")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")  # Debian's, Ubuntu's
    if found:
        return found
    why = "chromium is not installed (`make browser` installs it, as root with apt-get)"
    if os.environ.get("CI") == "true":
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="module")
def page() -> Path:
    result = subprocess.run(["make", "docs"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_absolute() and path.is_file(), f"the last line is not the file: {path}"
    return path


def section_id(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def expected_sections(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Per tag section of the page, the section ids of its operations."""
    found: dict[str, set[str]] = {}
    for op in by_operation_id(spec).values():
        tag = section_id(op.operation["tags"][0])
        found.setdefault(tag, set()).add(f"{tag}/{op.operation_id.lower()}")
    return found


def test_the_page_needs_nothing_from_the_network(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert EXTERNAL.findall(html) == []
    assert "<script" in html  # Redoc's scripts are there, inlined


def test_a_page_that_loads_a_cdn_script_is_caught() -> None:
    html = '<html><script src="https://cdn.redoc.ly/redoc/v2.5.0/bundles/redoc.standalone.js">'
    assert EXTERNAL.findall(html + '<link href="//fonts.googleapis.com/css">') != []


def in_chromium(script: Path, *args: str, home: Path, given: str | None = None) -> dict[str, Any]:
    """What a playwright-core script (next to this file) printed as JSON, driving Debian's
    chromium; `given` is its stdin."""
    ran = subprocess.run(
        ["node", str(script), *args],
        cwd=REPO,
        input=given,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "CHROMIUM": chromium(), "HOME": str(home)},
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    found: dict[str, Any] = json.loads(ran.stdout)
    return found


def check(page: Path, expected: dict[str, list[str]]) -> dict[str, Any]:
    """Each tag section's rendered section ids, the requests the page tried to make off the file,
    and the page's text, from tests/docs/reference_check.mjs."""
    return in_chromium(CHECK, page.as_uri(), home=page.parent, given=json.dumps(expected))


@pytest.fixture(scope="module")
def rendered(page: Path) -> dict[str, Any]:
    return check(page, {tag: sorted(ids) for tag, ids in expected_sections(bundle()).items()})


def missing(expected: dict[str, set[str]], rendered: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        t: sorted(ids - set(rendered.get(t, [])))
        for t, ids in expected.items()
        if ids - set(rendered.get(t, []))
    }


def test_every_operation_renders_offline(rendered: dict[str, Any]) -> None:
    assert missing(expected_sections(bundle()), rendered["rendered"]) == {}
    assert rendered["external"] == []  # nothing asked of the network
    # Persian: the examples' messages are on the page as text, not escaped or mangled.
    assert "انجام شد" in rendered["text"]


def test_a_missing_operation_is_caught(rendered: dict[str, Any]) -> None:
    # The check above can fail: an operation the page does not have.
    expected = expected_sections(bundle())
    expected["auth"] = expected["auth"] | {"auth/notanoperation"}
    assert "auth/login" in rendered["rendered"]["auth"]
    assert missing(expected, rendered["rendered"]) == {"auth": ["auth/notanoperation"]}


def test_a_request_off_the_page_is_caught(tmp_path: Path) -> None:
    # The offline check above can fail: an image from a CDN, as Redoc's own logo was.
    page = tmp_path / "page.html"
    page.write_text('<html><body><img src="https://cdn.example/logo.svg"></body></html>')
    assert check(page, {})["external"] == ["https://cdn.example/logo.svg"]
