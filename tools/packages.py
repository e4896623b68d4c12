"""`make packages`: both clients as a user installs them, in build/packages/.

- Python: the wheel and the sdist of generated/ippanel-client (`python -m build`, pinned);
- TypeScript: `npm pack` of generated/ippanel-client-ts after tsc has built its ESM JavaScript and
  .d.ts files; the build happens in a copy under build/, so no tracked file is written.

Both carry the spec's info.version (the generators write it); a package whose version differs
from the bundle's is refused, naming both.

    python -m tools.packages [OUT]        # OUT defaults to build/packages
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kit.spec import REPO, bundle

PYTHON_CLIENT = REPO / "generated" / "ippanel-client"
TS_CLIENT = REPO / "generated" / "ippanel-client-ts"
OUT = REPO / "build" / "packages"
TSC = REPO / "node_modules" / ".bin" / "tsc"
# Scratch copies to build from: under the repo, so that tsc finds the kit's node_modules.
WORK = REPO / "build" / "packages-work"


class PackagingError(Exception):
    """A step failed: its one-line reason."""


def _run(argv: list[str], cwd: Path = REPO) -> str:
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        raise PackagingError(f"{Path(argv[0]).name} {argv[1]} failed: {tail[0]}")
    return done.stdout


def python_packages(out: Path) -> list[Path]:
    """The wheel and sdist, built from a copy (a build leaves files beside pyproject.toml)."""
    work = WORK / "python"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(PYTHON_CLIENT, work, ignore=shutil.ignore_patterns("dist", "__pycache__"))
    _run([sys.executable, "-m", "build", "--outdir", str(out), str(work)])
    return sorted(out.glob("ippanel_client-*"))


def ts_package(out: Path) -> Path:
    """tsc in a copy under build/ (imports resolve from the kit's node_modules), then npm pack."""
    work = WORK / "ippanel-client-ts"
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(TS_CLIENT, work, ignore=shutil.ignore_patterns("dist", "node_modules"))
    _run([str(TSC), "-p", str(work)])
    # tsc emits no declarations for declaration files: schema.d.ts goes into dist/ as it is.
    for declarations in (work / "src").glob("*.d.ts"):
        shutil.copy2(declarations, work / "dist" / declarations.name)
    printed = _run(["npm", "pack", "--json", "--pack-destination", str(out)], cwd=work)
    return out / str(json.loads(printed)[0]["filename"])


def build(out: Path = OUT) -> list[Path]:
    version = str(bundle()["info"]["version"])
    ts_version = json.loads((TS_CLIENT / "package.json").read_text(encoding="utf-8"))["version"]
    if ts_version != version:
        raise PackagingError(
            f"{TS_CLIENT.name} is {ts_version}, the spec {version}: run `make generate`"
        )
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    built = [*python_packages(out), ts_package(out)]
    for path in built:
        if version not in path.name:
            raise PackagingError(f"{path.name} does not carry the spec's version {version}")
    return built


def main(argv: list[str]) -> int:
    try:
        built = build(Path(argv[0]).resolve() if argv else OUT)
    except PackagingError as error:
        print(f"packages: {error}", file=sys.stderr)
        return 1
    for path in built:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
