"""`make changelog BASE=<git ref>`: the release entry for the changes since BASE, from `make diff`'s
report (tools.apidiff): breaking changes first, then warnings, additions and fixes, and which part
of the version must rise (a breaking change the major, an addition the minor, a fix the patch).
A client change that follows from a spec change is that change: listed once, under the spec's.

    python -m tools.changelog <git ref>      # Markdown on stdout; exit 2 on a bad ref
"""

from __future__ import annotations

import sys

from kit.spec import bundle
from tools.apidiff import BadBase, collect
from tools.apidiff.report import Change, Kind

USAGE = "usage: make changelog BASE=<git ref>   (e.g. BASE=v1.0.0, BASE=HEAD~5)"
SECTIONS: dict[Kind, str] = {
    "breaking": "Breaking changes",
    "warning": "Changes that may need attention",
    "addition": "Additions",
    "fix": "Fixes",
}


def rise(changes: list[Change]) -> str:
    """The version part that must rise: major, minor, patch, or none."""
    kinds = {c.kind for c in changes}
    if "breaking" in kinds:
        return "major"
    if "addition" in kinds:
        return "minor"
    return "patch" if kinds else "none"


def entry(changes: list[Change], base: str, version: str) -> str:
    own = [c for c in changes if c.follows is None]
    lines = [
        f"## {version} (changes since {base})",
        "",
        f"Version: the **{rise(own)}** part must rise.",
    ]
    for kind, title in SECTIONS.items():
        listed = [c for c in own if c.kind == kind]
        if listed:
            lines += ["", f"### {title}", "", *(f"- {c.line()}" for c in listed)]
    if not own:
        lines += ["", "No change to the API or the clients."]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(USAGE, file=sys.stderr)
        return 2
    try:
        report = collect(argv[0])
    except BadBase as error:
        print(f"changelog: {error}", file=sys.stderr)
        return 2
    print(entry(report.changes(), argv[0], str(bundle()["info"]["version"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
