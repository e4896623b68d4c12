"""The rule table of `make diff`: rules.txt, one rule a line, is the one place that says which
rules exist, their ids, levels, what they look at and what they mean. The comparisons name a
rule by its id, or (the schema comparison, which runs the same way at every place) by the check
it saw at a side and subject: `rules().at("request", "property", "max-length-decreased")`. A
check with no rule at that place is not a change anyone needs to hear about there (a response
that promises a shorter string breaks nobody).

`python -m tools.apidiff --rules` (`make diff RULES=1`) prints the table; `markdown()` is the
list in docs/reference/diff-rules.md, which a test keeps equal to it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .report import BREAKING, INFO, WARNING, Level

TABLE = Path(__file__).with_name("rules.txt")
LEVELS: dict[str, Level] = {"breaking": BREAKING, "warning": WARNING, "info": INFO}
SIDES = ("request", "response", "-")
SUBJECTS = (
    "body",
    "property",
    "parameter",
    "header",
    "operation",
    "security",
    "component",
    "python",
    "typescript",
)
# The classes in the order the table is printed.
CLASSES = (
    "existence",
    "requiredness",
    "type",
    "nullability",
    "values",
    "constraints",
    "default",
    "access",
    "composition",
    "serialization",
    "lifecycle",
    "security",
    "refactor",
    "client",
)
OASDIFF_LEVELS = ("ERR", "WARN", "INFO")
COLUMNS = 8


class TableError(ValueError):
    """rules.txt does not parse: a bad level, side, subject or class, a repeated id or check."""


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    side: str  # request, response, or "-" for neither
    subject: str
    group: str  # its class, one of CLASSES
    checks: tuple[str, ...]  # what the schema comparison calls it; () where code names the id
    oasdiff: str | None  # oasdiff's level for the same id; None where the id is the kit's own
    description: str

    @property
    def looks_at(self) -> str:
        return self.subject if self.side == "-" else f"{self.side} {self.subject}"


def parse(text: str) -> list[Rule]:
    found: list[Rule] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = re.split(r" {2,}", line.strip(), maxsplit=COLUMNS - 1)
        if len(cells) != COLUMNS:
            raise TableError(f"{TABLE.name}:{number}: {len(cells)} columns, not {COLUMNS}")
        rule_id, level, side, subject, group, checks, oasdiff, description = cells
        for value, allowed, what in (
            (level, LEVELS, "level"),
            (side, SIDES, "side"),
            (subject, SUBJECTS, "subject"),
            (group, CLASSES, "class"),
            (oasdiff, (*OASDIFF_LEVELS, "-"), "oasdiff level"),
        ):
            if value not in allowed:
                raise TableError(f"{TABLE.name}:{number}: {rule_id}: unknown {what} {value!r}")
        found.append(
            Rule(
                rule_id,
                LEVELS[level],
                side,
                subject,
                group,
                () if checks == "-" else tuple(checks.split(",")),
                None if oasdiff == "-" else oasdiff,
                description,
            )
        )
    return found


class Rules:
    def __init__(self, table: list[Rule]) -> None:
        repeated = [i for i, n in Counter(r.id for r in table).items() if n > 1]
        if repeated:
            raise TableError(f"{TABLE.name}: ids listed twice: {', '.join(repeated)}")
        self.all = table
        self.by_id = {r.id: r for r in table}
        self.by_check: dict[tuple[str, str, str], Rule] = {}
        for rule in table:
            for check in rule.checks:
                key = (rule.side, rule.subject, check)
                if key in self.by_check:
                    raise TableError(f"{TABLE.name}: {key} names two rules")
                self.by_check[key] = rule

    def __getitem__(self, rule_id: str) -> Rule:
        try:
            return self.by_id[rule_id]
        except KeyError:
            raise KeyError(f"no rule {rule_id!r} in {TABLE.name}") from None

    def at(self, side: str, subject: str, check: str) -> Rule | None:
        return self.by_check.get((side, subject, check))


@cache
def rules() -> Rules:
    return Rules(parse(TABLE.read_text(encoding="utf-8")))


def grouped() -> list[tuple[str, list[Rule]]]:
    table = rules().all
    return [(g, [r for r in table if r.group == g]) for g in CLASSES]


def text() -> str:
    """The table as `--rules` prints it: by class, one rule a line."""
    out = [f"{len(rules().all)} rules; oasdiff's level in brackets where the id is oasdiff's"]
    width = max(len(r.id) for r in rules().all)
    for group, listed in grouped():
        out += ["", f"== {group} ({len(listed)})"]
        for r in listed:
            theirs = f" [{r.oasdiff}]" if r.oasdiff else ""
            out.append(
                f"  {r.id:<{width}}  {r.level:<8}  {r.looks_at:<18}  {r.description}{theirs}"
            )
    return "\n".join(out)


def markdown() -> str:
    """The table as docs/reference/diff-rules.md lists it, between its markers."""
    out = []
    for group, listed in grouped():
        out += [
            "",
            f"## {group} ({len(listed)})",
            "",
            "| rule | level | looks at | oasdiff | what |",
            "|---|---|---|---|---|",
        ]
        for r in listed:
            out.append(
                f"| `{r.id}` | {r.level} | {r.looks_at} | {r.oasdiff or '-'} | {r.description} |"
            )
    return "\n".join(out[1:])


if __name__ == "__main__":
    print(markdown())
