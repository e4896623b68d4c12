"""`make generate`: bundle openapi/ with redocly, then generate both clients from the bundle, the
Python and the TypeScript one at once (two processes: the step takes the longer of the two, not
their sum). The command lines live here only: `make test`'s freshness check (tools/fresh.py) runs
the same steps into build/ and compares.

    python -m tools.generate          # into the tree: the bundle and generated/
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kit.spec import BUNDLE_PATH, REPO, SPEC_ROOT_PATH

PYTHON_CLIENT = Path("generated/ippanel-client")
TS_CLIENT = Path("generated/ippanel-client-ts")
TIMEOUT_S = 300


class Failed(Exception):
    """A step exited non-zero; the message is its command and what it printed."""


def bundle(out: Path) -> None:
    """The spec's sources bundled into one file, `out`, as `make bundle` does."""
    redocly = REPO / "node_modules" / ".bin" / "redocly"
    _all_at_once([[str(redocly), "bundle", str(SPEC_ROOT_PATH), "--output", str(out)]])


def clients(spec: Path, python_out: Path, ts_out: Path) -> None:
    """Both clients generated from the bundle `spec`, each into its own directory."""
    _all_at_once(
        [
            [str(REPO / "generator" / "generate.sh"), str(python_out), str(spec)],
            ["node", str(REPO / "generator" / "ts" / "generate.mjs"), str(ts_out), str(spec)],
        ]
    )


def _all_at_once(argvs: list[list[str]]) -> None:
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
        "NO_COLOR": "1",
    }
    with tempfile.TemporaryDirectory() as logs:
        started = []
        for i, argv in enumerate(argvs):
            log = open(Path(logs) / str(i), "w+")  # closed below, once read
            process = subprocess.Popen(
                argv, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env
            )
            started.append((argv, process, log))
        failures = []
        for argv, process, log in started:
            try:
                code = process.wait(timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                code = process.wait()
            log.seek(0)
            output = log.read()
            log.close()
            if code != 0:
                command = " ".join(Path(a).name if i == 0 else a for i, a in enumerate(argv))
                failures.append(f"`{command}` exited {code}:\n{output.strip()}")
    if failures:
        raise Failed("\n".join(failures))


def main() -> int:
    try:
        bundle(REPO / BUNDLE_PATH)
        clients(REPO / BUNDLE_PATH, REPO / PYTHON_CLIENT, REPO / TS_CLIENT)
    except Failed as failed:
        print(f"generate: {failed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
