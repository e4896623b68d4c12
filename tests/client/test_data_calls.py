"""The one documented way to call an operation: `sync_data` (and `asyncio_data`) returns the
success body's `data`, typed, and raises an errors.IppanelError for anything else: Unauthorized
(401), ValidationFailed (422, with the failing fields), ApiError (another documented error),
UnexpectedStatus, InvalidResponseBody. Every operation has them; every named example of the spec
goes through them against the mock."""

from __future__ import annotations

import asyncio
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from ippanel_client import AuthenticatedClient, Client, errors, models
from ippanel_client.api.auth import check_token, login
from ippanel_client.api.send import send_sms
from ippanel_client.models import LoginRequest, RecipientsParams, SendNormalRequest

from tests.client.gateway import BAD_GATEWAY_PAGE, gateway
from tests.client.generation import mypy_strict
from tests.client.spec_examples import (
    body_from_example,
    load_bundle,
    operations,
    response_examples,
)
from tests.client.test_against_mock import TOKEN, cases, client_for


def test_every_operation_returns_its_data_typed(bundle: dict[str, Any]) -> None:
    found = []
    for operation in operations(bundle):
        module = operation.module()
        envelope = typing.get_type_hints(module._ok)["return"]
        # The models annotate lazily, with names imported only for type checkers: compare names.
        data = envelope.__annotations__["data"]
        for call in (module.sync_data, module.asyncio_data):
            assert name_of(typing.get_type_hints(call)["return"]) == data, operation.operation_id
        found.append(operation.operation_id)
    assert len(found) == len(operations(bundle)) > 0


def name_of(hint: Any) -> str:
    """A resolved type hint as the models spell it: `AuthToken`, `list[Thing]`, `None`,
    `Literal[True]`, `Thing | None`."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is type(None):
        return "None"
    if origin is list:
        return f"list[{name_of(args[0])}]"
    if origin is typing.Literal:
        return f"Literal[{', '.join(repr(a) for a in args)}]"
    if origin in (typing.Union, types.UnionType):
        return " | ".join(name_of(a) for a in args)
    return str(hint.__name__)


EXCEPTIONS = {401: errors.Unauthorized, 422: errors.ValidationFailed}


@pytest.mark.parametrize("case", cases(load_bundle()))
def test_every_example_through_sync_data(mock_url: str, case: Any) -> None:
    # test_against_mock's cases: an operation, a response example and its request example first.
    operation, response, request, *_ = case
    client = client_for(
        mock_url,
        operation.secured,
        f"code={response.status}, example={response.name}",
        operation.query_credentials,
    )
    kwargs = operation.required_parameters()
    if request is not None:
        kwargs["body"] = body_from_example(operation, request)
    with client:
        if response.status == 200:
            data = operation.module().sync_data(client=client, **kwargs)
            assert as_json(data) == response.value["data"]
            return
        with pytest.raises(errors.ApiError) as raised:
            operation.module().sync_data(client=client, **kwargs)
    error = raised.value
    assert type(error) is EXCEPTIONS.get(response.status, errors.ApiError)
    assert error.status_code == response.status
    assert error.envelope.to_dict() == response.value
    assert error.message_code == response.value["meta"]["message_code"]
    if isinstance(error, errors.ValidationFailed):
        assert error.fields == response.value["meta"]["errors"]
        if error.fields:
            assert str(error.fields) in str(error)


def as_json(data: Any) -> Any:
    if isinstance(data, list):
        return [as_json(item) for item in data]
    return data.to_dict() if hasattr(data, "to_dict") else data


def test_asyncio_data(mock_url: str) -> None:
    async def calls() -> tuple[Any, errors.ApiError]:
        async with AuthenticatedClient(base_url=mock_url, token=TOKEN) as client:
            owner = await check_token.asyncio_data(client=client)
        async with AuthenticatedClient(base_url=mock_url, token="") as client:
            try:
                await check_token.asyncio_data(client=client)
            except errors.ApiError as error:
                return owner, error
        raise AssertionError("no error")

    owner, error = asyncio.run(calls())
    assert isinstance(owner, models.TokenOwner) and owner.user_name == "ippanel"
    assert isinstance(error, errors.Unauthorized)


def test_a_422_names_the_failing_field(mock_url: str) -> None:
    empty = SendNormalRequest(
        sending_type="normal",
        from_number="+983000505",
        message="",
        params=RecipientsParams(recipients=["+989120000000"]),
    )
    with AuthenticatedClient(base_url=mock_url, token=TOKEN) as client:
        with pytest.raises(errors.ValidationFailed) as raised:
            send_sms.sync_data(client=client, body=empty)
    assert list(raised.value.fields) == ["message"]
    assert raised.value.status_code == 422


def test_the_wrong_example_is_caught(mock_url: str, bundle: dict[str, Any]) -> None:
    # The comparisons above fail when sync_data returns another example's data.
    with Client(base_url=mock_url, headers={"Prefer": "example=sms"}) as client:
        token = login.sync_data(client=client, body=LoginRequest(username="u", password="p"))
    operation = next(op for op in operations(bundle) if op.operation_id == "login")
    values = {e.name: e.value["data"] for e in response_examples(bundle, operation)}
    assert token.to_dict() == values["sms"] != values["ga"]


def test_the_status_picks_the_exception() -> None:
    envelope = models.ErrorEnvelope.from_dict(
        {"data": None, "meta": {"status": False, "message": "m", "message_code": "400-9"}}
    )
    kinds = {s: type(errors.api_error(s, b"", envelope)) for s in (401, 403, 404, 422)}
    assert kinds == {
        401: errors.Unauthorized,
        403: errors.ApiError,
        404: errors.ApiError,
        422: errors.ValidationFailed,
    }
    assert errors.ValidationFailed(422, b"", envelope).fields == {}
    for kind in (errors.ApiError, errors.UnexpectedResponse):
        assert issubclass(kind, errors.IppanelError)


def test_an_undocumented_status_raises_even_when_told_to_return_none() -> None:
    body = LoginRequest(username="u", password="p")
    with gateway(502, BAD_GATEWAY_PAGE, "text/html") as url:
        with Client(base_url=url, raise_on_unexpected_status=False) as client:
            assert login.sync_detailed(client=client, body=body).parsed is None
            with pytest.raises(errors.UnexpectedStatus) as raised:
                login.sync_data(client=client, body=body)
    assert raised.value.status_code == 502


def test_a_documented_status_with_another_body_raises() -> None:
    with gateway(401, BAD_GATEWAY_PAGE, "text/html") as url, Client(base_url=url) as client:
        with pytest.raises(errors.InvalidResponseBody):
            login.sync_data(client=client, body=LoginRequest(username="u", password="p"))


CALLER = """
from ippanel_client import AuthenticatedClient, Client, errors
from ippanel_client.api.auth import check_token, login
from ippanel_client.api.send import send_sms
from ippanel_client.models import AuthToken, LoginRequest, SendNormalRequest, TokenOwner

def run(client: Client, authenticated: AuthenticatedClient, body: SendNormalRequest) -> None:
    token: AuthToken = login.sync_data(client=client, body=LoginRequest(username="u", password="p"))
    owner: TokenOwner = check_token.sync_data(client=authenticated)
    ids: list[int] = send_sms.sync_data(client=authenticated, body=body).message_outbox_ids
    try:
        send_sms.sync_data(client=authenticated, body=body)
    except errors.ValidationFailed as error:
        fields: dict[str, list[str]] = error.fields
        code: str = error.message_code
"""


def test_the_data_calls_type_check(mypy_cache: Path, tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(CALLER)
    assert mypy_strict([str(caller)], mypy_cache, cwd=tmp_path) == []
    caller.write_text(CALLER.replace("owner: TokenOwner", "owner: AuthToken"))
    errors_found = mypy_strict([str(caller)], mypy_cache, cwd=tmp_path)
    assert any(
        'Incompatible types in assignment (expression has type "TokenOwner", variable has type '
        '"AuthToken")' in e
        for e in errors_found
    ), errors_found
