"""With IPPANEL_ALLOW_SEND=1, every request schemathesis generates for an operation that
sends SMS must come out of the hooks' rewrite as one the gateway lets through: a stop on the wire
is an error of the suite, and fails a live run. Checked without the network, on the cases the
run's phases generate (the spec's examples, coverage's boundary values, fuzzing's random positive
and negative data over several seeds), laid out as bytes by schemathesis' own serializers and
judged by the gateway's own `violations` (see safe_cases.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from schemathesis.generation import GenerationMode
from schemathesis.generation.hypothesis.examples import generate_one

from contract_tests import SPEC
from contract_tests.policy import Allowance, violations
from contract_tests.request import Request
from contract_tests.safe_cases import sending, unsafe_reasons, wire
from contract_tests.sending import sms_operations
from kit.operations import operations as spec_operations
from kit.spec import bundle
from tests.contract_tests.conftest import (
    ALLOWANCE,
    FROM_NUMBER,
    confined,
    refusals,
)

SEEDS = (1, 2, 3, 20261128, 424242)  # seed 1 once made a request the rewrite missed
EXAMPLES_PER_SEED = 10  # per operation and mode: 5 seeds x 10 x 8 = 400 random cases, ~25 s


def unconfined_reasons(allowance: Allowance, case: Any) -> list[str]:
    """What the gateway would stop in `case` as generated, without the rewrite: what the checks
    below must catch."""
    content_type, payload, query = wire(case, case.body, case.query)
    request = Request.read(case.method, case.path, query, content_type, payload)
    return violations(allowance, request, sending(case))


@pytest.fixture(scope="module")
def operations() -> list[Any]:
    schema = schemathesis.openapi.from_path(SPEC)
    # Each sending path's operations (the URL send is a GET): every method the spec has there.
    sending = set(sms_operations().values())
    return [
        schema[op.path][op.method.upper()]
        for op in sorted(spec_operations(bundle()), key=lambda op: op.path)
        if op.path in sending and op.operation.get("x-ippanel-sends-sms") is True
    ]


def fixed_cases(operations: list[Any]) -> Iterator[Any]:
    """The examples phase's cases and the coverage phase's, positive and negative."""
    for operation in operations:
        for strategy in operation.get_strategies_from_examples():
            yield generate_one(strategy)
        schema = operation.schema
        generation = schema.config.generation_for(operation=operation, phase="coverage")
        yield from schema.iter_coverage_cases(
            operation, generation_modes=list(GenerationMode), generation_config=generation
        )


def random_cases(operations: list[Any], visit: Callable[[Any], None]) -> int:
    """Feed fuzzing's cases (every seed, both modes) to `visit`; how many there were."""
    count = 0
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            for s in SEEDS:

                @seed(s)
                @settings(
                    max_examples=EXAMPLES_PER_SEED,
                    database=None,
                    deadline=None,
                    phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck),
                )
                @given(operation.as_strategy(generation_mode=mode))
                def each(case: Any) -> None:
                    nonlocal count
                    count += 1
                    visit(case)

                each()
    return count


def test_every_case_of_the_examples_and_coverage_phases_is_made_safe(operations) -> None:
    unsafe = [
        (case.operation.label, repr(case.body)[:200], reasons)
        for case in fixed_cases(operations)
        if (reasons := unsafe_reasons(ALLOWANCE, case))
    ]
    assert unsafe == []


def test_every_fuzzed_case_over_many_seeds_is_made_safe(operations) -> None:
    unsafe: list[tuple[str, str, list[str]]] = []

    def visit(case: Any) -> None:
        if reasons := unsafe_reasons(ALLOWANCE, case):
            unsafe.append((case.operation.label, repr(case.body)[:200], reasons))

    assert random_cases(operations, visit) >= len(operations) * 2 * len(SEEDS) * 5
    assert unsafe == []


def test_without_the_rewrite_the_generated_cases_would_be_stopped(operations) -> None:
    """The two tests above can fail: unconfined, the same cases reach strangers."""
    stopped = [case for case in fixed_cases(operations) if unconfined_reasons(ALLOWANCE, case)]
    assert "POST /api/send" in {case.operation.label for case in stopped}
    assert len(stopped) >= 10


def test_a_file_part_generated_as_an_object_becomes_a_safe_file() -> None:
    """Negative fuzzing once put objects in a multipart send's `files[]` (in one worker of a full
    run, where schemathesis then could not lay the part out, so the case could not be vouched
    for). A part is a file, as the spec types it (format: binary): the rewrite makes it the CSV
    of allowed numbers, whatever it was generated as (as text: schemathesis can judge text)."""
    body = {"sending_type": "file", "files[]": [{"m": {}}, ["x"], "+989351234567", b"\xff"]}
    out = confined(ALLOWANCE, body, media="multipart/form-data")
    assert out["files[]"] == [ALLOWANCE.safe_csv().decode()] * 3 + [ALLOWANCE.safe_csv()]


def test_a_generated_file_the_rewrite_keeps_goes_as_the_text_it_is(operations) -> None:
    """schemathesis judges a body a hook changed by validating it, and takes any generated file
    (its Binary) in it for invalid data: a negative case that the server rightly accepts would
    then fail the run. A harmless generated file goes as its text, the same bytes."""
    from schemathesis.transport.serialization import Binary

    from contract_tests.safe_cases import confined_body

    send = next(op for op in operations if op.path == "/api/send")
    body = {"sending_type": "file", "from_number": "+98BANK", "files[]": [Binary(b"hi")]}
    case = send.Case(body=body, media_type="multipart/form-data")
    out = confined_body(ALLOWANCE, case)
    assert out["files[]"] == ["hi"] and type(out["files[]"][0]) is str
    assert out["from_number"] == FROM_NUMBER


def test_a_target_nested_in_a_number_field_is_left_out() -> None:
    """The shape that once escaped the rewrite (seed 1, forgot_password's negative data): a
    postal-code target's key inside `mobile`. The spec declares no field in a number: refused,
    and left out by the rewrite."""
    body = {"mobile": {"x": {"y": 61056, "mci": -134043}, "z": []}, "username": False}
    assert refusals(ALLOWANCE, body, "forgotPassword") != []
    out = confined(ALLOWANCE, body, "forgotPassword")
    assert out == {"mobile": {}, "username": False}
    assert refusals(ALLOWANCE, out, "forgotPassword") == []


def test_the_sender_field_keeps_only_the_sender() -> None:
    """An allowed recipient is not an allowed sender: from_number is swapped to the sender."""
    body = {"sending_type": "normal", "from_number": [989120000001], "message": "hi"}
    assert refusals(ALLOWANCE, body) != []
    assert refusals(ALLOWANCE, confined(ALLOWANCE, body)) == []


def test_a_case_the_rewrite_cannot_make_safe_is_named(operations) -> None:
    """Without IPPANEL_TEST_PHONEBOOK_ID no phonebook send can be made safe: such a case is not
    sent (hooks.py filters it out and lists it as skipped), for the reason the gateway would
    have stopped it."""
    no_phonebook = Allowance(ALLOWANCE.recipients, ALLOWANCE.from_number)
    send = next(op for op in operations if op.path == "/api/send")
    case = send.Case(
        body={
            "sending_type": "phonebook",
            "from_number": FROM_NUMBER,
            "message": "hi",
            "params": [{"type": "all", "phonebook_ids": ["456987"]}],
        },
        media_type="application/json",
    )
    assert unsafe_reasons(no_phonebook, case) == [
        "params.0.phonebook_ids: phonebook '456987' is not IPPANEL_TEST_PHONEBOOK_ID"
    ]
    assert unsafe_reasons(ALLOWANCE, case) == []


def test_a_number_is_confined_as_a_form_field_writes_it(operations) -> None:
    """A float past 1e20 is no phone number as JSON reads it, but a form field writes its digits
    (seed 143 of the fifty runs left one such upload unsent)."""
    send = next(op for op in operations if op.path == "/api/send")
    body = {
        "sending_type": "peer_to_peer_file",
        "from_number": FROM_NUMBER,
        "files[]": [1.2345678901234567e25],
    }
    case = send.Case(body=body, media_type="multipart/form-data")
    assert unconfined_reasons(ALLOWANCE, case) != []
    assert unsafe_reasons(ALLOWANCE, case) == []


def test_unsent_requests_are_counted_per_operation_and_reason(tmp_path) -> None:
    from contract_tests.live import read_unsent

    lines = [
        {"operation": "POST /api/send", "reasons": ["a"]},
        {"operation": "POST /api/send", "reasons": ["a"]},
        {"operation": "POST /api/acl/auth/login", "reasons": ["b"]},
    ]
    path = tmp_path / "unsent.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert read_unsent(path) == [
        {"operation": "POST /api/send", "reasons": ["a"], "count": 2},
        {"operation": "POST /api/acl/auth/login", "reasons": ["b"], "count": 1},
    ]
    assert read_unsent(tmp_path / "none.jsonl") == []
