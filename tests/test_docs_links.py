"""The docs hold together: README.md stays a front page, each guide (docs/*.md) stays short and
every page of docs/ says who it is for first, every relative link in them reaches a file (and a
heading, for #anchors), and the benchmark numbers are written only in bench/results/latest.md.
Each check is shown failing on a broken copy."""

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FRONT_PAGE_MAX_CHARS = 12_000
GUIDE_MAX_BYTES = 10_240  # an audience's guide; reference material goes to docs/reference/

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
# A measured figure: what `make bench` writes into bench/results/latest.md, and only there.
MEASURED = re.compile(r"\d[\d,.]*\s?(?:req/s|µs|ms|MiB)\b")


def pages(root: Path) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").rglob("*.md"))]


def prose(page: Path) -> str:
    """The page without its code blocks (a `[x](y)` in code is not a link)."""
    return FENCE.sub("", page.read_text(encoding="utf-8"))


def anchors(page: Path) -> set[str]:
    """GitHub's ids for the page's headings."""
    ids = set()
    for heading in re.findall(r"^#+ (.+)$", prose(page), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        ids.add(slug)
    return ids


def broken_links(root: Path) -> list[str]:
    broken = []
    for page in pages(root):
        for target in LINK.findall(prose(page)):
            if re.match(r"[a-z]+:", target):  # https:, mailto:
                continue
            path, _, anchor = target.partition("#")
            resolved = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(root)}: {target}"
            if not resolved.exists():
                broken.append(f"{where} (no such file)")
            elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
                broken.append(f"{where} (no such heading)")
    return broken


def measured_figures(root: Path) -> list[str]:
    return [
        f"{page.relative_to(root)}: {figure.group(0)}"
        for page in pages(root)
        for figure in MEASURED.finditer(page.read_text(encoding="utf-8"))
    ]


def copy_docs(tmp_path: Path) -> Path:
    """README.md and docs/ in a tmp tree, with every file they link to present (empty)."""
    root = tmp_path / "repo"
    (root / "docs").mkdir(parents=True)
    shutil.copy(REPO / "README.md", root / "README.md")
    for page in (REPO / "docs").rglob("*.md"):
        copy = root / page.relative_to(REPO)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(page, copy)
    for page in pages(REPO):
        for target in LINK.findall(prose(page)):
            path = target.partition("#")[0]
            if path and not re.match(r"[a-z]+:", target):
                source = (page.parent / path).resolve()
                copy = root / source.relative_to(REPO)
                if source.is_dir():
                    copy.mkdir(parents=True, exist_ok=True)
                elif not copy.exists():
                    copy.parent.mkdir(parents=True, exist_ok=True)
                    copy.touch()
    return root


def too_long(root: Path) -> str | None:
    size = len((root / "README.md").read_text(encoding="utf-8"))
    return f"README.md has {size:,} characters" if size > FRONT_PAGE_MAX_CHARS else None


def unreadable_guides(root: Path) -> list[str]:
    """The guides over GUIDE_MAX_BYTES, and the pages of docs/ whose first line after the title
    does not say who the page is for ("For ...")."""
    found = [
        f"{page.relative_to(root)}: {size:,} bytes"
        for page in sorted((root / "docs").glob("*.md"))
        if (size := len(page.read_bytes())) > GUIDE_MAX_BYTES
    ]
    for page in sorted((root / "docs").rglob("*.md")):
        first = prose(page).split("\n\n", 1)[1].lstrip() if "\n\n" in prose(page) else ""
        if not first.startswith("For "):
            found.append(f"{page.relative_to(root)}: does not open on who it is for")
    return found


def test_each_guide_is_short_and_says_who_it_is_for() -> None:
    assert unreadable_guides(REPO) == []


def test_a_long_guide_and_one_for_nobody_are_caught(tmp_path: Path) -> None:
    root = copy_docs(tmp_path)
    guide = root / "docs" / "proxy.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "x" * GUIDE_MAX_BYTES, encoding="utf-8")
    reference = root / "docs" / "reference" / "mock.md"
    title, _, rest = reference.read_text(encoding="utf-8").partition("\n\n")
    reference.write_text(f"{title}\n\nThe mock's settings.\n\n{rest}", encoding="utf-8")
    assert unreadable_guides(root) == [
        f"docs/proxy.md: {len(guide.read_bytes()):,} bytes",
        "docs/reference/mock.md: does not open on who it is for",
    ]


def test_the_readme_is_a_front_page() -> None:
    assert too_long(REPO) is None


def test_the_readme_links_each_audience_page() -> None:
    readme = prose(REPO / "README.md")
    for page in ["mock", "python-client", "contract-tests", "benchmarks"]:
        assert f"](docs/{page}.md)" in readme


def test_every_relative_link_resolves() -> None:
    assert broken_links(REPO) == []


def test_a_broken_link_is_caught(tmp_path: Path) -> None:
    root = copy_docs(tmp_path)
    assert broken_links(root) == []
    page = root / "docs" / "mock.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + "\nSee [the launcher](../mock/no_such_file.py) and [above](#no-such-heading).\n",
        encoding="utf-8",
    )
    assert broken_links(root) == [
        "docs/mock.md: ../mock/no_such_file.py (no such file)",
        "docs/mock.md: #no-such-heading (no such heading)",
    ]


def test_benchmark_numbers_are_only_in_the_results() -> None:
    assert measured_figures(REPO) == []
    assert MEASURED.search((REPO / "bench" / "results" / "latest.md").read_text(encoding="utf-8"))


def test_a_copied_benchmark_number_is_caught(tmp_path: Path) -> None:
    root = copy_docs(tmp_path)
    page = root / "docs" / "benchmarks.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nThe mock serves 1,739 req/s, p99 14.3 ms.\n",
        encoding="utf-8",
    )
    assert measured_figures(root) == [
        "docs/benchmarks.md: 1,739 req/s",
        "docs/benchmarks.md: 14.3 ms",
    ]


def test_an_oversized_readme_is_caught(tmp_path: Path) -> None:
    root = copy_docs(tmp_path)
    readme = root / "README.md"
    readme.write_text(
        readme.read_text(encoding="utf-8") + "x" * FRONT_PAGE_MAX_CHARS, encoding="utf-8"
    )
    assert too_long(root) == f"README.md has {len(readme.read_text(encoding='utf-8')):,} characters"
