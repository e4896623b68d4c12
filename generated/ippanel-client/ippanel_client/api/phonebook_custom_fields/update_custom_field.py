from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_updated_envelope import CustomFieldUpdatedEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.update_custom_field_request import UpdateCustomFieldRequest
from ...types import Response


def _get_kwargs(
    option_id: int,
    *,
    body: UpdateCustomFieldRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/phonebooks/options/{option_id}".format(
            option_id=quote(str(option_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldUpdatedEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        try:
            response_200 = CustomFieldUpdatedEnvelope.from_dict(response.json())

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
) -> Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]:
    """Rename a custom field

     Gives a custom field a new title. The answer's `data` is `true`.

    Args:
        option_id (int):
        body (UpdateCustomFieldRequest): A custom field's new title; its type cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        option_id=option_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> CustomFieldUpdatedEnvelope | ErrorEnvelope | None:
    """Rename a custom field

     Gives a custom field a new title. The answer's `data` is `true`.

    Args:
        option_id (int):
        body (UpdateCustomFieldRequest): A custom field's new title; its type cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldUpdatedEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        option_id=option_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]:
    """Rename a custom field

     Gives a custom field a new title. The answer's `data` is `true`.

    Args:
        option_id (int):
        body (UpdateCustomFieldRequest): A custom field's new title; its type cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        option_id=option_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> CustomFieldUpdatedEnvelope | ErrorEnvelope | None:
    """Rename a custom field

     Gives a custom field a new title. The answer's `data` is `true`.

    Args:
        option_id (int):
        body (UpdateCustomFieldRequest): A custom field's new title; its type cannot change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldUpdatedEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            option_id=option_id,
            client=client,
            body=body,
        )
    ).parsed


def _ok(response: Response[CustomFieldUpdatedEnvelope | ErrorEnvelope]) -> CustomFieldUpdatedEnvelope:
    """The success body, or the exception for any other answer."""
    if isinstance(response.parsed, CustomFieldUpdatedEnvelope):
        return response.parsed
    if isinstance(response.parsed, ErrorEnvelope):
        raise errors.api_error(response.status_code, response.content, response.parsed)
    # Only None is left: an undocumented status, with raise_on_unexpected_status False.
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync_data(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> Literal[True]:
    """Rename a custom field

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. update_custom_field is documented in full on sync_detailed.
    """
    return _ok(
        sync_detailed(
            option_id=option_id,
            client=client,
            body=body,
        )
    ).data


async def asyncio_data(
    option_id: int,
    *,
    client: AuthenticatedClient,
    body: UpdateCustomFieldRequest,
) -> Literal[True]:
    """Rename a custom field

    The success body's `data`, or an exception: errors.Unauthorized (401), errors.ValidationFailed
    (422, with `fields`), errors.ApiError (another documented error), errors.UnexpectedStatus,
    errors.InvalidResponseBody; httpx.TimeoutException or another httpx.TransportError when the
    network fails. update_custom_field is documented in full on sync_detailed.
    """
    return _ok(
        await asyncio_detailed(
            option_id=option_id,
            client=client,
            body=body,
        )
    ).data
