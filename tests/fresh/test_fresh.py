"""`make test`'s first step (`make fresh`, tools/fresh.py): on a scratch copy of the kit, an
edited source without `make generate` fails it, naming the stale files and the fix, and writing
nothing but build/; `make test` runs it before any other check."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kit.spec import BUNDLE_PATH, REPO
from tools.fresh import NOT_GENERATED, differences

PYTHON_CLIENT = REPO / "generated" / "ippanel-client"
# What `make fresh` reads; .venv and node_modules are linked (their install markers stay newer
# than the copied lock files, kept with their mtimes, so make installs nothing).
# mock/documented.js is the TypeScript generator's too (the msw handlers answer by it).
COPIED = ("openapi", "kit", "tools", "generator", "generated", "mock")
FILES = ("Makefile", "redocly.yaml", "package.json", "package-lock.json", "requirements.txt")


def scratch_tree(to: Path) -> Path:
    for name in COPIED:
        shutil.copytree(REPO / name, to / name, ignore=shutil.ignore_patterns(*NOT_GENERATED))
    for name in FILES:
        shutil.copy2(REPO / name, to / name)
    for name in (".venv", "node_modules"):
        (to / name).symlink_to(REPO / name)
    return to


def git_status(tree: Path) -> str:
    subprocess.run(["git", "init", "-q", str(tree)], check=True)
    subprocess.run(["git", "-C", str(tree), "add", "-A"], check=True)
    ignore = "--untracked-files=all"
    return subprocess.run(
        ["git", "-C", str(tree), "status", "--porcelain", ignore],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_an_edited_source_without_make_generate_fails_naming_the_stale_files(
    tmp_path: Path,
) -> None:
    tree = scratch_tree(tmp_path / "tree")
    (tree / ".gitignore").write_text("/build/\n/.venv\n/node_modules\n")
    send = tree / "openapi" / "send" / "paths" / "api_send.yaml"
    send.write_text(send.read_text().replace("summary: Send SMS\n", "summary: Send an SMS\n", 1))
    # And a client edited by hand: a generated module gone, one no generator wrote.
    models = tree / "generated" / "ippanel-client" / "ippanel_client" / "models"
    (models / "gender.py").unlink()
    (models / "hand_written.py").write_text("")
    before = git_status(tree)

    done = subprocess.run(["make", "fresh"], cwd=tree, capture_output=True, text=True, timeout=300)

    assert done.returncode != 0, done.stdout + done.stderr
    message = done.stderr
    assert message.splitlines()[0].startswith("fresh: ") and "`make generate`" in message
    named = {line.strip() for line in message.splitlines()[1:]}
    assert {
        f"differs: {BUNDLE_PATH}",
        "missing: generated/ippanel-client/ippanel_client/models/gender.py",
        "not generated: generated/ippanel-client/ippanel_client/models/hand_written.py",
        # The summary is the docstring of the send module, and a comment of the TS schema.
        "differs: generated/ippanel-client/ippanel_client/api/send/send_sms.py",
        "differs: generated/ippanel-client-ts/src/schema.d.ts",
    } <= named, message
    # It wrote nothing but build/: the tree is as it was.
    assert git_status(tree) == before


def test_make_test_checks_freshness_before_anything_else() -> None:
    # make -n prints the recipes in the order make runs them, running none.
    planned = subprocess.run(
        ["make", "-n", "test"], cwd=REPO, capture_output=True, text=True, timeout=60
    ).stdout.splitlines()

    def first(step: str) -> int:
        return next(i for i, line in enumerate(planned) if step in line)

    assert first("-m tools.fresh") < first("-m tools.check") < first("bin/pytest ")


def test_a_hand_edited_client_file_is_told_apart(tmp_path: Path) -> None:
    stale = tmp_path / "ippanel-client"
    shutil.copytree(PYTHON_CLIENT, stale, ignore=shutil.ignore_patterns(*NOT_GENERATED))
    gender = stale / "ippanel_client" / "models" / "gender.py"
    gender.write_text(gender.read_text().replace("MALE = 1", "MALE = 2"))
    # What running the client leaves behind is not drift.
    (stale / "ippanel_client" / "__pycache__").mkdir(exist_ok=True)
    (stale / "ippanel_client" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"")
    assert differences(PYTHON_CLIENT, stale) == ["differs: ippanel_client/models/gender.py"]
