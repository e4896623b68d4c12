"""Every curl sample of the spec (`x-codeSamples`) runs against the mock and gets its operation's
documented success, a body its schema allows. Each runs as written, with only what a reader
changes: the host (the mock's), the token (the mock's test key), `{placeholders}` (the
parameter's example) and the files it uploads (made here). One curl per sample, a few at once."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kit.operations import operations
from kit.spec import deref, validator
from tests.spec.spec_checks import BUNDLE, ROOT, load_yaml

PRODUCTION = ("https://edge.ippanel.com/v1", "https://edge.ippanel.com")
TOKEN = "mock-test-api-key"  # the mock's test key (docs/mock.md), opens every operation


@dataclass(frozen=True)
class Sample:
    method: str
    path: str
    label: str
    source: str

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.label})"


def samples(spec: dict[str, Any]) -> list[Sample]:
    return [
        Sample(op.method, op.path, sample.get("label", sample["lang"]), sample["source"])
        for op in operations(spec)
        for sample in op.operation.get("x-codeSamples", [])
    ]


def runnable(sample: Sample, spec: dict[str, Any], mock_url: str, files: Path) -> list[str]:
    """The sample's curl as arguments, pointed at the mock, with its placeholders filled."""
    source = sample.source
    for production in PRODUCTION:
        source = source.replace(production, mock_url)
    source = re.sub(r"(Authorization: )[^'\"]*", rf"\g<1>{TOKEN}", source)
    op = spec["paths"][sample.path][sample.method]
    for parameter in map(deref, op.get("parameters", [])):
        if "example" in parameter:
            source = source.replace("{" + parameter["name"] + "}", str(parameter["example"]))
    arguments = shlex.split(source.replace("\\\n", " "))
    for index, argument in enumerate(arguments):
        upload = re.fullmatch(r"([^=]+=@)(.+)", argument)
        if upload:  # a file to send: one of that name, made here
            made = files / Path(upload[2]).name
            made.write_bytes(b"recipient,message\n+989120000000,Hello\n")
            arguments[index] = upload[1] + str(made)
    return arguments


def outcome(arguments: list[str], body: Path) -> tuple[int, str]:
    """The status curl got, and curl's error if any; the body goes to `body`."""
    done = subprocess.run(
        [
            *arguments,
            "--silent",
            "--show-error",
            "--output",
            str(body),
            "--write-out",
            "%{http_code}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return int(done.stdout or 0), done.stderr.strip()


def problems(sample: Sample, spec: dict[str, Any], status: int, body: Path) -> list[str]:
    """What is wrong with the answer: not a documented success, or a body its schema rejects."""
    op = spec["paths"][sample.path][sample.method]
    response = deref(op["responses"].get(str(status), {}))
    if not 200 <= status < 300 or not response:
        return [f"{sample}: status {status}: {body.read_text(encoding='utf-8')[:300]}"]
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return []
    answer = json.loads(body.read_text(encoding="utf-8"))
    return [f"{sample}: {error.message}" for error in validator(schema).iter_errors(answer)]


def run_all(chosen: list[Sample], spec: dict[str, Any], mock_url: str, where: Path) -> list[str]:
    def one(index: int, sample: Sample) -> list[str]:
        files = where / str(index)
        files.mkdir()
        status, error = outcome(runnable(sample, spec, mock_url, files), files / "answer")
        if error:
            return [f"{sample}: curl: {error}"]
        return problems(sample, spec, status, files / "answer")

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = pool.map(one, range(len(chosen)), chosen)
    return [problem for listed in found for problem in listed]


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    return load_yaml(ROOT / BUNDLE)


def test_every_operation_has_a_sample(bundled: dict[str, Any]) -> None:
    ops = {(op.path, op.method) for op in operations(bundled)}
    assert {(s.path, s.method) for s in samples(bundled)} == ops


def test_every_sample_gets_its_documented_success(
    bundled: dict[str, Any], mock_url: str, tmp_path: Path
) -> None:
    every = samples(bundled)
    assert len(every) >= len(bundled["paths"])
    found = run_all(every, bundled, mock_url, tmp_path)
    assert found == [], "\n".join(found)


def test_a_broken_sample_is_caught(bundled: dict[str, Any], mock_url: str, tmp_path: Path) -> None:
    by_url = "/api/send/webservice"
    broken = [
        # The URL send as the documentation writes it: `+` unencoded in a query (a space).
        Sample(
            "get",
            by_url,
            "unencoded",
            "curl 'https://edge.ippanel.com/v1/api/send/webservice?from=+983000505"
            "&message=Hello&to=+989120000000&apikey=key'",
        ),
        # A JSON body without the Content-Type that says so: curl sends it as a form.
        Sample(
            "post",
            "/api/phonebooks/options",
            "no type",
            "curl 'https://edge.ippanel.com/v1/api/phonebooks/options' \\\n"
            '--header \'Authorization: API TOKEN\' --data \'{"type": "int", "title": "t"}\'',
        ),
    ]
    found = run_all(broken, bundled, mock_url, tmp_path)
    assert len(found) == 2, found
    assert found[0].startswith(f"GET {by_url} (unencoded): status 422"), found
    assert found[1].startswith("POST /api/phonebooks/options (no type): status 422"), found
