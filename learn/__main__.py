"""`make learn` (LEARN_FROM=<HAR file or folder>, APPLY=1): see learn/__init__.py.
The last line printed says how many differences were found in how many operations, and where the
outputs are."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from kit.spec import BUNDLE, REPO, SPEC_ROOT, load_yaml
from learn import har
from learn.differences import find
from learn.outputs import apply, overlay, report, round_trip
from learn.places import Documents
from learn.proposals import Policy
from learn.sanitize import Sanitizer, secrets_of

DEFAULT_FROM = REPO / "reports" / "contract-live"
OUT = REPO / "reports" / "learn"


class Refusal(Exception):
    """A reason not to start, said in one line."""


def recording(env: Mapping[str, str]) -> Path:
    given = env.get("LEARN_FROM", "").strip()
    source = Path(given) if given else DEFAULT_FROM
    if not given and not (source / "har.json").exists():
        raise Refusal(
            "no recording: run `make contract-live` first, or set LEARN_FROM=<HAR file or folder>"
        )
    return source if given else source / "har.json"


def main(
    env: Mapping[str, str] = os.environ,
    out: Callable[[str], None] = print,
    reports: Path = OUT,
) -> int:
    try:
        if env.get("APPLY", "") not in ("", "0", "1"):
            raise Refusal(f"APPLY must be 1 (or unset), not {env['APPLY']!r}")
        source = recording(env)
        exchanges = har.read(source)
    except (Refusal, har.BadRecording) as exc:
        print(f"learn: {exc}", file=sys.stderr)
        return 2
    sanitizer = Sanitizer()
    for e in exchanges:
        try:
            body = json.loads(e.request_body) if e.request_body else None
        except ValueError:
            body = None
        for secret in secrets_of(e.request_headers, e.query, body):
            sanitizer.learn_secret(secret)
    docs = Documents(load_yaml(BUNDLE), SPEC_ROOT)
    findings = find(docs, exchanges)
    edits = Policy(docs, sanitizer).propose(findings)
    shutil.rmtree(reports, ignore_errors=True)
    reports.mkdir(parents=True)
    applying = env.get("APPLY") == "1" and bool(edits)
    (reports / "report.md").write_text(
        report(findings, edits, sanitizer, REPO, applying), encoding="utf-8"
    )
    written = [reports / "report.md"]
    if edits:
        # ruamel.yaml writes YAML 1.2, as Overlay tools read it: "0912…" stays a string.
        with (reports / "overlay.yaml").open("w", encoding="utf-8") as f:
            round_trip().dump(overlay(edits), f)
        written.append(reports / "overlay.yaml")
    if applying:
        changed = apply(edits)
        out(f"learn: edited {', '.join(str(p.relative_to(REPO)) for p in changed)}")
        done = subprocess.run(["make", "generate"], cwd=REPO, stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            print("learn: `make generate` failed after the edits: see above", file=sys.stderr)
            return 1
    operations = {d.operation.label for d in findings.differences.values()}
    shown = ", ".join(str(p.relative_to(REPO) if p.is_relative_to(REPO) else p) for p in written)
    if not findings.differences:
        out(
            f"learn: no differences in {findings.exchanges} exchanges "
            f"({len(findings.operations)} operations); no overlay actions; report in {shown}"
        )
    else:
        out(
            f"learn: {len(findings.differences)} differences in {len(operations)} operations "
            f"({len(edits)} edits{', applied to openapi/' if applying else ''}); {shown}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
