"""`make changelog BASE=<git ref>`: the release entry for the changes since BASE, from `make diff`'s
report (tools.apidiff), or from that report saved as JSON (`make diff JSON=<file>`): breaking
changes first, then warnings, additions and fixes, and which part of the version must rise (a
breaking change the major, an addition the minor, a fix the patch). A breaking change the ignore
file accepts is still one. A client change that follows from a spec change is that change:
listed once, under the spec's.

    python -m tools.changelog <git ref>          # Markdown on stdout; exit 2 on a bad ref
    python -m tools.changelog --report <file>    # the same from a saved JSON report
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kit.spec import bundle
from tools.apidiff import BadBase, collect
from tools.apidiff.ignore import IgnoreError
from tools.apidiff.report import Change, Kind, Report

USAGE = (
    "usage: make changelog BASE=<git ref>   (e.g. BASE=v1.0.0, BASE=HEAD~5),"
    " or python -m tools.changelog --report <make diff's JSON>"
)
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


def saved(path: Path) -> Report:
    """A report `make diff` wrote as JSON; ValueError (one line) when it is not one."""
    try:
        return Report.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{path}: not a JSON report of make diff ({error})") from None


def main(argv: list[str]) -> int:
    report_file = argv[1] if len(argv) == 2 and argv[0] == "--report" else None
    if not report_file and (len(argv) != 1 or not argv[0].strip()):
        print(USAGE, file=sys.stderr)
        return 2
    try:
        report = saved(Path(report_file)) if report_file else collect(argv[0])
    except (BadBase, IgnoreError, ValueError) as error:
        print(f"changelog: {error}", file=sys.stderr)
        return 2
    print(entry(report.changes(), report.base, str(bundle()["info"]["version"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
