"""The installed npm package in a browser: a page bundled by esbuild from the user project's
`ippanel-client`, served from one origin and run in headless chromium against the mock on
another (CORS, with the preflight for Authorization and Prefer). A success, a 422 and a
multipart send are judged by the spec's examples and by the mock's answer to the same request
sent from Python; a server without CORS makes the browser refuse every answer."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kit.processes import HOST
from kit.spec import bundle
from proxy.launcher import running_proxy
from tests.docs.test_html_reference import chromium
from tests.packages.conftest import TOOLS
from tests.servers import running_server
from tests.servers.static import served

HERE = Path(__file__).parent
# The flags machines without a network need (/work/.library/env/machines), and no proxy: the
# page and the mock are on 127.0.0.1.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
]
PAGE = """<!doctype html><meta charset="utf-8"><pre id="result"></pre>
<script type="module" src="page.js"></script>"""


@pytest.fixture(scope="module")
def site(project: Path) -> Iterator[str]:
    """The page, bundled for the browser, served by its own server (another origin)."""
    www = project / "www"
    www.mkdir(exist_ok=True)
    (www / "index.html").write_text(PAGE, encoding="utf-8")
    source = project / "src" / "browser_page.mts"
    source.parent.mkdir(exist_ok=True)
    shutil.copy(HERE / "browser_page.mts", source)
    bundled = subprocess.run(
        [
            TOOLS / "esbuild",
            source,
            "--bundle",
            "--format=esm",
            "--platform=browser",
            f"--outfile={www / 'page.js'}",
            "--log-level=warning",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bundled.returncode == 0, bundled.stderr
    with served(www) as url:
        yield url


def results(site: str, mock: str, profile: Path, token: str = "") -> dict[str, dict[str, Any]]:
    """What the page wrote into #result, by name, after chromium ran it."""
    page = f"{site}/?mock={mock}" + (f"&token={token}" if token else "")
    ran = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    shown = ran.stdout.split('<pre id="result">', 1)[1].split("</pre>", 1)[0]
    assert shown, f"the page wrote nothing: {ran.stdout[-2000:]}"
    return {outcome["name"]: outcome for outcome in json.loads(shown)}


def example(name: str) -> Any:
    return bundle()["components"]["examples"][name]["value"]


def test_a_success_a_422_and_a_multipart_send(site: str, mock_url: str, tmp_path: Path) -> None:
    outcomes = results(site, mock_url, tmp_path)
    assert outcomes["success"] == {"name": "success", "status": 200, "body": example("Credit")}
    # The same body sent from Python: the mock's own 422, which names the missing message.
    bad: dict[str, Any] = {"sending_type": "normal", "from_number": "+983000505"}
    bad["params"] = {"recipients": ["+989120000000"]}
    direct = httpx.post(f"{mock_url}/api/send", json=bad, headers={"Authorization": "t"})
    assert direct.status_code == 422 and "message" in direct.json()["meta"]["errors"]
    assert outcomes["422"] == {"name": "422", "status": 422, "body": direct.json()}
    assert outcomes["multipart"] == {
        "name": "multipart",
        "status": 200,
        "body": example("SentKeyword"),
    }


def test_a_server_without_cors_is_refused_by_the_browser(site: str, tmp_path: Path) -> None:
    # The page's own server answers cross-origin calls without CORS headers: no answer reaches it.
    page = site.replace(HOST, "localhost")  # the same server under another origin
    outcomes = results(page, site, tmp_path)
    assert {name: "thrown" in outcome for name, outcome in outcomes.items()} == {
        "success": True,
        "422": True,
        "multipart": True,
    }


def test_the_client_works_cross_origin_through_the_proxy(site: str, tmp_path: Path) -> None:
    # The same page against staging through `make proxy` (a test server as staging, under /v1):
    # the preflights are the proxy's, the answers the server's.
    with running_server(tmp_path / "log", prefix="/v1") as server:
        with running_proxy(server.url, tmp_path / "reports") as proxy:
            outcomes = results(site, proxy.url, tmp_path / "profile", token=server.token)
        bad: dict[str, Any] = {"sending_type": "normal", "from_number": "+983000505"}
        bad["params"] = {"recipients": ["+989120000000"]}
        direct = httpx.post(
            f"{server.url}/api/send", json=bad, headers={"Authorization": server.token}
        )
        received = [(r["method"], r["path"]) for r in server.requests() if "method" in r]
    assert outcomes["success"] == {"name": "success", "status": 200, "body": example("Credit")}
    assert direct.status_code == 422
    assert outcomes["422"] == {"name": "422", "status": 422, "body": direct.json()}
    assert outcomes["multipart"]["status"] == 200
    assert outcomes["multipart"]["body"]["data"]["message_outbox_ids"]
    assert received[:3] == [
        ("GET", "/v1/api/payment/credit/mine"),
        ("POST", "/v1/api/send"),
        ("POST", "/v1/api/send"),
    ]
