"""The client is released as a wheel and an sdist, built from its pyproject.toml (PEP 621) as a
release would build them, and the wheel gives a fresh virtualenv a working, typed package whose
version is the spec's `info.version`.

`python -m build` runs without build isolation, on the build backend pinned in requirements.txt
(pdm-backend, in .venv), so no build runs an unpinned backend fetched at test time. pip resolves
the wheel's dependencies (attrs, httpx) from the package index, as `make setup` does, constrained
to the kit's pins in requirements.txt, so every run tests the same versions."""

from __future__ import annotations

import re
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Any

from tests.client.generation import BIN, PACKAGE_NAME, PROJECT, REPO, run
from tools.fresh import NOT_GENERATED

USE = """
import importlib.metadata, sys
from ippanel_client import AuthenticatedClient, __version__
from ippanel_client.api.auth import check_token

with AuthenticatedClient(base_url=sys.argv[1], token="t" * 32) as client:
    owner = check_token.sync_data(client=client)
print("ok", owner.user_name, __version__, importlib.metadata.version("ippanel-client"))
"""


def copy_of(project: Path, tmp: Path) -> Path:
    """A scratch copy to build from: a build leaves dist/ and caches beside pyproject.toml."""
    source = tmp / "source" / project.name
    shutil.copytree(project, source, ignore=shutil.ignore_patterns(*NOT_GENERATED))
    return source


def pins(tmp: Path) -> Path:
    """requirements.txt's pins without their hashes, as a constraints file: with a hash in a
    constraint, pip checks hashes of everything, and it cannot hash a source directory."""
    text = (REPO / "requirements.txt").read_text(encoding="utf-8")
    constraints = tmp / "constraints.txt"
    constraints.write_text("\n".join(re.findall(r"^[A-Za-z0-9][^\s\\]*==[^\s\\]+", text, re.M)))
    return constraints


def build(source: Path) -> tuple[Path, Path]:
    """`python -m build` (pinned in requirements.txt) with the pinned pdm-backend: the wheel and
    the sdist."""
    out = source.parent / "dist"
    argv = [str(BIN / "python"), "-m", "build", "--no-isolation", "--outdir", str(out), str(source)]
    built = run(argv)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist


def pip_install(python: Path, target: Path, *options: str) -> None:
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--no-input", "install"]
    constraints = pins(target.parent)
    installed = run([*pip, *options, "--constraint", str(constraints), str(target)])
    assert installed.returncode == 0, installed.stdout + installed.stderr


FIND = "import importlib.util, sys; print(importlib.util.find_spec(sys.argv[1]).origin)"


def package_files(names: list[str], prefix: str = "") -> set[str]:
    """The package's modules and py.typed among archive member names."""
    start = f"{prefix}{PACKAGE_NAME}/"
    return {
        name.removeprefix(prefix)
        for name in names
        if name.startswith(start) and name.endswith((".py", ".typed"))
    }


def expected_files() -> set[str]:
    package = PROJECT / PACKAGE_NAME
    return {
        f"{PACKAGE_NAME}/{p.relative_to(package).as_posix()}"
        for p in package.rglob("*")
        if p.suffix in (".py", ".typed")
    }


def test_the_version_is_the_specs(bundle: dict[str, Any]) -> None:
    import tomllib

    from ippanel_client import __version__

    project = tomllib.loads((PROJECT / "pyproject.toml").read_text())["project"]
    assert project["version"] == bundle["info"]["version"] == __version__
    assert not (PROJECT / "setup.py").exists()


def test_wheel_and_sdist_build_and_the_wheel_installs(
    mock_url: str, bundle: dict[str, Any], tmp_path: Path
) -> None:
    wheel, sdist = build(copy_of(PROJECT, tmp_path))
    version = bundle["info"]["version"]
    assert wheel.name == f"{PACKAGE_NAME}-{version}-py3-none-any.whl"
    assert sdist.name == f"{PACKAGE_NAME}-{version}.tar.gz"
    assert package_files(zipfile.ZipFile(wheel).namelist()) == expected_files()
    with tarfile.open(sdist) as archive:
        root = f"{PACKAGE_NAME}-{version}/"
        names = archive.getnames()
    assert package_files(names, root) == expected_files()
    assert {root + "pyproject.toml", root + "README.md"} <= set(names)

    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip_install(python, wheel)

    found = run([str(python), "-c", FIND, PACKAGE_NAME], cwd=tmp_path)
    installed = Path(found.stdout.strip()).parent
    assert installed.is_relative_to(venv), installed
    # The pinned attrs and httpx fit the package's requirements.
    checked = run([str(python), "-m", "pip", "check"])
    assert checked.returncode == 0, checked.stdout + checked.stderr
    used = run([str(python), "-c", USE, mock_url], cwd=tmp_path)
    assert used.returncode == 0, used.stderr
    assert used.stdout.split() == ["ok", "ippanel", version, version]


def test_a_wheel_that_leaves_out_modules_is_caught(tmp_path: Path) -> None:
    broken = copy_of(PROJECT, tmp_path)
    pyproject = broken / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text() + f'\n[tool.pdm.build]\nexcludes = ["{PACKAGE_NAME}/api/send"]\n'
    )
    wheel, _ = build(broken)
    missing = expected_files() - package_files(zipfile.ZipFile(wheel).namelist())
    assert missing == {f for f in expected_files() if f.startswith(f"{PACKAGE_NAME}/api/send/")}
    assert {
        f"{PACKAGE_NAME}/api/send/__init__.py",
        f"{PACKAGE_NAME}/api/send/send_sms.py",
    } <= missing
