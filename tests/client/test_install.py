"""`pip install ./generated/ippanel-client` gives a fresh virtualenv a working, typed package.

As a user's install does, pip builds the package in isolation and resolves its dependencies
(attrs, httpx) from the package index, so this needs the registry, as `make setup` does; they
are constrained to the kit's pins in requirements.txt, so every run tests the same versions."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from tests.client.generation import BIN, NOT_GENERATED, PACKAGE_NAME, PROJECT, REPO, run

USE = """
import sys
from ippanel_client import AuthenticatedClient
from ippanel_client.api.auth import check_token
from ippanel_client.models import TokenOwnerEnvelope

with AuthenticatedClient(base_url=sys.argv[1], token="t" * 32) as client:
    owner = check_token.sync(client=client)
assert isinstance(owner, TokenOwnerEnvelope), owner
print("ok", owner.data.user_name)
"""


def copy_of(project: Path, tmp: Path) -> Path:
    """A scratch copy to install from: setuptools writes build/ and *.egg-info next to setup.py."""
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


def pip_install(python: Path, source: Path, *options: str) -> None:
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "--no-input", "install"]
    constraints = pins(source.parent)
    installed = run([*pip, *options, "--constraint", str(constraints), str(source)])
    assert installed.returncode == 0, installed.stdout + installed.stderr


FIND = "import importlib.util, sys; print(importlib.util.find_spec(sys.argv[1]).origin)"


def missing_files(installed: Path) -> list[str]:
    """The package's files (modules and py.typed) that are not in the installed package."""

    def files(package: Path) -> set[str]:
        return {
            p.relative_to(package).as_posix()
            for p in package.rglob("*")
            if p.suffix in (".py", ".typed")
        }

    return sorted(files(PROJECT / PACKAGE_NAME) - files(installed))


def test_pip_install_gives_a_working_package(mock_url: str, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", str(venv)])
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip_install(python, copy_of(PROJECT, tmp_path))

    found = run([str(python), "-c", FIND, PACKAGE_NAME], cwd=tmp_path)
    installed = Path(found.stdout.strip()).parent
    assert installed.is_relative_to(venv), installed
    assert missing_files(installed) == []
    checked = run(
        [str(python), "-m", "pip", "check"]
    )  # the pinned attrs and httpx fit its requirements
    assert checked.returncode == 0, checked.stdout + checked.stderr
    used = run([str(python), "-c", USE, mock_url], cwd=tmp_path)
    assert used.returncode == 0, used.stderr
    assert used.stdout.strip() == "ok ippanel"


def test_a_package_that_installs_incompletely_is_caught(tmp_path: Path) -> None:
    broken = copy_of(PROJECT, tmp_path)
    setup = broken / "setup.py"
    setup.write_text(
        setup.read_text().replace("find_packages()", 'find_packages(exclude=["*.api.send"])')
    )
    target = tmp_path / "target"
    pip_install(BIN / "python", broken, "--no-deps", "--target", str(target))
    missing = missing_files(target / PACKAGE_NAME)
    assert missing and all(path.startswith("api/send/") for path in missing), missing
    assert {"api/send/__init__.py", "api/send/send_sms.py"} <= set(missing)
