"""`make site`: the README, the guides under docs/ and the API reference as one static, searchable
site in build/site/ (MkDocs Material), built from a copy made in build/site-src/:

- the README is the home page; a guide's link to another guide stays a link between pages;
- a link to a file of the repository (a module, a workflow) goes to it on the repository's host
  when SITE_REPO_URL is set (the release workflow sets it), else it is left as its text: the site
  holds the guides, not the code;
- the API reference is the offline HTML reference (`make docs`, Redoc) as a page of its own, with
  an index of every operation by section, which the site's search finds by operationId, path or
  summary, each linked to its place in the reference.

Built with --strict: a guide's link to a page or heading that is not there fails the build.

    python -m tools.site          # prints the site's index.html last
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from kit.operations import operations
from kit.spec import REPO, bundle

DOCS = (REPO / "docs").resolve()
SOURCE = REPO / "build" / "site-src"
SITE = REPO / "build" / "site"
REFERENCE_HTML = REPO / "build" / "docs" / "ippanel-api.html"
MERMAID = REPO / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
# Each guide's place in the navigation, by audience (docs/ holds one page per audience).
GUIDES = [
    ("The mock", "mock.md"),
    ("The TypeScript client", "typescript-client.md"),
    ("The Python client", "python-client.md"),
    ("make proxy", "proxy.md"),
    ("Contract tests", "contract-tests.md"),
    ("Postman", "postman.md"),
    ("make learn", "learn.md"),
    ("CI", "ci.md"),
    ("Benchmarks", "benchmarks.md"),
]
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")


class SiteError(Exception):
    """Why the site could not be built, in one line."""


def site_path(page: Path) -> Path:
    """Where a page of the repository is in the site: the README is its home, docs/ its root."""
    if page.resolve() == (REPO / "README.md").resolve():
        return Path("index.md")
    return page.resolve().relative_to(DOCS)


def rewrite(text: str, page: Path, repo_url: str) -> str:
    """`page`'s links as the site needs them: pages by their place in the site, files of the
    repository on its host (or their text alone)."""
    here = site_path(page).parent

    def one(match: re.Match[str]) -> str:
        bang, label, target = match.groups()
        path, _, anchor = target.partition("#")
        if not path or re.match(r"[a-z]+:", path):
            return match.group(0)
        resolved = (page.parent / path).resolve()
        if resolved.suffix == ".md" and (
            resolved.is_relative_to(DOCS)
            or resolved.name == "README.md"
            and resolved.parent == REPO.resolve()
        ):
            relative = os.path.relpath(site_path(resolved), here)
            return f"{bang}[{label}]({Path(relative).as_posix()}{'#' + anchor if anchor else ''})"
        relative = resolved.relative_to(REPO).as_posix()
        if bang and resolved.is_file():
            # A picture (a chart of bench/results/) is shown in the site: copied beside its pages.
            copy = SOURCE / "docs" / "files" / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(resolved, copy)
            shown = os.path.relpath(Path("files") / relative, here)
            return f"{bang}[{label}]({Path(shown).as_posix()})"
        if repo_url:
            kind = "tree" if resolved.is_dir() else "blob"
            return f"{bang}[{label}]({repo_url}/{kind}/main/{relative})"
        return label

    return LINK.sub(one, text)


def reference_page() -> str:
    """The index of every operation, by section: what the site's search finds an operation by."""
    spec: dict[str, Any] = bundle()
    tags = [t["name"] for t in spec.get("tags", [])]
    by_tag: dict[str, list[Any]] = {t: [] for t in tags}
    for op in operations(spec):
        by_tag.setdefault((op.operation.get("tags") or ["Other"])[0], []).append(op)
    lines = [
        "# API reference",
        "",
        "Every operation of the spec, by section. Each links to its place in the "
        "[full reference](api/ippanel-api.html) (Redoc, offline), with its parameters, "
        "bodies, answers and examples.",
        "",
    ]
    for tag, ops in by_tag.items():
        if not ops:
            continue
        lines += [
            f"## {tag}",
            "",
            "| operation | method and path | what it does |",
            "|---|---|---|",
        ]
        for op in ops:
            oid = op.operation_id
            # Redoc 3's section of an operation: #/<tag, as a slug>/<operationId, lower case>.
            slug = re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-")
            anchor = f"api/ippanel-api.html#/{slug}/{oid.lower()}"
            summary = str(op.operation.get("summary", "")).replace("|", "\\|")
            lines.append(f"| [`{oid}`]({anchor}) | `{op.method.upper()} {op.path}` | {summary} |")
        lines.append("")
    return "\n".join(lines)


def title(page: Path) -> str:
    first = page.read_text(encoding="utf-8").splitlines()[0]
    return first.lstrip("# ").strip()


def references() -> list[Path]:
    """The guides' reference pages (docs/reference/), each a page of the site."""
    return sorted((DOCS / "reference").glob("*.md"))


def config(repo_url: str) -> dict[str, Any]:
    nav: list[Any] = [{"Home": "index.md"}]
    nav += [{title: page} for title, page in GUIDES]
    nav.append({"API reference": "api-reference.md"})
    nav.append({"Reference": [{title(p): f"reference/{p.name}"} for p in references()]})
    found: dict[str, Any] = {
        "site_name": "IPPanel API contract kit",
        "docs_dir": str(SOURCE / "docs"),
        "site_dir": str(SITE),
        # Pages as files (page.html), so that the site also opens from disk.
        "use_directory_urls": False,
        # No font from the network (Material takes Google's by default): the site works offline.
        "theme": {
            "name": "material",
            "font": False,
            "features": ["navigation.sections", "search.highlight"],
        },
        "plugins": ["search"],
        "markdown_extensions": [
            "tables",
            "admonition",
            {"toc": {"permalink": True}},
            {
                "pymdownx.superfences": {
                    "custom_fences": [
                        {
                            "name": "mermaid",
                            "class": "mermaid",
                            "format": "!!python/name:pymdownx.superfences.fence_code_format",
                        }
                    ]
                }
            },
        ],
        # Mermaid from the kit's own node_modules (Material would fetch it from a CDN).
        "extra_javascript": ["assets/mermaid.min.js"],
        "nav": nav,
        "validation": {
            "nav": {"omitted_files": "warn", "not_found": "warn"},
            "links": {"not_found": "warn", "anchors": "warn", "unrecognized_links": "warn"},
        },
    }
    if repo_url:
        found["repo_url"] = repo_url
    return found


def prepare(repo_url: str) -> Path:
    """build/site-src: the pages, rewritten, and mkdocs.yml; the path of mkdocs.yml."""
    shutil.rmtree(SOURCE, ignore_errors=True)
    pages = SOURCE / "docs"
    pages.mkdir(parents=True)
    readme = REPO / "README.md"
    (pages / "index.md").write_text(
        rewrite(readme.read_text(encoding="utf-8"), readme, repo_url), encoding="utf-8"
    )
    for guide in [*(DOCS / name for _, name in GUIDES), *references()]:
        target = pages / site_path(guide)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            rewrite(guide.read_text(encoding="utf-8"), guide, repo_url), encoding="utf-8"
        )
    (pages / "api-reference.md").write_text(reference_page(), encoding="utf-8")
    (pages / "api").mkdir()
    shutil.copy(REFERENCE_HTML, pages / "api" / "ippanel-api.html")
    (pages / "assets").mkdir()
    shutil.copy(MERMAID, pages / "assets" / "mermaid.min.js")
    # The mermaid fence names a Python function: the config is written as MkDocs reads it.
    text = yaml.safe_dump(config(repo_url), sort_keys=False, allow_unicode=True)
    text = text.replace(
        "'!!python/name:pymdownx.superfences.fence_code_format'",
        "!!python/name:pymdownx.superfences.fence_code_format",
    )
    (SOURCE / "mkdocs.yml").write_text(text, encoding="utf-8")
    return SOURCE / "mkdocs.yml"


def build(repo_url: str = "") -> Path:
    """The site, built; the path of its home page."""
    if not REFERENCE_HTML.exists():
        raise SiteError(f"{REFERENCE_HTML.relative_to(REPO)} is missing: run `make docs` first")
    mkdocs_yml = prepare(repo_url)
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "mkdocs"),
            "build",
            "--strict",
            "-q",
            "-f",
            str(mkdocs_yml),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        said = [line for line in done.stderr.splitlines() if "WARNING" in line or "ERROR" in line]
        raise SiteError(
            "mkdocs build failed:\n" + "\n".join(said or done.stderr.splitlines()[-20:])
        )
    return SITE / "index.html"


def main() -> int:
    try:
        home = build(os.environ.get("SITE_REPO_URL", "").rstrip("/"))
    except SiteError as exc:
        print(f"site: {exc}", file=sys.stderr)
        return 1
    print(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
