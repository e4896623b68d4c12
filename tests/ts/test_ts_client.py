"""The TypeScript client (generated/ippanel-client-ts; `make test` first checks that it is what
`make generate` makes, tools/fresh.py): strictly typed over every operation, refusing the bodies
the API refuses, and answering every named example through the real mock under Node's test
runner."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kit.operations import by_operation_id, operations
from kit.spec import bundle
from tests.ts.harness import (
    CLIENT,
    TESTS,
    error_lines,
    node_test,
    scratch,
    tap_counts,
    tsc,
)
from tests.ts.program import cases, program

MUST_FAIL = sorted((TESTS / "must_fail").glob("*.mts"))
MARK = "// MUST-FAIL"


def write_program(where: Path, spec: dict[str, Any]) -> Path:
    path = where / "every_operation.test.mts"
    index = Path("../../..") / CLIENT.relative_to(CLIENT.parents[1]) / "src" / "index.js"
    path.write_text(program(spec, index.as_posix()))
    return path


def test_the_program_covers_every_operation() -> None:
    spec = bundle()
    assert {case.name.split("-")[0] for case in cases(spec)} == set(by_operation_id(spec))


def test_every_operation_compiles_under_strict(built_tests: list[Path]) -> None:
    # built_tests compiled them under --strict (one tsc run, type-check and emit): a type error
    # fails the fixture; here, each compiled program is there.
    assert all(path.is_file() for path in built_tests), built_tests


def first_json_request_example(spec: dict[str, Any]) -> dict[str, Any]:
    for op in operations(spec):
        body = op.operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body and body.get("examples"):
            ref = next(iter(body["examples"].values()))["$ref"]
            example: dict[str, Any] = spec["components"]["examples"][ref.split("/")[-1]]
            return example
    raise AssertionError("no JSON request example")


def test_an_example_that_breaks_the_types_fails_to_compile() -> None:
    # The check above can fail: a request example without a field its schema requires.
    spec = copy.deepcopy(bundle())
    value = first_json_request_example(spec)["value"]
    del value[next(iter(value))]
    with scratch() as where:
        result = tsc([write_program(where, spec)])
    assert result.returncode != 0
    assert "is missing in type" in result.stdout


def marked_lines(path: Path) -> set[tuple[str, int]]:
    lines = path.read_text().splitlines()
    return {(path.name, number) for number, line in enumerate(lines, 1) if MARK in line}


@pytest.fixture(scope="module")
def must_fail_errors() -> set[tuple[str, int]]:
    """One tsc run over every must-fail program: the lines it reports."""
    return error_lines(tsc(MUST_FAIL).stdout)


@pytest.mark.parametrize("path", MUST_FAIL, ids=[p.stem for p in MUST_FAIL])
def test_must_not_compile(path: Path, must_fail_errors: set[tuple[str, int]]) -> None:
    # Exactly the marked line fails: the program is otherwise valid, so the type rejects what the
    # comment says it rejects, not a typo around it.
    marked = marked_lines(path)
    assert marked, f"{path.name} marks no line with {MARK}"
    assert {e for e in must_fail_errors if e[0] == path.name} == marked


def test_a_must_fail_program_that_compiles_is_caught() -> None:
    with scratch() as where:
        fixed = where / "pattern_send_with_code.mts"
        source = (TESTS / "must_fail" / "pattern_send_without_code.mts").read_text()
        fixed.write_text(
            source.replace('sending_type: "pattern",', 'sending_type: "pattern", code: "c",')
        )
        marked, result = marked_lines(fixed), tsc([fixed])
    assert marked and error_lines(result.stdout) != marked
    assert result.returncode == 0, result.stdout


@pytest.fixture(scope="module")
def built_tests() -> Iterator[list[Path]]:
    """The every-operation program and the client-layer tests, compiled to JS."""
    with scratch() as where:
        sources = [write_program(where, bundle()), TESTS / "client_layer.test.mts"]
        out = where / "out"
        result = tsc(sources, out)
        assert result.returncode == 0, result.stdout
        (out / "package.json").write_text('{"type": "module"}')
        root = CLIENT.parents[1]
        yield [out / source.relative_to(root).with_suffix(".mjs") for source in sources]


def test_every_example_through_the_ts_client(mock_url: str, built_tests: list[Path]) -> None:
    result = node_test(built_tests[:1], {"MOCK_URL": mock_url})
    counts = tap_counts(result.stdout)
    failed = [line for line in result.stdout.splitlines() if line.startswith("not ok")]
    assert result.returncode == 0, "\n".join(failed) + result.stdout[-3000:]
    assert counts["pass"] == len(cases(bundle())) and counts["fail"] == 0


def test_a_wrong_answer_fails_the_node_run(mock_url: str, built_tests: list[Path]) -> None:
    # The comparison can fail: the same program against a mock asked for another example.
    program_js = built_tests[0]
    wrong = program_js.with_name("wrong.test.mjs")
    wrong.write_text(program_js.read_text().replace("example=ga", "example=sms", 1))
    result = node_test([wrong], {"MOCK_URL": mock_url})
    assert result.returncode != 0
    assert tap_counts(result.stdout)["fail"] == 1


def test_the_client_layer(built_tests: list[Path]) -> None:
    result = node_test(built_tests[1:], {})
    failed = [line for line in result.stdout.splitlines() if line.startswith("not ok")]
    assert result.returncode == 0, "\n".join(failed) + result.stdout[-3000:]
    assert tap_counts(result.stdout) | {"fail": 0} == tap_counts(result.stdout)
    assert tap_counts(result.stdout)["pass"] == 3
