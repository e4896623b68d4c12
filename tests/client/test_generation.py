"""`make generate`: the committed client is exactly what the generator makes of the bundle, every
run makes the same files, and the custom templates belong to the pinned generator."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
from pathlib import Path

from tests.client.generation import (
    BIN,
    BUNDLE,
    NOT_GENERATED,
    PROJECT,
    REPO,
    differences,
    generate,
    run,
)

TEMPLATES = REPO / "generator" / "templates"


def test_committed_client_is_what_make_generate_produces(fresh_client: Path) -> None:
    stale = differences(fresh_client, PROJECT)
    message = "generated/ippanel-client is stale: run `make generate` and commit it"
    assert stale == [], message + "\n" + "\n".join(stale)


def test_a_stale_client_is_detected(fresh_client: Path, tmp_path: Path) -> None:
    stale = tmp_path / "ippanel-client"
    shutil.copytree(PROJECT, stale, ignore=shutil.ignore_patterns(*NOT_GENERATED))
    gender = stale / "ippanel_client" / "models" / "gender.py"
    gender.write_text(gender.read_text().replace("MALE = 1", "MALE = 2"))
    (stale / "ippanel_client" / "models" / "votp_params.py").unlink()
    (stale / "ippanel_client" / "models" / "hand_written.py").write_text("")
    # What running the client leaves behind is not drift.
    (stale / "ippanel_client" / "__pycache__").mkdir(exist_ok=True)
    (stale / "ippanel_client" / "__pycache__" / "client.cpython-311.pyc").write_bytes(b"")

    assert differences(fresh_client, stale) == [
        "missing: ippanel_client/models/votp_params.py",
        "not generated: ippanel_client/models/hand_written.py",
        "differs: ippanel_client/models/gender.py",
    ]


def test_two_runs_give_identical_files(fresh_client: Path, tmp_path: Path) -> None:
    again = tmp_path / "ippanel-client"
    generate(again)
    assert differences(fresh_client, again) == []


def template_sources(templates: Path) -> dict[str, str]:
    """The generator version each custom template says it was copied from or written for."""
    sources = {}
    for template in sorted(templates.glob("*.jinja")):
        found = re.search(
            r"openapi-python-client (\d+\.\d+\.\d+)", template.read_text().split("\n", 3)[0]
        )
        sources[template.name] = found.group(1) if found else "unknown"
    return sources


def test_custom_templates_belong_to_the_pinned_generator() -> None:
    # Each template is a whole copy of upstream's with a few changes: on a generator upgrade,
    # copy the new upstream file and re-apply the changes listed at its top.
    installed = importlib.metadata.version("openapi-python-client")
    sources = template_sources(TEMPLATES)
    assert sources, "no custom templates found"
    assert sources == dict.fromkeys(sources, installed)


def test_a_template_from_another_generator_version_is_detected(tmp_path: Path) -> None:
    shutil.copytree(TEMPLATES, tmp_path, dirs_exist_ok=True)
    old = tmp_path / "client.py.jinja"
    old.write_text(
        old.read_text().replace("openapi-python-client 0.29.1", "openapi-python-client 0.28.0", 1)
    )
    assert template_sources(tmp_path)["client.py.jinja"] == "0.28.0"
    assert template_sources(tmp_path) != dict.fromkeys(template_sources(tmp_path), "0.29.1")


def test_without_ruff_on_path_the_generator_fails(tmp_path: Path) -> None:
    # Why generator/generate.sh puts .venv/bin first on PATH: the post hooks run `ruff` by name,
    # and without it the output is left unformatted (an error only with --fail-on-warning).
    result = run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(BUNDLE),
            "--config",
            str(REPO / "generator" / "config.yaml"),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "setup",
            "--output-path",
            str(tmp_path / "out"),
            "--fail-on-warning",
        ],
        env={"PATH": str(tmp_path)},  # nothing on it
    )
    assert result.returncode != 0
    assert "ruff is not in PATH" in result.stdout + result.stderr
