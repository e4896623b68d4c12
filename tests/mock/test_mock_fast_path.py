"""The fast path (mock/fast-path.js) answers exactly as Prism alone (MOCK_FAST_PATH=0) does:
status, headers but Date, body bytes, over a few hundred requests generated from the spec with
a new seed each run (MOCK_DIFF_SEED repeats one), valid and invalid. Each request goes to the
fast mock three times: before its answer is memoized, then answered from memory (a valid
request replayed, an invalid one by the compiled validation), then as a request byte for byte
like one answered from memory (replayed without its body being read); and to its reference once
(Prism alone answers the same request the same way every time). Requests go several at a time:
the order of a round does not change the answers, only how much of it is memoized."""

import json
import os
import random
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from kit.spec import BUNDLE
from mock.launcher import Mock, running_mock
from tests.mock.differential import Request, differences, operations, requests
from tests.mock.logs import logged

SEED = int(os.environ.get("MOCK_DIFF_SEED", random.randrange(1 << 30)))
NEGOTIATED = "success Responding with the requested status code"  # Prism's line per answer
COMPILED_422 = "violations of the request body (sl-violations lists them)"  # the fast path's
SENDERS = 4  # requests in flight at once: the two mocks and this client each get a core's share


@pytest.fixture(scope="module")
def reference() -> Iterator[Mock]:
    """Prism alone, the reference of every comparison here."""
    with running_mock(env={"MOCK_FAST_PATH": "0"}) as prism:
        yield prism


def compare(
    requests_: list[Request], fast: Mock, prism: Mock
) -> tuple[dict[str, list[str]], list[tuple[httpx.Response, httpx.Response]]]:
    """Each request to Prism alone once and to the fast mock three times (a round of all, then
    another, which finds them memoized, then a third, which finds them by their bytes): the
    differences by request name, and every pair compared."""
    with (
        httpx.Client(base_url=fast.url, timeout=10) as to_fast,
        httpx.Client(base_url=prism.url, timeout=10) as to_prism,
        ThreadPoolExecutor(SENDERS) as pool,
    ):
        references, first = zip(
            *pool.map(lambda r: (r.send(to_prism), r.send(to_fast)), requests_), strict=True
        )
        second = list(pool.map(lambda r: r.send(to_fast), requests_))
        third = list(pool.map(lambda r: r.send(to_fast), requests_))
    found: dict[str, list[str]] = {}
    pairs = []
    for request, reference, answers in zip(
        requests_, references, zip(first, second, third, strict=True), strict=True
    ):
        assert reference.status_code < 500, (request, reference.text)
        for answered in answers:
            pairs.append((answered, reference))
            if problems := differences(answered, reference):
                found.setdefault(request.name, []).extend(problems)
    return found, pairs


def prism_answers(mock: Mock, client: httpx.Client) -> int:
    """How many answers Prism made, once the log has caught up."""
    return logged(mock, client).count(NEGOTIATED)


def held_by_bytes(mock: Mock) -> int:
    """Stops the mock: how many answers it kept by the requests' bytes, as it says on stopping."""
    mock.stop()
    held = re.search(r"and (\d+) answers by bytes", mock.output())
    assert held, mock.output()[-2000:]
    return int(held.group(1))


def test_the_fast_path_answers_every_request_as_prism_alone_does(reference: Mock) -> None:
    generated = requests(SEED)
    assert len(generated) >= 200, len(generated)
    # At info, Prism logs a line for each answer it makes, and the fast path does not.
    with running_mock(log_level="info") as fast, httpx.Client(base_url=fast.url) as to_fast:
        found, _pairs = compare(generated, fast, reference)
        assert found == {}, f"seed {SEED}: {found}"
        assert fast.alive() and reference.alive()
        from_prism = prism_answers(fast, to_fast)
        answered_by_mock = 3 * len(generated)
        compiled_422s = logged(fast, to_fast).count(COMPILED_422)
    # Most valid requests come back in the second round, answered from memory, and many invalid
    # ones (every JSON sending type's, at least) are answered by the compiled validation.
    assert from_prism < answered_by_mock - len(generated) // 2, (from_prism, answered_by_mock)
    sending_types = len(next(op for op in operations() if op.path == "/api/send").bodies)
    assert compiled_422s >= 3 * sending_types, compiled_422s
    # The third round found the memoized ones by their bytes.
    assert held_by_bytes(fast) >= len(generated) // 4


def test_a_valid_request_is_replayed_and_an_invalid_one_compiled() -> None:
    headers = {"Authorization": "t", "Content-Type": "application/json"}
    body = {"sending_type": "votp", "message": "45852", "params": {"recipients": ["+989120000000"]}}
    send = Request("send", "POST", "/api/send", headers, json.dumps(body).encode())
    no_message = {k: v for k, v in body.items() if k != "message"}
    no_params = {k: v for k, v in body.items() if k != "params"}
    with running_mock(log_level="info") as fast, httpx.Client(base_url=fast.url) as client:
        assert send.send(client).status_code == 200
        assert send.send(client).status_code == 200
        assert prism_answers(fast, client) == 1  # the second came from memory
        for left_out, invalid in [("message", no_message)] * 2 + [("params", no_params)]:
            r = Request("invalid", "POST", "/api/send", headers, json.dumps(invalid).encode())
            answered = r.send(client)
            assert answered.status_code == 422
            assert list(answered.json()["meta"]["errors"]) == [left_out]
        # The first 422 went to Prism; the next two, one of another body, did not.
        assert prism_answers(fast, client) == 2
        assert logged(fast, client).count(COMPILED_422) == 2
        # Those answered from memory (the second send, the second and third 422) were kept by
        # their bytes, and answer again, still without Prism.
        assert send.send(client).status_code == 200
        assert list(r.send(client).json()["meta"]["errors"]) == ["params"]
        assert prism_answers(fast, client) == 2
        assert held_by_bytes(fast) == 3


def test_bodies_of_one_length_under_the_same_headers_are_told_apart_by_their_bytes() -> None:
    """Answers by bytes are found by the head (target and headers, Content-Length among them),
    then by the body: a valid send and an invalid one of the same length each keep their own."""
    headers = {"Authorization": "t", "Content-Type": "application/json"}
    valid = {
        "sending_type": "votp",
        "message": "45852",
        "params": {"recipients": ["+989120000000"]},
    }
    misspelt = {"sending_type": "votp", "massage": "45852", "params": valid["params"]}
    bodies = [json.dumps(body).encode() for body in (valid, misspelt)]
    assert len(bodies[0]) == len(bodies[1])
    send, invalid = (Request(str(i), "POST", "/api/send", headers, b) for i, b in enumerate(bodies))
    with running_mock(log_level="info") as fast, httpx.Client(base_url=fast.url) as client:
        for _ in range(3):  # to Prism, from memory (and kept by bytes), by bytes
            assert [send.send(client).status_code, invalid.send(client).status_code] == [200, 422]
        assert [r.send(client).status_code for r in (invalid, send, invalid)] == [422, 200, 422]
        assert prism_answers(fast, client) == 2
        assert held_by_bytes(fast) == 2


def test_the_comparison_fails_on_a_deliberately_altered_message(
    tmp_path: Path, reference: Mock
) -> None:
    """The same differential, against a mock whose bundle words one 422 message otherwise: every
    invalid send that names the field is reported, the compiled 422s among them."""
    required, altered = "تکمیل گزینه پیام الزامی است", "تکمیل گزینه متن پیام الزامی است"
    text = BUNDLE.read_text(encoding="utf-8")
    assert required in text
    (tmp_path / "ippanel.yaml").write_text(text.replace(required, altered), encoding="utf-8")
    send = next(op for op in operations() if op.path == "/api/send" and op.method == "POST")
    headers = {"Authorization": "t", "Content-Type": "application/json"}
    invalid = [
        Request(name, "POST", "/api/send", headers, json.dumps(without).encode())
        for name, body in send.bodies.items()
        if (without := {k: v for k, v in body.items() if k != "message"}) != body
    ]
    assert len(invalid) >= 5, send.bodies
    altered_spec = {"MOCK_SPEC": str(tmp_path / "ippanel.yaml")}
    with (
        running_mock(log_level="info", env=altered_spec) as fast,
        httpx.Client(base_url=fast.url) as client,
    ):
        found, answers = compare(invalid, fast, reference)
        compiled = logged(fast, client).count(COMPILED_422)
    assert compiled >= len(invalid)  # the second round at least
    assert sorted(found) == sorted(r.name for r in invalid)
    for answered, expected in answers:
        assert "body" in [p[:4] for p in differences(answered, expected)]
        assert answered.json()["meta"]["errors"]["message"] == [altered]
        assert expected.json()["meta"]["errors"]["message"] == [required]


def test_the_comparison_sees_a_difference_in_status_headers_or_bytes() -> None:
    def response(status: int, headers: dict[str, str], body: bytes) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=body)

    same = response(200, {"A": "1", "Date": "x"}, b"{}")
    assert differences(same, response(200, {"A": "1", "Date": "y"}, b"{}")) == []
    assert differences(same, response(201, {"A": "1"}, b"{}"))[0].startswith("status")
    assert differences(same, response(200, {"A": "2"}, b"{}"))[0].startswith("headers")
    assert differences(same, response(200, {"A": "1"}, b"[]"))[0].startswith("body")


def test_generated_requests_cover_every_operation_and_every_example() -> None:
    names = [r.name for r in requests(1)]
    for op in operations():
        mine = [n for n in names if n.startswith(f"{op.method} {op.path} ")]
        assert mine, op.path
        for examples in op.responses.values():
            for example in examples:
                assert any(re.search(rf"\bexample={example}$", n) for n in mine), example
        for example in op.bodies:
            assert f"{op.method} {op.path} body {example}" in mine
            # and made invalid
            assert any(n.startswith(f"{op.method} {op.path} body {example} without") for n in mine)
        for example in op.multipart:
            assert f"{op.method} {op.path} multipart {example}" in mine
            assert f"{op.method} {op.path} multipart {example}, files empty" in mine


@pytest.mark.parametrize("level", ["debug"])
def test_at_debug_every_request_goes_to_prism(level: str) -> None:
    with running_mock(log_level=level) as mock, httpx.Client(base_url=mock.url) as client:
        for _ in range(3):
            client.post("/api/acl/auth/check_token", headers={"Authorization": "t"})
        assert prism_answers(mock, client) == 3
