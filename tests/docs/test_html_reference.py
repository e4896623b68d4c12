"""`make docs`: one HTML file that needs nothing but itself (no script, style, font or image from
the network), rendered by a real headless browser (Debian's chromium) with the network cut off,
with every operation of the spec and its Persian texts on the page.

Redoc 3 renders the sections near the viewport only, so the browser opens the page once per tag
(`#/<tag>`), in a tall window, and collects each operation's section id (`<tag>/<operationid>`).

Chromium: `make test` installs Debian's package first when missing (`make browser`, as root with
apt-get). Without it the rendering tests skip, saying why, but fail where CI=true: CI must not
pass with the reference unrendered."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from kit.operations import by_operation_id
from kit.spec import REPO, bundle

BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    # Offline: every host name fails to resolve, and every connection goes to a closed port.
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--virtual-time-budget=2000",
    "--window-size=1400,8000",
]
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


def render(browser: str, url: str) -> str:
    result = subprocess.run(
        [browser, *BROWSER_FLAGS, "--dump-dom", url], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


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


@pytest.mark.timeout(1800)  # one browser per tag section, two at a time: minutes on a busy machine
def test_every_operation_renders_offline(page: Path) -> None:
    browser = chromium()
    expected = expected_sections(bundle())
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = pool.map(lambda tag: render(browser, f"{page.as_uri()}#/{tag}"), expected)
        doms = dict(zip(expected, pages, strict=True))
    for tag, dom in doms.items():
        rendered = set(re.findall(rf'id="({re.escape(tag)}/[a-z0-9-]+)"', dom))
        assert expected[tag] <= rendered, f"#{tag}: missing {sorted(expected[tag] - rendered)}"
        assert EXTERNAL.findall(dom) == [], f"#{tag} loads from the network"
    # Persian: the examples' messages are on the page as text, not escaped or mangled.
    assert any("انجام شد" in dom for dom in doms.values())


def test_a_missing_operation_is_caught(page: Path) -> None:
    # The check above can fail: an operation the page does not have.
    browser = chromium()
    dom = render(browser, f"{page.as_uri()}#/auth")
    rendered = set(re.findall(r'id="(auth/[a-z0-9-]+)"', dom))
    assert "auth/login" in rendered
    assert not {"auth/login", "auth/notanoperation"} <= rendered
