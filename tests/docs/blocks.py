"""The code blocks of the README and the guides, as a reader meets them, and how each language's
blocks run. A block is fenced with its language first (```python, ```sh, ```ts); the blocks of
one page run in order, as a reader would type them, against the mock:

- python: pytest-examples runs it (`run_print_check`), the page's blocks sharing one namespace;
  what a block prints is shown under the line that prints it as `#>` lines, and must match;
- sh: each line runs in bash (`set -eu`), the page's blocks in one folder; a command's output is
  shown under it as `#>` lines, compared as JSON where it is JSON;
- ts: the page's blocks, in order, as one module: type-checked by tsc --strict and run by Node
  (esbuild bundles it), in a project that installed the npm package; output shown as `//>`.

A block that cannot run as written says why in its fence: ```sh {test="skip: serves until
Ctrl-C"}. Other languages (text, json, yaml, mermaid) are shown, not run. The mock's address on
the page, http://127.0.0.1:4010, is the test's mock."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kit.spec import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").rglob("*.md"))]
RUN = {"python": "python", "py": "python", "sh": "sh", "bash": "sh", "ts": "ts", "typescript": "ts"}
SHOWN = {"text", "json", "yaml", "mermaid", "http", "csv", "toml", "jsonc", "console", ""}
MOCK = "http://127.0.0.1:4010"
FENCE = re.compile(
    r"^(?P<indent> *)```(?P<info>[^`\n]*)\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S
)
OPTION = re.compile(r"""(\w+)=(["'])(.*?)\2""")


@dataclass
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    language: str  # as written
    options: dict[str, str] = field(default_factory=dict)
    source: str = ""

    @property
    def runs_as(self) -> str | None:
        return RUN.get(self.language)

    @property
    def skip(self) -> str | None:
        """Why the block cannot run as written, when it says so."""
        said = self.options.get("test", "")
        if not said.startswith("skip"):
            return None
        return said.removeprefix("skip").removeprefix(":").strip()

    @property
    def where(self) -> str:
        shown = self.page.relative_to(REPO) if self.page.is_relative_to(REPO) else self.page
        return f"{shown}:{self.line}"


def blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    found = []
    for m in FENCE.finditer(text):
        info = m["info"].strip()
        language = info.split("{", 1)[0].split()[0] if info.split() else ""
        options = {k: v for k, _, v in OPTION.findall(info)}
        body = "\n".join(line[len(m["indent"]) :] for line in m["body"].split("\n"))
        line = text[: m.start()].count("\n") + 1
        found.append(Block(page, line, language, options, body))
    return found


def unaccounted(block: Block) -> str | None:
    """Why a block is neither run nor shown: its language is unknown, or it skips with no why."""
    if block.runs_as is None and block.language not in SHOWN:
        return f"{block.where}: ```{block.language}: a language neither run nor only shown"
    if block.options.get("test", "").startswith("skip") and not block.skip:
        return f'{block.where}: skipped without saying why (test="skip: <why>")'
    return None


def commands(source: str, comment: str = "#>") -> list[tuple[str, list[str]]]:
    """A shell block as the scripts a reader runs, each with the output the page shows under it:
    the lines up to an output (`#>` lines) are one script, the block's rest another."""
    found: list[tuple[str, list[str]]] = []
    script: list[str] = []
    for line in source.splitlines():
        if line.startswith(comment):
            if script:
                found.append(("\n".join(script), []))
                script = []
            if found:
                found[-1][1].append(line[len(comment) :].removeprefix(" "))
            continue
        script.append(line)
    if any(line.strip() and not line.lstrip().startswith("#") for line in script):
        found.append(("\n".join(script), []))
    return found


def same_output(expected: list[str], printed: str) -> bool:
    """Whether a command printed what the page shows: as JSON where both are JSON, else line by
    line, trailing spaces aside."""
    shown = "\n".join(expected).strip()
    try:
        return bool(json.loads(shown) == json.loads(printed))
    except ValueError:
        return [line.rstrip() for line in shown.splitlines()] == [
            line.rstrip() for line in printed.strip().splitlines()
        ]
