"""`make diff BASE=<git ref>`: what changed between BASE and the working tree (uncommitted
changes included; `BASE=HEAD~1` on a clean tree compares two commits) in the spec and in both
generated clients' public API; exit 1 on any breaking change.

- spec.py: the spec's rules, after oasdiff's (report.py: the `Change` each part returns);
- python_client.py, ts_client.py: each client's public API from its generated code;
- surface.py: a client's entries compared, each change tied to the spec change it follows from.

`collect(base)` is the report as data; `Report.changes()` the flat list a changelog groups by
`Change.kind`.
"""

from __future__ import annotations

import subprocess

import yaml

from kit.spec import BUNDLE_PATH, REPO

from . import python_client, surface, ts_client
from .report import Change, Report
from .spec import spec_changes

__all__ = ["BadBase", "Change", "Report", "collect", "spec_changes"]


class BadBase(ValueError):
    """BASE is not a commit of this repository, or has no bundled spec."""


def collect(base: str) -> Report:
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
    old = yaml.safe_load(old_source)
    new = yaml.safe_load((REPO / BUNDLE_PATH).read_text(encoding="utf-8"))
    spec = spec_changes(old, new)
    ts_old, ts_new = ts_client.surfaces(base)
    clients = {
        python_client.TITLE: surface.compare(
            python_client.at_ref(base), python_client.working_tree(), spec, python_client.names
        ),
        ts_client.TITLE: surface.compare(ts_old, ts_new, spec, ts_client.names),
    }
    return Report(base, spec, clients)
