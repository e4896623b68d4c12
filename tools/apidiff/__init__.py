"""`make diff BASE=<git ref>`: what changed between BASE and the working tree (uncommitted
changes included; `BASE=HEAD~1` on a clean tree compares two commits) in the spec and in both
generated clients' public API; exit 1 on a breaking change the ignore file does not accept.

- rules.txt, rules.py: the rule table, the one place each rule's id, level and meaning live;
- spec.py, operation.py, parameters.py, schema.py (resolve.py: what a schema allows): the spec
  compared document, operation, parameter, then schema by schema;
- python_client.py, ts_client.py: each client's public API changes, from its generated code;
- surface.py: a client change tied to the spec change it follows from (reported once);
- ignore.py: breaking changes a team accepts (apidiff-ignore.yaml); formats.py: text, JSON,
  Markdown and GitHub annotations (locate.py: the source lines).

`collect(base)` is the report as data; `Report.changes()` the flat list a changelog groups by
`Change.kind`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from kit.spec import BUNDLE_PATH, REPO

from . import ignore, python_client, surface, ts_client
from .report import Change, Report
from .spec import renamed_components, spec_changes

__all__ = ["BadBase", "Change", "Report", "collect", "spec_changes"]


class BadBase(ValueError):
    """BASE is not a commit of this repository, or has no bundled spec."""


def collect(base: str, ignore_file: Path | None = None) -> Report:
    """The report from BASE to the working tree; `ignore_file` (by default the repository's
    apidiff-ignore.yaml, if any) marks accepted changes. Raises BadBase, ignore.IgnoreError."""
    entries = ignore.load(ignore_file or ignore.DEFAULT, required=ignore_file is not None)
    known = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"],
        cwd=REPO,
        capture_output=True,
        check=False,
    )
    if known.returncode != 0:
        raise BadBase(f"{base} is not a git ref of this repository")
    old_source = ts_client.show(base, BUNDLE_PATH.as_posix())
    if old_source is None:
        raise BadBase(f"{base} has no {BUNDLE_PATH}")
    old = yaml.load(old_source, Loader=yaml.CSafeLoader)
    new = yaml.load((REPO / BUNDLE_PATH).read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    spec = spec_changes(old, new)
    renames = renamed_components(old, new)
    ts_old, ts_new = ts_client.surfaces(base)
    clients = {
        python_client.TITLE: surface.tie(python_client.changes(base, renames), spec),
        ts_client.TITLE: surface.tie(
            surface.compare(ts_old, ts_new, ts_client.names, renames), spec
        ),
    }
    file = (ignore_file or ignore.DEFAULT).resolve()
    shown = str(file.relative_to(REPO)) if file.is_relative_to(REPO) else str(file)
    return ignore.apply(Report(base, spec, clients), entries, shown)
