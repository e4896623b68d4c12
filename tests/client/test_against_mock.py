"""Every operation, and every named example of every response picked with `Prefer`, called
through the generated client against the project's mock; the parsed result must hold exactly the
example's values, each in a typed field."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from ippanel_client import AuthenticatedClient, Client
from ippanel_client.models import AuthTokenEnvelope, LoginMethod, LoginRequest, SendResultEnvelope

from tests.client.spec_examples import (
    body_from_example,
    load_bundle,
    operations,
    request_examples,
    response_examples,
    untyped_fields,
)

TOKEN = (
    "84cd3ef65b0700dea4ac7942e61df4a5"  # the documented login token: any token does for the mock
)


def client_for(
    url: str, secured: bool, prefer: str, query_credentials: tuple[str, ...] = ()
) -> AuthenticatedClient | Client:
    headers = {"Prefer": prefer}
    if query_credentials:
        # URL send: its credentials go in the query, as the client's default query parameters.
        params = dict.fromkeys(query_credentials, TOKEN)
        return AuthenticatedClient(
            base_url=url, token=TOKEN, headers=headers, httpx_args={"params": params}
        )
    if secured:
        return AuthenticatedClient(base_url=url, token=TOKEN, prefix="", headers=headers)
    return Client(base_url=url, headers=headers)


def cases(bundle: dict[str, Any]) -> list[Any]:
    found = []
    for operation in operations(bundle):
        requests = request_examples(bundle, operation)
        for response in response_examples(bundle, operation):
            # A send's response example is named after its sending type, as its request is.
            request = requests.get(response.name) or next(iter(requests.values()), None)
            name = f"{operation.operation_id}-{response.status}-{response.name}"
            found.append(pytest.param((operation, response, request), id=name))
    return found


@pytest.mark.parametrize("case", cases(load_bundle()))
def test_every_example_through_the_client(mock_url: str, case: Any) -> None:
    operation, response, request = case
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
        result = operation.module().sync_detailed(client=client, **kwargs)

    assert result.status_code == response.status, result.content.decode()
    assert isinstance(result.parsed, response.model)
    assert result.parsed.to_dict() == response.value
    assert untyped_fields(result.parsed) == []


def test_every_operation_has_a_case(bundle: dict[str, Any]) -> None:
    covered = {case.values[0][0].operation_id for case in cases(bundle)}
    assert covered == {operation.operation_id for operation in operations(bundle)}
    assert len(covered) == 77


def test_fields_are_typed(mock_url: str) -> None:
    from ippanel_client.api.auth import login
    from ippanel_client.api.send import send_sms
    from ippanel_client.models import SendPatternRequest

    with Client(base_url=mock_url, headers={"Prefer": "example=sms"}) as client:
        logged_in = login.sync(client=client, body=LoginRequest(username="u", password="p"))
    assert isinstance(logged_in, AuthTokenEnvelope)
    assert logged_in.data.method is LoginMethod.SMS
    assert logged_in.meta.status is True

    body = SendPatternRequest.from_dict(
        {
            "sending_type": "pattern",
            "from_number": "+983000505",
            "code": "c",
            "recipients": ["+989120000000"],
            "params": {},
        }
    )
    with AuthenticatedClient(
        base_url=mock_url, token=TOKEN, headers={"Prefer": "example=peerToPeer"}
    ) as client:
        sent = send_sms.sync(client=client, body=body)
    assert isinstance(sent, SendResultEnvelope)
    assert sent.data.message_outbox_ids == [1123594208, 1123594210]


def test_a_wrong_value_is_caught(mock_url: str, bundle: dict[str, Any]) -> None:
    # The comparison above fails when the client returns another example than the one asked for.
    operation = next(op for op in operations(bundle) if op.operation_id == "login")
    ga, sms = (r for r in response_examples(bundle, operation) if r.name in ("ga", "sms"))
    with client_for(mock_url, False, "example=sms") as client:
        result = operation.module().sync(
            client=client, body=LoginRequest(username="u", password="p")
        )
    assert result.to_dict() == sms.value
    assert result.to_dict() != ga.value


def test_the_token_is_sent_raw(mock_url: str) -> None:
    from ippanel_client.api.auth import check_token

    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.headers["Authorization"])

    hooks = {"event_hooks": {"request": [record]}}
    with AuthenticatedClient(base_url=mock_url, token=TOKEN, prefix="", httpx_args=hooks) as client:
        assert check_token.sync_detailed(client=client).status_code == 200
    # This client's default is raw too: upstream's default would send "Bearer <token>".
    with AuthenticatedClient(base_url=mock_url, token=TOKEN, httpx_args=hooks) as client:
        check_token.sync_detailed(client=client)
    with AuthenticatedClient(
        base_url=mock_url, token=TOKEN, prefix="Bearer", httpx_args=hooks
    ) as client:
        check_token.sync_detailed(client=client)
    assert seen == [TOKEN, TOKEN, f"Bearer {TOKEN}"]


def test_the_async_functions(mock_url: str) -> None:
    from ippanel_client.api.auth import check_token

    async def check() -> Any:
        async with AuthenticatedClient(base_url=mock_url, token=TOKEN) as client:
            return await check_token.asyncio(client=client)

    owner = asyncio.run(check())
    assert owner.data.user_name == "ippanel"


def test_export_and_contact_are_two_calls(mock_url: str, bundle: dict[str, Any]) -> None:
    # `contact-list/export` and `contact-list/{contact_id}` share a prefix (tests/mock checks the
    # mock's routing): each function reaches its own operation and parses its own answer.
    from ippanel_client.api.phonebook_contacts import export_contacts, get_contact
    from ippanel_client.models import ContactEnvelope, EmptyEnvelope

    seen: list[str] = []
    hooks = {"event_hooks": {"request": [lambda request: seen.append(request.url.path)]}}
    with AuthenticatedClient(base_url=mock_url, token=TOKEN, httpx_args=hooks) as client:
        exported = export_contacts.sync(client=client)
        shown = get_contact.sync(1234, client=client)
    assert seen == [
        "/api/phonebooks/numbers/contact-list/export",
        "/api/phonebooks/numbers/contact-list/1234",
    ]
    assert isinstance(exported, EmptyEnvelope) and exported.data is None
    assert isinstance(shown, ContactEnvelope) and shown.data.id == 1234
