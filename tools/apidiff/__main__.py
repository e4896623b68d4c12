"""python -m tools.apidiff <git ref>: prints the report; exits 1 on a breaking change, 2 on bad
input."""

from __future__ import annotations

import sys

from . import BadBase, collect

USAGE = "usage: make diff BASE=<git ref>   (e.g. BASE=main, BASE=HEAD~1)"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0].strip():
        print(USAGE, file=sys.stderr)
        return 2
    try:
        report = collect(argv[0])
    except BadBase as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    print(report.render())
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
