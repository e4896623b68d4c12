"""`make generate`'s Python client: the custom templates belong to the pinned generator, and the
generator needs the pinned ruff. (That the committed client is what it makes is `make test`'s
first step, tools/fresh.py, tested in tests/fresh.)"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
from pathlib import Path

from tests.client.generation import BIN, BUNDLE, REPO, run

TEMPLATES = REPO / "generator" / "templates"


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
