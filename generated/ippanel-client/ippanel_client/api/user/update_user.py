from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_envelope import EmptyEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.update_user_request import UpdateUserRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/user/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = EmptyEnvelope.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if response.status_code == 401:
        try:
            response_401 = ErrorEnvelope.from_dict(response.json())

            return response_401

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if response.status_code == 422:
        try:
            response_422 = ErrorEnvelope.from_dict(response.json())

            return response_422

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise errors.InvalidResponseBody(response.status_code, response.content, error) from error
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Update a user

     Changes the fields sent of the user `user_id`; the rest stay as they are. A name that came
    from the civil registry cannot be changed. The docs' table calls the name `name_family`
    (as create does) while their example sends `name`: the schema lists both.

    Resellers only. Changes the account's data (another update can set the fields back, but a
    password cannot be read back).

    Args:
        body (UpdateUserRequest): The user to change (`user_id`) and the fields to change; the
            rest are left as they are. A
            name that came from the civil registry cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Update a user

     Changes the fields sent of the user `user_id`; the rest stay as they are. A name that came
    from the civil registry cannot be changed. The docs' table calls the name `name_family`
    (as create does) while their example sends `name`: the schema lists both.

    Resellers only. Changes the account's data (another update can set the fields back, but a
    password cannot be read back).

    Args:
        body (UpdateUserRequest): The user to change (`user_id`) and the fields to change; the
            rest are left as they are. A
            name that came from the civil registry cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Response[EmptyEnvelope | ErrorEnvelope]:
    """Update a user

     Changes the fields sent of the user `user_id`; the rest stay as they are. A name that came
    from the civil registry cannot be changed. The docs' table calls the name `name_family`
    (as create does) while their example sends `name`: the schema lists both.

    Resellers only. Changes the account's data (another update can set the fields back, but a
    password cannot be read back).

    Args:
        body (UpdateUserRequest): The user to change (`user_id`) and the fields to change; the
            rest are left as they are. A
            name that came from the civil registry cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> EmptyEnvelope | ErrorEnvelope | None:
    """Update a user

     Changes the fields sent of the user `user_id`; the rest stay as they are. A name that came
    from the civil registry cannot be changed. The docs' table calls the name `name_family`
    (as create does) while their example sends `name`: the schema lists both.

    Resellers only. Changes the account's data (another update can set the fields back, but a
    password cannot be read back).

    Args:
        body (UpdateUserRequest): The user to change (`user_id`) and the fields to change; the
            rest are left as they are. A
            name that came from the civil registry cannot be changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[EmptyEnvelope | ErrorEnvelope]) -> EmptyEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, EmptyEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> None:
    """Update a user

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. update_user is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            client=client,
            body=body,
        )
    ).data


async def asyncio_data(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> None:
    """Update a user

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. update_user is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).data
