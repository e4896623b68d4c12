"""python -m tools.apidiff <git ref> [--format text|json|markdown|github] [--markdown FILE]
[--json FILE] [--ignore FILE], or --rules: prints the report (or the rule table); exits 1 on a
breaking change the ignore file does not accept, 2 on bad input (said in one line)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from . import BadBase, collect, formats, rules
from .ignore import IgnoreError

USAGE = "usage: make diff BASE=<git ref>   (e.g. BASE=main, BASE=HEAD~1; RULES=1 lists the rules)"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(f"diff: {message}; {USAGE}", file=sys.stderr)
        sys.exit(2)


def parser() -> Parser:
    p = Parser(prog="python -m tools.apidiff", add_help=True)
    p.add_argument("base", nargs="?", default="", help="the git ref to compare the tree with")
    p.add_argument("--rules", action="store_true", help="print the rule table and exit")
    p.add_argument("--format", choices=sorted(formats.FORMATS), default="text")
    p.add_argument("--markdown", type=Path, help="also write the Markdown report here")
    p.add_argument("--json", type=Path, help="also write the JSON report here")
    p.add_argument("--ignore", type=Path, help="the ignore file (default: apidiff-ignore.yaml)")
    return p


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if args.rules:
        print(rules.text())
        return 0
    if not args.base.strip():
        print(USAGE, file=sys.stderr)
        return 2
    try:
        report = collect(args.base, args.ignore)
    except (BadBase, IgnoreError) as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    for path, write in ((args.markdown, formats.markdown), (args.json, formats.json_text)):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(write(report) + "\n", encoding="utf-8")
    print(formats.FORMATS[args.format](report))
    return 1 if report.breaking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
