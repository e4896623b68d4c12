"""What `make learn` writes: the report for people, the Overlay for pipelines, and (APPLY=1) the
edits of the sources under openapi/, each in the file that defines the node."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedSeq

from learn.differences import KINDS, Difference, Findings
from learn.places import jsonpath
from learn.proposals import DISAGREES, Edit
from learn.sanitize import Sanitizer

EXCERPT_CHARS = 600


def overlay(edits: list[Edit]) -> dict[str, Any]:
    """An OpenAPI Overlay 1.0.0 document whose actions make the same edits on the bundle: a key
    that exists is removed, then set by an update of its parent (an update merges, and would
    append to a list rather than replace it)."""
    actions: list[dict[str, Any]] = []
    for edit in edits:
        kinds = sorted({d.kind for d in edit.because})
        description = f"{', '.join(kinds)}: {edit.because[0].operation.label}"
        if edit.existed:
            actions.append({"target": jsonpath((*edit.place.bundle, edit.key)), "remove": True})
        actions.append(
            {
                "target": jsonpath(edit.place.bundle),
                "description": description,
                "update": {edit.key: edit.bundle_value},
            }
        )
    return {
        "overlay": "1.0.0",
        "info": {"title": "Learned from recorded traffic (make learn)", "version": "1.0.0"},
        "extends": "openapi/bundled/ippanel.yaml",
        "actions": actions,
    }


def round_trip() -> YAML:
    """ruamel.yaml set to the spec's style: two-space maps, lists indented under their key,
    long lines left as they are."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def apply(edits: list[Edit]) -> list[Path]:
    """The edits made in the sources; the files changed."""
    by_file: dict[Path, list[Edit]] = defaultdict(list)
    for edit in edits:
        by_file[edit.place.file].append(edit)
    yaml = round_trip()
    for path, file_edits in by_file.items():
        document = yaml.load(path.read_text(encoding="utf-8"))
        for edit in file_edits:
            node = document
            for key in edit.place.source:
                node = node[int(key)] if isinstance(node, list) else node[key]
            node[edit.key] = styled(node.get(edit.key), edit.source_value)
        out = io.StringIO()
        yaml.dump(document, out)
        path.write_text(out.getvalue(), encoding="utf-8")
    return sorted(by_file)


def styled(was: Any, value: Any) -> Any:
    """`value` in the file's style: a list of scalars in flow style, like `[integer, string]`; a
    list that was there already keeps its style and the quoting of the items it keeps."""
    if isinstance(value, dict):
        return {k: styled(None, v) for k, v in value.items()}
    if not isinstance(value, list):
        return value
    items = [next((old for old in was if old == new), new) for new in value] if was else value
    seq = CommentedSeq([styled(None, v) if isinstance(v, (dict, list)) else v for v in items])
    if isinstance(was, CommentedSeq) and not was.fa.flow_style():
        seq.fa.set_block_style()
    elif (
        isinstance(was, CommentedSeq)
        or all(not isinstance(v, (dict, list)) for v in value)
        and len(str(value)) < 60
    ):
        seq.fa.set_flow_style()
    return seq


def excerpt(sanitizer: Sanitizer, body: Any) -> str:
    text = (
        json.dumps(sanitizer.value(body), ensure_ascii=False)
        if not isinstance(body, str)
        else sanitizer.text(body)
    )
    return text if len(text) <= EXCERPT_CHARS else text[:EXCERPT_CHARS] + " …"


def report(
    findings: Findings, edits: list[Edit], sanitizer: Sanitizer, repo: Path, applied: bool
) -> str:
    yaml = round_trip()
    by_operation: dict[str, list[Difference]] = defaultdict(list)
    for d in findings.differences.values():
        by_operation[d.operation.label].append(d)
    proposals: dict[int, list[Edit]] = defaultdict(list)
    for edit in edits:
        for d in edit.because:
            proposals[id(d)].append(edit)
    lines = [
        "# What the recorded traffic says that the spec does not",
        "",
        f"{findings.exchanges} exchanges read, {len(findings.operations)} operations matched; "
        f"{len(findings.differences)} differences in {len(by_operation)} operations.",
        "",
        "Each difference is listed with how often it was seen, an excerpt of an answer (scrubbed "
        "of personal data and secrets) and the change proposed. Marked **decide** where the "
        f"server contradicts the documentation: {DISAGREES}. A 5xx and the keywords no rule "
        "learns (pattern, format, ...) are reported, never learned.",
        "",
    ]
    for label in sorted(by_operation):
        lines += [f"## {label}", ""]
        for d in sorted(by_operation[label], key=lambda d: (KINDS.index(d.kind), d.where)):
            decide = " **decide**" if d.kind in ("type", "required") else ""
            lines.append(f"### {d.kind}: `{sanitizer.text(d.where)}` ({d.count}×){decide}")
            lines.append("")
            if d.bodies:
                lines += ["Seen:", "", "```json", excerpt(sanitizer, d.bodies[0]), "```", ""]
            for edit in proposals.get(id(d), []):
                where = edit.place.file.relative_to(repo)
                pointer = "/".join(edit.place.source)
                out = io.StringIO()
                yaml.dump({edit.key: edit.source_value}, out)
                lines += [
                    f"Proposed{' (applied)' if applied else ''}: in `{where}`, at `/{pointer}`:",
                    "",
                    "```yaml",
                    out.getvalue().rstrip(),
                    "```",
                    "",
                ]
            if d.place is None:
                lines += ["Not learned: for a person to look into.", ""]
    if findings.unmatched:
        lines += ["## Requests that match no operation (not learned from)", ""]
        lines += [
            f"- `{sanitizer.text(where)}` ({n}×)" for where, n in sorted(findings.unmatched.items())
        ]
        lines.append("")
    return "\n".join(lines)
