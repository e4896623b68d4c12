"""The report written out: text for a terminal, JSON (what `make changelog --report` and
`Report.from_json` read), Markdown for a pull-request comment, and GitHub Actions workflow
commands that annotate the spec's source lines (locate.py finds them)."""

from __future__ import annotations

import json
from collections.abc import Callable

from .locate import source
from .report import BREAKING, SPEC_TITLE, WARNING, Change, Report


def verdict(report: Report) -> str:
    accepted = sum(c.accepted is not None and c.level == BREAKING for c in report.changes())
    said = "BREAKING changes" if report.breaking else "no breaking change"
    return f"{said}{f' ({accepted} accepted)' if accepted else ''} since {report.base}"


def count(changes: list[Change]) -> str:
    return f"{len(changes) or 'no'} change{'s' * (len(changes) != 1)}"


def text(report: Report) -> str:
    out = []
    for title, changes in report.sections().items():
        out.append(f"== {title}: {count(changes)} since {report.base}")
        for i, c in enumerate(changes, 1):
            accepted = f"  (accepted: {c.accepted})" if c.accepted is not None else ""
            if title == SPEC_TITLE:
                out.append(f"  {i:>3}. {c.level:<8}  [{c.rule}]  {c.line()}{accepted}")
            elif c.follows is not None:
                out.append(f"       follows from spec change {c.follows}: {c.line()}")
            else:
                out.append(f"       {c.level:<8}  [{c.rule}]  {c.line()}{accepted}")
    for s in report.stale:
        out.append(
            f"== stale: {s.file}:{s.line} accepts {s.rule} in {s.operation}: nothing matches"
        )
    out.append(f"diff: {verdict(report)}")
    return "\n".join(out)


def json_text(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False)


def cell(value: str) -> str:
    """A Markdown table cell: code, its pipes escaped (GitHub reads `\\|` in code too)."""
    return f"`{value.replace('|', chr(92) + '|')}`" if value else ""


def markdown(report: Report) -> str:
    out = [f"### API diff: {verdict(report)}"]
    for title, changes in report.sections().items():
        out += ["", f"**{title}**: {count(changes)}"]
        if not changes:
            continue
        out += [
            "",
            "| # | level | rule | operation | where | before | after | note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for i, c in enumerate(changes, 1):
            level = f"**{c.level}**" if c.blocking else c.level
            note = f"accepted: {c.accepted}" if c.accepted is not None else c.message
            if c.follows is not None:
                level, note = f"follows {c.follows}", c.message
            row = [str(i), level, cell(c.rule), cell(c.operation), cell(c.path)]
            row += [cell(c.before), cell(c.after), note.replace("|", "\\|")]
            out.append("| " + " | ".join(row) + " |")
    if report.stale:
        out += ["", "**Stale ignore entries** (they match nothing; remove them):", ""]
        out += [f"- `{s.file}:{s.line}`: `{s.rule}` in `{s.operation}`" for s in report.stale]
    return "\n".join(out)


def escape(value: str, property: bool = False) -> str:
    """A workflow command's data (or property) escaped as GitHub's runner reads it."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property else value


def github(report: Report, locate: Callable[[Change], tuple[str, int]] = source) -> str:
    """The text report, then one annotation per breaking change and warning: an error on the
    spec source line of each one not accepted, a notice for an accepted one, a warning for a
    warning; a client change no spec change explains has no source line; stale ignore entries
    get a warning on their line."""
    out = [text(report)]
    spec = [(c, True) for c in report.spec]
    clients = [(c, False) for cs in report.clients.values() for c in cs]
    for c, in_spec in spec + clients:
        if c.follows is not None or c.level not in (BREAKING, WARNING):
            continue
        command = "error" if c.blocking else "notice" if c.accepted is not None else "warning"
        where = ""
        if in_spec:
            file, line = locate(c)
            where = f"file={escape(file, True)},line={line},"
        title = escape(f"{c.level} {c.rule}", True)
        note = f" (accepted: {c.accepted})" if c.accepted is not None else ""
        out.append(f"::{command} {where}title={title}::{escape(c.line() + note)}")
    for s in report.stale:
        where = f"file={escape(s.file, True)},line={s.line}"
        message = f"stale ignore entry: {s.rule} in {s.operation} matches nothing; remove it"
        out.append(f"::warning {where},title=stale ignore entry::{escape(message)}")
    return "\n".join(out)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": text,
    "json": json_text,
    "markdown": markdown,
    "github": github,
}
