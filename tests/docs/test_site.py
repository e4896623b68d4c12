"""`make site`: the guides and the API reference as one static site, opened in headless chromium
(tests/docs/site_check.mjs, playwright-core driving Debian's chromium): every page of its
navigation loads, every internal link reaches its page and heading, the search finds an
operation, and the reference's index links every operation to its section of the reference (the
section ids test_html_reference.py shows rendered), the README's diagram is drawn, and no page
asks anything of the network (no font, no script: the site works offline). A broken link is
shown caught."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kit.operations import by_operation_id
from kit.spec import REPO, bundle
from tests.docs.test_html_reference import EXTERNAL, expected_sections, in_chromium
from tests.servers.static import served

CHECK = Path(__file__).with_name("site_check.mjs")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = subprocess.run(["make", "site"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    home = Path(built.stdout.strip().splitlines()[-1])
    assert home == REPO / "build" / "site" / "index.html" and home.is_file()
    copy = tmp_path_factory.mktemp("site") / "site"
    shutil.copytree(home.parent, copy)  # a test may break the copy, never the build
    return copy


def check(folder: Path, word: str, only: str = "") -> dict[str, Any]:
    with served(folder) as url:
        found = in_chromium(CHECK, url, word, only, home=folder.parent)
    found["pages"] = [p.removeprefix(url) for p in found["pages"]]
    found["search"] = [p.removeprefix(url) for p in found["search"]]
    found["broken"] = [{k: v.removeprefix(url) for k, v in b.items()} for b in found["broken"]]
    return found


def test_every_page_and_link_of_the_site_works_and_search_finds_an_operation(site: Path) -> None:
    found = check(site, "sendSmsByUrl")
    guides = {f"/{p.stem}.html" for p in (REPO / "docs").glob("*.md")}
    references = {f"/reference/{p.stem}.html" for p in (REPO / "docs" / "reference").glob("*.md")}
    assert {"/index.html", "/api-reference.html", *guides, *references} <= set(found["pages"])
    assert found["broken"] == []
    assert "/api-reference.html" in found["search"]
    assert found["diagrams"] == 1  # the README's pipeline, drawn
    assert found["external"] == []


def test_a_broken_link_is_caught(site: Path, tmp_path: Path) -> None:
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    page = broken / "proxy.html"
    html = page.read_text(encoding="utf-8")
    page.write_text(
        html.replace("</article>", '<a href="mock.html#no-such-heading">x</a></article>', 1),
        encoding="utf-8",
    )
    found = check(broken, "", only="proxy.html")
    assert found["broken"] == [{"page": "/proxy.html", "link": "/mock.html#no-such-heading"}]


def test_the_reference_index_links_every_operation_to_its_section(site: Path) -> None:
    index = (site / "api-reference.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="api/ippanel-api\.html#/([a-z0-9-]+/[a-z0-9-]+)"', index))
    sections = {s for ids in expected_sections(bundle()).values() for s in ids}
    assert linked == sections
    assert len(linked) == len(by_operation_id())
    assert (site / "api" / "ippanel-api.html").is_file()


def test_the_site_needs_nothing_from_the_network(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 10
    loading = {p.name: EXTERNAL.findall(p.read_text(encoding="utf-8")) for p in pages}
    assert {name: found for name, found in loading.items() if found} == {}
