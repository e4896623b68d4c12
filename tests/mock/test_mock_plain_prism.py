"""Plain Prism 5.16 (`prism mock`, one process) fails the checks above: this is why
mock/handler.js exists, and proof that the checks can fail. If a test here fails after a Prism
upgrade, Prism has fixed that case and our handler's workaround for it can go."""

from collections.abc import Iterator

import httpx
import pytest

from mock.launcher import Mock
from mock.launcher import running_prism as plain_prism
from tests.mock.bad_input import KNOWN, problems_with
from tests.mock.mock_spec import AUTH

BY_NAME = {bad.name: bad for bad in KNOWN}


@pytest.fixture(scope="module")
def prism() -> Iterator[Mock]:
    with plain_prism() as started:
        yield started


@pytest.mark.parametrize("name", ["json-open-brace", "json-word", "json-nul"])
def test_plain_prism_never_answers_malformed_json(prism: Mock, name: str) -> None:
    with httpx.Client(base_url=prism.url, timeout=2) as client:
        problem = problems_with(client, BY_NAME[name])
        assert problem is not None and problem.startswith("no answer: ReadTimeout"), problem


@pytest.mark.parametrize(
    "name", ["multipart-percent-name", "multipart-semicolon-name", "non-latin1-property"]
)
def test_plain_prism_dies_on(name: str) -> None:
    with plain_prism() as prism, httpx.Client(base_url=prism.url, timeout=2) as client:
        assert problems_with(client, BY_NAME[name]) is not None
        prism.process.wait(timeout=5)
        assert not prism.alive()


def test_plain_prism_names_the_first_example_not_the_failing_field(prism: Mock) -> None:
    r = httpx.post(prism.url + "/api/acl/auth/login", json={"password": "p"}, timeout=2)
    assert r.json()["meta"]["errors"] == {"password": ["تکمیل گزینه گذرواژه الزامی است"]}


def test_plain_prism_answers_a_body_on_check_token_with_an_undocumented_415(prism: Mock) -> None:
    r = httpx.post(prism.url + "/api/acl/auth/check_token", headers=AUTH, json={}, timeout=2)
    assert r.status_code == 415
